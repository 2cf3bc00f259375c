//! The form field: a labelled text input with its hint and error, announced through
//! `aria-describedby`; the required mark and its note.

use espace_api::{ApiError, ErrorCode, FieldError};
use leptos::prelude::*;

use crate::api::client::ApiResult;
use crate::components::action;
use crate::i18n;

/// The mark after a required field's label: for sighted people only (the field itself says
/// it is required to screen readers); each form explains it once (`form-required-note`).
#[component]
pub fn RequiredMark() -> impl IntoView {
    view! {
        <span class="required-mark" aria-hidden="true">
            {i18n::msg("form-required-mark")}
        </span>
    }
}

/// The error of `field` among a form's errors, as its field shows it.
pub fn field_error(errors: RwSignal<Vec<FieldError>>, field: &'static str) -> Signal<Option<String>> {
    field_error_with(errors, field, |e| i18n::field_error_text(e.code, e.max))
}

/// The same, in a form's own words for some errors ("This name is already used").
pub fn field_error_with(
    errors: RwSignal<Vec<FieldError>>,
    field: &'static str,
    text: fn(&FieldError) -> String,
) -> Signal<Option<String>> {
    Signal::derive(move || errors.with(|errors| errors.iter().find(|e| e.field == field).map(text)))
}

/// The form's failure that none of its `fields` shows already, for the panel above the form.
pub fn error_beside_fields<I: 'static, T: 'static>(
    submit: Action<I, ApiResult<T>>,
    fields: &[&str],
) -> Option<ApiError> {
    let shown =
        |error: &ApiError| error.code == ErrorCode::Validation && fields.iter().any(|f| error.field(f).is_some());
    action::failure(submit).filter(|error| !shown(error))
}

/// Said once per form that has required fields.
#[component]
pub fn RequiredNote() -> impl IntoView {
    view! { <p class="form-note">{i18n::msg("form-required-note")}</p> }
}

/// What a text field shows, and where what is typed goes: a signal of its own, or a part of
/// a larger value (a wizard's draft) through `FieldValue::new`.
#[derive(Clone, Copy)]
pub struct FieldValue {
    get: Signal<String>,
    set: SignalSetter<String>,
}

impl FieldValue {
    pub fn new(get: Signal<String>, set: SignalSetter<String>) -> FieldValue {
        FieldValue { get, set }
    }
}

impl From<RwSignal<String>> for FieldValue {
    fn from(value: RwSignal<String>) -> FieldValue {
        FieldValue { get: value.into(), set: SignalSetter::map(move |text| value.set(text)) }
    }
}

/// What a field's control is described by: its hint (when it has one), then its error.
fn described_by(id: &str, has_hint: bool) -> String {
    if has_hint {
        format!("{id}-hint {id}-error")
    } else {
        format!("{id}-error")
    }
}

/// The frame of every field: label (with the required mark), hint, the control, and the error
/// under it, the ids `{id}-hint` and `{id}-error` being what the control is described by.
#[component]
fn FieldFrame(
    /// The control's id, which the label points at.
    id: &'static str,
    /// The visible label.
    label: Signal<String>,
    /// A line of help under the label.
    hint: Option<Signal<String>>,
    /// Whether the field must be filled: the mark beside the label.
    required: bool,
    /// The field's error.
    error: Signal<Option<String>>,
    /// The control.
    children: Children,
) -> impl IntoView {
    view! {
        <div class="field">
            <label for=id>{label}{required.then(|| view! { <RequiredMark /> })}</label>
            {hint
                .map(|h| {
                    view! {
                        <p id=format!("{id}-hint") class="hint">
                            {h}
                        </p>
                    }
                })}
            {children()}
            <p id=format!("{id}-error") class="field-error">
                {error}
            </p>
        </div>
    }
}

/// The form field of every form: label (with the required mark), hint, input and error, the
/// hint and error read out with the input through `aria-describedby`.
#[component]
pub fn TextField(
    /// The input's id (and name), which the label, hint and error summary point at.
    id: &'static str,
    /// The visible label.
    #[prop(into)]
    label: Signal<String>,
    /// What the input shows and where what is typed goes.
    #[prop(into)]
    value: FieldValue,
    /// The field's error, shown under it and announced with it.
    #[prop(into)]
    error: Signal<Option<String>>,
    /// The input's type: text, email, url…
    #[prop(default = "text")]
    input_type: &'static str,
    /// The browser's autofill hint.
    #[prop(default = "off")]
    autocomplete: &'static str,
    /// A line of help under the label.
    #[prop(optional, into)]
    hint: Option<Signal<String>>,
    /// Whether the field must be filled: the mark beside the label and `required`.
    #[prop(optional)]
    required: bool,
    /// Called when the input loses focus (checking the field then).
    #[prop(optional)]
    on_blur: Option<Callback<()>>,
) -> impl IntoView {
    let described = described_by(id, hint.is_some());
    view! {
        <FieldFrame id=id label=label hint=hint required=required error=error>
            <input
                id=id
                name=id
                type=input_type
                autocomplete=autocomplete
                required=required
                aria-invalid=move || error.with(Option::is_some).to_string()
                aria-describedby=described.clone()
                bind:value=(value.get, value.set)
                on:blur=move |_| {
                    if let Some(blurred) = on_blur {
                        blurred.run(());
                    }
                }
            />
        </FieldFrame>
    }
}

/// `TextField` for text on several lines (a policy's Markdown): the same label, hint and error.
#[component]
pub fn TextAreaField(
    /// The textarea's id (and name), which the label, hint and error summary point at.
    id: &'static str,
    /// The visible label.
    #[prop(into)]
    label: Signal<String>,
    /// What the textarea shows and where what is typed goes.
    #[prop(into)]
    value: FieldValue,
    /// The field's error, shown under it and announced with it.
    #[prop(into)]
    error: Signal<Option<String>>,
    /// A line of help under the label.
    #[prop(optional, into)]
    hint: Option<Signal<String>>,
    /// Whether the field must be filled: the mark beside the label and `required`.
    #[prop(optional)]
    required: bool,
    /// Its height in lines.
    #[prop(default = 6)]
    rows: u32,
) -> impl IntoView {
    let described = described_by(id, hint.is_some());
    view! {
        <FieldFrame id=id label=label hint=hint required=required error=error>
            <textarea
                id=id
                name=id
                rows=rows
                required=required
                aria-invalid=move || error.with(Option::is_some).to_string()
                aria-describedby=described.clone()
                bind:value=(value.get, value.set)
            ></textarea>
        </FieldFrame>
    }
}
