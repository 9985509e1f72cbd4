//! The demo's organisations. Facilitators keep them: the Danish facilitator adds the Danish
//! region, its units and the municipalities, the Swedish one the Swedish region and municipality.

use spira_app::accounts::UserRow;
use spira_app::{App, Uuid, Viewer};
use spira_domain::organisations::OrganisationInput;

use super::Step;
use super::accounts::Facilitators;

pub(crate) struct Orgs {
    pub fjordland: Uuid,
    /// Fjordland Universitetshospital, a unit of Region Fjordland.
    pub hospital: Uuid,
    /// Psykiatrien i Region Fjordland: no postal address yet, so its seats cannot be invoiced.
    pub psychiatry: Uuid,
    pub aaby: Uuid,
    pub baeklund: Uuid,
    pub norrsund: Uuid,
    pub alvstad: Uuid,
}

/// An organisation as the form takes it; the address and VAT number are what invoices need.
struct Org {
    name: &'static str,
    kind: &'static str,
    country: &'static str,
    registration_number: Option<&'static str>,
    gln: Option<&'static str>,
    /// Street, postcode, city.
    address: Option<[&'static str; 3]>,
    vat_number: Option<&'static str>,
    /// The region or län (ISO 3166-2); a unit leaves it empty and inherits its parent's.
    region: Option<&'static str>,
}

async fn save(app: &App, by: &UserRow, o: Org, parent: Option<Uuid>) -> anyhow::Result<Uuid> {
    let [street, postcode, city] = o.address.unwrap_or(["", "", ""]);
    let input = OrganisationInput {
        name: o.name.into(),
        kind: o.kind.into(),
        country: o.country.into(),
        parent_id: parent.map(|p| p.to_string()),
        registration_number: o.registration_number.map(Into::into),
        gln: o.gln.map(Into::into),
        street: Some(street.into()),
        postcode: Some(postcode.into()),
        city: Some(city.into()),
        vat_number: o.vat_number.map(Into::into),
        region: o.region.map(Into::into),
    };
    let row =
        spira_app::organisations::save(app, &Viewer::of(by.clone()), None, &input).await.step(&format!("the organisation {}", o.name))?;
    Ok(row.id.uuid())
}

pub(crate) async fn create(app: &App, f: &Facilitators) -> anyhow::Result<Orgs> {
    let fjordland = save(
        app,
        &f.dk,
        Org {
            name: "Region Fjordland",
            kind: "region",
            country: "DK",
            registration_number: Some("44591219"),
            gln: Some("5798000123458"),
            address: Some(["Regionsgården, Fjordvej 1", "7100", "Fjordby"]),
            vat_number: Some("DK44591219"),
            region: Some("DK-83"),
        },
        None,
    )
    .await?;
    let hospital = save(
        app,
        &f.dk,
        Org {
            name: "Fjordland Universitetshospital",
            kind: "other",
            country: "DK",
            registration_number: None,
            gln: Some("5798000678903"),
            address: None,
            vat_number: None,
            region: None,
        },
        Some(fjordland),
    )
    .await?;
    let psychiatry = save(
        app,
        &f.dk,
        Org {
            name: "Psykiatrien i Region Fjordland",
            kind: "other",
            country: "DK",
            registration_number: None,
            gln: None,
            address: None,
            vat_number: None,
            region: None,
        },
        Some(fjordland),
    )
    .await?;
    let aaby = save(
        app,
        &f.dk,
        Org {
            name: "Åby Kommune",
            kind: "municipality",
            country: "DK",
            registration_number: Some("44591227"),
            gln: Some("5798000234567"),
            address: Some(["Rådhustorvet 1", "8990", "Åby"]),
            vat_number: Some("DK44591227"),
            region: Some("DK-82"),
        },
        None,
    )
    .await?;
    let baeklund = save(
        app,
        &f.dk,
        Org {
            name: "Bæklund Kommune",
            kind: "municipality",
            country: "DK",
            registration_number: Some("44591235"),
            gln: None,
            address: None,
            vat_number: None,
            region: Some("DK-83"),
        },
        None,
    )
    .await?;
    let norrsund = save(
        app,
        &f.se,
        Org {
            name: "Region Norrsund",
            kind: "region",
            country: "SE",
            registration_number: Some("232199-0513"),
            gln: Some("7359999123454"),
            address: Some(["Regionens hus, Storgatan 10", "871 30", "Norrby"]),
            vat_number: Some("SE232199051301"),
            region: Some("SE-Y"),
        },
        None,
    )
    .await?;
    let alvstad = save(
        app,
        &f.se,
        Org {
            name: "Älvstads kommun",
            kind: "municipality",
            country: "SE",
            registration_number: Some("212099-0730"),
            gln: None,
            address: Some(["Stadshuset, Kungsgatan 5", "852 30", "Älvstad"]),
            vat_number: None,
            region: Some("SE-Y"),
        },
        None,
    )
    .await?;
    Ok(Orgs { fjordland, hospital, psychiatry, aaby, baeklund, norrsund, alvstad })
}
