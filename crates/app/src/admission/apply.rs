//! Applying: the form's facts, the application itself (e-mail confirmation for new people, the
//! manager's first link), and confirming the address by the link sent.

use spira_domain::FieldErrors;
use spira_domain::Lang;
use spira_domain::access::Action;
use spira_domain::accounts::Email;
use spira_domain::admission::{AdmissionPolicy, ApplicationState, ApplyInput, after_email};
use spira_store::accounts::{self as accounts_store, NewUser};
use spira_store::admission::{self as store, ApplicationRow, NewApplication};
pub use spira_store::organisations::OrganisationRow;
use spira_store::secret::new_secret;
use spira_store::{Timestamp, Tx, Uuid, organisations};

use super::{AdmissionError, Result};
use crate::error::Common;
use crate::networks::{self, NetworkRow};
use crate::{App, Viewer, access};

/// Applications per applicant address, and per manager address, in an hour.
pub const MAX_APPLICATIONS_PER_ADDRESS_HOUR: i64 = 5;
pub const MAX_APPLICATIONS_PER_MANAGER_HOUR: i64 = 10;
/// E-mails an anonymous application may send to one address in an hour ("you already have an
/// application", "sign in and apply"): past this the answer stays the same, but nothing is sent,
/// so the form cannot flood anyone's inbox.
pub const MAX_NOTICES_PER_ADDRESS_HOUR: i64 = 5;

/// Whether another notice may go to `to` this hour.
async fn may_notify(c: impl Into<spira_store::Read<'_>>, app: &App, to: &str) -> Result<bool> {
    let since = Timestamp::from(app.now()).plus_secs(-3600);
    Ok(spira_store::outbox::count_to_since(c, to, since).await? < MAX_NOTICES_PER_ADDRESS_HOUR)
}

/// What the application form shows.
#[derive(Debug, Clone)]
pub struct ApplyForm {
    pub network: NetworkRow,
    pub policy: AdmissionPolicy,
    /// Whether applications are taken now, in the network's zone.
    pub intake_open: bool,
    /// The workplaces the policy lets apply.
    pub organisations: Vec<OrganisationRow>,
    /// The current confidentiality agreement's text; empty without one.
    pub agreement: String,
}

/// The form's facts for a network (public: anyone may read how to apply).
pub async fn apply_form(app: &App, viewer: &Viewer, slug: &str) -> Result<ApplyForm> {
    let network = networks::load(app, slug).await?;
    access::require(&app.db, viewer, Some(network.id), Action::ViewPublicNetwork).await?;
    let policy = super::policy(app, network.id).await?;
    let intake_open = policy.intake_open(networks::month(app, &network));
    let (orgs, agreement) = {
        let mut r = app.db.read().await?;
        (organisations::list(r.conn()).await?, spira_store::agreements::current(r.conn(), network.id).await?)
    };
    let organisations = orgs.into_iter().filter(|o| eligible(&policy, o)).collect();
    Ok(ApplyForm { network, policy, intake_open, organisations, agreement: agreement.map(|a| a.text).unwrap_or_default() })
}

fn eligible(policy: &AdmissionPolicy, o: &OrganisationRow) -> bool {
    policy.organisation_eligible(o.kind, o.country)
}

/// The outcome of applying.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Applied {
    /// A signed-in applicant's application, now waiting for the manager or the decision.
    Created(Uuid),
    /// A person without a session must confirm their address first, or was told by e-mail that
    /// the address has an account or an application in progress: the answer is the same in
    /// every case, so it tells no one what the address is used for.
    CheckEmail,
}

/// An application as the form or the API sends it.
#[derive(Debug, Clone)]
pub struct ApplyRequest {
    pub input: ApplyInput,
    pub organisation_id: String,
    /// The language of the e-mails to the applicant.
    pub lang: Lang,
}

