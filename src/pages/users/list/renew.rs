//! "Send new invitations" on the list filtered to expired invitations: one action for all of
//! them, confirmed first (the dialog says how many), then the list reloads.

use leptos::prelude::*;
use leptos_fluent::{tr, I18n};

use crate::api;
use crate::components::action;
use crate::components::dialog::ConfirmDialog;
use crate::components::error_details::ErrorPanel;
use crate::components::toast::use_toasts;

#[component]
pub fn RenewInvitations(
    /// How many expired invitations the list shows in all.
    #[prop(into)]
    count: Signal<u32>,
    /// Called once they are renewed: the list reloads.
    on_done: Callback<()>,
) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let toasts = use_toasts();
    let open = RwSignal::new(false);
    let renew = Action::new_local(move |(): &()| async move {
        let result = api::users::renew_invitations().await;
        open.set(false);
        if result.is_ok() {
            toasts.show("users-renew-done");
            on_done.run(());
        }
        result
    });
    let skipped = move || renew.value().with(|r| r.as_ref().and_then(|r| r.as_ref().ok()).map_or(0, |r| r.skipped));
    let confirm = move |()| {
        if !renew.pending().get_untracked() {
            renew.dispatch(());
        }
    };
    view! {
        <div class="renew-invitations">
            <button
                type="button"
                class="button primary"
                data-testid="renew-invitations"
                aria-disabled=move || renew.pending().get().to_string()
                on:click=move |_| open.set(true)
            >
                {move || tr!(i18n, "users-renew-button", { "count" => count.get() })}
            </button>
            <Show when=move || { skipped() > 0 }>
                <p class="hint" role="status">
                    {move || tr!(i18n, "users-renew-skipped", { "count" => skipped() })}
                </p>
            </Show>
            {move || action::failure(renew).map(|error| view! { <ErrorPanel error=error /> })}
            <ConfirmDialog
                open=open
                title=Signal::derive(move || tr!(i18n, "users-renew-title", { "count" => count.get() }))
                body=Signal::derive(move || tr!(i18n, "users-renew-body"))
                confirm_label=Signal::derive(move || tr!(i18n, "users-renew-confirm"))
                on_confirm=confirm
                on_cancel=move |()| open.set(false)
            />
        </div>
    }
}
