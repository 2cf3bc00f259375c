//! The SSO error entry build: the page a sign-in through the company's identity provider lands
//! on when it failed (see `app::SsoErrorEntry`). Its own build: only that redirect opens it,
//! and its details (a provider's error, its description) weigh more than the sign-in page's
//! first load can carry.

fn main() {
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(espace_web::app::SsoErrorEntry);
}
