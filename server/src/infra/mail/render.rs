use espace_api::company::TimeZone;
use espace_api::mail::EmailKind;
use espace_api::Language;
use fluent_templates::fluent_bundle::FluentValue;
use icu_datetime::fieldsets;
use icu_datetime::input::{Date, DateTime, Time, UtcOffset};
use icu_datetime::{DateTimeFormatter, NoCalendarFormatter};
use icu_locale_core::{locale, Locale};
use icu_time::zone::ZoneNameTimestamp;

use crate::clock::{self, Clock};
use crate::i18n::{t, t_args};

/// What an e-mail carrying a link says about the person and the link.
pub struct LinkEmail<'a> {
    pub language: Language,
    pub company: &'a str,
    /// The company's clock, which the expiry is written on.
    pub time_zone: &'a TimeZone,
    pub first_name: &'a str,
    pub link: &'a str,
    pub expires_at: i64,
    /// How many wrong passwords in a row lock an account (the locked e-mail says it).
    pub attempts: i64,
}

/// A moment as e-mails write it: the date and time on the company's clock ("vendredi 15
/// janvier 2027 à 9 h", "Friday, January 15, 2027 at 9:00 AM"), and that clock's name
/// ("heure d’Europe centrale", "Central European Time"), which the messages place. E-mails
/// have no browser `Intl`: ICU's locale data writes both, from the offset jiff's bundled tz
/// database gives at that moment (summer time included).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Moment {
    pub date_time: String,
    pub zone: String,
}

fn icu_locale(language: Language) -> Locale {
    match language {
        Language::Fr => locale!("fr"),
        Language::En => locale!("en"),
    }
}

pub fn moment(language: Language, time_zone: &TimeZone, unix: i64) -> Moment {
    let clock = Clock::of(time_zone);
    let Some(local) = clock.at(unix) else {
        return Moment { date_time: unix.to_string(), zone: clock.name };
    };
    let iana = clock.name;
    let civil = local.datetime();
    let locale = icu_locale(language);
    let date_time =
        Date::try_new_iso(i32::from(civil.year()), civil.month().unsigned_abs(), civil.day().unsigned_abs())
            .ok()
            .zip(Time::try_new(civil.hour().unsigned_abs(), civil.minute().unsigned_abs(), 0, 0).ok())
            .and_then(|(date, time)| match language {
                // French writes « 1er janvier » and « 9 h », « 14 h 30 », which ICU's data does not.
                Language::Fr => {
                    let formatter = DateTimeFormatter::try_new(locale.clone().into(), fieldsets::YMDE::long()).ok()?;
                    let day = formatter.format(&DateTime { date, time }).to_string();
                    let day = clock::french_first_of_month(&day, civil.day());
                    Some(format!("{day} à {}", clock::french_time(civil.hour(), civil.minute())))
                }
                Language::En => {
                    let formatter =
                        DateTimeFormatter::try_new(locale.clone().into(), fieldsets::YMDE::long().with_time_hm())
                            .ok()?;
                    Some(formatter.format(&DateTime { date, time }).to_string())
                }
            })
            // ICU ships its data inside the binary, so this only guards against an impossible date.
            .unwrap_or_else(|| civil.strftime("%Y-%m-%d %H:%M").to_string());
    let zone = icu_time::TimeZone::from_iana_id(&iana)
        .with_offset(UtcOffset::try_from_seconds(local.offset().seconds()).ok())
        .with_zone_name_timestamp(ZoneNameTimestamp::from_epoch_seconds(unix));
    let zone = NoCalendarFormatter::try_new(locale.into(), fieldsets::zone::GenericLong)
        .map(|formatter| formatter.format(&zone).to_string())
        .unwrap_or(iana);
    Moment { date_time, zone }
}

/// A day (`YYYY-MM-DD`) as e-mails write it: « jeudi 31 décembre 2026 », "Thursday, December
/// 31, 2026"; the text as given if it is not one.
pub fn day(language: Language, day: &str) -> String {
    let Ok(civil) = day.parse::<jiff::civil::Date>() else {
        return day.to_owned();
    };
    Date::try_new_iso(i32::from(civil.year()), civil.month().unsigned_abs(), civil.day().unsigned_abs())
        .ok()
        .and_then(|date| {
            let formatter = DateTimeFormatter::try_new(icu_locale(language).into(), fieldsets::YMDE::long()).ok()?;
            let text = formatter.format(&date).to_string();
            Some(match language {
                Language::Fr => clock::french_first_of_month(&text, civil.day()),
                Language::En => text,
            })
        })
        .unwrap_or_else(|| day.to_owned())
}

