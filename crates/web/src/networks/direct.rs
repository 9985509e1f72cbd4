//! Adding members from the people page without the application flow: one by one, or a member
//! list pasted from a spreadsheet. The use cases are `spira_app::admission::{add_member, import_members}`.

use axum::Form;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use spira_app::admission::NewMember;

use crate::AppState;
use crate::error::AppError;
use crate::session::Viewer;
use crate::views::{Ctx, FormErrors, invalid};

#[derive(Deserialize)]
pub struct AddMemberForm {
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub organisation_id: String,
}

#[derive(Deserialize)]
pub(crate) struct ImportForm {
    #[serde(default)]
    rows: String,
}

pub(crate) async fn import_form(
    State(state): State<AppState>,
    viewer: Viewer,
    ctx: Ctx,
    Path(slug): Path<String>,
    Form(f): Form<ImportForm>,
) -> Result<Response, AppError> {
    match spira_app::admission::import_members(&state.app, &viewer, &slug, &f.rows, ctx.t).await {
        Ok(_) => Ok(Redirect::to(&format!("/networks/{slug}/people?notice=imported")).into_response()),
        Err(spira_app::admission::AdmissionError::ImportRefused(problems)) => {
            let errors = FormErrors { items: problems.into_iter().map(|p| ("rows".to_string(), p)).collect() };
            Ok(invalid(&super::people_page_with(&state, ctx, &slug, errors, f.rows).await?))
        }
        Err(e) => Err(e.into()),
    }
}

pub(crate) async fn add_member_form(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(slug): Path<String>,
    Form(f): Form<AddMemberForm>,
) -> Result<Response, AppError> {
    let m = NewMember { email: f.email, name: f.name, organisation_id: f.organisation_id };
    spira_app::admission::add_member(&state.app, &viewer, &slug, &m).await?;
    Ok(Redirect::to(&format!("/networks/{slug}/people?notice=member_added")).into_response())
}
