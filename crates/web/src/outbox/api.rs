//! The outbox in the API, for operators.

use axum::Json;
use axum::extract::State;
use serde::Serialize;
use spira_app::outbox as app;
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::AppState;
use crate::error::AppError;
use crate::session::Viewer;

#[derive(Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct OutboxMessage {
    pub id: String,
    pub to: String,
    pub subject: String,
    pub created_at: String,
    pub sent_at: Option<String>,
    pub attempts: i32,
    pub last_error: Option<String>,
}

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(list_outbox)).routes(routes!(retry_outbox))
}

/// The newest e-mails in the outbox (platform admins only).
#[utoipa::path(get, path = "/outbox", operation_id = "listOutbox", tag = "operations",
    responses((status = 200, body = Vec<OutboxMessage>), (status = 401, body = crate::api::ApiErrorDoc), (status = 403, body = crate::api::ApiErrorDoc)),
    security(("bearer" = [])))]
async fn list_outbox(State(state): State<AppState>, viewer: Viewer) -> Result<Json<Vec<OutboxMessage>>, AppError> {
    let outbox = app::list(&state.app, &viewer).await?;
    Ok(Json(
        outbox
            .messages
            .into_iter()
            .map(|m| OutboxMessage {
                id: m.id.to_string(),
                to: m.to_address,
                subject: m.subject,
                created_at: m.created_at.to_utc().to_rfc3339(),
                sent_at: m.sent_at.map(|t| t.to_utc().to_rfc3339()),
                attempts: m.attempts,
                last_error: m.last_error,
            })
            .collect(),
    ))
}

/// Makes every waiting e-mail due now (platform admins only); answers how many.
#[utoipa::path(post, path = "/outbox/retry", operation_id = "retryOutbox", tag = "operations",
    responses((status = 200, body = RetryResult), (status = 401, body = crate::api::ApiErrorDoc), (status = 403, body = crate::api::ApiErrorDoc)),
    security(("bearer" = [])))]
async fn retry_outbox(State(state): State<AppState>, viewer: Viewer) -> Result<Json<RetryResult>, AppError> {
    let n = app::retry(&state.app, &viewer).await?;
    Ok(Json(RetryResult { due_now: n }))
}

#[derive(Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct RetryResult {
    /// How many waiting e-mails were made due.
    pub due_now: u64,
}
