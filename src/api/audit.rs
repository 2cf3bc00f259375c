//! The audit log (`/api/audit`) and its CSV export (`/api/audit.csv`).

use espace_api::audit::{AuditPage, AuditQuery};
use espace_api::Language;

use super::client::{self, ApiResult};

/// One page of events.
pub async fn page(query: &AuditQuery) -> ApiResult<AuditPage> {
    client::get(&super::query::url("/api/audit", query)).await
}

/// Where the CSV of every event matching the filters downloads from (same-origin: the session
/// cookie goes along), with its headers and separator in `lang`.
pub fn csv_href(query: &AuditQuery, lang: Language) -> String {
    // Every page: the page number does not apply.
    super::query::url_in_language("/api/audit.csv", &AuditQuery { page: 1, ..query.clone() }, lang)
}
