//! The front page: every network (its summary is public), the networks one holds a role in, and
//! whether one may start a new one.

use spira_domain::access::{Action, may};
pub use spira_store::networks::{MyNetworkRow, NetworkSummary};

use crate::error::Result;
use crate::{App, Viewer, access};

/// What the front page shows.
#[derive(Debug, Clone)]
pub struct FrontPage {
    /// All networks, closed ones last.
    pub networks: Vec<NetworkSummary>,
    /// The signed-in person's networks; empty for anonymous visitors.
    pub mine: Vec<MyNetworkRow>,
    pub can_create: bool,
}

/// The front page for `viewer`.
pub async fn front_page(app: &App, viewer: &Viewer) -> Result<FrontPage> {
    let actor = access::actor(&app.db, viewer, None).await?;
    let mut r = app.db.read().await?;
    let networks = spira_store::networks::list_summaries(r.conn()).await?;
    let mine = match &viewer.user {
        Some(u) => spira_store::networks::list_for_user(r.conn(), u.id).await?,
        None => Vec::new(),
    };
    Ok(FrontPage { networks, mine, can_create: may(&actor, Action::CreateNetwork) })
}
