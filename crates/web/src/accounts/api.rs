//! Accounts in the API: who the token belongs to.

use axum::Json;
use axum::extract::State;
use serde::{Deserialize, Serialize};
use spira_app::accounts::profile::{self, Profile, ProfileChange};
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
    /// A short presentation for the member directories.
    pub presentation: String,
    pub competences: Vec<String>,
}

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(get_me, update_me))
}

/// The account the token belongs to.
#[utoipa::path(get, path = "/me", operation_id = "getMe", tag = "accounts",
    responses((status = 200, body = Me), (status = 401, body = crate::api::ApiErrorDoc)),
    security(("bearer" = [])))]
async fn get_me(State(state): State<AppState>, viewer: Viewer) -> Result<Json<Me>, AppError> {
    Ok(Json(me(profile::me(&state.app, &viewer).await?)))
}

fn me(Profile { user: u, profile: p }: Profile) -> Me {
    Me {
        competences: p.competence_list().into_iter().map(str::to_string).collect(),
        presentation: p.presentation,
        id: u.id.to_string(),
        email: u.email,
        name: u.name,
        language: u.lang,
        platform_admin: u.is_platform_admin,
        organisation_id: u.organisation_id.map(|o| o.to_string()),
    }
}

/// One's own profile as sent to change it.
#[derive(Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct MeBody {
    pub name: String,
    /// `da`, `sv` or `en`: the language of e-mails.
    pub language: String,
    /// The workplace: an organisation's id.
    #[serde(default)]
    pub organisation_id: Option<String>,
    #[serde(default)]
    pub presentation: String,
    #[serde(default)]
    pub competences: Vec<String>,
}

/// Changes one's own name, language and workplace.
#[utoipa::path(put, path = "/me", operation_id = "updateMe", tag = "accounts",
    request_body = MeBody,
    responses((status = 200, body = Me), (status = 401, body = crate::api::ApiErrorDoc), (status = 422, body = crate::api::ApiErrorDoc)),
    security(("bearer" = [])))]
async fn update_me(State(state): State<AppState>, viewer: Viewer, Json(body): Json<MeBody>) -> Result<Json<Me>, AppError> {
    let change = ProfileChange {
        name: body.name,
        language: body.language,
        organisation_id: body.organisation_id,
        presentation: body.presentation,
        competences: body.competences.join("\n"),
    };
    Ok(Json(me(profile::update(&state.app, &viewer, &change).await?)))
}
