//! The entry builds' pages (sign-in, activation and password links) fetch the whole app's files
//! for the page after them, once they have loaded and settled, at the browser's lowest priority.
//! The files are named by the build (`<meta name="espace-app-files">`, written by
//! `scripts/prefetch-app.sh`). Not as `<link rel="prefetch">` in the page itself: fetched from
//! the start, the whole app competes with the page's own wasm and delays its first paint
//! (Lighthouse: LCP 2.4 s → 5.4 s on a phone).

use std::time::Duration;

use leptos::prelude::*;

/// How long after the page's `load` the prefetch starts: the page is drawn and answering by then.
const SETTLE: Duration = Duration::from_secs(2);

/// Starts the prefetch once the page has loaded and settled.
pub fn app_files_when_settled() {
    if document().ready_state() == "complete" {
        set_timeout(app_files, SETTLE);
    } else {
        let listener = window_event_listener(leptos::ev::load, |_| set_timeout(app_files, SETTLE));
        // Once is enough; the page lives as long as the listener would.
        std::mem::forget(listener);
    }
}

fn app_files() {
    let doc = document();
    let Some(files) =
        doc.query_selector("meta[name=espace-app-files]").ok().flatten().and_then(|meta| meta.get_attribute("content"))
    else {
        return;
    };
    let Some(head) = doc.query_selector("head").ok().flatten() else { return };
    for file in files.split_whitespace() {
        let Ok(link) = doc.create_element("link") else { continue };
        // The same request mode as the whole app's own preloads, so that it uses these copies.
        let (kind, cors) = match file.rsplit('.').next() {
            Some("js") => ("script", true),
            Some("css") => ("style", false),
            _ => ("fetch", true),
        };
        let _ = link.set_attribute("rel", "prefetch");
        let _ = link.set_attribute("href", file);
        let _ = link.set_attribute("as", kind);
        if cors {
            let _ = link.set_attribute("crossorigin", "anonymous");
        }
        let _ = head.append_child(&link);
    }
}
