//! The e-mail outbox as operators see it: what is waiting, what was sent, what failed and why,
//! and making every waiting message due now. Both are `Action::Operate`.

use spira_domain::access::Action;
use spira_store::outbox as store;
pub use spira_store::outbox::OutboxRow;

use crate::{App, Viewer, access};

crate::failures! {
    /// What the outbox use cases answer: only the shared outcomes so far.
    pub enum OutboxError {
    }
}

pub type Result<T, E = OutboxError> = std::result::Result<T, E>;

/// How many of the newest messages a listing shows.
pub const PAGE_SIZE: i64 = 200;

/// The newest messages and how many are still unsent.
#[derive(Debug, Clone)]
pub struct Outbox {
    pub messages: Vec<OutboxRow>,
    pub unsent: i64,
}

/// The newest [`PAGE_SIZE`] messages, for an operator.
pub async fn list(app: &App, viewer: &Viewer) -> Result<Outbox> {
    access::require(&app.db, viewer, None, Action::Operate).await?;
    let mut r = app.db.read().await?;
    Ok(Outbox { messages: store::list_recent(r.conn(), PAGE_SIZE).await?, unsent: store::count_unsent(r.conn()).await? })
}

/// Makes every waiting message due now (after an SMTP outage), for an operator; returns how many.
pub async fn retry(app: &App, viewer: &Viewer) -> Result<u64> {
    access::require(&app.db, viewer, None, Action::Operate).await?;
    let mut tx = app.db.begin().await?;
    let n = store::retry_all_now(tx.conn(), app.now().into()).await?;
    tx.commit().await?;
    Ok(n)
}
