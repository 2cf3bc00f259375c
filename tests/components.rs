//! Components in headless Chromium (wasm-bindgen-test). Run by `make test-components`.
#![cfg(target_arch = "wasm32")]

use espace_api::FieldErrorCode;
use espace_web::components::language_switcher::LanguageSwitcher;
use espace_web::i18n::{self, I18nProvider};
use espace_web::pages::sign_in::safe_next;
use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
use leptos_fluent::move_tr;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn container() -> web_sys::HtmlElement {
    let doc = document();
    let div = doc.create_element("div").unwrap().unchecked_into::<web_sys::HtmlElement>();
    doc.body().unwrap().append_child(&div).unwrap();
    div
}

fn click(root: &web_sys::HtmlElement, selector: &str) {
    root.query_selector(selector).unwrap().expect(selector).unchecked_into::<web_sys::HtmlElement>().click();
}

fn text(root: &web_sys::HtmlElement, selector: &str) -> String {
    root.query_selector(selector).unwrap().expect(selector).text_content().unwrap_or_default()
}

#[wasm_bindgen_test]
async fn language_switcher_changes_rendered_text_and_html_lang() {
    let root = container();
    let _handle = mount_to(root.clone(), || {
        view! {
            <I18nProvider>
                <LanguageSwitcher />
                <p id="probe">{move_tr!("shell-nav-services")}</p>
            </I18nProvider>
        }
    });
    click(&root, "button[lang=fr]");
    leptos::task::tick().await;
    assert_eq!(text(&root, "#probe"), "Mes services");
    assert_eq!(document().document_element().unwrap().get_attribute("lang").as_deref(), Some("fr"));
    assert_eq!(
        root.query_selector("button[lang=fr]").unwrap().unwrap().get_attribute("aria-pressed").as_deref(),
        Some("true")
    );

    click(&root, "button[lang=en]");
    leptos::task::tick().await;
    assert_eq!(text(&root, "#probe"), "My services");
    assert_eq!(document().document_element().unwrap().get_attribute("lang").as_deref(), Some("en"));
    assert_eq!(
        root.query_selector("button[lang=fr]").unwrap().unwrap().get_attribute("aria-pressed").as_deref(),
        Some("false")
    );

    // The choice is remembered for the next visit.
    let saved = window().local_storage().unwrap().unwrap().get_item("espace-lang").unwrap();
    assert_eq!(saved.as_deref(), Some("en"));
}

#[wasm_bindgen_test]
async fn messages_with_values_carry_no_isolation_marks() {
    let root = container();
    let _handle = mount_to(root.clone(), || {
        view! {
            <I18nProvider>
                <LanguageSwitcher />
                <p id="probe">{move || i18n::field_error_text(FieldErrorCode::TooLong, Some(100))}</p>
            </I18nProvider>
        }
    });
    click(&root, "button[lang=fr]");
    leptos::task::tick().await;
    let shown = text(&root, "#probe");
    assert_eq!(shown, "100 caractères au maximum.");
    assert!(!shown.contains(['\u{2068}', '\u{2069}']));
}

#[wasm_bindgen_test]
fn next_parameter_stays_on_this_site() {
    assert_eq!(safe_next(Some("/users?q=a".into())), "/users?q=a");
    assert_eq!(safe_next(Some("//evil.example".into())), "/");
    assert_eq!(safe_next(Some("/\\evil.example".into())), "/");
    assert_eq!(safe_next(Some("https://evil.example".into())), "/");
    assert_eq!(safe_next(None), "/");
}
