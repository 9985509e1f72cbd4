//! One application for its applicant and the network's facilitators: its status and history,
//! withdrawing it, and sending the manager's request again.

use chrono_tz::Tz;
use spira_domain::FieldErrors;
use spira_domain::access::{Action, may};
use spira_domain::admission::{AdmissionPolicy, ApplicationState};
use spira_store::Uuid;
use spira_store::admission::{self as store, ApplicationRow, EventRow};

use super::{AdmissionError, Result};
use crate::error::Common;
use crate::networks;
use crate::{App, Viewer, access};

/// An application with what its page shows.
#[derive(Debug, Clone)]
pub struct ApplicationView {
    pub application: ApplicationRow,
    pub events: Vec<EventRow>,
    pub policy: AdmissionPolicy,
    /// The application's state, decoded.
    pub state: ApplicationState,
    /// The network's zone, for the times in the history.
    pub zone: Tz,
    /// Whether the viewer is one of the network's facilitators (or an operator).
    pub is_facilitator: bool,
}

/// The application if the viewer is its applicant or may manage the network's people; anyone
/// else is told it does not exist. Also says whether the viewer is a facilitator.
pub(crate) async fn visible(app: &App, viewer: &Viewer, id: Uuid) -> Result<(ApplicationRow, bool)> {
    let user = viewer.require()?;
    let row = {
        let mut r = app.db.read().await?;
        store::get(r.conn(), spira_store::ids::ApplicationId(id)).await?
    };
    let actor = access::actor(&app.db, viewer, Some(row.network_id)).await?;
    let is_facilitator = may(&actor, Action::ManagePeople);
    if row.user_id == Some(user.id) || is_facilitator {
        Ok((row, is_facilitator))
    } else {
        // Someone else's application: its existence is not theirs to know.
        Err(Common::NotFound.into())
    }
}

/// One application with its history (its applicant and the network's facilitators).
pub async fn application(app: &App, viewer: &Viewer, id: Uuid) -> Result<ApplicationView> {
    let (application, is_facilitator) = visible(app, viewer, id).await?;
    let mut r = app.db.read().await?;
    let network = spira_store::networks::get(r.conn(), application.network_id).await?;
    let events = store::events(r.conn(), application.id).await?;
    let policy = store::policy(r.conn(), application.network_id).await?;
    Ok(ApplicationView { state: application.state, zone: network.time_zone, application, events, policy, is_facilitator })
}

/// The network's applications with their histories (facilitators).
pub async fn applications_with_history(app: &App, viewer: &Viewer, slug: &str) -> Result<Vec<(ApplicationRow, Vec<EventRow>)>> {
    let network = networks::load(app, slug).await?;
    access::require(&app.db, viewer, Some(network.id), Action::ManagePeople).await?;
    let mut r = app.db.read().await?;
    Ok(store::list_with_history(r.conn(), network.id).await?)
}

/// Withdraws one's own application before the decision.
pub async fn withdraw(app: &App, viewer: &Viewer, id: Uuid) -> Result<()> {
    let user = viewer.require()?;
    let (row, _) = visible(app, viewer, id).await?;
    if row.user_id != Some(user.id) {
        return Err(Common::Forbidden.into());
    }
    let mut tx = app.db.begin().await?;
    let from = [
        ApplicationState::AwaitingEmail,
        ApplicationState::AwaitingManager,
        ApplicationState::AwaitingDecision,
        ApplicationState::Waitlisted,
    ];
    if !store::transition(
        tx.conn(),
        spira_store::ids::ApplicationId(id),
        &from,
        ApplicationState::Withdrawn,
        "",
        Some(user.id),
        app.now().into(),
    )
    .await?
    {
        return Err(AdmissionError::ApplicationClosed);
    }
    tx.commit().await?;
    Ok(())
}

/// The facilitator sends the manager's request again, to a corrected address: the old link stops
/// working.
pub async fn resend_manager(app: &App, viewer: &Viewer, id: Uuid, manager_email: &str) -> Result<()> {
    let (row, is_facilitator) = visible(app, viewer, id).await?;
    if !is_facilitator {
        return Err(Common::Forbidden.into());
    }
    let mut e = FieldErrors::new();
    let email = e.email("manager_email", manager_email);
    if let Some(m) = &email
        && m.as_str() == row.email
    {
        e.add("manager_email", "manager_is_applicant");
    }
    let (Some(email), true) = (email, e.is_empty()) else { return Err(e.into()) };
    if row.state != ApplicationState::AwaitingManager {
        return Err(AdmissionError::ApplicationClosed);
    }
    let mut tx = app.db.begin().await?;
    let network = spira_store::networks::get(tx.conn(), row.network_id).await?;
    let policy = store::policy(tx.conn(), row.network_id).await?;
    super::apply::send_manager_link(app, &mut tx, &row, &network, &policy, Some(email.as_str())).await?;
    tx.commit().await?;
    Ok(())
}
