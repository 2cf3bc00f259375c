#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests: a failed unwrap is a failed test
mod common;

use axum::http::StatusCode;
use common::{body_json, start, TestApp};
use serde_json::{json, Value};

async fn list(t: &TestApp, cookie: &str, query: &str) -> Value {
    let res = t.get(&format!("/api/users?{query}"), Some(cookie)).await;
    assert_eq!(res.status(), StatusCode::OK, "{query}");
    body_json(res).await
}

fn names(page: &Value) -> Vec<String> {
    page["users"].as_array().unwrap().iter().map(|u| u["last_name"].as_str().unwrap().to_owned()).collect()
}

async fn act(t: &TestApp, cookie: &str, id: i64, action: &str) -> (StatusCode, Value) {
    t.act(cookie, id, action).await
}

#[tokio::test]
async fn search_ignores_case_and_accents_and_every_word_must_match() {
    let t = start().await;
    let admin = t.admin_cookie().await;
    assert_eq!(names(&list(&t, &admin, "q=helene").await), ["Dubois"]);
    assert_eq!(names(&list(&t, &admin, "q=H%C3%89L%C3%88NE").await), ["Dubois"]);
    assert_eq!(names(&list(&t, &admin, "q=hel%20dub").await), ["Dubois"]);
    assert_eq!(names(&list(&t, &admin, "q=hel%20moreau").await), Vec::<String>::new());
    assert_eq!(names(&list(&t, &admin, "q=wilson@acme").await), ["Wilson"]);
    // LIKE wildcards typed by people are taken literally.
    assert_eq!(names(&list(&t, &admin, "q=%25").await), Vec::<String>::new());
    let all = list(&t, &admin, "").await;
    assert_eq!(all["total"], 7);
    assert_eq!(all["company_total"], 7);
    assert_eq!(names(&all), ["Bernard", "Dubois", "Laurent", "Martin", "Moreau", "Petit", "Wilson"]);
}

#[tokio::test]
async fn filters_sorts_and_pages() {
    let t = start().await;
    let admin = t.admin_cookie().await;
    assert_eq!(names(&list(&t, &admin, "status=invited").await), ["Moreau"]);
    assert_eq!(names(&list(&t, &admin, "role=admin").await), ["Laurent", "Martin"]);
    assert_eq!(names(&list(&t, &admin, "role=admin&status=active").await), ["Martin"]);
    let by_sign_in = names(&list(&t, &admin, "sort=last-sign-in").await);
    // Camille signed in just now; never-signed-in users come last.
    assert_eq!(by_sign_in, ["Martin", "Dubois", "Bernard", "Wilson", "Petit", "Laurent", "Moreau"]);
    assert_eq!(names(&list(&t, &admin, "sort=name&desc=true").await)[0], "Wilson");

    let company: i64 = sqlx::query_scalar("SELECT id FROM companies").fetch_one(&t.app.state.pool).await.unwrap();
    for i in 0..30 {
        sqlx::query(
            "INSERT INTO users (company_id, first_name, last_name, email, email_norm, language, role, status,
                 status_changed_at, created_at, search_text, sort_name, entity_id)
             VALUES ($1, 'Test', $2, $3, $4, 'fr', 'user', 'created', 0, 0, $5, $6, (SELECT MIN(id) FROM entities))",
        )
        .bind(company)
        .bind(format!("Zz{i:02}"))
        .bind(format!("t{i}@acme.example"))
        .bind(format!("t{i}@acme.example"))
        .bind(format!("test zz{i:02} t{i}@acme.example"))
        .bind(format!("zz{i:02} test"))
        .execute(&t.app.state.pool)
        .await
        .unwrap();
    }
    let p1 = list(&t, &admin, "").await;
    assert_eq!(p1["users"].as_array().unwrap().len(), 25);
    assert_eq!(p1["total"], 37);
    let p2 = list(&t, &admin, "page=2").await;
    assert_eq!(names(&p2), (18..30).map(|i| format!("Zz{i:02}")).collect::<Vec<_>>());
    // A page size nobody offers falls back to the default rather than failing.
    assert_eq!(list(&t, &admin, "size=7").await["size"], 25);
    assert_eq!(list(&t, &admin, "size=50").await["users"].as_array().unwrap().len(), 37);
}

