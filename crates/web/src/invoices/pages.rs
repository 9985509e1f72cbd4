//! The facilitator's pages: the overview of a term (drafts, what is missing, issued documents),
//! one invoice as a printable page, and the issuer form.

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use spira_domain::dates::format_date;
use spira_domain::fees::Minor;
use spira_domain::invoices::{DocKind, InvoiceState, IssuerInput, PAYMENT_KINDS};
use spira_store::Uuid;
use spira_store::invoices as store;
use spira_store::networks::NetworkRow;
use spira_store::organisations as orgs;

use super::{credit as credit_invoice, managed, mark_paid, plan, state_label};
use crate::AppState;
use crate::error::AppError;
use crate::fees::{TermQuery, checked_term, describe};
use crate::i18n::Tr;
use crate::session::Viewer;
use crate::views::{Ctx, FormErrors, html, invalid};

fn money(m: Minor, currency: &str, t: Tr) -> String {
    format!("{} {currency}", m.format(t.lang))
}

fn lacks_labels(t: Tr, lacks: &[&str]) -> Vec<String> {
    lacks.iter().map(|l| t.t(&format!("lacks-{l}"))).collect()
}

struct DraftView {
    org_id: String,
    buyer: String,
    people: String,
    seats: usize,
    gross: String,
    supplementary: bool,
    lacks: Vec<String>,
    needs_reference: bool,
    needs_details: bool,
}

struct DocView {
    id: String,
    number: i64,
    kind: String,
    buyer: String,
    gross: String,
    issued: String,
    state: String,
}

#[derive(Template)]
#[template(path = "invoices/overview.html")]
struct Overview {
    ctx: Ctx,
    network: NetworkRow,
    term: i32,
    terms: Vec<i32>,
    schedule: String,
    issuer: Option<(String, String)>,
    issuer_lacks: Vec<String>,
    refusal: Option<String>,
    drafts: Vec<DraftView>,
    ready: i64,
    unplaced: Vec<String>,
    docs: Vec<DocView>,
    errors: FormErrors,
}

async fn overview_view(state: &AppState, ctx: Ctx, network: NetworkRow, term: i32, errors: FormErrors) -> Result<Overview, AppError> {
    let t = ctx.t;
    let (p, docs) = {
        let mut r = state.db.read().await?;
        let p = plan(r.conn(), &network, term).await?;
        let docs = store::list(r.conn(), network.id, term).await?;
        (p, docs)
    };
    let currency = p.schedule.as_ref().map(|s| s.currency.as_str()).unwrap_or("");
    let drafts: Vec<DraftView> = p
        .drafts
        .iter()
        .map(|d| DraftView {
            org_id: d.buyer_id.to_string(),
            buyer: d.buyer.legal_name.clone(),
            people: d.lines.iter().map(|l| l.person.as_str()).collect::<Vec<_>>().join(", "),
            seats: d.seat_ids.len(),
            gross: if p.schedule.is_some() { money(d.gross, currency, t) } else { String::new() },
            supplementary: d.already > 0,
            lacks: lacks_labels(t, &d.lacks),
            needs_reference: d.lacks.contains(&"buyer_reference"),
            needs_details: d.lacks.iter().any(|l| *l != "buyer_reference"),
        })
        .collect();
    let refusal = p.refusal().map(|c| t.t(&format!("error-{c}")));
    let ready = if refusal.is_some() { 0 } else { p.drafts.iter().filter(|d| d.lacks.is_empty()).count() as i64 };
    let now = crate::admission::current_term();
    Ok(Overview {
        schedule: p.schedule.as_ref().map(|s| describe(s, t)).unwrap_or_else(|| t.t("fees-none")),
        issuer: p.issuer.as_ref().map(|i| (i.org.name.clone(), i.terms.payment.account())),
        issuer_lacks: p.issuer.as_ref().map(|i| lacks_labels(t, &i.lacks)).unwrap_or_default(),
        refusal,
        ready,
        drafts,
        unplaced: p.unplaced.into_iter().map(|u| u.person).collect(),
        docs: docs
            .iter()
            .map(|d| DocView {
                id: d.id.to_string(),
                number: d.document.number,
                kind: t.t(&format!("invoice-kind-{}", d.kind.as_str())),
                buyer: d.document.buyer.legal_name.clone(),
                gross: money(d.document.gross, d.document.currency.as_str(), t),
                issued: format_date(d.document.issue_date, t.lang),
                state: state_label(t, d),
            })
            .collect(),
        terms: (now - 1..=now + 1).collect(),
        ctx,
        network,
        term,
        errors,
    })
}

