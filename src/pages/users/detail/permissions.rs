//! The user's level and scope, and the form that changes them.

use super::*;
use espace_api::users::PermissionsField;
use espace_api::EntityId;

use crate::components::form::use_submit;

/// The level the choices make: no box, User; the whole company, Administrator; else Team
/// administrator of the entities checked.
fn chosen_role(admin: bool, all: bool) -> Role {
    match (admin, all) {
        (false, _) => Role::User,
        (true, true) => Role::Admin,
        (true, false) => Role::TeamAdmin,
    }
}

/// The user's level and scope: "Administrator role", the scope, Confirm (after the help
/// centre's "Edit the admin level"); read-only on one's own page or beyond one's scope.
#[component]
pub fn PermissionsSection(
    /// The user as loaded: their level, scope and version.
    user: UserDetail,
    /// The entities in the reader's reach, for the scope.
    entities: Entities,
    /// Whether the reader may change them: another user within the reader's scope.
    editable: bool,
    /// Whether the user is the reader, who then reads why nothing can change.
    is_self: bool,
    /// Whether the reader is an administrator: only they give the whole company.
    reader_admin: bool,
    /// Called once the change is saved.
    #[prop(into)]
    on_changed: Callback<()>,
) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let role_id = i18n::role_name_id(user.role);
    let scope_names: Vec<String> = user.scope.iter().map(|e| e.name.clone()).collect();
    let scope_text = move || match user.role {
        Role::Admin => Some(i18n.tr("users-permissions-scope-all")),
        Role::TeamAdmin => Some(i18n::list_text(i18n::language(), &scope_names)),
        Role::User => None,
    };
    let facts = move || {
        view! {
            <dl class="facts">
                <dt>{i18n::msg("users-col-role")}</dt>
                <dd>{move || i18n.tr(role_id)}</dd>
                {(user.role != Role::User)
                    .then(|| {
                        view! {
                            <dt>{i18n::msg("users-permissions-scope")}</dt>
                            <dd>
                                <bdi>{scope_text.clone()}</bdi>
                            </dd>
                        }
                    })}
            </dl>
        }
    };
    view! {
        <section class="card permissions" aria-labelledby="permissions-title" data-testid="permissions">
            <h2 id="permissions-title">{i18n::msg("users-permissions-title")}</h2>
            {if editable {
                view! {
                    <PermissionsForm
                        user=user.clone()
                        entities=entities
                        reader_admin=reader_admin
                        on_changed=on_changed
                    />
                }
                    .into_any()
            } else {
                view! {
                    {facts()}
                    {is_self
                        .then(|| {
                            view! {
                                <p class="hint" data-testid="permissions-own">
                                    {i18n::msg("users-permissions-own")}
                                </p>
                            }
                        })}
                }
                    .into_any()
            }}
        </section>
    }
}

