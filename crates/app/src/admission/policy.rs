//! The admission policy: the facilitator edits who may join, when, and on what terms; anyone may
//! read it.

use spira_domain::access::Action;
use spira_domain::admission::{AdmissionPolicy, PolicyInput};
use spira_store::admission as store;

use super::Result;
use crate::networks::{self, NetworkRow};
use crate::{App, Viewer, access};

/// A policy with whether applications are taken now (open, and this month in the network's zone
/// is an intake month).
#[derive(Debug, Clone)]
pub struct PublicPolicy {
    pub policy: AdmissionPolicy,
    pub intake_open_now: bool,
}

async fn public_of(app: &App, network: &NetworkRow) -> Result<PublicPolicy> {
    let policy = super::policy(app, network.id).await?;
    let intake_open_now = policy.intake_open(networks::month(app, network));
    Ok(PublicPolicy { policy, intake_open_now })
}

/// The network's policy as applicants read it before applying.
pub async fn public_policy(app: &App, viewer: &Viewer, slug: &str) -> Result<PublicPolicy> {
    let network = networks::load(app, slug).await?;
    access::require(&app.db, viewer, Some(network.id), Action::ViewPublicNetwork).await?;
    public_of(app, &network).await
}

/// The network and its policy, for the facilitator's form.
pub async fn policy_for_editing(app: &App, viewer: &Viewer, slug: &str) -> Result<(NetworkRow, AdmissionPolicy)> {
    let network = networks::load(app, slug).await?;
    access::require(&app.db, viewer, Some(network.id), Action::EditNetwork).await?;
    let policy = super::policy(app, network.id).await?;
    Ok((network, policy))
}

/// Saves a network's policy (facilitators).
pub async fn save_policy(app: &App, viewer: &Viewer, slug: &str, input: &PolicyInput) -> Result<PublicPolicy> {
    let network = networks::load(app, slug).await?;
    access::require(&app.db, viewer, Some(network.id), Action::EditNetwork).await?;
    let policy = input.validate()?;
    let mut tx = app.db.begin().await?;
    store::save_policy(tx.conn(), network.id, &policy, app.now().into()).await?;
    tx.commit().await?;
    let intake_open_now = policy.intake_open(networks::month(app, &network));
    Ok(PublicPolicy { policy, intake_open_now })
}
