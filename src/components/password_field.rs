//! Choosing a password: a show/hide toggle, a live checklist of the rules (the same rules the
//! server applies, with a shorter common-password list), and a generator.

use espace_api::password::{broken_rules, is_common_long, PasswordRule, Personal, MAX_CHARS};
use espace_api::FieldError;
use leptos::prelude::*;

use crate::components::toast::use_toasts;
use crate::i18n;

/// 56 symbols without look-alikes (no 0/O, 1/l/I): 20 of them carry about 116 bits.
const ALPHABET: &[u8] = b"abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
const GENERATED_LENGTH: usize = 20;

/// What is wrong with a new password, as the form's `field` error (the one the server would
/// answer): the first rule it breaks. Empty when it follows them all.
pub fn password_problems(field: &str, password: &str, personal: &Personal) -> Vec<FieldError> {
    let broken = broken_rules(password, personal, is_common_long);
    broken
        .first()
        .map(|rule| FieldError { field: field.to_owned(), code: rule.field_error(), max: Some(MAX_CHARS as u32) })
        .into_iter()
        .collect()
}

/// A strong password from the browser's cryptographic generator, or None if it is missing.
pub fn generate() -> Option<String> {
    let crypto = window().crypto().ok()?;
    let mut out = String::with_capacity(GENERATED_LENGTH);
    // Rejection sampling keeps every symbol equally likely.
    let limit = 256 - 256 % ALPHABET.len();
    while out.len() < GENERATED_LENGTH {
        let mut buf = [0u8; 32];
        crypto.get_random_values_with_u8_array(&mut buf).ok()?;
        for b in buf {
            if (b as usize) < limit && out.len() < GENERATED_LENGTH {
                out.push(ALPHABET[b as usize % ALPHABET.len()] as char);
            }
        }
    }
    Some(out)
}

fn rule_message_id(rule: PasswordRule) -> &'static str {
    match rule {
        PasswordRule::MinLength => "password-rule-min-length",
        PasswordRule::MaxLength => "password-rule-max-length",
        PasswordRule::NotCommon => "password-rule-not-common",
        PasswordRule::NotPersonal => "password-rule-not-personal",
        PasswordRule::NotBlank => "password-rule-not-blank",
    }
}

/// The "Show password" / "Hide password" button beside a password input.
#[component]
pub fn RevealToggle(
    /// Whether the password shows as text.
    visible: RwSignal<bool>,
) -> impl IntoView {
    view! {
        <button
            type="button"
            class="button secondary"
            aria-pressed=move || visible.get().to_string()
            on:click=move |_| visible.update(|v| *v = !*v)
        >
            {move || if visible.get() { i18n::t("sign-in-hide-password") } else { i18n::t("sign-in-show-password") }}
        </button>
    }
}

#[component]
pub fn NewPasswordField(
    /// The password typed or generated.
    value: RwSignal<String>,
    /// The person's name and address, which the password must not contain.
    #[prop(into)]
    personal: Signal<Personal>,
    /// What is wrong with the password, shown under it.
    #[prop(into)]
    error: Signal<Option<String>>,
) -> impl IntoView {
    let toasts = use_toasts();
    let visible = RwSignal::new(false);
    let generated = RwSignal::new(None::<String>);
    let broken = Memo::new(move |_| personal.with(|p| value.with(|v| broken_rules(v, p, is_common_long))));
    let on_generate = move |_| {
        if let Some(password) = generate() {
            value.set(password.clone());
            generated.set(Some(password));
            visible.set(true);
        }
    };
    let copy = move |_| {
        if let Some(password) = generated.get_untracked() {
            leptos::task::spawn_local(async move {
                if crate::components::clipboard::copy_text(&password).await {
                    toasts.show("password-copied");
                }
            });
        }
    };
    view! {
        <div class="field">
            <label for="new-password">{i18n::msg("password-label")}</label>
            <div class="password-row">
                <input
                    id="new-password"
                    name="new-password"
                    type=move || if visible.get() { "text" } else { "password" }
                    autocomplete="new-password"
                    spellcheck="false"
                    aria-invalid=move || error.with(Option::is_some).to_string()
                    aria-describedby="new-password-rules new-password-error"
                    bind:value=value
                    on:input=move |_| generated.set(None)
                />
                <RevealToggle visible=visible />
            </div>
            <p id="new-password-error" class="field-error" role="alert">
                {error}
            </p>
            <ul id="new-password-rules" class="checklist" data-testid="password-rules">
                {PasswordRule::ALL
                    .into_iter()
                    .map(|rule| {
                        let met = move || !broken.with(|b| b.contains(&rule)) && !value.with(String::is_empty);
                        view! {
                            <li class:met=met data-rule=format!("{rule:?}")>
                                <span aria-hidden="true">{move || if met() { "✓ " } else { "○ " }}</span>
                                {move || i18n::t_policy(rule_message_id(rule))}
                                <span class="visually-hidden">
                                    {move || {
                                        if met() {
                                            i18n::t("password-rule-met")
                                        } else {
                                            i18n::t("password-rule-not-met")
                                        }
                                    }}
                                </span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <button type="button" class="button secondary" data-testid="generate" on:click=on_generate>
                {i18n::msg("password-generate")}
            </button>
            {move || {
                generated
                    .get()
                    .map(|password| {
                        view! {
                            <div class="generated notice" data-testid="generated">
                                <p>{i18n::msg("password-generated-intro")}</p>
                                <p>
                                    <code class="generated-value">{password}</code>
                                </p>
                                <p>{i18n::msg("password-generated-keep")}</p>
                                <button type="button" class="button secondary" on:click=copy>
                                    {i18n::msg("password-copy")}
                                </button>
                            </div>
                        }
                    })
            }}
        </div>
    }
}
