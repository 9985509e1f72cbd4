//! Who may join and how: the admission policies, the members the facilitators add directly,
//! and the two applications to the spreading network (one waiting for the applicant's manager,
//! one on the waiting list).

use spira_app::accounts::UserRow;
use spira_app::admission::{self, Applied, ApplyRequest, NewMember};
use spira_app::networks::NetworkRow;
use spira_app::{Uuid, Viewer};
use spira_domain::Lang;
use spira_domain::admission::{ApplyInput, Decision, PolicyInput};

use super::accounts::{self, Person};
use super::{Demo, Step};

/// The spreading network's seat holders, whom the facilitator added directly. Åby's three
/// colleagues fill the workplace's three seats; the member from Psykiatrien holds a seat whose
/// workplace has no invoicing details yet.
pub(crate) struct SeatHolders {
    pub louise_brandt: UserRow,
    pub rasmus_holt: UserRow,
    pub camilla_friis: UserRow,
    pub jonas_moelgaard: UserRow,
}

const LOUISE_BRANDT: Person = Person { email: "louise.brandt@aaby.example", name: "Louise Brandt", lang: Lang::Da };
const RASMUS_HOLT: Person = Person { email: "rasmus.holt@aaby.example", name: "Rasmus Holt", lang: Lang::Da };
const CAMILLA_FRIIS: Person = Person { email: "camilla.friis@aaby.example", name: "Camilla Friis", lang: Lang::Da };
const JONAS_MOELGAARD: Person = Person { email: "jonas.moelgaard@region-fjordland.example", name: "Jonas Mølgaard", lang: Lang::Da };

/// The spreading network's policy as it stands in the end: admission only in January, endorsed
/// by the nearest manager, at most three seats per workplace.
fn spread_policy() -> PolicyInput {
    PolicyInput {
        open: true,
        criteria: "Du arbejder med at udvikle eller udbrede nye løsninger\nDu deler åbent ud af dine erfaringer\nDu kan deltage i mindst fire af årets fem møder *".into(),
        org_kinds: vec!["municipality".into(), "region".into(), "state_agency".into()],
        manager_endorsement: true,
        intake_months: vec!["1".into()],
        capacity: "40".into(),
        waiting_list: true,
        max_seats_per_org: "3".into(),
        binding_terms: "4.000 kr. pr. deltager pr. år + moms; 2.500 kr. for hver yderligere kollega fra samme arbejdsplads (højst tre).\n\nPladsen er personlig. Medlemskabet er bindende for et kalenderår, og der gives ikke refusion ved fravær.".into(),
        manager_link_days: "14".into(),
        ..Default::default()
    }
}

async fn save_policy(demo: &Demo, network: &NetworkRow, by: &UserRow, input: &PolicyInput) -> anyhow::Result<()> {
    admission::save_policy(&demo.app, &Viewer::of(by.clone()), &network.slug, input)
        .await
        .step(&format!("the policy of {}", network.slug))?;
    Ok(())
}

/// The regional network takes applications all year, endorsed by the nearest manager. The
/// spreading network opens for its first applications all year and without the manager's
/// endorsement; [`applications`] tightens it to the policy it keeps.
pub(crate) async fn policies(demo: &Demo) -> anyhow::Result<()> {
    let dk = PolicyInput {
        open: true,
        criteria: "Du er ansat i eller har din daglige gang i Region Fjordland\nDu arbejder med innovation *\nDin nærmeste leder støtter din deltagelse".into(),
        org_kinds: vec!["region".into(), "other".into()],
        countries: vec!["DK".into()],
        manager_endorsement: true,
        waiting_list: true,
        binding_terms: "Deltagelse er gratis for regionens medarbejdere. Pladsen er personlig.".into(),
        manager_link_days: "14".into(),
        ..Default::default()
    };
    save_policy(demo, &demo.networks.dk, &demo.people.facilitator_dk, &dk).await?;
    let first_applications = PolicyInput { manager_endorsement: false, intake_months: Vec::new(), ..spread_policy() };
    save_policy(demo, &demo.networks.spread, &demo.people.facilitator_dk, &first_applications).await
}

