//! Invoices in the API: issuing, listing (per network and term, and per issuer across its
//! networks), reading (JSON and UBL), crediting, payments, the issuer and the buyer's reference.

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use serde::{Deserialize, Serialize};
use spira_app::Uuid;
use spira_app::invoices::{self as invoices, InvoiceRow, IssuerInput, IssuerRow};
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::{PeriodQuery, TermQuery, network_and_term};
use crate::AppState;
use crate::error::AppError;
use crate::session::Viewer;

#[derive(Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct InvoiceLine {
    pub person: String,
    pub description: String,
    pub net_minor: i64,
}

/// An issued invoice or credit note. Amounts are integer minor units.
#[derive(Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Invoice {
    pub id: String,
    pub term: i32,
    /// `invoice` or `credit_note`.
    pub kind: String,
    /// Gapless per issuing organisation, shared by invoices and credit notes.
    pub number: i64,
    /// `issued`, `paid` or `credited`.
    pub state: String,
    pub issue_date: String,
    pub due_date: Option<String>,
    pub currency: String,
    pub net_minor: i64,
    pub vat_minor: i64,
    pub gross_minor: i64,
    pub seller: String,
    pub buyer: String,
    /// `scheme:id`, e.g. `0088:5798000123458`.
    pub buyer_electronic_address: Option<String>,
    pub buyer_reference: String,
    pub lines: Vec<InvoiceLine>,
    /// For a credit note: the invoice it credits.
    pub credits_id: Option<String>,
}

impl From<&InvoiceRow> for Invoice {
    fn from(r: &InvoiceRow) -> Self {
        let d = &r.document;
        Invoice {
            id: r.id.to_string(),
            term: r.term,
            kind: r.kind.as_str().into(),
            number: d.number,
            state: r.state.as_str().into(),
            issue_date: d.issue_date.to_string(),
            due_date: (r.kind == spira_domain::invoices::DocKind::Invoice).then(|| d.due_date.to_string()),
            currency: d.currency.as_str().into(),
            net_minor: d.net.0,
            vat_minor: d.vat_amount.0,
            gross_minor: d.gross.0,
            seller: d.seller.legal_name.clone(),
            buyer: d.buyer.legal_name.clone(),
            buyer_electronic_address: d.buyer.endpoint.as_ref().map(|e| format!("{}:{}", e.scheme, e.id)),
            buyer_reference: d.buyer_reference.clone(),
            lines: d
                .lines
                .iter()
                .map(|l| InvoiceLine { person: l.person.clone(), description: l.description.clone(), net_minor: l.net.0 })
                .collect(),
            credits_id: r.credits_id.map(|c| c.to_string()),
        }
    }
}

#[derive(Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct IssuedInvoice {
    pub id: String,
    pub number: i64,
    pub buyer: String,
}

/// An organisation (or a person without a workplace) that cannot be invoiced yet.
#[derive(Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Waiting {
    pub name: String,
    /// Codes: `postal_address`, `electronic_address`, `buyer_reference`, `organisation`.
    pub lacks: Vec<String>,
}

/// What would be invoiced now for one workplace (drafts are computed, never stored: they
/// follow the current prices and details until issued).
#[derive(Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Draft {
    pub organisation_id: String,
    pub buyer: String,
    pub people: Vec<String>,
    pub net_minor: i64,
    pub vat_minor: i64,
    pub gross_minor: i64,
    /// Seats of the workplace are on invoices already: this would be a supplementary invoice.
    pub supplementary: bool,
    /// Empty when ready; else `postal_address`, `electronic_address`, `buyer_reference`.
    pub lacks: Vec<String>,
}

#[derive(Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Drafts {
    /// Why nothing can be issued now: `no_price_schedule`, `free_network`, `no_issuer` or
    /// `issuer_incomplete`; absent when the ready drafts can be issued.
    pub refusal: Option<String>,
    /// What the issuing organisation lacks.
    pub issuer_lacks: Vec<String>,
    pub drafts: Vec<Draft>,
    /// People holding a seat without a workplace: they cannot be invoiced.
    pub without_workplace: Vec<String>,
}

#[derive(Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct IssueResult {
    pub issued: Vec<IssuedInvoice>,
    pub waiting: Vec<Waiting>,
}

/// Who issues a network's invoices and how buyers pay.
#[derive(Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct IssuerBody {
    pub organisation_id: String,
    /// `dk_account`, `iban`, `fik`, `bankgiro` or `plusgiro`.
    pub payment_kind: String,
    /// Danish registration number (dk_account).
    #[serde(default)]
    pub reg: Option<String>,
    /// Danish account number (dk_account).
    #[serde(default)]
    pub account: Option<String>,
    #[serde(default)]
    pub iban: Option<String>,
    #[serde(default)]
    pub bic: Option<String>,
    /// FI creditor number (fik).
    #[serde(default)]
    pub creditor: Option<String>,
    /// Bankgiro or plusgiro number.
    #[serde(default)]
    pub giro: Option<String>,
    /// Days from the issue date to the due date; 30 when left out.
    #[serde(default)]
    pub payment_days: Option<u32>,
    /// A Swedish issuer approved for F-tax.
    #[serde(default)]
    pub fskatt: bool,
}

