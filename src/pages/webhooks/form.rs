//! The form to add an endpoint or change one: its address, a description, the events it hears
//! and what it reaches. Checked here with the contract's rules, then by the server (which also
//! refuses private addresses and entities beyond the reader's scope); what was typed stays
//! until it succeeds.

use espace_api::webhooks::{
    Endpoint, EndpointField, EndpointId, EndpointRequest, EndpointState, EndpointWithSecret, EventType,
};
use espace_api::EntityId;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use super::event_view;
use crate::api;
use crate::components::error_details::ErrorPanel;
use crate::components::form::field::{RequiredMark, RequiredNote, TextField};
use crate::components::form::use_submit;
use crate::i18n;
use crate::pages::users::entity_fields::{entities_now, Entities, ScopeChoice, ScopeTexts};

const SCOPE_TEXTS: ScopeTexts = ScopeTexts {
    boxes: "webhook-scope",
    kind: "webhook-scope-kind",
    company_id: "webhook-scope-company",
    chosen_id: "webhook-scope-chosen",
    legend: "webhooks-scope",
    company: "webhooks-scope-company",
    company_help: "webhooks-scope-company-help",
    chosen: "webhooks-scope-chosen",
    chosen_help: "webhooks-scope-chosen-help",
    entities_legend: "webhooks-scope-entities",
    team_hint: "webhooks-scope-team-hint",
};

/// The event types as the form groups them: about people, about entities, about the company.
const GROUPS: [(&str, &[EventType]); 3] = [
    (
        "webhooks-group-users",
        &[
            EventType::UserCreated,
            EventType::UserInvited,
            EventType::UserActivated,
            EventType::UserDeactivated,
            EventType::UserReactivated,
            EventType::UserLocked,
            EventType::UserUnlocked,
            EventType::UserDeleted,
            EventType::UserUpdated,
            EventType::UserPermissionsChanged,
            EventType::UserServicesChanged,
        ],
    ),
    ("webhooks-group-entities", &[EventType::EntityCreated, EventType::EntityRenamed, EventType::EntityRemoved]),
    ("webhooks-group-company", &[EventType::SsoSettingsChanged, EventType::TokenCreated, EventType::TokenRevoked]),
];

fn input_id(field: EndpointField) -> &'static str {
    match field {
        EndpointField::Url => "webhook-url",
        EndpointField::Description => "webhook-description",
        EndpointField::Events => "webhook-events",
        EndpointField::Scope => "webhook-scope",
    }
}

fn box_id(event: EventType) -> String {
    format!("webhook-event-{}", event.as_str().replace('.', "-"))
}

/// What a save gave: a new endpoint with its secret, or the endpoint as changed.
#[derive(Debug, Clone)]
pub enum Saved {
    Created(EndpointWithSecret),
    Updated,
}

