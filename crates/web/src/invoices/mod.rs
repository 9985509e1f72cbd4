//! Invoices for seats (issue 12): who issues a network's invoices, what would be invoiced now
//! (the drafts, computed and never stored), issuing with a gapless number per issuer, credit
//! notes, payments, and the downloads (printable page, CSV, Peppol UBL).
//!
//! One file per part: `pages` (the overview, one invoice, the issuer form), `downloads` (CSV
//! and UBL) and `api`.

pub mod api;
mod downloads;
mod pages;

use axum::Router;
use axum::routing::{get, post};
use chrono::NaiveDate;
use spira_domain::Lang;
use spira_domain::access::Action;
use spira_domain::fees::{PriceSchedule, Pricing, Vat};
use spira_domain::invoices::{self as rules, DocKind, Document, Endpoint, InvoiceState, IssuerTerms, Line, Party};
use spira_store::invoices::{self as store, InvoiceRow, NewInvoice};
use spira_store::networks::NetworkRow;
use spira_store::organisations::{self as orgs, OrganisationRow};
use spira_store::{Conn, Uuid};

use crate::AppState;
use crate::authz;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::networks::load;
use crate::session::Viewer;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/networks/{slug}/invoices", get(pages::overview))
        .route("/networks/{slug}/invoices/issue", post(pages::issue))
        .route("/networks/{slug}/invoices/issuer", get(pages::issuer_page).post(pages::save_issuer))
        .route("/networks/{slug}/invoices/reference", post(pages::save_reference))
        .route("/networks/{slug}/invoices.csv", get(downloads::csv))
        .route("/networks/{slug}/invoices/{id}", get(pages::invoice_page))
        .route("/networks/{slug}/invoices/{id}/ubl", get(downloads::ubl))
        .route("/networks/{slug}/invoices/{id}/paid", post(pages::paid))
        .route("/networks/{slug}/invoices/{id}/credit", post(pages::credit))
}

/// The network, after checking that the viewer may manage its invoices.
pub(crate) async fn managed(state: &AppState, viewer: &Viewer, slug: &str) -> Result<NetworkRow, AppError> {
    let network = load(state, slug).await?;
    authz::require(&state.db, viewer, Some(network.id), Action::ManageInvoices).await?;
    Ok(network)
}

/// An invoice of the network (404 for an invoice of another network: its id says nothing).
pub(crate) async fn invoice_of(state: &AppState, network: &NetworkRow, id: Uuid) -> Result<InvoiceRow, AppError> {
    let mut r = state.db.read().await?;
    let inv = store::get(r.conn(), id).await?;
    if inv.network_id != network.id {
        return Err(AppError::NotFound);
    }
    Ok(inv)
}

/// An organisation as a party to an invoice.
pub fn party(o: &OrganisationRow) -> Party {
    Party {
        legal_name: o.name.clone(),
        country: o.country.clone(),
        registration_number: o.registration_number.clone(),
        vat_number: o.vat_number.clone(),
        address: o.address(),
        endpoint: Endpoint::for_organisation(&o.country, o.registration_number.as_deref(), o.gln.as_deref()),
    }
}

/// Today in the network's time zone: the issue date.
fn today(network: &NetworkRow) -> NaiveDate {
    let tz: chrono_tz::Tz = network.time_zone.parse().unwrap_or(chrono_tz::Europe::Copenhagen);
    chrono::Utc::now().with_timezone(&tz).date_naive()
}

fn doc_lang(network: &NetworkRow) -> Lang {
    Lang::parse(&network.language).unwrap_or_default()
}

/// The issuer, its organisation and what it lacks.
pub(crate) struct Issuer {
    pub org: OrganisationRow,
    pub terms: IssuerTerms,
    pub lacks: Vec<&'static str>,
}

/// An organisation's seats that would be invoiced now.
pub(crate) struct Draft {
    pub buyer_id: Uuid,
    pub buyer: Party,
    pub reference: String,
    /// Seats of the organisation on invoices already (a further invoice is supplementary).
    pub already: usize,
    pub seat_ids: Vec<Uuid>,
    pub lines: Vec<Line>,
    pub net: spira_domain::fees::Minor,
    pub vat: spira_domain::fees::Minor,
    pub gross: spira_domain::fees::Minor,
    pub lacks: Vec<&'static str>,
}

