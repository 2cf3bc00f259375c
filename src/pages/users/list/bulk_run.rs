//! A bulk action's run: the seats checked first when a service is given (a selection they do
//! not cover changes nothing), then the selection sent in parts under one batch id, each part
//! moving the progress bar; a part refused stops the run, the parts before it stand.

use espace_api::bulk::{BulkAction, BulkReport, BulkRequest, SeatsCheck, SeatsRequest, PART};
use espace_api::{ApiError, EntityId, ServiceId, UserId};
use leptos::prelude::*;

use crate::api;

/// What to run, on whom.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    pub action: BulkAction,
    pub ids: Vec<UserId>,
    pub service_id: Option<ServiceId>,
    pub entity_id: Option<EntityId>,
}

/// How a run ended: the report of the people processed, and what stopped it, if anything.
#[derive(Debug, Clone, Default)]
pub struct Outcome {
    pub action: Option<BulkAction>,
    pub report: BulkReport,
    /// A part the server refused: the parts before it stand.
    pub error: Option<ApiError>,
    /// The seats did not cover the selection: nothing was sent.
    pub seats: Option<SeatsCheck>,
}

/// The parts, one after the other, each moving the progress bar; the seats first when a
/// service is given, so that a selection they do not cover changes nothing.
pub async fn run(plan: Plan, progress: RwSignal<(usize, usize)>) -> Outcome {
    let mut outcome = Outcome { action: Some(plan.action), ..Outcome::default() };
    if let (BulkAction::AssignService, Some(service_id)) = (plan.action, plan.service_id) {
        match api::users::bulk_seats(&SeatsRequest { service_id, ids: plan.ids.clone() }).await {
            Ok(check) if !check.enough() => {
                outcome.seats = Some(check);
                return outcome;
            }
            Ok(_) => {}
            Err(error) => {
                outcome.error = Some(error);
                return outcome;
            }
        }
    }
    let total = plan.ids.len();
    progress.set((0, total));
    let mut batch = None;
    for part in plan.ids.chunks(PART) {
        let request = BulkRequest {
            action: plan.action,
            ids: part.to_vec(),
            service_id: plan.service_id,
            entity_id: plan.entity_id,
            batch: batch.clone(),
        };
        match api::users::bulk(&request).await {
            Ok(report) => {
                batch = Some(report.batch.clone());
                outcome.report.batch = report.batch;
                outcome.report.items.extend(report.items);
                progress.set((outcome.report.items.len(), total));
            }
            Err(error) => {
                outcome.error = Some(error);
                break;
            }
        }
    }
    outcome
}
