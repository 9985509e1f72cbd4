//! Networks and their charter: the public page, the members' home page, creating and editing the
//! charter, and the people who hold a role (with invitations by e-mail).

pub mod api;
mod direct;

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use spira_app::Uuid;
use spira_app::networks::people::Roster;
use spira_app::networks::{NetworkRow, PersonRow, charter, people};
use spira_domain::Lang;
use spira_domain::accounts::NetworkRole;
use spira_domain::networks::{NetworkStatus, format_hours};
use spira_domain::organisations::Country;

use crate::AppState;
use crate::error::AppError;
use crate::routes::Pages;
use crate::session::Viewer;
use crate::views::{Ctx, FormErrors, html, invalid};

pub fn routes() -> Pages {
    Pages::new()
        .get("/networks/new", new_page)
        .post("/networks/new", create)
        .get("/networks/{slug}", public_page)
        .get("/networks/{slug}/home", home_page)
        .get("/networks/{slug}/edit", edit_page)
        .post("/networks/{slug}/edit", save)
        .get("/networks/{slug}/people", people_page)
        .post("/networks/{slug}/people", invite)
        .post("/networks/{slug}/people/{user_id}/role", change_role)
        .post("/networks/{slug}/people/{user_id}/remove", remove_person)
        .post("/networks/{slug}/members/add", direct::add_member_form)
        .post("/networks/{slug}/members/import", direct::import_form)
}

/// A network as pages show it, with labels in the reader's language.
pub struct NetworkView {
    pub row: NetworkRow,
    pub status_label: String,
    pub country_label: String,
    pub language_label: String,
    pub hours: String,
}

impl NetworkView {
    pub fn new(row: NetworkRow, lang: Lang) -> NetworkView {
        let t = crate::i18n::Tr::new(lang);
        NetworkView {
            status_label: t.t(&format!("status-{}", row.status)),
            country_label: t.t(&format!("country-{}", row.country)),
            language_label: t.t(&format!("language-{}", row.language)),
            hours: format_hours(row.meeting_minutes, lang),
            row,
        }
    }
    pub fn criteria(&self) -> Vec<&str> {
        self.row.criteria()
    }
    pub fn purpose_html(&self) -> String {
        crate::views::rich_text(&self.row.purpose)
    }
    pub fn content_html(&self) -> String {
        crate::views::rich_text(&self.row.content)
    }
    pub fn roles_html(&self) -> String {
        crate::views::rich_text(&self.row.roles_description)
    }
    pub fn cadence(&self, t: &crate::i18n::Tr) -> String {
        if self.row.meetings_per_year == 0 {
            return String::new();
        }
        let n = self.row.meetings_per_year.to_string();
        if self.row.meeting_minutes > 0 {
            t.ta("charter-cadence-hours", &[("count", &n), ("hours", &self.hours)])
        } else {
            t.ta("charter-cadence", &[("count", &n)])
        }
    }
}

// ---- the public page ----

#[derive(Template)]
#[template(path = "networks/public.html")]
struct PublicPage {
    ctx: Ctx,
    n: NetworkView,
    is_member: bool,
    can_edit: bool,
    intake_open: bool,
    /// "Applications are taken in: January", when intake is limited to some months.
    intake_line: String,
    /// The price of a seat this term, in words; empty without a schedule.
    price_line: String,
}

async fn public_page(State(state): State<AppState>, viewer: Viewer, ctx: Ctx, Path(slug): Path<String>) -> Result<Response, AppError> {
    let p = charter::public(&state.app, &viewer, &slug).await?;
    let t = ctx.t;
    let months: Vec<String> = p.policy.intake_months.iter().map(|m| t.t(&format!("month-{m}")).to_lowercase()).collect();
    let price_line = spira_app::fees::public_line(&state.app, &p.network, t).await?;
    Ok(html(&PublicPage {
        price_line,
        intake_open: p.intake_open,
        intake_line: if p.policy.open && !months.is_empty() {
            t.ta("join-intake-months", &[("months", &months.join(", "))])
        } else {
            String::new()
        },
        ctx,
        is_member: p.is_member,
        can_edit: p.can_edit,
        n: NetworkView::new(p.network, t.lang),
    }))
}

// ---- the members' home page ----

