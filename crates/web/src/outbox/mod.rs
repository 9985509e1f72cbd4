//! The operator's view of the e-mail outbox: what is waiting, what was sent, what failed and why.

pub mod api;

use askama::Template;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use spira_app::outbox::{self as app, OutboxRow};

use crate::AppState;
use crate::error::AppError;
use crate::routes::Pages;
use crate::session::Viewer;
use crate::views::{Ctx, html};

pub fn routes() -> Pages {
    Pages::new().get("/admin/outbox", list_page).post("/admin/outbox/retry", retry)
}

pub struct MessageView {
    pub row: OutboxRow,
    pub created: String,
    pub state_label: String,
}

#[derive(Template)]
#[template(path = "outbox/list.html")]
struct ListPage {
    ctx: Ctx,
    messages: Vec<MessageView>,
    unsent: i64,
    smtp_configured: bool,
}

async fn list_page(State(state): State<AppState>, viewer: Viewer, ctx: Ctx) -> Result<Response, AppError> {
    let outbox = app::list(&state.app, &viewer).await?;
    let t = ctx.t;
    let messages = outbox
        .messages
        .into_iter()
        .map(|row| MessageView {
            created: spira_domain::dates::format_date_time(row.created_at.to_utc(), chrono_tz::Europe::Copenhagen, t.lang),
            state_label: t.t(if row.sent_at.is_some() {
                "outbox-sent"
            } else if row.last_error.is_some() {
                "outbox-failed"
            } else {
                "outbox-waiting"
            }),
            row,
        })
        .collect();
    Ok(html(&ListPage { ctx, messages, unsent: outbox.unsent, smtp_configured: state.config.smtp_configured }))
}

async fn retry(State(state): State<AppState>, viewer: Viewer) -> Result<Response, AppError> {
    app::retry(&state.app, &viewer).await?;
    Ok(Redirect::to("/admin/outbox?notice=retried").into_response())
}
