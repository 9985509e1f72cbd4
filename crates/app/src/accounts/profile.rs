//! One's own account: name, language, workplace and the presentation the member directories
//! show, and what the account page lists beside them.

use spira_domain::members::ProfileInput;
use spira_domain::{FieldErrors, Lang};
pub use spira_store::accounts::UserRow;
pub use spira_store::admission::ApplicationRow;
pub use spira_store::members::ProfileRow;
pub use spira_store::organisations::OrganisationRow;
use spira_store::{Uuid, accounts as store};

use super::Result;
use crate::accounts::tokens::ApiTokenRow;
use crate::error::Common;
use crate::{App, Viewer};

/// A person and their presentation.
#[derive(Debug, Clone)]
pub struct Profile {
    pub user: UserRow,
    pub profile: ProfileRow,
}

/// What the account page shows.
#[derive(Debug, Clone)]
pub struct Account {
    pub user: UserRow,
    pub profile: ProfileRow,
    /// The workplaces to choose from.
    pub organisations: Vec<OrganisationRow>,
    /// One's own applications for seats.
    pub applications: Vec<ApplicationRow>,
    pub tokens: Vec<ApiTokenRow>,
}

/// The signed-in person and their presentation.
pub async fn me(app: &App, viewer: &Viewer) -> Result<Profile> {
    let user = viewer.require()?;
    let mut r = app.db.read().await?;
    let profile = spira_store::members::profile(r.conn(), user.id).await?;
    Ok(Profile { user: user.clone(), profile })
}

/// Everything the account page shows for the signed-in person.
pub async fn account(app: &App, viewer: &Viewer) -> Result<Account> {
    let user = viewer.require()?;
    let mut r = app.db.read().await?;
    Ok(Account {
        organisations: spira_store::organisations::list(r.conn()).await?,
        profile: spira_store::members::profile(r.conn(), user.id).await?,
        applications: spira_store::admission::list_for_user(r.conn(), user.id).await?,
        tokens: store::list_api_tokens(r.conn(), user.id).await?,
        user: user.clone(),
    })
}

/// A change to one's own account, as typed. Problems are reported on the fields `name`,
/// `language`, `organisation_id`, `presentation` and `competences`.
#[derive(Debug, Clone, Default)]
pub struct ProfileChange {
    pub name: String,
    /// `da`, `sv` or `en`: the language of e-mails.
    pub language: String,
    /// An organisation's id; empty or `None` for no workplace.
    pub organisation_id: Option<String>,
    pub presentation: String,
    /// One competence a line.
    pub competences: String,
}

/// Changes the signed-in person's name, language, workplace and presentation; returns them as
/// saved.
pub async fn update(app: &App, viewer: &Viewer, change: &ProfileChange) -> Result<Profile> {
    let user = viewer.require()?;
    let mut e = FieldErrors::new();
    let name = e.required_line("name", &change.name, 150);
    let lang = Lang::parse(&change.language);
    if lang.is_none() {
        e.add("language", "invalid_choice");
    }
    let org = match change.organisation_id.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        None => None,
        Some(s) => match Uuid::parse_str(s) {
            Ok(id) => Some(id),
            Err(_) => {
                e.add("organisation_id", "invalid_choice");
                None
            }
        },
    };
    let profile = ProfileInput { presentation: change.presentation.clone(), competences: change.competences.clone() }.validate();
    if let Err(pe) = &profile {
        e.0.extend(pe.0.iter().cloned());
    }
    let (Some(lang), true, Ok(profile)) = (lang, e.is_empty(), profile) else { return Err(Common::Invalid(e).into()) };
    let mut tx = app.db.begin().await?;
    store::update_profile(tx.conn(), user.id, &name, lang.as_str(), org.map(spira_store::ids::OrganisationId), app.now().into())
        .await
        .map_err(|err| match err {
            spira_store::Error::MissingReference(_) => Common::Invalid(FieldErrors::one("organisation_id", "invalid_choice")),
            other => other.into(),
        })?;
    spira_store::members::save_profile(tx.conn(), user.id, &profile, app.now().into()).await?;
    let user = store::get_user(tx.conn(), user.id).await?;
    let profile = spira_store::members::profile(tx.conn(), user.id).await?;
    tx.commit().await?;
    Ok(Profile { user, profile })
}
