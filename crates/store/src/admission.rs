//! Admission: policies, applications and their history, manager links, and seats.

use spira_domain::admission::{AdmissionPolicy, ApplicationState, decode_criteria, encode_criteria};
use spira_domain::organisations::{Country, OrgKind};
use spira_domain::terms::RenewalAnswer;

use crate::ids::{ApplicationId, NetworkId, OrganisationId, SeatId, UserId};
use crate::secret::hash_secret;
use crate::{Conn, Error, Read, Result, Timestamp, Uuid, exec, new_id, on};

#[derive(Debug, Clone, sqlx::FromRow)]
struct PolicyRow {
    is_open: bool,
    criteria: String,
    org_kinds: String,
    countries: String,
    manager_endorsement: bool,
    intake_months: String,
    capacity: Option<i32>,
    waiting_list: bool,
    max_seats_per_org: Option<i32>,
    binding_terms: String,
    manager_link_days: i32,
}

fn list<T>(s: &str, parse: impl Fn(&str) -> Option<T>) -> Vec<T> {
    s.split(',').filter_map(|p| parse(p.trim())).collect()
}

/// The network's policy; a network without one is closed for applications.
pub async fn policy(c: impl Into<Read<'_>>, network_id: NetworkId) -> Result<AdmissionPolicy> {
    let row = on!(c, c => sqlx::query_as::<_, PolicyRow>(
        "SELECT is_open, criteria, org_kinds, countries, manager_endorsement, intake_months, capacity, waiting_list,
                max_seats_per_org, binding_terms, manager_link_days
         FROM admission_policies WHERE network_id = $1")
        .bind(network_id).fetch_optional(&mut *c).await)?;
    Ok(match row {
        None => AdmissionPolicy::default(),
        Some(r) => AdmissionPolicy {
            open: r.is_open,
            criteria: decode_criteria(&r.criteria),
            org_kinds: list(&r.org_kinds, OrgKind::parse),
            countries: list(&r.countries, Country::parse),
            manager_endorsement: r.manager_endorsement,
            intake_months: list(&r.intake_months, |m| m.parse().ok()),
            capacity: r.capacity.and_then(|v| u32::try_from(v).ok()),
            waiting_list: r.waiting_list,
            max_seats_per_org: r.max_seats_per_org.and_then(|v| u32::try_from(v).ok()),
            binding_terms: r.binding_terms,
            manager_link_days: u32::try_from(r.manager_link_days).unwrap_or(14),
        },
    })
}

pub async fn save_policy(c: Conn<'_>, network_id: NetworkId, p: &AdmissionPolicy, now: Timestamp) -> Result<()> {
    let join = |v: Vec<String>| v.join(",");
    exec!(c, c => sqlx::query(
        "INSERT INTO admission_policies (network_id, is_open, criteria, org_kinds, countries, manager_endorsement, intake_months,
            capacity, waiting_list, max_seats_per_org, binding_terms, manager_link_days, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
         ON CONFLICT (network_id) DO UPDATE SET is_open = excluded.is_open, criteria = excluded.criteria,
            org_kinds = excluded.org_kinds, countries = excluded.countries, manager_endorsement = excluded.manager_endorsement,
            intake_months = excluded.intake_months, capacity = excluded.capacity, waiting_list = excluded.waiting_list,
            max_seats_per_org = excluded.max_seats_per_org, binding_terms = excluded.binding_terms,
            manager_link_days = excluded.manager_link_days, updated_at = excluded.updated_at")
        .bind(network_id).bind(p.open).bind(encode_criteria(&p.criteria))
        .bind(join(p.org_kinds.iter().map(|k| k.as_str().to_string()).collect()))
        .bind(join(p.countries.iter().map(|k| k.as_str().to_string()).collect()))
        .bind(p.manager_endorsement)
        .bind(join(p.intake_months.iter().map(u32::to_string).collect()))
        .bind(p.capacity.map(|v| v as i32)).bind(p.waiting_list).bind(p.max_seats_per_org.map(|v| v as i32))
        .bind(&p.binding_terms).bind(p.manager_link_days as i32).bind(now))?;
    Ok(())
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ApplicationRow {
    pub id: ApplicationId,
    pub network_id: NetworkId,
    pub network_slug: String,
    pub network_name: String,
    pub user_id: Option<UserId>,
    pub email: String,
    pub name: String,
    pub organisation_id: OrganisationId,
    pub organisation: String,
    pub manager_name: String,
    pub manager_email: String,
    /// One line per criterion: the applicant's justification (empty where none was asked).
    pub justifications: String,
    #[sqlx(try_from = "String")]
    pub state: ApplicationState,
    pub decision_note: String,
    pub manager_comment: String,
    pub lang: String,
    pub manager_token_expires_at: Option<Timestamp>,
    pub created_at: Timestamp,
    pub buyer_reference: String,
}

/// An application query: the columns of [`ApplicationRow`] with its network and organisation,
/// followed by `$tail` (one text, so the query stays a `&'static str`).
/// `columns:` adds columns after those (the history joined in by [`list_with_history`]).
macro_rules! application_query {
    ($tail:literal) => {
        application_query!(columns: "", $tail)
    };
    (columns: $columns:literal, $tail:literal) => {
        concat!(
            "SELECT a.id, a.network_id, n.slug AS network_slug, n.name AS network_name, a.user_id, a.email, a.name, ",
            "a.organisation_id, o.name AS organisation, a.manager_name, a.manager_email, a.justifications, a.state, a.decision_note, ",
            "a.manager_comment, a.lang, a.manager_token_expires_at, a.created_at, a.buyer_reference",
            $columns,
            " FROM applications a JOIN networks n ON n.id = a.network_id JOIN organisations o ON o.id = a.organisation_id ",
            $tail
        )
    };
}

pub struct NewApplication<'a> {
    pub network_id: NetworkId,
    pub user_id: Option<UserId>,
    pub email: &'a str,
    pub name: &'a str,
    pub organisation_id: OrganisationId,
    pub manager_name: &'a str,
    pub manager_email: &'a str,
    pub justifications: &'a str,
    pub buyer_reference: &'a str,
    pub state: ApplicationState,
    pub lang: &'a str,
    /// The secret of the e-mail confirmation link, for a new person.
    pub email_token: Option<&'a str>,
}

/// Creates an application and its first history entry. A second application in progress from
/// the same address is `Conflict("application")`.
pub async fn create_application(mut c: Conn<'_>, a: NewApplication<'_>, now: Timestamp) -> Result<ApplicationId> {
    let id = ApplicationId(new_id());
    exec!(c.re(), c => sqlx::query(
        "INSERT INTO applications (id, network_id, user_id, email, name, organisation_id, manager_name, manager_email, justifications,
            state, decision_note, manager_comment, lang, email_token_hash, created_at, updated_at, buyer_reference)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, '', '', $11, $12, $13, $13, $14)")
        .bind(id).bind(a.network_id).bind(a.user_id).bind(a.email).bind(a.name).bind(a.organisation_id)
        .bind(a.manager_name).bind(a.manager_email).bind(a.justifications).bind(a.state.as_str()).bind(a.lang)
        .bind(a.email_token.map(hash_secret)).bind(now).bind(a.buyer_reference))
    .map_err(|e| Error::constraint(e, "application"))?;
    add_event(c, id, a.state, "", a.user_id, now).await?;
    Ok(id)
}

async fn add_event(
    c: Conn<'_>,
    application_id: ApplicationId,
    state: ApplicationState,
    note: &str,
    actor: Option<UserId>,
    now: Timestamp,
) -> Result<()> {
    exec!(c, c => sqlx::query("INSERT INTO application_events (id, application_id, state, note, actor_id, at) VALUES ($1, $2, $3, $4, $5, $6)")
        .bind(new_id()).bind(application_id).bind(state.as_str()).bind(note).bind(actor).bind(now))?;
    Ok(())
}

pub async fn get(c: impl Into<Read<'_>>, id: ApplicationId) -> Result<ApplicationRow> {
    on!(c, c => sqlx::query_as::<_, ApplicationRow>(application_query!("WHERE a.id = $1")).bind(id).fetch_optional(&mut *c).await)?
        .ok_or(Error::NotFound)
}

/// The application behind an e-mail confirmation link still waiting for it.
pub async fn by_email_token(c: impl Into<Read<'_>>, secret: &str) -> Result<Option<ApplicationRow>> {
    Ok(on!(c, c => sqlx::query_as::<_, ApplicationRow>(
        application_query!("WHERE a.email_token_hash = $1 AND a.state = 'awaiting_email'"))
        .bind(hash_secret(secret)).fetch_optional(&mut *c).await)?)
}

/// The application behind a manager's link, whatever its state (the caller decides what an
/// expired or used link means).
pub async fn by_manager_token(c: impl Into<Read<'_>>, secret: &str) -> Result<Option<ApplicationRow>> {
    Ok(on!(c, c => sqlx::query_as::<_, ApplicationRow>(
        application_query!("WHERE a.manager_token_hash = $1"))
        .bind(hash_secret(secret)).fetch_optional(&mut *c).await)?)
}

/// Moves an application to `to` if it is in one of `from`; `false` when someone else moved it
/// first (a second facilitator, a used link). Records the step in the history.
pub async fn transition(
    mut c: Conn<'_>,
    id: ApplicationId,
    from: &[ApplicationState],
    to: ApplicationState,
    note: &str,
    actor: Option<UserId>,
    now: Timestamp,
) -> Result<bool> {
    let from: Vec<&str> = from.iter().map(|s| s.as_str()).collect();
    let (f1, f2) = (from.first().copied().unwrap_or(""), from.get(1).copied().unwrap_or(""));
    let (f3, f4) = (from.get(2).copied().unwrap_or(""), from.get(3).copied().unwrap_or(""));
    let n = exec!(c.re(), c => sqlx::query(
        "UPDATE applications SET state = $2, updated_at = $3,
            decision_note = CASE WHEN $2 IN ('admitted', 'waitlisted', 'rejected') THEN $4 ELSE decision_note END,
            email_token_hash = CASE WHEN $2 = 'awaiting_email' THEN email_token_hash ELSE NULL END
         WHERE id = $1 AND state IN ($5, $6, $7, $8)")
        .bind(id).bind(to.as_str()).bind(now).bind(note).bind(f1).bind(f2).bind(f3).bind(f4))
    .map_err(|e| Error::constraint(e, "application"))?;
    if n == 0 {
        return Ok(false);
    }
    add_event(c, id, to, note, actor, now).await?;
    Ok(true)
}

/// Links a confirmed applicant to their (new) account.
pub async fn set_user(c: Conn<'_>, id: ApplicationId, user_id: UserId) -> Result<()> {
    exec!(c, c => sqlx::query("UPDATE applications SET user_id = $2 WHERE id = $1")
        .bind(id).bind(user_id))?;
    Ok(())
}

/// Gives the manager a new link (voiding any earlier one), optionally to a corrected address.
pub async fn set_manager_link(
    c: Conn<'_>,
    id: ApplicationId,
    secret: &str,
    expires_at: Timestamp,
    manager_email: Option<&str>,
    now: Timestamp,
) -> Result<()> {
    exec!(c, c => sqlx::query(
        "UPDATE applications SET manager_token_hash = $2, manager_token_expires_at = $3, manager_email = COALESCE($4, manager_email),
            updated_at = $5 WHERE id = $1")
        .bind(id).bind(hash_secret(secret)).bind(expires_at).bind(manager_email).bind(now))?;
    Ok(())
}

/// Records the manager's answer and voids the link.
pub async fn record_manager_answer(c: Conn<'_>, id: ApplicationId, comment: &str) -> Result<()> {
    exec!(c, c => sqlx::query(
        "UPDATE applications SET manager_comment = $2, manager_token_hash = NULL, manager_token_expires_at = NULL WHERE id = $1")
        .bind(id).bind(comment))?;
    Ok(())
}

pub async fn list_for_network(c: impl Into<Read<'_>>, network_id: NetworkId) -> Result<Vec<ApplicationRow>> {
    Ok(on!(c, c => sqlx::query_as::<_, ApplicationRow>(
        application_query!("WHERE a.network_id = $1 ORDER BY a.created_at, a.id"))
        .bind(network_id).fetch_all(&mut *c).await)?)
}

/// An application with one step of its history (none only for an application without any).
#[derive(Debug, Clone, sqlx::FromRow)]
struct ApplicationEventRow {
    #[sqlx(flatten)]
    application: ApplicationRow,
    event_state: Option<String>,
    event_note: Option<String>,
    event_at: Option<Timestamp>,
}

/// The network's applications, each with its history, in one query: the same applications in
/// the same order as [`list_for_network`], each history as [`events`] gives it.
pub async fn list_with_history(c: impl Into<Read<'_>>, network_id: NetworkId) -> Result<Vec<(ApplicationRow, Vec<EventRow>)>> {
    let rows = on!(c, c => sqlx::query_as::<_, ApplicationEventRow>(application_query!(
        columns: ", e.state AS event_state, e.note AS event_note, e.at AS event_at",
        "LEFT JOIN application_events e ON e.application_id = a.id WHERE a.network_id = $1 ORDER BY a.created_at, a.id, e.at, e.id"))
        .bind(network_id).fetch_all(&mut *c).await)?;
    let mut out: Vec<(ApplicationRow, Vec<EventRow>)> = Vec::new();
    for r in rows {
        let event = match (r.event_state, r.event_note, r.event_at) {
            (Some(state), Some(note), Some(at)) => {
                Some(EventRow { state: ApplicationState::parse(&state).ok_or(Error::Corrupt("application_events.state"))?, note, at })
            }
            _ => None,
        };
        match out.last_mut() {
            Some((a, events)) if a.id == r.application.id => events.extend(event),
            _ => out.push((r.application, event.into_iter().collect())),
        }
    }
    Ok(out)
}

pub async fn list_for_user(c: impl Into<Read<'_>>, user_id: UserId) -> Result<Vec<ApplicationRow>> {
    Ok(on!(c, c => sqlx::query_as::<_, ApplicationRow>(
        application_query!("WHERE a.user_id = $1 ORDER BY a.created_at DESC"))
        .bind(user_id).fetch_all(&mut *c).await)?)
}

/// Whether an application from `email` is in progress in the network.
pub async fn active_exists(c: impl Into<Read<'_>>, network_id: NetworkId, email: &str) -> Result<bool> {
    let n = on!(c, c => sqlx::query_scalar::<_, i64>(
        "SELECT COUNT(*) FROM applications WHERE network_id = $1 AND email = $2
         AND state IN ('awaiting_email', 'awaiting_manager', 'awaiting_decision', 'waitlisted')")
        .bind(network_id).bind(email).fetch_one(&mut *c).await)?;
    Ok(n > 0)
}

/// Applications created since `since` from an applicant's address, and naming a manager's
/// address (for rate limiting: neither can be used to flood someone's inbox).
pub async fn count_recent(c: impl Into<Read<'_>>, email: &str, manager_email: &str, since: Timestamp) -> Result<(i64, i64)> {
    Ok(on!(c, c => sqlx::query_as::<_, (i64, i64)>(
        "SELECT COALESCE(SUM(CASE WHEN email = $1 THEN 1 ELSE 0 END), 0),
                COALESCE(SUM(CASE WHEN manager_email = $2 AND manager_email <> '' THEN 1 ELSE 0 END), 0)
         FROM applications WHERE created_at > $3 AND (email = $1 OR manager_email = $2)")
        .bind(email).bind(manager_email).bind(since).fetch_one(&mut *c).await)?)
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct EventRow {
    #[sqlx(try_from = "String")]
    pub state: ApplicationState,
    pub note: String,
    pub at: Timestamp,
}

pub async fn events(c: impl Into<Read<'_>>, application_id: ApplicationId) -> Result<Vec<EventRow>> {
    Ok(on!(c, c => sqlx::query_as::<_, EventRow>(
        "SELECT state, note, at FROM application_events WHERE application_id = $1 ORDER BY at, id")
        .bind(application_id).fetch_all(&mut *c).await)?)
}

// ---- seats ----

/// Serialises admissions to one network until the transaction ends, so two facilitators cannot
/// both take the last seat. SQLite's single writer (`BEGIN IMMEDIATE`) already does this.
pub async fn lock_network(c: Conn<'_>, network_id: NetworkId) -> Result<()> {
    if let crate::Raw::Postgres(c) = crate::IntoRaw::into_raw(c) {
        sqlx::query("SELECT id FROM networks WHERE id = $1 FOR UPDATE").bind(network_id).fetch_optional(&mut *c).await?;
    }
    Ok(())
}

/// The seats taken in the network, and of them those held from `organisation_id` (0 without one).
pub async fn seats_taken(c: impl Into<Read<'_>>, network_id: NetworkId, organisation_id: Option<OrganisationId>) -> Result<(i64, i64)> {
    Ok(on!(c, c => sqlx::query_as::<_, (i64, i64)>(
        "SELECT COUNT(*), COALESCE(SUM(CASE WHEN organisation_id = $2 THEN 1 ELSE 0 END), 0)
         FROM seats WHERE network_id = $1 AND ended_at IS NULL")
        .bind(network_id).bind(organisation_id).fetch_one(&mut *c).await)?)
}

/// A personal seat to give: four ids travel together here, so each has its own type.
#[derive(Debug, Clone, Copy)]
pub struct NewSeat<'a> {
    pub network: NetworkId,
    pub user: UserId,
    /// The workplace the seat is held from (invoiced to, and counted for its maximum).
    pub organisation: Option<OrganisationId>,
    pub term: i32,
    /// The application that won the seat, if one did.
    pub application: Option<ApplicationId>,
    pub buyer_reference: Option<&'a str>,
}

/// Gives a person a personal seat; a second active seat in the same network is `Conflict("seat")`.
pub async fn add_seat(c: Conn<'_>, s: NewSeat<'_>, now: Timestamp) -> Result<SeatId> {
    let NewSeat { network, user, organisation, term, application, buyer_reference } = s;
    let id = SeatId(new_id());
    exec!(c, c => sqlx::query(
        "INSERT INTO seats (id, network_id, user_id, organisation_id, term, application_id, started_at, buyer_reference)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)")
        .bind(id).bind(network).bind(user).bind(organisation).bind(term).bind(application).bind(now)
        .bind(buyer_reference))
    .map_err(|e| Error::constraint(e, "seat"))?;
    Ok(id)
}

pub async fn has_seat(c: impl Into<Read<'_>>, network_id: NetworkId, user_id: UserId) -> Result<bool> {
    let n = on!(c, c => sqlx::query_scalar::<_, i64>(
        "SELECT COUNT(*) FROM seats WHERE network_id = $1 AND user_id = $2 AND ended_at IS NULL")
        .bind(network_id).bind(user_id).fetch_one(&mut *c).await)?;
    Ok(n > 0)
}

/// Ends a person's seat (leaving the network).
pub async fn end_seat(c: Conn<'_>, network_id: NetworkId, user_id: UserId, now: Timestamp) -> Result<bool> {
    let n = exec!(c, c => sqlx::query("UPDATE seats SET ended_at = $3 WHERE network_id = $1 AND user_id = $2 AND ended_at IS NULL")
        .bind(network_id).bind(user_id).bind(now))?;
    Ok(n > 0)
}

// ---- the manager's deadline ----

/// Applications whose manager link expires before `until` and whose manager has not been reminded.
pub async fn due_manager_reminders(c: impl Into<Read<'_>>, until: Timestamp, now: Timestamp) -> Result<Vec<ApplicationRow>> {
    Ok(on!(c, c => sqlx::query_as::<_, ApplicationRow>(
        application_query!("WHERE a.state = 'awaiting_manager' AND a.manager_reminded_at IS NULL AND a.manager_token_expires_at IS NOT NULL AND a.manager_token_expires_at > $1 AND a.manager_token_expires_at <= $2"))
        .bind(now).bind(until).fetch_all(&mut *c).await)?)
}

/// Gives the manager a fresh link with the same deadline (only its hash is kept, so a reminder
/// cannot repeat the old one) and records the reminder.
pub async fn remind_manager(c: Conn<'_>, id: ApplicationId, secret: &str, now: Timestamp) -> Result<()> {
    exec!(c, c => sqlx::query("UPDATE applications SET manager_token_hash = $2, manager_reminded_at = $3 WHERE id = $1 AND state = 'awaiting_manager'")
        .bind(id).bind(hash_secret(secret)).bind(now))?;
    Ok(())
}

/// Applications whose manager did not answer in time.
pub async fn expired_manager_links(c: impl Into<Read<'_>>, now: Timestamp) -> Result<Vec<ApplicationRow>> {
    Ok(on!(c, c => sqlx::query_as::<_, ApplicationRow>(
        application_query!("WHERE a.state = 'awaiting_manager' AND a.manager_token_expires_at IS NOT NULL AND a.manager_token_expires_at <= $1"))
        .bind(now).fetch_all(&mut *c).await)?)
}

// ---- visitors waiting for admission to open ----

/// Registers a visitor's wish to be told when the network opens. Returns whether a confirmation
/// should be sent: not when the address is already confirmed, nor within an hour of the last
/// request (so the form cannot flood someone's inbox).
pub async fn add_watcher(
    mut c: Conn<'_>,
    network_id: NetworkId,
    email: &str,
    lang: &str,
    confirm: &str,
    unsubscribe: &str,
    now: Timestamp,
) -> Result<bool> {
    let existing = on!(c.re(), c => sqlx::query_as::<_, (Option<Timestamp>, Timestamp)>(
        "SELECT confirmed_at, created_at FROM admission_watchers WHERE network_id = $1 AND email = $2")
        .bind(network_id).bind(email).fetch_optional(&mut *c).await)?;
    match existing {
        Some((Some(_), _)) => return Ok(false),
        Some((None, asked)) if asked > now.plus_secs(-3600) => return Ok(false),
        _ => {}
    }
    exec!(c, c => sqlx::query(
        "INSERT INTO admission_watchers (id, network_id, email, lang, confirm_hash, unsubscribe_hash, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (network_id, email) DO UPDATE SET confirm_hash = excluded.confirm_hash,
            unsubscribe_hash = excluded.unsubscribe_hash, lang = excluded.lang, created_at = excluded.created_at")
        .bind(new_id()).bind(network_id).bind(email).bind(lang).bind(hash_secret(confirm)).bind(hash_secret(unsubscribe))
        .bind(now))?;
    Ok(true)
}

/// Confirms a watcher by the link sent to them; returns the network's id.
pub async fn confirm_watcher(c: Conn<'_>, secret: &str, now: Timestamp) -> Result<Option<NetworkId>> {
    Ok(on!(c, c => sqlx::query_scalar::<_, NetworkId>(
        "UPDATE admission_watchers SET confirmed_at = COALESCE(confirmed_at, $2) WHERE confirm_hash = $1 RETURNING network_id")
        .bind(hash_secret(secret)).bind(now).fetch_optional(&mut *c).await)?)
}

/// Removes a watcher by their unsubscribe link.
pub async fn unsubscribe_watcher(c: Conn<'_>, secret: &str) -> Result<bool> {
    let n = exec!(c, c => sqlx::query("DELETE FROM admission_watchers WHERE unsubscribe_hash = $1")
        .bind(hash_secret(secret)))?;
    Ok(n > 0)
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct WatcherRow {
    pub id: Uuid,
    pub email: String,
    pub lang: String,
}

/// Confirmed watchers of a network not yet told since it last opened.
pub async fn watchers_to_notify(c: impl Into<Read<'_>>, network_id: NetworkId) -> Result<Vec<WatcherRow>> {
    Ok(on!(c, c => sqlx::query_as::<_, WatcherRow>(
        "SELECT id, email, lang FROM admission_watchers WHERE network_id = $1 AND confirmed_at IS NOT NULL AND notified_at IS NULL")
        .bind(network_id).fetch_all(&mut *c).await)?)
}

/// Gives a watcher a new unsubscribe link (sent in the notice) and records the notice.
pub async fn mark_watcher_notified(c: Conn<'_>, id: Uuid, unsubscribe: &str, now: Timestamp) -> Result<()> {
    exec!(c, c => sqlx::query("UPDATE admission_watchers SET notified_at = $2, unsubscribe_hash = $3 WHERE id = $1")
        .bind(id).bind(now).bind(hash_secret(unsubscribe)))?;
    Ok(())
}

/// While a network is closed, its watchers wait to be told again when it reopens.
pub async fn reset_watchers(c: Conn<'_>, network_id: NetworkId) -> Result<()> {
    exec!(c, c => sqlx::query("UPDATE admission_watchers SET notified_at = NULL WHERE network_id = $1 AND notified_at IS NOT NULL")
        .bind(network_id))?;
    Ok(())
}

/// Networks that have confirmed watchers.
pub async fn watched_networks(c: impl Into<Read<'_>>) -> Result<Vec<NetworkId>> {
    Ok(on!(c, c => sqlx::query_scalar::<_, NetworkId>("SELECT DISTINCT network_id FROM admission_watchers WHERE confirmed_at IS NOT NULL")
        .fetch_all(&mut *c).await)?)
}

// ---- terms and renewal ----

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct SeatRow {
    pub id: SeatId,
    pub network_id: NetworkId,
    pub user_id: UserId,
    pub organisation_id: Option<OrganisationId>,
    pub term: i32,
    pub renewal: Option<String>,
    pub buyer_reference: Option<String>,
}

impl SeatRow {
    /// The member's answer for the next term; a stored value outside the enum is a corrupt row.
    pub fn renewal(&self) -> Result<Option<RenewalAnswer>> {
        self.renewal.as_deref().map(|r| RenewalAnswer::parse(r).ok_or(Error::Corrupt("seats.renewal"))).transpose()
    }
}

/// The active seat of a person in a network.
pub async fn seat_of(c: impl Into<Read<'_>>, network_id: NetworkId, user_id: UserId) -> Result<Option<SeatRow>> {
    Ok(on!(c, c => sqlx::query_as::<_, SeatRow>(
        "SELECT id, network_id, user_id, organisation_id, term, renewal, buyer_reference FROM seats WHERE network_id = $1 AND user_id = $2 AND ended_at IS NULL")
        .bind(network_id).bind(user_id).fetch_optional(&mut *c).await)?)
}

/// Records a member's answer for the next term.
pub async fn set_renewal(c: Conn<'_>, network_id: NetworkId, user_id: UserId, choice: RenewalAnswer) -> Result<bool> {
    let n = exec!(c, c => sqlx::query("UPDATE seats SET renewal = $3 WHERE network_id = $1 AND user_id = $2 AND ended_at IS NULL")
        .bind(network_id).bind(user_id).bind(choice.as_str()))?;
    Ok(n > 0)
}

/// Active seats of a term that has ended.
pub async fn seats_of_past_terms(c: impl Into<Read<'_>>, current_term: i32) -> Result<Vec<SeatRow>> {
    Ok(on!(c, c => sqlx::query_as::<_, SeatRow>(
        "SELECT id, network_id, user_id, organisation_id, term, renewal, buyer_reference FROM seats WHERE ended_at IS NULL AND term < $1")
        .bind(current_term).fetch_all(&mut *c).await)?)
}

/// Ends one seat by its id.
pub async fn end_seat_by_id(c: Conn<'_>, id: SeatId, now: Timestamp) -> Result<()> {
    exec!(c, c => sqlx::query("UPDATE seats SET ended_at = $2 WHERE id = $1 AND ended_at IS NULL")
        .bind(id).bind(now))?;
    Ok(())
}

/// The application from `email` in progress in the network, if any.
pub async fn active_for(c: impl Into<Read<'_>>, network_id: NetworkId, email: &str) -> Result<Option<ApplicationId>> {
    Ok(on!(c, c => sqlx::query_scalar::<_, ApplicationId>(
        "SELECT id FROM applications WHERE network_id = $1 AND email = $2
         AND state IN ('awaiting_email', 'awaiting_manager', 'awaiting_decision', 'waitlisted')
         ORDER BY created_at DESC LIMIT 1")
        .bind(network_id).bind(email).fetch_optional(&mut *c).await)?)
}

/// Active seats of one network from a term before `current_term` (the network's own term).
pub async fn seats_of_past_terms_in(c: impl Into<Read<'_>>, network_id: NetworkId, current_term: i32) -> Result<Vec<SeatRow>> {
    Ok(on!(c, c => sqlx::query_as::<_, SeatRow>(
        "SELECT id, network_id, user_id, organisation_id, term, renewal, buyer_reference FROM seats
         WHERE network_id = $1 AND ended_at IS NULL AND term < $2")
        .bind(network_id).bind(current_term).fetch_all(&mut *c).await)?)
}

/// Networks in which someone holds a seat from a term before `term` (any network's term is
/// within a year of the UTC year, so `term` is an upper bound).
pub async fn networks_with_seats_before(c: impl Into<Read<'_>>, term: i32) -> Result<Vec<NetworkId>> {
    Ok(on!(c, c => sqlx::query_scalar::<_, NetworkId>(
        "SELECT DISTINCT network_id FROM seats WHERE ended_at IS NULL AND term < $1")
        .bind(term).fetch_all(&mut *c).await)?)
}
