//! `/sso` (Administrators): the company's identity provider. The addresses to register at the
//! provider, the provider's own (issuer, client), the domains it covers, what new accounts
//! get, the break-glass administrators; "Test the connection" tries what is typed.

use espace_api::fields::Fields as _;
use espace_api::sso::{Check, SsoField, SsoSettings, SsoSettingsRequest, TestReport};
use espace_api::FieldError;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos_fluent::{tr, I18n};

use crate::api;
use crate::components::error_details::ErrorPanel;
use crate::components::form::field::{RequiredNote, TextField};
use crate::components::form::use_submit;
use crate::components::load_error::Loaded;
use crate::components::page_title::use_page_title;
use crate::components::toast::use_toasts;
use crate::i18n;
use crate::pages::sso_domains::DomainsPanel;

#[component]
pub fn SsoPage() -> impl IntoView {
    use_page_title("sso-title");
    let settings = LocalResource::new(api::sso::settings);
    view! {
        <section class="page sso">
            <h1>{i18n::msg("sso-title")}</h1>
            <p>{i18n::msg("sso-intro")}</p>
            <Loaded resource=settings let:settings>
                <SsoForm settings=settings />
            </Loaded>
        </section>
    }
}

/// Which button sent the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Attempt {
    Save,
    /// "Test the connection" with what is typed.
    Test,
}

/// What came back.
enum Outcome {
    Saved(Box<SsoSettings>),
    Tested(TestReport),
}

fn input_id(field: SsoField) -> &'static str {
    match field {
        SsoField::Issuer => "sso-issuer",
        SsoField::ClientId => "sso-client_id",
        SsoField::ClientSecret => "sso-client_secret",
        SsoField::Domains => "sso-domains",
        SsoField::DefaultEntityId => "sso-default_entity_id",
        SsoField::BreakGlass => "sso-break_glass_user_ids",
    }
}

/// A field's error; a domain another company verified says so in the page's own words.
fn sso_error_text(error: &FieldError) -> String {
    if error.field == SsoField::Domains.name() && error.code == espace_api::FieldErrorCode::Taken {
        i18n::t("sso-domains-taken")
    } else {
        i18n::field_error_text(error.code, error.max)
    }
}

/// "a.fr, b.fr" or one per line, as people paste them.
fn split_domains(text: &str) -> Vec<String> {
    text.split([',', ';', ' ', '\n']).map(str::trim).filter(|d| !d.is_empty()).map(str::to_owned).collect()
}

/// Whether a list of checkboxes has `id` ticked.
fn has<Id: PartialEq + Send + Sync + 'static>(list: RwSignal<Vec<Id>>, id: Id) -> impl Fn() -> bool {
    move || list.with(|list| list.contains(&id))
}

/// Ticks or unticks `id` in a list of checkboxes.
fn toggle<Id: Copy + PartialEq + Send + Sync + 'static>(list: RwSignal<Vec<Id>>, id: Id) -> impl Fn(leptos::ev::Event) {
    move |ev| {
        let on = event_target_checked(&ev);
        list.update(|list| {
            list.retain(|x| *x != id);
            if on {
                list.push(id);
            }
        });
    }
}

