//! Accounts in the API: who the token belongs to.

use axum::Json;
use axum::extract::State;
use serde::{Deserialize, Serialize};
use spira_domain::{FieldErrors, Lang};
use spira_store::{Uuid, accounts};
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::AppState;
use crate::error::AppError;
use crate::session::Viewer;

#[derive(Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Me {
    pub id: String,
    pub email: String,
    pub name: String,
    pub language: String,
    pub platform_admin: bool,
    pub organisation_id: Option<String>,
    /// A short presentation for the member directories.
    pub presentation: String,
    pub competences: Vec<String>,
}

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(get_me, update_me))
}

/// The account the token belongs to.
#[utoipa::path(get, path = "/me", operation_id = "getMe", tag = "accounts",
    responses((status = 200, body = Me), (status = 401, body = crate::api::ApiErrorDoc)),
    security(("bearer" = [])))]
async fn get_me(State(state): State<AppState>, viewer: Viewer) -> Result<Json<Me>, AppError> {
    let u = viewer.require()?;
    let mut r = state.db.read().await?;
    let profile = spira_store::members::profile(r.conn(), u.id).await?;
    Ok(Json(me(u, &profile)))
}

fn me(u: &accounts::UserRow, p: &spira_store::members::ProfileRow) -> Me {
    Me {
        presentation: p.presentation.clone(),
        competences: p.competence_list().into_iter().map(str::to_string).collect(),
        id: u.id.to_string(),
        email: u.email.clone(),
        name: u.name.clone(),
        language: u.lang.clone(),
        platform_admin: u.is_platform_admin,
        organisation_id: u.organisation_id.map(|o| o.to_string()),
    }
}

/// One's own profile as sent to change it.
#[derive(Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct MeBody {
    pub name: String,
    /// `da`, `sv` or `en`: the language of e-mails.
    pub language: String,
    /// The workplace: an organisation's id.
    #[serde(default)]
    pub organisation_id: Option<String>,
    #[serde(default)]
    pub presentation: String,
    #[serde(default)]
    pub competences: Vec<String>,
}

/// Changes one's own name, language and workplace.
#[utoipa::path(put, path = "/me", operation_id = "updateMe", tag = "accounts",
    request_body = MeBody,
    responses((status = 200, body = Me), (status = 401, body = crate::api::ApiErrorDoc), (status = 422, body = crate::api::ApiErrorDoc)),
    security(("bearer" = [])))]
async fn update_me(State(state): State<AppState>, viewer: Viewer, Json(body): Json<MeBody>) -> Result<Json<Me>, AppError> {
    let u = viewer.require()?;
    let mut e = FieldErrors::new();
    let name = e.required_line("name", &body.name, 150);
    let lang = Lang::parse(&body.language);
    if lang.is_none() {
        e.add("language", "invalid_choice");
    }
    let org = match body.organisation_id.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        None => None,
        Some(s) => match Uuid::parse_str(s) {
            Ok(id) => Some(id),
            Err(_) => {
                e.add("organisation_id", "invalid_choice");
                None
            }
        },
    };
    let profile = spira_domain::members::ProfileInput { presentation: body.presentation.clone(), competences: body.competences.join("\n") }
        .validate();
    if let Err(pe) = &profile {
        e.0.extend(pe.0.iter().cloned());
    }
    let (Some(lang), true, Ok(profile)) = (lang, e.is_empty(), profile) else { return Err(AppError::Invalid(e)) };
    let mut tx = state.db.begin().await?;
    accounts::update_profile(tx.conn(), u.id, &name, lang.as_str(), org).await.map_err(|err| match err {
        spira_store::Error::MissingReference(_) => AppError::Invalid(FieldErrors::one("organisation_id", "invalid_choice")),
        other => other.into(),
    })?;
    spira_store::members::save_profile(tx.conn(), u.id, &profile).await?;
    let updated = accounts::get_user(tx.conn(), u.id).await?;
    let saved = spira_store::members::profile(tx.conn(), u.id).await?;
    tx.commit().await?;
    Ok(Json(me(&updated, &saved)))
}
