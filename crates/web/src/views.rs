//! What every page shares: the layout's context ([`Ctx`]), rendering, and the error page.

use askama::Template;
use axum::extract::FromRequestParts;
use axum::http::StatusCode;
use axum::http::request::Parts;
use axum::response::{Html, IntoResponse, Response};
use spira_domain::FieldErrors;

use crate::AppState;
use crate::csrf::CsrfToken;
use crate::error::AppError;
use crate::i18n::{Tr, lang_of};
use crate::session::Viewer;

/// The layout's context: language, anti-forgery token, who is signed in, and a notice after a
/// redirect (`?notice=saved` shows the message `notice-saved`).
#[derive(Debug, Clone)]
pub struct Ctx {
    pub t: Tr,
    pub csrf: String,
    pub user_name: Option<String>,
    pub is_admin: bool,
    pub path: String,
    pub notice: Option<String>,
}

const NOTICES: [&str; 21] = [
    "saved",
    "created",
    "signed_out",
    "link_sent",
    "password_changed",
    "invited",
    "token_created",
    "retried",
    "role_changed",
    "agreement_accepted",
    "accept_first",
    "applied",
    "email_confirmed",
    "withdrawn",
    "manager_resent",
    "member_added",
    "left_network",
    "imported",
    "issued",
    "nothing_issued",
    "credited",
];

impl Ctx {
    pub fn bare(t: Tr) -> Ctx {
        Ctx { t, csrf: String::new(), user_name: None, is_admin: false, path: "/".into(), notice: None }
    }
    /// The current address with another language chosen.
    pub fn lang_link(&self, lang: &str) -> String {
        format!("{}?lang={lang}", self.path)
    }
}

impl FromRequestParts<AppState> for Ctx {
    type Rejection = AppError;
    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let viewer = Viewer::from_request_parts(parts, state).await?;
        let csrf = parts.extensions.get::<CsrfToken>().map(|c| c.0.clone()).unwrap_or_default();
        let notice = parts.uri.query().and_then(|q| {
            form_urlencoded::parse(q.as_bytes())
                .find(|(k, _)| k == "notice")
                .and_then(|(_, v)| NOTICES.iter().find(|n| **n == v).map(|n| format!("notice-{n}")))
        });
        Ok(Ctx {
            t: Tr::new(lang_of(parts)),
            csrf,
            user_name: viewer.user.as_ref().map(|u| u.name.clone()),
            is_admin: viewer.user.as_ref().is_some_and(|u| u.is_platform_admin),
            path: parts.uri.path().to_string(),
            notice,
        })
    }
}

/// Renders a template; a template error is a bug, answered with a 500.
pub fn html<T: Template>(t: &T) -> Response {
    match t.render() {
        Ok(body) => Html(body).into_response(),
        Err(e) => AppError::internal(e).into_response(),
    }
}

/// A form page re-rendered with its problems: 422 and the messages beside the fields.
pub fn invalid<T: Template>(t: &T) -> Response {
    let mut r = html(t);
    if r.status() == StatusCode::OK {
        *r.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
    }
    r
}

/// Field problems as a form shows them: a summary at the top, a message beside each field.
#[derive(Debug, Clone, Default)]
pub struct FormErrors {
    pub items: Vec<(String, String)>,
}

impl FormErrors {
    pub fn from(t: Tr, e: &FieldErrors) -> FormErrors {
        FormErrors { items: e.0.iter().map(|e| (e.field.to_string(), t.t(&format!("error-{}", e.code)))).collect() }
    }
    /// The summary's line for a problem: the field's name, then the message, so that each link
    /// says which field it leads to.
    pub fn summary_line(&self, field: &str, message: &str, t: &Tr) -> String {
        let label = t.t(&format!("field-{field}"));
        if label.starts_with("field-") { message.to_string() } else { format!("{label}: {message}") }
    }
    pub fn one(field: &str, message: String) -> FormErrors {
        FormErrors { items: vec![(field.to_string(), message)] }
    }
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
    /// The message for one field, or an empty string.
    pub fn get(&self, field: &str) -> String {
        self.items.iter().find(|(f, _)| f == field).map(|(_, m)| m.clone()).unwrap_or_default()
    }
    pub fn has(&self, field: &str) -> bool {
        self.items.iter().any(|(f, _)| f == field)
    }
}

#[derive(Template)]
#[template(path = "error.html")]
pub struct ErrorPage {
    pub ctx: Ctx,
    pub status: u16,
    pub code: String,
}

impl ErrorPage {
    pub fn new(t: Tr, status: StatusCode, code: &str) -> ErrorPage {
        ErrorPage { ctx: Ctx::bare(t), status: status.as_u16(), code: code.to_string() }
    }
    pub fn title(&self) -> String {
        let t = self.ctx.t;
        match self.status {
            404 => t.t("error-page-not-found"),
            401 | 403 => t.t("error-page-forbidden"),
            s if s >= 500 => t.t("error-page-internal"),
            _ => t.t("error-page-bad-request"),
        }
    }
    pub fn message(&self) -> String {
        self.ctx.t.t(&format!("error-{}", self.code))
    }
}

/// Escapes text for HTML.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Plain text as people type it in a charter, shown as HTML: blank lines separate paragraphs,
/// and a paragraph whose lines all start with `-`, `*` or `•` becomes a bulleted list. Everything
/// is escaped; no markup from the text survives.
pub fn rich_text(text: &str) -> String {
    let mut out = String::new();
    for para in text.split("\n\n").map(str::trim).filter(|p| !p.is_empty()) {
        let lines: Vec<&str> = para.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
        let bullet = |l: &str| l.strip_prefix("- ").or_else(|| l.strip_prefix("* ")).or_else(|| l.strip_prefix("• ")).map(str::to_string);
        if lines.iter().all(|l| bullet(l).is_some()) {
            out.push_str("<ul>");
            for l in &lines {
                out.push_str("<li>");
                out.push_str(&escape(&bullet(l).unwrap_or_default()));
                out.push_str("</li>");
            }
            out.push_str("</ul>");
        } else {
            out.push_str("<p>");
            out.push_str(&lines.iter().map(|l| escape(l)).collect::<Vec<_>>().join("<br>"));
            out.push_str("</p>");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rich_text_makes_lists_and_paragraphs_and_escapes_everything() {
        assert_eq!(rich_text("- en\n- to\n\nAfsnit <b>\nlinje"), "<ul><li>en</li><li>to</li></ul><p>Afsnit &lt;b&gt;<br>linje</p>");
        assert_eq!(rich_text("<script>alert(1)</script>"), "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>");
        assert_eq!(rich_text("   "), "");
    }
}

/// A short page with a title, a text and optionally one button (a POST to `action`).
#[derive(Template)]
#[template(path = "accounts/message.html")]
pub struct MessagePage {
    pub ctx: Ctx,
    pub title: String,
    pub body: String,
    pub action: String,
    pub button: String,
}

impl MessagePage {
    pub fn new(ctx: Ctx, title: String, body: String) -> MessagePage {
        MessagePage { ctx, title, body, action: String::new(), button: String::new() }
    }
}

pub fn message(ctx: Ctx, title: &str, body: &str) -> MessagePage {
    let t = ctx.t;
    MessagePage { ctx, title: t.t(title), body: t.t(body), action: String::new(), button: String::new() }
}

/// The page for a link that is used up, expired or unknown: 410.
pub fn link_invalid(ctx: Ctx) -> Response {
    let mut r = html(&message(ctx, "link-invalid-title", "link-invalid-body"));
    *r.status_mut() = StatusCode::GONE;
    r
}
