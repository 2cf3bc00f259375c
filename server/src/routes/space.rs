use axum::extract::State;
use axum::Json;
use espace_api::services::{MySpace, ServiceCard};
use espace_api::users::Role;

use crate::auth::extract::CurrentUser;
use crate::error::AppError;
use crate::state::AppState;

/// A User sees the services assigned to them; an admin sees the whole catalogue with seats.
pub async fn my_space(State(state): State<AppState>, user: CurrentUser) -> Result<Json<MySpace>, AppError> {
    if user.role == Role::Admin {
        let rows: Vec<(i64, String, i64, i64)> = sqlx::query_as(
            "SELECT s.id, s.name, s.seats_total, COUNT(us.user_id)
             FROM services s LEFT JOIN user_services us ON us.service_id = s.id
             WHERE s.company_id = ? GROUP BY s.id ORDER BY s.name",
        )
        .bind(user.company_id)
        .fetch_all(&state.pool)
        .await?;
        let pending: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM users WHERE company_id = ? AND status IN ('created', 'invited')")
                .bind(user.company_id)
                .fetch_one(&state.pool)
                .await?;
        let services = rows
            .into_iter()
            .map(|(id, name, total, used)| ServiceCard {
                id,
                name,
                seats_used: Some(used as u32),
                seats_total: Some(total as u32),
            })
            .collect();
        return Ok(Json(MySpace { services, pending_activation: Some(pending as u32) }));
    }
    let rows: Vec<(i64, String)> = sqlx::query_as(
        "SELECT s.id, s.name FROM services s JOIN user_services us ON us.service_id = s.id
         WHERE us.user_id = ? AND s.company_id = ? ORDER BY s.name",
    )
    .bind(user.id)
    .bind(user.company_id)
    .fetch_all(&state.pool)
    .await?;
    let services =
        rows.into_iter().map(|(id, name)| ServiceCard { id, name, seats_used: None, seats_total: None }).collect();
    Ok(Json(MySpace { services, pending_activation: None }))
}
