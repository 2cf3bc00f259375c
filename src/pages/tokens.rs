//! `/tokens` (team administrators and Administrators): the API tokens other software (a
//! directory, an HR tool, a script) uses to manage users through the API. An Administrator
//! sees every token of the company, a team administrator the ones they created. Creating one
//! shows its secret once; revoking one stops the software using it at once.

use espace_api::tokens::{ApiToken, CreateTokenRequest, CreatedToken, Permission, MAX_DAYS};
use espace_api::users::Role;
use espace_api::{ApiError, ErrorCode, FieldError, FieldErrorCode};
use leptos::ev::SubmitEvent;
use leptos::html;
use leptos::prelude::*;
use leptos_fluent::{tr, I18n};
use leptos_router::components::A;

use crate::api;
use crate::api::client::ApiResult;
use crate::components::action;
use crate::components::error_details::ErrorPanel;
use crate::components::field::{error_beside_fields, field_error_with, RequiredMark, RequiredNote, TextField};
use crate::components::focus::focus_by_id;
use crate::components::form_dialog::FormDialog;
use crate::components::load_error::Loaded;
use crate::components::page_title::use_page_title;
use crate::components::time::{self, Moment};
use crate::components::toast::use_toasts;
use crate::i18n;
use crate::pages::users::entity_fields::{entities_now, load_entities, Entities, ScopeBoxes};
use crate::session::use_session;

/// The lives offered, in days (the contract allows up to `MAX_DAYS`); the form starts on
/// `DEFAULT_DAYS`.
const DAY_CHOICES: [u32; 4] = [30, 90, 180, 365];
const DEFAULT_DAYS: u32 = 90;

/// The request's fields that the form shows errors next to, in the form's order.
const FIELDS: [&str; 4] = ["name", "permission", "scope", "days"];

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

/// Where a token stands, as its list shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TokenStatus {
    Active,
    Expired,
    Revoked,
}

impl TokenStatus {
    fn of(token: &ApiToken, now: i64) -> TokenStatus {
        if token.revoked_at.is_some() {
            TokenStatus::Revoked
        } else if token.expires_at <= now {
            TokenStatus::Expired
        } else {
            TokenStatus::Active
        }
    }

    fn as_str(self) -> &'static str {
        match self {
            TokenStatus::Active => "active",
            TokenStatus::Expired => "expired",
            TokenStatus::Revoked => "revoked",
        }
    }

    fn message_id(self) -> &'static str {
        match self {
            TokenStatus::Active => "tokens-status-active",
            TokenStatus::Expired => "tokens-status-expired",
            TokenStatus::Revoked => "tokens-status-revoked",
        }
    }
}

/// The page's list, shared with the revoke dialog: one request, refetched after every change.
type TokenList = LocalResource<ApiResult<Vec<ApiToken>>>;

fn find(tokens: TokenList, id: Option<i64>) -> Option<ApiToken> {
    let id = id?;
    tokens.with(|list| list.as_ref().and_then(|r| r.as_ref().ok()).and_then(|l| l.iter().find(|t| t.id == id).cloned()))
}

