#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests: a failed unwrap is a failed test
mod common;

use axum::http::StatusCode;
use common::{body_json, start_with};
use espace_api::company::TimeZone;
use espace_api::Language;
use espace_server::mail::deliver::deliver_due;
use espace_server::mail::render::moment;
use espace_server::store;
use serde_json::json;

#[tokio::test]
async fn without_smtp_e_mails_become_multipart_eml_files_once() {
    let dir = tempfile::tempdir().unwrap();
    let outbox = dir.path().join("outbox");
    let t = start_with(|c| c.outbox_dir = outbox.clone()).await;
    sqlx::query("UPDATE users SET first_name = '<b>O''Brien & Co</b>' WHERE email_norm = $1")
        .bind(&t.demo.email)
        .execute(&t.app.state.pool)
        .await
        .unwrap();
    t.json("POST", "/api/password/forgot", None, json!({ "email": t.demo.email })).await;
    let pass = || deliver_due(&t.app.state.pool, &t.app.mailer, store::now());
    assert_eq!(pass().await.unwrap().sent, 1);
    assert_eq!(pass().await.unwrap().sent, 0, "sent once");
    let files: Vec<_> = std::fs::read_dir(&outbox).unwrap().flatten().collect();
    assert_eq!(files.len(), 1);
    let eml = std::fs::read_to_string(files[0].path()).unwrap();
    assert!(eml.contains("multipart/alternative"), "{eml}");
    assert!(eml.contains("text/plain") && eml.contains("text/html"));
    assert!(eml.contains(&format!("To: {}", t.demo.email)));
    assert!(eml.contains("Subject:"));
    let html: String = sqlx::query_scalar("SELECT body_html FROM outbox").fetch_one(&t.app.state.pool).await.unwrap();
    assert!(html.contains("&lt;b&gt;O&#x27;Brien &amp; Co&lt;&#x2F;b&gt;"), "{html}");
    assert!(!html.contains("<b>O'Brien"), "{html}");
}

const EMMA: &str = "emma.wilson@acme.example";

/// The newest e-mail to `to`: (text, html, link).
async fn last_email(t: &common::TestApp, to: &str) -> (String, String, Option<String>) {
    sqlx::query_as("SELECT body_text, body_html, link FROM outbox WHERE to_address = $1 ORDER BY id DESC LIMIT 1")
        .bind(to)
        .fetch_one(&t.app.state.pool)
        .await
        .unwrap()
}

/// When the newest password link of `email` stops working.
async fn link_expiry(t: &common::TestApp, email: &str) -> i64 {
    sqlx::query_scalar(
        "SELECT k.expires_at FROM tokens k JOIN users u ON u.id = k.user_id
         WHERE u.email_norm = $1 ORDER BY k.created_at DESC, k.expires_at DESC LIMIT 1",
    )
    .bind(email)
    .fetch_one(&t.app.state.pool)
    .await
    .unwrap()
}

/// "3:05 AM" as English writes an hour on a clock (ICU puts a narrow no-break space before AM).
fn english_clock(unix: i64, zone: &str) -> String {
    let local = jiff::Timestamp::from_second(unix).unwrap().to_zoned_datetime(jiff::tz::db().get(zone).unwrap());
    let hour = local.hour() % 12;
    let half = if local.hour() < 12 { "AM" } else { "PM" };
    format!("{}:{:02}\u{202f}{half}", if hour == 0 { 12 } else { hour }, local.minute())
}

