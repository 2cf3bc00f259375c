//! A QR code drawn from its modules as one SVG path: crisp at any size, no image to fetch.

use espace_api::second_step::QrModules;
use leptos::prelude::*;

/// Light modules around the code, as the QR standard asks for scanners to find it.
const QUIET_ZONE: u32 = 4;

/// The path of the dark modules: a unit square each.
fn path(qr: &QrModules) -> String {
    let mut d = String::new();
    for y in 0..qr.size {
        for x in 0..qr.size {
            if qr.dark(x, y) {
                d.push_str(&format!("M{} {}h1v1h-1z", x + QUIET_ZONE, y + QUIET_ZONE));
            }
        }
    }
    d
}

#[component]
pub fn QrCode(
    /// The code's modules, from the server.
    qr: QrModules,
    /// What it holds, in words, for screen readers.
    #[prop(into)]
    label: Signal<String>,
) -> impl IntoView {
    let side = qr.size + 2 * QUIET_ZONE;
    let view_box = format!("0 0 {side} {side}");
    view! {
        <svg class="qr-code" viewBox=view_box role="img" aria-label=label shape-rendering="crispEdges">
            <rect width="100%" height="100%" fill="#fff" />
            <path d=path(&qr) fill="#000" />
        </svg>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_dark_module_is_a_square_past_the_quiet_zone() {
        let qr = QrModules { size: 2, modules: "1001".into() };
        assert_eq!(path(&qr), "M4 4h1v1h-1zM5 5h1v1h-1z");
    }
}
