//! Revoking in a dialog: software using the token stops at once, and it cannot be undone.

use espace_api::tokens::ApiToken;
use espace_api::{ApiError, ErrorCode, TokenId};
use leptos::prelude::*;

use super::TokenList;
use crate::api;
use crate::components::error_details::ErrorPanel;
use crate::components::form_dialog::FormDialog;
use crate::components::toast::use_toasts;
use crate::i18n;

fn find(tokens: TokenList, id: Option<TokenId>) -> Option<ApiToken> {
    let id = id?;
    tokens.with(|list| list.as_ref().and_then(|r| r.as_ref().ok()).and_then(|l| l.iter().find(|t| t.id == id).cloned()))
}

#[component]
pub fn RevokeDialog(
    /// The page's list, where the token is read from and which is refetched after.
    tokens: TokenList,
    /// The token being revoked; `None` closes the dialog.
    revoking: RwSignal<Option<TokenId>>,
    /// Where an error goes when it closes the dialog.
    page_error: RwSignal<Option<ApiError>>,
) -> impl IntoView {
    let toasts = use_toasts();
    let token = Memo::new(move |_| find(tokens, revoking.get()));
    // What follows the answer runs inside the action, once it is in; its value is the error
    // the dialog shows, if any.
    let revoke = Action::new_local(move |id: &TokenId| {
        let id = *id;
        async move {
            match api::tokens::revoke(id).await {
                Ok(_) => {
                    revoking.set(None);
                    toasts.show("tokens-revoked");
                    tokens.refetch();
                    None
                }
                // Gone: the dialog closes and the page says so.
                Err(error) if error.code == ErrorCode::NotFound => {
                    revoking.set(None);
                    page_error.set(Some(error));
                    tokens.refetch();
                    None
                }
                // Revoked or expired meanwhile: the fresh list says so.
                Err(error) if error.code == ErrorCode::Conflict => {
                    tokens.refetch();
                    Some(error)
                }
                Err(error) => Some(error),
            }
        }
    });
    let on_submit = move |()| {
        let Some(current) = token.get_untracked() else { return };
        revoke.clear();
        revoke.dispatch(current.id);
    };
    let name = move || token.with(|t| t.as_ref().map(|t| t.name.clone())).unwrap_or_default();
    let failure = move || revoke.value().get().flatten().map(|error| view! { <ErrorPanel error=error /> });
    view! {
        <FormDialog
            id="token-revoke-dialog"
            open=Signal::derive(move || token.with(Option::is_some))
            title=i18n::msg_with("tokens-revoke-title", move || [("name", name().into())])
            submit_label=i18n::msg("tokens-revoke-confirm")
            danger=true
            busy=revoke.pending()
            on_submit=on_submit
            on_cancel=move |()| {
                revoke.clear();
                revoking.set(None);
            }
        >
            {failure}
            <p>{i18n::msg("tokens-revoke-body")}</p>
            <p>{i18n::msg("tokens-revoke-final")}</p>
        </FormDialog>
    }
}
