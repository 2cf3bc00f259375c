//! `/entities` (Administrators): the company's entities with their user counts; add, rename,
//! and remove one, moving its users (and the team administrators' scopes) elsewhere first.

use espace_api::entities::{Entity, EntityField, EntityRequest, RemoveEntityRequest};
use espace_api::{ApiError, ErrorCode, FieldError, FieldErrorCode};
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos_fluent::{tr, I18n};
use leptos_router::components::A;

use crate::api;
use crate::api::client::ApiResult;
use crate::components::error_details::ErrorPanel;
use crate::components::focus::focus_by_id;
use crate::components::form::field::{RequiredMark, TextField};
use crate::components::form::{use_submit, use_submit_or};
use crate::components::form_dialog::FormDialog;
use crate::components::load_error::Loaded;
use crate::components::page_title::use_page_title;
use crate::components::toast::use_toasts;
use crate::i18n;

/// A name field's error in words; "taken" says the entity name is, not an e-mail address.
fn name_error_text(error: &FieldError) -> String {
    if error.code == FieldErrorCode::Taken {
        i18n::t("entities-name-taken")
    } else {
        i18n::field_error_text(error.code, error.max)
    }
}

/// The page's list, shared with the dialogs: one request, refetched after every change.
type EntityList = LocalResource<ApiResult<Vec<Entity>>>;

fn find(entities: EntityList, id: Option<i64>) -> Option<Entity> {
    let id = id?;
    entities
        .with(|list| list.as_ref().and_then(|r| r.as_ref().ok()).and_then(|l| l.iter().find(|e| e.id == id).cloned()))
}

#[component]
pub fn EntitiesPage() -> impl IntoView {
    use_page_title("entities-title");
    let entities: EntityList = LocalResource::new(api::entities::list);
    // Ids, not copies: the dialogs read the entity from the latest list (fresh user counts).
    let renaming = RwSignal::new(None::<i64>);
    let removing = RwSignal::new(None::<i64>);
    // An error that closed its dialog (the entity no longer exists).
    let page_error = RwSignal::new(None::<ApiError>);

    view! {
        <section class="page entities-page">
            <h1>{i18n::msg("entities-title")}</h1>
            <p class="hint">{i18n::msg("entities-intro")}</p>
            {move || page_error.get().map(|error| view! { <ErrorPanel error=error /> })}
            <Loaded resource=entities let:list>
                <EntitiesTable
                    entities=list
                    on_rename=move |id| { page_error.set(None); renaming.set(Some(id)) }
                    on_remove=move |id| { page_error.set(None); removing.set(Some(id)) }
                />
            </Loaded>
            <AddEntityForm on_added=move |()| entities.refetch() />
            <RenameDialog entities=entities renaming=renaming page_error=page_error />
            <RemoveDialog entities=entities removing=removing page_error=page_error />
        </section>
    }
}

#[component]
fn EntitiesTable(
    /// The entities, as loaded.
    entities: Vec<Entity>,
    /// Opens the rename dialog for this entity id.
    #[prop(into)]
    on_rename: Callback<i64>,
    /// Opens the remove dialog for this entity id.
    #[prop(into)]
    on_remove: Callback<i64>,
) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    if entities.is_empty() {
        return view! { <p class="empty" data-testid="entities-empty">{i18n::msg("entities-empty")}</p> }.into_any();
    }
    let count = entities.len();
    let rows = entities
        .into_iter()
        .map(|entity| {
            let Entity { id, name, users } = entity;
            let label = move |message: &'static str, name: String| {
                move || {
                    let mut args = std::collections::HashMap::new();
                    args.insert("name".into(), name.clone().into());
                    i18n.tr_with_args(message, &args)
                }
            };
            let rename_label = label("entities-rename-label", name.clone());
            let remove_label = label("entities-remove-label", name.clone());
            view! {
                <tr data-entity-id=id>
                    <th scope="row"><bdi>{name}</bdi></th>
                    <td class="num"><A href=format!("/users?entity={id}")>{users}</A></td>
                    <td>
                        <div class="entity-actions">
                            <button
                                type="button"
                                class="button secondary small"
                                data-action="rename"
                                aria-label=rename_label
                                on:click=move |_| on_rename.run(id)
                            >
                                {i18n::msg("entities-rename")}
                            </button>
                            <button
                                type="button"
                                class="button danger-outline small"
                                data-action="remove"
                                aria-label=remove_label
                                on:click=move |_| on_remove.run(id)
                            >
                                {i18n::msg("entities-remove")}
                            </button>
                        </div>
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <p class="result-count" role="status">{move || tr!(i18n, "entities-count", { "count" => count })}</p>
        <div class="table-wrap">
            <table class="users-table entities-table" data-testid="entities-table">
                <thead>
                    <tr>
                        <th scope="col">{i18n::msg("entities-col-name")}</th>
                        <th scope="col" class="num">{i18n::msg("entities-col-users")}</th>
                        <th scope="col"><span class="visually-hidden">{i18n::msg("entities-col-actions")}</span></th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}

/// The "add an entity" form: checked here with the contract's rules, then by the server
/// (which also knows the names already taken); what was typed stays until it succeeds.
#[component]
fn AddEntityForm(
    /// Called after the server created it.
    #[prop(into)]
    on_added: Callback<()>,
) -> impl IntoView {
    let toasts = use_toasts();
    let name = RwSignal::new(String::new());
    let add = use_submit(
        |_: EntityField| "entity-name",
        |request: EntityRequest| async move { api::entities::create(&request).await },
        move |_| {
            name.set(String::new());
            toasts.show("entities-added");
            on_added.run(());
        },
    );
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let request = EntityRequest { name: name.get_untracked().trim().to_owned() };
        let problems = request.validate();
        add.send(request, problems);
    };
    view! {
        <form class="card entity-add" on:submit=on_submit novalidate=true aria-labelledby="entity-add-title">
            <h2 id="entity-add-title">{i18n::msg("entities-add-title")}</h2>
            {move || add.failure_beside_fields().map(|error| view! { <ErrorPanel error=error /> })}
            <TextField
                id="entity-name"
                label=i18n::msg("entities-name")
                value=name
                error=add.error_with(EntityField::Name, name_error_text)
                required=true
            />
            <div class="form-buttons">
                <button type="submit" class="button primary" aria-disabled=move || add.pending().get().to_string() data-testid="add-entity">
                    {i18n::msg("entities-add")}
                </button>
            </div>
        </form>
    }
}

