//! The choice of French or English for someone else (a company, a colleague): a labelled
//! `<select>` bound to a signal.

use espace_api::Language;
use leptos::prelude::*;

use crate::i18n;

#[component]
pub fn LanguageSelect(
    /// The select's id, which its label points at.
    id: &'static str,
    /// The label (a Fluent id).
    label: &'static str,
    /// The language chosen.
    value: RwSignal<Language>,
) -> impl IntoView {
    view! {
        <div class="field">
            <label for=id>{i18n::msg(label)}</label>
            <select
                id=id
                on:change=move |ev| {
                    value.set(if event_target_value(&ev) == "en" { Language::En } else { Language::Fr });
                }
            >
                <option value="fr" selected=move || value.get() == Language::Fr>
                    {i18n::msg("language-fr")}
                </option>
                <option value="en" selected=move || value.get() == Language::En>
                    {i18n::msg("language-en")}
                </option>
            </select>
        </div>
    }
}
