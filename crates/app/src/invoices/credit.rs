//! Crediting a whole invoice with a credit note that carries the same, positive amounts and the
//! next number of the issuer's series. The seats it billed can then be invoiced again.

use spira_domain::access::Action;
use spira_domain::invoices::{self as rules, InvoiceState};
use spira_store::Uuid;
use spira_store::invoices::{self as store, NewInvoice};

use super::{InvoiceRow, date_in, doc_lang};
use super::{InvoicesError, Result};
use crate::error::Common;
use crate::i18n::Tr;
use crate::networks::NetworkRow;
use crate::{App, Viewer, access};

/// Credits the network's invoice `id` (the network's facilitators) and returns the credit note;
/// `already_credited` or `not_an_invoice` when it cannot be credited, `not_found` for an
/// invoice of another network.
pub async fn credit(app: &App, viewer: &Viewer, network: &NetworkRow, id: Uuid) -> Result<InvoiceRow> {
    access::require(&app.db, viewer, Some(network.id), Action::ManageInvoices).await?;
    let at = app.now();
    let mut tx = app.db.begin().await?;
    spira_store::admission::lock_network(tx.conn(), network.id).await?;
    let inv = store::get(tx.conn(), spira_store::ids::InvoiceId(id)).await?;
    if inv.network_id != network.id {
        return Err(Common::NotFound.into());
    }
    rules::check_credit(inv.kind, inv.state)?;
    if !store::transition(tx.conn(), spira_store::ids::InvoiceId(id), inv.state, InvoiceState::Credited, at.into()).await? {
        return Err(InvoicesError::AlreadyCredited);
    }
    let number = store::next_number(tx.conn(), inv.issuer_id).await?;
    let lang = doc_lang(network)?;
    let t = Tr::new(lang);
    let issue_date = date_in(network, at)?;
    let note = t.ta(
        "credit-note-note",
        &[("number", &inv.document.number.to_string()), ("date", &spira_domain::dates::format_date(inv.document.issue_date, lang))],
    );
    let mut cn = inv.document.credit_note(number, issue_date, note);
    cn.payment_terms = t.t("credit-note-payment-terms");
    let cn_id = store::insert(
        tx.conn(),
        NewInvoice {
            network_id: network.id,
            term: inv.term,
            issuer_id: inv.issuer_id,
            buyer_id: inv.buyer_id,
            document: &cn,
            credits_id: Some(spira_store::ids::InvoiceId(id)),
            issued_by: viewer.user_id(),
            issued_at: at.into(),
            seat_ids: &[],
        },
    )
    .await
    .map_err(|e| match e {
        spira_store::Error::Conflict(_) => InvoicesError::AlreadyCredited,
        other => other.into(),
    })?;
    let row = store::get(tx.conn(), cn_id).await?;
    tx.commit().await?;
    Ok(row)
}
