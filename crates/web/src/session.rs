//! Sessions: a random secret in an HttpOnly cookie, its hash in the `sessions` table, so any
//! number of `spira serve` processes share them. [`Viewer`] is who is asking, for every handler.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, header};
use spira_app::accounts::sessions;

use crate::AppState;
use crate::error::AppError;

pub use spira_app::accounts::sessions::SESSION_TTL_SECS;
pub const SESSION_COOKIE: &str = "spira_session";

/// Reads one cookie from the request headers.
pub fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers.get_all(header::COOKIE).iter().filter_map(|v| v.to_str().ok()).flat_map(|v| v.split(';')).find_map(|pair| {
        let (k, v) = pair.trim().split_once('=')?;
        (k == name).then(|| v.to_string())
    })
}

/// A `Set-Cookie` value for the session cookie.
pub fn session_cookie(secret: &str, secure: bool) -> HeaderValue {
    let secure = if secure { "; Secure" } else { "" };
    HeaderValue::from_str(&format!("{SESSION_COOKIE}={secret}; Path=/; HttpOnly; SameSite=Lax; Max-Age={SESSION_TTL_SECS}{secure}"))
        .unwrap_or_else(|_| HeaderValue::from_static(""))
}

pub fn clear_session_cookie() -> HeaderValue {
    HeaderValue::from_static("spira_session=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0")
}

/// The person making the request, if signed in (by session cookie on pages, by personal API
/// token on the API): `spira_app::Viewer`, taken from the request.
#[derive(Debug, Clone, Default)]
pub struct Viewer(pub spira_app::Viewer);

impl std::ops::Deref for Viewer {
    type Target = spira_app::Viewer;
    fn deref(&self) -> &spira_app::Viewer {
        &self.0
    }
}

impl FromRequestParts<AppState> for Viewer {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        if let Some(v) = parts.extensions.get::<Viewer>() {
            return Ok(v.clone());
        }
        // Inside the nested API router the path has lost its `/api/v1` prefix.
        let path = parts.extensions.get::<axum::extract::OriginalUri>().map(|u| u.0.path().to_string());
        let is_api = path.as_deref().unwrap_or(parts.uri.path()).starts_with("/api/");
        let viewer = if is_api {
            bearer_viewer(state, &parts.headers).await?
        } else {
            match cookie(&parts.headers, SESSION_COOKIE) {
                Some(secret) => sessions::viewer_from_session(&state.app, &secret).await?,
                None => spira_app::Viewer::ANONYMOUS,
            }
        };
        let v = Viewer(viewer);
        parts.extensions.insert(v.clone());
        Ok(v)
    }
}

/// The person an API request's `Authorization: Bearer …` header stands for: anonymous without
/// the header, [`AppError::BadToken`] for a header that is malformed or names no live token
/// (never existed, or revoked), so a bad token is refused rather than treated as anonymous.
pub async fn bearer_viewer(state: &AppState, headers: &HeaderMap) -> Result<spira_app::Viewer, AppError> {
    let Some(h) = headers.get(header::AUTHORIZATION) else { return Ok(spira_app::Viewer::ANONYMOUS) };
    let token = h.to_str().ok().and_then(|h| h.strip_prefix("Bearer ")).map(str::trim).ok_or(AppError::BadToken)?;
    sessions::viewer_from_token(&state.app, token).await?.ok_or(AppError::BadToken)
}
