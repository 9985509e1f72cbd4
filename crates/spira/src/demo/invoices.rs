//! The term's invoices: the facilitators give the buyers' references, say who issues and on what
//! terms, and issue. Region Fjordland bills Åby Kommune for its three seats in the spreading
//! network (4.000 + 2.500 + 2.500 kr. + 25 % moms = 11.250,00 kr.); the seat from Psykiatrien
//! waits, since its workplace has no postal address, electronic address or reference yet. Region
//! Norrsund bills Älvstads kommun in SEK.

use spira_app::accounts::UserRow;
use spira_app::invoices::IssuerInput;
use spira_app::networks::NetworkRow;
use spira_app::{Uuid, Viewer, invoices};

use super::{Demo, Step};

/// One network's invoicing, by its facilitator: the buyer's reference, the issuer, issuing.
struct Billing<'a> {
    network: &'a NetworkRow,
    facilitator: &'a UserRow,
    buyer: Uuid,
    buyer_reference: &'a str,
    issuer: Uuid,
    terms: IssuerInput,
}

async fn bill(demo: &Demo, b: Billing<'_>) -> anyhow::Result<()> {
    let app = &demo.app;
    let viewer = Viewer::of(b.facilitator.clone());
    let slug = &b.network.slug;
    let term = spira_app::networks::term(app, b.network).year();
    invoices::drafts::set_reference(app, &viewer, b.network, term, b.buyer, b.buyer_reference)
        .await
        .step(&format!("the buyer's reference in {slug}"))?;
    invoices::issuer::save(app, &viewer, b.network, &b.issuer.to_string(), &b.terms).await.step(&format!("the issuer of {slug}"))?;
    let report = invoices::issue::issue(app, &viewer, b.network, term).await.step(&format!("issuing the invoices of {slug}"))?;
    if report.issued.len() != 1 {
        anyhow::bail!("demo: {slug} should issue one invoice, and issued {}", report.issued.len());
    }
    Ok(())
}

pub(crate) async fn issue(demo: &Demo) -> anyhow::Result<()> {
    let (p, o, n) = (&demo.people, &demo.orgs, &demo.networks);
    bill(
        demo,
        Billing {
            network: &n.spread,
            facilitator: &p.facilitator_dk,
            buyer: o.aaby,
            buyer_reference: "Innovation og Digitalisering, att. Lene Bach",
            issuer: o.fjordland,
            terms: IssuerInput {
                payment_kind: "dk_account".into(),
                reg: "1551".into(),
                account: "0003456789".into(),
                payment_days: "30".into(),
                ..Default::default()
            },
        },
    )
    .await?;
    bill(
        demo,
        Billing {
            network: &n.se,
            facilitator: &p.facilitator_se,
            buyer: o.alvstad,
            buyer_reference: "Utvecklingsenheten, Er referens: Kim Ek",
            issuer: o.norrsund,
            terms: IssuerInput {
                payment_kind: "bankgiro".into(),
                giro: "5050-1055".into(),
                payment_days: "30".into(),
                fskatt: true,
                ..Default::default()
            },
        },
    )
    .await
}