#[tokio::test]
async fn company_settings_are_for_administrators_and_refuse_unknown_zones_field_by_field() {
    let t = common::start().await;
    let put = |cookie: Option<String>, zone: &str| {
        let body = json!({ "time_zone": zone });
        let t = &t;
        async move { t.json("PUT", "/api/company/settings", cookie.as_deref(), body).await }
    };
    assert_eq!(t.get("/api/company/settings", None).await.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(put(None, "America/New_York").await.status(), StatusCode::UNAUTHORIZED);
    t.set_password("helene.dubois@acme.example", "a-good-long-password").await;
    let helene = t.sign_in("helene.dubois@acme.example", "a-good-long-password").await;
    assert_eq!(t.get("/api/company/settings", Some(&helene)).await.status(), StatusCode::FORBIDDEN);
    let refused = put(Some(helene.clone()), "America/New_York").await;
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    assert_eq!(body_json(refused).await["code"], "forbidden");

    let admin = t.admin_cookie().await;
    let res = t.get("/api/company/settings", Some(&admin)).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(body_json(res).await, json!({ "time_zone": "Europe/Paris", "second_step": "off" }), "the defaults");

    for (zone, code) in [("Mars/Olympus_Mons", "unknown"), ("Europe Paris", "unknown"), ("  ", "required")] {
        let res = put(Some(admin.clone()), zone).await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY, "{zone}");
        let body = body_json(res).await;
        assert_eq!(body["code"], "validation", "{body}");
        assert_eq!(body["fields"], json!([{ "field": "time_zone", "code": code }]), "{body}");
        assert!(!body["message"].as_str().unwrap().is_empty(), "{body}");
        assert!(!body["reference"].as_str().unwrap().is_empty(), "{body}");
    }
    let unchanged = body_json(t.get("/api/company/settings", Some(&admin)).await).await;
    assert_eq!(unchanged["time_zone"], "Europe/Paris");

    // Spelt as the tz database spells it.
    let res = put(Some(admin.clone()), " america/new_york ").await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(body_json(res).await, json!({ "time_zone": "America/New_York", "second_step": "off" }));
    let saved = body_json(t.get("/api/company/settings", Some(&admin)).await).await;
    assert_eq!(saved["time_zone"], "America/New_York");
    // Saving it again changes nothing, and records nothing.
    assert_eq!(put(Some(admin.clone()), "America/New_York").await.status(), StatusCode::OK);
    let events: Vec<(Option<String>, Option<i64>, Option<String>)> = sqlx::query_as(
        "SELECT actor_name, subject_id, changes FROM audit_log WHERE action = 'company-settings-changed'",
    )
    .fetch_all(&t.app.state.pool)
    .await
    .unwrap();
    assert_eq!(events.len(), 1, "one event: {events:?}");
    let (actor, subject, changes) = &events[0];
    assert_eq!((actor.as_deref(), *subject), (Some("Camille Martin"), None), "by the administrator");
    let changes: serde_json::Value = serde_json::from_str(changes.as_deref().unwrap()).unwrap();
    assert_eq!(changes, json!({ "time_zone": { "from": "Europe/Paris", "to": "America/New_York" } }));
}

#[tokio::test]
async fn e_mails_write_times_on_the_company_clock_name_it_and_end_with_a_button_and_a_sign_off() {
    let t = common::start().await;
    let admin = t.admin_cookie().await;
    let forgot = || t.json("POST", "/api/password/forgot", None, json!({ "email": EMMA }));

    assert_eq!(forgot().await.status(), StatusCode::NO_CONTENT);
    let (paris_text, _, _) = last_email(&t, EMMA).await;
    let paris_expiry = link_expiry(&t, EMMA).await;
    let paris = moment(Language::En, &TimeZone::parse("Europe/Paris").unwrap(), paris_expiry);
    assert_eq!(paris.zone, "Central European Time");
    assert!(paris_text.contains(&format!("until {} (Central European Time).", paris.date_time)), "{paris_text}");
    assert!(paris.date_time.contains(&english_clock(paris_expiry, "Europe/Paris")), "{paris:?}");

    let res = t.json("PUT", "/api/company/settings", Some(&admin), json!({ "time_zone": "America/New_York" })).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(forgot().await.status(), StatusCode::NO_CONTENT);
    let (text, html, link) = last_email(&t, EMMA).await;
    let expiry = link_expiry(&t, EMMA).await;
    let new_york = moment(Language::En, &TimeZone::parse("America/New_York").unwrap(), expiry);
    assert_eq!(new_york.zone, "Eastern Time");
    // The hour moved with the clock (five or six hours earlier than Paris, by the season).
    let clock = english_clock(expiry, "America/New_York");
    assert_ne!(clock, english_clock(expiry, "Europe/Paris"));
    assert!(text.contains(&format!("until {} (Eastern Time).", new_york.date_time)), "{text}");
    assert!(text.contains(&clock), "{clock} in {text}");
    assert!(!text.contains("UTC") && !html.contains("UTC"), "{text}");

    // The text part keeps the address as it is; the HTML part makes it a button saying what
    // it does, with the address under it; both end with the sign-off.
    let link = link.unwrap();
    assert!(text.contains(&format!("\n\n{link}\n\n")), "{text}");
    assert!(text.ends_with("\n\nThe Espace team\n"), "{text}");
    let href = format!("href=\"{}\"", link.replace('&', "&amp;"));
    assert!(html.contains(&format!("{href} style=")), "{html}");
    assert!(html.contains(">Choose a new password</a>"), "{html}");
    assert!(html.contains("If the button does not work, copy this address into your browser:<br><a "), "{html}");
    assert!(html.contains(&format!(">{}</a>", html_escape::encode_safe(&link))), "the address, readable: {html}");
    assert!(html.contains("<p>The Espace team</p>"), "{html}");
}
