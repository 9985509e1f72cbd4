//! Adding members without the application flow: one by one, or a member list pasted from a
//! spreadsheet. Seats and the organisation's maximum still count.

use spira_domain::access::Action;
use spira_domain::accounts::{Email, NetworkRole};
use spira_domain::admission::check_seat;
use spira_domain::{FieldErrors, Lang};
use spira_store::accounts::{self as accounts_store, NewToken, NewUser, Purpose};
use spira_store::admission as store;
use spira_store::admission::NewSeat;
use spira_store::ids::OrganisationId;
use spira_store::{Tx, Uuid, organisations};

use super::decisions::already_member;
use super::{AdmissionError, Result};
use crate::error::Kind;
use crate::i18n::Tr;
use crate::networks::{self, NetworkRow};
use crate::{App, Viewer, access};

/// A member to add, as the form or the API sends it.
#[derive(Debug, Clone, Default)]
pub struct NewMember {
    pub email: String,
    pub name: String,
    /// The workplace's id, or empty for none.
    pub organisation_id: String,
}

/// How long the sign-in link in a new member's welcome lasts.
const WELCOME_LINK_TTL_SECS: i64 = 14 * 24 * 3600;

/// Adds a member without the application flow — founding members, or a list moved over from a
/// spreadsheet (facilitators). Returns the member's account id.
pub async fn add_member(app: &App, viewer: &Viewer, slug: &str, m: &NewMember) -> Result<Uuid> {
    let network = networks::load(app, slug).await?;
    access::require(&app.db, viewer, Some(network.id), Action::ManagePeople).await?;
    let mut e = FieldErrors::new();
    let email = e.email("email", &m.email);
    let name = e.required_line("name", &m.name, 150);
    let org = match m.organisation_id.trim() {
        "" => None,
        s => match Uuid::parse_str(s) {
            Ok(id) => Some(id),
            Err(_) => {
                e.add("organisation_id", "invalid_choice");
                None
            }
        },
    };
    let (Some(email), true) = (email, e.is_empty()) else { return Err(e.into()) };
    let mut tx = app.db.begin().await?;
    store::lock_network(tx.conn(), network.id).await?;
    if let Some(o) = org {
        match organisations::get(tx.conn(), spira_store::ids::OrganisationId(o)).await {
            Ok(_) => {}
            Err(spira_store::Error::NotFound) => return Err(FieldErrors::one("organisation_id", "invalid_choice").into()),
            Err(e) => return Err(e.into()),
        }
    }
    let user_id = add_member_in(app, &mut tx, &network, &name, &email, org).await?;
    tx.commit().await?;
    Ok(user_id)
}

/// Adds one member inside the caller's transaction (which holds the network's lock): a seat
/// within the limits, the member role, and a welcome e-mail with a sign-in link for a new account.
pub(crate) async fn add_member_in(
    app: &App,
    tx: &mut Tx,
    network: &NetworkRow,
    name: &str,
    email: &Email,
    org: Option<Uuid>,
) -> Result<Uuid> {
    let policy = store::policy(tx.conn(), network.id).await?;
    let (taken, of_org) = store::seats_taken(tx.conn(), network.id, org.map(spira_store::ids::OrganisationId)).await?;
    let of_org = org.and(policy.max_seats_per_org).map(|_| of_org as u32);
    if let Err(refusal) = check_seat(&policy, taken as u32, of_org) {
        return Err(refusal.into());
    }
    let lang = Lang::parse(&network.language).unwrap_or_default();
    let (user_id, is_new) = match accounts_store::find_user_by_email(tx.conn(), email.as_str()).await? {
        Some(u) => (u.id, false),
        None => (
            accounts_store::create_user(
                tx.conn(),
                NewUser {
                    email: email.as_str(),
                    name,
                    password_hash: None,
                    is_platform_admin: false,
                    lang: lang.as_str(),
                    organisation_id: org.map(spira_store::ids::OrganisationId),
                },
                app.now().into(),
            )
            .await?,
            true,
        ),
    };
    if store::has_seat(tx.conn(), network.id, user_id).await? {
        return Err(AdmissionError::AlreadyMember);
    }
    let term = networks::term(app, network).year();
    let seat = NewSeat {
        network: network.id,
        user: user_id,
        organisation: org.map(OrganisationId),
        term,
        application: None,
        buyer_reference: None,
    };
    store::add_seat(tx.conn(), seat, app.now().into()).await.map_err(already_member)?;
    if spira_store::networks::role_of(tx.conn(), network.id, user_id).await?.is_none() {
        spira_store::networks::set_role(tx.conn(), network.id, user_id, NetworkRole::Member, app.now().into()).await?;
    }
    let link = if is_new {
        let secret = accounts_store::create_token(
            tx.conn(),
            NewToken {
                purpose: Purpose::SignIn,
                email: email.as_str(),
                user_id: Some(user_id),
                network_id: None,
                role: None,
                invited_by: None,
                ttl_secs: WELCOME_LINK_TTL_SECS,
            },
            app.now().into(),
        )
        .await?;
        app.link(&format!("/signin/link/{secret}"))
    } else {
        app.link(&format!("/networks/{}/home", network.slug))
    };
    crate::mails::send(
        tx.conn(),
        email.as_str(),
        lang,
        "mail-member-added",
        &[("name", name), ("network", &network.name), ("link", &link)],
        app.now().into(),
    )
    .await?;
    Ok(user_id.uuid())
}

