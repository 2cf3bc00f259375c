//! The entry build: sign-in, activation and password pages only (see `app::Entry`).

fn main() {
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(espace_web::app::Entry);
}
