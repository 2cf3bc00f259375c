//! `/activate#t=…`, `/reset-password#t=…` and `/undo-email-change#t=…` (the old address's
//! link after a change of sign-in e-mail, which also asks for a new password). The token is read from the fragment (which never
//! reaches the server's logs), then removed from the address bar. Opening the page only looks
//! at the link; it is used when the password form is sent.

use espace_api::fields::Fields as _;
use espace_api::links::{LinkInfo, LinkPurpose, LinkState, SetPasswordField, SetPasswordRequest};
use espace_api::password::Personal;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos_fluent::tr;

use crate::api;
use crate::components::action;
use crate::components::error_details::ErrorPanel;
use crate::components::form::use_submit;
use crate::components::load_error::{FailedLoad, LoadingLine};
use crate::components::page_title::use_page_title;
use crate::components::password_field::{password_problems, NewPasswordField};
use crate::i18n;
use crate::nav;

/// The token in the address's fragment (`#t=…`), taken out of the address bar.
pub fn token_from_fragment() -> String {
    let hash = window().location().hash().unwrap_or_default();
    let token =
        hash.trim_start_matches('#').split('&').find_map(|p| p.strip_prefix("t=")).unwrap_or_default().to_owned();
    if !token.is_empty() {
        // Out of the address bar and history: the link is a secret.
        let path = window().location().pathname().unwrap_or_default();
        if let Ok(history) = window().history() {
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path));
        }
    }
    token
}

#[component]
pub fn LinkPage() -> impl IntoView {
    use_page_title("link-title");
    let token = RwSignal::new(token_from_fragment());
    // Another link opened in this tab only changes the fragment, which loads no page.
    let listener = window_event_listener(leptos::ev::hashchange, move |_| {
        let next = token_from_fragment();
        if !next.is_empty() {
            token.set(next);
        }
    });
    on_cleanup(move || listener.remove());
    let info = LocalResource::new(move || {
        let token = token.get();
        async move { api::links::inspect(&token).await }
    });
    view! {
        <section class="page narrow">
            // By hand rather than `Loaded`: its Transition and ErrorBoundary, needed by nothing
            // else in the entry build, would add 10 KB (brotli) to this first load.
            {move || match info.get() {
                None => view! { <LoadingLine /> }.into_any(),
                Some(Err(error)) => view! { <FailedLoad error=error retry=move |()| info.refetch() /> }.into_any(),
                Some(Ok(info)) => view! { <LinkState info=info token=token.get_untracked() /> }.into_any(),
            }}
        </section>
    }
}

#[component]
fn LinkState(
    /// What the server says of the link.
    info: LinkInfo,
    /// The link's token, to use or renew it.
    token: String,
) -> impl IntoView {
    match info.state {
        LinkState::Valid => view! { <SetPassword info=info token=token /> }.into_any(),
        LinkState::Used => view! {
            <h1>{i18n::msg("link-used-title")}</h1>
            <p>{i18n::msg("link-used-text")}</p>
            <p>
                <a href="/sign-in">{i18n::msg("link-sign-in")}</a>
            </p>
        }
        .into_any(),
        LinkState::Expired | LinkState::Replaced | LinkState::Withdrawn => {
            let state = info.state;
            // Literal ids, one arm each: the translation check finds them.
            let title = move || match state {
                LinkState::Expired => tr!("link-expired-title"),
                LinkState::Replaced => tr!("link-replaced-title"),
                _ => tr!("link-withdrawn-title"),
            };
            let text = move || match state {
                LinkState::Expired => tr!("link-expired-text"),
                LinkState::Replaced => tr!("link-replaced-text"),
                _ => tr!("link-withdrawn-text"),
            };
            view! {
                <h1>{title}</h1>
                <p>{text}</p>
                <RenewButton token=token />
            }
            .into_any()
        }
        LinkState::Unknown => view! {
            <h1>{i18n::msg("link-unknown-title")}</h1>
            <p>{i18n::msg("link-unknown-text")}</p>
            <p>
                <a href="/sign-in">{i18n::msg("link-sign-in")}</a>
            </p>
        }
        .into_any(),
    }
}

#[component]
fn RenewButton(
    /// The expired, replaced or withdrawn link's token.
    token: String,
) -> impl IntoView {
    let token = StoredValue::new(token);
    let renew = Action::new_local(move |()| async move { api::links::renew(&token.get_value()).await });
    view! {
        {move || action::failure(renew).map(|error| view! { <ErrorPanel error=error /> })}
        <Show
            when=move || action::succeeded(renew)
            fallback=move || {
                view! {
                    <button
                        type="button"
                        class="button primary"
                        data-testid="renew"
                        on:click=move |_| {
                            renew.dispatch(());
                        }
                    >
                        {i18n::msg("link-renew")}
                    </button>
                }
            }
        >
            <p class="notice" role="status">
                {i18n::msg("link-renew-sent")}
            </p>
        </Show>
    }
}

#[component]
fn SetPassword(
    /// The link: who it is for, and whether it activates or resets.
    info: LinkInfo,
    /// The link's token, sent with the password.
    token: String,
) -> impl IntoView {
    let navigate = nav::use_navigate_to();
    let person = info.person.clone().unwrap_or_default();
    let company = info.company.clone().unwrap_or_default();
    let activation = info.purpose == Some(LinkPurpose::Activation);
    let undo = info.purpose == Some(LinkPurpose::EmailUndo);
    let started = RwSignal::new(!activation);
    let password = RwSignal::new(String::new());
    let token = StoredValue::new(token);
    let complete = use_submit(
        |field: SetPasswordField| match field {
            SetPasswordField::Password => "new-password",
        },
        |request: SetPasswordRequest| async move { api::links::complete(&request).await },
        move |()| navigate.load("/"),
    );
    let pending = complete.pending();
    let personal = Signal::derive({
        let person = person.clone();
        move || Personal { ..person.clone() }
    });
    let first_name = person.first_name.clone();
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let request = SetPasswordRequest { token: token.get_value(), password: password.get_untracked() };
        let problems =
            password_problems(SetPasswordField::Password.name(), &request.password, &personal.get_untracked());
        complete.send(request, problems);
    };
    view! {
        <Show
            when=move || started.get()
            fallback={
                let first_name = first_name.clone();
                let company = company.clone();
                move || {
                    let (first_name, company) = (first_name.clone(), company.clone());
                    view! {
                        <h1>{move || tr!("link-welcome-title", { "name" => first_name.clone() })}</h1>
                        <p>{move || tr!("link-welcome-text", { "company" => company.clone() })}</p>
                        <button
                            type="button"
                            class="button primary"
                            data-testid="continue"
                            on:click=move |_| started.set(true)
                        >
                            {i18n::msg("link-continue")}
                        </button>
                    }
                }
            }
        >
            <h1>
                {move || match (activation, undo) {
                    (true, _) => tr!("link-set-password-title"),
                    (_, true) => tr!("link-undo-email-title"),
                    _ => tr!("link-reset-password-title"),
                }}
            </h1>
            <p>{move || if undo { tr!("link-undo-email-intro") } else { tr!("link-set-password-intro") }}</p>
            {move || { complete.failure_beside_fields().map(|error| view! { <ErrorPanel error=error /> }) }}
            <form on:submit=on_submit novalidate=true>
                <NewPasswordField value=password personal=personal error=complete.error(SetPasswordField::Password) />
                <button type="submit" class="button primary" data-testid="set-password" disabled=move || pending.get()>
                    {i18n::msg("link-set-password-submit")}
                </button>
            </form>
        </Show>
    }
}
