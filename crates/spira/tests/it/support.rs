//! The test app: the real router on a real database (a temporary SQLite file, or a fresh
//! PostgreSQL database when `SPIRA_TEST_POSTGRES_URL` is set), a browser-like client with a
//! cookie jar, and a real SMTP sink that the outbox worker delivers to.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use axum::Router;
use axum::body::Body;
use axum::http::{HeaderMap, Method, Request, StatusCode, header};
use http_body_util::BodyExt;
use spira_store::Db;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;
use tower::ServiceExt;

/// Runs an `async fn(TestApp)` on SQLite and on PostgreSQL as two tests.
#[macro_export]
macro_rules! on_both {
    ($($name:ident),* $(,)?) => {
        $(
            mod $name {
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn sqlite() {
                    let app = $crate::support::TestApp::sqlite().await;
                    super::$name(app.clone()).await;
                    app.cleanup().await;
                }
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn postgres() {
                    let Some(app) = $crate::support::TestApp::postgres().await else { return };
                    super::$name(app.clone()).await;
                    app.cleanup().await;
                }
            }
        )*
    };
}

pub const PASSWORD: &str = "correct horse battery";

#[derive(Clone)]
pub struct TestApp {
    pub db: Db,
    pub state: spira_web::AppState,
    pub router: Router,
    pub smtp: SmtpSink,
    pub base_url: String,
    #[expect(dead_code, reason = "held for its Drop, which removes the database when the last clone goes")]
    cleanup: Arc<Cleanup>,
}

/// What a test made outside the process: removed on `Drop`, so a failing test (whose clones are
/// dropped while it unwinds) leaves nothing behind.
enum Cleanup {
    Dir(std::path::PathBuf),
    Postgres { admin_url: String, name: String },
}

impl Drop for Cleanup {
    fn drop(&mut self) {
        match self {
            Cleanup::Dir(d) => {
                if let Err(e) = std::fs::remove_dir_all(&*d)
                    && e.kind() != std::io::ErrorKind::NotFound
                {
                    eprintln!("could not remove {}: {e}", d.display());
                }
            }
            Cleanup::Postgres { admin_url, name } => {
                // Drop may run inside the test's runtime, which cannot be blocked on: a thread
                // with a runtime of its own drops the database (FORCE ends open connections).
                let (url, sql) = (admin_url.clone(), format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"));
                let done = std::thread::spawn(move || {
                    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
                    rt.block_on(async {
                        let admin = sqlx::PgPool::connect(&url).await?;
                        sqlx::query(sqlx::AssertSqlSafe(sql)).execute(&admin).await?;
                        admin.close().await;
                        Ok::<_, sqlx::Error>(())
                    })
                })
                .join();
                if !matches!(done, Ok(Ok(()))) {
                    eprintln!("could not drop test database {name}: {done:?}");
                }
            }
        }
    }
}

/// The migrated template database for this set of migrations, made once (by whichever test or
/// test process gets there first) and reused.
async fn postgres_template(url: &str) -> String {
    static MADE: tokio::sync::Mutex<Option<String>> = tokio::sync::Mutex::const_new(None);
    let mut made = MADE.lock().await;
    if let Some(name) = &*made {
        return name.clone();
    }
    let name = format!("spira_tpl_{}", spira_store::postgres_migration_fingerprint());
    let admin = sqlx::PgPool::connect(url).await.expect("connect to SPIRA_TEST_POSTGRES_URL");
    let exists: Option<bool> = sqlx::query_scalar("SELECT datistemplate FROM pg_database WHERE datname = $1")
        .bind(&name)
        .fetch_optional(&admin)
        .await
        .expect("look for the template");
    if exists != Some(true) {
        // A half-made template (a run that died while migrating) is made again. Another process
        // making it at the same time is told the name is taken, and uses theirs once marked.
        let building = format!("{name}_{}", std::process::id());
        sqlx::query(sqlx::AssertSqlSafe(format!("DROP DATABASE IF EXISTS {building} WITH (FORCE)"))).execute(&admin).await.expect("drop");
        sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {building}"))).execute(&admin).await.expect("create template");
        let mut parsed = url::Url::parse(url).expect("postgres url");
        parsed.set_path(&format!("/{building}"));
        let db = Db::connect(parsed.as_str()).await.expect("connect template");
        db.migrate().await.expect("migrate template");
        db.close().await;
        let renamed = sqlx::query(sqlx::AssertSqlSafe(format!("ALTER DATABASE {building} RENAME TO {name}"))).execute(&admin).await;
        match renamed {
            Ok(_) => {
                sqlx::query(sqlx::AssertSqlSafe(format!("ALTER DATABASE {name} IS_TEMPLATE true")))
                    .execute(&admin)
                    .await
                    .expect("mark template");
            }
            Err(_) => {
                sqlx::query(sqlx::AssertSqlSafe(format!("DROP DATABASE IF EXISTS {building} WITH (FORCE)")))
                    .execute(&admin)
                    .await
                    .expect("drop");
                for _ in 0..100 {
                    let ready: Option<bool> = sqlx::query_scalar("SELECT datistemplate FROM pg_database WHERE datname = $1")
                        .bind(&name)
                        .fetch_optional(&admin)
                        .await
                        .expect("look for the template");
                    if ready == Some(true) {
                        break;
                    }
                    tokio::time::sleep(std::time::Duration::from_millis(50)).await;
                }
            }
        }
    }
    admin.close().await;
    *made = Some(name.clone());
    name
}

/// A bare database for tests that manage its schema themselves (the migration tests): not
/// migrated, no app on top, removed on `Drop` like a [`TestApp`]'s.
pub struct TestDb {
    pub db: Db,
    /// What `spira --database-url` takes to open it (`sqlite://…/spira.db` or `postgres://…`).
    pub url: String,
    /// The SQLite file (`None` on PostgreSQL), for `ATTACH`.
    pub sqlite_file: Option<std::path::PathBuf>,
    _cleanup: Cleanup,
}

impl TestDb {
    /// An empty SQLite file in a new temporary folder.
    pub async fn sqlite() -> TestDb {
        let dir = std::env::temp_dir().join(format!("spira-test-{}", uuid::Uuid::now_v7().simple()));
        let db = Db::open_sqlite_in(&dir).await.expect("sqlite");
        let file = dir.join("spira.db");
        TestDb { db, url: format!("sqlite://{}", file.display()), sqlite_file: Some(file), _cleanup: Cleanup::Dir(dir) }
    }

