//! Security headers on every response, with a Content-Security-Policy that allows exactly the
//! inline loader scripts Trunk writes into `index.html` and the entry pages (by their hashes)
//! and WebAssembly compilation.

use std::path::Path;

use base64::Engine;
use espace_api::pages::EntryBuild;
use sha2::{Digest, Sha256};

/// The bodies of inline `<script>` elements (those without `src`).
pub fn inline_scripts(html: &str) -> Vec<&str> {
    let mut scripts = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<script") {
        rest = &rest[start..];
        let Some(tag_end) = rest.find('>') else { break };
        let tag = &rest[..tag_end];
        let body_start = &rest[tag_end + 1..];
        let Some(close) = body_start.find("</script>") else {
            break;
        };
        if !tag.contains(" src=") {
            scripts.push(&body_start[..close]);
        }
        rest = &body_start[close..];
    }
    scripts
}

pub fn content_security_policy(index_html: Option<&str>) -> String {
    let hashes: String = index_html
        .map(inline_scripts)
        .unwrap_or_default()
        .into_iter()
        .map(|body| {
            let digest = Sha256::digest(body.as_bytes());
            format!(" 'sha256-{}'", base64::engine::general_purpose::STANDARD.encode(digest))
        })
        .collect();
    format!(
        "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'{hashes}; style-src 'self'; \
         img-src 'self' data:; font-src 'self'; connect-src 'self'; manifest-src 'self'; \
         base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    )
}

pub fn csp_for_dist(dist: &Path) -> String {
    let html = std::fs::read_to_string(dist.join("index.html")).ok();
    // The entry pages' loader scripts are allowed too.
    let entries: String = EntryBuild::ALL
        .into_iter()
        .filter_map(|build| crate::static_files::entry_page(dist, build))
        .filter_map(|page| std::fs::read_to_string(page).ok())
        .collect();
    let all = html.map(|html| html + &entries);
    content_security_policy(all.as_deref())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_only_inline_scripts() {
        let html = r#"<script src="/a.js"></script><script type="module">init()</script>"#;
        assert_eq!(inline_scripts(html), vec!["init()"]);
        let csp = content_security_policy(Some(html));
        // sha256("init()") in base64
        let expected = base64::engine::general_purpose::STANDARD.encode(Sha256::digest(b"init()"));
        assert!(csp.contains(&format!("'sha256-{expected}'")));
        assert!(!csp.contains("unsafe-inline"));
        assert!(csp.contains("frame-ancestors 'none'"));
    }
}
