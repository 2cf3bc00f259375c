use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;

/// Moves keyboard focus to the element with this id, if it is on the page.
pub fn focus_by_id(id: &str) {
    if let Some(el) = document().get_element_by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.focus();
    }
}