/// (subject, text) to an administrator: an order of `service` ends on `ends_on`; the seats it
/// holds go with it.
pub fn order_ending(
    language: Language,
    company: &str,
    first_name: &str,
    service: &str,
    seats: i64,
    ends_on: &str,
) -> (String, String) {
    let args = [
        ("company", FluentValue::from(company)),
        ("first_name", FluentValue::from(first_name)),
        ("service", FluentValue::from(service)),
        ("seats", FluentValue::from(seats)),
        ("ends_on", FluentValue::from(day(language, ends_on))),
    ];
    render(language, EmailKind::OrderEnding, &args)
}

/// (subject, text) of the daily digest of an administrator's invitations that expired unused:
/// `people` one per line, `link` to the list filtered to them.
pub fn invitation_digest(
    language: Language,
    company: &str,
    first_name: &str,
    count: usize,
    people: &str,
    link: &str,
) -> (String, String) {
    let args = [
        ("company", FluentValue::from(company)),
        ("first_name", FluentValue::from(first_name)),
        ("count", FluentValue::from(count)),
        ("people", FluentValue::from(people)),
        ("link", FluentValue::from(link)),
    ];
    render(language, EmailKind::InvitationDigest, &args)
}

/// (subject, text) of an administrator's reminder to accept the privacy policy in effect.
pub fn policy_reminder(language: Language, company: &str, first_name: &str, link: &str) -> (String, String) {
    let args = [
        ("company", FluentValue::from(company)),
        ("first_name", FluentValue::from(first_name)),
        ("link", FluentValue::from(link)),
    ];
    render(language, EmailKind::PolicyReminder, &args)
}

/// (subject, text) to an administrator: the endpoint at `url` failed for three days and was
/// switched off; `link` is its page.
pub fn webhook_off(language: Language, company: &str, first_name: &str, url: &str, link: &str) -> (String, String) {
    let args = [
        ("company", FluentValue::from(company)),
        ("first_name", FluentValue::from(first_name)),
        ("url", FluentValue::from(url)),
        ("link", FluentValue::from(link)),
    ];
    render(language, EmailKind::WebhookOff, &args)
}

/// The messages of each kind: subject, text, and the HTML button's words when it has a link.
fn message_ids(kind: EmailKind) -> (&'static str, &'static str, Option<&'static str>) {
    match kind {
        EmailKind::Activation => {
            ("emails-activation-subject", "emails-activation-text", Some("emails-activation-button"))
        }
        EmailKind::Locked => ("emails-locked-subject", "emails-locked-text", Some("emails-locked-button")),
        EmailKind::AdminLocked => ("emails-admin-locked-subject", "emails-admin-locked-text", None),
        EmailKind::InactivityWarning => {
            ("emails-inactivity-subject", "emails-inactivity-text", Some("emails-inactivity-button"))
        }
        EmailKind::Reset => ("emails-reset-subject", "emails-reset-text", Some("emails-reset-button")),
        EmailKind::SsoNoSeat => ("emails-sso-no-seat-subject", "emails-sso-no-seat-text", None),
        EmailKind::DomainLost => ("emails-domain-lost-subject", "emails-domain-lost-text", None),
        EmailKind::NotificationAddressChanged => {
            ("emails-notification-address-changed-subject", "emails-notification-address-changed-text", None)
        }
        EmailKind::NewSignIn => ("emails-new-sign-in-subject", "emails-new-sign-in-text", None),
        EmailKind::SecondStepReset => ("emails-second-step-reset-subject", "emails-second-step-reset-text", None),
        EmailKind::EmailChangeConfirm => (
            "emails-email-change-confirm-subject",
            "emails-email-change-confirm-text",
            Some("emails-email-change-confirm-button"),
        ),
        EmailKind::EmailChanged => {
            ("emails-email-changed-subject", "emails-email-changed-text", Some("emails-email-changed-button"))
        }
        EmailKind::OrderEnding => ("emails-order-ending-subject", "emails-order-ending-text", None),
        EmailKind::InvitationDigest => (
            "emails-invitation-digest-subject",
            "emails-invitation-digest-text",
            Some("emails-invitation-digest-button"),
        ),
        EmailKind::PolicyReminder => {
            ("emails-policy-reminder-subject", "emails-policy-reminder-text", Some("emails-policy-reminder-button"))
        }
        EmailKind::WebhookOff => {
            ("emails-webhook-off-subject", "emails-webhook-off-text", Some("emails-webhook-off-button"))
        }
        EmailKind::InvitationReminder => (
            "emails-invitation-reminder-subject",
            "emails-invitation-reminder-text",
            Some("emails-invitation-reminder-button"),
        ),
    }
}

