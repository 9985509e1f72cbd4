//! Admission in the API: the policy, applying (public, no token needed), the applicant's and the
//! facilitator's views, decisions, withdrawal, and adding members directly.

use axum::Json;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use spira_app::Uuid;
use spira_app::admission::{ApplicationRow, Applied, ApplyRequest, EventRow, NewMember, PublicPolicy};
use spira_domain::Lang;
use spira_domain::admission::{ApplicationState, ApplyInput, Criterion, Decision, PolicyInput};
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::AppState;
use crate::error::AppError;
use crate::session::Viewer;

#[derive(Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct CriterionDoc {
    pub text: String,
    #[serde(default)]
    pub needs_justification: bool,
}

/// A network's admission policy.
#[derive(Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Policy {
    pub open: bool,
    /// Whether applications are taken right now (open and inside an intake window).
    pub intake_open_now: bool,
    pub criteria: Vec<CriterionDoc>,
    /// Kinds of organisation that may join; empty means any.
    pub org_kinds: Vec<String>,
    pub countries: Vec<String>,
    pub manager_endorsement: bool,
    /// Months (1–12) in which applications are taken; empty means all year.
    pub intake_months: Vec<u32>,
    pub capacity: Option<u32>,
    pub waiting_list: bool,
    pub max_seats_per_org: Option<u32>,
    pub binding_terms: String,
    pub manager_link_days: u32,
}

impl From<PublicPolicy> for Policy {
    fn from(PublicPolicy { policy: p, intake_open_now }: PublicPolicy) -> Self {
        Policy {
            intake_open_now,
            open: p.open,
            criteria: p.criteria.into_iter().map(|c| CriterionDoc { text: c.text, needs_justification: c.needs_justification }).collect(),
            org_kinds: p.org_kinds.iter().map(|k| k.as_str().to_string()).collect(),
            countries: p.countries.iter().map(|c| c.as_str().to_string()).collect(),
            manager_endorsement: p.manager_endorsement,
            intake_months: p.intake_months,
            capacity: p.capacity,
            waiting_list: p.waiting_list,
            max_seats_per_org: p.max_seats_per_org,
            binding_terms: p.binding_terms,
            manager_link_days: p.manager_link_days,
        }
    }
}

#[derive(Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PolicyBody {
    pub open: bool,
    #[serde(default)]
    pub criteria: Vec<CriterionDoc>,
    #[serde(default)]
    pub org_kinds: Vec<String>,
    #[serde(default)]
    pub countries: Vec<String>,
    #[serde(default)]
    pub manager_endorsement: bool,
    #[serde(default)]
    pub intake_months: Vec<u32>,
    #[serde(default)]
    pub capacity: Option<u32>,
    #[serde(default)]
    pub waiting_list: bool,
    #[serde(default)]
    pub max_seats_per_org: Option<u32>,
    #[serde(default)]
    pub binding_terms: String,
    #[serde(default)]
    pub manager_link_days: Option<u32>,
}

impl PolicyBody {
    fn input(&self) -> PolicyInput {
        let criteria: Vec<Criterion> = self
            .criteria
            .iter()
            .map(|c| Criterion { text: c.text.trim().to_string(), needs_justification: c.needs_justification })
            .collect();
        PolicyInput {
            open: self.open,
            criteria: spira_domain::admission::encode_criteria(&criteria),
            org_kinds: self.org_kinds.clone(),
            countries: self.countries.clone(),
            manager_endorsement: self.manager_endorsement,
            intake_months: self.intake_months.iter().map(u32::to_string).collect(),
            capacity: self.capacity.map(|c| c.to_string()).unwrap_or_default(),
            waiting_list: self.waiting_list,
            max_seats_per_org: self.max_seats_per_org.map(|c| c.to_string()).unwrap_or_default(),
            binding_terms: self.binding_terms.clone(),
            manager_link_days: self.manager_link_days.map(|c| c.to_string()).unwrap_or_default(),
        }
    }
}