#[component]
pub fn EndpointForm(
    /// The entities in the reader's reach.
    entities: Entities,
    /// Whether the reader is an Administrator: only they choose the whole company.
    reader_admin: bool,
    /// The endpoint changed, or `None` to add one.
    editing: Option<Endpoint>,
    /// Hidden while a new secret shows (the form keeps its state).
    #[prop(into)]
    hidden: Signal<bool>,
    /// Called with what the server saved.
    #[prop(into)]
    on_saved: Callback<Saved>,
    /// Called by Cancel, when changing an endpoint.
    #[prop(optional, into)]
    on_cancel: Option<Callback<()>>,
) -> impl IntoView {
    let id: Option<EndpointId> = editing.as_ref().map(|e| e.id);
    let url = RwSignal::new(editing.as_ref().map(|e| e.url.clone()).unwrap_or_default());
    let description = RwSignal::new(editing.as_ref().map(|e| e.description.clone()).unwrap_or_default());
    let events = RwSignal::new(editing.as_ref().map(|e| e.events.clone()).unwrap_or_default());
    let scope = editing.as_ref().map(|e| e.scope.clone());
    let whole = RwSignal::new(match &scope {
        Some(scope) => scope.is_none(),
        None => reader_admin,
    });
    let chosen = RwSignal::new(
        scope.flatten().map(|s| s.into_iter().map(|e| e.id).collect::<Vec<EntityId>>()).unwrap_or_default(),
    );
    let state = editing.as_ref().map(|e| e.state);
    // A team administrator with one entity has one scope to give (once the entities are in:
    // a load, not an action).
    Effect::new(move |_| {
        if reader_admin || id.is_some() || !chosen.with_untracked(Vec::is_empty) {
            return;
        }
        if let [only] = entities_now(entities).as_slice() {
            chosen.set(vec![only.id]);
        }
    });
    let save = use_submit(
        input_id,
        move |request: EndpointRequest| async move {
            match id {
                Some(id) => api::webhooks::update(id, &request).await.map(|_| Saved::Updated),
                None => api::webhooks::create(&request).await.map(Saved::Created),
            }
        },
        move |saved: Saved| {
            if matches!(saved, Saved::Created(_)) {
                url.set(String::new());
                description.set(String::new());
                events.set(Vec::new());
            }
            on_saved.run(saved);
        },
    );
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let mut scope = chosen.get_untracked();
        scope.sort_unstable();
        let request = EndpointRequest {
            url: url.get_untracked().trim().to_owned(),
            description: description.get_untracked().trim().to_owned(),
            events: events.get_untracked(),
            scope: if reader_admin && whole.get_untracked() { None } else { Some(scope) },
            // Changing the settings keeps it on or off; switching is its page's button.
            enabled: state.map(|s| s == EndpointState::On),
        };
        let problems = request.validate();
        save.send(request, problems);
    };
    let events_error = save.error(EndpointField::Events);
    let all = move || events.with(|e| e.len() == EventType::subscribable().count());
    let groups = GROUPS
        .iter()
        .map(|(legend, types)| {
            let boxes = types
                .iter()
                .map(|&event| {
                    let id = box_id(event);
                    view! {
                        <div class="checkbox">
                            <input
                                type="checkbox"
                                id=id.clone()
                                value=event.as_str()
                                prop:checked=move || events.with(|e| e.contains(&event))
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    events
                                        .update(|e| {
                                            e.retain(|x| *x != event);
                                            if on {
                                                e.push(event);
                                            }
                                        });
                                }
                            />
                            <label for=id>{event_view(event)}</label>
                        </div>
                    }
                })
                .collect_view();
            view! {
                <fieldset class="webhook-event-group">
                    <legend>{i18n::msg(legend)}</legend>
                    {boxes}
                </fieldset>
            }
        })
        .collect_view();
    let title = if id.is_some() { "webhooks-edit-title" } else { "webhooks-create-title" };
    view! {
        <form
            class="card token-create webhook-form"
            on:submit=on_submit
            novalidate=true
            aria-labelledby="webhook-form-title"
            hidden=move || hidden.get()
        >
            <h2 id="webhook-form-title">{i18n::msg(title)}</h2>
            <RequiredNote />
            {move || save.failure_beside_fields().map(|error| view! { <ErrorPanel error=error /> })}
            <TextField
                id="webhook-url"
                label=i18n::msg("webhooks-url")
                hint=i18n::msg("webhooks-url-hint")
                value=url
                error=save.error(EndpointField::Url)
                required=true
                input_type="url"
            />
            <TextField
                id="webhook-description"
                label=i18n::msg("webhooks-description")
                hint=i18n::msg("webhooks-description-hint")
                value=description
                error=save.error(EndpointField::Description)
            />
            <fieldset
                id="webhook-events"
                class="field webhook-events"
                tabindex="-1"
                aria-describedby="webhook-events-error"
                aria-invalid=move || events_error.with(Option::is_some).to_string()
            >
                <legend>{i18n::msg("webhooks-events")}<RequiredMark /></legend>
                <div class="checkbox webhook-all">
                    <input
                        type="checkbox"
                        id="webhook-events-all"
                        prop:checked=all
                        on:change=move |ev| {
                            events
                                .set(
                                    if event_target_checked(&ev) {
                                        EventType::subscribable().collect()
                                    } else {
                                        Vec::new()
                                    },
                                );
                        }
                    />
                    <label for="webhook-events-all">{i18n::msg("webhooks-events-all")}</label>
                </div>
                {groups}
                <p id="webhook-events-error" class="field-error">
                    {events_error}
                </p>
            </fieldset>
            <ScopeChoice
                texts=SCOPE_TEXTS
                reader_admin=reader_admin
                entities=entities
                whole=whole
                chosen=chosen
                error=save.error(EndpointField::Scope)
            />
            <div class="form-buttons">
                <button
                    type="submit"
                    class="button primary"
                    aria-disabled=move || save.pending().get().to_string()
                    data-testid="save-webhook"
                >
                    {i18n::msg(if id.is_some() { "webhooks-save" } else { "webhooks-create" })}
                </button>
                {on_cancel
                    .map(|cancel| {
                        view! {
                            <button type="button" class="button secondary" on:click=move |_| cancel.run(())>
                                {i18n::msg("dialog-cancel")}
                            </button>
                        }
                    })}
            </div>
        </form>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_groups_offer_every_type_once() {
        let mut offered: Vec<EventType> = GROUPS.iter().flat_map(|(_, types)| types.iter().copied()).collect();
        offered.sort_unstable();
        let mut all: Vec<EventType> = EventType::subscribable().collect();
        all.sort_unstable();
        assert_eq!(offered, all);
    }
}