/// The most lines a pasted member list may have.
pub const MAX_IMPORT_ROWS: usize = 500;

/// Imports a member list all-or-nothing (facilitators): one person per line, `name;e-mail;workplace`
/// or separated by tabs (as a copied spreadsheet range is), the workplace optional and matched by
/// name; a first line without an e-mail address is taken as headings. Every line is checked first,
/// and one transaction adds them all, or none if any is refused: [`AdmissionError::ImportRefused`] names
/// the problems by line, in the language `t`.
pub async fn import_members(app: &App, viewer: &Viewer, slug: &str, rows: &str, t: Tr) -> Result<usize> {
    let network = networks::load(app, slug).await?;
    access::require(&app.db, viewer, Some(network.id), Action::ManagePeople).await?;
    let orgs = {
        let mut r = app.db.read().await?;
        organisations::list(r.conn()).await?
    };
    let mut problems: Vec<String> = Vec::new();
    let mut people: Vec<(String, Email, Option<Uuid>)> = Vec::new();
    let lines: Vec<(usize, &str)> = rows.lines().enumerate().map(|(i, l)| (i + 1, l.trim())).filter(|(_, l)| !l.is_empty()).collect();
    if lines.len() > MAX_IMPORT_ROWS {
        problems.push(t.t("error-too_many_rows"));
    }
    for (n, (line_no, line)) in lines.iter().enumerate() {
        let cells: Vec<&str> = line.split(['\t', ';']).map(str::trim).collect();
        if n == 0 && !line.contains('@') {
            continue; // headings
        }
        let say = |code: &str| t.ta("import-line", &[("line", &line_no.to_string()), ("message", &t.t(&format!("error-{code}")))]);
        let name = cells.first().copied().unwrap_or("");
        let email = cells.get(1).copied().unwrap_or("");
        if name.is_empty() || name.chars().count() > 150 || name.chars().any(char::is_control) {
            problems.push(say("required"));
            continue;
        }
        let Ok(email) = Email::parse(email) else {
            problems.push(say("invalid_email"));
            continue;
        };
        if people.iter().any(|(_, e, _)| *e == email) {
            problems.push(say("duplicate_row"));
            continue;
        }
        let org = match cells.get(2).copied().filter(|o| !o.is_empty()) {
            None => None,
            Some(o) => match orgs.iter().find(|x| x.name.to_lowercase() == o.to_lowercase()) {
                Some(x) => Some(x.id),
                None => {
                    problems.push(say("unknown_organisation"));
                    continue;
                }
            },
        };
        people.push((name.to_string(), email, org.map(spira_store::ids::OrganisationId::uuid)));
    }
    if people.is_empty() && problems.is_empty() {
        problems.push(t.t("error-nothing_to_import"));
    }
    if !problems.is_empty() {
        return Err(AdmissionError::ImportRefused(problems));
    }
    let mut tx = app.db.begin().await?;
    store::lock_network(tx.conn(), network.id).await?;
    for (name, email, org) in &people {
        if let Err(e) = add_member_in(app, &mut tx, &network, name, email, *org).await {
            // Nothing is written: the transaction is dropped.
            if e.kind() != Kind::Conflict {
                return Err(e);
            }
            let code = e.code();
            let msg = t.ta("import-person", &[("name", name), ("message", &t.t(&format!("error-{code}")))]);
            return Err(AdmissionError::ImportRefused(vec![msg]));
        }
    }
    tx.commit().await?;
    Ok(people.len())
}
