//! Radio buttons drawn as cards: a bold label and a line of help under it, read out together
//! (`aria-describedby`). The fieldset and legend around them are the form's.

use leptos::prelude::*;

use crate::i18n;

/// One choice of a `RadioCards` group.
#[derive(Clone, Copy)]
pub struct RadioOption<T> {
    /// What choosing it sets.
    pub value: T,
    /// The input's id; its help is `{id}-help`.
    pub id: &'static str,
    /// The label's message id.
    pub label: &'static str,
    /// The help's message id.
    pub help: &'static str,
}

/// A group of radio cards: `options` in order, the one equal to `selected` checked.
#[component]
pub fn RadioCards<T: Copy + PartialEq + Send + Sync + 'static>(
    /// The group's name, shared by its inputs.
    name: &'static str,
    /// The choices, in order.
    options: Vec<RadioOption<T>>,
    /// The value chosen, if any.
    #[prop(into)]
    selected: Signal<Option<T>>,
    /// Called with the value chosen.
    #[prop(into)]
    on_choose: Callback<T>,
    /// The value each input submits (`value=`), when the form needs one.
    #[prop(optional)]
    wire: Option<fn(T) -> &'static str>,
) -> impl IntoView {
    options
        .into_iter()
        .map(|option| {
            let RadioOption { value, id, label, help } = option;
            let help_id = format!("{id}-help");
            view! {
                <div class="radio-card">
                    <input
                        type="radio"
                        name=name
                        id=id
                        value=wire.map(|wire| wire(value))
                        prop:checked=move || selected.get() == Some(value)
                        aria-describedby=help_id.clone()
                        on:change=move |_| on_choose.run(value)
                    />
                    <label for=id>
                        <strong>{i18n::msg(label)}</strong>
                        <span id=help_id class="hint">
                            {i18n::msg(help)}
                        </span>
                    </label>
                </div>
            }
        })
        .collect_view()
}
