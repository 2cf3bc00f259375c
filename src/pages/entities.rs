//! `/entities` (Administrators): the company's entities with their user counts; add, rename,
//! and remove one, moving its users (and the team administrators' scopes) elsewhere first.

use espace_api::entities::{Entity, EntityField, EntityRequest, RemoveEntityField, RemoveEntityRequest};
use espace_api::{ApiError, EntityId, ErrorCode, FieldError, FieldErrorCode};
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos_fluent::{tr, I18n};
use leptos_router::components::A;

use crate::api;
use crate::api::client::ApiResult;
use crate::components::error_details::ErrorPanel;
use crate::components::form::field::{RequiredMark, TextField};
use crate::components::form::{use_submit, use_submit_or};
use crate::components::form_dialog::FormDialog;
use crate::components::load_error::Loaded;
use crate::components::page_title::use_page_title;
use crate::components::toast::use_toasts;
use crate::i18n;

mod dialogs;
use dialogs::{RemoveDialog, RenameDialog};

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

fn find(entities: EntityList, id: Option<EntityId>) -> Option<Entity> {
    let id = id?;
    entities
        .with(|list| list.as_ref().and_then(|r| r.as_ref().ok()).and_then(|l| l.iter().find(|e| e.id == id).cloned()))
}

#[component]
pub fn EntitiesPage() -> impl IntoView {
    use_page_title("entities-title");
    let entities: EntityList = LocalResource::new(api::entities::list);
    // Ids, not copies: the dialogs read the entity from the latest list (fresh user counts).
    let renaming = RwSignal::new(None::<EntityId>);
    let removing = RwSignal::new(None::<EntityId>);
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
                    on_rename=move |id| {
                        page_error.set(None);
                        renaming.set(Some(id));
                    }
                    on_remove=move |id| {
                        page_error.set(None);
                        removing.set(Some(id));
                    }
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
    on_rename: Callback<EntityId>,
    /// Opens the remove dialog for this entity id.
    #[prop(into)]
    on_remove: Callback<EntityId>,
) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    if entities.is_empty() {
        return view! {
            <p class="empty" data-testid="entities-empty">
                {i18n::msg("entities-empty")}
            </p>
        }
        .into_any();
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
                <tr data-entity-id=id.0>
                    <th scope="row">
                        <bdi>{name}</bdi>
                    </th>
                    <td class="num">
                        <A href=format!("/users?entity={id}")>{users}</A>
                    </td>
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
        <p class="result-count" role="status">
            {move || tr!(i18n, "entities-count", { "count" => count })}
        </p>
        <div class="table-wrap">
            <table class="users-table entities-table" data-testid="entities-table">
                <thead>
                    <tr>
                        <th scope="col">{i18n::msg("entities-col-name")}</th>
                        <th scope="col" class="num">
                            {i18n::msg("entities-col-users")}
                        </th>
                        <th scope="col">
                            <span class="visually-hidden">{i18n::msg("entities-col-actions")}</span>
                        </th>
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
                <button
                    type="submit"
                    class="button primary"
                    aria-disabled=move || add.pending().get().to_string()
                    data-testid="add-entity"
                >
                    {i18n::msg("entities-add")}
                </button>
            </div>
        </form>
    }
}
