//! The selection's bar on the users list: how many are ticked, "select all matching", the
//! action to run on them (with its service or entity), confirmed by a dialog naming the action
//! and the count, run in parts with a progress bar, then the report.

use espace_api::bulk::{BulkAction, SELECTION_MAX};
use espace_api::users::UserListQuery;
use espace_api::{EntityId, ServiceId, UserId};
use leptos::prelude::*;
use leptos_fluent::{tr, I18n};

use super::bulk_report::BulkReportView;
use super::bulk_run::{run, Plan};
use super::selection::Selection;
use crate::api;
use crate::components::dialog::ConfirmDialog;
use crate::components::download::save_text;
use crate::components::error_details::ErrorPanel;
use crate::i18n;
use crate::pages::users::entity_fields::Entities;

#[component]
pub fn BulkBar(
    /// The people ticked.
    selection: Selection,
    /// The list's query: "select all matching" finds its ids.
    #[prop(into)]
    query: Signal<UserListQuery>,
    /// How many the query matches in all.
    #[prop(into)]
    matching: Signal<u32>,
    /// The entities a move can go to.
    entities: Entities,
    /// Called after a run: the list reloads.
    on_done: Callback<()>,
) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let chosen = RwSignal::new(None::<BulkAction>);
    let service = RwSignal::new(None::<ServiceId>);
    let entity = RwSignal::new(None::<EntityId>);
    let confirming = RwSignal::new(false);
    let progress = RwSignal::new((0usize, 0usize));
    let services = LocalResource::new(api::space::my_space);
    let problem = RwSignal::new(None::<&'static str>);

    let select_all = Action::new_local(move |q: &UserListQuery| {
        let q = q.clone();
        async move {
            let found = api::users::matching_ids(&q).await;
            if let Ok(found) = &found {
                selection.replace(found.ids.clone());
            }
            found
        }
    });
    let runner = Action::new_local(move |plan: &Plan| {
        let plan = plan.clone();
        async move {
            let outcome = run(plan, progress).await;
            if outcome.seats.is_none() && outcome.report.done() > 0 {
                selection.clear();
                on_done.run(());
            }
            outcome
        }
    });
    let exporter = Action::new_local(move |ids: &Vec<UserId>| {
        let ids = ids.clone();
        async move {
            let csv = api::users::export_selection(ids, i18n::language()).await;
            if let Ok(text) = &csv {
                save_text(&i18n::t("bulk-export-file"), "text/csv;charset=utf-8", text);
            }
            csv
        }
    });

    let count = move || selection.count();
    let needs_service = move || matches!(chosen.get(), Some(BulkAction::AssignService | BulkAction::RemoveService));
    let needs_entity = move || chosen.get() == Some(BulkAction::MoveToEntity);
    let plan = move || Plan {
        action: chosen.get_untracked().unwrap_or(BulkAction::Deactivate),
        ids: selection.ids(),
        service_id: service.get_untracked(),
        entity_id: entity.get_untracked(),
    };
    let apply = move |_| {
        let missing = match chosen.get_untracked() {
            None => Some("bulk-choose-action"),
            Some(BulkAction::AssignService | BulkAction::RemoveService) if service.get_untracked().is_none() => {
                Some("bulk-choose-service")
            }
            Some(BulkAction::MoveToEntity) if entity.get_untracked().is_none() => Some("bulk-choose-entity"),
            _ => None,
        };
        problem.set(missing);
        if missing.is_none() {
            confirming.set(true);
        }
    };
    let target_name = move || -> String {
        match chosen.get() {
            Some(BulkAction::AssignService | BulkAction::RemoveService) => services
                .get()
                .and_then(Result::ok)
                .and_then(|s| s.services.into_iter().find(|s| Some(s.id) == service.get()))
                .map(|s| s.words.of(i18n::language()).0.to_owned())
                .unwrap_or_default(),
            Some(BulkAction::MoveToEntity) => entities
                .get()
                .and_then(Result::ok)
                .and_then(|list| list.into_iter().find(|e| Some(e.id) == entity.get()))
                .map(|e| e.name)
                .unwrap_or_default(),
            _ => String::new(),
        }
    };
    let title = Signal::derive(move || {
        let Some(action) = chosen.get() else { return String::new() };
        let mut args = std::collections::HashMap::new();
        args.insert("count".into(), count().into());
        args.insert("target".into(), target_name().into());
        i18n.tr_with_args(&action.confirm_id(), &args)
    });
    let body = Signal::derive(move || {
        if chosen.get() == Some(BulkAction::AssignService) {
            format!("{} {}", i18n.tr("bulk-confirm-body"), i18n.tr("bulk-confirm-seats"))
        } else {
            i18n.tr("bulk-confirm-body")
        }
    });
    let danger = Signal::derive(move || {
        matches!(chosen.get(), Some(BulkAction::Deactivate | BulkAction::DeleteInvitation | BulkAction::RemoveService))
    });
    let confirm_label = Signal::derive(move || chosen.get().map(|a| i18n.tr(&a.message_id())).unwrap_or_default());
    let on_confirm = move |()| {
        confirming.set(false);
        if !runner.pending().get_untracked() {
            runner.dispatch(plan());
        }
    };
    let outcome = move || runner.value().get();
    let everyone_ticked = move || count() >= (matching.get() as usize).min(SELECTION_MAX);

    view! {
        <Show when=move || { count() > 0 || runner.pending().get() }>
            <div class="bulk-bar" role="region" aria-labelledby="bulk-count" data-testid="bulk-bar">
                <p id="bulk-count" class="bulk-count" role="status">
                    {move || tr!(i18n, "bulk-selected", { "count" => count() })}
                </p>
                <div class="bulk-selection">
                    <Show when=move || !everyone_ticked()>
                        <button
                            type="button"
                            class="link-button"
                            data-testid="select-all-matching"
                            aria-disabled=move || select_all.pending().get().to_string()
                            on:click=move |_| {
                                if !select_all.pending().get_untracked() {
                                    select_all.dispatch(query.get_untracked());
                                }
                            }
                        >
                            {move || tr!(i18n, "bulk-select-all", { "count" => matching.get() })}
                        </button>
                    </Show>
                    <Show when=move || { matching.get() as usize > SELECTION_MAX && everyone_ticked() }>
                        <p class="hint">{move || tr!(i18n, "bulk-select-capped", { "max" => SELECTION_MAX })}</p>
                    </Show>
                    <button
                        type="button"
                        class="link-button"
                        data-testid="clear-selection"
                        on:click=move |_| selection.clear()
                    >
                        {i18n::msg("bulk-clear")}
                    </button>
                    <button
                        type="button"
                        class="button secondary"
                        data-testid="export-selection"
                        aria-disabled=move || exporter.pending().get().to_string()
                        on:click=move |_| {
                            if !exporter.pending().get_untracked() {
                                exporter.dispatch(selection.ids());
                            }
                        }
                    >
                        {i18n::msg("bulk-export")}
                    </button>
                </div>
                <div class="bulk-form">
                    <div class="field">
                        <label for="bulk-action">{i18n::msg("bulk-action-label")}</label>
                        <select
                            id="bulk-action"
                            aria-describedby="bulk-problem"
                            on:change=move |ev| {
                                chosen.set(BulkAction::parse(&event_target_value(&ev)));
                                problem.set(None);
                            }
                        >
                            <option value="" selected=move || chosen.get().is_none()>
                                {i18n::msg("bulk-choose-action")}
                            </option>
                            {BulkAction::ALL
                                .into_iter()
                                .map(|a| {
                                    view! {
                                        <option value=a.as_str() selected=move || chosen.get() == Some(a)>
                                            {move || i18n.tr(&a.message_id())}
                                        </option>
                                    }
                                })
                                .collect_view()}
                        </select>
                    </div>
                    <Show when=needs_service>
                        <div class="field">
                            <label for="bulk-service">{i18n::msg("bulk-service-label")}</label>
                            <select
                                id="bulk-service"
                                on:change=move |ev| {
                                    service.set(event_target_value(&ev).parse().ok().map(ServiceId));
                                    problem.set(None);
                                }
                            >
                                <option value="">{i18n::msg("bulk-choose-service")}</option>
                                {move || {
                                    services
                                        .get()
                                        .and_then(Result::ok)
                                        .map(|space| {
                                            space
                                                .services
                                                .into_iter()
                                                .map(|s| {
                                                    let free = s
                                                        .seats_total
                                                        .unwrap_or(0)
                                                        .saturating_sub(s.seats_used.unwrap_or(0));
                                                    let name = s.words.of(i18n::language()).0.to_owned();
                                                    view! {
                                                        <option
                                                            value=s.id.0
                                                            selected=move || service.get() == Some(s.id)
                                                        >
                                                            {move || {
                                                                tr!(
                                                                    i18n, "bulk-service-option", { "name" => name.clone(), "free" => free }
                                                                )
                                                            }}
                                                        </option>
                                                    }
                                                })
                                                .collect_view()
                                        })
                                }}
                            </select>
                        </div>
                    </Show>
                    <Show when=needs_entity>
                        <div class="field">
                            <label for="bulk-entity">{i18n::msg("bulk-entity-label")}</label>
                            <select
                                id="bulk-entity"
                                on:change=move |ev| {
                                    entity.set(event_target_value(&ev).parse().ok().map(EntityId));
                                    problem.set(None);
                                }
                            >
                                <option value="">{i18n::msg("bulk-choose-entity")}</option>
                                {move || {
                                    entities
                                        .get()
                                        .and_then(Result::ok)
                                        .map(|list| {
                                            list.into_iter()
                                                .map(|e| {
                                                    view! {
                                                        <option
                                                            value=e.id.0
                                                            selected=move || entity.get() == Some(e.id)
                                                        >
                                                            {e.name}
                                                        </option>
                                                    }
                                                })
                                                .collect_view()
                                        })
                                }}
                            </select>
                        </div>
                    </Show>
                    <button
                        type="button"
                        class="button primary"
                        data-testid="bulk-apply"
                        aria-disabled=move || runner.pending().get().to_string()
                        on:click=apply
                    >
                        {i18n::msg("bulk-apply")}
                    </button>
                </div>
                <p id="bulk-problem" class="field-error" role="alert">
                    {move || problem.get().map(|id| i18n.tr(id))}
                </p>
            </div>
        </Show>
        <Show when=move || runner.pending().get()>
            <div class="bulk-progress" data-testid="bulk-progress">
                <label for="bulk-progress-bar">{i18n::msg("bulk-progress-label")}</label>
                <progress id="bulk-progress-bar" max=move || progress.get().1 value=move || progress.get().0></progress>
                <p role="status">
                    {move || {
                        let (done, total) = progress.get();
                        tr!(i18n, "bulk-progress", { "done" => done, "total" => total })
                    }}
                </p>
            </div>
        </Show>
        {move || select_all.value().get().and_then(Result::err).map(|error| view! { <ErrorPanel error=error /> })}
        {move || exporter.value().get().and_then(Result::err).map(|error| view! { <ErrorPanel error=error /> })}
        {move || {
            outcome()
                .filter(|_| !runner.pending().get())
                .map(|outcome| {
                    view! {
                        <BulkReportView outcome=outcome on_close=Callback::new(move |()| runner.value().set(None)) />
                    }
                })
        }}
        <ConfirmDialog
            open=confirming
            title=title
            body=body
            confirm_label=confirm_label
            danger=danger
            on_confirm=on_confirm
            on_cancel=move |()| confirming.set(false)
        />
    }
}
