//! `/operator`: the operator console, for the provider's staff. Its own session (the cookie
//! the server sends only to `/api/operator`), apart from any company's: signed out, a page
//! goes to the sign-in page, which brings an operator back (`frame`). In parts: finding an
//! error by the reference a customer quotes (`reference`), the companies (`companies`), a new
//! company (`new_company`), the operators' activity (`events`); a company's page with its
//! orders (`company`, `orders`); the catalogue of services (`catalogue`); operator tokens for
//! `/api/operator/v1` (`tokens`); the operators themselves (`team`); and the activation page an operator's link opens
//! (`activate`).

mod activate;
mod catalogue;
mod companies;
mod company;
mod events;
mod frame;
mod new_company;
mod orders;
mod privacy;
mod reference;
mod team;
mod tokens;

use leptos::prelude::*;

pub use activate::OperatorActivatePage;
pub use catalogue::OperatorCataloguePage;
pub use company::OperatorCompanyPage;
pub use privacy::OperatorPrivacyPage;
pub use team::OperatorTeamPage;
pub use tokens::OperatorTokensPage;

use crate::i18n;
use frame::OperatorFrame;

#[component]
pub fn OperatorConsolePage() -> impl IntoView {
    // Bumped after each change: the list and the activity load again.
    let changed = RwSignal::new(0u32);
    view! {
        <OperatorFrame title="operator-title">
            <p>{i18n::msg("operator-intro")}</p>
            <reference::FindReference />
            <companies::CompaniesSection changed=changed />
            <new_company::NewCompanyForm changed=changed />
            <events::OperatorEvents changed=changed />
        </OperatorFrame>
    }
}
