//! A confirmation dialog on the native `<dialog>`: shown modal, it makes the rest of the page
//! inert (focus stays inside) and closes on Escape; focus returns to where it was.

use crate::i18n;
use leptos::html;
use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;

#[component]
pub fn ConfirmDialog(
    /// Open while true.
    #[prop(into)]
    open: Signal<bool>,
    /// The question, as the dialog's heading.
    #[prop(into)]
    title: Signal<String>,
    /// What confirming does.
    #[prop(into)]
    body: Signal<String>,
    /// The confirm button's text: the action's own verb.
    #[prop(into)]
    confirm_label: Signal<String>,
    /// Styles the confirm button as dangerous (deactivate, delete).
    #[prop(optional)]
    danger: Signal<bool>,
    /// Called by the confirm button.
    #[prop(into)]
    on_confirm: Callback<()>,
    /// Called by Cancel, Escape, or closing the dialog.
    #[prop(into)]
    on_cancel: Callback<()>,
) -> impl IntoView {
    let dialog = NodeRef::<html::Dialog>::new();
    let cancel_ref = NodeRef::<html::Button>::new();
    let opener = StoredValue::new_local(None::<web_sys::HtmlElement>);
    Effect::new(move |_| {
        let Some(el) = dialog.get() else { return };
        if open.get() && !el.open() {
            let active = document().active_element().and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
            opener.set_value(active);
            let _ = el.show_modal();
            // The safe choice gets focus first.
            if let Some(cancel) = cancel_ref.get_untracked() {
                let _ = cancel.focus();
            }
        } else if !open.get() && el.open() {
            el.close();
            if let Some(previous) = opener.get_value() {
                let _ = previous.focus();
            }
        }
    });
    view! {
        <dialog
            class="dialog"
            node_ref=dialog
            aria-labelledby="confirm-dialog-title"
            aria-describedby="confirm-dialog-body"
            on:cancel=move |ev: leptos::ev::Event| {
                ev.prevent_default();
                on_cancel.run(());
            }
        >
            <h2 id="confirm-dialog-title">{title}</h2>
            <p id="confirm-dialog-body">{body}</p>
            <div class="dialog-buttons">
                <button type="button" class="button secondary" node_ref=cancel_ref on:click=move |_| on_cancel.run(())>
                    {i18n::msg("dialog-cancel")}
                </button>
                <button
                    type="button"
                    class=move || if danger.get() { "button danger" } else { "button primary" }
                    data-testid="confirm"
                    on:click=move |_| on_confirm.run(())
                >
                    {confirm_label}
                </button>
            </div>
        </dialog>
    }
}
