//! The nearest manager's answer, by a single-use link and without signing in.

use chrono_tz::Tz;
use spira_domain::FieldErrors;
use spira_domain::Lang;
use spira_domain::admission::{AdmissionPolicy, ApplicationState};
use spira_store::Timestamp;
use spira_store::admission::{self as store, ApplicationRow};

use super::Result;
use crate::App;

/// What the manager's page shows.
#[derive(Debug, Clone)]
pub struct ManagerRequest {
    pub application: ApplicationRow,
    pub policy: AdmissionPolicy,
    /// The network's zone, for the deadline's date.
    pub zone: Tz,
}

/// The manager's answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    Endorse,
    Decline,
}

impl Answer {
    pub fn parse(s: &str) -> Option<Answer> {
        match s {
            "endorse" => Some(Answer::Endorse),
            "decline" => Some(Answer::Decline),
            _ => None,
        }
    }
}

/// A manager's link that can still be used, or `None` (marking an expired one as such).
async fn usable(app: &App, token: &str) -> Result<Option<ApplicationRow>> {
    let row = {
        let mut r = app.db.read().await?;
        store::by_manager_token(r.conn(), token).await?
    };
    let Some(row) = row else { return Ok(None) };
    if row.state != ApplicationState::AwaitingManager {
        return Ok(None);
    }
    if row.manager_token_expires_at.is_none_or(|e| e < Timestamp::from(app.now())) {
        let mut tx = app.db.begin().await?;
        store::transition(
            tx.conn(),
            row.id,
            &[ApplicationState::AwaitingManager],
            ApplicationState::ManagerExpired,
            "",
            None,
            app.now().into(),
        )
        .await?;
        tx.commit().await?;
        return Ok(None);
    }
    Ok(Some(row))
}

/// The application the manager is asked about; `None` for a link that is unknown, used or expired.
pub async fn manager_request(app: &App, token: &str) -> Result<Option<ManagerRequest>> {
    let Some(application) = usable(app, token).await? else { return Ok(None) };
    let policy = super::policy(app, application.network_id).await?;
    let network = {
        let mut r = app.db.read().await?;
        spira_store::networks::get(r.conn(), application.network_id).await?
    };
    Ok(Some(ManagerRequest { application, policy, zone: network.time_zone }))
}

/// The manager endorses or declines (the link works once); the applicant is told by e-mail.
/// Returns the application, or `None` for a link that cannot be used.
pub async fn endorse(app: &App, token: &str, answer: Answer, comment: &str) -> Result<Option<ApplicationRow>> {
    let to = match answer {
        Answer::Endorse => ApplicationState::AwaitingDecision,
        Answer::Decline => ApplicationState::ManagerDeclined,
    };
    let mut e = FieldErrors::new();
    let comment = e.text("comment", comment, 2_000);
    if !e.is_empty() {
        return Err(e.into());
    }
    let Some(row) = usable(app, token).await? else { return Ok(None) };
    let mut tx = app.db.begin().await?;
    // The link is used once: the state change succeeds only for the first answer.
    if !store::transition(tx.conn(), row.id, &[ApplicationState::AwaitingManager], to, &comment, None, app.now().into()).await? {
        return Ok(None);
    }
    store::record_manager_answer(tx.conn(), row.id, &comment).await?;
    let lang = Lang::parse(&row.lang).unwrap_or_default();
    let mail = if answer == Answer::Decline { "mail-manager-declined" } else { "mail-manager-endorsed" };
    crate::mails::send(tx.conn(), &row.email, lang, mail, &[("name", &row.name), ("network", &row.network_name)], app.now().into()).await?;
    tx.commit().await?;
    Ok(Some(row))
}
