//! The price schedule in the API.

use axum::Json;
use axum::extract::{Path, Query, State};
use serde::{Deserialize, Serialize};
use spira_app::fees::{PriceInput, PriceSchedule};
use spira_domain::fees::{Pricing, Vat};
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::TermQuery;
use crate::AppState;
use crate::error::AppError;
use crate::session::Viewer;

/// A network's price schedule for a term. Amounts are integer minor units (øre, öre, cent).
#[derive(Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Schedule {
    pub term: i32,
    /// `none` (no schedule: no invoices), `free`, `flat` or `first_and_further`.
    pub kind: String,
    pub first_seat_minor: Option<i64>,
    pub further_seat_minor: Option<i64>,
    pub currency: Option<String>,
    /// VAT in basis points (2500 = 25 %); absent when exempt.
    pub vat_basis_points: Option<u32>,
    pub vat_exemption_reason: Option<String>,
}

fn schedule(term: i32, s: Option<PriceSchedule>) -> Schedule {
    let Some(s) = s else {
        return Schedule {
            term,
            kind: "none".into(),
            first_seat_minor: None,
            further_seat_minor: None,
            currency: None,
            vat_basis_points: None,
            vat_exemption_reason: None,
        };
    };
    let (kind, first, further) = match s.pricing {
        Pricing::Free => ("free", None, None),
        Pricing::Flat { seat } => ("flat", Some(seat.0), None),
        Pricing::FirstAndFurther { first, further } => ("first_and_further", Some(first.0), Some(further.0)),
    };
    let (bp, reason) = match s.vat {
        Vat::Rate { basis_points } => (Some(basis_points), None),
        Vat::Exempt { reason } => (None, Some(reason)),
    };
    Schedule {
        term,
        kind: kind.into(),
        first_seat_minor: first,
        further_seat_minor: further,
        currency: Some(s.currency.as_str().into()),
        vat_basis_points: bp,
        vat_exemption_reason: reason,
    }
}

#[derive(Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ScheduleBody {
    /// `free`, `flat` or `first_and_further`.
    pub kind: String,
    #[serde(default)]
    pub first_seat_minor: Option<i64>,
    #[serde(default)]
    pub further_seat_minor: Option<i64>,
    pub currency: String,
    /// Defaults to 2500 (25 %).
    #[serde(default)]
    pub vat_basis_points: Option<u32>,
    /// Set to make the fees exempt from VAT (category E), with the reason printed on invoices.
    #[serde(default)]
    pub vat_exemption_reason: Option<String>,
}

impl ScheduleBody {
    fn input(&self) -> PriceInput {
        let amount = |m: Option<i64>| m.map(|m| spira_domain::fees::Minor(m).decimal()).unwrap_or_default();
        PriceInput {
            kind: self.kind.clone(),
            first: amount(self.first_seat_minor),
            further: amount(self.further_seat_minor),
            currency: self.currency.clone(),
            vat_exempt: self.vat_exemption_reason.is_some(),
            vat_rate: self.vat_basis_points.map(|bp| spira_domain::fees::Minor(i64::from(bp)).decimal()).unwrap_or_default(),
            exemption_reason: self.vat_exemption_reason.clone().unwrap_or_default(),
        }
    }
}

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(get_price_schedule, update_price_schedule))
}

/// A network's price schedule for a term (public: applicants read the prices).
#[utoipa::path(get, path = "/networks/{slug}/price-schedule", operation_id = "getPriceSchedule", tag = "fees",
    params(("slug" = String, Path, description = "The network's address"), ("term" = Option<i32>, Query, description = "The year; this year when left out")),
    responses((status = 200, body = Schedule), (status = 404, body = crate::api::ApiErrorDoc)))]
async fn get_price_schedule(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    Query(q): Query<TermQuery>,
) -> Result<Json<Schedule>, AppError> {
    let network = spira_app::networks::load(&state.app, &slug).await?;
    let term = spira_app::fees::checked_term(&state.app, &network, q.term)?;
    Ok(Json(schedule(term, spira_app::fees::price_schedule(&state.app, &network, term).await?)))
}

/// Sets a network's price schedule for a term (facilitators).
#[utoipa::path(put, path = "/networks/{slug}/price-schedule", operation_id = "updatePriceSchedule", tag = "fees",
    params(("slug" = String, Path, description = "The network's address"), ("term" = Option<i32>, Query, description = "The year; this year when left out")),
    request_body = ScheduleBody,
    responses((status = 200, body = Schedule), (status = 403, body = crate::api::ApiErrorDoc), (status = 422, body = crate::api::ApiErrorDoc)),
    security(("bearer" = [])))]
async fn update_price_schedule(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(slug): Path<String>,
    Query(q): Query<TermQuery>,
    Json(body): Json<ScheduleBody>,
) -> Result<Json<Schedule>, AppError> {
    let network = spira_app::networks::load(&state.app, &slug).await?;
    let term = spira_app::fees::checked_term(&state.app, &network, q.term)?;
    let s = spira_app::fees::update_schedule(&state.app, &viewer, &network, term, &body.input()).await?;
    Ok(Json(schedule(term, Some(s))))
}
