//! What would be invoiced now for a term: every seat not on an invoice (that is not credited),
//! grouped by the organisation it is held for and priced as its first or further seat. Drafts
//! are computed, never stored: they follow the current prices and details until issued. Also
//! the buyer's reference, which a draft needs before it can go out.

use spira_domain::FieldErrors;
use spira_domain::access::Action;
use spira_domain::fees::{Minor, PriceSchedule, Pricing, Vat};
use spira_domain::invoices::{self as rules, IssuerTerms, Line, Party};
use spira_store::invoices as store;
use spira_store::organisations::{self as orgs, OrganisationRow};
use spira_store::{Read, Uuid};

use super::issuer::party;
use super::{InvoiceRow, doc_lang};
use super::{InvoicesError, Result};
use crate::error::Common;
use crate::i18n::Tr;
use crate::networks::NetworkRow;
use crate::{App, Viewer, access};

/// The issuer, its organisation and what it lacks.
pub struct Issuer {
    pub org: OrganisationRow,
    pub terms: IssuerTerms,
    pub lacks: Vec<&'static str>,
}

/// An organisation's seats that would be invoiced now.
pub struct Draft {
    pub buyer_id: Uuid,
    pub buyer: Party,
    pub reference: String,
    /// Seats of the organisation on invoices already (a further invoice is supplementary).
    pub already: usize,
    pub seat_ids: Vec<spira_store::ids::SeatId>,
    pub lines: Vec<Line>,
    pub net: Minor,
    pub vat: Minor,
    pub gross: Minor,
    pub lacks: Vec<&'static str>,
}

/// A seat that cannot be invoiced because the person named no workplace.
pub struct Unplaced {
    pub person: String,
}

/// What issuing for a network and term would do now.
pub struct Plan {
    pub schedule: Option<PriceSchedule>,
    pub issuer: Option<Issuer>,
    pub drafts: Vec<Draft>,
    pub unplaced: Vec<Unplaced>,
}

impl Plan {
    /// Why nothing at all can be issued; `None` when drafts can go out.
    pub fn refusal(&self) -> Option<InvoicesError> {
        match (&self.schedule, &self.issuer) {
            (None, _) => Some(InvoicesError::NoPriceSchedule),
            (Some(s), _) if s.pricing == Pricing::Free => Some(InvoicesError::FreeNetwork),
            (_, None) => Some(InvoicesError::NoIssuer),
            (_, Some(i)) if !i.lacks.is_empty() => Some(InvoicesError::IssuerIncomplete),
            _ => None,
        }
    }
}

fn line_text(t: Tr, schedule: &PriceSchedule, network: &NetworkRow, term: i32, person: &str, first: bool) -> String {
    let term = term.to_string();
    let args = [("network", network.name.as_str()), ("term", term.as_str()), ("person", person)];
    let id = match (schedule.pricing, first) {
        (Pricing::FirstAndFurther { .. }, true) => "invoice-line-first",
        (Pricing::FirstAndFurther { .. }, false) => "invoice-line-further",
        _ => "invoice-line",
    };
    t.ta(id, &args)
}

