use leptos::prelude::*;

/// "Where am I" for a multi-step form: an ordered list, the current step marked for
/// assistive technology with `aria-current="step"`.
#[component]
pub fn Stepper(
    /// The list's accessible name ("Steps").
    #[prop(into)]
    label: Signal<String>,
    /// (key, label) of each step shown, in order.
    #[prop(into)]
    steps: Signal<Vec<(&'static str, String)>>,
    /// The key of the step shown.
    #[prop(into)]
    current: Signal<&'static str>,
) -> impl IntoView {
    view! {
        <ol class="stepper" aria-label=label>
            {move || {
                let current = current.get();
                let steps = steps.get();
                let position = steps.iter().position(|(k, _)| *k == current).unwrap_or(0);
                steps
                    .into_iter()
                    .enumerate()
                    .map(|(i, (key, text))| {
                        let state = if i < position { "done" } else if i == position { "current" } else { "todo" };
                        view! {
                            <li class=state data-step=key aria-current=(i == position).then_some("step")>
                                <span class="stepper-number" aria-hidden="true">
                                    {i + 1}
                                </span>
                                <span>{text}</span>
                            </li>
                        }
                    })
                    .collect_view()
            }}
        </ol>
    }
}
