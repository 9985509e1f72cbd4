//! Personal API tokens: one's own, listed, created (shown once) and revoked.

use spira_domain::FieldErrors;
use spira_store::Uuid;
use spira_store::accounts as store;
pub use spira_store::accounts::ApiTokenRow;

use super::Result;
use crate::error::Common;
use crate::{App, Viewer};

/// The longest name a token may have.
pub const NAME_MAX_CHARS: usize = 100;

/// The signed-in person's tokens, oldest first (names and dates; the secrets are not kept).
pub async fn list(app: &App, viewer: &Viewer) -> Result<Vec<ApiTokenRow>> {
    let user = viewer.require()?;
    let mut r = app.db.read().await?;
    Ok(store::list_api_tokens(r.conn(), user.id).await?)
}

/// Creates a token named `name` (the field `token_name`) for the signed-in person; returns the
/// secret, which exists nowhere else afterwards.
pub async fn create(app: &App, viewer: &Viewer, name: &str) -> Result<String> {
    let user = viewer.require()?;
    let mut e = FieldErrors::new();
    let name = e.required_line("token_name", name, NAME_MAX_CHARS);
    if !e.is_empty() {
        return Err(Common::Invalid(e).into());
    }
    let mut tx = app.db.begin().await?;
    let secret = store::create_api_token(tx.conn(), user.id, &name, app.now().into()).await?;
    tx.commit().await?;
    Ok(secret)
}

/// Revokes one of the signed-in person's tokens; someone else's token is `not_found`.
pub async fn revoke(app: &App, viewer: &Viewer, id: Uuid) -> Result<()> {
    let user = viewer.require()?;
    let mut tx = app.db.begin().await?;
    if !store::delete_api_token(tx.conn(), user.id, id).await? {
        return Err(Common::NotFound.into());
    }
    tx.commit().await?;
    Ok(())
}
