//! The time zone picker: every IANA zone the browser knows, grouped by region ("Europe",
//! "America"…), the current one kept even if the browser does not list it.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The browser's list of time zones (every IANA zone it knows), grouped by region: "Europe",
/// "America"…; the company's own zone is kept even if the browser does not list it.
pub fn time_zones(current: &str) -> Vec<(String, Vec<String>)> {
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

/// A `<select>` of time zones; the caller gives its label, hint and error lines.
#[component]
pub fn TimeZoneSelect(
    /// The select's id, which its label points at.
    id: &'static str,
    /// The zone chosen.
    value: RwSignal<String>,
    /// The field's error, which marks the select invalid.
    #[prop(into)]
    error: Signal<Option<String>>,
    /// The ids of the hint and error lines read with it.
    described: &'static str,
) -> impl IntoView {
    let groups = time_zones(&value.get_untracked());
    view! {
        <select
            id=id
            aria-describedby=described
            aria-invalid=move || error.with(Option::is_some).to_string()
            on:change=move |ev| value.set(event_target_value(&ev))
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
                                <option value=zone selected=move || value.with(|z| *z == chosen)>
                                    {label}
                                </option>
                            }
                        })
                        .collect_view();
                    view! { <optgroup label=region>{options}</optgroup> }
                })
                .collect_view()}
        </select>
    }
}