/// Renaming in a dialog: the current name to edit, the same checks as adding.
#[component]
fn RenameDialog(
    /// The page's list, where the entity is read from and which is refetched after.
    entities: EntityList,
    /// The entity being renamed; `None` closes the dialog.
    renaming: RwSignal<Option<i64>>,
    /// Where an error goes when it closes the dialog.
    page_error: RwSignal<Option<ApiError>>,
) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let toasts = use_toasts();
    let name = RwSignal::new(String::new());
    let entity = Memo::new(move |_| find(entities, renaming.get()));
    let rename = use_submit_or(
        |_: EntityField| "entity-rename",
        |(id, request): (i64, EntityRequest)| async move { api::entities::rename(id, &request).await },
        move |_| {
            renaming.set(None);
            toasts.show("entities-renamed");
            entities.refetch();
        },
        move |error: &ApiError| match error.code {
            // Gone: the dialog closes and the page says so.
            ErrorCode::NotFound => {
                renaming.set(None);
                page_error.set(Some(error.clone()));
                entities.refetch();
            }
            ErrorCode::Conflict => entities.refetch(),
            _ => {}
        },
    );
    // Each opening starts from the entity's current name, with no old error (an opening, not
    // an action's answer).
    Effect::new(move |previous: Option<Option<i64>>| {
        let id = renaming.get();
        if id.is_some() && previous.flatten() != id {
            name.set(find(entities, id).map(|e| e.name).unwrap_or_default());
            rename.clear();
        }
        id
    });
    let on_submit = move |()| {
        let Some(current) = entity.get_untracked() else { return };
        let request = EntityRequest { name: name.get_untracked().trim().to_owned() };
        let problems = request.validate();
        if problems.is_empty() && request.name == current.name {
            // Nothing to change.
            renaming.set(None);
        } else {
            rename.send((current.id, request), problems);
        }
    };
    let title = move || {
        let current = entity.with(|e| e.as_ref().map(|e| e.name.clone())).unwrap_or_default();
        tr!(i18n, "entities-rename-title", { "name" => current })
    };
    view! {
        <FormDialog
            id="entity-rename-dialog"
            open=Signal::derive(move || entity.with(Option::is_some))
            title=Signal::derive(title)
            submit_label=i18n::msg("entities-rename-save")
            busy=rename.pending()
            on_submit=on_submit
            on_cancel=move |()| renaming.set(None)
        >
            {move || rename.failure_beside_fields().map(|error| view! { <ErrorPanel error=error /> })}
            <TextField
                id="entity-rename"
                label=i18n::msg("entities-name")
                value=name
                error=rename.error_with(EntityField::Name, name_error_text)
                required=true
            />
        </FormDialog>
    }
}

