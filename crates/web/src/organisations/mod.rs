//! Organisations: municipalities, regions, state agencies and their units, with the identifiers
//! invoices will need.

pub mod api;

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use spira_app::Uuid;
use spira_app::organisations::{self as app, OrganisationRow, OrganisationView};
use spira_domain::Lang;
use spira_domain::organisations::{Country, OrgKind, OrganisationInput};
use spira_domain::regions::Region;

use crate::AppState;
use crate::error::AppError;
use crate::routes::Pages;
use crate::session::Viewer;
use crate::views::{Ctx, FormErrors, html, invalid};

pub fn routes() -> Pages {
    Pages::new()
        .get("/organisations", list_page)
        .get("/organisations/new", new_page)
        .post("/organisations/new", create)
        .get("/organisations/{id}/edit", edit_page)
        .post("/organisations/{id}/edit", save)
}

pub struct OrgView {
    pub row: OrganisationRow,
    pub kind_label: String,
    pub country_label: String,
    /// Its region, with "(from …)" when a parent's: empty when it has none.
    pub region_label: String,
    /// "Part of": the parent, and the top organisation when that is further up.
    pub parent_label: String,
}

impl OrgView {
    fn new(t: crate::i18n::Tr, v: OrganisationView) -> OrgView {
        let region_label = match (v.region, &v.region_from) {
            (Some(r), Some(from)) => t.ta("org-region-inherited", &[("region", r.name), ("parent", &from.name)]),
            (Some(r), None) => r.name.to_string(),
            (None, _) => String::new(),
        };
        let parent_label = match &v.row.parent_name {
            Some(p) if v.row.parent_id != Some(v.top.id) => t.ta("org-part-of-top", &[("parent", p), ("top", &v.top.name)]),
            Some(p) => p.clone(),
            None => String::new(),
        };
        OrgView {
            kind_label: t.t(&format!("kind-{}", v.row.kind)),
            country_label: t.t(&format!("country-{}", v.row.country)),
            region_label,
            parent_label,
            row: v.row,
        }
    }
}

#[derive(Template)]
#[template(path = "organisations/list.html")]
struct ListPage {
    ctx: Ctx,
    orgs: Vec<OrgView>,
    can_manage: bool,
}

async fn list_page(State(state): State<AppState>, viewer: Viewer, ctx: Ctx) -> Result<Response, AppError> {
    let listing = app::list(&state.app, &viewer).await?;
    let t = ctx.t;
    let orgs = listing.organisations.into_iter().map(|v| OrgView::new(t, v)).collect();
    Ok(html(&ListPage { ctx, orgs, can_manage: listing.can_manage }))
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
    /// The regions by country, the form's country first: (country's name, [(code, name)]).
    regions: Vec<(String, Vec<(&'static str, &'static str)>)>,
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
    #[serde(default)]
    region: String,
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
            region: Some(self.region.clone()),
        }
    }
}

/// The form; `parents` are the choices `app::parent_choices` gave, which also checked that the
/// reader may keep organisations.
fn edit_view(ctx: Ctx, errors: FormErrors, f: OrgForm, heading: String, action: String, parents: Vec<OrganisationRow>) -> EditPage {
    let t = ctx.t;
    let parents = parents.into_iter().map(|o| (o.id.to_string(), o.name)).collect();
    // Every country's regions, so that a changed country needs no second round trip; a region of
    // another country than the one chosen is refused beside the field.
    let mut by_country: Vec<Country> = Country::ALL.into_iter().filter(|c| Region::of_country(*c).next().is_some()).collect();
    by_country.sort_by_key(|c| c.as_str() != f.country);
    let regions = by_country
        .into_iter()
        .map(|c| (t.t(&format!("country-{}", c.as_str())), Region::of_country(c).map(|r| (r.code, r.name)).collect()))
        .collect();
    EditPage {
        errors,
        f,
        heading,
        action,
        kinds: OrgKind::ALL.iter().map(|k| (k.as_str(), t.t(&format!("kind-{}", k.as_str())))).collect(),
        countries: Country::ALL.iter().map(|c| (c.as_str(), t.t(&format!("country-{}", c.as_str())))).collect(),
        parents,
        regions,
        ctx,
    }
}

async fn new_page(State(state): State<AppState>, viewer: Viewer, ctx: Ctx) -> Result<Response, AppError> {
    // `parent_choices` refuses those who may not keep organisations.
    let f = OrgForm {
        kind: OrgKind::Municipality.as_str().into(),
        country: if ctx.t.lang == Lang::Sv { Country::SE } else { Country::DK }.as_str().into(),
        ..Default::default()
    };
    let heading = ctx.t.t("org-create");
    Ok(html(&edit_view(
        ctx,
        FormErrors::default(),
        f,
        heading,
        "/organisations/new".into(),
        app::parent_choices(&state.app, &viewer, None).await?,
    )))
}

async fn create(State(state): State<AppState>, viewer: Viewer, ctx: Ctx, Form(f): Form<OrgForm>) -> Result<Response, AppError> {
    match app::save(&state.app, &viewer, None, &f.input()).await {
        Ok(_) => Ok(Redirect::to("/organisations?notice=created").into_response()),
        Err(spira_app::organisations::OrganisationsError::Common(spira_app::Common::Invalid(e))) => {
            let errors = FormErrors::from(ctx.t, &e);
            let heading = ctx.t.t("org-create");
            Ok(invalid(&edit_view(
                ctx,
                errors,
                f,
                heading,
                "/organisations/new".into(),
                app::parent_choices(&state.app, &viewer, None).await?,
            )))
        }
        Err(e) => Err(e.into()),
    }
}

async fn edit_page(State(state): State<AppState>, viewer: Viewer, ctx: Ctx, Path(id): Path<Uuid>) -> Result<Response, AppError> {
    let row = app::for_edit(&state.app, &viewer, id).await?;
    let f = OrgForm {
        name: row.name.clone(),
        kind: row.kind.to_string(),
        country: row.country.to_string(),
        parent_id: row.parent_id.map(|p| p.to_string()).unwrap_or_default(),
        registration_number: row.registration_number.clone().unwrap_or_default(),
        gln: row.gln.clone().unwrap_or_default(),
        street: row.street.clone(),
        postcode: row.postcode.clone(),
        city: row.city.clone(),
        vat_number: row.vat_number.clone().unwrap_or_default(),
        region: row.region.clone().unwrap_or_default(),
    };
    let heading = ctx.t.ta("org-edit-title", &[("name", &row.name)]);
    Ok(html(&edit_view(
        ctx,
        FormErrors::default(),
        f,
        heading,
        format!("/organisations/{id}/edit"),
        app::parent_choices(&state.app, &viewer, Some(id)).await?,
    )))
}

async fn save(
    State(state): State<AppState>,
    viewer: Viewer,
    ctx: Ctx,
    Path(id): Path<Uuid>,
    Form(f): Form<OrgForm>,
) -> Result<Response, AppError> {
    match app::save(&state.app, &viewer, Some(id), &f.input()).await {
        Ok(_) => Ok(Redirect::to("/organisations?notice=saved").into_response()),
        Err(spira_app::organisations::OrganisationsError::Common(spira_app::Common::Invalid(e))) => {
            let errors = FormErrors::from(ctx.t, &e);
            let heading = ctx.t.ta("org-edit-title", &[("name", &f.name)]);
            Ok(invalid(&edit_view(
                ctx,
                errors,
                f,
                heading,
                format!("/organisations/{id}/edit"),
                app::parent_choices(&state.app, &viewer, Some(id)).await?,
            )))
        }
        Err(e) => Err(e.into()),
    }
}
