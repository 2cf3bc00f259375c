use leptos::prelude::*;

use crate::components::language_switcher::LanguageSwitcher;
use crate::components::user_menu::UserMenu;
use crate::i18n;
use crate::nav;
use crate::session::use_session;

/// Company name and navigation for signed-in people; the brand and language for everyone.
#[component]
pub fn AppHeader() -> impl IntoView {
    let session = use_session();
    let company = move || session.me.with(|me| me.as_ref().map(|m| m.company.name.clone()));
    let signed_in = move || session.me.with(Option::is_some);
    view! {
        <header class="app-header">
            <div class="brand">
                <a href="/">{i18n::msg("shell-app-name")}</a>
                <Show when=signed_in>
                    <span class="company" data-testid="company-name"><bdi>{company}</bdi></span>
                </Show>
            </div>
            <Show when=signed_in>
                <nav aria-label=i18n::msg("shell-nav-label")>
                    <ul>
                        <NavLink href="/" label="shell-nav-services" />
                        <Show when=move || session.manages_users()>
                            <NavLink href="/users" label="shell-nav-users" />
                        </Show>
                        <Show when=move || session.is_admin()>
                            <NavLink href="/entities" label="shell-nav-entities" />
                        </Show>
                        <Show when=move || session.manages_users()>
                            <NavLink href="/audit" label="shell-nav-audit" />
                            <NavLink href="/tokens" label="shell-nav-tokens" />
                        </Show>
                        <Show when=move || session.is_admin()>
                            <NavLink href="/sso" label="shell-nav-sso" />
                            <NavLink href="/company" label="shell-nav-company" />
                        </Show>
                    </ul>
                </nav>
            </Show>
            <div class="header-tools">
                <LanguageSwitcher />
                <Show when=signed_in>
                    <UserMenu />
                </Show>
            </div>
        </header>
    }
}

/// A link of the main navigation, marked as the current page while on it or below it.
#[component]
fn NavLink(
    /// Where it goes.
    href: &'static str,
    /// Its text's message id.
    label: &'static str,
) -> impl IntoView {
    let path = nav::current_path();
    let current = move || {
        path.with(|p| p == href || (href != "/" && p.strip_prefix(href).is_some_and(|rest| rest.starts_with('/'))))
    };
    view! {
        <li>
            <a href=href aria-current=move || current().then_some("page")>{i18n::msg(label)}</a>
        </li>
    }
}
