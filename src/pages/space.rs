//! `/`: the services this person can use (all of them, with seats, for an admin).

use espace_api::services::{MySpace, ServiceCard};
use leptos::prelude::*;
use leptos_fluent::tr;

use crate::api;
use crate::components::load_error::Loaded;
use crate::components::page_title::use_page_title;
use crate::i18n;
use crate::session::use_session;

#[component]
pub fn SpacePage() -> impl IntoView {
    use_page_title("space-title");
    let session = use_session();
    let space = LocalResource::new(api::space::my_space);
    let first_name = move || session.with_me(|m| m.user.first_name.clone()).unwrap_or_default();
    view! {
        <section class="page">
            <h1>{i18n::msg("space-title")}</h1>
            <p class="welcome">{move || tr!("space-welcome", { "name" => first_name() })}</p>
            <p>{move || if session.manages_users() { tr!("space-intro-admin") } else { tr!("space-intro-user") }}</p>
            <Loaded resource=space let:space>
                <ServiceList space=space />
            </Loaded>
        </section>
    }
}

#[component]
fn ServiceList(
    /// What this person can use, as loaded.
    space: MySpace,
) -> impl IntoView {
    let pending = space.pending_activation;
    let empty = space.services.is_empty();
    view! {
        {pending.map(|count| view! { <p class="notice">{move || tr!("space-pending", { "count" => count })}</p> })}
        <Show when=move || empty>
            <p class="empty">{i18n::msg("space-empty")}</p>
        </Show>
        <ul class="cards" data-testid="services">
            {space.services.into_iter().map(|s| view! { <ServiceItem service=s /> }).collect_view()}
        </ul>
    }
}

#[component]
fn ServiceItem(
    /// The service, with its seats for an admin.
    service: ServiceCard,
) -> impl IntoView {
    let seats = service.seats_used.zip(service.seats_total);
    // The catalogue's words in the page's language; the company's own name where it has none.
    let words = service.words.clone();
    let fallback = service.name.clone();
    let name = move || {
        let (name, _) = words.of(i18n::language());
        if name.is_empty() {
            fallback.clone()
        } else {
            name.to_owned()
        }
    };
    let words = service.words.clone();
    let description = move || words.of(i18n::language()).1.to_owned();
    let link = (!service.url.is_empty()).then(|| {
        let label = {
            let name = name.clone();
            move || tr!("space-open-label", { "service" => name() })
        };
        view! {
            <a
                class="button secondary"
                href=service.url.clone()
                rel="noopener noreferrer"
                target="_blank"
                aria-label=label
            >
                {i18n::msg("space-open")}
            </a>
        }
    });
    view! {
        <li class="card" data-testid="service">
            <h2>
                <bdi>{name.clone()}</bdi>
            </h2>
            <p class="hint">
                <bdi>{description}</bdi>
            </p>
            {seats
                .map(|(used, total)| {
                    view! {
                        <p class="seats">{move || tr!("space-seats", { "used" => used, "total" => total })}</p>
                        <meter min="0" max=total value=used></meter>
                    }
                })}
            {link}
        </li>
    }
}
