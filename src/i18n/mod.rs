//! Fluent through leptos-fluent: the language comes from the saved choice, then the browser's
//! languages, then French; the choice is saved and mirrored on `<html lang>`.

use std::borrow::Cow;
use std::collections::HashMap;

use espace_api::{ErrorCode, FieldErrorCode, Language};
use fluent_bundle::FluentValue;
use leptos::prelude::*;
use leptos_fluent::{leptos_fluent, I18n};

mod numbers;
#[cfg(feature = "pseudo")]
pub mod pseudo;

/// A component providing `leptos_fluent!` over the messages in the folder `$locales`, with the
/// app's settings; a macro because leptos-fluent reads the folder at compile time.
macro_rules! fluent_provider {
    ($(#[$doc:meta])* $name:ident, $locales:tt) => {
        $(#[$doc])*
        #[component]
        pub fn $name(
            /// What reads the messages.
            children: Children,
        ) -> impl IntoView {
            leptos_fluent! {
                children: children(),
                locales: $locales,
                default_language: "fr",
                sync_html_tag_lang: true,
                local_storage_key: "espace-lang",
                initial_language_from_local_storage: true,
                set_language_to_local_storage: true,
                initial_language_from_navigator: true,
                // `?lang=en` / `?lang=fr` in a link chooses the language (and `?lang=pseudo`, see pseudo).
                initial_language_from_url_param: true,
                initial_language_from_url_param_to_local_storage: true,
                // Isolation marks would leak into attributes, input values and copied text; user
                // names shown inside sentences are wrapped in <bdi> by the views instead.
                customise: |bundle| {
                    bundle.set_use_isolating(false);
                    // NUMBER() for translators; it can only fail if already registered.
                    let _ = bundle.add_builtins();
                    bundle.set_formatter(Some(numbers::format));
                    #[cfg(feature = "pseudo")]
                    bundle.set_transform(Some(pseudo::transform));
                },
            }
        }
    };
}

fluent_provider!(
    /// Every message, for the whole app.
    I18nProvider,
    "./locales"
);

fluent_provider!(
    /// The messages of the sign-in entry build's pages only (`app::SignInEntry`): the files
    /// linked in `src/entry-locales/sign-in/`, so that the first load does not carry the other
    /// pages' texts or the e-mails. A page there reading a message from another file shows
    /// "Unknown localization"; the end-to-end tests look for it on every page they check.
    SignInI18nProvider,
    "./src/entry-locales/sign-in"
);

fluent_provider!(
    /// The same for the link entry build (`app::LinkEntry`): `src/entry-locales/link/`.
    LinkI18nProvider,
    "./src/entry-locales/link"
);

fluent_provider!(
    /// The same for the SSO error page's build (`app::SsoErrorEntry`): `src/entry-locales/sso-error/`.
    SsoErrorI18nProvider,
    "./src/entry-locales/sso-error"
);

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

/// The active language as a signal, taken while a component is built: readable in closures
/// that run later (a message's arguments).
pub fn language_signal() -> Signal<Language> {
    let i18n = expect_context::<I18n>();
    Signal::derive(move || Language::from_tag(i18n.language.get().id).unwrap_or_default())
}

pub fn set_language(lang: Language) {
    let i18n = expect_context::<I18n>();
    if let Some(found) = i18n.languages.iter().find(|l| l.id == lang.as_str()) {
        // Setting the same language still notifies: every text re-renders, which is what
        // switching the pseudo-locale on or off needs.
        i18n.language.set(found);
    }
}

/// Whether the pseudo-locale is on; never in builds without it.
pub fn pseudo_active() -> bool {
    #[cfg(feature = "pseudo")]
    let active = pseudo::is_active();
    #[cfg(not(feature = "pseudo"))]
    let active = false;
    active
}

/// Turns the pseudo-locale on or off on top of `lang`, re-rendering every text; in builds
/// without it, only sets the language.
pub fn set_pseudo(active: bool, lang: Language) {
    #[cfg(feature = "pseudo")]
    pseudo::set_active(active);
    #[cfg(not(feature = "pseudo"))]
    let _ = active;
    set_language(lang);
}

/// The message naming a role: "Administrator" / "Administrateur".
pub fn role_name_id(role: espace_api::users::Role) -> &'static str {
    match role {
        espace_api::users::Role::User => "role-user",
        espace_api::users::Role::TeamAdmin => "role-team-admin",
        espace_api::users::Role::Admin => "role-admin",
    }
}

/// Names (data, such as entities) as the language writes a list: "Lyon, Lille et Paris",
/// "Lyon, Lille, and Paris"; through the browser's `Intl`, never joined by hand.
pub fn list_text(lang: Language, items: &[String]) -> String {
    let array: js_sys::Array = items.iter().map(|item| wasm_bindgen::JsValue::from_str(item)).collect();
    let format = js_sys::Intl::ListFormat::new(
        &js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(lang.as_str())),
        &js_sys::Object::new(),
    );
    format.format(&array).into()
}

/// The message naming a language in the interface's language ("Anglais" in French), for data
/// such as a person's e-mail language; the switcher names each language in itself instead.
pub fn language_name_id(lang: Language) -> &'static str {
    match lang {
        Language::Fr => "language-fr",
        Language::En => "language-en",
    }
}

/// A message as a signal, for views and props. One type for every message: a `move_tr!`
/// closure is a type of its own at each call site, each with its own copy of the code that
/// renders it (400 of them weighed 54 KB of wasm, 8 KB with brotli).
pub fn msg(id: &'static str) -> Signal<String> {
    let i18n = expect_context::<I18n>();
    Signal::derive(move || i18n.tr(id))
}

/// A message with arguments, as a signal: `args` is read each time it renders, so arguments
/// that are signals keep it up to date. With `msg`, the one way pages translate.
pub fn msg_with<A>(id: &'static str, args: impl Fn() -> A + Send + Sync + 'static) -> Signal<String>
where
    A: IntoIterator<Item = (&'static str, FluentValue<'static>)>,
{
    let i18n = expect_context::<I18n>();
    Signal::derive(move || {
        let args: HashMap<Cow<'static, str>, FluentValue<'static>> =
            args().into_iter().map(|(name, value)| (name.into(), value)).collect();
        i18n.tr_with_args(id, &args)
    })
}

/// A message by an id computed at run time (error codes): reactive like `tr!`.
pub fn t(id: &str) -> String {
    expect_context::<I18n>().tr(id)
}

/// A message that may name the numbers the server applies (`espace_api::policy`, password
/// lengths): `$days`, `$attempts`, `$min`, `$max`; each message takes the ones it names.
pub fn t_policy(id: &str) -> String {
    expect_context::<I18n>().tr_with_args(id, &numbers(espace_api::policy::message_args()))
}

/// Numbers as Fluent arguments.
fn numbers(args: Vec<(&'static str, i64)>) -> HashMap<Cow<'static, str>, FluentValue<'static>> {
    args.into_iter().map(|(name, n)| (name.into(), n.into())).collect()
}

pub fn error_text(code: ErrorCode) -> String {
    expect_context::<I18n>().tr_with_args(&code.message_id(), &numbers(code.message_args()))
}

pub fn field_error_text(code: FieldErrorCode, max: Option<u32>) -> String {
    let mut args = numbers(code.message_args());
    // The field's number is the limit for most codes and a count for some (`seats-in-use`):
    // each message names it as it reads best.
    args.insert("max".into(), max.unwrap_or_default().into());
    args.insert("count".into(), max.unwrap_or_default().into());
    expect_context::<I18n>().tr_with_args(&code.message_id(), &args)
}