/// The Permissions section's form.
#[component]
fn PermissionsForm(
    /// The user as loaded: their level, scope and version.
    user: UserDetail,
    /// The entities in the reader's reach, for the scope.
    entities: Entities,
    /// Whether the reader is an administrator: only they give the whole company.
    reader_admin: bool,
    /// Called once the change is saved.
    on_changed: Callback<()>,
) -> impl IntoView {
    let toasts = use_toasts();
    let (id, version) = (user.id, user.version);
    let held: Vec<EntityId> = user.scope.iter().map(|e| e.id).collect();
    let admin = RwSignal::new(user.role != Role::User);
    // "All entities" is the article's default for a new administrator; a team administrator
    // reader can only give their own entities.
    let all = RwSignal::new(reader_admin && user.role != Role::TeamAdmin);
    let chosen = RwSignal::new(held.clone());
    let unchanged = RwSignal::new(false);
    let (role_before, mut scope_before) = (user.role, held);
    scope_before.sort_unstable();

    let confirm = use_submit(
        |field: PermissionsField| match field {
            PermissionsField::Role => "permissions-admin",
            PermissionsField::Scope => "permissions-scope",
        },
        move |request: PermissionsRequest| async move { api::users::set_permissions(id, &request).await },
        move |_| {
            toasts.show("users-permissions-saved");
            on_changed.run(());
        },
    );
    let scope_error = confirm.error(PermissionsField::Scope);
    let pending = confirm.pending();
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if pending.get_untracked() {
            return;
        }
        let role = chosen_role(admin.get_untracked(), reader_admin && all.get_untracked());
        let mut scope = if role == Role::TeamAdmin { chosen.get_untracked() } else { Vec::new() };
        scope.sort_unstable();
        let same_scope = role != Role::TeamAdmin || scope == scope_before;
        if role == role_before && same_scope {
            confirm.clear();
            unchanged.set(true);
            return;
        }
        unchanged.set(false);
        let request = PermissionsRequest { role, scope, version };
        let problems = request.validate();
        confirm.send(request, problems);
    };
    // A single entity in reach is the only scope there can be.
    let on_admin = move |ev| {
        let on = event_target_checked(&ev);
        admin.set(on);
        unchanged.set(false);
        if on && chosen.with_untracked(Vec::is_empty) {
            if let [only] = entities_now(entities).as_slice() {
                chosen.set(vec![only.id]);
            }
        }
    };
    let toggle = move |(entity, on): (EntityId, bool)| {
        unchanged.set(false);
        chosen.update(|c| {
            c.retain(|x| *x != entity);
            if on {
                c.push(entity);
            }
        });
    };
    let kinds = vec![
        RadioOption {
            value: true,
            id: "permissions-scope-all",
            label: "users-permissions-scope-all",
            help: "users-permissions-scope-all-help",
        },
        RadioOption {
            value: false,
            id: "permissions-scope-chosen",
            label: "users-permissions-scope-chosen",
            help: "users-permissions-scope-chosen-help",
        },
    ];
    let current_scope = StoredValue::new(user.scope.clone());
    view! {
        <form class="permissions-form" on:submit=on_submit novalidate=true>
            <p class="hint">{i18n::msg("users-permissions-hint")}</p>
            <div class="checkbox">
                <input type="checkbox" id="permissions-admin" prop:checked=admin on:change=on_admin />
                <label for="permissions-admin">{i18n::msg("users-permissions-admin")}</label>
            </div>
            <Show when=move || {
                admin.get()
            }>
                {reader_admin
                    .then(|| {
                        view! {
                            <fieldset class="field roles">
                                <legend>{i18n::msg("users-permissions-scope")}</legend>
                                <RadioCards
                                    name="permissions-scope-kind"
                                    options=kinds.clone()
                                    selected=Signal::derive(move || Some(all.get()))
                                    on_choose=move |whole| {
                                        all.set(whole);
                                        unchanged.set(false);
                                    }
                                />
                            </fieldset>
                        }
                    })} <Show when=move || !(reader_admin && all.get())>
                    <ScopeBoxes
                        id="permissions-scope"
                        legend=Signal::derive(move || {
                            i18n::t(if reader_admin { "users-permissions-entities" } else { "users-permissions-scope" })
                        })
                        entities=entities
                        current=current_scope.get_value()
                        chosen=chosen
                        on_toggle=toggle
                        error=scope_error
                    />
                </Show>
            </Show>
            {move || {
                confirm
                    .failure_beside_fields()
                    .map(|error| match error.code {
                        ErrorCode::Conflict => {
                            view! {
                                <div class="error-panel" role="alert">
                                    <p class="error-message">{move || i18n::error_text(ErrorCode::Conflict)}</p>
                                    <p>{i18n::msg("users-permissions-conflict-help")}</p>
                                    <button type="button" class="button secondary" on:click=move |_| on_changed.run(())>
                                        {i18n::msg("users-edit-reload")}
                                    </button>
                                </div>
                            }
                                .into_any()
                        }
                        _ => view! { <ErrorPanel error=error /> }.into_any(),
                    })
            }}
            <p class="hint" role="status">
                {move || unchanged.get().then(|| i18n::t("users-permissions-unchanged"))}
            </p>
            <div class="form-buttons">
                <button
                    type="submit"
                    class="button primary"
                    disabled=move || pending.get()
                    data-testid="confirm-permissions"
                >
                    {i18n::msg("users-permissions-confirm")}
                </button>
            </div>
        </form>
    }
}
