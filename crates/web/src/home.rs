//! The front page (all networks, and one's own) and the accessibility statement.

use askama::Template;
use axum::Router;
use axum::extract::State;
use axum::response::Response;
use axum::routing::get;
use spira_domain::access::{Action, may};
use spira_store::networks::{self, MyNetworkRow, NetworkSummary};

use crate::AppState;
use crate::authz;
use crate::error::AppError;
use crate::session::Viewer;
use crate::views::{Ctx, html};

pub fn routes() -> Router<AppState> {
    Router::new().route("/", get(home)).route("/accessibility", get(accessibility))
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
    let actor = authz::actor(&state.db, &viewer, None).await?;
    let mut r = state.db.read().await?;
    let all = networks::list_summaries(r.conn()).await?;
    let mine = match &viewer.user {
        Some(u) => networks::list_for_user(r.conn(), u.id).await?,
        None => Vec::new(),
    };
    Ok(html(&HomePage { ctx, networks: all, mine, can_create: may(&actor, Action::CreateNetwork) }))
}

#[derive(Template)]
#[template(path = "accessibility.html")]
struct AccessibilityPage {
    ctx: Ctx,
}

async fn accessibility(ctx: Ctx) -> Response {
    html(&AccessibilityPage { ctx })
}
