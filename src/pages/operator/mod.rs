//! `/operator`: the operator console, for the provider's staff. Its own session (the cookie
//! the server sends only to `/api/operator`), apart from any company's: signed out, the page
//! goes to the sign-in page, which brings an operator back here. In parts: finding an error
//! by the reference a customer quotes (`reference`), the companies (`companies`), a new company (`new_company`), the operators' activity (`events`), and the
//! activation page an operator's link opens (`activate`).

mod activate;
mod companies;
mod events;
mod new_company;
mod reference;

use espace_api::operator::OperatorMe;
use espace_api::ErrorCode;
use leptos::prelude::*;
use leptos_fluent::tr;

pub use activate::OperatorActivatePage;

use crate::api;
use crate::api::client::ApiResult;
use crate::components::load_error::Loaded;
use crate::components::page_title::use_page_title;
use crate::i18n;
use crate::nav;

/// Who is signed in to the console; signed out, the sign-in page, which comes back here.
async fn operator() -> ApiResult<OperatorMe> {
    let me = api::operator::me().await;
    if me.as_ref().is_err_and(|e| e.code == ErrorCode::NotFound) {
        let _ = window().location().replace("/sign-in?next=%2Foperator");
    }
    me
}

#[component]
pub fn OperatorConsolePage() -> impl IntoView {
    use_page_title("operator-title");
    let me = LocalResource::new(operator);
    view! {
        <section class="page operator" data-testid="operator-console">
            <h1>{i18n::msg("operator-title")}</h1>
            <Loaded resource=me let:me>
                <Console me=me />
            </Loaded>
        </section>
    }
}

#[component]
fn Console(
    /// The operator signed in.
    me: OperatorMe,
) -> impl IntoView {
    let navigate = nav::use_navigate_to();
    // Bumped after each change: the list and the activity load again.
    let changed = RwSignal::new(0u32);
    let sign_out = Action::new_local(move |(): &()| async move {
        let result = api::operator::sign_out().await;
        if result.is_ok() {
            navigate.load("/sign-in");
        }
        result
    });
    let name = me.name.clone();
    view! {
        <div class="operator-bar">
            <p data-testid="operator-name">{move || tr!("operator-signed-in-as", { "name" => name.clone() })}</p>
            <button
                type="button"
                class="button secondary"
                data-testid="operator-sign-out"
                on:click=move |_| {
                    sign_out.dispatch(());
                }
            >
                {i18n::msg("operator-sign-out")}
            </button>
        </div>
        <p>{i18n::msg("operator-intro")}</p>
        <reference::FindReference />
        <companies::CompaniesSection changed=changed />
        <new_company::NewCompanyForm changed=changed />
        <events::OperatorEvents changed=changed />
    }
}
