//! The demo data set: a Danish regional network that is running, a national spreading network
//! with paid seats, and a Swedish network being established, with invented organisations and
//! people (identifiers carry valid check digits but belong to no one).
//!
//! The demo is built the way its people would build it, through the use cases of `spira_app`:
//! the operator creates the accounts and starts the first networks for their facilitators, the
//! facilitators create organisations, write agreements, policies, prices and invoices, members
//! accept and fill in their presentation, applicants apply. Every step checks who may act and
//! writes its own e-mails, exactly as the pages would. One file per feature; the order of the
//! steps is [`load`].
//!
//! Each use case commits on its own, so loading is not one transaction. It is idempotent all
//! the same: the platform admin's account is created last, so its presence means the demo is
//! complete and a second run changes nothing. A run that died half-way leaves its first
//! accounts behind without the admin; the next run notices and stops with a message saying so,
//! rather than tripping over a taken address or building a second copy beside the first.

mod accounts;
mod admission;
mod agreements;
mod fees;
mod invoices;
mod networks;
mod organisations;

use spira_app::{App, Db};
use spira_domain::accounts::Email;

use crate::config::Config;

/// Every demo account that signs in has this password.
pub const DEMO_PASSWORD: &str = "spira-demo";
const ADMIN_EMAIL: &str = "admin@spira.example";

/// A demo login as `spira demo` prints it.
struct Login {
    email: &'static str,
    role: &'static str,
}

/// The logins printed, one a line: `email password role`.
const LOGINS: [Login; 7] = [
    Login { email: ADMIN_EMAIL, role: "platform-admin" },
    Login { email: accounts::FACILITATOR_DK.email, role: "facilitator" },
    Login { email: accounts::MEMBER_DK.email, role: "member" },
    Login { email: accounts::OBSERVER_DK.email, role: "observer" },
    Login { email: accounts::FACILITATOR_SE.email, role: "facilitator" },
    Login { email: accounts::MEMBER_SE.email, role: "member" },
    Login { email: accounts::NEW_MEMBER_DK.email, role: "member" },
];

pub async fn load_and_print(db: &Db, config: &Config) -> anyhow::Result<()> {
    load(db, config).await?;
    for l in &LOGINS {
        println!("{} {} {}", l.email, DEMO_PASSWORD, l.role);
    }
    Ok(())
}

/// What the steps have made so far, by name.
pub(crate) struct Demo {
    pub app: App,
    pub people: accounts::People,
    pub orgs: organisations::Orgs,
    pub networks: networks::Networks,
}

pub async fn load(db: &Db, config: &Config) -> anyhow::Result<()> {
    let app = App::new(db.clone(), config.base_url.clone());
    if spira_app::accounts::operator::find(&app, &email(ADMIN_EMAIL)?).await.step("looking for the demo")?.is_some() {
        return Ok(());
    }
    if spira_app::accounts::operator::find(&app, &email(accounts::FACILITATOR_DK.email)?).await.step("looking for the demo")?.is_some() {
        anyhow::bail!(
            "the demo data is incomplete: an earlier `spira demo` stopped before its last step (the platform admin \
             {ADMIN_EMAIL} is missing, its first accounts are there). Start again from an empty database \
             (a new --data folder, or a new PostgreSQL database) and run `spira demo` once more."
        );
    }

    // The operator creates the facilitators' accounts and starts the Danish and the Swedish
    // network for them; the Danish facilitator then starts the spreading network herself.
    let facilitators = accounts::facilitators(&app).await?;
    let networks = networks::create(&app, &facilitators).await?;
    // Facilitators keep the organisations: each adds her own country's.
    let orgs = organisations::create(&app, &facilitators).await?;
    let people = accounts::people(&app, facilitators, &orgs).await?;
    let demo = Demo { app, people, orgs, networks };
    accounts::profiles(&demo).await?;

    agreements::publish(&demo).await?;
    admission::policies(&demo).await?;
    let members = admission::members(&demo).await?;
    networks::roles(&demo).await?;
    agreements::accept(&demo, &members).await?;
    admission::applications(&demo).await?;
    fees::schedules(&demo).await?;
    invoices::issue(&demo).await?;
    networks::invite_founding_member(&demo).await?;

    // Last: the platform admin, whose account marks a complete demo (see the module's doc).
    accounts::admin(&demo.app).await?;
    Ok(())
}

fn email(s: &str) -> anyhow::Result<Email> {
    Email::parse(s).map_err(|code| anyhow::anyhow!("demo e-mail address {s}: {code}"))
}

/// A use case's error with the step that met it, for the operator.
trait Step<T> {
    fn step(self, what: &str) -> anyhow::Result<T>;
}

impl<T, E: spira_app::Failure> Step<T> for Result<T, E> {
    fn step(self, what: &str) -> anyhow::Result<T> {
        self.map_err(|e| anyhow::anyhow!("demo: {what}: {e} ({e:?})"))
    }
}
