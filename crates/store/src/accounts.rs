//! Accounts: users, sessions, single-use e-mail links, personal API tokens and the failed
//! sign-ins counted for rate limiting.

use spira_domain::accounts::NetworkRole;

use crate::ids::{NetworkId, OrganisationId, UserId};
use crate::secret::{hash_secret, new_secret};
use crate::{Conn, Error, Read, Result, Timestamp, Uuid, exec, new_id, on};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct UserRow {
    pub id: UserId,
    pub email: String,
    pub name: String,
    pub password_hash: Option<String>,
    pub is_platform_admin: bool,
    pub lang: String,
    pub organisation_id: Option<OrganisationId>,
    pub created_at: Timestamp,
}

const USER_COLUMNS: &str = "u.id, u.email, u.name, u.password_hash, u.is_platform_admin, u.lang, u.organisation_id, u.created_at";

pub struct NewUser<'a> {
    pub email: &'a str,
    pub name: &'a str,
    pub password_hash: Option<&'a str>,
    pub is_platform_admin: bool,
    pub lang: &'a str,
    pub organisation_id: Option<OrganisationId>,
}

/// Creates an account; a taken e-mail address is `Conflict("email")`.
pub async fn create_user(c: Conn<'_>, u: NewUser<'_>, now: Timestamp) -> Result<UserId> {
    let id = UserId(new_id());
    exec!(c, c => sqlx::query(
        "INSERT INTO users (id, email, name, password_hash, is_platform_admin, lang, organisation_id, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)")
        .bind(id).bind(u.email).bind(u.name).bind(u.password_hash).bind(u.is_platform_admin)
        .bind(u.lang).bind(u.organisation_id).bind(now))
    .map_err(|e| Error::constraint(e, "email"))?;
    Ok(id)
}

