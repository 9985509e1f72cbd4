//! Fees: the price schedule per network and term (what a seat costs, the currency, VAT or its
//! exemption): the facilitator's form here, the API in `api`; the rules are `spira_app::fees`.

pub mod api;

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use spira_app::fees::{PriceInput, PriceSchedule, describe};
use spira_app::networks::NetworkRow;
use spira_domain::Lang;
use spira_domain::fees::{Currency, Pricing, Vat};
use spira_domain::organisations::Country;

use crate::AppState;
use crate::error::AppError;
use crate::routes::Pages;
use crate::session::Viewer;
use crate::views::{Ctx, FormErrors, html, invalid};

pub fn routes() -> Pages {
    Pages::new().get("/networks/{slug}/fees", fees_page).post("/networks/{slug}/fees", save)
}

/// `?term=`: the year; the network's current term when left out.
#[derive(Deserialize)]
pub struct TermQuery {
    #[serde(default)]
    pub term: Option<i32>,
}

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
            let currency = if network.country == Country::SE { "SEK" } else { "DKK" };
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

fn page(ctx: Ctx, network: NetworkRow, now: i32, term: i32, errors: FormErrors, f: PriceForm, summary: String) -> FeesPage {
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
    let network = spira_app::networks::load(&state.app, &slug).await?;
    let term = spira_app::fees::checked_term(&state.app, &network, q.term)?;
    let schedule = spira_app::fees::for_editing(&state.app, &viewer, &network, term).await?;
    let now = spira_app::networks::term(&state.app, &network).year();
    let summary = schedule.as_ref().map(|s| describe(s, ctx.t)).unwrap_or_else(|| ctx.t.t("fees-none"));
    let f = PriceForm::from_schedule(schedule.as_ref(), ctx.t.lang, &network);
    Ok(html(&page(ctx, network, now, term, FormErrors::default(), f, summary)))
}

async fn save(
    State(state): State<AppState>,
    viewer: Viewer,
    ctx: Ctx,
    Path(slug): Path<String>,
    Query(q): Query<TermQuery>,
    Form(f): Form<PriceForm>,
) -> Result<Response, AppError> {
    let network = spira_app::networks::load(&state.app, &slug).await?;
    let term = spira_app::fees::checked_term(&state.app, &network, q.term)?;
    match spira_app::fees::update_schedule(&state.app, &viewer, &network, term, &f.input()).await {
        Ok(_) => Ok(Redirect::to(&format!("/networks/{slug}/fees?term={term}&notice=saved")).into_response()),
        Err(spira_app::fees::FeesError::Common(spira_app::Common::Invalid(e))) => {
            let now = spira_app::networks::term(&state.app, &network).year();
            let errors = FormErrors::from(ctx.t, &e);
            let summary = ctx.t.t("fees-none");
            Ok(invalid(&page(ctx, network, now, term, errors, f, summary)))
        }
        Err(e) => Err(e.into()),
    }
}