/// A search with few matches among many people (under one in twenty): PostgreSQL gathers them
/// through the trigram index and sorts them, instead of walking the sort's index. The same
/// answers either way, in every order.
#[tokio::test]
async fn a_search_with_few_matches_sorts_and_pages_like_any_other() {
    let t = start().await;
    let admin = t.admin_cookie().await;
    let company: i64 = sqlx::query_scalar("SELECT id FROM companies").fetch_one(&t.app.state.pool).await.unwrap();
    for i in 0..80 {
        let last = if i % 20 == 3 { format!("Rareté {i:02}") } else { format!("Commun {i:02}") };
        sqlx::query(
            "INSERT INTO users (company_id, first_name, last_name, email, email_norm, language, role, status,
                 status_changed_at, created_at, last_sign_in_at, search_text, sort_name, entity_id)
             VALUES ($1, 'Test', $2, $3, $3, 'fr', 'user', 'active', 0, $4, $5, $6, $7, (SELECT MIN(id) FROM entities))",
        )
        .bind(company)
        .bind(&last)
        .bind(format!("p{i}@acme.example"))
        .bind(i64::from(i))
        .bind(i64::from(1000 - i))
        .bind(espace_server::users::fold::search_text("Test", &last, &format!("p{i}@acme.example")))
        .bind(espace_server::users::fold::sort_name("Test", &last))
        .execute(&t.app.state.pool)
        .await
        .unwrap();
    }
    sqlx::query("ANALYZE").execute(&t.app.state.pool).await.unwrap();
    let rare = list(&t, &admin, "q=rarete").await;
    assert_eq!(rare["total"], 4);
    assert_eq!(names(&rare), ["Rareté 03", "Rareté 23", "Rareté 43", "Rareté 63"]);
    assert_eq!(names(&list(&t, &admin, "q=rarete&sort=name&desc=true").await)[0], "Rareté 63");
    assert_eq!(names(&list(&t, &admin, "q=rarete&sort=created&desc=true").await)[0], "Rareté 63");
    assert_eq!(names(&list(&t, &admin, "q=rarete&sort=last-sign-in").await)[0], "Rareté 03");
    assert_eq!(names(&list(&t, &admin, "q=rare%2063").await), ["Rareté 63"]);
    let past = list(&t, &admin, "q=rarete&page=2").await;
    assert_eq!((past["users"].as_array().unwrap().len(), past["total"].clone()), (0, json!(4)));
    // Many matches: the sort's index, as before.
    assert_eq!(list(&t, &admin, "q=commun").await["total"], 76);
}

/// "Invitation expired" is a state of its own on the list and a filter: invited people whose
/// every link expired unused (the seeded Jean Moreau has none left), and only them.
#[tokio::test]
async fn expired_invitations_are_shown_and_filtered() {
    let t = start().await;
    let admin = t.admin_cookie().await;
    let expired = list(&t, &admin, "invitation=expired").await;
    assert_eq!(names(&expired), ["Moreau"]);
    assert_eq!((expired["total"].clone(), expired["company_total"].clone()), (json!(1), json!(7)));
    assert_eq!(expired["users"][0]["invitation_expired"], true);
    assert_eq!(names(&list(&t, &admin, "invitation=pending").await), Vec::<String>::new());
    let jean = t.user_id("jean.moreau@acme.example").await;
    assert_eq!(act(&t, &admin, jean, "resend-activation").await.0, StatusCode::OK);
    assert_eq!(names(&list(&t, &admin, "invitation=expired").await), Vec::<String>::new());
    let pending = list(&t, &admin, "invitation=pending").await;
    assert_eq!(names(&pending), ["Moreau"]);
    assert_eq!(pending["users"][0]["invitation_expired"], false);
    let everyone = list(&t, &admin, "").await;
    let flagged: Vec<&Value> =
        everyone["users"].as_array().unwrap().iter().filter(|u| u["invitation_expired"] == true).collect();
    assert!(flagged.is_empty(), "nobody else is an expired invitation");
    sqlx::query("UPDATE tokens SET expires_at = 1").execute(&t.app.state.pool).await.unwrap();
    assert_eq!(names(&list(&t, &admin, "invitation=expired").await), ["Moreau"]);
    assert_eq!(list(&t, &admin, "invitation=expired&q=jean").await["total"], 1);
}

