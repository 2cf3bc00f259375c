//! The import itself: the ready rows in parts of `COMMIT_PART_ROWS`, one after the other, all
//! under the import's one key, with a progress bar between parts. A retried or double-clicked
//! import resends the same rows under the same key: the server creates nobody twice.

use espace_api::import::{CommitReport, CommitRequest, ImportRow, COMMIT_PART_ROWS};
use leptos::prelude::*;
use leptos_fluent::{tr, I18n};

use super::ImportFlow;
use crate::api;
use crate::api::client::ApiResult;
use crate::components::error_details::ErrorPanel;
use crate::i18n;

/// What one import sends, frozen at the first click.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommitJob {
    pub batch: String,
    pub rows: Vec<ImportRow>,
    pub send_activation: bool,
}

/// Sends every part in order; `done` counts the rows sent so far.
pub async fn run(job: &CommitJob, done: RwSignal<usize>) -> ApiResult<CommitReport> {
    let mut report = CommitReport::default();
    done.set(0);
    for (part, rows) in job.rows.chunks(COMMIT_PART_ROWS).enumerate() {
        let request = CommitRequest {
            batch: job.batch.clone(),
            part: u32::try_from(part).unwrap_or(u32::MAX),
            rows: rows.to_vec(),
            send_activation: job.send_activation,
        };
        let answer = api::import::commit(&request).await?;
        report.created.extend(answer.created);
        report.skipped.extend(answer.skipped);
        done.set(part * COMMIT_PART_ROWS + rows.len());
    }
    Ok(report)
}

#[component]
pub fn CommitPanel(
    /// The page's state: the rows, the import's key and its frozen job.
    flow: ImportFlow,
    /// Sends the job's parts.
    commit: Action<CommitJob, ()>,
    /// True while the rows are being checked: nothing is imported meanwhile.
    #[prop(into)]
    checking: Signal<bool>,
) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let send_activation = RwSignal::new(true);
    let done = flow.committed;
    let failure = flow.commit_failure;
    let pending = commit.pending();
    let counts = flow.counts;
    let started = move || flow.job.with(Option::is_some);
    let total = move || flow.job.with(|job| job.as_ref().map_or(0, |j| j.rows.len()));
    // Nothing to import yet: the button is off (the hint under it says why).
    let blocked = move || !started() && counts.with(|c| c.ready == 0 || c.changed > 0);
    let on_commit = move |_| {
        if pending.get_untracked() || checking.get_untracked() {
            return;
        }
        // A retry sends the very rows of the first attempt, under the same key.
        let job = match flow.job.get_untracked() {
            Some(job) => job,
            None => {
                if counts.with_untracked(|c| c.changed > 0) {
                    return;
                }
                let rows = flow.ready_rows();
                if rows.is_empty() {
                    return;
                }
                let job = CommitJob {
                    batch: flow.batch.get_untracked(),
                    rows,
                    send_activation: send_activation.get_untracked(),
                };
                flow.job.set(Some(job.clone()));
                job
            }
        };
        failure.set(None);
        commit.dispatch(job);
    };
    let hint = move || {
        if started() {
            None
        } else if counts.with(|c| c.changed > 0) {
            Some(i18n.tr("import-changed-hint"))
        } else if counts.with(|c| c.ready == 0) {
            Some(i18n.tr("import-nothing-ready"))
        } else {
            None
        }
    };
    view! {
        <section
            class="card import-commit"
            aria-labelledby="import-commit-title"
            aria-busy=move || pending.get().to_string()
        >
            <h2 id="import-commit-title">{i18n::msg("import-commit-title")}</h2>
            <div class="checkbox">
                <input
                    type="checkbox"
                    id="import-send-activation"
                    aria-describedby="import-send-activation-hint"
                    disabled=started
                    prop:checked=move || send_activation.get()
                    on:change=move |ev| send_activation.set(event_target_checked(&ev))
                />
                <label for="import-send-activation">{i18n::msg("import-send-activation")}</label>
            </div>
            <p id="import-send-activation-hint" class="hint">
                {i18n::msg("import-send-activation-hint")}
            </p>
            {move || {
                failure
                    .get()
                    .map(|error| {
                        view! {
                            <ErrorPanel error=error />
                            <p class="hint">{i18n::msg("import-commit-retry-hint")}</p>
                        }
                    })
            }}
            <div class="form-buttons">
                <button
                    type="button"
                    class="button primary"
                    id="import-commit"
                    data-testid="import-commit"
                    disabled=blocked
                    aria-disabled=move || (pending.get() || checking.get()).to_string()
                    aria-describedby="import-commit-hint"
                    on:click=on_commit
                >
                    {move || {
                        if failure.with(Option::is_some) {
                            i18n.tr("import-commit-retry")
                        } else {
                            tr!(i18n, "import-commit", { "count" => counts.with(|c| c.ready) })
                        }
                    }}
                </button>
            </div>
            <p id="import-commit-hint" class="hint">
                {hint}
            </p>
            <Show when=started>
                <div class="import-progress" data-testid="import-progress">
                    <label for="import-progress-bar">{i18n::msg("import-progress-label")}</label>
                    <progress id="import-progress-bar" max=total value=move || done.get()></progress>
                    <p role="status" data-testid="import-progress-text">
                        {move || tr!(i18n, "import-progress", { "done" => done.get(), "total" => total() })}
                    </p>
                </div>
            </Show>
        </section>
    }
}
