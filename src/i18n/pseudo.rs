//! The pseudo-locale for developers and translators: `?lang=pseudo` shows every Fluent text
//! accented and about a third longer ("Şiɠƞ iƞ" for "Sign in"), on top of the active language,
//! so text that bypasses Fluent stays plain and stands out, and layouts meet longer words.
//! It lasts for the tab (sessionStorage); `?lang=en`, `?lang=fr` or the switcher end it.

use std::borrow::Cow;
use std::sync::atomic::{AtomicBool, Ordering};

/// Fluent calls the bundle's transform from a plain `fn`, so the switch is a global.
static ACTIVE: AtomicBool = AtomicBool::new(false);

const STORAGE_KEY: &str = "espace-pseudo";
const URL_VALUE: &str = "pseudo";

/// The bundle transform: applied by Fluent to the text of messages, never to variables.
pub fn transform(text: &str) -> Cow<'_, str> {
    if ACTIVE.load(Ordering::Relaxed) {
        fluent_pseudo::transform(text, false, true)
    } else {
        Cow::Borrowed(text)
    }
}

pub fn is_active() -> bool {
    ACTIVE.load(Ordering::Relaxed)
}

pub fn set_active(active: bool) {
    ACTIVE.store(active, Ordering::Relaxed);
    if let Some(storage) = session_storage() {
        // Storage may be refused (private mode): the switch then lasts until the next reload.
        let _ = if active { storage.set_item(STORAGE_KEY, "1") } else { storage.remove_item(STORAGE_KEY) };
    }
}

/// Reads the address (`?lang=…`) and the tab's earlier choice, before the first render.
pub fn init_from_page() {
    let lang_param = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .and_then(|search| web_sys::UrlSearchParams::new_with_str(&search).ok())
        .and_then(|params| params.get("lang"));
    match lang_param.as_deref() {
        Some(URL_VALUE) => set_active(true),
        Some(_) => set_active(false),
        None => {
            let saved = session_storage().and_then(|s| s.get_item(STORAGE_KEY).ok().flatten()).is_some();
            ACTIVE.store(saved, Ordering::Relaxed);
        }
    }
}

fn session_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}
