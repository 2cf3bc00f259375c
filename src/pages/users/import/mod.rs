//! `/users/import`: adding many people at once, after the help centre's "Importer": lines to
//! fill in (one person per line, "+" adds one) or a spreadsheet (CSV or XLSX, read by the
//! server), then a real dry run whose rows are fixed in place, then the import in parts with a
//! progress bar, and its report.

mod cells;
mod commit;
mod file_drop;
mod grid;
mod preview;
mod report;

use espace_api::import::{CheckRequest, CommitReport, ImportPreview, ImportRow, RowStatus, SeatUse};
use espace_api::services::MySpace;
use espace_api::users::Role;
use espace_api::{ApiError, Language};
use leptos::ev;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::api;
use crate::api::client::ApiResult;
use crate::components::focus::focus_by_id;
use crate::components::page_title::use_page_title;
use crate::i18n;
use crate::pages::users::entity_fields::{load_entities, Entities};
use crate::session::use_session;
use commit::{CommitJob, CommitPanel};
use file_drop::FileDrop;
use grid::{GridLine, LinesGrid};
use preview::{Preview, PreviewRow};
use report::ImportReport;

mod input_stage;
use input_stage::InputStage;

/// Where the page is: typing lines or choosing a file, reviewing the dry run (and importing),
/// or reading the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stage {
    Input,
    Preview,
    Done,
}

/// The two ways in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tab {
    Lines,
    File,
}

impl Tab {
    fn tab_id(self) -> &'static str {
        match self {
            Tab::Lines => "import-tab-lines",
            Tab::File => "import-tab-file",
        }
    }

    fn panel_id(self) -> &'static str {
        match self {
            Tab::Lines => "import-panel-lines",
            Tab::File => "import-panel-file",
        }
    }

    fn label_id(self) -> &'static str {
        match self {
            Tab::Lines => "import-tab-lines",
            Tab::File => "import-tab-file",
        }
    }
}

/// What the page offers to choose from in the grid and suggests in the preview.
#[derive(Clone, Copy)]
pub struct Choices {
    /// The entities in the reader's reach.
    pub entities: Entities,
    /// The company's services, with their seats.
    pub catalogue: LocalResource<ApiResult<MySpace>>,
    /// Whether the reader is an administrator, the only one who may make another.
    pub reader_admin: bool,
    /// The company's language: new lines start with it.
    pub company_language: Language,
}

impl Choices {
    /// The roles the reader may give, lowest first.
    pub fn roles(self) -> Vec<Role> {
        Role::ALL.into_iter().filter(|r| *r != Role::Admin || self.reader_admin).collect()
    }

    /// The entity's name when there is only one to choose.
    pub fn only_entity(self) -> Option<String> {
        match crate::pages::users::entity_fields::entities_now(self.entities).as_slice() {
            [one] => Some(one.name.clone()),
            _ => None,
        }
    }
}

/// The rows of the preview, counted by what the page shows of them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub ready: usize,
    pub errors: usize,
    pub existing: usize,
    /// Changed since the last check: to check again before importing.
    pub changed: usize,
}

impl Counts {
    fn of(rows: &[PreviewRow]) -> Counts {
        let mut counts = Counts::default();
        for row in rows {
            if !row.changed.is_empty() {
                counts.changed += 1;
                continue;
            }
            match row.check.status {
                RowStatus::Ready => counts.ready += 1,
                RowStatus::Error => counts.errors += 1,
                RowStatus::Exists => counts.existing += 1,
            }
        }
        counts
    }
}

/// What an import ended with, for the report.
#[derive(Debug, Clone, PartialEq)]
pub struct Finished {
    pub report: CommitReport,
    /// The import's key: names its report on the server.
    pub batch: String,
    /// Rows not sent: errors, already existing, or changed and not checked again.
    pub left_out: usize,
    pub sent_activation: bool,
}

/// The page's state, shared by its parts. Lives as long as the page: switching tabs, going
/// back from the preview or a failed request loses nothing typed.
#[derive(Clone, Copy)]
pub struct ImportFlow {
    stage: RwSignal<Stage>,
    tab: RwSignal<Tab>,
    /// The grid's lines.
    lines: RwSignal<Vec<GridLine>>,
    /// The dry run's rows, as fixed in the preview.
    rows: RwSignal<Vec<PreviewRow>>,
    counts: Memo<Counts>,
    /// The seats the batch asks for, as of the last check.
    seats: RwSignal<Vec<SeatUse>>,
    /// The import's key, chosen once when its preview first shows: a retried or double-clicked
    /// commit sends it again.
    batch: RwSignal<String>,
    /// The rows being imported, frozen from the first click to the end (a retry resends them).
    job: RwSignal<Option<CommitJob>>,
    /// Rows of the job sent so far.
    committed: RwSignal<usize>,
    /// The import stopped on this error (network, rate limit…): it can be tried again.
    commit_failure: RwSignal<Option<ApiError>>,
    finished: RwSignal<Option<Finished>>,
    /// A dry run (of lines or of a file) that failed.
    failure: RwSignal<Option<ApiError>>,
}

impl ImportFlow {
    fn new(first_line: GridLine) -> ImportFlow {
        let rows = RwSignal::new(Vec::<PreviewRow>::new());
        ImportFlow {
            stage: RwSignal::new(Stage::Input),
            tab: RwSignal::new(Tab::Lines),
            lines: RwSignal::new(vec![first_line]),
            rows,
            counts: Memo::new(move |_| rows.with(|rows| Counts::of(rows))),
            seats: RwSignal::new(Vec::new()),
            batch: RwSignal::new(String::new()),
            job: RwSignal::new(None),
            committed: RwSignal::new(0),
            commit_failure: RwSignal::new(None),
            finished: RwSignal::new(None),
            failure: RwSignal::new(None),
        }
    }

