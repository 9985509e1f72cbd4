//! The member directory — the network's first confidential content — and the facilitator's
//! member list as CSV.

pub mod api;

use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use spira_app::members::{self as app, MemberRow, SeatInvoice};
use spira_app::networks::NetworkRow;
use spira_domain::dates::format_date;

use crate::AppState;
use crate::error::AppError;
use crate::routes::Pages;
use crate::session::Viewer;
use crate::views::{Ctx, html};

pub fn routes() -> Pages {
    Pages::new().get("/networks/{slug}/members", directory_page).get("/networks/{slug}/members.csv", members_csv)
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

async fn directory_page(State(state): State<AppState>, viewer: Viewer, ctx: Ctx, Path(slug): Path<String>) -> Result<Response, AppError> {
    let app::Directory { network, members, can_export } = match app::directory(&state.app, &viewer, &slug).await {
        Ok(d) => d,
        Err(spira_app::members::MembersError::Common(spira_app::Common::AgreementNotAccepted)) => {
            return Ok(Redirect::to(&format!("/networks/{slug}/agreement?notice=accept_first")).into_response());
        }
        Err(e) => return Err(e.into()),
    };
    let t = ctx.t;
    let members = members.into_iter().map(|row| MemberView { role_label: t.t(&format!("role-{}", row.role)), row }).collect();
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
    let app::MemberList { network, members, seat_invoices } = app::member_list(&state.app, &viewer, &slug).await?;
    let body = members_csv_text(&members, &seat_invoices, ctx.t);
    let filename = format!("{}-{}.csv", network.slug, ctx.t.t("csv-members-file"));
    Ok(crate::csv::download(&filename, body))
}
