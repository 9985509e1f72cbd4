//! The people who hold a role in a network: the facilitator's list, invitations by e-mail, and
//! changing or ending a role (the last facilitator cannot step down).

use spira_domain::FieldErrors;
use spira_domain::access::Action;
use spira_domain::accounts::NetworkRole;
use spira_store::ids::UserId;
use spira_store::invoices::SeatInvoice;
use spira_store::networks as store;
use spira_store::organisations::OrganisationRow;

use super::{NetworkRow, PersonRow, load};
use super::{NetworksError, Result};
use crate::access::{self, Viewer};
use crate::error::Common;
use crate::{App, Uuid};

/// What the people page shows: who holds which role, the workplaces to pick from, and each
/// person's seat invoice for the current term.
#[derive(Debug, Clone)]
pub struct Roster {
    pub network: NetworkRow,
    pub people: Vec<PersonRow>,
    pub organisations: Vec<OrganisationRow>,
    pub seat_invoices: Vec<SeatInvoice>,
}

/// The people page's facts (facilitators).
pub async fn roster(app: &App, viewer: &Viewer, slug: &str) -> Result<Roster> {
    let network = load(app, slug).await?;
    access::require(&app.db, viewer, Some(network.id), Action::ManagePeople).await?;
    roster_checked(app, network).await
}

/// Like [`roster`], for a caller that has itself checked [`Action::ManagePeople`] on this
/// network in the same request (the member-list import showing its problems on the people page).
pub async fn roster_checked(app: &App, network: NetworkRow) -> Result<Roster> {
    let term = super::term(app, &network).year();
    let mut r = app.db.read().await?;
    Ok(Roster {
        people: store::list_people(r.conn(), network.id).await?,
        organisations: spira_store::organisations::list(r.conn()).await?,
        seat_invoices: spira_store::invoices::seat_invoices(r.conn(), network.id, term).await?,
        network,
    })
}

/// The people holding a role in the network (facilitators), facilitators first.
pub async fn list(app: &App, viewer: &Viewer, slug: &str) -> Result<Vec<PersonRow>> {
    let network = load(app, slug).await?;
    access::require(&app.db, viewer, Some(network.id), Action::ManagePeople).await?;
    let mut r = app.db.read().await?;
    Ok(store::list_people(r.conn(), network.id).await?)
}

/// Invites a person by e-mail to a role (facilitators). Someone who already holds a role is
/// told so at the e-mail field.
pub async fn invite(app: &App, viewer: &Viewer, slug: &str, email: &str, role: &str) -> Result<()> {
    let network = load(app, slug).await?;
    access::require(&app.db, viewer, Some(network.id), Action::ManagePeople).await?;
    let inviter = viewer.require()?;
    let mut e = FieldErrors::new();
    let email = e.email("email", email);
    let role = NetworkRole::parse(role);
    if role.is_none() {
        e.add("role", "invalid_choice");
    }
    let (Some(email), Some(role), true) = (email, role, e.is_empty()) else {
        return Err(Common::Invalid(e).into());
    };
    let mut tx = app.db.begin().await?;
    if let Some(u) = spira_store::accounts::find_user_by_email(tx.conn(), email.as_str()).await?
        && store::role_of(tx.conn(), network.id, u.id).await?.is_some()
    {
        return Err(Common::Invalid(FieldErrors::one("email", "already_in_network")).into());
    }
    crate::accounts::invitations::send_in(app, &mut tx, inviter, &network, &email, role).await?;
    tx.commit().await?;
    Ok(())
}

/// Gives `user_id` another role, or with `None` takes them out of the network (their seat ends
/// with it). The last facilitator cannot step down: someone must run the network.
pub async fn set_role(app: &App, viewer: &Viewer, slug: &str, user_id: Uuid, role: Option<NetworkRole>) -> Result<()> {
    let network = load(app, slug).await?;
    let mut tx = app.db.begin().await?;
    let actor = access::actor_in(tx.conn(), viewer, Some(network.id)).await?;
    access::check(&actor, Action::ManagePeople)?;
    let current = store::role_of(tx.conn(), network.id, UserId(user_id)).await?.ok_or(Common::NotFound)?;
    if current == NetworkRole::Facilitator
        && role != Some(NetworkRole::Facilitator)
        && store::count_facilitators(tx.conn(), network.id).await? <= 1
    {
        return Err(NetworksError::LastFacilitator);
    }
    match role {
        Some(r) => store::set_role(tx.conn(), network.id, UserId(user_id), r, app.now().into()).await?,
        None => {
            store::remove_role(tx.conn(), network.id, UserId(user_id)).await?;
            // Leaving gives the seat back.
            spira_store::admission::end_seat(tx.conn(), network.id, UserId(user_id), app.now().into()).await?;
        }
    }
    tx.commit().await?;
    Ok(())
}
