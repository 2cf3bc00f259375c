//! Renaming and removing an entity, each in a dialog that reads the entity from the page's latest list.

use super::*;
use espace_api::fields::Fields as _;

/// Renaming in a dialog: the current name to edit, the same checks as adding.
#[component]
pub fn RenameDialog(
    /// The page's list, where the entity is read from and which is refetched after.
    entities: EntityList,
    /// The entity being renamed; `None` closes the dialog.
    renaming: RwSignal<Option<EntityId>>,
    /// Where an error goes when it closes the dialog.
    page_error: RwSignal<Option<ApiError>>,
) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let toasts = use_toasts();
    let name = RwSignal::new(String::new());
    let entity = Memo::new(move |_| find(entities, renaming.get()));
    let rename = use_submit_or(
        |_: EntityField| "entity-rename",
        |(id, request): (EntityId, EntityRequest)| async move { api::entities::rename(id, &request).await },
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
    Effect::new(move |previous: Option<Option<EntityId>>| {
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
pub fn RemoveDialog(
    /// The page's list: the entity, the other entities to move to; refetched after.
    entities: EntityList,
    /// The entity being removed; `None` closes the dialog.
    removing: RwSignal<Option<EntityId>>,
    /// Where an error goes when it closes the dialog.
    page_error: RwSignal<Option<ApiError>>,
) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let toasts = use_toasts();
    let move_to = RwSignal::new(None::<EntityId>);
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
    let remove = use_submit_or(
        |field: RemoveEntityField| match field {
            RemoveEntityField::MoveTo => "entity-move-to",
        },
        |(id, request): (EntityId, RemoveEntityRequest)| async move { api::entities::remove(id, &request).await },
        move |()| {
            removing.set(None);
            toasts.show("entities-removed");
            entities.refetch();
        },
        move |error: &ApiError| match error.code {
            // Gone: the dialog closes and the page says so.
            ErrorCode::NotFound => {
                removing.set(None);
                page_error.set(Some(error.clone()));
                entities.refetch();
            }
            // Users arrived meanwhile, or the target went: the fresh list shows the choice again.
            ErrorCode::EntityNotEmpty | ErrorCode::Conflict => entities.refetch(),
            _ => {}
        },
    );
    // Each opening starts with no choice and no old error (an opening, not an answer).
    Effect::new(move |previous: Option<Option<EntityId>>| {
        let id = removing.get();
        if id.is_some() && previous.flatten() != id {
            move_to.set(None);
            remove.clear();
        }
        id
    });
    let on_submit = move |()| {
        let Some(current) = entity.get_untracked() else { return };
        let destination = move_to.get_untracked();
        if current.users > 0 && targets.with_untracked(Vec::is_empty) {
            // Nowhere to move them: the dialog says so; nothing to send.
            return;
        }
        let mut problems = Vec::new();
        if current.users > 0 && destination.is_none() {
            let field = RemoveEntityField::MoveTo.name().to_owned();
            problems.push(FieldError { field, code: FieldErrorCode::Required, max: None });
        }
        let request = RemoveEntityRequest { move_to: if current.users > 0 { destination } else { None } };
        remove.send((current.id, request), problems);
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
            <p class="hint" id="entity-move-to-hint">
                {i18n::msg("entities-remove-scopes")}
            </p>
            <div class="field">
                <label for="entity-move-to">{i18n::msg("entities-move-to")}<RequiredMark /></label>
                <select
                    id="entity-move-to"
                    required=true
                    aria-invalid=move || remove.invalid(RemoveEntityField::MoveTo).get().to_string()
                    aria-describedby="entity-move-to-hint entity-move-to-error"
                    on:change=move |ev| {
                        move_to.set(event_target_value(&ev).parse().ok());
                        remove.forget(&[RemoveEntityField::MoveTo]);
                    }
                >
                    <option value="" prop:selected=move || move_to.get().is_none()>
                        {i18n::msg("entities-move-to-choose")}
                    </option>
                    <For each=move || targets.get() key=|e| e.id let:target>
                        <option value=target.id.0 prop:selected=move || move_to.get() == Some(target.id)>
                            {target.name}
                        </option>
                    </For>
                </select>
                <p id="entity-move-to-error" class="field-error">
                    {remove.error(RemoveEntityField::MoveTo)}
                </p>
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
            {move || remove.failure_beside_fields().map(|error| view! { <ErrorPanel error=error /> })}
            {body}
        </FormDialog>
    }
}
