use espace_api::pages::EntryPage;
use leptos::prelude::*;
use leptos_router::components::{ParentRoute, Route, Router, Routes};
use leptos_router::path;

use crate::components::header::{AppHeader, EntryHeader};
use crate::components::page_title::use_page_description;
use crate::components::require_auth::RequireLevel;
use crate::components::toast::{ToastRegion, Toasts};
use crate::i18n;
use crate::i18n::{I18nProvider, LinkI18nProvider, SignInI18nProvider, SsoErrorI18nProvider};
use crate::nav;
use crate::pages::api_reference::ApiReferencePage;
use crate::pages::audit::AuditPage;
use crate::pages::company::CompanyPage;
use crate::pages::email_change::ConfirmEmailPage;
use crate::pages::entities::EntitiesPage;
use crate::pages::error::ErrorPage;
use crate::pages::forgot_password::ForgotPasswordPage;
use crate::pages::link::LinkPage;
use crate::pages::mailbox::MailboxPage;
use crate::pages::not_found::NotFound;
use crate::pages::operator::{
    OperatorActivatePage, OperatorCataloguePage, OperatorCompanyPage, OperatorConsolePage, OperatorPrivacyPage,
    OperatorTeamPage, OperatorTokensPage,
};
use crate::pages::profile::ProfilePage;
use crate::pages::sign_in::SignInPage;
use crate::pages::space::SpacePage;
use crate::pages::sso::SsoPage;
use crate::pages::sso_error::SsoErrorPage;
use crate::pages::tokens::TokensPage;
use crate::pages::users::detail::UserDetailPage;
use crate::pages::users::import::ImportUsersPage;
use crate::pages::users::list::UsersListPage;
use crate::pages::users::wizard::AddUserPage;
use crate::pages::webhooks::{WebhookPage, WebhooksPage};
use crate::session::{Level, Session};

/// The whole app: every page.
#[component]
pub fn App() -> impl IntoView {
    view! {
        <I18nProvider>
            <Router>
                <WholeApp />
            </Router>
        </I18nProvider>
    }
}

#[component]
fn WholeApp() -> impl IntoView {
    nav::provide_router();
    Session::provide();
    frame(
        || view! { <AppHeader /> },
        || {
            view! {
                <Routes fallback=NotFound>
                    <Route path=path!("/sign-in") view=SignInPage />
                    <Route path=path!("/sign-in/sso-error") view=SsoErrorPage />
                    <Route path=path!("/error") view=ErrorPage />
                    <Route path=path!("/activate") view=LinkPage />
                    <Route path=path!("/reset-password") view=LinkPage />
                    <Route path=path!("/undo-email-change") view=LinkPage />
                    <Route path=path!("/forgot-password") view=ForgotPasswordPage />
                    <Route path=path!("/dev/mailbox") view=MailboxPage />
                    // The operator console keeps its own session, apart from any company's.
                    <Route path=path!("/operator") view=OperatorConsolePage />
                    <Route path=path!("/operator/activate") view=OperatorActivatePage />
                    <Route path=path!("/operator/companies/:id") view=OperatorCompanyPage />
                    <Route path=path!("/operator/catalogue") view=OperatorCataloguePage />
                    <Route path=path!("/operator/tokens") view=OperatorTokensPage />
                    <Route path=path!("/operator/privacy") view=OperatorPrivacyPage />
                    <Route path=path!("/operator/operators") view=OperatorTeamPage />
                    <ParentRoute path=path!("") view=|| view! { <RequireLevel level=Level::Member /> }>
                        <Route path=path!("/") view=SpacePage />
                        <Route path=path!("/profile") view=ProfilePage />
                        <Route path=path!("/confirm-email") view=ConfirmEmailPage />
                    </ParentRoute>
                    <ParentRoute path=path!("") view=|| view! { <RequireLevel level=Level::Manager /> }>
                        <Route path=path!("/users") view=UsersListPage />
                        <Route path=path!("/users/new") view=AddUserPage />
                        <Route path=path!("/users/import") view=ImportUsersPage />
                        <Route path=path!("/users/:id") view=UserDetailPage />
                        <Route path=path!("/audit") view=AuditPage />
                        <Route path=path!("/tokens") view=TokensPage />
                        <Route path=path!("/webhooks") view=WebhooksPage />
                        <Route path=path!("/webhooks/:id") view=WebhookPage />
                        <Route path=path!("/api-reference") view=ApiReferencePage />
                    </ParentRoute>
                    <ParentRoute path=path!("") view=|| view! { <RequireLevel level=Level::Admin /> }>
                        <Route path=path!("/entities") view=EntitiesPage />
                        <Route path=path!("/sso") view=SsoPage />
                        <Route path=path!("/company") view=CompanyPage />
                    </ParentRoute>
                </Routes>
            }
        },
    )
}

