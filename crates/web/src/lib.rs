//! Spira's web layer: the pages (askama, htmx where it helps) and the JSON API under `/api/v1`.
//! It parses the request, calls the use cases in `spira_app` (which check who may act), and
//! renders a page or JSON, with one error mapping and one set of Fluent catalogues. It does not
//! depend on the store.
//!
//! One module per feature, named as in the other layers (`accounts`, `organisations`,
//! `networks`, `agreements`, `admission`, `fees`, `invoices`, `members`, `outbox`); each holds its
//! pages and its API (`api.rs`). Feature modules do not import each other.

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::middleware;
use spira_app::Db;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

pub mod accounts;
pub mod admission;
pub mod agreements;
pub mod api;
pub mod csrf;
pub mod csv;
pub mod error;
pub mod fees;
pub mod health;
pub mod home;
pub mod i18n;
pub mod invoices;
pub mod mails;
pub mod members;
pub mod networks;
pub mod organisations;
pub mod outbox;
pub mod routes;
pub mod security;
pub mod session;
pub mod statics;
pub mod views;

/// Settings the web layer needs.
#[derive(Debug, Clone)]
pub struct WebConfig {
    /// The public address used in links inside e-mails, without a trailing slash.
    pub base_url: String,
    /// Whether an SMTP server is configured (otherwise e-mail waits in the outbox).
    pub smtp_configured: bool,
}

impl WebConfig {
    pub fn secure_cookies(&self) -> bool {
        self.base_url.starts_with("https://")
    }
}

#[derive(Clone)]
pub struct AppState {
    /// The use cases' world: database, clock, base address.
    pub app: spira_app::App,
    pub config: Arc<WebConfig>,
    pub metrics: Arc<health::Metrics>,
}

impl AppState {
    pub fn new(db: Db, config: WebConfig) -> AppState {
        AppState::with_app(spira_app::App::new(db, config.base_url.clone()), config)
    }

    /// A state around an [`spira_app::App`] made elsewhere (a test's, with its own clock).
    pub fn with_app(app: spira_app::App, config: WebConfig) -> AppState {
        AppState { app, config: Arc::new(config), metrics: Arc::new(health::Metrics::default()) }
    }
}

/// Largest request body accepted anywhere (forms and JSON are far smaller).
pub const MAX_BODY_BYTES: usize = 256 * 1024;

/// Every page route, registered through [`routes::Pages`] so that they can be listed.
pub fn pages() -> routes::Pages {
    routes::Pages::new()
        .merge(home::routes())
        .merge(accounts::routes())
        .merge(organisations::routes())
        .merge(networks::routes())
        .merge(agreements::routes())
        .merge(admission::routes())
        .merge(admission::watch_routes())
        .merge(fees::routes())
        .merge(invoices::routes())
        .merge(members::routes())
        .merge(outbox::routes())
        .merge(statics::routes())
        .merge(health::routes())
        .merge(api::document_routes())
}

/// The whole application.
pub fn router(state: AppState) -> Router {
    let pages = pages().into_router();

    Router::new()
        .merge(pages)
        .merge(api::routes(state.clone()))
        .fallback(|| async { error::AppError::from(spira_app::Common::NotFound) })
        .layer(middleware::from_fn(csrf::protect))
        .layer(middleware::from_fn(error::render_page_errors))
        .layer(middleware::from_fn(i18n::negotiate))
        .layer(middleware::from_fn_with_state(state.clone(), health::count_requests))
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(TimeoutLayer::with_status_code(axum::http::StatusCode::REQUEST_TIMEOUT, Duration::from_secs(30)))
        .layer(CompressionLayer::new())
        .layer(middleware::from_fn(security::headers))
        .layer(CatchPanicLayer::new())
        .layer(TraceLayer::new_for_http())
        .with_state(state)
}