/// "Send new invitations" from the expired filter: every invited person in reach whose links
/// all expired gets a new one, each through the lifecycle (a new link e-mailed, an audit
/// entry); nobody else, and a second call finds nobody.
#[tokio::test]
async fn expired_invitations_are_renewed_at_once() {
    let t = start().await;
    let admin = t.admin_cookie().await;
    let pool = &t.app.state.pool;
    let entity: i64 = sqlx::query_scalar("SELECT MIN(id) FROM entities").fetch_one(pool).await.unwrap();
    for n in 1..=2 {
        let body = json!({
            "first_name": "Invité", "last_name": format!("Numéro {n}"), "role": "user", "entity_id": entity,
            "email": format!("invite{n}@acme.example"), "notification_email": "", "language": "en",
            "service_ids": [], "send_activation": true, "idempotency_key": format!("renew-{n}"),
        });
        assert_eq!(t.json("POST", "/api/users", Some(&admin), body).await.status(), StatusCode::CREATED);
    }
    sqlx::query("UPDATE tokens SET expires_at = 1").execute(pool).await.unwrap();
    assert_eq!(list(&t, &admin, "invitation=expired").await["total"], 3);
    let count = |what: &'static str| async move {
        let sql = match what {
            "mail" => "SELECT COUNT(*) FROM outbox WHERE kind = 'activation'",
            _ => "SELECT COUNT(*) FROM audit_log WHERE action = 'resend-activation'",
        };
        sqlx::query_scalar::<_, i64>(sql).fetch_one(pool).await.unwrap()
    };
    let (mails, events) = (count("mail").await, count("audit").await);

    t.set_password("helene.dubois@acme.example", "a-good-long-password").await;
    let user = t.sign_in("helene.dubois@acme.example", "a-good-long-password").await;
    let res = t.json("POST", "/api/users/invitations/renew", Some(&user), json!({})).await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN, "only those who manage people");

    let res = t.json("POST", "/api/users/invitations/renew", Some(&admin), json!({})).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(body_json(res).await, json!({ "renewed": 3, "skipped": 0 }));
    assert_eq!(list(&t, &admin, "invitation=expired").await["total"], 0);
    assert_eq!(list(&t, &admin, "invitation=pending").await["total"], 3);
    assert_eq!((count("mail").await, count("audit").await), (mails + 3, events + 3));
    let again = t.json("POST", "/api/users/invitations/renew", Some(&admin), json!({})).await;
    assert_eq!(body_json(again).await, json!({ "renewed": 0, "skipped": 0 }));
}

#[tokio::test]
async fn users_who_are_not_admins_get_403_from_every_users_endpoint() {
    let t = start().await;
    t.set_password("helene.dubois@acme.example", "a-good-long-password").await;
    let user = t.sign_in("helene.dubois@acme.example", "a-good-long-password").await;
    let jean = t.user_id("jean.moreau@acme.example").await;
    assert_eq!(t.get("/api/users", Some(&user)).await.status(), StatusCode::FORBIDDEN);
    assert_eq!(t.get(&format!("/api/users/{jean}"), Some(&user)).await.status(), StatusCode::FORBIDDEN);
    let res = t
        .json("POST", &format!("/api/users/{jean}/actions"), Some(&user), json!({ "action": "delete", "version": 1 }))
        .await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    assert_eq!(t.get("/api/users", None).await.status(), StatusCode::UNAUTHORIZED);
    // Still there.
    let admin = t.admin_cookie().await;
    assert_eq!(t.detail(&admin, jean).await["status"], "invited");
}

