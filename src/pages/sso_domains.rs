//! The SSO page's domains: each one the company claims, whether it is verified, the TXT record
//! that proves it, and "Check now". A domain covers nobody until verified.

use espace_api::sso::{DomainCheck, DomainCheckOutcome, DomainCheckRequest, DomainState, DomainStatus};
use espace_api::ApiError;
use leptos::prelude::*;

use crate::api;
use crate::components::clipboard::copy_text;
use crate::components::error_details::ErrorPanel;
use crate::components::time::Moment;
use crate::i18n;

#[component]
pub fn DomainsPanel(
    /// The company's domains as last saved or checked.
    domains: RwSignal<Vec<DomainStatus>>,
) -> impl IntoView {
    view! {
        <Show when=move || domains.with(|d| !d.is_empty())>
            <section class="sso-domains" aria-labelledby="sso-domains-title">
                <h2 id="sso-domains-title">{i18n::msg("sso-domains-title")}</h2>
                <p>{i18n::msg("sso-domains-intro")}</p>
                <ul class="sso-domain-list">
                    <For each=move || domains.get() key=|d| d.domain.clone() let:status>
                        <DomainLine status=status domains=domains />
                    </For>
                </ul>
            </section>
        </Show>
    }
}

fn state_id(state: DomainState) -> &'static str {
    match state {
        DomainState::Pending => "sso-domain-state-pending",
        DomainState::Verified => "sso-domain-state-verified",
        DomainState::Lost => "sso-domain-state-lost",
    }
}

/// One part of the record to publish, with its copy button.
fn record_part(
    text: String,
    test_id: &'static str,
    copy_label: &'static str,
    copy: impl Fn(String) + Copy + 'static,
) -> impl IntoView {
    let copied = text.clone();
    view! {
        <code data-testid=test_id>{text}</code>
        " "
        <button type="button" class="link-button" on:click=move |_| copy(copied.clone())>
            {i18n::msg(copy_label)}
        </button>
    }
}

fn outcome_id(outcome: DomainCheckOutcome) -> &'static str {
    match outcome {
        DomainCheckOutcome::Verified => "sso-domain-check-verified",
        DomainCheckOutcome::NotFound => "sso-domain-check-not-found",
        DomainCheckOutcome::Unreachable => "sso-domain-check-unreachable",
        DomainCheckOutcome::Taken => "sso-domain-check-taken",
    }
}

#[component]
fn DomainLine(
    /// The domain as the list had it when this line was made.
    status: DomainStatus,
    /// The whole list: a check writes its result back into it.
    domains: RwSignal<Vec<DomainStatus>>,
) -> impl IntoView {
    let domain = status.domain.clone();
    let current = {
        let domain = domain.clone();
        Memo::new(move |_| domains.with(|list| list.iter().find(|d| d.domain == domain).cloned()))
    };
    let check = Action::new_local(move |domain: &String| {
        let request = DomainCheckRequest { domain: domain.clone() };
        async move {
            let result: Result<DomainCheck, ApiError> = api::sso::check_domain(request).await;
            // Once it resolves, the list takes the domain's new state.
            if let Ok(done) = &result {
                let status = done.status.clone();
                domains.update(|list| {
                    if let Some(line) = list.iter_mut().find(|d| d.domain == status.domain) {
                        *line = status;
                    }
                });
            }
            result
        }
    });
    let on_check = {
        let domain = domain.clone();
        move |_| {
            check.dispatch(domain.clone());
        }
    };
    let copied = RwSignal::new(None::<&'static str>);
    let copy = move |text: String| {
        leptos::task::spawn_local(async move {
            copied.set(Some(if copy_text(&text).await { "sso-domain-copied" } else { "sso-domain-copy-failed" }));
        });
    };
    let state = move || current.get().map_or(DomainState::Pending, |d| d.state);
    let (name, value) = (status.record_name.clone(), status.record_value.clone());
    let button_id = format!("sso-domain-check-{}", domain.replace('.', "-"));
    view! {
        <li class="sso-domain" data-domain=domain.clone() data-state=move || state().as_str()>
            <h3>
                <bdi>{domain.clone()}</bdi>
                " "
                <span class=move || {
                    format!("badge badge-domain-{}", state().as_str())
                }>{move || i18n::t(state_id(state()))}</span>
            </h3>
            {move || {
                current
                    .get()
                    .and_then(|d| d.verified_at)
                    .map(|at| view! { <p class="hint">{i18n::msg("sso-domain-verified-at")} " " <Moment at=at /></p> })
            }}
            <dl class="facts sso-domain-record">
                <dt>{i18n::msg("sso-domain-record-type")}</dt>
                <dd>
                    <code>"TXT"</code>
                </dd>
                <dt>{i18n::msg("sso-domain-record-name")}</dt>
                <dd>{record_part(name, "record-name", "sso-domain-copy-name", copy)}</dd>
                <dt>{i18n::msg("sso-domain-record-value")}</dt>
                <dd>{record_part(value, "record-value", "sso-domain-copy-value", copy)}</dd>
            </dl>
            <p class="copy-status" role="status">
                {move || copied.get().map(i18n::t)}
            </p>
            <button
                type="button"
                id=button_id
                class="button"
                on:click=on_check
                disabled=move || check.pending().get()
                aria-busy=move || check.pending().get().to_string()
            >
                {move || i18n::t(if check.pending().get() { "sso-domain-checking" } else { "sso-domain-check" })}
            </button>
            <div class="sso-domain-outcome" role="status" aria-live="polite">
                {move || match check.value().get() {
                    Some(Ok(done)) => {
                        view! { <p data-outcome=done.outcome.as_str()>{i18n::t(outcome_id(done.outcome))}</p> }
                            .into_any()
                    }
                    Some(Err(error)) => view! { <ErrorPanel error=error /> }.into_any(),
                    None => ().into_any(),
                }}
            </div>
        </li>
    }
}
