//! `/operator/tokens`: operator tokens, how the provider's own systems (billing) reach
//! `/api/operator/v1`. Made here (name, days), the secret shown once; revoked behind a
//! confirmation, which stops the software using it at once.

use espace_api::operator::{CreatedOperatorToken, NewOperatorToken, OperatorToken, OperatorTokenField};
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos_fluent::tr;

use super::frame::OperatorFrame;
use crate::api;
use crate::components::dialog::ConfirmDialog;
use crate::components::error_details::ErrorPanel;
use crate::components::focus::focus_by_id;
use crate::components::form::field::{RequiredNote, TextField};
use crate::components::form::use_submit;
use crate::components::load_error::Loaded;
use crate::components::table_region::TableRegion;
use crate::components::time::Moment;
use crate::components::toast::use_toasts;
use crate::components::token_secret::SecretPanel;
use crate::i18n;

fn input_id(field: OperatorTokenField) -> &'static str {
    match field {
        OperatorTokenField::Name => "operator-token-name",
        OperatorTokenField::Days => "operator-token-days",
    }
}

#[component]
pub fn OperatorTokensPage() -> impl IntoView {
    let tokens = LocalResource::new(api::operator::tokens);
    let toasts = use_toasts();
    let name = RwSignal::new(String::new());
    let days = RwSignal::new("90".to_owned());
    let created = RwSignal::new(None::<CreatedOperatorToken>);
    let create = use_submit(input_id, api::operator::create_token, move |token: CreatedOperatorToken| {
        name.set(String::new());
        created.set(Some(token));
        tokens.refetch();
    });
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let request =
            NewOperatorToken { name: name.get_untracked(), days: days.get_untracked().trim().parse().unwrap_or(0) };
        let problems = request.validate();
        create.send(request, problems);
    };
    let revoking = RwSignal::new(None::<OperatorToken>);
    let revoke = Action::new_local(move |id: &i64| {
        let id = *id;
        async move {
            let result = api::operator::revoke_token(id).await;
            revoking.set(None);
            if result.is_ok() {
                toasts.show("operator-token-revoked");
                tokens.refetch();
            }
            result
        }
    });
    let pending = create.pending();
    view! {
        <OperatorFrame title="operator-tokens-title">
            <p>{i18n::msg("operator-tokens-intro")}</p>
            <p>
                <a href="/api/operator/v1/openapi.json">{i18n::msg("operator-tokens-document")}</a>
            </p>
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
                                    request_animation_frame(|| focus_by_id("operator-token-name"));
                                }
                            />
                        }
                    })
            }}
            {move || revoke.value().get().and_then(Result::err).map(|error| view! { <ErrorPanel error=error /> })}
            <Loaded resource=tokens let:rows>
                <TokensTable rows=rows revoking=revoking />
            </Loaded>
            <section aria-labelledby="operator-token-new-title">
                <h2 id="operator-token-new-title">{i18n::msg("operator-token-new-title")}</h2>
                {move || create.failure_beside_fields().map(|error| view! { <ErrorPanel error=error /> })}
                <form class="card" novalidate=true on:submit=on_submit data-testid="operator-token-form">
                    <RequiredNote />
                    <TextField
                        id="operator-token-name"
                        label=i18n::msg("operator-token-name")
                        value=name
                        hint=i18n::msg("operator-token-name-hint")
                        error=create.error(OperatorTokenField::Name)
                        required=true
                    />
                    <TextField
                        id="operator-token-days"
                        label=i18n::msg("operator-token-days")
                        value=days
                        input_type="number"
                        error=create.error(OperatorTokenField::Days)
                        required=true
                    />
                    <button
                        type="submit"
                        class="button primary"
                        disabled=move || pending.get()
                        aria-busy=move || pending.get().to_string()
                    >
                        {i18n::msg("operator-token-create")}
                    </button>
                </form>
            </section>
            <ConfirmDialog
                open=Signal::derive(move || revoking.with(Option::is_some))
                title=Signal::derive(move || {
                    revoking.get().map(|t| tr!("operator-token-revoke-title", { "name" => t.name })).unwrap_or_default()
                })
                body=i18n::msg("operator-token-revoke-body")
                confirm_label=i18n::msg("operator-token-revoke")
                danger=Signal::derive(|| true)
                on_confirm=move |()| {
                    if let Some(token) = revoking.get_untracked() {
                        revoke.dispatch(token.id);
                    }
                }
                on_cancel=move |()| revoking.set(None)
            />
        </OperatorFrame>
    }
}

/// The table's columns (Fluent ids).
const HEADINGS: [&str; 6] = [
    "operator-token-name",
    "operator-token-prefix",
    "operator-token-made-by",
    "operator-token-expires",
    "operator-token-last-used",
    "operator-column-actions",
];

#[component]
fn TokensTable(
    /// Every operator token, newest first.
    rows: Vec<OperatorToken>,
    /// Set to the token to revoke.
    revoking: RwSignal<Option<OperatorToken>>,
) -> impl IntoView {
    if rows.is_empty() {
        return view! { <p data-testid="operator-tokens-none">{i18n::msg("operator-tokens-none")}</p> }.into_any();
    }
    let rows = rows
        .into_iter()
        .map(|t| {
            let status = match (t.revoked_at, t.last_used_at) {
                (Some(at), _) => view! {
                    {i18n::msg("operator-token-revoked-on")}
                    " "
                    <Moment at=at day=true />
                }
                .into_any(),
                (None, Some(at)) => view! {
                    {i18n::msg("operator-token-used")}
                    " "
                    <Moment at=at relative=true />
                }
                .into_any(),
                (None, None) => i18n::msg("operator-token-unused").into_any(),
            };
            let button = t.revoked_at.is_none().then(|| {
                let label = {
                    let name = t.name.clone();
                    move || tr!("operator-token-revoke-label", { "name" => name.clone() })
                };
                let token = t.clone();
                view! {
                    <button
                        type="button"
                        class="button danger-outline small"
                        aria-label=label
                        on:click=move |_| revoking.set(Some(token.clone()))
                    >
                        {i18n::msg("operator-token-revoke")}
                    </button>
                }
            });
            view! {
                <tr data-testid="operator-token">
                    <th scope="row">
                        <bdi>{t.name.clone()}</bdi>
                    </th>
                    <td>
                        <code>{t.prefix.clone()} "…"</code>
                    </td>
                    <td>
                        <bdi>{t.operator.clone()}</bdi>
                    </td>
                    <td>
                        <Moment at=t.expires_at day=true />
                    </td>
                    <td>{status}</td>
                    <td>{button}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <TableRegion
            labelled_by="operator-tokens-caption"
            caption="operator-tokens-title"
            headings=&HEADINGS
            testid="operator-tokens"
        >
            {rows}
        </TableRegion>
    }
    .into_any()
}
