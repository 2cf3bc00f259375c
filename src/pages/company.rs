//! `/company` (Administrators): the company's settings: its time zone, the clock its e-mails
//! write times on ("until Friday at 9:00 (Central European Time)"), and who must use two-step
//! sign-in.

use espace_api::company::{CompanyField, CompanySettings, CompanySettingsRequest};
use espace_api::second_step::SecondStepPolicy;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::api;
use crate::components::audit::policy_message_id;
use crate::components::error_details::ErrorPanel;
use crate::components::form::{use_submit, RadioCards, RadioOption};
use crate::components::load_error::Loaded;
use crate::components::page_title::use_page_title;
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

/// The browser's list of time zones (every IANA zone it knows), grouped by region: "Europe",
/// "America"…; the company's own zone is kept even if the browser does not list it.
fn time_zones(current: &str) -> Vec<(String, Vec<String>)> {
    let listed = js_sys::Reflect::get(&js_sys::global(), &"Intl".into())
        .and_then(|intl| js_sys::Reflect::get(&intl, &"supportedValuesOf".into()))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .and_then(|f| f.call1(&js_sys::global(), &"timeZone".into()).ok())
        .map(|zones| js_sys::Array::from(&zones).iter().filter_map(|z| z.as_string()).collect::<Vec<_>>())
        .unwrap_or_default();
    let mut zones = listed;
    if !zones.iter().any(|z| z == current) {
        zones.push(current.to_owned());
    }
    zones.sort();
    let mut groups: Vec<(String, Vec<String>)> = Vec::new();
    for zone in zones {
        let region = zone.split_once('/').map_or("", |(region, _)| region).to_owned();
        match groups.last_mut() {
            Some((last, members)) if *last == region => members.push(zone),
            _ => groups.push((region, vec![zone])),
        }
    }
    groups
}

#[component]
fn CompanyForm(
    /// The settings as stored.
    settings: CompanySettings,
) -> impl IntoView {
    let toasts = use_toasts();
    let time_zone = RwSignal::new(settings.time_zone.as_str().to_owned());
    let second_step = RwSignal::new(settings.second_step);
    let groups = time_zones(settings.time_zone.as_str());
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
                <select
                    id="company-time-zone"
                    aria-describedby="company-time-zone-hint company-time-zone-error"
                    aria-invalid=move || error.with(Option::is_some).to_string()
                    on:change=move |ev| time_zone.set(event_target_value(&ev))
                >
                    {groups
                        .into_iter()
                        .map(|(region, zones)| {
                            let options = zones
                                .into_iter()
                                .map(|zone| {
                                    let chosen = zone.clone();
                                    let label = zone.replace('_', " ");
                                    // "America/New_York" reads "America/New York".
                                    view! {
                                        <option value=zone selected=move || time_zone.with(|z| *z == chosen)>
                                            {label}
                                        </option>
                                    }
                                })
                                .collect_view();
                            view! { <optgroup label=region>{options}</optgroup> }
                        })
                        .collect_view()}
                </select>
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
