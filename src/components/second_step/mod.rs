//! The person's two-step sign-in: on the profile (`SecondStepSection`: turn it on, new recovery
//! codes, turn it off where the company allows) and before anything else where the company
//! requires it (`pages::second_step_setup`). The parts: setting up an app (`setup`), its QR code
//! (`qr`), the recovery codes shown once (`codes`).

mod codes;
mod passkeys;
mod qr;
mod setup;

use espace_api::second_step::SecondStepStatus;
use leptos::prelude::*;
use leptos_fluent::tr;

pub use codes::RecoveryCodesPanel;
pub use passkeys::AddPasskey;
use passkeys::PasskeyList;
pub use qr::QrCode;
pub use setup::{AppKeySteps, AuthenticatorSetupForm};

use crate::api;
use crate::components::dialog::ConfirmDialog;
use crate::components::error_details::ErrorPanel;
use crate::components::load_error::Loaded;
use crate::components::toast::use_toasts;
use crate::i18n;

/// What the section shows besides the status.
#[derive(Debug, Clone, PartialEq)]
enum Showing {
    Status,
    Setup,
    /// New recovery codes, once.
    Codes(Vec<String>),
}

#[component]
pub fn SecondStepSection() -> impl IntoView {
    let status = LocalResource::new(api::second_step::status);
    let showing = RwSignal::new(Showing::Status);
    let back = Callback::new(move |()| {
        showing.set(Showing::Status);
        status.refetch();
    });
    view! {
        <section class="second-step" aria-labelledby="second-step-title" data-testid="second-step">
            <h2 id="second-step-title">{i18n::msg("second-step-title")}</h2>
            <p class="hint">{i18n::msg("second-step-intro")}</p>
            {move || match showing.get() {
                Showing::Setup => view! { <AuthenticatorSetupForm on_done=back on_cancel=back /> }.into_any(),
                Showing::Codes(codes) => view! { <RecoveryCodesPanel codes=codes on_done=back /> }.into_any(),
                Showing::Status => {
                    view! {
                        <Loaded resource=status let:s>
                            <StatusView status=s showing=showing on_changed=back />
                        </Loaded>
                    }
                        .into_any()
                }
            }}
        </section>
    }
}

#[component]
fn StatusView(
    /// What the person has.
    status: SecondStepStatus,
    /// Where a button leads.
    showing: RwSignal<Showing>,
    /// Changed: read the status again.
    on_changed: Callback<()>,
) -> impl IntoView {
    let toasts = use_toasts();
    let confirming = RwSignal::new(false);
    let renew = Action::new_local(move |(): &()| async move {
        let result = api::second_step::renew_codes().await;
        if let Ok(codes) = &result {
            showing.set(Showing::Codes(codes.codes.clone()));
        }
        result.map(|_| ())
    });
    let remove = Action::new_local(move |(): &()| async move {
        let result = api::second_step::remove().await;
        confirming.set(false);
        if result.is_ok() {
            toasts.show("second-step-turned-off");
            on_changed.run(());
        }
        result
    });
    let failure =
        move || renew.value().get().and_then(Result::err).or_else(|| remove.value().get().and_then(Result::err));
    let left = status.recovery_codes_left;
    let on = status.authenticator || !status.passkeys.is_empty();
    let app = status.authenticator;
    // A first passkey comes with recovery codes, shown before the list again.
    let passkeys_changed = Callback::new(move |codes: Option<Vec<String>>| match codes {
        Some(codes) => showing.set(Showing::Codes(codes)),
        None => on_changed.run(()),
    });
    view! {
        {move || failure().map(|error| view! { <ErrorPanel error=error /> })}
        <p data-testid="second-step-state">{i18n::msg(if on { "second-step-on" } else { "second-step-off" })}</p>
        <h3>{i18n::msg("second-step-app-title")}</h3>
        <p data-testid="second-step-app">{i18n::msg(if app { "second-step-app-on" } else { "second-step-app-off" })}</p>
        <button
            type="button"
            class=if app { "button secondary" } else { "button primary" }
            data-testid="set-up-app"
            on:click=move |_| showing.set(Showing::Setup)
        >
            {i18n::msg(if app { "second-step-replace" } else { "second-step-set-up" })}
        </button>
        <h3>{i18n::msg("second-step-passkeys-title")}</h3>
        <PasskeyList passkeys=status.passkeys on_changed=passkeys_changed />
        {on
            .then(|| {
                view! {
                    <h3>{i18n::msg("second-step-codes-heading")}</h3>
                    <p data-testid="recovery-codes-left">
                        {move || tr!("second-step-codes-left", { "count" => left })}
                    </p>
                    {status.required.then(|| view! { <p class="hint">{i18n::msg("second-step-required-hint")}</p> })}
                    <div class="dialog-buttons">
                        <button
                            type="button"
                            class="button secondary"
                            on:click=move |_| {
                                renew.dispatch(());
                            }
                        >
                            {i18n::msg("second-step-new-codes")}
                        </button>
                        {(!status.required)
                            .then(|| {
                                view! {
                                    <button
                                        type="button"
                                        class="button danger-outline"
                                        on:click=move |_| confirming.set(true)
                                    >
                                        {i18n::msg("second-step-turn-off")}
                                    </button>
                                }
                            })}
                    </div>
                }
            })}
        <ConfirmDialog
            open=confirming
            title=Signal::derive(move || i18n::t("second-step-turn-off-title"))
            body=Signal::derive(move || i18n::t("second-step-turn-off-body"))
            confirm_label=Signal::derive(move || i18n::t("second-step-turn-off"))
            danger=Signal::derive(|| true)
            on_confirm=move |_| {
                remove.dispatch(());
            }
            on_cancel=move |_| confirming.set(false)
        />
    }
}
