//! Loaded data, the Leptos way: `Transition` for the wait, `ErrorBoundary` for a failure (an
//! `ApiError` wrapped as a `std::error::Error` on the way in, shown with its code and reference
//! on the way out).

use std::future::Future;
use std::pin::Pin;

use espace_api::{ApiError, ErrorCode};
use leptos::error::Errors;
use leptos::prelude::*;

use crate::api::client::ApiResult;
use crate::components::error_details::ErrorPanel;
use crate::i18n;

/// An `ApiError` that `ErrorBoundary` can hold.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{}", .0.code.as_str())]
pub struct LoadError(pub ApiError);

/// The fallback of an `ErrorBoundary` around loaded data: each error as an `ErrorPanel`.
#[component]
pub fn LoadErrors(
    /// The boundary's errors, as it passes them to its fallback.
    errors: ArcRwSignal<Errors>,
) -> impl IntoView {
    move || {
        errors.with(|errors| {
            errors
                .iter()
                .map(|(_, error)| {
                    let api = error
                        .downcast_ref::<LoadError>()
                        .map_or_else(|| ApiError::new(ErrorCode::Internal), |e| e.0.clone());
                    view! { <ErrorPanel error=api /> }
                })
                .collect_view()
        })
    }
}

/// "Try again" under a failed load. After a try that failed again, it takes the focus back (the
/// button pressed was replaced), and the error above it is announced as it comes.
#[component]
pub fn RetryButton(
    /// Loads again.
    retry: Callback<()>,
    /// Set when this button was pressed, so that its successor takes the focus.
    retried: StoredValue<bool>,
) -> impl IntoView {
    let button = NodeRef::<leptos::html::Button>::new();
    if retried.get_value() {
        // Focus once it is on the page: a DOM effect, not an action's follow-up.
        Effect::new(move |_| {
            if let Some(button) = button.get() {
                let _ = button.focus();
            }
        });
    }
    view! {
        <button
            type="button"
            class="button secondary retry"
            node_ref=button
            on:click=move |_| {
                retried.set_value(true);
                retry.run(());
            }
        >
            {i18n::msg("error-retry")}
        </button>
    }
}

/// A load that failed where `Loaded` does not fit (a field's choices inside a form): its error
/// and "Try again", which refetches it.
#[component]
pub fn FailedLoad(
    /// What went wrong.
    error: ApiError,
    /// Loads again.
    #[prop(into)]
    retry: Callback<()>,
) -> impl IntoView {
    let retried = StoredValue::new(false);
    view! {
        <ErrorPanel error=error />
        <RetryButton retry=retry retried=retried />
    }
}

/// The line shown while something loads.
#[component]
pub fn LoadingLine() -> impl IntoView {
    view! {
        <p class="loading" aria-busy="true">
            {i18n::msg("shell-loading")}
        </p>
    }
}

type LoadedView = Pin<Box<dyn Future<Output = Result<AnyView, LoadError>> + Send>>;

/// A resource's data through `children` (`<Loaded resource=r let:data>…</Loaded>`): the loading
/// line until it first arrives, what is shown stays while it loads again, a failure as
/// `LoadErrors` with "Try again".
///
/// Leptos 0.8 keeps a boundary's content alive for a tick after it leaves the page: an effect in
/// it that reads a signal gone with the component around it panics if that signal's source
/// changed in the same tick (the token form's scope boxes under `Show`, when saving hid them).
/// So not for fields that read `#[prop(into)]` signals inside parts that come and go.
#[component]
pub fn Loaded<T, V, F>(
    /// The load.
    resource: LocalResource<ApiResult<T>>,
    /// The view of the data.
    children: F,
    /// Told whether a load is under way, even while the previous data stays in view.
    #[prop(optional, into)]
    set_pending: SignalSetter<bool>,
) -> impl IntoView
where
    T: Clone + Send + 'static,
    V: IntoView + 'static,
    F: Fn(T) -> V + Clone + Send + 'static,
{
    let view = move || -> LoadedView {
        let children = children.clone();
        Box::pin(async move { resource.await.map(|data| children(data).into_any()).map_err(LoadError) })
    };
    boundary(Box::new(view), Callback::new(move |()| resource.refetch()), set_pending)
}

/// `Loaded` without its type parameters, so that this is compiled once rather than per page.
fn boundary(view: Box<dyn Fn() -> LoadedView + Send>, retry: Callback<()>, set_pending: SignalSetter<bool>) -> AnyView {
    let retried = StoredValue::new(false);
    view! {
        <Transition fallback=LoadingLine set_pending=set_pending>
            <ErrorBoundary fallback=move |errors| {
                view! {
                    <LoadErrors errors=errors />
                    <RetryButton retry=retry retried=retried />
                }
            }>{move || Suspend::new(view())}</ErrorBoundary>
        </Transition>
    }
    .into_any()
}