    /// The dry run's answer: a new import when it comes from the lines or a file, the same
    /// one (same key) when it checks the preview again.
    fn show_preview(self, preview: ImportPreview) {
        if self.stage.try_get_untracked() != Some(Stage::Preview) {
            self.batch.set(cells::new_batch_key());
            self.job.set(None);
        }
        self.rows.set(preview.rows.into_iter().map(PreviewRow::new).collect());
        self.seats.set(preview.seats);
        self.failure.set(None);
        self.stage.set(Stage::Preview);
    }

    /// Back to the lines or the file. Lines come back with the fixes made in the preview.
    fn start_over(self) {
        if self.tab.get_untracked() == Tab::Lines {
            let lines: Vec<GridLine> =
                self.rows.with_untracked(|rows| rows.iter().map(|r| GridLine::from_row(&r.check.row)).collect());
            if !lines.is_empty() {
                self.lines.set(lines);
            }
        }
        self.rows.set(Vec::new());
        self.seats.set(Vec::new());
        self.job.set(None);
        self.committed.set(0);
        self.commit_failure.set(None);
        self.failure.set(None);
        self.stage.set(Stage::Input);
    }

    /// The import ended: its report replaces the preview.
    fn finish(self, report: CommitReport, job: &CommitJob) {
        let total = self.rows.try_with_untracked(Vec::len).unwrap_or_default();
        self.finished.set(Some(Finished {
            report,
            batch: job.batch.clone(),
            left_out: total.saturating_sub(job.rows.len()),
            sent_activation: job.send_activation,
        }));
        self.stage.set(Stage::Done);
    }

    /// Another import, from an empty grid.
    fn restart(self, first_line: GridLine) {
        self.lines.set(vec![first_line]);
        self.rows.set(Vec::new());
        self.seats.set(Vec::new());
        self.batch.set(String::new());
        self.job.set(None);
        self.committed.set(0);
        self.commit_failure.set(None);
        self.finished.set(None);
        self.failure.set(None);
        self.tab.set(Tab::Lines);
        self.stage.set(Stage::Input);
    }

    /// The rows the dry run found ready and nobody changed since: what an import sends.
    fn ready_rows(self) -> Vec<ImportRow> {
        self.rows.with_untracked(|rows| {
            rows.iter()
                .filter(|r| r.changed.is_empty() && r.check.status == RowStatus::Ready)
                .map(|r| r.check.row.clone())
                .collect()
        })
    }
}

#[component]
pub fn ImportUsersPage() -> impl IntoView {
    use_page_title("import-title");
    let session = use_session();
    let sso = move || session.sso();
    view! {
        <section class="page import-page">
            <p class="back">
                <A href="/users">{i18n::msg("users-back-to-list")}</A>
            </p>
            <h1>{i18n::msg("import-title")}</h1>
            <Show when=move || !sso() fallback=|| view! { <p class="notice">{i18n::msg("wizard-sso")}</p> }>
                <Import />
            </Show>
        </section>
    }
}

#[component]
fn Import() -> impl IntoView {
    let session = use_session();
    let company_language = session.with_me_untracked(|m| m.company.language).unwrap_or_default();
    let choices = Choices {
        entities: load_entities(),
        catalogue: LocalResource::new(api::space::my_space),
        reader_admin: use_session().is_admin_untracked(),
        company_language,
    };
    let flow = ImportFlow::new(GridLine::new(company_language, None));
    // The dry run of the grid's lines, and of the preview's rows after fixes.
    let check = Action::new_local(move |request: &CheckRequest| {
        let request = request.clone();
        async move {
            match api::import::check(&request).await {
                Ok(preview) => flow.show_preview(preview),
                Err(error) => flow.failure.set(Some(error)),
            }
        }
    });
    // The import: every part in order, under the import's one key.
    let commit = Action::new_local(move |job: &CommitJob| {
        let job = job.clone();
        async move {
            match commit::run(&job, flow.committed).await {
                Ok(report) => flow.finish(report, &job),
                Err(error) => flow.commit_failure.set(Some(error)),
            }
        }
    });
    // With a single entity in reach, it is every line's answer.
    Effect::new(move |_| {
        let only = choices.entities.with(|list| match list {
            Some(Ok(list)) if list.len() == 1 => list.first().map(|e| e.name.clone()),
            _ => None,
        });
        if let Some(name) = only {
            flow.lines.update(|lines| {
                for line in lines.iter_mut().filter(|l| l.row.entity.is_empty()) {
                    line.row.entity.clone_from(&name);
                }
            });
        }
    });
    // Each new stage's heading takes focus (not on first display).
    Effect::new(move |previous: Option<Stage>| {
        let stage = flow.stage.get();
        if previous.is_some_and(|p| p != stage) {
            match stage {
                Stage::Input => focus_by_id(flow.tab.get_untracked().tab_id()),
                Stage::Preview => focus_by_id("import-preview-title"),
                Stage::Done => focus_by_id("import-report-title"),
            }
        }
        stage
    });
    view! {
        {move || match flow.stage.get() {
            Stage::Input => view! { <InputStage flow=flow choices=choices check=check /> }.into_any(),
            Stage::Preview => {
                view! {
                    <Preview flow=flow choices=choices check=check committing=commit.pending() />
                    <CommitPanel flow=flow commit=commit checking=check.pending() />
                }
                    .into_any()
            }
            Stage::Done => {
                view! {
                    <ImportReport
                        flow=flow
                        on_again=move |()| flow.restart(GridLine::new(company_language, choices.only_entity()))
                    />
                }
                    .into_any()
            }
        }}
    }
}
