//! One page of events: the table, or the list on a phone, and each event's line.

use super::*;

#[component]
pub fn AuditResults(
    /// One page of events, as the server sent it.
    page: AuditPage,
    /// Whether any filter is on: tells "nothing yet" from "nothing matches".
    filtered: bool,
    /// Goes to this page number.
    #[prop(into)]
    on_page: Callback<u32>,
    /// Removes every filter.
    #[prop(into)]
    on_clear: Callback<()>,
) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let AuditPage { events, total, page: current, size } = page;
    let pages = total.div_ceil(size.max(1)).max(1);
    // Compared here: leptosfmt reads `<` and `>` in an attribute's value as a tag.
    let (several, at_first, at_last) = (pages > 1, current <= 1, current >= pages);
    if total == 0 && !filtered {
        return view! {
            <p class="empty" data-testid="audit-empty">
                {i18n::msg("audit-empty")}
            </p>
        }
        .into_any();
    }
    if total == 0 {
        return view! {
            <div class="empty" data-testid="audit-no-match">
                <p>{i18n::msg("audit-no-match")}</p>
                <button type="button" class="button secondary" on:click=move |_| on_clear.run(())>
                    {i18n::msg("audit-clear-filters")}
                </button>
            </div>
        }
        .into_any();
    }
    if events.is_empty() {
        // A page past the last one (an old link, events gone meanwhile).
        return view! {
            <div class="empty" data-testid="audit-past-last-page">
                <p>{i18n::msg("audit-past-last-page")}</p>
                <button type="button" class="button secondary" on:click=move |_| on_page.run(1)>
                    {i18n::msg("audit-first-page")}
                </button>
            </div>
        }
        .into_any();
    }
    view! {
        <p class="result-count" role="status">
            {move || tr!(i18n, "audit-count", { "count" => total })}
        </p>
        <div class="table-wrap" role="region" tabindex="0" aria-labelledby="audit-table-caption">
            <table class="users-table audit-table" data-testid="audit-table">
                <caption id="audit-table-caption" class="visually-hidden">
                    {i18n::msg("audit-table-caption")}
                </caption>
                <thead>
                    <tr>
                        <th scope="col">{i18n::msg("audit-col-when")}</th>
                        <th scope="col">{i18n::msg("audit-col-actor")}</th>
                        <th scope="col">{i18n::msg("audit-col-action")}</th>
                        <th scope="col">{i18n::msg("audit-col-person")}</th>
                        <th scope="col">{i18n::msg("audit-col-entity")}</th>
                        <th scope="col">{i18n::msg("audit-col-changes")}</th>
                    </tr>
                </thead>
                <tbody>{events.into_iter().map(|event| view! { <AuditRow event=event /> }).collect_view()}</tbody>
            </table>
        </div>
        <Show when=move || several>
            <nav class="pager" aria-label=i18n::msg("audit-pages-label")>
                <button
                    type="button"
                    class="button secondary"
                    disabled=at_first
                    on:click=move |_| on_page.run(current - 1)
                >
                    {i18n::msg("audit-previous")}
                </button>
                <span>{move || tr!(i18n, "audit-page-of", { "page" => current, "pages" => pages })}</span>
                <button
                    type="button"
                    class="button secondary"
                    disabled=at_last
                    on:click=move |_| on_page.run(current + 1)
                >
                    {i18n::msg("audit-next")}
                </button>
            </nav>
        </Show>
    }
    .into_any()
}

#[component]
fn AuditRow(
    /// The event to show.
    event: AuditEntry,
) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let AuditEntry { id, at, action, actor, by_token, subject, subject_email, subject_id, entity, changes, batch } =
        event;
    let action_id = action_message_id(action);
    let actor = match actor {
        Some(name) => view! { <AuditActor name=name by_token=by_token /> }.into_any(),
        None => view! { <span class="audit-system">{move || i18n.tr("audit-by-system")}</span> }.into_any(),
    };
    let name = subject.map(|name| match subject_id {
        Some(user) => view! {
            <A href=format!("/users/{user}")>
                <bdi>{name}</bdi>
            </A>
        }
        .into_any(),
        None => view! { <bdi>{name}</bdi> }.into_any(),
    });
    let email = subject_email.map(|address| {
        view! {
            <span class="audit-email">
                <EmailAddress address=address />
            </span>
        }
    });
    view! {
        <tr data-event-id=id data-action=action.as_str()>
            <th scope="row" class="audit-when">
                <Moment at=at />
            </th>
            <td>{actor}</td>
            <td>
                {move || i18n::t_policy(action_id)}
                {batch
                    .map(|batch| {
                        view! {
                            " "
                            <A href=format!("/audit?batch={batch}") attr:class="audit-batch">
                                {i18n::msg("audit-batch-link")}
                            </A>
                        }
                    })}
            </td>
            <td class="audit-person">{name}{email}</td>
            <td>{entity.map(|e| view! { <bdi>{e}</bdi> })}</td>
            <td>
                <AuditChangesList changes=changes />
            </td>
        </tr>
    }
}
