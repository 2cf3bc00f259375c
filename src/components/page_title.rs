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

/// Keeps the page's `<meta name="description">` (what search results show under the link) in
/// the active language; the HTML carries the French one until the app starts.
pub fn use_page_description() {
    let i18n = expect_context::<I18n>();
    Effect::new(move |_| {
        let description = i18n.tr("shell-meta-description");
        if let Ok(Some(meta)) = document().query_selector("meta[name=description]") {
            let _ = meta.set_attribute("content", &description);
        }
    });
}