#[component]
pub fn TokensPage() -> impl IntoView {
    use_page_title("tokens-title");
    let session = use_session();
    // The guard shows the page once the session is known.
    let reader_admin = session.me.with_untracked(|me| me.as_ref().is_some_and(|m| m.user.role == Role::Admin));
    let tokens: TokenList = LocalResource::new(api::tokens::list);
    let entities = load_entities();
    // An id, not a copy: the dialog reads the token from the latest list.
    let revoking = RwSignal::new(None::<i64>);
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
                <p><A href="/api-reference" attr:data-testid="api-reference-link">{i18n::msg("api-reference-link")}</A></p>
                <p class="hint">
                    {move || i18n::t(if reader_admin { "tokens-intro-admin" } else { "tokens-intro-team" })}
                </p>
            </div>
            {move || page_error.get().map(|error| view! { <ErrorPanel error=error /> })}
            <Loaded resource=tokens let:list>
                <TokensTable tokens=list on_revoke=move |id| { page_error.set(None); revoking.set(Some(id)) } />
            </Loaded>
            {move || created.get().map(|token| view! {
                <SecretPanel
                    created=token
                    on_done=move |()| {
                        created.set(None);
                        // Once the form is back in view.
                        request_animation_frame(|| focus_by_id("token-name"));
                    }
                />
            })}
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

#[component]
fn TokensTable(
    /// The tokens, as loaded (newest first).
    tokens: Vec<ApiToken>,
    /// Opens the revoke dialog for this token id.
    #[prop(into)]
    on_revoke: Callback<i64>,
) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    if tokens.is_empty() {
        return view! { <p class="empty" data-testid="tokens-empty">{i18n::msg("tokens-empty")}</p> }.into_any();
    }
    let count = tokens.len();
    let now = now_secs();
    let rows =
        tokens.into_iter().map(|token| view! { <TokenRow token=token now=now on_revoke=on_revoke /> }).collect_view();
    view! {
        <p class="result-count" role="status">{move || tr!(i18n, "tokens-count", { "count" => count })}</p>
        <div class="table-wrap" role="region" tabindex="0" aria-labelledby="tokens-table-caption">
            <table class="users-table tokens-table" data-testid="tokens-table">
                <caption id="tokens-table-caption" class="visually-hidden">{i18n::msg("tokens-table-caption")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{i18n::msg("tokens-col-name")}</th>
                        <th scope="col">{i18n::msg("tokens-col-prefix")}</th>
                        <th scope="col">{i18n::msg("tokens-col-permission")}</th>
                        <th scope="col">{i18n::msg("tokens-col-scope")}</th>
                        <th scope="col">{i18n::msg("tokens-col-created")}</th>
                        <th scope="col">{i18n::msg("tokens-col-expires")}</th>
                        <th scope="col">{i18n::msg("tokens-col-last-used")}</th>
                        <th scope="col">{i18n::msg("tokens-col-status")}</th>
                        <th scope="col"><span class="visually-hidden">{i18n::msg("tokens-col-actions")}</span></th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}

#[component]
fn TokenRow(
    /// The token to show.
    token: ApiToken,
    /// Now, in seconds since 1970: the same instant for every row.
    now: i64,
    /// Opens the revoke dialog for this token id.
    on_revoke: Callback<i64>,
) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let status = TokenStatus::of(&token, now);
    let ApiToken { id, name, prefix, permission, scope, created_at, created_by, expires_at, last_used_at, .. } = token;
    let scope = match scope {
        None => view! { <span>{move || i18n.tr("tokens-scope-company")}</span> }.into_any(),
        Some(entities) if entities.is_empty() => {
            view! { <span class="token-scope-none">{move || i18n.tr("tokens-scope-none")}</span> }.into_any()
        }
        Some(entities) => {
            let names: Vec<String> = entities.into_iter().map(|e| e.name).collect();
            view! { <bdi>{move || i18n::list_text(i18n::language(), &names)}</bdi> }.into_any()
        }
    };
    let created_by = created_by.map(|by| {
        view! { <span class="token-by">{move || tr!(i18n, "tokens-created-by", { "name" => by.clone() })}</span> }
    });
    let expired = (expires_at <= now).then(|| {
        view! { <span class="badge token-badge-expired" data-testid="token-expired">{move || i18n.tr("tokens-status-expired")}</span> }
    });
    let last_used = match last_used_at {
        Some(at) => view! { <Moment at=at relative=true /> }.into_any(),
        None => view! { <span class="token-never">{move || i18n.tr("tokens-never-used")}</span> }.into_any(),
    };
    let revoke_label = {
        let name = name.clone();
        move || tr!(i18n, "tokens-revoke-label", { "name" => name.clone() })
    };
    let revoke = (status == TokenStatus::Active).then(|| {
        view! {
            <button
                type="button"
                class="button danger-outline small"
                data-action="revoke"
                aria-label=revoke_label
                on:click=move |_| on_revoke.run(id)
            >
                {i18n::msg("tokens-revoke")}
            </button>
        }
    });
    view! {
        <tr data-token-id=id data-status=status.as_str()>
            <th scope="row"><bdi>{name}</bdi></th>
            <td><code class="token-prefix">{prefix}</code></td>
            <td>{move || i18n.tr(permission_message_id(permission))}</td>
            <td class="token-scope">{scope}</td>
            <td class="token-when"><Moment at=created_at day=true />{created_by}</td>
            <td class="token-when"><Moment at=expires_at day=true />{expired}</td>
            <td class="token-when">{last_used}</td>
            <td>
                <span class=format!("badge token-badge-{}", status.as_str()) data-testid="token-status" data-status=status.as_str()>
                    {move || i18n.tr(status.message_id())}
                </span>
            </td>
            <td>{revoke}</td>
        </tr>
    }
}

/// The secret of the token just created, shown this once: a read-only field to copy it from,
/// a Copy button that says politely whether it worked, and Done, which hides it for good.
/// Focus moves to its heading, so it is read first.
#[component]
fn SecretPanel(
    /// The token the server just created, with its secret.
    created: CreatedToken,
    /// Done: hides the panel.
    #[prop(into)]
    on_done: Callback<()>,
) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let heading = NodeRef::<html::H2>::new();
    let input = NodeRef::<html::Input>::new();
    // `Some(true)` once copied, `Some(false)` when the browser refused.
    let copied = RwSignal::new(None::<bool>);
    let CreatedToken { token, secret } = created;
    let secret = StoredValue::new(secret);
    Effect::new(move |_| {
        if let Some(heading) = heading.get() {
            let _ = heading.focus();
        }
    });
    // When copying fails, the secret is selected for the keyboard's copy.
    let select = move || {
        if let Some(input) = input.get_untracked() {
            let _ = input.focus();
            input.select();
        }
    };
    let copy = move |_| {
        // Emptied first, so that a second copy is announced again.
        copied.set(None);
        let text = secret.get_value();
        leptos::task::spawn_local(async move {
            let done = crate::components::clipboard::copy_text(&text).await;
            if !done {
                select();
            }
            copied.set(Some(done));
        });
    };
    let name = token.name;
    let label = move || tr!(i18n, "tokens-secret-label", { "name" => name.clone() });
    let status = move || copied.get().map(|done| i18n.tr(if done { "tokens-copied" } else { "tokens-copy-failed" }));
    view! {
        <section class="card token-secret-panel" aria-labelledby="token-secret-title" data-testid="token-created">
            <h2 id="token-secret-title" tabindex="-1" node_ref=heading>{i18n::msg("tokens-secret-title")}</h2>
            <p class="token-secret-warning">{i18n::msg("tokens-secret-warning")}</p>
            <p class="hint">{i18n::msg("tokens-secret-store")}</p>
            <div class="field">
                <label for="token-secret">{label}</label>
                <div class="token-secret-row">
                    <input
                        id="token-secret"
                        type="text"
                        readonly=true
                        autocomplete="off"
                        spellcheck="false"
                        data-testid="token-secret"
                        node_ref=input
                        prop:value=move || secret.get_value()
                        on:focus=move |_| {
                            if let Some(input) = input.get_untracked() {
                                input.select();
                            }
                        }
                    />
                    <button type="button" class="button secondary" data-testid="token-copy" on:click=copy>
                        {i18n::msg("tokens-copy")}
                    </button>
                </div>
                <p
                    class=move || if copied.get() == Some(false) { "token-copy-status failed" } else { "token-copy-status" }
                    role="status"
                    data-testid="token-copy-status"
                >
                    {status}
                </p>
            </div>
            <div class="form-buttons">
                <button type="button" class="button primary" data-testid="token-done" on:click=move |_| on_done.run(())>
                    {i18n::msg("tokens-done")}
                </button>
            </div>
        </section>
    }
}

