//! Single sign-on in a real browser against a real OpenID provider (panva's oidc-provider),
//! once per language: the administrator sets the provider up on the SSO page and tests the
//! connection; a new person signs in for the first time (account made, privacy policy, their
//! services), signs out (the provider's sign-out offered) and in again; then a deactivated
//! account, an address outside the covered domains, and a provider that refuses each land on
//! their own error page, whose details copy for support.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests: a failed unwrap is a failed test

#[path = "../../../server/tests/common/dns.rs"]
mod dns;
#[path = "../../../server/tests/common/oidc.rs"]
mod oidc;

use dns::TestDns;
use espace_e2e::thirtyfour::By;
use espace_e2e::{App, Browser, Harness};
use oidc::{Options, Provider};

struct Words {
    sso_title: &'static str,
    saved: &'static str,
    pending: &'static str,
    not_found: &'static str,
    verified: &'static str,
    verified_badge: &'static str,
    all_ok: &'static str,
    privacy: &'static str,
    services: &'static str,
    deactivated: &'static str,
    not_covered: &'static str,
    refused: &'static str,
    copied: &'static str,
}

const FR: Words = Words {
    sso_title: "Authentification unique",
    saved: "Réglages de l’authentification unique enregistrés.",
    pending: "En attente de l’enregistrement",
    not_found: "L’enregistrement est introuvable pour l’instant.",
    verified: "L’enregistrement est présent : ce domaine est vérifié.",
    verified_badge: "Vérifié",
    all_ok: "Tout fonctionne : les personnes peuvent se connecter avec ce fournisseur.",
    privacy: "Politique de confidentialité",
    services: "Mes services",
    deactivated: "Votre compte est désactivé",
    not_covered: "Cette adresse e-mail n’est pas couverte",
    refused: "Votre fournisseur d’identité a refusé la connexion",
    copied: "Détails copiés.",
};
const EN: Words = Words {
    sso_title: "Single sign-on",
    saved: "Single sign-on settings saved.",
    pending: "Waiting for the record",
    not_found: "The record was not found yet.",
    verified: "The record is there: this domain is verified.",
    verified_badge: "Verified",
    all_ok: "Everything works: people can sign in with this provider.",
    privacy: "Privacy policy",
    services: "My services",
    deactivated: "Your account is deactivated",
    not_covered: "This e-mail address is not covered",
    refused: "Your identity provider refused the sign-in",
    copied: "Details copied.",
};

const NINA: &str = "nina.roux@sso.example";

/// From Espace's sign-in page to the provider's, and through it as `email`.
async fn through_provider(h: &Harness, provider: &Provider, email: &str) {
    h.goto("/sign-in").await;
    h.continue_with(email).await;
    wait_at_provider(h, provider).await;
    h.fill("#email", email).await;
    h.click("#sign-in").await;
}

