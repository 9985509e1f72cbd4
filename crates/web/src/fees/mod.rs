//! Fees: the price schedule per network and term (what a seat costs, the currency, VAT or its
//! exemption). Invoices built on it come with issue 12.

pub mod api;

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::{Form, Router};
use serde::Deserialize;
use spira_domain::Lang;
use spira_domain::access::Action;
use spira_domain::fees::{Currency, PriceInput, PriceSchedule, Pricing, Vat};
use spira_store::fees as store;
use spira_store::networks::NetworkRow;

use crate::AppState;
use crate::admission::current_term;
use crate::authz;
use crate::error::AppError;
use crate::networks::load;
use crate::session::Viewer;
use crate::views::{Ctx, FormErrors, html, invalid};

pub fn routes() -> Router<AppState> {
    Router::new().route("/networks/{slug}/fees", get(fees_page).post(save))
}

#[derive(Deserialize)]
pub struct TermQuery {
    #[serde(default)]
    pub term: Option<i32>,
}

/// A term a schedule can be set for: this year and the next few (and the last, for corrections).
pub fn checked_term(term: Option<i32>) -> Result<i32, AppError> {
    let now = current_term();
    match term {
        None => Ok(now),
        Some(t) if (now - 1..=now + 5).contains(&t) => Ok(t),
        Some(_) => Err(AppError::BadRequest("bad_term")),
    }
}

pub use spira_app::fees::describe;

#[derive(Template)]
#[template(path = "fees/edit.html")]
struct FeesPage {
    ctx: Ctx,
    network: NetworkRow,
    term: i32,
    terms: Vec<i32>,
    errors: FormErrors,
    f: PriceForm,
    currencies: Vec<&'static str>,
    summary: String,
}

#[derive(Debug, Clone, Default, Deserialize)]
struct PriceForm {
    #[serde(default)]
    kind: String,
    #[serde(default)]
    first: String,
    #[serde(default)]
    further: String,
    #[serde(default)]
    currency: String,
    #[serde(default)]
    vat_exempt: Option<String>,
    #[serde(default)]
    vat_rate: String,
    #[serde(default)]
    exemption_reason: String,
}

impl PriceForm {
    fn from_schedule(s: Option<&PriceSchedule>, lang: Lang, network: &NetworkRow) -> PriceForm {
        let Some(s) = s else {
            let currency = if network.country == "SE" { "SEK" } else { "DKK" };
            return PriceForm { kind: "free".into(), currency: currency.into(), vat_rate: "25".into(), ..Default::default() };
        };
        let (kind, first, further) = match s.pricing {
            Pricing::Free => ("free", String::new(), String::new()),
            Pricing::Flat { seat } => ("flat", seat.format(lang), String::new()),
            Pricing::FirstAndFurther { first, further } => ("first_and_further", first.format(lang), further.format(lang)),
        };
        let (vat_exempt, vat_rate, exemption_reason) = match &s.vat {
            Vat::Rate { basis_points } => (None, spira_domain::fees::Minor(i64::from(*basis_points)).format(lang), String::new()),
            Vat::Exempt { reason } => (Some("on".into()), String::new(), reason.clone()),
        };
        PriceForm { kind: kind.into(), first, further, currency: s.currency.as_str().into(), vat_exempt, vat_rate, exemption_reason }
    }
    fn input(&self) -> PriceInput {
        PriceInput {
            kind: self.kind.clone(),
            first: self.first.clone(),
            further: self.further.clone(),
            currency: self.currency.clone(),
            vat_exempt: self.vat_exempt.is_some(),
            vat_rate: self.vat_rate.clone(),
            exemption_reason: self.exemption_reason.clone(),
        }
    }
}

fn page(ctx: Ctx, network: NetworkRow, term: i32, errors: FormErrors, f: PriceForm, summary: String) -> FeesPage {
    let now = current_term();
    FeesPage {
        ctx,
        network,
        term,
        terms: (now - 1..=now + 2).collect(),
        errors,
        f,
        currencies: Currency::ALL.iter().map(|c| c.as_str()).collect(),
        summary,
    }
}

async fn fees_page(
    State(state): State<AppState>,
    viewer: Viewer,
    ctx: Ctx,
    Path(slug): Path<String>,
    Query(q): Query<TermQuery>,
) -> Result<Response, AppError> {
    let network = load(&state, &slug).await?;
    authz::require(&state.db, &viewer, Some(network.id), Action::EditNetwork).await?;
    let term = checked_term(q.term)?;
    let schedule = {
        let mut r = state.db.read().await?;
        store::price_schedule(r.conn(), network.id, term).await?
    };
    let summary = schedule.as_ref().map(|s| describe(s, ctx.t)).unwrap_or_else(|| ctx.t.t("fees-none"));
    let f = PriceForm::from_schedule(schedule.as_ref(), ctx.t.lang, &network);
    Ok(html(&page(ctx, network, term, FormErrors::default(), f, summary)))
}

/// Sets a term's schedule (pages and API).
pub(crate) async fn update_schedule(
    state: &AppState,
    viewer: &Viewer,
    slug: &str,
    term: i32,
    input: &PriceInput,
) -> Result<PriceSchedule, AppError> {
    let network = load(state, slug).await?;
    authz::require(&state.db, viewer, Some(network.id), Action::EditNetwork).await?;
    let schedule = input.validate().map_err(AppError::Invalid)?;
    let mut tx = state.db.begin().await?;
    store::save_price_schedule(tx.conn(), network.id, term, &schedule).await?;
    tx.commit().await?;
    Ok(schedule)
}

async fn save(
    State(state): State<AppState>,
    viewer: Viewer,
    ctx: Ctx,
    Path(slug): Path<String>,
    Query(q): Query<TermQuery>,
    Form(f): Form<PriceForm>,
) -> Result<Response, AppError> {
    let term = checked_term(q.term)?;
    match update_schedule(&state, &viewer, &slug, term, &f.input()).await {
        Ok(_) => Ok(Redirect::to(&format!("/networks/{slug}/fees?term={term}&notice=saved")).into_response()),
        Err(AppError::Invalid(e)) => {
            let network = load(&state, &slug).await?;
            let errors = FormErrors::from(ctx.t, &e);
            let summary = ctx.t.t("fees-none");
            Ok(invalid(&page(ctx, network, term, errors, f, summary)))
        }
        Err(e) => Err(e),
    }
}
