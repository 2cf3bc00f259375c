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
                <caption id="import-grid-caption" class="visually-hidden">{i18n::msg("import-grid-caption")}</caption>
                <thead>
                    <tr>
                        <th scope="col" class="num">{i18n::msg("import-col-line")}</th>
                        {Column::ALL.into_iter().map(|column| view! {
                            <th scope="col" data-column=column.field()>
                                {move || i18n.tr(column_label_id(column))}
                                {required(column).then(|| view! { <RequiredMark /> })}
                            </th>
                        }).collect_view()}
                        <th scope="col"><span class="visually-hidden">{i18n::msg("import-col-remove")}</span></th>
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
        <p class="import-notice" class:error=move || notice.get().is_some() role="status" data-testid="import-lines-notice">
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

#[component]
fn GridLineView(
    /// The line's place in the grid (from 0); the DOM row is reused when lines move.
    index: usize,
    /// Every line of the grid.
    lines: RwSignal<Vec<GridLine>>,
    /// The roles, entities, languages and services to choose from.
    choices: Choices,
    /// Whether every error shows, visited or not.
    show_all: RwSignal<bool>,
    /// True while the lines are being checked.
    #[prop(into)]
    readonly: Signal<bool>,
    /// Enter pressed in one of the line's cells.
    #[prop(into)]
    on_enter: Callback<()>,
    /// The line's remove button.
    #[prop(into)]
    on_remove: Callback<()>,
) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let line = Memo::new(move |_| lines.with(|l| l.get(index).cloned()).unwrap_or_default());
    let errors = Memo::new(move |_| line.with(|l| l.shown_errors(show_all.get())));
    let n = number(index);
    let label = move |column: Column| {
        Signal::derive(
            move || tr!(i18n, "import-cell-label", { "column" => i18n.tr(column_label_id(column)), "line" => n }),
        )
    };
    let error = move |column: Column| {
        Signal::derive(move || {
            errors.with(|errors| {
                errors.iter().find(|e| e.field == column.field()).map(|e| i18n::field_error_text(e.code, e.max))
            })
        })
    };
    let edit = move |column: Column, text: String| {
        lines.update(|l| {
            if let Some(line) = l.get_mut(index) {
                *line.row.cell_mut(column) = text;
                line.touch(column.field());
            }
        });
    };
    let visit = move |column: Column| {
        lines.update(|l| {
            if let Some(line) = l.get_mut(index) {
                line.touch(column.field());
            }
        });
    };
    let text_cell = move |column: Column| {
        view! {
            <td data-column=column.field()>
                <TextCell
                    id=cell_id(index, column)
                    label=label(column)
                    value=Signal::derive(move || line.with(|l| l.row.cell(column).to_owned()))
                    error=error(column)
                    input_type=input_type(column)
                    required=required(column)
                    readonly=readonly
                    on_input=move |text| edit(column, text)
                    on_enter=on_enter
                    on_blur=move |()| visit(column)
                />
            </td>
        }
    };
    let role_options = Signal::derive(move || {
        choices.roles().into_iter().map(|r| (r.as_str().to_owned(), i18n.tr(i18n::role_name_id(r)))).collect::<Vec<_>>()
    });
    let entity_options = Signal::derive(move || {
        choices.entities.with(|list| match list {
            Some(Ok(list)) => list.iter().map(|e| (e.name.clone(), e.name.clone())).collect(),
            _ => Vec::new(),
        })
    });
    let language_options = Signal::derive(move || {
        [Language::Fr, Language::En]
            .into_iter()
            .map(|l| (l.as_str().to_owned(), i18n.tr(i18n::language_name_id(l))))
            .collect::<Vec<_>>()
    });
    let select_cell =
        move |column: Column, options: Signal<Vec<(String, String)>>, placeholder: Option<&'static str>| {
            view! {
                <td data-column=column.field()>
                    <SelectCell
                        id=cell_id(index, column)
                        label=label(column)
                        options=options
                        placeholder=placeholder
                        value=Signal::derive(move || line.with(|l| l.row.cell(column).to_owned()))
                        error=error(column)
                        required=required(column)
                        disabled=readonly
                        on_change=move |text| edit(column, text)
                        on_enter=on_enter
                    />
                </td>
            }
        };
    view! {
        <tr data-line=n>
            <th scope="row" class="num">{n}</th>
            {text_cell(Column::FirstName)}
            {text_cell(Column::LastName)}
            {text_cell(Column::Email)}
            {text_cell(Column::NotificationEmail)}
            {select_cell(Column::Role, role_options, None)}
            {select_cell(Column::Entity, entity_options, Some("users-entity-choose"))}
            {select_cell(Column::Language, language_options, None)}
            <td data-column=Column::Services.field()>
                <ServicesCell
                    index=index
                    lines=lines
                    choices=choices
                    label=label(Column::Services)
                    disabled=readonly
                />
            </td>
            <td>
                <button
                    type="button"
                    class="button secondary small import-remove"
                    id=format!("import-line-{n}-remove")
                    data-testid="import-remove-line"
                    aria-label=move || tr!(i18n, "import-remove-line", { "line" => n })
                    disabled=move || readonly.get()
                    on:click=move |_| on_remove.run(())
                >
                    <span aria-hidden="true">"×"</span>
                </button>
            </td>
        </tr>
    }
}

