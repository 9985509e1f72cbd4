//! Payments: recording that an issued invoice has been paid.

use spira_domain::access::Action;
use spira_domain::invoices::{self as rules, InvoiceState};
use spira_store::Uuid;
use spira_store::invoices as store;

use super::InvoiceRow;
use super::{InvoicesError, Result};
use crate::error::Common;
use crate::networks::NetworkRow;
use crate::{App, Viewer, access};

/// Records that the network's invoice `id` has been paid (the network's facilitators);
/// `already_paid`, `already_credited` or `not_an_invoice` when it cannot be.
pub async fn mark_paid(app: &App, viewer: &Viewer, network: &NetworkRow, id: Uuid) -> Result<InvoiceRow> {
    access::require(&app.db, viewer, Some(network.id), Action::ManageInvoices).await?;
    let mut tx = app.db.begin().await?;
    let inv = store::get(tx.conn(), spira_store::ids::InvoiceId(id)).await?;
    if inv.network_id != network.id {
        return Err(Common::NotFound.into());
    }
    rules::check_paid(inv.kind, inv.state)?;
    if !store::transition(tx.conn(), spira_store::ids::InvoiceId(id), InvoiceState::Issued, InvoiceState::Paid, app.now().into()).await? {
        return Err(InvoicesError::AlreadyPaid);
    }
    let row = store::get(tx.conn(), spira_store::ids::InvoiceId(id)).await?;
    tx.commit().await?;
    Ok(row)
}
