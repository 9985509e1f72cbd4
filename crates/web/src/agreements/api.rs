//! The confidentiality agreement in the API.

use axum::Json;
use axum::extract::{Path, State};
use serde::{Deserialize, Serialize};
use spira_app::agreements as app;
use spira_domain::agreements::AgreementInput;
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::AppState;
use crate::error::AppError;
use crate::session::Viewer;

/// The current agreement and where the caller stands.
#[derive(Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Agreement {
    /// Absent until the facilitator has written the first version.
    pub version: Option<i32>,
    pub text: Option<String>,
    /// Whether this version was an editorial change that kept earlier acceptances.
    pub editorial: bool,
    pub published_at: Option<String>,
    /// Whether the caller has accepted the current version (or an earlier one an editorial
    /// change kept valid).
    pub accepted: bool,
    pub accepted_version: Option<i32>,
}

#[derive(Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AgreementBody {
    pub text: String,
    /// Keep earlier acceptances (a correction that does not change what members agree to).
    #[serde(default)]
    pub editorial: bool,
}

#[derive(Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AcceptanceBody {
    /// The version the member read; it must be the current one.
    pub version: i32,
}

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(get_agreement, update_agreement)).routes(routes!(accept_agreement))
}

async fn agreement(state: &AppState, viewer: &Viewer, slug: &str) -> Result<Agreement, AppError> {
    let app::Standing { current, accepted, accepted_current, .. } = app::standing(&state.app, viewer, slug).await?;
    let accepted_version = accepted.map(|(v, _)| v);
    Ok(Agreement {
        version: current.as_ref().map(|a| a.version),
        editorial: current.as_ref().is_some_and(|a| a.editorial),
        published_at: current.as_ref().map(|a| a.created_at.to_utc().to_rfc3339()),
        text: current.map(|a| a.text),
        accepted: accepted_current,
        accepted_version,
    })
}

/// The network's current confidentiality agreement (people with a role in the network).
#[utoipa::path(get, path = "/networks/{slug}/agreement", operation_id = "getAgreement", tag = "networks",
    params(("slug" = String, Path, description = "The network's address")),
    responses((status = 200, body = Agreement), (status = 401, body = crate::api::ApiErrorDoc), (status = 403, body = crate::api::ApiErrorDoc), (status = 404, body = crate::api::ApiErrorDoc)),
    security(("bearer" = [])))]
async fn get_agreement(State(state): State<AppState>, viewer: Viewer, Path(slug): Path<String>) -> Result<Json<Agreement>, AppError> {
    Ok(Json(agreement(&state, &viewer, &slug).await?))
}

/// Publishes a new version (facilitators). Unless `editorial`, everyone must accept it again.
#[utoipa::path(put, path = "/networks/{slug}/agreement", operation_id = "updateAgreement", tag = "networks",
    params(("slug" = String, Path, description = "The network's address")),
    request_body = AgreementBody,
    responses((status = 200, body = Agreement), (status = 403, body = crate::api::ApiErrorDoc), (status = 409, body = crate::api::ApiErrorDoc), (status = 422, body = crate::api::ApiErrorDoc)),
    security(("bearer" = [])))]
async fn update_agreement(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(slug): Path<String>,
    Json(body): Json<AgreementBody>,
) -> Result<Json<Agreement>, AppError> {
    app::publish(&state.app, &viewer, &slug, &AgreementInput { text: body.text, editorial: body.editorial }).await?;
    Ok(Json(agreement(&state, &viewer, &slug).await?))
}

/// Accepts the current version.
#[utoipa::path(post, path = "/networks/{slug}/agreement/acceptance", operation_id = "acceptAgreement", tag = "networks",
    params(("slug" = String, Path, description = "The network's address")),
    request_body = AcceptanceBody,
    responses((status = 200, body = Agreement), (status = 403, body = crate::api::ApiErrorDoc), (status = 404, body = crate::api::ApiErrorDoc), (status = 409, description = "The agreement changed since that version", body = crate::api::ApiErrorDoc)),
    security(("bearer" = [])))]
async fn accept_agreement(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(slug): Path<String>,
    Json(body): Json<AcceptanceBody>,
) -> Result<Json<Agreement>, AppError> {
    app::accept(&state.app, &viewer, &slug, body.version).await?;
    Ok(Json(agreement(&state, &viewer, &slug).await?))
}