async fn add(demo: &Demo, network: &NetworkRow, by: &UserRow, email: &str, name: &str, workplace: Uuid) -> anyhow::Result<Uuid> {
    let m = NewMember { email: email.into(), name: name.into(), organisation_id: workplace.to_string() };
    admission::add_member(&demo.app, &Viewer::of(by.clone()), &network.slug, &m).await.step(&format!("adding {email} to {}", network.slug))
}

/// The facilitators add their members directly (each gets the welcome e-mail): the Danish
/// network's members and observer, the spreading network's seat holders (new accounts, who sign
/// in by link) and the Swedish network's first member.
pub(crate) async fn members(demo: &Demo) -> anyhow::Result<SeatHolders> {
    let p = &demo.people;
    let (o, n) = (&demo.orgs, &demo.networks);
    for (person, workplace) in [(&p.member_dk, o.hospital), (&p.observer_dk, o.psychiatry), (&p.new_member_dk, o.aaby)] {
        add(demo, &n.dk, &p.facilitator_dk, &person.email, &person.name, workplace).await?;
    }
    let seat = async |person: &Person, workplace: Uuid| -> anyhow::Result<UserRow> {
        add(demo, &n.spread, &p.facilitator_dk, person.email, person.name, workplace).await?;
        accounts::find(&demo.app, person.email).await
    };
    let seats = SeatHolders {
        louise_brandt: seat(&LOUISE_BRANDT, o.aaby).await?,
        rasmus_holt: seat(&RASMUS_HOLT, o.aaby).await?,
        camilla_friis: seat(&CAMILLA_FRIIS, o.aaby).await?,
        jonas_moelgaard: seat(&JONAS_MOELGAARD, o.psychiatry).await?,
    };
    add(demo, &n.se, &p.facilitator_se, &p.member_se.email, &p.member_se.name, o.alvstad).await?;
    Ok(seats)
}

async fn apply(demo: &Demo, applicant: &UserRow, workplace: Uuid, manager: [&str; 2], buyer_reference: &str) -> anyhow::Result<Uuid> {
    let [manager_name, manager_email] = manager;
    let input = ApplyInput {
        manager_name: manager_name.into(),
        manager_email: manager_email.into(),
        attested: vec![true; 3],
        justifications: vec![String::new(), String::new(), "Ja, jeg har fået fri til alle fem møder".into()],
        accept_terms: true,
        buyer_reference: buyer_reference.into(),
        ..Default::default()
    };
    let req = ApplyRequest { input, organisation_id: workplace.to_string(), lang: Lang::Da };
    let what = format!("{} applying to {}", applicant.email, demo.networks.spread.slug);
    match admission::apply(&demo.app, &Viewer::of(applicant.clone()), &demo.networks.spread.slug, &req).await.step(&what)? {
        Applied::Created(id) => Ok(id),
        Applied::CheckEmail => anyhow::bail!("demo: {what}: a signed-in applicant was asked to confirm her address"),
    }
}

/// Mads Lund applies while the spreading network still takes applications without the manager's
/// endorsement; then the facilitator asks for it, and Henriette Dam's application waits for her
/// manager, whose e-mail the use case puts in the outbox. The facilitator restricts admission to
/// January and puts Mads on the waiting list: Åby's three seats are taken.
///
/// Mads applies first on purpose: the browser tests endorse the newest manager link in the
/// outbox, which must be Henriette's.
pub(crate) async fn applications(demo: &Demo) -> anyhow::Result<()> {
    let p = &demo.people;
    let (o, n) = (&demo.orgs, &demo.networks);
    let waitlisted = apply(demo, &p.applicant_waitlisted, o.aaby, ["", ""], "Innovation og Digitalisering").await?;
    let endorsed = PolicyInput { intake_months: Vec::new(), ..spread_policy() };
    save_policy(demo, &n.spread, &p.facilitator_dk, &endorsed).await?;
    apply(demo, &p.applicant_waiting, o.baeklund, ["Peter Skov", "peter.skov@baeklund.example"], "4711").await?;
    save_policy(demo, &n.spread, &p.facilitator_dk, &spread_policy()).await?;
    admission::decide(
        &demo.app,
        &Viewer::of(p.facilitator_dk.clone()),
        waitlisted,
        Decision::Waitlist,
        "Åby Kommune har allerede tre pladser. Du får besked, hvis en plads bliver ledig.",
    )
    .await
    .step("putting Mads Lund on the waiting list")?;
    Ok(())
}
