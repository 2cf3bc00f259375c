//! The suite runs on the engine it was asked for (`make test` runs it on both).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests: a failed unwrap is a failed test

mod common;

use espace_server::store::{self, Engine};

#[tokio::test]
async fn the_suite_runs_on_the_engine_it_was_given_with_migrations_current() {
    let t = common::start().await;
    let expected =
        if std::env::var("ESPACE_TEST_POSTGRES").is_ok_and(|v| !v.is_empty()) { Engine::Postgres } else { Engine::Sqlite };
    assert_eq!(Engine::of_pool(&t.app.state.pool), expected);
    assert!(store::migrations_current(&t.app.state.pool).await.unwrap());
}
