//! The add-user wizard, once per language: a validation error fixed, two services, the
//! activation e-mail; a reload in the middle keeps everything.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests: a failed unwrap is a failed test

use espace_e2e::thirtyfour::By;
use espace_e2e::{Browser, Harness};

struct Words {
    title: &'static str,
    summary_title: &'static str,
    required: &'static str,
    services: &'static str,
    done: &'static str,
    invited: &'static str,
}

const FR: Words = Words {
    title: "Créer un nouvel utilisateur",
    summary_title: "Le formulaire contient des erreurs",
    required: "Ce champ est obligatoire.",
    services: "Attribuer les services",
    done: "Utilisateur créé et e-mail d’activation envoyé.",
    invited: "Invité",
};

const EN: Words = Words {
    title: "Create a new user",
    summary_title: "There is a problem",
    required: "This field is required.",
    services: "Assign services",
    done: "User created and activation e-mail sent.",
    invited: "Invited",
};

async fn checked(h: &Harness, css: &str) -> bool {
    h.driver.find(By::Css(css)).await.unwrap().prop("checked").await.unwrap().as_deref() == Some("true")
}

async fn journey(browser: Browser, w: Words, lang: &str, email: &str) {
    let h = Harness::start(browser).await;
    let pool = &h.server.state.pool;
    let service = |name: &'static str| async move {
        sqlx::query_scalar::<_, i64>("SELECT id FROM services WHERE name = $1")
            .bind(name)
            .fetch_one(pool)
            .await
            .unwrap()
    };
    let (m365, exchange) =
        (service("Microsoft 365 Business Standard").await, service("Exchange Online (Plan 1)").await);

    h.goto("/sign-in?next=%2Fusers").await;
    h.sign_in(&h.demo.email, &h.demo.password).await;
    h.click("[data-testid=add-users]").await;
    h.wait_text("h1", w.title).await;

    // Next with gaps: a summary of what to fix, each field marked.
    h.fill("#wizard-first-name", "Zoë").await;
    h.fill("#wizard-email", "zoe@").await;
    h.click("[data-testid=next]").await;
    h.wait_text(".error-summary h2", w.summary_title).await;
    h.wait_text("#wizard-last-name-error", w.required).await;
    let items = h.driver.find_all(By::Css(".error-summary li")).await.unwrap();
    assert_eq!(items.len(), 4, "last name, role, entity, e-mail");
    let focused = h.driver.execute("return document.activeElement.className", Vec::new()).await.unwrap();
    assert_eq!(focused.convert::<String>().unwrap(), "error-summary", "the summary takes focus");
    h.screenshot(&format!("wizard-errors-{lang}")).await;

    h.fill("#wizard-last-name", "O'Brien").await;
    h.click("#wizard-role-user").await;
    h.choose("#wizard-entity", "1").await;
    h.fill("#wizard-email", email).await;
    h.click("#wizard-assign").await;
    h.click("[data-testid=next]").await;
    h.wait_text("#wizard-step-heading", w.services).await;
    h.click(&format!("#wizard-service-{m365}")).await;
    h.click(&format!("#wizard-service-{exchange}")).await;
    h.screenshot(&format!("wizard-services-{lang}")).await;

    // A reload in the middle of step 2 keeps everything.
    h.driver.refresh().await.unwrap();
    h.wait_text("#wizard-step-heading", w.services).await;
    h.wait_for_any(&format!("#wizard-service-{m365}")).await;
    assert!(checked(&h, &format!("#wizard-service-{m365}")).await);
    assert!(checked(&h, &format!("#wizard-service-{exchange}")).await);
    h.click("[data-testid=back]").await;
    let first = h.driver.find(By::Css("#wizard-first-name")).await.unwrap().prop("value").await.unwrap();
    assert_eq!(first.as_deref(), Some("Zoë"));
    h.click("[data-testid=next]").await;
    h.click("[data-testid=next]").await;
    assert!(checked(&h, "#wizard-send-activation").await, "sending the e-mail is the default");
    h.click("[data-testid=next]").await;
    h.wait_contains("[data-testid=summary-services]", "Exchange Online (Plan 1)").await;
    h.wait_contains("[data-testid=summary-services]", "Microsoft 365 Business Standard").await;
    h.screenshot(&format!("wizard-summary-{lang}")).await;

    h.click("[data-testid=finish]").await;
    h.wait_text(".toast p", w.done).await;
    h.wait_text("h1", "Zoë O'Brien").await;
    h.wait_text(".detail-header .badge", w.invited).await;

    let (count, to): (i64, String) = sqlx::query_as(
        "SELECT COUNT(*), MAX(o.to_address) FROM outbox o JOIN users u ON u.id = o.user_id WHERE u.email_norm = $1 AND o.kind = 'activation'",
    )
    .bind(email)
    .fetch_one(pool)
    .await
    .unwrap();
    assert_eq!((count, to.as_str()), (1, email));

    // In the list, as invited.
    h.goto(&format!("/users?q={}", email.split('@').next().unwrap())).await;
    h.wait_text("[data-testid=users-table] tbody .badge", w.invited).await;
    h.stop().await;
}

#[tokio::test]
async fn admin_adds_a_user_in_french() {
    journey(Browser::French, FR, "fr", "zoe.obrien@acme.example").await;
}

#[tokio::test]
async fn admin_adds_a_user_in_english() {
    journey(Browser::English, EN, "en", "zoe.english@acme.example").await;
}
