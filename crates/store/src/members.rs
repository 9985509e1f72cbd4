//! Members' profiles and the network's member directory.

use spira_domain::accounts::NetworkRole;
use spira_domain::members::Profile;

use crate::ids::{NetworkId, UserId};
use crate::{Conn, Read, Result, Timestamp, exec, on};

#[derive(Debug, Clone, Default, sqlx::FromRow)]
pub struct ProfileRow {
    pub presentation: String,
    /// One competence per line.
    pub competences: String,
}

impl ProfileRow {
    pub fn competence_list(&self) -> Vec<&str> {
        self.competences.lines().filter(|l| !l.trim().is_empty()).collect()
    }
}

pub async fn profile(c: impl Into<Read<'_>>, user_id: UserId) -> Result<ProfileRow> {
    Ok(on!(c, c => sqlx::query_as::<_, ProfileRow>("SELECT presentation, competences FROM member_profiles WHERE user_id = $1")
        .bind(user_id).fetch_optional(&mut *c).await)?
    .unwrap_or_default())
}

pub async fn save_profile(c: Conn<'_>, user_id: UserId, p: &Profile, now: Timestamp) -> Result<()> {
    exec!(c, c => sqlx::query(
        "INSERT INTO member_profiles (user_id, presentation, competences, updated_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (user_id) DO UPDATE SET presentation = excluded.presentation, competences = excluded.competences,
            updated_at = excluded.updated_at")
        .bind(user_id).bind(&p.presentation).bind(p.competences.join("\n")).bind(now))?;
    Ok(())
}

/// One line of the member directory.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct MemberRow {
    pub user_id: UserId,
    pub name: String,
    pub email: String,
    #[sqlx(try_from = "String")]
    pub role: NetworkRole,
    pub organisation: Option<String>,
    pub presentation: Option<String>,
    pub competences: Option<String>,
    /// The newest agreement version this person accepted, if any.
    pub accepted_version: Option<i32>,
    pub accepted_at: Option<Timestamp>,
    /// The term of the person's seat, if they hold one.
    pub seat_term: Option<i32>,
    /// Their answer for the next term: `continue` or `leave`.
    pub renewal: Option<String>,
    /// The state of their newest application to the network, if any.
    pub application_state: Option<String>,
    /// The buyer's reference for invoicing the seat.
    pub buyer_reference: Option<String>,
}

impl MemberRow {
    pub fn competence_list(&self) -> Vec<&str> {
        self.competences.as_deref().unwrap_or("").lines().filter(|l| !l.trim().is_empty()).collect()
    }
}

/// Everyone holding a role in the network, with profile and newest acceptance, facilitators first.
pub async fn directory(c: impl Into<Read<'_>>, network_id: NetworkId) -> Result<Vec<MemberRow>> {
    Ok(on!(c, c => sqlx::query_as::<_, MemberRow>(
        "SELECT u.id AS user_id, u.name, u.email, r.role, o.name AS organisation, p.presentation, p.competences,
                a.version AS accepted_version, a.accepted_at, s.term AS seat_term, s.renewal, s.buyer_reference,
                (SELECT x.state FROM applications x WHERE x.network_id = r.network_id AND x.user_id = r.user_id
                 ORDER BY x.created_at DESC LIMIT 1) AS application_state
         FROM network_roles r
         JOIN users u ON u.id = r.user_id
         LEFT JOIN organisations o ON o.id = u.organisation_id
         LEFT JOIN member_profiles p ON p.user_id = u.id
         LEFT JOIN agreement_acceptances a ON a.network_id = r.network_id AND a.user_id = r.user_id
              AND a.version = (SELECT MAX(x.version) FROM agreement_acceptances x WHERE x.network_id = r.network_id AND x.user_id = r.user_id)
         LEFT JOIN seats s ON s.network_id = r.network_id AND s.user_id = r.user_id AND s.ended_at IS NULL
         WHERE r.network_id = $1
         ORDER BY CASE r.role WHEN 'facilitator' THEN 0 WHEN 'convener' THEN 1 WHEN 'member' THEN 2 ELSE 3 END, u.name")
        .bind(network_id).fetch_all(&mut *c).await)?)
}
