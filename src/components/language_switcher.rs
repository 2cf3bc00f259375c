use espace_api::Language;
use leptos::prelude::*;
use leptos_fluent::move_tr;

use crate::i18n;

/// Two buttons, FR and EN; the active one is pressed. Each is named in its own language so
/// people who do not read the current one still find theirs.
#[component]
pub fn LanguageSwitcher() -> impl IntoView {
    let button = |lang: Language, label: Signal<String>| {
        view! {
            <button
                type="button"
                class="lang-button"
                lang=lang.as_str()
                aria-pressed=move || (i18n::language() == lang).to_string()
                aria-label=label
                on:click=move |_| i18n::set_language(lang)
            >
                {lang.as_str().to_uppercase()}
            </button>
        }
    };
    view! {
        <div class="lang-switcher" role="group" aria-label=move_tr!("shell-language-label")>
            {button(Language::Fr, move_tr!("shell-language-fr"))}
            {button(Language::En, move_tr!("shell-language-en"))}
        </div>
    }
}
