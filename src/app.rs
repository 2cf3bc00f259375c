use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::hooks::use_location;
use leptos_router::path;

use crate::components::header::AppHeader;
use crate::components::require_auth::RequireAuth;
use crate::components::toast::{ToastRegion, Toasts};
use crate::i18n;
use crate::i18n::I18nProvider;
use crate::pages::api_reference::ApiReferencePage;
use crate::pages::audit::AuditPage;
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
            <Frame>
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
                    <Route path=path!("/audit") view=|| view! { <RequireAuth manager=true><AuditPage /></RequireAuth> } />
                    <Route path=path!("/tokens") view=|| view! { <RequireAuth manager=true><TokensPage /></RequireAuth> } />
                    <Route path=path!("/api-reference") view=|| view! { <RequireAuth manager=true><ApiReferencePage /></RequireAuth> } />
                </Routes>
            </Frame>
        </I18nProvider>
    }
}

/// The pages people open first (sign-in, activation and password links, their errors), built
/// on their own (`entry.html`) so that first load stays small. The server answers these
/// addresses with it (`ENTRY_PATHS` in `server/src/static_files.rs`) and every other one with
/// the whole app, which the browser loads when a page here leads elsewhere.
#[component]
pub fn Entry() -> impl IntoView {
    view! {
        <I18nProvider>
            <Frame>
                <Routes fallback=LoadWholeApp>
                    <Route path=path!("/sign-in") view=SignInPage />
                    <Route path=path!("/sign-in/sso-error") view=SsoErrorPage />
                    <Route path=path!("/error") view=ErrorPage />
                    <Route path=path!("/activate") view=LinkPage />
                    <Route path=path!("/reset-password") view=LinkPage />
                    <Route path=path!("/forgot-password") view=ForgotPasswordPage />
                </Routes>
            </Frame>
        </I18nProvider>
    }
}

/// What every page sits in: session, toasts, router, header and the main landmark.
#[component]
fn Frame(
    /// The routes.
    children: Children,
) -> impl IntoView {
    Session::provide();
    Toasts::provide();
    view! {
        <Router>
            <a class="skip-link" href="#main">{i18n::msg("shell-skip-to-content")}</a>
            <AppHeader />
            <main id="main" tabindex="-1">
                {children()}
            </main>
            <ToastRegion />
        </Router>
    }
}

/// Leaves the entry build for an address it does not have: the browser loads it from the
/// server, which answers with the whole app (replacing the entry in history).
#[component]
fn LoadWholeApp() -> impl IntoView {
    let location = use_location();
    let here = format!(
        "{}{}{}",
        location.pathname.get_untracked(),
        location.search.get_untracked(),
        location.hash.get_untracked()
    );
    let _ = window().location().replace(&here);
    view! { <p class="loading" aria-busy="true">{i18n::msg("shell-loading")}</p> }
}
