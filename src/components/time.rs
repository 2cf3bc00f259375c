//! Dates through the browser's `Intl`, in the active language: never formatted by hand.

use espace_api::Language;
use js_sys::{Array, Date, Object, Reflect};
use leptos::prelude::*;
use wasm_bindgen::JsValue;

fn options(pairs: &[(&str, &str)]) -> Object {
    let o = Object::new();
    for (k, v) in pairs {
        let _ = Reflect::set(&o, &JsValue::from_str(k), &JsValue::from_str(v));
    }
    o
}

/// "23 nov. 2026, 09:14" / "23 Nov 2026, 09:14".
pub fn date_time(lang: Language, unix_secs: i64) -> String {
    let date = Date::new(&JsValue::from_f64(unix_secs as f64 * 1000.0));
    let opts = options(&[("dateStyle", "medium"), ("timeStyle", "short")]);
    date.to_locale_string(lang.as_str(), &opts).into()
}

/// "23 nov. 2026" / "23 Nov 2026": the day alone.
pub fn date(lang: Language, unix_secs: i64) -> String {
    let date = Date::new(&JsValue::from_f64(unix_secs as f64 * 1000.0));
    date.to_locale_date_string(lang.as_str(), &options(&[("dateStyle", "medium")])).into()
}

/// "7 déc. 2026" / "7 Dec 2026" for a calendar day written `YYYY-MM-DD` (an order's first or
/// last day), read as UTC so that no time zone moves it; the text as given if it is not one.
pub fn day(lang: Language, day: &str) -> String {
    let date = Date::new(&JsValue::from_str(&format!("{day}T12:00:00Z")));
    if date.get_time().is_nan() {
        return day.to_owned();
    }
    let opts = options(&[("dateStyle", "medium"), ("timeZone", "UTC")]);
    date.to_locale_date_string(lang.as_str(), &opts).into()
}

/// The UTC day of now, `YYYY-MM-DD`: what the server counts orders from.
pub fn today() -> String {
    let iso: String = Date::new_0().to_iso_string().into();
    iso.chars().take(10).collect()
}

/// "il y a 3 jours" / "3 days ago", "hier" / "yesterday", in the largest fitting unit.
pub fn relative(lang: Language, unix_secs: i64) -> String {
    let now = Date::now() / 1000.0;
    let delta = unix_secs as f64 - now;
    let abs = delta.abs();
    let (value, unit) = match abs {
        // "now" / "maintenant": seconds are noise in a list.
        a if a < 60.0 => (0.0, "second"),
        a if a < 3600.0 => (delta / 60.0, "minute"),
        a if a < 86_400.0 => (delta / 3600.0, "hour"),
        a if a < 30.0 * 86_400.0 => (delta / 86_400.0, "day"),
        a if a < 365.0 * 86_400.0 => (delta / (30.0 * 86_400.0), "month"),
        _ => (delta / (365.0 * 86_400.0), "year"),
    };
    let locales = Array::of1(&JsValue::from_str(lang.as_str()));
    let format = js_sys::Intl::RelativeTimeFormat::new(&locales, &options(&[("numeric", "auto")]));
    format.format(value.round(), unit).into()
}

/// A moment as people read it, in the active language, inside `<time>`: the element carries the
/// exact instant for machines and, when the text is relative ("3 days ago") or the day alone,
/// the full date and time as its tooltip.
#[component]
pub fn Moment(
    /// Seconds since 1970, UTC.
    at: i64,
    /// "3 days ago" rather than "23 Nov 2026, 09:14".
    #[prop(optional)]
    relative: bool,
    /// The day alone ("23 Nov 2026"), with the full date and time as its tooltip.
    #[prop(optional)]
    day: bool,
) -> impl IntoView {
    let instant: String = Date::new(&JsValue::from_f64(at as f64 * 1000.0)).to_iso_string().into();
    let lang = crate::i18n::language;
    let text = move || {
        if relative {
            self::relative(lang(), at)
        } else if day {
            date(lang(), at)
        } else {
            date_time(lang(), at)
        }
    };
    let title = move || (relative || day).then(|| date_time(lang(), at));
    view! {
        <time datetime=instant title=title>
            {text}
        </time>
    }
}
