//! Organisations and their units, with their regions and the tree they form.

use spira_domain::organisations::{Country, OrgKind, OrganisationDraft, PostalAddress};
use spira_domain::regions::{Node, Region, Tree};

use crate::ids::{NetworkId, OrganisationId};
use crate::{Conn, Error, Read, Result, Timestamp, exec, new_id, on};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct OrganisationRow {
    pub id: OrganisationId,
    pub name: String,
    #[sqlx(try_from = "String")]
    pub kind: OrgKind,
    #[sqlx(try_from = "String")]
    pub country: Country,
    pub parent_id: Option<OrganisationId>,
    pub parent_name: Option<String>,
    pub registration_number: Option<String>,
    pub gln: Option<String>,
    pub street: String,
    pub postcode: String,
    pub city: String,
    pub vat_number: Option<String>,
    /// The ISO 3166-2 code of its own region, as stored; read it through [`Self::region`].
    pub region: Option<String>,
}

/// A stored region code, which the database's CHECK keeps to the known ones.
fn decode_region(code: Option<&str>) -> Result<Option<Region>> {
    code.map(|c| Region::parse(c).ok_or(Error::Corrupt("organisations.region"))).transpose()
}

impl OrganisationRow {
    /// Its own region (not one inherited from a parent: see [`tree`]).
    pub fn region(&self) -> Result<Option<Region>> {
        decode_region(self.region.as_deref())
    }

    pub fn address(&self) -> PostalAddress {
        PostalAddress { street: self.street.clone(), postcode: self.postcode.clone(), city: self.city.clone() }
    }
}

pub async fn create(c: Conn<'_>, d: &OrganisationDraft, parent_id: Option<OrganisationId>, now: Timestamp) -> Result<OrganisationId> {
    let id = OrganisationId(new_id());
    exec!(c, c => sqlx::query(
        "INSERT INTO organisations (id, name, kind, country, parent_id, registration_number, gln, street, postcode, city, vat_number, region, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $13, $12, $12)")
        .bind(id).bind(&d.name).bind(d.kind.as_str()).bind(d.country.as_str()).bind(parent_id)
        .bind(&d.registration_number).bind(&d.gln).bind(&d.address.street).bind(&d.address.postcode).bind(&d.address.city)
        .bind(&d.vat_number).bind(now).bind(d.region.map(|r| r.code)))
    .map_err(|e| Error::constraint(e, "parent"))?;
    Ok(id)
}

/// Updates an organisation; a parent that would make a cycle must be refused by the caller
/// (see [`is_descendant`]).
pub async fn update(
    c: Conn<'_>,
    id: OrganisationId,
    d: &OrganisationDraft,
    parent_id: Option<OrganisationId>,
    now: Timestamp,
) -> Result<()> {
    let n = exec!(c, c => sqlx::query(
        "UPDATE organisations SET name = $2, kind = $3, country = $4, parent_id = $5, registration_number = $6, gln = $7,
            street = $8, postcode = $9, city = $10, vat_number = $11, updated_at = $12, region = $13
         WHERE id = $1")
        .bind(id).bind(&d.name).bind(d.kind.as_str()).bind(d.country.as_str()).bind(parent_id)
        .bind(&d.registration_number).bind(&d.gln).bind(&d.address.street).bind(&d.address.postcode).bind(&d.address.city)
        .bind(&d.vat_number).bind(now).bind(d.region.map(|r| r.code)))
    .map_err(|e| Error::constraint(e, "parent"))?;
    if n == 0 { Err(Error::NotFound) } else { Ok(()) }
}

pub async fn get(c: impl Into<Read<'_>>, id: OrganisationId) -> Result<OrganisationRow> {
    on!(c, c => sqlx::query_as::<_, OrganisationRow>(
        "SELECT o.id, o.name, o.kind, o.country, o.parent_id, p.name AS parent_name, o.registration_number, o.gln,
                o.street, o.postcode, o.city, o.vat_number, o.region
         FROM organisations o LEFT JOIN organisations p ON p.id = o.parent_id WHERE o.id = $1")
        .bind(id).fetch_optional(&mut *c).await)?
    .ok_or(Error::NotFound)
}

pub async fn list(c: impl Into<Read<'_>>) -> Result<Vec<OrganisationRow>> {
    Ok(on!(c, c => sqlx::query_as::<_, OrganisationRow>(
        "SELECT o.id, o.name, o.kind, o.country, o.parent_id, p.name AS parent_name, o.registration_number, o.gln,
                o.street, o.postcode, o.city, o.vat_number, o.region
         FROM organisations o LEFT JOIN organisations p ON p.id = o.parent_id ORDER BY o.country, o.name")
        .fetch_all(&mut *c).await)?)
}

/// The organisations seats of a network's term are held for: the buyers of its invoices.
pub async fn holding_seats(c: impl Into<Read<'_>>, network_id: NetworkId, term: i32) -> Result<Vec<OrganisationRow>> {
    Ok(on!(c, c => sqlx::query_as::<_, OrganisationRow>(
        "SELECT o.id, o.name, o.kind, o.country, o.parent_id, p.name AS parent_name, o.registration_number, o.gln,
                o.street, o.postcode, o.city, o.vat_number, o.region
         FROM organisations o LEFT JOIN organisations p ON p.id = o.parent_id
         WHERE o.id IN (SELECT organisation_id FROM seats WHERE network_id = $1 AND term = $2)")
        .bind(network_id).bind(term).fetch_all(&mut *c).await)?)
}

/// Every organisation's parent and own region, in one read, for the questions [`Tree`] answers
/// (its top organisation, the region it inherits).
pub async fn tree(c: impl Into<Read<'_>>) -> Result<Tree<OrganisationId>> {
    let rows = on!(c, c => sqlx::query_as::<_, (OrganisationId, Option<OrganisationId>, Option<String>)>(
        "SELECT id, parent_id, region FROM organisations")
        .fetch_all(&mut *c).await)?;
    let nodes = rows
        .into_iter()
        .map(|(id, parent, region)| Ok((id, Node { parent, region: decode_region(region.as_deref())? })))
        .collect::<Result<Vec<_>>>()?;
    Ok(Tree::new(nodes))
}

/// Whether `candidate` is `id` itself or one of its units (directly or further down): such a
/// candidate cannot become `id`'s parent.
pub async fn is_descendant(c: impl Into<Read<'_>>, id: OrganisationId, candidate: OrganisationId) -> Result<bool> {
    let mut c: Read<'_> = c.into();
    let mut current = Some(candidate);
    let mut steps = 0;
    while let Some(cur) = current {
        if cur == id {
            return Ok(true);
        }
        steps += 1;
        if steps > 100 {
            return Ok(true);
        }
        current = on!(c.re(), c => sqlx::query_scalar::<_, Option<OrganisationId>>("SELECT parent_id FROM organisations WHERE id = $1")
            .bind(cur).fetch_optional(&mut *c).await)?
        .flatten();
    }
    Ok(false)
}
