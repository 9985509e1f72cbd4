//! What the health and metrics endpoints read: whether the database answers, and how much
//! e-mail waits. Public by design (for load balancers and Prometheus), so no viewer.

use crate::App;
use crate::error::Result;

/// Whether the database answers.
pub async fn ready(app: &App) -> Result<()> {
    Ok(app.db.ping().await?)
}

/// How many e-mails wait in the outbox.
pub async fn unsent_mail(app: &App) -> Result<i64> {
    let mut r = app.db.read().await?;
    Ok(spira_store::outbox::count_unsent(r.conn()).await?)
}