pub async fn find_user_by_email(c: impl Into<Read<'_>>, email: &str) -> Result<Option<UserRow>> {
    Ok(on!(c, c => sqlx::query_as::<_, UserRow>(
        "SELECT u.id, u.email, u.name, u.password_hash, u.is_platform_admin, u.lang, u.organisation_id, u.created_at
         FROM users u WHERE u.email = $1")
        .bind(email).fetch_optional(&mut *c).await)?)
}

pub async fn get_user(c: impl Into<Read<'_>>, id: UserId) -> Result<UserRow> {
    on!(c, c => sqlx::query_as::<_, UserRow>(
        "SELECT u.id, u.email, u.name, u.password_hash, u.is_platform_admin, u.lang, u.organisation_id, u.created_at
         FROM users u WHERE u.id = $1")
        .bind(id).fetch_optional(&mut *c).await)?
    .ok_or(Error::NotFound)
}

pub async fn set_password(c: Conn<'_>, user_id: UserId, hash: &str, now: Timestamp) -> Result<()> {
    exec!(c, c => sqlx::query("UPDATE users SET password_hash = $2, updated_at = $3 WHERE id = $1")
        .bind(user_id).bind(hash).bind(now))?;
    Ok(())
}

pub async fn update_profile(
    c: Conn<'_>,
    user_id: UserId,
    name: &str,
    lang: &str,
    organisation_id: Option<OrganisationId>,
    now: Timestamp,
) -> Result<()> {
    exec!(c, c => sqlx::query("UPDATE users SET name = $2, lang = $3, organisation_id = $4, updated_at = $5 WHERE id = $1")
        .bind(user_id).bind(name).bind(lang).bind(organisation_id).bind(now))
    .map_err(|e| Error::constraint(e, "organisation"))?;
    Ok(())
}

pub async fn set_platform_admin(c: Conn<'_>, user_id: UserId, admin: bool, now: Timestamp) -> Result<()> {
    exec!(c, c => sqlx::query("UPDATE users SET is_platform_admin = $2, updated_at = $3 WHERE id = $1")
        .bind(user_id).bind(admin).bind(now))?;
    Ok(())
}

// ---- sessions ----

/// Starts a session; returns the secret for the cookie (only its hash is stored).
pub async fn create_session(c: Conn<'_>, user_id: UserId, ttl_secs: i64, now: Timestamp) -> Result<String> {
    let secret = new_secret();
    exec!(c, c => sqlx::query("INSERT INTO sessions (id_hash, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4)")
        .bind(hash_secret(&secret)).bind(user_id).bind(now).bind(now.plus_secs(ttl_secs)))?;
    Ok(secret)
}

/// The user behind a live session cookie.
pub async fn session_user(c: impl Into<Read<'_>>, secret: &str, now: Timestamp) -> Result<Option<UserRow>> {
    const SQL: &str = "SELECT u.id, u.email, u.name, u.password_hash, u.is_platform_admin, u.lang, u.organisation_id, u.created_at
         FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.id_hash = $1 AND s.expires_at > $2";
    debug_assert!(SQL.contains(USER_COLUMNS));
    Ok(on!(c, c => sqlx::query_as::<_, UserRow>(SQL)
        .bind(hash_secret(secret)).bind(now).fetch_optional(&mut *c).await)?)
}

pub async fn delete_session(c: Conn<'_>, secret: &str) -> Result<()> {
    exec!(c, c => sqlx::query("DELETE FROM sessions WHERE id_hash = $1").bind(hash_secret(secret)))?;
    Ok(())
}

/// Ends every session of a user (after a password reset).
pub async fn delete_sessions_of(c: Conn<'_>, user_id: UserId) -> Result<()> {
    exec!(c, c => sqlx::query("DELETE FROM sessions WHERE user_id = $1").bind(user_id))?;
    Ok(())
}

// ---- single-use links ----

/// What a single-use link is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    SignIn,
    PasswordReset,
    Invitation,
}

impl Purpose {
    pub fn as_str(self) -> &'static str {
        match self {
            Purpose::SignIn => "sign_in",
            Purpose::PasswordReset => "password_reset",
            Purpose::Invitation => "invitation",
        }
    }
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct TokenRow {
    pub email: String,
    pub user_id: Option<UserId>,
    pub network_id: Option<NetworkId>,
    pub role: Option<String>,
    pub invited_by: Option<UserId>,
    pub expires_at: Timestamp,
}

pub struct NewToken<'a> {
    pub purpose: Purpose,
    pub email: &'a str,
    pub user_id: Option<UserId>,
    pub network_id: Option<NetworkId>,
    pub role: Option<NetworkRole>,
    pub invited_by: Option<UserId>,
    pub ttl_secs: i64,
}

/// Creates a single-use link token; returns the secret for the link.
pub async fn create_token(c: Conn<'_>, t: NewToken<'_>, now: Timestamp) -> Result<String> {
    let secret = new_secret();
    exec!(c, c => sqlx::query(
        "INSERT INTO one_time_tokens (token_hash, purpose, email, user_id, network_id, role, invited_by, created_at, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)")
        .bind(hash_secret(&secret)).bind(t.purpose.as_str()).bind(t.email).bind(t.user_id).bind(t.network_id)
        .bind(t.role.map(NetworkRole::as_str)).bind(t.invited_by).bind(now).bind(now.plus_secs(t.ttl_secs)))?;
    Ok(secret)
}

