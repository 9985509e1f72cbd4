//! Cross-site request forgery protection for the pages.
//!
//! Two checks on every state-changing request that is not an API call with a Bearer token:
//! the browser's `Sec-Fetch-Site`/`Origin` must not name another site, and the form must carry
//! the token from the `spira_csrf` cookie (double-submit: another site can neither read the cookie
//! nor set the field).

use axum::body::{Body, to_bytes};
use axum::extract::Request;
use axum::http::{HeaderValue, Method, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use spira_app::new_secret;

use crate::error::AppError;
use crate::session::cookie;

pub const CSRF_COOKIE: &str = "spira_csrf";
pub const CSRF_FIELD: &str = "csrf";
/// Forms are small; anything larger is refused before parsing.
pub const MAX_FORM_BYTES: usize = 256 * 1024;

/// The token a page puts into its forms.
#[derive(Debug, Clone)]
pub struct CsrfToken(pub String);

pub async fn protect(mut req: Request, next: Next) -> Response {
    let existing = cookie(req.headers(), CSRF_COOKIE).filter(|t| t.len() >= 32);
    let token = existing.clone().unwrap_or_else(new_secret);
    let changes_state = !matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS);
    let is_api = req.uri().path().starts_with("/api/");

    if changes_state && !is_api {
        if let Some(site) = req.headers().get("sec-fetch-site").and_then(|v| v.to_str().ok())
            && site == "cross-site"
        {
            return AppError::CrossSite.into_response();
        }
        if let (Some(origin), Some(host)) =
            (req.headers().get(header::ORIGIN).and_then(|v| v.to_str().ok()), req.headers().get(header::HOST).and_then(|v| v.to_str().ok()))
        {
            let origin_host = origin.split("://").nth(1).unwrap_or("");
            if origin != "null" && origin_host != host {
                return AppError::CrossSite.into_response();
            }
        }
        let Some(expected) = existing else {
            return AppError::CsrfFailed.into_response();
        };
        let is_form = req
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
        if !is_form {
            return AppError::UnsupportedMediaType.into_response();
        }
        let (parts, body) = req.into_parts();
        let bytes = match to_bytes(body, MAX_FORM_BYTES).await {
            Ok(b) => b,
            Err(_) => return AppError::TooLarge.into_response(),
        };
        let sent = form_urlencoded::parse(&bytes).find(|(k, _)| k == CSRF_FIELD).map(|(_, v)| v.into_owned());
        if sent.as_deref() != Some(expected.as_str()) {
            return AppError::CsrfFailed.into_response();
        }
        req = Request::from_parts(parts, Body::from(bytes));
    }

    let had_cookie = cookie(req.headers(), CSRF_COOKIE).is_some_and(|t| t == token);
    req.extensions_mut().insert(CsrfToken(token.clone()));
    let mut res = next.run(req).await;
    if !had_cookie && let Ok(v) = HeaderValue::from_str(&format!("{CSRF_COOKIE}={token}; Path=/; HttpOnly; SameSite=Lax")) {
        // The cookie is readable by nobody but this site and carries no authority by itself.
        res.headers_mut().append(header::SET_COOKIE, v);
    }
    res
}
