//! A wide table in a region that scrolls sideways on a phone: focusable (so the keyboard can
//! scroll it) and named by its caption or by the heading above it.

use leptos::prelude::*;

use crate::i18n;

#[component]
pub fn TableRegion(
    /// The id that names the region: the caption's, or a heading's above the table.
    labelled_by: &'static str,
    /// A caption read by screen readers only, given the id `labelled_by` (a Fluent id); none
    /// when a heading outside names the table.
    #[prop(optional)]
    caption: Option<&'static str>,
    /// The columns' headings (Fluent ids).
    headings: &'static [&'static str],
    /// The table's `data-testid`.
    testid: &'static str,
    /// The rows.
    children: Children,
) -> impl IntoView {
    view! {
        <div class="table-wrap" role="region" tabindex="0" aria-labelledby=labelled_by>
            <table class="users-table" data-testid=testid>
                {caption
                    .map(|id| {
                        view! {
                            <caption id=labelled_by class="visually-hidden">
                                {i18n::msg(id)}
                            </caption>
                        }
                    })}
                <thead>
                    <tr>{headings.iter().map(|&id| view! { <th scope="col">{i18n::msg(id)}</th> }).collect_view()}</tr>
                </thead>
                <tbody>{children()}</tbody>
            </table>
        </div>
    }
}
