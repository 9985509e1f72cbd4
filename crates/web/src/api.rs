//! The JSON API under `/api/v1`: personal Bearer tokens, the same authorisation as the pages,
//! and its OpenAPI 3.1 document at `/api/openapi.json`, derived from the handlers.
//!
//! Every request under `/api/v1` has its Bearer token checked before any route runs, public
//! routes included: a token that is malformed, unknown or revoked is answered 401 with
//! `WWW-Authenticate: Bearer error="invalid_token"` (RFC 6750, section 3.1) instead of being
//! served as if anonymous; a 401 for a missing token carries `WWW-Authenticate: Bearer`.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::{Json, Router, middleware};
use serde::Serialize;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi, ToSchema};
use utoipa_axum::router::OpenApiRouter;

use crate::AppState;
use crate::error::AppError;
use crate::routes::Pages;
use crate::session::{Viewer, bearer_viewer};

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
    document_common_errors(&mut doc);
    (router, doc)
}

/// Answers every operation can give whatever its handler does, added where a handler's own
/// annotation does not name them: 400 for a malformed path or query, 401 for a bad, expired or
/// revoked token (checked before any route runs), 429 from the rate limits, 404 where the path
/// names an item, 403 where the operation needs a signed-in person; and, where a body
/// is taken, 413 (too large), 415 (not JSON) and 422 (JSON that cannot be read). All carry the
/// common error body.
fn document_common_errors(doc: &mut utoipa::openapi::OpenApi) {
    use utoipa::openapi::{Content, Ref, RefOr, ResponseBuilder};
    let described = |text: &str| {
        RefOr::T(
            ResponseBuilder::new()
                .description(text)
                .content("application/json", Content::new(Some(Ref::from_schema_name("ApiErrorDoc"))))
                .build(),
        )
    };
    for (path, item) in doc.paths.paths.iter_mut() {
        let names_something = path.contains('{');
        let ops = [&mut item.get, &mut item.put, &mut item.post, &mut item.delete, &mut item.patch];
        for op in ops.into_iter().flatten() {
            let signed_in = op.security.as_ref().is_some_and(|s| !s.is_empty());
            let mut add = |code: &str, text: &str| {
                op.responses.responses.entry(code.to_string()).or_insert_with(|| described(text));
            };
            add("400", "A path or query parameter that cannot be read");
            add("401", "A bad, expired or revoked token, or sign-in required");
            add("429", "Too many requests; try later");
            if names_something {
                add("404", "No such item, or not one the caller may know of");
            }
            if signed_in {
                add("403", "Signed in, but not allowed");
            }
            if op.request_body.is_some() {
                add("413", "The body is too large");
                add("415", "The body is not JSON");
                add("422", "The body cannot be read, or its values are invalid");
            }
        }
    }
}

/// The OpenAPI document as served.
pub fn openapi() -> utoipa::openapi::OpenApi {
    openapi_router().1
}

/// The API under `/api/v1`, with its token check and error rendering.
pub fn routes(state: AppState) -> Router<AppState> {
    let (v1, _) = openapi_router();
    Router::new().nest(
        "/api/v1",
        v1.fallback(|| async { AppError::from(spira_app::Common::NotFound) })
            .layer(middleware::from_fn_with_state(state, authenticate))
            .layer(middleware::from_fn(crate::error::render_api_errors))
            .layer(middleware::from_fn(challenge)),
    )
}

/// The OpenAPI document, served as JSON.
pub fn document_routes() -> Pages {
    let json = openapi().to_pretty_json().unwrap_or_else(|_| "{}".into());
    Pages::new().get("/api/openapi.json", move || {
        let json = json.clone();
        async move { ([(axum::http::header::CONTENT_TYPE, "application/json")], json).into_response() }
    })
}

/// A JSON body for `201 Created` and friends.
pub fn created<T: Serialize>(v: T) -> impl IntoResponse {
    (axum::http::StatusCode::CREATED, Json(v))
}

/// Set by [`authenticate`] when it refused the request's token, read by [`challenge`] (the JSON
/// error body is rendered between the two, and that rendering does not keep headers).
#[derive(Clone, Default)]
struct TokenRefused(Arc<AtomicBool>);

/// Resolves the viewer from the Bearer token for every API request; refuses a bad token.
async fn authenticate(State(state): State<AppState>, mut req: Request, next: Next) -> Response {
    match bearer_viewer(&state, req.headers()).await {
        Ok(v) => {
            req.extensions_mut().insert(Viewer(v));
            next.run(req).await
        }
        Err(e) => {
            if matches!(e, AppError::BadToken)
                && let Some(refused) = req.extensions().get::<TokenRefused>()
            {
                refused.0.store(true, Ordering::Relaxed);
            }
            e.into_response()
        }
    }
}

/// Adds the RFC 6750 challenge to every 401 of the API.
async fn challenge(mut req: Request, next: Next) -> Response {
    let refused = TokenRefused::default();
    req.extensions_mut().insert(refused.clone());
    let mut res = next.run(req).await;
    if res.status() == StatusCode::UNAUTHORIZED {
        let value = if refused.0.load(Ordering::Relaxed) { r#"Bearer error="invalid_token""# } else { "Bearer" };
        res.headers_mut().insert(header::WWW_AUTHENTICATE, HeaderValue::from_static(value));
    }
    res
}