/// Removing in a dialog: an empty entity after a confirmation; one with users only by choosing
/// the entity they move to (team administrators' scopes follow).
#[component]
fn RemoveDialog(
    /// The page's list: the entity, the other entities to move to; refetched after.
    entities: EntityList,
    /// The entity being removed; `None` closes the dialog.
    removing: RwSignal<Option<i64>>,
    /// Where an error goes when it closes the dialog.
    page_error: RwSignal<Option<ApiError>>,
) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let toasts = use_toasts();
    let move_to = RwSignal::new(None::<i64>);
    let move_to_error = RwSignal::new(None::<String>);
    let entity = Memo::new(move |_| find(entities, removing.get()));
    let targets = Memo::new(move |_| {
        let id = removing.get();
        entities.with(|list| {
            list.as_ref()
                .and_then(|r| r.as_ref().ok())
                .map(|l| l.iter().filter(|e| Some(e.id) != id).cloned().collect::<Vec<_>>())
                .unwrap_or_default()
        })
    });
    let has_users = move || entity.with(|e| e.as_ref().is_some_and(|e| e.users > 0));
    // What follows the answer runs inside the action, once it is in; its value is the error
    // the dialog shows, if any.
    let remove = Action::new_local(move |(id, request): &(i64, RemoveEntityRequest)| {
        let (id, request) = (*id, *request);
        async move {
            match api::entities::remove(id, &request).await {
                Ok(()) => {
                    removing.set(None);
                    toasts.show("entities-removed");
                    entities.refetch();
                    None
                }
                Err(error) if error.code == ErrorCode::NotFound => {
                    removing.set(None);
                    page_error.set(Some(error));
                    entities.refetch();
                    None
                }
                // Users arrived meanwhile, or the target went: the fresh list shows the choice again.
                Err(error) => {
                    if matches!(error.code, ErrorCode::EntityNotEmpty | ErrorCode::Conflict) {
                        entities.refetch();
                    }
                    Some(error)
                }
            }
        }
    });
    // Each opening starts with no choice and no old error (an opening, not an answer).
    Effect::new(move |previous: Option<Option<i64>>| {
        let id = removing.get();
        if id.is_some() && previous.flatten() != id {
            move_to.set(None);
            move_to_error.set(None);
            remove.clear();
        }
        id
    });
    let on_submit = move |()| {
        let Some(current) = entity.get_untracked() else { return };
        remove.clear();
        let destination = move_to.get_untracked();
        if current.users > 0 && targets.with_untracked(Vec::is_empty) {
            // Nowhere to move them: the dialog says so; nothing to send.
            return;
        }
        if current.users > 0 && destination.is_none() {
            move_to_error.set(Some(i18n::field_error_text(FieldErrorCode::Required, None)));
            focus_by_id("entity-move-to");
            return;
        }
        move_to_error.set(None);
        let request = RemoveEntityRequest { move_to: if current.users > 0 { destination } else { None } };
        remove.dispatch((current.id, request));
    };
    let name = move || entity.with(|e| e.as_ref().map(|e| e.name.clone())).unwrap_or_default();
    let users = move || entity.with(|e| e.as_ref().map_or(0, |e| e.users));
    let body = move || {
        if !has_users() {
            return view! { <p>{move || tr!(i18n, "entities-remove-empty", { "name" => name() })}</p> }.into_any();
        }
        if targets.with(Vec::is_empty) {
            return view! {
                <p>{move || tr!(i18n, "entities-remove-has-users", { "name" => name(), "count" => users() })}</p>
                <p class="error-message">{i18n::msg("entities-remove-no-target")}</p>
            }
            .into_any();
        }
        view! {
            <p>{move || tr!(i18n, "entities-remove-has-users", { "name" => name(), "count" => users() })}</p>
            <p class="hint" id="entity-move-to-hint">{i18n::msg("entities-remove-scopes")}</p>
            <div class="field">
                <label for="entity-move-to">{i18n::msg("entities-move-to")}<RequiredMark /></label>
                <select
                    id="entity-move-to"
                    required=true
                    aria-invalid=move || move_to_error.with(Option::is_some).to_string()
                    aria-describedby="entity-move-to-hint entity-move-to-error"
                    on:change=move |ev| {
                        move_to.set(event_target_value(&ev).parse().ok());
                        move_to_error.set(None);
                    }
                >
                    <option value="" prop:selected=move || move_to.get().is_none()>{i18n::msg("entities-move-to-choose")}</option>
                    <For each=move || targets.get() key=|e| e.id let:target>
                        <option value=target.id prop:selected=move || move_to.get() == Some(target.id)>{target.name}</option>
                    </For>
                </select>
                <p id="entity-move-to-error" class="field-error">{move || move_to_error.get()}</p>
            </div>
        }
        .into_any()
    };
    view! {
        <FormDialog
            id="entity-remove-dialog"
            open=Signal::derive(move || entity.with(Option::is_some))
            title=Signal::derive(move || tr!(i18n, "entities-remove-title", { "name" => name() }))
            submit_label=i18n::msg("entities-remove-confirm")
            danger=true
            busy=remove.pending()
            on_submit=on_submit
            on_cancel=move |()| removing.set(None)
        >
            {move || remove.value().get().flatten().map(|error| view! { <ErrorPanel error=error /> })}
            {body}
        </FormDialog>
    }
}
