//! `/audit` (team administrators and Administrators): the audit log of the reader's scope,
//! filtered by person, actor, action and dates, one page at a time; every filter and the page
//! live in the URL so reload, back and a shared link show the same events. The dates are days
//! (`from=2026-11-01&to=2026-11-30`) read in the browser's time zone: from the start of the
//! first to the end of the last.

use espace_api::audit::{AuditAction, AuditEntry, AuditPage, AuditQuery};
use espace_api::users::Role;
use leptos::ev;
use leptos::prelude::*;
use leptos_fluent::{tr, I18n};
use leptos_router::components::A;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;
use serde::{Deserialize, Serialize};

use crate::api;
use crate::components::audit::{action_message_id, AuditActor, AuditChangesList};
use crate::components::email_address::EmailAddress;
use crate::components::load_error::Loaded;
use crate::components::page_title::use_page_title;
use crate::components::time::Moment;
use crate::i18n;
use crate::session::use_session;

mod results;
use results::AuditResults;

// The log is read, not searched letter by letter: one request per pause in typing.
const TYPING_DEBOUNCE_MS: u64 = 150;

/// The page's filters as its URL holds them (empty ones and the first page left out).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct AuditFilters {
    #[serde(skip_serializing_if = "String::is_empty")]
    pub person: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub actor: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub action: Option<AuditAction>,
    /// A day, `YYYY-MM-DD`, or empty.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub from: String,
    /// A day, `YYYY-MM-DD`, or empty: included.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub to: String,
    /// One bulk action's events only.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub batch: String,
    #[serde(skip_serializing_if = "is_first_page")]
    pub page: u32,
}

fn is_first_page(page: &u32) -> bool {
    *page <= 1
}

impl AuditFilters {
    /// From the URL's query: unknown actions and impossible days are dropped.
    pub fn from_search(search: &str) -> AuditFilters {
        let f: AuditFilters = api::query::from_str(search);
        let day = |value: String| if parse_day(&value).is_some() { value } else { String::new() };
        AuditFilters {
            person: f.person.trim().to_owned(),
            actor: f.actor.trim().to_owned(),
            action: f.action,
            from: day(f.from),
            to: day(f.to),
            batch: if espace_api::bulk::valid_batch(&f.batch) { f.batch } else { String::new() },
            page: f.page.max(1),
        }
    }

    pub fn is_filtered(&self) -> bool {
        !self.person.is_empty()
            || !self.actor.is_empty()
            || self.action.is_some()
            || !self.from.is_empty()
            || !self.to.is_empty()
            || !self.batch.is_empty()
    }

    /// The last day before the first: nothing can match.
    pub fn dates_reversed(&self) -> bool {
        !self.from.is_empty() && !self.to.is_empty() && self.to < self.from
    }

    /// The API's query: days become instants at local midnight (`to` at the end of its day).
    pub fn api_query(&self) -> AuditQuery {
        AuditQuery {
            person: self.person.clone(),
            actor: self.actor.clone(),
            action: self.action,
            since: parse_day(&self.from).and_then(|day| local_midnight(day, 0)),
            until: parse_day(&self.to).and_then(|day| local_midnight(day, 1)),
            batch: self.batch.clone(),
            page: self.page,
        }
    }
}

/// "2026-11-23" → (2026, 11, 23), only for a day that exists.
pub fn parse_day(s: &str) -> Option<(u32, u32, u32)> {
    let mut parts = s.split('-');
    let mut number = |len: usize| {
        parts.next().filter(|p| p.len() == len && p.bytes().all(|b| b.is_ascii_digit())).and_then(|p| p.parse().ok())
    };
    let (year, month, day): (u32, u32, u32) = (number(4)?, number(2)?, number(2)?);
    if parts.next().is_some() {
        return None;
    }
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    (1..=days).contains(&day).then_some((year, month, day))
}

/// The start of the day `days_after` the given one, in the browser's time zone, in Unix seconds.
fn local_midnight((year, month, day): (u32, u32, u32), days_after: u8) -> Option<i64> {
    // Month and day are at most 12 and 31: the conversions are exact.
    let date = js_sys::Date::new_with_year_month_day(
        year,
        i32::try_from(month).ok()? - 1,
        i32::try_from(day).ok()? + i32::from(days_after),
    );
    let ms = date.get_time();
    // Within ±8.64e15 ms (what a Date holds), so the seconds fit an i64 exactly.
    ms.is_finite().then(|| (ms / 1000.0).floor() as i64)
}

