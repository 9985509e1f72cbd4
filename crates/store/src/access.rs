//! The facts authorisation needs about one person, read in one query.

use crate::ids::{NetworkId, UserId};
use crate::{Read, Result, on};

/// What the database knows about `user_id`, and about them in one network if one is named.
#[derive(Debug, Clone, Default, PartialEq, Eq, sqlx::FromRow)]
pub struct AccessFacts {
    /// Their role in the network.
    pub role: Option<String>,
    /// How many networks they facilitate.
    pub facilitated: i64,
    /// Whether the network is a confidential room.
    pub confidential: Option<bool>,
    /// The lowest version of the network's agreement whose acceptance still counts.
    pub floor: Option<i32>,
    /// The newest version they have accepted.
    pub accepted: Option<i32>,
}

/// One query instead of one per fact: the role, whether they facilitate any network, and the
/// network's agreement as far as it concerns them.
pub async fn facts(c: impl Into<Read<'_>>, user_id: UserId, network_id: Option<NetworkId>) -> Result<AccessFacts> {
    Ok(on!(c, c => sqlx::query_as::<_, AccessFacts>(
        "SELECT
           (SELECT role FROM network_roles WHERE network_id = $2 AND user_id = $1) AS role,
           (SELECT COUNT(*) FROM network_roles WHERE user_id = $1 AND role = 'facilitator') AS facilitated,
           (SELECT is_confidential FROM networks WHERE id = $2) AS confidential,
           (SELECT MAX(version) FROM agreements WHERE network_id = $2 AND editorial = FALSE) AS floor,
           (SELECT MAX(version) FROM agreement_acceptances WHERE network_id = $2 AND user_id = $1) AS accepted")
        .bind(user_id).bind(network_id).fetch_one(&mut *c).await)?)
}
