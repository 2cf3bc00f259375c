//! The pages of the entry builds: the ones people open first (sign-in, activation and password
//! links, their errors), each drawn without a router by a small build of its own group, which
//! the server serves from `dist/entry/<group>/`. One list, so the server's routes and the
//! app's pages agree.

/// Pages of the whole app that anyone may open signed out (the demo's mailbox, where a new
/// person finds their activation e-mail; the operator console and its activation, whose
/// session cookie is sent only to `/api/operator`, so the page itself asks who is there);
/// every other page of the app asks for a session first.
pub const PUBLIC_APP_PAGES: [&str; 2] = ["/dev/mailbox", "/operator"];

/// Whether anyone may open `path` signed out: a page of `PUBLIC_APP_PAGES`, or one under the
/// operator console (`/operator/…`: its pages ask the console's API who is there).
pub fn is_public_app_page(path: &str) -> bool {
    PUBLIC_APP_PAGES.contains(&path) || path.starts_with("/operator/")
}

/// A page of the entry builds, by its address.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EntryPage {
    SignIn,
    SsoError,
    Error,
    Activate,
    ResetPassword,
    ForgotPassword,
    /// The link to the old address after a change of sign-in e-mail.
    UndoEmailChange,
}

impl EntryPage {
    pub const ALL: [EntryPage; 7] = [
        EntryPage::SignIn,
        EntryPage::SsoError,
        EntryPage::Error,
        EntryPage::Activate,
        EntryPage::ResetPassword,
        EntryPage::ForgotPassword,
        EntryPage::UndoEmailChange,
    ];

    pub fn path(self) -> &'static str {
        match self {
            EntryPage::SignIn => "/sign-in",
            EntryPage::SsoError => "/sign-in/sso-error",
            EntryPage::Error => "/error",
            EntryPage::Activate => "/activate",
            EntryPage::ResetPassword => "/reset-password",
            EntryPage::ForgotPassword => "/forgot-password",
            EntryPage::UndoEmailChange => "/undo-email-change",
        }
    }

    /// The page at `path` (the address without its query), if it is one of the entry pages.
    pub fn from_path(path: &str) -> Option<EntryPage> {
        EntryPage::ALL.into_iter().find(|page| page.path() == path)
    }

    /// The build that draws it.
    pub fn build(self) -> EntryBuild {
        match self {
            EntryPage::SignIn | EntryPage::Error | EntryPage::ForgotPassword => EntryBuild::SignIn,
            EntryPage::SsoError => EntryBuild::SsoError,
            EntryPage::Activate | EntryPage::ResetPassword | EntryPage::UndoEmailChange => EntryBuild::Link,
        }
    }
}

/// A small build of the app for a group of first pages: signing in (and its errors, the
/// forgotten password), or the activation and password links. Each carries only its pages, so
/// a new person's phone downloads less before the first one shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EntryBuild {
    SignIn,
    Link,
    /// The page a failed sign-in at the company's identity provider lands on: only that
    /// redirect opens it, and its details would weigh on the sign-in page's first load.
    SsoError,
}

impl EntryBuild {
    pub const ALL: [EntryBuild; 3] = [EntryBuild::SignIn, EntryBuild::Link, EntryBuild::SsoError];

    /// Its folder under `dist/entry/`, also its address under `/entry/` (`make app`).
    pub fn dir(self) -> &'static str {
        match self {
            EntryBuild::SignIn => "sign-in",
            EntryBuild::Link => "link",
            EntryBuild::SsoError => "sso-error",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::EntryPage;

    #[test]
    fn each_page_is_found_at_its_own_address_only() {
        for page in EntryPage::ALL {
            assert_eq!(EntryPage::from_path(page.path()), Some(page));
        }
        assert_eq!(EntryPage::from_path("/users"), None);
        assert_eq!(EntryPage::from_path("/sign-in/"), None);
    }

    #[test]
    fn every_build_has_pages() {
        for build in super::EntryBuild::ALL {
            assert!(EntryPage::ALL.iter().any(|page| page.build() == build), "{build:?}");
        }
    }
}

#[cfg(test)]
mod public_tests {
    use super::is_public_app_page;

    #[test]
    fn the_console_pages_are_public_and_nothing_that_only_starts_like_them() {
        for open in ["/operator", "/operator/activate", "/operator/companies/3", "/dev/mailbox"] {
            assert!(is_public_app_page(open), "{open}");
        }
        for closed in ["/operatorx", "/users", "/", "/dev/mailboxes"] {
            assert!(!is_public_app_page(closed), "{closed}");
        }
    }
}