/// Seats that cannot be invoiced because the person named no workplace.
pub(crate) struct Unplaced {
    pub person: String,
}

/// What issuing for a network and term would do now.
pub(crate) struct Plan {
    pub schedule: Option<PriceSchedule>,
    pub issuer: Option<Issuer>,
    pub drafts: Vec<Draft>,
    pub unplaced: Vec<Unplaced>,
}

impl Plan {
    /// Why nothing at all can be issued, as an error code; `None` when drafts can go out.
    pub fn refusal(&self) -> Option<&'static str> {
        match (&self.schedule, &self.issuer) {
            (None, _) => Some("no_price_schedule"),
            (Some(s), _) if s.pricing == Pricing::Free => Some("free_network"),
            (_, None) => Some("no_issuer"),
            (_, Some(i)) if !i.lacks.is_empty() => Some("issuer_incomplete"),
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

/// Works out the drafts for a term: every seat of the term not on an invoice (that is not
/// credited), grouped by the organisation it is held for and priced as its first or further seat.
pub(crate) async fn plan(mut c: Conn<'_>, network: &NetworkRow, term: i32) -> Result<Plan, AppError> {
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
    let t = Tr::new(doc_lang(network));
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
            buyer_id: org.id,
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
    let first_seat = |id: Uuid| seats.iter().position(|s| s.organisation_id == Some(id));
    drafts.sort_by_key(|d| first_seat(d.buyer_id));
    Ok(Plan { schedule, issuer, drafts, unplaced })
}

/// One invoice issued by [`issue_in`].
pub struct Issued {
    pub id: Uuid,
    pub number: i64,
    pub buyer: String,
}

/// What issuing did: the invoices that went out and, by name, the organisations (and people
/// without a workplace) that cannot be invoiced yet with what they lack.
pub struct IssueReport {
    pub issued: Vec<Issued>,
    pub waiting: Vec<(String, Vec<&'static str>)>,
}

/// Issues every draft that can be issued, inside the caller's transaction. The caller holds the
/// network lock, so two facilitators issuing at once produce each invoice once; numbers come
/// from the issuer's counter in the same transaction, so the series has no gaps.
pub async fn issue_in(mut c: Conn<'_>, network: &NetworkRow, term: i32, issued_by: Option<Uuid>) -> Result<IssueReport, AppError> {
    let plan = plan(c.re(), network, term).await?;
    let refusal = plan.refusal();
    let (None, Some(schedule), Some(issuer)) = (refusal, plan.schedule, plan.issuer) else {
        return Err(AppError::Conflict(refusal.unwrap_or("no_issuer")));
    };
    let lang = doc_lang(network);
    let t = Tr::new(lang);
    let issue_date = today(network);
    let due_date = Document::due(issue_date, issuer.terms.payment_days);
    let seller = party(&issuer.org);
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
            fskatt: issuer.terms.fskatt && seller.country == "SE",
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
                buyer_id: d.buyer_id,
                document: &document,
                credits_id: None,
                issued_by,
                seat_ids: &d.seat_ids,
            },
        )
        .await?;
        report.issued.push(Issued { id, number, buyer: d.buyer.legal_name });
    }
    Ok(report)
}

/// Issues a term's invoices (pages and API), in one transaction under the network lock. The
/// caller has checked the viewer may (see [`managed`]).
pub(crate) async fn issue(state: &AppState, network: &NetworkRow, term: i32, by: Option<Uuid>) -> Result<IssueReport, AppError> {
    let mut tx = state.db.begin().await?;
    spira_store::admission::lock_network(tx.conn(), network.id).await?;
    let report = issue_in(tx.conn(), network, term, by).await?;
    tx.commit().await?;
    Ok(report)
}

