//! The lines to fill in: one person per line; "+" or Enter in a cell adds a line, Tab moves
//! across; each cell is checked as it changes with the wizard's rules (the shared
//! `ImportRow::validate`), then the lines go to the dry run.

use espace_api::import::{CheckRequest, Column, ImportRow, MAX_ROWS};
use espace_api::{FieldError, Language};
use leptos::ev;
use leptos::prelude::*;
use leptos_fluent::{tr, I18n};

use super::cells::{column_label_id, input_type, required, TextCell};
use super::{Choices, ImportFlow};
use crate::components::error_details::ErrorPanel;
use crate::components::focus::focus_by_id;
use crate::components::form::field::RequiredMark;
use crate::components::load_error::LoadingLine;
use crate::i18n;

mod cells;
use cells::{SelectCell, ServicesCell};

mod line;
use line::GridLineView;

/// One line of the grid: the person as typed, and which cells were already visited (their
/// errors show; the others wait until the lines are checked).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GridLine {
    /// Every cell but the services; its `line` is set when the lines are sent.
    pub row: ImportRow,
    /// The services' names, as ticked.
    pub services: Vec<String>,
    /// The fields typed in or left.
    pub touched: Vec<&'static str>,
}

impl GridLine {
    /// A new line: a user, in the company's language, in the only entity if there is one.
    pub fn new(language: Language, entity: Option<String>) -> GridLine {
        GridLine {
            row: ImportRow {
                role: espace_api::users::Role::User.as_str().to_owned(),
                language: language.as_str().to_owned(),
                entity: entity.unwrap_or_default(),
                ..ImportRow::default()
            },
            ..GridLine::default()
        }
    }

    /// A row of the preview, back in the grid.
    pub fn from_row(row: &ImportRow) -> GridLine {
        let services = row
            .services
            .split([',', ';', '|', '\n'])
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect();
        GridLine { row: ImportRow { services: String::new(), ..row.clone() }, services, touched: Vec::new() }
    }

    /// The row sent for this line (`number` from 1).
    pub fn to_row(&self, number: u32) -> ImportRow {
        ImportRow { line: number, services: self.services.join("; "), ..self.row.clone() }
    }

    /// Nothing typed: the choices made by default alone do not make a person. Left out.
    pub fn is_blank(&self) -> bool {
        [&self.row.first_name, &self.row.last_name, &self.row.email, &self.row.notification_email]
            .iter()
            .all(|text| text.trim().is_empty())
    }

    /// The errors to show: none on a blank line; those of visited cells, or all of them once
    /// the lines were checked.
    fn shown_errors(&self, all: bool) -> Vec<FieldError> {
        if self.is_blank() {
            return Vec::new();
        }
        let mut errors = self.to_row(0).validate();
        errors.retain(|e| all || self.touched.iter().any(|t| *t == e.field));
        errors
    }

    fn touch(&mut self, field: &'static str) {
        if !self.touched.contains(&field) {
            self.touched.push(field);
        }
    }
}

/// Line numbers as people count them (from 1).
fn number(index: usize) -> u32 {
    u32::try_from(index + 1).unwrap_or(u32::MAX)
}

/// The id of a cell's input: `import-line-3-email`; its error is `…-error`.
fn cell_id(index: usize, column: Column) -> String {
    format!("import-line-{}-{}", index + 1, column.field())
}

/// What the grid says after "Check the lines" found nothing to send.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Notice {
    Empty,
    Invalid(usize),
}

