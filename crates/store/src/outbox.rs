//! The e-mail outbox. A message is written in the same transaction as the change that causes it;
//! a worker claims due messages with a lease, sends them, and marks them sent or schedules a retry.
//! Nothing is deleted on failure, so an SMTP outage loses no message.

use crate::{Conn, Error, Read, Result, Timestamp, Uuid, exec, new_id, on};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct OutboxRow {
    pub id: Uuid,
    pub to_address: String,
    pub subject: String,
    pub body_text: String,
    pub created_at: Timestamp,
    pub attempts: i32,
    pub next_attempt_at: Timestamp,
    pub sent_at: Option<Timestamp>,
    pub last_error: Option<String>,
    /// Parts beside the text, as JSON (see [`Part`]).
    pub parts: String,
    /// Extra headers, as JSON (see [`Header`]).
    pub headers: String,
}

impl OutboxRow {
    /// The parts beside the text; a value that does not decode is a corrupt row.
    pub fn parts(&self) -> Result<Vec<Part>> {
        serde_json::from_str(&self.parts).map_err(|_| Error::Corrupt("outbox.parts"))
    }
    pub fn headers(&self) -> Result<Vec<Header>> {
        serde_json::from_str(&self.headers).map_err(|_| Error::Corrupt("outbox.headers"))
    }
}

/// A part sent beside the plain text, as an alternative of it (`text/calendar; method=REQUEST`).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Part {
    pub content_type: String,
    pub body: String,
}

/// An extra header (`List-Unsubscribe`, `Auto-Submitted`).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Header {
    pub name: String,
    pub value: String,
}

/// A whole message as the worker will send it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Message {
    pub to: String,
    pub subject: String,
    pub text: String,
    pub parts: Vec<Part>,
    pub headers: Vec<Header>,
}

/// Queues a plain-text message in the caller's transaction.
pub async fn enqueue(c: Conn<'_>, to: &str, subject: &str, body_text: &str, now: Timestamp) -> Result<Uuid> {
    let m = Message { to: to.into(), subject: subject.into(), text: body_text.into(), ..Message::default() };
    enqueue_message(c, &m, now).await
}

/// Queues a whole message (parts and headers) in the caller's transaction.
pub async fn enqueue_message(c: Conn<'_>, m: &Message, now: Timestamp) -> Result<Uuid> {
    let id = new_id();
    let parts = serde_json::to_string(&m.parts).map_err(|_| Error::Corrupt("outbox.parts"))?;
    let headers = serde_json::to_string(&m.headers).map_err(|_| Error::Corrupt("outbox.headers"))?;
    exec!(c, c => sqlx::query(
        "INSERT INTO outbox (id, to_address, subject, body_text, created_at, attempts, next_attempt_at, parts, headers)
         VALUES ($1, $2, $3, $4, $5, 0, $5, $6, $7)")
        .bind(id).bind(&m.to).bind(&m.subject).bind(&m.text).bind(now).bind(parts).bind(headers))?;
    tracing::info!(%id, to = %m.to, subject = %m.subject, "e-mail queued in the outbox");
    Ok(id)
}

/// Claims the oldest due message for `lease_secs`; a worker that dies leaves the lease to expire
/// and the message is claimed again. PostgreSQL skips rows other workers hold; SQLite has one
/// writer, so its `UPDATE … RETURNING` is atomic as it stands.
pub async fn claim_due(c: Conn<'_>, lease_secs: i64, now: Timestamp) -> Result<Option<OutboxRow>> {
    let lease = now.plus_secs(lease_secs);
    // Only the lock differs: PostgreSQL skips rows another worker is claiming.
    macro_rules! claim {
        ($lock:literal) => {
            concat!(
                "UPDATE outbox SET lease_until = $2, attempts = attempts + 1
                 WHERE id = (SELECT id FROM outbox WHERE sent_at IS NULL AND next_attempt_at <= $1
                             AND (lease_until IS NULL OR lease_until < $1) ORDER BY next_attempt_at, id LIMIT 1",
                $lock,
                ") RETURNING id, to_address, subject, body_text, created_at, attempts, next_attempt_at, sent_at, last_error, parts, headers"
            )
        };
    }
    Ok(on!(c, c, sql = { sqlite: claim!(""), postgres: claim!(" FOR UPDATE SKIP LOCKED") } =>
        sqlx::query_as::<_, OutboxRow>(sql).bind(now).bind(lease).fetch_optional(&mut *c).await)?)
}

pub async fn mark_sent(c: Conn<'_>, id: Uuid, now: Timestamp) -> Result<()> {
    exec!(c, c => sqlx::query("UPDATE outbox SET sent_at = $2, lease_until = NULL, last_error = NULL WHERE id = $1")
        .bind(id).bind(now))?;
    Ok(())
}

/// Back-off after the n-th failed attempt: 30 s, 1 min, 2 min, … capped at 1 hour.
pub fn backoff_secs(attempts: i32) -> i64 {
    let exp = attempts.clamp(1, 8) - 1;
    (30_i64 << exp).min(3600)
}

pub async fn mark_failed(c: Conn<'_>, id: Uuid, attempts: i32, error: &str, now: Timestamp) -> Result<()> {
    let next = now.plus_secs(backoff_secs(attempts));
    let error: String = error.chars().take(1000).collect();
    exec!(c, c => sqlx::query("UPDATE outbox SET lease_until = NULL, last_error = $2, next_attempt_at = $3 WHERE id = $1")
        .bind(id).bind(error).bind(next))?;
    Ok(())
}

/// Makes every unsent message due now (an operator's "retry now", and tests).
pub async fn retry_all_now(c: Conn<'_>, now: Timestamp) -> Result<u64> {
    Ok(exec!(c, c => sqlx::query("UPDATE outbox SET next_attempt_at = $1, lease_until = NULL WHERE sent_at IS NULL")
        .bind(now))?)
}

/// The newest messages, for the operator page.
pub async fn list_recent(c: impl Into<Read<'_>>, limit: i64) -> Result<Vec<OutboxRow>> {
    Ok(on!(c, c => sqlx::query_as::<_, OutboxRow>(
        "SELECT id, to_address, subject, body_text, created_at, attempts, next_attempt_at, sent_at, last_error, parts, headers
         FROM outbox ORDER BY created_at DESC, id DESC LIMIT $1")
        .bind(limit).fetch_all(&mut *c).await)?)
}

/// Messages queued for one address since `since` (to keep a form that anyone can fill in from
/// flooding an inbox).
pub async fn count_to_since(c: impl Into<Read<'_>>, to: &str, since: Timestamp) -> Result<i64> {
    Ok(on!(c, c => sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM outbox WHERE to_address = $1 AND created_at >= $2")
        .bind(to).bind(since).fetch_one(&mut *c).await)?)
}

/// Messages waiting to be sent.
pub async fn count_unsent(c: impl Into<Read<'_>>) -> Result<i64> {
    Ok(on!(c, c => sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL").fetch_one(&mut *c).await)?)
}

#[cfg(test)]
mod tests {
    #[test]
    fn backoff_grows_and_is_capped() {
        assert_eq!(super::backoff_secs(1), 30);
        assert_eq!(super::backoff_secs(2), 60);
        assert_eq!(super::backoff_secs(20), 3600);
    }
}
