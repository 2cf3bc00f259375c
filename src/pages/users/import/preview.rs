//! The dry run: every row with its status (ready, error, already exists), each cell editable
//! in place with its error beside it, a summary and the seats the batch asks for. Changed rows
//! are checked here with the shared rules at once, and by the server on "Check again". A page
//! of rows at a time keeps a 10,000-row file fast.

use espace_api::import::{CheckRequest, Column, RowCheck, RowStatus};
use espace_api::{FieldError, Language};
use leptos::prelude::*;
use leptos_fluent::{tr, I18n};

use super::cells::{column_label_id, input_type, required, TextCell};
use super::{Choices, ImportFlow};
use crate::components::error_details::ErrorPanel;
use crate::components::form::field::RequiredMark;
use crate::i18n;

mod missing_entity;
mod row;
use missing_entity::MissingEntity;
use row::{PreviewRowView, Seats, Suggestions};

/// Rows shown at once.
const PAGE_ROWS: usize = 100;

/// A row of the dry run, as fixed in the preview.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PreviewRow {
    /// The server's verdict on the row as it was sent, and the row as it is now.
    pub check: RowCheck,
    /// The fields changed since the server checked the row: its errors on them no longer apply.
    pub changed: Vec<&'static str>,
}

/// What the status column says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shown {
    Ready,
    Error,
    Exists,
    /// Changed since the last check.
    Changed,
}

impl Shown {
    pub fn as_str(self) -> &'static str {
        match self {
            Shown::Ready => "ready",
            Shown::Error => "error",
            Shown::Exists => "exists",
            Shown::Changed => "changed",
        }
    }

    fn message_id(self) -> &'static str {
        match self {
            Shown::Ready => "import-status-ready",
            Shown::Error => "import-status-error",
            Shown::Exists => "import-status-exists",
            Shown::Changed => "import-status-changed",
        }
    }
}

impl PreviewRow {
    pub fn new(check: RowCheck) -> PreviewRow {
        PreviewRow { check, changed: Vec::new() }
    }

    pub fn shown(&self) -> Shown {
        if !self.changed.is_empty() {
            return Shown::Changed;
        }
        match self.check.status {
            RowStatus::Ready => Shown::Ready,
            RowStatus::Error => Shown::Error,
            RowStatus::Exists => Shown::Exists,
        }
    }

    /// The error under a cell: the shared rules' for a changed cell, the server's otherwise.
    fn error(&self, column: Column) -> Option<FieldError> {
        let field = column.field();
        if self.changed.contains(&field) {
            self.check.row.validate().into_iter().find(|e| e.field == field)
        } else {
            self.check.errors.iter().find(|e| e.field == field).cloned()
        }
    }

    /// The server's errors that name no column: shown with the status.
    fn row_errors(&self) -> Vec<FieldError> {
        self.check.errors.iter().filter(|e| !Column::ALL.iter().any(|c| c.field() == e.field)).cloned().collect()
    }
}

/// Which rows the table lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Filter {
    All,
    Errors,
    Exists,
    Ready,
}

impl Filter {
    const ALL: [Filter; 4] = [Filter::All, Filter::Errors, Filter::Exists, Filter::Ready];

    fn as_str(self) -> &'static str {
        match self {
            Filter::All => "all",
            Filter::Errors => "errors",
            Filter::Exists => "exists",
            Filter::Ready => "ready",
        }
    }

    fn message_id(self) -> &'static str {
        match self {
            Filter::All => "import-filter-all",
            Filter::Errors => "import-filter-errors",
            Filter::Exists => "import-filter-exists",
            Filter::Ready => "import-filter-ready",
        }
    }

    /// By the server's verdict: a row being fixed stays in the list it was found in.
    fn keeps(self, row: &PreviewRow) -> bool {
        match self {
            Filter::All => true,
            Filter::Errors => row.check.status == RowStatus::Error,
            Filter::Exists => row.check.status == RowStatus::Exists,
            Filter::Ready => row.check.status == RowStatus::Ready,
        }
    }
}

