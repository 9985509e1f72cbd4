//! Reading what was issued: a network's documents of a term, one document, and the issuer's own
//! view for its finance department (every document of an issuing organisation in a period,
//! across the networks it issues for).

use chrono::{Datelike, NaiveDate, TimeZone};
use chrono_tz::Tz;
use spira_domain::access::Action;
use spira_store::invoices as store;
use spira_store::organisations as orgs;
use spira_store::{Timestamp, Uuid};

use super::{InvoiceRow, IssuerDocument, OrganisationRow};
use super::{InvoicesError, Result};
use crate::error::Common;
use crate::networks::NetworkRow;
use crate::{App, Viewer, access};

/// The network's invoices and credit notes of a term, in the order they were issued (the
/// network's facilitators).
pub async fn list(app: &App, viewer: &Viewer, network: &NetworkRow, term: i32) -> Result<Vec<InvoiceRow>> {
    access::require(&app.db, viewer, Some(network.id), Action::ManageInvoices).await?;
    let mut r = app.db.read().await?;
    Ok(store::list(r.conn(), network.id, term).await?)
}

/// One document and, for an invoice, the credit note that credits it.
pub struct Detail {
    pub invoice: InvoiceRow,
    pub credited_by: Option<spira_store::ids::InvoiceId>,
}

/// The network's document `id` (the network's facilitators); `not_found` for a document of
/// another network: its id says nothing.
pub async fn get(app: &App, viewer: &Viewer, network: &NetworkRow, id: Uuid) -> Result<Detail> {
    access::require(&app.db, viewer, Some(network.id), Action::ManageInvoices).await?;
    let mut r = app.db.read().await?;
    let invoice = store::get(r.conn(), spira_store::ids::InvoiceId(id)).await?;
    if invoice.network_id != network.id {
        return Err(Common::NotFound.into());
    }
    let credited_by = store::credit_note_of(r.conn(), spira_store::ids::InvoiceId(id)).await?;
    Ok(Detail { invoice, credited_by })
}

/// A document by its id alone (the API), with its network, for those who may manage that
/// network's invoices.
pub async fn by_id(app: &App, viewer: &Viewer, id: Uuid) -> Result<(NetworkRow, InvoiceRow)> {
    let (inv, network) = {
        let mut r = app.db.read().await?;
        let inv = store::get(r.conn(), spira_store::ids::InvoiceId(id)).await?;
        let network = spira_store::networks::get(r.conn(), inv.network_id).await?;
        (inv, network)
    };
    access::require(&app.db, viewer, Some(network.id), Action::ManageInvoices).await?;
    Ok((network, inv))
}

/// The issuer's documents in a period.
pub struct IssuerDocuments {
    pub organisation: OrganisationRow,
    /// The first and the last day of the period, both included.
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub docs: Vec<IssuerDocument>,
}

/// The zone an organisation's days are counted in: its country's.
fn org_zone(o: &OrganisationRow) -> Result<Tz> {
    let country = o.country;
    Ok(country.time_zone().parse::<Tz>().map_err(|_| spira_store::Error::Corrupt("organisations.country"))?)
}

/// The start of `day` in `tz`, as a stored instant.
fn start_of(day: NaiveDate, tz: Tz) -> Result<Timestamp> {
    let local = tz.from_local_datetime(&day.and_time(chrono::NaiveTime::MIN)).earliest().ok_or(InvoicesError::BadPeriod)?;
    Ok(local.with_timezone(&chrono::Utc).into())
}

/// Every invoice and credit note the organisation issued from `from` to `to` (both days
/// included; this calendar year in the organisation's zone when left out), across all the
/// networks it issues for, in the order of its series. Numbering runs per issuer, so this is
/// the list its finance department books. Open to the facilitators of a network the
/// organisation issues for, and to platform admins; `bad_period` when `from` is after `to`.
pub async fn of_issuer(
    app: &App,
    viewer: &Viewer,
    org_id: Uuid,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
) -> Result<IssuerDocuments> {
    let user = viewer.require()?;
    let mut r = app.db.read().await?;
    let organisation = orgs::get(r.conn(), spira_store::ids::OrganisationId(org_id)).await?;
    if !user.is_platform_admin && !store::facilitates_for_issuer(r.conn(), spira_store::ids::OrganisationId(org_id), user.id).await? {
        return Err(Common::Forbidden.into());
    }
    let tz = org_zone(&organisation)?;
    let year = app.now().with_timezone(&tz).year();
    let from = match from {
        Some(d) => d,
        None => NaiveDate::from_ymd_opt(year, 1, 1).ok_or(InvoicesError::BadPeriod)?,
    };
    let to = match to {
        Some(d) => d,
        None => NaiveDate::from_ymd_opt(year, 12, 31).ok_or(InvoicesError::BadPeriod)?,
    };
    if from > to {
        return Err(InvoicesError::BadPeriod);
    }
    let end = start_of(to.succ_opt().ok_or(InvoicesError::BadPeriod)?, tz)?;
    let docs = store::by_issuer(r.conn(), spira_store::ids::OrganisationId(org_id), start_of(from, tz)?, end).await?;
    Ok(IssuerDocuments { organisation, from, to, docs })
}
