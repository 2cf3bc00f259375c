//! Which services a user holds, within the company's seats.

use std::collections::BTreeSet;

use espace_api::{CompanyId, ErrorCode, ServiceId, UserId};

use crate::error::AppError;
use crate::store::{self, Conn};

/// Replaces the user's services with `wanted`: each must be the company's, and each newly
/// added one must have a free seat (counted in the caller's write transaction, so two admins
/// cannot both take the last one).
pub async fn set(
    conn: &mut Conn,
    company_id: CompanyId,
    user_id: UserId,
    wanted: &[ServiceId],
) -> Result<(), AppError> {
    let wanted: BTreeSet<ServiceId> = wanted.iter().copied().collect();
    let held: BTreeSet<ServiceId> = store::services::held_by(conn, user_id).await?.into_iter().collect();
    for &service in wanted.difference(&held) {
        match store::services::seats(conn, company_id, service).await? {
            None => return Err(AppError::NotFound),
            Some((total, used)) if used >= total => return Err(AppError::Refused(ErrorCode::NoSeatsLeft)),
            Some(_) => store::services::assign(conn, user_id, service).await?,
        }
    }
    for &service in held.difference(&wanted) {
        store::services::unassign(conn, user_id, service).await?;
    }
    Ok(())
}
