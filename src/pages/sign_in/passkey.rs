//! Signing in with a passkey alone. As the page opens, the browser is asked to offer the
//! person's passkeys for this site among the e-mail field's suggestions (conditional
//! mediation, where it can); "Sign in with a passkey" asks it outright. Either way the chosen
//! passkey names the account, and no password or second step follows.

use espace_api::{ApiError, ErrorCode};
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsValue;
use web_sys::AbortController;

use crate::api;
use crate::api::client::ApiResult;

/// The request waiting among the e-mail field's suggestions, and the browser's answer once the
/// person picks a passkey there.
#[derive(Clone, Copy)]
pub struct Suggested {
    waiting: StoredValue<Option<AbortController>, LocalStorage>,
    picked: StoredValue<Option<JsValue>, LocalStorage>,
}

impl Suggested {
    pub fn new() -> Self {
        Self { waiting: StoredValue::new_local(None), picked: StoredValue::new_local(None) }
    }

    /// Offers the passkeys among the suggestions, where the browser can; `on_pick` once the
    /// person picks one (`send` then signs in with it). Nothing is said when the browser cannot,
    /// or when the offer is withdrawn.
    pub fn offer(self, on_pick: impl FnOnce() + 'static) {
        if !api::webauthn::usable_here() {
            return;
        }
        spawn_local(async move {
            if !api::webauthn::conditional_available().await {
                return;
            }
            let Ok(controller) = AbortController::new() else { return };
            let signal = controller.signal();
            // The page closed meanwhile.
            if self.waiting.try_set_value(Some(controller)).is_some() {
                return;
            }
            if let Ok(credential) = api::session::passkey_suggested(&signal).await {
                if self.picked.try_set_value(Some(credential)).is_none() {
                    on_pick();
                }
            }
        });
    }

    /// Withdraws the offer: the browser takes one request at a time (the button's, a second
    /// step's), and none once the page is gone.
    pub fn withdraw(self) {
        let waiting = self.waiting.try_update_value(Option::take).flatten();
        if let Some(controller) = waiting {
            controller.abort();
        }
    }

    /// Signs in with the passkey picked among the suggestions.
    pub async fn send(self) -> ApiResult<()> {
        match self.picked.try_update_value(Option::take).flatten() {
            Some(credential) => api::session::passkey_answer(&credential).await,
            None => Err(ApiError::new(ErrorCode::PasskeyRefused)),
        }
    }
}