    /// A new, empty PostgreSQL database (not a copy of the migrated template, so that it can be
    /// migrated to any version), or `None` when no server is configured (see [`TestApp::postgres`]).
    pub async fn postgres_empty() -> Option<TestDb> {
        let Ok(url) = std::env::var("SPIRA_TEST_POSTGRES_URL") else {
            if std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "false") {
                panic!("CI is set but SPIRA_TEST_POSTGRES_URL is not: the PostgreSQL tests must run");
            }
            return None;
        };
        let name = format!("spira_t_{}", uuid::Uuid::now_v7().simple());
        let admin = sqlx::PgPool::connect(&url).await.expect("connect to SPIRA_TEST_POSTGRES_URL");
        sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}"))).execute(&admin).await.expect("create test database");
        admin.close().await;
        let mut parsed = url::Url::parse(&url).expect("postgres url");
        parsed.set_path(&format!("/{name}"));
        // Made before connecting, so a failed connection still drops the database.
        let cleanup = Cleanup::Postgres { admin_url: url, name };
        let db = Db::connect(parsed.as_str()).await.expect("connect test database");
        Some(TestDb { db, url: parsed.to_string(), sqlite_file: None, _cleanup: cleanup })
    }
}

impl TestApp {
    pub async fn sqlite() -> TestApp {
        let dir = std::env::temp_dir().join(format!("spira-test-{}", uuid::Uuid::now_v7().simple()));
        let db = Db::open_sqlite_in(&dir).await.expect("sqlite");
        Self::with_db(db, Cleanup::Dir(dir)).await
    }

