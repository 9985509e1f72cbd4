//! Confidentiality agreements: versions per network and who accepted which.

use spira_domain::agreements::{AgreementDraft, acceptance_floor};

use crate::ids::{NetworkId, UserId};
use crate::{Conn, Error, Read, Result, Timestamp, exec, on};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct AgreementRow {
    pub version: i32,
    pub text: String,
    pub editorial: bool,
    pub created_at: Timestamp,
}

/// Publishes the next version, with the author's acceptance of it: whoever writes a version has
/// read it, so every caller (the use case, the demo) leaves the author inside the room. Two
/// facilitators publishing at once cannot both get the same number: the primary key refuses the
/// second (`Conflict("agreement_version")`).
pub async fn publish(mut c: Conn<'_>, network_id: NetworkId, d: &AgreementDraft, by: UserId, now: Timestamp) -> Result<i32> {
    let next = on!(c.re(), c => sqlx::query_scalar::<_, Option<i32>>("SELECT MAX(version) FROM agreements WHERE network_id = $1")
        .bind(network_id).fetch_one(&mut *c).await)?
    .unwrap_or(0)
        + 1;
    exec!(c.re(), c => sqlx::query(
        "INSERT INTO agreements (network_id, version, text, editorial, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6)")
        .bind(network_id).bind(next).bind(&d.text).bind(d.editorial).bind(by).bind(now))
    .map_err(|e| Error::constraint(e, "agreement_version"))?;
    accept(c, network_id, by, next, now).await?;
    Ok(next)
}

/// The newest version, if any.
pub async fn current(c: impl Into<Read<'_>>, network_id: NetworkId) -> Result<Option<AgreementRow>> {
    Ok(on!(c, c => sqlx::query_as::<_, AgreementRow>(
        "SELECT version, text, editorial, created_at FROM agreements WHERE network_id = $1 ORDER BY version DESC LIMIT 1")
        .bind(network_id).fetch_optional(&mut *c).await)?)
}

/// Every version, newest first.
pub async fn history(c: impl Into<Read<'_>>, network_id: NetworkId) -> Result<Vec<AgreementRow>> {
    Ok(on!(c, c => sqlx::query_as::<_, AgreementRow>(
        "SELECT version, text, editorial, created_at FROM agreements WHERE network_id = $1 ORDER BY version DESC")
        .bind(network_id).fetch_all(&mut *c).await)?)
}

/// The lowest version whose acceptance still counts (see `spira_domain::agreements`).
pub async fn floor(c: impl Into<Read<'_>>, network_id: NetworkId) -> Result<Option<i32>> {
    let versions: Vec<(i32, bool)> = on!(c, c => sqlx::query_as::<_, (i32, bool)>(
        "SELECT version, editorial FROM agreements WHERE network_id = $1")
        .bind(network_id).fetch_all(&mut *c).await)?;
    Ok(acceptance_floor(&versions))
}

/// Records that `user_id` accepted `version`; accepting twice changes nothing.
pub async fn accept(c: Conn<'_>, network_id: NetworkId, user_id: UserId, version: i32, now: Timestamp) -> Result<()> {
    exec!(c, c => sqlx::query(
        "INSERT INTO agreement_acceptances (network_id, user_id, version, accepted_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (network_id, user_id, version) DO NOTHING")
        .bind(network_id).bind(user_id).bind(version).bind(now))
    .map_err(|e| Error::constraint(e, "agreement_version"))?;
    Ok(())
}

/// The newest version `user_id` has accepted, and when.
pub async fn accepted(c: impl Into<Read<'_>>, network_id: NetworkId, user_id: UserId) -> Result<Option<(i32, Timestamp)>> {
    Ok(on!(c, c => sqlx::query_as::<_, (i32, Timestamp)>(
        "SELECT version, accepted_at FROM agreement_acceptances WHERE network_id = $1 AND user_id = $2 ORDER BY version DESC LIMIT 1")
        .bind(network_id).bind(user_id).fetch_optional(&mut *c).await)?)
}