/// Works out the drafts for a term on the caller's connection (a transaction when issuing).
pub(crate) async fn plan_in(c: impl Into<Read<'_>>, network: &NetworkRow, term: i32) -> Result<Plan> {
    let mut c: Read<'_> = c.into();
    let schedule = spira_store::fees::price_schedule(c.re(), network.id, term).await?;
    // Without a schedule nothing is priced; the VAT only decides what the issuer lacks.
    let vat = schedule.as_ref().map(|s| s.vat.clone()).unwrap_or(Vat::Rate { basis_points: 2500 });
    let issuer = match store::issuer(c.re(), network.id).await? {
        Some(row) => {
            let org = orgs::get(c.re(), row.organisation_id).await?;
            let lacks = rules::issuer_lacks(&party(&org), &row.terms, &vat);
            Some(Issuer { org, terms: row.terms, lacks })
        }
        None => None,
    };
    let seats = store::term_seats(c.re(), network.id, term).await?;
    let buyers = orgs::holding_seats(c.re(), network.id, term).await?;
    let t = Tr::new(doc_lang(network)?);
    let unplaced =
        seats.iter().filter(|s| s.organisation_id.is_none() && !s.invoiced).map(|s| Unplaced { person: s.person.clone() }).collect();
    let mut drafts: Vec<Draft> = Vec::new();
    for org in &buyers {
        // In the order the seats were taken: a seat's place decides its price.
        let of_org: Vec<_> = seats.iter().filter(|s| s.organisation_id == Some(org.id)).collect();
        let open: Vec<_> = of_org.iter().filter(|s| !s.invoiced).collect();
        if open.is_empty() {
            continue;
        }
        let buyer = party(org);
        let reference = open
            .iter()
            .copied()
            .chain(&of_org)
            .find_map(|s| s.buyer_reference.clone().filter(|r| !r.trim().is_empty()))
            .unwrap_or_default();
        let mut lacks = buyer.lacks_as_buyer();
        if reference.is_empty() {
            lacks.push("buyer_reference");
        }
        let places: Vec<(String, usize)> =
            of_org.iter().enumerate().filter(|(_, s)| !s.invoiced).map(|(nth, s)| (s.person.clone(), nth)).collect();
        let lines: Vec<Line> = schedule
            .as_ref()
            .and_then(|sch| {
                let priced = rules::seat_lines(sch, &places)?;
                Some(
                    priced
                        .into_iter()
                        .map(|(person, first, net)| {
                            let description = line_text(t, sch, network, term, &person, first);
                            Line { person, first_seat: first, description, net }
                        })
                        .collect(),
                )
            })
            .unwrap_or_default();
        let (net, tax, gross) = rules::totals(&lines, &vat);
        drafts.push(Draft {
            buyer_id: org.id.uuid(),
            buyer,
            reference,
            already: of_org.len() - open.len(),
            seat_ids: open.iter().map(|s| s.seat_id).collect(),
            lines,
            net,
            vat: tax,
            gross,
            lacks,
        });
    }
    // The order seats were first taken, as on the overview before.
    let first_seat = |id: Uuid| seats.iter().position(|s| s.organisation_id == Some(spira_store::ids::OrganisationId(id)));
    drafts.sort_by_key(|d| first_seat(d.buyer_id));
    Ok(Plan { schedule, issuer, drafts, unplaced })
}

/// What issuing would do now for a term (the network's facilitators).
pub async fn drafts(app: &App, viewer: &Viewer, network: &NetworkRow, term: i32) -> Result<Plan> {
    access::require(&app.db, viewer, Some(network.id), Action::ManageInvoices).await?;
    let mut r = app.db.read().await?;
    plan_in(r.conn(), network, term).await
}

/// The facilitator's overview of a term: the drafts and the documents issued.
pub struct Overview {
    pub plan: Plan,
    pub docs: Vec<InvoiceRow>,
}

/// The overview of a term (the network's facilitators), read on one connection.
pub async fn overview(app: &App, viewer: &Viewer, network: &NetworkRow, term: i32) -> Result<Overview> {
    access::require(&app.db, viewer, Some(network.id), Action::ManageInvoices).await?;
    let mut r = app.db.read().await?;
    let plan = plan_in(r.conn(), network, term).await?;
    let docs = store::list(r.conn(), network.id, term).await?;
    Ok(Overview { plan, docs })
}

/// Sets the buyer's own reference (mandatory in Peppol) on an organisation's seats in the term
/// (the network's facilitators); `not_found` when the organisation holds no seat in it. Returns
/// how many seats now carry it.
pub async fn set_reference(app: &App, viewer: &Viewer, network: &NetworkRow, term: i32, org_id: Uuid, reference: &str) -> Result<u64> {
    access::require(&app.db, viewer, Some(network.id), Action::ManageInvoices).await?;
    let mut e = FieldErrors::new();
    let reference = e.required_line("buyer_reference", reference, 100);
    let reference = e.finish(reference)?;
    let mut tx = app.db.begin().await?;
    let n = store::set_buyer_reference(tx.conn(), network.id, term, spira_store::ids::OrganisationId(org_id), &reference).await?;
    if n == 0 {
        return Err(Common::NotFound.into());
    }
    tx.commit().await?;
    Ok(n)
}