/// A field's error in words; a life too long is counted in days, not characters.
fn field_error_text(error: &FieldError) -> String {
    if error.field == "days" && error.code == FieldErrorCode::TooLong {
        let mut args = std::collections::HashMap::new();
        args.insert("max".into(), error.max.unwrap_or(MAX_DAYS).into());
        expect_context::<I18n>().tr_with_args("tokens-days-too-long", &args)
    } else {
        i18n::field_error_text(error.code, error.max)
    }
}

fn field_error(errors: RwSignal<Vec<FieldError>>, field: &'static str) -> Signal<Option<String>> {
    field_error_with(errors, field, field_error_text)
}

/// Moves focus to the first field in error, in the form's order.
fn focus_first_error(errors: &[FieldError]) {
    let Some(first) = FIELDS.into_iter().find(|f| errors.iter().any(|e| e.field == *f)) else { return };
    match first {
        "name" => focus_by_id("token-name"),
        "permission" => focus_by_id("token-permission-read"),
        // The entity boxes when they show, else the scope's first choice.
        "scope" if document().get_element_by_id("token-scope").is_some() => focus_by_id("token-scope"),
        "scope" => focus_by_id("token-scope-company"),
        _ => focus_by_id("token-days"),
    }
}

/// The creation form: checked here with the contract's rules, then by the server (which also
/// knows the reader's scope); what was typed stays until it succeeds.
#[component]
fn CreateTokenForm(
    /// The entities in the reader's reach, for a scope of chosen entities.
    entities: Entities,
    /// Whether the reader is an Administrator: only they give a token the whole company.
    reader_admin: bool,
    /// Hidden while the new token's secret shows (the form keeps its state).
    #[prop(into)]
    hidden: Signal<bool>,
    /// Called with the token the server created, secret included.
    #[prop(into)]
    on_created: Callback<CreatedToken>,
) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let name = RwSignal::new(String::new());
    // No permission chosen at first: the choice matters too much for a default.
    let permission = RwSignal::new(None::<Permission>);
    // An Administrator starts from the whole company; a team administrator can only choose.
    let whole = RwSignal::new(reader_admin);
    let chosen = RwSignal::new(Vec::<i64>::new());
    let days = RwSignal::new(DEFAULT_DAYS);
    let field_errors = RwSignal::new(Vec::<FieldError>::new());
    // A single entity in reach is the only scope a team administrator can give.
    let preset = move || {
        if reader_admin {
            return Vec::new();
        }
        match entities_now(entities).as_slice() {
            [only] => vec![only.id],
            _ => Vec::new(),
        }
    };
    Effect::new(move |_| {
        if entities.with(|e| e.as_ref().is_some_and(Result::is_ok)) && chosen.with_untracked(Vec::is_empty) {
            chosen.set(preset());
        }
    });
    let create = Action::new_unsync(|request: &CreateTokenRequest| {
        let request = request.clone();
        async move { api::tokens::create(&request).await }
    });
    Effect::new(move |_| match create.value().get() {
        Some(Ok(token)) => {
            name.set(String::new());
            permission.set(None);
            whole.set(reader_admin);
            chosen.set(preset());
            days.set(DEFAULT_DAYS);
            field_errors.set(Vec::new());
            // The secret lives in the panel only.
            create.clear();
            on_created.run(token);
        }
        Some(Err(error)) => {
            focus_first_error(&error.fields);
            field_errors.set(error.fields);
        }
        None => {}
    });
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if create.pending().get_untracked() {
            return;
        }
        let mut scope = chosen.get_untracked();
        scope.sort_unstable();
        let request = CreateTokenRequest {
            name: name.get_untracked().trim().to_owned(),
            permission: permission.get_untracked(),
            scope: if reader_admin && whole.get_untracked() { None } else { Some(scope) },
            days: days.get_untracked(),
        };
        let errors = request.validate();
        create.clear();
        if errors.is_empty() {
            field_errors.set(Vec::new());
            create.dispatch(request);
        } else {
            focus_first_error(&errors);
            field_errors.set(errors);
        }
    };
    let toggle = move |(entity, on): (i64, bool)| {
        chosen.update(|c| {
            c.retain(|x| *x != entity);
            if on {
                c.push(entity);
            }
        });
    };
    let permission_error = field_error(field_errors, "permission");
    let scope_error = field_error(field_errors, "scope");
    let days_error = field_error(field_errors, "days");

    let permission_option = move |value: Permission, option_id: &'static str, help: &'static str| {
        let help_id = format!("{option_id}-help");
        view! {
            <div class="radio-card">
                <input
                    type="radio"
                    name="token-permission"
                    id=option_id
                    value=value.as_str()
                    prop:checked=move || permission.get() == Some(value)
                    aria-describedby=help_id.clone()
                    on:change=move |_| permission.set(Some(value))
                />
                <label for=option_id>
                    <strong>{move || i18n.tr(permission_message_id(value))}</strong>
                    <span id=help_id class="hint">{move || i18n.tr(help)}</span>
                </label>
            </div>
        }
    };
    let scope_option = move |company: bool, option_id: &'static str, label: &'static str, help: &'static str| {
        let help_id = format!("{option_id}-help");
        view! {
            <div class="radio-card">
                <input
                    type="radio"
                    name="token-scope-kind"
                    id=option_id
                    prop:checked=move || whole.get() == company
                    aria-describedby=help_id.clone()
                    on:change=move |_| whole.set(company)
                />
                <label for=option_id>
                    <strong>{move || i18n.tr(label)}</strong>
                    <span id=help_id class="hint">{move || i18n.tr(help)}</span>
                </label>
            </div>
        }
    };
    let scope_boxes = move |legend: &'static str| {
        view! {
            <ScopeBoxes
                id="token-scope"
                legend=Signal::derive(move || i18n.tr(legend))
                entities=entities
                chosen=chosen
                on_toggle=toggle
                error=scope_error
            />
        }
    };
    let scope_field = if reader_admin {
        view! {
            <fieldset
                class="field roles"
                aria-describedby="token-scope-kind-error"
                aria-invalid=move || (whole.get() && scope_error.with(Option::is_some)).to_string()
            >
                <legend>{i18n::msg("tokens-scope")}<RequiredMark /></legend>
                {scope_option(true, "token-scope-company", "tokens-scope-company", "tokens-scope-company-help")}
                {scope_option(false, "token-scope-chosen", "tokens-scope-chosen", "tokens-scope-chosen-help")}
                // The entity boxes show the error when they are there.
                <p id="token-scope-kind-error" class="field-error">{move || if whole.get() { scope_error.get() } else { None }}</p>
            </fieldset>
            <Show when=move || !whole.get()>{scope_boxes("tokens-scope-entities")}</Show>
        }
        .into_any()
    } else {
        view! {
            <p class="hint">{i18n::msg("tokens-scope-team-hint")}</p>
            {scope_boxes("tokens-scope")}
        }
        .into_any()
    };
    let expiry = move || {
        let at = now_secs() + i64::from(days.get()) * 86_400;
        tr!(i18n, "tokens-expires-on", { "date" => time::date(i18n::language(), at) })
    };

    view! {
        <form
            class="card token-create"
            on:submit=on_submit
            novalidate=true
            aria-labelledby="token-create-title"
            hidden=move || hidden.get()
        >
            <h2 id="token-create-title">{i18n::msg("tokens-create-title")}</h2>
            <RequiredNote />
            {move || error_beside_fields(create, &FIELDS).map(|error| view! { <ErrorPanel error=error /> })}
            <TextField
                id="token-name"
                label=i18n::msg("tokens-name")
                hint=i18n::msg("tokens-name-hint")
                value=name
                error=field_error(field_errors, "name")
                required=true
            />
            <fieldset
                id="token-permission"
                class="field roles"
                aria-describedby="token-permission-error"
                aria-invalid=move || permission_error.with(Option::is_some).to_string()
            >
                <legend>{i18n::msg("tokens-permission")}<RequiredMark /></legend>
                {permission_option(Permission::Read, "token-permission-read", "tokens-permission-read-help")}
                {permission_option(Permission::Manage, "token-permission-manage", "tokens-permission-manage-help")}
                <p id="token-permission-error" class="field-error">{permission_error}</p>
            </fieldset>
            {scope_field}
            <div class="field">
                <label for="token-days">{i18n::msg("tokens-days")}<RequiredMark /></label>
                <p id="token-days-hint" class="hint">{move || tr!(i18n, "tokens-days-hint", { "max" => MAX_DAYS })}</p>
                <select
                    id="token-days"
                    name="token-days"
                    required=true
                    aria-invalid=move || days_error.with(Option::is_some).to_string()
                    aria-describedby="token-days-hint token-days-expiry token-days-error"
                    on:change=move |ev| days.set(event_target_value(&ev).parse().unwrap_or(DEFAULT_DAYS))
                >
                    {DAY_CHOICES
                        .into_iter()
                        .map(|choice| view! {
                            <option value=choice prop:selected=move || days.get() == choice>
                                {move || tr!(i18n, "tokens-days-option", { "days" => choice })}
                            </option>
                        })
                        .collect_view()}
                </select>
                <p id="token-days-expiry" class="hint token-expiry">{expiry}</p>
                <p id="token-days-error" class="field-error">{days_error}</p>
            </div>
            <div class="form-buttons">
                <button type="submit" class="button primary" aria-disabled=move || create.pending().get().to_string() data-testid="create-token">
                    {i18n::msg("tokens-create")}
                </button>
            </div>
        </form>
    }
}