#[derive(Template)]
#[template(path = "networks/home.html")]
struct HomePage {
    ctx: Ctx,
    n: NetworkView,
    role_line: String,
    can_edit: bool,
    facilitators: Vec<PersonRow>,
    counts: Vec<(String, usize)>,
    /// Shown to members of a confidential room who have not accepted the current agreement.
    must_accept: bool,
    can_see_members: bool,
    /// "Your seat: 2026", for a member holding one.
    seat_line: Option<String>,
    renewal: Option<String>,
}

async fn home_page(State(state): State<AppState>, viewer: Viewer, ctx: Ctx, Path(slug): Path<String>) -> Result<Response, AppError> {
    let h = charter::home(&state.app, &viewer, &slug).await?;
    let t = ctx.t;
    let counts = h.counts.iter().map(|(role, n)| (t.t(&format!("role-plural-{}", role.as_str())), *n)).collect();
    Ok(html(&HomePage {
        role_line: t.ta("home-your-role", &[("role", &h.role.map(|r| t.t(&format!("role-{}", r.as_str()))).unwrap_or_default())]),
        can_edit: h.can_edit,
        must_accept: h.must_accept,
        can_see_members: h.can_see_members,
        seat_line: h.seat.as_ref().map(|s| t.ta("seat-line", &[("term", &s.term.to_string())])),
        renewal: h.seat.and_then(|s| s.renewal),
        n: NetworkView::new(h.network, t.lang),
        facilitators: h.facilitators,
        counts,
        ctx,
    }))
}

// ---- creating and editing the charter ----

