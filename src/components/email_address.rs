use leptos::prelude::*;

/// An e-mail address that, when it must wrap, breaks before its `@` rather than anywhere;
/// marked for translation tools (and the pseudo-locale check) as not to be translated.
#[component]
pub fn EmailAddress(
    /// The address, as stored.
    #[prop(into)]
    address: String,
) -> impl IntoView {
    match address.split_once('@') {
        Some((local, domain)) => {
            let (local, domain) = (local.to_owned(), format!("@{domain}"));
            view! {
                <span class="email" translate="no">
                    {local}
                    <wbr />
                    {domain}
                </span>
            }
            .into_any()
        }
        None => view! {
            <span class="email" translate="no">
                {address}
            </span>
        }
        .into_any(),
    }
}
