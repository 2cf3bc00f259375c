//! The creation form: checked here with the contract's rules, then by the server (which also
//! knows the reader's scope); what was typed stays until it succeeds.

use std::collections::HashMap;

use espace_api::fields::Fields as _;
use espace_api::tokens::{CreateTokenRequest, CreatedToken, Permission, TokenField, MAX_DAYS};
use espace_api::{EntityId, FieldError, FieldErrorCode};
use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use super::{now_secs, permission_message_id};
use crate::api;
use crate::components::error_details::ErrorPanel;
use crate::components::form::field::{RequiredMark, RequiredNote, TextField};
use crate::components::form::{use_submit, RadioCards, RadioOption};
use crate::components::time;
use crate::i18n;
use crate::pages::users::entity_fields::{entities_now, Entities, ScopeChoice, ScopeTexts};

/// The lives offered, in days (the contract allows up to `MAX_DAYS`); the form starts on
/// `DEFAULT_DAYS`.
const DAY_CHOICES: [u32; 4] = [30, 90, 180, 365];
const DEFAULT_DAYS: u32 = 90;

/// The scope's ids and words on this form.
const SCOPE_TEXTS: ScopeTexts = ScopeTexts {
    boxes: "token-scope",
    kind: "token-scope-kind",
    company_id: "token-scope-company",
    chosen_id: "token-scope-chosen",
    legend: "tokens-scope",
    company: "tokens-scope-company",
    company_help: "tokens-scope-company-help",
    chosen: "tokens-scope-chosen",
    chosen_help: "tokens-scope-chosen-help",
    entities_legend: "tokens-scope-entities",
    team_hint: "tokens-scope-team-hint",
};

fn input_id(field: TokenField) -> &'static str {
    match field {
        TokenField::Name => "token-name",
        TokenField::Permission => "token-permission-read",
        // The entity boxes, which show whenever a scope can be missing.
        TokenField::Scope => "token-scope",
        TokenField::Days => "token-days",
    }
}

/// A field's error in words; a life too long is counted in days, not characters.
fn field_error_text(error: &FieldError) -> String {
    if error.field == TokenField::Days.name() && error.code == FieldErrorCode::TooLong {
        let mut args = HashMap::new();
        args.insert("max".into(), error.max.unwrap_or(MAX_DAYS).into());
        expect_context::<leptos_fluent::I18n>().tr_with_args("tokens-days-too-long", &args)
    } else {
        i18n::field_error_text(error.code, error.max)
    }
}

#[component]
pub fn CreateTokenForm(
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
    let name = RwSignal::new(String::new());
    // No permission chosen at first: the choice matters too much for a default.
    let permission = RwSignal::new(None::<Permission>);
    // An Administrator starts from the whole company; a team administrator can only choose.
    let whole = RwSignal::new(reader_admin);
    let chosen = RwSignal::new(Vec::<EntityId>::new());
    let days = RwSignal::new(DEFAULT_DAYS);
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
    // Once the entities are in (a load, not an action).
    Effect::new(move |_| {
        if entities.with(|e| e.as_ref().is_some_and(Result::is_ok)) && chosen.with_untracked(Vec::is_empty) {
            chosen.set(preset());
        }
    });
    let create = use_submit(
        input_id,
        |request: CreateTokenRequest| async move { api::tokens::create(&request).await },
        move |token| {
            name.set(String::new());
            permission.set(None);
            whole.set(reader_admin);
            chosen.set(preset());
            days.set(DEFAULT_DAYS);
            // The secret lives in the panel only.
            on_created.run(token);
        },
    );
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let mut scope = chosen.get_untracked();
        scope.sort_unstable();
        let request = CreateTokenRequest {
            name: name.get_untracked().trim().to_owned(),
            permission: permission.get_untracked(),
            scope: if reader_admin && whole.get_untracked() { None } else { Some(scope) },
            days: days.get_untracked(),
        };
        let problems = request.validate();
        create.send(request, problems);
    };
    let permission_error = create.error(TokenField::Permission);
    let scope_error = create.error(TokenField::Scope);
    let days_error = create.error_with(TokenField::Days, field_error_text);
    let permissions = vec![
        RadioOption {
            value: Permission::Read,
            id: "token-permission-read",
            label: permission_message_id(Permission::Read),
            help: "tokens-permission-read-help",
        },
        RadioOption {
            value: Permission::Manage,
            id: "token-permission-manage",
            label: permission_message_id(Permission::Manage),
            help: "tokens-permission-manage-help",
        },
    ];
    let scope_field = view! {
        <ScopeChoice
            texts=SCOPE_TEXTS
            reader_admin=reader_admin
            entities=entities
            whole=whole
            chosen=chosen
            error=scope_error
        />
    };
    let language = i18n::language_signal();
    let expiry = i18n::msg_with("tokens-expires-on", move || {
        let at = now_secs() + i64::from(days.get()) * 86_400;
        [("date", time::date(language.get(), at).into())]
    });

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
            {move || create.failure_beside_fields().map(|error| view! { <ErrorPanel error=error /> })}
            <TextField
                id="token-name"
                label=i18n::msg("tokens-name")
                hint=i18n::msg("tokens-name-hint")
                value=name
                error=create.error(TokenField::Name)
                required=true
            />
            <fieldset
                id="token-permission"
                class="field roles"
                aria-describedby="token-permission-error"
                aria-invalid=move || permission_error.with(Option::is_some).to_string()
            >
                <legend>{i18n::msg("tokens-permission")}<RequiredMark /></legend>
                <RadioCards
                    name="token-permission"
                    options=permissions
                    selected=permission
                    on_choose=move |value| permission.set(Some(value))
                    wire=Permission::as_str
                />
                <p id="token-permission-error" class="field-error">
                    {permission_error}
                </p>
            </fieldset>
            {scope_field}
            <div class="field">
                <label for="token-days">{i18n::msg("tokens-days")}<RequiredMark /></label>
                <p id="token-days-hint" class="hint">
                    {i18n::msg_with("tokens-days-hint", || [("max", MAX_DAYS.into())])}
                </p>
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
                        .map(|choice| {
                            view! {
                                <option value=choice prop:selected=move || days.get() == choice>
                                    {i18n::msg_with("tokens-days-option", move || [("days", choice.into())])}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
                <p id="token-days-expiry" class="hint token-expiry">
                    {expiry}
                </p>
                <p id="token-days-error" class="field-error">
                    {days_error}
                </p>
            </div>
            <div class="form-buttons">
                <button
                    type="submit"
                    class="button primary"
                    aria-disabled=move || create.pending().get().to_string()
                    data-testid="create-token"
                >
                    {i18n::msg("tokens-create")}
                </button>
            </div>
        </form>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_offered_life_is_allowed() {
        assert!(DAY_CHOICES.contains(&DEFAULT_DAYS));
        assert!(DAY_CHOICES.iter().all(|d| (1..=MAX_DAYS).contains(d)));
    }
}
