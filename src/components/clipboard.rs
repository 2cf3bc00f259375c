//! Copying text for people: to paste a secret, a password or what support asks for.

use leptos::prelude::*;

/// Puts `text` on the clipboard; false when it could not (no clipboard outside secure
/// contexts, such as plain http on another host than localhost, or permission refused), so the
/// caller can say so and offer another way.
pub async fn copy_text(text: &str) -> bool {
    let clipboard = window().navigator().clipboard();
    if clipboard.is_undefined() {
        return false;
    }
    wasm_bindgen_futures::JsFuture::from(clipboard.write_text(text)).await.is_ok()
}
