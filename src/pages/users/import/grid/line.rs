//! One line of the grid: its number, its cells and their errors, and its Remove button.

use super::*;

#[component]
pub fn GridLineView(
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
            <th scope="row" class="num">
                {n}
            </th>
            {text_cell(Column::FirstName)}
            {text_cell(Column::LastName)}
            {text_cell(Column::Email)}
            {text_cell(Column::NotificationEmail)}
            {select_cell(Column::Role, role_options, None)}
            {select_cell(Column::Entity, entity_options, Some("users-entity-choose"))}
            {select_cell(Column::Language, language_options, None)}
            <td data-column=Column::Services.field()>
                <ServicesCell index=index lines=lines choices=choices label=label(Column::Services) disabled=readonly />
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
