//! `/healthz` (the process answers), `/readyz` (the database answers) and `/metrics`
//! (Prometheus text).

use std::sync::atomic::{AtomicU64, Ordering};

use axum::extract::{Request, State};
use axum::http::{StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::AppState;
use crate::routes::Pages;

#[derive(Debug, Default)]
pub struct Metrics {
    pub requests_2xx: AtomicU64,
    pub requests_3xx: AtomicU64,
    pub requests_4xx: AtomicU64,
    pub requests_5xx: AtomicU64,
}

pub fn routes() -> Pages {
    Pages::new().get("/healthz", healthz).get("/readyz", readyz).get("/metrics", metrics)
}

async fn healthz() -> &'static str {
    "ok"
}

async fn readyz(State(state): State<AppState>) -> Response {
    match spira_app::health::ready(&state.app).await {
        Ok(()) => "ready".into_response(),
        Err(e) => {
            tracing::warn!(error = %e, "database not reachable");
            (StatusCode::SERVICE_UNAVAILABLE, "database unreachable").into_response()
        }
    }
}

async fn metrics(State(state): State<AppState>) -> Response {
    let m = &state.metrics;
    // -1 says "unknown" to the scraper; the outage itself shows on /readyz.
    let unsent = spira_app::health::unsent_mail(&state.app).await.unwrap_or_else(|e| {
        tracing::warn!(error = %e, "outbox not readable for metrics");
        -1
    });
    let body = format!(
        "# HELP spira_http_requests_total HTTP responses by status class.\n\
         # TYPE spira_http_requests_total counter\n\
         spira_http_requests_total{{class=\"2xx\"}} {}\n\
         spira_http_requests_total{{class=\"3xx\"}} {}\n\
         spira_http_requests_total{{class=\"4xx\"}} {}\n\
         spira_http_requests_total{{class=\"5xx\"}} {}\n\
         # HELP spira_outbox_unsent E-mails waiting in the outbox.\n\
         # TYPE spira_outbox_unsent gauge\n\
         spira_outbox_unsent {}\n\
         # HELP spira_build_info Build and database backend.\n\
         # TYPE spira_build_info gauge\n\
         spira_build_info{{version=\"{}\",backend=\"{}\"}} 1\n",
        m.requests_2xx.load(Ordering::Relaxed),
        m.requests_3xx.load(Ordering::Relaxed),
        m.requests_4xx.load(Ordering::Relaxed),
        m.requests_5xx.load(Ordering::Relaxed),
        unsent,
        env!("CARGO_PKG_VERSION"),
        state.app.db.backend(),
    );
    ([(header::CONTENT_TYPE, "text/plain; version=0.0.4")], body).into_response()
}

pub async fn count_requests(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let res = next.run(req).await;
    let m = &state.metrics;
    let counter = match res.status().as_u16() {
        200..=299 => &m.requests_2xx,
        300..=399 => &m.requests_3xx,
        400..=499 => &m.requests_4xx,
        _ => &m.requests_5xx,
    };
    counter.fetch_add(1, Ordering::Relaxed);
    res
}
