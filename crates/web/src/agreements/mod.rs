//! The confidentiality agreement: reading and accepting it, and the facilitator writing a new
//! version (editorial or not). Acceptance opens the network's confidential content.

pub mod api;

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use spira_app::agreements::{self as app, AgreementRow};
use spira_app::networks::NetworkRow;
use spira_domain::agreements::AgreementInput;
use spira_domain::dates::format_date;

use crate::AppState;
use crate::error::AppError;
use crate::routes::Pages;
use crate::session::Viewer;
use crate::views::{Ctx, FormErrors, html, invalid, rich_text};

pub fn routes() -> Pages {
    Pages::new()
        .get("/networks/{slug}/agreement", agreement_page)
        .post("/networks/{slug}/agreement/accept", accept)
        .get("/networks/{slug}/agreement/edit", edit_page)
        .post("/networks/{slug}/agreement/edit", publish)
}

pub struct VersionView {
    pub version: i32,
    pub date: String,
    pub editorial: bool,
}

fn version_view(a: &AgreementRow, lang: spira_domain::Lang) -> VersionView {
    VersionView { version: a.version, date: format_date(a.created_at.to_utc().date_naive(), lang), editorial: a.editorial }
}

#[derive(Template)]
#[template(path = "agreements/show.html")]
struct AgreementPage {
    ctx: Ctx,
    network: NetworkRow,
    current: Option<VersionView>,
    text_html: String,
    /// "You accepted version N on date", when the current version is accepted.
    accepted_line: Option<String>,
    can_accept: bool,
    can_edit: bool,
}

async fn agreement_page(State(state): State<AppState>, viewer: Viewer, ctx: Ctx, Path(slug): Path<String>) -> Result<Response, AppError> {
    let app::Standing { network, current, accepted, accepted_current, can_edit } = app::standing(&state.app, &viewer, &slug).await?;
    let t = ctx.t;
    let accepted_line = if accepted_current && current.is_some() {
        accepted.map(|(v, at)| {
            t.ta("agreement-accepted-on", &[("version", &v.to_string()), ("date", &format_date(at.to_utc().date_naive(), t.lang))])
        })
    } else {
        None
    };
    Ok(html(&AgreementPage {
        text_html: current.as_ref().map(|a| rich_text(&a.text)).unwrap_or_default(),
        can_accept: current.is_some() && !accepted_current,
        can_edit,
        current: current.as_ref().map(|a| version_view(a, t.lang)),
        accepted_line,
        network,
        ctx,
    }))
}

#[derive(Deserialize)]
pub struct AcceptForm {
    #[serde(default)]
    pub version: String,
}

async fn accept(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(slug): Path<String>,
    Form(f): Form<AcceptForm>,
) -> Result<Response, AppError> {
    let version = f.version.trim().parse::<i32>().map_err(|_| AppError::from(spira_app::Common::BadRequest))?;
    app::accept(&state.app, &viewer, &slug, version).await?;
    Ok(Redirect::to(&format!("/networks/{slug}/members?notice=agreement_accepted")).into_response())
}

#[derive(Template)]
#[template(path = "agreements/edit.html")]
struct EditPage {
    ctx: Ctx,
    network: NetworkRow,
    errors: FormErrors,
    text: String,
    editorial: bool,
    is_first: bool,
    history: Vec<VersionView>,
}

async fn edit_view(
    state: &AppState,
    viewer: &Viewer,
    slug: &str,
    ctx: Ctx,
    errors: FormErrors,
    text: Option<String>,
    editorial: bool,
) -> Result<EditPage, AppError> {
    let (network, history) = app::history(&state.app, viewer, slug).await?;
    let lang = ctx.t.lang;
    Ok(EditPage {
        text: text.unwrap_or_else(|| history.first().map(|a| a.text.clone()).unwrap_or_default()),
        is_first: history.is_empty(),
        history: history.iter().map(|a| version_view(a, lang)).collect(),
        editorial,
        errors,
        network,
        ctx,
    })
}

async fn edit_page(State(state): State<AppState>, viewer: Viewer, ctx: Ctx, Path(slug): Path<String>) -> Result<Response, AppError> {
    Ok(html(&edit_view(&state, &viewer, &slug, ctx, FormErrors::default(), None, false).await?))
}

#[derive(Deserialize)]
struct EditForm {
    #[serde(default)]
    text: String,
    #[serde(default)]
    editorial: Option<String>,
}

async fn publish(
    State(state): State<AppState>,
    viewer: Viewer,
    ctx: Ctx,
    Path(slug): Path<String>,
    Form(f): Form<EditForm>,
) -> Result<Response, AppError> {
    let input = AgreementInput { text: f.text.clone(), editorial: f.editorial.is_some() };
    match app::publish(&state.app, &viewer, &slug, &input).await {
        Ok(_) => Ok(Redirect::to(&format!("/networks/{slug}/agreement?notice=saved")).into_response()),
        Err(spira_app::agreements::AgreementsError::Common(spira_app::Common::Invalid(e))) => {
            let errors = FormErrors::from(ctx.t, &e);
            Ok(invalid(&edit_view(&state, &viewer, &slug, ctx, errors, Some(f.text), f.editorial.is_some()).await?))
        }
        Err(e) => Err(e.into()),
    }
}