/// (subject, text part): the kind's two messages, the text followed by the sign-off, a
/// paragraph of its own.
fn render(language: Language, kind: EmailKind, args: &[(&'static str, FluentValue<'_>)]) -> (String, String) {
    let (subject_id, text_id, _) = message_ids(kind);
    let body = t_args(language, text_id, args);
    let text = format!("{}\n\n{}\n", body.trim_end(), t(language, "emails-sign-off"));
    (t_args(language, subject_id, args), text)
}

/// (subject, text) of an e-mail carrying a link: activation, reset, or locked account.
pub fn link_email(kind: EmailKind, e: &LinkEmail) -> (String, String) {
    let expires = moment(e.language, e.time_zone, e.expires_at);
    let args = [
        ("company", FluentValue::from(e.company)),
        ("first_name", FluentValue::from(e.first_name)),
        ("link", FluentValue::from(e.link)),
        ("expires", FluentValue::from(expires.date_time)),
        ("time_zone", FluentValue::from(expires.zone)),
        ("attempts", FluentValue::from(e.attempts)),
    ];
    render(e.language, kind, &args)
}

/// What the two e-mails of a change of sign-in e-mail say.
pub struct EmailChange<'a> {
    /// The person, as they were before the change.
    pub user: &'a crate::store::users::User,
    /// The address the e-mail does not go to: the old one in the confirmation to the new, the
    /// new one in the notice to the old.
    pub other_address: &'a str,
    pub link: &'a str,
    pub expires_at: i64,
}

/// (subject, text) of `EmailChangeConfirm` (to the new address) or `EmailChanged` (to the old).
pub fn email_change(kind: EmailKind, e: &EmailChange) -> (String, String) {
    let language = e.user.language;
    let expires = moment(language, &e.user.company_time_zone, e.expires_at);
    let args = [
        ("company", FluentValue::from(e.user.company_name.as_str())),
        ("first_name", FluentValue::from(e.user.first_name.as_str())),
        ("address", FluentValue::from(e.other_address)),
        ("link", FluentValue::from(e.link)),
        ("expires", FluentValue::from(expires.date_time)),
        ("time_zone", FluentValue::from(expires.zone)),
    ];
    render(language, kind, &args)
}

/// What the warning sent before deactivation for inactivity says.
pub struct InactivityWarning<'a> {
    pub language: Language,
    pub company: &'a str,
    pub time_zone: &'a TimeZone,
    pub first_name: &'a str,
    /// When the account will be deactivated.
    pub deadline: i64,
    /// After how many days without a sign-in accounts are deactivated.
    pub days: i64,
    /// The sign-in page.
    pub link: &'a str,
}

/// (subject, text) of the warning sent 14 days before deactivation for inactivity.
pub fn inactivity_warning(w: &InactivityWarning) -> (String, String) {
    let deadline = moment(w.language, w.time_zone, w.deadline);
    let args = [
        ("company", FluentValue::from(w.company)),
        ("first_name", FluentValue::from(w.first_name)),
        ("deadline", FluentValue::from(deadline.date_time)),
        ("time_zone", FluentValue::from(deadline.zone)),
        ("days", FluentValue::from(w.days)),
        ("link", FluentValue::from(w.link)),
    ];
    render(w.language, EmailKind::InactivityWarning, &args)
}

/// (subject, text) telling an admin that another admin of the company was locked out by
/// wrong passwords (an attack, or a forgotten password), and that the person was e-mailed.
pub fn admin_locked(
    language: Language,
    company: &str,
    first_name: &str,
    locked: [&str; 3],
    attempts: i64,
) -> (String, String) {
    let [locked_first_name, locked_last_name, locked_email] = locked;
    let args = [
        ("company", FluentValue::from(company)),
        ("first_name", FluentValue::from(first_name)),
        ("locked_first_name", FluentValue::from(locked_first_name)),
        ("locked_last_name", FluentValue::from(locked_last_name)),
        ("locked_email", FluentValue::from(locked_email)),
        ("attempts", FluentValue::from(attempts)),
    ];
    render(language, EmailKind::AdminLocked, &args)
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
    render(language, EmailKind::SsoNoSeat, &args)
}

