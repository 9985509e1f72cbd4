//! The demo's three networks, the roles in them and the Swedish founding-member invitation.

use spira_app::networks::NetworkRow;
use spira_app::{App, Viewer};
use spira_domain::accounts::NetworkRole;
use spira_domain::networks::CharterInput;

use super::accounts::Facilitators;
use super::{Demo, Step};

pub(crate) struct Networks {
    /// Innovationsnetværket i Region Fjordland: running, a confidential room, free.
    pub dk: NetworkRow,
    /// Spredningsnetværket for velfærdsinnovation: national, paid personal seats.
    pub spread: NetworkRow,
    /// The Swedish network being established as a workshop series.
    pub se: NetworkRow,
}

/// The operator starts the Danish and the Swedish network for their facilitators (no page lets a
/// facilitator start her first network: a platform admin does, and hands it over by an e-mailed
/// invitation); the Danish facilitator, now facilitating, starts the spreading network herself.
pub(crate) async fn create(app: &App, f: &Facilitators) -> anyhow::Result<Networks> {
    let dk = CharterInput {
        name: "Innovationsnetværket i Region Fjordland".into(),
        slug: "innovationsnetvaerket-fjordland".into(),
        purpose: "At dele viden og bygge den op sammen, så vi bliver bedre til at omsætte gode idéer til praksis i hele regionen.\n\nNetværket er et fælles arbejdsrum, hvor vi udfordrer hinanden, ser løsninger fra andre områder end vores eget og spreder det, der virker.".into(),
        content: "- Sparring på konkrete innovationsprojekter\n- Erfaringsudveksling på tværs af hospitaler, psykiatri og administration\n- Oplæg fra fagpersoner i værtsenheden\n- Medlemmer underviser hinanden i metoder og værktøjer".into(),
        admission_criteria: "Du er ansat i Region Fjordland\nDu arbejder med innovation i din dagligdag\nDin nærmeste leder støtter, at du deltager".into(),
        roles_description: "Medlemmerne skiftes til at være vært for et møde: de sørger for lokale og forplejning og står for indholdet.\n\nTovholderen koordinerer datoerne, sender indbydelser og giver sparring på mødernes indhold og proces.".into(),
        meetings_per_year: "4".into(),
        meeting_hours: "3".into(),
        venue: "På skift hos regionens enheder".into(),
        confidential: true,
        contact_name: "Anne-Mette Kjær".into(),
        contact_email: "tovholder@region-fjordland.example".into(),
        language: "da".into(),
        country: "DK".into(),
        status: "running".into(),
    };
    let dk = spira_app::accounts::operator::start_network(app, &f.dk, &dk).await.step("starting the Danish network")?;

    let spread = CharterInput {
        name: "Spredningsnetværket for velfærdsinnovation".into(),
        slug: "spredningsnetvaerket".into(),
        purpose: "Vi hjælper gode løsninger videre fra én kommune eller region til den næste, på tværs af sektorer.".into(),
        content: "- Fem netværksmøder om året, kl. 10.00–15.30, hos medlemmerne på skift\n- Sparring pr. telefon, mail eller møde mellem møderne\n- Vidensdeling på Spira mellem møderne".into(),
        admission_criteria: "Du arbejder med at udvikle eller udbrede nye løsninger\nDu deler åbent ud af dine erfaringer".into(),
        roles_description: "Medlemmerne er på skift vært for et møde og præsenterer deres eget innovationsarbejde.".into(),
        meetings_per_year: "5".into(),
        meeting_hours: "5,5".into(),
        venue: "Hos medlemmerne på skift".into(),
        confidential: true,
        contact_name: "Anne-Mette Kjær".into(),
        contact_email: "tovholder@region-fjordland.example".into(),
        language: "da".into(),
        country: "DK".into(),
        status: "running".into(),
    };
    let spread = spira_app::networks::charter::create(app, &Viewer::of(f.dk.clone()), &spread).await.step("the spreading network")?;

    let se = CharterInput {
        name: "Nätverket för innovationsrådgivning i Region Norrsund".into(),
        slug: "innovationsradgivning-norrsund".into(),
        purpose: "Att bygga upp ett gemensamt stöd för idébärare i regionen och kommunerna, så att fler idéer prövas, verifieras och sprids.".into(),
        content: "Nätverket startar som en serie om fem workshoppar. Varje träff börjar med laget runt, går igenom utkast (dagordning, förhållningsregler, målbild) och avslutas med hemarbete och en avstämning mot målbilden.".into(),
        admission_criteria: "Du arbetar med innovationsrådgivning eller stöd till idébärare\nDu delar med dig av erfarenheter öppet\nDu kan delta i minst fyra av fem workshoppar".into(),
        roles_description: "Processledaren leder workshopparna tills en sammankallande från nätverket tar över.\n\nVärdskapet roterar mellan medlemmarnas organisationer.".into(),
        meetings_per_year: "5".into(),
        meeting_hours: "4".into(),
        venue: "Hos medlemmarna i tur och ordning, en gång digitalt".into(),
        confidential: true,
        contact_name: "Ingrid Lundmark".into(),
        contact_email: "processledare@region-norrsund.example".into(),
        language: "sv".into(),
        country: "SE".into(),
        status: "forming".into(),
    };
    let se = spira_app::accounts::operator::start_network(app, &f.se, &se).await.step("starting the Swedish network")?;
    Ok(Networks { dk, spread, se })
}

/// The Danish network's observer reads goals and reports, not the room: the facilitator, who
/// added her as a member, makes her an observer.
pub(crate) async fn roles(demo: &Demo) -> anyhow::Result<()> {
    let p = &demo.people;
    spira_app::networks::people::set_role(
        &demo.app,
        &Viewer::of(p.facilitator_dk.clone()),
        &demo.networks.dk.slug,
        p.observer_dk.id.uuid(),
        Some(NetworkRole::Observer),
    )
    .await
    .step("making the observer an observer")
}

/// A founding member invited but not yet joined: the invitation (in Swedish) waits in the outbox.
pub(crate) async fn invite_founding_member(demo: &Demo) -> anyhow::Result<()> {
    spira_app::networks::people::invite(
        &demo.app,
        &Viewer::of(demo.people.facilitator_se.clone()),
        &demo.networks.se.slug,
        "grundare@norrsund-kommun.example",
        NetworkRole::Member.as_str(),
    )
    .await
    .step("inviting the Swedish founding member")
}
