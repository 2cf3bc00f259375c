//! The sign-in entry build: sign-in, its SSO and error pages, the forgotten password (see
//! `app::SignInEntry`).

fn main() {
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(espace_web::app::SignInEntry);
}
