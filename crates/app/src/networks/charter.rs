//! The charter: the public page, the members' home page, and creating and editing a network.

use spira_domain::FieldErrors;
use spira_domain::access::{Action, may};
use spira_domain::accounts::NetworkRole;
use spira_domain::admission::AdmissionPolicy;
use spira_domain::networks::CharterInput;
use spira_store::admission::SeatRow;
use spira_store::ids::UserId;
use spira_store::networks as store;

use super::Result;
use super::{NetworkRow, PersonRow, load};
use crate::App;
use crate::access::{self, Viewer};
use crate::error::Common;

/// Every network with its public charter.
pub async fn list(app: &App, viewer: &Viewer) -> Result<Vec<NetworkRow>> {
    access::require(&app.db, viewer, None, Action::ViewPublicNetwork).await?;
    let mut r = app.db.read().await?;
    Ok(store::list(r.conn()).await?)
}

/// One network's public charter.
pub async fn get(app: &App, viewer: &Viewer, slug: &str) -> Result<NetworkRow> {
    let network = load(app, slug).await?;
    access::require(&app.db, viewer, Some(network.id), Action::ViewPublicNetwork).await?;
    Ok(network)
}

/// What the public page shows: the charter, how to join, and what the reader may do.
#[derive(Debug, Clone)]
pub struct PublicNetwork {
    pub network: NetworkRow,
    pub policy: AdmissionPolicy,
    /// Whether applications are taken this month, in the network's zone.
    pub intake_open: bool,
    pub is_member: bool,
    pub can_edit: bool,
}

/// The public page of a network (anyone).
pub async fn public(app: &App, viewer: &Viewer, slug: &str) -> Result<PublicNetwork> {
    let network = load(app, slug).await?;
    let actor = access::require(&app.db, viewer, Some(network.id), Action::ViewPublicNetwork).await?;
    let policy = {
        let mut r = app.db.read().await?;
        spira_store::admission::policy(r.conn(), network.id).await?
    };
    Ok(PublicNetwork {
        intake_open: policy.intake_open(super::month(app, &network)),
        policy,
        is_member: actor.role.is_some(),
        can_edit: may(&actor, Action::EditNetwork),
        network,
    })
}

/// What the members' home page shows.
#[derive(Debug, Clone)]
pub struct Home {
    pub network: NetworkRow,
    /// The reader's role.
    pub role: Option<NetworkRole>,
    pub can_edit: bool,
    /// A member of a confidential room who has not accepted the current agreement.
    pub must_accept: bool,
    pub can_see_members: bool,
    pub facilitators: Vec<PersonRow>,
    /// How many hold each role, for roles someone holds, in [`NetworkRole::ALL`] order.
    pub counts: Vec<(NetworkRole, usize)>,
    /// The reader's seat, if they hold one.
    pub seat: Option<SeatRow>,
}

/// The network's home page for the people who hold a role in it.
pub async fn home(app: &App, viewer: &Viewer, slug: &str) -> Result<Home> {
    let network = load(app, slug).await?;
    let actor = access::require(&app.db, viewer, Some(network.id), Action::ViewNetworkHome).await?;
    let mut r = app.db.read().await?;
    let people = store::list_people(r.conn(), network.id).await?;
    let seat = match viewer.user_id() {
        Some(u) => spira_store::admission::seat_of(r.conn(), network.id, UserId(u)).await?,
        None => None,
    };
    drop(r);
    let mut roles = Vec::with_capacity(people.len());
    for p in &people {
        roles.push(p.role);
    }
    let counts = NetworkRole::ALL.iter().map(|role| (*role, roles.iter().filter(|r| *r == role).count())).filter(|(_, n)| *n > 0).collect();
    let facilitators = people.into_iter().zip(roles).filter(|(_, r)| *r == NetworkRole::Facilitator).map(|(p, _)| p).collect();
    Ok(Home {
        role: actor.role,
        can_edit: may(&actor, Action::EditNetwork),
        must_accept: !actor.accepted_agreement
            && matches!(actor.role, Some(NetworkRole::Facilitator | NetworkRole::Convener | NetworkRole::Member)),
        can_see_members: may(&actor, Action::ViewConfidential),
        facilitators,
        counts,
        seat,
        network,
    })
}

/// Refuses unless `viewer` may start a network (for the empty form).
pub async fn require_create(app: &App, viewer: &Viewer) -> Result<()> {
    access::require(&app.db, viewer, None, Action::CreateNetwork).await?;
    Ok(())
}

/// Starts a network with `viewer` as its facilitator.
pub async fn create(app: &App, viewer: &Viewer, input: &CharterInput) -> Result<NetworkRow> {
    access::require(&app.db, viewer, None, Action::CreateNetwork).await?;
    let user = viewer.require()?;
    let charter = input.validate()?;
    let mut tx = app.db.begin().await?;
    let id = store::create(tx.conn(), &charter, user.id, app.now().into()).await.map_err(slug_taken)?;
    let row = store::get(tx.conn(), id).await?;
    tx.commit().await?;
    Ok(row)
}

/// The network whose charter `viewer` is about to edit.
pub async fn for_edit(app: &App, viewer: &Viewer, slug: &str) -> Result<NetworkRow> {
    let network = load(app, slug).await?;
    access::require(&app.db, viewer, Some(network.id), Action::EditNetwork).await?;
    Ok(network)
}

/// Saves a charter.
pub async fn update(app: &App, viewer: &Viewer, slug: &str, input: &CharterInput) -> Result<NetworkRow> {
    let network = load(app, slug).await?;
    access::require(&app.db, viewer, Some(network.id), Action::EditNetwork).await?;
    let charter = input.validate()?;
    let mut tx = app.db.begin().await?;
    store::update(tx.conn(), network.id, &charter, app.now().into()).await.map_err(slug_taken)?;
    let row = store::get(tx.conn(), network.id).await?;
    tx.commit().await?;
    Ok(row)
}

/// A taken address is the slug field's problem; anything else stays what it was.
pub(crate) fn slug_taken(e: spira_store::Error) -> Common {
    match e {
        spira_store::Error::Conflict(_) => Common::Invalid(FieldErrors::one("slug", "slug_taken")),
        other => other.into(),
    }
}
