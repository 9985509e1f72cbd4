//! The facilitator's decisions: admit, waitlist or reject, with seats counted under the
//! network's lock.

use spira_domain::access::Action;
use spira_domain::accounts::NetworkRole;
use spira_domain::admission::{ApplicationState, Decision, check_seat};
use spira_domain::{FieldErrors, Lang};
use spira_store::Uuid;
use spira_store::admission::NewSeat;
use spira_store::admission::{self as store, ApplicationRow};

use super::{AdmissionError, Result};
use crate::error::Kind;
use crate::networks::{self, NetworkRow};
use crate::{App, Viewer, access};

/// The network's applications and its seats, for the facilitators' list.
#[derive(Debug, Clone)]
pub struct ApplicationList {
    pub network: NetworkRow,
    pub applications: Vec<ApplicationRow>,
    pub seats_taken: i64,
    pub capacity: Option<u32>,
}

/// The network's applications (facilitators).
pub async fn applications(app: &App, viewer: &Viewer, slug: &str) -> Result<ApplicationList> {
    let network = networks::load(app, slug).await?;
    access::require(&app.db, viewer, Some(network.id), Action::ManagePeople).await?;
    let mut r = app.db.read().await?;
    let applications = store::list_for_network(r.conn(), network.id).await?;
    let policy = store::policy(r.conn(), network.id).await?;
    let seats_taken = store::seats_taken(r.conn(), network.id, None).await?.0;
    Ok(ApplicationList { network, applications, seats_taken, capacity: policy.capacity })
}

/// Decides one application inside its own transaction: capacity and the organisation's maximum
/// are counted under a lock on the network, so two facilitators cannot both take the last seat.
pub async fn decide(app: &App, viewer: &Viewer, id: Uuid, decision: Decision, note: &str) -> Result<ApplicationRow> {
    let user = viewer.require()?;
    let row = {
        let mut r = app.db.read().await?;
        store::get(r.conn(), spira_store::ids::ApplicationId(id)).await?
    };
    access::require(&app.db, viewer, Some(row.network_id), Action::ManagePeople).await?;
    let mut e = FieldErrors::new();
    let note = e.text("note", note, 2_000);
    if !e.is_empty() {
        return Err(e.into());
    }
    let mut tx = app.db.begin().await?;
    store::lock_network(tx.conn(), row.network_id).await?;
    let row = store::get(tx.conn(), spira_store::ids::ApplicationId(id)).await?;
    if !row.state.can_decide() {
        return Err(AdmissionError::AlreadyDecided);
    }
    let policy = store::policy(tx.conn(), row.network_id).await?;
    if decision == Decision::Admit {
        let (taken, of_org) = store::seats_taken(tx.conn(), row.network_id, Some(row.organisation_id)).await?;
        let of_org = policy.max_seats_per_org.map(|_| of_org as u32);
        if let Err(refusal) = check_seat(&policy, taken as u32, of_org) {
            return Err(refusal.into());
        }
    }
    let from = [ApplicationState::AwaitingDecision, ApplicationState::Waitlisted];
    if !store::transition(tx.conn(), spira_store::ids::ApplicationId(id), &from, decision.state(), &note, Some(user.id), app.now().into())
        .await?
    {
        return Err(AdmissionError::AlreadyDecided);
    }
    let network = spira_store::networks::get(tx.conn(), row.network_id).await?;
    let lang = Lang::parse(&row.lang).unwrap_or_default();
    match decision {
        Decision::Admit => {
            let member = row.user_id.ok_or(AdmissionError::AlreadyDecided)?;
            let reference = Some(row.buyer_reference.as_str()).filter(|r| !r.is_empty());
            let term = networks::term(app, &network).year();
            let seat = NewSeat {
                network: row.network_id,
                user: member,
                organisation: Some(row.organisation_id),
                term,
                application: Some(row.id),
                buyer_reference: reference,
            };
            store::add_seat(tx.conn(), seat, app.now().into()).await.map_err(already_member)?;
            if spira_store::networks::role_of(tx.conn(), row.network_id, member).await?.is_none() {
                spira_store::networks::set_role(tx.conn(), row.network_id, member, NetworkRole::Member, app.now().into()).await?;
            }
            let link = app.link(&format!("/networks/{}/home", network.slug));
            crate::mails::send(
                tx.conn(),
                &row.email,
                lang,
                "mail-admitted",
                &[("name", &row.name), ("network", &network.name), ("link", &link), ("note", &note)],
                app.now().into(),
            )
            .await?;
        }
        Decision::Waitlist => {
            crate::mails::send(
                tx.conn(),
                &row.email,
                lang,
                "mail-waitlisted",
                &[("name", &row.name), ("network", &network.name), ("note", &note)],
                app.now().into(),
            )
            .await?;
        }
        Decision::Reject => {
            crate::mails::send(
                tx.conn(),
                &row.email,
                lang,
                "mail-rejected",
                &[("name", &row.name), ("network", &network.name), ("note", &note)],
                app.now().into(),
            )
            .await?;
        }
    }
    let decided = store::get(tx.conn(), spira_store::ids::ApplicationId(id)).await?;
    tx.commit().await?;
    Ok(decided)
}

/// Only a second active seat (a unique violation) means the person is already a member; any
/// other failure, an outage included, stays what it is.
pub(crate) fn already_member(e: spira_store::Error) -> AdmissionError {
    match e {
        spira_store::Error::Conflict(_) => AdmissionError::AlreadyMember,
        other => other.into(),
    }
}

/// How one of several decisions went.
#[derive(Debug, Clone)]
pub enum Decided {
    Done(Box<ApplicationRow>),
    /// Refused with a conflict's code (network full, already decided); the others stand.
    Refused {
        name: String,
        code: &'static str,
    },
}

/// Decides several applications of a network at once (facilitators). Each decision stands on its
/// own: a full network refuses the rest, not the ones before.
pub async fn decide_many(app: &App, viewer: &Viewer, slug: &str, ids: &[Uuid], decision: Decision, note: &str) -> Result<Vec<Decided>> {
    let network = networks::load(app, slug).await?;
    access::require(&app.db, viewer, Some(network.id), Action::ManagePeople).await?;
    if ids.is_empty() {
        return Err(AdmissionError::NothingSelected);
    }
    let mut out = Vec::with_capacity(ids.len());
    for &id in ids {
        match decide(app, viewer, id, decision, note).await {
            Ok(row) => out.push(Decided::Done(Box::new(row))),
            Err(e) if e.kind() == Kind::Conflict => {
                let code = e.code();
                let name = {
                    let mut r = app.db.read().await?;
                    store::get(r.conn(), spira_store::ids::ApplicationId(id)).await?.name
                };
                out.push(Decided::Refused { name, code });
            }
            Err(e) => return Err(e),
        }
    }
    Ok(out)
}
