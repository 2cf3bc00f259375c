use espace_api::password::Personal;
use espace_api::session::{ChangePasswordRequest, UpdateMeRequest};
use espace_api::{FieldErrorCode, Language};
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos_fluent::tr;

use crate::api;
use crate::components::action;
use crate::components::email_address::EmailAddress;
use crate::components::error_details::ErrorPanel;
use crate::components::form::field::TextField;
use crate::components::page_title::use_page_title;
use crate::components::password_field::{password_error, NewPasswordField};
use crate::components::time;
use crate::components::toast::use_toasts;
use crate::i18n;
use crate::session::use_session;

#[component]
pub fn ProfilePage() -> impl IntoView {
    use_page_title("profile-title");
    let session = use_session();
    let me = move || session.with_me(Clone::clone);
    view! {
        <section class="page narrow">
            <h1>{i18n::msg("profile-title")}</h1>
            {move || {
                me()
                    .map(|me| {
                        let role_id = i18n::role_name_id(me.user.role);
                        let lang_id = i18n::language_name_id(me.user.language);
                        view! {
                            <dl class="facts">
                                <dt>{i18n::msg("profile-name")}</dt>
                                <dd>
                                    <bdi>{format!("{} {}", me.user.first_name, me.user.last_name)}</bdi>
                                </dd>
                                <dt>{i18n::msg("profile-email")}</dt>
                                <dd>
                                    <EmailAddress address=me.user.email.clone() />
                                </dd>
                                <dt>{i18n::msg("profile-role")}</dt>
                                <dd>{move || i18n::t(role_id)}</dd>
                                <dt>{i18n::msg("profile-company")}</dt>
                                <dd>
                                    <bdi>{me.company.name.clone()}</bdi>
                                </dd>
                                <dt>{i18n::msg("profile-language")}</dt>
                                <dd>{move || i18n::t(lang_id)}</dd>
                                <dt>{i18n::msg("profile-change-language")}</dt>
                                <dd>
                                    <LanguageChoice current=me.user.language />
                                </dd>
                                {me
                                    .consent
                                    .clone()
                                    .map(|c| {
                                        view! {
                                            <dt>{i18n::msg("profile-consent")}</dt>
                                            <dd data-testid="consent">
                                                {move || {
                                                    tr!(
                                                        "profile-consent-value", {
                                    "version" => c.version.clone(),
                                    "date" => time::date_time(i18n::language(), c.at),
                                }
                                                    )
                                                }}
                                            </dd>
                                        }
                                    })}
                            </dl>
                        }
                    })
            }}
        </section>
        <section class="page narrow">
            <ChangePassword />
        </section>
    }
}

/// The language of this person's e-mails, which also becomes the interface's.
#[component]
fn LanguageChoice(
    /// The language saved now.
    current: Language,
) -> impl IntoView {
    let session = use_session();
    let toasts = use_toasts();
    let save = Action::new_local(move |&language: &Language| async move {
        if let Ok(me) = api::session::update_me(&UpdateMeRequest { language }).await {
            session.signed_in(me);
            toasts.show("profile-saved");
        }
    });
    let on_change = move |ev: leptos::ev::Event| {
        let language = Language::from_tag(&event_target_value(&ev)).unwrap_or_default();
        i18n::set_language(language);
        save.dispatch(language);
    };
    view! {
        <select id="profile-language" aria-label=i18n::msg("profile-change-language") on:change=on_change>
            <option value="fr" selected=current == Language::Fr>
                {i18n::msg("language-fr")}
            </option>
            <option value="en" selected=current == Language::En>
                {i18n::msg("language-en")}
            </option>
        </select>
    }
}

#[component]
fn ChangePassword() -> impl IntoView {
    let session = use_session();
    let toasts = use_toasts();
    let current = RwSignal::new(String::new());
    let new = RwSignal::new(String::new());
    let current_error = RwSignal::new(None::<String>);
    let new_error = RwSignal::new(None::<String>);
    let personal = Signal::derive(move || {
        session
            .with_me(|m| Personal {
                email: m.user.email.clone(),
                first_name: m.user.first_name.clone(),
                last_name: m.user.last_name.clone(),
            })
            .unwrap_or_default()
    });
    let change = Action::new_local(move |request: &ChangePasswordRequest| {
        let request = request.clone();
        async move {
            api::session::change_password(&request)
                .await
                .inspect(|()| {
                    current.set(String::new());
                    new.set(String::new());
                    toasts.show("profile-password-changed");
                })
                .inspect_err(|e| {
                    for f in &e.fields {
                        let text = Some(i18n::field_error_text(f.code, f.max));
                        if f.field == "current" {
                            current_error.set(text);
                        } else {
                            new_error.set(text);
                        }
                    }
                })
        }
    });
    let pending = change.pending();
    // Errors on a field show beside it.
    let failure = move || action::failure(change).filter(|e| e.fields.is_empty());
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if pending.get_untracked() {
            return;
        }
        current_error.set(None);
        new_error.set(None);
        change.clear();
        if current.with_untracked(String::is_empty) {
            current_error.set(Some(i18n::field_error_text(FieldErrorCode::Required, None)));
            return;
        }
        if let Some(text) = password_error(&new.get_untracked(), &personal.get_untracked()) {
            new_error.set(Some(text));
            return;
        }
        change.dispatch(ChangePasswordRequest { current: current.get_untracked(), new: new.get_untracked() });
    };
    view! {
        <h2>{i18n::msg("profile-password-title")}</h2>
        {move || failure().map(|error| view! { <ErrorPanel error=error /> })}
        <form on:submit=on_submit novalidate=true>
            <TextField
                id="profile-current-password"
                label=i18n::msg("profile-current-password")
                value=current
                error=current_error
                input_type="password"
                autocomplete="current-password"
                required=true
            />
            <NewPasswordField value=new personal=personal error=new_error />
            <button type="submit" class="button primary">
                {i18n::msg("profile-password-submit")}
            </button>
        </form>
    }
}