#[component]
pub fn AuditPage() -> impl IntoView {
    use_page_title("audit-title");
    let session = use_session();
    let i18n = expect_context::<I18n>();
    let location = use_location();
    let navigate = use_navigate();
    let filters = Memo::new(move |_| location.search.with(|search| AuditFilters::from_search(search)));

    let go = StoredValue::new(move |f: AuditFilters, replace: bool| {
        navigate(&api::query::url("/audit", &f), NavigateOptions { replace, scroll: false, ..Default::default() });
    });
    let update = move |change: &dyn Fn(&mut AuditFilters), replace: bool| {
        let mut f = filters.get_untracked();
        change(&mut f);
        go.with_value(|go| go(f, replace));
    };
    // A new filter starts again from the first page.
    let refilter = move |change: &dyn Fn(&mut AuditFilters), replace: bool| {
        update(
            &|f| {
                change(f);
                f.page = 1;
            },
            replace,
        );
    };

    let events = LocalResource::new(move || {
        let query = filters.get().api_query();
        async move { api::audit::page(&query).await }
    });

    // The text boxes show what is typed at once; the URL follows after a pause.
    let person = RwSignal::new(filters.get_untracked().person);
    let actor = RwSignal::new(filters.get_untracked().actor);
    let timer = StoredValue::new_local(None::<TimeoutHandle>);
    Effect::new(move |_| {
        let f = filters.get();
        // What is being typed wins over the URL until it reaches the URL.
        if timer.get_value().is_some() {
            return;
        }
        if person.get_untracked().trim() != f.person {
            person.set(f.person);
        }
        if actor.get_untracked().trim() != f.actor {
            actor.set(f.actor);
        }
    });
    let apply_typed = move || {
        if let Some(handle) = timer.get_value() {
            handle.clear();
        }
        timer.set_value(None);
        let (p, a) = (person.get_untracked().trim().to_owned(), actor.get_untracked().trim().to_owned());
        if filters.with_untracked(|f| f.person != p || f.actor != a) {
            refilter(
                &|f| {
                    f.person.clone_from(&p);
                    f.actor.clone_from(&a);
                },
                true,
            );
        }
    };
    let on_typed = move |signal: RwSignal<String>| {
        move |ev: ev::Event| {
            signal.set(event_target_value(&ev));
            if let Some(handle) = timer.get_value() {
                handle.clear();
            }
            let handle =
                set_timeout_with_handle(apply_typed, std::time::Duration::from_millis(TYPING_DEBOUNCE_MS)).ok();
            timer.set_value(handle);
        }
    };
    let on_date = move |which: fn(&mut AuditFilters) -> &mut String| {
        move |ev: ev::Event| {
            let value = event_target_value(&ev);
            let value = if parse_day(&value).is_some() { value } else { String::new() };
            refilter(&|f| value.clone_into(which(f)), false);
        }
    };

    let intro = move || {
        session
            .with_me(|me| match me.user.role {
                Role::TeamAdmin => {
                    let names: Vec<String> = me.user.scope.iter().map(|e| e.name.clone()).collect();
                    tr!(i18n, "audit-intro-scope", { "entities" => i18n::list_text(i18n::language(), &names) })
                }
                _ => i18n.tr("audit-intro-admin"),
            })
            .unwrap_or_default()
    };
    // True while a new page of events loads (the previous one stays in view meanwhile).
    let loading = RwSignal::new(false);
    let csv_href = move || api::audit::csv_href(&filters.with(AuditFilters::api_query), i18n::language());

    view! {
        <section class="page audit-page">
            <div class="page-heading">
                <h1>{i18n::msg("audit-title")}</h1>
                <a class="button secondary" href=csv_href download=true data-testid="audit-export">
                    {i18n::msg("audit-export")}
                </a>
            </div>
            <p class="hint">{intro}</p>
            <Show when=move || filters.with(|f| !f.batch.is_empty())>
                <p class="notice" role="status" data-testid="audit-batch">
                    {i18n::msg("audit-batch-only")}
                    " "
                    <button type="button" class="link-button" on:click=move |_| refilter(&|f| f.batch.clear(), false)>
                        {i18n::msg("audit-batch-all")}
                    </button>
                </p>
            </Show>
            <form
                class="audit-filters"
                role="search"
                aria-label=i18n::msg("audit-filters-label")
                on:submit=move |ev: ev::SubmitEvent| {
                    ev.prevent_default();
                    apply_typed();
                }
            >
                <div class="field">
                    <label for="audit-person">{i18n::msg("audit-filter-person")}</label>
                    <input
                        id="audit-person"
                        type="search"
                        autocomplete="off"
                        prop:value=person
                        on:input=on_typed(person)
                    />
                </div>
                <div class="field">
                    <label for="audit-actor">{i18n::msg("audit-filter-actor")}</label>
                    <input
                        id="audit-actor"
                        type="search"
                        autocomplete="off"
                        prop:value=actor
                        on:input=on_typed(actor)
                    />
                </div>
                <div class="field audit-filter-action">
                    <label for="audit-action">{i18n::msg("audit-filter-action")}</label>
                    <select
                        id="audit-action"
                        on:change=move |ev| {
                            let action = AuditAction::parse(&event_target_value(&ev));
                            refilter(&|f| f.action = action, false);
                        }
                    >
                        <option value="" prop:selected=move || filters.with(|f| f.action.is_none())>
                            {i18n::msg("audit-filter-action-all")}
                        </option>
                        {AuditAction::ALL
                            .into_iter()
                            .map(|a| {
                                view! {
                                    <option
                                        value=a.as_str()
                                        prop:selected=move || filters.with(|f| f.action == Some(a))
                                    >
                                        {move || i18n::t_policy(action_message_id(a))}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="audit-from">{i18n::msg("audit-filter-from")}</label>
                    <input
                        id="audit-from"
                        type="date"
                        prop:value=move || filters.with(|f| f.from.clone())
                        max=move || filters.with(|f| (!f.to.is_empty()).then(|| f.to.clone()))
                        on:change=on_date(|f| &mut f.from)
                    />
                </div>
                <div class="field">
                    <label for="audit-to">{i18n::msg("audit-filter-to")}</label>
                    <input
                        id="audit-to"
                        type="date"
                        prop:value=move || filters.with(|f| f.to.clone())
                        min=move || filters.with(|f| (!f.from.is_empty()).then(|| f.from.clone()))
                        aria-invalid=move || filters.with(AuditFilters::dates_reversed).to_string()
                        aria-describedby="audit-to-error"
                        on:change=on_date(|f| &mut f.to)
                    />
                    <p id="audit-to-error" class="field-error">
                        {move || {
                            filters.with(AuditFilters::dates_reversed).then(|| i18n.tr("audit-filter-dates-reversed"))
                        }}
                    </p>
                </div>
                <Show when=move || filters.with(AuditFilters::is_filtered)>
                    <div class="audit-filters-clear">
                        <button
                            type="button"
                            class="button secondary"
                            on:click=move |_| update(&|f| *f = AuditFilters::default(), false)
                        >
                            {i18n::msg("audit-clear-filters")}
                        </button>
                    </div>
                </Show>
            </form>
            <div class="audit-results" aria-busy=move || loading.get().to_string()>
                <Loaded resource=events set_pending=loading let:page>
                    <AuditResults
                        page=page
                        filtered=filters.with_untracked(AuditFilters::is_filtered)
                        on_page=move |n| update(&|f| f.page = n, false)
                        on_clear=move |()| update(&|f| *f = AuditFilters::default(), false)
                    />
                </Loaded>
            </div>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_are_real_calendar_days_written_in_full() {
        assert_eq!(parse_day("2026-11-23"), Some((2026, 11, 23)));
        assert_eq!(parse_day("2024-02-29"), Some((2024, 2, 29)));
        assert_eq!(parse_day("2026-02-29"), None);
        assert_eq!(parse_day("1900-02-29"), None);
        assert_eq!(parse_day("2000-02-29"), Some((2000, 2, 29)));
        assert_eq!(parse_day("2026-13-01"), None);
        assert_eq!(parse_day("2026-04-31"), None);
        assert_eq!(parse_day("2026-00-10"), None);
        assert_eq!(parse_day("2026-1-5"), None);
        assert_eq!(parse_day("2026-+1-05"), None);
        assert_eq!(parse_day("2026-01-05-"), None);
        assert_eq!(parse_day(""), None);
    }

    #[test]
    fn reversed_dates_and_filters_are_noticed() {
        let mut f = AuditFilters { from: "2026-11-10".into(), to: "2026-11-09".into(), ..Default::default() };
        assert!(f.dates_reversed());
        assert!(f.is_filtered());
        f.to = "2026-11-10".into();
        assert!(!f.dates_reversed());
        assert!(!AuditFilters { page: 3, ..Default::default() }.is_filtered());
    }
}
