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

crate::failures! {
    /// What the admission use cases answer besides the shared outcomes.
    pub enum AdmissionError {
        /// The network takes no applications now.
        #[error("admission closed")]
        AdmissionClosed = Conflict "admission_closed",
        /// The workplace's kind or country is not one the network admits.
        #[error("organisation not eligible")]
        OrganisationNotEligible = Conflict "organisation_not_eligible",
        /// An application from the person is already in progress.
        #[error("already applied")]
        AlreadyApplied = Conflict "already_applied",
        /// Too many applications from the address or to the manager in the last hour.
        #[error("too many applications")]
        TooManyApplications = TooManyRequests "too_many_applications",
        /// The person is already a member of the network.
        #[error("already member")]
        AlreadyMember = Conflict "already_member",
        /// The application is decided or withdrawn; it cannot change.
        #[error("application closed")]
        ApplicationClosed = Conflict "application_closed",
        /// Someone decided the application already.
        #[error("already decided")]
        AlreadyDecided = Conflict "already_decided",
        /// A decision on several applications with none chosen.
        #[error("nothing selected")]
        NothingSelected = BadRequest "nothing_selected",
        /// Every seat in the network is taken.
        #[error("network full")]
        NetworkFull = Conflict "network_full",
        /// The applicant's organisation holds its maximum of seats.
        #[error("organisation full")]
        OrganisationFull = Conflict "organisation_full",
        /// An import refused whole, with its problems (in the reader's language) by line.
        #[error("import refused: {0:?}")]
        ImportRefused(Vec<String>) = ImportRefused "import_refused",
    }
    wraps {
        /// A refusal of the networks feature (the last facilitator cannot leave).
        Networks(crate::networks::NetworksError),
    }
}

pub type Result<T, E = AdmissionError> = std::result::Result<T, E>;

impl From<spira_domain::admission::SeatRefusal> for AdmissionError {
    fn from(r: spira_domain::admission::SeatRefusal) -> Self {
        use spira_domain::admission::SeatRefusal as R;
        match r {
            R::NetworkFull => AdmissionError::NetworkFull,
            R::OrganisationFull => AdmissionError::OrganisationFull,
        }
    }
}

/// The network's admission policy. It is public: the public page and the application form show it.
pub async fn policy(app: &App, network_id: spira_store::ids::NetworkId) -> Result<AdmissionPolicy> {
    let mut r = app.db.read().await?;
    Ok(spira_store::admission::policy(r.conn(), network_id).await?)
}
