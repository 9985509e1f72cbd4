//! What the operator does from the command line (and the demo on its behalf): creating accounts,
//! making the first platform admin, starting a network for its first facilitator, issuing a
//! personal API token. Whoever runs the `spira` binary
//! on the server holds the database already, so these take no viewer; no page or API route
//! reaches them.

use spira_domain::Lang;
use spira_domain::accounts::Email;
use spira_domain::networks::CharterInput;
use spira_store::Uuid;
use spira_store::accounts::{self as store, NewToken, NewUser, Purpose, UserRow};

use super::Result;
use crate::App;
use crate::error::Common;
use crate::networks::NetworkRow;

/// How long the sign-in link for a new operator-made account lasts.
pub const FIRST_LINK_TTL_SECS: i64 = 24 * 3600;

/// A new account as the operator (or the demo) gives it.
#[derive(Debug, Clone)]
pub struct NewAccount<'a> {
    pub email: &'a Email,
    pub name: &'a str,
    /// Without a password, the person signs in by e-mail link.
    pub password: Option<&'a str>,
    pub platform_admin: bool,
    pub lang: Lang,
    pub organisation_id: Option<Uuid>,
}

/// The account with this address, if any.
pub async fn find(app: &App, email: &Email) -> Result<Option<UserRow>> {
    let mut r = app.db.read().await?;
    Ok(store::find_user_by_email(r.conn(), email.as_str()).await?)
}

/// Creates an account; a taken address is `email_taken`.
pub async fn create_account(app: &App, a: &NewAccount<'_>) -> Result<UserRow> {
    let hash = match a.password {
        Some(p) => Some(crate::accounts::password::hash(p).await?),
        None => None,
    };
    let mut tx = app.db.begin().await?;
    let id = store::create_user(
        tx.conn(),
        NewUser {
            email: a.email.as_str(),
            name: a.name,
            password_hash: hash.as_deref(),
            is_platform_admin: a.platform_admin,
            lang: a.lang.as_str(),
            organisation_id: a.organisation_id.map(spira_store::ids::OrganisationId),
        },
        app.now().into(),
    )
    .await?;
    let user = store::get_user(tx.conn(), id).await?;
    tx.commit().await?;
    Ok(user)
}

/// Creates the account if it is new (making it a platform admin if asked) and returns a one-time
/// sign-in link for it, valid for a day.
pub async fn create_with_link(app: &App, email: &Email, name: &str, admin: bool) -> Result<String> {
    let mut tx = app.db.begin().await?;
    let id = match store::find_user_by_email(tx.conn(), email.as_str()).await? {
        Some(u) => u.id,
        None => {
            store::create_user(
                tx.conn(),
                NewUser {
                    email: email.as_str(),
                    name,
                    password_hash: None,
                    is_platform_admin: admin,
                    lang: Lang::Da.as_str(),
                    organisation_id: None,
                },
                app.now().into(),
            )
            .await?
        }
    };
    if admin {
        store::set_platform_admin(tx.conn(), id, true, app.now().into()).await?;
    }
    let secret = store::create_token(
        tx.conn(),
        NewToken {
            purpose: Purpose::SignIn,
            email: email.as_str(),
            user_id: Some(id),
            network_id: None,
            role: None,
            invited_by: None,
            ttl_secs: FIRST_LINK_TTL_SECS,
        },
        app.now().into(),
    )
    .await?;
    tx.commit().await?;
    Ok(app.link(&format!("/signin/link/{secret}")))
}

/// Starts a network with `facilitator` as its first facilitator, as [`create_with_link`] makes
/// the first platform admin. In the pages a platform admin starts the network (becoming its
/// facilitator), invites the real facilitator by an e-mailed link and steps down; whoever works
/// from the command line (the demo included) has no inbox to follow that link from. A taken
/// address is `invalid_input` on `slug`, as in [`crate::networks::charter::create`].
pub async fn start_network(app: &App, facilitator: &UserRow, input: &CharterInput) -> Result<NetworkRow> {
    let charter = input.validate()?;
    let mut tx = app.db.begin().await?;
    let id = spira_store::networks::create(tx.conn(), &charter, facilitator.id, app.now().into())
        .await
        .map_err(crate::networks::charter::slug_taken)?;
    let row = spira_store::networks::get(tx.conn(), id).await?;
    tx.commit().await?;
    Ok(row)
}

/// A personal API token for the account with this address, shown once.
pub async fn create_token_for(app: &App, email: &Email, name: &str) -> Result<String> {
    let user = find(app, email).await?.ok_or(Common::NotFound)?;
    crate::accounts::tokens::create(app, &crate::Viewer::of(user), name).await
}
