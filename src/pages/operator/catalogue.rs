//! `/operator/catalogue`: the services the provider offers, named and described in French and
//! English, with the address a person's space opens; added here, or changed (each company's
//! name of a service follows).

use espace_api::catalogue::{ProviderService, ProviderServiceField, ProviderServiceRequest};
use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use super::frame::OperatorFrame;
use crate::api;
use crate::components::error_details::ErrorPanel;
use crate::components::form::field::{RequiredNote, TextField};
use crate::components::form::use_submit;
use crate::components::load_error::Loaded;
use crate::components::table_region::TableRegion;
use crate::components::toast::use_toasts;
use crate::i18n;

fn input_id(field: ProviderServiceField) -> &'static str {
    match field {
        ProviderServiceField::NameEn => "service-name-en",
        ProviderServiceField::NameFr => "service-name-fr",
        ProviderServiceField::DescriptionEn => "service-description-en",
        ProviderServiceField::DescriptionFr => "service-description-fr",
        ProviderServiceField::Url => "service-url",
    }
}

/// The form's values, one signal per field.
#[derive(Clone, Copy)]
struct Draft {
    name_en: RwSignal<String>,
    name_fr: RwSignal<String>,
    description_en: RwSignal<String>,
    description_fr: RwSignal<String>,
    url: RwSignal<String>,
}

impl Draft {
    fn new() -> Self {
        Draft {
            name_en: RwSignal::new(String::new()),
            name_fr: RwSignal::new(String::new()),
            description_en: RwSignal::new(String::new()),
            description_fr: RwSignal::new(String::new()),
            url: RwSignal::new(String::new()),
        }
    }

    /// Fills the form with `service`, or empties it.
    fn load(self, service: Option<&ProviderService>) {
        let text = |f: fn(&ProviderService) -> &String| service.map(f).cloned().unwrap_or_default();
        self.name_en.set(text(|s| &s.name_en));
        self.name_fr.set(text(|s| &s.name_fr));
        self.description_en.set(text(|s| &s.description_en));
        self.description_fr.set(text(|s| &s.description_fr));
        self.url.set(text(|s| &s.url));
    }

    fn request(self) -> ProviderServiceRequest {
        ProviderServiceRequest {
            name_en: self.name_en.get_untracked(),
            name_fr: self.name_fr.get_untracked(),
            description_en: self.description_en.get_untracked(),
            description_fr: self.description_fr.get_untracked(),
            url: self.url.get_untracked(),
        }
    }
}

