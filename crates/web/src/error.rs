//! Errors to responses, in one place.
//!
//! Handlers return [`AppError`]; its response carries the status and an [`ErrorInfo`] extension.
//! Two middlewares turn such responses — and axum's own rejections (malformed forms, bodies too
//! large, bad path parameters) — into an HTML page in the reader's language or a JSON error with a
//! stable code. 500 is for bugs only: logged with the request's id, never shown in detail.

use axum::extract::Request;
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Serialize;
use spira_domain::{FieldErrors, Lang};

use crate::i18n::Tr;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// The page or item does not exist, or the viewer may not know that it does.
    #[error("not found")]
    NotFound,
    /// Signed in, but not allowed.
    #[error("forbidden")]
    Forbidden,
    /// A member who must accept the current confidentiality agreement before seeing this.
    #[error("agreement not accepted")]
    AgreementNotAccepted,
    /// The page needs a signed-in person.
    #[error("sign-in required")]
    SignInRequired,
    /// An API token that is malformed or unknown.
    #[error("invalid token")]
    BadToken,
    /// A form without the right anti-forgery token.
    #[error("csrf token missing or wrong")]
    CsrfFailed,
    /// A state-changing request sent from another site.
    #[error("cross-site request")]
    CrossSite,
    #[error("request body too large")]
    TooLarge,
    #[error("unsupported media type")]
    UnsupportedMediaType,
    /// Input that cannot be used as it is; the code says why.
    #[error("bad request: {0}")]
    BadRequest(&'static str),
    /// The change conflicts with the current state (a taken address, a link already used).
    #[error("conflict: {0}")]
    Conflict(&'static str),
    /// Too many attempts; try later.
    #[error("too many requests: {0}")]
    TooManyRequests(&'static str),
    /// Field-level validation problems.
    #[error("invalid input: {0}")]
    Invalid(FieldErrors),
    /// An import refused whole, with its problems (already in the reader's language), by line.
    #[error("import refused: {0:?}")]
    ImportRefused(Vec<String>),
    /// A bug or an outage; the source is kept for the log.
    #[error("internal error: {0}")]
    Internal(#[source] Box<dyn std::error::Error + Send + Sync>),
}

impl AppError {
    /// An internal error from anything that can be shown in a log.
    pub fn internal(e: impl Into<Box<dyn std::error::Error + Send + Sync>>) -> AppError {
        AppError::Internal(e.into())
    }
}

impl From<spira_app::Error> for AppError {
    fn from(e: spira_app::Error) -> Self {
        use spira_app::Error as E;
        match e {
            E::NotFound => AppError::NotFound,
            E::Forbidden => AppError::Forbidden,
            E::AgreementNotAccepted => AppError::AgreementNotAccepted,
            E::SignInRequired => AppError::SignInRequired,
            E::BadRequest(c) => AppError::BadRequest(c),
            E::Conflict(c) => AppError::Conflict(c),
            E::TooManyRequests(c) => AppError::TooManyRequests(c),
            E::Invalid(f) => AppError::Invalid(f),
            E::ImportRefused(p) => AppError::ImportRefused(p),
            E::Internal(source) => AppError::Internal(source),
        }
    }
}

impl AppError {
    pub fn status(&self) -> StatusCode {
        match self {
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::Forbidden | AppError::CsrfFailed | AppError::CrossSite | AppError::AgreementNotAccepted => StatusCode::FORBIDDEN,
            AppError::SignInRequired | AppError::BadToken => StatusCode::UNAUTHORIZED,
            AppError::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            AppError::UnsupportedMediaType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            AppError::BadRequest(_) => StatusCode::BAD_REQUEST,
            AppError::Conflict(_) => StatusCode::CONFLICT,
            AppError::TooManyRequests(_) => StatusCode::TOO_MANY_REQUESTS,
            AppError::Invalid(_) | AppError::ImportRefused(_) => StatusCode::UNPROCESSABLE_ENTITY,
            AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// The stable code: JSON `error.code`, and the Fluent id `error-{code}`.
    pub fn code(&self) -> &'static str {
        match self {
            AppError::NotFound => "not_found",
            AppError::Forbidden => "forbidden",
            AppError::AgreementNotAccepted => "agreement_not_accepted",
            AppError::SignInRequired => "sign_in_required",
            AppError::BadToken => "invalid_token",
            AppError::CsrfFailed => "csrf_failed",
            AppError::CrossSite => "cross_site",
            AppError::TooLarge => "too_large",
            AppError::UnsupportedMediaType => "unsupported_media_type",
            AppError::BadRequest(c) | AppError::Conflict(c) | AppError::TooManyRequests(c) => c,
            AppError::Invalid(_) => "invalid_input",
            AppError::ImportRefused(_) => "import_refused",
            AppError::Internal(_) => "internal",
        }
    }
}

/// What a failed response carries until a middleware renders it.
#[derive(Debug, Clone)]
pub struct ErrorInfo {
    pub code: &'static str,
    pub fields: Option<FieldErrors>,
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        if let AppError::Internal(source) = &self {
            tracing::error!(error = %source, source = ?source, "internal error");
        }
        let mut res = self.status().into_response();
        let fields = if let AppError::Invalid(f) = &self { Some(f.clone()) } else { None };
        res.extensions_mut().insert(ErrorInfo { code: self.code(), fields });
        res
    }
}

fn code_for_status(status: StatusCode) -> &'static str {
    match status.as_u16() {
        400 => "bad_request",
        401 => "sign_in_required",
        403 => "forbidden",
        404 => "not_found",
        405 => "method_not_allowed",
        408 => "timeout",
        413 => "too_large",
        415 => "unsupported_media_type",
        422 => "malformed_input",
        429 => "too_many_requests",
        s if s >= 500 => "internal",
        _ => "bad_request",
    }
}

fn is_content_type(res: &Response, prefix: &str) -> bool {
    res.headers().get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).is_some_and(|v| v.starts_with(prefix))
}

/// Renders failed page responses as HTML in the reader's language; sends a visitor who must sign
/// in to the sign-in page and back.
pub async fn render_page_errors(req: Request, next: Next) -> Response {
    let lang = req.extensions().get::<Lang>().copied().unwrap_or_default();
    let path_and_query = req.uri().path_and_query().map(|p| p.as_str().to_string()).unwrap_or_else(|| "/".into());
    let is_api = req.uri().path().starts_with("/api/");
    let res = next.run(req).await;
    let status = res.status();
    if is_api || status.as_u16() < 400 {
        return res;
    }
    let info = res.extensions().get::<ErrorInfo>().cloned();
    if info.is_none() && is_content_type(&res, "text/html") {
        return res; // a page that rendered its own error (a form with messages beside the fields)
    }
    let code = info.as_ref().map(|i| i.code).unwrap_or_else(|| code_for_status(status));
    if code == "sign_in_required" {
        let next: String = form_urlencoded::byte_serialize(path_and_query.as_bytes()).collect();
        return Redirect::to(&format!("/signin?next={next}")).into_response();
    }
    let t = Tr::new(lang);
    let page = crate::views::ErrorPage::new(t, status, code);
    let mut out = (status, crate::views::html(&page)).into_response();
    out.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    out
}

#[derive(Serialize)]
struct JsonError<'a> {
    error: JsonErrorBody<'a>,
}
#[derive(Serialize)]
struct JsonErrorBody<'a> {
    code: &'a str,
    message: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    fields: Vec<JsonFieldError>,
}
#[derive(Serialize)]
struct JsonFieldError {
    field: String,
    code: String,
    message: String,
}

