//! Adding many users at once (a grid of lines, or a CSV or XLSX file), with a real dry run,
//! a commit in idempotent parts, its report, and the templates. Scope applies throughout: an
//! importer places people only in their entities and gives no level beyond theirs.

pub mod check;
pub mod columns;
pub mod commit;
pub mod parse;

use espace_api::import::{Column, CommitReport, ImportPreview, ImportRow, RowStatus, MAX_ROWS};
use espace_api::{ErrorCode, FieldError, Language};

use crate::auth::extract::CurrentUser;
use crate::error::AppError;
use crate::i18n;
use crate::spreadsheet::{self, Kind};
use crate::state::AppState;
use crate::store::{self, Scope};

/// The dry run of rows typed in the grid or fixed in the preview.
pub async fn check_rows(
    state: &AppState,
    actor: &CurrentUser,
    rows: Vec<ImportRow>,
) -> Result<ImportPreview, AppError> {
    if rows.len() > MAX_ROWS {
        return Err(AppError::Refused(ErrorCode::ImportTooManyRows));
    }
    let mut conn = state.pool.acquire().await?;
    Ok(check::check(&mut conn, actor, rows).await?.0)
}

/// The dry run of a file: parsed (refused as a whole when it is not a readable spreadsheet),
/// then every row checked.
pub async fn check_file(
    state: &AppState,
    actor: &CurrentUser,
    bytes: axum::body::Bytes,
) -> Result<ImportPreview, AppError> {
    // Parsing is CPU work: off the async workers, and as many at once as there are cores.
    let rows = {
        let _permit = state.parses.acquire().await.map_err(|_| AppError::Refused(ErrorCode::NotReady))?;
        tokio::task::spawn_blocking(move || parse::rows(&bytes)).await??
    };
    check_rows(state, actor, rows).await
}

fn header(lang: Language) -> Vec<String> {
    Column::ALL.iter().map(|c| i18n::t(lang, &c.message_id())).collect()
}

/// A file to fill in: the headers in `lang`, an example line, and (XLSX) a sheet listing the
/// roles, entities, languages and services the importer may use.
pub async fn template(state: &AppState, actor: &CurrentUser, lang: Language, kind: Kind) -> Result<Vec<u8>, AppError> {
    let mut conn = state.pool.acquire().await?;
    let entities = store::entities::list(&mut conn, actor.company_id, &actor.scope).await?;
    let services = store::services::catalogue(&mut conn, actor.company_id).await?;
    let role_name = |r: espace_api::users::Role| i18n::t(lang, &r.message_id());
    let language_name = |l: Language| i18n::t(lang, &format!("language-{}", l.as_str()));
    let example = vec![
        i18n::t(lang, "import-template-example-first-name"),
        i18n::t(lang, "import-template-example-last-name"),
        i18n::t(lang, "import-template-example-email"),
        String::new(),
        role_name(espace_api::users::Role::User),
        entities.first().map(|e| e.name.clone()).unwrap_or_default(),
        language_name(lang),
        services.first().map(|s| s.card.name.clone()).unwrap_or_default(),
    ];
    let people = vec![header(lang), example];
    match kind {
        Kind::Csv => spreadsheet::csv(lang, people),
        Kind::Xlsx => {
            let roles: Vec<String> = espace_api::users::Role::ALL
                .into_iter()
                .filter(|r| *r != espace_api::users::Role::Admin || actor.scope == Scope::Company)
                .map(role_name)
                .collect();
            let languages: Vec<String> = Language::ALL.into_iter().map(language_name).collect();
            let columns = [
                roles,
                entities.into_iter().map(|e| e.name).collect(),
                languages,
                services.into_iter().map(|s| s.card.name).collect(),
            ];
            let height = columns.iter().map(Vec::len).max().unwrap_or_default();
            let mut choices = vec![[Column::Role, Column::Entity, Column::Language, Column::Services]
                .iter()
                .map(|c| i18n::t(lang, &c.message_id()))
                .collect::<Vec<_>>()];
            for i in 0..height {
                choices.push(columns.iter().map(|c| c.get(i).cloned().unwrap_or_default()).collect());
            }
            spreadsheet::xlsx(&[
                (&i18n::t(lang, "import-template-sheet-people"), people),
                (&i18n::t(lang, "import-template-sheet-choices"), choices),
            ])
        }
    }
}

/// The whole report of an import (every part), as CSV in `lang`: only for who imported.
pub async fn report_csv(
    state: &AppState,
    actor: &CurrentUser,
    batch: &str,
    lang: Language,
) -> Result<Vec<u8>, AppError> {
    let parts = store::imports::parts(&mut *state.pool.acquire().await?, actor.company_id, batch).await?;
    if parts.is_empty() || parts.iter().any(|p| p.actor_id != Some(actor.id)) {
        return Err(AppError::NotFound);
    }
    let mut lines: Vec<(u32, Vec<String>)> = Vec::new();
    for part in parts {
        let report: CommitReport = serde_json::from_str(&part.report)?;
        for created in report.created {
            lines.push((created.line, vec![created.email, i18n::t(lang, "import-report-created"), String::new()]));
        }
        for skipped in report.skipped {
            let result = match skipped.status {
                RowStatus::Exists => "import-report-exists",
                RowStatus::Error | RowStatus::Ready => "import-report-error",
            };
            let reasons: Vec<String> = skipped.errors.iter().map(|e| reason(lang, e)).collect();
            lines.push((skipped.line, vec![skipped.email, i18n::t(lang, result), reasons.join("\n")]));
        }
    }
    lines.sort_by_key(|(line, _)| *line);
    let header = ["import-report-row", "import-report-email", "import-report-result", "import-report-reasons"];
    let mut rows = vec![header.iter().map(|id| i18n::t(lang, id)).collect::<Vec<_>>()];
    rows.extend(lines.into_iter().map(|(line, mut cells)| {
        cells.insert(0, line.to_string());
        cells
    }));
    spreadsheet::csv(lang, rows)
}

/// "Sign-in e-mail: This e-mail address is already used." in the reader's language.
fn reason(lang: Language, error: &FieldError) -> String {
    let column = Column::ALL.into_iter().find(|c| c.field() == error.field);
    let column = column.map(|c| i18n::t(lang, &c.message_id())).unwrap_or_else(|| error.field.clone());
    let message = i18n::field_error_text(lang, error.code, error.max);
    i18n::t_args(lang, "import-report-reason", &[("column", column.into()), ("message", message.into())])
}

pub use commit::commit;
