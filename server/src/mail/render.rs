use espace_api::mail::EmailKind;
use espace_api::Language;
use fluent_templates::fluent_bundle::FluentValue;
use icu_datetime::fieldsets;
use icu_datetime::input::{Date, DateTime, Time};
use icu_datetime::DateTimeFormatter;
use icu_locale_core::locale;

use crate::i18n::t_args;

/// What an e-mail says about the person and the link.
pub struct LinkEmail<'a> {
    pub language: Language,
    pub company: &'a str,
    pub first_name: &'a str,
    pub link: &'a str,
    pub expires_at: i64,
}

/// A moment people read in an e-mail: "jeudi 26 novembre 2026 à 09:05" or "Thursday,
/// November 26, 2026 at 9:05 AM", in UTC, which the messages say (the server does not know
/// the reader's zone). E-mails have no browser `Intl`, so ICU's locale data writes it.
pub fn date_time(language: Language, unix: i64) -> String {
    let moment = time::OffsetDateTime::from_unix_timestamp(unix).ok();
    let formatted = moment.and_then(|t| {
        let date = Date::try_new_iso(t.year(), u8::from(t.month()), t.day()).ok()?;
        let clock = Time::try_new(t.hour(), t.minute(), 0, 0).ok()?;
        let locale = match language {
            Language::Fr => locale!("fr"),
            Language::En => locale!("en"),
        };
        let formatter = DateTimeFormatter::try_new(locale.into(), fieldsets::YMDE::long().with_time_hm()).ok()?;
        Some(formatter.format(&DateTime { date, time: clock }).to_string())
    });
    // ICU ships its data inside the binary, so this only guards against an impossible date.
    formatted.unwrap_or_else(|| {
        moment
            .map(|t| {
                format!("{:04}-{:02}-{:02} {:02}:{:02}", t.year(), u8::from(t.month()), t.day(), t.hour(), t.minute())
            })
            .unwrap_or_default()
    })
}

fn message_ids(kind: EmailKind) -> (&'static str, &'static str) {
    match kind {
        EmailKind::Activation => ("emails-activation-subject", "emails-activation-text"),
        EmailKind::Locked => ("emails-locked-subject", "emails-locked-text"),
        EmailKind::AdminLocked => ("emails-admin-locked-subject", "emails-admin-locked-text"),
        EmailKind::InactivityWarning => ("emails-inactivity-subject", "emails-inactivity-text"),
        EmailKind::Reset => ("emails-reset-subject", "emails-reset-text"),
        EmailKind::SsoNoSeat => ("emails-sso-no-seat-subject", "emails-sso-no-seat-text"),
    }
}

/// (subject, text body) of an e-mail carrying a link: activation, reset, or locked account.
pub fn link_email(kind: EmailKind, e: &LinkEmail) -> (String, String) {
    let args = [
        ("company", FluentValue::from(e.company)),
        ("first_name", FluentValue::from(e.first_name)),
        ("link", FluentValue::from(e.link)),
        ("expires", FluentValue::from(date_time(e.language, e.expires_at))),
    ];
    let (subject_id, text_id) = message_ids(kind);
    let subject = t_args(e.language, subject_id, &args);
    let text = t_args(e.language, text_id, &args);
    (subject, text)
}

/// (subject, text) of the warning sent 14 days before deactivation for inactivity.
pub fn inactivity_warning(language: Language, company: &str, first_name: &str, deadline: i64) -> (String, String) {
    let args = [
        ("company", FluentValue::from(company)),
        ("first_name", FluentValue::from(first_name)),
        ("deadline", FluentValue::from(date_time(language, deadline))),
    ];
    let (subject_id, text_id) = message_ids(EmailKind::InactivityWarning);
    (t_args(language, subject_id, &args), t_args(language, text_id, &args))
}

/// (subject, text) telling an admin that another admin of the company was locked out by
/// wrong passwords (an attack, or a forgotten password), and that the person was e-mailed.
pub fn admin_locked(language: Language, company: &str, first_name: &str, locked: [&str; 3]) -> (String, String) {
    let [locked_first_name, locked_last_name, locked_email] = locked;
    let args = [
        ("company", FluentValue::from(company)),
        ("first_name", FluentValue::from(first_name)),
        ("locked_first_name", FluentValue::from(locked_first_name)),
        ("locked_last_name", FluentValue::from(locked_last_name)),
        ("locked_email", FluentValue::from(locked_email)),
    ];
    let (subject_id, text_id) = message_ids(EmailKind::AdminLocked);
    (t_args(language, subject_id, &args), t_args(language, text_id, &args))
}

