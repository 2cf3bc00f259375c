//! `/users/new`: the add-user wizard, after the help centre's "Ajouter un utilisateur":
//! identity, services (when asked for), options, summary, then Finish.

pub mod draft;

use espace_api::fields::Fields as _;
use espace_api::services::MySpace;
use espace_api::users::{CreateUserRequest, Role, UserField};
use espace_api::{ApiError, ErrorCode, FieldError, Language};
use leptos::prelude::*;
use leptos_fluent::{tr, I18n};
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

use crate::api;
use crate::components::dialog::ConfirmDialog;
use crate::components::email_address::EmailAddress;
use crate::components::error_details::ErrorPanel;
use crate::components::error_summary::{ErrorSummary, SummaryItem};
use crate::components::focus::focus_by_id;
use crate::components::form::field::{field_error, FieldValue, RequiredMark, RequiredNote, TextField};
use crate::components::form::{RadioCards, RadioOption};
use crate::components::load_error::LoadingLine;
use crate::components::page_title::use_page_title;
use crate::components::stepper::Stepper;
use crate::components::toast::use_toasts;
use crate::i18n;
use crate::pages::users::entity_fields::{entities_now, load_entities, Entities, EntitySelect, ScopeBoxes};
use crate::session::use_session;
use draft::{Draft, Step};

fn input_id(field: UserField) -> &'static str {
    match field {
        UserField::FirstName => "wizard-first-name",
        UserField::LastName => "wizard-last-name",
        UserField::EntityId => "wizard-entity",
        UserField::Role => "wizard-role-user",
        UserField::Scope => "wizard-scope",
        UserField::Email => "wizard-email",
        UserField::NotificationEmail => "wizard-notification-email",
    }
}

fn field_label_id(field: UserField) -> &'static str {
    match field {
        UserField::Role => "wizard-role",
        other => input_id(other),
    }
}

fn step_label_id(step: Step) -> &'static str {
    match step {
        Step::Identity => "wizard-step-identity",
        Step::Services => "wizard-step-services",
        Step::Options => "wizard-step-options",
        Step::Summary => "wizard-step-summary",
    }
}

#[component]
pub fn AddUserPage() -> impl IntoView {
    use_page_title("wizard-title");
    let session = use_session();
    let sso = move || session.sso();
    view! {
        <section class="page narrow-wide">
            <p class="back"><A href="/users">{i18n::msg("users-back-to-list")}</A></p>
            <h1>{i18n::msg("wizard-title")}</h1>
            <Show when=move || !sso() fallback=|| view! { <p class="notice">{i18n::msg("wizard-sso")}</p> }>
                <Wizard />
            </Show>
        </section>
    }
}

