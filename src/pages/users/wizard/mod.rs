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
use crate::components::form::field::{FieldValue, RequiredMark, RequiredNote, TextField};
use crate::components::form::{use_submit_summarised, RadioCards, RadioOption};
use crate::components::load_error::LoadingLine;
use crate::components::page_title::use_page_title;
use crate::components::stepper::Stepper;
use crate::components::toast::use_toasts;
use crate::i18n;
use crate::pages::users::entity_fields::{entities_now, load_entities, Entities, EntitySelect, ScopeBoxes};
use crate::session::use_session;
use draft::{Draft, Step};

mod steps;
use steps::{OptionsStep, ServicesStep, SummaryStep};

mod identity;
use identity::IdentityStep;

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
            <p class="back">
                <A href="/users">{i18n::msg("users-back-to-list")}</A>
            </p>
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

    let go = move |to: Step| {
        failure.set(None);
        draft.update(|d| d.step = to);
    };
    // What follows the answer runs inside the action, once it is in. Fields in error are all
    // on the identity step: it comes back, and the summary above it takes focus.
    let navigate_done = navigate.clone();
    let create = use_submit_summarised(
        input_id,
        (summary_focus, Callback::new(move |()| go(Step::Identity))),
        |request: CreateUserRequest| async move { api::users::create(&request).await },
        move |user| {
            let invited = draft.with_untracked(|d| d.send_activation);
            draft::clear();
            toasts.show(if invited { "wizard-done-invited" } else { "wizard-done-created" });
            navigate_done(&format!("/users/{}", user.id), Default::default());
        },
        move |error| {
            if error.code == ErrorCode::NoSeatsLeft && draft.with_untracked(|d| d.assign_services) {
                go(Step::Services);
                catalogue.refetch();
            }
            failure.set(Some(error.clone()));
        },
    );
    let errors = create.errors();
    let pending = create.pending();
    let validate = move |fields: &[UserField]| {
        let found = draft.with_untracked(|d| d.request().validate());
        let among = |e: &FieldError| fields.iter().any(|f| f.name() == e.field);
        errors.update(|errs| {
            errs.retain(|e| !among(e));
            errs.extend(found.into_iter().filter(among));
        });
    };
    let error_text = move |field: UserField| create.error(field);
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
    let on_finish = move |_| {
        let request = draft.with_untracked(Draft::request);
        let problems = request.validate();
        if problems.is_empty() {
            failure.set(None);
        }
        create.send(request, problems);
    };

    let steps = Signal::derive(move || {
        draft.with(|d| d.steps().into_iter().map(|s| (s.key(), i18n.tr(step_label_id(s)))).collect::<Vec<_>>())
    });
    view! {
        <Stepper label=i18n::msg("wizard-steps-label") steps=steps current=Signal::derive(move || step.get().key()) />
        <ErrorSummary items=summary_items focus_on=summary_focus />
        {move || failure.get().map(|error| view! { <ErrorPanel error=error /> })}
        <div class="card wizard-step">
            <h2 id="wizard-step-heading" tabindex="-1">
                {move || i18n.tr(step_label_id(step.get()))}
            </h2>
            <RequiredNote />
            {move || match step.get() {
                Step::Identity => {
                    view! {
                        <IdentityStep
                            draft=draft
                            entities=entities
                            reader_admin=reader_admin
                            error_text=error_text
                            validate=validate
                        />
                    }
                        .into_any()
                }
                Step::Services => view! { <ServicesStep draft=draft catalogue=catalogue /> }.into_any(),
                Step::Options => view! { <OptionsStep draft=draft /> }.into_any(),
                Step::Summary => {
                    view! { <SummaryStep draft=draft catalogue=catalogue entities=entities go=go /> }.into_any()
                }
            }}
        </div>
        <div class="wizard-buttons">
            <button
                type="button"
                class="button secondary"
                on:click=move |_| {
                    if draft.with_untracked(Draft::is_blank) {
                        draft::clear();
                        navigate("/users", Default::default());
                    } else {
                        confirm_cancel.set(true);
                    }
                }
            >
                {i18n::msg("wizard-cancel")}
            </button>
            <span class="spacer"></span>
            <Show when=move || step.get() != Step::Identity>
                <button
                    type="button"
                    class="button secondary"
                    data-testid="back"
                    on:click=move |_| go(draft.with_untracked(Draft::previous))
                >
                    {i18n::msg("wizard-back")}
                </button>
            </Show>
            <Show
                when=move || step.get() == Step::Summary
                fallback=move || {
                    view! {
                        <button type="button" class="button primary" data-testid="next" on:click=on_next>
                            {i18n::msg("wizard-next")}
                        </button>
                    }
                }
            >
                <button
                    type="button"
                    class="button primary"
                    data-testid="finish"
                    disabled=move || pending.get()
                    aria-busy=move || pending.get().to_string()
                    on:click=on_finish
                >
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