/// The sign-in pages, built on their own (`entry-sign-in.html`, `src/entries/sign_in.rs`) so
/// that a first visit downloads little: no router, one page per load. The server answers their
/// addresses (`EntryBuild::SignIn` in `espace_api::pages`) with it, and every page of the
/// whole app too when nobody is signed in.
#[component]
pub fn SignInEntry() -> impl IntoView {
    view! { <SignInI18nProvider>{entry(sign_in_pages)}</SignInI18nProvider> }
}

fn sign_in_pages(page: Option<EntryPage>) -> AnyView {
    match page {
        Some(EntryPage::SignIn) => view! { <SignInPage /> }.into_any(),
        Some(EntryPage::Error) => view! { <ErrorPage /> }.into_any(),
        Some(EntryPage::ForgotPassword) => view! { <ForgotPasswordPage /> }.into_any(),
        // A page of the whole app opened signed out: the server answers it with this build.
        // Sign-in comes first, with that page to come back to.
        _ => {
            nav::replace_with_sign_in();
            view! { <SignInPage /> }.into_any()
        }
    }
}

/// The SSO error page, built on its own like `SignInEntry` (`entry-sso-error.html`,
/// `src/entries/sso_error.rs`).
#[component]
pub fn SsoErrorEntry() -> impl IntoView {
    view! { <SsoErrorI18nProvider>{entry(sso_error_pages)}</SsoErrorI18nProvider> }
}

fn sso_error_pages(page: Option<EntryPage>) -> AnyView {
    match page {
        Some(EntryPage::SsoError) => view! { <SsoErrorPage /> }.into_any(),
        _ => view! { <NotFound /> }.into_any(),
    }
}

/// The activation and password links, built on their own like `SignInEntry`
/// (`entry-link.html`, `src/entries/link.rs`): a new person's first page.
#[component]
pub fn LinkEntry() -> impl IntoView {
    view! { <LinkI18nProvider>{entry(link_pages)}</LinkI18nProvider> }
}

fn link_pages(page: Option<EntryPage>) -> AnyView {
    match page {
        Some(EntryPage::Activate | EntryPage::ResetPassword | EntryPage::UndoEmailChange) => {
            view! { <LinkPage /> }.into_any()
        }
        _ => view! { <NotFound /> }.into_any(),
    }
}

/// An entry build's pages, in the frame, inside the build's own messages provider. Each build
/// names only its own pages and messages, so that it carries only those.
fn entry(pages: fn(Option<EntryPage>) -> AnyView) -> impl IntoView {
    let path = nav::current_path().get_untracked();
    crate::prefetch::app_files_when_settled();
    Session::provide_signed_out();
    frame(
        || {
            // Served only to people signed out (the server sends the signed-in on): no session
            // to check, no account menu, no navigation.
            view! { <EntryHeader /> }
        },
        move || pages(EntryPage::from_path(&path)),
    )
}

/// What every page sits in: toasts, `header` and the main landmark around `content` (built
/// after the contexts they read; the session is provided before).
fn frame<H: IntoView + 'static, V: IntoView + 'static>(
    header: impl FnOnce() -> H,
    content: impl FnOnce() -> V,
) -> impl IntoView {
    Toasts::provide();
    use_page_description();
    view! {
        <a class="skip-link" href="#main">
            {i18n::msg("shell-skip-to-content")}
        </a>
        {header()}
        <main id="main" tabindex="-1">
            {content()}
        </main>
        <ToastRegion />
    }
}
