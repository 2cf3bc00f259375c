//! The link entry build: the activation and password-reset links (see `app::LinkEntry`).

fn main() {
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(espace_web::app::LinkEntry);
}