    /// A fresh PostgreSQL database, or `None` outside CI when no server is configured. Under CI a
    /// missing server is a failure, never a silent skip. Each test's database is a copy of one
    /// migrated template (named after the migrations' fingerprint), which is much faster than
    /// migrating afresh.
    pub async fn postgres() -> Option<TestApp> {
        let Ok(url) = std::env::var("SPIRA_TEST_POSTGRES_URL") else {
            if std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "false") {
                panic!("CI is set but SPIRA_TEST_POSTGRES_URL is not: the PostgreSQL tests must run");
            }
            return None;
        };
        let template = postgres_template(&url).await;
        let name = format!("spira_t_{}", uuid::Uuid::now_v7().simple());
        let admin = sqlx::PgPool::connect(&url).await.expect("connect to SPIRA_TEST_POSTGRES_URL");
        // Copies from one template are serialised by PostgreSQL; a copy that meets another one
        // starting is tried again.
        let sql = format!("CREATE DATABASE {name} TEMPLATE {template}");
        for attempt in 0.. {
            match sqlx::query(sqlx::AssertSqlSafe(sql.clone())).execute(&admin).await {
                Ok(_) => break,
                Err(e) if attempt < 50 && e.to_string().contains("being accessed by other users") => {
                    tokio::time::sleep(std::time::Duration::from_millis(20)).await;
                }
                Err(e) => panic!("create test database: {e}"),
            }
        }
        admin.close().await;
        let mut parsed = url::Url::parse(&url).expect("postgres url");
        parsed.set_path(&format!("/{name}"));
        let cleanup = Cleanup::Postgres { admin_url: url, name };
        let db = Db::connect(parsed.as_str()).await.expect("connect test database");
        Some(Self::with_db(db, cleanup).await)
    }

    async fn with_db(db: Db, cleanup: Cleanup) -> TestApp {
        db.migrate().await.expect("migrate");
        let base_url = "http://spira.test".to_string();
        let state = spira_web::AppState::new(db.clone(), spira_web::WebConfig { base_url: base_url.clone(), smtp_configured: true });
        let router = spira_web::router(state.clone());
        TestApp { db, state, router, smtp: SmtpSink::start().await, base_url, cleanup: Arc::new(cleanup) }
    }

    /// Closes the database; what the test made is removed when the last clone is dropped (see
    /// [`Cleanup`]), also when the test panicked.
    pub async fn cleanup(&self) {
        self.db.close().await;
    }

    pub fn is_postgres(&self) -> bool {
        self.db.backend() == "postgres"
    }

    /// A browser holding the given cookies (a session and an anti-forgery token made in a
    /// [`Frozen`] fixture are valid in all its copies).
    pub fn browser_with_cookies(&self, cookies: HashMap<String, String>) -> Browser {
        Browser { cookies: Arc::new(Mutex::new(cookies)), ..self.browser() }
    }

    /// A new browser with an empty cookie jar.
    pub fn browser(&self) -> Browser {
        Browser { router: self.router.clone(), cookies: Arc::new(Mutex::new(HashMap::new())), lang: "en".into(), bearer: None, addr: None }
    }

    /// A browser signed in as a new account with a password.
    pub async fn signed_in(&self, email: &str, name: &str) -> (Browser, spira_store::Uuid) {
        let id = self.create_user(email, name, false).await;
        let b = self.browser();
        let r = b.post_form("/signin", &[("email", email), ("password", PASSWORD), ("next", "/")]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "sign-in of {email}: {}", r.body);
        (b, id)
    }

    pub async fn create_user(&self, email: &str, name: &str, admin: bool) -> spira_store::Uuid {
        let hash = spira_web::accounts::password::hash(PASSWORD).await.expect("hash");
        let mut tx = self.db.begin().await.expect("tx");
        let id = spira_store::accounts::create_user(
            tx.conn(),
            spira_store::accounts::NewUser {
                email,
                name,
                password_hash: Some(&hash),
                is_platform_admin: admin,
                lang: "en",
                organisation_id: None,
            },
            self.now(),
        )
        .await
        .expect("create user");
        tx.commit().await.expect("commit");
        id.uuid()
    }

    /// Creates a network directly in the store with `facilitator` as its facilitator.
    pub async fn create_network(&self, slug: &str, facilitator: spira_store::Uuid) -> spira_store::Uuid {
        let charter = spira_domain::networks::CharterInput {
            name: format!("Netværk {slug}"),
            slug: slug.into(),
            purpose: "Videndeling på tværs".into(),
            meetings_per_year: "4".into(),
            meeting_hours: "3".into(),
            language: "da".into(),
            country: "DK".into(),
            status: "running".into(),
            confidential: true,
            ..Default::default()
        }
        .validate()
        .expect("charter");
        let mut tx = self.db.begin().await.expect("tx");
        let id =
            spira_store::networks::create(tx.conn(), &charter, spira_store::ids::UserId(facilitator), self.now()).await.expect("network");
        tx.commit().await.expect("commit");
        id.uuid()
    }

    pub async fn set_role(&self, network: spira_store::Uuid, user: spira_store::Uuid, role: &str) {
        let mut tx = self.db.begin().await.expect("tx");
        spira_store::networks::set_role(
            tx.conn(),
            spira_store::ids::NetworkId(network),
            spira_store::ids::UserId(user),
            spira_domain::accounts::NetworkRole::parse(role).expect("a role"),
            self.now(),
        )
        .await
        .expect("role");
        tx.commit().await.expect("commit");
    }

    /// A seat for `user` in `network` in this calendar year, for `organisation` with the buyer's
    /// `reference`.
    pub async fn add_seat(
        &self,
        network: spira_store::Uuid,
        user: spira_store::Uuid,
        organisation: Option<spira_store::Uuid>,
        reference: Option<&str>,
    ) {
        let mut tx = self.db.begin().await.expect("tx");
        spira_store::admission::add_seat(
            tx.conn(),
            spira_store::admission::NewSeat {
                network: spira_store::ids::NetworkId(network),
                user: spira_store::ids::UserId(user),
                organisation: organisation.map(spira_store::ids::OrganisationId),
                term: chrono::Datelike::year(&chrono::Utc::now()),
                application: None,
                buyer_reference: reference,
            },
            self.now(),
        )
        .await
        .expect("seat");
        tx.commit().await.expect("commit");
    }

    pub async fn api_token(&self, email: &str) -> String {
        let mut tx = self.db.begin().await.expect("tx");
        let u = spira_store::accounts::find_user_by_email(tx.conn(), email).await.expect("q").expect("user");
        let t = spira_store::accounts::create_api_token(tx.conn(), u.id, "test", self.now()).await.expect("token");
        tx.commit().await.expect("commit");
        t
    }

    /// Now, by the application's clock (what the store is told when a test writes directly).
    pub fn now(&self) -> spira_store::Timestamp {
        self.state.app.now().into()
    }

    /// Runs the outbox worker against the SMTP sink until nothing is due.
    pub async fn deliver_mail(&self) -> (usize, usize) {
        let mailer = spira_mail::Mailer::from_url(&self.smtp.url(), "Spira <noreply@spira.test>").expect("mailer");
        spira_mail::deliver_due(&self.db, &mailer, &|| self.now()).await.expect("deliver")
    }

    /// Delivers the outbox and returns the newest message to `to`.
    pub async fn mail_to(&self, to: &str) -> Mail {
        self.deliver_mail().await;
        self.smtp.last_to(to).unwrap_or_else(|| panic!("no e-mail to {to}; got {:?}", self.smtp.recipients()))
    }
}