#[component]
pub fn Preview(
    /// The page's state: the rows live there.
    flow: ImportFlow,
    /// The roles, entities and languages suggested in the cells.
    choices: Choices,
    /// Sends the rows again for the dry run.
    check: Action<CheckRequest, ()>,
    /// True while the import runs.
    #[prop(into)]
    committing: Signal<bool>,
) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let filter = RwSignal::new(Filter::All);
    let page = RwSignal::new(0usize);
    let checking = check.pending();
    // Nothing changes while the server checks the rows or imports them.
    let locked = Signal::derive(move || checking.get() || flow.job.with(Option::is_some));
    let counts = flow.counts;
    let matching = Memo::new(move |_| {
        let filter = filter.get();
        flow.rows.with(|rows| {
            rows.iter()
                .enumerate()
                .filter(|(_, r)| filter.keeps(r))
                .map(|(i, r)| (i, r.check.row.line))
                .collect::<Vec<_>>()
        })
    });
    let pages = Memo::new(move |_| matching.with(Vec::len).div_ceil(PAGE_ROWS).max(1));
    let current = Memo::new(move |_| page.get().min(pages.get() - 1));
    let visible = Memo::new(move |_| {
        let start = current.get() * PAGE_ROWS;
        matching.with(|m| m.iter().skip(start).take(PAGE_ROWS).copied().collect::<Vec<_>>())
    });
    let on_check_again = move |_| {
        if checking.get_untracked() || flow.job.with_untracked(Option::is_some) {
            return;
        }
        flow.failure.set(None);
        let rows = flow.rows.with_untracked(|rows| rows.iter().map(|r| r.check.row.clone()).collect());
        check.dispatch(CheckRequest { rows });
    };
    let summary_item = move |key: &'static str, message: &'static str, count: fn(&super::Counts) -> usize| {
        view! {
            <li data-count=key data-value=move || counts.with(count)>
                {move || {
                    let n = counts.with(count);
                    let mut args = std::collections::HashMap::new();
                    args.insert("count".into(), n.into());
                    i18n.tr_with_args(message, &args)
                }}
            </li>
        }
    };

    view! {
        <section class="import-preview-section" aria-labelledby="import-preview-title">
            <div class="page-heading">
                <h2 id="import-preview-title" tabindex="-1">
                    {i18n::msg("import-preview-title")}
                </h2>
                <button
                    type="button"
                    class="button secondary"
                    id="import-start-over"
                    data-testid="import-start-over"
                    disabled=move || checking.get() || committing.get()
                    on:click=move |_| flow.start_over()
                >
                    {i18n::msg("import-start-over")}
                </button>
            </div>
            <p class="hint">{i18n::msg("import-preview-intro")}</p>
            <div role="status" class="import-summary-status">
                <ul class="import-summary" data-testid="import-summary">
                    {summary_item("ready", "import-summary-ready", |c| c.ready)}
                    {summary_item("errors", "import-summary-errors", |c| c.errors)}
                    {summary_item("existing", "import-summary-existing", |c| c.existing)}
                    <Show when=move || {
                        counts.with(|c| c.changed > 0)
                    }>{summary_item("changed", "import-summary-changed", |c| c.changed)}</Show>
                </ul>
            </div>
            <Seats flow=flow />
            <MissingEntity flow=flow choices=choices check=check />
            <div class="import-toolbar">
                <div class="field">
                    <label for="import-filter">{i18n::msg("import-filter-label")}</label>
                    <select
                        id="import-filter"
                        on:change=move |ev| {
                            let value = event_target_value(&ev);
                            let chosen = Filter::ALL.into_iter().find(|f| f.as_str() == value).unwrap_or(Filter::All);
                            filter.set(chosen);
                            page.set(0);
                        }
                    >
                        {Filter::ALL
                            .into_iter()
                            .map(|f| {
                                view! {
                                    <option value=f.as_str() selected=move || filter.get() == f>
                                        {move || i18n.tr(f.message_id())}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </div>
                <div class="import-check-again">
                    <button
                        type="button"
                        class=move || if counts.with(|c| c.changed > 0) { "button primary" } else { "button secondary" }
                        id="import-check-again"
                        data-testid="import-check-again"
                        disabled=move || flow.job.with(Option::is_some)
                        aria-disabled=move || checking.get().to_string()
                        aria-busy=move || checking.get().to_string()
                        aria-describedby="import-check-again-hint"
                        on:click=on_check_again
                    >
                        {i18n::msg("import-check-again")}
                    </button>
                    <p id="import-check-again-hint" class="hint" role="status">
                        {move || {
                            if checking.get() {
                                i18n.tr("import-checking")
                            } else if counts.with(|c| c.changed > 0) {
                                i18n.tr("import-changed-hint")
                            } else {
                                String::new()
                            }
                        }}
                    </p>
                </div>
            </div>
            {move || flow.failure.get().map(|error| view! { <ErrorPanel error=error /> })}
            <Suggestions choices=choices />
            <Show
                when=move || matching.with(|m| !m.is_empty())
                fallback=|| {
                    view! {
                        <p class="empty" data-testid="import-preview-empty">
                            {i18n::msg("import-preview-empty")}
                        </p>
                    }
                }
            >
                <div class="import-frame" role="region" aria-labelledby="import-preview-caption">
                    <table class="import-table import-preview" data-testid="import-preview">
                        <caption id="import-preview-caption" class="visually-hidden">
                            {i18n::msg("import-preview-caption")}
                        </caption>
                        <thead>
                            <tr>
                                <th scope="col">{i18n::msg("import-col-row")}</th>
                                <th scope="col">{i18n::msg("import-col-status")}</th>
                                {Column::ALL
                                    .into_iter()
                                    .map(|column| {
                                        view! {
                                            <th scope="col" data-column=column.field()>
                                                {move || i18n.tr(column_label_id(column))}
                                                {required(column).then(|| view! { <RequiredMark /> })}
                                            </th>
                                        }
                                    })
                                    .collect_view()}
                            </tr>
                        </thead>
                        <tbody>
                            <For each=move || visible.get() key=|entry| *entry let:entry>
                                <PreviewRowView flow=flow index=entry.0 line=entry.1 locked=locked />
                            </For>
                        </tbody>
                    </table>
                </div>
            </Show>
            <Show when=move || { pages.get() > 1 }>
                <nav class="pager" aria-label=i18n::msg("import-pages-label")>
                    <button
                        type="button"
                        class="button secondary"
                        data-testid="import-previous"
                        disabled=move || current.get() == 0
                        on:click=move |_| page.set(current.get_untracked().saturating_sub(1))
                    >
                        {i18n::msg("import-previous")}
                    </button>
                    <span data-testid="import-page">
                        {move || tr!(i18n, "import-page-of", { "page" => current.get() + 1, "pages" => pages.get() })}
                    </span>
                    <button
                        type="button"
                        class="button secondary"
                        data-testid="import-next"
                        disabled=move || { current.get() + 1 >= pages.get() }
                        on:click=move |_| page.set(current.get_untracked() + 1)
                    >
                        {i18n::msg("import-next")}
                    </button>
                </nav>
            </Show>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use espace_api::import::ImportRow;
    use espace_api::FieldErrorCode;

    fn checked(status: RowStatus, errors: Vec<FieldError>) -> PreviewRow {
        let row = ImportRow {
            line: 7,
            first_name: "Zoë".into(),
            last_name: "O’Brien".into(),
            email: "zoe@example.com".into(),
            role: "user".into(),
            entity: "Lyon".into(),
            ..ImportRow::default()
        };
        PreviewRow::new(RowCheck { row, status, errors })
    }

    fn error(field: &str, code: FieldErrorCode) -> FieldError {
        FieldError { field: field.into(), code, max: None }
    }

    #[test]
    fn a_changed_cell_is_judged_by_the_shared_rules_the_others_by_the_server() {
        let mut row = checked(
            RowStatus::Error,
            vec![error("email", FieldErrorCode::Duplicate), error("entity", FieldErrorCode::Unknown)],
        );
        assert_eq!(row.shown(), Shown::Error);
        assert_eq!(row.error(Column::Email).map(|e| e.code), Some(FieldErrorCode::Duplicate));
        row.check.row.email = "zoe.obrien@example.com".into();
        row.changed.push("email");
        assert_eq!(row.shown(), Shown::Changed);
        assert_eq!(row.error(Column::Email), None, "the server's verdict was on the old address");
        assert_eq!(row.error(Column::Entity).map(|e| e.code), Some(FieldErrorCode::Unknown));
        row.check.row.email = "zoe@".into();
        assert_eq!(row.error(Column::Email).map(|e| e.code), Some(FieldErrorCode::InvalidEmail));
    }

    #[test]
    fn counts_set_changed_rows_apart_and_filters_keep_the_servers_verdict() {
        let mut changed = checked(RowStatus::Error, vec![error("role", FieldErrorCode::Unknown)]);
        changed.changed.push("role");
        let rows = [
            checked(RowStatus::Ready, Vec::new()),
            checked(RowStatus::Exists, Vec::new()),
            checked(RowStatus::Error, vec![error("row", FieldErrorCode::OutOfScope)]),
            changed.clone(),
        ];
        let counts = super::super::Counts::of(&rows);
        assert_eq!((counts.ready, counts.errors, counts.existing, counts.changed), (1, 1, 1, 1));
        assert!(Filter::Errors.keeps(&changed), "a row being fixed stays in the errors");
        assert_eq!(rows[2].row_errors().len(), 1, "an error on no column shows with the status");
    }
}
