//! A spreadsheet in: dropped on the zone or chosen with the picker, sent as it is to the server,
//! which reads it (CSV or XLSX) and answers with the dry run. Files over the limit are refused
//! here, before any upload.

use espace_api::import::{MAX_FILE_BYTES, MAX_ROWS};
use leptos::ev;
use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
use leptos_fluent::{tr, I18n};

use super::ImportFlow;
use crate::api;
use crate::api::import::SheetFormat;
use crate::i18n;

/// What the picker offers: CSV and Excel files.
const ACCEPT: &str = ".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

#[component]
pub fn FileDrop(
    /// The page's state: the preview goes there, and the server's refusal.
    flow: ImportFlow,
) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    // A file is being dragged over the zone.
    let over = RwSignal::new(false);
    let too_large = RwSignal::new(false);
    let reading = RwSignal::new(String::new());
    let upload = Action::new_local(move |file: &web_sys::File| {
        let file = file.clone();
        async move {
            match api::import::check_file(&file).await {
                Ok(preview) => flow.show_preview(preview),
                Err(error) => flow.failure.set(Some(error)),
            }
        }
    });
    let pending = upload.pending();
    let take = move |file: web_sys::File| {
        if pending.get_untracked() {
            return;
        }
        flow.failure.set(None);
        // The size is exact up to 2^53 bytes, far beyond the limit.
        let too_big = file.size() > MAX_FILE_BYTES as f64;
        too_large.set(too_big);
        if too_big {
            return;
        }
        reading.set(file.name());
        upload.dispatch_local(file);
    };
    let on_change = move |ev: ev::Event| {
        let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else {
            return;
        };
        let file = input.files().and_then(|files| files.get(0));
        // Choosing the same file again (once fixed) is a change too.
        input.set_value("");
        if let Some(file) = file {
            take(file);
        }
    };
    let on_drop = move |ev: ev::DragEvent| {
        ev.prevent_default();
        over.set(false);
        if let Some(file) = ev.data_transfer().and_then(|data| data.files()).and_then(|files| files.get(0)) {
            take(file);
        }
    };
    let megabytes = MAX_FILE_BYTES / (1024 * 1024);
    let template = move |format: SheetFormat| api::import::template_href(format, i18n::language());
    view! {
        <p class="hint">{i18n::msg("import-file-intro")}</p>
        <div
            class="import-drop"
            class:over=move || over.get()
            data-testid="import-drop"
            on:dragenter=move |ev: ev::DragEvent| {
                ev.prevent_default();
                over.set(true);
            }
            on:dragover=move |ev: ev::DragEvent| {
                ev.prevent_default();
                over.set(true);
            }
            on:dragleave=move |_| over.set(false)
            on:drop=on_drop
        >
            <p class="import-drop-text">{i18n::msg("import-file-drop")}</p>
            <label for="import-file">{i18n::msg("import-file-label")}</label>
            <input
                type="file"
                id="import-file"
                data-testid="import-file"
                accept=ACCEPT
                aria-describedby="import-file-limits"
                on:change=on_change
            />
            <p id="import-file-limits" class="hint">
                {move || tr!(i18n, "import-file-limits", { "rows" => MAX_ROWS, "size" => megabytes })}
            </p>
        </div>
        <Show when=move || too_large.get()>
            <div class="error-panel" role="alert" data-testid="import-file-too-large">
                <p class="error-message">{move || tr!(i18n, "import-file-too-large", { "size" => megabytes })}</p>
            </div>
        </Show>
        <p class="loading" role="status" aria-busy=move || pending.get().to_string()>
            {move || pending.get().then(|| tr!(i18n, "import-file-reading", { "name" => reading.get() }))}
        </p>
        {move || flow.failure.get().map(|error| view! { <crate::components::error_details::ErrorPanel error=error /> })}
        <section class="import-templates" aria-labelledby="import-templates-title">
            <h3 id="import-templates-title">{i18n::msg("import-templates-title")}</h3>
            <p class="hint">{i18n::msg("import-templates-intro")}</p>
            <p class="import-template-links">
                <a
                    class="button secondary"
                    href=move || template(SheetFormat::Csv)
                    download=true
                    data-testid="import-template-csv"
                >
                    {i18n::msg("import-template-csv")}
                </a>
                <a
                    class="button secondary"
                    href=move || template(SheetFormat::Xlsx)
                    download=true
                    data-testid="import-template-xlsx"
                >
                    {i18n::msg("import-template-xlsx")}
                </a>
            </p>
        </section>
    }
}
