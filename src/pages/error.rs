//! `/error?code=…&ref=…&at=…`: a reloadable, shareable page for an error that ended a flow.

use espace_api::ErrorCode;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;

use crate::components::error_details::ErrorDetails;
use crate::components::page_title::use_page_title;
use crate::i18n;

fn parse_code(text: &str) -> ErrorCode {
    ErrorCode::ALL.into_iter().find(|c| c.as_str() == text).unwrap_or(ErrorCode::Internal)
}

#[component]
pub fn ErrorPage() -> impl IntoView {
    use_page_title("error-page-title");
    let query = use_query_map();
    let code = parse_code(&query.with_untracked(|q| q.get("code").unwrap_or_default()));
    let reference = query.with_untracked(|q| q.get("ref").unwrap_or_default());
    let at = query.with_untracked(|q| q.get("at").and_then(|a| a.parse::<f64>().ok()));
    view! {
        <section class="page narrow">
            <h1>{i18n::msg("error-page-title")}</h1>
            <p class="error-message" role="alert">{move || i18n::error_text(code)}</p>
            <p>{i18n::msg("error-page-intro")}</p>
            <ErrorDetails code=code reference=reference at=at.unwrap_or_else(js_sys::Date::now) />
            <p><A href="/">{i18n::msg("error-back-home")}</A></p>
        </section>
    }
}
