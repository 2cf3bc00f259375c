//! Who is signed in, shared by every page: one state, loaded once at start from
//! `GET /api/session`, that cannot say two things at once.

use espace_api::session::Me;
use espace_api::users::Role;
use espace_api::ApiError;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api;

/// Where the session stands.
#[derive(Debug, Clone, PartialEq)]
pub enum SessionState {
    /// The first answer from `/api/session` is not in yet: pages wait rather than flash sign-in.
    Checking,
    SignedOut,
    SignedIn(Me),
    /// Asking failed for another reason than "not signed in" (the server cannot be reached).
    Failed(ApiError),
}

/// How much of the company a reader manages, in increasing order: what a page asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    /// Their own space and profile.
    Member,
    /// Team administrators and Administrators: the users pages, audit log and tokens.
    Manager,
    /// Administrators: the whole company, entities, single sign-on and settings.
    Admin,
}

impl Level {
    pub fn of(role: Role) -> Level {
        match role {
            Role::User => Level::Member,
            Role::TeamAdmin => Level::Manager,
            Role::Admin => Level::Admin,
        }
    }
}

impl SessionState {
    pub fn me(&self) -> Option<&Me> {
        match self {
            SessionState::SignedIn(me) => Some(me),
            _ => None,
        }
    }

    /// The reader's level, when someone is signed in.
    pub fn level(&self) -> Option<Level> {
        self.me().map(|me| Level::of(me.user.role))
    }

    pub fn is_admin(&self) -> bool {
        self.level() == Some(Level::Admin)
    }

    /// Whether the reader's company signs its people in through its identity provider.
    pub fn sso(&self) -> bool {
        self.me().is_some_and(|me| me.company.sso_enabled)
    }
}

#[derive(Clone, Copy)]
pub struct Session {
    state: RwSignal<SessionState>,
    /// After signing out of a session the company's provider opened: its own sign-out page,
    /// offered on the sign-in page (kept in memory, never taken from an address).
    pub provider_sign_out: RwSignal<Option<String>>,
}

impl Session {
    /// The whole app's session, checked with the server at once.
    pub fn provide() -> Session {
        let session = Self::new(SessionState::Checking);
        provide_context(session);
        session.refresh();
        session
    }

    /// The entry builds' session: the server serves them only to people signed out (it sends
    /// the signed-in on to the app), so there is nothing to ask it.
    pub fn provide_signed_out() -> Session {
        let session = Self::new(SessionState::SignedOut);
        provide_context(session);
        session
    }

    fn new(state: SessionState) -> Session {
        Session { state: RwSignal::new(state), provider_sign_out: RwSignal::new(None) }
    }

    pub fn refresh(self) {
        spawn_local(async move {
            self.state.set(match api::session::current().await {
                Ok(Some(me)) => SessionState::SignedIn(me),
                Ok(None) => SessionState::SignedOut,
                Err(error) => SessionState::Failed(error),
            });
        });
    }

    /// Reads the state, reactively.
    pub fn with<R>(self, read: impl FnOnce(&SessionState) -> R) -> R {
        self.state.with(read)
    }

    /// Reads the signed-in person, reactively: `None` when no one is.
    pub fn with_me<R>(self, read: impl FnOnce(&Me) -> R) -> Option<R> {
        self.state.with(|state| state.me().map(read))
    }

    /// The same, once, without following changes.
    pub fn with_me_untracked<R>(self, read: impl FnOnce(&Me) -> R) -> Option<R> {
        self.state.with_untracked(|state| state.me().map(read))
    }

    /// Someone signed in, or their details changed.
    pub fn signed_in(self, me: Me) {
        self.state.set(SessionState::SignedIn(me));
    }

    pub fn signed_out(self) {
        self.state.set(SessionState::SignedOut);
    }

    pub fn is_signed_in(self) -> bool {
        self.state.with(|state| state.me().is_some())
    }

    /// An Administrator: the whole company, entities included.
    pub fn is_admin(self) -> bool {
        self.state.with(SessionState::is_admin)
    }

    /// The same, once: for a page the guard shows only once the session is known.
    pub fn is_admin_untracked(self) -> bool {
        self.state.with_untracked(SessionState::is_admin)
    }

    /// A team administrator or an Administrator: the users pages and the audit log.
    pub fn manages_users(self) -> bool {
        self.state.with(|state| state.level() >= Some(Level::Manager))
    }

    /// Whether the company signs its people in through its identity provider.
    pub fn sso(self) -> bool {
        self.state.with(SessionState::sso)
    }

    pub fn email(self) -> Option<String> {
        self.with_me(|me| me.user.email.clone())
    }
}

pub fn use_session() -> Session {
    expect_context::<Session>()
}
