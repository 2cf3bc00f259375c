//! `/tokens` (team administrators and Administrators): the API tokens other software (a
//! directory, an HR tool, a script) uses to manage users through the API. An Administrator
//! sees every token of the company, a team administrator the ones they created. Creating one
//! shows its secret once; revoking one stops the software using it at once.
//!
//! In parts: the list (`table`), the creation form (`create_form`) and the revoke dialog
//! (`revoke`); the secret shown once is `components::token_secret`.

mod create_form;
mod revoke;
mod table;

use espace_api::tokens::{ApiToken, CreatedToken, Permission};
use espace_api::{ApiError, TokenId};
use leptos::prelude::*;
use leptos_router::components::A;

use crate::api;
use crate::api::client::ApiResult;
use crate::components::error_details::ErrorPanel;
use crate::components::focus::focus_by_id;
use crate::components::load_error::Loaded;
use crate::components::page_title::use_page_title;
use crate::components::token_secret::SecretPanel;
use crate::i18n;
use crate::pages::users::entity_fields::load_entities;
use crate::session::use_session;
use create_form::CreateTokenForm;
use revoke::RevokeDialog;
use table::TokensTable;

/// Seconds since 1970, now.
fn now_secs() -> i64 {
    // A Date's milliseconds fit an i64 exactly once divided.
    (js_sys::Date::now() / 1000.0).floor() as i64
}

/// The message naming a permission: "Read only" / « Lecture seule ».
fn permission_message_id(permission: Permission) -> &'static str {
    match permission {
        Permission::Read => "tokens-permission-read",
        Permission::Manage => "tokens-permission-manage",
    }
}

/// The page's list, shared with the revoke dialog: one request, refetched after every change.
type TokenList = LocalResource<ApiResult<Vec<ApiToken>>>;

#[component]
pub fn TokensPage() -> impl IntoView {
    use_page_title("tokens-title");
    // The guard shows the page once the session is known.
    let reader_admin = use_session().is_admin_untracked();
    let tokens: TokenList = LocalResource::new(api::tokens::list);
    let entities = load_entities();
    // An id, not a copy: the dialog reads the token from the latest list.
    let revoking = RwSignal::new(None::<TokenId>);
    // An error that closed the dialog (the token no longer exists).
    let page_error = RwSignal::new(None::<ApiError>);
    // The token just created, with its secret, until Done.
    let created = RwSignal::new(None::<CreatedToken>);

    view! {
        <section class="page tokens-page">
            <h1>{i18n::msg("tokens-title")}</h1>
            <div class="tokens-intro">
                <p>{i18n::msg("tokens-intro")}</p>
                <p>{i18n::msg("tokens-intro-password")}</p>
                <p>
                    <A href="/api-reference" attr:data-testid="api-reference-link">
                        {i18n::msg("api-reference-link")}
                    </A>
                </p>
                <p class="hint">{i18n::msg(if reader_admin { "tokens-intro-admin" } else { "tokens-intro-team" })}</p>
            </div>
            {move || page_error.get().map(|error| view! { <ErrorPanel error=error /> })}
            <Loaded resource=tokens let:list>
                <TokensTable
                    tokens=list
                    on_revoke=move |id| {
                        page_error.set(None);
                        revoking.set(Some(id));
                    }
                />
            </Loaded>
            {move || {
                created
                    .get()
                    .map(|token| {
                        view! {
                            <SecretPanel
                                name=token.token.name
                                secret=token.secret
                                on_done=move |()| {
                                    created.set(None);
                                    request_animation_frame(|| focus_by_id("token-name"));
                                }
                            />
                        }
                    })
            }}
            <CreateTokenForm
                entities=entities
                reader_admin=reader_admin
                hidden=Signal::derive(move || created.with(Option::is_some))
                on_created=move |token| {
                    created.set(Some(token));
                    tokens.refetch();
                }
            />
            <RevokeDialog tokens=tokens revoking=revoking page_error=page_error />
        </section>
    }
}
