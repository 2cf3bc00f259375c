//! `/operator/operators`: the provider's operators. Another one is invited here (the
//! activation link is shown once, to hand over); an account is disabled (its sessions end, its
//! tokens stop) or enabled again; a reset, for a lost phone, removes the password and the app
//! and makes a new link. Nobody disables or resets themselves.

use espace_api::operator::{
    InvitedOperator, NewOperatorField, NewOperatorRequest, OperatorMe, OperatorRow, OperatorStatus,
};
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos_fluent::tr;

use super::frame::OperatorFrame;
use crate::api;
use crate::components::dialog::ConfirmDialog;
use crate::components::error_details::ErrorPanel;
use crate::components::form::field::{RequiredNote, TextField};
use crate::components::form::use_submit;
use crate::components::language_select::LanguageSelect;
use crate::components::load_error::Loaded;
use crate::components::table_region::TableRegion;
use crate::components::time::Moment;
use crate::components::toast::use_toasts;
use crate::components::token_secret::{SecretPanel, SecretTexts};
use crate::i18n;

/// The link panel's words.
const LINK_TEXTS: SecretTexts = SecretTexts {
    title: "operator-team-link-title",
    warning: "operator-team-link-warning",
    store: "operator-team-link-store",
    label: "operator-team-link-label",
};

fn input_id(field: NewOperatorField) -> &'static str {
    match field {
        NewOperatorField::Name => "operator-invite-name",
        NewOperatorField::Email => "operator-invite-email",
    }
}

/// What an operator does to another's account.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Change {
    Disable,
    Enable,
    Reset,
}

impl Change {
    fn verb(self) -> &'static str {
        match self {
            Change::Disable => "disable",
            Change::Enable => "enable",
            Change::Reset => "reset",
        }
    }

    fn button(self) -> &'static str {
        match self {
            Change::Disable => "operator-team-disable",
            Change::Enable => "operator-team-enable",
            Change::Reset => "operator-team-reset",
        }
    }
}

#[component]
pub fn OperatorTeamPage() -> impl IntoView {
    let operators = LocalResource::new(api::operator::operators);
    let me = LocalResource::new(api::operator::me);
    let toasts = use_toasts();
    let name = RwSignal::new(String::new());
    let email = RwSignal::new(String::new());
    let language = RwSignal::new(i18n::language());
    // The link to hand over, shown once: after an invitation or a reset.
    let link = RwSignal::new(None::<InvitedOperator>);
    let invite = use_submit(input_id, api::operator::invite_operator, move |invited: InvitedOperator| {
        name.set(String::new());
        email.set(String::new());
        link.set(Some(invited));
        operators.refetch();
    });
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let request = NewOperatorRequest {
            name: name.get_untracked(),
            email: email.get_untracked(),
            language: language.get_untracked(),
        };
        let problems = request.validate();
        invite.send(request, problems);
    };
    let confirming = RwSignal::new(None::<(OperatorRow, Change)>);
    let act = Action::new_local(move |(id, change): &(i64, Change)| {
        let (id, change) = (*id, *change);
        async move {
            let result = api::operator::change_operator(id, change.verb()).await;
            confirming.set(None);
            if let Ok(done) = &result {
                toasts.show(match change {
                    Change::Disable => "operator-team-disabled",
                    Change::Enable => "operator-team-enabled",
                    Change::Reset => "operator-team-was-reset",
                });
                if change == Change::Reset {
                    link.set(Some(done.clone()));
                }
                operators.refetch();
            }
            result
        }
    });
    let title = Signal::derive(move || match confirming.get() {
        Some((o, Change::Disable)) => tr!("operator-team-disable-title", { "name" => o.name }),
        Some((o, Change::Enable)) => tr!("operator-team-enable-title", { "name" => o.name }),
        Some((o, Change::Reset)) => tr!("operator-team-reset-title", { "name" => o.name }),
        None => String::new(),
    });
    let body = Signal::derive(move || match confirming.get() {
        Some((_, Change::Disable)) => i18n::t("operator-team-disable-body"),
        Some((_, Change::Enable)) => i18n::t("operator-team-enable-body"),
        Some((_, Change::Reset)) => i18n::t("operator-team-reset-body"),
        None => String::new(),
    });
    let pending = invite.pending();
    view! {
        <OperatorFrame title="operator-team-title">
            <p>{i18n::msg("operator-team-intro")}</p>
            {move || {
                link.get()
                    .map(|invited| {
                        view! {
                            <SecretPanel
                                name=invited.operator.name
                                secret=invited.link
                                texts=LINK_TEXTS
                                on_done=move |()| link.set(None)
                            />
                        }
                    })
            }}
            {move || act.value().get().and_then(Result::err).map(|error| view! { <ErrorPanel error=error /> })}
            <Loaded resource=me let:me>
                <Loaded resource=operators let:rows>
                    <TeamTable rows=rows me=me.clone() confirming=confirming />
                </Loaded>
            </Loaded>
            <section aria-labelledby="operator-invite-title">
                <h2 id="operator-invite-title">{i18n::msg("operator-invite-title")}</h2>
                {move || invite.failure_beside_fields().map(|error| view! { <ErrorPanel error=error /> })}
                <form class="card" novalidate=true on:submit=on_submit data-testid="operator-invite">
                    <RequiredNote />
                    <TextField
                        id="operator-invite-name"
                        label=i18n::msg("operator-invite-name")
                        value=name
                        error=invite.error(NewOperatorField::Name)
                        required=true
                    />
                    <TextField
                        id="operator-invite-email"
                        label=i18n::msg("operator-invite-email")
                        value=email
                        input_type="email"
                        error=invite.error(NewOperatorField::Email)
                        required=true
                    />
                    <LanguageSelect id="operator-invite-language" label="operator-new-language" value=language />
                    <button
                        type="submit"
                        class="button primary"
                        disabled=move || pending.get()
                        aria-busy=move || pending.get().to_string()
                    >
                        {i18n::msg("operator-invite-submit")}
                    </button>
                </form>
            </section>
            <ConfirmDialog
                open=Signal::derive(move || confirming.with(Option::is_some))
                title=title
                body=body
                confirm_label=Signal::derive(move || {
                    confirming.get().map(|(_, change)| i18n::t(change.button())).unwrap_or_default()
                })
                danger=Signal::derive(move || matches!(confirming.get(), Some((_, Change::Disable | Change::Reset))))
                on_confirm=move |()| {
                    if let Some((operator, change)) = confirming.get_untracked() {
                        act.dispatch((operator.id, change));
                    }
                }
                on_cancel=move |()| confirming.set(None)
            />
        </OperatorFrame>
    }
}

