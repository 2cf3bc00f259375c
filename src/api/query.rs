//! Typed URL queries: a page's filters are a `serde` struct, written and read with
//! `serde_urlencoded`, never by hand.

use serde::de::DeserializeOwned;
use serde::Serialize;

/// The query as URL parameters (without `?`); empty when every value is left out.
pub fn to_string<T: Serialize>(query: &T) -> String {
    // Only maps of plain values reach here, which serde_urlencoded always writes.
    serde_urlencoded::to_string(query).unwrap_or_default()
}

/// `path` with the query, if it has any parameter.
pub fn url<T: Serialize>(path: &str, query: &T) -> String {
    match to_string(query) {
        query if query.is_empty() => path.to_owned(),
        query => format!("{path}?{query}"),
    }
}

/// `path` with the query and the language its file is written in (exports).
pub fn url_in_language<T: Serialize>(path: &str, query: &T, lang: espace_api::Language) -> String {
    let url = url(path, query);
    let separator = if url.contains('?') { '&' } else { '?' };
    format!("{url}{separator}{}", to_string(&[("lang", lang.as_str())]))
}

/// The query read from a URL someone may have edited: a parameter that does not parse is
/// dropped (the default applies) rather than the whole query.
pub fn from_str<T: DeserializeOwned + Default>(search: &str) -> T {
    let search = search.trim_start_matches('?');
    serde_urlencoded::from_str(search).unwrap_or_else(|_| {
        let kept: Vec<&str> = search.split('&').filter(|pair| serde_urlencoded::from_str::<T>(pair).is_ok()).collect();
        serde_urlencoded::from_str(&kept.join("&")).unwrap_or_default()
    })
}
