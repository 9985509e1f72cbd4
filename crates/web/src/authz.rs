//! Authorisation: gathers the facts about the viewer and asks `spira_domain::access::may`. Every
//! handler, page or API, goes through here.

use spira_domain::access::{Action, Actor, may};
use spira_domain::accounts::NetworkRole;
use spira_domain::agreements::has_accepted_current;
use spira_store::{Db, Uuid, agreements, networks};

use crate::error::AppError;
use crate::session::Viewer;

/// The facts about `viewer`, for the network `network_id` if the action concerns one.
pub async fn actor(db: &Db, viewer: &Viewer, network_id: Option<Uuid>) -> Result<Actor, AppError> {
    let Some(user) = &viewer.user else { return Ok(Actor::ANONYMOUS) };
    let mut r = db.read().await?;
    let role = match network_id {
        Some(n) => networks::role_of(r.conn(), n, user.id).await?.as_deref().and_then(NetworkRole::parse),
        None => None,
    };
    let facilitates_any = role == Some(NetworkRole::Facilitator) || networks::facilitates_any(r.conn(), user.id).await?;
    let accepted_agreement = match network_id {
        Some(n) if role.is_some() => {
            if networks::is_confidential(r.conn(), n).await? {
                let floor = agreements::floor(r.conn(), n).await?;
                let accepted = agreements::accepted(r.conn(), n, user.id).await?.map(|(v, _)| v);
                has_accepted_current(floor, accepted)
            } else {
                true
            }
        }
        _ => false,
    };
    Ok(Actor { signed_in: true, platform_admin: user.is_platform_admin, role, facilitates_any, accepted_agreement })
}

/// Like [`require`], but a member who has not accepted the current agreement is told so
/// (`agreement_not_accepted`) rather than refused without a reason.
pub async fn require_confidential(db: &Db, viewer: &Viewer, network_id: Uuid) -> Result<Actor, AppError> {
    let a = actor(db, viewer, Some(network_id)).await?;
    if may(&a, Action::ViewConfidential) {
        Ok(a)
    } else if !a.signed_in {
        Err(AppError::SignInRequired)
    } else if matches!(a.role, Some(NetworkRole::Facilitator | NetworkRole::Convener | NetworkRole::Member)) {
        Err(AppError::AgreementNotAccepted)
    } else {
        Err(AppError::Forbidden)
    }
}

/// Refuses unless `viewer` may take `action`: anonymous people are asked to sign in; signed-in
/// people without the right get 403, or 404 where even the existence is not theirs to know.
pub async fn require(db: &Db, viewer: &Viewer, network_id: Option<Uuid>, action: Action) -> Result<Actor, AppError> {
    let a = actor(db, viewer, network_id).await?;
    if may(&a, action) {
        Ok(a)
    } else if !a.signed_in {
        Err(AppError::SignInRequired)
    } else {
        Err(AppError::Forbidden)
    }
}
