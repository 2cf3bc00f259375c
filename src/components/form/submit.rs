//! The submission cycle of every form, written once: `use_submit` makes the `Action` and the
//! field errors; `Submit::send` checks a request with the contract first, then sends it unless
//! a submission is already on its way. When the answer is in, the follow-ups run inside the
//! action (not in an `Effect` watching its value, which Leptos advises against): on success the
//! caller's `on_ok`, on failure the server's field errors, shown by their fields, and focus on
//! the first of them in the form's order, or on the form's error summary when it has one
//! (`use_submit_summarised`, for the add-user wizard whose fields span several steps).

use std::future::Future;
use std::marker::PhantomData;
use std::rc::Rc;

use espace_api::{ApiError, ErrorCode, FieldError};
use leptos::prelude::*;

use super::Fields;
use crate::api::client::ApiResult;
use crate::components::focus::focus_by_id;
use crate::i18n;

/// A form's submission: its action, the field errors it shows, and where each of its fields
/// `F` is on the page.
pub struct Submit<F: 'static, I: 'static> {
    action: Action<I, ApiResult<()>>,
    errors: RwSignal<Vec<FieldError>>,
    inputs: Inputs<F>,
    focus: Focus,
    fields: PhantomData<fn() -> F>,
}

/// Where focus goes when fields are in error.
#[derive(Clone, Copy)]
enum Focus {
    /// The first field in error, in the form's order.
    FirstField,
    /// The form's error summary, which shows and takes focus each time `bump` grows, once
    /// `reveal` has brought the fields in error into view (a wizard's first step).
    Summary { bump: RwSignal<u32>, reveal: Callback<()> },
}

/// The id of the input that receives focus when a field is in error: a `match` over the
/// form's fields, so that none is forgotten.
pub type Inputs<F> = fn(F) -> &'static str;

impl<F, I> Clone for Submit<F, I> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<F, I> Copy for Submit<F, I> {}

/// A submission that sends with `call` and, once it succeeds, hands the answer to `on_ok`.
pub fn use_submit<F, I, T, Fu>(
    inputs: Inputs<F>,
    call: impl Fn(I) -> Fu + 'static,
    on_ok: impl Fn(T) + 'static,
) -> Submit<F, I>
where
    F: Fields,
    I: Clone + Send + Sync + 'static,
    T: 'static,
    Fu: Future<Output = ApiResult<T>> + 'static,
{
    use_submit_or(inputs, call, on_ok, |_| {})
}

/// The same, with `on_failure` for a failure that names none of the form's fields (a wrong
/// password): where focus goes then is the form's to say.
pub fn use_submit_or<F, I, T, Fu>(
    inputs: Inputs<F>,
    call: impl Fn(I) -> Fu + 'static,
    on_ok: impl Fn(T) + 'static,
    on_failure: impl Fn(&ApiError) + 'static,
) -> Submit<F, I>
where
    F: Fields,
    I: Clone + Send + Sync + 'static,
    T: 'static,
    Fu: Future<Output = ApiResult<T>> + 'static,
{
    build(inputs, Focus::FirstField, call, on_ok, on_failure)
}

/// The same for a form with an error summary: fields in error, found by the contract or by
/// the server, run `reveal` and then bump `summary`, which the summary watches to show itself
/// and take focus, instead of focusing a field.
pub fn use_submit_summarised<F, I, T, Fu>(
    inputs: Inputs<F>,
    (summary, reveal): (RwSignal<u32>, Callback<()>),
    call: impl Fn(I) -> Fu + 'static,
    on_ok: impl Fn(T) + 'static,
    on_failure: impl Fn(&ApiError) + 'static,
) -> Submit<F, I>
where
    F: Fields,
    I: Clone + Send + Sync + 'static,
    T: 'static,
    Fu: Future<Output = ApiResult<T>> + 'static,
{
    build(inputs, Focus::Summary { bump: summary, reveal }, call, on_ok, on_failure)
}

