//! "Find a reference": the reference a customer quotes from an error message leads to that
//! error (when, whose, which request, what the person read), the account's events and other
//! errors in the hour around it, and the company's single sign-on when the error is about it.

use espace_api::operator::{ErrorRecord, ReferenceReport};
use espace_api::ErrorCode;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos_fluent::tr;

use crate::api;
use crate::components::audit::action_message_id;
use crate::components::error_details::ErrorPanel;
use crate::components::time;
use crate::i18n;

#[component]
pub fn FindReference() -> impl IntoView {
    let reference = RwSignal::new(String::new());
    let find = Action::new_local(|reference: &String| api::operator::reference(reference.clone()));
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let typed = reference.get_untracked();
        if !typed.trim().is_empty() {
            find.dispatch(typed);
        }
    };
    let pending = find.pending();
    view! {
        <section>
            <h2 id="operator-find-title">{i18n::msg("operator-find-title")}</h2>
            <form class="operator-filters" role="search" aria-labelledby="operator-find-title" on:submit=on_submit>
                <div class="field">
                    <label for="operator-reference">{i18n::msg("operator-find-label")}</label>
                    <p id="operator-reference-hint" class="hint">
                        {i18n::msg("operator-find-hint")}
                    </p>
                    <input
                        id="operator-reference"
                        type="text"
                        autocomplete="off"
                        spellcheck="false"
                        aria-describedby="operator-reference-hint"
                        bind:value=reference
                    />
                </div>
                <button
                    type="submit"
                    class="button secondary"
                    disabled=move || pending.get()
                    aria-busy=move || pending.get().to_string()
                >
                    {i18n::msg("operator-find-submit")}
                </button>
            </form>
            <div role="status" data-testid="operator-reference-result">
                {move || {
                    find.value()
                        .get()
                        .map(|result| match result {
                            Ok(report) => view! { <Report report=report /> }.into_any(),
                            Err(e) if e.code == ErrorCode::NotFound => {
                                view! { <p>{i18n::msg("operator-find-none")}</p> }.into_any()
                            }
                            Err(error) => view! { <ErrorPanel error=error /> }.into_any(),
                        })
                }}
            </div>
        </section>
    }
}

/// "POST /api/users — 422 validation", as the log would say it.
fn request_line(e: &ErrorRecord) -> String {
    format!("{} {} — {} {}", e.method, e.route, e.status, e.code.as_str())
}

#[component]
fn Report(
    /// What the reference leads to.
    report: ReferenceReport,
) -> impl IntoView {
    let ReferenceReport { error, events, nearby, sso } = report;
    let at = error.at;
    let code = error.code;
    let account = error.account.clone();
    let events = if events.is_empty() {
        view! { <p>{i18n::msg("operator-ref-events-none")}</p> }.into_any()
    } else {
        view! {
            <ul>
                {events
                    .into_iter()
                    .map(|e| {
                        view! {
                            <li>
                                {move || time::date_time(i18n::language(), e.at)}" · "
                                {i18n::msg(action_message_id(e.action))}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        }
        .into_any()
    };
    let nearby = if nearby.is_empty() {
        view! { <p>{i18n::msg("operator-ref-nearby-none")}</p> }.into_any()
    } else {
        view! {
            <ul>
                {nearby
                    .into_iter()
                    .map(|e| {
                        let line = request_line(&e);
                        view! {
                            <li>
                                {move || time::date_time(i18n::language(), e.at)}" · "
                                <code>{e.reference.clone()}</code> " · "<code>{line}</code>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        }
        .into_any()
    };
    let sso = sso.map(|s| {
        let state = move || match (&s.issuer, s.enabled) {
            (Some(issuer), true) => tr!("operator-ref-sso-on", { "issuer" => issuer.clone() }),
            (Some(issuer), false) => tr!("operator-ref-sso-off", { "issuer" => issuer.clone() }),
            (None, _) => i18n::t("operator-ref-sso-none"),
        };
        view! {
            <dt>{i18n::msg("operator-ref-sso")}</dt>
            <dd>{state}</dd>
        }
    });
    view! {
        <dl class="operator-report" data-testid="operator-reference-report">
            <dt>{i18n::msg("operator-ref-when")}</dt>
            <dd>{move || time::date_time(i18n::language(), at)}</dd>
            <dt>{i18n::msg("operator-ref-company")}</dt>
            <dd data-testid="operator-ref-company">
                <bdi>{error.company.clone().unwrap_or_else(|| "—".to_owned())}</bdi>
            </dd>
            <dt>{i18n::msg("operator-ref-account")}</dt>
            <dd data-testid="operator-ref-account">
                {move || account.clone().unwrap_or_else(|| i18n::t("operator-ref-nobody"))}
            </dd>
            <dt>{i18n::msg("operator-ref-request")}</dt>
            <dd>
                <code data-testid="operator-ref-request">{request_line(&error)}</code>
            </dd>
            <dt>{i18n::msg("operator-ref-message")}</dt>
            <dd>{move || i18n::error_text(code)}</dd>
            {sso}
        </dl>
        <h3>{i18n::msg("operator-ref-events")}</h3>
        {events}
        <h3>{i18n::msg("operator-ref-nearby")}</h3>
        {nearby}
    }
}
