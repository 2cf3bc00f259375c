//! Moving between addresses without naming the router. The whole app provides its router's
//! navigation and current path (`provide_router`, inside `<Router>`); the entry builds
//! (`app::SignInEntry`, `app::LinkEntry`) have no router at all, which keeps them small: there
//! a move is a page load, and the server answers with whichever build owns the address. Links
//! are plain `<a href>`: the whole app's router takes their clicks, the entries let the browser
//! follow them.

use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;
use serde::de::DeserializeOwned;

use crate::api;

/// The router's navigation: to a path, replacing the current entry or not.
type RouterNavigate = Box<dyn Fn(&str, bool)>;

/// The router's side, when there is one.
#[derive(Clone, Copy)]
struct Router {
    navigate: StoredValue<RouterNavigate, LocalStorage>,
    path: Memo<String>,
}

/// Called inside the whole app's `<Router>`.
pub fn provide_router() {
    let navigate = use_navigate();
    let navigate: RouterNavigate =
        Box::new(move |path, replace| navigate(path, NavigateOptions { replace, ..Default::default() }));
    provide_context(Router { navigate: StoredValue::new_local(navigate), path: use_location().pathname });
}

/// Goes to addresses; taken while the component is built (it reads the context then).
#[derive(Clone, Copy)]
pub struct Navigate(Option<Router>);

pub fn use_navigate_to() -> Navigate {
    Navigate(use_context::<Router>())
}

impl Navigate {
    /// Goes to `path`, a new entry in the history.
    pub fn to(self, path: &str) {
        self.go(path, false);
    }

    /// Goes to `path` in place of the current address (back does not return here).
    pub fn replace(self, path: &str) {
        self.go(path, true);
    }

    /// Loads `path` as a new page in place of the current address, whichever build this is:
    /// after signing in, the server serves the page with the session, and the app asks who it
    /// is for (the entry builds carry no account code).
    pub fn load(self, path: &str) {
        let _ = window().location().replace(path);
    }

    fn go(self, path: &str, replace: bool) {
        match self.0 {
            Some(router) => router.navigate.with_value(|navigate| navigate(path, replace)),
            None if replace => {
                let _ = window().location().replace(path);
            }
            None => {
                let _ = window().location().assign(path);
            }
        }
    }
}

/// The current path, reactive under the router; fixed in the entry build (it never moves
/// without a page load).
pub fn current_path() -> Signal<String> {
    match use_context::<Router>() {
        Some(router) => router.path.into(),
        None => Signal::stored(window().location().pathname().unwrap_or_default()),
    }
}

/// The current address's query, typed (see `api::query::from_str`). Read when a page is built:
/// the router has already moved the address by then.
pub fn query<T: DeserializeOwned + Default>() -> T {
    api::query::from_str(&window().location().search().unwrap_or_default())
}

/// Puts `/sign-in?next=<this address>` in place of the current address, without loading a page:
/// what the sign-in build shows for a page of the whole app opened signed out, so that the
/// address says what is shown and signing in comes back here.
pub fn replace_with_sign_in() {
    let location = window().location();
    let here = format!(
        "{}{}{}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default(),
        location.hash().unwrap_or_default()
    );
    let address = format!("/sign-in?{}", api::query::to_string(&[("next", here)]));
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&address));
    }
}
