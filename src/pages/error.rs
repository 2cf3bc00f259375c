//! `/error?code=…&ref=…&at=…`: a reloadable, shareable page for an error that ended a flow.

use espace_api::ErrorCode;
use leptos::prelude::*;
use serde::Deserialize;

use crate::components::error_details::ErrorDetails;
use crate::components::page_title::use_page_title;
use crate::i18n;
use crate::nav;

/// The page's address: `?code=…&ref=…&at=…` (milliseconds since 1970).
#[derive(Default, Deserialize)]
struct ErrorQuery {
    code: Option<ErrorCode>,
    #[serde(default, rename = "ref")]
    reference: String,
    at: Option<f64>,
}

#[component]
pub fn ErrorPage() -> impl IntoView {
    use_page_title("error-page-title");
    let ErrorQuery { code, reference, at } = nav::query();
    // An unknown code (dropped by the query's reader) reads as ours: the details still reach
    // support.
    let code = code.unwrap_or(ErrorCode::Internal);
    view! {
        <section class="page narrow">
            <h1>{i18n::msg("error-page-title")}</h1>
            <p class="error-message" role="alert">
                {move || i18n::error_text(code)}
            </p>
            <p>{i18n::msg("error-page-intro")}</p>
            <ErrorDetails code=code reference=reference at=at.unwrap_or_else(js_sys::Date::now) />
            <p>
                <a href="/">{i18n::msg("error-back-home")}</a>
            </p>
        </section>
    }
}
