//! Members: their profiles, the member directory (the network's first confidential content:
//! members who accepted the current agreement see it), and the facilitator's member list.

use spira_domain::access::{Action, may};
use spira_domain::accounts::NetworkRole;
pub use spira_store::invoices::SeatInvoice;
use spira_store::members as store;
pub use spira_store::members::{MemberRow, ProfileRow};

use crate::App;
use crate::access::{self, Viewer};
use crate::networks::{NetworkRow, load};

crate::failures! {
    /// What the member use cases answer: only the shared outcomes so far.
    pub enum MembersError {
    }
}

pub type Result<T, E = MembersError> = std::result::Result<T, E>;

/// The signed-in person's own profile (empty until they write one).
pub async fn profile(app: &App, viewer: &Viewer) -> Result<ProfileRow> {
    let user = viewer.require()?;
    let mut r = app.db.read().await?;
    Ok(store::profile(r.conn(), user.id).await?)
}

/// The member directory.
#[derive(Debug, Clone)]
pub struct Directory {
    pub network: NetworkRow,
    /// Facilitators, conveners and members (observers hold a role but are not in the room).
    pub members: Vec<MemberRow>,
    /// Whether the reader may download the member list.
    pub can_export: bool,
}

/// The directory, for members who accepted the current agreement (`agreement_not_accepted`
/// for those who have not).
pub async fn directory(app: &App, viewer: &Viewer, slug: &str) -> Result<Directory> {
    let network = load(app, slug).await?;
    let actor = access::require_confidential(&app.db, viewer, network.id).await?;
    let rows = {
        let mut r = app.db.read().await?;
        store::directory(r.conn(), network.id).await?
    };
    let mut members = Vec::with_capacity(rows.len());
    for m in rows {
        if m.role != NetworkRole::Observer {
            members.push(m);
        }
    }
    Ok(Directory { network, members, can_export: may(&actor, Action::ManagePeople) })
}

/// The facilitator's member list: everyone holding a role, with seat, application and
/// acceptance, and the seat invoices of the network's current term.
#[derive(Debug, Clone)]
pub struct MemberList {
    pub network: NetworkRow,
    pub members: Vec<MemberRow>,
    pub seat_invoices: Vec<SeatInvoice>,
}

/// The member list (facilitators).
pub async fn member_list(app: &App, viewer: &Viewer, slug: &str) -> Result<MemberList> {
    let network = load(app, slug).await?;
    access::require(&app.db, viewer, Some(network.id), Action::ManagePeople).await?;
    let term = crate::networks::term(app, &network).year();
    let mut r = app.db.read().await?;
    let members = store::directory(r.conn(), network.id).await?;
    let seat_invoices = spira_store::invoices::seat_invoices(r.conn(), network.id, term).await?;
    drop(r);
    Ok(MemberList { network, members, seat_invoices })
}
