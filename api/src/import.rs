//! Adding many users at once: rows as people typed them (in the lines grid or a spreadsheet),
//! the dry run's verdict on each, the commit in parts and its report.

use serde::{Deserialize, Serialize};

use crate::FieldError;

/// Rows in one file or one batch of lines.
pub const MAX_ROWS: usize = 10_000;
/// The largest file accepted, in bytes.
pub const MAX_FILE_BYTES: usize = 5 * 1024 * 1024;
/// The most an XLSX file (a zip) may unpack to, in bytes, counted before it is read.
pub const MAX_UNPACKED_BYTES: u64 = 50 * 1024 * 1024;
/// The widest sheet read, in columns: the template has 8, people add a few of their own.
pub const MAX_COLUMNS: usize = 64;
/// The longest cell read, in characters: far beyond any field's limit, far below a file's size.
pub const MAX_CELL_CHARS: usize = 4_096;
/// Rows per commit request: the app sends a large import in parts and shows the progress. The
/// server refuses a larger part: one part is one write transaction, and other companies' writes
/// wait for it.
pub const COMMIT_PART_ROWS: usize = 250;

/// A column of an import, in the template's order. The Fluent id of its header is
/// `import-col-<code>`; its errors use the same name as field (`first_name`, `email`…).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Column {
    FirstName,
    LastName,
    Email,
    NotificationEmail,
    Role,
    Entity,
    Language,
    Services,
}

impl Column {
    pub const ALL: [Column; 8] = [
        Column::FirstName,
        Column::LastName,
        Column::Email,
        Column::NotificationEmail,
        Column::Role,
        Column::Entity,
        Column::Language,
        Column::Services,
    ];

    /// The field name its errors carry, as in the JSON of a row.
    pub fn field(self) -> &'static str {
        match self {
            Column::FirstName => "first_name",
            Column::LastName => "last_name",
            Column::Email => "email",
            Column::NotificationEmail => "notification_email",
            Column::Role => "role",
            Column::Entity => "entity",
            Column::Language => "language",
            Column::Services => "services",
        }
    }

    pub fn message_id(self) -> String {
        format!("import-col-{}", self.field().replace('_', "-"))
    }
}

/// One person as typed: every cell is text, as in a spreadsheet. Role, entity, language and
/// services are names (in French or English) or codes; the server resolves them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportRow {
    /// The row's number in the file (the header is row 1), or the line's number in the grid.
    pub line: u32,
    #[serde(default)]
    pub first_name: String,
    #[serde(default)]
    pub last_name: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub notification_email: String,
    #[serde(default)]
    pub role: String,
    #[serde(default)]
    pub entity: String,
    /// Empty: the company's language.
    #[serde(default)]
    pub language: String,
    /// Service names separated by `,`, `;`, `|` or line breaks; empty: none.
    #[serde(default)]
    pub services: String,
}

impl ImportRow {
    pub fn cell(&self, column: Column) -> &str {
        match column {
            Column::FirstName => &self.first_name,
            Column::LastName => &self.last_name,
            Column::Email => &self.email,
            Column::NotificationEmail => &self.notification_email,
            Column::Role => &self.role,
            Column::Entity => &self.entity,
            Column::Language => &self.language,
            Column::Services => &self.services,
        }
    }

    pub fn cell_mut(&mut self, column: Column) -> &mut String {
        match column {
            Column::FirstName => &mut self.first_name,
            Column::LastName => &mut self.last_name,
            Column::Email => &mut self.email,
            Column::NotificationEmail => &mut self.notification_email,
            Column::Role => &mut self.role,
            Column::Entity => &mut self.entity,
            Column::Language => &mut self.language,
            Column::Services => &mut self.services,
        }
    }

    /// A blank line of the grid or a file: skipped, never an error.
    pub fn is_blank(&self) -> bool {
        Column::ALL.iter().all(|c| self.cell(*c).trim().is_empty())
    }

    /// The rules the browser can check alone, the wizard's: names, e-mails, a role and an
    /// entity given. The server checks them again with the rest (names that must exist,
    /// e-mails already taken, seats, scope).
    pub fn validate(&self) -> Vec<FieldError> {
        use crate::validation;
        let mut errors = Vec::new();
        validation::names(&mut errors, &self.first_name, &self.last_name);
        validation::check(&mut errors, "email", validation::email(&self.email));
        validation::notification_email(&mut errors, &self.notification_email);
        for column in [Column::Role, Column::Entity] {
            if self.cell(column).trim().is_empty() {
                validation::check(&mut errors, column.field(), Err(crate::FieldErrorCode::Required.into()));
            }
        }
        errors
    }
}

/// What the dry run says of a row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RowStatus {
    Ready,
    /// Something to fix: see the row's errors, each next to its cell.
    Error,
    /// The sign-in e-mail is already someone's: reported, never created twice.
    Exists,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RowCheck {
    pub row: ImportRow,
    pub status: RowStatus,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<FieldError>,
}

/// A service the batch asks for, against its free seats.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SeatUse {
    pub service_id: crate::ServiceId,
    pub name: String,
    pub requested: u32,
    pub left: u32,
}

/// The dry run: every row with its status, and the seats the batch asks for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportPreview {
    pub rows: Vec<RowCheck>,
    pub seats: Vec<SeatUse>,
    pub ready: u32,
    pub errors: u32,
    pub existing: u32,
}

/// `POST /api/import/check`: the grid's lines, or the preview's rows after fixes.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckRequest {
    pub rows: Vec<ImportRow>,
}

/// `POST /api/import/commit`: one part of an import. The same batch and part sent again
/// answers with what the first one did, creating nobody twice.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CommitRequest {
    /// Chosen once per import by the app: also names the report.
    pub batch: String,
    /// From 0; parts are committed one after the other.
    pub part: u32,
    pub rows: Vec<ImportRow>,
    pub send_activation: bool,
}

impl CommitRequest {
    pub fn validate(&self) -> Vec<FieldError> {
        let mut errors = Vec::new();
        let limit = crate::validation::Limits::IDEMPOTENCY_KEY_MAX;
        crate::validation::check(&mut errors, "batch", crate::validation::required_text(&self.batch, limit));
        if self.rows.len() > COMMIT_PART_ROWS {
            errors.push(FieldError {
                field: "rows".into(),
                code: crate::FieldErrorCode::TooLong,
                max: Some(u32::try_from(COMMIT_PART_ROWS).unwrap_or(u32::MAX)),
            });
        }
        errors
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CreatedRow {
    pub line: u32,
    pub id: crate::UserId,
    pub email: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SkippedRow {
    pub line: u32,
    pub email: String,
    pub status: RowStatus,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<FieldError>,
}

/// What a commit part did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CommitReport {
    pub created: Vec<CreatedRow>,
    pub skipped: Vec<SkippedRow>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::FieldErrorCode;

    #[test]
    fn a_row_needs_the_wizards_fields() {
        let row = ImportRow { line: 2, first_name: "Zoë".into(), ..Default::default() };
        let fields: Vec<_> = row.validate().into_iter().map(|e| (e.field, e.code)).collect();
        assert_eq!(
            fields,
            [
                ("last_name".to_owned(), FieldErrorCode::Required),
                ("email".to_owned(), FieldErrorCode::Required),
                ("role".to_owned(), FieldErrorCode::Required),
                ("entity".to_owned(), FieldErrorCode::Required),
            ]
        );
        assert!(ImportRow::default().is_blank());
        for column in Column::ALL {
            assert_eq!(serde_json::to_value(column).unwrap(), column.field());
        }
    }
}
