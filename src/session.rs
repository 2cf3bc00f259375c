//! Who is signed in, shared by every page. Loaded once at start from `GET /api/session`.

use espace_api::session::Me;
use espace_api::users::Role;
use espace_api::ErrorCode;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api;

#[derive(Clone, Copy)]
pub struct Session {
    pub me: RwSignal<Option<Me>>,
    /// False until the first answer from `/api/session`: pages wait rather than flash sign-in.
    pub checked: RwSignal<bool>,
    /// Set when checking the session failed for another reason than "not signed in".
    pub failure: RwSignal<Option<ErrorCode>>,
    /// After signing out of a session the company's provider opened: its own sign-out page,
    /// offered on the sign-in page (kept in memory, never taken from an address).
    pub provider_sign_out: RwSignal<Option<String>>,
}

impl Session {
    /// The whole app's session, checked with the server at once.
    pub fn provide() -> Session {
        let session = Self::new(false);
        provide_context(session);
        session.refresh();
        session
    }

    /// The entry builds' session: the server serves them only to people signed out (it sends
    /// the signed-in on to the app), so there is nothing to ask it; signing in or setting a
    /// password fills it.
    pub fn provide_signed_out() -> Session {
        let session = Self::new(true);
        provide_context(session);
        session
    }

    fn new(checked: bool) -> Session {
        Session {
            me: RwSignal::new(None),
            checked: RwSignal::new(checked),
            failure: RwSignal::new(None),
            provider_sign_out: RwSignal::new(None),
        }
    }

    pub fn refresh(self) {
        spawn_local(async move {
            match api::session::current().await {
                Ok(me) => {
                    self.me.set(me);
                    self.failure.set(None);
                }
                Err(e) => self.failure.set(Some(e.code)),
            }
            self.checked.set(true);
        });
    }

    /// An Administrator: the whole company, entities included.
    pub fn is_admin(&self) -> bool {
        self.me.with(|me| me.as_ref().is_some_and(|m| m.user.role == Role::Admin))
    }

    /// A team administrator or an Administrator: the users pages and the audit log.
    pub fn manages_users(&self) -> bool {
        self.me.with(|me| me.as_ref().is_some_and(|m| m.user.role.manages_users()))
    }

    pub fn email(&self) -> Option<String> {
        self.me.with(|me| me.as_ref().map(|m| m.user.email.clone()))
    }
}

pub fn use_session() -> Session {
    expect_context::<Session>()
}