/// (subject, text) to an administrator: a daily check no longer finds `domain`'s TXT record.
pub fn domain_lost(language: Language, company: &str, first_name: &str, domain: &str) -> (String, String) {
    let record = espace_api::sso::challenge_name(domain);
    let args = [
        ("company", FluentValue::from(company)),
        ("first_name", FluentValue::from(first_name)),
        ("domain", FluentValue::from(domain)),
        ("record", FluentValue::from(record)),
    ];
    render(language, EmailKind::DomainLost, &args)
}

/// (subject, text) to a person's former notification address: notices now go to `address`.
pub fn notification_address_changed(
    language: Language,
    company: &str,
    first_name: &str,
    address: &str,
) -> (String, String) {
    let args = [
        ("company", FluentValue::from(company)),
        ("first_name", FluentValue::from(first_name)),
        ("address", FluentValue::from(address)),
    ];
    render(language, EmailKind::NotificationAddressChanged, &args)
}

/// A sign-in from a browser new to the account.
pub struct NewSignIn<'a> {
    pub language: Language,
    pub company: &'a str,
    /// The company's clock, which the moment is written on.
    pub time_zone: &'a TimeZone,
    pub first_name: &'a str,
    pub user_agent: &'a str,
    pub address: &'a str,
    pub at: i64,
    /// The profile, where the person's sessions are listed.
    pub link: &'a str,
}

/// (subject, text) to a person who signed in from a browser new to their account.
pub fn new_sign_in(e: &NewSignIn<'_>) -> (String, String) {
    let (browser, system) = espace_api::devices::describe(e.user_agent);
    let device = t_args(
        e.language,
        "sessions-device",
        &[
            ("browser", FluentValue::from(t(e.language, &format!("sessions-browser-{}", browser.as_str())))),
            ("system", FluentValue::from(t(e.language, &format!("sessions-system-{}", system.as_str())))),
        ],
    );
    let at = moment(e.language, e.time_zone, e.at);
    let args = [
        ("company", FluentValue::from(e.company)),
        ("first_name", FluentValue::from(e.first_name)),
        ("device", FluentValue::from(device)),
        ("address", FluentValue::from(e.address)),
        ("at", FluentValue::from(at.date_time)),
        ("time_zone", FluentValue::from(at.zone)),
        ("link", FluentValue::from(e.link)),
    ];
    render(e.language, EmailKind::NewSignIn, &args)
}

/// (subject, text) to a person whose second sign-in step an administrator removed: what
/// happens at their next sign-in, and whom to ask if they did not expect it.
pub fn second_step_reset(language: Language, company: &str, first_name: &str, link: &str) -> (String, String) {
    let args = [
        ("company", FluentValue::from(company)),
        ("first_name", FluentValue::from(first_name)),
        ("link", FluentValue::from(link)),
    ];
    render(language, EmailKind::SecondStepReset, &args)
}

const BUTTON_STYLE: &str = "display:inline-block;padding:10px 18px;background:#1d4ed8;color:#fff;border-radius:8px;text-decoration:none;font-weight:600";

