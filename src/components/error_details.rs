//! What support needs to help: the code, the reference, when, and who. One click copies it.

use espace_api::ErrorCode;
use leptos::prelude::*;
use leptos_fluent::{tr, I18n};

use crate::components::toast::use_toasts;
use crate::i18n;
use crate::session::use_session;

#[component]
pub fn ErrorDetails(
    /// The error's code, as the API sent it.
    code: ErrorCode,
    /// The request's reference in the server's log, when there was a request.
    #[prop(into, optional)]
    reference: String,
    /// When the error happened; defaults to now.
    #[prop(optional)]
    at: Option<f64>,
) -> impl IntoView {
    let session = use_session();
    let toasts = use_toasts();
    // Captured now: the click handler runs outside the component tree's context.
    let i18n = expect_context::<I18n>();
    let at = at.unwrap_or_else(js_sys::Date::now);
    let when = move || {
        let date = js_sys::Date::new(&at.into());
        let lang = i18n.language.get().id;
        String::from(date.to_locale_string(lang, &wasm_bindgen::JsValue::UNDEFINED))
    };
    let account = move || session.email().unwrap_or_else(|| tr!(i18n, "error-details-not-signed-in"));
    let reference_shown = reference.clone();
    let has_reference = !reference.is_empty();
    let copy = move |_| {
        let line = |label_id: &str, value: &str| {
            let label = i18n.tr(label_id);
            format!("{}\n", tr!(i18n, "error-details-line", { "label" => label, "value" => value }))
        };
        let mut text = line("error-details-code", code.as_str());
        if !reference.is_empty() {
            text.push_str(&line("error-details-reference", &reference));
        }
        text.push_str(&line("error-details-time", &when()));
        text.push_str(&line("error-details-account", &account()));
        leptos::task::spawn_local(async move {
            if crate::components::clipboard::copy_text(&text).await {
                toasts.show("error-details-copied");
            }
        });
    };
    view! {
        <dl class="error-details">
            <dt>{i18n::msg("error-details-code")}</dt>
            <dd>
                <code class="error-code">{code.as_str()}</code>
            </dd>
            <Show when=move || has_reference>
                <dt>{i18n::msg("error-details-reference")}</dt>
                <dd>
                    <code data-testid="error-reference">{reference_shown.clone()}</code>
                </dd>
            </Show>
            <dt>{i18n::msg("error-details-time")}</dt>
            <dd>{when}</dd>
            <dt>{i18n::msg("error-details-account")}</dt>
            <dd>{account}</dd>
        </dl>
        <button type="button" class="button secondary" on:click=copy>
            {i18n::msg("error-details-copy")}
        </button>
    }
}

/// An error message with its details, for a request that failed inside a page.
#[component]
pub fn ErrorPanel(
    /// The failure, as the API answered it.
    error: espace_api::ApiError,
) -> impl IntoView {
    let code = error.code;
    view! {
        <div class="error-panel" role="alert">
            <p class="error-message">{move || i18n::error_text(code)}</p>
            <ErrorDetails code=code reference=error.reference />
        </div>
    }
}
