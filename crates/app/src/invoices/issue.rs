//! Issuing a term's invoices: every draft that can go out, numbered from the issuer's gapless
//! series, in one transaction under the network's lock.

use chrono::{DateTime, Utc};
use spira_domain::access::Action;
use spira_domain::invoices::{DocKind, Document};
/// The connection [`issue_in`] works on, for callers that hold their own transaction (the demo).
pub use spira_store::Conn;
use spira_store::Uuid;
use spira_store::invoices::{self as store, NewInvoice};

use super::drafts::plan_in;
use super::{InvoicesError, Result};
use super::{date_in, doc_lang};
use crate::i18n::Tr;
use crate::networks::NetworkRow;
use crate::{App, Viewer, access};

/// One invoice that went out.
pub struct Issued {
    pub id: spira_store::ids::InvoiceId,
    pub number: i64,
    pub buyer: String,
}

/// What issuing did: the invoices that went out and, by name, the organisations (and people
/// without a workplace) that cannot be invoiced yet with what they lack.
pub struct IssueReport {
    pub issued: Vec<Issued>,
    pub waiting: Vec<(String, Vec<&'static str>)>,
}

/// Issues every draft that can be issued, inside the caller's transaction, as at the instant
/// `at` (the issue date is its date in the network's zone). The caller has checked who acts and
/// holds the network lock, so two facilitators issuing at once produce each invoice once;
/// numbers come from the issuer's counter in the same transaction, so the series has no gaps.
pub async fn issue_in(mut c: Conn<'_>, at: DateTime<Utc>, network: &NetworkRow, term: i32, issued_by: Option<Uuid>) -> Result<IssueReport> {
    let plan = plan_in(c.re(), network, term).await?;
    if let Some(refusal) = plan.refusal() {
        return Err(refusal);
    }
    let (Some(schedule), Some(issuer)) = (plan.schedule, plan.issuer) else {
        return Err(InvoicesError::NoIssuer);
    };
    let lang = doc_lang(network)?;
    let t = Tr::new(lang);
    let issue_date = date_in(network, at)?;
    let due_date = Document::due(issue_date, issuer.terms.payment_days);
    let seller = super::issuer::party(&issuer.org);
    let mut report = IssueReport { issued: Vec::new(), waiting: Vec::new() };
    for u in plan.unplaced {
        report.waiting.push((u.person, vec!["organisation"]));
    }
    for d in plan.drafts {
        if !d.lacks.is_empty() {
            report.waiting.push((d.buyer.legal_name.clone(), d.lacks));
            continue;
        }
        let number = store::next_number(c.re(), issuer.org.id).await?;
        let days = issuer.terms.payment_days.to_string();
        let due = spira_domain::dates::format_date(due_date, lang);
        let term_s = term.to_string();
        let note_id = if d.already > 0 { "invoice-note-supplementary" } else { "invoice-note" };
        let document = Document {
            kind: DocKind::Invoice,
            number,
            issue_date,
            due_date,
            currency: schedule.currency,
            buyer_reference: d.reference.clone(),
            seller: seller.clone(),
            buyer: d.buyer.clone(),
            payment: issuer.terms.payment.clone(),
            payment_days: issuer.terms.payment_days,
            fskatt: issuer.terms.fskatt && seller.country == spira_domain::organisations::Country::SE,
            payment_terms: t.ta("invoice-payment-terms", &[("days", &days), ("due", &due)]),
            note: t.ta(note_id, &[("network", &network.name), ("term", &term_s)]),
            vat: schedule.vat.clone(),
            term,
            lines: d.lines,
            net: d.net,
            vat_amount: d.vat,
            gross: d.gross,
            credits: None,
        };
        let id = store::insert(
            c.re(),
            NewInvoice {
                network_id: network.id,
                term,
                issuer_id: issuer.org.id,
                buyer_id: spira_store::ids::OrganisationId(d.buyer_id),
                document: &document,
                credits_id: None,
                issued_by,
                issued_at: at.into(),
                seat_ids: &d.seat_ids,
            },
        )
        .await?;
        report.issued.push(Issued { id, number, buyer: d.buyer.legal_name });
    }
    Ok(report)
}

/// Issues a term's invoices now (the network's facilitators), in one transaction under the
/// network lock; `no_price_schedule`, `free_network`, `no_issuer` or `issuer_incomplete` when
/// nothing can go out.
pub async fn issue(app: &App, viewer: &Viewer, network: &NetworkRow, term: i32) -> Result<IssueReport> {
    access::require(&app.db, viewer, Some(network.id), Action::ManageInvoices).await?;
    let mut tx = app.db.begin().await?;
    spira_store::admission::lock_network(tx.conn(), network.id).await?;
    let report = issue_in(tx.conn(), app.now(), network, term, viewer.user_id()).await?;
    tx.commit().await?;
    Ok(report)
}
