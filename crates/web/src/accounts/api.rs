//! Accounts in the API: who the token belongs to.

use axum::Json;
use serde::Serialize;
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::AppState;
use crate::error::AppError;
use crate::session::Viewer;

#[derive(Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Me {
    pub id: String,
    pub email: String,
    pub name: String,
    pub language: String,
    pub platform_admin: bool,
    pub organisation_id: Option<String>,
}

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(get_me))
}

/// The account the token belongs to.
#[utoipa::path(get, path = "/me", operation_id = "getMe", tag = "accounts",
    responses((status = 200, body = Me), (status = 401, body = crate::api::ApiErrorDoc)),
    security(("bearer" = [])))]
async fn get_me(viewer: Viewer) -> Result<Json<Me>, AppError> {
    let u = viewer.require()?;
    Ok(Json(Me {
        id: u.id.to_string(),
        email: u.email.clone(),
        name: u.name.clone(),
        language: u.lang.clone(),
        platform_admin: u.is_platform_admin,
        organisation_id: u.organisation_id.map(|o| o.to_string()),
    }))
}
