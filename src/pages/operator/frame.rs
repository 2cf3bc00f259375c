//! What every console page shares: the operator signed in (else the sign-in page, which comes
//! back), the bar with their name and Sign out, and the console's navigation.

use espace_api::operator::OperatorMe;
use espace_api::ErrorCode;
use leptos::prelude::*;
use leptos_fluent::tr;
use leptos_router::hooks::use_location;

use crate::api;
use crate::api::client::ApiResult;
use crate::components::load_error::Loaded;
use crate::components::page_title::use_page_title;
use crate::i18n;
use crate::nav;

/// Who is signed in to the console; signed out, the sign-in page, which comes back to `back`.
async fn operator(back: String) -> ApiResult<OperatorMe> {
    let me = api::operator::me().await;
    if me.as_ref().is_err_and(|e| e.code == ErrorCode::NotFound) {
        let next = js_sys::encode_uri_component(&back);
        let _ = window().location().replace(&format!("/sign-in?next={next}"));
    }
    me
}

/// The console's pages, in its navigation: path and message id.
const PAGES: [(&str, &str); 5] = [
    ("/operator", "operator-nav-companies"),
    ("/operator/catalogue", "operator-nav-catalogue"),
    ("/operator/privacy", "operator-nav-privacy"),
    ("/operator/operators", "operator-nav-team"),
    ("/operator/tokens", "operator-nav-tokens"),
];

/// A console page: `title` as its heading and the document's title, `children` once the
/// operator is known.
#[component]
pub fn OperatorFrame(
    /// The page's heading (a Fluent id), also the document's title.
    title: &'static str,
    /// The page itself.
    children: ChildrenFn,
) -> impl IntoView {
    use_page_title(title);
    let path = use_location().pathname;
    let back = path.get_untracked();
    let me = LocalResource::new(move || operator(back.clone()));
    let children = StoredValue::new(children);
    view! {
        <section class="page operator" data-testid="operator-console">
            <Loaded resource=me let:me>
                <Bar me=me />
                <nav class="operator-nav" aria-label=i18n::msg("operator-nav")>
                    <ul>
                        {PAGES
                            .into_iter()
                            .map(|(href, id)| {
                                let current = move || (path.get() == href).then_some("page");
                                view! {
                                    <li>
                                        <a href=href aria-current=current>
                                            {i18n::msg(id)}
                                        </a>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                </nav>
                <h1>{i18n::msg(title)}</h1>
                {children.read_value()()}
            </Loaded>
        </section>
    }
}

#[component]
fn Bar(
    /// The operator signed in.
    me: OperatorMe,
) -> impl IntoView {
    let navigate = nav::use_navigate_to();
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
    }
}
