//! Fluent through leptos-fluent: the language comes from the saved choice, then the browser's
//! languages, then French; the choice is saved and mirrored on `<html lang>`.

use espace_api::{ErrorCode, FieldErrorCode, Language};
use leptos::prelude::*;
use leptos_fluent::{leptos_fluent, I18n};

#[component]
pub fn I18nProvider(children: Children) -> impl IntoView {
    leptos_fluent! {
        children: children(),
        locales: "./locales",
        default_language: "fr",
        sync_html_tag_lang: true,
        local_storage_key: "espace-lang",
        initial_language_from_local_storage: true,
        set_language_to_local_storage: true,
        initial_language_from_navigator: true,
        // Isolation marks would leak into attributes, input values and copied text; user
        // names shown inside sentences are wrapped in <bdi> by the views instead.
        customise: |bundle| bundle.set_use_isolating(false),
    }
}

/// The language on `<html lang>`, which leptos-fluent keeps in sync: readable anywhere,
/// including async tasks that run outside the component tree (API calls).
pub fn document_language() -> Language {
    document()
        .document_element()
        .and_then(|html| html.get_attribute("lang"))
        .and_then(|lang| Language::from_tag(&lang))
        .unwrap_or_default()
}

/// The active language, reactive; only inside components.
pub fn language() -> Language {
    let i18n = expect_context::<I18n>();
    Language::from_tag(i18n.language.get().id).unwrap_or_default()
}

pub fn set_language(lang: Language) {
    let i18n = expect_context::<I18n>();
    if let Some(found) = i18n.languages.iter().find(|l| l.id == lang.as_str()) {
        i18n.language.set(found);
    }
}

/// A message by an id computed at run time (error codes): reactive like `tr!`.
pub fn t(id: &str) -> String {
    expect_context::<I18n>().tr(id)
}

pub fn error_text(code: ErrorCode) -> String {
    t(&code.message_id())
}

pub fn field_error_text(code: FieldErrorCode, max: Option<u32>) -> String {
    let mut args = std::collections::HashMap::new();
    args.insert("max".into(), max.unwrap_or_default().into());
    expect_context::<I18n>().tr_with_args(&code.message_id(), &args)
}
