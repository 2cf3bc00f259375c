//! Adding many users at once (`/api/import/…`): the dry run of lines or of a spreadsheet, the
//! commit in parts, and the files to download (templates, the report).

use espace_api::import::{CheckRequest, CommitReport, CommitRequest, ImportPreview};
use espace_api::Language;

use super::client::{self, ApiResult};

/// The two spreadsheet formats offered for download.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SheetFormat {
    Csv,
    Xlsx,
}

impl SheetFormat {
    pub fn extension(self) -> &'static str {
        match self {
            SheetFormat::Csv => "csv",
            SheetFormat::Xlsx => "xlsx",
        }
    }
}

/// The dry run of rows typed in the grid or fixed in the preview.
pub async fn check(request: &CheckRequest) -> ApiResult<ImportPreview> {
    client::send(client::Method::POST, "/api/import/check", request).await
}

/// The dry run of a CSV or XLSX file, sent as it is.
pub async fn check_file(file: &web_sys::File) -> ApiResult<ImportPreview> {
    client::send_file("/api/import/file", file).await
}

/// One part of the import; the same batch and part sent again creates nobody twice.
pub async fn commit(request: &CommitRequest) -> ApiResult<CommitReport> {
    client::send(client::Method::POST, "/api/import/commit", request).await
}

/// An empty template with an example line and the list of services, headers in `lang`.
pub fn template_href(format: SheetFormat, lang: Language) -> String {
    format!("/api/import/template.{}?lang={}", format.extension(), lang.as_str())
}

/// The whole report of a committed import, as CSV in `lang`.
pub fn report_href(batch: &str, lang: Language) -> String {
    format!("/api/import/{}/report.csv?lang={}", String::from(js_sys::encode_uri_component(batch)), lang.as_str())
}
