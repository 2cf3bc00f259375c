//! Every text the app shows comes from the locale files. In the pseudo-locale every Fluent text
//! is accented ("Ƈooƞƞeeẋiooƞ"), so text that bypasses Fluent stays in plain letters: this walk
//! through the pages, with the build that has the pseudo-locale, fails on any such text.
//! People's data (names in <bdi>, e-mail addresses, codes, dates from Intl) is left out.

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

async fn plain_text(h: &Harness, page: &str, found: &mut Vec<String>) {
    let ret = h.driver.execute(PLAIN_TEXT, Vec::new()).await.expect("scan");
    let lines: Vec<String> = ret.convert().expect("a list of strings");
    found.extend(lines.into_iter().map(|l| format!("[{page}] {l}")));
    h.screenshot(&format!("pseudo-{page}")).await;
}

#[tokio::test]
async fn no_text_bypasses_the_locale_files() {
    let h = Harness::start_app(Browser::French, App::Pseudo).await;
    let mut found = Vec::new();

    // Signed out: sign-in (with an error), forgotten password, a broken link.
    h.goto("/sign-in?lang=pseudo").await;
    h.wait_for_any("#sign-in-email").await;
    plain_text(&h, "sign-in", &mut found).await;
    h.sign_in(&h.demo.email, "not-the-password").await;
    h.wait_for_any("[data-testid=sign-in-error] .error-code").await;
    plain_text(&h, "sign-in-error", &mut found).await;
    h.goto("/forgot-password").await;
    h.wait_for_any("#forgot-email").await;
    plain_text(&h, "forgot-password", &mut found).await;
    h.goto("/activate#t=not-a-real-token").await;
    h.wait_for_any("main h1").await;
    plain_text(&h, "link-unknown", &mut found).await;

    // Signed in as the demo admin: every page and the states in between.
    h.goto("/sign-in").await;
    h.sign_in(&h.demo.email, &h.demo.password).await;
    h.wait_for_any("[data-testid=services] .card").await;
    plain_text(&h, "space", &mut found).await;

    h.goto("/users").await;
    h.wait_for_any("[data-testid=users-table] tbody tr").await;
    plain_text(&h, "users", &mut found).await;
    h.click("[data-testid=users-table] tbody tr .row-menu button").await;
    h.wait_for_any(".row-menu-list:not([hidden]) button").await;
    plain_text(&h, "users-row-menu", &mut found).await;
    h.goto("/users?q=zzz-nobody").await;
    h.wait_for_any("[data-testid=users-no-match]").await;
    plain_text(&h, "users-no-match", &mut found).await;

    h.goto("/users?q=helene").await;
    h.click("[data-testid=users-table] tbody tr th a").await;
    h.wait_for_any("[data-testid=history] li").await;
    plain_text(&h, "user-detail", &mut found).await;
    h.click("[data-action=deactivate]").await;
    h.wait_for_any("dialog[open]").await;
    plain_text(&h, "user-dialog", &mut found).await;
    h.click("dialog[open] .dialog-buttons .secondary").await;

    h.goto("/users/new").await;
    h.click("[data-testid=next]").await;
    h.wait_for_any(".error-summary").await;
    plain_text(&h, "wizard-errors", &mut found).await;
    h.fill("#wizard-first-name", "Zoë").await;
    h.fill("#wizard-last-name", "Ashford").await;
    h.click("#wizard-role-user").await;
    h.fill("#wizard-email", "zoe.ashford@acme.example").await;
    h.click("#wizard-assign").await;
    h.click("[data-testid=next]").await;
    h.wait_for_any("[data-testid=service-choices]").await;
    plain_text(&h, "wizard-services", &mut found).await;
    h.click("[data-testid=next]").await;
    h.wait_for_any("#wizard-send-activation").await;
    plain_text(&h, "wizard-options", &mut found).await;
    h.click("[data-testid=next]").await;
    h.wait_for_any("[data-testid=finish]").await;
    plain_text(&h, "wizard-summary", &mut found).await;

    h.goto("/profile").await;
    h.wait_for_any("dl.facts").await;
    plain_text(&h, "profile", &mut found).await;
    h.goto("/no-such-page").await;
    h.wait_for_any("h1").await;
    plain_text(&h, "not-found", &mut found).await;
    h.goto("/error?code=internal&ref=abc123").await;
    h.wait_for_any(".error-details").await;
    plain_text(&h, "error", &mut found).await;

    // The scan itself works: the pseudo-locale is on, and plain text would be caught.
    let title = h.driver.find(By::Css("h1")).await.unwrap().text().await.unwrap();
    assert!(!title.is_ascii(), "the pseudo-locale is not on: {title}");
    h.driver.execute("document.querySelector('h1').textContent = 'Hard-coded title'", Vec::new()).await.unwrap();
    let mut probe = Vec::new();
    plain_text(&h, "probe", &mut probe).await;
    assert_eq!(probe, ["[probe] h1: Hard-coded title"]);

    assert!(found.is_empty(), "text outside the locale files:\n  {}", found.join("\n  "));
    h.stop().await;
}