/// An application as its applicant and the network's facilitators see it.
#[derive(Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Application {
    pub id: String,
    pub network: String,
    pub name: String,
    pub email: String,
    pub organisation_id: String,
    pub organisation: String,
    pub manager_name: String,
    pub manager_email: String,
    pub state: StateDoc,
    pub decision_note: String,
    pub manager_comment: String,
    pub justifications: Vec<String>,
    pub buyer_reference: String,
    pub created_at: String,
    pub history: Vec<ApplicationEvent>,
}

#[derive(Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct ApplicationEvent {
    pub state: StateDoc,
    pub note: String,
    pub at: String,
}

/// An application's state, as the API names it (the same words as
/// `spira_domain::admission::ApplicationState`, so the OpenAPI document lists them).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
#[schema(as = ApplicationState)]
pub enum StateDoc {
    AwaitingEmail,
    AwaitingManager,
    AwaitingDecision,
    Admitted,
    Waitlisted,
    Rejected,
    ManagerDeclined,
    ManagerExpired,
    Withdrawn,
}

impl From<ApplicationState> for StateDoc {
    fn from(s: ApplicationState) -> StateDoc {
        match s {
            ApplicationState::AwaitingEmail => StateDoc::AwaitingEmail,
            ApplicationState::AwaitingManager => StateDoc::AwaitingManager,
            ApplicationState::AwaitingDecision => StateDoc::AwaitingDecision,
            ApplicationState::Admitted => StateDoc::Admitted,
            ApplicationState::Waitlisted => StateDoc::Waitlisted,
            ApplicationState::Rejected => StateDoc::Rejected,
            ApplicationState::ManagerDeclined => StateDoc::ManagerDeclined,
            ApplicationState::ManagerExpired => StateDoc::ManagerExpired,
            ApplicationState::Withdrawn => StateDoc::Withdrawn,
        }
    }
}

/// The facilitator's decision, as the API names it (`spira_domain::admission::Decision`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
#[schema(as = Decision)]
pub enum DecisionDoc {
    Admit,
    Waitlist,
    Reject,
}

fn application(a: ApplicationRow, events: Vec<EventRow>) -> Application {
    Application {
        id: a.id.to_string(),
        network: a.network_slug,
        name: a.name,
        email: a.email,
        organisation_id: a.organisation_id.to_string(),
        organisation: a.organisation,
        manager_name: a.manager_name,
        manager_email: a.manager_email,
        state: a.state.into(),
        decision_note: a.decision_note,
        manager_comment: a.manager_comment,
        justifications: a.justifications.split('\n').map(str::to_string).collect(),
        buyer_reference: a.buyer_reference,
        created_at: a.created_at.to_utc().to_rfc3339(),
        history: events
            .into_iter()
            .map(|e| ApplicationEvent { state: e.state.into(), note: e.note, at: e.at.to_utc().to_rfc3339() })
            .collect(),
    }
}

/// One application with its history, as the viewer may see it.
async fn application_of(state: &AppState, viewer: &Viewer, id: Uuid) -> Result<Application, AppError> {
    let v = spira_app::admission::application(&state.app, viewer, id).await?;
    Ok(application(v.application, v.events))
}

#[derive(Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ApplyBody {
    /// For a person without an account (with a token, the account's own name and address are used).
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub email: String,
    pub organisation_id: String,
    #[serde(default)]
    pub manager_name: String,
    #[serde(default)]
    pub manager_email: String,
    /// One per criterion, in the policy's order: attested or not.
    #[serde(default)]
    pub attested: Vec<bool>,
    /// One per criterion, in the policy's order; empty where no justification is asked.
    #[serde(default)]
    pub justifications: Vec<String>,
    pub accept_terms: bool,
    /// The reference the applicant's organisation wants on invoices.
    #[serde(default)]
    pub buyer_reference: String,
    /// The language of the e-mails to the applicant: `da`, `sv` or `en`.
    #[serde(default)]
    pub language: Option<String>,
}

