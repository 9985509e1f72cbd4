//! Networks: finding one and the facts every feature reads from it (its zone, its term), the
//! charter (public page, members' home, creating and editing) in [`charter`], and the people who
//! hold a role, with invitations by e-mail, in [`people`].

pub mod charter;
pub mod people;

use spira_domain::terms::Term;
pub use spira_store::networks::{NetworkRow, PersonRow};

use crate::App;
use crate::error::Common;

crate::failures! {
    /// What the network use cases answer besides the shared outcomes.
    pub enum NetworksError {
        /// The change would leave the network without a facilitator.
        #[error("last facilitator")]
        LastFacilitator = Conflict "last_facilitator",
    }
    wraps {
        /// A refusal of the accounts feature (an invitation that cannot be sent).
        Accounts(crate::accounts::AccountsError),
    }
}

pub type Result<T, E = NetworksError> = std::result::Result<T, E>;

/// The network with this slug, or `not_found`. Who may see what of it is each use case's check.
pub async fn load(app: &App, slug: &str) -> Result<NetworkRow, Common> {
    let mut r = app.db.read().await?;
    Ok(spira_store::networks::get_by_slug(r.conn(), slug).await?)
}

/// The network's current term, in its own zone (`NetworkRow::time_zone`, decoded when the row is
/// read), by the application's clock.
pub fn term(app: &App, n: &NetworkRow) -> Term {
    Term::at(app.now(), n.time_zone)
}

/// This month (1–12) in the network's zone, for intake months.
pub fn month(app: &App, n: &NetworkRow) -> u32 {
    spira_domain::terms::month_in(app.now(), n.time_zone)
}
