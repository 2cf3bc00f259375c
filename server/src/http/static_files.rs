//! Serves the built app: compressed once and cached on disk, hashed assets cached for a year,
//! `index.html` never, and every unknown path answered with `index.html` so deep links reload.
//! The pages people open first (sign-in, activation and password links) get the small entry
//! build of their group in `entry/<group>/` instead, when it was built; and anyone signed out
//! who opens any other page of the app is sent to the sign-in page first (`sign_in_first`), so
//! a first visit never downloads the whole app.

use std::io::Write;
use std::path::{Path, PathBuf};

use axum::extract::Request;
use axum::http::{header, HeaderValue};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::Router;
use espace_api::pages::{EntryBuild, EntryPage};
use tower::ServiceExt;
use tower_http::services::{ServeDir, ServeFile};

const COMPRESSIBLE: [&str; 7] = ["html", "js", "wasm", "css", "svg", "json", "txt"];

/// The page of an entry build, when there is one (`make app` builds them; `trunk serve` and the
/// pseudo-locale build do not, and the whole app serves those addresses too).
pub fn entry_page(dist: &Path, build: EntryBuild) -> Option<PathBuf> {
    Some(dist.join("entry").join(build.dir()).join("index.html")).filter(|page| page.exists())
}

/// The app's files, with each entry page on its addresses and `index.html` everywhere else.
pub fn router<S: Clone + Send + Sync + 'static>(dist: &Path) -> Router<S> {
    let compressed = |page: PathBuf| ServeFile::new(page).precompressed_br().precompressed_gzip();
    let index = compressed(dist.join("index.html"));
    let mut router = Router::new();
    for page in EntryPage::ALL {
        if let Some(entry) = entry_page(dist, page.build()) {
            router = router.route_service(page.path(), compressed(entry));
        }
    }
    router
        .fallback_service(ServeDir::new(dist).precompressed_br().precompressed_gzip().fallback(index))
        .layer(middleware::from_fn(cache_control))
}

/// A page of the app (not a file, not an entry page): what only a signed-in person can use.
fn is_app_page(path: &str) -> bool {
    let last = path.rsplit('/').next().unwrap_or_default();
    !last.contains('.')
        && EntryPage::from_path(path).is_none()
        && !espace_api::pages::is_public_app_page(path)
        && !path.starts_with("/entry/")
}

/// A signed-out request for a page of the app (no session cookie, or one whose session is
/// unknown, expired or idle) is answered with the sign-in build, which shows the sign-in page
/// and puts `/sign-in?next=<the page>` in the address bar: the small build rather than the
/// whole app, which would only find out there that nobody is signed in, and no redirect's
/// round trip first. Never stored: the same address serves the app once signed in. Signed in,
/// the app is served at once.
pub async fn sign_in_first(
    axum::extract::State((state, sign_in)): axum::extract::State<(crate::state::AppState, PathBuf)>,
    jar: axum_extra::extract::CookieJar,
    req: Request,
    next: Next,
) -> Response {
    let get = matches!(*req.method(), axum::http::Method::GET | axum::http::Method::HEAD);
    let path = req.uri().path();
    let sign_in_page = get && EntryPage::from_path(path) == Some(EntryPage::SignIn);
    if !(sign_in_page || get && is_app_page(path)) {
        return next.run(req).await;
    }
    let token = jar.get(crate::auth::session::COOKIE_NAME).map(|c| c.value().to_owned());
    let signed_in = match token {
        Some(token) => matches!(crate::auth::session::resolve(&state.pool, &state.config, &token).await, Ok(Some(_))),
        None => false,
    };
    match (signed_in, sign_in_page) {
        // The sign-in build has no session of its own (`Session::provide_signed_out`): someone
        // already signed in goes on to the page they were sent for.
        (true, true) => see_other(&next_page(req.uri().query())),
        (true, false) | (false, true) => next.run(req).await,
        (false, false) => {
            let served = ServeFile::new(sign_in).precompressed_br().precompressed_gzip().oneshot(req).await;
            let mut response = match served {
                Ok(response) => response.into_response(),
                Err(never) => match never {},
            };
            response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
            response
        }
    }
}

/// `?next=` of the sign-in page when it is a path of this site (`/users`, never `//elsewhere`
/// or `/\elsewhere`, which browsers read as another host), else `/`.
fn next_page(query: Option<&str>) -> String {
    let next = query
        .and_then(|q| form_urlencoded::parse(q.as_bytes()).find(|(name, _)| name == "next"))
        .map(|(_, value)| value.into_owned())
        .unwrap_or_default();
    let bytes = next.as_bytes();
    let local = bytes.first() == Some(&b'/')
        && !matches!(bytes.get(1), Some(b'/' | b'\\'))
        && !next.chars().any(|c| c.is_control() || c == '\\');
    if local {
        next
    } else {
        "/".to_owned()
    }
}

