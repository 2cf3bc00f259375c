//! One row of the preview, with its seats and the suggestions offered while typing.

use super::*;

/// One row of the preview: its file row number, status and editable cells.
#[component]
pub fn PreviewRowView(
    /// The page's state: the row is read from and written to its rows.
    flow: ImportFlow,
    /// The row's place among all the rows.
    index: usize,
    /// Its row number in the file (or line in the grid).
    line: u32,
    /// True while rows cannot change.
    #[prop(into)]
    locked: Signal<bool>,
) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let row = Memo::new(move |_| flow.rows.with(|rows| rows.get(index).cloned()));
    let shown = move || row.with(|r| r.as_ref().map(PreviewRow::shown));
    let row_errors = move || {
        row.with(|r| r.as_ref().map(PreviewRow::row_errors).unwrap_or_default())
            .into_iter()
            .map(|e| view! { <li>{move || i18n::field_error_text(e.code, e.max)}</li> })
            .collect_view()
    };
    let edit = move |column: Column, text: String| {
        flow.rows.update(|rows| {
            if let Some(row) = rows.get_mut(index) {
                *row.check.row.cell_mut(column) = text;
                let field = column.field();
                if !row.changed.contains(&field) {
                    row.changed.push(field);
                }
            }
        });
    };
    let cell = move |column: Column| {
        let list = match column {
            Column::Role => Some("import-list-roles"),
            Column::Entity => Some("import-list-entities"),
            Column::Language => Some("import-list-languages"),
            _ => None,
        };
        view! {
            <td data-column=column.field()>
                <TextCell
                    id=format!("import-row-{line}-{}", column.field())
                    label=Signal::derive(move || {
                        tr!(
                            i18n, "import-cell-row-label", { "column" => i18n.tr(column_label_id(column)), "line" => line }
                        )
                    })
                    value=Signal::derive(move || {
                        row.with(|r| r.as_ref().map(|r| r.check.row.cell(column).to_owned())).unwrap_or_default()
                    })
                    error=Signal::derive(move || {
                        row.with(|r| r.as_ref().and_then(|r| r.error(column)))
                            .map(|e| i18n::field_error_text(e.code, e.max))
                    })
                    input_type=input_type(column)
                    list=list
                    readonly=locked
                    on_input=move |text| edit(column, text)
                />
            </td>
        }
    };
    view! {
        <tr data-line=line data-status=move || shown().map(Shown::as_str)>
            <th scope="row" id=format!("import-row-{line}")>
                {move || tr!(i18n, "import-row-number", { "line" => line })}
            </th>
            <td>
                {move || {
                    shown()
                        .map(|s| {
                            view! {
                                <span
                                    class=format!("badge import-badge-{}", s.as_str())
                                    data-testid="import-status"
                                    data-status=s.as_str()
                                >
                                    {move || i18n.tr(s.message_id())}
                                </span>
                            }
                        })
                }} <ul class="import-row-errors">{row_errors}</ul>
            </td>
            {Column::ALL.into_iter().map(cell).collect_view()}
        </tr>
    }
}

/// The seats the batch asks for, per service, flagged where they run short.
#[component]
pub fn Seats(
    /// The page's state: the seats of the last check.
    flow: ImportFlow,
) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    view! {
        <Show when=move || flow.seats.with(|s| !s.is_empty())>
            <section class="import-seats" aria-labelledby="import-seats-title" data-testid="import-seats">
                <h3 id="import-seats-title">{i18n::msg("import-seats-title")}</h3>
                <ul>
                    {move || {
                        flow.seats
                            .get()
                            .into_iter()
                            .map(|seat| {
                                let short = seat.requested > seat.left;
                                let name = seat.name.clone();
                                view! {
                                    <li
                                        class:short=short
                                        data-service-id=seat.service_id.0
                                        data-short=short.to_string()
                                    >
                                        {move || {
                                            tr!(
                                                i18n, "import-seats-line", {
                                    "service" => name.clone(),
                                    "requested" => seat.requested,
                                    "left" => seat.left
                                }
                                            )
                                        }}
                                        {short
                                            .then(|| {
                                                view! {
                                                    <strong class="import-short">
                                                        {i18n::msg("import-seats-short")}
                                                    </strong>
                                                }
                                            })}
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ul>
            </section>
        </Show>
    }
}

/// The values the role, entity and language cells suggest as one types.
#[component]
pub fn Suggestions(
    /// The roles and entities the reader may use.
    choices: Choices,
) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    view! {
        <datalist id="import-list-roles">
            {choices
                .roles()
                .into_iter()
                .map(|r| view! { <option value=r.as_str()>{move || i18n.tr(i18n::role_name_id(r))}</option> })
                .collect_view()}
        </datalist>
        <datalist id="import-list-entities">
            {move || {
                choices
                    .entities
                    .with(|list| match list {
                        Some(Ok(list)) => {
                            list.iter()
                                .map(|e| view! { <option value=e.name.clone()></option> })
                                .collect_view()
                                .into_any()
                        }
                        _ => ().into_any(),
                    })
            }}
        </datalist>
        <datalist id="import-list-languages">
            {[Language::Fr, Language::En]
                .into_iter()
                .map(|l| view! { <option value=l.as_str()>{move || i18n.tr(i18n::language_name_id(l))}</option> })
                .collect_view()}
        </datalist>
    }
}
