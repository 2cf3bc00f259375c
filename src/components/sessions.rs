//! Where someone is signed in: each open session with its device in words, the address it
//! signed in from, when it started and was last used, and a button that signs it out. On the
//! profile the person also signs out everywhere else; on a user's page their administrators
//! end the sessions they do not expect.

use espace_api::devices::{Browser, OpenSession, System};
use espace_api::{ApiError, UserId};
use leptos::prelude::*;
use leptos_fluent::{tr, I18n};

use crate::api;
use crate::api::client::ApiResult;
use crate::components::error_details::ErrorPanel;
use crate::components::focus::focus_by_id;
use crate::components::load_error::Loaded;
use crate::components::time::Moment;
use crate::components::toast::use_toasts;
use crate::i18n;

/// Whose sessions a list shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Whose {
    /// The reader's own, on their profile.
    Mine,
    /// A user's, on their page, for their administrators.
    User(UserId),
}

pub fn browser_name_id(browser: Browser) -> &'static str {
    match browser {
        Browser::Edge => "sessions-browser-edge",
        Browser::Opera => "sessions-browser-opera",
        Browser::Chrome => "sessions-browser-chrome",
        Browser::Firefox => "sessions-browser-firefox",
        Browser::Safari => "sessions-browser-safari",
        Browser::Other => "sessions-browser-other",
    }
}

pub fn system_name_id(system: System) -> &'static str {
    match system {
        System::Windows => "sessions-system-windows",
        System::Ios => "sessions-system-ios",
        System::MacOs => "sessions-system-mac-os",
        System::Android => "sessions-system-android",
        System::ChromeOs => "sessions-system-chrome-os",
        System::Linux => "sessions-system-linux",
        System::Other => "sessions-system-other",
    }
}

async fn load(whose: Whose) -> ApiResult<Vec<OpenSession>> {
    match whose {
        Whose::Mine => api::session::sessions().await,
        Whose::User(id) => api::users::sessions(id).await,
    }
}

async fn end(whose: Whose, session: String) -> ApiResult<()> {
    match whose {
        Whose::Mine => api::session::end_session(&session).await,
        Whose::User(id) => api::users::end_session(id, &session).await,
    }
}

/// The list, loaded when it shows; ending a session reloads it and brings focus back to its
/// heading (the button pressed is gone).
#[component]
pub fn SessionList(
    /// Whose sessions: the reader's, or a user's.
    whose: Whose,
    /// Whether the reader may end them (their own always; a user's when they manage them).
    #[prop(default = true)]
    can_end: bool,
) -> impl IntoView {
    let toasts = use_toasts();
    let sessions = LocalResource::new(move || load(whose));
    let failure = RwSignal::new(None::<ApiError>);
    let after = move |result: ApiResult<()>, done: &'static str| {
        match result {
            Ok(()) => {
                failure.set(None);
                toasts.show(done);
            }
            Err(error) => failure.set(Some(error)),
        }
        sessions.refetch();
        focus_by_id("sessions-title");
    };
    let end_one = Action::new_local(move |id: &String| {
        let id = id.clone();
        async move { after(end(whose, id).await, "sessions-ended") }
    });
    let end_others =
        Action::new_local(
            move |()| async move { after(api::session::end_other_sessions().await, "sessions-others-ended") },
        );
    let busy = Signal::derive(move || end_one.pending().get() || end_others.pending().get());
    let (title, intro) = match whose {
        Whose::Mine => ("sessions-title", "sessions-intro"),
        Whose::User(_) => ("sessions-user-title", "sessions-user-intro"),
    };
    let list = move |list: Vec<OpenSession>| {
        let others = list.iter().filter(|s| !s.current).count();
        let empty = list.is_empty().then(|| view! { <p class="empty">{i18n::msg("sessions-none")}</p> });
        let items = list
            .into_iter()
            .map(|session| {
                view! {
                    <SessionItem
                        session=session
                        can_end=can_end
                        busy=busy
                        on_end=move |id| {
                            end_one.dispatch(id);
                        }
                    />
                }
            })
            .collect_view();
        let everywhere = (whose == Whose::Mine && others > 0).then(|| {
            view! {
                <button
                    type="button"
                    class="button secondary"
                    data-testid="sessions-end-others"
                    disabled=move || busy.get()
                    on:click=move |_| {
                        end_others.dispatch(());
                    }
                >
                    {i18n::msg("sessions-sign-out-others")}
                </button>
            }
        });
        view! {
            {empty}
            <ul class="session-list">{items}</ul>
            {everywhere}
        }
    };
    view! {
        <section class="card sessions" aria-labelledby="sessions-title" data-testid="sessions">
            <h2 id="sessions-title" tabindex="-1">
                {i18n::msg(title)}
            </h2>
            <p class="hint">{i18n::msg(intro)}</p>
            {move || failure.get().map(|error| view! { <ErrorPanel error=error /> })}
            <Loaded resource=sessions children=list />
        </section>
    }
}

/// One session: its device, address and times, and the button that ends it (none for the
/// session in use, which the account menu signs out).
#[component]
pub fn SessionItem(
    /// The session.
    session: OpenSession,
    /// Whether the reader may end it.
    can_end: bool,
    /// True while a session is being ended.
    #[prop(into)]
    busy: Signal<bool>,
    /// Ends this session, by its handle.
    #[prop(into)]
    on_end: Callback<String>,
) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let (browser, system) = (session.browser, session.system);
    let device = move || {
        tr!(i18n, "sessions-device", {
            "browser" => i18n.tr(browser_name_id(browser)),
            "system" => i18n.tr(system_name_id(system)),
        })
    };
    let address = session.address.clone();
    let button = (can_end && !session.current).then(|| {
        let id = session.id.clone();
        let address = address.clone();
        let label =
            move || tr!(i18n, "sessions-sign-out-label", { "device" => device(), "address" => address.clone() });
        view! {
            <button
                type="button"
                class="button secondary"
                aria-label=label
                disabled=move || busy.get()
                on:click=move |_| on_end.run(id.clone())
            >
                {i18n::msg("sessions-sign-out")}
            </button>
        }
    });
    view! {
        <li class="session" data-session-id=session.id.clone() data-current=session.current.to_string()>
            <p class="session-device">
                <strong>{device}</strong>
                {session.current.then(|| view! { <span class="badge">{i18n::msg("sessions-this-device")}</span> })}
            </p>
            <dl class="facts">
                <dt>{i18n::msg("sessions-address")}</dt>
                <dd>
                    <bdi translate="no">{address.clone()}</bdi>
                </dd>
                <dt>{i18n::msg("sessions-started")}</dt>
                <dd>
                    <Moment at=session.started_at />
                </dd>
                <dt>{i18n::msg("sessions-last-active")}</dt>
                <dd>
                    <Moment at=session.last_active_at relative=true />
                </dd>
            </dl>
            {button}
        </li>
    }
}