#[component]
pub fn OperatorCataloguePage() -> impl IntoView {
    let services = LocalResource::new(api::operator::catalogue);
    let toasts = use_toasts();
    let draft = Draft::new();
    // The service being changed; `None`: the form adds one.
    let editing = RwSignal::new(None::<i64>);
    let save = use_submit(
        input_id,
        |(id, request): (Option<i64>, ProviderServiceRequest)| api::operator::save_service(id, request),
        move |_: ProviderService| {
            toasts.show(if editing.get_untracked().is_some() {
                "operator-service-saved"
            } else {
                "operator-service-added"
            });
            editing.set(None);
            draft.load(None);
            services.refetch();
        },
    );
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let request = draft.request();
        let problems = request.validate();
        save.send((editing.get_untracked(), request), problems);
    };
    let edit = Callback::new(move |service: ProviderService| {
        editing.set(Some(service.id));
        draft.load(Some(&service));
        save.clear();
        if let Some(field) = document().get_element_by_id("service-name-en") {
            use leptos::wasm_bindgen::JsCast;
            if let Ok(field) = field.dyn_into::<web_sys::HtmlElement>() {
                let _ = field.focus();
            }
        }
    });
    let pending = save.pending();
    view! {
        <OperatorFrame title="operator-catalogue-title">
            <p>{i18n::msg("operator-catalogue-intro")}</p>
            <Loaded resource=services let:rows>
                <CatalogueTable rows=rows edit=edit />
            </Loaded>
            <section aria-labelledby="operator-service-form-title">
                <h2 id="operator-service-form-title">
                    {move || {
                        i18n::t(
                            if editing.get().is_some() {
                                "operator-service-edit-title"
                            } else {
                                "operator-service-add-title"
                            },
                        )
                    }}
                </h2>
                {move || save.failure_beside_fields().map(|error| view! { <ErrorPanel error=error /> })}
                <form class="card" novalidate=true on:submit=on_submit data-testid="operator-service-form">
                    <RequiredNote />
                    <TextField
                        id="service-name-en"
                        label=i18n::msg("operator-service-name-en")
                        value=draft.name_en
                        error=save.error(ProviderServiceField::NameEn)
                        required=true
                    />
                    <TextField
                        id="service-name-fr"
                        label=i18n::msg("operator-service-name-fr")
                        value=draft.name_fr
                        error=save.error(ProviderServiceField::NameFr)
                        required=true
                    />
                    <TextField
                        id="service-description-en"
                        label=i18n::msg("operator-service-description-en")
                        value=draft.description_en
                        error=save.error(ProviderServiceField::DescriptionEn)
                    />
                    <TextField
                        id="service-description-fr"
                        label=i18n::msg("operator-service-description-fr")
                        value=draft.description_fr
                        error=save.error(ProviderServiceField::DescriptionFr)
                    />
                    <TextField
                        id="service-url"
                        label=i18n::msg("operator-service-url")
                        value=draft.url
                        input_type="url"
                        hint=i18n::msg("operator-service-url-hint")
                        error=save.error(ProviderServiceField::Url)
                    />
                    <div class="form-actions">
                        <button
                            type="submit"
                            class="button primary"
                            disabled=move || pending.get()
                            aria-busy=move || pending.get().to_string()
                        >
                            {move || {
                                i18n::t(
                                    if editing.get().is_some() {
                                        "operator-service-save"
                                    } else {
                                        "operator-service-add"
                                    },
                                )
                            }}
                        </button>
                        <Show when=move || editing.get().is_some()>
                            <button
                                type="button"
                                class="button secondary"
                                on:click=move |_| {
                                    editing.set(None);
                                    draft.load(None);
                                    save.clear();
                                }
                            >
                                {i18n::msg("operator-service-cancel")}
                            </button>
                        </Show>
                    </div>
                </form>
            </section>
        </OperatorFrame>
    }
}

/// The table's columns (Fluent ids).
const HEADINGS: [&str; 4] =
    ["operator-service-name-en", "operator-service-name-fr", "operator-service-url", "operator-column-actions"];

#[component]
fn CatalogueTable(
    /// The catalogue's services.
    rows: Vec<ProviderService>,
    /// Called with the service whose Change button is pressed.
    edit: Callback<ProviderService>,
) -> impl IntoView {
    if rows.is_empty() {
        return view! { <p data-testid="operator-catalogue-empty">{i18n::msg("operator-catalogue-empty")}</p> }
            .into_any();
    }
    let rows = rows
        .into_iter()
        .map(|s| {
            let label = {
                let name = s.name_en.clone();
                move || leptos_fluent::tr!("operator-service-edit-label", { "service" => name.clone() })
            };
            let link = (!s.url.is_empty()).then(|| {
                let (href, text) = (s.url.clone(), s.url.clone());
                view! {
                    <a href=href rel="noopener noreferrer" target="_blank">
                        {text}
                    </a>
                }
            });
            let service = s.clone();
            view! {
                <tr data-testid="operator-catalogue-service">
                    <th scope="row">
                        <bdi>{s.name_en.clone()}</bdi>
                    </th>
                    <td>
                        <bdi lang="fr">{s.name_fr.clone()}</bdi>
                    </td>
                    <td class="operator-link">{link}</td>
                    <td>
                        <button
                            type="button"
                            class="button secondary small"
                            aria-label=label
                            on:click=move |_| edit.run(service.clone())
                        >
                            {i18n::msg("operator-service-edit")}
                        </button>
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <TableRegion
            labelled_by="operator-catalogue-caption"
            caption="operator-catalogue-title"
            headings=&HEADINGS
            testid="operator-catalogue"
        >
            {rows}
        </TableRegion>
    }
    .into_any()
}
