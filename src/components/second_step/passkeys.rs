//! The person's passkeys on the profile: each with its name, when it was added and last used,
//! and Remove; and adding one, named first, made by the browser (a phone, the computer's own
//! sign-in, or a security key).

use espace_api::second_step::{PasskeyField, PasskeyItem, PasskeyNameRequest, RecoveryCodes};
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos_fluent::tr;

use crate::api;
use crate::components::error_details::ErrorPanel;
use crate::components::form::field::TextField;
use crate::components::form::use_submit;
use crate::components::time;
use crate::i18n;

#[component]
pub fn PasskeyList(
    /// The person's passkeys.
    passkeys: Vec<PasskeyItem>,
    /// Added or removed: read the status again; the recovery codes of a first second step.
    #[prop(into)]
    on_changed: Callback<Option<Vec<String>>>,
) -> impl IntoView {
    let remove = Action::new_local(move |id: &i64| {
        let id = *id;
        async move {
            let result = api::second_step::remove_passkey(id).await;
            if result.is_ok() {
                on_changed.run(None);
            }
            result
        }
    });
    // Said in words when there is none, as for the app.
    let none =
        passkeys.is_empty().then(|| view! { <p data-testid="no-passkeys">{i18n::msg("second-step-app-off")}</p> });
    let rows = passkeys
        .into_iter()
        .map(|p| {
            let name = p.name.clone();
            let added =
                move || tr!("second-step-passkey-added", { "date" => time::date_time(i18n::language(), p.created_at) });
            let label = move || tr!("second-step-passkey-remove-label", { "name" => name.clone() });
            view! {
                <li class="session" data-testid="passkey">
                    <p class="session-device">
                        <strong>
                            <bdi>{p.name.clone()}</bdi>
                        </strong>
                    </p>
                    <p class="hint">{added}</p>
                    <button
                        type="button"
                        class="button danger-outline"
                        aria-label=label
                        on:click=move |_| {
                            remove.dispatch(p.id);
                        }
                    >
                        {i18n::msg("second-step-passkey-remove")}
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        {move || remove.value().get().and_then(Result::err).map(|error| view! { <ErrorPanel error=error /> })}
        {none}
        <ul class="session-list">{rows}</ul>
        <AddPasskey on_added=on_changed />
    }
}

#[component]
fn AddPasskey(
    /// Added; the recovery codes when it was the first second step.
    on_added: Callback<Option<Vec<String>>>,
) -> impl IntoView {
    let name = RwSignal::new(String::new());
    let add = use_submit(
        |field: PasskeyField| match field {
            PasskeyField::Name => "passkey-name",
        },
        |request: PasskeyNameRequest| api::second_step::add_passkey(request.name),
        move |codes: Option<RecoveryCodes>| {
            name.set(String::new());
            on_added.run(codes.map(|c| c.codes));
        },
    );
    let supported = api::webauthn::supported();
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let request = PasskeyNameRequest { name: name.get_untracked() };
        let problems = request.validate();
        add.send(request, problems);
    };
    view! {
        <h3>{i18n::msg("second-step-passkey-add-title")}</h3>
        {(!supported).then(|| view! { <p class="hint">{i18n::msg("second-step-passkey-unsupported")}</p> })}
        {move || add.failure_beside_fields().map(|error| view! { <ErrorPanel error=error /> })}
        <form on:submit=on_submit novalidate=true>
            <TextField
                id="passkey-name"
                label=i18n::msg("second-step-passkey-name")
                hint=Signal::derive(move || i18n::t("second-step-passkey-name-hint"))
                value=name
                error=add.error(PasskeyField::Name)
                required=true
            />
            <button
                type="submit"
                class="button secondary"
                data-testid="add-passkey"
                disabled=move || add.pending().get() || !supported
            >
                {i18n::msg("second-step-passkey-add")}
            </button>
        </form>
    }
}
