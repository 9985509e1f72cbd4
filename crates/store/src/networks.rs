//! Networks, their charter and the roles people hold in them.

use spira_domain::accounts::NetworkRole;
use spira_domain::networks::Charter;
use spira_domain::organisations::Country;

use crate::ids::{NetworkId, UserId};
use crate::{Conn, Error, Read, Result, Timestamp, exec, new_id, on};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct NetworkRow {
    pub id: NetworkId,
    pub slug: String,
    pub name: String,
    pub purpose: String,
    pub content: String,
    /// One criterion per line.
    pub admission_criteria: String,
    pub roles_description: String,
    pub meetings_per_year: i32,
    pub meeting_minutes: i32,
    pub venue: String,
    pub is_confidential: bool,
    pub contact_name: String,
    pub contact_email: Option<String>,
    pub language: String,
    #[sqlx(try_from = "String")]
    pub country: Country,
    #[sqlx(try_from = "ZoneName")]
    pub time_zone: chrono_tz::Tz,
    pub status: String,
    pub updated_at: Timestamp,
}

/// A time zone as stored: its IANA name. A name that is not a zone is a corrupt row.
#[derive(Debug, Clone, sqlx::Type)]
#[sqlx(transparent)]
pub struct ZoneName(pub String);

impl TryFrom<ZoneName> for chrono_tz::Tz {
    type Error = chrono_tz::ParseError;
    fn try_from(z: ZoneName) -> std::result::Result<Self, Self::Error> {
        z.0.parse()
    }
}

impl NetworkRow {
    pub fn criteria(&self) -> Vec<&str> {
        self.admission_criteria.lines().filter(|l| !l.trim().is_empty()).collect()
    }
}

const COLUMNS: &str = "id, slug, name, purpose, content, admission_criteria, roles_description, meetings_per_year, meeting_minutes, venue, is_confidential, contact_name, contact_email, language, country, time_zone, status, updated_at";

/// Creates a network and makes `facilitator` its facilitator, in the caller's transaction.
pub async fn create(mut c: Conn<'_>, ch: &Charter, facilitator: UserId, now: Timestamp) -> Result<NetworkId> {
    let id = NetworkId(new_id());
    exec!(c.re(), c => sqlx::query(
        "INSERT INTO networks (id, slug, name, purpose, content, admission_criteria, roles_description, meetings_per_year,
            meeting_minutes, venue, is_confidential, contact_name, contact_email, language, country, time_zone, status,
            created_by, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $19)")
        .bind(id).bind(&ch.slug).bind(&ch.name).bind(&ch.purpose).bind(&ch.content)
        .bind(ch.admission_criteria.join("\n")).bind(&ch.roles_description).bind(ch.meetings_per_year)
        .bind(ch.meeting_minutes).bind(&ch.venue).bind(ch.confidential).bind(&ch.contact_name)
        .bind(ch.contact_email.as_ref().map(|e| e.as_str().to_string())).bind(ch.language.as_str())
        .bind(ch.country.as_str()).bind(ch.country.time_zone()).bind(ch.status.as_str())
        .bind(facilitator).bind(now))
    .map_err(|e| Error::constraint(e, "slug"))?;
    set_role(c, id, facilitator, NetworkRole::Facilitator, now).await?;
    Ok(id)
}

