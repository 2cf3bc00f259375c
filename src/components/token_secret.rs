//! The secret of a token just created (a company's API token, an operator token), shown
//! this once.

use leptos::html;
use leptos::prelude::*;

use crate::i18n;

/// The panel's words (Fluent ids): its heading, the warning, where to keep it, and the field's
/// label (which names `$name`).
#[derive(Debug, Clone, Copy)]
pub struct SecretTexts {
    pub title: &'static str,
    pub warning: &'static str,
    pub store: &'static str,
    pub label: &'static str,
}

/// A token's secret.
pub const TOKEN_TEXTS: SecretTexts = SecretTexts {
    title: "tokens-secret-title",
    warning: "tokens-secret-warning",
    store: "tokens-secret-store",
    label: "tokens-secret-label",
};

/// A read-only field to copy the secret from, a Copy button that says politely whether it
/// worked, and Done, which hides it for good. Focus moves to its heading, so it is read first.
#[component]
pub fn SecretPanel(
    /// The token's name.
    name: String,
    /// Its secret, which the server keeps no copy of.
    secret: String,
    /// Done: hides the panel.
    #[prop(into)]
    on_done: Callback<()>,
    /// Its words, a token's unless told.
    #[prop(default = TOKEN_TEXTS)]
    texts: SecretTexts,
) -> impl IntoView {
    let heading = NodeRef::<html::H2>::new();
    let input = NodeRef::<html::Input>::new();
    // `Some(true)` once copied, `Some(false)` when the browser refused.
    let copied = RwSignal::new(None::<bool>);
    let secret = StoredValue::new(secret);
    // Focus follows the panel's heading once it is drawn (a DOM effect, not an action's).
    Effect::new(move |_| {
        if let Some(heading) = heading.get() {
            let _ = heading.focus();
        }
    });
    // When copying fails, the secret is selected for the keyboard's copy.
    let select = move || {
        if let Some(input) = input.get_untracked() {
            let _ = input.focus();
            input.select();
        }
    };
    let copy = move |_| {
        // Emptied first, so that a second copy is announced again.
        copied.set(None);
        let text = secret.get_value();
        leptos::task::spawn_local(async move {
            let done = crate::components::clipboard::copy_text(&text).await;
            if !done {
                select();
            }
            copied.set(Some(done));
        });
    };
    let label = i18n::msg_with(texts.label, move || [("name", name.clone().into())]);
    let status = move || copied.get().map(|done| i18n::t(if done { "tokens-copied" } else { "tokens-copy-failed" }));
    view! {
        <section class="card token-secret-panel" aria-labelledby="token-secret-title" data-testid="token-created">
            <h2 id="token-secret-title" tabindex="-1" node_ref=heading>
                {i18n::msg(texts.title)}
            </h2>
            <p class="token-secret-warning">{i18n::msg(texts.warning)}</p>
            <p class="hint">{i18n::msg(texts.store)}</p>
            <div class="field">
                <label for="token-secret">{label}</label>
                <div class="token-secret-row">
                    <input
                        id="token-secret"
                        type="text"
                        readonly=true
                        autocomplete="off"
                        spellcheck="false"
                        data-testid="token-secret"
                        node_ref=input
                        prop:value=move || secret.get_value()
                        on:focus=move |_| {
                            if let Some(input) = input.get_untracked() {
                                input.select();
                            }
                        }
                    />
                    <button type="button" class="button secondary" data-testid="token-copy" on:click=copy>
                        {i18n::msg("tokens-copy")}
                    </button>
                </div>
                <p
                    class=move || {
                        if copied.get() == Some(false) { "token-copy-status failed" } else { "token-copy-status" }
                    }
                    role="status"
                    data-testid="token-copy-status"
                >
                    {status}
                </p>
            </div>
            <div class="form-buttons">
                <button type="button" class="button primary" data-testid="token-done" on:click=move |_| on_done.run(())>
                    {i18n::msg("tokens-done")}
                </button>
            </div>
        </section>
    }
}
