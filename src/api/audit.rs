//! The audit log (`/api/audit`) and its CSV export (`/api/audit.csv`).

use espace_api::audit::{AuditPage, AuditQuery};
use espace_api::Language;

use super::client::{self, ApiResult};

/// The filters as URL parameters, omitting empty ones; the page only when asked and past the
/// first (the export has every page).
fn filters(q: &AuditQuery, with_page: bool) -> String {
    let encode = |s: &str| String::from(js_sys::encode_uri_component(s));
    let mut parts = Vec::new();
    if !q.person.is_empty() {
        parts.push(format!("person={}", encode(&q.person)));
    }
    if !q.actor.is_empty() {
        parts.push(format!("actor={}", encode(&q.actor)));
    }
    if let Some(action) = q.action {
        parts.push(format!("action={}", action.as_str()));
    }
    if let Some(since) = q.since {
        parts.push(format!("since={since}"));
    }
    if let Some(until) = q.until {
        parts.push(format!("until={until}"));
    }
    if with_page && q.page > 1 {
        parts.push(format!("page={}", q.page));
    }
    parts.join("&")
}

fn with_query(path: &str, query: String) -> String {
    if query.is_empty() {
        path.to_owned()
    } else {
        format!("{path}?{query}")
    }
}

/// One page of events.
pub async fn page(query: &AuditQuery) -> ApiResult<AuditPage> {
    client::get(&with_query("/api/audit", filters(query, true))).await
}

/// Where the CSV of every event matching the filters downloads from (same-origin: the session
/// cookie goes along), with its headers and separator in `lang`.
pub fn csv_href(query: &AuditQuery, lang: Language) -> String {
    let filters = filters(query, false);
    let sep = if filters.is_empty() { "" } else { "&" };
    format!("/api/audit.csv?{filters}{sep}lang={}", lang.as_str())
}