#[derive(Template)]
#[template(path = "networks/edit.html")]
struct EditPage {
    ctx: Ctx,
    errors: FormErrors,
    f: CharterForm,
    action: String,
    heading: String,
    statuses: Vec<(&'static str, String)>,
    countries: Vec<(&'static str, String)>,
    languages: Vec<(&'static str, String)>,
}

/// The charter form as typed (kept as text so a bad value can be shown again).
#[derive(Debug, Clone, Default, Deserialize)]
pub struct CharterForm {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub slug: String,
    #[serde(default)]
    pub purpose: String,
    #[serde(default)]
    pub content: String,
    #[serde(default)]
    pub admission_criteria: String,
    #[serde(default)]
    pub roles_description: String,
    #[serde(default)]
    pub meetings_per_year: String,
    #[serde(default)]
    pub meeting_hours: String,
    #[serde(default)]
    pub venue: String,
    #[serde(default)]
    pub confidential: Option<String>,
    #[serde(default)]
    pub contact_name: String,
    #[serde(default)]
    pub contact_email: String,
    #[serde(default)]
    pub language: String,
    #[serde(default)]
    pub country: String,
    #[serde(default)]
    pub status: String,
}

impl CharterForm {
    fn input(&self) -> spira_domain::networks::CharterInput {
        spira_domain::networks::CharterInput {
            name: self.name.clone(),
            slug: self.slug.clone(),
            purpose: self.purpose.clone(),
            content: self.content.clone(),
            admission_criteria: self.admission_criteria.clone(),
            roles_description: self.roles_description.clone(),
            meetings_per_year: self.meetings_per_year.clone(),
            meeting_hours: self.meeting_hours.clone(),
            venue: self.venue.clone(),
            confidential: self.confidential.is_some(),
            contact_name: self.contact_name.clone(),
            contact_email: self.contact_email.clone(),
            language: self.language.clone(),
            country: self.country.clone(),
            status: self.status.clone(),
        }
    }
    fn from_row(n: &NetworkRow, lang: Lang) -> CharterForm {
        CharterForm {
            name: n.name.clone(),
            slug: n.slug.clone(),
            purpose: n.purpose.clone(),
            content: n.content.clone(),
            admission_criteria: n.admission_criteria.clone(),
            roles_description: n.roles_description.clone(),
            meetings_per_year: if n.meetings_per_year > 0 { n.meetings_per_year.to_string() } else { String::new() },
            meeting_hours: if n.meeting_minutes > 0 { format_hours(n.meeting_minutes, lang) } else { String::new() },
            venue: n.venue.clone(),
            confidential: n.is_confidential.then(|| "on".to_string()),
            contact_name: n.contact_name.clone(),
            contact_email: n.contact_email.clone().unwrap_or_default(),
            language: n.language.clone(),
            country: n.country.to_string(),
            status: n.status.clone(),
        }
    }
    pub fn is_confidential(&self) -> bool {
        self.confidential.is_some()
    }
}

fn edit_view(ctx: Ctx, errors: FormErrors, f: CharterForm, action: String, heading: String) -> EditPage {
    let t = ctx.t;
    EditPage {
        errors,
        f,
        action,
        heading,
        statuses: NetworkStatus::ALL.iter().map(|s| (s.as_str(), t.t(&format!("status-{}", s.as_str())))).collect(),
        countries: Country::ALL.iter().map(|c| (c.as_str(), t.t(&format!("country-{}", c.as_str())))).collect(),
        languages: Lang::ALL.iter().map(|l| (l.as_str(), t.t(&format!("language-{}", l.as_str())))).collect(),
        ctx,
    }
}

async fn new_page(State(state): State<AppState>, viewer: Viewer, ctx: Ctx) -> Result<Response, AppError> {
    charter::require_create(&state.app, &viewer).await?;
    let lang = ctx.t.lang;
    let f = CharterForm {
        language: lang.as_str().into(),
        country: if lang == Lang::Sv { Country::SE } else { Country::DK }.as_str().into(),
        status: NetworkStatus::Forming.as_str().into(),
        confidential: Some("on".into()),
        ..Default::default()
    };
    let heading = ctx.t.t("network-create");
    Ok(html(&edit_view(ctx, FormErrors::default(), f, "/networks/new".into(), heading)))
}

async fn create(State(state): State<AppState>, viewer: Viewer, ctx: Ctx, Form(f): Form<CharterForm>) -> Result<Response, AppError> {
    match charter::create(&state.app, &viewer, &f.input()).await {
        Ok(row) => Ok(Redirect::to(&format!("/networks/{}/home?notice=created", row.slug)).into_response()),
        Err(spira_app::networks::NetworksError::Common(spira_app::Common::Invalid(e))) => {
            let errors = FormErrors::from(ctx.t, &e);
            let heading = ctx.t.t("network-create");
            Ok(invalid(&edit_view(ctx, errors, f, "/networks/new".into(), heading)))
        }
        Err(e) => Err(e.into()),
    }
}

async fn edit_page(State(state): State<AppState>, viewer: Viewer, ctx: Ctx, Path(slug): Path<String>) -> Result<Response, AppError> {
    let row = charter::for_edit(&state.app, &viewer, &slug).await?;
    let f = CharterForm::from_row(&row, ctx.t.lang);
    let heading = ctx.t.ta("network-edit-title", &[("network", &row.name)]);
    Ok(html(&edit_view(ctx, FormErrors::default(), f, format!("/networks/{slug}/edit"), heading)))
}

async fn save(
    State(state): State<AppState>,
    viewer: Viewer,
    ctx: Ctx,
    Path(slug): Path<String>,
    Form(f): Form<CharterForm>,
) -> Result<Response, AppError> {
    match charter::update(&state.app, &viewer, &slug, &f.input()).await {
        Ok(row) => Ok(Redirect::to(&format!("/networks/{}/home?notice=saved", row.slug)).into_response()),
        Err(spira_app::networks::NetworksError::Common(spira_app::Common::Invalid(e))) => {
            let errors = FormErrors::from(ctx.t, &e);
            let name = spira_app::networks::load(&state.app, &slug).await?.name;
            let heading = ctx.t.ta("network-edit-title", &[("network", &name)]);
            Ok(invalid(&edit_view(ctx, errors, f, format!("/networks/{slug}/edit"), heading)))
        }
        Err(e) => Err(e.into()),
    }
}

// ---- people ----

#[derive(Template)]
#[template(path = "networks/people.html")]
struct PeoplePage {
    ctx: Ctx,
    n: NetworkView,
    people: Vec<PersonRow>,
    roles: Vec<(&'static str, String)>,
    errors: FormErrors,
    email: String,
    role: String,
    table_message: Option<String>,
    table_ok: bool,
    organisations: Vec<(String, String)>,
    import_rows: String,
    /// Each person's invoice for the current term in words (issue 12).
    invoices: Vec<(spira_app::ids::UserId, String)>,
}

/// The people table alone: what htmx swaps in after a role change.
#[derive(Template)]
#[template(path = "networks/people_table.html")]
struct PeopleTable {
    ctx: Ctx,
    n: NetworkView,
    people: Vec<PersonRow>,
    roles: Vec<(&'static str, String)>,
    table_message: Option<String>,
    table_ok: bool,
    invoices: Vec<(spira_app::ids::UserId, String)>,
}

fn people_view(ctx: Ctx, roster: Roster, errors: FormErrors, email: String, role: String) -> PeoplePage {
    let t = ctx.t;
    let Roster { network, people, organisations, seat_invoices } = roster;
    PeoplePage {
        invoices: people.iter().map(|p| (p.user_id, spira_app::invoices::seat_invoice_label(&seat_invoices, p.user_id, t))).collect(),
        organisations: organisations.into_iter().map(|o| (o.id.to_string(), o.name)).collect(),
        import_rows: String::new(),
        roles: NetworkRole::ALL.iter().map(|r| (r.as_str(), t.t(&format!("role-{}", r.as_str())))).collect(),
        n: NetworkView::new(network, t.lang),
        people,
        errors,
        email,
        role,
        table_message: None,
        table_ok: true,
        ctx,
    }
}

async fn people_page(State(state): State<AppState>, viewer: Viewer, ctx: Ctx, Path(slug): Path<String>) -> Result<Response, AppError> {
    let roster = people::roster(&state.app, &viewer, &slug).await?;
    Ok(html(&people_view(ctx, roster, FormErrors::default(), String::new(), NetworkRole::Member.as_str().into())))
}

#[derive(Deserialize)]
pub struct InviteForm {
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub role: String,
}

async fn invite(
    State(state): State<AppState>,
    viewer: Viewer,
    ctx: Ctx,
    Path(slug): Path<String>,
    Form(f): Form<InviteForm>,
) -> Result<Response, AppError> {
    match people::invite(&state.app, &viewer, &slug, &f.email, &f.role).await {
        Ok(()) => Ok(Redirect::to(&format!("/networks/{slug}/people?notice=invited")).into_response()),
        Err(spira_app::networks::NetworksError::Common(spira_app::Common::Invalid(e))) => {
            let roster = people::roster(&state.app, &viewer, &slug).await?;
            let errors = FormErrors::from(ctx.t, &e);
            Ok(invalid(&people_view(ctx, roster, errors, f.email, f.role)))
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Deserialize)]
struct RoleForm {
    #[serde(default)]
    role: String,
}

async fn change_role(
    State(state): State<AppState>,
    viewer: Viewer,
    ctx: Ctx,
    headers: axum::http::HeaderMap,
    Path((slug, user_id)): Path<(String, Uuid)>,
    Form(f): Form<RoleForm>,
) -> Result<Response, AppError> {
    let role = NetworkRole::parse(&f.role).ok_or(AppError::InvalidChoice)?;
    let result = people::set_role(&state.app, &viewer, &slug, user_id, Some(role)).await;
    if !headers.contains_key("hx-request") {
        result?;
        return Ok(Redirect::to(&format!("/networks/{slug}/people?notice=role_changed")).into_response());
    }
    // htmx swaps only the table, with the outcome said in place (a refusal as an alert).
    let (message, ok) = match result {
        Ok(()) => (ctx.t.t("notice-role_changed"), true),
        Err(e) if e.kind() == spira_app::Kind::Conflict => (ctx.t.t(&format!("error-{}", e.code())), false),
        Err(e) => return Err(e.into()),
    };
    let roster = people::roster(&state.app, &viewer, &slug).await?;
    let page = people_view(ctx, roster, FormErrors::default(), String::new(), String::new());
    Ok(html(&PeopleTable {
        ctx: page.ctx,
        n: page.n,
        people: page.people,
        roles: page.roles,
        table_message: Some(message),
        table_ok: ok,
        invoices: page.invoices,
    }))
}

async fn remove_person(
    State(state): State<AppState>,
    viewer: Viewer,
    Path((slug, user_id)): Path<(String, Uuid)>,
) -> Result<Response, AppError> {
    people::set_role(&state.app, &viewer, &slug, user_id, None).await?;
    Ok(Redirect::to(&format!("/networks/{slug}/people?notice=saved")).into_response())
}

/// The people page with problems from the member-list import shown (the import keeps what was pasted).
pub(crate) async fn people_page_with(
    state: &AppState,
    ctx: Ctx,
    slug: &str,
    errors: FormErrors,
    rows: String,
) -> Result<impl Template, AppError> {
    // The import checked `ManagePeople` before it refused the rows.
    let network = spira_app::networks::load(&state.app, slug).await?;
    let roster = people::roster_checked(&state.app, network).await?;
    let mut page = people_view(ctx, roster, errors, String::new(), NetworkRole::Member.as_str().into());
    page.import_rows = rows;
    Ok(page)
}