/// Renders failed API responses as `{"error": {"code", "message", "fields"}}`.
pub async fn render_api_errors(req: Request, next: Next) -> Response {
    let lang = req.extensions().get::<Lang>().copied().unwrap_or(Lang::En);
    let res = next.run(req).await;
    let status = res.status();
    if status.as_u16() < 400 || (is_content_type(&res, "application/json") && res.extensions().get::<ErrorInfo>().is_none()) {
        return res;
    }
    let info = res.extensions().get::<ErrorInfo>().cloned();
    let code = info.as_ref().map(|i| i.code).unwrap_or_else(|| code_for_status(status));
    let t = Tr::new(lang);
    let fields = info
        .and_then(|i| i.fields)
        .map(|f| {
            f.0.iter()
                .map(|e| JsonFieldError { field: camel(e.field), code: e.code.to_string(), message: t.t(&format!("error-{}", e.code)) })
                .collect()
        })
        .unwrap_or_default();
    let body = JsonError { error: JsonErrorBody { code, message: t.t(&format!("error-{code}")), fields } };
    (status, axum::Json(body)).into_response()
}

/// `meeting_hours` → `meetingHours`: the API speaks camelCase.
pub fn camel(s: &str) -> String {
    let mut out = String::new();
    let mut up = false;
    for c in s.chars() {
        if c == '_' {
            up = true;
        } else if up {
            out.extend(c.to_uppercase());
            up = false;
        } else {
            out.push(c);
        }
    }
    out
}
