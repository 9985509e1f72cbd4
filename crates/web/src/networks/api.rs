//! Networks in the API: list, read, create and edit the charter; the people and invitations.

use axum::Json;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use spira_app::Uuid;
use spira_app::networks::{NetworkRow, charter, people};
use spira_domain::Lang;
use spira_domain::networks::{CharterInput, format_hours};
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::AppState;
use crate::error::AppError;
use crate::session::Viewer;

/// A network and its charter.
#[derive(Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Network {
    pub id: String,
    pub slug: String,
    pub name: String,
    pub purpose: String,
    pub content: String,
    pub admission_criteria: Vec<String>,
    pub roles_description: String,
    pub meetings_per_year: i32,
    /// Usual length of a meeting, in minutes.
    pub meeting_minutes: i32,
    pub venue: String,
    pub confidential: bool,
    pub contact_name: String,
    pub contact_email: Option<String>,
    /// `da`, `sv` or `en`.
    pub language: String,
    /// `DK`, `SE`, `NO` or `FI`.
    pub country: String,
    pub time_zone: String,
    /// `forming`, `running` or `closed`.
    pub status: String,
    pub updated_at: String,
}

impl From<NetworkRow> for Network {
    fn from(n: NetworkRow) -> Self {
        Network {
            id: n.id.to_string(),
            admission_criteria: n.criteria().into_iter().map(str::to_string).collect(),
            slug: n.slug,
            name: n.name,
            purpose: n.purpose,
            content: n.content,
            roles_description: n.roles_description,
            meetings_per_year: n.meetings_per_year,
            meeting_minutes: n.meeting_minutes,
            venue: n.venue,
            confidential: n.is_confidential,
            contact_name: n.contact_name,
            contact_email: n.contact_email,
            language: n.language,
            country: n.country.to_string(),
            time_zone: n.time_zone.to_string(),
            status: n.status,
            updated_at: n.updated_at.to_utc().to_rfc3339(),
        }
    }
}

/// The charter as sent to create or replace it.
#[derive(Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CharterBody {
    pub name: String,
    /// The address part; derived from the name when left out.
    #[serde(default)]
    pub slug: Option<String>,
    #[serde(default)]
    pub purpose: String,
    #[serde(default)]
    pub content: String,
    #[serde(default)]
    pub admission_criteria: Vec<String>,
    #[serde(default)]
    pub roles_description: String,
    #[serde(default)]
    pub meetings_per_year: Option<u32>,
    #[serde(default)]
    pub meeting_minutes: Option<u32>,
    #[serde(default)]
    pub venue: String,
    #[serde(default)]
    pub confidential: bool,
    #[serde(default)]
    pub contact_name: String,
    #[serde(default)]
    pub contact_email: Option<String>,
    pub language: String,
    pub country: String,
    #[serde(default)]
    pub status: Option<String>,
}

impl CharterBody {
    fn input(&self) -> CharterInput {
        CharterInput {
            name: self.name.clone(),
            slug: self.slug.clone().unwrap_or_default(),
            purpose: self.purpose.clone(),
            content: self.content.clone(),
            admission_criteria: self.admission_criteria.join("\n"),
            roles_description: self.roles_description.clone(),
            meetings_per_year: self.meetings_per_year.map(|n| n.to_string()).unwrap_or_default(),
            meeting_hours: self.meeting_minutes.map(|m| format_hours(m.min(100_000) as i32, Lang::En)).unwrap_or_default(),
            venue: self.venue.clone(),
            confidential: self.confidential,
            contact_name: self.contact_name.clone(),
            contact_email: self.contact_email.clone().unwrap_or_default(),
            language: self.language.clone(),
            country: self.country.clone(),
            status: self.status.clone().unwrap_or_default(),
        }
    }
}

/// A person holding a role in a network.
#[derive(Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct NetworkPerson {
    pub user_id: String,
    pub name: String,
    pub email: String,
    /// `facilitator`, `convener`, `member` or `observer`.
    pub role: String,
    pub organisation: Option<String>,
}

#[derive(Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RoleBody {
    /// `facilitator`, `convener`, `member` or `observer`.
    pub role: String,
}

#[derive(Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct InvitationBody {
    pub email: String,
    /// `facilitator`, `convener`, `member` or `observer`.
    pub role: String,
}

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_networks, create_network))
        .routes(routes!(get_network, update_network))
        .routes(routes!(list_network_people, invite_to_network))
        .routes(routes!(set_network_role, remove_network_person))
}

/// All networks with their public charter.
#[utoipa::path(get, path = "/networks", operation_id = "listNetworks", tag = "networks",
    responses((status = 200, body = Vec<Network>)))]
async fn list_networks(State(state): State<AppState>, viewer: Viewer) -> Result<Json<Vec<Network>>, AppError> {
    Ok(Json(charter::list(&state.app, &viewer).await?.into_iter().map(Network::from).collect()))
}

/// One network's public charter.
#[utoipa::path(get, path = "/networks/{slug}", operation_id = "getNetwork", tag = "networks",
    params(("slug" = String, Path, description = "The network's address")),
    responses((status = 200, body = Network), (status = 404, body = crate::api::ApiErrorDoc)))]
async fn get_network(State(state): State<AppState>, viewer: Viewer, Path(slug): Path<String>) -> Result<Json<Network>, AppError> {
    Ok(Json(charter::get(&state.app, &viewer, &slug).await?.into()))
}

