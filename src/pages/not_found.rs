use leptos::prelude::*;

use crate::components::page_title::use_page_title;
use crate::i18n;

#[component]
pub fn NotFound() -> impl IntoView {
    use_page_title("not-found-title");
    view! {
        <section class="page narrow">
            <h1>{i18n::msg("not-found-title")}</h1>
            <p>{i18n::msg("not-found-intro")}</p>
            <p>
                <a href="/">{i18n::msg("error-back-home")}</a>
            </p>
        </section>
    }
}
