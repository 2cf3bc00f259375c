fn main() {
    // Panic messages in the console while developing; release builds abort without text.
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    #[cfg(feature = "pseudo")]
    espace_web::i18n::pseudo::init_from_page();
    leptos::mount::mount_to_body(espace_web::app::App);
}
