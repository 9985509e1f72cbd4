//! Admission: the network's policy, applying, the manager's endorsement, the facilitator's
//! decisions, adding members directly, renewal and leaving, and the timed work around them.

pub use spira_domain::admission::AdmissionPolicy;
use spira_store::Uuid;

use crate::App;
use crate::error::Result;

/// The network's admission policy. It is public: the public page and the application form show it.
pub async fn policy(app: &App, network_id: Uuid) -> Result<AdmissionPolicy> {
    let mut r = app.db.read().await?;
    Ok(spira_store::admission::policy(r.conn(), network_id).await?)
}
