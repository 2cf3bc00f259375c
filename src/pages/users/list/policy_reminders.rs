//! "Remind them" on the list filtered to people who have not accepted the privacy policy in
//! effect: an e-mail to each (once a day at most), confirmed first.

use leptos::prelude::*;
use leptos_fluent::{tr, I18n};

use crate::api;
use crate::components::action;
use crate::components::dialog::ConfirmDialog;
use crate::components::error_details::ErrorPanel;

#[component]
pub fn PolicyReminders(
    /// How many the filter lists.
    #[prop(into)]
    count: Signal<u32>,
) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let open = RwSignal::new(false);
    let remind = Action::new_local(move |(): &()| async move {
        let result = api::users::policy_reminders().await;
        open.set(false);
        result
    });
    let outcome = move || remind.value().with(|r| r.as_ref().and_then(|r| r.as_ref().ok()).copied());
    view! {
        <div class="renew-invitations">
            <button
                type="button"
                class="button primary"
                data-testid="policy-remind"
                aria-disabled=move || remind.pending().get().to_string()
                on:click=move |_| open.set(true)
            >
                {move || tr!(i18n, "users-policy-remind-button", { "count" => count.get() })}
            </button>
            {move || {
                outcome()
                    .map(|done| {
                        view! {
                            <p class="hint" role="status" data-testid="policy-reminded">
                                {move || tr!(i18n, "users-policy-reminded", { "sent" => done.sent })}
                                {(done.skipped > 0)
                                    .then(|| {
                                        view! {
                                            " "
                                            {move || {
                                                tr!(
                                                    i18n, "users-policy-reminded-skipped", { "skipped" => done.skipped }
                                                )
                                            }}
                                        }
                                    })}
                            </p>
                        }
                    })
            }}
            {move || action::failure(remind).map(|error| view! { <ErrorPanel error=error /> })}
            <ConfirmDialog
                open=open
                title=Signal::derive(move || tr!(i18n, "users-policy-remind-title", { "count" => count.get() }))
                body=Signal::derive(move || tr!(i18n, "users-policy-remind-body"))
                confirm_label=Signal::derive(move || tr!(i18n, "users-policy-remind-confirm"))
                on_confirm=move |()| {
                    if !remind.pending().get_untracked() {
                        remind.dispatch(());
                    }
                }
                on_cancel=move |()| open.set(false)
            />
        </div>
    }
}
