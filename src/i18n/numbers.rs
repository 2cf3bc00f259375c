//! Numbers in messages (`{ $count }`, `{ NUMBER($count, …) }`) written by the browser's `Intl` in
//! the message's language: "10 000" in French, "10,000" in English, where Fluent alone would
//! print "10000". Plural variants are still chosen by Fluent from the number itself.

use fluent_bundle::memoizer::MemoizerKind;
use fluent_bundle::types::{FluentNumber, FluentNumberStyle};
use fluent_bundle::FluentValue;
use intl_memoizer::Memoizable;
use js_sys::{Array, Object, Reflect};
use unic_langid::LanguageIdentifier;
use wasm_bindgen::JsValue;

/// The bundle's language tag, which the bundle's memoizer hands to formatters.
struct Locale(String);

impl Memoizable for Locale {
    type Args = ();
    type Error = ();

    fn construct(lang: LanguageIdentifier, _: ()) -> Result<Self, ()> {
        Ok(Self(lang.to_string()))
    }
}

/// The bundle formatter: numbers through `Intl.NumberFormat`, anything else left to Fluent.
pub fn format<M: MemoizerKind>(value: &FluentValue, intls: &M) -> Option<String> {
    let FluentValue::Number(number) = value else {
        return None;
    };
    let locale = intls.with_try_get_threadsafe::<Locale, _, _>((), |l| l.0.clone()).ok()?;
    let format = js_sys::Intl::NumberFormat::new(&Array::of1(&JsValue::from_str(&locale)), &options(number));
    format.format().call1(&JsValue::NULL, &JsValue::from_f64(number.value)).ok()?.as_string()
}

/// `NUMBER()`'s options, named as `Intl.NumberFormat` names them.
fn options(number: &FluentNumber) -> Object {
    let o = &number.options;
    let options = Object::new();
    let set = |key: &str, value: JsValue| {
        let _ = Reflect::set(&options, &JsValue::from_str(key), &value);
    };
    match o.style {
        FluentNumberStyle::Decimal => {}
        FluentNumberStyle::Percent => set("style", "percent".into()),
        FluentNumberStyle::Currency => {
            if let Some(currency) = &o.currency {
                set("style", "currency".into());
                set("currency", currency.as_str().into());
            }
        }
    }
    set("useGrouping", o.use_grouping.into());
    let digits = [
        ("minimumIntegerDigits", o.minimum_integer_digits),
        ("minimumFractionDigits", o.minimum_fraction_digits),
        ("maximumFractionDigits", o.maximum_fraction_digits),
        ("minimumSignificantDigits", o.minimum_significant_digits),
        ("maximumSignificantDigits", o.maximum_significant_digits),
    ];
    for (key, value) in digits {
        if let Some(n) = value {
            set(key, JsValue::from_f64(n as f64));
        }
    }
    options
}