impl IssuerBody {
    fn input(&self) -> IssuerInput {
        let s = |o: &Option<String>| o.clone().unwrap_or_default();
        IssuerInput {
            payment_kind: self.payment_kind.clone(),
            reg: s(&self.reg),
            account: s(&self.account),
            iban: s(&self.iban),
            bic: s(&self.bic),
            creditor: s(&self.creditor),
            giro: s(&self.giro),
            payment_days: self.payment_days.map(|d| d.to_string()).unwrap_or_default(),
            fskatt: self.fskatt,
        }
    }
}

#[derive(Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ReferenceBody {
    pub buyer_reference: String,
}

#[derive(Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct ReferenceResult {
    /// Seats of the organisation in the term that now carry the reference.
    pub seats: u64,
}

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_invoices, issue_invoices))
        .routes(routes!(get_invoice))
        .routes(routes!(get_invoice_ubl))
        .routes(routes!(credit_invoice))
        .routes(routes!(mark_invoice_paid))
        .routes(routes!(get_invoice_issuer, update_invoice_issuer))
        .routes(routes!(set_buyer_reference))
        .routes(routes!(list_invoice_drafts))
        .routes(routes!(list_issuer_invoices))
}

/// What issuing would do now for a term: a draft per workplace with seats not yet invoiced, and
/// what blocks it (facilitators).
#[utoipa::path(get, path = "/networks/{slug}/invoice-drafts", operation_id = "listInvoiceDrafts", tag = "invoices",
    params(("slug" = String, Path, description = "The network's address"), ("term" = Option<i32>, Query, description = "The year; this year when left out")),
    responses((status = 200, body = Drafts), (status = 403, body = crate::api::ApiErrorDoc)),
    security(("bearer" = [])))]
async fn list_invoice_drafts(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(slug): Path<String>,
    Query(q): Query<TermQuery>,
) -> Result<Json<Drafts>, AppError> {
    let (network, term) = network_and_term(&state, &slug, q.term).await?;
    let p = invoices::drafts::drafts(&state.app, &viewer, &network, term).await?;
    let codes = |v: &[&'static str]| v.iter().map(|c| c.to_string()).collect::<Vec<_>>();
    Ok(Json(Drafts {
        refusal: p.refusal().map(|r| r.code().to_string()),
        issuer_lacks: p.issuer.as_ref().map(|i| codes(&i.lacks)).unwrap_or_default(),
        drafts: p
            .drafts
            .iter()
            .map(|d| Draft {
                organisation_id: d.buyer_id.to_string(),
                buyer: d.buyer.legal_name.clone(),
                people: d.lines.iter().map(|l| l.person.clone()).collect(),
                net_minor: d.net.0,
                vat_minor: d.vat.0,
                gross_minor: d.gross.0,
                supplementary: d.already > 0,
                lacks: codes(&d.lacks),
            })
            .collect(),
        without_workplace: p.unplaced.into_iter().map(|u| u.person).collect(),
    }))
}

/// Issues every invoice that can be issued for a term (facilitators). Organisations that cannot
/// be invoiced yet are listed with what they lack.
#[utoipa::path(post, path = "/networks/{slug}/invoices", operation_id = "issueInvoices", tag = "invoices",
    params(("slug" = String, Path, description = "The network's address"), ("term" = Option<i32>, Query, description = "The year; this year when left out")),
    responses((status = 200, body = IssueResult), (status = 403, body = crate::api::ApiErrorDoc),
        (status = 409, description = "no_price_schedule, free_network, no_issuer or issuer_incomplete", body = crate::api::ApiErrorDoc)),
    security(("bearer" = [])))]
async fn issue_invoices(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(slug): Path<String>,
    Query(q): Query<TermQuery>,
) -> Result<Json<IssueResult>, AppError> {
    let (network, term) = network_and_term(&state, &slug, q.term).await?;
    let r = invoices::issue::issue(&state.app, &viewer, &network, term).await?;
    Ok(Json(IssueResult {
        issued: r.issued.into_iter().map(|i| IssuedInvoice { id: i.id.to_string(), number: i.number, buyer: i.buyer }).collect(),
        waiting: r
            .waiting
            .into_iter()
            .map(|(name, lacks)| Waiting { name, lacks: lacks.into_iter().map(String::from).collect() })
            .collect(),
    }))
}