/// Applies to a network: checks the window, the organisation, the criteria, an application
/// already in progress and membership, and queues the e-mails.
pub async fn apply(app: &App, viewer: &Viewer, slug: &str, req: &ApplyRequest) -> Result<Applied> {
    let network = networks::load(app, slug).await?;
    access::require(&app.db, viewer, Some(network.id), Action::ViewPublicNetwork).await?;
    let policy = super::policy(app, network.id).await?;
    if !policy.intake_open(networks::month(app, &network)) {
        return Err(AdmissionError::AdmissionClosed);
    }
    let own = viewer.user.as_ref().map(|u| (u.name.clone(), Email::parse(&u.email).ok()));
    let own_ref = own.as_ref().and_then(|(n, e)| e.as_ref().map(|e| (n.as_str(), e)));
    let mut errors = FieldErrors::new();
    let org_id = Uuid::parse_str(req.organisation_id.trim()).ok();
    if org_id.is_none() {
        errors.add("organisation_id", "required");
    }
    let draft = errors.and(req.input.validate(&policy, own_ref))?;
    let org_id = org_id.ok_or(Common::BadRequest)?;
    let mut tx = app.db.begin().await?;
    let org = match organisations::get(tx.conn(), spira_store::ids::OrganisationId(org_id)).await {
        Ok(o) => o,
        Err(spira_store::Error::NotFound) => return Err(FieldErrors::one("organisation_id", "invalid_choice").into()),
        Err(e) => return Err(e.into()),
    };
    if !eligible(&policy, &org) {
        return Err(AdmissionError::OrganisationNotEligible);
    }
    if let Some(existing) = store::active_for(tx.conn(), network.id, draft.email.as_str()).await? {
        if viewer.user.is_some() {
            // The account's own application: telling its owner reveals nothing.
            return Err(AdmissionError::AlreadyApplied);
        }
        // Anyone may type any address: the answer is the usual one, and the address's owner
        // is told by e-mail that an application is already in progress.
        let link = app.link(&format!("/applications/{existing}"));
        if may_notify(tx.conn(), app, draft.email.as_str()).await? {
            crate::mails::send(
                tx.conn(),
                draft.email.as_str(),
                req.lang,
                "mail-already-applied",
                &[("network", &network.name), ("link", &link)],
                app.now().into(),
            )
            .await?;
        }
        tx.commit().await?;
        return Ok(Applied::CheckEmail);
    }
    let manager = draft.manager_email.as_ref().map(Email::as_str).unwrap_or("");
    let since = Timestamp::from(app.now()).plus_secs(-3600);
    let (by_address, by_manager) = store::count_recent(tx.conn(), draft.email.as_str(), manager, since).await?;
    if by_address >= MAX_APPLICATIONS_PER_ADDRESS_HOUR || by_manager >= MAX_APPLICATIONS_PER_MANAGER_HOUR {
        return Err(AdmissionError::TooManyApplications);
    }
    let justifications = draft.justifications.join("\n");
    // The application as both paths write it; they differ in who, which state and the e-mail link.
    let application = |user_id, state, email_token| NewApplication {
        network_id: network.id,
        user_id,
        email: draft.email.as_str(),
        name: &draft.name,
        organisation_id: spira_store::ids::OrganisationId(org_id),
        manager_name: &draft.manager_name,
        manager_email: manager,
        justifications: &justifications,
        buyer_reference: &draft.buyer_reference,
        state,
        lang: req.lang.as_str(),
        email_token,
    };
    match &viewer.user {
        Some(u) => {
            if store::has_seat(tx.conn(), network.id, u.id).await?
                || spira_store::networks::role_of(tx.conn(), network.id, u.id).await?.is_some()
            {
                return Err(AdmissionError::AlreadyMember);
            }
            let next = after_email(&policy);
            let id = store::create_application(tx.conn(), application(Some(u.id), next, None), app.now().into())
                .await
                .map_err(already_applied)?;
            if next == ApplicationState::AwaitingManager {
                let row = store::get(tx.conn(), id).await?;
                send_manager_link(app, &mut tx, &row, &network, &policy, None).await?;
            }
            tx.commit().await?;
            Ok(Applied::Created(id.uuid()))
        }
        None => {
            if let Some(existing) = accounts_store::find_user_by_email(tx.conn(), draft.email.as_str()).await? {
                // Never take over an account: tell its owner to sign in and apply.
                let link = app.link(&format!("/signin?next=/networks/{}/apply", network.slug));
                let lang = Lang::parse(&existing.lang).unwrap_or(req.lang);
                if may_notify(tx.conn(), app, &existing.email).await? {
                    crate::mails::send(
                        tx.conn(),
                        &existing.email,
                        lang,
                        "mail-apply-existing",
                        &[("network", &network.name), ("link", &link)],
                        app.now().into(),
                    )
                    .await?;
                }
                tx.commit().await?;
                return Ok(Applied::CheckEmail);
            }
            let secret = new_secret();
            let created =
                store::create_application(tx.conn(), application(None, ApplicationState::AwaitingEmail, Some(&secret)), app.now().into())
                    .await;
            match created {
                Ok(_) => {}
                // The same address applied at the same moment: that request sends the e-mail,
                // and this one answers as usual (the transaction is dropped).
                Err(spira_store::Error::Conflict(_)) => return Ok(Applied::CheckEmail),
                Err(e) => return Err(e.into()),
            }
            let link = app.link(&format!("/applications/confirm/{secret}"));
            crate::mails::send(
                tx.conn(),
                draft.email.as_str(),
                req.lang,
                "mail-apply-confirm",
                &[("name", &draft.name), ("network", &network.name), ("link", &link)],
                app.now().into(),
            )
            .await?;
            tx.commit().await?;
            Ok(Applied::CheckEmail)
        }
    }
}

