use espace_api::Language;
use leptos::prelude::*;

use crate::i18n;

/// Two buttons, FR and EN; the active one is pressed. Each is named by what it shows, then the
/// language's name in that language (hidden from sight): "FR Français". The visible text comes
/// first in the name, so a voice-control user saying "click FR" reaches it (WCAG 2.5.3), and
/// people who do not read the current language still find theirs. Builds with the pseudo-locale
/// (the `pseudo` feature, for developers and translators) add a third button that toggles it.
#[component]
pub fn LanguageSwitcher() -> impl IntoView {
    let pseudo_on = RwSignal::new(i18n::pseudo_active());
    let button = move |lang: Language, label: Signal<String>| {
        view! {
            <button
                type="button"
                class="lang-button"
                lang=lang.as_str()
                aria-pressed=move || (i18n::language() == lang && !pseudo_on.get()).to_string()
                on:click=move |_| {
                    pseudo_on.set(false);
                    i18n::set_pseudo(false, lang);
                }
            >
                {lang.as_str().to_ascii_uppercase()}
                <span class="visually-hidden">" "{label}</span>
            </button>
        }
    };
    view! {
        <div class="lang-switcher" role="group" aria-label=i18n::msg("shell-language-label")>
            {button(Language::Fr, i18n::msg("shell-language-fr"))}
            {button(Language::En, i18n::msg("shell-language-en"))}
            {cfg!(feature = "pseudo")
                .then(|| {
                    view! {
                        <button
                            type="button"
                            class="lang-button"
                            aria-pressed=move || pseudo_on.get().to_string()
                            on:click=move |_| {
                                let on = !pseudo_on.get_untracked();
                                pseudo_on.set(on);
                                i18n::set_pseudo(on, i18n::language());
                            }
                        >
                            "ŁØ"
                            <span class="visually-hidden">" "{i18n::msg("shell-language-pseudo")}</span>
                        </button>
                    }
                })}
        </div>
    }
}
