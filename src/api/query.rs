//! Typed URL queries: a page's filters are a `serde` struct, written and read with
//! `serde_urlencoded`, never by hand.

use serde::de::DeserializeOwned;
use serde::Serialize;

/// The query as URL parameters (without `?`); empty when every value is left out.
pub fn to_string<T: Serialize>(query: &T) -> String {
    // Only maps of plain values reach here, which serde_urlencoded always writes.
    serde_urlencoded::to_string(query).unwrap_or_default()
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
