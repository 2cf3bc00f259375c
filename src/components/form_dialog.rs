//! A dialog holding a small form (rename, choose where to move), on the native `<dialog>` like
//! `ConfirmDialog`: modal, Escape cancels, focus goes to the form's first field (or to Cancel,
//! the safe choice, when there is none) and back to the opener on close.

use crate::i18n;
use leptos::ev::SubmitEvent;
use leptos::html;
use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;

#[component]
pub fn FormDialog(
    /// Unique on the page: the heading's id is `<id>-title`.
    id: &'static str,
    /// Open while true.
    #[prop(into)]
    open: Signal<bool>,
    /// The heading, which also names the dialog.
    #[prop(into)]
    title: Signal<String>,
    /// The submit button's text.
    #[prop(into)]
    submit_label: Signal<String>,
    /// Styles the submit button as dangerous (remove).
    #[prop(optional, into)]
    danger: Signal<bool>,
    /// True while the request runs: the submit button waits.
    #[prop(optional, into)]
    busy: Signal<bool>,
    /// Enter in a field or the submit button.
    #[prop(into)]
    on_submit: Callback<()>,
    /// Cancel or Escape.
    #[prop(into)]
    on_cancel: Callback<()>,
    /// The form's content: explanations, fields, errors.
    children: Children,
) -> impl IntoView {
    let dialog = NodeRef::<html::Dialog>::new();
    let cancel_ref = NodeRef::<html::Button>::new();
    let opener = StoredValue::new_local(None::<web_sys::HtmlElement>);
    let title_id = format!("{id}-title");
    let labelled_by = title_id.clone();
    Effect::new(move |_| {
        let Some(el) = dialog.get() else { return };
        if open.get() && !el.open() {
            let active = document().active_element().and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
            opener.set_value(active);
            let _ = el.show_modal();
            let field = el
                .query_selector("input, select, textarea")
                .ok()
                .flatten()
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
            match (field, cancel_ref.get_untracked()) {
                (Some(field), _) => {
                    let _ = field.focus();
                }
                (None, Some(cancel)) => {
                    let _ = cancel.focus();
                }
                (None, None) => {}
            }
        } else if !open.get() && el.open() {
            el.close();
            // The opener may be gone (a removed row): then the page's main region.
            let back = opener.get_value().filter(|e| e.is_connected()).or_else(|| {
                document().get_element_by_id("main").and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
            });
            if let Some(back) = back {
                let _ = back.focus();
            }
        }
    });
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if !busy.get_untracked() {
            on_submit.run(());
        }
    };
    view! {
        <dialog
            class="dialog"
            id=id
            node_ref=dialog
            aria-labelledby=labelled_by
            on:cancel=move |ev: leptos::ev::Event| {
                ev.prevent_default();
                on_cancel.run(());
            }
        >
            <form on:submit=submit novalidate=true>
                <h2 id=title_id>{title}</h2>
                {children()}
                <div class="dialog-buttons">
                    <button
                        type="button"
                        class="button secondary"
                        node_ref=cancel_ref
                        on:click=move |_| on_cancel.run(())
                    >
                        {i18n::msg("dialog-cancel")}
                    </button>
                    <button
                        type="submit"
                        class=move || if danger.get() { "button danger" } else { "button primary" }
                        aria-disabled=move || busy.get().to_string()
                        data-testid="dialog-submit"
                    >
                        {submit_label}
                    </button>
                </div>
            </form>
        </dialog>
    }
}
