//! The privacy policy's versions: published by the provider's operators, in effect from their
//! day, accepted again by everyone at their next sign-in (the consent record keeps version,
//! language and time), and the administrators' reminder to those who have not yet.

use espace_api::fields::Fields;
use espace_api::mail::EmailKind;
use espace_api::operator::OperatorAction;
use espace_api::privacy::{PolicyDocument, PolicyField, PolicyReminders, PolicyVersion, PublishPolicy};
use espace_api::FieldErrorCode;
use pulldown_cmark::{html, Event, Options, Parser, Tag, TagEnd};

use crate::auth::extract::CurrentUser;
use crate::error::AppError;
use crate::mail::{self, render, Email};
use crate::state::AppState;
use crate::store::operators::{Entry, Operator};
use crate::store::{self, Conn};

/// The version in effect at `now`.
pub async fn current_version(conn: &mut Conn, now: i64) -> Result<String, AppError> {
    Ok(sqlx::query_scalar(&format!("SELECT {}", store::policies::current_sql(now))).fetch_one(conn).await?)
}

/// Markdown as HTML that can be put in a page as it is: raw HTML in the text is shown as text,
/// links lead only to `https:`, `http:` or `mailto:` addresses (others keep their words and
/// lose the link), images are replaced by their description.
pub fn safe_html(markdown: &str) -> String {
    let allowed = |url: &str| {
        let lower = url.trim().to_ascii_lowercase();
        ["https://", "http://", "mailto:"].iter().any(|scheme| lower.starts_with(scheme))
    };
    let mut dropped_links = Vec::new();
    let mut in_image = 0usize;
    let events = Parser::new_ext(markdown, Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH).filter_map(
        |event| match event {
            Event::Html(text) | Event::InlineHtml(text) => Some(Event::Text(text)),
            Event::Start(Tag::Link { dest_url, .. }) if !allowed(&dest_url) => {
                dropped_links.push(true);
                None
            }
            Event::Start(Tag::Link { link_type, dest_url, title, id }) => {
                dropped_links.push(false);
                Some(Event::Start(Tag::Link { link_type, dest_url, title, id }))
            }
            Event::End(TagEnd::Link) => match dropped_links.pop() {
                Some(true) => None,
                _ => Some(Event::End(TagEnd::Link)),
            },
            Event::Start(Tag::Image { .. }) => {
                in_image += 1;
                None
            }
            Event::End(TagEnd::Image) => {
                in_image = in_image.saturating_sub(1);
                None
            }
            other => Some(other),
        },
    );
    let mut out = String::with_capacity(markdown.len() * 2);
    html::push_html(&mut out, events);
    out
}

/// The version to accept now, in both languages, with what changed for someone who accepted
/// an earlier one.
pub async fn document(state: &AppState, reader: &CurrentUser) -> Result<PolicyDocument, AppError> {
    let mut conn = state.pool.acquire().await?;
    let current = store::policies::current(&mut conn, store::now()).await?;
    let accepted = reader.consent_version.clone().filter(|v| *v != reader.policy_version);
    Ok(match current {
        None => PolicyDocument { version: reader.policy_version.clone(), accepted, ..PolicyDocument::default() },
        Some(p) => {
            let earlier = accepted.is_some();
            PolicyDocument {
                version: p.version,
                effective_at: Some(p.effective_at),
                html_en: Some(safe_html(&p.text_en)),
                html_fr: Some(safe_html(&p.text_fr)),
                changes_en: earlier.then(|| safe_html(&p.changes_en)),
                changes_fr: earlier.then(|| safe_html(&p.changes_fr)),
                accepted,
            }
        }
    })
}

/// Every published version, for the operators.
pub async fn versions(state: &AppState) -> Result<Vec<PolicyVersion>, AppError> {
    let mut conn = state.pool.acquire().await?;
    let now = store::now();
    let current = current_version(&mut conn, now).await?;
    Ok(store::policies::list(&mut conn)
        .await?
        .into_iter()
        .map(|p| PolicyVersion {
            current: p.version == current,
            version: p.version,
            effective_at: p.effective_at,
            published_at: p.published_at,
            published_by: p.published_by,
            accepted: u32::try_from(p.accepted).unwrap_or(u32::MAX),
        })
        .collect())
}

