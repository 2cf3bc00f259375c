//! The person's passkeys on the profile: each with its name, when it was added and last used,
//! Rename and Remove; and adding one, named first, made by the browser (a phone, the computer's own
//! sign-in, or a security key).

use espace_api::second_step::{PasskeyField, PasskeyItem, PasskeyNameRequest, RecoveryCodes};
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos_fluent::tr;

use crate::api;
use crate::components::error_details::ErrorPanel;
use crate::components::focus::focus_by_id;
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
    // The one being renamed, if any: its row becomes a small form.
    let renaming = RwSignal::new(None::<i64>);
    let renamed = Callback::new(move |()| {
        renaming.set(None);
        on_changed.run(None);
    });
    let rows = passkeys
        .into_iter()
        .map(|p| {
            let id = p.id;
            let name = p.name.clone();
            let (created, last_used) = (p.created_at, p.last_used_at);
            let added = move || {
                let added = tr!("second-step-passkey-added", { "date" => time::date_time(i18n::language(), created) });
                match last_used {
                    Some(at) => {
                        let used =
                            tr!("second-step-passkey-last-used", { "date" => time::date_time(i18n::language(), at) });
                        format!("{added} · {used}")
                    }
                    None => added,
                }
            };
            let remove_label = {
                let name = name.clone();
                move || tr!("second-step-passkey-remove-label", { "name" => name.clone() })
            };
            let rename_label = {
                let name = name.clone();
                move || tr!("second-step-passkey-rename-label", { "name" => name.clone() })
            };
            let shown = name.clone();
            view! {
                <li class="session" data-testid="passkey">
                    <Show
                        when=move || renaming.get() == Some(id)
                        fallback=move || {
                            view! {
                                <p class="session-device">
                                    <strong>
                                        <bdi>{shown.clone()}</bdi>
                                    </strong>
                                </p>
                                <p class="hint">{added}</p>
                                <div class="dialog-buttons">
                                    <button
                                        type="button"
                                        class="button secondary"
                                        id=format!("passkey-rename-{id}")
                                        aria-label=rename_label.clone()
                                        on:click=move |_| {
                                            renaming.set(Some(id));
                                            request_animation_frame(|| focus_by_id(RENAME_INPUT));
                                        }
                                    >
                                        {i18n::msg("second-step-passkey-rename")}
                                    </button>
                                    <button
                                        type="button"
                                        class="button danger-outline"
                                        aria-label=remove_label.clone()
                                        on:click=move |_| {
                                            remove.dispatch(id);
                                        }
                                    >
                                        {i18n::msg("second-step-passkey-remove")}
                                    </button>
                                </div>
                            }
                        }
                    >
                        <RenamePasskey
                            id=id
                            name=name.clone()
                            on_renamed=renamed
                            on_cancel=Callback::new(move |()| {
                                renaming.set(None);
                                request_animation_frame(move || focus_by_id(&format!("passkey-rename-{id}")));
                            })
                        />
                    </Show>
                </li>
            }
        })
        .collect_view();
    view! {
        {move || remove.value().get().and_then(Result::err).map(|error| view! { <ErrorPanel error=error /> })}
        {none}
        <ul class="session-list">{rows}</ul>
        <h3>{i18n::msg("second-step-passkey-add-title")}</h3>
        <AddPasskey on_added=on_changed />
    }
}

/// The input of the passkey being renamed (one at a time).
const RENAME_INPUT: &str = "passkey-rename";

#[component]
fn RenamePasskey(
    /// The passkey's id.
    id: i64,
    /// Its name now, to edit.
    name: String,
    /// Renamed: read the list again.
    on_renamed: Callback<()>,
    /// Left as it was.
    on_cancel: Callback<()>,
) -> impl IntoView {
    let name = RwSignal::new(name);
    let rename = use_submit(
        |field: PasskeyField| match field {
            PasskeyField::Name => RENAME_INPUT,
        },
        move |request: PasskeyNameRequest| api::second_step::rename_passkey(id, request),
        move |()| on_renamed.run(()),
    );
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let request = PasskeyNameRequest { name: name.get_untracked() };
        let problems = request.validate();
        rename.send(request, problems);
    };
    view! {
        {move || rename.failure_beside_fields().map(|error| view! { <ErrorPanel error=error /> })}
        <form on:submit=on_submit novalidate=true>
            <TextField
                id=RENAME_INPUT
                label=i18n::msg("second-step-passkey-name")
                value=name
                error=rename.error(PasskeyField::Name)
                required=true
            />
            <div class="dialog-buttons">
                <button type="submit" class="button primary" disabled=move || rename.pending().get()>
                    {i18n::msg("second-step-passkey-save")}
                </button>
                <button type="button" class="button secondary" on:click=move |_| on_cancel.run(())>
                    {i18n::msg("dialog-cancel")}
                </button>
            </div>
        </form>
    }
}

/// Names and makes a passkey; the caller gives the heading.
#[component]
pub fn AddPasskey(
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