async fn wait_at_provider(h: &Harness, provider: &Provider) {
    for _ in 0..300 {
        if h.driver.current_url().await.unwrap().as_str().starts_with(&provider.issuer) {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("not sent to the provider; at {}", h.path().await);
}

/// A fresh start at the provider too (it shares the host's cookies).
async fn forget_everyone(h: &Harness) {
    // A page of the origin without a script: the sign-in page would send a signed-in person
    // on with a page load that could race the next step.
    h.goto("/robots.txt").await;
    h.driver.delete_all_cookies().await.unwrap();
}

async fn journey(browser: Browser, w: Words, lang: &str) {
    // The company's DNS zone, on a real DNS server the server under test resolves through.
    let dns = TestDns::start(&["sso.example"]).await;
    let h = Harness::start_with(browser, App::Release, |c| c.dns_server = Some(dns.addr)).await;
    let provider = Provider::start(&h.base, oidc::accounts(), Options::default());

    // The administrator sets the provider up and tests it before saving.
    h.goto("/sign-in").await;
    h.sign_in(&h.demo.email, &h.demo.password).await;
    h.click("nav a[href='/sso']").await;
    h.wait_text("h1", w.sso_title).await;
    let redirect = h.wait_for_any("[data-testid=redirect-uri]").await.text().await.unwrap();
    assert_eq!(redirect, format!("{}/api/sso/callback", h.base));
    h.click("#sso-enabled").await;
    h.fill("#sso-issuer", &provider.issuer).await;
    h.fill("#sso-client_id", oidc::CLIENT_ID).await;
    h.fill("#sso-client_secret", "not-the-secret").await;
    h.fill("#sso-domains", "sso.example").await;
    h.choose("#sso-default_entity_id", "2").await;
    h.click("#sso-service-4").await;
    h.click(".sso-form .actions button[type=button]").await;
    h.wait_for_any(".sso-check[data-step=client][data-outcome=failed]").await;
    h.fill("#sso-client_secret", oidc::CLIENT_SECRET).await;
    h.click(".sso-form .actions button[type=button]").await;
    h.wait_text(".sso-report-summary", w.all_ok).await;
    h.screenshot(&format!("sso-settings-{lang}")).await;
    h.click(".sso-form button[type=submit]").await;
    h.wait_text(".toast p", w.saved).await;

    // The domain counts once proven: the page gives the TXT record, the administrator publishes
    // it at the DNS host (here, the test's DNS server) and checks.
    let line = ".sso-domain[data-domain='sso.example']";
    h.wait_text(&format!("{line} .badge"), w.pending).await;
    let name = h.wait_for_any(&format!("{line} [data-testid=record-name]")).await.text().await.unwrap();
    let value = h.wait_for_any(&format!("{line} [data-testid=record-value]")).await.text().await.unwrap();
    assert_eq!(name, "_espace-challenge.sso.example");
    h.click(&format!("{line} button.button")).await;
    h.wait_contains(&format!("{line} .sso-domain-outcome"), w.not_found).await;
    dns.set_txt(&name, &[&value]).await;
    h.click(&format!("{line} button.button")).await;
    h.wait_text(&format!("{line} .sso-domain-outcome p"), w.verified).await;
    h.wait_text(&format!("{line} .badge"), w.verified_badge).await;
    h.screenshot(&format!("sso-domain-verified-{lang}")).await;
    // The domains on a phone: nothing wider than the screen, and axe-core finds nothing.
    h.driver.set_window_rect(0, 0, 390, 844).await.unwrap();
    h.driver.find(By::Css(line)).await.unwrap().scroll_into_view().await.unwrap();
    assert_eq!(h.overflow().await.0, 0, "{:?}", h.overflow().await.1);
    assert_eq!(h.axe().await, Vec::<String>::new());
    h.screenshot(&format!("sso-domain-phone-{lang}")).await;
    h.driver.set_window_rect(0, 0, 1280, 900).await.unwrap();
    forget_everyone(&h).await;

    // First sign-in: the account is made, the privacy policy comes first, then the space.
    through_provider(&h, &provider, NINA).await;
    h.wait_text("h1", w.privacy).await;
    h.click("#privacy-accept").await;
    h.click("[data-testid=accept]").await;
    h.wait_text("h1", w.services).await;
    h.wait_contains("[data-testid=services]", "VoIP line").await;
    h.screenshot(&format!("sso-first-sign-in-{lang}")).await;

    // Sign-out ends the space's session and offers the provider's.
    h.click(".user-menu-button").await;
    h.click("#user-menu-panel .link-button").await;
    h.wait_for_any("[data-testid=provider-sign-out] a").await;
    let href = h.driver.find(By::Css("[data-testid=provider-sign-out] a")).await.unwrap().attr("href").await.unwrap();
    assert!(href.unwrap().starts_with(&format!("{}/session/end", provider.issuer)));

    // Second sign-in: still signed in at the provider, straight back to the same account.
    h.continue_with(NINA).await;
    h.wait_text("h1", w.services).await;
    let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM users WHERE email_norm = $1")
        .bind(NINA)
        .fetch_one(&h.server.state.pool)
        .await
        .unwrap();
    assert_eq!(count, 1);

    // A deactivated account stays out, with the details support needs.
    let admin = h.admin_client().await;
    let nina = h.user_id(NINA).await;
    let detail: serde_json::Value =
        admin.get(h.url(&format!("/api/users/{nina}"))).send().await.unwrap().json().await.unwrap();
    let res = admin
        .post(h.url(&format!("/api/users/{nina}/actions")))
        .json(&serde_json::json!({ "action": "deactivate", "version": detail["version"] }))
        .send()
        .await
        .unwrap();
    assert!(res.status().is_success());
    forget_everyone(&h).await;
    through_provider(&h, &provider, NINA).await;
    h.wait_text("[data-testid=sso-error] h1", w.deactivated).await;
    h.wait_contains("[data-testid=sso-error] .sso-error-details", NINA).await;
    h.click("[data-testid=sso-error] .actions button").await;
    h.wait_text(".copy-status", w.copied).await;
    if let Ok(copied) = h.driver.execute("return await navigator.clipboard.readText()", Vec::new()).await {
        let copied = copied.convert::<String>().unwrap();
        assert!(copied.contains(NINA) && copied.contains("account-deactivated"), "{copied}");
    }
    h.screenshot(&format!("sso-error-deactivated-{lang}")).await;

    // An address the company's domains do not cover.
    forget_everyone(&h).await;
    through_provider(&h, &provider, "rita.vidal@sso.example").await;
    h.wait_text("[data-testid=sso-error] h1", w.not_covered).await;
    assert!(h.path().await.contains("code=domain-not-covered"));

    // The provider refuses (here, the person cancels there): its own words are shown.
    forget_everyone(&h).await;
    h.goto("/sign-in").await;
    h.continue_with("oscar.lee@sso.example").await;
    wait_at_provider(&h, &provider).await;
    h.click("#cancel").await;
    h.wait_text("[data-testid=sso-error] h1", w.refused).await;
    h.wait_contains("[data-testid=provider-said]", "access_denied").await;
    h.screenshot(&format!("sso-error-refused-{lang}")).await;
    assert_eq!(h.html_lang().await, lang);
    h.stop().await;
}

#[tokio::test]
async fn single_sign_on_in_french() {
    journey(Browser::French, FR, "fr").await;
}

#[tokio::test]
async fn single_sign_on_in_english() {
    journey(Browser::English, EN, "en").await;
}
