//! Editing a user on their detail page. A failed save keeps everything typed; a save over
//! someone else's change says so and offers to reload.

use espace_api::services::MySpace;
use espace_api::users::{EditUserField, UpdateUserRequest, UserDetail};
use espace_api::{EntityId, ErrorCode, Language, ServiceId};
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos_fluent::{tr, I18n};

use crate::api;
use crate::components::error_details::ErrorPanel;
use crate::components::form::field::TextField;
use crate::components::form::use_submit;
use crate::components::load_error::Loaded;
use crate::components::toast::use_toasts;
use crate::i18n;
use crate::pages::users::entity_fields::{Entities, EntitySelect};

/// Where each field of the form is, for focus on the first one in error.
fn input_id(field: EditUserField) -> &'static str {
    match field {
        EditUserField::FirstName => "edit-first-name",
        EditUserField::LastName => "edit-last-name",
        EditUserField::NotificationEmail => "edit-notification-email",
        EditUserField::EntityId => "edit-entity",
    }
}

#[component]
pub fn EditUserForm(
    /// The user as loaded: the form starts from these details.
    user: UserDetail,
    /// The entities in the reader's reach, for the associated entity.
    entities: Entities,
    /// Called once the changes are saved.
    #[prop(into)]
    on_saved: Callback<()>,
    /// Called when the person gives up editing.
    #[prop(into)]
    on_cancel: Callback<()>,
    /// Called to load the user again after someone else's change.
    #[prop(into)]
    on_reload: Callback<()>,
) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let toasts = use_toasts();
    let first_name = RwSignal::new(user.first_name.clone());
    let last_name = RwSignal::new(user.last_name.clone());
    let notification_email = RwSignal::new(user.notification_email.clone().unwrap_or_default());
    let entity = RwSignal::new(Some(user.entity.id));
    let language = RwSignal::new(user.language);
    let held: Vec<ServiceId> = user.services.iter().map(|s| s.id).collect();
    let services = RwSignal::new(held.clone());
    let catalogue = LocalResource::new(api::space::my_space);
    let (id, version) = (user.id, user.version);
    let current_entity = user.entity.clone();
    let entity_before = user.entity.id;

    let pick_entity = move |picked: Option<EntityId>| entity.set(picked.or(entity.get_untracked()));
    let save = use_submit(
        input_id,
        move |request: UpdateUserRequest| async move { api::users::update(id, &request).await },
        move |_| {
            toasts.show("users-edit-saved");
            on_saved.run(());
        },
    );
    let saving = save.pending();
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let request = UpdateUserRequest {
            first_name: first_name.get_untracked(),
            last_name: last_name.get_untracked(),
            // The form starts with the user's entity and the select offers no empty choice.
            entity_id: entity.get_untracked().unwrap_or(entity_before),
            notification_email: notification_email.get_untracked(),
            language: language.get_untracked(),
            service_ids: services.get_untracked(),
            version,
        };
        let problems = request.validate();
        save.send(request, problems);
    };

    let service_boxes = move |space: MySpace| {
        space
            .services
            .into_iter()
            .map(|s| {
                let was_held = held.contains(&s.id);
                let full = !was_held && s.seats_used >= s.seats_total;
                let checkbox_id = format!("edit-service-{}", s.id);
                let (used, total) = (s.seats_used.unwrap_or(0), s.seats_total.unwrap_or(0));
                view! {
                    <div class="checkbox">
                        <input
                            type="checkbox"
                            id=checkbox_id.clone()
                            disabled=full
                            prop:checked=move || services.with(|v| v.contains(&s.id))
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                services
                                    .update(|v| {
                                        v.retain(|x| *x != s.id);
                                        if on {
                                            v.push(s.id);
                                        }
                                    });
                            }
                        />
                        <label for=checkbox_id>
                            <bdi>{s.name}</bdi>
                            <span class="hint seat-hint">
                                {move || {
                                    if full {
                                        tr!(i18n, "users-edit-no-seat")
                                    } else {
                                        tr!(i18n, "space-seats", { "used" => used, "total" => total })
                                    }
                                }}
                            </span>
                        </label>
                    </div>
                }
            })
            .collect_view()
    };

    view! {
        <form class="card edit-form" on:submit=on_submit novalidate=true>
            <h2 id="edit-title" tabindex="-1">
                {i18n::msg("users-edit-title")}
            </h2>
            {move || {
                save.failure_beside_fields()
                    .map(|error| match error.code {
                        ErrorCode::Conflict => {
                            view! {
                                <div class="error-panel" role="alert">
                                    <p class="error-message">{move || i18n::error_text(ErrorCode::Conflict)}</p>
                                    <p>{i18n::msg("users-edit-conflict-help")}</p>
                                    <button type="button" class="button secondary" on:click=move |_| on_reload.run(())>
                                        {i18n::msg("users-edit-reload")}
                                    </button>
                                </div>
                            }
                                .into_any()
                        }
                        _ => view! { <ErrorPanel error=error /> }.into_any(),
                    })
            }}
            <div class="two-columns">
                <TextField
                    id="edit-first-name"
                    label=i18n::msg("users-edit-first-name")
                    value=first_name
                    error=save.error(EditUserField::FirstName)
                    required=true
                />
                <TextField
                    id="edit-last-name"
                    label=i18n::msg("users-edit-last-name")
                    value=last_name
                    error=save.error(EditUserField::LastName)
                    required=true
                />
            </div>
            <TextField
                id="edit-notification-email"
                label=i18n::msg("users-detail-notification-email")
                hint=i18n::msg("users-edit-notification-hint")
                input_type="email"
                value=notification_email
                error=save.error(EditUserField::NotificationEmail)
            />
            <div class="two-columns">
                <EntitySelect
                    id="edit-entity"
                    label=i18n::msg("users-edit-entity")
                    entities=entities
                    current=current_entity
                    value=entity
                    on_change=pick_entity
                    error=save.error(EditUserField::EntityId)
                />
                <div class="field">
                    <label for="edit-language">{i18n::msg("profile-language")}</label>
                    <select
                        id="edit-language"
                        on:change=move |ev| {
                            language.set(Language::from_tag(&event_target_value(&ev)).unwrap_or_default());
                        }
                    >
                        <option value="fr" selected=move || language.get() == Language::Fr>
                            {i18n::msg("language-fr")}
                        </option>
                        <option value="en" selected=move || language.get() == Language::En>
                            {i18n::msg("language-en")}
                        </option>
                    </select>
                </div>
            </div>
            <fieldset class="services">
                <legend>{i18n::msg("users-detail-services")}</legend>
                <Loaded resource=catalogue children=service_boxes />
            </fieldset>
            <div class="form-buttons">
                <button type="button" class="button secondary" on:click=move |_| on_cancel.run(())>
                    {i18n::msg("dialog-cancel")}
                </button>
                <button type="submit" class="button primary" disabled=move || saving.get() data-testid="save">
                    {i18n::msg("users-edit-save")}
                </button>
            </div>
        </form>
    }
}