/// The rows of every table as a test's fixture left them, kept beside them in the same database
/// (`snapshot_<table>`), so that a test can put them back after each request that may change
/// them: far cheaper than a copy of the database, on PostgreSQL above all.
pub struct Snapshot {
    /// The tables, parents before the tables whose foreign keys name them.
    tables: Vec<String>,
}

impl TestApp {
    /// Keeps the rows of every table, to be put back by [`Snapshot::restore`].
    pub async fn snapshot(&self) -> Snapshot {
        let tables = self.tables_parents_first().await;
        for t in &tables {
            self.exec(&format!("CREATE TABLE snapshot_{t} AS SELECT * FROM {t}")).await;
        }
        Snapshot { tables }
    }

    async fn exec(&self, sql: &str) {
        let mut tx = self.db.begin().await.expect("tx");
        spira_store::exec!(tx.conn(), c => sqlx::query(sqlx::AssertSqlSafe(sql.to_string()))).unwrap_or_else(|e| panic!("{sql}: {e}"));
        tx.commit().await.expect("commit");
    }

    /// The application's tables (not the migrations' own), parents first.
    async fn tables_parents_first(&self) -> Vec<String> {
        let mut r = self.db.read().await.expect("read");
        let (names, edges): (Vec<String>, Vec<(String, String)>) = spira_store::on!(r.conn(), c, q = {
            sqlite: (
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_sqlx%' ORDER BY name",
                "SELECT m.name, f.\"table\" FROM sqlite_master m, pragma_foreign_key_list(m.name) f WHERE m.type = 'table'",
            ),
            postgres: (
                "SELECT tablename::text FROM pg_tables WHERE schemaname = 'public' AND tablename NOT LIKE '_sqlx%' ORDER BY tablename",
                "SELECT conrelid::regclass::text, confrelid::regclass::text FROM pg_constraint WHERE contype = 'f'",
            )
        } => {
            let names = sqlx::query_scalar(q.0).fetch_all(&mut *c).await.expect("tables");
            let edges = sqlx::query_as(q.1).fetch_all(&mut *c).await.expect("foreign keys");
            (names, edges)
        });
        let mut ordered: Vec<String> = Vec::new();
        while ordered.len() < names.len() {
            let before = ordered.len();
            for n in &names {
                let ready = edges.iter().filter(|(child, parent)| child == n && parent != n).all(|(_, p)| ordered.contains(p));
                if !ordered.contains(n) && ready {
                    ordered.push(n.clone());
                }
            }
            assert!(ordered.len() > before, "foreign keys in a cycle among {names:?}");
        }
        ordered
    }
}

