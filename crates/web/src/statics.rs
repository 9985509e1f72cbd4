//! The stylesheet and htmx, compiled into the binary so a single file is the whole application.

use axum::Router;
use axum::http::header;
use axum::response::IntoResponse;
use axum::routing::get;

use crate::AppState;

const CSS: &str = include_str!("../static/spira.css");
const HTMX: &str = include_str!("../static/htmx.min.js");

pub fn routes() -> Router<AppState> {
    Router::new().route("/static/spira.css", get(css)).route("/static/htmx.min.js", get(htmx))
}

async fn css() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "text/css; charset=utf-8"), (header::CACHE_CONTROL, "public, max-age=3600")], CSS)
}

async fn htmx() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "text/javascript; charset=utf-8"), (header::CACHE_CONTROL, "public, max-age=86400")], HTMX)
}
