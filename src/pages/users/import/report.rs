//! What an import did: who was created, which rows were skipped and why (each reason next to
//! its column, in the reader's language), and the whole report as CSV.

use espace_api::import::{Column, RowStatus, SkippedRow};
use leptos::prelude::*;
use leptos_fluent::{tr, I18n};
use leptos_router::components::A;

use super::cells::column_label_id;
use super::ImportFlow;
use crate::api;
use crate::components::email_address::EmailAddress;
use crate::i18n;

/// Skipped rows listed on the page; the downloadable report has them all.
const SHOWN_SKIPPED: usize = 100;

#[component]
pub fn ImportReport(
    /// The page's state: the finished import.
    flow: ImportFlow,
    /// "Import more users": starts again from an empty grid.
    #[prop(into)]
    on_again: Callback<()>,
) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let Some(finished) = flow.finished.get_untracked() else {
        return ().into_any();
    };
    let created = finished.report.created.len();
    let skipped = finished.report.skipped.len();
    let left_out = finished.left_out;
    let sent_activation = finished.sent_activation;
    let more = skipped.saturating_sub(SHOWN_SKIPPED);
    let batch = finished.batch.clone();
    let download = move || api::import::report_href(&batch, i18n::language());
    let rows = finished
        .report
        .skipped
        .into_iter()
        .take(SHOWN_SKIPPED)
        .map(|row| view! { <SkippedRowView row=row /> })
        .collect_view();
    view! {
        <section class="card import-report" aria-labelledby="import-report-title" data-testid="import-report">
            <h2 id="import-report-title" tabindex="-1">
                {i18n::msg("import-done-title")}
            </h2>
            <p data-testid="import-report-created" data-count=created>
                {move || tr!(i18n, "import-done-created", { "count" => created })}
            </p>
            {(created > 0)
                .then(|| {
                    view! {
                        <p class="hint">
                            {move || {
                                if sent_activation {
                                    i18n.tr("import-done-invited")
                                } else {
                                    i18n.tr("import-done-not-invited")
                                }
                            }}
                        </p>
                    }
                })}
            <p data-testid="import-report-skipped" data-count=skipped>
                {move || tr!(i18n, "import-done-skipped", { "count" => skipped })}
            </p>
            {(skipped > 0)
                .then(|| {
                    view! {
                        <div class="import-frame" role="region" tabindex="0" aria-labelledby="import-report-caption">
                            <table class="import-table import-skipped" data-testid="import-skipped">
                                <caption id="import-report-caption" class="visually-hidden">
                                    {i18n::msg("import-done-skipped-caption")}
                                </caption>
                                <thead>
                                    <tr>
                                        <th scope="col">{i18n::msg("import-report-row")}</th>
                                        <th scope="col">{i18n::msg("import-report-email")}</th>
                                        <th scope="col">{i18n::msg("import-report-reasons")}</th>
                                    </tr>
                                </thead>
                                <tbody>{rows}</tbody>
                            </table>
                        </div>
                    }
                })}
            {(more > 0)
                .then(|| view! { <p class="hint">{move || tr!(i18n, "import-done-more", { "count" => more })}</p> })}
            {(left_out > 0)
                .then(|| {
                    view! {
                        <p data-testid="import-report-left-out" data-count=left_out>
                            {move || tr!(i18n, "import-done-left-out", { "count" => left_out })}
                        </p>
                    }
                })}
            <div class="import-report-links">
                <a class="button secondary" href=download download=true data-testid="import-report-download">
                    {i18n::msg("import-done-download")}
                </a>
                <A href="/users" attr:class="button secondary" attr:data-testid="import-back-to-users">
                    {i18n::msg("import-done-back")}
                </A>
                <button
                    type="button"
                    class="button primary"
                    data-testid="import-again"
                    on:click=move |_| on_again.run(())
                >
                    {i18n::msg("import-done-again")}
                </button>
            </div>
        </section>
    }
    .into_any()
}

/// A skipped row: its number, its e-mail and why, one reason a line.
#[component]
fn SkippedRowView(
    /// The row as the server reported it.
    row: SkippedRow,
) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let SkippedRow { line, email, status, errors } = row;
    let reasons = if errors.is_empty() {
        let id = if status == RowStatus::Exists { "import-report-exists" } else { "import-report-error" };
        view! { <li>{move || i18n.tr(id)}</li> }.into_any()
    } else {
        errors
            .into_iter()
            .map(|error| {
                let column = Column::ALL.into_iter().find(|c| c.field() == error.field);
                let field = error.field.clone();
                let text = move || {
                    let column = column.map_or_else(|| field.clone(), |c| i18n.tr(column_label_id(c)));
                    let message = i18n::field_error_text(error.code, error.max);
                    tr!(i18n, "import-report-reason", { "column" => column, "message" => message })
                };
                view! { <li>{text}</li> }
            })
            .collect_view()
            .into_any()
    };
    view! {
        <tr
            data-line=line
            data-status=match status {
                RowStatus::Exists => "exists",
                RowStatus::Error => "error",
                RowStatus::Ready => "ready",
            }
        >
            <th scope="row">{line}</th>
            <td>
                <EmailAddress address=email />
            </td>
            <td>
                <ul class="import-reasons">{reasons}</ul>
            </td>
        </tr>
    }
}
