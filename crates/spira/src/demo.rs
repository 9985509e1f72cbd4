//! The demo data set: a Danish regional network that is running and a Swedish network being
//! established, with invented organisations and people (identifiers carry valid check digits but
//! belong to no one). Loading is idempotent: a second run changes nothing.

use anyhow::Context;
use spira_domain::accounts::Email;
use spira_domain::admission::{ApplicationState, PolicyInput};
use spira_domain::agreements::AgreementInput;
use spira_domain::fees::PriceInput;
use spira_domain::invoices::IssuerInput;
use spira_domain::members::ProfileInput;
use spira_domain::networks::CharterInput;
use spira_domain::organisations::OrganisationInput;
use spira_store::accounts::{self, NewToken, NewUser, Purpose};
use spira_store::admission::{self, NewApplication};
use spira_store::{Db, Timestamp, Uuid, agreements, invoices, members, networks, organisations};

use crate::config::Config;

/// Every demo account has this password.
pub const DEMO_PASSWORD: &str = "spira-demo";
const ADMIN_EMAIL: &str = "admin@spira.example";

struct DemoUser {
    email: &'static str,
    name: &'static str,
    role: &'static str,
    lang: &'static str,
}

const USERS: [DemoUser; 7] = [
    DemoUser { email: ADMIN_EMAIL, name: "Spira-administrator", role: "platform-admin", lang: "da" },
    DemoUser { email: "tovholder@region-fjordland.example", name: "Anne-Mette Kjær", role: "facilitator", lang: "da" },
    DemoUser { email: "deltager@region-fjordland.example", name: "Jonas Bech Thygesen", role: "member", lang: "da" },
    DemoUser { email: "observatoer@region-fjordland.example", name: "Signe Dahl Mikkelsen", role: "observer", lang: "da" },
    DemoUser { email: "processledare@region-norrsund.example", name: "Ingrid Lundmark", role: "facilitator", lang: "sv" },
    DemoUser { email: "deltagare@alvstad.example", name: "Oskar Nyström", role: "member", lang: "sv" },
    DemoUser { email: "ny.deltager@aaby.example", name: "Mikkel Storgaard", role: "member", lang: "da" },
];

pub async fn load_and_print(db: &Db, config: &Config) -> anyhow::Result<()> {
    load(db, config).await?;
    for u in &USERS {
        println!("{} {} {}", u.email, DEMO_PASSWORD, u.role);
    }
    Ok(())
}

fn org(
    name: &str,
    kind: &str,
    country: &str,
    reg: Option<&str>,
    gln: Option<&str>,
) -> anyhow::Result<spira_domain::organisations::OrganisationDraft> {
    org_at(name, kind, country, reg, gln, ["", "", ""], None)
}

/// An organisation with the postal address and VAT number its invoices need.
fn org_at(
    name: &str,
    kind: &str,
    country: &str,
    reg: Option<&str>,
    gln: Option<&str>,
    [street, postcode, city]: [&str; 3],
    vat: Option<&str>,
) -> anyhow::Result<spira_domain::organisations::OrganisationDraft> {
    OrganisationInput {
        name: name.into(),
        kind: kind.into(),
        country: country.into(),
        parent_id: None,
        registration_number: reg.map(Into::into),
        gln: gln.map(Into::into),
        street: Some(street.into()),
        postcode: Some(postcode.into()),
        city: Some(city.into()),
        vat_number: vat.map(Into::into),
        region: None,
    }
    .validate()
    .map_err(|e| anyhow::anyhow!("demo organisation {name}: {e}"))
}

