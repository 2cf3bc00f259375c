//! Components in headless Chromium (wasm-bindgen-test). Run by `make test-components`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests: a failed unwrap is a failed test
#![cfg(target_arch = "wasm32")]

use espace_api::FieldErrorCode;
use espace_web::components::language_switcher::LanguageSwitcher;
use espace_web::i18n::{self, I18nProvider};
use espace_web::pages::sign_in::safe_next;
use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
use leptos_fluent::{move_tr, tr};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn container() -> web_sys::HtmlElement {
    let doc = document();
    let div = doc.create_element("div").unwrap().unchecked_into::<web_sys::HtmlElement>();
    doc.body().unwrap().append_child(&div).unwrap();
    div
}

fn click(root: &web_sys::HtmlElement, selector: &str) {
    root.query_selector(selector).unwrap().expect(selector).unchecked_into::<web_sys::HtmlElement>().click();
}

fn text(root: &web_sys::HtmlElement, selector: &str) -> String {
    root.query_selector(selector).unwrap().expect(selector).text_content().unwrap_or_default()
}

#[wasm_bindgen_test]
async fn language_switcher_changes_rendered_text_and_html_lang() {
    let root = container();
    let _handle = mount_to(root.clone(), || {
        view! {
            <I18nProvider>
                <LanguageSwitcher />
                <p id="probe">{move_tr!("shell-nav-services")}</p>
            </I18nProvider>
        }
    });
    click(&root, "button[lang=fr]");
    leptos::task::tick().await;
    assert_eq!(text(&root, "#probe"), "Mes services");
    assert_eq!(document().document_element().unwrap().get_attribute("lang").as_deref(), Some("fr"));
    assert_eq!(
        root.query_selector("button[lang=fr]").unwrap().unwrap().get_attribute("aria-pressed").as_deref(),
        Some("true")
    );

    click(&root, "button[lang=en]");
    leptos::task::tick().await;
    assert_eq!(text(&root, "#probe"), "My services");
    assert_eq!(document().document_element().unwrap().get_attribute("lang").as_deref(), Some("en"));
    assert_eq!(
        root.query_selector("button[lang=fr]").unwrap().unwrap().get_attribute("aria-pressed").as_deref(),
        Some("false")
    );

    // The choice is remembered for the next visit.
    let saved = window().local_storage().unwrap().unwrap().get_item("espace-lang").unwrap();
    assert_eq!(saved.as_deref(), Some("en"));

    // Each button's name starts with what it shows (WCAG 2.5.3 Label in Name), then names the
    // language in that language; no aria-label hides the visible text.
    for (lang, shown, name) in [("fr", "FR", "Français"), ("en", "EN", "English")] {
        let button = root.query_selector(&format!("button[lang={lang}]")).unwrap().unwrap();
        assert!(button.get_attribute("aria-label").is_none());
        let content = button.text_content().unwrap_or_default();
        assert!(content.starts_with(shown) && content.contains(name), "{content}");
    }
}

#[wasm_bindgen_test]
async fn messages_with_values_carry_no_isolation_marks() {
    let root = container();
    let _handle = mount_to(root.clone(), || {
        view! {
            <I18nProvider>
                <LanguageSwitcher />
                <p id="probe">{move || i18n::field_error_text(FieldErrorCode::TooLong, Some(100))}</p>
            </I18nProvider>
        }
    });
    click(&root, "button[lang=fr]");
    leptos::task::tick().await;
    let shown = text(&root, "#probe");
    assert_eq!(shown, "100 caractères au maximum.");
    assert!(!shown.contains(['\u{2068}', '\u{2069}']));
}

