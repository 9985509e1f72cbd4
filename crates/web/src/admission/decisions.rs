//! The facilitator's list of applications and decisions: admit, waitlist or reject, one or many.

use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use spira_app::Uuid;
use spira_app::admission::{ApplicationList, ApplicationRow, Decided};
use spira_app::networks::NetworkRow;
use spira_domain::admission::Decision;
use spira_domain::dates::format_date_time;

use super::state_label;
use crate::AppState;
use crate::error::AppError;
use crate::session::Viewer;
use crate::views::{Ctx, html};

#[derive(Template)]
#[template(path = "admission/list.html")]
pub(crate) struct ListPage {
    ctx: Ctx,
    network: NetworkRow,
    rows: Vec<(ApplicationRow, String, String)>,
    seats: String,
    results: Vec<(String, String, bool)>,
}

fn list_view(ctx: Ctx, list: ApplicationList, results: Vec<(String, String, bool)>) -> Result<ListPage, AppError> {
    let t = ctx.t;
    let ApplicationList { network, applications, seats_taken, capacity } = list;
    let tz = network.time_zone;
    let taken = seats_taken.to_string();
    Ok(ListPage {
        seats: match capacity {
            Some(c) => t.ta("applications-seats-of", &[("taken", &taken), ("capacity", &c.to_string())]),
            None => t.ta("applications-seats", &[("taken", &taken)]),
        },
        rows: applications
            .into_iter()
            .map(|a| {
                let label = state_label(t, &a.state);
                let when = format_date_time(a.created_at.to_utc(), tz, t.lang);
                (a, label, when)
            })
            .collect(),
        results,
        network,
        ctx,
    })
}

pub(crate) async fn list_page(
    State(state): State<AppState>,
    viewer: Viewer,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let list = spira_app::admission::applications(&state.app, &viewer, &slug).await?;
    Ok(html(&list_view(ctx, list, Vec::new())?))
}

pub(crate) async fn decide_many(
    State(state): State<AppState>,
    viewer: Viewer,
    ctx: Ctx,
    Path(slug): Path<String>,
    body: Bytes,
) -> Result<Response, AppError> {
    let mut ids = Vec::new();
    let (mut decision, mut note) = (None, String::new());
    for (k, v) in form_urlencoded::parse(&body) {
        match k.as_ref() {
            "ids" => ids.push(Uuid::parse_str(&v).map_err(|_| AppError::from(spira_app::Common::BadRequest))?),
            "decision" => decision = Decision::parse(&v),
            "note" => note = v.into_owned(),
            _ => {}
        }
    }
    let decision = decision.ok_or(AppError::InvalidChoice)?;
    let outcomes = spira_app::admission::decide_many(&state.app, &viewer, &slug, &ids, decision, &note).await?;
    let t = ctx.t;
    let all_ok = outcomes.iter().all(|o| matches!(o, Decided::Done(_)));
    let results = outcomes
        .into_iter()
        .map(|o| match o {
            Decided::Done(row) => (row.name, state_label(t, &row.state), true),
            Decided::Refused { name, code } => (name, t.t(&format!("error-{code}")), false),
        })
        .collect();
    let list = spira_app::admission::applications(&state.app, &viewer, &slug).await?;
    let mut res = html(&list_view(ctx, list, results)?);
    if !all_ok {
        *res.status_mut() = StatusCode::CONFLICT;
    }
    Ok(res)
}