#[component]
fn Wizard() -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let session = use_session();
    let toasts = use_toasts();
    let navigate = use_navigate();
    let company_language = session.with_me_untracked(|m| m.company.language).unwrap_or_default();
    let mut start = draft::load().unwrap_or_else(|| Draft::new(company_language));
    // Only an administrator makes administrators: a team administrator's scope is narrower.
    let reader_admin = session.is_admin_untracked();
    if !reader_admin && start.role == Some(Role::Admin) {
        start.role = None;
    }
    let draft = RwSignal::new(start);
    // Every change is saved at once: nothing typed is lost to a reload or a failed request.
    Effect::new(move |_| draft.with(draft::save));
    let errors = RwSignal::new(Vec::<FieldError>::new());
    // Bumped by each failed Next or Finish: the summary shows (and takes focus) from then on.
    let summary_focus = RwSignal::new(0u32);
    let failure = RwSignal::new(None::<ApiError>);
    let confirm_cancel = RwSignal::new(false);
    let catalogue = LocalResource::new(api::space::my_space);
    let entities = load_entities();
    // With a single entity in reach, it is the answer.
    Effect::new(move |_| {
        let single = entities
            .get()
            .and_then(Result::ok)
            .filter(|list| list.len() == 1)
            .and_then(|list| list.first().map(|e| e.id));
        if let Some(id) = single {
            if draft.with_untracked(|d| d.entity_id.is_none()) {
                draft.update(|d| d.entity_id = Some(id));
            }
        }
    });

    let step = Memo::new(move |_| draft.with(|d| d.step));
    // The step's heading takes focus when the step changes (not on first display).
    Effect::new(move |previous: Option<Step>| {
        let current = step.get();
        if previous.is_some_and(|p| p != current) {
            focus_by_id("wizard-step-heading");
        }
        current
    });

    let validate = move |fields: &[UserField]| {
        let found = draft.with_untracked(|d| d.request().validate());
        let among = |e: &FieldError| fields.iter().any(|f| f.name() == e.field);
        errors.update(|errs| {
            errs.retain(|e| !among(e));
            errs.extend(found.into_iter().filter(among));
        });
    };
    let error_text = move |field: UserField| field_error(errors, field.name());
    let summary_items = Signal::derive(move || {
        if summary_focus.get() == 0 {
            return Vec::new();
        }
        errors.with(|errs| {
            errs.iter()
                .filter_map(|e| UserField::of(&e.field).map(|field| (field, e)))
                .map(|(field, e)| SummaryItem {
                    target: input_id(field).to_owned(),
                    text: {
                        let mut args = std::collections::HashMap::new();
                        args.insert("field".into(), i18n.tr(field_label_id(field)).into());
                        args.insert("error".into(), i18n::field_error_text(e.code, e.max).into());
                        i18n.tr_with_args("form-error-summary-item", &args)
                    },
                })
                .collect()
        })
    });
    let go = move |to: Step| {
        failure.set(None);
        draft.update(|d| d.step = to);
    };
    let on_next = move |_| {
        if step.get_untracked() == Step::Identity {
            validate(UserField::ALL);
            if errors.with_untracked(|e| !e.is_empty()) {
                summary_focus.update(|n| *n += 1);
                return;
            }
        }
        go(draft.with_untracked(Draft::next));
    };
    // What follows the answer runs inside the action, once it is in.
    let navigate_done = navigate.clone();
    let create = Action::new_local(move |request: &CreateUserRequest| {
        let request = request.clone();
        let navigate = navigate_done.clone();
        async move {
            match api::users::create(&request).await {
                Ok(user) => {
                    draft::clear();
                    toasts.show(if request.send_activation { "wizard-done-invited" } else { "wizard-done-created" });
                    navigate(&format!("/users/{}", user.id), Default::default());
                }
                Err(error) if error.fields.iter().any(|f| UserField::of(&f.field).is_some()) => {
                    errors.set(error.fields);
                    go(Step::Identity);
                    summary_focus.update(|n| *n += 1);
                }
                Err(error) => {
                    if error.code == ErrorCode::NoSeatsLeft && draft.with_untracked(|d| d.assign_services) {
                        go(Step::Services);
                        catalogue.refetch();
                    }
                    failure.set(Some(error));
                }
            }
        }
    });
    let pending = create.pending();
    let on_finish = move |_| {
        if pending.get_untracked() {
            return;
        }
        validate(UserField::ALL);
        if errors.with_untracked(|e| !e.is_empty()) {
            go(Step::Identity);
            summary_focus.update(|n| *n += 1);
            return;
        }
        failure.set(None);
        create.dispatch(draft.with_untracked(Draft::request));
    };

    let steps = Signal::derive(move || {
        draft.with(|d| d.steps().into_iter().map(|s| (s.key(), i18n.tr(step_label_id(s)))).collect::<Vec<_>>())
    });
    view! {
        <Stepper label=i18n::msg("wizard-steps-label") steps=steps current=Signal::derive(move || step.get().key()) />
        <ErrorSummary items=summary_items focus_on=summary_focus />
        {move || failure.get().map(|error| view! { <ErrorPanel error=error /> })}
        <div class="card wizard-step">
            <h2 id="wizard-step-heading" tabindex="-1">{move || i18n.tr(step_label_id(step.get()))}</h2>
            <RequiredNote />
            {move || match step.get() {
                Step::Identity => view! {
                    <IdentityStep draft=draft entities=entities reader_admin=reader_admin error_text=error_text validate=validate />
                }
                .into_any(),
                Step::Services => view! { <ServicesStep draft=draft catalogue=catalogue /> }.into_any(),
                Step::Options => view! { <OptionsStep draft=draft /> }.into_any(),
                Step::Summary => view! { <SummaryStep draft=draft catalogue=catalogue entities=entities go=go /> }.into_any(),
            }}
        </div>
        <div class="wizard-buttons">
            <button type="button" class="button secondary" on:click=move |_| {
                if draft.with_untracked(Draft::is_blank) { draft::clear(); navigate("/users", Default::default()); } else { confirm_cancel.set(true); }
            }>{i18n::msg("wizard-cancel")}</button>
            <span class="spacer"></span>
            <Show when=move || step.get() != Step::Identity>
                <button type="button" class="button secondary" data-testid="back" on:click=move |_| go(draft.with_untracked(Draft::previous))>
                    {i18n::msg("wizard-back")}
                </button>
            </Show>
            <Show
                when=move || step.get() == Step::Summary
                fallback=move || view! {
                    <button type="button" class="button primary" data-testid="next" on:click=on_next>{i18n::msg("wizard-next")}</button>
                }
            >
                <button type="button" class="button primary" data-testid="finish" disabled=move || pending.get() aria-busy=move || pending.get().to_string() on:click=on_finish>
                    {i18n::msg("wizard-finish")}
                </button>
            </Show>
        </div>
        <ConfirmDialog
            open=confirm_cancel
            title=i18n::msg("wizard-discard-title")
            body=i18n::msg("wizard-discard-body")
            confirm_label=i18n::msg("wizard-discard")
            danger=Signal::derive(|| true)
            on_confirm=move |_| {
                draft::clear();
                confirm_cancel.set(false);
                window().location().set_href("/users").ok();
            }
            on_cancel=move |_| confirm_cancel.set(false)
        />
    }
}