#[component]
pub fn LinesGrid(
    /// The page's state: the lines live there.
    flow: ImportFlow,
    /// The roles, entities, languages and services to choose from.
    choices: Choices,
    /// Sends the lines for the dry run.
    check: Action<CheckRequest, ()>,
) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let lines = flow.lines;
    // Set by "Check the lines": every error shows from then on.
    let show_all = RwSignal::new(false);
    let notice = RwSignal::new(None::<Notice>);
    let checking = check.pending();
    let count = Memo::new(move |_| lines.with(Vec::len));

    let add_after = move |index: Option<usize>| {
        let len = lines.with_untracked(Vec::len);
        if len >= MAX_ROWS {
            return;
        }
        let at = index.map_or(len, |i| (i + 1).min(len));
        lines.update(|l| l.insert(at, GridLine::new(choices.company_language, choices.only_entity())));
        let first = cell_id(at, Column::FirstName);
        request_animation_frame(move || focus_by_id(&first));
    };
    let remove = move |index: usize| {
        lines.update(|l| {
            if index < l.len() {
                l.remove(index);
            }
            if l.is_empty() {
                l.push(GridLine::new(choices.company_language, choices.only_entity()));
            }
        });
        // Focus stays in the grid: on the line that took this place, or the one before.
        let len = lines.with_untracked(Vec::len);
        let target = format!("import-line-{}-remove", index.min(len.saturating_sub(1)) + 1);
        request_animation_frame(move || focus_by_id(&target));
    };
    let on_check = move |_| {
        if checking.get_untracked() {
            return;
        }
        let rows: Vec<ImportRow> = lines.with_untracked(|l| {
            l.iter().enumerate().filter(|(_, line)| !line.is_blank()).map(|(i, line)| line.to_row(number(i))).collect()
        });
        if rows.is_empty() {
            notice.set(Some(Notice::Empty));
            focus_by_id(&cell_id(0, Column::FirstName));
            return;
        }
        let invalid: Vec<(u32, String)> =
            rows.iter().flat_map(|r| r.validate().into_iter().map(move |e| (r.line, e.field))).collect();
        if let Some((line, field)) = invalid.first() {
            show_all.set(true);
            notice.set(Some(Notice::Invalid(invalid.len())));
            focus_by_id(&format!("import-line-{line}-{field}"));
            return;
        }
        notice.set(None);
        flow.failure.set(None);
        check.dispatch(CheckRequest { rows });
    };

    view! {
        <p class="hint">{i18n::msg("import-lines-intro")}</p>
        <div class="import-frame" role="region" aria-labelledby="import-grid-caption">
            <table class="import-table import-grid" data-testid="import-grid">
                <caption id="import-grid-caption" class="visually-hidden">
                    {i18n::msg("import-grid-caption")}
                </caption>
                <thead>
                    <tr>
                        <th scope="col" class="num">
                            {i18n::msg("import-col-line")}
                        </th>
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
                        <th scope="col">
                            <span class="visually-hidden">{i18n::msg("import-col-remove")}</span>
                        </th>
                    </tr>
                </thead>
                <tbody>
                    <For each=move || 0..count.get() key=|index| *index let:index>
                        <GridLineView
                            index=index
                            lines=lines
                            choices=choices
                            show_all=show_all
                            readonly=checking
                            on_enter=move |()| add_after(Some(index))
                            on_remove=move |()| remove(index)
                        />
                    </For>
                </tbody>
            </table>
        </div>
        <div class="import-grid-actions">
            <button
                type="button"
                class="button secondary"
                id="import-add-line"
                data-testid="import-add-line"
                disabled=move || { count.get() >= MAX_ROWS }
                on:click=move |_| add_after(None)
            >
                <span aria-hidden="true">"+ "</span>
                {i18n::msg("import-add-line")}
            </button>
            <button
                type="button"
                class="button primary"
                id="import-lines-check"
                data-testid="import-lines-check"
                aria-disabled=move || checking.get().to_string()
                aria-busy=move || checking.get().to_string()
                on:click=on_check
            >
                {i18n::msg("import-lines-check")}
            </button>
        </div>
        <p
            class="import-notice"
            class:error=move || notice.get().is_some()
            role="status"
            data-testid="import-lines-notice"
        >
            {move || match notice.get() {
                Some(Notice::Empty) => i18n.tr("import-lines-empty"),
                Some(Notice::Invalid(count)) => tr!(i18n, "import-lines-invalid", { "count" => count }),
                None if checking.get() => i18n.tr("import-checking"),
                None => String::new(),
            }}
        </p>
        {move || flow.failure.get().map(|error| view! { <ErrorPanel error=error /> })}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn services_go_out_joined_and_come_back_one_by_one() {
        let mut line = GridLine::new(Language::En, Some("Lyon".into()));
        line.services = vec!["Microsoft 365".into(), "VoIP line".into()];
        let row = line.to_row(3);
        assert_eq!((row.line, row.services.as_str(), row.role.as_str()), (3, "Microsoft 365; VoIP line", "user"));
        let back = GridLine::from_row(&ImportRow { services: "A, B|C\nD ;".into(), ..row });
        assert_eq!(back.services, ["A", "B", "C", "D"]);
        assert!(back.row.services.is_empty());
    }

    #[test]
    fn a_line_shows_the_errors_of_its_visited_cells_until_checked() {
        let mut line = GridLine::new(Language::Fr, None);
        assert!(line.is_blank(), "the defaults alone are no person");
        assert!(line.shown_errors(true).is_empty(), "a blank line is left out, never wrong");
        line.row.first_name = "Zoë".into();
        line.touch("first_name");
        assert!(line.shown_errors(false).is_empty());
        line.row.email = "zoe@".into();
        line.touch("email");
        let fields = |errors: Vec<FieldError>| errors.into_iter().map(|e| e.field).collect::<Vec<_>>();
        assert_eq!(fields(line.shown_errors(false)), ["email"]);
        assert_eq!(fields(line.shown_errors(true)), ["last_name", "email", "entity"]);
    }
}
