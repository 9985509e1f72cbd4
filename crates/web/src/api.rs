//! The JSON API under `/api/v1`: personal Bearer tokens, the same authorisation as the pages,
//! and its OpenAPI 3.1 document at `/api/openapi.json`, derived from the handlers.

use axum::response::IntoResponse;
use axum::routing::get;
use axum::{Json, Router, middleware};
use serde::Serialize;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi, ToSchema};
use utoipa_axum::router::OpenApiRouter;

use crate::AppState;

#[derive(OpenApi)]
#[openapi(
    info(title = "Spira API", description = "Innovation networks for the Nordic public sector. Authenticate with a personal token: `Authorization: Bearer spira_…` (create one on your account page or with `spira token create`)."),
    modifiers(&BearerAuth),
    tags((name = "accounts"), (name = "organisations"), (name = "networks"), (name = "admission"), (name = "fees"), (name = "invoices"), (name = "operations"))
)]
struct ApiDoc;

struct BearerAuth;
impl Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme("bearer", SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()));
    }
}

/// The error body every failed API call returns.
#[derive(Serialize, ToSchema)]
pub struct ApiErrorDoc {
    pub error: ApiErrorBodyDoc,
}
#[derive(Serialize, ToSchema)]
pub struct ApiErrorBodyDoc {
    /// Stable snake_case code.
    pub code: String,
    /// The message in the language of `Accept-Language`.
    pub message: String,
    pub fields: Option<Vec<ApiFieldErrorDoc>>,
}
#[derive(Serialize, ToSchema)]
pub struct ApiFieldErrorDoc {
    pub field: String,
    pub code: String,
    pub message: String,
}

pub fn openapi_router() -> (Router<AppState>, utoipa::openapi::OpenApi) {
    let (router, mut doc) = OpenApiRouter::with_openapi(ApiDoc::openapi())
        .merge(crate::accounts::api::routes())
        .merge(crate::organisations::api::routes())
        .merge(crate::networks::api::routes())
        .merge(crate::agreements::api::routes())
        .merge(crate::admission::api::routes())
        .merge(crate::fees::api::routes())
        .merge(crate::invoices::api::routes())
        .merge(crate::members::api::routes())
        .merge(crate::outbox::api::routes())
        .split_for_parts();
    doc.servers = Some(vec![utoipa::openapi::Server::new("/api/v1")]);
    (router, doc)
}

/// The OpenAPI document as served.
pub fn openapi() -> utoipa::openapi::OpenApi {
    openapi_router().1
}

pub fn routes(_state: AppState) -> Router<AppState> {
    let (v1, doc) = openapi_router();
    let json = doc.to_pretty_json().unwrap_or_else(|_| "{}".into());
    Router::new()
        .nest(
            "/api/v1",
            v1.fallback(|| async { crate::error::AppError::NotFound }).layer(middleware::from_fn(crate::error::render_api_errors)),
        )
        .route(
            "/api/openapi.json",
            get(move || {
                let json = json.clone();
                async move { ([(axum::http::header::CONTENT_TYPE, "application/json")], json).into_response() }
            }),
        )
}

/// A JSON body for `201 Created` and friends.
pub fn created<T: Serialize>(v: T) -> impl IntoResponse {
    (axum::http::StatusCode::CREATED, Json(v))
}
