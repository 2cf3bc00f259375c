//! Every text the app shows comes from the locale files. In the pseudo-locale every Fluent text
//! is accented ("Ƈooƞƞeeẋiooƞ"), so text that bypasses Fluent stays in plain letters: this walk
//! through the pages, with the build that has the pseudo-locale, fails on any such text.
//! People's data (names in <bdi>, e-mail addresses, codes, dates from Intl) is left out.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests: a failed unwrap is a failed test

use espace_e2e::thirtyfour::By;
use espace_e2e::{App, Browser, Harness};

/// Visible text nodes and labelling attributes with three plain letters in a row and nothing
/// but ASCII: untouched by the pseudo-locale. Returns "where: text" lines.
const PLAIN_TEXT: &str = r#"
const data = 'bdi, code, time, script, style, [translate=no]';
// The pseudo-locale keeps the vowels a e i o u (doubling some) and replaces every other letter,
// so an untouched text is all ASCII with a word of three letters or more that has a consonant
// ("Oui" becomes "Ouui": still ASCII, but no consonant).
const plain = (t) => !/[^\x00-\x7f]/.test(t)
  && /\b(?=[a-z]*[b-df-hj-np-tv-z])[a-z]{3,}\b/i.test(t.replace(/[\w.+'-]+@[\w.-]+/g, ''));
const out = [];
if (plain(document.title)) out.push('title: ' + document.title);
const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
while (walker.nextNode()) {
  const text = walker.currentNode.textContent.trim();
  const el = walker.currentNode.parentElement;
  if (!text || el.closest(data) || !el.getClientRects().length) continue;
  if (plain(text)) out.push(el.tagName.toLowerCase() + ': ' + text);
}
for (const el of document.querySelectorAll('[aria-label], [placeholder], [title], [alt]')) {
  if (el.closest(data)) continue;
  for (const name of ['aria-label', 'placeholder', 'title', 'alt']) {
    const value = el.getAttribute(name);
    if (value && plain(value)) out.push(el.tagName.toLowerCase() + '@' + name + ': ' + value);
  }
}
return out;
"#;

/// Collects what the pages show in plain letters, page by page.
#[derive(Default)]
struct Scan(Vec<String>);

impl Scan {
    /// Once `ready` is on screen, scans the page as `name` (also its screenshot's name).
    async fn page(&mut self, h: &Harness, ready: &str, name: &str) {
        h.wait_for_any(ready).await;
        let ret = h.driver.execute(PLAIN_TEXT, Vec::new()).await.expect("scan");
        let lines: Vec<String> = ret.convert().expect("a list of strings");
        self.0.extend(lines.into_iter().map(|l| format!("[{name}] {l}")));
        h.screenshot(&format!("pseudo-{name}")).await;
    }
}

#[tokio::test]
async fn no_text_bypasses_the_locale_files() {
    let h = Harness::start_app(Browser::French, App::Pseudo).await;
    let mut scan = Scan::default();

    // Signed out: sign-in (with an error), forgotten password, a broken link.
    h.goto("/sign-in?lang=pseudo").await;
    scan.page(&h, "#sign-in-email", "sign-in").await;
    h.sign_in(&h.demo.email, "not-the-password").await;
    scan.page(&h, "[data-testid=sign-in-error] .error-code", "sign-in-error").await;
    h.goto("/forgot-password").await;
    scan.page(&h, "#forgot-email", "forgot-password").await;
    h.goto("/activate#t=not-a-real-token").await;
    scan.page(&h, "main h1", "link-unknown").await;

    // Signed in as the demo admin: every page and the states in between.
    h.goto("/sign-in").await;
    h.sign_in(&h.demo.email, &h.demo.password).await;
    scan.page(&h, "[data-testid=services] .card", "space").await;

    h.goto("/users").await;
    scan.page(&h, "[data-testid=users-table] tbody tr", "users").await;
    h.click("[data-testid=users-table] tbody tr .row-menu button").await;
    scan.page(&h, ".row-menu-list:not([hidden]) button", "users-row-menu").await;
    h.goto("/users?q=zzz-nobody").await;
    scan.page(&h, "[data-testid=users-no-match]", "users-no-match").await;

    h.goto("/users?q=helene").await;
    h.click("[data-testid=users-table] tbody tr th a").await;
    scan.page(&h, "[data-testid=history] li", "user-detail").await;
    h.click("[data-action=deactivate]").await;
    scan.page(&h, "dialog[open]", "user-dialog").await;
    h.click("dialog[open] .dialog-buttons .secondary").await;
    h.click("[data-action=edit]").await;
    scan.page(&h, "#edit-title", "user-edit").await;

    h.goto("/users/new").await;
    h.click("[data-testid=next]").await;
    scan.page(&h, ".error-summary", "wizard-errors").await;
    h.fill("#wizard-first-name", "Zoë").await;
    h.fill("#wizard-last-name", "Ashford").await;
    h.click("#wizard-role-user").await;
    h.choose("#wizard-entity", "1").await;
    h.fill("#wizard-email", "zoe.ashford@acme.example").await;
    h.click("#wizard-assign").await;
    h.click("[data-testid=next]").await;
    scan.page(&h, "[data-testid=service-choices]", "wizard-services").await;
    h.click("[data-testid=next]").await;
    scan.page(&h, "#wizard-send-activation", "wizard-options").await;
    h.click("[data-testid=next]").await;
    scan.page(&h, "[data-testid=finish]", "wizard-summary").await;

    h.goto("/profile").await;
    scan.page(&h, "dl.facts", "profile").await;
    h.goto("/sso").await;
    scan.page(&h, "#sso-issuer", "sso").await;
    h.goto("/sign-in/sso-error?code=provider-refused&ref=ABC234&at=1764000000&email=nina%40sso.example&error=access_denied&error_description=Cancelled").await;
    scan.page(&h, "[data-testid=sso-error] dl", "sso-error").await;
    h.goto("/no-such-page").await;
    scan.page(&h, "h1", "not-found").await;
    h.goto("/error?code=internal&ref=abc123").await;
    scan.page(&h, ".error-details", "error").await;

    // A new user's way in: the activation link's welcome, choosing a password, the policy.
    let link = h.activation_link("jean.moreau@acme.example").await;
    h.goto(&link).await;
    scan.page(&h, "[data-testid=continue]", "link-welcome").await;
    h.click("[data-testid=continue]").await;
    scan.page(&h, "#new-password", "link-password").await;
    h.click("[data-testid=generate]").await;
    h.click("[data-testid=set-password]").await;
    scan.page(&h, "[data-testid=accept]", "privacy").await;

    // The scan itself works: the pseudo-locale is on, and plain text would be caught.
    let title = h.driver.find(By::Css("h1")).await.unwrap().text().await.unwrap();
    assert!(!title.is_ascii(), "the pseudo-locale is not on: {title}");
    h.driver.execute("document.querySelector('h1').textContent = 'Hard-coded title'", Vec::new()).await.unwrap();
    let mut probe = Scan::default();
    probe.page(&h, "h1", "probe").await;
    assert_eq!(probe.0, ["[probe] h1: Hard-coded title"]);

    assert!(scan.0.is_empty(), "text outside the locale files:\n  {}", scan.0.join("\n  "));
    h.stop().await;
}