#[tokio::test]
async fn activate_sends_a_single_use_link_and_resend_revokes_the_old_one() {
    let t = start().await;
    let admin = t.admin_cookie().await;
    let sophie = t.user_id("sophie.laurent@acme.example").await;
    let (status, user) = act(&t, &admin, sophie, "activate").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(user["status"], "invited");
    assert!(user["invitation_expires_at"].as_i64().unwrap() > 0);
    assert_eq!(user["history"][0]["action"], "activate");
    assert_eq!(user["history"][0]["actor"], "Camille Martin");

    let mails: Vec<(String, String, String, String)> =
        sqlx::query_as("SELECT to_address, subject, body_text, link FROM outbox WHERE user_id = $1")
            .bind(sophie)
            .fetch_all(&t.app.state.pool)
            .await
            .unwrap();
    assert_eq!(mails.len(), 1);
    let (to, subject, text, link) = &mails[0];
    assert_eq!(to, "sophie.laurent@acme.example");
    assert!(subject.contains("Acme"), "{subject}");
    assert!(text.starts_with("Bonjour Sophie"), "{text}");
    assert!(link.contains("/activate#t="), "{link}");
    let token = link.rsplit("#t=").next().unwrap();
    let stored: Vec<String> = sqlx::query_scalar("SELECT hash FROM tokens WHERE user_id = $1")
        .bind(sophie)
        .fetch_all(&t.app.state.pool)
        .await
        .unwrap();
    assert_eq!(stored.len(), 1);
    assert_ne!(stored[0], token, "only the hash is stored");

    let (status, _) = act(&t, &admin, sophie, "resend-activation").await;
    assert_eq!(status, StatusCode::OK);
    let live: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM tokens WHERE user_id = $1 AND revoked_at IS NULL")
        .bind(sophie)
        .fetch_one(&t.app.state.pool)
        .await
        .unwrap();
    assert_eq!(live, 1);
    let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE user_id = $1")
        .bind(sophie)
        .fetch_one(&t.app.state.pool)
        .await
        .unwrap();
    assert_eq!(count, 2);
}

#[tokio::test]
async fn deactivation_ends_sessions_and_reactivation_restores_access() {
    let t = start().await;
    let admin = t.admin_cookie().await;
    t.set_password("helene.dubois@acme.example", "a-good-long-password").await;
    let user = t.sign_in("helene.dubois@acme.example", "a-good-long-password").await;
    let helene = t.user_id("helene.dubois@acme.example").await;
    let (status, body) = act(&t, &admin, helene, "deactivate").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["status"], "deactivated");
    assert_eq!(body["status_reason"], "admin");
    assert_eq!(t.get("/api/me", Some(&user)).await.status(), StatusCode::UNAUTHORIZED);
    let (status, body) = act(&t, &admin, helene, "reactivate").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["status"], "active");
    t.sign_in("helene.dubois@acme.example", "a-good-long-password").await;
    let actions: Vec<String> = sqlx::query_scalar("SELECT action FROM audit_log WHERE subject_id = $1 ORDER BY id")
        .bind(helene)
        .fetch_all(&t.app.state.pool)
        .await
        .unwrap();
    assert_eq!(actions[actions.len() - 2..], ["deactivate", "reactivate"]);
}

#[tokio::test]
async fn forbidden_cases_are_refused_with_their_own_codes() {
    let t = start().await;
    let admin = t.admin_cookie().await;
    let me = t.user_id(&t.demo.email).await;
    let (status, body) = act(&t, &admin, me, "deactivate").await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(body["code"], "self-action");

    // Activated users are never deleted, only deactivated.
    let helene = t.user_id("helene.dubois@acme.example").await;
    let (status, body) = act(&t, &admin, helene, "delete").await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(body["code"], "invalid-transition");

    // A stale version: someone else changed the user in between.
    let res = t
        .json(
            "POST",
            &format!("/api/users/{helene}/actions"),
            Some(&admin),
            json!({ "action": "deactivate", "version": 0 }),
        )
        .await;
    assert_eq!(res.status(), StatusCode::CONFLICT);
    assert_eq!(body_json(res).await["code"], "conflict");

    // Unknown ids and other companies' users look the same.
    assert_eq!(t.get("/api/users/99999", Some(&admin)).await.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn an_invitation_is_cancelled_by_deleting_and_a_lock_is_lifted() {
    let t = start().await;
    let admin = t.admin_cookie().await;
    let jean = t.user_id("jean.moreau@acme.example").await;
    let (status, body) = act(&t, &admin, jean, "delete").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body, Value::Null);
    assert_eq!(t.get(&format!("/api/users/{jean}"), Some(&admin)).await.status(), StatusCode::NOT_FOUND);

    let luc = t.user_id("luc.bernard@acme.example").await;
    let (status, body) = act(&t, &admin, luc, "unlock-and-reset").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["status"], "active");
    let link: String = sqlx::query_scalar("SELECT link FROM outbox WHERE user_id = $1 AND kind = 'reset'")
        .bind(luc)
        .fetch_one(&t.app.state.pool)
        .await
        .unwrap();
    assert!(link.contains("/reset-password#t="));
    let failures: i64 = sqlx::query_scalar("SELECT failed_sign_ins FROM users WHERE id = $1")
        .bind(luc)
        .fetch_one(&t.app.state.pool)
        .await
        .unwrap();
    assert_eq!(failures, 0);
}