pub(super) async fn overview(
    State(state): State<AppState>,
    viewer: Viewer,
    ctx: Ctx,
    Path(slug): Path<String>,
    Query(q): Query<TermQuery>,
) -> Result<Response, AppError> {
    let network = managed(&state, &viewer, &slug).await?;
    let term = checked_term(q.term)?;
    Ok(html(&overview_view(&state, ctx, network, term, FormErrors::default()).await?))
}

pub(super) async fn issue(
    State(state): State<AppState>,
    viewer: Viewer,
    ctx: Ctx,
    Path(slug): Path<String>,
    Query(q): Query<TermQuery>,
) -> Result<Response, AppError> {
    let network = managed(&state, &viewer, &slug).await?;
    let term = checked_term(q.term)?;
    match super::issue(&state, &network, term, viewer.user.as_ref().map(|u| u.id)).await {
        Ok(r) if r.issued.is_empty() => {
            Ok(Redirect::to(&format!("/networks/{slug}/invoices?term={term}&notice=nothing_issued")).into_response())
        }
        Ok(_) => Ok(Redirect::to(&format!("/networks/{slug}/invoices?term={term}&notice=issued")).into_response()),
        Err(AppError::Conflict(code)) => {
            let errors = FormErrors::one("issue", ctx.t.t(&format!("error-{code}")));
            let page = overview_view(&state, ctx, network, term, errors).await?;
            let mut res = invalid(&page);
            *res.status_mut() = axum::http::StatusCode::CONFLICT;
            Ok(res)
        }
        Err(e) => Err(e),
    }
}

#[derive(Deserialize)]
pub(super) struct ReferenceForm {
    #[serde(default)]
    organisation_id: String,
    #[serde(default)]
    buyer_reference: String,
}

pub(super) async fn save_reference(
    State(state): State<AppState>,
    viewer: Viewer,
    ctx: Ctx,
    Path(slug): Path<String>,
    Query(q): Query<TermQuery>,
    Form(f): Form<ReferenceForm>,
) -> Result<Response, AppError> {
    let network = managed(&state, &viewer, &slug).await?;
    let term = checked_term(q.term)?;
    let org_id = Uuid::parse_str(f.organisation_id.trim()).map_err(|_| AppError::BadRequest("bad_id"))?;
    match super::set_reference(&state, &network, term, org_id, &f.buyer_reference).await {
        Ok(_) => Ok(Redirect::to(&format!("/networks/{slug}/invoices?term={term}&notice=saved")).into_response()),
        Err(AppError::Invalid(e)) => {
            let errors = FormErrors::from(ctx.t, &e);
            Ok(invalid(&overview_view(&state, ctx, network, term, errors).await?))
        }
        Err(e) => Err(e),
    }
}

// ---- one invoice ----

#[derive(Template)]
#[template(path = "invoices/invoice.html")]
struct InvoicePage {
    ctx: Ctx,
    network: NetworkRow,
    inv: store::InvoiceRow,
    title: String,
    state: String,
    issued: String,
    due: String,
    lines: Vec<(String, String)>,
    net: String,
    vat: String,
    vat_label: String,
    gross: String,
    credits: Option<String>,
    credits_title: String,
    credited_by: Option<String>,
    may_pay: bool,
    may_credit: bool,
    payment_kind: String,
    payment_id: String,
    seller_ids: Vec<String>,
    buyer_ids: Vec<String>,
}