fn already_applied(e: spira_store::Error) -> AdmissionError {
    match e {
        spira_store::Error::Conflict(_) => AdmissionError::AlreadyApplied,
        other => other.into(),
    }
}

/// Sends the nearest manager a new single-use link (voiding any earlier one), in the caller's
/// transaction.
pub(crate) async fn send_manager_link(
    app: &App,
    tx: &mut Tx,
    application: &ApplicationRow,
    network: &NetworkRow,
    policy: &AdmissionPolicy,
    corrected_email: Option<&str>,
) -> Result<()> {
    let secret = new_secret();
    let expires = Timestamp::from(app.now()).plus_secs(i64::from(policy.manager_link_days) * 24 * 3600);
    store::set_manager_link(tx.conn(), application.id, &secret, expires, corrected_email, app.now().into()).await?;
    let link = app.link(&format!("/endorse/{secret}"));
    let lang = Lang::parse(&network.language).unwrap_or_default();
    let to = corrected_email.unwrap_or(&application.manager_email);
    Ok(crate::mails::send(
        tx.conn(),
        to,
        lang,
        "mail-manager-request",
        &[
            ("manager", &application.manager_name),
            ("applicant", &application.name),
            ("network", &network.name),
            ("link", &link),
            ("days", &policy.manager_link_days.to_string()),
        ],
        app.now().into(),
    )
    .await?)
}

/// The application whose address-confirmation link this is, for the page that asks to confirm
/// (opening the link changes nothing); `None` for a link that is unknown or used.
pub async fn confirmation(app: &App, token: &str) -> Result<Option<ApplicationRow>> {
    let mut r = app.db.read().await?;
    Ok(store::by_email_token(r.conn(), token).await?)
}

/// A confirmed address: the application, and the new session of its applicant.
#[derive(Debug, Clone)]
pub struct Confirmed {
    pub application_id: Uuid,
    /// The secret of the session that signs the applicant in (for the cookie).
    pub session: String,
}

/// Confirms the applicant's address by the link sent: the person gets an account (no password;
/// they sign in by link) and a session lasting `session_ttl_secs`, and the application goes on
/// to the manager or the decision. `None` for a link that is unknown or already used.
pub async fn confirm_application(app: &App, token: &str, session_ttl_secs: i64) -> Result<Option<Confirmed>> {
    let mut tx = app.db.begin().await?;
    let Some(row) = store::by_email_token(tx.conn(), token).await? else { return Ok(None) };
    let network = spira_store::networks::get(tx.conn(), row.network_id).await?;
    let policy = store::policy(tx.conn(), row.network_id).await?;
    let user_id = match accounts_store::find_user_by_email(tx.conn(), &row.email).await? {
        Some(u) => u.id,
        None => {
            accounts_store::create_user(
                tx.conn(),
                NewUser {
                    email: &row.email,
                    name: &row.name,
                    password_hash: None,
                    is_platform_admin: false,
                    lang: &row.lang,
                    organisation_id: Some(row.organisation_id),
                },
                app.now().into(),
            )
            .await?
        }
    };
    store::set_user(tx.conn(), row.id, user_id).await?;
    let next = after_email(&policy);
    if !store::transition(tx.conn(), row.id, &[ApplicationState::AwaitingEmail], next, "", Some(user_id), app.now().into()).await? {
        return Ok(None);
    }
    if next == ApplicationState::AwaitingManager {
        send_manager_link(app, &mut tx, &row, &network, &policy, None).await?;
    }
    let session = accounts_store::create_session(tx.conn(), user_id, session_ttl_secs, app.now().into()).await?;
    tx.commit().await?;
    Ok(Some(Confirmed { application_id: row.id.uuid(), session }))
}
