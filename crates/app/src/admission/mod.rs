//! Admission: the network's policy, applying (with e-mail confirmation for new people), the
//! nearest manager's endorsement by a single-use link, the facilitator's decisions with seats
//! counted under the network's lock, adding members directly, renewal and leaving, visitors who
//! wait for the network to open, and the timed work around them.

pub mod application;
pub mod apply;
pub mod decisions;
pub mod direct;
pub mod manager;
pub mod policy;
pub mod renewal;
pub mod tick;
pub mod watch;

pub use application::{ApplicationView, application, applications_with_history, resend_manager, withdraw};
pub use apply::{
    Applied, ApplyForm, ApplyRequest, Confirmed, MAX_APPLICATIONS_PER_ADDRESS_HOUR, MAX_APPLICATIONS_PER_MANAGER_HOUR,
    MAX_NOTICES_PER_ADDRESS_HOUR, apply, apply_form, confirm_application, confirmation,
};
pub use decisions::{ApplicationList, Decided, applications, decide, decide_many};
pub use direct::{MAX_IMPORT_ROWS, NewMember, add_member, import_members};
pub use manager::{Answer, ManagerRequest, endorse, manager_request};
pub use policy::{PublicPolicy, policy_for_editing, public_policy, save_policy};
pub use renewal::{answer_renewal, leave};
pub use spira_domain::admission::AdmissionPolicy;
pub use spira_store::admission::{ApplicationRow, EventRow};
pub use tick::{REMINDER_BEFORE_SECS, TickReport, tick};
pub use watch::{confirm_watch, unsubscribe, watch};

use crate::App;
use crate::error::Result;

/// The network's admission policy. It is public: the public page and the application form show it.
pub async fn policy(app: &App, network_id: spira_store::ids::NetworkId) -> Result<AdmissionPolicy> {
    let mut r = app.db.read().await?;
    Ok(spira_store::admission::policy(r.conn(), network_id).await?)
}
