//! A labelled text input with its error beside it, announced through `aria-describedby`.

use crate::i18n;
use leptos::prelude::*;

/// The mark after a required field's label: for sighted people only (the field itself says
/// it is required to screen readers); each form explains it once (`form-required-note`).
#[component]
pub fn RequiredMark() -> impl IntoView {
    view! { <span class="required-mark" aria-hidden="true">{i18n::msg("form-required-mark")}</span> }
}

/// Said once per form that has required fields.
#[component]
pub fn RequiredNote() -> impl IntoView {
    view! { <p class="form-note">{i18n::msg("form-required-note")}</p> }
}

#[component]
pub fn TextField(
    id: &'static str,
    #[prop(into)] label: Signal<String>,
    value: RwSignal<String>,
    #[prop(into)] error: Signal<Option<String>>,
    #[prop(default = "text")] input_type: &'static str,
    #[prop(default = "off")] autocomplete: &'static str,
    #[prop(optional, into)] hint: Option<Signal<String>>,
    #[prop(optional)] required: bool,
) -> impl IntoView {
    let error_id = format!("{id}-error");
    let hint_id = format!("{id}-hint");
    let described = if hint.is_some() { format!("{hint_id} {error_id}") } else { error_id.clone() };
    view! {
        <div class="field">
            <label for=id>{label}{required.then(|| view! { <RequiredMark /> })}</label>
            {hint.map(|h| view! { <p id=hint_id class="hint">{h}</p> })}
            <input
                id=id
                name=id
                type=input_type
                autocomplete=autocomplete
                required=required
                aria-invalid=move || error.with(Option::is_some).to_string()
                aria-describedby=described
                bind:value=value
            />
            <p id=error_id class="field-error">{error}</p>
        </div>
    }
}
