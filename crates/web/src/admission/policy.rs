//! The admission policy: the facilitator edits who may join, when, and on what terms.

use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use spira_app::admission::AdmissionPolicy;
use spira_app::networks::NetworkRow;
use spira_domain::admission::{PolicyInput, encode_criteria};
use spira_domain::organisations::{Country, OrgKind};

use crate::AppState;
use crate::error::AppError;
use crate::session::Viewer;
use crate::views::{Ctx, FormErrors, html, invalid};

#[derive(Template)]
#[template(path = "admission/policy.html")]
pub(crate) struct PolicyPage {
    ctx: Ctx,
    network: NetworkRow,
    errors: FormErrors,
    f: PolicyForm,
    kinds: Vec<(&'static str, String, bool)>,
    countries: Vec<(&'static str, String, bool)>,
    months: Vec<(String, String, bool)>,
}

#[derive(Debug, Clone, Default)]
pub(crate) struct PolicyForm {
    open: bool,
    criteria: String,
    org_kinds: Vec<String>,
    countries: Vec<String>,
    manager_endorsement: bool,
    intake_months: Vec<String>,
    capacity: String,
    waiting_list: bool,
    max_seats_per_org: String,
    binding_terms: String,
    manager_link_days: String,
}

impl PolicyForm {
    fn from_policy(p: &AdmissionPolicy) -> PolicyForm {
        PolicyForm {
            open: p.open,
            criteria: encode_criteria(&p.criteria),
            org_kinds: p.org_kinds.iter().map(|k| k.as_str().to_string()).collect(),
            countries: p.countries.iter().map(|c| c.as_str().to_string()).collect(),
            manager_endorsement: p.manager_endorsement,
            intake_months: p.intake_months.iter().map(u32::to_string).collect(),
            capacity: p.capacity.map(|c| c.to_string()).unwrap_or_default(),
            waiting_list: p.waiting_list,
            max_seats_per_org: p.max_seats_per_org.map(|c| c.to_string()).unwrap_or_default(),
            binding_terms: p.binding_terms.clone(),
            manager_link_days: p.manager_link_days.to_string(),
        }
    }
    /// Reads the form; checkboxes and multiple choices repeat their name, which the usual form
    /// decoder does not take.
    fn parse(body: &[u8]) -> PolicyForm {
        let mut f = PolicyForm::default();
        for (k, v) in form_urlencoded::parse(body) {
            let v = v.into_owned();
            match k.as_ref() {
                "open" => f.open = true,
                "criteria" => f.criteria = v,
                "org_kinds" => f.org_kinds.push(v),
                "countries" => f.countries.push(v),
                "manager_endorsement" => f.manager_endorsement = true,
                "intake_months" => f.intake_months.push(v),
                "capacity" => f.capacity = v,
                "waiting_list" => f.waiting_list = true,
                "max_seats_per_org" => f.max_seats_per_org = v,
                "binding_terms" => f.binding_terms = v,
                "manager_link_days" => f.manager_link_days = v,
                _ => {}
            }
        }
        f
    }
    fn input(&self) -> PolicyInput {
        PolicyInput {
            open: self.open,
            criteria: self.criteria.clone(),
            org_kinds: self.org_kinds.clone(),
            countries: self.countries.clone(),
            manager_endorsement: self.manager_endorsement,
            intake_months: self.intake_months.clone(),
            capacity: self.capacity.clone(),
            waiting_list: self.waiting_list,
            max_seats_per_org: self.max_seats_per_org.clone(),
            binding_terms: self.binding_terms.clone(),
            manager_link_days: self.manager_link_days.clone(),
        }
    }
}

pub(crate) fn policy_view(ctx: Ctx, network: NetworkRow, errors: FormErrors, f: PolicyForm) -> PolicyPage {
    let t = ctx.t;
    PolicyPage {
        kinds: OrgKind::ALL
            .iter()
            .map(|k| (k.as_str(), t.t(&format!("kind-{}", k.as_str())), f.org_kinds.iter().any(|x| x == k.as_str())))
            .collect(),
        countries: Country::ALL
            .iter()
            .map(|c| (c.as_str(), t.t(&format!("country-{}", c.as_str())), f.countries.iter().any(|x| x == c.as_str())))
            .collect(),
        months: (1..=12)
            .map(|m| (m.to_string(), t.t(&format!("month-{m}")), f.intake_months.iter().any(|x| *x == m.to_string())))
            .collect(),
        ctx,
        network,
        errors,
        f,
    }
}

pub(crate) async fn policy_page(
    State(state): State<AppState>,
    viewer: Viewer,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let (network, policy) = spira_app::admission::policy_for_editing(&state.app, &viewer, &slug).await?;
    Ok(html(&policy_view(ctx, network, FormErrors::default(), PolicyForm::from_policy(&policy))))
}

pub(crate) async fn save_policy(
    State(state): State<AppState>,
    viewer: Viewer,
    ctx: Ctx,
    Path(slug): Path<String>,
    body: Bytes,
) -> Result<Response, AppError> {
    let f = PolicyForm::parse(&body);
    match spira_app::admission::save_policy(&state.app, &viewer, &slug, &f.input()).await {
        Ok(_) => Ok(Redirect::to(&format!("/networks/{slug}/admission?notice=saved")).into_response()),
        Err(spira_app::admission::AdmissionError::Common(spira_app::Common::Invalid(e))) => {
            let network = spira_app::networks::load(&state.app, &slug).await?;
            let errors = FormErrors::from(ctx.t, &e);
            Ok(invalid(&policy_view(ctx, network, errors, f)))
        }
        Err(e) => Err(e.into()),
    }
}
