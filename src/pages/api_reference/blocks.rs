//! The page's building blocks: sentences with code inside, code blocks, tables and parts.

use std::collections::HashMap;

use leptos::prelude::*;
use leptos_fluent::I18n;

use super::samples::{self, Piece};

/// The page's origin (`https://espace.example.com`): the API lives on the same one.
pub fn origin() -> String {
    window().location().origin().unwrap_or_default()
}

/// A value inside a translated sentence.
#[derive(Debug, Clone)]
pub enum Arg {
    /// Code (a field, a header, an error code): shown as `<code>`, never translated; several
    /// values are listed with commas.
    Code(Vec<String>),
    /// A number, which Fluent writes the way the language does.
    Number(u32),
}

pub fn code(name: &'static str, value: impl Into<String>) -> (&'static str, Arg) {
    (name, Arg::Code(vec![value.into()]))
}

pub fn codes(name: &'static str, values: impl IntoIterator<Item = impl Into<String>>) -> (&'static str, Arg) {
    (name, Arg::Code(values.into_iter().map(Into::into).collect()))
}

pub fn number(name: &'static str, value: u32) -> (&'static str, Arg) {
    (name, Arg::Number(value))
}

/// Code values, each in its own `<code>`, separated by commas.
pub fn code_list(values: &[String]) -> impl IntoView {
    values
        .iter()
        .enumerate()
        .map(|(i, value)| {
            view! {
                {(i != 0).then_some(", ")}
                <code translate="no">{value.clone()}</code>
            }
        })
        .collect_view()
}

/// A translated sentence whose code variables show as `<code>`: each gets a marker as its
/// value, and the rendered text is cut at the markers.
#[component]
pub fn Sentence(
    /// The Fluent id.
    id: &'static str,
    /// Its variables.
    #[prop(optional)]
    args: Vec<(&'static str, Arg)>,
) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let mut values = HashMap::new();
    let mut code_values: Vec<Vec<String>> = Vec::new();
    for (name, arg) in args {
        match arg {
            Arg::Code(list) => {
                values.insert(name.into(), samples::marker(code_values.len()).into());
                code_values.push(list);
            }
            Arg::Number(n) => {
                values.insert(name.into(), n.into());
            }
        }
    }
    move || {
        samples::pieces(&i18n.tr_with_args(id, &values))
            .into_iter()
            .map(|piece| match piece {
                Piece::Text(text) => text.into_any(),
                Piece::Code(n) => code_list(code_values.get(n).map(Vec::as_slice).unwrap_or_default()).into_any(),
            })
            .collect_view()
    }
}

/// A block of code that scrolls inside itself (with the keyboard too), under an optional
/// caption.
#[component]
pub fn CodeBlock(
    /// The code.
    #[prop(into)]
    text: Signal<String>,
    /// The Fluent id of its caption.
    #[prop(optional)]
    caption: Option<&'static str>,
    /// What it is, for tests: `api-curl`, `api-body`, `api-answer`…
    kind: &'static str,
    /// The endpoint it belongs to (its section's id).
    #[prop(optional)]
    endpoint: Option<&'static str>,
) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let block = view! {
        <pre class="api-code" tabindex="0" translate="no" data-testid=kind data-endpoint=endpoint>
            <code>{move || text.get()}</code>
        </pre>
    };
    match caption {
        Some(caption) => view! {
            <figure class="api-figure">
                <figcaption>{move || i18n.tr(caption)}</figcaption>
                {block}
            </figure>
        }
        .into_any(),
        None => block.into_any(),
    }
}

/// A table that scrolls inside its frame on narrow screens, named by its caption.
#[component]
pub fn Table(
    /// The caption's element id.
    id: &'static str,
    /// The Fluent id of the caption.
    caption: &'static str,
    /// The Fluent ids of the column headers.
    columns: &'static [&'static str],
    /// A class of its own, for its layout.
    #[prop(optional)]
    class: &'static str,
    /// The `<tr>` rows.
    children: Children,
) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    view! {
        <div class="table-wrap api-table-wrap" role="region" tabindex="0" aria-labelledby=id>
            <table class=format!("users-table api-table {class}")>
                <caption id=id>{move || i18n.tr(caption)}</caption>
                <thead>
                    <tr>
                        {columns
                            .iter()
                            .map(|column| view! { <th scope="col">{move || i18n.tr(column)}</th> })
                            .collect_view()}
                    </tr>
                </thead>
                <tbody>{children()}</tbody>
            </table>
        </div>
    }
}

/// A part of the page, with an `<h2>` that the contents link to.
#[component]
pub fn Part(
    /// The heading's id: `/api#errors`.
    anchor: &'static str,
    /// The Fluent id of the heading.
    title: &'static str,
    /// The section's content.
    children: Children,
) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    view! {
        <section class="api-part">
            <h2 id=anchor>{move || i18n.tr(title)}</h2>
            {children()}
        </section>
    }
}

/// An in-page link. `target="_self"` leaves it to the browser (the router would otherwise take
/// it), which scrolls and moves the keyboard's starting point to the heading.
pub fn in_page_link(anchor: &'static str, text: impl IntoView + 'static) -> impl IntoView {
    view! {
        <a href=format!("#{anchor}") target="_self">
            {text}
        </a>
    }
}
