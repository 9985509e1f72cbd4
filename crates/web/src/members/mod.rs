//! The member directory — the network's first confidential content — and the facilitator's
//! member list as CSV.

pub mod api;

use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use spira_domain::access::Action;
use spira_domain::dates::format_date;
use spira_store::invoices::SeatInvoice;
use spira_store::members::{self as store, MemberRow};
use spira_store::networks::NetworkRow;

use crate::AppState;
use crate::authz;
use crate::error::AppError;
use crate::networks::load;
use crate::session::Viewer;
use crate::views::{Ctx, html};

pub fn routes() -> Router<AppState> {
    Router::new().route("/networks/{slug}/members", get(directory_page)).route("/networks/{slug}/members.csv", get(members_csv))
}

pub struct MemberView {
    pub row: MemberRow,
    pub role_label: String,
}

#[derive(Template)]
#[template(path = "members/directory.html")]
struct DirectoryPage {
    ctx: Ctx,
    network: NetworkRow,
    members: Vec<MemberView>,
    can_export: bool,
}

/// The directory for those who may see it (pages and API).
pub(crate) async fn directory(state: &AppState, viewer: &Viewer, slug: &str) -> Result<(NetworkRow, Vec<MemberRow>, bool), AppError> {
    let network = load(state, slug).await?;
    let actor = authz::require_confidential(&state.db, viewer, network.id).await?;
    let rows = {
        let mut r = state.db.read().await?;
        store::directory(r.conn(), network.id).await?
    };
    // Observers hold a role but are not part of the confidential room's directory.
    let rows = rows.into_iter().filter(|m| m.role != "observer").collect();
    Ok((network, rows, spira_domain::access::may(&actor, Action::ManagePeople)))
}

async fn directory_page(State(state): State<AppState>, viewer: Viewer, ctx: Ctx, Path(slug): Path<String>) -> Result<Response, AppError> {
    let (network, rows, can_export) = match directory(&state, &viewer, &slug).await {
        Ok(d) => d,
        Err(AppError::AgreementNotAccepted) => {
            return Ok(Redirect::to(&format!("/networks/{slug}/agreement?notice=accept_first")).into_response());
        }
        Err(e) => return Err(e),
    };
    let t = ctx.t;
    let members = rows.into_iter().map(|row| MemberView { role_label: t.t(&format!("role-{}", row.role)), row }).collect();
    Ok(html(&DirectoryPage { ctx, network, members, can_export }))
}

/// The facilitator's member list as Danish and Swedish spreadsheet programs open it: UTF-8 with
/// a byte-order mark, semicolons between fields, CRLF between lines.
pub fn members_csv_text(rows: &[MemberRow], invoices: &[SeatInvoice], t: crate::i18n::Tr) -> String {
    let mut out = crate::csv::Csv::default();
    let header = [
        "csv-name",
        "csv-email",
        "csv-organisation",
        "csv-role",
        "csv-seat-term",
        "csv-renewal",
        "csv-application",
        "csv-buyer-reference",
        "csv-agreement-version",
        "csv-agreement-accepted",
        "csv-invoice",
    ];
    out.row(&header.map(|h| t.t(h)));
    for m in rows {
        let fields = [
            m.name.clone(),
            m.email.clone(),
            m.organisation.clone().unwrap_or_default(),
            t.t(&format!("role-{}", m.role)),
            m.seat_term.map(|v| v.to_string()).unwrap_or_default(),
            m.renewal.as_deref().map(|r| t.t(&format!("renewal-state-{r}"))).unwrap_or_default(),
            m.application_state.as_deref().map(|s| t.t(&format!("application-state-{s}"))).unwrap_or_default(),
            m.buyer_reference.clone().unwrap_or_default(),
            m.accepted_version.map(|v| v.to_string()).unwrap_or_default(),
            m.accepted_at.map(|a| format_date(a.to_utc().date_naive(), t.lang)).unwrap_or_default(),
            spira_app::invoices::seat_invoice_label(invoices, m.user_id, t),
        ];
        out.row(&fields);
    }
    out.finish()
}

async fn members_csv(State(state): State<AppState>, viewer: Viewer, ctx: Ctx, Path(slug): Path<String>) -> Result<Response, AppError> {
    let network = load(&state, &slug).await?;
    authz::require(&state.db, &viewer, Some(network.id), Action::ManagePeople).await?;
    let (rows, invoices) = {
        let mut r = state.db.read().await?;
        let rows = store::directory(r.conn(), network.id).await?;
        (rows, spira_store::invoices::seat_invoices(r.conn(), network.id, crate::admission::current_term()).await?)
    };
    let body = members_csv_text(&rows, &invoices, ctx.t);
    let filename = format!("{}-{}.csv", network.slug, ctx.t.t("csv-members-file"));
    Ok(crate::csv::download(&filename, body))
}