impl Snapshot {
    /// Puts every table back as it was when the snapshot was taken, in one transaction.
    pub async fn restore(&self, app: &TestApp) {
        let mut tx = app.db.begin().await.expect("tx");
        for t in self.tables.iter().rev() {
            let sql = format!("DELETE FROM {t}");
            spira_store::exec!(tx.conn(), c => sqlx::query(sqlx::AssertSqlSafe(sql.clone()))).expect("empty a table");
        }
        for t in &self.tables {
            let sql = format!("INSERT INTO {t} SELECT * FROM snapshot_{t}");
            spira_store::exec!(tx.conn(), c => sqlx::query(sqlx::AssertSqlSafe(sql.clone()))).expect("refill a table");
        }
        tx.commit().await.expect("commit");
    }
}

impl Browser {
    /// The cookies this browser holds (to carry a session into a copy of the database).
    pub fn cookies(&self) -> HashMap<String, String> {
        self.cookies.lock().expect("jar").clone()
    }
}

// ---- typed fixtures: who is who, by name instead of by position ----

/// A person in a test: their signed-in browser, account id and e-mail address.
#[derive(Clone)]
pub struct Person {
    pub browser: Browser,
    pub id: spira_store::Uuid,
    pub email: String,
}

/// A network being set up: `app.network("slug").facilitated_by(&fac).build().await`.
pub struct NetworkBuilder<'a> {
    app: &'a TestApp,
    slug: String,
    facilitator: Option<spira_store::Uuid>,
}

impl NetworkBuilder<'_> {
    pub fn facilitated_by(mut self, facilitator: &Person) -> Self {
        self.facilitator = Some(facilitator.id);
        self
    }

    /// Creates the network (confidential and running, see [`TestApp::create_network`]) and
    /// returns its id.
    pub async fn build(self) -> spira_store::Uuid {
        let facilitator = self.facilitator.unwrap_or_else(|| panic!("network {}: who facilitates it?", self.slug));
        self.app.create_network(&self.slug, facilitator).await
    }
}

/// A person being set up: `app.person("x@y.example").member_of(net).signed_in().await`.
pub struct PersonBuilder<'a> {
    app: &'a TestApp,
    email: String,
    name: String,
    roles: Vec<(spira_store::Uuid, &'static str)>,
}

impl PersonBuilder<'_> {
    pub fn named(mut self, name: &str) -> Self {
        self.name = name.into();
        self
    }
    /// Gives the person `role` (facilitator, convener, member, observer) in `network`.
    pub fn with_role(mut self, network: spira_store::Uuid, role: &'static str) -> Self {
        self.roles.push((network, role));
        self
    }
    pub fn member_of(self, network: spira_store::Uuid) -> Self {
        self.with_role(network, "member")
    }
    pub fn observer_of(self, network: spira_store::Uuid) -> Self {
        self.with_role(network, "observer")
    }

    /// Creates the account with [`PASSWORD`], gives it its roles, and signs it in.
    pub async fn signed_in(self) -> Person {
        let (browser, id) = self.app.signed_in(&self.email, &self.name).await;
        for (network, role) in self.roles {
            self.app.set_role(network, id, role).await;
        }
        Person { browser, id, email: self.email }
    }
}

impl TestApp {
    pub fn network(&self, slug: &str) -> NetworkBuilder<'_> {
        NetworkBuilder { app: self, slug: slug.into(), facilitator: None }
    }

    /// A person named after their address unless [`PersonBuilder::named`] says otherwise.
    pub fn person(&self, email: &str) -> PersonBuilder<'_> {
        let name = email.split('@').next().unwrap_or(email).to_string();
        PersonBuilder { app: self, email: email.into(), name, roles: Vec::new() }
    }
}