#[component]
fn SsoForm(
    /// The settings as stored, with what the page offers to choose from.
    settings: SsoSettings,
) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let toasts = use_toasts();
    let enabled = RwSignal::new(settings.enabled);
    let issuer = RwSignal::new(settings.issuer.clone());
    let client_id = RwSignal::new(settings.client_id.clone());
    let client_secret = RwSignal::new(String::new());
    let has_secret = RwSignal::new(settings.has_client_secret);
    let domains = RwSignal::new(settings.domains.join(", "));
    let entity = RwSignal::new(settings.default_entity_id.or_else(|| settings.choices.entities.first().map(|e| e.id)));
    let services = RwSignal::new(settings.default_service_ids.clone());
    let break_glass = RwSignal::new(settings.break_glass_user_ids.clone());
    let domain_status = RwSignal::new(settings.domain_status.clone());
    // What "Test the connection" found last.
    let report = RwSignal::new(None::<TestReport>);
    // Which button sent the form last: each says "…ing" only for itself.
    let sending = RwSignal::new(Attempt::Save);

    let request = move || SsoSettingsRequest {
        enabled: enabled.get_untracked(),
        issuer: issuer.get_untracked(),
        client_id: client_id.get_untracked(),
        client_secret: client_secret.get_untracked(),
        domains: split_domains(&domains.get_untracked()),
        default_entity_id: entity.get_untracked(),
        default_service_ids: services.get_untracked(),
        break_glass_user_ids: break_glass.get_untracked(),
    };
    let submit = use_submit(
        input_id,
        |(attempt, request): (Attempt, SsoSettingsRequest)| async move {
            match attempt {
                Attempt::Save => api::sso::save(request).await.map(|saved| Outcome::Saved(Box::new(saved))),
                Attempt::Test => api::sso::test(request).await.map(Outcome::Tested),
            }
        },
        move |outcome| match outcome {
            Outcome::Saved(saved) => {
                has_secret.set(saved.has_client_secret);
                client_secret.set(String::new());
                domain_status.set(saved.domain_status);
                toasts.show("sso-saved");
            }
            Outcome::Tested(found) => report.set(Some(found)),
        },
    );
    let send = move |attempt: Attempt| {
        let req = request();
        // The test needs the issuer and the client id only, checked here as the server will.
        let problems = match attempt {
            Attempt::Save => req.validate(),
            Attempt::Test => req.validate_connection(),
        };
        sending.set(attempt);
        submit.send((attempt, req), problems);
    };
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        send(Attempt::Save);
    };
    let on_test = move |_| send(Attempt::Test);
    let busy = move |attempt: Attempt| submit.pending().get() && sending.get() == attempt;
    let error = move |field: SsoField| submit.error_with(field, sso_error_text);
    let secret_hint = Signal::derive(move || {
        i18n::t(if has_secret.get() { "sso-client-secret-kept" } else { "sso-client-secret-hint" })
    });
    let entities = settings.choices.entities.clone();
    let service_choices = settings.choices.services.clone();
    let administrators = settings.choices.administrators.clone();

    view! {
        <section class="sso-register" aria-labelledby="sso-register-title">
            <h2 id="sso-register-title">{i18n::msg("sso-register-title")}</h2>
            <p>{i18n::msg("sso-register-intro")}</p>
            <dl class="sso-addresses facts">
                <dt>{i18n::msg("sso-redirect-uri")}</dt>
                <dd>
                    <code data-testid="redirect-uri">{settings.redirect_uri.clone()}</code>
                </dd>
                <dt>{i18n::msg("sso-post-logout-uri")}</dt>
                <dd>
                    <code>{settings.post_logout_redirect_uri.clone()}</code>
                </dd>
                <dt>{i18n::msg("sso-scopes")}</dt>
                <dd>
                    <code>"openid email profile"</code>
                </dd>
                <dt>{i18n::msg("sso-break-glass-address")}</dt>
                <dd>
                    <code>{format!("{}?method=password", settings.post_logout_redirect_uri)}</code>
                </dd>
            </dl>
        </section>
        {move || submit.failure_beside_fields().map(|error| view! { <ErrorPanel error=error /> })}
        <form class="sso-form" on:submit=on_submit novalidate=true>
            <RequiredNote />
            <div class="field checkbox">
                <input
                    id="sso-enabled"
                    type="checkbox"
                    prop:checked=move || enabled.get()
                    on:change=move |ev| enabled.set(event_target_checked(&ev))
                    aria-describedby="sso-enabled-hint"
                />
                <label for="sso-enabled">{i18n::msg("sso-enabled")}</label>
                <p id="sso-enabled-hint" class="hint">
                    {i18n::msg("sso-enabled-hint")}
                </p>
            </div>
            <TextField
                id="sso-issuer"
                label=i18n::msg("sso-issuer")
                value=issuer
                error=error(SsoField::Issuer)
                input_type="url"
                hint=i18n::msg("sso-issuer-hint")
                required=true
            />
            <TextField
                id="sso-client_id"
                label=i18n::msg("sso-client-id")
                value=client_id
                error=error(SsoField::ClientId)
                required=true
            />
            <TextField
                id="sso-client_secret"
                label=i18n::msg("sso-client-secret")
                value=client_secret
                error=error(SsoField::ClientSecret)
                input_type="password"
                autocomplete="new-password"
                hint=secret_hint
            />
            <TextField
                id="sso-domains"
                label=i18n::msg("sso-domains")
                value=domains
                error=error(SsoField::Domains)
                hint=i18n::msg("sso-domains-hint")
                required=true
            />
            <div class="field">
                <label for="sso-default_entity_id">{i18n::msg("sso-default-entity")}</label>
                <select
                    id="sso-default_entity_id"
                    aria-describedby="sso-default_entity_id-error"
                    on:change=move |ev| entity.set(event_target_value(&ev).parse().ok())
                >
                    {entities
                        .into_iter()
                        .map(|e| {
                            let selected = move || entity.get() == Some(e.id);
                            view! {
                                <option value=e.id.to_string() selected=selected>
                                    {e.name}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
                <p id="sso-default_entity_id-error" class="field-error">
                    {error(SsoField::DefaultEntityId)}
                </p>
            </div>
            <fieldset class="field" aria-describedby="sso-services-hint">
                <legend>{i18n::msg("sso-default-services")}</legend>
                <p id="sso-services-hint" class="hint">
                    {i18n::msg("sso-default-services-hint")}
                </p>
                {service_choices
                    .into_iter()
                    .map(|s| {
                        let id = format!("sso-service-{}", s.id);
                        view! {
                            <div class="checkbox">
                                <input
                                    id=id.clone()
                                    type="checkbox"
                                    prop:checked=has(services, s.id)
                                    on:change=toggle(services, s.id)
                                />
                                <label for=id>
                                    <bdi>{s.name}</bdi>
                                </label>
                            </div>
                        }
                    })
                    .collect_view()}
            </fieldset>
            <fieldset id="sso-break_glass_user_ids" tabindex="-1" class="field" aria-describedby="sso-break-glass-hint">
                <legend>{i18n::msg("sso-break-glass")}</legend>
                <p id="sso-break-glass-hint" class="hint">
                    {i18n::msg("sso-break-glass-hint")}
                </p>
                {administrators
                    .into_iter()
                    .map(|a| {
                        let id = format!("sso-break-glass-{}", a.id);
                        let label = tr!(
                            i18n, "sso-break-glass-person", {
                        "first_name" => a.first_name.clone(),
                        "last_name" => a.last_name.clone(),
                        "email" => a.email.clone(),
                    }
                        );
                        view! {
                            <div class="checkbox">
                                <input
                                    id=id.clone()
                                    type="checkbox"
                                    prop:checked=has(break_glass, a.id)
                                    on:change=toggle(break_glass, a.id)
                                />
                                <label for=id>
                                    <bdi>{label}</bdi>
                                </label>
                            </div>
                        }
                    })
                    .collect_view()}
                <p class="field-error">{error(SsoField::BreakGlass)}</p>
            </fieldset>
            <div class="actions">
                <button
                    type="button"
                    class="button"
                    on:click=on_test
                    disabled=move || busy(Attempt::Test)
                    aria-busy=move || busy(Attempt::Test).to_string()
                >
                    {move || i18n::t(if busy(Attempt::Test) { "sso-testing" } else { "sso-test" })}
                </button>
                <button
                    type="submit"
                    class="button primary"
                    disabled=move || busy(Attempt::Save)
                    aria-busy=move || busy(Attempt::Save).to_string()
                >
                    {move || i18n::t(if busy(Attempt::Save) { "sso-saving" } else { "sso-save" })}
                </button>
            </div>
        </form>
        <DomainsPanel domains=domain_status />
        <section class="sso-report" aria-live="polite" aria-labelledby="sso-report-title">
            {move || report.get().map(|report| view! { <Report report=report /> })}
        </section>
    }
}

#[component]
fn Report(
    /// What "Test the connection" found, step by step.
    report: TestReport,
) -> impl IntoView {
    let all_ok = report.checks.iter().all(|c| c.ok == Some(true));
    view! {
        <h2 id="sso-report-title">{i18n::msg("sso-report-title")}</h2>
        <p class="sso-report-summary" data-ok=all_ok.to_string()>
            {move || i18n::t(if all_ok { "sso-report-all-ok" } else { "sso-report-failed" })}
        </p>
        <ul class="sso-checks" data-testid="sso-checks">
            {report.checks.into_iter().map(|check| view! { <CheckLine check=check /> }).collect_view()}
        </ul>
    }
}

#[component]
fn CheckLine(
    /// One step of the test.
    check: Check,
) -> impl IntoView {
    let step = check.step.as_str();
    let (outcome, id) = match check.ok {
        Some(true) => ("ok", format!("sso-check-{step}-ok")),
        Some(false) => ("failed", format!("sso-check-{step}-failed")),
        None => ("skipped", "sso-check-skipped".to_owned()),
    };
    let mark = match check.ok {
        Some(true) => "sso-check-mark-ok",
        Some(false) => "sso-check-mark-failed",
        None => "sso-check-mark-skipped",
    };
    view! {
        <li class="sso-check" data-step=step data-outcome=outcome>
            <span class="sso-check-mark">{move || i18n::t(mark)}</span>
            <span>{move || i18n::t(&id)}</span>
            {check.detail.map(|detail| view! { <code class="sso-check-detail">{detail}</code> })}
        </li>
    }
}
