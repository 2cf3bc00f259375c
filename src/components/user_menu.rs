//! The signed-in person's name, opening a menu with the profile and sign-out.

use leptos::ev::KeyboardEvent;
use leptos::prelude::*;

use crate::api;
use crate::components::toast::use_toasts;
use crate::i18n;
use crate::nav;
use crate::session::use_session;

#[component]
pub fn UserMenu() -> impl IntoView {
    let session = use_session();
    let toasts = use_toasts();
    let navigate = nav::use_navigate_to();
    let open = RwSignal::new(false);
    let button_ref = NodeRef::<leptos::html::Button>::new();
    let name = move || session.with_me(|m| format!("{} {}", m.user.first_name, m.user.last_name));
    let email = move || session.email().unwrap_or_default();
    let close = move || {
        open.set(false);
        if let Some(button) = button_ref.get_untracked() {
            let _ = button.focus();
        }
    };
    let on_key = move |ev: KeyboardEvent| {
        if ev.key() == "Escape" && open.get_untracked() {
            close();
        }
    };
    let sign_out = Action::new_local(move |()| async move {
        // Even if the server is unreachable, forget the session here: the cookie is
        // HttpOnly and expires on its own.
        let signed_out = api::session::sign_out().await;
        session.provider_sign_out.set(signed_out.ok().and_then(|s| s.provider_sign_out));
        open.set(false);
        toasts.show("shell-signed-out");
        // To sign-in first, then signed out: the page's guard then sees a person who left, not
        // one to send to sign-in and back here.
        navigate.to("/sign-in");
        session.signed_out();
    });
    view! {
        <div class="user-menu" on:keydown=on_key>
            <button
                type="button"
                class="user-menu-button"
                node_ref=button_ref
                aria-haspopup="true"
                aria-expanded=move || open.get().to_string()
                aria-controls="user-menu-panel"
                on:click=move |_| open.update(|o| *o = !*o)
            >
                // Named by the name it shows, then what it is (WCAG 2.5.3 Label in Name).
                <bdi>{name}</bdi>
                <span class="visually-hidden">" "{i18n::msg("shell-user-menu-label")}</span>
            </button>
            <div id="user-menu-panel" class="user-menu-panel" hidden=move || !open.get()>
                <p class="user-menu-email">
                    <bdi>{email}</bdi>
                </p>
                <ul>
                    <li>
                        <a href="/profile" on:click=move |_| open.set(false)>
                            {i18n::msg("shell-nav-profile")}
                        </a>
                    </li>
                    <li>
                        <button
                            type="button"
                            class="link-button"
                            on:click=move |_| {
                                sign_out.dispatch(());
                            }
                        >
                            {i18n::msg("shell-sign-out")}
                        </button>
                    </li>
                </ul>
            </div>
        </div>
    }
}
