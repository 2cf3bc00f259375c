//! Failed loads through Leptos's `ErrorBoundary`: an `ApiError` wrapped as a
//! `std::error::Error` on the way in, shown with its code and reference on the way out.

use espace_api::{ApiError, ErrorCode};
use leptos::error::Errors;
use leptos::prelude::*;

use crate::components::error_details::ErrorPanel;

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
