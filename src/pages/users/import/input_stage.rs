//! The two ways in, as tabs: the lines to fill in, or a file.

use super::*;

/// The two ways in, as tabs: the lines to fill in, or a file.
#[component]
pub fn InputStage(
    /// The page's state.
    flow: ImportFlow,
    /// The choices the grid offers.
    choices: Choices,
    /// Sends the lines for the dry run.
    check: Action<CheckRequest, ()>,
) -> impl IntoView {
    let tab = flow.tab;
    // A refusal belongs to the way in that met it.
    let open = move |to: Tab| {
        if tab.get_untracked() != to {
            flow.failure.set(None);
            tab.set(to);
        }
    };
    let select = move |to: Tab| {
        open(to);
        focus_by_id(to.tab_id());
    };
    // Arrow keys move between the tabs (the selected one alone is in the Tab order).
    let on_keydown = move |ev: ev::KeyboardEvent| {
        let to = match ev.key().as_str() {
            "ArrowRight" | "ArrowLeft" => {
                if tab.get_untracked() == Tab::Lines {
                    Tab::File
                } else {
                    Tab::Lines
                }
            }
            "Home" => Tab::Lines,
            "End" => Tab::File,
            _ => return,
        };
        ev.prevent_default();
        select(to);
    };
    let tab_button = move |t: Tab| {
        view! {
            <button
                type="button"
                role="tab"
                class="import-tab"
                id=t.tab_id()
                aria-controls=t.panel_id()
                aria-selected=move || (tab.get() == t).to_string()
                tabindex=move || if tab.get() == t { "0" } else { "-1" }
                on:click=move |_| open(t)
            >
                {move || crate::i18n::t(t.label_id())}
            </button>
        }
    };
    view! {
        <p class="hint">{i18n::msg("import-intro")}</p>
        <div class="import-tabs" role="tablist" aria-label=i18n::msg("import-tabs-label") on:keydown=on_keydown>
            {tab_button(Tab::Lines)}
            {tab_button(Tab::File)}
        </div>
        <div
            class="import-panel"
            role="tabpanel"
            id=Tab::Lines.panel_id()
            aria-labelledby=Tab::Lines.tab_id()
            hidden=move || tab.get() != Tab::Lines
        >
            <LinesGrid flow=flow choices=choices check=check />
        </div>
        <div
            class="import-panel"
            role="tabpanel"
            id=Tab::File.panel_id()
            aria-labelledby=Tab::File.tab_id()
            hidden=move || tab.get() != Tab::File
        >
            <FileDrop flow=flow />
        </div>
    }
}
