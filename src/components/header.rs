use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::language_switcher::LanguageSwitcher;
use crate::components::user_menu::UserMenu;
use crate::i18n;
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
                <A href="/">{i18n::msg("shell-app-name")}</A>
                <Show when=signed_in>
                    <span class="company" data-testid="company-name"><bdi>{company}</bdi></span>
                </Show>
            </div>
            <Show when=signed_in>
                <nav aria-label=i18n::msg("shell-nav-label")>
                    <ul>
                        <li><A href="/" exact=true>{i18n::msg("shell-nav-services")}</A></li>
                        <Show when=move || session.manages_users()>
                            <li><A href="/users">{i18n::msg("shell-nav-users")}</A></li>
                        </Show>
                        <Show when=move || session.is_admin()>
                            <li><A href="/entities">{i18n::msg("shell-nav-entities")}</A></li>
                        </Show>
                        <Show when=move || session.manages_users()>
                            <li><A href="/audit">{i18n::msg("shell-nav-audit")}</A></li>
                            <li><A href="/tokens">{i18n::msg("shell-nav-tokens")}</A></li>
                        </Show>
                        <Show when=move || session.is_admin()>
                            <li><A href="/sso">{i18n::msg("shell-nav-sso")}</A></li>
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