/// What applying led to.
#[derive(Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct ApplyResult {
    /// The application, when the applicant has an account (a token).
    pub application_id: Option<String>,
    /// `created`, or `check_email` when a new person must confirm their address by the link sent.
    pub outcome: String,
}

#[derive(Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DecisionBody {
    /// A value the schema lists; anything else is refused beside the field (`invalid_choice`).
    #[schema(value_type = DecisionDoc)]
    pub decision: String,
    /// Shown to the applicant.
    #[serde(default)]
    pub note: String,
}

#[derive(Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AddMemberBody {
    pub email: String,
    pub name: String,
    #[serde(default)]
    pub organisation_id: Option<String>,
}

#[derive(Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct AddedMember {
    pub user_id: String,
}

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(get_admission_policy, update_admission_policy))
        .routes(routes!(apply_to_network, list_applications))
        .routes(routes!(get_application))
        .routes(routes!(decide_application))
        .routes(routes!(withdraw_application))
        .routes(routes!(add_member))
        .routes(routes!(set_renewal))
        .routes(routes!(leave_network))
        .routes(routes!(import_members))
}

#[derive(Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ImportBody {
    /// One person per line: `name;e-mail;workplace` (or tab-separated), workplace optional.
    pub rows: String,
}

#[derive(Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct ImportResult {
    pub imported: usize,
}

#[derive(Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct ImportProblems {
    pub error: ImportProblemsBody,
}
#[derive(Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct ImportProblemsBody {
    /// `import_refused`.
    pub code: String,
    /// Each problem, by line, in the language of `Accept-Language`.
    pub problems: Vec<String>,
}

/// What a refused import answers: its problems by line, or the common error for a body that
/// cannot be read at all.
#[derive(Serialize, ToSchema)]
#[serde(untagged)]
pub enum ImportRefusal {
    Problems(ImportProblems),
    Unreadable(crate::api::ApiErrorDoc),
}

/// Imports a member list all-or-nothing (facilitators): every line is checked, then one
/// transaction adds everyone, or no one.
#[utoipa::path(post, path = "/networks/{slug}/members/import", operation_id = "importMembers", tag = "admission",
    params(("slug" = String, Path, description = "The network's address")),
    request_body = ImportBody,
    responses((status = 201, body = ImportResult), (status = 403, body = crate::api::ApiErrorDoc), (status = 422, body = ImportRefusal)),
    security(("bearer" = [])))]
async fn import_members(
    State(state): State<AppState>,
    viewer: Viewer,
    axum::Extension(lang): axum::Extension<spira_domain::Lang>,
    Path(slug): Path<String>,
    Json(body): Json<ImportBody>,
) -> Result<Response, AppError> {
    let t = crate::i18n::Tr::new(lang);
    match spira_app::admission::import_members(&state.app, &viewer, &slug, &body.rows, t).await {
        Ok(n) => Ok(crate::api::created(ImportResult { imported: n }).into_response()),
        Err(e @ spira_app::admission::AdmissionError::ImportRefused(_)) => {
            let code = e.code().to_string();
            let spira_app::admission::AdmissionError::ImportRefused(problems) = e else { return Err(e.into()) };
            Ok((axum::http::StatusCode::UNPROCESSABLE_ENTITY, Json(ImportProblems { error: ImportProblemsBody { code, problems } }))
                .into_response())
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RenewalBody {
    /// `continue` (next term too) or `leave` (at the end of this term).
    pub renewal: String,
}

/// Says whether one continues next term or leaves at the end of this one (members with a seat).
#[utoipa::path(put, path = "/networks/{slug}/renewal", operation_id = "setRenewal", tag = "admission",
    params(("slug" = String, Path, description = "The network's address")),
    request_body = RenewalBody,
    responses((status = 204, description = "Saved"), (status = 404, description = "No seat in this network", body = crate::api::ApiErrorDoc), (status = 422, body = crate::api::ApiErrorDoc)),
    security(("bearer" = [])))]
async fn set_renewal(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(slug): Path<String>,
    Json(body): Json<RenewalBody>,
) -> Result<Response, AppError> {
    spira_app::admission::answer_renewal(&state.app, &viewer, &slug, &body.renewal).await?;
    Ok(axum::http::StatusCode::NO_CONTENT.into_response())
}

/// Leaves the network now: the seat is given back and the role ends.
#[utoipa::path(post, path = "/networks/{slug}/leave", operation_id = "leaveNetwork", tag = "admission",
    params(("slug" = String, Path, description = "The network's address")),
    responses((status = 204, description = "Left"), (status = 404, body = crate::api::ApiErrorDoc), (status = 409, description = "The last facilitator cannot leave", body = crate::api::ApiErrorDoc)),
    security(("bearer" = [])))]
