//! The demo's people: the operator creates the accounts (with the demo password for those who
//! sign in), and people save their own presentation.

use spira_app::accounts::UserRow;
use spira_app::accounts::operator::{self, NewAccount};
use spira_app::accounts::profile::{self, ProfileChange};
use spira_app::{App, Uuid, Viewer};
use spira_domain::Lang;

use super::organisations::Orgs;
use super::{DEMO_PASSWORD, Demo, Step, email};

/// A demo person: who they are and the language of their e-mails.
pub(crate) struct Person {
    pub email: &'static str,
    pub name: &'static str,
    pub lang: Lang,
}

pub(crate) const FACILITATOR_DK: Person = Person { email: "tovholder@region-fjordland.example", name: "Anne-Mette Kjær", lang: Lang::Da };
pub(crate) const MEMBER_DK: Person = Person { email: "deltager@region-fjordland.example", name: "Jonas Bech Thygesen", lang: Lang::Da };
pub(crate) const OBSERVER_DK: Person =
    Person { email: "observatoer@region-fjordland.example", name: "Signe Dahl Mikkelsen", lang: Lang::Da };
pub(crate) const FACILITATOR_SE: Person =
    Person { email: "processledare@region-norrsund.example", name: "Ingrid Lundmark", lang: Lang::Sv };
pub(crate) const MEMBER_SE: Person = Person { email: "deltagare@alvstad.example", name: "Oskar Nyström", lang: Lang::Sv };
pub(crate) const NEW_MEMBER_DK: Person = Person { email: "ny.deltager@aaby.example", name: "Mikkel Storgaard", lang: Lang::Da };
/// Applicants to the spreading network; they sign in by e-mail link, so they have no password.
pub(crate) const APPLICANT_WAITING: Person = Person { email: "henriette.dam@baeklund.example", name: "Henriette Dam", lang: Lang::Da };
pub(crate) const APPLICANT_WAITLISTED: Person = Person { email: "mads.lund@aaby.example", name: "Mads Lund", lang: Lang::Da };

/// The two facilitators, who exist before any network or organisation does.
pub(crate) struct Facilitators {
    pub dk: UserRow,
    pub se: UserRow,
}

/// Everyone the later steps act as or for.
pub(crate) struct People {
    pub facilitator_dk: UserRow,
    pub facilitator_se: UserRow,
    pub member_dk: UserRow,
    pub observer_dk: UserRow,
    pub member_se: UserRow,
    /// Joins the Danish network but has not accepted its agreement yet.
    pub new_member_dk: UserRow,
    pub applicant_waiting: UserRow,
    pub applicant_waitlisted: UserRow,
}

async fn create(app: &App, p: &Person, password: Option<&str>, organisation_id: Option<Uuid>) -> anyhow::Result<UserRow> {
    let address = email(p.email)?;
    operator::create_account(
        app,
        &NewAccount { email: &address, name: p.name, password, platform_admin: false, lang: p.lang, organisation_id },
    )
    .await
    .step(&format!("creating the account {}", p.email))
}

/// The facilitators' accounts; their workplaces follow with their profiles, once the
/// organisations exist.
pub(crate) async fn facilitators(app: &App) -> anyhow::Result<Facilitators> {
    Ok(Facilitators {
        dk: create(app, &FACILITATOR_DK, Some(DEMO_PASSWORD), None).await?,
        se: create(app, &FACILITATOR_SE, Some(DEMO_PASSWORD), None).await?,
    })
}

/// The other accounts, each with its workplace.
pub(crate) async fn people(app: &App, facilitators: Facilitators, orgs: &Orgs) -> anyhow::Result<People> {
    let pw = Some(DEMO_PASSWORD);
    Ok(People {
        member_dk: create(app, &MEMBER_DK, pw, Some(orgs.hospital)).await?,
        observer_dk: create(app, &OBSERVER_DK, pw, Some(orgs.psychiatry)).await?,
        member_se: create(app, &MEMBER_SE, pw, Some(orgs.alvstad)).await?,
        new_member_dk: create(app, &NEW_MEMBER_DK, pw, Some(orgs.aaby)).await?,
        applicant_waiting: create(app, &APPLICANT_WAITING, None, Some(orgs.baeklund)).await?,
        applicant_waitlisted: create(app, &APPLICANT_WAITLISTED, None, Some(orgs.aaby)).await?,
        facilitator_dk: facilitators.dk,
        facilitator_se: facilitators.se,
    })
}

/// The presentations the member directories show; the facilitators give their workplace too.
pub(crate) async fn profiles(demo: &Demo) -> anyhow::Result<()> {
    let p = &demo.people;
    let o = &demo.orgs;
    let profiles = [
        (
            &p.facilitator_dk,
            o.fjordland,
            "Innovationskonsulent i Koncern HR. Tovholder for netværket og glad for at sparre om gevinstrealisering.",
            "Procesfacilitering, Gevinstrealisering, Business case",
        ),
        (
            &p.member_dk,
            o.hospital,
            "Sygeplejerske og projektleder på en medicinsk afdeling. Arbejder med digitale løsninger til patienter.",
            "Velfærdsteknologi, Brugerinddragelse, Implementering",
        ),
        (&p.facilitator_se, o.norrsund, "Processledare för regionens innovationsstöd.", "Innovationsprocesser, NABC, Workshopledning"),
    ];
    for (user, workplace, presentation, competences) in profiles {
        let change = ProfileChange {
            name: user.name.clone(),
            language: user.lang.clone(),
            organisation_id: Some(workplace.to_string()),
            presentation: presentation.into(),
            competences: competences.into(),
        };
        profile::update(&demo.app, &Viewer::of(user.clone()), &change).await.step(&format!("the profile of {}", user.email))?;
    }
    Ok(())
}

/// The platform admin, made last: the account marks a complete demo.
pub(crate) async fn admin(app: &App) -> anyhow::Result<UserRow> {
    let address = email(super::ADMIN_EMAIL)?;
    operator::create_account(
        app,
        &NewAccount {
            email: &address,
            name: "Spira-administrator",
            password: Some(DEMO_PASSWORD),
            platform_admin: true,
            lang: Lang::Da,
            organisation_id: None,
        },
    )
    .await
    .step("creating the platform admin")
}

/// An account someone else's use case created (a member added by the facilitator), to act as.
pub(crate) async fn find(app: &App, address: &str) -> anyhow::Result<UserRow> {
    operator::find(app, &email(address)?)
        .await
        .step(&format!("finding {address}"))?
        .ok_or_else(|| anyhow::anyhow!("demo: the account {address} was not created"))
}
