//! The facilitator's pages: the overview of a term (drafts, what is missing, issued documents),
//! one invoice as a printable page, the issuer form, and the issuer's own list of everything it
//! issued in a period.

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use spira_app::Uuid;
use spira_app::fees::describe;
use spira_app::invoices::{self as invoices, DocKind, InvoiceRow, InvoiceState, IssuerInput};
use spira_app::networks::NetworkRow;
use spira_domain::dates::format_date;
use spira_domain::fees::Minor;
use spira_domain::invoices::PAYMENT_KINDS;
use spira_domain::organisations::Country;

use super::{PeriodQuery, TermQuery, network_and_term, state_label};
use crate::AppState;
use crate::error::AppError;
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
    /// The issuing organisation, for the link to everything it issued.
    issuer_id: Option<String>,
    issuer_lacks: Vec<String>,
    refusal: Option<String>,
    drafts: Vec<DraftView>,
    ready: i64,
    unplaced: Vec<String>,
    docs: Vec<DocView>,
    errors: FormErrors,
}

async fn overview_view(
    state: &AppState,
    viewer: &Viewer,
    ctx: Ctx,
    network: NetworkRow,
    term: i32,
    errors: FormErrors,
) -> Result<Overview, AppError> {
    let t = ctx.t;
    let invoices::drafts::Overview { plan: p, docs } = invoices::drafts::overview(&state.app, viewer, &network, term).await?;
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
    let refusal = p.refusal().map(|r| t.t(&format!("error-{}", r.code())));
    let ready = if refusal.is_some() { 0 } else { p.drafts.iter().filter(|d| d.lacks.is_empty()).count() as i64 };
    let now = spira_app::networks::term(&state.app, &network).year();
    Ok(Overview {
        schedule: p.schedule.as_ref().map(|s| describe(s, t)).unwrap_or_else(|| t.t("fees-none")),
        issuer: p.issuer.as_ref().map(|i| (i.org.name.clone(), i.terms.payment.account())),
        issuer_id: p.issuer.as_ref().map(|i| i.org.id.to_string()),
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
    let (network, term) = network_and_term(&state, &slug, q.term).await?;
    Ok(html(&overview_view(&state, &viewer, ctx, network, term, FormErrors::default()).await?))
}

pub(super) async fn issue(
    State(state): State<AppState>,
    viewer: Viewer,
    ctx: Ctx,
    Path(slug): Path<String>,
    Query(q): Query<TermQuery>,
) -> Result<Response, AppError> {
    let (network, term) = network_and_term(&state, &slug, q.term).await?;
    match invoices::issue::issue(&state.app, &viewer, &network, term).await {
        Ok(r) if r.issued.is_empty() => {
            Ok(Redirect::to(&format!("/networks/{slug}/invoices?term={term}&notice=nothing_issued")).into_response())
        }
        Ok(_) => Ok(Redirect::to(&format!("/networks/{slug}/invoices?term={term}&notice=issued")).into_response()),
        Err(e) if e.kind() == spira_app::Kind::Conflict => {
            let errors = FormErrors::one("issue", ctx.t.t(&format!("error-{}", e.code())));
            let page = overview_view(&state, &viewer, ctx, network, term, errors).await?;
            let mut res = invalid(&page);
            *res.status_mut() = axum::http::StatusCode::CONFLICT;
            Ok(res)
        }
        Err(e) => Err(e.into()),
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
    let (network, term) = network_and_term(&state, &slug, q.term).await?;
    let org_id = Uuid::parse_str(f.organisation_id.trim()).map_err(|_| AppError::from(spira_app::invoices::InvoicesError::BadId))?;
    match invoices::drafts::set_reference(&state.app, &viewer, &network, term, org_id, &f.buyer_reference).await {
        Ok(_) => Ok(Redirect::to(&format!("/networks/{slug}/invoices?term={term}&notice=saved")).into_response()),
        Err(spira_app::invoices::InvoicesError::Common(spira_app::Common::Invalid(e))) => {
            let errors = FormErrors::from(ctx.t, &e);
            Ok(invalid(&overview_view(&state, &viewer, ctx, network, term, errors).await?))
        }
        Err(e) => Err(e.into()),
    }
}

// ---- one invoice ----

#[derive(Template)]
#[template(path = "invoices/invoice.html")]
struct InvoicePage {
    ctx: Ctx,
    network: NetworkRow,
    inv: InvoiceRow,
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
        v.push(format!("{}: {r}", t.t(if p.country == Country::SE { "invoice-orgnr" } else { "invoice-cvr" })));
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
    let network = spira_app::networks::load(&state.app, &slug).await?;
    let invoices::listing::Detail { invoice: inv, credited_by } = invoices::listing::get(&state.app, &viewer, &network, id).await?;
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
    let network = spira_app::networks::load(&state.app, &slug).await?;
    invoices::payments::mark_paid(&state.app, &viewer, &network, id).await?;
    Ok(Redirect::to(&format!("/networks/{slug}/invoices/{id}?notice=saved")).into_response())
}

pub(super) async fn credit(
    State(state): State<AppState>,
    viewer: Viewer,
    Path((slug, id)): Path<(String, Uuid)>,
) -> Result<Response, AppError> {
    let network = spira_app::networks::load(&state.app, &slug).await?;
    let cn = invoices::credit::credit(&state.app, &viewer, &network, id).await?;
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

fn issuer_view(
    ctx: Ctx,
    network: NetworkRow,
    errors: FormErrors,
    f: IssuerForm,
    organisations: Vec<invoices::OrganisationRow>,
) -> IssuerPage {
    let organisations = organisations.into_iter().map(|o| (o.id.to_string(), o.name)).collect();
    let t = ctx.t;
    IssuerPage {
        kinds: PAYMENT_KINDS.iter().map(|k| (*k, t.t(&format!("payment-kind-{k}")))).collect(),
        organisations,
        ctx,
        network,
        errors,
        f,
    }
}

pub(super) async fn issuer_page(
    State(state): State<AppState>,
    viewer: Viewer,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let network = spira_app::networks::load(&state.app, &slug).await?;
    let form = invoices::issuer::form(&state.app, &viewer, &network).await?;
    let f = match form.current {
        None => IssuerForm {
            payment_kind: if network.country == Country::SE { "bankgiro".into() } else { "dk_account".into() },
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
    Ok(html(&issuer_view(ctx, network, FormErrors::default(), f, form.organisations)))
}

pub(super) async fn save_issuer(
    State(state): State<AppState>,
    viewer: Viewer,
    ctx: Ctx,
    Path(slug): Path<String>,
    Form(f): Form<IssuerForm>,
) -> Result<Response, AppError> {
    let network = spira_app::networks::load(&state.app, &slug).await?;
    match invoices::issuer::save(&state.app, &viewer, &network, &f.organisation_id, &f.input()).await {
        Ok(_) => Ok(Redirect::to(&format!("/networks/{slug}/invoices?notice=saved")).into_response()),
        Err(spira_app::invoices::InvoicesError::Common(spira_app::Common::Invalid(e))) => {
            let errors = FormErrors::from(ctx.t, &e);
            let organisations = invoices::issuer::form(&state.app, &viewer, &network).await?.organisations;
            Ok(invalid(&issuer_view(ctx, network, errors, f, organisations)))
        }
        Err(e) => Err(e.into()),
    }
}

// ---- the issuer's own list ----

struct IssuerDocView {
    href: String,
    number: i64,
    kind: String,
    network: String,
    buyer: String,
    issued: String,
    due: String,
    net: String,
    vat: String,
    gross: String,
    currency: String,
    state: String,
}

#[derive(Template)]
#[template(path = "invoices/issuer_documents.html")]
struct IssuerDocumentsPage {
    ctx: Ctx,
    org_id: String,
    org_name: String,
    from: String,
    to: String,
    docs: Vec<IssuerDocView>,
}

/// Every document an organisation issued in a period, across its networks: what its finance
/// department books.
pub(super) async fn issuer_documents(
    State(state): State<AppState>,
    viewer: Viewer,
    ctx: Ctx,
    Path(id): Path<Uuid>,
    Query(q): Query<PeriodQuery>,
) -> Result<Response, AppError> {
    let (from, to) = q.dates()?;
    let r = invoices::listing::of_issuer(&state.app, &viewer, id, from, to).await?;
    let t = ctx.t;
    let docs = r
        .docs
        .iter()
        .map(|d| {
            let inv = &d.invoice;
            let doc = &inv.document;
            let plain = |m: Minor| m.format(t.lang);
            IssuerDocView {
                href: format!("/networks/{}/invoices/{}", d.network_slug, inv.id),
                number: doc.number,
                kind: t.t(&format!("invoice-kind-{}", inv.kind.as_str())),
                network: d.network_name.clone(),
                buyer: doc.buyer.legal_name.clone(),
                issued: format_date(doc.issue_date, t.lang),
                due: if inv.kind == DocKind::Invoice { format_date(doc.due_date, t.lang) } else { String::new() },
                net: plain(doc.net),
                vat: plain(doc.vat_amount),
                gross: plain(doc.gross),
                currency: doc.currency.as_str().to_string(),
                state: state_label(t, inv),
            }
        })
        .collect();
    Ok(html(&IssuerDocumentsPage {
        org_id: r.organisation.id.to_string(),
        org_name: r.organisation.name.clone(),
        from: r.from.to_string(),
        to: r.to.to_string(),
        docs,
        ctx,
    }))
}
