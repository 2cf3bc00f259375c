//! Rows that name no entity, as the files people already have (no « Entité » column): one
//! entity chosen once for all of them, then the rows checked again. Each row stays editable.
//! A company with one entity never sees this: the server fills it in.

use espace_api::import::CheckRequest;
use leptos::prelude::*;
use leptos_fluent::{tr, I18n};

use super::super::{Choices, ImportFlow};
use crate::i18n;

/// The field the entity's cell reports its errors under.
const ENTITY: &str = "entity";

#[component]
pub fn MissingEntity(
    /// The page's state: the rows live there.
    flow: ImportFlow,
    /// The entities in the reader's reach.
    choices: Choices,
    /// Sends the rows again for the dry run.
    check: Action<CheckRequest, ()>,
) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let missing =
        Memo::new(move |_| flow.rows.with(|rows| rows.iter().filter(|r| r.check.row.entity.trim().is_empty()).count()));
    let chosen = RwSignal::new(String::new());
    let busy = Signal::derive(move || check.pending().get() || flow.job.with(Option::is_some));
    let apply = move |_| {
        let entity = chosen.get_untracked();
        if entity.is_empty() || busy.get_untracked() {
            return;
        }
        flow.rows.update(|rows| {
            for row in rows.iter_mut().filter(|r| r.check.row.entity.trim().is_empty()) {
                row.check.row.entity.clone_from(&entity);
                if !row.changed.contains(&ENTITY) {
                    row.changed.push(ENTITY);
                }
            }
        });
        flow.failure.set(None);
        let rows = flow.rows.with_untracked(|rows| rows.iter().map(|r| r.check.row.clone()).collect());
        check.dispatch(CheckRequest { rows });
    };
    view! {
        <Show when=move || { missing.get() > 0 }>
            <section
                class="import-missing-entity notice"
                aria-labelledby="import-missing-entity-title"
                data-testid="import-missing-entity"
            >
                <h3 id="import-missing-entity-title">
                    {move || tr!(i18n, "import-missing-entity-title", { "count" => missing.get() })}
                </h3>
                <div class="import-missing-entity-choice">
                    <div class="field">
                        <label for="import-missing-entity">{i18n::msg("import-missing-entity-label")}</label>
                        <select id="import-missing-entity" on:change=move |ev| chosen.set(event_target_value(&ev))>
                            <option value="" selected=move || chosen.with(String::is_empty)>
                                {i18n::msg("import-missing-entity-choose")}
                            </option>
                            {move || {
                                choices
                                    .entities
                                    .get()
                                    .and_then(Result::ok)
                                    .unwrap_or_default()
                                    .into_iter()
                                    .map(|e| {
                                        let name = e.name.clone();
                                        let selected = name.clone();
                                        view! {
                                            <option value=name.clone() selected=move || chosen.with(|c| *c == selected)>
                                                {name.clone()}
                                            </option>
                                        }
                                    })
                                    .collect_view()
                            }}
                        </select>
                    </div>
                    <button
                        type="button"
                        class="button secondary"
                        data-testid="import-missing-entity-apply"
                        aria-disabled=move || busy.get().to_string()
                        on:click=apply
                    >
                        {i18n::msg("import-missing-entity-apply")}
                    </button>
                </div>
            </section>
        </Show>
    }
}
