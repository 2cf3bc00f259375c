//! Espace's browser app: Leptos (client-side rendering) compiled to WebAssembly.

pub mod api;
pub mod app;
pub mod components;
pub mod i18n;
pub mod nav;
pub mod pages;
pub mod prefetch;
pub mod session;