/// A network's invoices and credit notes for a term (facilitators).
#[utoipa::path(get, path = "/networks/{slug}/invoices", operation_id = "listInvoices", tag = "invoices",
    params(("slug" = String, Path, description = "The network's address"), ("term" = Option<i32>, Query, description = "The year; this year when left out")),
    responses((status = 200, body = Vec<Invoice>), (status = 403, body = crate::api::ApiErrorDoc)),
    security(("bearer" = [])))]
async fn list_invoices(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(slug): Path<String>,
    Query(q): Query<TermQuery>,
) -> Result<Json<Vec<Invoice>>, AppError> {
    let (network, term) = network_and_term(&state, &slug, q.term).await?;
    Ok(Json(invoices::listing::list(&state.app, &viewer, &network, term).await?.iter().map(Invoice::from).collect()))
}

/// One invoice or credit note.
#[utoipa::path(get, path = "/invoices/{id}", operation_id = "getInvoice", tag = "invoices",
    params(("id" = String, Path, description = "The invoice's id")),
    responses((status = 200, body = Invoice), (status = 403, body = crate::api::ApiErrorDoc), (status = 404, body = crate::api::ApiErrorDoc)),
    security(("bearer" = [])))]
async fn get_invoice(State(state): State<AppState>, viewer: Viewer, Path(id): Path<Uuid>) -> Result<Json<Invoice>, AppError> {
    let (_, inv) = invoices::listing::by_id(&state.app, &viewer, id).await?;
    Ok(Json(Invoice::from(&inv)))
}

/// One invoice or credit note as Peppol BIS Billing 3.0 UBL 2.1 XML.
#[utoipa::path(get, path = "/invoices/{id}/ubl", operation_id = "getInvoiceUbl", tag = "invoices",
    params(("id" = String, Path, description = "The invoice's id")),
    responses((status = 200, content_type = "application/xml", body = String), (status = 403, body = crate::api::ApiErrorDoc),
        (status = 404, body = crate::api::ApiErrorDoc)),
    security(("bearer" = [])))]
async fn get_invoice_ubl(State(state): State<AppState>, viewer: Viewer, Path(id): Path<Uuid>) -> Result<Response, AppError> {
    let (_, inv) = invoices::listing::by_id(&state.app, &viewer, id).await?;
    Ok(super::downloads::ubl_response(&inv))
}

/// Credits a whole invoice with a credit note (positive amounts, referring to the invoice). The
/// seats it billed can then be invoiced again.
#[utoipa::path(post, path = "/invoices/{id}/credit", operation_id = "creditInvoice", tag = "invoices",
    params(("id" = String, Path, description = "The invoice's id")),
    responses((status = 200, description = "The credit note", body = Invoice), (status = 403, body = crate::api::ApiErrorDoc),
        (status = 409, description = "already_credited or not_an_invoice", body = crate::api::ApiErrorDoc)),
    security(("bearer" = [])))]
async fn credit_invoice(State(state): State<AppState>, viewer: Viewer, Path(id): Path<Uuid>) -> Result<Json<Invoice>, AppError> {
    let (network, _) = invoices::listing::by_id(&state.app, &viewer, id).await?;
    let cn = invoices::credit::credit(&state.app, &viewer, &network, id).await?;
    Ok(Json(Invoice::from(&cn)))
}

/// Records that an invoice has been paid.
#[utoipa::path(post, path = "/invoices/{id}/paid", operation_id = "markInvoicePaid", tag = "invoices",
    params(("id" = String, Path, description = "The invoice's id")),
    responses((status = 200, body = Invoice), (status = 403, body = crate::api::ApiErrorDoc),
        (status = 409, description = "already_paid, already_credited or not_an_invoice", body = crate::api::ApiErrorDoc)),
    security(("bearer" = [])))]
async fn mark_invoice_paid(State(state): State<AppState>, viewer: Viewer, Path(id): Path<Uuid>) -> Result<Json<Invoice>, AppError> {
    let (network, _) = invoices::listing::by_id(&state.app, &viewer, id).await?;
    let inv = invoices::payments::mark_paid(&state.app, &viewer, &network, id).await?;
    Ok(Json(Invoice::from(&inv)))
}

fn issuer_body(row: IssuerRow) -> IssuerBody {
    let i = IssuerInput::from(&row.terms);
    let some = |s: String| Some(s).filter(|s| !s.is_empty());
    IssuerBody {
        organisation_id: row.organisation_id.to_string(),
        payment_kind: i.payment_kind,
        reg: some(i.reg),
        account: some(i.account),
        iban: some(i.iban),
        bic: some(i.bic),
        creditor: some(i.creditor),
        giro: some(i.giro),
        payment_days: Some(row.terms.payment_days),
        fskatt: i.fskatt,
    }
}