fn party_ids(t: Tr, p: &spira_domain::invoices::Party) -> Vec<String> {
    let mut v = Vec::new();
    if let Some(r) = &p.registration_number {
        v.push(format!("{}: {r}", t.t(if p.country == "SE" { "invoice-orgnr" } else { "invoice-cvr" })));
    }
    if let Some(vat) = &p.vat_number {
        v.push(format!("{}: {vat}", t.t("invoice-vat-number")));
    }
    if let Some(e) = &p.endpoint {
        let scheme = match e.scheme.as_str() {
            "0088" => "EAN/GLN",
            "0184" => "CVR",
            _ => "Org.nr",
        };
        v.push(format!("{} ({scheme}): {}", t.t("invoice-electronic-address"), e.id));
    }
    v
}

pub(super) async fn invoice_page(
    State(state): State<AppState>,
    viewer: Viewer,
    ctx: Ctx,
    Path((slug, id)): Path<(String, Uuid)>,
) -> Result<Response, AppError> {
    let network = managed(&state, &viewer, &slug).await?;
    let inv = super::invoice_of(&state, &network, id).await?;
    let credited_by = {
        let mut r = state.db.read().await?;
        store::credit_note_of(r.conn(), id).await?
    };
    let t = ctx.t;
    let d = &inv.document;
    let cur = d.currency.as_str();
    let title_id = if inv.kind == DocKind::Invoice { "invoice-title" } else { "credit-note-title" };
    let vat_label = match &d.vat {
        spira_domain::fees::Vat::Rate { basis_points } => {
            t.ta("invoice-vat-rate", &[("rate", &Minor(i64::from(*basis_points)).format(t.lang))])
        }
        spira_domain::fees::Vat::Exempt { reason } => t.ta("invoice-vat-exempt", &[("reason", reason)]),
    };
    let page = InvoicePage {
        title: t.ta(title_id, &[("number", &d.number.to_string())]),
        state: state_label(t, &inv),
        issued: format_date(d.issue_date, t.lang),
        due: format_date(d.due_date, t.lang),
        lines: d.lines.iter().map(|l| (l.description.clone(), money(l.net, cur, t))).collect(),
        net: money(d.net, cur, t),
        vat: money(d.vat_amount, cur, t),
        vat_label,
        gross: money(d.gross, cur, t),
        credits: inv.credits_id.map(|c| c.to_string()),
        credits_title: d.credits.as_ref().map(|c| t.ta("invoice-title", &[("number", &c.number.to_string())])).unwrap_or_default(),
        credited_by: credited_by.map(|c| c.to_string()),
        may_pay: inv.kind == DocKind::Invoice && inv.state == InvoiceState::Issued,
        may_credit: inv.kind == DocKind::Invoice && inv.state != InvoiceState::Credited,
        payment_kind: t.t(&format!("payment-kind-{}", d.payment.kind())),
        payment_id: d.payment_id(),
        seller_ids: party_ids(t, &d.seller),
        buyer_ids: party_ids(t, &d.buyer),
        ctx,
        network,
        inv,
    };
    Ok(html(&page))
}

pub(super) async fn paid(
    State(state): State<AppState>,
    viewer: Viewer,
    Path((slug, id)): Path<(String, Uuid)>,
) -> Result<Response, AppError> {
    let network = managed(&state, &viewer, &slug).await?;
    mark_paid(&state, &network, id).await?;
    Ok(Redirect::to(&format!("/networks/{slug}/invoices/{id}?notice=saved")).into_response())
}

pub(super) async fn credit(
    State(state): State<AppState>,
    viewer: Viewer,
    Path((slug, id)): Path<(String, Uuid)>,
) -> Result<Response, AppError> {
    let network = managed(&state, &viewer, &slug).await?;
    let cn = credit_invoice(&state, &network, id, viewer.user.as_ref().map(|u| u.id)).await?;
    Ok(Redirect::to(&format!("/networks/{slug}/invoices/{}?notice=credited", cn.id)).into_response())
}

