//! The confidentiality agreements: each facilitator publishes her network's (which records her
//! own acceptance), and members read and accept the current version. The Danish network's new
//! member has not accepted yet, so its directory stays closed to him.

use spira_app::accounts::UserRow;
use spira_app::networks::NetworkRow;
use spira_app::{Viewer, agreements};
use spira_domain::agreements::AgreementInput;

use super::admission::SeatHolders;
use super::{Demo, Step};

pub(crate) async fn publish(demo: &Demo) -> anyhow::Result<()> {
    let p = &demo.people;
    let n = &demo.networks;
    let texts = [
        (
            &p.facilitator_dk,
            &n.dk,
            "Vi deler erfaringer, cases og udfordringer åbent i netværket, også det, der ikke er lykkedes endnu.\n\n               - Det, der deles på møder og i Spira, bliver i netværket, medmindre den, der har delt det, siger ja til at det bruges andre steder.\n               - Vi nævner ikke borgere, patienter eller kolleger ved navn i cases.\n               - Materialer fra værtsenheder bruges kun internt i egen organisation.\n\n               Aftalen gælder, så længe du er medlem, og et år efter.",
        ),
        (
            &p.facilitator_dk,
            &n.spread,
            "Det, vi deler i netværket, bruger vi til at lære af hinanden. Vi spreder ikke andres materiale uden at spørge først.",
        ),
        (
            &p.facilitator_se,
            &n.se,
            "Det vi delar i nätverket stannar i nätverket, om inte den som delat något säger ja till att det sprids.\n\n               - Idébärarnas idéer och underlag behandlas förtroligt.\n               - Vi återger inte enskilda personers uppgifter i exempel.\n\n               Avtalet gäller så länge du är medlem.",
        ),
    ];
    for (author, network, text) in texts {
        let input = AgreementInput { text: text.into(), editorial: false };
        agreements::publish(&demo.app, &Viewer::of(author.clone()), &network.slug, &input)
            .await
            .step(&format!("the agreement of {}", network.slug))?;
    }
    Ok(())
}

/// A member reads the current agreement and accepts the version she read.
async fn read_and_accept(demo: &Demo, member: &UserRow, network: &NetworkRow) -> anyhow::Result<()> {
    let viewer = Viewer::of(member.clone());
    let what = format!("{} accepting the agreement of {}", member.email, network.slug);
    let standing = agreements::standing(&demo.app, &viewer, &network.slug).await.step(&what)?;
    let current = standing.current.ok_or_else(|| anyhow::anyhow!("demo: {what}: no agreement"))?;
    agreements::accept(&demo.app, &viewer, &network.slug, current.version).await.step(&what)?;
    Ok(())
}

pub(crate) async fn accept(demo: &Demo, seats: &SeatHolders) -> anyhow::Result<()> {
    read_and_accept(demo, &demo.people.member_dk, &demo.networks.dk).await?;
    for member in [&seats.louise_brandt, &seats.rasmus_holt, &seats.camilla_friis, &seats.jonas_moelgaard] {
        read_and_accept(demo, member, &demo.networks.spread).await?;
    }
    Ok(())
}