async fn leave_network(State(state): State<AppState>, viewer: Viewer, Path(slug): Path<String>) -> Result<Response, AppError> {
    spira_app::admission::leave(&state.app, &viewer, &slug).await?;
    Ok(axum::http::StatusCode::NO_CONTENT.into_response())
}

/// A network's admission policy (public: applicants read it before applying).
#[utoipa::path(get, path = "/networks/{slug}/admission", operation_id = "getAdmissionPolicy", tag = "admission",
    params(("slug" = String, Path, description = "The network's address")),
    responses((status = 200, body = Policy), (status = 404, body = crate::api::ApiErrorDoc)))]
async fn get_admission_policy(State(state): State<AppState>, viewer: Viewer, Path(slug): Path<String>) -> Result<Json<Policy>, AppError> {
    Ok(Json(spira_app::admission::public_policy(&state.app, &viewer, &slug).await?.into()))
}

/// Replaces a network's admission policy (facilitators).
#[utoipa::path(put, path = "/networks/{slug}/admission", operation_id = "updateAdmissionPolicy", tag = "admission",
    params(("slug" = String, Path, description = "The network's address")),
    request_body = PolicyBody,
    responses((status = 200, body = Policy), (status = 403, body = crate::api::ApiErrorDoc), (status = 422, body = crate::api::ApiErrorDoc)),
    security(("bearer" = [])))]
async fn update_admission_policy(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(slug): Path<String>,
    Json(body): Json<PolicyBody>,
) -> Result<Json<Policy>, AppError> {
    Ok(Json(spira_app::admission::save_policy(&state.app, &viewer, &slug, &body.input()).await?.into()))
}

/// Applies to a network. Without a token, a new person receives a link to confirm their e-mail
/// address before the application goes further; with a token, the account applies.
#[utoipa::path(post, path = "/networks/{slug}/applications", operation_id = "applyToNetwork", tag = "admission",
    params(("slug" = String, Path, description = "The network's address")),
    request_body = ApplyBody,
    responses((status = 201, body = ApplyResult), (status = 202, body = ApplyResult), (status = 409, description = "Admission closed, organisation not eligible, already applied or already a member", body = crate::api::ApiErrorDoc), (status = 422, body = crate::api::ApiErrorDoc)))]
async fn apply_to_network(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(slug): Path<String>,
    Json(body): Json<ApplyBody>,
) -> Result<Response, AppError> {
    let lang = body.language.as_deref().and_then(Lang::parse).unwrap_or_default();
    let req = ApplyRequest {
        input: ApplyInput {
            name: body.name,
            email: body.email,
            manager_name: body.manager_name,
            manager_email: body.manager_email,
            attested: body.attested,
            justifications: body.justifications,
            accept_terms: body.accept_terms,
            buyer_reference: body.buyer_reference,
        },
        organisation_id: body.organisation_id,
        lang,
    };
    Ok(match spira_app::admission::apply(&state.app, &viewer, &slug, &req).await? {
        Applied::Created(id) => {
            crate::api::created(ApplyResult { application_id: Some(id.to_string()), outcome: "created".into() }).into_response()
        }
        Applied::CheckEmail => {
            (axum::http::StatusCode::ACCEPTED, Json(ApplyResult { application_id: None, outcome: "check_email".into() })).into_response()
        }
    })
}

