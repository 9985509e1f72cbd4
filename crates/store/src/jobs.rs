//! The job queue: timed and background work as rows. A job is enqueued in the same transaction as
//! the change that causes it; a worker claims a due job with a lease, runs it, and marks it done
//! or schedules a retry. A dedupe key makes enqueueing idempotent (one tick per minute, one
//! reminder per application), and the lease makes sure two servers never run a job at once.

use crate::{Conn, Read, Result, Timestamp, Uuid, exec, new_id, on};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct JobRow {
    pub id: Uuid,
    pub kind: String,
    pub payload: String,
    pub dedupe_key: Option<String>,
    pub due_at: Timestamp,
    pub attempts: i32,
    pub done_at: Option<Timestamp>,
    pub last_error: Option<String>,
}

/// A job to enqueue.
#[derive(Debug, Clone)]
pub struct NewJob<'a> {
    pub kind: &'a str,
    pub payload: &'a str,
    /// With a key, a second job of the same kind and key is not enqueued.
    pub dedupe_key: Option<&'a str>,
    pub due_at: Timestamp,
}

/// Enqueues a job in the caller's transaction; `false` when one with the same kind and dedupe
/// key exists already.
pub async fn enqueue(c: Conn<'_>, j: &NewJob<'_>, now: Timestamp) -> Result<bool> {
    let n = exec!(c, c => sqlx::query(
        "INSERT INTO jobs (id, kind, payload, dedupe_key, due_at, attempts, created_at) VALUES ($1, $2, $3, $4, $5, 0, $6)
         ON CONFLICT (kind, dedupe_key) DO NOTHING")
        .bind(new_id()).bind(j.kind).bind(j.payload).bind(j.dedupe_key).bind(j.due_at).bind(now))?;
    Ok(n > 0)
}

/// Claims the oldest due job for `lease_secs`. A worker that dies leaves the lease to expire and
/// the job is claimed again. PostgreSQL skips rows another worker is claiming; SQLite has one
/// writer, so its `UPDATE … RETURNING` is atomic as it stands.
pub async fn claim_due(c: Conn<'_>, now: Timestamp, lease_secs: i64) -> Result<Option<JobRow>> {
    let lease = now.plus_secs(lease_secs);
    macro_rules! claim {
        ($lock:literal) => {
            concat!(
                "UPDATE jobs SET lease_until = $2, attempts = attempts + 1
                 WHERE id = (SELECT id FROM jobs WHERE done_at IS NULL AND due_at <= $1
                             AND (lease_until IS NULL OR lease_until < $1) ORDER BY due_at, id LIMIT 1",
                $lock,
                ") RETURNING id, kind, payload, dedupe_key, due_at, attempts, done_at, last_error"
            )
        };
    }
    Ok(on!(c, c, sql = { sqlite: claim!(""), postgres: claim!(" FOR UPDATE SKIP LOCKED") } =>
        sqlx::query_as::<_, JobRow>(sql).bind(now).bind(lease).fetch_optional(&mut *c).await)?)
}

pub async fn mark_done(c: Conn<'_>, id: Uuid, now: Timestamp) -> Result<()> {
    exec!(c, c => sqlx::query("UPDATE jobs SET done_at = $2, lease_until = NULL, last_error = NULL WHERE id = $1")
        .bind(id).bind(now))?;
    Ok(())
}

/// Back-off after the n-th failed attempt: 30 s, 1 min, 2 min, … capped at 1 hour.
pub fn backoff_secs(attempts: i32) -> i64 {
    let exp = attempts.clamp(1, 8) - 1;
    (30_i64 << exp).min(3600)
}

pub async fn mark_failed(c: Conn<'_>, id: Uuid, attempts: i32, error: &str, now: Timestamp) -> Result<()> {
    let error: String = error.chars().take(1000).collect();
    exec!(c, c => sqlx::query("UPDATE jobs SET lease_until = NULL, last_error = $2, due_at = $3 WHERE id = $1")
        .bind(id).bind(error).bind(now.plus_secs(backoff_secs(attempts))))?;
    Ok(())
}

/// The jobs of a kind, newest first (operators and tests).
pub async fn list_of_kind(c: impl Into<Read<'_>>, kind: &str) -> Result<Vec<JobRow>> {
    let sql = "SELECT id, kind, payload, dedupe_key, due_at, attempts, done_at, last_error FROM jobs WHERE kind = $1 ORDER BY due_at DESC, id DESC";
    Ok(on!(c, c => sqlx::query_as::<_, JobRow>(sql).bind(kind).fetch_all(&mut *c).await)?)
}

/// Jobs finished before `before` are removed (they only record that the work was done).
pub async fn prune_done(c: Conn<'_>, before: Timestamp) -> Result<u64> {
    Ok(exec!(c, c => sqlx::query("DELETE FROM jobs WHERE done_at IS NOT NULL AND done_at < $1")
        .bind(before))?)
}

#[cfg(test)]
mod tests {
    #[test]
    fn backoff_grows_and_is_capped() {
        assert_eq!(super::backoff_secs(1), 30);
        assert_eq!(super::backoff_secs(3), 120);
        assert_eq!(super::backoff_secs(20), 3600);
    }
}
