//! Who issues a network's invoices and on what terms (how buyers pay, the days to pay, F-tax).

use spira_domain::FieldErrors;
use spira_domain::access::Action;
use spira_domain::invoices::{Endpoint, IssuerInput, Party};
use spira_store::Uuid;
use spira_store::invoices as store;
use spira_store::organisations::{self as orgs, OrganisationRow};

use super::IssuerRow;
use super::{InvoicesError, Result};
use crate::error::Common;
use crate::networks::NetworkRow;
use crate::{App, Viewer, access};

/// An organisation as a party to an invoice.
pub fn party(o: &OrganisationRow) -> Party {
    Party {
        legal_name: o.name.clone(),
        country: o.country,
        registration_number: o.registration_number.clone(),
        vat_number: o.vat_number.clone(),
        address: o.address(),
        endpoint: Endpoint::for_organisation(o.country, o.registration_number.as_deref(), o.gln.as_deref()),
    }
}

/// Who issues the network's invoices, if anyone (the network's facilitators).
pub async fn issuer(app: &App, viewer: &Viewer, network: &NetworkRow) -> Result<Option<IssuerRow>> {
    access::require(&app.db, viewer, Some(network.id), Action::ManageInvoices).await?;
    let mut r = app.db.read().await?;
    Ok(store::issuer(r.conn(), network.id).await?)
}

/// What the issuer form offers: the network's issuer, if set, and the organisations to choose from.
pub struct IssuerForm {
    pub current: Option<IssuerRow>,
    pub organisations: Vec<OrganisationRow>,
}

/// The issuer form's content (the network's facilitators).
pub async fn form(app: &App, viewer: &Viewer, network: &NetworkRow) -> Result<IssuerForm> {
    access::require(&app.db, viewer, Some(network.id), Action::ManageInvoices).await?;
    let mut r = app.db.read().await?;
    let current = store::issuer(r.conn(), network.id).await?;
    let organisations = orgs::list(r.conn()).await?;
    Ok(IssuerForm { current, organisations })
}

/// Sets who issues the network's invoices and on what terms (the network's facilitators).
/// `organisation_id` is the text the form or the API sent: one that is not an organisation's id
/// is `invalid_choice` beside the field.
pub async fn save(app: &App, viewer: &Viewer, network: &NetworkRow, organisation_id: &str, input: &IssuerInput) -> Result<IssuerRow> {
    access::require(&app.db, viewer, Some(network.id), Action::ManageInvoices).await?;
    let mut e = FieldErrors::new();
    let org_id = Uuid::parse_str(organisation_id.trim()).ok();
    if org_id.is_none() {
        e.add("organisation_id", "invalid_choice");
    }
    let terms = e.and(input.validate())?;
    let org_id = org_id.ok_or(InvoicesError::BadId)?;
    let mut tx = app.db.begin().await?;
    let org = match orgs::get(tx.conn(), spira_store::ids::OrganisationId(org_id)).await {
        Ok(o) => o,
        Err(spira_store::Error::NotFound) => return Err(Common::Invalid(FieldErrors::one("organisation_id", "invalid_choice")).into()),
        Err(other) => return Err(other.into()),
    };
    if !terms.payment.suits(org.country) {
        return Err(Common::Invalid(FieldErrors::one("payment_kind", "payment_for_country")).into());
    }
    store::save_issuer(tx.conn(), network.id, spira_store::ids::OrganisationId(org_id), &terms, app.now().into()).await?;
    let row = store::issuer(tx.conn(), network.id).await?.ok_or(spira_store::Error::NotFound)?;
    tx.commit().await?;
    Ok(row)
}
