//! The first step: who the person is, their entity, level and scope, and their e-mail addresses.

use super::*;
use espace_api::EntityId;

#[component]
pub fn IdentityStep(
    /// The wizard's answers.
    draft: RwSignal<Draft>,
    /// The entities in the reader's reach: the person's entity and a team administrator's scope.
    entities: Entities,
    /// Whether the reader is an administrator, the only one who may make another.
    reader_admin: bool,
    /// The error shown for a field, if any.
    error_text: impl Fn(UserField) -> Signal<Option<String>> + Copy + Send + Sync + 'static,
    /// Checks these fields and shows what is wrong.
    validate: impl Fn(&[UserField]) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    // A text of the draft as a field's value, checked a moment after the field is left (the
    // message must not move the button being clicked).
    let part = move |get: fn(&Draft) -> &String, set: fn(&mut Draft) -> &mut String| {
        FieldValue::new(
            Signal::derive(move || draft.with(|d| get(d).clone())),
            SignalSetter::map(move |text| draft.update(|d| *set(d) = text)),
        )
    };
    let check_later = move |field: UserField| {
        Callback::new(move |()| set_timeout(move || validate(&[field]), std::time::Duration::from_millis(200)))
    };
    let role_error = error_text(UserField::Role);
    let choose_role = move |role: Role| {
        // A single entity in reach is the only scope there can be.
        let only = match entities_now(entities).as_slice() {
            [one] => Some(one.id),
            _ => None,
        };
        draft.update(|d| {
            d.role = Some(role);
            if role == Role::TeamAdmin && d.scope.is_empty() {
                d.scope.extend(only);
            }
        });
        // Leaving Team administrator takes the scope's error away with it.
        if role == Role::TeamAdmin {
            validate(&[UserField::Role]);
        } else {
            validate(&[UserField::Role, UserField::Scope]);
        }
    };
    let mut roles = vec![
        RadioOption { value: Role::User, id: "wizard-role-user", label: "role-user", help: "wizard-role-user-help" },
        RadioOption {
            value: Role::TeamAdmin,
            id: "wizard-role-team-admin",
            label: "role-team-admin",
            help: "wizard-role-team-admin-help",
        },
    ];
    if reader_admin {
        roles.push(RadioOption {
            value: Role::Admin,
            id: "wizard-role-admin",
            label: "role-admin",
            help: "wizard-role-admin-help",
        });
    }
    let pick_entity = move |picked: Option<EntityId>| {
        draft.update(|d| d.entity_id = picked);
        validate(&[UserField::EntityId]);
    };
    let toggle_scope = move |(entity, on): (EntityId, bool)| {
        draft.update(|d| {
            d.scope.retain(|x| *x != entity);
            if on {
                d.scope.push(entity);
            }
        });
        validate(&[UserField::Scope]);
    };
    view! {
        <div class="two-columns">
            <TextField
                id=input_id(UserField::FirstName)
                label=i18n::msg(field_label_id(UserField::FirstName))
                value=part(|d| &d.first_name, |d| &mut d.first_name)
                error=error_text(UserField::FirstName)
                required=true
                on_blur=check_later(UserField::FirstName)
            />
            <TextField
                id=input_id(UserField::LastName)
                label=i18n::msg(field_label_id(UserField::LastName))
                value=part(|d| &d.last_name, |d| &mut d.last_name)
                error=error_text(UserField::LastName)
                required=true
                on_blur=check_later(UserField::LastName)
            />
        </div>
        <EntitySelect
            id="wizard-entity"
            label=i18n::msg("wizard-entity")
            entities=entities
            value=Signal::derive(move || draft.with(|d| d.entity_id))
            on_change=pick_entity
            error=error_text(UserField::EntityId)
            required=true
        />
        <fieldset
            class="field roles"
            aria-describedby="wizard-role-error"
            aria-invalid=move || role_error.with(Option::is_some).to_string()
        >
            <legend>{i18n::msg("wizard-role")}<RequiredMark /></legend>
            <RadioCards
                name="wizard-role"
                options=roles
                selected=Signal::derive(move || draft.with(|d| d.role))
                on_choose=choose_role
                wire=Role::as_str
            />
            <p id="wizard-role-error" class="field-error">
                {move || role_error.get()}
            </p>
        </fieldset>
        <Show when=move || draft.with(|d| d.role == Some(Role::TeamAdmin))>
            <ScopeBoxes
                id="wizard-scope"
                legend=i18n::msg("wizard-scope")
                entities=entities
                chosen=Signal::derive(move || draft.with(|d| d.scope.clone()))
                on_toggle=toggle_scope
                error=error_text(UserField::Scope)
            />
        </Show>
        <TextField
            id=input_id(UserField::Email)
            label=i18n::msg(field_label_id(UserField::Email))
            hint=i18n::msg("wizard-email-hint")
            value=part(|d| &d.email, |d| &mut d.email)
            error=error_text(UserField::Email)
            input_type="email"
            required=true
            on_blur=check_later(UserField::Email)
        />
        <TextField
            id=input_id(UserField::NotificationEmail)
            label=i18n::msg(field_label_id(UserField::NotificationEmail))
            hint=i18n::msg("wizard-notification-email-hint")
            value=part(|d| &d.notification_email, |d| &mut d.notification_email)
            error=error_text(UserField::NotificationEmail)
            input_type="email"
            on_blur=check_later(UserField::NotificationEmail)
        />
        <div class="field">
            <label for="wizard-language">{i18n::msg("profile-language")}</label>
            <select
                id="wizard-language"
                on:change=move |ev| {
                    let lang = Language::from_tag(&event_target_value(&ev)).unwrap_or_default();
                    draft.update(|d| d.language = lang);
                }
            >
                <option value="fr" selected=move || draft.with(|d| d.language == Language::Fr)>
                    {i18n::msg("language-fr")}
                </option>
                <option value="en" selected=move || draft.with(|d| d.language == Language::En)>
                    {i18n::msg("language-en")}
                </option>
            </select>
        </div>
        <div class="checkbox">
            <input
                type="checkbox"
                id="wizard-assign"
                prop:checked=move || draft.with(|d| d.assign_services)
                on:change=move |ev| {
                    let on = event_target_checked(&ev);
                    draft.update(|d| d.assign_services = on);
                }
            />
            <label for="wizard-assign">{i18n::msg("wizard-assign-services")}</label>
        </div>
    }
}
