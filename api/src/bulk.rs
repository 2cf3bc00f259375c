//! Acting on many people at once: the users list's selection, `/api/v1/users/bulk`. Each
//! person goes through the same lifecycle, scope and seats as one at a time; the answer says,
//! per person, what was done or why they were left as they were.

use serde::{Deserialize, Serialize};

use crate::users::{UserAction, UserStatus};
use crate::{EntityId, FieldError, FieldErrorCode, ServiceId, UserId};

/// The most people one request acts on (one write transaction, the company's lock held
/// throughout): the app sends a bigger selection in parts of `PART` with one batch id.
pub const REQUEST_MAX: usize = 500;
/// The app's part: small enough that the progress bar moves and no wait is long.
pub const PART: usize = 50;
/// The most people a selection holds ("select all matching" stops there, and says so).
pub const SELECTION_MAX: usize = 10_000;
/// A batch id: letters, digits and `-`, at most this long.
pub const BATCH_MAX: usize = 40;

/// What a bulk action does to each selected person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum BulkAction {
    /// Sends the activation e-mail to people not invited yet.
    Activate,
    /// A new activation link for invited people; older ones stop working.
    ResendActivation,
    Deactivate,
    Reactivate,
    Unlock,
    /// A link to choose a new password (active or locked people).
    SendPasswordReset,
    /// Gives `service_id`: refused as a whole, before any change, when the seats left do not
    /// cover everyone who would take one.
    AssignService,
    /// Takes `service_id` away.
    RemoveService,
    /// Moves people to `entity_id`.
    MoveToEntity,
    /// Removes invitations never accepted (created or invited accounts).
    DeleteInvitation,
}

impl BulkAction {
    pub const ALL: [BulkAction; 10] = [
        BulkAction::ResendActivation,
        BulkAction::Activate,
        BulkAction::Deactivate,
        BulkAction::Reactivate,
        BulkAction::Unlock,
        BulkAction::SendPasswordReset,
        BulkAction::AssignService,
        BulkAction::RemoveService,
        BulkAction::MoveToEntity,
        BulkAction::DeleteInvitation,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            BulkAction::Activate => "activate",
            BulkAction::ResendActivation => "resend-activation",
            BulkAction::Deactivate => "deactivate",
            BulkAction::Reactivate => "reactivate",
            BulkAction::Unlock => "unlock",
            BulkAction::SendPasswordReset => "send-password-reset",
            BulkAction::AssignService => "assign-service",
            BulkAction::RemoveService => "remove-service",
            BulkAction::MoveToEntity => "move-to-entity",
            BulkAction::DeleteInvitation => "delete-invitation",
        }
    }

    /// Its name in a menu: `bulk-action-<code>`.
    pub fn message_id(self) -> String {
        format!("bulk-action-{}", self.as_str())
    }

    /// The question before it runs, with `$count` and `$target`: `bulk-confirm-<code>`.
    pub fn confirm_id(self) -> String {
        format!("bulk-confirm-{}", self.as_str())
    }

    pub fn parse(s: &str) -> Option<BulkAction> {
        BulkAction::ALL.into_iter().find(|a| a.as_str() == s)
    }

    /// The one-person lifecycle action it repeats, if it is one.
    pub fn lifecycle(self) -> Option<UserAction> {
        match self {
            BulkAction::Activate => Some(UserAction::Activate),
            BulkAction::ResendActivation => Some(UserAction::ResendActivation),
            BulkAction::Deactivate => Some(UserAction::Deactivate),
            BulkAction::Reactivate => Some(UserAction::Reactivate),
            BulkAction::Unlock => Some(UserAction::Unlock),
            BulkAction::SendPasswordReset => Some(UserAction::SendPasswordReset),
            BulkAction::DeleteInvitation => Some(UserAction::Delete),
            BulkAction::AssignService | BulkAction::RemoveService | BulkAction::MoveToEntity => None,
        }
    }

    /// The status a person already has when there is nothing left to do ("already active").
    pub fn done_status(self) -> Option<UserStatus> {
        match self {
            BulkAction::Deactivate => Some(UserStatus::Deactivated),
            BulkAction::Reactivate | BulkAction::Unlock => Some(UserStatus::Active),
            BulkAction::Activate => Some(UserStatus::Invited),
            _ => None,
        }
    }
}