#[component]
fn IdentityStep(
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
    let pick_entity = move |picked: Option<i64>| {
        draft.update(|d| d.entity_id = picked);
        validate(&[UserField::EntityId]);
    };
    let toggle_scope = move |(entity, on): (i64, bool)| {
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
        <fieldset class="field roles" aria-describedby="wizard-role-error" aria-invalid=move || role_error.with(Option::is_some).to_string()>
            <legend>{i18n::msg("wizard-role")}<RequiredMark /></legend>
            <RadioCards
                name="wizard-role"
                options=roles
                selected=Signal::derive(move || draft.with(|d| d.role))
                on_choose=choose_role
                wire=Role::as_str
            />
            <p id="wizard-role-error" class="field-error">{move || role_error.get()}</p>
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
            <select id="wizard-language" on:change=move |ev| {
                let lang = Language::from_tag(&event_target_value(&ev)).unwrap_or_default();
                draft.update(|d| d.language = lang);
            }>
                <option value="fr" selected=move || draft.with(|d| d.language == Language::Fr)>{i18n::msg("language-fr")}</option>
                <option value="en" selected=move || draft.with(|d| d.language == Language::En)>{i18n::msg("language-en")}</option>
            </select>
        </div>
        <div class="checkbox">
            <input
                type="checkbox"
                id="wizard-assign"
                prop:checked=move || draft.with(|d| d.assign_services)
                on:change=move |ev| { let on = event_target_checked(&ev); draft.update(|d| d.assign_services = on); }
            />
            <label for="wizard-assign">{i18n::msg("wizard-assign-services")}</label>
        </div>
    }
}

