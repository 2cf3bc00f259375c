//! The entity a user belongs to and a team administrator's scope, as the wizard, the edit form
//! and the Permissions section ask for them: a select and a set of checkboxes over the entities
//! in the reader's reach (`GET /api/entities`).

use espace_api::entities::{Entity, EntityRef};
use espace_api::users::Role;
use espace_api::{ApiError, EntityId, UserId};
use leptos::prelude::*;

use crate::api;
use crate::components::form::field::RequiredMark;
use crate::components::load_error::{FailedLoad, LoadingLine};
use crate::i18n;
use crate::session::use_session;

/// The entities in the reader's reach, loaded once per page.
pub type Entities = LocalResource<Result<Vec<Entity>, ApiError>>;

pub fn load_entities() -> Entities {
    LocalResource::new(api::entities::list)
}

/// The entities loaded so far (none while loading or after a failure), without tracking.
pub fn entities_now(entities: Entities) -> Vec<Entity> {
    entities.get_untracked().and_then(Result::ok).unwrap_or_default()
}

/// The entities offered: those in reach, then any of `extra` they lack (a user's current
/// entity or scope, kept so that a choice already made still shows).
pub fn offered(entities: &[Entity], extra: &[EntityRef]) -> Vec<EntityRef> {
    let mut all: Vec<EntityRef> = entities.iter().map(|e| EntityRef { id: e.id, name: e.name.clone() }).collect();
    for e in extra {
        if !all.iter().any(|a| a.id == e.id) {
            all.push(e.clone());
        }
    }
    all
}

/// Who reads the page: their id and level (`None` before the session is known).
pub fn reader() -> Option<(UserId, Role)> {
    use_session().with_me_untracked(|m| (m.user.id, m.user.role))
}

/// A required choice of one entity.
#[component]
pub fn EntitySelect(
    /// The select's id; its error is `{id}-error`.
    id: &'static str,
    /// The visible label.
    #[prop(into)]
    label: Signal<String>,
    /// The entities in reach.
    entities: Entities,
    /// An entity to offer even when the list lacks it (the user's current one).
    #[prop(optional)]
    current: Option<EntityRef>,
    /// The entity chosen, if any.
    #[prop(into)]
    value: Signal<Option<EntityId>>,
    /// Called with the entity picked.
    #[prop(into)]
    on_change: Callback<Option<EntityId>>,
    /// What is wrong with the choice, shown under the select.
    #[prop(into)]
    error: Signal<Option<String>>,
    /// Whether the label carries the required mark.
    #[prop(optional)]
    required: bool,
) -> impl IntoView {
    let error_id = format!("{id}-error");
    let described_by = error_id.clone();
    let extra: Vec<EntityRef> = current.into_iter().collect();
    let options = move |list: Vec<Entity>| {
        offered(&list, &extra)
            .into_iter()
            .map(|e| {
                let entity = e.id;
                view! {
                    <option value=entity.0 selected=move || value.get() == Some(entity)>
                        {e.name}
                    </option>
                }
            })
            .collect_view()
    };
    view! {
        <div class="field">
            <label for=id>{label}{required.then(|| view! { <RequiredMark /> })}</label>
            {move || match entities.get() {
                None => view! { <LoadingLine /> }.into_any(),
                Some(Err(failure)) => {
                    view! { <FailedLoad error=failure retry=move |()| entities.refetch() /> }.into_any()
                }
                Some(Ok(list)) => {
                    view! {
                        <select
                            id=id
                            name=id
                            required=required
                            aria-invalid=move || error.with(Option::is_some).to_string()
                            aria-describedby=described_by.clone()
                            on:change=move |ev| on_change.run(event_target_value(&ev).parse().ok())
                        >
                            <option value="" selected=move || value.get().is_none() disabled=true>
                                {i18n::msg("users-entity-choose")}
                            </option>
                            {options(list)}
                        </select>
                    }
                        .into_any()
                }
            }}
            <p id=error_id class="field-error">
                {error}
            </p>
        </div>
    }
}

