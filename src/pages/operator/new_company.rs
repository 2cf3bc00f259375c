//! A new company and its first administrator, who is invited at once. Checked with the
//! contract's rules, then by the server (an address already in use); what was typed stays
//! until it succeeds.

use espace_api::operator::{CompanyRow, NewCompanyField, NewCompanyRequest};
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos_fluent::tr;

use crate::api;
use crate::components::error_details::ErrorPanel;
use crate::components::form::field::{RequiredNote, TextField};
use crate::components::form::use_submit;
use crate::components::language_select::LanguageSelect;
use crate::components::time_zone_select::TimeZoneSelect;
use crate::i18n;

fn input_id(field: NewCompanyField) -> &'static str {
    match field {
        NewCompanyField::Name => "company-name",
        NewCompanyField::TimeZone => "company-time-zone",
        NewCompanyField::AdminFirstName => "company-admin-first-name",
        NewCompanyField::AdminLastName => "company-admin-last-name",
        NewCompanyField::AdminEmail => "company-admin-email",
    }
}

#[component]
pub fn NewCompanyForm(
    /// Bumped once the company exists: the list and the activity load again.
    changed: RwSignal<u32>,
) -> impl IntoView {
    let name = RwSignal::new(String::new());
    let language = RwSignal::new(i18n::language());
    let time_zone = RwSignal::new(espace_api::company::TimeZone::DEFAULT.to_owned());
    let first_name = RwSignal::new(String::new());
    let last_name = RwSignal::new(String::new());
    let email = RwSignal::new(String::new());
    let created = RwSignal::new(None::<String>);
    // One key per company to create: a retry after a lost answer is the same creation.
    let key = RwSignal::new(crate::api::client::idempotency_key());
    let create = use_submit(input_id, api::operator::create_company, move |row: CompanyRow| {
        for field in [name, first_name, last_name, email] {
            field.set(String::new());
        }
        created.set(Some(row.name));
        key.set(crate::api::client::idempotency_key());
        changed.update(|n| *n += 1);
    });
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        created.set(None);
        let request = NewCompanyRequest {
            name: name.get_untracked(),
            language: language.get_untracked(),
            time_zone: time_zone.get_untracked(),
            admin_first_name: first_name.get_untracked(),
            admin_last_name: last_name.get_untracked(),
            admin_email: email.get_untracked(),
            idempotency_key: Some(key.get_untracked()),
        };
        let problems = request.validate();
        create.send(request, problems);
    };
    let pending = create.pending();
    let zone_error = create.error(NewCompanyField::TimeZone);
    view! {
        <section>
            <h2 id="operator-new-title">{i18n::msg("operator-new-title")}</h2>
            <p>{i18n::msg("operator-new-intro")}</p>
            <p role="status" data-testid="operator-created">
                {move || created.get().map(|company| tr!("operator-created", { "company" => company }))}
            </p>
            {move || create.failure_beside_fields().map(|error| view! { <ErrorPanel error=error /> })}
            <form class="card" novalidate=true on:submit=on_submit data-testid="operator-new-company">
                <RequiredNote />
                <TextField
                    id="company-name"
                    label=i18n::msg("operator-new-name")
                    value=name
                    error=create.error(NewCompanyField::Name)
                    autocomplete="organization"
                    required=true
                />
                <LanguageSelect id="company-language" label="operator-new-language" value=language />
                <div class="field">
                    <label for="company-time-zone">{i18n::msg("operator-new-time-zone")}</label>
                    <p id="company-time-zone-hint" class="hint">
                        {i18n::msg("operator-new-time-zone-hint")}
                    </p>
                    <TimeZoneSelect
                        id="company-time-zone"
                        value=time_zone
                        error=zone_error
                        described="company-time-zone-hint company-time-zone-error"
                    />
                    <p id="company-time-zone-error" class="field-error">
                        {zone_error}
                    </p>
                </div>
                <fieldset class="field">
                    <legend>{i18n::msg("operator-new-admin")}</legend>
                    <TextField
                        id="company-admin-first-name"
                        label=i18n::msg("operator-new-first-name")
                        value=first_name
                        error=create.error(NewCompanyField::AdminFirstName)
                        autocomplete="off"
                        required=true
                    />
                    <TextField
                        id="company-admin-last-name"
                        label=i18n::msg("operator-new-last-name")
                        value=last_name
                        error=create.error(NewCompanyField::AdminLastName)
                        autocomplete="off"
                        required=true
                    />
                    <TextField
                        id="company-admin-email"
                        label=i18n::msg("operator-new-email")
                        value=email
                        input_type="email"
                        error=create.error(NewCompanyField::AdminEmail)
                        autocomplete="off"
                        required=true
                    />
                </fieldset>
                <button
                    type="submit"
                    class="button primary"
                    disabled=move || pending.get()
                    aria-busy=move || pending.get().to_string()
                >
                    {move || i18n::t(if pending.get() { "operator-new-creating" } else { "operator-new-submit" })}
                </button>
            </form>
        </section>
    }
}
