//! A row's Actions menu and the pager under the list.

use super::*;
use espace_api::users::UserAction;

/// The row's "Actions" menu: the actions the user's status allows.
#[component]
pub fn RowMenu(
    /// The user the actions apply to.
    user: UserRow,
    /// Their full name, which names the menu.
    name: String,
    /// What the actions do.
    actions: UserActions,
    /// The messages, read when an action is chosen.
    i18n: I18n,
) -> impl IntoView {
    let open = RwSignal::new(false);
    let menu_id = format!("row-menu-{}", user.id);
    let label = {
        let name = name.clone();
        move || {
            let mut args = std::collections::HashMap::new();
            args.insert("name".into(), name.clone().into());
            i18n.tr_with_args("users-actions-label", &args)
        }
    };
    // Resetting a second step needs to know there is one: the user's page offers it.
    let items = user
        .status
        .actions()
        .iter()
        .filter(|&&action| action != UserAction::ResetSecondStep)
        .map(|&action| {
            let pending = Pending { id: user.id, version: user.version, name: name.clone(), action };
            view! {
                <li role="none">
                    <button
                        type="button"
                        role="menuitem"
                        data-action=action.as_str()
                        on:click=move |_| {
                            open.set(false);
                            actions.request(pending.clone());
                        }
                    >
                        {move || i18n.tr(action_label_id(action))}
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <div
            class="row-menu"
            on:keydown=move |ev: ev::KeyboardEvent| {
                if ev.key() == "Escape" {
                    open.set(false);
                }
            }
            on:focusout=move |ev: ev::FocusEvent| {
                use leptos::wasm_bindgen::JsCast;
                let inside = ev
                    .related_target()
                    .and_then(|t| t.dyn_into::<web_sys::Node>().ok())
                    .zip(ev.current_target().and_then(|t| t.dyn_into::<web_sys::Node>().ok()))
                    .is_some_and(|(to, menu)| menu.contains(Some(&to)));
                if !inside {
                    open.set(false);
                }
            }
        >
            <button
                type="button"
                class="button secondary small"
                aria-haspopup="menu"
                aria-expanded=move || open.get().to_string()
                aria-controls=menu_id.clone()
                aria-label=label
                on:click=move |_| open.update(|o| *o = !*o)
            >
                {i18n::msg("users-col-actions")}
            </button>
            <ul id=menu_id role="menu" class="row-menu-list" hidden=move || !open.get()>
                {items}
            </ul>
        </div>
    }
}

#[component]
pub fn Pager(
    /// The list's query: its page and page size.
    query: Memo<UserListQuery>,
    /// The page loaded, for the total.
    page_data: LocalResource<Result<UserPage, espace_api::ApiError>>,
    /// Goes to (page, size).
    on_page: impl Fn((u32, u32)) + Copy + 'static,
) -> impl IntoView {
    let total = move || page_data.get().and_then(std::result::Result::ok).map(|p| p.total).unwrap_or(0);
    let size = move || query.with(|q| q.size);
    let pages = move || total().div_ceil(size()).max(1);
    let current = move || query.with(|q| q.page);
    let on_first = move || current() <= 1;
    let on_last = move || current() >= pages();
    view! {
        <nav class="pager" aria-label=i18n::msg("users-pages-label")>
            <button
                type="button"
                class="button secondary"
                disabled=on_first
                on:click=move |_| on_page((current() - 1, size()))
            >
                {i18n::msg("users-previous")}
            </button>
            <span>{move || tr!("users-page-of", { "page" => current(), "pages" => pages() })}</span>
            <button
                type="button"
                class="button secondary"
                disabled=on_last
                on:click=move |_| on_page((current() + 1, size()))
            >
                {i18n::msg("users-next")}
            </button>
            <label for="users-page-size">{i18n::msg("users-page-size")}</label>
            <select
                id="users-page-size"
                on:change=move |ev| on_page((1, event_target_value(&ev).parse().unwrap_or(PAGE_SIZES[0])))
            >
                {PAGE_SIZES
                    .into_iter()
                    .map(|n| {
                        view! {
                            <option value=n selected=move || size() == n>
                                {n}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </nav>
    }
}
