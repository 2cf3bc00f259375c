//! What the grid and the preview share: the columns' names and ids, the text cell with its
//! error under it, and the import's key.

use espace_api::import::Column;
use leptos::ev;
use leptos::prelude::*;

/// The message naming a column: also the header of the templates and reports the server writes.
pub fn column_label_id(column: Column) -> &'static str {
    match column {
        Column::FirstName => "import-col-first-name",
        Column::LastName => "import-col-last-name",
        Column::Email => "import-col-email",
        Column::NotificationEmail => "import-col-notification-email",
        Column::Role => "import-col-role",
        Column::Entity => "import-col-entity",
        Column::Language => "import-col-language",
        Column::Services => "import-col-services",
    }
}

/// The columns a row cannot do without (marked in the headers).
pub fn required(column: Column) -> bool {
    matches!(column, Column::FirstName | Column::LastName | Column::Email | Column::Role | Column::Entity)
}

/// The input type of a text cell.
pub fn input_type(column: Column) -> &'static str {
    match column {
        Column::Email | Column::NotificationEmail => "email",
        _ => "text",
    }
}

/// A new import's key (128 random bits, hex): every part of its commit carries it, so a retried
/// or double-clicked commit is recognised by the server. Falls back on `Math.random` and the
/// clock should the browser refuse its random source.
pub fn new_batch_key() -> String {
    let mut bytes = [0u8; 16];
    let random = leptos::prelude::window()
        .crypto()
        .ok()
        .and_then(|crypto| crypto.get_random_values_with_u8_array(&mut bytes).ok())
        .is_some();
    if !random {
        let now = js_sys::Date::now().to_bits().to_le_bytes();
        for (i, byte) in bytes.iter_mut().enumerate() {
            // `Math.random` is in [0, 1): the product is below 256.
            let noise = (js_sys::Math::random() * 256.0).floor() as u8;
            *byte = noise ^ now[i % now.len()];
        }
    }
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// One editable cell: an input with a visually hidden label (the column's header and the line
/// or row number) and its error under it, tied by `aria-describedby`.
#[component]
pub fn TextCell(
    /// The input's id; its error is `{id}-error`.
    id: String,
    /// The accessible name: the column's header and the line or row number.
    #[prop(into)]
    label: Signal<String>,
    /// The text shown.
    #[prop(into)]
    value: Signal<String>,
    /// What is wrong with it, in words.
    #[prop(into)]
    error: Signal<Option<String>>,
    /// `text` or `email`.
    input_type: &'static str,
    /// The id of a `<datalist>` of suggestions, if any.
    #[prop(default = None)]
    list: Option<&'static str>,
    /// Whether the cell is required (its header says so too).
    #[prop(optional)]
    required: bool,
    /// True while the rows cannot change (a check or the import runs).
    #[prop(into)]
    readonly: Signal<bool>,
    /// Called with the new text at each change.
    #[prop(into)]
    on_input: Callback<String>,
    /// Called when Enter is pressed in the cell.
    #[prop(optional, into)]
    on_enter: Option<Callback<()>>,
    /// Called when focus leaves the cell.
    #[prop(optional, into)]
    on_blur: Option<Callback<()>>,
) -> impl IntoView {
    let error_id = format!("{id}-error");
    view! {
        <label for=id.clone() class="visually-hidden">
            {label}
        </label>
        <input
            id=id
            type=input_type
            autocomplete="off"
            spellcheck="false"
            list=list
            required=required
            readonly=move || readonly.get()
            aria-invalid=move || error.with(Option::is_some).to_string()
            aria-describedby=error_id.clone()
            prop:value=move || value.get()
            on:input=move |ev| on_input.run(event_target_value(&ev))
            on:keydown=move |ev: ev::KeyboardEvent| {
                if let Some(enter) = on_enter {
                    if ev.key() == "Enter" && !ev.is_composing() {
                        ev.prevent_default();
                        enter.run(());
                    }
                }
            }
            on:blur=move |_| {
                if let Some(blur) = on_blur {
                    blur.run(());
                }
            }
        />
        <p id=error_id class="field-error">
            {error}
        </p>
    }
}
