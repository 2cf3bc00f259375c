//! Recovery codes, shown once: to copy, download or write down before going on.

use leptos::html;
use leptos::prelude::*;

use crate::components::clipboard::copy_text;
use crate::components::download::save_text;
use crate::i18n;

#[component]
pub fn RecoveryCodesPanel(
    /// The codes, grouped for reading.
    codes: Vec<String>,
    /// "I have saved them".
    #[prop(into)]
    on_done: Callback<()>,
) -> impl IntoView {
    let heading = NodeRef::<html::H2>::new();
    let copied = RwSignal::new(None::<bool>);
    let text = StoredValue::new(codes.join("\n"));
    // Read first: the heading takes focus once drawn.
    Effect::new(move |_| {
        if let Some(heading) = heading.get() {
            let _ = heading.focus();
        }
    });
    let copy = move |_| {
        copied.set(None);
        leptos::task::spawn_local(async move {
            copied.set(Some(copy_text(&text.get_value()).await));
        });
    };
    let status = move || {
        copied
            .get()
            .map(|done| i18n::t(if done { "second-step-codes-copied" } else { "second-step-codes-copy-failed" }))
    };
    view! {
        <section class="recovery-codes-panel" aria-labelledby="recovery-codes-title" data-testid="recovery-codes">
            <h2 id="recovery-codes-title" tabindex="-1" node_ref=heading>
                {i18n::msg("second-step-codes-title")}
            </h2>
            <p class="token-secret-warning">{i18n::msg("second-step-codes-warning")}</p>
            <ol class="recovery-codes">
                {codes
                    .into_iter()
                    .map(|code| {
                        view! {
                            <li>
                                <code>{code}</code>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
            <div class="dialog-buttons">
                <button type="button" class="button secondary" on:click=copy>
                    {i18n::msg("second-step-codes-copy")}
                </button>
                <button
                    type="button"
                    class="button secondary"
                    on:click=move |_| save_text(
                        &i18n::t("second-step-codes-file"),
                        "text/plain;charset=utf-8",
                        &text.get_value(),
                    )
                >
                    {i18n::msg("second-step-codes-download")}
                </button>
                <button
                    type="button"
                    class="button primary"
                    data-testid="codes-saved"
                    on:click=move |_| on_done.run(())
                >
                    {i18n::msg("second-step-codes-saved")}
                </button>
            </div>
            <p role="status" class="hint">
                {status}
            </p>
        </section>
    }
}
