//! The pages of the entry build: the ones people open first (sign-in, activation and password
//! links, their errors), served by the server from `dist/entry/` and drawn by the app's
//! `Entry` without a router. One list, so the server's routes and the app's pages agree.

/// A page of the entry build, by its address.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EntryPage {
    SignIn,
    SsoError,
    Error,
    Activate,
    ResetPassword,
    ForgotPassword,
}

impl EntryPage {
    pub const ALL: [EntryPage; 6] = [
        EntryPage::SignIn,
        EntryPage::SsoError,
        EntryPage::Error,
        EntryPage::Activate,
        EntryPage::ResetPassword,
        EntryPage::ForgotPassword,
    ];

    pub fn path(self) -> &'static str {
        match self {
            EntryPage::SignIn => "/sign-in",
            EntryPage::SsoError => "/sign-in/sso-error",
            EntryPage::Error => "/error",
            EntryPage::Activate => "/activate",
            EntryPage::ResetPassword => "/reset-password",
            EntryPage::ForgotPassword => "/forgot-password",
        }
    }

    /// The page at `path` (the address without its query), if it is one of the entry's.
    pub fn from_path(path: &str) -> Option<EntryPage> {
        EntryPage::ALL.into_iter().find(|page| page.path() == path)
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
}
