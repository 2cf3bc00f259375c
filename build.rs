//! leptos-fluent reads the message folders while compiling: a file added to or removed from
//! them must rebuild the app, which cargo would not notice by itself.
fn main() {
    println!("cargo:rerun-if-changed=locales");
    println!("cargo:rerun-if-changed=src/entry-locales");
}
