//! Members say whether they continue next term or leave at its end, or leave now.

use axum::Form;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use crate::AppState;
use crate::error::AppError;
use crate::session::Viewer;

#[derive(Deserialize)]
pub(crate) struct RenewalForm {
    #[serde(default)]
    renewal: String,
}

pub(crate) async fn renewal_form(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(slug): Path<String>,
    Form(f): Form<RenewalForm>,
) -> Result<Response, AppError> {
    spira_app::admission::answer_renewal(&state.app, &viewer, &slug, &f.renewal).await?;
    Ok(Redirect::to(&format!("/networks/{slug}/home?notice=saved")).into_response())
}

pub(crate) async fn leave(State(state): State<AppState>, viewer: Viewer, Path(slug): Path<String>) -> Result<Response, AppError> {
    spira_app::admission::leave(&state.app, &viewer, &slug).await?;
    Ok(Redirect::to("/?notice=left_network").into_response())
}
