//! The stylesheet and htmx, compiled into the binary so a single file is the whole application.

use axum::http::header;
use axum::response::IntoResponse;

use crate::routes::Pages;

const CSS: &str = include_str!("../static/spira.css");
const HTMX: &str = include_str!("../static/htmx.min.js");

pub fn routes() -> Pages {
    Pages::new().get("/static/spira.css", css).get("/static/htmx.min.js", htmx)
}

async fn css() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "text/css; charset=utf-8"), (header::CACHE_CONTROL, "public, max-age=3600")], CSS)
}

async fn htmx() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "text/javascript; charset=utf-8"), (header::CACHE_CONTROL, "public, max-age=86400")], HTMX)
}