/// A cell chosen from a list. A value the list lacks (a row brought back from the preview)
/// still shows, as typed.
#[component]
fn SelectCell(
    /// The select's id; its error is `{id}-error`.
    id: String,
    /// The accessible name: the column's header and the line number.
    #[prop(into)]
    label: Signal<String>,
    /// Each choice's value and text.
    #[prop(into)]
    options: Signal<Vec<(String, String)>>,
    /// The message of a first, empty choice, for a cell that starts empty.
    placeholder: Option<&'static str>,
    /// The value chosen.
    #[prop(into)]
    value: Signal<String>,
    /// What is wrong with it, in words.
    #[prop(into)]
    error: Signal<Option<String>>,
    /// Whether the cell is required (its header says so too).
    required: bool,
    /// True while the lines are being checked.
    #[prop(into)]
    disabled: Signal<bool>,
    /// Called with the value chosen.
    #[prop(into)]
    on_change: Callback<String>,
    /// Enter pressed in the select.
    #[prop(into)]
    on_enter: Callback<()>,
) -> impl IntoView {
    let error_id = format!("{id}-error");
    let choices = move || {
        let current = value.get();
        let mut all = options.get();
        if !current.is_empty() && !all.iter().any(|(v, _)| *v == current) {
            all.push((current.clone(), current.clone()));
        }
        let empty = placeholder.map(|message| {
            let selected = current.is_empty();
            view! { <option value="" selected=selected disabled=true>{move || i18n::t(message)}</option> }
        });
        let listed = all
            .into_iter()
            .map(|(v, text)| {
                let selected = v == current;
                view! { <option value=v selected=selected>{text}</option> }
            })
            .collect_view();
        view! { {empty}{listed} }
    };
    view! {
        <label for=id.clone() class="visually-hidden">{label}</label>
        <select
            id=id
            required=required
            disabled=move || disabled.get()
            aria-invalid=move || error.with(Option::is_some).to_string()
            aria-describedby=error_id.clone()
            on:change=move |ev| on_change.run(event_target_value(&ev))
            on:keydown=move |ev: ev::KeyboardEvent| {
                if ev.key() == "Enter" {
                    ev.prevent_default();
                    on_enter.run(());
                }
            }
        >
            {choices}
        </select>
        <p id=error_id class="field-error">{error}</p>
    }
}

/// The services of a line: a disclosure holding one checkbox per service of the catalogue.
#[component]
fn ServicesCell(
    /// The line's place in the grid (from 0).
    index: usize,
    /// Every line of the grid.
    lines: RwSignal<Vec<GridLine>>,
    /// The catalogue to choose from.
    choices: Choices,
    /// The accessible name: the column's header and the line number.
    #[prop(into)]
    label: Signal<String>,
    /// True while the lines are being checked.
    #[prop(into)]
    disabled: Signal<bool>,
) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let chosen = Memo::new(move |_| lines.with(|l| l.get(index).map(|line| line.services.clone())).unwrap_or_default());
    let n = number(index);
    let base = format!("import-line-{n}-services");
    let toggle = move |name: String, on: bool| {
        lines.update(|l| {
            if let Some(line) = l.get_mut(index) {
                line.services.retain(|s| *s != name);
                if on {
                    line.services.push(name);
                }
            }
        });
    };
    let boxes = move || {
        let base = format!("import-line-{n}-service");
        match choices.catalogue.get() {
            None => view! { <LoadingLine /> }.into_any(),
            Some(Err(error)) => view! { <ErrorPanel error=error /> }.into_any(),
            Some(Ok(space)) if space.services.is_empty() => {
                view! { <p class="hint">{i18n::msg("import-services-none-offered")}</p> }.into_any()
            }
            Some(Ok(space)) => space
                .services
                .into_iter()
                .map(|service| {
                    let box_id = format!("{base}-{}", service.id);
                    let name = service.name.clone();
                    let checked_name = name.clone();
                    let toggled_name = name.clone();
                    let aria = move || {
                        tr!(i18n, "import-service-label", {
                            "service" => name.clone(),
                            "column" => i18n.tr(column_label_id(Column::Services)),
                            "line" => n
                        })
                    };
                    view! {
                        <div class="checkbox">
                            <input
                                type="checkbox"
                                id=box_id.clone()
                                data-service=service.name.clone()
                                aria-label=aria
                                disabled=move || disabled.get()
                                prop:checked=move || chosen.with(|c| c.contains(&checked_name))
                                on:change=move |ev| toggle(toggled_name.clone(), event_target_checked(&ev))
                            />
                            <label for=box_id><bdi>{service.name}</bdi></label>
                        </div>
                    }
                })
                .collect_view()
                .into_any(),
        }
    };
    view! {
        <details class="import-services" id=base.clone()>
            <summary>
                <span class="visually-hidden">{label}</span>
                <span class="import-services-count">
                    {move || tr!(i18n, "import-services-chosen", { "count" => chosen.with(Vec::len) })}
                </span>
            </summary>
            <div class="import-services-list">{boxes}</div>
        </details>
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
