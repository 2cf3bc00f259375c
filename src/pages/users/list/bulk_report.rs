//! What a bulk action did: how many were done and skipped, each person left aside with the
//! reason, the whole report as a CSV file, and the batch's events in the audit log.

use espace_api::bulk::{BulkAction, BulkItem, BulkOutcome, BulkSkip};
use leptos::html;
use leptos::prelude::*;
use leptos_fluent::{tr, I18n};
use leptos_router::components::A;

use super::bulk_run::Outcome;
use crate::components::download::save_text;
use crate::components::error_details::ErrorPanel;
use crate::i18n;

/// Why a person was skipped, in words.
fn reason_text(i18n: I18n, reason: BulkSkip, action: Option<BulkAction>) -> String {
    let mut args = std::collections::HashMap::new();
    args.insert("action".into(), action.map(BulkAction::as_str).unwrap_or_default().into());
    i18n.tr_with_args(&reason.message_id(), &args)
}

/// One cell of a CSV line: quoted when it must be, and never read as a formula by a
/// spreadsheet (a name starting with `=` stays text).
fn cell(value: &str) -> String {
    let value =
        if value.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{value}") } else { value.to_owned() };
    if value.contains([',', '"', '\n', '\r', ';']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value
    }
}

/// The report as CSV: a header in the interface's language, then one line per person.
fn report_csv(i18n: I18n, action: Option<BulkAction>, items: &[BulkItem]) -> String {
    let mut lines = vec![["bulk-col-name", "bulk-col-email", "bulk-col-result", "bulk-col-reason"]
        .map(|id| cell(&i18n.tr(id)))
        .join(",")];
    for item in items {
        let outcome = match item.outcome {
            BulkOutcome::Done => i18n.tr("bulk-outcome-done"),
            BulkOutcome::Skipped => i18n.tr("bulk-outcome-skipped"),
        };
        let reason = item.reason.map(|r| reason_text(i18n, r, action)).unwrap_or_default();
        let name = item.name.clone().unwrap_or_else(|| format!("#{}", item.id));
        let row = [name, item.email.clone().unwrap_or_default(), outcome, reason];
        lines.push(row.iter().map(|v| cell(v)).collect::<Vec<_>>().join(","));
    }
    // The byte order mark makes spreadsheet programs read it as UTF-8.
    format!("\u{feff}{}\r\n", lines.join("\r\n"))
}

#[component]
pub fn BulkReportView(
    /// How the run ended.
    outcome: Outcome,
    /// Closes the report.
    on_close: Callback<()>,
) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let heading = NodeRef::<html::H2>::new();
    // The report replaces the progress bar: focus moves to it, so that it is read out.
    Effect::new(move |_| {
        if let Some(h) = heading.get() {
            let _ = h.focus();
        }
    });
    let Outcome { action, report, error, seats } = outcome;
    let done = report.done();
    let skipped_items: Vec<BulkItem> =
        report.items.iter().filter(|i| i.outcome == BulkOutcome::Skipped).cloned().collect();
    let skipped = skipped_items.len();
    let items = StoredValue::new(report.items);
    let audit_href = format!("/audit?batch={}", report.batch);
    let has_batch = !report.batch.is_empty() && done > 0;
    let seats_line = seats.map(|check| {
        view! {
            <p class="error-text" role="alert" data-testid="bulk-seats-refused">
                {move || tr!(i18n, "bulk-seats-refused", { "needed" => check.needed, "free" => check.free })}
            </p>
        }
    });
    let rows = skipped_items
        .into_iter()
        .map(|item| {
            let reason = item.reason.unwrap_or(BulkSkip::NotAllowed);
            let name = item.name.clone().unwrap_or_else(|| format!("#{}", item.id));
            view! {
                <tr data-user-id=item.id.0>
                    <th scope="row">
                        <bdi>{name}</bdi>
                    </th>
                    <td class="email">{item.email.clone().unwrap_or_default()}</td>
                    <td data-reason=reason.as_str()>{move || reason_text(i18n, reason, action)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="bulk-report" aria-labelledby="bulk-report-title" data-testid="bulk-report">
            <h2 id="bulk-report-title" tabindex="-1" node_ref=heading>
                {i18n::msg("bulk-report-title")}
            </h2>
            {seats_line}
            {seats
                .is_none()
                .then(|| {
                    view! {
                        <p class="bulk-summary" data-testid="bulk-summary">
                            {move || tr!(i18n, "bulk-report-done", { "count" => done })}
                            " · "
                            {move || tr!(i18n, "bulk-report-skipped", { "count" => skipped })}
                        </p>
                    }
                })}
            {error
                .map(|error| {
                    view! {
                        <p role="alert">{i18n::msg("bulk-report-stopped")}</p>
                        <ErrorPanel error=error />
                    }
                })}
            {(skipped > 0)
                .then(|| {
                    view! {
                        <div class="table-wrap">
                            <table class="users-table" data-testid="bulk-skipped">
                                <caption>{i18n::msg("bulk-report-skipped-caption")}</caption>
                                <thead>
                                    <tr>
                                        <th scope="col">{i18n::msg("bulk-col-name")}</th>
                                        <th scope="col">{i18n::msg("bulk-col-email")}</th>
                                        <th scope="col">{i18n::msg("bulk-col-reason")}</th>
                                    </tr>
                                </thead>
                                <tbody>{rows}</tbody>
                            </table>
                        </div>
                    }
                })}
            <div class="form-actions">
                <Show when=move || items.with_value(|i| !i.is_empty())>
                    <button
                        type="button"
                        class="button secondary"
                        data-testid="bulk-report-download"
                        on:click=move |_| {
                            let csv = items.with_value(|i| report_csv(i18n, action, i));
                            save_text(&i18n.tr("bulk-report-file"), "text/csv;charset=utf-8", &csv);
                        }
                    >
                        {i18n::msg("bulk-report-download")}
                    </button>
                </Show>
                <Show when=move || has_batch>
                    <A href=audit_href.clone() attr:class="button secondary" attr:data-testid="bulk-report-audit">
                        {i18n::msg("bulk-report-audit")}
                    </A>
                </Show>
                <button type="button" class="link-button" on:click=move |_| on_close.run(())>
                    {i18n::msg("bulk-report-close")}
                </button>
            </div>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::cell;

    #[test]
    fn cells_are_quoted_and_never_formulas() {
        assert_eq!(cell("Hélène Dubois"), "Hélène Dubois");
        assert_eq!(cell("Dubois, Hélène"), "\"Dubois, Hélène\"");
        assert_eq!(cell("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(cell("-1"), "'-1");
        assert_eq!(cell("@home"), "'@home");
    }
}
