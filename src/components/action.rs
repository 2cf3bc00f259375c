//! What a mutation's `Action` ended with, as views read it: its failure (shown in an
//! `ErrorPanel`), or whether it succeeded. Reactive: call them inside a view or a derived signal.

use espace_api::ApiError;
use leptos::prelude::*;

use crate::api::client::ApiResult;

/// The error the last run ended with, if it failed.
pub fn failure<I: 'static, T: 'static>(action: Action<I, ApiResult<T>>) -> Option<ApiError> {
    action.value().with(|result| result.as_ref().and_then(|r| r.as_ref().err().cloned()))
}

/// Whether the last run succeeded.
pub fn succeeded<I: 'static, T: 'static>(action: Action<I, ApiResult<T>>) -> bool {
    action.value().with(|result| matches!(result, Some(Ok(_))))
}
