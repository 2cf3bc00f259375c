//! The API reference page shows every operation of the OpenAPI document the server serves,
//! with the same method and path, and nothing the document lacks: a new endpoint or a changed
//! path cannot drift from its documentation unnoticed.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests: a failed unwrap is a failed test

use std::collections::BTreeSet;

use espace_e2e::{Browser, Harness};

#[tokio::test]
async fn the_reference_page_matches_the_openapi_document() {
    let h = Harness::start(Browser::French).await;
    h.goto("/sign-in").await;
    h.sign_in(&h.demo.email, &h.demo.password).await;
    h.wait_for_any("[data-testid=services]").await;
    h.goto("/api-reference").await;
    h.wait_for_any("[data-operation]").await;
    let shown: Vec<Vec<String>> = h
        .driver
        .execute(
            "return [...document.querySelectorAll('[data-operation]')].map(s => \
             [s.dataset.operation, s.dataset.method, s.dataset.path]);",
            Vec::new(),
        )
        .await
        .unwrap()
        .convert()
        .unwrap();
    let shown: BTreeSet<(String, String, String)> =
        shown.into_iter().filter(|s| s[0] != "openapi").map(|s| (s[0].clone(), s[1].clone(), s[2].clone())).collect();

    let document: serde_json::Value = reqwest::get(h.url("/api/v1/openapi.json")).await.unwrap().json().await.unwrap();
    let mut documented = BTreeSet::new();
    for (path, item) in document["paths"].as_object().unwrap() {
        for (method, operation) in item.as_object().unwrap() {
            let id = operation["operationId"].as_str().unwrap().to_owned();
            documented.insert((id, method.to_uppercase(), path.clone()));
        }
    }
    assert!(!documented.is_empty());
    assert_eq!(shown, documented, "the page and the OpenAPI document differ");
    h.stop().await;
}