fn build<F, I, T, Fu>(
    inputs: Inputs<F>,
    focus: Focus,
    call: impl Fn(I) -> Fu + 'static,
    on_ok: impl Fn(T) + 'static,
    on_failure: impl Fn(&ApiError) + 'static,
) -> Submit<F, I>
where
    F: Fields,
    I: Clone + Send + Sync + 'static,
    T: 'static,
    Fu: Future<Output = ApiResult<T>> + 'static,
{
    let errors = RwSignal::new(Vec::new());
    let call = Rc::new(call);
    let on_ok = Rc::new(on_ok);
    let on_failure = Rc::new(on_failure);
    let action = Action::new_local(move |input: &I| {
        let (call, on_ok, on_failure) = (Rc::clone(&call), Rc::clone(&on_ok), Rc::clone(&on_failure));
        let input = input.clone();
        async move {
            match call(input).await {
                Ok(answer) => {
                    errors.set(Vec::new());
                    on_ok(answer);
                    Ok(())
                }
                Err(error) => {
                    if !show(inputs, focus, errors, error.fields.clone()) {
                        on_failure(&error);
                    }
                    Err(error)
                }
            }
        }
    });
    Submit { action, errors, inputs, focus, fields: PhantomData }
}

/// Shows `found` by their fields and focuses the first of them in the form's order (once the
/// fields are drawn: a step or a section may just have appeared), or the error summary.
/// Whether one of the form's fields was in error.
fn show<F: Fields>(inputs: Inputs<F>, focus: Focus, errors: RwSignal<Vec<FieldError>>, found: Vec<FieldError>) -> bool {
    let first = F::ALL.iter().copied().find(|field| found.iter().any(|e| e.field == field.name()));
    errors.set(found);
    match (first, focus) {
        (None, _) => {}
        (Some(field), Focus::FirstField) => request_animation_frame(move || focus_by_id(inputs(field))),
        (Some(_), Focus::Summary { bump, reveal }) => {
            reveal.run(());
            bump.update(|n| *n += 1);
        }
    }
    first.is_some()
}

impl<F: Fields, I: Clone + Send + Sync + 'static> Submit<F, I> {
    /// Sends `request` when `problems` (the contract's check of it) is empty; otherwise shows
    /// them and sends nothing. Does nothing while a submission is on its way. What was typed
    /// stays either way. Returns whether it sent.
    pub fn send(self, request: I, problems: Vec<FieldError>) -> bool {
        if self.action.pending().get_untracked() {
            return false;
        }
        self.action.clear();
        if problems.is_empty() {
            self.errors.set(Vec::new());
            self.action.dispatch(request);
            true
        } else {
            show(self.inputs, self.focus, self.errors, problems);
            false
        }
    }

    /// Shows `problems` found without sending (a step of a wizard checked on its own).
    pub fn show(self, problems: Vec<FieldError>) {
        show(self.inputs, self.focus, self.errors, problems);
    }

    /// Forgets the field errors of `fields` only (a step checked again).
    pub fn forget(self, fields: &[F]) {
        self.errors.update(|errors| errors.retain(|e| !fields.iter().any(|f| f.name() == e.field)));
    }

    /// Forgets the last answer and every field error (a dialog opened again, a form reset).
    pub fn clear(self) {
        self.action.clear();
        self.errors.set(Vec::new());
    }

    /// Whether a submission is on its way.
    pub fn pending(self) -> Signal<bool> {
        self.action.pending().into()
    }

    /// Whether the last submission succeeded.
    pub fn succeeded(self) -> bool {
        self.action.value().with(|result| matches!(result, Some(Ok(()))))
    }

    /// The error the last submission ended with.
    pub fn failure(self) -> Option<ApiError> {
        self.action.value().with(|result| result.as_ref().and_then(|r| r.as_ref().err().cloned()))
    }

    /// The failure that no field of the form shows already, for the panel above the form.
    pub fn failure_beside_fields(self) -> Option<ApiError> {
        self.failure().filter(|error| {
            error.code != ErrorCode::Validation || !F::ALL.iter().any(|field| error.field(field.name()).is_some())
        })
    }

    /// The field errors shown, read reactively.
    pub fn errors(self) -> RwSignal<Vec<FieldError>> {
        self.errors
    }

    /// `field`'s error in words, for under its input.
    pub fn error(self, field: F) -> Signal<Option<String>> {
        self.error_with(field, |e| i18n::field_error_text(e.code, e.max))
    }

    /// The same, in the form's own words for some errors.
    pub fn error_with(self, field: F, text: fn(&FieldError) -> String) -> Signal<Option<String>> {
        let errors = self.errors;
        Signal::derive(move || errors.with(|errors| errors.iter().find(|e| e.field == field.name()).map(text)))
    }

    /// Whether `field` is in error, for `aria-invalid`.
    pub fn invalid(self, field: F) -> Signal<bool> {
        let errors = self.errors;
        Signal::derive(move || errors.with(|errors| errors.iter().any(|e| e.field == field.name())))
    }
}
