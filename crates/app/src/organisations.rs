//! Organisations: municipalities, regions, state agencies and their units, with the identifiers
//! invoices need, and where each sits: its region (its own or inherited from a parent) and its top
//! organisation. Every signed-in person may read them; facilitators and platform admins keep them.

use std::collections::HashMap;

use spira_domain::FieldErrors;
use spira_domain::access::{Action, may};
use spira_domain::organisations::OrganisationInput;
use spira_domain::regions::{Region, Tree};
use spira_store::organisations as store;
pub use spira_store::organisations::OrganisationRow;

use crate::access::{self, Viewer};
use crate::error::Common;
use spira_store::ids::OrganisationId;

use crate::{App, Uuid};

crate::failures! {
    /// What the organisation use cases answer: only the shared outcomes so far (their refusals are field errors).
    pub enum OrganisationsError {
    }
}

pub type Result<T, E = OrganisationsError> = std::result::Result<T, E>;

/// Another organisation, named: a top organisation, the one a region is inherited from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Named {
    pub id: OrganisationId,
    pub name: String,
}

/// An organisation and where it sits in the tree.
#[derive(Debug, Clone)]
pub struct OrganisationView {
    pub row: OrganisationRow,
    /// Its own region, else the nearest parent's that has one.
    pub region: Option<Region>,
    /// Whether `region` is a parent's rather than its own.
    pub inherited_region: bool,
    /// The organisation `region` is set on, when it is inherited.
    pub region_from: Option<Named>,
    /// Its top organisation, the root of its parents: itself when it has no parent.
    pub top: Named,
}

/// Places `row` in `tree`; `names` gives the names of the other organisations it refers to.
fn place(row: OrganisationRow, tree: &Tree<OrganisationId>, names: &HashMap<OrganisationId, String>) -> OrganisationView {
    let name = |id: OrganisationId| if id == row.id { row.name.clone() } else { names.get(&id).cloned().unwrap_or_default() };
    let from = tree.region_from(row.id);
    let top = tree.top(row.id);
    OrganisationView {
        region: from.map(|(_, r)| r),
        inherited_region: from.is_some_and(|(i, _)| i != row.id),
        region_from: from.filter(|(i, _)| *i != row.id).map(|(id, _)| Named { id, name: name(id) }),
        top: Named { id: top, name: name(top) },
        row,
    }
}

/// The list page: every organisation, and whether the reader may add or change them.
#[derive(Debug, Clone)]
pub struct Listing {
    pub organisations: Vec<OrganisationView>,
    pub can_manage: bool,
}

/// Every organisation with its region and top organisation (signed-in people).
pub async fn list(app: &App, viewer: &Viewer) -> Result<Listing> {
    let actor = access::require(&app.db, viewer, None, Action::ViewOrganisations).await?;
    let mut r = app.db.read().await?;
    let rows = store::list(r.conn()).await?;
    let tree = store::tree(r.conn()).await?;
    let names: HashMap<OrganisationId, String> = rows.iter().map(|o| (o.id, o.name.clone())).collect();
    Ok(Listing {
        organisations: rows.into_iter().map(|row| place(row, &tree, &names)).collect(),
        can_manage: may(&actor, Action::ManageOrganisations),
    })
}

/// One organisation (signed-in people).
pub async fn get(app: &App, viewer: &Viewer, id: Uuid) -> Result<OrganisationRow> {
    access::require(&app.db, viewer, None, Action::ViewOrganisations).await?;
    let mut r = app.db.read().await?;
    Ok(store::get(r.conn(), spira_store::ids::OrganisationId(id)).await?)
}

/// One organisation with its region (its own or inherited) and its top organisation
/// (signed-in people).
pub async fn view(app: &App, viewer: &Viewer, id: Uuid) -> Result<OrganisationView> {
    access::require(&app.db, viewer, None, Action::ViewOrganisations).await?;
    let mut r = app.db.read().await?;
    let row = store::get(r.conn(), spira_store::ids::OrganisationId(id)).await?;
    let tree = store::tree(r.conn()).await?;
    let mut names = HashMap::new();
    for other in
        [Some(tree.top(spira_store::ids::OrganisationId(id))), tree.region_from(spira_store::ids::OrganisationId(id)).map(|(i, _)| i)]
            .into_iter()
            .flatten()
            .filter(|o| *o != spira_store::ids::OrganisationId(id))
    {
        if let std::collections::hash_map::Entry::Vacant(e) = names.entry(other) {
            e.insert(store::get(r.conn(), other).await?.name);
        }
    }
    Ok(place(row, &tree, &names))
}

/// The organisations a form may name as the parent: all but `own` (those who keep them).
pub async fn parent_choices(app: &App, viewer: &Viewer, own: Option<Uuid>) -> Result<Vec<OrganisationRow>> {
    access::require(&app.db, viewer, None, Action::ManageOrganisations).await?;
    let mut r = app.db.read().await?;
    Ok(store::list(r.conn()).await?.into_iter().filter(|o| Some(o.id) != own.map(spira_store::ids::OrganisationId)).collect())
}

/// The organisation `viewer` is about to edit (those who keep them).
pub async fn for_edit(app: &App, viewer: &Viewer, id: Uuid) -> Result<OrganisationRow> {
    access::require(&app.db, viewer, None, Action::ManageOrganisations).await?;
    let mut r = app.db.read().await?;
    Ok(store::get(r.conn(), spira_store::ids::OrganisationId(id)).await?)
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
        spira_store::Error::MissingReference(_) => Common::Invalid(FieldErrors::one("parent_id", "invalid_choice")),
        other => other.into(),
    };
    let id = match id {
        Some(id) => {
            store::get(tx.conn(), spira_store::ids::OrganisationId(id)).await?;
            if let Some(p) = parent
                && store::is_descendant(tx.conn(), spira_store::ids::OrganisationId(id), p).await?
            {
                return Err(Common::Invalid(FieldErrors::one("parent_id", "parent_cycle")).into());
            }
            store::update(tx.conn(), spira_store::ids::OrganisationId(id), &draft, parent, app.now().into())
                .await
                .map_err(missing_parent)?;
            id
        }
        None => (store::create(tx.conn(), &draft, parent, app.now().into()).await.map_err(missing_parent)?).uuid(),
    };
    let row = store::get(tx.conn(), spira_store::ids::OrganisationId(id)).await?;
    tx.commit().await?;
    Ok(row)
}

fn parse_parent(input: &OrganisationInput, e: &mut FieldErrors) -> Option<OrganisationId> {
    input.parent_id.as_deref().and_then(|p| match Uuid::parse_str(p.trim()) {
        Ok(id) => Some(OrganisationId(id)),
        Err(_) => {
            e.add("parent_id", "invalid_choice");
            None
        }
    })
}
