use espace_api::pages::EntryPage;
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::components::header::AppHeader;
use crate::components::page_title::use_page_description;
use crate::components::require_auth::RequireAuth;
use crate::components::toast::{ToastRegion, Toasts};
use crate::i18n;
use crate::i18n::{EntryI18nProvider, I18nProvider};
use crate::nav;
use crate::pages::api_reference::ApiReferencePage;
use crate::pages::audit::AuditPage;
use crate::pages::company::CompanyPage;
use crate::pages::entities::EntitiesPage;
use crate::pages::error::ErrorPage;
use crate::pages::forgot_password::ForgotPasswordPage;
use crate::pages::link::LinkPage;
use crate::pages::mailbox::MailboxPage;
use crate::pages::not_found::NotFound;
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
use crate::session::Session;

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
    frame(|| {
        view! {
            <Routes fallback=NotFound>
                <Route path=path!("/sign-in") view=SignInPage />
                <Route path=path!("/sign-in/sso-error") view=SsoErrorPage />
                <Route path=path!("/error") view=ErrorPage />
                <Route path=path!("/activate") view=LinkPage />
                <Route path=path!("/reset-password") view=LinkPage />
                <Route path=path!("/forgot-password") view=ForgotPasswordPage />
                <Route path=path!("/dev/mailbox") view=MailboxPage />
                <Route path=path!("/") view=|| view! { <RequireAuth><SpacePage /></RequireAuth> } />
                <Route path=path!("/profile") view=|| view! { <RequireAuth><ProfilePage /></RequireAuth> } />
                <Route path=path!("/users") view=|| view! { <RequireAuth manager=true><UsersListPage /></RequireAuth> } />
                <Route path=path!("/users/new") view=|| view! { <RequireAuth manager=true><AddUserPage /></RequireAuth> } />
                <Route path=path!("/users/import") view=|| view! { <RequireAuth manager=true><ImportUsersPage /></RequireAuth> } />
                <Route path=path!("/users/:id") view=|| view! { <RequireAuth manager=true><UserDetailPage /></RequireAuth> } />
                <Route path=path!("/entities") view=|| view! { <RequireAuth admin=true><EntitiesPage /></RequireAuth> } />
                <Route path=path!("/sso") view=|| view! { <RequireAuth admin=true><SsoPage /></RequireAuth> } />
            <Route path=path!("/company") view=|| view! { <RequireAuth admin=true><CompanyPage /></RequireAuth> } />
                <Route path=path!("/audit") view=|| view! { <RequireAuth manager=true><AuditPage /></RequireAuth> } />
                <Route path=path!("/tokens") view=|| view! { <RequireAuth manager=true><TokensPage /></RequireAuth> } />
                <Route path=path!("/api-reference") view=|| view! { <RequireAuth manager=true><ApiReferencePage /></RequireAuth> } />
            </Routes>
        }
    })
}

/// The pages people open first (sign-in, activation and password links, their errors), built
/// on their own (`entry.html`, `src/entry.rs`) so that first load stays small: no router, one
/// page per load. The server answers the addresses of `espace_api::pages::EntryPage` with it
/// and every other one with the whole app.
#[component]
pub fn Entry() -> impl IntoView {
    view! {
        <EntryI18nProvider>
            <EntryRoutes />
        </EntryI18nProvider>
    }
}

#[component]
fn EntryRoutes() -> impl IntoView {
    let path = window().location().pathname().unwrap_or_default();
    frame(move || match EntryPage::from_path(&path) {
        Some(EntryPage::SignIn) => view! { <SignInPage /> }.into_any(),
        Some(EntryPage::SsoError) => view! { <SsoErrorPage /> }.into_any(),
        Some(EntryPage::Error) => view! { <ErrorPage /> }.into_any(),
        Some(EntryPage::Activate | EntryPage::ResetPassword) => view! { <LinkPage /> }.into_any(),
        Some(EntryPage::ForgotPassword) => view! { <ForgotPasswordPage /> }.into_any(),
        // Only if the server's routes and this build part ways: the whole app has every page.
        None => view! { <NotFound /> }.into_any(),
    })
}

/// What every page sits in: session, toasts, header and the main landmark around `content`
/// (built after the contexts it reads).
fn frame<V: IntoView + 'static>(content: impl FnOnce() -> V) -> impl IntoView {
    Session::provide();
    Toasts::provide();
    use_page_description();
    view! {
        <a class="skip-link" href="#main">{i18n::msg("shell-skip-to-content")}</a>
        <AppHeader />
        <main id="main" tabindex="-1">
            {content()}
        </main>
        <ToastRegion />
    }
}
