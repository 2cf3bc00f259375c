//! The list of what to fix at the top of a form, each item a link to its field. It takes
//! focus when it appears, so screen readers read it at once.

use crate::i18n;
use leptos::html;
use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;

#[derive(Clone, Debug, PartialEq)]
pub struct SummaryItem {
    /// The id of the input to focus.
    pub target: String,
    pub text: String,
}

#[component]
pub fn ErrorSummary(
    /// The form's errors, each linking to its field; nothing shows while empty.
    #[prop(into)]
    items: Signal<Vec<SummaryItem>>,
    /// Bumped by each failed submit: the summary takes focus then.
    focus_on: RwSignal<u32>,
) -> impl IntoView {
    let node = NodeRef::<html::Div>::new();
    // Focused each time the form asks (a failed Next or Finish), not on every keystroke.
    Effect::new(move |previous: Option<u32>| {
        let n = focus_on.get();
        if previous.is_some_and(|p| p != n) {
            if let Some(el) = node.get_untracked() {
                let _ = el.focus();
            }
        }
        n
    });
    view! {
        <div class="error-summary" role="alert" tabindex="-1" node_ref=node hidden=move || items.with(Vec::is_empty)>
            <h2>{i18n::msg("form-error-summary-title")}</h2>
            <ul>
                {move || {
                    items
                        .get()
                        .into_iter()
                        .map(|item| {
                            let target = item.target.clone();
                            view! {
                                <li>
                                    <a
                                        href=format!("#{}", item.target)
                                        on:click=move |ev| {
                                            ev.prevent_default();
                                            if let Some(el) = document()
                                                .get_element_by_id(&target)
                                                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
                                            {
                                                let _ = el.focus();
                                            }
                                        }
                                    >
                                        {item.text}
                                    </a>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
        </div>
    }
}