/// The entities of a team administrator's scope: one checkbox each.
#[component]
pub fn ScopeBoxes(
    /// The fieldset's id (a target for the error summary); each box is `{id}-{entity}`, the
    /// error `{id}-error`.
    id: &'static str,
    /// The fieldset's legend.
    #[prop(into)]
    legend: Signal<String>,
    /// The entities in reach.
    entities: Entities,
    /// Entities to offer even when the list lacks them (the scope held now).
    #[prop(optional)]
    current: Vec<EntityRef>,
    /// The entities checked.
    #[prop(into)]
    chosen: Signal<Vec<EntityId>>,
    /// Called with an entity and whether it is now checked.
    #[prop(into)]
    on_toggle: Callback<(EntityId, bool)>,
    /// What is wrong with the scope, shown under the boxes.
    #[prop(into)]
    error: Signal<Option<String>>,
) -> impl IntoView {
    let error_id = format!("{id}-error");
    let described_by = error_id.clone();
    let boxes = move |list: Vec<Entity>| {
        offered(&list, &current)
            .into_iter()
            .map(|e| {
                let entity = e.id;
                let box_id = format!("{id}-{entity}");
                view! {
                    <div class="checkbox">
                        <input
                            type="checkbox"
                            id=box_id.clone()
                            value=entity.0
                            prop:checked=move || chosen.with(|c| c.contains(&entity))
                            on:change=move |ev| on_toggle.run((entity, event_target_checked(&ev)))
                        />
                        <label for=box_id>
                            <bdi>{e.name}</bdi>
                        </label>
                    </div>
                }
            })
            .collect_view()
    };
    view! {
        <fieldset
            id=id
            class="field scope"
            tabindex="-1"
            aria-describedby=described_by
            aria-invalid=move || error.with(Option::is_some).to_string()
        >
            <legend>{legend}<RequiredMark /></legend>
            {move || match entities.get() {
                None => view! { <LoadingLine /> }.into_any(),
                Some(Err(failure)) => {
                    view! { <FailedLoad error=failure retry=move |()| entities.refetch() /> }.into_any()
                }
                Some(Ok(list)) => boxes(list).into_any(),
            }}
            <p id=error_id class="field-error">
                {error}
            </p>
        </fieldset>
    }
}

/// The ids and words of a `ScopeChoice`: what differs between the forms that ask for one.
#[derive(Debug, Clone, Copy)]
pub struct ScopeTexts {
    /// The entity boxes' fieldset; their error is `{boxes}-error`.
    pub boxes: &'static str,
    /// The radio group's name; its error is `{kind}-error`.
    pub kind: &'static str,
    pub company_id: &'static str,
    pub chosen_id: &'static str,
    /// Fluent ids: the legend, the two choices and their help, the boxes' legend under
    /// "chosen entities", and the hint a team administrator reads.
    pub legend: &'static str,
    pub company: &'static str,
    pub company_help: &'static str,
    pub chosen: &'static str,
    pub chosen_help: &'static str,
    pub entities_legend: &'static str,
    pub team_hint: &'static str,
}

/// What something reaches (an API token, a webhook endpoint): an Administrator chooses the
/// whole company or some entities; a team administrator chooses among their entities only.
#[component]
pub fn ScopeChoice(
    /// Its ids and words.
    texts: ScopeTexts,
    /// Whether the reader is an Administrator.
    reader_admin: bool,
    /// The entities in the reader's reach.
    entities: Entities,
    /// The whole company is chosen (Administrators only).
    whole: RwSignal<bool>,
    /// The entities checked.
    chosen: RwSignal<Vec<EntityId>>,
    /// What is wrong with the scope.
    #[prop(into)]
    error: Signal<Option<String>>,
) -> impl IntoView {
    use crate::components::form::{RadioCards, RadioOption};
    let toggle = move |(entity, on): (EntityId, bool)| {
        chosen.update(|c| {
            c.retain(|x| *x != entity);
            if on {
                c.push(entity);
            }
        });
    };
    let boxes = move |legend: &'static str| {
        view! {
            <ScopeBoxes
                id=texts.boxes
                legend=i18n::msg(legend)
                entities=entities
                chosen=chosen
                on_toggle=toggle
                error=error
            />
        }
    };
    if !reader_admin {
        return view! {
            <p class="hint">{i18n::msg(texts.team_hint)}</p>
            {boxes(texts.legend)}
        }
        .into_any();
    }
    let kinds = vec![
        RadioOption { value: true, id: texts.company_id, label: texts.company, help: texts.company_help },
        RadioOption { value: false, id: texts.chosen_id, label: texts.chosen, help: texts.chosen_help },
    ];
    let kind_error = format!("{}-error", texts.kind);
    let described_by = kind_error.clone();
    view! {
        <fieldset
            class="field roles"
            aria-describedby=described_by
            aria-invalid=move || (whole.get() && error.with(Option::is_some)).to_string()
        >
            <legend>{i18n::msg(texts.legend)}<RequiredMark /></legend>
            <RadioCards
                name=texts.kind
                options=kinds
                selected=Signal::derive(move || Some(whole.get()))
                on_choose=move |company| whole.set(company)
            />
            // The entity boxes show the error when they are there.
            <p id=kind_error class="field-error">
                {move || if whole.get() { error.get() } else { None }}
            </p>
        </fieldset>
        <Show when=move || !whole.get()>{boxes(texts.entities_legend)}</Show>
    }
    .into_any()
}
