#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests: a failed unwrap is a failed test
mod common;

use common::start;
use espace_server::jobs::inactivity::{run, Report, INACTIVE_AFTER_SECS};

const DAY: i64 = 86_400;

#[tokio::test]
async fn warns_at_76_days_deactivates_at_90_and_signing_in_resets_the_clock() {
    let t = start().await;
    let pool = &t.app.state.pool;
    let now = espace_server::store::now();
    // Marc is already deactivated; Camille (admin) and Emma/Hélène/Luc have other ages.
    sqlx::query("UPDATE users SET last_sign_in_at = $1 WHERE status = 'active'").bind(now).execute(pool).await.unwrap();
    assert_eq!(run(&t.app.state, now + 10 * DAY).await.unwrap(), Report::default());

    let report = run(&t.app.state, now + 77 * DAY).await.unwrap();
    assert_eq!(report, Report { warned: 3, deactivated: 0 }, "Camille, Hélène, Emma");
    let (to, text): (String, String) = sqlx::query_as(
        "SELECT to_address, body_text FROM outbox WHERE kind = 'inactivity-warning' AND to_address LIKE 'emma%'",
    )
    .fetch_one(pool)
    .await
    .unwrap();
    assert_eq!(to, "emma.wilson@acme.example");
    assert!(text.starts_with("Hello Emma"), "{text}");
    // The number of days is the setting's; the e-mail carries the way back in.
    let days = INACTIVE_AFTER_SECS / DAY;
    assert!(text.contains(&format!("deactivated after {days} days without a sign-in.")), "{text}");
    let config = &t.app.state.config;
    let sign_in = format!("{}/sign-in", config.public_url_or(config.addr));
    assert!(text.contains(&format!("\n\n{sign_in}\n\n")), "{text}");
    assert!(text.contains("(Central European Time)") && !text.contains("UTC"), "{text}");
    assert!(text.ends_with("\n\nThe Espace team\n"), "{text}");
    let (link, html): (Option<String>, String) =
        sqlx::query_as("SELECT link, body_html FROM outbox WHERE kind = 'inactivity-warning' AND to_address = $1")
            .bind(&to)
            .fetch_one(pool)
            .await
            .unwrap();
    assert_eq!(link.as_deref(), Some(sign_in.as_str()));
    assert!(html.contains(">Sign in</a>"), "{html}");
    // Warned once, not every hour.
    assert_eq!(run(&t.app.state, now + 78 * DAY).await.unwrap(), Report::default());

    // Hélène signs in: her clock starts again.
    sqlx::query("UPDATE users SET last_sign_in_at = $1 WHERE email_norm = 'helene.dubois@acme.example'")
        .bind(now + 80 * DAY)
        .execute(pool)
        .await
        .unwrap();
    let report = run(&t.app.state, now + 91 * DAY).await.unwrap();
    assert_eq!(report.deactivated, 1, "Emma; Camille is the last active admin and stays");
    let emma: (String, String) =
        sqlx::query_as("SELECT status, status_reason FROM users WHERE email_norm = 'emma.wilson@acme.example'")
            .fetch_one(pool)
            .await
            .unwrap();
    assert_eq!(emma, ("deactivated".to_owned(), "inactivity".to_owned()));
    let helene: String = sqlx::query_scalar("SELECT status FROM users WHERE email_norm = 'helene.dubois@acme.example'")
        .fetch_one(pool)
        .await
        .unwrap();
    assert_eq!(helene, "active");
    let event: Option<i64> = sqlx::query_scalar(
        "SELECT actor_id FROM audit_log e JOIN users u ON u.id = e.subject_id
         WHERE u.email_norm = 'emma.wilson@acme.example' AND e.action = 'deactivate-inactivity'",
    )
    .fetch_one(pool)
    .await
    .unwrap();
    assert_eq!(event, None, "done by the system");
}
