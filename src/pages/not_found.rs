use leptos::prelude::*;
use leptos_fluent::move_tr;
use leptos_router::components::A;

use crate::components::page_title::use_page_title;

#[component]
pub fn NotFound() -> impl IntoView {
    use_page_title("not-found-title");
    view! {
        <section class="page narrow">
            <h1>{move_tr!("not-found-title")}</h1>
            <p>{move_tr!("not-found-intro")}</p>
            <p><A href="/">{move_tr!("error-back-home")}</A></p>
        </section>
    }
}
