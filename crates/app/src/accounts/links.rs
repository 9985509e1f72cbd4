//! Single-use links by e-mail: signing in without a password, and setting a new password.

use spira_domain::accounts::{Email, check_new_password};
use spira_domain::{FieldErrors, Lang};
use spira_store::Timestamp;
use spira_store::accounts::{self as store, NewToken, Purpose};

use super::{AccountsError, Result};
use crate::App;
use crate::accounts::{password, sessions};
use crate::error::Common;

/// E-mail links per address per hour.
pub const MAX_LINKS_PER_HOUR: i64 = 5;
/// How long a sign-in or password-reset link lasts.
pub const LINK_TTL_SECS: i64 = 30 * 60;

/// What a link is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Link {
    SignIn,
    PasswordReset,
}

impl Link {
    fn purpose(self) -> Purpose {
        match self {
            Link::SignIn => Purpose::SignIn,
            Link::PasswordReset => Purpose::PasswordReset,
        }
    }
}

/// Sends a link to `email` if it belongs to an account, in the account's language; says nothing
/// about whether it does. At most [`MAX_LINKS_PER_HOUR`] per address and kind (`too_many_links`).
pub async fn send(app: &App, email: &Email, link: Link) -> Result<()> {
    let purpose = link.purpose();
    let mut tx = app.db.begin().await?;
    let since = Timestamp::from(app.now()).plus_secs(-3600);
    if store::count_tokens_since(tx.conn(), email.as_str(), purpose, since).await? >= MAX_LINKS_PER_HOUR {
        return Err(AccountsError::TooManyLinks);
    }
    let Some(user) = store::find_user_by_email(tx.conn(), email.as_str()).await? else {
        return Ok(());
    };
    let secret = store::create_token(
        tx.conn(),
        NewToken {
            purpose,
            email: email.as_str(),
            user_id: Some(user.id),
            network_id: None,
            role: None,
            invited_by: None,
            ttl_secs: LINK_TTL_SECS,
        },
        app.now().into(),
    )
    .await?;
    let (path, mail) = match link {
        Link::PasswordReset => ("password/reset", "mail-reset"),
        Link::SignIn => ("signin/link", "mail-signin-link"),
    };
    let url = app.link(&format!("/{path}/{secret}"));
    let lang = Lang::parse(&user.lang).ok_or(spira_store::Error::Corrupt("users.lang"))?;
    crate::mails::send(tx.conn(), email.as_str(), lang, mail, &[("name", &user.name), ("link", &url)], app.now().into()).await?;
    tx.commit().await?;
    Ok(())
}

/// Whether a link can still be used (to show the page behind it without using it).
pub async fn is_valid(app: &App, secret: &str, link: Link) -> Result<bool> {
    let mut r = app.db.read().await?;
    Ok(store::peek_token(r.conn(), secret, link.purpose(), app.now().into()).await?.is_some())
}

/// Uses a sign-in link and starts a session; returns its secret, or `None` when the link is
/// unknown, used or expired.
pub async fn sign_in(app: &App, secret: &str) -> Result<Option<String>> {
    let mut tx = app.db.begin().await?;
    let Some(tok) = store::consume_token(tx.conn(), secret, Purpose::SignIn, app.now().into()).await? else { return Ok(None) };
    let user_id = tok.user_id.ok_or(spira_store::Error::Corrupt("one_time_tokens.user_id"))?;
    let session = sessions::start_in(tx.conn(), user_id, app.now().into()).await?;
    tx.commit().await?;
    Ok(Some(session))
}

/// Uses a password-reset link: sets the new password, ends every session of the account and
/// starts a new one; returns its secret, or `None` when the link is unknown, used or expired.
/// A password that does not meet the rules is `invalid_input` on the field `password`.
pub async fn reset_password(app: &App, secret: &str, new_password: &str) -> Result<Option<String>> {
    let mut e = FieldErrors::new();
    check_new_password(&mut e, "password", new_password);
    if !e.is_empty() {
        return Err(Common::Invalid(e).into());
    }
    let hash = password::hash(new_password).await?;
    let mut tx = app.db.begin().await?;
    let Some(tok) = store::consume_token(tx.conn(), secret, Purpose::PasswordReset, app.now().into()).await? else { return Ok(None) };
    let user_id = tok.user_id.ok_or(spira_store::Error::Corrupt("one_time_tokens.user_id"))?;
    store::set_password(tx.conn(), user_id, &hash, app.now().into()).await?;
    store::delete_sessions_of(tx.conn(), user_id).await?;
    let session = sessions::start_in(tx.conn(), user_id, app.now().into()).await?;
    tx.commit().await?;
    Ok(Some(session))
}
