//! Authorisation as the web layer sees it: the viewer comes from the session, and the answer
//! from `spira_app::access`, which the use cases call themselves.

use spira_app::Db;
use spira_app::Uuid;
use spira_domain::access::{Action, Actor};

use crate::error::AppError;
use crate::session::Viewer;

/// The facts about `viewer`, for the network `network_id` if the action concerns one.
pub async fn actor(db: &Db, viewer: &Viewer, network_id: Option<Uuid>) -> Result<Actor, AppError> {
    Ok(spira_app::access::actor(db, viewer, network_id).await?)
}

/// Like [`require`], but a member who has not accepted the current agreement is told so.
pub async fn require_confidential(db: &Db, viewer: &Viewer, network_id: Uuid) -> Result<Actor, AppError> {
    Ok(spira_app::access::require_confidential(db, viewer, network_id).await?)
}

/// Refuses unless `viewer` may take `action`.
pub async fn require(db: &Db, viewer: &Viewer, network_id: Option<Uuid>, action: Action) -> Result<Actor, AppError> {
    Ok(spira_app::access::require(db, viewer, network_id, action).await?)
}