/// Starts a network; the caller becomes its facilitator.
#[utoipa::path(post, path = "/networks", operation_id = "createNetwork", tag = "networks",
    request_body = CharterBody,
    responses((status = 201, body = Network), (status = 401, body = crate::api::ApiErrorDoc), (status = 403, body = crate::api::ApiErrorDoc), (status = 422, body = crate::api::ApiErrorDoc)),
    security(("bearer" = [])))]
async fn create_network(State(state): State<AppState>, viewer: Viewer, Json(body): Json<CharterBody>) -> Result<Response, AppError> {
    let row = charter::create(&state.app, &viewer, &body.input()).await?;
    Ok(crate::api::created(Network::from(row)).into_response())
}

/// Replaces a network's charter (facilitators).
#[utoipa::path(put, path = "/networks/{slug}", operation_id = "updateNetwork", tag = "networks",
    params(("slug" = String, Path, description = "The network's address")),
    request_body = CharterBody,
    responses((status = 200, body = Network), (status = 403, body = crate::api::ApiErrorDoc), (status = 404, body = crate::api::ApiErrorDoc), (status = 422, body = crate::api::ApiErrorDoc)),
    security(("bearer" = [])))]
async fn update_network(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(slug): Path<String>,
    Json(body): Json<CharterBody>,
) -> Result<Json<Network>, AppError> {
    Ok(Json(charter::update(&state.app, &viewer, &slug, &body.input()).await?.into()))
}

/// The people holding a role in the network (facilitators).
#[utoipa::path(get, path = "/networks/{slug}/people", operation_id = "listNetworkPeople", tag = "networks",
    params(("slug" = String, Path, description = "The network's address")),
    responses((status = 200, body = Vec<NetworkPerson>), (status = 403, body = crate::api::ApiErrorDoc), (status = 404, body = crate::api::ApiErrorDoc)),
    security(("bearer" = [])))]
async fn list_network_people(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(slug): Path<String>,
) -> Result<Json<Vec<NetworkPerson>>, AppError> {
    Ok(Json(
        people::list(&state.app, &viewer, &slug)
            .await?
            .into_iter()
            .map(|p| NetworkPerson {
                user_id: p.user_id.to_string(),
                name: p.name,
                email: p.email,
                role: p.role.to_string(),
                organisation: p.organisation,
            })
            .collect(),
    ))
}

/// Invites a person by e-mail to a role in the network (facilitators).
#[utoipa::path(post, path = "/networks/{slug}/people", operation_id = "inviteToNetwork", tag = "networks",
    params(("slug" = String, Path, description = "The network's address")),
    request_body = InvitationBody,
    responses((status = 202, description = "Invitation queued for e-mail"), (status = 403, body = crate::api::ApiErrorDoc), (status = 422, body = crate::api::ApiErrorDoc)),
    security(("bearer" = [])))]
async fn invite_to_network(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(slug): Path<String>,
    Json(body): Json<InvitationBody>,
) -> Result<Response, AppError> {
    people::invite(&state.app, &viewer, &slug, &body.email, &body.role).await?;
    Ok(axum::http::StatusCode::ACCEPTED.into_response())
}

/// Changes the role a person holds in the network (facilitators). The last facilitator cannot
/// step down.
#[utoipa::path(put, path = "/networks/{slug}/people/{userId}", operation_id = "setNetworkRole", tag = "networks",
    params(("slug" = String, Path, description = "The network's address"), ("userId" = String, Path)),
    request_body = RoleBody,
    responses((status = 204, description = "Role changed"), (status = 403, body = crate::api::ApiErrorDoc), (status = 404, body = crate::api::ApiErrorDoc), (status = 409, body = crate::api::ApiErrorDoc), (status = 422, body = crate::api::ApiErrorDoc)),
    security(("bearer" = [])))]
async fn set_network_role(
    State(state): State<AppState>,
    viewer: Viewer,
    Path((slug, user_id)): Path<(String, Uuid)>,
    Json(body): Json<RoleBody>,
) -> Result<Response, AppError> {
    let Some(role) = spira_domain::accounts::NetworkRole::parse(&body.role) else {
        return Err(spira_app::Common::Invalid(spira_domain::FieldErrors::one("role", "invalid_choice")).into());
    };
    people::set_role(&state.app, &viewer, &slug, user_id, Some(role)).await?;
    Ok(axum::http::StatusCode::NO_CONTENT.into_response())
}

/// Takes a person out of the network (facilitators).
#[utoipa::path(delete, path = "/networks/{slug}/people/{userId}", operation_id = "removeNetworkPerson", tag = "networks",
    params(("slug" = String, Path, description = "The network's address"), ("userId" = String, Path)),
    responses((status = 204, description = "Removed"), (status = 403, body = crate::api::ApiErrorDoc), (status = 404, body = crate::api::ApiErrorDoc), (status = 409, body = crate::api::ApiErrorDoc)),
    security(("bearer" = [])))]
async fn remove_network_person(
    State(state): State<AppState>,
    viewer: Viewer,
    Path((slug, user_id)): Path<(String, Uuid)>,
) -> Result<Response, AppError> {
    people::set_role(&state.app, &viewer, &slug, user_id, None).await?;
    Ok(axum::http::StatusCode::NO_CONTENT.into_response())
}
