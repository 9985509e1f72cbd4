//! Signing in with a password, with failed attempts counted per account and per client address.

use spira_domain::accounts::{Email, PASSWORD_MAX_CHARS};
use spira_store::Timestamp;
use spira_store::accounts as store;

use super::{AccountsError, Result};
use crate::App;
use crate::accounts::{password, sessions};

/// Failed sign-ins allowed per account, and per client address, in [`FAILURE_WINDOW_SECS`].
pub const MAX_FAILURES_PER_ACCOUNT: i64 = 10;
pub const MAX_FAILURES_PER_ADDRESS: i64 = 50;
pub const FAILURE_WINDOW_SECS: i64 = 15 * 60;

/// Checks a password sign-in from the client address `addr` and starts a session; returns the
/// session's secret for the cookie. Refuses with `too_many_attempts` after too many failures and
/// with `wrong_credentials` (saying nothing of whether the address has an account) otherwise.
pub async fn with_password(app: &App, email: &Email, password: &str, addr: &str) -> Result<String> {
    let acct_key = format!("account:{}", email.as_str());
    let addr_key = format!("address:{addr}");
    let since = Timestamp::from(app.now()).plus_secs(-FAILURE_WINDOW_SECS);
    let user = {
        let mut r = app.db.read().await?;
        if store::count_sign_in_failures(r.conn(), &acct_key, since).await? >= MAX_FAILURES_PER_ACCOUNT
            || store::count_sign_in_failures(r.conn(), &addr_key, since).await? >= MAX_FAILURES_PER_ADDRESS
        {
            return Err(AccountsError::TooManyAttempts);
        }
        store::find_user_by_email(r.conn(), email.as_str()).await?
    };
    let ok = password.chars().count() <= PASSWORD_MAX_CHARS
        && password::verify(password, user.as_ref().and_then(|u| u.password_hash.as_deref())).await;
    let mut tx = app.db.begin().await?;
    match (ok, user) {
        (true, Some(u)) => {
            store::clear_sign_in_failures(tx.conn(), &acct_key).await?;
            let secret = sessions::start_in(tx.conn(), u.id, app.now().into()).await?;
            tx.commit().await?;
            Ok(secret)
        }
        _ => {
            store::record_sign_in_failure(tx.conn(), &acct_key, app.now().into()).await?;
            store::record_sign_in_failure(tx.conn(), &addr_key, app.now().into()).await?;
            tx.commit().await?;
            Err(AccountsError::WrongCredentials)
        }
    }
}
