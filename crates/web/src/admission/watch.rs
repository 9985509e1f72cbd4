//! Visitors who ask to be told by e-mail when a closed network opens.

use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;

use crate::AppState;
use crate::error::AppError;
use crate::routes::Pages;
use crate::session::Viewer;
use crate::views::{Ctx, MessagePage, html, link_invalid};

#[derive(Deserialize)]
pub(crate) struct WatchForm {
    #[serde(default)]
    email: String,
}

pub(crate) async fn watch(
    State(state): State<AppState>,
    viewer: Viewer,
    ctx: Ctx,
    Path(slug): Path<String>,
    Form(f): Form<WatchForm>,
) -> Result<Response, AppError> {
    let t = ctx.t;
    match spira_app::admission::watch(&state.app, &viewer, &slug, &f.email, t.lang).await {
        Ok(()) => Ok(html(&MessagePage::new(ctx, t.t("apply-check-email-title"), t.t("watch-check-email")))),
        Err(spira_app::admission::AdmissionError::Common(spira_app::Common::Invalid(e))) => {
            // Say what was wrong in words, not a bare "invalid input" page.
            let code = e.first_for("email").map(|e| e.code).unwrap_or("invalid_email");
            let mut r = html(&MessagePage::new(ctx, t.t("error-page-bad-request"), t.t(&format!("error-{code}"))));
            *r.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
            Ok(r)
        }
        Err(e) => Err(e.into()),
    }
}

pub(crate) async fn watch_confirm_page(ctx: Ctx, Path(token): Path<String>) -> Response {
    let t = ctx.t;
    let mut page = MessagePage::new(ctx, t.t("watch-confirm-title"), t.t("watch-confirm-body"));
    page.action = format!("/watch/confirm/{token}");
    page.button = t.t("watch-confirm-button");
    html(&page)
}

pub(crate) async fn watch_confirm(State(state): State<AppState>, ctx: Ctx, Path(token): Path<String>) -> Result<Response, AppError> {
    if !spira_app::admission::confirm_watch(&state.app, &token).await? {
        return Ok(link_invalid(ctx));
    }
    let t = ctx.t;
    Ok(html(&MessagePage::new(ctx, t.t("watch-confirmed-title"), t.t("watch-confirmed-body"))))
}

pub(crate) async fn unsubscribe_page(ctx: Ctx, Path(token): Path<String>) -> Response {
    let t = ctx.t;
    let mut page = MessagePage::new(ctx, t.t("unsubscribe-title"), t.t("unsubscribe-body"));
    page.action = format!("/watch/unsubscribe/{token}");
    page.button = t.t("unsubscribe-button");
    html(&page)
}

pub(crate) async fn unsubscribe(State(state): State<AppState>, ctx: Ctx, Path(token): Path<String>) -> Result<Response, AppError> {
    if !spira_app::admission::unsubscribe(&state.app, &token).await? {
        return Ok(link_invalid(ctx));
    }
    let t = ctx.t;
    Ok(html(&MessagePage::new(ctx, t.t("unsubscribed-title"), t.t("unsubscribed-body"))))
}

/// Routes for visitors waiting for admission to open.
pub fn watch_routes() -> Pages {
    Pages::new()
        .post("/networks/{slug}/watch", watch)
        .get("/watch/confirm/{token}", watch_confirm_page)
        .post("/watch/confirm/{token}", watch_confirm)
        .get("/watch/unsubscribe/{token}", unsubscribe_page)
        .post("/watch/unsubscribe/{token}", unsubscribe)
}
