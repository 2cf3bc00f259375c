//! `/operator/privacy`: the privacy policy's versions, and the form that publishes a new one
//! (French and English Markdown, what changed, the day it takes effect). From that day every
//! person of every company is asked to accept it at their next sign-in.

use espace_api::privacy::{PolicyField, PolicyVersion, PublishPolicy};
use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use super::frame::OperatorFrame;
use crate::api;
use crate::components::error_details::ErrorPanel;
use crate::components::form::field::{RequiredNote, TextAreaField, TextField};
use crate::components::form::use_submit;
use crate::components::load_error::Loaded;
use crate::components::table_region::TableRegion;
use crate::components::time::Moment;
use crate::components::toast::use_toasts;
use crate::i18n;

fn input_id(field: PolicyField) -> &'static str {
    match field {
        PolicyField::Version => "policy-version",
        PolicyField::EffectiveDay => "policy-effective-day",
        PolicyField::TextEn => "policy-text-en",
        PolicyField::TextFr => "policy-text-fr",
        PolicyField::ChangesEn => "policy-changes-en",
        PolicyField::ChangesFr => "policy-changes-fr",
    }
}

#[component]
pub fn OperatorPrivacyPage() -> impl IntoView {
    let versions = LocalResource::new(api::operator::policies);
    let toasts = use_toasts();
    let [version, day, text_en, text_fr, changes_en, changes_fr] =
        std::array::from_fn(|_| RwSignal::new(String::new()));
    let publish = use_submit(
        input_id,
        |request: PublishPolicy| async move { api::operator::publish_policy(&request).await },
        move |_: Vec<PolicyVersion>| {
            toasts.show("operator-policy-published");
            for field in [version, day, text_en, text_fr, changes_en, changes_fr] {
                field.set(String::new());
            }
            versions.refetch();
        },
    );
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let request = PublishPolicy {
            version: version.get_untracked(),
            effective_day: day.get_untracked(),
            text_en: text_en.get_untracked(),
            text_fr: text_fr.get_untracked(),
            changes_en: changes_en.get_untracked(),
            changes_fr: changes_fr.get_untracked(),
        };
        let problems = request.validate();
        publish.send(request, problems);
    };
    let pending = publish.pending();
    view! {
        <OperatorFrame title="operator-policy-title">
            <p>{i18n::msg("operator-policy-intro")}</p>
            <Loaded resource=versions let:rows>
                <VersionsTable rows=rows />
            </Loaded>
            <section aria-labelledby="operator-policy-form-title">
                <h2 id="operator-policy-form-title">{i18n::msg("operator-policy-form-title")}</h2>
                {move || publish.failure_beside_fields().map(|error| view! { <ErrorPanel error=error /> })}
                <form class="card" novalidate=true on:submit=on_submit data-testid="operator-policy-form">
                    <RequiredNote />
                    <TextField
                        id="policy-version"
                        label=i18n::msg("operator-policy-version")
                        hint=i18n::msg("operator-policy-version-hint")
                        value=version
                        error=publish.error(PolicyField::Version)
                        required=true
                    />
                    <TextField
                        id="policy-effective-day"
                        label=i18n::msg("operator-policy-day")
                        hint=i18n::msg("operator-policy-day-hint")
                        value=day
                        input_type="date"
                        error=publish.error(PolicyField::EffectiveDay)
                        required=true
                    />
                    <TextAreaField
                        id="policy-text-en"
                        label=i18n::msg("operator-policy-text-en")
                        hint=i18n::msg("operator-policy-markdown-hint")
                        value=text_en
                        error=publish.error(PolicyField::TextEn)
                        required=true
                        rows=10
                    />
                    <TextAreaField
                        id="policy-text-fr"
                        label=i18n::msg("operator-policy-text-fr")
                        hint=i18n::msg("operator-policy-markdown-hint")
                        value=text_fr
                        error=publish.error(PolicyField::TextFr)
                        required=true
                        rows=10
                    />
                    <TextAreaField
                        id="policy-changes-en"
                        label=i18n::msg("operator-policy-changes-en")
                        hint=i18n::msg("operator-policy-changes-hint")
                        value=changes_en
                        error=publish.error(PolicyField::ChangesEn)
                        required=true
                        rows=3
                    />
                    <TextAreaField
                        id="policy-changes-fr"
                        label=i18n::msg("operator-policy-changes-fr")
                        hint=i18n::msg("operator-policy-changes-hint")
                        value=changes_fr
                        error=publish.error(PolicyField::ChangesFr)
                        required=true
                        rows=3
                    />
                    <div class="form-actions">
                        <button
                            type="submit"
                            class="button primary"
                            disabled=move || pending.get()
                            aria-busy=move || pending.get().to_string()
                        >
                            {i18n::msg("operator-policy-publish")}
                        </button>
                    </div>
                </form>
            </section>
        </OperatorFrame>
    }
}

/// The table's columns (Fluent ids).
const HEADINGS: [&str; 5] = [
    "operator-policy-version",
    "operator-policy-col-effective",
    "operator-policy-col-published",
    "operator-policy-col-accepted",
    "operator-policy-col-status",
];

#[component]
fn VersionsTable(
    /// The published versions, the newest day first.
    rows: Vec<PolicyVersion>,
) -> impl IntoView {
    if rows.is_empty() {
        return view! { <p data-testid="operator-policy-empty">{i18n::msg("operator-policy-empty")}</p> }.into_any();
    }
    let rows = rows
        .into_iter()
        .map(|v| {
            let status = if v.current {
                "operator-policy-current"
            } else if v.effective_at > (js_sys::Date::now() / 1000.0) as i64 {
                "operator-policy-upcoming"
            } else {
                "operator-policy-past"
            };
            view! {
                <tr data-testid="operator-policy-row" data-version=v.version.clone()>
                    <th scope="row">{v.version.clone()}</th>
                    <td>
                        <Moment at=v.effective_at day=true />
                    </td>
                    <td>
                        <Moment at=v.published_at day=true />
                        {v
                            .published_by
                            .map(|name| {
                                view! {
                                    " · "
                                    <bdi>{name}</bdi>
                                }
                            })}
                    </td>
                    <td class="num">{v.accepted}</td>
                    <td>{move || i18n::t(status)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <TableRegion
            labelled_by="operator-policy-caption"
            caption="operator-policy-title"
            headings=&HEADINGS
            testid="operator-policies"
        >
            {rows}
        </TableRegion>
    }
    .into_any()
}