/// `POST /api/users/bulk`, `POST /api/v1/users/bulk`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BulkRequest {
    pub action: BulkAction,
    /// The people, at most 500 (a repeated id counts once).
    #[cfg_attr(feature = "openapi", schema(min_items = 1, max_items = 500))]
    pub ids: Vec<UserId>,
    /// The service given or taken (`assign-service`, `remove-service`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_id: Option<ServiceId>,
    /// Where people move (`move-to-entity`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entity_id: Option<EntityId>,
    /// The batch this part belongs to, as the first part's answer gave it: its audit events
    /// share it. Absent: a new batch.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(pattern = "^[A-Za-z0-9-]{1,40}$"))]
    pub batch: Option<String>,
}

impl BulkRequest {
    pub fn validate(&self) -> Vec<FieldError> {
        let mut errors = Vec::new();
        ids_within(&mut errors, &self.ids, REQUEST_MAX);
        let service = matches!(self.action, BulkAction::AssignService | BulkAction::RemoveService);
        if service && self.service_id.is_none() {
            errors.push(error("service_id", FieldErrorCode::Required, None));
        }
        if self.action == BulkAction::MoveToEntity && self.entity_id.is_none() {
            errors.push(error("entity_id", FieldErrorCode::Required, None));
        }
        if self.batch.as_deref().is_some_and(|b| !valid_batch(b)) {
            errors.push(error("batch", FieldErrorCode::Unknown, None));
        }
        errors
    }

    /// The ids in the order given, each once.
    pub fn unique_ids(&self) -> Vec<UserId> {
        let mut seen = std::collections::HashSet::new();
        self.ids.iter().copied().filter(|id| seen.insert(*id)).collect()
    }
}

fn error(field: &str, code: FieldErrorCode, max: Option<u32>) -> FieldError {
    FieldError { field: field.to_owned(), code, max }
}

/// Some ids, and no more than `max`.
fn ids_within(errors: &mut Vec<FieldError>, ids: &[UserId], max: usize) {
    if ids.is_empty() {
        errors.push(error("ids", FieldErrorCode::Required, None));
    } else if ids.len() > max {
        errors.push(error("ids", FieldErrorCode::TooLarge, u32::try_from(max).ok()));
    }
}

/// Whether `batch` has a batch id's shape (what the server makes: letters, digits, `-`).
pub fn valid_batch(batch: &str) -> bool {
    !batch.is_empty() && batch.len() <= BATCH_MAX && batch.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

/// What happened to one person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum BulkOutcome {
    Done,
    Skipped,
}

/// Why a person was left as they were: the Fluent id is `bulk-skip-<code>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum BulkSkip {
    /// Nothing to do: already active, already holds the service, already in the entity…
    AlreadyDone,
    /// Their status does not allow it (e.g. unlocking someone who is not locked).
    NotAllowed,
    /// Not in the caller's scope, not managed by them, or no longer there.
    OutsideScope,
    /// No seat of the service was left for them.
    NoSeatLeft,
    /// Their company signs them in through its identity provider: no link to send.
    SsoRequired,
    /// Nobody removes their own access.
    Yourself,
    /// The company's last active administrator keeps access.
    LastAdmin,
}

impl BulkSkip {
    pub const ALL: [BulkSkip; 7] = [
        BulkSkip::AlreadyDone,
        BulkSkip::NotAllowed,
        BulkSkip::OutsideScope,
        BulkSkip::NoSeatLeft,
        BulkSkip::SsoRequired,
        BulkSkip::Yourself,
        BulkSkip::LastAdmin,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            BulkSkip::AlreadyDone => "already-done",
            BulkSkip::NotAllowed => "not-allowed",
            BulkSkip::OutsideScope => "outside-scope",
            BulkSkip::NoSeatLeft => "no-seat-left",
            BulkSkip::SsoRequired => "sso-required",
            BulkSkip::Yourself => "yourself",
            BulkSkip::LastAdmin => "last-admin",
        }
    }

    pub fn message_id(self) -> String {
        format!("bulk-skip-{}", self.as_str())
    }
}