/// The network's applications (facilitators).
#[utoipa::path(get, path = "/networks/{slug}/applications", operation_id = "listApplications", tag = "admission",
    params(("slug" = String, Path, description = "The network's address")),
    responses((status = 200, body = Vec<Application>), (status = 403, body = crate::api::ApiErrorDoc)),
    security(("bearer" = [])))]
async fn list_applications(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(slug): Path<String>,
) -> Result<Json<Vec<Application>>, AppError> {
    let rows = spira_app::admission::applications_with_history(&state.app, &viewer, &slug).await?;
    Ok(Json(rows.into_iter().map(|(a, events)| application(a, events)).collect()))
}

/// One application with its history (its applicant and the network's facilitators).
#[utoipa::path(get, path = "/applications/{id}", operation_id = "getApplication", tag = "admission",
    params(("id" = String, Path)),
    responses((status = 200, body = Application), (status = 401, body = crate::api::ApiErrorDoc), (status = 404, body = crate::api::ApiErrorDoc)),
    security(("bearer" = [])))]
async fn get_application(State(state): State<AppState>, viewer: Viewer, Path(id): Path<Uuid>) -> Result<Json<Application>, AppError> {
    Ok(Json(application_of(&state, &viewer, id).await?))
}

/// Admits, waitlists or rejects an application (facilitators). Capacity and the organisation's
/// maximum are checked in the same transaction as the seat is given.
#[utoipa::path(post, path = "/applications/{id}/decision", operation_id = "decideApplication", tag = "admission",
    params(("id" = String, Path)),
    request_body = DecisionBody,
    responses((status = 200, body = Application), (status = 403, body = crate::api::ApiErrorDoc), (status = 409, description = "Already decided, network full or the organisation's seats taken", body = crate::api::ApiErrorDoc)),
    security(("bearer" = [])))]
async fn decide_application(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<Uuid>,
    Json(body): Json<DecisionBody>,
) -> Result<Json<Application>, AppError> {
    let Some(decision) = Decision::parse(&body.decision) else {
        return Err(spira_app::Common::Invalid(spira_domain::FieldErrors::one("decision", "invalid_choice")).into());
    };
    spira_app::admission::decide(&state.app, &viewer, id, decision, &body.note).await?;
    Ok(Json(application_of(&state, &viewer, id).await?))
}

/// Withdraws one's own application before the decision.
#[utoipa::path(post, path = "/applications/{id}/withdrawal", operation_id = "withdrawApplication", tag = "admission",
    params(("id" = String, Path)),
    responses((status = 200, body = Application), (status = 404, body = crate::api::ApiErrorDoc), (status = 409, body = crate::api::ApiErrorDoc)),
    security(("bearer" = [])))]
async fn withdraw_application(State(state): State<AppState>, viewer: Viewer, Path(id): Path<Uuid>) -> Result<Json<Application>, AppError> {
    spira_app::admission::withdraw(&state.app, &viewer, id).await?;
    Ok(Json(application_of(&state, &viewer, id).await?))
}

/// Adds a member directly, without an application (facilitators): founding members, or a member
/// list moved over from a spreadsheet.
#[utoipa::path(post, path = "/networks/{slug}/members", operation_id = "addMember", tag = "admission",
    params(("slug" = String, Path, description = "The network's address")),
    request_body = AddMemberBody,
    responses((status = 201, body = AddedMember), (status = 403, body = crate::api::ApiErrorDoc), (status = 409, body = crate::api::ApiErrorDoc), (status = 422, body = crate::api::ApiErrorDoc)),
    security(("bearer" = [])))]
async fn add_member(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(slug): Path<String>,
    Json(body): Json<AddMemberBody>,
) -> Result<Response, AppError> {
    let m = NewMember { email: body.email, name: body.name, organisation_id: body.organisation_id.unwrap_or_default() };
    let id = spira_app::admission::add_member(&state.app, &viewer, &slug, &m).await?;
    Ok(crate::api::created(AddedMember { user_id: id.to_string() }).into_response())
}