/// Revoking in a dialog: software using the token stops at once, and it cannot be undone.
#[component]
fn RevokeDialog(
    /// The page's list, where the token is read from and which is refetched after.
    tokens: TokenList,
    /// The token being revoked; `None` closes the dialog.
    revoking: RwSignal<Option<i64>>,
    /// Where an error goes when it closes the dialog.
    page_error: RwSignal<Option<ApiError>>,
) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let toasts = use_toasts();
    let token = Memo::new(move |_| find(tokens, revoking.get()));
    let revoke = Action::new_unsync(|id: &i64| {
        let id = *id;
        async move { api::tokens::revoke(id).await }
    });
    // Each opening starts with no old error.
    Effect::new(move |previous: Option<Option<i64>>| {
        let id = revoking.get();
        if id.is_some() && previous.flatten() != id {
            revoke.clear();
        }
        id
    });
    Effect::new(move |_| match revoke.value().get() {
        Some(Ok(_)) => {
            revoking.set(None);
            toasts.show("tokens-revoked");
            tokens.refetch();
        }
        Some(Err(error)) if error.code == ErrorCode::NotFound => {
            revoking.set(None);
            page_error.set(Some(error));
            tokens.refetch();
        }
        // Revoked or expired meanwhile: the fresh list says so.
        Some(Err(error)) if error.code == ErrorCode::Conflict => tokens.refetch(),
        _ => {}
    });
    let on_submit = move |()| {
        let Some(current) = token.get_untracked() else { return };
        revoke.clear();
        revoke.dispatch(current.id);
    };
    let name = move || token.with(|t| t.as_ref().map(|t| t.name.clone())).unwrap_or_default();
    let failure = move || action::failure(revoke).map(|error| view! { <ErrorPanel error=error /> });
    view! {
        <FormDialog
            id="token-revoke-dialog"
            open=Signal::derive(move || token.with(Option::is_some))
            title=Signal::derive(move || tr!(i18n, "tokens-revoke-title", { "name" => name() }))
            submit_label=i18n::msg("tokens-revoke-confirm")
            danger=true
            busy=revoke.pending()
            on_submit=on_submit
            on_cancel=move |()| revoking.set(None)
        >
            {failure}
            <p>{i18n::msg("tokens-revoke-body")}</p>
            <p>{i18n::msg("tokens-revoke-final")}</p>
        </FormDialog>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn token(expires_at: i64, revoked_at: Option<i64>) -> ApiToken {
        ApiToken {
            id: 1,
            name: "HR".into(),
            prefix: "esp_Ab3d".into(),
            permission: Permission::Read,
            scope: None,
            created_at: 0,
            created_by: None,
            expires_at,
            last_used_at: None,
            revoked_at,
        }
    }

    #[test]
    fn revoked_wins_over_expired_and_expiry_is_inclusive() {
        assert_eq!(TokenStatus::of(&token(100, None), 99), TokenStatus::Active);
        assert_eq!(TokenStatus::of(&token(100, None), 100), TokenStatus::Expired);
        assert_eq!(TokenStatus::of(&token(100, Some(50)), 200), TokenStatus::Revoked);
        assert_eq!(TokenStatus::of(&token(100, Some(50)), 10), TokenStatus::Revoked);
    }

    #[test]
    fn every_offered_life_is_allowed() {
        assert!(DAY_CHOICES.contains(&DEFAULT_DAYS));
        assert!(DAY_CHOICES.iter().all(|d| (1..=MAX_DAYS).contains(d)));
    }
}