/// One person's line of the report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BulkItem {
    pub id: UserId,
    /// Their name and e-mail; absent for someone the caller does not reach.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    pub outcome: BulkOutcome,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<BulkSkip>,
}

/// The answer: the batch id (the audit log's filter) and one line per person, in the order asked.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BulkReport {
    pub batch: String,
    pub items: Vec<BulkItem>,
}

impl BulkReport {
    pub fn done(&self) -> usize {
        self.items.iter().filter(|i| i.outcome == BulkOutcome::Done).count()
    }

    pub fn skipped(&self) -> usize {
        self.items.len() - self.done()
    }
}

/// `GET /api/users/ids?…` (the list's query): "select all matching".
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct SelectionIds {
    /// In the list's order, at most `SELECTION_MAX`.
    pub ids: Vec<UserId>,
    /// How many match in all (more than `ids` holds when over the maximum).
    pub total: u32,
}

/// `POST /api/users/bulk/seats`: before a service is given to a selection in parts, whether
/// its seats cover everyone in it who would take one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SeatsRequest {
    pub service_id: ServiceId,
    /// At most `SELECTION_MAX`.
    pub ids: Vec<UserId>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct SeatsCheck {
    /// People of the selection who would take a seat (in reach, allowed, not holding it yet).
    pub needed: u32,
    /// Seats of the service still free.
    pub free: u32,
}

impl SeatsRequest {
    pub fn validate(&self) -> Vec<FieldError> {
        let mut errors = Vec::new();
        ids_within(&mut errors, &self.ids, SELECTION_MAX);
        errors
    }
}

impl SeatsCheck {
    pub fn enough(self) -> bool {
        self.needed <= self.free
    }
}

/// `POST /api/users/export-selection.csv` (and `.xlsx`): the selected people, as the list's
/// export has them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SelectionExport {
    /// At most `SELECTION_MAX`.
    pub ids: Vec<UserId>,
}

impl SelectionExport {
    pub fn validate(&self) -> Vec<FieldError> {
        let mut errors = Vec::new();
        ids_within(&mut errors, &self.ids, SELECTION_MAX);
        errors
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn request(action: BulkAction) -> BulkRequest {
        BulkRequest { action, ids: vec![UserId(1)], service_id: None, entity_id: None, batch: None }
    }

    #[test]
    fn actions_round_trip_by_name() {
        for action in BulkAction::ALL {
            assert_eq!(BulkAction::parse(action.as_str()), Some(action));
            let json = serde_json::to_string(&action).unwrap_or_default();
            assert_eq!(json, format!("\"{}\"", action.as_str()));
        }
    }

    #[test]
    fn each_action_names_what_it_needs() {
        let fields = |r: &BulkRequest| r.validate().into_iter().map(|e| e.field).collect::<Vec<_>>();
        assert_eq!(fields(&request(BulkAction::AssignService)), ["service_id"]);
        assert_eq!(fields(&request(BulkAction::RemoveService)), ["service_id"]);
        assert_eq!(fields(&request(BulkAction::MoveToEntity)), ["entity_id"]);
        assert!(fields(&request(BulkAction::Deactivate)).is_empty());
        let none = BulkRequest { ids: vec![], ..request(BulkAction::Unlock) };
        assert_eq!(fields(&none), ["ids"]);
        let many = BulkRequest { ids: (0..=REQUEST_MAX as i64).map(UserId).collect(), ..request(BulkAction::Unlock) };
        assert_eq!(fields(&many), ["ids"]);
    }

    #[test]
    fn repeated_ids_count_once_in_order() {
        let r = BulkRequest { ids: vec![UserId(3), UserId(1), UserId(3)], ..request(BulkAction::Unlock) };
        assert_eq!(r.unique_ids(), [UserId(3), UserId(1)]);
    }

    proptest! {
        #[test]
        fn only_plain_batch_ids_pass(batch in "\\PC{0,60}") {
            let ok = valid_batch(&batch);
            prop_assert_eq!(
                ok,
                !batch.is_empty() && batch.len() <= BATCH_MAX
                    && batch.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
            );
        }
    }
}