/// Who issues the network's invoices (facilitators); 404 when nobody is set.
#[utoipa::path(get, path = "/networks/{slug}/invoice-issuer", operation_id = "getInvoiceIssuer", tag = "invoices",
    params(("slug" = String, Path, description = "The network's address")),
    responses((status = 200, body = IssuerBody), (status = 403, body = crate::api::ApiErrorDoc), (status = 404, body = crate::api::ApiErrorDoc)),
    security(("bearer" = [])))]
async fn get_invoice_issuer(State(state): State<AppState>, viewer: Viewer, Path(slug): Path<String>) -> Result<Json<IssuerBody>, AppError> {
    let network = spira_app::networks::load(&state.app, &slug).await?;
    let row = invoices::issuer::issuer(&state.app, &viewer, &network).await?.ok_or(spira_app::Common::NotFound)?;
    Ok(Json(issuer_body(row)))
}

/// Sets who issues the network's invoices and how buyers pay (facilitators).
#[utoipa::path(put, path = "/networks/{slug}/invoice-issuer", operation_id = "updateInvoiceIssuer", tag = "invoices",
    params(("slug" = String, Path, description = "The network's address")),
    request_body = IssuerBody,
    responses((status = 200, body = IssuerBody), (status = 403, body = crate::api::ApiErrorDoc), (status = 422, body = crate::api::ApiErrorDoc)),
    security(("bearer" = [])))]
async fn update_invoice_issuer(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(slug): Path<String>,
    Json(body): Json<IssuerBody>,
) -> Result<Json<IssuerBody>, AppError> {
    let network = spira_app::networks::load(&state.app, &slug).await?;
    let row = invoices::issuer::save(&state.app, &viewer, &network, &body.organisation_id, &body.input()).await?;
    Ok(Json(issuer_body(row)))
}

/// Sets the buyer's own reference (mandatory in Peppol) on an organisation's seats in a term.
#[utoipa::path(put, path = "/networks/{slug}/buyer-references/{organisation_id}", operation_id = "setBuyerReference", tag = "invoices",
    params(("slug" = String, Path, description = "The network's address"), ("organisation_id" = String, Path, description = "The buying organisation"),
        ("term" = Option<i32>, Query, description = "The year; this year when left out")),
    request_body = ReferenceBody,
    responses((status = 200, body = ReferenceResult), (status = 404, description = "The organisation holds no seat in the term", body = crate::api::ApiErrorDoc),
        (status = 422, body = crate::api::ApiErrorDoc)),
    security(("bearer" = [])))]
async fn set_buyer_reference(
    State(state): State<AppState>,
    viewer: Viewer,
    Path((slug, organisation_id)): Path<(String, Uuid)>,
    Query(q): Query<TermQuery>,
    Json(body): Json<ReferenceBody>,
) -> Result<Json<ReferenceResult>, AppError> {
    let (network, term) = network_and_term(&state, &slug, q.term).await?;
    let seats = invoices::drafts::set_reference(&state.app, &viewer, &network, term, organisation_id, &body.buyer_reference).await?;
    Ok(Json(ReferenceResult { seats }))
}

/// A document in an issuer's list: its network beside the invoice's own fields.
#[derive(Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct IssuerInvoice {
    /// The network the document was issued for (its address).
    pub network: String,
    pub network_name: String,
    #[serde(flatten)]
    pub invoice: Invoice,
}

/// Every invoice and credit note an organisation issued in a period, across all the networks it
/// issues for, in the order of its (gapless) series: what its finance department books. Open to
/// the facilitators of those networks and to platform admins.
#[utoipa::path(get, path = "/organisations/{id}/invoices", operation_id = "listIssuerInvoices", tag = "invoices",
    params(("id" = String, Path, description = "The issuing organisation's id"),
        ("from" = Option<String>, Query, description = "The first issue date, YYYY-MM-DD; 1 January of this year when left out"),
        ("to" = Option<String>, Query, description = "The last issue date, YYYY-MM-DD; 31 December of this year when left out")),
    responses((status = 200, body = Vec<IssuerInvoice>), (status = 400, description = "bad_period", body = crate::api::ApiErrorDoc),
        (status = 401, body = crate::api::ApiErrorDoc), (status = 403, body = crate::api::ApiErrorDoc), (status = 404, body = crate::api::ApiErrorDoc)),
    security(("bearer" = [])))]
async fn list_issuer_invoices(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<Uuid>,
    Query(q): Query<PeriodQuery>,
) -> Result<Json<Vec<IssuerInvoice>>, AppError> {
    let (from, to) = q.dates()?;
    let r = invoices::listing::of_issuer(&state.app, &viewer, id, from, to).await?;
    Ok(Json(
        r.docs
            .iter()
            .map(|d| IssuerInvoice {
                network: d.network_slug.clone(),
                network_name: d.network_name.clone(),
                invoice: Invoice::from(&d.invoice),
            })
            .collect(),
    ))
}