/// Publishes a version, in effect from its day (UTC midnight), today at the earliest. A
/// version's name is never reused: what people accepted under it stays what it was.
pub async fn publish(
    state: &AppState,
    operator: &Operator,
    req: &PublishPolicy,
) -> Result<Vec<PolicyVersion>, AppError> {
    AppError::check(req.validate())?;
    let now = store::now();
    let effective_at = store::day_start(&req.effective_day)
        .ok_or_else(|| AppError::field(PolicyField::EffectiveDay.name(), FieldErrorCode::InvalidDate))?;
    if effective_at < now - now.rem_euclid(store::DAY_SECS) {
        return Err(AppError::field(PolicyField::EffectiveDay.name(), FieldErrorCode::InvalidDate));
    }
    let mut tx = store::write(&state.pool, store::Lock::Platform).await?;
    if store::policies::exists(&mut tx, req.version.trim()).await? {
        return Err(AppError::field(PolicyField::Version.name(), FieldErrorCode::Taken));
    }
    // Today's day started before now: a version for today is in effect at once.
    store::policies::insert(&mut tx, req, effective_at, now, Some(operator.id)).await?;
    let entry = Entry::new(OperatorAction::PolicyPublished, (None, "")).about(req.version.trim());
    store::operators::record(&mut tx, Some(operator), entry, now).await?;
    tx.commit().await?;
    versions(state).await
}

/// People e-mailed at most once a day about the same thing.
const REMIND_EVERY_SECS: i64 = store::DAY_SECS;
/// The most people one call reminds.
const REMIND_MAX: i64 = 500;

/// E-mails every active person in the reader's reach who has not accepted the version in
/// effect (in their language, a link to sign in), unless reminded in the last day. The
/// route's `Manager` extractor has already refused anyone who manages nobody.
pub async fn remind(state: &AppState, reader: &CurrentUser) -> Result<PolicyReminders, AppError> {
    let now = store::now();
    let mut tx = store::write(&state.pool, store::Lock::Company(reader.company_id)).await?;
    let (due, recent) = store::users::policy_outdated(
        &mut tx,
        reader.company_id,
        &reader.scope,
        now,
        now - REMIND_EVERY_SECS,
        REMIND_MAX,
    )
    .await?;
    let link = state.config.page_url("/sign-in");
    for user in &due {
        let (subject, text) = render::policy_reminder(user.language, &user.company_name, &user.first_name, &link);
        let email = Email {
            user_id: Some(user.id),
            kind: EmailKind::PolicyReminder,
            to: user.mail_to().to_owned(),
            language: user.language,
            subject,
            text,
            link: Some(link.clone()),
        };
        mail::queue(&mut tx, &email).await?;
        store::users::mark_policy_reminded(&mut tx, user.id, now).await?;
    }
    tx.commit().await?;
    let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
    Ok(PolicyReminders { sent: count(due.len()), skipped: count(recent) })
}

#[cfg(test)]
mod tests {
    use super::safe_html;
    use proptest::prelude::*;

    #[test]
    fn markdown_is_rendered_and_nothing_runs() {
        assert_eq!(safe_html("# Title\n\n**bold**"), "<h1>Title</h1>\n<p><strong>bold</strong></p>\n");
        let html = safe_html("<script>alert(1)</script>\n\nhi <img src=x onerror=alert(1)>");
        assert!(!html.contains("<script") && !html.contains("<img"), "{html}");
        assert!(html.contains("&lt;script&gt;"), "{html}");
        let html = safe_html("[click](javascript:alert(1)) [ok](https://example.com) ![x](https://e.com/i.png)");
        assert!(!html.contains("javascript:"), "{html}");
        assert!(html.contains("<a href=\"https://example.com\">ok</a>"), "{html}");
        assert!(!html.contains("<img"), "{html}");
    }

    proptest! {
        #[test]
        fn no_markdown_makes_a_script_or_a_handler(text in "\\PC{0,200}") {
            let html = safe_html(&text).to_ascii_lowercase();
            prop_assert!(!html.contains("<script") && !html.contains("<img") && !html.contains("<iframe"));
            prop_assert!(!html.contains("href=\"javascript") && !html.contains("href=\"data"));
        }
    }
}
