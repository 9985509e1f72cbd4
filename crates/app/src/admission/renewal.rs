//! Members say whether they continue next term or leave at its end, or leave now.

use spira_domain::FieldErrors;
use spira_domain::accounts::NetworkRole;
use spira_domain::terms::RenewalAnswer;
use spira_store::admission as store;

use super::Result;
use crate::error::Common;
use crate::networks;
use crate::networks::NetworksError;
use crate::{App, Viewer};

/// A member says whether they continue next term (`continue`) or leave at its end (`leave`).
/// Only someone holding a seat in the network can answer; anyone else is told there is none
/// (`not_found`).
pub async fn answer_renewal(app: &App, viewer: &Viewer, slug: &str, choice: &str) -> Result<()> {
    let user = viewer.require()?;
    let Some(choice) = RenewalAnswer::parse(choice) else {
        return Err(FieldErrors::one("renewal", "invalid_choice").into());
    };
    let network = networks::load(app, slug).await?;
    let mut tx = app.db.begin().await?;
    if !store::set_renewal(tx.conn(), network.id, user.id, choice).await? {
        return Err(Common::NotFound.into());
    }
    tx.commit().await?;
    Ok(())
}

/// A member leaves the network now: the seat is given back and the role ends. Only someone with
/// a role can leave; the last facilitator cannot (someone must run the network).
pub async fn leave(app: &App, viewer: &Viewer, slug: &str) -> Result<()> {
    let user = viewer.require()?;
    let network = networks::load(app, slug).await?;
    let mut tx = app.db.begin().await?;
    let role = spira_store::networks::role_of(tx.conn(), network.id, user.id).await?.ok_or(Common::NotFound)?;
    if role == NetworkRole::Facilitator && spira_store::networks::count_facilitators(tx.conn(), network.id).await? <= 1 {
        return Err(NetworksError::LastFacilitator.into());
    }
    spira_store::networks::remove_role(tx.conn(), network.id, user.id).await?;
    store::end_seat(tx.conn(), network.id, user.id, app.now().into()).await?;
    tx.commit().await?;
    Ok(())
}
