//! Invitations into a network by e-mail: a single-use link that creates or joins the account and
//! gives the role.

use spira_domain::accounts::{Email, NetworkRole, check_new_password};
use spira_domain::{FieldErrors, Lang};
use spira_store::accounts::{NewToken, NewUser, Purpose, UserRow};
use spira_store::networks::NetworkRow;
use spira_store::{Tx, accounts as store};

use super::Result;
use crate::App;
use crate::error::Common;
use crate::i18n::Tr;

/// How long an invitation link lasts.
pub const INVITATION_TTL_SECS: i64 = 14 * 24 * 3600;

/// Writes the invitation and queues its e-mail in the caller's transaction. The caller has
/// checked that `inviter` may manage the network's people.
pub async fn send_in(app: &App, tx: &mut Tx, inviter: &UserRow, network: &NetworkRow, email: &Email, role: NetworkRole) -> Result<()> {
    let secret = store::create_token(
        tx.conn(),
        NewToken {
            purpose: Purpose::Invitation,
            email: email.as_str(),
            user_id: None,
            network_id: Some(network.id),
            role: Some(role),
            invited_by: Some(inviter.id),
            ttl_secs: INVITATION_TTL_SECS,
        },
        app.now().into(),
    )
    .await?;
    let link = app.link(&format!("/invitations/{secret}"));
    let lang = Lang::parse(&network.language).unwrap_or_default();
    let role_name = Tr::new(lang).t(&format!("role-{}", role.as_str())).to_lowercase();
    Ok(crate::mails::send(
        tx.conn(),
        email.as_str(),
        lang,
        "mail-invitation",
        &[("inviter", &inviter.name), ("network", &network.name), ("role", &role_name), ("link", &link)],
        app.now().into(),
    )
    .await?)
}

/// An invitation as its link shows it.
#[derive(Debug, Clone)]
pub struct Invitation {
    pub network: NetworkRow,
    /// Whether accepting creates an account (and so asks for a name and a password).
    pub new_account: bool,
}

/// The invitation behind a link, or `None` when the link is unknown, used or expired.
pub async fn open(app: &App, secret: &str) -> Result<Option<Invitation>> {
    let mut r = app.db.read().await?;
    let Some(tok) = store::peek_token(r.conn(), secret, Purpose::Invitation, app.now().into()).await? else { return Ok(None) };
    let network_id = tok.network_id.ok_or(spira_store::Error::Corrupt("one_time_tokens.network_id"))?;
    let network = spira_store::networks::get(r.conn(), network_id).await?;
    let new_account = store::find_user_by_email(r.conn(), &tok.email).await?.is_none();
    Ok(Some(Invitation { network, new_account }))
}

/// What accepting an invitation gives: a session, and the network to go to.
#[derive(Debug, Clone)]
pub struct Accepted {
    pub session: String,
    pub network: NetworkRow,
}

/// Accepts an invitation: creates the account (with `name`, `password` and the language `lang`)
/// when the address has none, gives the role and starts a session. `None` when the link is
/// unknown, used or expired; a missing name or a weak password is `invalid_input` on the fields
/// `name` and `password`.
pub async fn accept(app: &App, secret: &str, name: &str, password: &str, lang: Lang) -> Result<Option<Accepted>> {
    let Some(invitation) = open(app, secret).await? else { return Ok(None) };
    let new_account = if invitation.new_account {
        let mut e = FieldErrors::new();
        let name = e.required_line("name", name, 150);
        check_new_password(&mut e, "password", password);
        if !e.is_empty() {
            return Err(Common::Invalid(e).into());
        }
        Some((name, crate::accounts::password::hash(password).await?))
    } else {
        None
    };
    let mut tx = app.db.begin().await?;
    let Some(tok) = store::consume_token(tx.conn(), secret, Purpose::Invitation, app.now().into()).await? else { return Ok(None) };
    let existing = store::find_user_by_email(tx.conn(), &tok.email).await?;
    let user_id = match (existing, new_account) {
        (Some(u), _) => u.id,
        (None, Some((name, hash))) => {
            store::create_user(
                tx.conn(),
                NewUser {
                    email: &tok.email,
                    name: &name,
                    password_hash: Some(&hash),
                    is_platform_admin: false,
                    lang: lang.as_str(),
                    organisation_id: None,
                },
                app.now().into(),
            )
            .await?
        }
        // The account was deleted between opening the link and accepting it.
        (None, None) => return Err(Common::internal("invitation without account data").into()),
    };
    let role = tok.role.as_deref().and_then(NetworkRole::parse).ok_or(spira_store::Error::Corrupt("one_time_tokens.role"))?;
    spira_store::networks::set_role(tx.conn(), invitation.network.id, user_id, role, app.now().into()).await?;
    let session = crate::accounts::sessions::start_in(tx.conn(), user_id, app.now().into()).await?;
    tx.commit().await?;
    Ok(Some(Accepted { session, network: invitation.network }))
}
