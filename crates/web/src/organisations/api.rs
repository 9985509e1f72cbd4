//! Organisations in the API.

use axum::Json;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use spira_app::Uuid;
use spira_app::organisations::{self as app, OrganisationView};
use spira_domain::organisations::OrganisationInput;
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::AppState;
use crate::error::AppError;
use crate::session::Viewer;

#[derive(Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Organisation {
    pub id: String,
    pub name: String,
    /// `municipality`, `region`, `state_agency` or `other`.
    pub kind: String,
    pub country: String,
    pub parent_id: Option<String>,
    /// CVR (DK) or organisation number (SE).
    pub registration_number: Option<String>,
    /// EAN/GLN location number for e-invoices.
    pub gln: Option<String>,
    pub street: String,
    pub postcode: String,
    pub city: String,
    /// `DK12345678` or `SE` + organisation number + `01`.
    pub vat_number: Option<String>,
    /// Where Peppol delivers its invoices: `0088:<GLN>`, `0184:DK<CVR>` or `0007:<orgnr>`.
    pub electronic_address: Option<String>,
    /// The ISO 3166-2 code of its region (`DK-83`, `SE-AB`): its own or, when `regionInherited`,
    /// the nearest parent's. Only an own region belongs in `region` when the organisation is saved.
    pub region: Option<String>,
    /// The region's name as its country writes it (`Region Syddanmark`, `Skåne län`).
    pub region_name: Option<String>,
    /// Whether the region is taken from a parent organisation.
    pub region_inherited: bool,
    /// The top organisation: the root of its parents, its own id when it has no parent.
    pub top_organisation_id: String,
}

impl From<OrganisationView> for Organisation {
    fn from(v: OrganisationView) -> Self {
        let o = v.row;
        let electronic_address =
            spira_domain::invoices::Endpoint::for_organisation(o.country, o.registration_number.as_deref(), o.gln.as_deref())
                .map(|e| format!("{}:{}", e.scheme, e.id));
        Organisation {
            id: o.id.to_string(),
            name: o.name,
            kind: o.kind.to_string(),
            country: o.country.to_string(),
            parent_id: o.parent_id.map(|p| p.to_string()),
            electronic_address,
            street: o.street,
            postcode: o.postcode,
            city: o.city,
            vat_number: o.vat_number,
            registration_number: o.registration_number,
            gln: o.gln,
            region: v.region.map(|r| r.code.to_string()),
            region_name: v.region.map(|r| r.name.to_string()),
            region_inherited: v.inherited_region,
            top_organisation_id: v.top.id.to_string(),
        }
    }
}

#[derive(Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct OrganisationBody {
    pub name: String,
    pub kind: String,
    pub country: String,
    #[serde(default)]
    pub parent_id: Option<String>,
    #[serde(default)]
    pub registration_number: Option<String>,
    #[serde(default)]
    pub gln: Option<String>,
    #[serde(default)]
    pub street: Option<String>,
    #[serde(default)]
    pub postcode: Option<String>,
    #[serde(default)]
    pub city: Option<String>,
    #[serde(default)]
    pub vat_number: Option<String>,
    /// The ISO 3166-2 code of its own region, one of its country's (`DK-83`, `SE-AB`); leave it
    /// out for a unit that takes its parent's.
    #[serde(default)]
    pub region: Option<String>,
}

impl OrganisationBody {
    fn input(self) -> OrganisationInput {
        OrganisationInput {
            name: self.name,
            kind: self.kind,
            country: self.country,
            parent_id: self.parent_id,
            registration_number: self.registration_number,
            gln: self.gln,
            street: self.street,
            postcode: self.postcode,
            city: self.city,
            vat_number: self.vat_number,
            region: self.region,
        }
    }
}

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(list_organisations, create_organisation)).routes(routes!(get_organisation, update_organisation))
}

/// All organisations (signed-in people).
#[utoipa::path(get, path = "/organisations", operation_id = "listOrganisations", tag = "organisations",
    responses((status = 200, body = Vec<Organisation>), (status = 401, body = crate::api::ApiErrorDoc)),
    security(("bearer" = [])))]
async fn list_organisations(State(state): State<AppState>, viewer: Viewer) -> Result<Json<Vec<Organisation>>, AppError> {
    Ok(Json(app::list(&state.app, &viewer).await?.organisations.into_iter().map(Organisation::from).collect()))
}

/// One organisation.
#[utoipa::path(get, path = "/organisations/{id}", operation_id = "getOrganisation", tag = "organisations",
    params(("id" = String, Path)),
    responses((status = 200, body = Organisation), (status = 404, body = crate::api::ApiErrorDoc)),
    security(("bearer" = [])))]
async fn get_organisation(State(state): State<AppState>, viewer: Viewer, Path(id): Path<Uuid>) -> Result<Json<Organisation>, AppError> {
    Ok(Json(app::view(&state.app, &viewer, id).await?.into()))
}

/// Adds an organisation (facilitators and platform admins).
#[utoipa::path(post, path = "/organisations", operation_id = "createOrganisation", tag = "organisations",
    request_body = OrganisationBody,
    responses((status = 201, body = Organisation), (status = 403, body = crate::api::ApiErrorDoc), (status = 422, body = crate::api::ApiErrorDoc)),
    security(("bearer" = [])))]
async fn create_organisation(
    State(state): State<AppState>,
    viewer: Viewer,
    Json(body): Json<OrganisationBody>,
) -> Result<Response, AppError> {
    let row = app::save(&state.app, &viewer, None, &body.input()).await?;
    Ok(crate::api::created(Organisation::from(app::view(&state.app, &viewer, row.id.uuid()).await?)).into_response())
}

/// Replaces an organisation's details.
#[utoipa::path(put, path = "/organisations/{id}", operation_id = "updateOrganisation", tag = "organisations",
    params(("id" = String, Path)),
    request_body = OrganisationBody,
    responses((status = 200, body = Organisation), (status = 403, body = crate::api::ApiErrorDoc), (status = 404, body = crate::api::ApiErrorDoc), (status = 422, body = crate::api::ApiErrorDoc)),
    security(("bearer" = [])))]
async fn update_organisation(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<Uuid>,
    Json(body): Json<OrganisationBody>,
) -> Result<Json<Organisation>, AppError> {
    app::save(&state.app, &viewer, Some(id), &body.input()).await?;
    Ok(Json(app::view(&state.app, &viewer, id).await?.into()))
}