fn see_other(location: &str) -> Response {
    match HeaderValue::from_str(location) {
        Ok(value) => {
            let mut response = axum::http::StatusCode::SEE_OTHER.into_response();
            response.headers_mut().insert(header::LOCATION, value);
            response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
            response
        }
        Err(_) => see_other("/"),
    }
}

/// Writes `<file>.br` and `<file>.gz` beside each compressible file that lacks a fresh copy.
pub fn precompress(dist: &Path) -> std::io::Result<()> {
    for path in files(dist)? {
        let ext = path.extension().and_then(|e| e.to_str()).unwrap_or_default();
        if !COMPRESSIBLE.contains(&ext) {
            continue;
        }
        let data = std::fs::read(&path)?;
        let br = sibling(&path, "br");
        if !is_fresh(&br, &path) {
            let mut out = Vec::new();
            let params = brotli::enc::BrotliEncoderParams { quality: 11, lgwin: 22, ..Default::default() };
            brotli::BrotliCompress(&mut data.as_slice(), &mut out, &params)?;
            std::fs::write(&br, out)?;
        }
        let gz = sibling(&path, "gz");
        if !is_fresh(&gz, &path) {
            let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
            enc.write_all(&data)?;
            std::fs::write(&gz, enc.finish()?)?;
        }
    }
    Ok(())
}

fn files(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            out.extend(files(&path)?);
        } else {
            out.push(path);
        }
    }
    Ok(out)
}

fn sibling(path: &Path, ext: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".");
    name.push(ext);
    PathBuf::from(name)
}

fn is_fresh(derived: &Path, source: &Path) -> bool {
    let modified = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    matches!((modified(derived), modified(source)), (Some(d), Some(s)) if d >= s)
}

/// Trunk names its outputs `name-<16 hex digits>[_bg].ext`: those never change content.
pub fn is_hashed_asset(path: &str) -> bool {
    let file = path.rsplit('/').next().unwrap_or_default();
    let stem = file.split('.').next().unwrap_or_default().trim_end_matches("_bg");
    stem.rsplit_once('-').is_some_and(|(_, hash)| hash.len() == 16 && hash.bytes().all(|b| b.is_ascii_hexdigit()))
}

pub async fn cache_control(req: Request, next: Next) -> Response {
    let hashed = is_hashed_asset(req.uri().path());
    let mut response = next.run(req).await;
    let is_html = response.headers().get(header::CONTENT_TYPE).is_some_and(|v| v.as_bytes().starts_with(b"text/html"));
    let value = if is_html || !response.status().is_success() {
        "no-cache"
    } else if hashed {
        "public, max-age=31536000, immutable"
    } else {
        "public, max-age=3600"
    };
    response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static(value));
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_trunk_hashes() {
        assert!(is_hashed_asset("/espace-web-0123456789abcdef_bg.wasm"));
        assert!(is_hashed_asset("/espace-web-0123456789abcdef.js"));
        assert!(is_hashed_asset("/main-0123456789abcdef.css"));
        assert!(!is_hashed_asset("/index.html"));
        assert!(!is_hashed_asset("/users/42"));
        assert!(!is_hashed_asset("/favicon.svg"));
    }

    #[test]
    fn only_pages_of_the_app_wait_for_a_session() {
        assert!(is_app_page("/"));
        assert!(is_app_page("/users/42"));
        assert!(!is_app_page("/dev/mailbox"));
        assert!(!is_app_page("/sign-in"));
        assert!(!is_app_page("/activate"));
        assert!(!is_app_page("/espace-web-0123456789abcdef_bg.wasm"));
        assert!(!is_app_page("/robots.txt"));
        assert!(!is_app_page("/entry/sign-in/espace-sign-in-0123456789abcdef.js"));
    }

    #[test]
    fn the_signed_in_go_on_to_a_page_of_this_site_only() {
        assert_eq!(next_page(Some("next=%2Fusers%2F42%3Fq%3Dada")), "/users/42?q=ada");
        assert_eq!(next_page(Some("email=a%40b.fr&next=%2Faudit")), "/audit");
        for elsewhere in [
            "next=%2F%2Fevil.example",
            "next=%2F%5Cevil.example",
            "next=https%3A%2F%2Fevil.example",
            "next=%2F%09%2Fevil.example",
            "next=",
            "email=a%40b.fr",
        ] {
            assert_eq!(next_page(Some(elsewhere)), "/", "{elsewhere}");
        }
        assert_eq!(next_page(None), "/");
    }

    #[test]
    fn precompresses_once_and_only_text() {
        let dir = tempfile::tempdir().unwrap();
        let js = dir.path().join("app.js");
        std::fs::write(&js, "console.log('hello');".repeat(100)).unwrap();
        std::fs::write(dir.path().join("logo.png"), [0u8; 10]).unwrap();
        precompress(dir.path()).unwrap();
        let br = std::fs::read(dir.path().join("app.js.br")).unwrap();
        assert!(br.len() < 200);
        assert!(dir.path().join("app.js.gz").exists());
        assert!(!dir.path().join("logo.png.br").exists());
    }
}