#[wasm_bindgen_test]
async fn counts_are_written_the_way_each_language_writes_numbers() {
    let root = container();
    let count = RwSignal::new(10_000);
    let _handle = mount_to(root.clone(), move || {
        view! {
            <I18nProvider>
                <LanguageSwitcher />
                <p id="probe">{move || tr!("users-count", { "count" => count.get() })}</p>
            </I18nProvider>
        }
    });
    let languages = [
        // Intl's French groups thousands with a narrow no-break space.
        ("fr", "10\u{202f}000 utilisateurs", [(0, "0 utilisateur"), (1, "1 utilisateur"), (2, "2 utilisateurs")]),
        ("en", "10,000 users", [(0, "No users"), (1, "1 user"), (2, "2 users")]),
    ];
    for (lang, thousands, small) in languages {
        click(&root, &format!("button[lang={lang}]"));
        count.set(10_000);
        leptos::task::tick().await;
        assert_eq!(text(&root, "#probe"), thousands);
        for (n, want) in small {
            count.set(n);
            leptos::task::tick().await;
            assert_eq!(text(&root, "#probe"), want);
        }
    }
}

#[cfg(feature = "pseudo")]
#[wasm_bindgen_test]
async fn pseudo_locale_marks_fluent_text_and_leaves_the_rest_plain() {
    let root = container();
    let _handle = mount_to(root.clone(), || {
        view! {
            <I18nProvider>
                <LanguageSwitcher />
                <p id="probe">{move || tr!("users-actions-label", { "name" => "Ada" })}</p>
                <p id="bypass">"Hard-coded"</p>
            </I18nProvider>
        }
    });
    let pseudo_button = "button:not([lang])";
    let pressed = |selector: &str| {
        root.query_selector(selector).unwrap().unwrap().get_attribute("aria-pressed").unwrap_or_default()
    };
    let saved = || window().session_storage().unwrap().unwrap().get_item("espace-pseudo").unwrap();

    click(&root, "button[lang=en]");
    leptos::task::tick().await;
    assert_eq!(text(&root, "#probe"), "Actions for Ada");

    click(&root, pseudo_button);
    leptos::task::tick().await;
    let shown = text(&root, "#probe");
    // Fluent's text is accented and longer; the value it carries and text outside Fluent are not.
    assert!(!shown.contains("Actions") && !shown.contains("for "), "{shown}");
    assert!(shown.ends_with(" Ada"), "{shown}");
    assert!(shown.chars().count() > "Actions for Ada".chars().count());
    assert_eq!(text(&root, "#bypass"), "Hard-coded");
    assert_eq!(pressed(pseudo_button), "true");
    assert_eq!(pressed("button[lang=en]"), "false");
    assert_eq!(saved().as_deref(), Some("1"), "kept for the tab");

    click(&root, "button[lang=en]");
    leptos::task::tick().await;
    assert_eq!(text(&root, "#probe"), "Actions for Ada");
    assert_eq!(pressed(pseudo_button), "false");
    assert_eq!(saved(), None);
}

#[wasm_bindgen_test]
fn next_parameter_stays_on_this_site() {
    assert_eq!(safe_next(Some("/users?q=a".into())), "/users?q=a");
    assert_eq!(safe_next(Some("//evil.example".into())), "/");
    assert_eq!(safe_next(Some("/\\evil.example".into())), "/");
    assert_eq!(safe_next(Some("https://evil.example".into())), "/");
    // Browsers drop tabs and line breaks in addresses: "/\t/evil.example" is "//evil.example".
    assert_eq!(safe_next(Some("/\t/evil.example".into())), "/");
    assert_eq!(safe_next(Some("/\n/evil.example".into())), "/");
    assert_eq!(safe_next(Some("/\\\\evil.example".into())), "/");
    assert_eq!(safe_next(Some("/users#top".into())), "/users#top");
    assert_eq!(safe_next(None), "/");
}

