use espace_api::users::Role;
use espace_api::Language;
use leptos::prelude::*;
use leptos_fluent::{move_tr, tr};

use crate::components::page_title::use_page_title;
use crate::components::time;
use crate::i18n;
use crate::session::use_session;

#[component]
pub fn ProfilePage() -> impl IntoView {
    use_page_title("profile-title");
    let session = use_session();
    let me = move || session.me.get();
    view! {
        <section class="page narrow">
            <h1>{move_tr!("profile-title")}</h1>
            {move || me().map(|me| {
                let role_id = match me.user.role { Role::Admin => "role-admin", Role::User => "role-user" };
                let lang_id = match me.user.language { Language::Fr => "shell-language-fr", Language::En => "shell-language-en" };
                view! {
                    <dl class="facts">
                        <dt>{move_tr!("profile-name")}</dt>
                        <dd><bdi>{format!("{} {}", me.user.first_name, me.user.last_name)}</bdi></dd>
                        <dt>{move_tr!("profile-email")}</dt>
                        <dd>{me.user.email.clone()}</dd>
                        <dt>{move_tr!("profile-role")}</dt>
                        <dd>{move || i18n::t(role_id)}</dd>
                        <dt>{move_tr!("profile-company")}</dt>
                        <dd><bdi>{me.company.name.clone()}</bdi></dd>
                        <dt>{move_tr!("profile-language")}</dt>
                        <dd>{move || i18n::t(lang_id)}</dd>
                        {me.consent.clone().map(|c| view! {
                            <dt>{move_tr!("profile-consent")}</dt>
                            <dd data-testid="consent">
                                {move || tr!("profile-consent-value", {
                                    "version" => c.version.clone(),
                                    "date" => time::date_time(i18n::language(), c.at),
                                })}
                            </dd>
                        })}
                    </dl>
                }
            })}
        </section>
    }
}
