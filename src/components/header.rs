use leptos::ev::KeyboardEvent;
use leptos::prelude::*;

use crate::components::language_switcher::LanguageSwitcher;
use crate::components::user_menu::UserMenu;
use crate::i18n;
use crate::nav;
use crate::session::use_session;

/// The brand and language for everyone; for signed-in people the company's name, their menu
/// and the navigation, on a row of its own under them. On a phone the navigation folds behind
/// a "Menu" button (a disclosure), so that the page starts near the top of the screen; it
/// folds again once a link is followed.
#[component]
pub fn AppHeader() -> impl IntoView {
    let session = use_session();
    let company = move || session.with_me(|m| m.company.name.clone());
    let signed_in = move || session.is_signed_in();
    let menu_open = RwSignal::new(false);
    let toggle_ref = NodeRef::<leptos::html::Button>::new();
    let path = nav::current_path();
    Effect::watch(move || path.get(), move |_, _, _| menu_open.set(false), false);
    // Escape folds the menu and puts focus back on its button, as a disclosure does.
    let on_key = move |ev: KeyboardEvent| {
        if ev.key() == "Escape" && menu_open.get_untracked() {
            menu_open.set(false);
            if let Some(button) = toggle_ref.get_untracked() {
                let _ = button.focus();
            }
        }
    };
    view! {
        <header class="app-header">
            <div class="brand">
                <a href="/">{i18n::msg("shell-app-name")}</a>
                <Show when=signed_in>
                    <span class="company" data-testid="company-name">
                        <bdi>{company}</bdi>
                    </span>
                </Show>
            </div>
            <Show when=signed_in>
                <button
                    type="button"
                    class="nav-toggle"
                    node_ref=toggle_ref
                    aria-expanded=move || menu_open.get().to_string()
                    aria-controls="main-nav"
                    on:click=move |_| menu_open.update(|open| *open = !*open)
                    on:keydown=on_key
                >
                    {i18n::msg("shell-nav-menu")}
                </button>
            </Show>
            <div class="header-tools">
                <LanguageSwitcher />
                <Show when=signed_in>
                    <UserMenu />
                </Show>
            </div>
            <Show when=signed_in>
                <nav
                    id="main-nav"
                    aria-label=i18n::msg("shell-nav-label")
                    class:open=move || menu_open.get()
                    on:keydown=on_key
                >
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
                            <NavLink href="/webhooks" label="shell-nav-webhooks" />
                        </Show>
                        <Show when=move || session.is_admin()>
                            <NavLink href="/sso" label="shell-nav-sso" />
                            <NavLink href="/company" label="shell-nav-company" />
                        </Show>
                    </ul>
                </nav>
            </Show>
        </header>
    }
}

/// The entry builds' header (sign-in, activation and password links): the brand and the
/// language, for people not signed in; none of the account menu or navigation code.
#[component]
pub fn EntryHeader() -> impl IntoView {
    view! {
        <header class="app-header">
            <div class="brand">
                <a href="/">{i18n::msg("shell-app-name")}</a>
            </div>
            <div class="header-tools">
                <LanguageSwitcher />
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
            <a href=href aria-current=move || current().then_some("page")>
                {i18n::msg(label)}
            </a>
        </li>
    }
}
