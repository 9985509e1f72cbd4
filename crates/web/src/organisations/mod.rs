//! Organisations: municipalities, regions, state agencies and their units, with the identifiers
//! invoices will need.

pub mod api;

use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::{Form, Router};
use serde::Deserialize;
use spira_domain::FieldErrors;
use spira_domain::access::Action;
use spira_domain::organisations::{Country, OrgKind, OrganisationInput};
use spira_store::Uuid;
use spira_store::organisations::{self as store, OrganisationRow};

use crate::AppState;
use crate::authz;
use crate::error::AppError;
use crate::session::Viewer;
use crate::views::{Ctx, FormErrors, html, invalid};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/organisations", get(list_page))
        .route("/organisations/new", get(new_page).post(create))
        .route("/organisations/{id}/edit", get(edit_page).post(save))
}

pub struct OrgView {
    pub row: OrganisationRow,
    pub kind_label: String,
    pub country_label: String,
}

#[derive(Template)]
#[template(path = "organisations/list.html")]
struct ListPage {
    ctx: Ctx,
    orgs: Vec<OrgView>,
    can_manage: bool,
}

async fn list_page(State(state): State<AppState>, viewer: Viewer, ctx: Ctx) -> Result<Response, AppError> {
    let actor = authz::require(&state.db, &viewer, None, Action::ViewOrganisations).await?;
    let rows = {
        let mut r = state.db.read().await?;
        store::list(r.conn()).await?
    };
    let t = ctx.t;
    let orgs = rows
        .into_iter()
        .map(|row| OrgView { kind_label: t.t(&format!("kind-{}", row.kind)), country_label: t.t(&format!("country-{}", row.country)), row })
        .collect();
    Ok(html(&ListPage { ctx, orgs, can_manage: spira_domain::access::may(&actor, Action::ManageOrganisations) }))
}

