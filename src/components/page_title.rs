use leptos::prelude::*;
use leptos_fluent::I18n;

/// Keeps `document.title` on "<page> · Espace" in the active language.
pub fn use_page_title(message_id: &'static str) {
    let i18n = expect_context::<I18n>();
    Effect::new(move |_| {
        let mut args = std::collections::HashMap::new();
        args.insert("page".into(), i18n.tr(message_id).into());
        document().set_title(&i18n.tr_with_args("shell-page-title", &args));
    });
}
