//! The form kit: the field (`field`), the submission cycle every form shares (`submit`:
//! check with the contract, send, show the server's field errors, focus the first field in
//! error, follow-ups once the answer is in), and the radio cards (`radio_cards`).
//!
//! A form names its fields with the contract's enum (`espace_api::fields::Fields`) and says
//! which input each one is (`submit::Inputs`), with a `match` that lists them all.

pub mod field;
pub mod radio_cards;
pub mod submit;

pub use espace_api::fields::Fields;
pub use radio_cards::{RadioCards, RadioOption};
pub use submit::{use_submit, use_submit_or, use_submit_summarised, Inputs, Submit};