// ---- the issuer ----

#[derive(Debug, Clone, Default, Deserialize)]
pub(super) struct IssuerForm {
    #[serde(default)]
    organisation_id: String,
    #[serde(default)]
    payment_kind: String,
    #[serde(default)]
    reg: String,
    #[serde(default)]
    account: String,
    #[serde(default)]
    iban: String,
    #[serde(default)]
    bic: String,
    #[serde(default)]
    creditor: String,
    #[serde(default)]
    giro: String,
    #[serde(default)]
    payment_days: String,
    #[serde(default)]
    fskatt: Option<String>,
}

impl IssuerForm {
    fn input(&self) -> IssuerInput {
        IssuerInput {
            payment_kind: self.payment_kind.clone(),
            reg: self.reg.clone(),
            account: self.account.clone(),
            iban: self.iban.clone(),
            bic: self.bic.clone(),
            creditor: self.creditor.clone(),
            giro: self.giro.clone(),
            payment_days: self.payment_days.clone(),
            fskatt: self.fskatt.is_some(),
        }
    }
}

#[derive(Template)]
#[template(path = "invoices/issuer.html")]
struct IssuerPage {
    ctx: Ctx,
    network: NetworkRow,
    errors: FormErrors,
    f: IssuerForm,
    organisations: Vec<(String, String)>,
    kinds: Vec<(&'static str, String)>,
}

async fn issuer_view(state: &AppState, ctx: Ctx, network: NetworkRow, errors: FormErrors, f: IssuerForm) -> Result<IssuerPage, AppError> {
    let organisations = {
        let mut r = state.db.read().await?;
        orgs::list(r.conn()).await?
    }
    .into_iter()
    .map(|o| (o.id.to_string(), o.name))
    .collect();
    let t = ctx.t;
    Ok(IssuerPage {
        kinds: PAYMENT_KINDS.iter().map(|k| (*k, t.t(&format!("payment-kind-{k}")))).collect(),
        organisations,
        ctx,
        network,
        errors,
        f,
    })
}

pub(super) async fn issuer_page(
    State(state): State<AppState>,
    viewer: Viewer,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let network = managed(&state, &viewer, &slug).await?;
    let current = {
        let mut r = state.db.read().await?;
        store::issuer(r.conn(), network.id).await?
    };
    let f = match current {
        None => IssuerForm {
            payment_kind: if network.country == "SE" { "bankgiro".into() } else { "dk_account".into() },
            payment_days: "30".into(),
            ..Default::default()
        },
        Some(row) => {
            let i = IssuerInput::from(&row.terms);
            IssuerForm {
                organisation_id: row.organisation_id.to_string(),
                payment_kind: i.payment_kind,
                reg: i.reg,
                account: i.account,
                iban: i.iban,
                bic: i.bic,
                creditor: i.creditor,
                giro: i.giro,
                payment_days: i.payment_days,
                fskatt: i.fskatt.then(|| "on".into()),
            }
        }
    };
    Ok(html(&issuer_view(&state, ctx, network, FormErrors::default(), f).await?))
}

pub(super) async fn save_issuer(
    State(state): State<AppState>,
    viewer: Viewer,
    ctx: Ctx,
    Path(slug): Path<String>,
    Form(f): Form<IssuerForm>,
) -> Result<Response, AppError> {
    let network = managed(&state, &viewer, &slug).await?;
    match super::save_issuer(&state, &network, &f.organisation_id, &f.input()).await {
        Ok(()) => Ok(Redirect::to(&format!("/networks/{slug}/invoices?notice=saved")).into_response()),
        Err(AppError::Invalid(e)) => {
            let errors = FormErrors::from(ctx.t, &e);
            Ok(invalid(&issuer_view(&state, ctx, network, errors, f).await?))
        }
        Err(e) => Err(e),
    }
}
