//! Organisations: municipalities, regions, state agencies and their units, with the identifiers
//! invoices need. Every signed-in person may read them; facilitators and platform admins keep them.

use spira_domain::FieldErrors;
use spira_domain::access::{Action, may};
use spira_domain::organisations::OrganisationInput;
use spira_store::organisations as store;
pub use spira_store::organisations::OrganisationRow;

use crate::access::{self, Viewer};
use crate::error::{Error, Result};
use crate::{App, Uuid};

/// The list page: every organisation, and whether the reader may add or change them.
#[derive(Debug, Clone)]
pub struct Listing {
    pub organisations: Vec<OrganisationRow>,
    pub can_manage: bool,
}

/// Every organisation (signed-in people).
pub async fn list(app: &App, viewer: &Viewer) -> Result<Listing> {
    let actor = access::require(&app.db, viewer, None, Action::ViewOrganisations).await?;
    let mut r = app.db.read().await?;
    Ok(Listing { organisations: store::list(r.conn()).await?, can_manage: may(&actor, Action::ManageOrganisations) })
}

/// One organisation (signed-in people).
pub async fn get(app: &App, viewer: &Viewer, id: Uuid) -> Result<OrganisationRow> {
    access::require(&app.db, viewer, None, Action::ViewOrganisations).await?;
    let mut r = app.db.read().await?;
    Ok(store::get(r.conn(), id).await?)
}

/// The organisations a form may name as the parent: all but `own` (those who keep them).
pub async fn parent_choices(app: &App, viewer: &Viewer, own: Option<Uuid>) -> Result<Vec<OrganisationRow>> {
    access::require(&app.db, viewer, None, Action::ManageOrganisations).await?;
    let mut r = app.db.read().await?;
    Ok(store::list(r.conn()).await?.into_iter().filter(|o| Some(o.id) != own).collect())
}

/// The organisation `viewer` is about to edit (those who keep them).
pub async fn for_edit(app: &App, viewer: &Viewer, id: Uuid) -> Result<OrganisationRow> {
    access::require(&app.db, viewer, None, Action::ManageOrganisations).await?;
    let mut r = app.db.read().await?;
    Ok(store::get(r.conn(), id).await?)
}

/// Creates (`id` is `None`) or replaces an organisation. A parent must exist and must not be the
/// organisation itself or one of its units.
pub async fn save(app: &App, viewer: &Viewer, id: Option<Uuid>, input: &OrganisationInput) -> Result<OrganisationRow> {
    access::require(&app.db, viewer, None, Action::ManageOrganisations).await?;
    let mut e = FieldErrors::new();
    let parent = parse_parent(input, &mut e);
    let draft = e.and(input.validate())?;
    let mut tx = app.db.begin().await?;
    let missing_parent = |err: spira_store::Error| match err {
        spira_store::Error::MissingReference(_) => Error::Invalid(FieldErrors::one("parent_id", "invalid_choice")),
        other => other.into(),
    };
    let id = match id {
        Some(id) => {
            store::get(tx.conn(), id).await?;
            if let Some(p) = parent
                && store::is_descendant(tx.conn(), id, p).await?
            {
                return Err(Error::Invalid(FieldErrors::one("parent_id", "parent_cycle")));
            }
            store::update(tx.conn(), id, &draft, parent).await.map_err(missing_parent)?;
            id
        }
        None => store::create(tx.conn(), &draft, parent).await.map_err(missing_parent)?,
    };
    let row = store::get(tx.conn(), id).await?;
    tx.commit().await?;
    Ok(row)
}

fn parse_parent(input: &OrganisationInput, e: &mut FieldErrors) -> Option<Uuid> {
    input.parent_id.as_deref().and_then(|p| match Uuid::parse_str(p.trim()) {
        Ok(id) => Some(id),
        Err(_) => {
            e.add("parent_id", "invalid_choice");
            None
        }
    })
}
