//! Invitations into a network by e-mail: a single-use link that creates or joins the account and
//! gives the role.

use spira_domain::Lang;
use spira_domain::accounts::{Email, NetworkRole};
use spira_store::accounts::{NewToken, Purpose, UserRow};
use spira_store::networks::NetworkRow;
use spira_store::{Tx, accounts as store};

use crate::App;
use crate::error::Result;
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
            role: Some(role.as_str()),
            invited_by: Some(inviter.id),
            ttl_secs: INVITATION_TTL_SECS,
        },
    )
    .await?;
    let link = app.link(&format!("/invitations/{secret}"));
    let lang = Lang::parse(&network.language).unwrap_or_default();
    let role_name = Tr::new(lang).t(&format!("role-{}", role.as_str())).to_lowercase();
    crate::mails::send(
        tx.conn(),
        email.as_str(),
        lang,
        "mail-invitation",
        &[("inviter", &inviter.name), ("network", &network.name), ("role", &role_name), ("link", &link)],
    )
    .await
}
