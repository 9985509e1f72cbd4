//! Sessions and personal API tokens as ways in: who a cookie's secret or a Bearer token stands
//! for, and signing out.

use spira_store::accounts as store;
use spira_store::ids::UserId;
use spira_store::{Conn, Timestamp};

use super::Result;
use crate::{App, Viewer};

/// How long a session lasts.
pub const SESSION_TTL_SECS: i64 = 14 * 24 * 3600;

/// The person behind a session cookie's secret; anonymous when the session is unknown or over.
pub async fn viewer_from_session(app: &App, secret: &str) -> Result<Viewer> {
    let mut r = app.db.read().await?;
    Ok(Viewer { user: store::session_user(r.conn(), secret, app.now().into()).await? })
}

/// The person behind a personal API token, or `None` when no such token exists (it never
/// existed, or it was revoked): the caller refuses the request rather than treat it as
/// anonymous.
pub async fn viewer_from_token(app: &App, token: &str) -> Result<Option<Viewer>> {
    let mut r = app.db.read().await?;
    Ok(store::api_token_user(r.conn(), token).await?.map(Viewer::of))
}

/// Starts a session for `user_id` in the caller's transaction; returns the secret for the cookie.
pub async fn start_in(c: Conn<'_>, user_id: UserId, now: Timestamp) -> Result<String> {
    Ok(store::create_session(c, user_id, SESSION_TTL_SECS, now).await?)
}

/// Ends the session with this secret (signing out); an unknown secret is no error.
pub async fn sign_out(app: &App, secret: &str) -> Result<()> {
    let mut tx = app.db.begin().await?;
    store::delete_session(tx.conn(), secret).await?;
    tx.commit().await?;
    Ok(())
}
