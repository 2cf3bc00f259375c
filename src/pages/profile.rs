use espace_api::fields::Fields as _;
use espace_api::password::Personal;
use espace_api::session::{ChangePasswordRequest, PasswordField, UpdateMeRequest};
use espace_api::Language;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos_fluent::tr;

use crate::api;
use crate::components::email_address::EmailAddress;
use crate::components::error_details::ErrorPanel;
use crate::components::form::field::TextField;
use crate::components::form::use_submit;
use crate::components::page_title::use_page_title;
use crate::components::password_field::{password_problems, NewPasswordField};
use crate::components::second_step::SecondStepSection;
use crate::components::sessions::{SessionList, Whose};
use crate::components::time;
use crate::components::toast::use_toasts;
use crate::i18n;
use crate::pages::email_change::ChangeEmailForm;
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
            // The company's identity provider owns the address of whoever signs in there.
            {move || {
                if session.sso() {
                    view! { <p class="hint">{i18n::msg("email-change-sso")}</p> }.into_any()
                } else {
                    view! { <ChangeEmailForm /> }.into_any()
                }
            }}
            <SecondStepSection />
            <SessionList whose=Whose::Mine />
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

/// Where each field of the password form is, for focus on the first one in error.
fn password_input(field: PasswordField) -> &'static str {
    match field {
        PasswordField::Current => "profile-current-password",
        PasswordField::New => "new-password",
    }
}

#[component]
fn ChangePassword() -> impl IntoView {
    let session = use_session();
    let toasts = use_toasts();
    let current = RwSignal::new(String::new());
    let new = RwSignal::new(String::new());
    let personal = Signal::derive(move || {
        session
            .with_me(|m| Personal {
                email: m.user.email.clone(),
                first_name: m.user.first_name.clone(),
                last_name: m.user.last_name.clone(),
            })
            .unwrap_or_default()
    });
    let change = use_submit(
        password_input,
        |request: ChangePasswordRequest| async move { api::session::change_password(&request).await },
        move |()| {
            current.set(String::new());
            new.set(String::new());
            toasts.show("profile-password-changed");
        },
    );
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let request = ChangePasswordRequest { current: current.get_untracked(), new: new.get_untracked() };
        // The contract's check says an empty current password is required.
        let mut problems = request.validate();
        problems.extend(password_problems(PasswordField::New.name(), &request.new, &personal.get_untracked()));
        change.send(request, problems);
    };
    view! {
        <h2>{i18n::msg("profile-password-title")}</h2>
        {move || change.failure_beside_fields().map(|error| view! { <ErrorPanel error=error /> })}
        <form on:submit=on_submit novalidate=true>
            <TextField
                id="profile-current-password"
                label=i18n::msg("profile-current-password")
                value=current
                error=change.error(PasswordField::Current)
                input_type="password"
                autocomplete="current-password"
                required=true
            />
            <NewPasswordField value=new personal=personal error=change.error(PasswordField::New) />
            <button type="submit" class="button primary">
                {i18n::msg("profile-password-submit")}
            </button>
        </form>
    }
}
