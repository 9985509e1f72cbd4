//! The front page (all networks, and one's own) and the accessibility statement.

use askama::Template;
use axum::extract::State;
use axum::response::Response;
use spira_app::home::{self as app, MyNetworkRow, NetworkSummary};

use crate::AppState;
use crate::error::AppError;
use crate::routes::Pages;
use crate::session::Viewer;
use crate::views::{Ctx, html};

pub fn routes() -> Pages {
    Pages::new().get("/", home).get("/accessibility", accessibility)
}

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage {
    ctx: Ctx,
    networks: Vec<NetworkSummary>,
    mine: Vec<MyNetworkRow>,
    can_create: bool,
}

async fn home(State(state): State<AppState>, viewer: Viewer, ctx: Ctx) -> Result<Response, AppError> {
    let p = app::front_page(&state.app, &viewer).await?;
    Ok(html(&HomePage { ctx, networks: p.networks, mine: p.mine, can_create: p.can_create }))
}

#[derive(Template)]
#[template(path = "accessibility.html")]
struct AccessibilityPage {
    ctx: Ctx,
}

async fn accessibility(ctx: Ctx) -> Response {
    html(&AccessibilityPage { ctx })
}