#[wasm_bindgen_test]
async fn audit_changes_read_before_and_after_in_each_language() {
    use espace_api::audit::{AuditChanges, Change};
    use espace_api::users::Role;
    use espace_web::components::audit::AuditChangesList;
    let root = container();
    let changes = AuditChanges {
        role: Some(Change { from: Role::User, to: Role::TeamAdmin }),
        scope: Some(Change { from: vec![], to: vec!["Agence de Bordeaux".into(), "Agence de Lyon".into()] }),
        time_zone: Some(Change { from: "Europe/Paris".into(), to: "America/Martinique".into() }),
        ..Default::default()
    };
    let _handle = mount_to(root.clone(), move || {
        view! {
            <I18nProvider>
                <LanguageSwitcher />
                <ul id="changes">
                    <AuditChangesList changes=changes />
                </ul>
            </I18nProvider>
        }
    });
    click(&root, "button[lang=en]");
    leptos::task::tick().await;
    let role = text(&root, "[data-change=role]");
    assert!(role.contains("User") && role.contains("Team administrator"), "{role}");
    let scope = text(&root, "[data-change=scope]");
    assert!(scope.contains("Agence de Bordeaux and Agence de Lyon"), "{scope}");
    click(&root, "button[lang=fr]");
    leptos::task::tick().await;
    let scope = text(&root, "[data-change=scope]");
    assert!(scope.contains("Agence de Bordeaux et Agence de Lyon"), "{scope}");
    assert!(text(&root, "[data-change=role]").contains("Administrateur d’équipe"));
    assert_eq!(text(&root, "[data-change=time-zone]"), "Fuseau horaire\u{a0}: Europe/Paris → America/Martinique");
}

#[wasm_bindgen_test]
async fn api_reference_speaks_both_languages_and_fits_a_phone() {
    use espace_web::pages::api_reference::ApiReferencePage;
    use leptos_router::components::Router;
    // The app's stylesheet, for the layout; the page at a phone's width.
    let style = document().create_element("style").unwrap();
    style.set_text_content(Some(include_str!("../style/main.css")));
    document().head().unwrap().append_child(&style).unwrap();
    let root = container();
    // 390 px less the padding of <main>.
    root.set_attribute("style", "width: 358px").unwrap();
    let _handle = mount_to(root.clone(), || {
        view! {
            <I18nProvider>
                <Router>
                    <LanguageSwitcher />
                    <ApiReferencePage />
                </Router>
            </I18nProvider>
        }
    });
    // querySelectorAll through JavaScript: the crate does not build web-sys's NodeList.
    let all = |selector: &str| {
        let query: js_sys::Function = js_sys::Reflect::get(&root, &"querySelectorAll".into()).unwrap().unchecked_into();
        let list = query.call1(&root, &selector.into()).unwrap();
        js_sys::Array::from(&list).iter().map(JsCast::unchecked_into::<web_sys::HtmlElement>).collect::<Vec<_>>()
    };
    let origin = window().location().origin().unwrap();

    click(&root, "button[lang=en]");
    leptos::task::tick().await;
    assert_eq!(text(&root, ".api-reference h1"), "API reference");
    let curls = all("pre[data-testid=api-curl]");
    assert_eq!(curls.len(), espace_api::v1::OPERATIONS.len() + 1, "one example per endpoint");
    for curl in &curls {
        let code = curl.text_content().unwrap();
        assert!(code.starts_with("curl -sS"), "{code}");
        assert!(code.contains(&format!("\"{origin}/api/v1/")), "the page's own origin: {code}");
        assert_eq!(curl.get_attribute("tabindex").as_deref(), Some("0"));
    }
    let list = text(&root, "pre[data-testid=api-curl][data-endpoint=list-users]");
    assert!(list.contains("-H \"Authorization: Bearer $ESPACE_TOKEN\""), "{list}");
    let create = text(&root, "pre[data-testid=api-curl][data-endpoint=create-user]");
    assert!(create.contains("-X POST") && create.contains("\"idempotency_key\": \"hr-000042\""), "{create}");
    assert!(!text(&root, "pre[data-testid=api-curl][data-endpoint=openapi]").contains("Authorization"));
    for pre in all("pre") {
        assert_eq!(pre.get_attribute("tabindex").as_deref(), Some("0"), "every code block scrolls with the keyboard");
    }
    // Headings go down one level at a time; every table has a caption.
    let mut level = 1;
    for heading in all("h1, h2, h3, h4") {
        let next: u32 = heading.tag_name()[1..].parse().unwrap();
        assert!(next <= level + 1, "{} after h{level}", heading.tag_name());
        level = next;
    }
    for table in all("table") {
        let caption = table.query_selector("caption").unwrap().expect("a caption").text_content().unwrap();
        assert!(!caption.trim().is_empty());
    }
    // At 390 px the page never scrolls sideways: code blocks and tables scroll inside themselves.
    assert!(root.scroll_width() <= root.client_width(), "{} > {}", root.scroll_width(), root.client_width());
    for pre in all("pre") {
        assert!(pre.client_width() <= 358, "{}", pre.client_width());
    }
    assert!(text(&root, "[data-testid=api-error-example]").contains("Some fields need your attention."));

    click(&root, "button[lang=fr]");
    leptos::task::tick().await;
    assert_eq!(text(&root, ".api-reference h1"), "Référence de l’API");
    assert_eq!(text(&root, "pre[data-testid=api-curl][data-endpoint=list-users]"), list, "code is never translated");
    let example = text(&root, "[data-testid=api-error-example]");
    assert!(example.contains("\"code\": \"validation\"") && !example.contains("Some fields"), "{example}");
    assert!(root.scroll_width() <= root.client_width(), "{} > {}", root.scroll_width(), root.client_width());
    style.remove();
}

