//! Short confirmations ("You are signed out") announced to screen readers.

use leptos::prelude::*;

use crate::i18n;

#[derive(Clone, Debug, PartialEq)]
pub struct Toast {
    pub id: u64,
    /// A Fluent id, rendered at display time so it follows a language change.
    pub message_id: &'static str,
}

#[derive(Clone, Copy)]
pub struct Toasts {
    items: RwSignal<Vec<Toast>>,
    next_id: StoredValue<u64>,
}

const VISIBLE_MS: u64 = 6000;

impl Toasts {
    pub fn provide() -> Toasts {
        let toasts = Toasts { items: RwSignal::new(Vec::new()), next_id: StoredValue::new(0) };
        provide_context(toasts);
        toasts
    }

    pub fn show(self, message_id: &'static str) {
        let id = self.next_id.get_value();
        self.next_id.set_value(id + 1);
        self.items.update(|items| items.push(Toast { id, message_id }));
        set_timeout(move || self.dismiss(id), std::time::Duration::from_millis(VISIBLE_MS));
    }

    pub fn dismiss(self, id: u64) {
        self.items.update(|items| items.retain(|t| t.id != id));
    }
}

pub fn use_toasts() -> Toasts {
    expect_context::<Toasts>()
}

/// The live region exists from the start (empty), so screen readers announce what enters it.
#[component]
pub fn ToastRegion() -> impl IntoView {
    let toasts = use_toasts();
    view! {
        <section class="toasts" aria-label=i18n::msg("shell-toasts-label")>
            <div role="status" aria-live="polite" aria-atomic="false">
                <For each=move || toasts.items.get() key=|t| t.id let:toast>
                    <div class="toast">
                        <p>{move || i18n::t(toast.message_id)}</p>
                        <button
                            type="button"
                            class="toast-close"
                            aria-label=i18n::msg("shell-close")
                            on:click=move |_| toasts.dismiss(toast.id)
                        >
                            "×"
                        </button>
                    </div>
                </For>
            </div>
        </section>
    }
}
