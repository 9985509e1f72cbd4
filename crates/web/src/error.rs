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
use spira_app::{Common, Failure, Kind};
use spira_domain::{FieldErrors, Lang};

use crate::i18n::Tr;

/// What a handler fails with: a use case's outcome, whatever its feature (any [`Failure`] converts
/// with `?`), or one of the web's own refusals.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// An outcome of a use case, with its code and kind, or a shared one such as
    /// `Common::NotFound` for a page that does not exist.
    #[error("{0}")]
    Failed(Box<dyn Failure>),
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
    /// A form or query value that is none of its options.
    #[error("invalid choice")]
    InvalidChoice,
    /// The route does not take the method (axum answers 405 itself).
    #[error("method not allowed")]
    MethodNotAllowed,
    /// The request outlived the timeout layer.
    #[error("timeout")]
    Timeout,
    /// A body axum could not decode (its 422 rejections).
    #[error("malformed input")]
    MalformedInput,
    /// The rate limiter's 429.
    #[error("too many requests")]
    TooManyRequests,
}

/// Every feature's error becomes a response in one place. `AppError` itself is no [`Failure`],
/// so this does not overlap `From<T> for T` (the way `anyhow::Error` takes any error).
impl<E: Failure> From<E> for AppError {
    fn from(e: E) -> Self {
        AppError::Failed(Box::new(e))
    }
}

impl AppError {
    /// An internal error from anything that can be shown in a log.
    pub fn internal(e: impl Into<Box<dyn std::error::Error + Send + Sync>>) -> AppError {
        Common::internal(e).into()
    }

    pub fn status(&self) -> StatusCode {
        match self {
            AppError::Failed(e) => match e.kind() {
                Kind::NotFound => StatusCode::NOT_FOUND,
                Kind::Forbidden | Kind::AgreementNotAccepted => StatusCode::FORBIDDEN,
                Kind::SignInRequired => StatusCode::UNAUTHORIZED,
                Kind::BadRequest => StatusCode::BAD_REQUEST,
                Kind::Conflict => StatusCode::CONFLICT,
                Kind::TooManyRequests => StatusCode::TOO_MANY_REQUESTS,
                Kind::Invalid | Kind::ImportRefused => StatusCode::UNPROCESSABLE_ENTITY,
                Kind::Internal => StatusCode::INTERNAL_SERVER_ERROR,
            },
            AppError::CsrfFailed | AppError::CrossSite => StatusCode::FORBIDDEN,
            AppError::BadToken => StatusCode::UNAUTHORIZED,
            AppError::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            AppError::UnsupportedMediaType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            AppError::InvalidChoice => StatusCode::BAD_REQUEST,
            AppError::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
            AppError::Timeout => StatusCode::REQUEST_TIMEOUT,
            AppError::MalformedInput => StatusCode::UNPROCESSABLE_ENTITY,
            AppError::TooManyRequests => StatusCode::TOO_MANY_REQUESTS,
        }
    }

    /// The stable code: JSON `error.code`, and the Fluent id `error-{code}`. The catalogue test
    /// reads the web's own codes from this function's arms.
    pub fn code(&self) -> &'static str {
        match self {
            AppError::Failed(e) => e.code(),
            AppError::BadToken => "invalid_token",
            AppError::CsrfFailed => "csrf_failed",
            AppError::CrossSite => "cross_site",
            AppError::TooLarge => "too_large",
            AppError::UnsupportedMediaType => "unsupported_media_type",
            AppError::InvalidChoice => "invalid_choice",
            AppError::MethodNotAllowed => "method_not_allowed",
            AppError::Timeout => "timeout",
            AppError::MalformedInput => "malformed_input",
            AppError::TooManyRequests => "too_many_requests",
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
        let fields = match &self {
            AppError::Failed(e) if e.kind() == Kind::Internal => {
                tracing::error!(error = %e, source = ?e, "internal error");
                None
            }
            AppError::Failed(e) => e.fields().cloned(),
            _ => None,
        };
        let mut res = self.status().into_response();
        res.extensions_mut().insert(ErrorInfo { code: self.code(), fields });
        res
    }
}

/// The code of an answer that came without one (axum's rejections, the limiters, a panic).
fn code_for_status(status: StatusCode) -> &'static str {
    match status.as_u16() {
        400 => Common::BadRequest.code(),
        401 => Common::SignInRequired.code(),
        403 => Common::Forbidden.code(),
        404 => Common::NotFound.code(),
        405 => AppError::MethodNotAllowed.code(),
        408 => AppError::Timeout.code(),
        413 => AppError::TooLarge.code(),
        415 => AppError::UnsupportedMediaType.code(),
        422 => AppError::MalformedInput.code(),
        429 => AppError::TooManyRequests.code(),
        s if s >= 500 => Common::internal("an answer without an error").code(),
        _ => Common::BadRequest.code(),
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
    if code == Common::SignInRequired.code() {
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

#[cfg(test)]
mod tests {
    use spira_app::admission::AdmissionError;
    use spira_app::networks::NetworksError;

    use super::*;

    fn info(e: AppError) -> (StatusCode, &'static str, Option<FieldErrors>) {
        let res = e.into_response();
        let info = res.extensions().get::<ErrorInfo>().cloned().expect("an error carries its info");
        (res.status(), info.code, info.fields)
    }

    #[test]
    fn every_feature_error_maps_through_one_conversion_by_its_kind() {
        assert_eq!(info(AdmissionError::AlreadyMember.into()), (StatusCode::CONFLICT, "already_member", None));
        assert_eq!(info(AdmissionError::TooManyApplications.into()), (StatusCode::TOO_MANY_REQUESTS, "too_many_applications", None));
        // A wrapped error of another feature keeps its own code.
        assert_eq!(info(AdmissionError::from(NetworksError::LastFacilitator).into()), (StatusCode::CONFLICT, "last_facilitator", None));
        assert_eq!(info(Common::AgreementNotAccepted.into()), (StatusCode::FORBIDDEN, "agreement_not_accepted", None));
        assert_eq!(info(AdmissionError::from(Common::SignInRequired).into()), (StatusCode::UNAUTHORIZED, "sign_in_required", None));
        assert_eq!(info(AppError::internal("a bug")), (StatusCode::INTERNAL_SERVER_ERROR, "internal", None));
        let fields = FieldErrors::one("email", "invalid_email");
        assert_eq!(info(AdmissionError::from(fields.clone()).into()), (StatusCode::UNPROCESSABLE_ENTITY, "invalid_input", Some(fields)));
        assert_eq!(info(AppError::CsrfFailed), (StatusCode::FORBIDDEN, "csrf_failed", None));
    }

    #[test]
    fn an_answer_without_a_code_gets_the_code_of_its_status() {
        assert_eq!(code_for_status(StatusCode::NOT_FOUND), "not_found");
        assert_eq!(code_for_status(StatusCode::METHOD_NOT_ALLOWED), "method_not_allowed");
        assert_eq!(code_for_status(StatusCode::BAD_GATEWAY), "internal");
        assert_eq!(code_for_status(StatusCode::IM_A_TEAPOT), "bad_request");
    }
}
