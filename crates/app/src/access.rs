//! Who is asking, and whether they may: the facts about a person are read in one query and
//! judged by `spira_domain::access::may`. Every use case calls [`require`] (or
//! [`require_confidential`]) before it reads or writes.

use spira_domain::access::{Action, Actor, may};
use spira_domain::accounts::NetworkRole;
use spira_domain::agreements::has_accepted_current;
use spira_store::accounts::UserRow;
use spira_store::ids::NetworkId;
use spira_store::{Db, Read, Uuid};

use crate::error::{Common, Result};

/// The person making a request, if signed in.
#[derive(Debug, Clone, Default)]
pub struct Viewer {
    pub user: Option<UserRow>,
}

impl Viewer {
    pub const ANONYMOUS: Viewer = Viewer { user: None };

    pub fn of(user: UserRow) -> Viewer {
        Viewer { user: Some(user) }
    }
    pub fn signed_in(&self) -> bool {
        self.user.is_some()
    }
    /// The signed-in person, or [`Common::SignInRequired`].
    pub fn require(&self) -> Result<&UserRow> {
        self.user.as_ref().ok_or(Common::SignInRequired)
    }
    pub fn user_id(&self) -> Option<Uuid> {
        (self.user.as_ref().map(|u| u.id)).map(spira_store::ids::UserId::uuid)
    }
}

/// The facts about `viewer`, for the network `network_id` if the action concerns one.
pub async fn actor_in(c: impl Into<Read<'_>>, viewer: &Viewer, network_id: Option<NetworkId>) -> Result<Actor> {
    let Some(user) = &viewer.user else { return Ok(Actor::ANONYMOUS) };
    let f = spira_store::access::facts(c, user.id, network_id).await?;
    let role = match f.role.as_deref() {
        Some(r) => Some(NetworkRole::parse(r).ok_or(spira_store::Error::Corrupt("network_roles.role"))?),
        None => None,
    };
    let accepted_agreement = role.is_some() && (f.confidential != Some(true) || has_accepted_current(f.floor, f.accepted));
    Ok(Actor { signed_in: true, platform_admin: user.is_platform_admin, role, facilitates_any: f.facilitated > 0, accepted_agreement })
}

/// Like [`actor_in`], on a connection of its own.
pub async fn actor(db: &Db, viewer: &Viewer, network_id: Option<NetworkId>) -> Result<Actor> {
    if viewer.user.is_none() {
        return Ok(Actor::ANONYMOUS);
    }
    let mut r = db.read().await?;
    actor_in(r.conn(), viewer, network_id).await
}

/// The refusal for someone who may not take an action: anonymous people are asked to sign in;
/// signed-in people without the right are forbidden.
pub fn check(a: &Actor, action: Action) -> Result<()> {
    if may(a, action) {
        Ok(())
    } else if !a.signed_in {
        Err(Common::SignInRequired)
    } else {
        Err(Common::Forbidden)
    }
}

/// Like [`check`] for [`Action::ViewConfidential`], but a member who has not accepted the current
/// agreement is told so (`agreement_not_accepted`) rather than refused without a reason.
pub fn check_confidential(a: &Actor) -> Result<()> {
    if may(a, Action::ViewConfidential) {
        Ok(())
    } else if !a.signed_in {
        Err(Common::SignInRequired)
    } else if matches!(a.role, Some(NetworkRole::Facilitator | NetworkRole::Convener | NetworkRole::Member)) {
        Err(Common::AgreementNotAccepted)
    } else {
        Err(Common::Forbidden)
    }
}

/// Refuses unless `viewer` may take `action`.
pub async fn require(db: &Db, viewer: &Viewer, network_id: Option<NetworkId>, action: Action) -> Result<Actor> {
    let a = actor(db, viewer, network_id).await?;
    check(&a, action)?;
    Ok(a)
}

/// Refuses unless `viewer` may read the network's confidential content.
pub async fn require_confidential(db: &Db, viewer: &Viewer, network_id: NetworkId) -> Result<Actor> {
    let a = actor(db, viewer, Some(network_id)).await?;
    check_confidential(&a)?;
    Ok(a)
}