#[derive(Template)]
#[template(path = "organisations/edit.html")]
struct EditPage {
    ctx: Ctx,
    errors: FormErrors,
    f: OrgForm,
    heading: String,
    action: String,
    kinds: Vec<(&'static str, String)>,
    countries: Vec<(&'static str, String)>,
    parents: Vec<(String, String)>,
}

#[derive(Debug, Clone, Default, Deserialize)]
struct OrgForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    kind: String,
    #[serde(default)]
    country: String,
    #[serde(default)]
    parent_id: String,
    #[serde(default)]
    registration_number: String,
    #[serde(default)]
    gln: String,
    #[serde(default)]
    street: String,
    #[serde(default)]
    postcode: String,
    #[serde(default)]
    city: String,
    #[serde(default)]
    vat_number: String,
}

impl OrgForm {
    fn input(&self) -> OrganisationInput {
        OrganisationInput {
            name: self.name.clone(),
            kind: self.kind.clone(),
            country: self.country.clone(),
            parent_id: Some(self.parent_id.clone()).filter(|p| !p.trim().is_empty()),
            registration_number: Some(self.registration_number.clone()),
            gln: Some(self.gln.clone()),
            street: Some(self.street.clone()),
            postcode: Some(self.postcode.clone()),
            city: Some(self.city.clone()),
            vat_number: Some(self.vat_number.clone()),
        }
    }
}

async fn edit_view(
    state: &AppState,
    ctx: Ctx,
    errors: FormErrors,
    f: OrgForm,
    heading: String,
    action: String,
    own_id: Option<Uuid>,
) -> Result<EditPage, AppError> {
    let t = ctx.t;
    let parents = {
        let mut r = state.db.read().await?;
        store::list(r.conn()).await?
    }
    .into_iter()
    .filter(|o| Some(o.id) != own_id)
    .map(|o| (o.id.to_string(), o.name))
    .collect();
    Ok(EditPage {
        errors,
        f,
        heading,
        action,
        kinds: OrgKind::ALL.iter().map(|k| (k.as_str(), t.t(&format!("kind-{}", k.as_str())))).collect(),
        countries: Country::ALL.iter().map(|c| (c.as_str(), t.t(&format!("country-{}", c.as_str())))).collect(),
        parents,
        ctx,
    })
}

async fn new_page(State(state): State<AppState>, viewer: Viewer, ctx: Ctx) -> Result<Response, AppError> {
    authz::require(&state.db, &viewer, None, Action::ManageOrganisations).await?;
    let f = OrgForm {
        kind: "municipality".into(),
        country: if ctx.t.lang == spira_domain::Lang::Sv { "SE".into() } else { "DK".into() },
        ..Default::default()
    };
    let heading = ctx.t.t("org-create");
    Ok(html(&edit_view(&state, ctx, FormErrors::default(), f, heading, "/organisations/new".into(), None).await?))
}

fn parse_parent(input: &OrganisationInput, e: &mut FieldErrors) -> Option<Uuid> {
    input.parent_id.as_deref().and_then(|p| match Uuid::parse_str(p.trim()) {
        Ok(id) => Some(id),
        Err(_) => {
            e.add("parent_id", "invalid_choice");
            None
        }
    })
}

/// Creates or updates an organisation (pages and API).
pub(crate) async fn save_organisation(
    state: &AppState,
    viewer: &Viewer,
    id: Option<Uuid>,
    input: &OrganisationInput,
) -> Result<OrganisationRow, AppError> {
    authz::require(&state.db, viewer, None, Action::ManageOrganisations).await?;
    let mut e = FieldErrors::new();
    let parent = parse_parent(input, &mut e);
    let draft = e.and(input.validate()).map_err(AppError::Invalid)?;
    let mut tx = state.db.begin().await?;
    let missing_parent = |err: spira_store::Error| match err {
        spira_store::Error::MissingReference(_) => AppError::Invalid(FieldErrors::one("parent_id", "invalid_choice")),
        other => other.into(),
    };
    let id = match id {
        Some(id) => {
            store::get(tx.conn(), id).await?;
            if let Some(p) = parent
                && store::is_descendant(tx.conn(), id, p).await?
            {
                return Err(AppError::Invalid(FieldErrors::one("parent_id", "parent_cycle")));
            }
            store::update(tx.conn(), id, &draft, parent).await.map_err(missing_parent)?;
            id
        }
        None => store::create(tx.conn(), &draft, parent).await.map_err(missing_parent)?,
    };
    let row = store::get(tx.conn(), id).await?;
    tx.commit().await?;
    Ok(row)
}

async fn create(State(state): State<AppState>, viewer: Viewer, ctx: Ctx, Form(f): Form<OrgForm>) -> Result<Response, AppError> {
    match save_organisation(&state, &viewer, None, &f.input()).await {
        Ok(_) => Ok(Redirect::to("/organisations?notice=created").into_response()),
        Err(AppError::Invalid(e)) => {
            let errors = FormErrors::from(ctx.t, &e);
            let heading = ctx.t.t("org-create");
            Ok(invalid(&edit_view(&state, ctx, errors, f, heading, "/organisations/new".into(), None).await?))
        }
        Err(e) => Err(e),
    }
}

async fn edit_page(State(state): State<AppState>, viewer: Viewer, ctx: Ctx, Path(id): Path<Uuid>) -> Result<Response, AppError> {
    authz::require(&state.db, &viewer, None, Action::ManageOrganisations).await?;
    let row = {
        let mut r = state.db.read().await?;
        store::get(r.conn(), id).await?
    };
    let f = OrgForm {
        name: row.name.clone(),
        kind: row.kind.clone(),
        country: row.country.clone(),
        parent_id: row.parent_id.map(|p| p.to_string()).unwrap_or_default(),
        registration_number: row.registration_number.clone().unwrap_or_default(),
        gln: row.gln.clone().unwrap_or_default(),
        street: row.street.clone(),
        postcode: row.postcode.clone(),
        city: row.city.clone(),
        vat_number: row.vat_number.clone().unwrap_or_default(),
    };
    let heading = ctx.t.ta("org-edit-title", &[("name", &row.name)]);
    Ok(html(&edit_view(&state, ctx, FormErrors::default(), f, heading, format!("/organisations/{id}/edit"), Some(id)).await?))
}

async fn save(
    State(state): State<AppState>,
    viewer: Viewer,
    ctx: Ctx,
    Path(id): Path<Uuid>,
    Form(f): Form<OrgForm>,
) -> Result<Response, AppError> {
    match save_organisation(&state, &viewer, Some(id), &f.input()).await {
        Ok(_) => Ok(Redirect::to("/organisations?notice=saved").into_response()),
        Err(AppError::Invalid(e)) => {
            let errors = FormErrors::from(ctx.t, &e);
            let heading = ctx.t.ta("org-edit-title", &[("name", &f.name)]);
            Ok(invalid(&edit_view(&state, ctx, errors, f, heading, format!("/organisations/{id}/edit"), Some(id)).await?))
        }
        Err(e) => Err(e),
    }
}
