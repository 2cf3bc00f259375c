//! The grid's cells chosen from a list, and its services cell.

use super::*;
use crate::components::load_error::FailedLoad;

/// A cell chosen from a list. A value the list lacks (a row brought back from the preview)
/// still shows, as typed.
#[component]
pub fn SelectCell(
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
            view! {
                <option value="" selected=selected disabled=true>
                    {move || i18n::t(message)}
                </option>
            }
        });
        let listed = all
            .into_iter()
            .map(|(v, text)| {
                let selected = v == current;
                view! {
                    <option value=v selected=selected>
                        {text}
                    </option>
                }
            })
            .collect_view();
        view! {
            {empty}
            {listed}
        }
    };
    view! {
        <label for=id.clone() class="visually-hidden">
            {label}
        </label>
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
        <p id=error_id class="field-error">
            {error}
        </p>
    }
}

/// The services of a line: a disclosure holding one checkbox per service of the catalogue.
#[component]
pub fn ServicesCell(
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
            Some(Err(error)) => {
                let catalogue = choices.catalogue;
                view! { <FailedLoad error=error retry=move |()| catalogue.refetch() /> }.into_any()
            }
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
                            <label for=box_id>
                                <bdi>{service.name}</bdi>
                            </label>
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