/// A browser: a cookie jar and a language, driving the router like a person would.
#[derive(Clone)]
pub struct Browser {
    router: Router,
    cookies: Arc<Mutex<HashMap<String, String>>>,
    pub lang: String,
    pub bearer: Option<String>,
    pub addr: Option<std::net::SocketAddr>,
}

#[derive(Debug)]
pub struct Resp {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: String,
}

impl Resp {
    pub fn location(&self) -> &str {
        self.headers.get(header::LOCATION).and_then(|v| v.to_str().ok()).unwrap_or("")
    }
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }
    pub fn content_type(&self) -> &str {
        self.headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("")
    }
}

/// The exact refusal a request should get: its status and what the reader is told.
#[derive(Debug, Clone, Copy)]
pub enum Refusal {
    /// An HTML error page with this message.
    Page(StatusCode, &'static str),
    /// The form sent back with these lines in its error summary (field, "Label: message").
    Form(StatusCode, &'static [(&'static str, &'static str)]),
    /// A JSON error with this code and message.
    Api(StatusCode, &'static str, &'static str),
}

impl Resp {
    /// Asserts that this answer is exactly `expected`; `what` names the case in the failure.
    pub fn assert_refused(&self, expected: Refusal, what: &str) {
        let owned = |pairs: &[(&str, &str)]| pairs.iter().map(|(f, m)| (f.to_string(), m.to_string())).collect::<Vec<_>>();
        match expected {
            Refusal::Page(status, message) => {
                assert_eq!(self.status, status, "{what}: {}", self.body);
                assert_eq!(self.page_message(), message, "{what}");
            }
            Refusal::Form(status, lines) => {
                assert_eq!(self.status, status, "{what}: {}", self.body);
                assert_eq!(self.form_errors(), owned(lines), "{what}");
            }
            Refusal::Api(status, code, message) => {
                assert_eq!(self.status, status, "{what}: {}", self.body);
                assert_eq!(self.api_error(), (code.to_string(), message.to_string()), "{what}");
            }
        }
    }
}

fn unescape(html: &str) -> String {
    html.replace("&#39;", "'").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
}

/// What an error answer says, for asserting the exact refusal rather than "some 4xx".
impl Resp {
    /// The message of an HTML error page (the paragraph under its heading), unescaped.
    pub fn page_message(&self) -> String {
        let after_heading = self.body.split_once("</h1>").map(|(_, rest)| rest).unwrap_or_else(|| panic!("no error page: {}", self.body));
        let p = after_heading.split_once("<p>").and_then(|(_, rest)| rest.split_once("</p>")).map(|(p, _)| p);
        let p = p.unwrap_or_else(|| panic!("no message on the error page: {}", self.body));
        unescape(p)
    }

    /// What the error summary of a form sent back to be corrected lists, in page order: the
    /// field each line links to and the line ("Label: message").
    pub fn form_errors(&self) -> Vec<(String, String)> {
        let Some((_, summary)) = self.body.split_once(r#"<div class="error-summary""#) else { return Vec::new() };
        let summary = summary.split_once("</div>").map(|(s, _)| s).unwrap_or(summary);
        summary
            .split(r##"<li><a href="#"##)
            .skip(1)
            .filter_map(|rest| {
                let (field, rest) = rest.split_once(r#"">"#)?;
                let (line, _) = rest.split_once("</a>")?;
                Some((field.to_string(), unescape(line)))
            })
            .collect()
    }

    /// The `error.code` and `error.message` of a JSON error answer.
    pub fn api_error(&self) -> (String, String) {
        let e = &self.json()["error"];
        let field = |k: &str| e[k].as_str().unwrap_or_else(|| panic!("no error.{k} in {}", self.body)).to_string();
        (field("code"), field("message"))
    }
}

impl Browser {
    pub fn with_lang(mut self, lang: &str) -> Browser {
        self.lang = lang.into();
        self
    }

    pub fn with_token(mut self, token: &str) -> Browser {
        self.bearer = Some(token.into());
        self
    }

    /// Makes the requests come from this client address (as the server's socket would see it).
    pub fn at_addr(mut self, addr: &str) -> Browser {
        self.addr = Some(addr.parse().expect("socket address"));
        self
    }

    pub fn cookie(&self, name: &str) -> Option<String> {
        self.cookies.lock().expect("jar").get(name).cloned()
    }

    pub async fn send(&self, req: Request<Body>) -> Resp {
        let mut req = req;
        let jar: String = self.cookies.lock().expect("jar").iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("; ");
        if !jar.is_empty() {
            req.headers_mut().insert(header::COOKIE, jar.parse().expect("cookie header"));
        }
        if !req.headers().contains_key(header::ACCEPT_LANGUAGE) {
            req.headers_mut().insert(header::ACCEPT_LANGUAGE, self.lang.parse().expect("lang"));
        }
        if let Some(t) = &self.bearer {
            req.headers_mut().insert(header::AUTHORIZATION, format!("Bearer {t}").parse().expect("auth"));
        }
        req.headers_mut().insert(header::HOST, "spira.test".parse().expect("host"));
        if let Some(a) = self.addr {
            req.extensions_mut().insert(axum::extract::ConnectInfo(a));
        }
        let res = self.router.clone().oneshot(req).await.expect("router");
        let status = res.status();
        let headers = res.headers().clone();
        for v in headers.get_all(header::SET_COOKIE) {
            let Ok(v) = v.to_str() else { continue };
            let first = v.split(';').next().unwrap_or("");
            if let Some((k, val)) = first.split_once('=') {
                let mut jar = self.cookies.lock().expect("jar");
                if val.is_empty() || v.contains("Max-Age=0") {
                    jar.remove(k);
                } else {
                    jar.insert(k.to_string(), val.to_string());
                }
            }
        }
        let bytes = res.into_body().collect().await.expect("body").to_bytes();
        Resp { status, headers, body: String::from_utf8_lossy(&bytes).into_owned() }
    }

    pub async fn get(&self, path: &str) -> Resp {
        self.send(Request::get(path).body(Body::empty()).expect("req")).await
    }

    /// The anti-forgery token a page would put in its forms (fetching a page first if needed).
    pub async fn csrf(&self) -> String {
        if self.cookie("spira_csrf").is_none() {
            self.get("/").await;
        }
        self.cookie("spira_csrf").expect("csrf cookie")
    }

    /// Submits a form as a browser does, with the anti-forgery token.
    pub async fn post_form(&self, path: &str, fields: &[(&str, &str)]) -> Resp {
        let csrf = self.csrf().await;
        let mut ser = form_urlencoded::Serializer::new(String::new());
        ser.append_pair("csrf", &csrf);
        for (k, v) in fields {
            ser.append_pair(k, v);
        }
        self.post_raw(path, "application/x-www-form-urlencoded", ser.finish().into_bytes()).await
    }

    pub async fn post_raw(&self, path: &str, content_type: &str, body: Vec<u8>) -> Resp {
        self.send(Request::post(path).header(header::CONTENT_TYPE, content_type).body(Body::from(body)).expect("req")).await
    }

    pub async fn json(&self, method: Method, path: &str, body: serde_json::Value) -> Resp {
        self.send(
            Request::builder()
                .method(method)
                .uri(path)
                .header(header::CONTENT_TYPE, "application/json")
                .body(Body::from(body.to_string()))
                .expect("req"),
        )
        .await
    }
}

// ---- a real SMTP server that keeps what it receives ----

#[derive(Debug, Clone)]
pub struct Mail {
    pub to: Vec<String>,
    pub body: String,
    pub subject: String,
    /// The message as the SMTP server received it, headers and all parts.
    pub raw: String,
}

impl Mail {
    /// The first link in the body that starts with `prefix`.
    pub fn link(&self, prefix: &str) -> String {
        let start = self.body.find(prefix).unwrap_or_else(|| panic!("no link {prefix} in: {}", self.body));
        self.body[start..].split_whitespace().next().unwrap_or("").to_string()
    }
}

#[derive(Clone)]
pub struct SmtpSink {
    pub port: u16,
    mails: Arc<Mutex<Vec<Mail>>>,
    accepting: Arc<std::sync::atomic::AtomicBool>,
}

impl SmtpSink {
    pub async fn start() -> SmtpSink {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind smtp sink");
        let port = listener.local_addr().expect("addr").port();
        let sink = SmtpSink { port, mails: Arc::new(Mutex::new(Vec::new())), accepting: Arc::new(true.into()) };
        let s = sink.clone();
        tokio::spawn(async move {
            while let Ok((sock, _)) = listener.accept().await {
                let s = s.clone();
                tokio::spawn(async move { s.session(sock).await });
            }
        });
        sink
    }

    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    /// Makes the server refuse every message (an outage) or accept again.
    pub fn set_accepting(&self, on: bool) {
        self.accepting.store(on, std::sync::atomic::Ordering::SeqCst);
    }

    async fn session(&self, sock: tokio::net::TcpStream) {
        let (r, mut w) = sock.into_split();
        let mut r = BufReader::new(r);
        let accepting = self.accepting.load(std::sync::atomic::Ordering::SeqCst);
        if !accepting {
            // The session ends either way, also when the client has already gone.
            w.write_all(b"421 sink is down\r\n").await.ok();
            return;
        }
        if w.write_all(b"220 sink ESMTP\r\n").await.is_err() {
            return;
        }
        let mut to = Vec::new();
        let mut line = String::new();
        loop {
            line.clear();
            if r.read_line(&mut line).await.unwrap_or(0) == 0 {
                return;
            }
            let cmd = line.trim_end().to_ascii_uppercase();
            let reply: &[u8] = if cmd.starts_with("EHLO") {
                b"250-sink\r\n250-8BITMIME\r\n250 SMTPUTF8\r\n"
            } else if cmd.starts_with("HELO") || cmd.starts_with("MAIL") || cmd.starts_with("RSET") || cmd.starts_with("NOOP") {
                if cmd.starts_with("RSET") {
                    to.clear();
                }
                b"250 OK\r\n"
            } else if cmd.starts_with("RCPT") {
                let addr = line.trim_end()[8..].trim().trim_start_matches('<').trim_end_matches('>').to_string();
                to.push(addr.to_lowercase());
                b"250 OK\r\n"
            } else if cmd.starts_with("DATA") {
                if w.write_all(b"354 go ahead\r\n").await.is_err() {
                    return;
                }
                let mut data = String::new();
                loop {
                    line.clear();
                    if r.read_line(&mut line).await.unwrap_or(0) == 0 {
                        return;
                    }
                    if line == ".\r\n" || line == ".\n" {
                        break;
                    }
                    data.push_str(line.strip_prefix('.').filter(|_| line.starts_with("..")).unwrap_or(&line));
                }
                self.mails.lock().expect("mails").push(parse_mail(std::mem::take(&mut to), data));
                b"250 queued\r\n"
            } else if cmd.starts_with("QUIT") {
                w.write_all(b"221 bye\r\n").await.ok();
                return;
            } else {
                b"502 not implemented\r\n"
            };
            if w.write_all(reply).await.is_err() {
                return;
            }
        }
    }

    pub fn all(&self) -> Vec<Mail> {
        self.mails.lock().expect("mails").clone()
    }
    pub fn recipients(&self) -> Vec<String> {
        self.all().into_iter().flat_map(|m| m.to).collect()
    }
    pub fn last_to(&self, to: &str) -> Option<Mail> {
        self.all().into_iter().rev().find(|m| m.to.iter().any(|t| t == &to.to_lowercase()))
    }
}

fn parse_mail(to: Vec<String>, raw: String) -> Mail {
    let (head, body) = raw.split_once("\r\n\r\n").unwrap_or((&raw, ""));
    let header = |name: &str| head.lines().find_map(|l| l.strip_prefix(name).map(|v| v.trim().to_string())).unwrap_or_default();
    let encoding = header("Content-Transfer-Encoding:").to_ascii_lowercase();
    let body = match encoding.as_str() {
        "quoted-printable" => decode_qp(body),
        "base64" => {
            use base64::Engine;
            let compact: String = body.split_whitespace().collect();
            String::from_utf8_lossy(&base64::engine::general_purpose::STANDARD.decode(compact).unwrap_or_default()).into_owned()
        }
        _ => body.to_string(),
    };
    Mail { to, subject: header("Subject:"), body: body.replace("\r\n", "\n"), raw: raw.clone() }
}

fn decode_qp(s: &str) -> String {
    let mut out = Vec::new();
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'=' {
            if b.get(i + 1) == Some(&b'\r') && b.get(i + 2) == Some(&b'\n') {
                i += 3;
                continue;
            }
            if let Some(hex) = s.get(i + 1..i + 3)
                && let Ok(v) = u8::from_str_radix(hex, 16)
            {
                out.push(v);
                i += 3;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}