/// Replaces the charter; the address (slug) changes with it when asked.
pub async fn update(c: Conn<'_>, id: NetworkId, ch: &Charter, now: Timestamp) -> Result<()> {
    let n = exec!(c, c => sqlx::query(
        "UPDATE networks SET slug = $2, name = $3, purpose = $4, content = $5, admission_criteria = $6, roles_description = $7,
            meetings_per_year = $8, meeting_minutes = $9, venue = $10, is_confidential = $11, contact_name = $12,
            contact_email = $13, language = $14, country = $15, time_zone = $16, status = $17, updated_at = $18
         WHERE id = $1")
        .bind(id).bind(&ch.slug).bind(&ch.name).bind(&ch.purpose).bind(&ch.content)
        .bind(ch.admission_criteria.join("\n")).bind(&ch.roles_description).bind(ch.meetings_per_year)
        .bind(ch.meeting_minutes).bind(&ch.venue).bind(ch.confidential).bind(&ch.contact_name)
        .bind(ch.contact_email.as_ref().map(|e| e.as_str().to_string())).bind(ch.language.as_str())
        .bind(ch.country.as_str()).bind(ch.country.time_zone()).bind(ch.status.as_str()).bind(now))
    .map_err(|e| Error::constraint(e, "slug"))?;
    if n == 0 { Err(Error::NotFound) } else { Ok(()) }
}

pub async fn get_by_slug(c: impl Into<Read<'_>>, slug: &str) -> Result<NetworkRow> {
    const SQL: &str = "SELECT id, slug, name, purpose, content, admission_criteria, roles_description, meetings_per_year, meeting_minutes, venue, is_confidential, contact_name, contact_email, language, country, time_zone, status, updated_at FROM networks WHERE slug = $1";
    debug_assert!(SQL.contains(COLUMNS));
    on!(c, c => sqlx::query_as::<_, NetworkRow>(SQL).bind(slug).fetch_optional(&mut *c).await)?.ok_or(Error::NotFound)
}

pub async fn get(c: impl Into<Read<'_>>, id: NetworkId) -> Result<NetworkRow> {
    on!(c, c => sqlx::query_as::<_, NetworkRow>(
        "SELECT id, slug, name, purpose, content, admission_criteria, roles_description, meetings_per_year, meeting_minutes, venue, is_confidential, contact_name, contact_email, language, country, time_zone, status, updated_at FROM networks WHERE id = $1")
        .bind(id).fetch_optional(&mut *c).await)?.ok_or(Error::NotFound)
}

/// All networks, for the public list (closed ones last).
pub async fn list(c: impl Into<Read<'_>>) -> Result<Vec<NetworkRow>> {
    Ok(on!(c, c => sqlx::query_as::<_, NetworkRow>(
        "SELECT id, slug, name, purpose, content, admission_criteria, roles_description, meetings_per_year, meeting_minutes, venue, is_confidential, contact_name, contact_email, language, country, time_zone, status, updated_at
         FROM networks ORDER BY CASE status WHEN 'closed' THEN 1 ELSE 0 END, name")
        .fetch_all(&mut *c).await)?)
}

/// What a list of networks shows: no charter texts.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct NetworkSummary {
    pub slug: String,
    pub name: String,
    pub status: String,
    pub country: String,
}

/// All networks for the front page, closed ones last.
pub async fn list_summaries(c: impl Into<Read<'_>>) -> Result<Vec<NetworkSummary>> {
    Ok(on!(c, c => sqlx::query_as::<_, NetworkSummary>(
        "SELECT slug, name, status, country FROM networks ORDER BY CASE status WHEN 'closed' THEN 1 ELSE 0 END, name")
        .fetch_all(&mut *c).await)?)
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct MyNetworkRow {
    pub slug: String,
    pub name: String,
    pub status: String,
    #[sqlx(try_from = "String")]
    pub role: NetworkRole,
}

/// The networks a person holds a role in.
pub async fn list_for_user(c: impl Into<Read<'_>>, user_id: UserId) -> Result<Vec<MyNetworkRow>> {
    Ok(on!(c, c => sqlx::query_as::<_, MyNetworkRow>(
        "SELECT n.slug, n.name, n.status, r.role FROM network_roles r JOIN networks n ON n.id = r.network_id
         WHERE r.user_id = $1 ORDER BY n.name")
        .bind(user_id).fetch_all(&mut *c).await)?)
}

/// Gives a person a role in a network, replacing any role they had there.
pub async fn set_role(c: Conn<'_>, network_id: NetworkId, user_id: UserId, role: NetworkRole, now: Timestamp) -> Result<()> {
    exec!(c, c => sqlx::query(
        "INSERT INTO network_roles (network_id, user_id, role, created_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (network_id, user_id) DO UPDATE SET role = excluded.role")
        .bind(network_id).bind(user_id).bind(role.as_str()).bind(now))
    .map_err(|e| Error::constraint(e, "network or user"))?;
    Ok(())
}

pub async fn remove_role(c: Conn<'_>, network_id: NetworkId, user_id: UserId) -> Result<bool> {
    let n = exec!(c, c => sqlx::query("DELETE FROM network_roles WHERE network_id = $1 AND user_id = $2")
        .bind(network_id).bind(user_id))?;
    Ok(n > 0)
}

pub async fn role_of(c: impl Into<Read<'_>>, network_id: NetworkId, user_id: UserId) -> Result<Option<NetworkRole>> {
    let role = on!(c, c => sqlx::query_scalar::<_, String>("SELECT role FROM network_roles WHERE network_id = $1 AND user_id = $2")
        .bind(network_id).bind(user_id).fetch_optional(&mut *c).await)?;
    role.map(|r| NetworkRole::parse(&r).ok_or(Error::Corrupt("network_roles.role"))).transpose()
}

pub async fn is_confidential(c: impl Into<Read<'_>>, network_id: NetworkId) -> Result<bool> {
    on!(c, c => sqlx::query_scalar::<_, bool>("SELECT is_confidential FROM networks WHERE id = $1")
        .bind(network_id).fetch_optional(&mut *c).await)?
    .ok_or(Error::NotFound)
}

pub async fn facilitates_any(c: impl Into<Read<'_>>, user_id: UserId) -> Result<bool> {
    let n = on!(c, c => sqlx::query_scalar::<_, i64>(
        "SELECT COUNT(*) FROM network_roles WHERE user_id = $1 AND role = $2")
        .bind(user_id).bind(NetworkRole::Facilitator.as_str()).fetch_one(&mut *c).await)?;
    Ok(n > 0)
}

pub async fn count_facilitators(c: impl Into<Read<'_>>, network_id: NetworkId) -> Result<i64> {
    Ok(on!(c, c => sqlx::query_scalar::<_, i64>(
        "SELECT COUNT(*) FROM network_roles WHERE network_id = $1 AND role = $2")
        .bind(network_id).bind(NetworkRole::Facilitator.as_str()).fetch_one(&mut *c).await)?)
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct PersonRow {
    pub user_id: UserId,
    pub name: String,
    pub email: String,
    #[sqlx(try_from = "String")]
    pub role: NetworkRole,
    pub organisation: Option<String>,
}

/// The people holding a role in a network, facilitators first (the order of [`NetworkRole::ALL`]),
/// then by name.
pub async fn list_people(c: impl Into<Read<'_>>, network_id: NetworkId) -> Result<Vec<PersonRow>> {
    let mut people = on!(c, c => sqlx::query_as::<_, PersonRow>(
        "SELECT u.id AS user_id, u.name, u.email, r.role, o.name AS organisation
         FROM network_roles r JOIN users u ON u.id = r.user_id LEFT JOIN organisations o ON o.id = u.organisation_id
         WHERE r.network_id = $1 ORDER BY u.name")
        .bind(network_id).fetch_all(&mut *c).await)?;
    people.sort_by_key(|p| p.role.rank());
    Ok(people)
}
