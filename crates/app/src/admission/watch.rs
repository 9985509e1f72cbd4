//! Visitors who ask to be told by e-mail when a closed network opens.

use spira_domain::access::Action;
use spira_domain::accounts::Email;
use spira_domain::{FieldErrors, Lang};
use spira_store::admission as store;
use spira_store::secret::new_secret;

use super::Result;
use crate::networks;
use crate::{App, Viewer, access};

/// A visitor asks to be told when the network takes applications: a confirmation link goes out,
/// unless the address is already confirmed or asked within the hour. The answer is the same
/// either way. A mistyped address is `Invalid` on the field `email`.
pub async fn watch(app: &App, viewer: &Viewer, slug: &str, email: &str, lang: Lang) -> Result<()> {
    let network = networks::load(app, slug).await?;
    access::require(&app.db, viewer, Some(network.id), Action::ViewPublicNetwork).await?;
    let email = Email::parse(email).map_err(|code| FieldErrors::one("email", code))?;
    let (confirm, unsubscribe) = (new_secret(), new_secret());
    let mut tx = app.db.begin().await?;
    if store::add_watcher(tx.conn(), network.id, email.as_str(), lang.as_str(), &confirm, &unsubscribe, app.now().into()).await? {
        crate::mails::send(
            tx.conn(),
            email.as_str(),
            lang,
            "mail-watch-confirm",
            &[
                ("network", &network.name),
                ("link", &app.link(&format!("/watch/confirm/{confirm}"))),
                ("unsubscribe", &app.link(&format!("/watch/unsubscribe/{unsubscribe}"))),
            ],
            app.now().into(),
        )
        .await?;
    }
    tx.commit().await?;
    Ok(())
}

/// Confirms a visitor's address by the link sent; `false` for a link that is unknown.
pub async fn confirm_watch(app: &App, token: &str) -> Result<bool> {
    let mut tx = app.db.begin().await?;
    let confirmed = store::confirm_watcher(tx.conn(), token, app.now().into()).await?.is_some();
    tx.commit().await?;
    Ok(confirmed)
}

/// Stops the e-mails by the link in each of them; `false` for a link that is unknown or used.
pub async fn unsubscribe(app: &App, token: &str) -> Result<bool> {
    let mut tx = app.db.begin().await?;
    let removed = store::unsubscribe_watcher(tx.conn(), token).await?;
    tx.commit().await?;
    Ok(removed)
}