/// Looks at a link without using it (to show the page behind it).
pub async fn peek_token(c: impl Into<Read<'_>>, secret: &str, purpose: Purpose, now: Timestamp) -> Result<Option<TokenRow>> {
    Ok(on!(c, c => sqlx::query_as::<_, TokenRow>(
        "SELECT email, user_id, network_id, role, invited_by, expires_at FROM one_time_tokens
         WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > $3")
        .bind(hash_secret(secret)).bind(purpose.as_str()).bind(now)
        .fetch_optional(&mut *c).await)?)
}

/// Uses a link: succeeds once, atomically, while it has not expired.
pub async fn consume_token(c: Conn<'_>, secret: &str, purpose: Purpose, now: Timestamp) -> Result<Option<TokenRow>> {
    Ok(on!(c, c => sqlx::query_as::<_, TokenRow>(
        "UPDATE one_time_tokens SET used_at = $3
         WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > $3
         RETURNING email, user_id, network_id, role, invited_by, expires_at")
        .bind(hash_secret(secret)).bind(purpose.as_str()).bind(now)
        .fetch_optional(&mut *c).await)?)
}

/// How many links of a purpose were sent to an address since `since` (to rate-limit sending).
pub async fn count_tokens_since(c: impl Into<Read<'_>>, email: &str, purpose: Purpose, since: Timestamp) -> Result<i64> {
    Ok(on!(c, c => sqlx::query_scalar::<_, i64>(
        "SELECT COUNT(*) FROM one_time_tokens WHERE email = $1 AND purpose = $2 AND created_at > $3")
        .bind(email).bind(purpose.as_str()).bind(since).fetch_one(&mut *c).await)?)
}

// ---- API tokens ----

pub const API_TOKEN_PREFIX: &str = "spira_";

/// Creates a personal API token; returns it once (only its hash is kept).
pub async fn create_api_token(c: Conn<'_>, user_id: UserId, name: &str, now: Timestamp) -> Result<String> {
    let secret = format!("{API_TOKEN_PREFIX}{}", new_secret());
    exec!(c, c => sqlx::query("INSERT INTO api_tokens (id, token_hash, user_id, name, created_at) VALUES ($1, $2, $3, $4, $5)")
        .bind(new_id()).bind(hash_secret(&secret)).bind(user_id).bind(name).bind(now))
    .map_err(|e| Error::constraint(e, "user"))?;
    Ok(secret)
}

pub async fn api_token_user(c: impl Into<Read<'_>>, secret: &str) -> Result<Option<UserRow>> {
    Ok(on!(c, c => sqlx::query_as::<_, UserRow>(
        "SELECT u.id, u.email, u.name, u.password_hash, u.is_platform_admin, u.lang, u.organisation_id, u.created_at
         FROM api_tokens t JOIN users u ON u.id = t.user_id WHERE t.token_hash = $1")
        .bind(hash_secret(secret)).fetch_optional(&mut *c).await)?)
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ApiTokenRow {
    pub id: Uuid,
    pub name: String,
    pub created_at: Timestamp,
}

pub async fn list_api_tokens(c: impl Into<Read<'_>>, user_id: UserId) -> Result<Vec<ApiTokenRow>> {
    Ok(on!(c, c => sqlx::query_as::<_, ApiTokenRow>(
        "SELECT id, name, created_at FROM api_tokens WHERE user_id = $1 ORDER BY created_at")
        .bind(user_id).fetch_all(&mut *c).await)?)
}

pub async fn delete_api_token(c: Conn<'_>, user_id: UserId, id: Uuid) -> Result<bool> {
    let r = exec!(c, c => sqlx::query("DELETE FROM api_tokens WHERE id = $1 AND user_id = $2")
        .bind(id).bind(user_id))?;
    Ok(r > 0)
}

// ---- failed sign-ins ----

pub async fn record_sign_in_failure(c: Conn<'_>, subject: &str, now: Timestamp) -> Result<()> {
    exec!(c, c => sqlx::query("INSERT INTO sign_in_failures (id, subject, at) VALUES ($1, $2, $3)")
        .bind(new_id()).bind(subject).bind(now))?;
    Ok(())
}

pub async fn count_sign_in_failures(c: impl Into<Read<'_>>, subject: &str, since: Timestamp) -> Result<i64> {
    Ok(on!(c, c => sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM sign_in_failures WHERE subject = $1 AND at > $2")
        .bind(subject).bind(since).fetch_one(&mut *c).await)?)
}

pub async fn clear_sign_in_failures(c: Conn<'_>, subject: &str) -> Result<()> {
    exec!(c, c => sqlx::query("DELETE FROM sign_in_failures WHERE subject = $1").bind(subject))?;
    Ok(())
}