/// (subject, text) telling an admin that an account made at first SSO sign-in did not get
/// some default services for want of seats.
pub fn sso_no_seat(
    language: Language,
    company: &str,
    first_name: &str,
    person: [&str; 3],
    services: &str,
) -> (String, String) {
    let [person_first_name, person_last_name, person_email] = person;
    let args = [
        ("company", FluentValue::from(company)),
        ("first_name", FluentValue::from(first_name)),
        ("person_first_name", FluentValue::from(person_first_name)),
        ("person_last_name", FluentValue::from(person_last_name)),
        ("person_email", FluentValue::from(person_email)),
        ("services", FluentValue::from(services)),
    ];
    let (subject_id, text_id) = message_ids(EmailKind::SsoNoSeat);
    (t_args(language, subject_id, &args), t_args(language, text_id, &args))
}

/// The HTML part: the same text, every piece escaped (names can hold `<`, `&`, quotes), in
/// paragraphs, the link as a button, names and sentences inside `lang`.
pub fn html_body(language: Language, subject: &str, text: &str, link: Option<&str>) -> String {
    let escape = |s: &str| html_escape::encode_safe(s).into_owned();
    let mut body = String::new();
    for paragraph in text.split("\n\n").map(str::trim).filter(|p| !p.is_empty()) {
        if Some(paragraph) == link {
            let href = html_escape::encode_double_quoted_attribute(paragraph);
            body.push_str(&format!(
                "<p><a href=\"{href}\" style=\"display:inline-block;padding:10px 18px;background:#1d4ed8;color:#fff;border-radius:8px;text-decoration:none\">{}</a></p>\n",
                escape(paragraph)
            ));
        } else {
            let lines: Vec<String> = paragraph.lines().map(escape).collect();
            body.push_str(&format!("<p>{}</p>\n", lines.join("<br>")));
        }
    }
    format!(
        "<!doctype html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\"><title>{}</title></head>\n<body style=\"font-family:system-ui,sans-serif;line-height:1.5;color:#1b1f24\">\n{body}</body></html>\n",
        language.as_str(),
        escape(subject)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_escaped_in_html_and_kept_as_typed_in_text() {
        for language in Language::ALL {
            let e = LinkEmail {
                language,
                company: "Acme & <Co>",
                first_name: "<b>O'Brien & Co</b>",
                link: "http://x/activate#t=a&b",
                expires_at: 1_800_000_000,
            };
            let (subject, text) = link_email(EmailKind::Activation, &e);
            assert!(text.contains("<b>O'Brien & Co</b>"), "the text part is plain text: {text}");
            let html = html_body(language, &subject, &text, Some(e.link));
            assert!(!html.contains("<b>O'Brien"), "{html}");
            assert!(html.contains("&lt;b&gt;O&#x27;Brien &amp; Co&lt;&#x2F;b&gt;"), "{html}");
            assert!(html.contains("Acme &amp; &lt;Co&gt;"), "{html}");
            assert!(html.contains("href=\"http://x/activate#t=a&amp;b\""), "{html}");
            assert!(html.contains(&format!("<html lang=\"{}\">", language.as_str())));
        }
    }

    #[test]
    fn activation_email_names_company_person_link_and_expiry_in_each_language() {
        let cases = [
            (Language::Fr, "Bonjour", "vendredi 15 janvier 2027 à 08:00 (UTC)"),
            (Language::En, "Hello", "Friday, January 15, 2027 at 8:00\u{202f}AM (UTC)"),
        ];
        for (language, greeting, expiry) in cases {
            let e = LinkEmail {
                language,
                company: "Acme",
                first_name: "Zoë",
                link: "http://x/activate#t=abc",
                expires_at: 1_800_000_000,
            };
            let (subject, text) = link_email(EmailKind::Activation, &e);
            assert!(subject.contains("Acme"), "{subject}");
            assert!(text.starts_with(greeting), "{text}");
            assert!(text.contains("Zoë") && text.contains("http://x/activate#t=abc"), "{text}");
            assert!(text.contains(expiry), "{text}");
            assert!(!subject.contains(['\u{2068}', '\u{2069}']));
        }
    }
}