#[wasm_bindgen_test]
async fn domains_show_their_state_and_the_record_to_publish() {
    use espace_api::sso::{DomainState, DomainStatus};
    use espace_web::pages::sso_domains::DomainsPanel;
    let root = container();
    let status = |domain: &str, state: DomainState| DomainStatus {
        domain: domain.to_owned(),
        state,
        record_name: format!("_espace-challenge.{domain}"),
        record_value: "espace-verification=0123".to_owned(),
        verified_at: (state == DomainState::Verified).then_some(1_764_000_000),
        checked_at: None,
    };
    let domains =
        RwSignal::new(vec![status("acme.fr", DomainState::Pending), status("acme.com", DomainState::Verified)]);
    let _handle = mount_to(root.clone(), move || {
        view! {
            <I18nProvider>
                <LanguageSwitcher />
                <DomainsPanel domains=domains />
            </I18nProvider>
        }
    });
    click(&root, "button[lang=fr]");
    leptos::task::tick().await;
    assert_eq!(text(&root, ".sso-domain[data-domain='acme.fr'] .badge"), "En attente de l’enregistrement");
    assert_eq!(text(&root, ".sso-domain[data-domain='acme.com'] .badge"), "Vérifié");
    assert_eq!(
        text(&root, ".sso-domain[data-domain='acme.fr'] [data-testid=record-name]"),
        "_espace-challenge.acme.fr"
    );
    assert!(text(&root, ".sso-domain[data-domain='acme.com']").contains("Vérifié depuis"));
    // A domain lost by a later check says so; an empty list hides the section.
    domains.update(|d| d[1].state = DomainState::Lost);
    leptos::task::tick().await;
    assert_eq!(text(&root, ".sso-domain[data-domain='acme.com'] .badge"), "Plus vérifié");
    domains.set(Vec::new());
    leptos::task::tick().await;
    assert!(root.query_selector(".sso-domains").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn a_failed_load_offers_to_try_again() {
    use espace_api::{ApiError, ErrorCode};
    use espace_web::components::load_error::Loaded;
    let root = container();
    let attempts = RwSignal::new(0);
    let _handle = mount_to(root.clone(), move || {
        // What the frame provides: the error panel's details read the session and toasts.
        espace_web::session::Session::provide();
        espace_web::components::toast::Toasts::provide();
        let data = LocalResource::new(move || {
            let n = attempts.get_untracked();
            attempts.set(n + 1);
            async move {
                if n < 2 {
                    Err(ApiError::new(ErrorCode::Network))
                } else {
                    Ok("loaded".to_owned())
                }
            }
        });
        view! {
            <I18nProvider>
                <LanguageSwitcher />
                <Loaded resource=data let:text>
                    <p id="data">{text}</p>
                </Loaded>
            </I18nProvider>
        }
    });
    click(&root, "button[lang=en]");
    for _ in 0..5 {
        leptos::task::tick().await;
    }
    assert_eq!(text(&root, "button.retry"), "Try again");
    assert!(root.query_selector("[role=alert]").unwrap().is_some(), "the failure is announced");
    // Failed again: the focus is still on "Try again", so the keyboard stays where it was.
    let button = root.query_selector("button.retry").unwrap().unwrap().unchecked_into::<web_sys::HtmlElement>();
    button.focus().unwrap();
    button.click();
    for _ in 0..5 {
        leptos::task::tick().await;
    }
    let focused = document().active_element().map(|e| e.class_name()).unwrap_or_default();
    assert!(focused.contains("retry"), "focus on {focused:?}");
    click(&root, "button.retry");
    for _ in 0..5 {
        leptos::task::tick().await;
    }
    assert_eq!(text(&root, "#data"), "loaded");
    assert!(root.query_selector("button.retry").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn a_session_reads_its_device_in_words_and_signs_out_by_its_handle() {
    use espace_api::devices::{Browser, OpenSession, System};
    use espace_web::components::sessions::SessionItem;
    let root = container();
    let session = |id: &str, browser, system, current| OpenSession {
        id: id.into(),
        browser,
        system,
        address: "198.51.100.9".into(),
        started_at: 1_764_000_000,
        last_active_at: 1_764_003_600,
        current,
    };
    let this = session("aaaa", Browser::Chrome, System::Windows, true);
    let phone = session("bbbb", Browser::Safari, System::Ios, false);
    let watched = session("cccc", Browser::Other, System::Other, false);
    let ended = RwSignal::new(None::<String>);
    let _handle = mount_to(root.clone(), move || {
        view! {
            <I18nProvider>
                <LanguageSwitcher />
                <ul>
                    <SessionItem session=this.clone() can_end=true busy=false on_end=move |id| ended.set(Some(id)) />
                    <SessionItem session=phone.clone() can_end=true busy=false on_end=move |id| ended.set(Some(id)) />
                    <SessionItem
                        session=watched.clone()
                        can_end=false
                        busy=false
                        on_end=move |id| ended.set(Some(id))
                    />
                </ul>
            </I18nProvider>
        }
    });
    click(&root, "button[lang=en]");
    leptos::task::tick().await;
    assert_eq!(text(&root, "[data-session-id=aaaa] .session-device"), "Chrome on WindowsThis device");
    assert!(
        root.query_selector("[data-session-id=aaaa] button").unwrap().is_none(),
        "this one is signed out elsewhere"
    );
    assert!(root.query_selector("[data-session-id=cccc] button").unwrap().is_none(), "no button without the right");
    assert_eq!(text(&root, "[data-session-id=cccc] .session-device"), "An unknown browser on an unknown system");
    let button = root.query_selector("[data-session-id=bbbb] button").unwrap().unwrap();
    assert_eq!(button.text_content().unwrap_or_default(), "Sign out");
    assert_eq!(button.get_attribute("aria-label").as_deref(), Some("Sign out Safari on iOS, 198.51.100.9"));
    click(&root, "[data-session-id=bbbb] button");
    assert_eq!(ended.get_untracked().as_deref(), Some("bbbb"));

    click(&root, "button[lang=fr]");
    leptos::task::tick().await;
    assert_eq!(text(&root, "[data-session-id=bbbb] .session-device"), "Safari sous iOS");
    assert_eq!(text(&root, "[data-session-id=bbbb] button"), "Déconnecter");
    assert!(text(&root, "[data-session-id=aaaa]").contains("Cet appareil"));
}

#[wasm_bindgen_test]
async fn recovery_codes_are_listed_once_with_their_warning_in_each_language() {
    use espace_api::second_step::QrModules;
    use espace_web::components::second_step::{QrCode, RecoveryCodesPanel};
    let root = container();
    let codes: Vec<String> = (0..10).map(|n| format!("ABCD-EFGH-JKMN-PQR{n}")).collect();
    let saved = RwSignal::new(false);
    let qr = QrModules { size: 21, modules: "1".repeat(21 * 21) };
    let _handle = mount_to(root.clone(), move || {
        view! {
            <I18nProvider>
                <LanguageSwitcher />
                <QrCode qr=qr.clone() label=Signal::derive(|| "QR".to_owned()) />
                <RecoveryCodesPanel codes=codes.clone() on_done=move |()| saved.set(true) />
            </I18nProvider>
        }
    });
    click(&root, "button[lang=en]");
    leptos::task::tick().await;
    assert_eq!(text(&root, "#recovery-codes-title"), "Your recovery codes");
    assert!(text(&root, ".token-secret-warning").contains("shown only this once"));
    assert!(root.query_selector(".recovery-codes li:nth-child(10)").unwrap().is_some(), "ten codes");
    assert!(root.query_selector(".recovery-codes li:nth-child(11)").unwrap().is_none(), "only ten");
    assert_eq!(text(&root, ".recovery-codes li:first-child"), "ABCD-EFGH-JKMN-PQR0");
    // Every module dark: one square each, inside the quiet zone's 4 modules on each side.
    let path = root.query_selector("svg.qr-code path").unwrap().unwrap().get_attribute("d").unwrap_or_default();
    assert_eq!(path.matches('M').count(), 21 * 21);
    assert_eq!(
        root.query_selector("svg.qr-code").unwrap().unwrap().get_attribute("viewBox").as_deref(),
        Some("0 0 29 29")
    );
    click(&root, "button[lang=fr]");
    leptos::task::tick().await;
    assert_eq!(text(&root, "#recovery-codes-title"), "Vos codes de secours");
    assert_eq!(text(&root, "[data-testid=codes-saved]"), "Je les ai enregistrés");
    click(&root, "[data-testid=codes-saved]");
    assert!(saved.get_untracked());
}

#[wasm_bindgen_test]
async fn webhook_deliveries_say_their_outcome_and_error_in_words_in_each_language() {
    use espace_api::webhooks::{Delivery, DeliveryError, DeliveryId, DeliveryStatus, EndpointId, EventType};
    use espace_web::pages::webhooks::deliveries::DeliveriesTable;
    let root = container();
    let delivery = |id, event, status, http_status, error| Delivery {
        id: DeliveryId(id),
        message_id: format!("msg_{id}"),
        event,
        created_at: 1_796_000_000,
        status,
        attempts: 2,
        last_attempt_at: Some(1_796_000_030),
        next_attempt_at: (status == DeliveryStatus::Pending).then_some(1_796_000_150),
        http_status,
        latency_ms: Some(12),
        error,
    };
    let deliveries = vec![
        delivery(2, EventType::UserDeactivated, DeliveryStatus::Pending, Some(500), Some(DeliveryError::Status)),
        delivery(1, EventType::WebhookTest, DeliveryStatus::Delivered, Some(200), None),
    ];
    let _handle = mount_to(root.clone(), move || {
        espace_web::components::toast::Toasts::provide();
        view! {
            <I18nProvider>
                <LanguageSwitcher />
                <DeliveriesTable endpoint=EndpointId(7) deliveries=deliveries on_resent=|()| {} />
            </I18nProvider>
        }
    });
    click(&root, "button[lang=en]");
    leptos::task::tick().await;
    let rows: Vec<String> =
        (1..=2).map(|n| text(&root, &format!("[data-testid=delivery-row]:nth-child({n})"))).collect();
    assert!(rows[0].contains("User deactivated") && rows[0].contains("user.deactivated"), "{}", rows[0]);
    assert!(rows[0].contains("The endpoint answered 500 instead of a 2xx status."), "{}", rows[0]);
    assert!(rows[0].contains("Waiting") && rows[0].contains("Next attempt"), "{}", rows[0]);
    assert!(rows[1].contains("Delivered") && rows[1].contains("HTTP 200 in 12 ms"), "{}", rows[1]);
    click(&root, "button[lang=fr]");
    leptos::task::tick().await;
    let first = text(&root, "[data-testid=delivery-row]");
    assert!(first.contains("Le point de terminaison a répondu 500 au lieu d’un statut 2xx."), "{first}");
    assert!(first.contains("Utilisateur désactivé") && first.contains("En attente"), "{first}");
}