/// Credits a whole invoice with a credit note carrying the same, positive amounts. The seats it
/// billed can then be invoiced again.
pub(crate) async fn credit(state: &AppState, network: &NetworkRow, id: Uuid, by: Option<Uuid>) -> Result<InvoiceRow, AppError> {
    let mut tx = state.db.begin().await?;
    spira_store::admission::lock_network(tx.conn(), network.id).await?;
    let inv = store::get(tx.conn(), id).await?;
    if inv.network_id != network.id {
        return Err(AppError::NotFound);
    }
    rules::check_credit(inv.kind, inv.state).map_err(|r| AppError::Conflict(r.code()))?;
    if !store::transition(tx.conn(), id, inv.state, InvoiceState::Credited).await? {
        return Err(AppError::Conflict("already_credited"));
    }
    let number = store::next_number(tx.conn(), inv.issuer_id).await?;
    let lang = doc_lang(network);
    let t = Tr::new(lang);
    let issue_date = today(network);
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
            credits_id: Some(id),
            issued_by: by,
            seat_ids: &[],
        },
    )
    .await
    .map_err(|e| match e {
        spira_store::Error::Conflict(_) => AppError::Conflict("already_credited"),
        other => other.into(),
    })?;
    let row = store::get(tx.conn(), cn_id).await?;
    tx.commit().await?;
    Ok(row)
}

/// Records that an invoice has been paid.
pub(crate) async fn mark_paid(state: &AppState, network: &NetworkRow, id: Uuid) -> Result<InvoiceRow, AppError> {
    let mut tx = state.db.begin().await?;
    let inv = store::get(tx.conn(), id).await?;
    if inv.network_id != network.id {
        return Err(AppError::NotFound);
    }
    rules::check_paid(inv.kind, inv.state).map_err(|r| AppError::Conflict(r.code()))?;
    if !store::transition(tx.conn(), id, InvoiceState::Issued, InvoiceState::Paid).await? {
        return Err(AppError::Conflict("already_paid"));
    }
    let row = store::get(tx.conn(), id).await?;
    tx.commit().await?;
    Ok(row)
}

/// Sets the buyer's reference for an organisation's seats in the term (pages and API).
pub(crate) async fn set_reference(
    state: &AppState,
    network: &NetworkRow,
    term: i32,
    org_id: Uuid,
    reference: &str,
) -> Result<u64, AppError> {
    let mut e = spira_domain::FieldErrors::new();
    let reference = e.required_line("buyer_reference", reference, 100);
    let reference = e.finish(reference).map_err(AppError::Invalid)?;
    let mut tx = state.db.begin().await?;
    let n = store::set_buyer_reference(tx.conn(), network.id, term, org_id, &reference).await?;
    if n == 0 {
        return Err(AppError::NotFound);
    }
    tx.commit().await?;
    Ok(n)
}

/// Sets who issues the network's invoices and on what terms (pages and API).
pub(crate) async fn save_issuer(
    state: &AppState,
    network: &NetworkRow,
    organisation_id: &str,
    input: &rules::IssuerInput,
) -> Result<(), AppError> {
    let mut e = spira_domain::FieldErrors::new();
    let org_id = Uuid::parse_str(organisation_id.trim()).unwrap_or_else(|_| {
        e.add("organisation_id", "invalid_choice");
        Uuid::nil()
    });
    let terms = e.and(input.validate()).map_err(AppError::Invalid)?;
    let mut tx = state.db.begin().await?;
    let org = match orgs::get(tx.conn(), org_id).await {
        Ok(o) => o,
        Err(spira_store::Error::NotFound) => {
            return Err(AppError::Invalid(spira_domain::FieldErrors::one("organisation_id", "invalid_choice")));
        }
        Err(other) => return Err(other.into()),
    };
    if !terms.payment.suits(&org.country) {
        return Err(AppError::Invalid(spira_domain::FieldErrors::one("payment_kind", "payment_for_country")));
    }
    store::save_issuer(tx.conn(), network.id, org_id, &terms).await?;
    tx.commit().await?;
    Ok(())
}

/// The state of a document in words.
pub(crate) fn state_label(t: Tr, inv: &InvoiceRow) -> String {
    match inv.kind {
        DocKind::CreditNote => t.t("invoice-kind-credit_note"),
        DocKind::Invoice => t.t(&format!("invoice-state-{}", inv.state.as_str())),
    }
}
