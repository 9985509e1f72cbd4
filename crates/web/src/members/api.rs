//! The member directory in the API: confidential, like the page.

use axum::Json;
use axum::extract::{Path, State};
use serde::Serialize;
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::AppState;
use crate::error::AppError;
use crate::session::Viewer;

#[derive(Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Member {
    pub user_id: String,
    pub name: String,
    pub email: String,
    /// `facilitator`, `convener` or `member`.
    pub role: String,
    pub organisation: Option<String>,
    pub presentation: String,
    pub competences: Vec<String>,
}

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(list_members))
}

/// The member directory (members who have accepted the current confidentiality agreement).
#[utoipa::path(get, path = "/networks/{slug}/members", operation_id = "listMembers", tag = "networks",
    params(("slug" = String, Path, description = "The network's address")),
    responses((status = 200, body = Vec<Member>), (status = 401, body = crate::api::ApiErrorDoc), (status = 403, description = "Not a member, or the agreement is not accepted (`agreement_not_accepted`)", body = crate::api::ApiErrorDoc), (status = 404, body = crate::api::ApiErrorDoc)),
    security(("bearer" = [])))]
async fn list_members(State(state): State<AppState>, viewer: Viewer, Path(slug): Path<String>) -> Result<Json<Vec<Member>>, AppError> {
    let directory = spira_app::members::directory(&state.app, &viewer, &slug).await?;
    Ok(Json(
        directory
            .members
            .into_iter()
            .map(|m| Member {
                user_id: m.user_id.to_string(),
                competences: m.competence_list().into_iter().map(str::to_string).collect(),
                name: m.name,
                email: m.email,
                role: m.role.to_string(),
                organisation: m.organisation,
                presentation: m.presentation.unwrap_or_default(),
            })
            .collect(),
    ))
}