/// The HTML part: the same text, every piece escaped (names can hold `<`, `&`, quotes), in
/// paragraphs, names and sentences inside `lang`. The link's paragraph becomes a button
/// saying what it does, with the address under it for mail readers that do not show buttons.
pub fn html_body(language: Language, kind: EmailKind, subject: &str, text: &str, link: Option<&str>) -> String {
    let escape = |s: &str| html_escape::encode_safe(s).into_owned();
    let button = message_ids(kind).2.map(|id| t(language, id));
    let mut body = String::new();
    for paragraph in text.split("\n\n").map(str::trim).filter(|p| !p.is_empty()) {
        match (link, &button) {
            (Some(link), Some(button)) if paragraph == link => {
                let href = html_escape::encode_double_quoted_attribute(link);
                body.push_str(&format!("<p><a href=\"{href}\" style=\"{BUTTON_STYLE}\">{}</a></p>\n", escape(button)));
                body.push_str(&format!(
                    "<p style=\"font-size:13px;color:#4b5563\">{}<br><a href=\"{href}\" style=\"color:#1d4ed8;word-break:break-all\">{}</a></p>\n",
                    escape(&t(language, "emails-link-fallback")),
                    escape(link)
                ));
            }
            _ => {
                let lines: Vec<String> = paragraph.lines().map(escape).collect();
                body.push_str(&format!("<p>{}</p>\n", lines.join("<br>")));
            }
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

    const PARIS: &str = "Europe/Paris";
    /// Friday 15 January 2027, 08:00 UTC: winter, Paris is UTC+1 and New York UTC−5.
    const WINTER: i64 = 1_800_000_000;
    /// Monday 15 July 2030, 12:00 UTC: summer time in both.
    const SUMMER: i64 = 1_910_347_200;

    fn zone(name: &str) -> TimeZone {
        TimeZone::parse(name).unwrap()
    }

    fn link_email_in(language: Language, kind: EmailKind, time_zone: &TimeZone) -> (String, String) {
        let e = LinkEmail {
            language,
            company: "Acme",
            time_zone,
            first_name: "Zoë",
            link: "http://x/activate#t=abc",
            expires_at: WINTER,
            attempts: 10,
        };
        link_email(kind, &e)
    }

    /// 2026-01-01 13:30 UTC: 14:30 in Paris, on the first of a month.
    const NEW_YEAR: i64 = 1_767_274_200;

    #[test]
    fn moments_are_on_the_company_clock_and_name_it() {
        let cases = [
            (Language::Fr, PARIS, WINTER, "vendredi 15 janvier 2027 à 9\u{a0}h", "heure d’Europe centrale"),
            (Language::En, PARIS, WINTER, "Friday, January 15, 2027 at 9:00\u{202f}AM", "Central European Time"),
            (Language::En, "America/New_York", WINTER, "Friday, January 15, 2027 at 3:00\u{202f}AM", "Eastern Time"),
            (
                Language::Fr,
                "America/New_York",
                WINTER,
                "vendredi 15 janvier 2027 à 3\u{a0}h",
                "heure de l’Est nord-américain",
            ),
            // Summer time: the offset of the moment, not of the day the e-mail was written.
            (Language::Fr, PARIS, SUMMER, "lundi 15 juillet 2030 à 14\u{a0}h", "heure d’Europe centrale"),
            (Language::En, "America/New_York", SUMMER, "Monday, July 15, 2030 at 8:00\u{202f}AM", "Eastern Time"),
            (Language::En, "UTC", WINTER, "Friday, January 15, 2027 at 8:00\u{202f}AM", "Coordinated Universal Time"),
            // The first of the month and minutes, as French writes them: « 1er », « 14 h 30 ».
            (Language::Fr, PARIS, NEW_YEAR, "jeudi 1er janvier 2026 à 14\u{a0}h\u{a0}30", "heure d’Europe centrale"),
            (Language::En, PARIS, NEW_YEAR, "Thursday, January 1, 2026 at 2:30\u{202f}PM", "Central European Time"),
        ];
        for (language, name, unix, date_time, zone_name) in cases {
            let got = moment(language, &zone(name), unix);
            assert_eq!(got, Moment { date_time: date_time.into(), zone: zone_name.into() }, "{name} {language:?}");
        }
    }

    #[test]
    fn names_are_escaped_in_html_and_kept_as_typed_in_text() {
        let paris = zone(PARIS);
        for language in Language::ALL {
            let e = LinkEmail {
                language,
                company: "Acme & <Co>",
                time_zone: &paris,
                first_name: "<b>O'Brien & Co</b>",
                link: "http://x/activate#t=a&b",
                expires_at: WINTER,
                attempts: 10,
            };
            let (subject, text) = link_email(EmailKind::Activation, &e);
            assert!(text.contains("<b>O'Brien & Co</b>"), "the text part is plain text: {text}");
            let html = html_body(language, EmailKind::Activation, &subject, &text, Some(e.link));
            assert!(!html.contains("<b>O'Brien"), "{html}");
            assert!(html.contains("&lt;b&gt;O&#x27;Brien &amp; Co&lt;&#x2F;b&gt;"), "{html}");
            assert!(html.contains("Acme &amp; &lt;Co&gt;"), "{html}");
            assert!(html.contains("href=\"http://x/activate#t=a&amp;b\""), "{html}");
            assert!(html.contains(&format!("<html lang=\"{}\">", language.as_str())));
        }
    }

    #[test]
    fn activation_email_names_company_person_link_and_expiry_on_the_company_clock() {
        let cases = [
            (
                Language::Fr,
                "Bonjour",
                "vendredi 15 janvier 2027 à 9\u{a0}h (heure d’Europe centrale)",
                "L’équipe Espace",
            ),
            (
                Language::En,
                "Hello",
                "Friday, January 15, 2027 at 9:00\u{202f}AM (Central European Time)",
                "The Espace team",
            ),
        ];
        for (language, greeting, expiry, sign_off) in cases {
            let (subject, text) = link_email_in(language, EmailKind::Activation, &zone(PARIS));
            assert!(subject.contains("Acme"), "{subject}");
            assert!(text.starts_with(greeting), "{text}");
            assert!(text.contains("Zoë") && text.contains("\n\nhttp://x/activate#t=abc\n\n"), "{text}");
            assert!(text.contains(expiry), "{text}");
            assert!(!text.contains("UTC"), "{text}");
            assert!(text.ends_with(&format!("\n\n{sign_off}\n")), "{text}");
            assert!(!subject.contains(['\u{2068}', '\u{2069}']));
        }
    }

    #[test]
    fn each_link_has_its_own_button_and_the_address_stays_readable() {
        let paris = zone(PARIS);
        let cases = [
            (EmailKind::Activation, "Activate my account", "Activer mon compte"),
            (EmailKind::Reset, "Choose a new password", "Choisir un nouveau mot de passe"),
            (EmailKind::Locked, "Unlock my account", "Débloquer mon compte"),
        ];
        for (kind, en, fr) in cases {
            for (language, button) in [(Language::En, en), (Language::Fr, fr)] {
                let (subject, text) = link_email_in(language, kind, &paris);
                let html = html_body(language, kind, &subject, &text, Some("http://x/activate#t=abc"));
                assert!(html.contains(&format!("\">{button}</a></p>")), "{kind:?}: {html}");
                // The address itself: under the button, never as the button's words.
                assert!(!html.contains("\">http://x/activate#t=abc</a></p>\n<p style"), "{html}");
                assert_eq!(html.matches("href=\"http://x/activate#t=abc\"").count(), 2, "{html}");
                let fallback = escape_like_html(&t(language, "emails-link-fallback"));
                assert!(html.contains(&format!("{fallback}<br><a href=")), "{html}");
                assert!(
                    html.contains(&format!("<p>{}</p>", escape_like_html(&t(language, "emails-sign-off")))),
                    "{html}"
                );
            }
        }
    }

    fn escape_like_html(s: &str) -> String {
        html_escape::encode_safe(s).into_owned()
    }

    #[test]
    fn the_locked_emails_count_the_attempts_from_the_setting() {
        let (_, fr) = link_email_in(Language::Fr, EmailKind::Locked, &zone(PARIS));
        assert!(fr.contains("après 10 mots de passe erronés d’affilée."), "{fr}");
        let (_, en) = link_email_in(Language::En, EmailKind::Locked, &zone(PARIS));
        assert!(en.contains("after 10 wrong passwords in a row."), "{en}");
        let (_, one) = admin_locked(Language::En, "Acme", "Camille", ["Hélène", "Dubois", "h@acme.example"], 1);
        assert!(one.contains("after one wrong password."), "{one}");
        let (_, admin) = admin_locked(Language::Fr, "Acme", "Camille", ["Hélène", "Dubois", "h@acme.example"], 7);
        assert!(admin.contains("après 7 mots de passe erronés d’affilée."), "{admin}");
        assert!(admin.ends_with("\n\nL’équipe Espace\n"), "{admin}");
    }

    #[test]
    fn the_inactivity_warning_gives_the_days_the_deadline_and_a_sign_in_button() {
        let new_york = zone("America/New_York");
        let warning = |language| InactivityWarning {
            language,
            company: "Acme",
            time_zone: &new_york,
            first_name: "Emma",
            deadline: WINTER,
            days: 90,
            link: "https://espace.example/sign-in",
        };
        let (_, en) = inactivity_warning(&warning(Language::En));
        assert!(en.contains("after 90 days without a sign-in."), "{en}");
        assert!(en.contains("on Friday, January 15, 2027 at 3:00\u{202f}AM (Eastern Time)."), "{en}");
        assert!(en.contains("\n\nhttps://espace.example/sign-in\n\n"), "{en}");
        let (subject, fr) = inactivity_warning(&warning(Language::Fr));
        assert!(fr.contains("après 90 jours sans connexion."), "{fr}");
        assert!(fr.contains("le vendredi 15 janvier 2027 à 3\u{a0}h (heure de l’Est nord-américain)."), "{fr}");
        let html = html_body(
            Language::Fr,
            EmailKind::InactivityWarning,
            &subject,
            &fr,
            Some("https://espace.example/sign-in"),
        );
        assert!(html.contains("\">Se connecter</a></p>"), "{html}");
    }
}
