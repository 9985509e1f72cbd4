//! Invoices for seats (issue 12) on the web: the facilitator's pages, the downloads and the API.
//! The rules, the checks and the reading and writing are `spira_app::invoices`.
//!
//! One file per part: `pages` (the overview, one invoice, the issuer form, the issuer's own list),
//! `downloads` (CSV and UBL) and `api`.

pub mod api;
mod downloads;
mod pages;

use serde::Deserialize;
use spira_app::invoices::issue::{Conn, IssueReport};
use spira_app::invoices::{DocKind, InvoiceRow};
use spira_app::networks::NetworkRow;
use spira_app::{Clock, SystemClock, Uuid};

use crate::AppState;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::routes::Pages;

pub fn routes() -> Pages {
    Pages::new()
        .get("/networks/{slug}/invoices", pages::overview)
        .post("/networks/{slug}/invoices/issue", pages::issue)
        .get("/networks/{slug}/invoices/issuer", pages::issuer_page)
        .post("/networks/{slug}/invoices/issuer", pages::save_issuer)
        .post("/networks/{slug}/invoices/reference", pages::save_reference)
        .get("/networks/{slug}/invoices.csv", downloads::csv)
        .get("/networks/{slug}/invoices/{id}", pages::invoice_page)
        .get("/networks/{slug}/invoices/{id}/ubl", downloads::ubl)
        .post("/networks/{slug}/invoices/{id}/paid", pages::paid)
        .post("/networks/{slug}/invoices/{id}/credit", pages::credit)
        .get("/organisations/{id}/invoices", pages::issuer_documents)
        .get("/organisations/{id}/invoices.csv", downloads::issuer_csv)
}

/// `?term=`: the year; the network's current term when left out.
#[derive(Deserialize)]
pub(crate) struct TermQuery {
    #[serde(default)]
    pub term: Option<i32>,
}

/// `?from=&to=`: a period of issue dates (`YYYY-MM-DD`, both days included); this calendar
/// year when left out. Empty values count as left out (a form sends them so).
#[derive(Deserialize)]
pub(crate) struct PeriodQuery {
    #[serde(default)]
    pub from: Option<String>,
    #[serde(default)]
    pub to: Option<String>,
}

impl PeriodQuery {
    /// The dates asked for; a date that does not parse is `bad_period`.
    pub fn dates(&self) -> Result<(Option<chrono::NaiveDate>, Option<chrono::NaiveDate>), AppError> {
        let parse = |s: &Option<String>| match s.as_deref().map(str::trim) {
            None | Some("") => Ok(None),
            Some(d) => chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d")
                .map(Some)
                .map_err(|_| AppError::from(spira_app::invoices::InvoicesError::BadPeriod)),
        };
        Ok((parse(&self.from)?, parse(&self.to)?))
    }
}

/// The network's current term or the one asked for, after checking it can be asked for.
pub(crate) async fn network_and_term(state: &AppState, slug: &str, term: Option<i32>) -> Result<(NetworkRow, i32), AppError> {
    let network = spira_app::networks::load(&state.app, slug).await?;
    let term = spira_app::fees::checked_term(&state.app, &network, term)?;
    Ok((network, term))
}

/// Issues every draft that can be issued, inside the caller's transaction, dated by the system
/// clock. Kept for the demo, which loads its data in one transaction of its own; it forwards to
/// [`spira_app::invoices::issue::issue_in`], which new callers should use with their clock's time.
pub async fn issue_in(c: Conn<'_>, network: &NetworkRow, term: i32, issued_by: Option<Uuid>) -> Result<IssueReport, AppError> {
    Ok(spira_app::invoices::issue::issue_in(c, SystemClock.now(), network, term, issued_by).await?)
}

/// The state of a document in words.
pub(crate) fn state_label(t: Tr, inv: &InvoiceRow) -> String {
    match inv.kind {
        DocKind::CreditNote => t.t("invoice-kind-credit_note"),
        DocKind::Invoice => t.t(&format!("invoice-state-{}", inv.state.as_str())),
    }
}
