//! What a seat costs this term: the spreading network charges 4.000 kr. for a workplace's first
//! seat and 2.500 kr. for each further one, the Swedish network 6.000 kr. a seat; both + 25 % VAT.

use spira_app::accounts::UserRow;
use spira_app::fees::PriceInput;
use spira_app::networks::NetworkRow;
use spira_app::{Viewer, fees};

use super::{Demo, Step};

async fn update(demo: &Demo, network: &NetworkRow, by: &UserRow, input: &PriceInput) -> anyhow::Result<()> {
    let what = format!("the prices of {}", network.slug);
    let term = spira_app::networks::term(&demo.app, network).year();
    fees::update_schedule(&demo.app, &Viewer::of(by.clone()), network, term, input).await.step(&what)?;
    Ok(())
}

pub(crate) async fn schedules(demo: &Demo) -> anyhow::Result<()> {
    let spread = PriceInput {
        kind: "first_and_further".into(),
        first: "4000".into(),
        further: "2500".into(),
        currency: "DKK".into(),
        vat_rate: "25".into(),
        ..Default::default()
    };
    update(demo, &demo.networks.spread, &demo.people.facilitator_dk, &spread).await?;
    let se = PriceInput { kind: "flat".into(), first: "6000".into(), currency: "SEK".into(), vat_rate: "25".into(), ..Default::default() };
    update(demo, &demo.networks.se, &demo.people.facilitator_se, &se).await
}
