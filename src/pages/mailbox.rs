//! `/dev/mailbox`: the e-mails the server wrote, for trying the demo without a mail server.
//! The server answers 404 unless started with `ESPACE_DEV_MAILBOX=1`.

use espace_api::dev::MailboxMessage;
use leptos::prelude::*;

use crate::api;
use crate::components::load_error::Loaded;
use crate::components::page_title::use_page_title;
use crate::components::time::Moment;
use crate::i18n;

#[component]
pub fn MailboxPage() -> impl IntoView {
    use_page_title("mailbox-title");
    let messages = LocalResource::new(|| api::client::get::<Vec<MailboxMessage>>("/api/dev/mailbox"));
    view! {
        <section class="page narrow-wide">
            <h1>{i18n::msg("mailbox-title")}</h1>
            <p class="hint">{i18n::msg("mailbox-intro")}</p>
            <Loaded resource=messages let:list>
                {if list.is_empty() {
                    view! { <p class="empty">{i18n::msg("mailbox-empty")}</p> }.into_any()
                } else {
                    view! {
                        <ul class="mailbox" data-testid="mailbox">
                            {list
                                .into_iter()
                                .map(|m| {
                                    view! {
                                        <li class="card">
                                            <h2>{m.subject}</h2>
                                            <p class="hint">{m.to} " · " <Moment at=m.created_at /></p>
                                            // A full load: the link's page reads its token from the
                                            // address as it loads, in a build of its own.
                                            {m
                                                .link
                                                .map(|link| {
                                                    view! {
                                                        <p>
                                                            <a href=link rel="external noreferrer">
                                                                {i18n::msg("mailbox-open-link")}
                                                            </a>
                                                        </p>
                                                    }
                                                })}
                                            <details>
                                                <summary>{i18n::msg("mailbox-show-text")}</summary>
                                                <pre>{m.text}</pre>
                                            </details>
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    }
                        .into_any()
                }}
            </Loaded>
        </section>
    }
}