pub async fn load(db: &Db, config: &Config) -> anyhow::Result<()> {
    {
        let mut r = db.read().await?;
        if accounts::find_user_by_email(r.conn(), ADMIN_EMAIL).await?.is_some() {
            return Ok(());
        }
    }
    let hash = spira_web::accounts::password::hash(DEMO_PASSWORD).await.map_err(|e| anyhow::anyhow!("{e}"))?;
    let mut tx = db.begin().await?;

    // Organisations
    let fjordland = organisations::create(
        tx.conn(),
        &org_at(
            "Region Fjordland",
            "region",
            "DK",
            Some("44591219"),
            Some("5798000123458"),
            ["Regionsgården, Fjordvej 1", "7100", "Fjordby"],
            Some("DK44591219"),
        )?,
        None,
    )
    .await?;
    let hospital = organisations::create(
        tx.conn(),
        &org("Fjordland Universitetshospital", "other", "DK", None, Some("5798000678903"))?,
        Some(fjordland),
    )
    .await?;
    let psych =
        organisations::create(tx.conn(), &org("Psykiatrien i Region Fjordland", "other", "DK", None, None)?, Some(fjordland)).await?;
    let aaby = organisations::create(
        tx.conn(),
        &org_at(
            "Åby Kommune",
            "municipality",
            "DK",
            Some("44591227"),
            Some("5798000234567"),
            ["Rådhustorvet 1", "8990", "Åby"],
            Some("DK44591227"),
        )?,
        None,
    )
    .await?;
    let norrsund = organisations::create(
        tx.conn(),
        &org_at(
            "Region Norrsund",
            "region",
            "SE",
            Some("232199-0513"),
            Some("7359999123454"),
            ["Regionens hus, Storgatan 10", "871 30", "Norrby"],
            Some("SE232199051301"),
        )?,
        None,
    )
    .await?;
    let alvstad = organisations::create(
        tx.conn(),
        &org_at(
            "Älvstads kommun",
            "municipality",
            "SE",
            Some("212099-0730"),
            None,
            ["Stadshuset, Kungsgatan 5", "852 30", "Älvstad"],
            None,
        )?,
        None,
    )
    .await?;

    // People
    let orgs: [Option<Uuid>; 7] = [None, Some(fjordland), Some(hospital), Some(psych), Some(norrsund), Some(alvstad), Some(aaby)];
    let mut ids = Vec::new();
    for (u, o) in USERS.iter().zip(orgs) {
        let id = accounts::create_user(
            tx.conn(),
            NewUser {
                email: u.email,
                name: u.name,
                password_hash: Some(&hash),
                is_platform_admin: u.role == "platform-admin",
                lang: u.lang,
                organisation_id: o,
            },
        )
        .await?;
        ids.push(id);
    }

    // The Danish network: running, a confidential room, four meetings a year.
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
    }
    .validate()
    .map_err(|e| anyhow::anyhow!("demo network: {e}"))?;
    let dk_id = networks::create(tx.conn(), &dk, ids[1]).await?;
    networks::set_role(tx.conn(), dk_id, ids[2], spira_domain::accounts::NetworkRole::Member).await?;
    networks::set_role(tx.conn(), dk_id, ids[3], spira_domain::accounts::NetworkRole::Observer).await?;
    // A member who has joined but not yet accepted the agreement: the directory stays closed to her.
    networks::set_role(tx.conn(), dk_id, ids[6], spira_domain::accounts::NetworkRole::Member).await?;
    let dk_agreement = AgreementInput {
        text: "Vi deler erfaringer, cases og udfordringer åbent i netværket, også det, der ikke er lykkedes endnu.\n\n               - Det, der deles på møder og i Spira, bliver i netværket, medmindre den, der har delt det, siger ja til at det bruges andre steder.\n               - Vi nævner ikke borgere, patienter eller kolleger ved navn i cases.\n               - Materialer fra værtsenheder bruges kun internt i egen organisation.\n\n               Aftalen gælder, så længe du er medlem, og et år efter."
            .into(),
        editorial: false,
    }
    .validate(true)
    .map_err(|e| anyhow::anyhow!("demo agreement: {e}"))?;
    let v = agreements::publish(tx.conn(), dk_id, &dk_agreement, ids[1]).await?;
    agreements::accept(tx.conn(), dk_id, ids[1], v).await?;
    agreements::accept(tx.conn(), dk_id, ids[2], v).await?;
    let profiles = [
        (
            ids[1],
            "Innovationskonsulent i Koncern HR. Tovholder for netværket og glad for at sparre om gevinstrealisering.",
            "Procesfacilitering, Gevinstrealisering, Business case",
        ),
        (
            ids[2],
            "Sygeplejerske og projektleder på en medicinsk afdeling. Arbejder med digitale løsninger til patienter.",
            "Velfærdsteknologi, Brugerinddragelse, Implementering",
        ),
        (ids[4], "Processledare för regionens innovationsstöd.", "Innovationsprocesser, NABC, Workshopledning"),
    ];
    for (user, presentation, competences) in profiles {
        let p = ProfileInput { presentation: presentation.into(), competences: competences.into() }
            .validate()
            .map_err(|e| anyhow::anyhow!("demo profile: {e}"))?;
        members::save_profile(tx.conn(), user, &p).await?;
    }

    // The regional network takes applications all year, endorsed by the nearest manager.
    let dk_policy = PolicyInput {
        open: true,
        criteria: "Du er ansat i eller har din daglige gang i Region Fjordland\nDu arbejder med innovation *\nDin nærmeste leder støtter din deltagelse".into(),
        org_kinds: vec!["region".into(), "other".into()],
        countries: vec!["DK".into()],
        manager_endorsement: true,
        waiting_list: true,
        binding_terms: "Deltagelse er gratis for regionens medarbejdere. Pladsen er personlig.".into(),
        manager_link_days: "14".into(),
        ..Default::default()
    }
    .validate()
    .map_err(|e| anyhow::anyhow!("demo policy: {e}"))?;
    admission::save_policy(tx.conn(), dk_id, &dk_policy).await?;

    // A national spreading network with a paid, personal seat: admission only in January, at
    // most three seats per workplace. Three colleagues from Åby hold seats, one applicant waits
    // for her manager and one is on the waiting list.
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
    }
    .validate()
    .map_err(|e| anyhow::anyhow!("demo network: {e}"))?;
    let spread_id = networks::create(tx.conn(), &spread, ids[1]).await?;
    let spread_policy = PolicyInput {
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
    .validate()
    .map_err(|e| anyhow::anyhow!("demo policy: {e}"))?;
    admission::save_policy(tx.conn(), spread_id, &spread_policy).await?;
    let spread_prices = PriceInput {
        kind: "first_and_further".into(),
        first: "4000".into(),
        further: "2500".into(),
        currency: "DKK".into(),
        vat_rate: "25".into(),
        ..Default::default()
    }
    .validate()
    .map_err(|e| anyhow::anyhow!("demo prices: {e}"))?;
    let term = chrono::Datelike::year(&chrono::Utc::now());
    spira_store::fees::save_price_schedule(tx.conn(), spread_id, term, &spread_prices).await?;
    let spread_agreement = AgreementInput {
        text: "Det, vi deler i netværket, bruger vi til at lære af hinanden. Vi spreder ikke andres materiale uden at spørge først.".into(),
        editorial: false,
    }
    .validate(true)
    .map_err(|e| anyhow::anyhow!("demo agreement: {e}"))?;
    let v = agreements::publish(tx.conn(), spread_id, &spread_agreement, ids[1]).await?;
    // Three colleagues from Åby, and a member from a regional unit whose invoicing details are not
    // filled in yet: the invoice overview names what it lacks (postal address, electronic
    // address, buyer reference).
    let aaby_reference = Some("Innovation og Digitalisering, att. Lene Bach");
    let seat_holders = [
        ("louise.brandt@aaby.example", "Louise Brandt", aaby, aaby_reference),
        ("rasmus.holt@aaby.example", "Rasmus Holt", aaby, aaby_reference),
        ("camilla.friis@aaby.example", "Camilla Friis", aaby, aaby_reference),
        ("jonas.moelgaard@region-fjordland.example", "Jonas Mølgaard", psych, None),
    ];
    for (email, name, workplace, reference) in seat_holders {
        let id = accounts::create_user(
            tx.conn(),
            NewUser { email, name, password_hash: None, is_platform_admin: false, lang: "da", organisation_id: Some(workplace) },
        )
        .await?;
        admission::add_seat(
            tx.conn(),
            admission::NewSeat {
                network: spira_store::ids::NetworkId(spread_id),
                user: spira_store::ids::UserId(id),
                organisation: Some(spira_store::ids::OrganisationId(workplace)),
                term,
                application: None,
                buyer_reference: reference,
            },
        )
        .await?;
        networks::set_role(tx.conn(), spread_id, id, spira_domain::accounts::NetworkRole::Member).await?;
        agreements::accept(tx.conn(), spread_id, id, v).await?;
    }
    let baeklund = organisations::create(tx.conn(), &org("Bæklund Kommune", "municipality", "DK", Some("44591235"), None)?, None).await?;
    let justifications = "\n\nJa, jeg har fået fri til alle fem møder";
    let henriette = accounts::create_user(
        tx.conn(),
        NewUser {
            email: "henriette.dam@baeklund.example",
            name: "Henriette Dam",
            password_hash: None,
            is_platform_admin: false,
            lang: "da",
            organisation_id: Some(baeklund),
        },
    )
    .await?;
    let mads = accounts::create_user(
        tx.conn(),
        NewUser {
            email: "mads.lund@aaby.example",
            name: "Mads Lund",
            password_hash: None,
            is_platform_admin: false,
            lang: "da",
            organisation_id: Some(aaby),
        },
    )
    .await?;
    let waiting = admission::create_application(
        tx.conn(),
        NewApplication {
            network_id: spread_id,
            user_id: Some(henriette),
            email: "henriette.dam@baeklund.example",
            name: "Henriette Dam",
            organisation_id: baeklund,
            manager_name: "Peter Skov",
            manager_email: "peter.skov@baeklund.example",
            justifications,
            buyer_reference: "4711",
            state: ApplicationState::AwaitingManager,
            lang: "da",
            email_token: None,
        },
    )
    .await?;
    let manager_secret = spira_store::secret::new_secret();
    admission::set_manager_link(tx.conn(), waiting, &manager_secret, Timestamp::now().plus_secs(14 * 24 * 3600), None).await?;
    let link = format!("{}/endorse/{manager_secret}", config.base_url);
    spira_web::mails::send(
        tx.conn(),
        "peter.skov@baeklund.example",
        spira_domain::Lang::Da,
        "mail-manager-request",
        &[("manager", "Peter Skov"), ("applicant", "Henriette Dam"), ("network", &spread.name), ("link", &link), ("days", "14")],
    )
    .await
    .map_err(|e| anyhow::anyhow!("{e}"))?;
    let waitlisted = admission::create_application(
        tx.conn(),
        NewApplication {
            network_id: spread_id,
            user_id: Some(mads),
            email: "mads.lund@aaby.example",
            name: "Mads Lund",
            organisation_id: aaby,
            manager_name: "Lene Bach",
            manager_email: "lene.bach@aaby.example",
            justifications,
            buyer_reference: "Innovation og Digitalisering",
            state: ApplicationState::AwaitingDecision,
            lang: "da",
            email_token: None,
        },
    )
    .await?;
    admission::transition(
        tx.conn(),
        waitlisted,
        &[ApplicationState::AwaitingDecision],
        ApplicationState::Waitlisted,
        "Åby Kommune har allerede tre pladser. Du får besked, hvis en plads bliver ledig.",
        Some(ids[1]),
    )
    .await?;

    // The Swedish network: being established as a workshop series, founding members invited.
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
    }
    .validate()
    .map_err(|e| anyhow::anyhow!("demo network: {e}"))?;
    let se_id = networks::create(tx.conn(), &se, ids[4]).await?;
    networks::set_role(tx.conn(), se_id, ids[5], spira_domain::accounts::NetworkRole::Member).await?;
    let se_agreement = AgreementInput {
        text: "Det vi delar i nätverket stannar i nätverket, om inte den som delat något säger ja till att det sprids.\n\n               - Idébärarnas idéer och underlag behandlas förtroligt.\n               - Vi återger inte enskilda personers uppgifter i exempel.\n\n               Avtalet gäller så länge du är medlem."
            .into(),
        editorial: false,
    }
    .validate(true)
    .map_err(|e| anyhow::anyhow!("demo agreement: {e}"))?;
    let v = agreements::publish(tx.conn(), se_id, &se_agreement, ids[4]).await?;
    agreements::accept(tx.conn(), se_id, ids[4], v).await?;

    // A founding member invited but not yet joined: the invitation waits in the outbox.
    let se_row = networks::get(tx.conn(), se_id).await?;
    let inviter = accounts::get_user(tx.conn(), ids[4]).await?;
    let email = Email::parse("grundare@norrsund-kommun.example").map_err(|c| anyhow::anyhow!(c))?;
    let secret = accounts::create_token(
        tx.conn(),
        NewToken {
            purpose: Purpose::Invitation,
            email: email.as_str(),
            user_id: None,
            network_id: Some(se_id),
            role: Some(spira_domain::accounts::NetworkRole::Member),
            invited_by: Some(inviter.id),
            ttl_secs: spira_web::accounts::INVITATION_TTL_SECS,
        },
    )
    .await?;
    let link = format!("{}/invitations/{secret}", config.base_url);
    let t = spira_web::i18n::Tr::new(spira_domain::Lang::Sv);
    let role = t.t("role-member").to_lowercase();
    spira_web::mails::send(
        tx.conn(),
        email.as_str(),
        spira_domain::Lang::Sv,
        "mail-invitation",
        &[("inviter", &inviter.name), ("network", &se_row.name), ("role", &role), ("link", &link)],
    )
    .await
    .map_err(|e| anyhow::anyhow!("{e}"))?;

    // Invoices: Region Fjordland bills the spreading network's seats (Åby's three colleagues:
    // 4.000 + 2.500 + 2.500 kr. + 25 % moms = 11.250,00 kr.), and Region Norrsund bills the
    // founding member from Älvstad in SEK.
    let dk_issuer = IssuerInput {
        payment_kind: "dk_account".into(),
        reg: "1551".into(),
        account: "0003456789".into(),
        payment_days: "30".into(),
        ..Default::default()
    }
    .validate()
    .map_err(|e| anyhow::anyhow!("demo issuer: {e}"))?;
    invoices::save_issuer(tx.conn(), spread_id, fjordland, &dk_issuer).await?;
    let spread_row = networks::get(tx.conn(), spread_id).await?;
    spira_web::invoices::issue_in(tx.conn(), &spread_row, term, Some(ids[1])).await.map_err(|e| anyhow::anyhow!("demo invoices: {e}"))?;

    admission::add_seat(
        tx.conn(),
        admission::NewSeat {
            network: spira_store::ids::NetworkId(se_id),
            user: spira_store::ids::UserId(ids[5]),
            organisation: Some(spira_store::ids::OrganisationId(alvstad)),
            term,
            application: None,
            buyer_reference: Some("Utvecklingsenheten, Er referens: Kim Ek"),
        },
    )
    .await?;
    let se_prices =
        PriceInput { kind: "flat".into(), first: "6000".into(), currency: "SEK".into(), vat_rate: "25".into(), ..Default::default() }
            .validate()
            .map_err(|e| anyhow::anyhow!("demo prices: {e}"))?;
    spira_store::fees::save_price_schedule(tx.conn(), se_id, term, &se_prices).await?;
    let se_issuer = IssuerInput {
        payment_kind: "bankgiro".into(),
        giro: "5050-1055".into(),
        payment_days: "30".into(),
        fskatt: true,
        ..Default::default()
    }
    .validate()
    .map_err(|e| anyhow::anyhow!("demo issuer: {e}"))?;
    invoices::save_issuer(tx.conn(), se_id, norrsund, &se_issuer).await?;
    spira_web::invoices::issue_in(tx.conn(), &se_row, term, Some(ids[4])).await.map_err(|e| anyhow::anyhow!("demo invoices: {e}"))?;

    tx.commit().await.context("saving the demo data")?;
    Ok(())
}