fn status_id(status: OperatorStatus) -> &'static str {
    match status {
        OperatorStatus::Invited => "operator-team-status-invited",
        OperatorStatus::Active => "operator-team-status-active",
        OperatorStatus::Disabled => "operator-team-status-disabled",
    }
}

/// The table's columns (Fluent ids).
const HEADINGS: [&str; 5] = [
    "operator-invite-name",
    "operator-invite-email",
    "operator-column-status",
    "operator-team-last-sign-in",
    "operator-column-actions",
];

#[component]
fn TeamTable(
    /// Every operator.
    rows: Vec<OperatorRow>,
    /// The operator signed in, who changes nothing of their own account here.
    me: OperatorMe,
    /// Set to the change to confirm.
    confirming: RwSignal<Option<(OperatorRow, Change)>>,
) -> impl IntoView {
    let rows = rows
        .into_iter()
        .map(|o| {
            let changes: &[Change] = match o.status {
                _ if o.email == me.email => &[],
                OperatorStatus::Disabled => &[Change::Enable],
                OperatorStatus::Invited | OperatorStatus::Active => &[Change::Disable, Change::Reset],
            };
            let buttons = changes
                .iter()
                .map(|&change| {
                    let label = {
                        let name = o.name.clone();
                        move || match change {
                            Change::Disable => tr!("operator-team-disable-label", { "name" => name.clone() }),
                            Change::Enable => tr!("operator-team-enable-label", { "name" => name.clone() }),
                            Change::Reset => tr!("operator-team-reset-label", { "name" => name.clone() }),
                        }
                    };
                    let row = o.clone();
                    view! {
                        <button
                            type="button"
                            class=if change == Change::Enable {
                                "button secondary small"
                            } else {
                                "button danger-outline small"
                            }
                            data-change=change.verb()
                            aria-label=label
                            on:click=move |_| confirming.set(Some((row.clone(), change)))
                        >
                            {i18n::msg(change.button())}
                        </button>
                    }
                })
                .collect_view();
            let last = o.last_sign_in_at.map(|at| view! { <Moment at=at relative=true /> });
            view! {
                <tr data-testid="operator-team-row">
                    <th scope="row">
                        <bdi>{o.name.clone()}</bdi>
                    </th>
                    <td>
                        <bdi>{o.email.clone()}</bdi>
                    </td>
                    <td data-testid="operator-team-status">{i18n::msg(status_id(o.status))}</td>
                    <td>{last}</td>
                    <td class:operator-actions=!changes.is_empty()>{buttons}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <TableRegion
            labelled_by="operator-team-caption"
            caption="operator-team-title"
            headings=&HEADINGS
            testid="operator-team"
        >
            {rows}
        </TableRegion>
    }
}
