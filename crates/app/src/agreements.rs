//! The confidentiality agreement: reading and accepting it, and the facilitator publishing a new
//! version (editorial or not). Acceptance of the current version opens the network's
//! confidential content; the author of a version has accepted it by publishing it.

use spira_domain::access::{Action, may};
use spira_domain::agreements::AgreementInput;
use spira_store::agreements as store;
pub use spira_store::agreements::AgreementRow;

use crate::access::{self, Viewer};
use crate::error::Common;
use crate::networks::{NetworkRow, load};
use crate::{App, Timestamp};

crate::failures! {
    /// What the agreement use cases answer besides the shared outcomes.
    pub enum AgreementsError {
        /// A newer version was published after the reader opened the one they accept.
        #[error("agreement changed")]
        AgreementChanged = Conflict "agreement_changed",
    }
}

pub type Result<T, E = AgreementsError> = std::result::Result<T, E>;

/// The current agreement and where the reader stands.
#[derive(Debug, Clone)]
pub struct Standing {
    pub network: NetworkRow,
    /// Absent until a facilitator has written the first version.
    pub current: Option<AgreementRow>,
    /// The newest version the reader accepted, and when.
    pub accepted: Option<(i32, Timestamp)>,
    /// Whether that acceptance still counts (the current version, or an earlier one that only
    /// editorial changes followed); true in a network that is not a confidential room.
    pub accepted_current: bool,
    pub can_edit: bool,
}

/// The agreement as the reader sees it (people with a role in the network).
pub async fn standing(app: &App, viewer: &Viewer, slug: &str) -> Result<Standing> {
    let network = load(app, slug).await?;
    let actor = access::require(&app.db, viewer, Some(network.id), Action::ViewAgreement).await?;
    let user = viewer.require()?;
    let mut r = app.db.read().await?;
    let current = store::current(r.conn(), network.id).await?;
    let accepted = store::accepted(r.conn(), network.id, user.id).await?;
    Ok(Standing { current, accepted, accepted_current: actor.accepted_agreement, can_edit: may(&actor, Action::EditAgreement), network })
}

/// Records acceptance of `version`, which must be the current one: a text that changed while the
/// member read it is not accepted unseen (`agreement_changed`).
pub async fn accept(app: &App, viewer: &Viewer, slug: &str, version: i32) -> Result<i32> {
    let network = load(app, slug).await?;
    access::require(&app.db, viewer, Some(network.id), Action::ViewAgreement).await?;
    let user = viewer.require()?;
    let mut tx = app.db.begin().await?;
    let current = store::current(tx.conn(), network.id).await?.ok_or(Common::NotFound)?;
    if current.version != version {
        return Err(AgreementsError::AgreementChanged);
    }
    store::accept(tx.conn(), network.id, user.id, version, app.now().into()).await?;
    tx.commit().await?;
    Ok(version)
}

/// The network and every version, newest first, for the facilitator's editing page.
pub async fn history(app: &App, viewer: &Viewer, slug: &str) -> Result<(NetworkRow, Vec<AgreementRow>)> {
    let network = load(app, slug).await?;
    access::require(&app.db, viewer, Some(network.id), Action::EditAgreement).await?;
    let mut r = app.db.read().await?;
    let history = store::history(r.conn(), network.id).await?;
    Ok((network, history))
}

/// Publishes a new version (facilitators) and returns it. Unless it is editorial, everyone else
/// must accept it again; the author's acceptance of this very version is recorded with it
/// (also after an editorial version, where an earlier acceptance would have counted anyway), so
/// the author is never sent from their own member directory to the agreement page.
pub async fn publish(app: &App, viewer: &Viewer, slug: &str, input: &AgreementInput) -> Result<AgreementRow> {
    let network = load(app, slug).await?;
    let user = viewer.require()?;
    let mut tx = app.db.begin().await?;
    let actor = access::actor_in(tx.conn(), viewer, Some(network.id)).await?;
    access::check(&actor, Action::EditAgreement)?;
    let is_first = store::current(tx.conn(), network.id).await?.is_none();
    let draft = input.validate(is_first)?;
    // `store::publish` records the author's acceptance of the version in the same transaction.
    let version = store::publish(tx.conn(), network.id, &draft, user.id, app.now().into()).await?;
    let row = store::current(tx.conn(), network.id).await?.ok_or(Common::NotFound)?;
    tx.commit().await?;
    debug_assert_eq!(row.version, version);
    Ok(row)
}
