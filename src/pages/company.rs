//! `/company` (Administrators): the company's settings: its time zone, the clock its e-mails
//! write times on ("until Friday at 9:00 (Central European Time)"), and who must use two-step
//! sign-in.

use espace_api::company::{CompanyField, CompanySettings, CompanySettingsRequest};
use espace_api::second_step::SecondStepPolicy;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use crate::api;
use crate::components::audit::policy_message_id;
use crate::components::error_details::ErrorPanel;
use crate::components::form::{use_submit, RadioCards, RadioOption};
use crate::components::load_error::Loaded;
use crate::components::page_title::use_page_title;
use crate::components::time_zone_select::TimeZoneSelect;
use crate::components::toast::use_toasts;
use crate::i18n;

#[component]
pub fn CompanyPage() -> impl IntoView {
    use_page_title("company-title");
    let settings = LocalResource::new(api::company::settings);
    view! {
        <section class="page narrow">
            <h1>{i18n::msg("company-title")}</h1>
            <Loaded resource=settings let:settings>
                <CompanyForm settings=settings />
            </Loaded>
        </section>
    }
}

#[component]
fn CompanyForm(
    /// The settings as stored.
    settings: CompanySettings,
) -> impl IntoView {
    let toasts = use_toasts();
    let time_zone = RwSignal::new(settings.time_zone.as_str().to_owned());
    let second_step = RwSignal::new(settings.second_step);
    let save = use_submit(
        |field: CompanyField| match field {
            CompanyField::TimeZone => "company-time-zone",
            CompanyField::SecondStep => "company-second-step-off",
        },
        api::company::save,
        move |settings: CompanySettings| {
            time_zone.set(settings.time_zone.as_str().to_owned());
            second_step.set(settings.second_step);
            toasts.show("company-saved");
        },
    );
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let request = CompanySettingsRequest {
            time_zone: time_zone.get_untracked(),
            second_step: Some(second_step.get_untracked()),
        };
        let problems = request.validate();
        save.send(request, problems);
    };
    let error = save.error(CompanyField::TimeZone);
    view! {
        {move || save.failure_beside_fields().map(|error| view! { <ErrorPanel error=error /> })}
        <form class="card" novalidate on:submit=on_submit>
            <div class="field">
                <label for="company-time-zone">{i18n::msg("company-time-zone")}</label>
                <p id="company-time-zone-hint" class="hint">
                    {i18n::msg("company-time-zone-hint")}
                </p>
                <TimeZoneSelect
                    id="company-time-zone"
                    value=time_zone
                    error=error
                    described="company-time-zone-hint company-time-zone-error"
                />
                <p id="company-time-zone-error" class="field-error">
                    {error}
                </p>
            </div>
            <fieldset class="field roles" aria-describedby="company-second-step-hint">
                <legend>{i18n::msg("company-second-step")}</legend>
                <p id="company-second-step-hint" class="hint">
                    {i18n::msg("company-second-step-hint")}
                </p>
                <RadioCards
                    name="company-second-step"
                    options=policy_options()
                    selected=Signal::derive(move || Some(second_step.get()))
                    on_choose=move |policy| second_step.set(policy)
                />
            </fieldset>
            <button
                type="submit"
                class="button primary"
                disabled=move || save.pending().get()
                aria-busy=move || save.pending().get().to_string()
            >
                {i18n::msg("company-save")}
            </button>
        </form>
    }
}

/// The rules an administrator chooses from, each with who it applies to.
fn policy_options() -> Vec<RadioOption<SecondStepPolicy>> {
    SecondStepPolicy::ALL
        .into_iter()
        .map(|value| {
            let (id, help) = match value {
                SecondStepPolicy::Off => ("company-second-step-off", "company-second-step-off-hint"),
                SecondStepPolicy::Managers => ("company-second-step-managers", "company-second-step-managers-hint"),
                SecondStepPolicy::Everyone => ("company-second-step-everyone", "company-second-step-everyone-hint"),
            };
            RadioOption { value, id, label: policy_message_id(value), help }
        })
        .collect()
}