#[component]
fn ServicesStep(
    /// The wizard's answers.
    draft: RwSignal<Draft>,
    /// The company's services and their seats.
    catalogue: LocalResource<Result<MySpace, ApiError>>,
) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    view! {
        <p>{i18n::msg("wizard-services-intro")}</p>
        {move || match catalogue.get() {
            None => view! { <LoadingLine /> }.into_any(),
            Some(Err(error)) => view! { <ErrorPanel error=error /> }.into_any(),
            Some(Ok(space)) => view! {
                <ul class="cards service-choices" data-testid="service-choices">
                    {space.services.into_iter().map(|s| {
                        let (used, total) = (s.seats_used.unwrap_or(0), s.seats_total.unwrap_or(0));
                        let id = s.id;
                        let chosen = move || draft.with(|d| d.service_ids.contains(&id));
                        let full = move || used >= total && !chosen();
                        let box_id = format!("wizard-service-{id}");
                        view! {
                            <li class="card" class:chosen=chosen class:full=full>
                                <input
                                    type="checkbox"
                                    id=box_id.clone()
                                    disabled=full
                                    aria-describedby=format!("{box_id}-seats")
                                    prop:checked=chosen
                                    on:change=move |ev| {
                                        let on = event_target_checked(&ev);
                                        draft.update(|d| { d.service_ids.retain(|x| *x != id); if on { d.service_ids.push(id); } });
                                    }
                                />
                                <label for=box_id.clone()><bdi>{s.name}</bdi></label>
                                <p id=format!("{box_id}-seats") class="seats">
                                    {move || if full() { tr!(i18n, "wizard-service-full") } else { tr!(i18n, "space-seats", { "used" => used, "total" => total }) }}
                                </p>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            }
            .into_any(),
        }}
    }
}

#[component]
fn OptionsStep(
    /// The wizard's answers.
    draft: RwSignal<Draft>,
) -> impl IntoView {
    view! {
        <div class="checkbox">
            <input
                type="checkbox"
                id="wizard-send-activation"
                aria-describedby="wizard-options-note"
                prop:checked=move || draft.with(|d| d.send_activation)
                on:change=move |ev| { let on = event_target_checked(&ev); draft.update(|d| d.send_activation = on); }
            />
            <label for="wizard-send-activation">{i18n::msg("wizard-send-activation")}</label>
        </div>
        <p id="wizard-options-note" class="notice">{i18n::msg("wizard-options-note")}</p>
    }
}

#[component]
fn SummaryStep(
    /// The wizard's answers.
    draft: RwSignal<Draft>,
    /// The company's services, to name the ones chosen.
    catalogue: LocalResource<Result<MySpace, ApiError>>,
    /// The entities in reach, to name the entity and the scope chosen.
    entities: Entities,
    /// Goes back to a step to change it.
    go: impl Fn(Step) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let d = draft.get_untracked();
    let role = d.role.unwrap_or(Role::User);
    let role_id = i18n::role_name_id(role);
    let entity_id = d.entity_id;
    let entity_name = move || {
        entities
            .get()
            .and_then(Result::ok)
            .and_then(|list| list.into_iter().find(|e| Some(e.id) == entity_id))
            .map(|e| e.name)
    };
    let scope = d.scope.clone();
    let scope_names = move || {
        let names: Vec<String> = entities
            .get()
            .and_then(Result::ok)
            .map(|list| list.into_iter().filter(|e| scope.contains(&e.id)).map(|e| e.name).collect())
            .unwrap_or_default();
        i18n::list_text(i18n::language(), &names)
    };
    let lang_id = i18n::language_name_id(d.language);
    let service_names = move || {
        let ids = draft.with(|d| d.service_ids.clone());
        catalogue
            .get()
            .and_then(Result::ok)
            .map(|space| space.services.into_iter().filter(|s| ids.contains(&s.id)).map(|s| s.name).collect::<Vec<_>>())
            .unwrap_or_default()
    };
    // "Modifier" three times would name three buttons alike: each also names its part, out
    // of sight, after the visible word (which stays first, for voice control).
    let edit = move |to: Step| {
        view! {
            <button type="button" class="link-button" data-edit=to.key() on:click=move |_| go(to)>
                {i18n::msg("wizard-edit")}
                <span class="visually-hidden">" "{move || i18n.tr(step_label_id(to))}</span>
            </button>
        }
    };
    view! {
        <section class="summary-part">
            <h3>{i18n::msg("wizard-step-identity")} {edit(Step::Identity)}</h3>
            <dl class="facts">
                <dt>{i18n::msg("profile-name")}</dt><dd><bdi>{format!("{} {}", d.first_name.trim(), d.last_name.trim())}</bdi></dd>
                <dt>{i18n::msg("wizard-entity")}</dt><dd><bdi>{entity_name}</bdi></dd>
                <dt>{i18n::msg("wizard-role")}</dt><dd>{move || i18n.tr(role_id)}</dd>
                {(role == Role::TeamAdmin).then(|| view! {
                    <dt>{i18n::msg("wizard-scope")}</dt><dd data-testid="summary-scope"><bdi>{scope_names}</bdi></dd>
                })}
                <dt>{i18n::msg("wizard-email")}</dt><dd><EmailAddress address=d.email.trim() /></dd>
                <dt>{i18n::msg("wizard-notification-email")}</dt>
                <dd><EmailAddress address=if d.notification_email.trim().is_empty() { d.email.trim() } else { d.notification_email.trim() } /></dd>
                <dt>{i18n::msg("profile-language")}</dt><dd>{move || i18n.tr(lang_id)}</dd>
            </dl>
        </section>
        <Show when=move || draft.with(|d| d.assign_services)>
            <section class="summary-part">
                <h3>{i18n::msg("wizard-step-services")} {edit(Step::Services)}</h3>
                <ul class="plain-list" data-testid="summary-services">
                    {move || {
                        let names = service_names();
                        if names.is_empty() {
                            view! { <li>{i18n::msg("users-detail-no-services")}</li> }.into_any()
                        } else {
                            names.into_iter().map(|n| view! { <li><bdi>{n}</bdi></li> }).collect_view().into_any()
                        }
                    }}
                </ul>
            </section>
        </Show>
        <section class="summary-part">
            <h3>{i18n::msg("wizard-step-options")} {edit(Step::Options)}</h3>
            <p>{move || if draft.with(|d| d.send_activation) { tr!(i18n, "wizard-summary-send") } else { tr!(i18n, "wizard-summary-no-send") }}</p>
        </section>
    }
}
