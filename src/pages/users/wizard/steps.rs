//! The wizard's later steps: services, options and the summary.

use super::*;
use crate::components::load_error::FailedLoad;

#[component]
pub fn ServicesStep(
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
            Some(Err(error)) => view! { <FailedLoad error=error retry=move |()| catalogue.refetch() /> }.into_any(),
            Some(Ok(space)) => {
                view! {
                    <ul class="cards service-choices" data-testid="service-choices">
                        {space
                            .services
                            .into_iter()
                            .map(|s| {
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
                                                draft
                                                    .update(|d| {
                                                        d.service_ids.retain(|x| *x != id);
                                                        if on {
                                                            d.service_ids.push(id);
                                                        }
                                                    });
                                            }
                                        />
                                        <label for=box_id.clone()>
                                            <bdi>{s.name}</bdi>
                                        </label>
                                        <p id=format!("{box_id}-seats") class="seats">
                                            {move || {
                                                if full() {
                                                    tr!(i18n, "wizard-service-full")
                                                } else {
                                                    tr!(i18n, "space-seats", { "used" => used, "total" => total })
                                                }
                                            }}
                                        </p>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                }
                    .into_any()
            }
        }}
    }
}

#[component]
pub fn OptionsStep(
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
                on:change=move |ev| {
                    let on = event_target_checked(&ev);
                    draft.update(|d| d.send_activation = on);
                }
            />
            <label for="wizard-send-activation">{i18n::msg("wizard-send-activation")}</label>
        </div>
        <p id="wizard-options-note" class="notice">
            {i18n::msg("wizard-options-note")}
        </p>
    }
}

#[component]
pub fn SummaryStep(
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
                <dt>{i18n::msg("profile-name")}</dt>
                <dd>
                    <bdi>{format!("{} {}", d.first_name.trim(), d.last_name.trim())}</bdi>
                </dd>
                <dt>{i18n::msg("wizard-entity")}</dt>
                <dd>
                    <bdi>{entity_name}</bdi>
                </dd>
                <dt>{i18n::msg("wizard-role")}</dt>
                <dd>{move || i18n.tr(role_id)}</dd>
                {(role == Role::TeamAdmin)
                    .then(|| {
                        view! {
                            <dt>{i18n::msg("wizard-scope")}</dt>
                            <dd data-testid="summary-scope">
                                <bdi>{scope_names}</bdi>
                            </dd>
                        }
                    })}
                <dt>{i18n::msg("wizard-email")}</dt>
                <dd>
                    <EmailAddress address=d.email.trim() />
                </dd>
                <dt>{i18n::msg("wizard-notification-email")}</dt>
                <dd>
                    <EmailAddress address=if d.notification_email.trim().is_empty() {
                        d.email.trim()
                    } else {
                        d.notification_email.trim()
                    } />
                </dd>
                <dt>{i18n::msg("profile-language")}</dt>
                <dd>{move || i18n.tr(lang_id)}</dd>
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
                            names
                                .into_iter()
                                .map(|n| {
                                    view! {
                                        <li>
                                            <bdi>{n}</bdi>
                                        </li>
                                    }
                                })
                                .collect_view()
                                .into_any()
                        }
                    }}
                </ul>
            </section>
        </Show>
        <section class="summary-part">
            <h3>{i18n::msg("wizard-step-options")} {edit(Step::Options)}</h3>
            <p>
                {move || {
                    if draft.with(|d| d.send_activation) {
                        tr!(i18n, "wizard-summary-send")
                    } else {
                        tr!(i18n, "wizard-summary-no-send")
                    }
                }}
            </p>
        </section>
    }
}
