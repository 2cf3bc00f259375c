#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests: a failed unwrap is a failed test
mod common;

use axum::http::{header, StatusCode};
use common::{body_json, start};

fn assert_security_headers(res: &axum::http::Response<axum::body::Body>) {
    let h = res.headers();
    let csp = h.get(header::CONTENT_SECURITY_POLICY).expect("csp").to_str().unwrap();
    assert!(csp.contains("frame-ancestors 'none'"), "{csp}");
    assert!(csp.contains("script-src 'self' 'wasm-unsafe-eval' 'sha256-"), "{csp}");
    assert!(!csp.contains("unsafe-inline"), "{csp}");
    assert_eq!(h.get(header::X_CONTENT_TYPE_OPTIONS).unwrap(), "nosniff");
    assert_eq!(h.get(header::REFERRER_POLICY).unwrap(), "no-referrer");
    assert_eq!(h.get(header::X_FRAME_OPTIONS).unwrap(), "DENY");
}

#[tokio::test]
async fn health_answers_with_security_headers() {
    let t = start().await;
    let res = t.get("/api/health", None).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_security_headers(&res);
    assert_eq!(res.headers().get(header::CACHE_CONTROL).unwrap(), "no-store");
    assert_eq!(body_json(res).await["status"], "ok");
}

#[tokio::test]
async fn unknown_api_paths_are_json_404_not_the_app() {
    let t = start().await;
    let res = t.get("/api/nope", None).await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    assert_eq!(res.headers().get(header::CACHE_CONTROL).unwrap(), "no-store");
    assert_security_headers(&res);
    assert_eq!(body_json(res).await["code"], "not-found");
}

#[tokio::test]
async fn deep_links_get_the_never_cached_app_page() {
    let t = start().await;
    for path in ["/", "/users/42", "/profile"] {
        let res = t.get(path, None).await;
        assert_eq!(res.status(), StatusCode::OK, "{path}");
        assert_security_headers(&res);
        assert_eq!(res.headers().get(header::CACHE_CONTROL).unwrap(), "no-cache", "{path}");
        let bytes = axum::body::to_bytes(res.into_body(), 1 << 20).await.unwrap();
        assert!(String::from_utf8_lossy(&bytes).contains("<title>Espace</title>"));
    }
}

#[tokio::test]
async fn first_pages_get_the_entry_build_and_the_rest_the_whole_app() {
    use espace_api::pages::{EntryBuild, EntryPage};
    let t = common::start_with(|config| {
        for build in EntryBuild::ALL {
            let entry = config.dist_dir.join("entry").join(build.dir());
            std::fs::create_dir_all(&entry).unwrap();
            let dir = build.dir();
            let page =
                format!("<!doctype html><title>Entry {dir}</title><script type=\"module\">start('{dir}')</script>");
            std::fs::write(entry.join("index.html"), page).unwrap();
        }
    })
    .await;
    let page_of = |res: axum::http::Response<axum::body::Body>| async move {
        let bytes = axum::body::to_bytes(res.into_body(), 1 << 20).await.unwrap();
        String::from_utf8_lossy(&bytes).into_owned()
    };
    for page in EntryPage::ALL {
        let path = page.path();
        let res = t.get(&format!("{path}?lang=en"), None).await;
        assert_eq!(res.status(), StatusCode::OK, "{path}");
        assert_eq!(res.headers().get(header::CACHE_CONTROL).unwrap(), "no-cache", "{path}");
        // Every page's loader script is allowed: the whole app's and each entry build's.
        let csp = res.headers().get(header::CONTENT_SECURITY_POLICY).unwrap().to_str().unwrap().to_owned();
        assert_eq!(csp.matches("'sha256-").count(), 1 + EntryBuild::ALL.len(), "{csp}");
        let title = format!("<title>Entry {}</title>", page.build().dir());
        assert!(page_of(res).await.contains(&title), "{path}: the {} build", page.build().dir());
    }
    assert_eq!(EntryPage::SignIn.build(), EntryBuild::SignIn);
    assert_eq!(EntryPage::Activate.build(), EntryBuild::Link);
    assert_eq!(EntryPage::SsoError.build(), EntryBuild::SsoError);
    // Signed in, every other page is the whole app.
    let admin = t.admin_cookie().await;
    for path in ["/", "/users/42", "/sign-in/elsewhere", "/profile"] {
        let res = t.get(path, Some(&admin)).await;
        assert!(page_of(res).await.contains("<title>Espace</title>"), "{path}");
    }
    // Signed out (no cookie, or one whose session is gone), they get the sign-in build, never
    // stored (the same address is the app once signed in); files and the demo's mailbox are
    // served as they are.
    for cookie in [None, Some("espace_session=unknown")] {
        for path in ["/", "/users/42?q=a", "/profile"] {
            let res = t.get(path, cookie).await;
            assert_eq!(res.status(), StatusCode::OK, "{path}");
            assert_eq!(res.headers().get(header::CACHE_CONTROL).unwrap(), "no-store", "{path}");
            assert!(page_of(res).await.contains("<title>Entry sign-in</title>"), "{path}");
        }
    }
    assert!(page_of(t.get("/dev/mailbox", None).await).await.contains("<title>Espace</title>"));
    assert_eq!(t.get("/index.html", None).await.status(), StatusCode::OK);
}

#[tokio::test]
async fn compressed_copies_are_served_to_browsers_that_accept_them() {
    let t = start().await;
    let req = axum::http::Request::builder()
        .uri("/index.html")
        .header(header::ACCEPT_ENCODING, "gzip, br")
        .body(axum::body::Body::empty())
        .unwrap();
    let res = t.request(req).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(res.headers().get(header::CONTENT_ENCODING).unwrap(), "br");
}
