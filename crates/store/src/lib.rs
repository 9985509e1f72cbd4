//! Spira's database: one set of SQL for SQLite and PostgreSQL.
//!
//! [`Db`] holds the pools of whichever backend is configured. Store functions that change data
//! take a [`Conn`] (from a [`Tx`]); those that only read take a [`Read`] (from [`Db::read`]) or a
//! [`Conn`]. They run their SQL through the [`on!`] macro, which compiles
//! the same body once per backend; only the few statements that really differ split by backend.

use std::str::FromStr;
use std::time::Duration;

use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{PgConnection, PgPool, Postgres, Sqlite, SqliteConnection, SqlitePool, Transaction};

pub mod access;
pub mod accounts;
pub mod admission;
pub mod agreements;
mod error;
pub mod fees;
pub mod ids;
pub mod invoices;
pub mod jobs;
pub mod members;
pub mod networks;
pub mod organisations;
pub mod outbox;
pub mod secret;
mod timestamp;

pub use error::{Error, Result};
pub use timestamp::Timestamp;
pub use uuid::Uuid;

/// Runs `$body` with `$c` bound to the live backend's connection (`&mut SqliteConnection` or
/// `&mut PgConnection`). `$conn` is a [`Conn`] or a [`Read`]. The body is compiled once per
/// backend, so it must be valid SQL for both.
///
/// Where a piece of the SQL really differs (claiming a row with `FOR UPDATE SKIP LOCKED`), the
/// second form binds `$part` to the backend's piece and compiles the one body with it:
/// `on!(c, c, sql = { sqlite: "…", postgres: "…" } => sqlx::query(sql)…)`.
#[macro_export]
macro_rules! on {
    ($conn:expr, $c:ident => $body:expr) => {
        match $crate::IntoRaw::into_raw($conn) {
            $crate::Raw::Sqlite($c) => $body,
            $crate::Raw::Postgres($c) => $body,
        }
    };
    ($conn:expr, $c:ident, $part:ident = { sqlite: $sqlite:expr, postgres: $postgres:expr } => $body:expr) => {
        match $crate::IntoRaw::into_raw($conn) {
            $crate::Raw::Sqlite($c) => {
                let $part = $sqlite;
                $body
            }
            $crate::Raw::Postgres($c) => {
                let $part = $postgres;
                $body
            }
        }
    };
}

/// Runs a statement on the live backend (as [`on!`]) and returns how many rows it changed.
#[macro_export]
macro_rules! exec {
    ($conn:expr, $c:ident => $query:expr) => {
        $crate::on!($conn, $c => $query.execute(&mut *$c).await.map(|r| r.rows_affected()))
    };
}

/// The configured database.
#[derive(Clone, Debug)]
pub enum Db {
    /// SQLite: many readers, one writer (SQLite allows one writer at a time; a single-connection
    /// pool queues writers in Rust instead of failing them with SQLITE_BUSY).
    Sqlite {
        read: SqlitePool,
        write: SqlitePool,
    },
    Postgres(PgPool),
}

/// The live backend's connection, as [`on!`] hands it to a query. Reaching it does not give a
/// [`Conn`] back: only a [`Tx`] makes one.
#[doc(hidden)]
pub enum Raw<'a> {
    Sqlite(&'a mut SqliteConnection),
    Postgres(&'a mut PgConnection),
}

/// What [`on!`] accepts: a [`Conn`], a [`Read`] or anything that becomes one.
#[doc(hidden)]
pub trait IntoRaw<'a> {
    fn into_raw(self) -> Raw<'a>;
}

impl<'a, T: Into<Read<'a>>> IntoRaw<'a> for T {
    fn into_raw(self) -> Raw<'a> {
        self.into().0
    }
}

/// A connection that may write, borrowed from a [`Tx`] for one store call. Store functions that
/// change data take this; only [`Tx::conn`] makes one, so a write cannot go through the read
/// pool (on SQLite it would fail at run time, on PostgreSQL it would escape the transaction).
///
/// A write function takes a transaction's connection:
///
/// ```no_run
/// # async fn f(db: &spira_store::Db, now: spira_store::Timestamp) -> spira_store::Result<()> {
/// let mut tx = db.begin().await?;
/// spira_store::accounts::set_password(tx.conn(), spira_store::ids::UserId(spira_store::Uuid::nil()), "hash", now).await?;
/// # Ok(())
/// # }
/// ```
///
/// and does not compile with a read connection (the same lines with `db.read()`: the `Read` it
/// lends is not a `Conn`):
///
/// ```compile_fail,E0308
/// # async fn f(db: &spira_store::Db, now: spira_store::Timestamp) -> spira_store::Result<()> {
/// let mut r = db.read().await?;
/// spira_store::accounts::set_password(r.conn(), spira_store::ids::UserId(spira_store::Uuid::nil()), "hash", now).await?;
/// # Ok(())
/// # }
/// ```
///
/// A read function takes either:
///
/// ```no_run
/// # async fn f(db: &spira_store::Db) -> spira_store::Result<()> {
/// let mut r = db.read().await?;
/// spira_store::accounts::get_user(r.conn(), spira_store::ids::UserId(spira_store::Uuid::nil())).await?;
/// let mut tx = db.begin().await?;
/// spira_store::accounts::get_user(tx.conn(), spira_store::ids::UserId(spira_store::Uuid::nil())).await?;
/// # Ok(())
/// # }
/// ```
pub struct Conn<'a>(Raw<'a>);

impl Conn<'_> {
    /// Borrows the connection again for a nested store call.
    pub fn re(&mut self) -> Conn<'_> {
        Conn(self.0.re())
    }
}

/// A connection that only reads: from [`Db::read`], or a [`Conn`] lent to a read function.
/// Store functions that only read take `impl Into<Read>`, so they accept both.
pub struct Read<'a>(Raw<'a>);

impl Read<'_> {
    /// Borrows the connection again for a nested store call.
    pub fn re(&mut self) -> Read<'_> {
        Read(self.0.re())
    }
}

impl<'a> From<Conn<'a>> for Read<'a> {
    fn from(c: Conn<'a>) -> Self {
        Read(c.0)
    }
}

impl Raw<'_> {
    fn re(&mut self) -> Raw<'_> {
        match self {
            Raw::Sqlite(c) => Raw::Sqlite(c),
            Raw::Postgres(c) => Raw::Postgres(c),
        }
    }
}

/// A pooled connection for reads.
pub enum ReadConn {
    Sqlite(sqlx::pool::PoolConnection<Sqlite>),
    Postgres(sqlx::pool::PoolConnection<Postgres>),
}

impl ReadConn {
    pub fn conn(&mut self) -> Read<'_> {
        Read(match self {
            ReadConn::Sqlite(c) => Raw::Sqlite(c),
            ReadConn::Postgres(c) => Raw::Postgres(c),
        })
    }
}

/// A write transaction: one per request that changes data.
pub enum Tx {
    Sqlite(Transaction<'static, Sqlite>),
    Postgres(Transaction<'static, Postgres>),
}

impl Tx {
    pub fn conn(&mut self) -> Conn<'_> {
        Conn(match self {
            Tx::Sqlite(t) => Raw::Sqlite(t),
            Tx::Postgres(t) => Raw::Postgres(t),
        })
    }
    pub async fn commit(self) -> Result<()> {
        match self {
            Tx::Sqlite(t) => t.commit().await?,
            Tx::Postgres(t) => t.commit().await?,
        }
        Ok(())
    }
}

static SQLITE_MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/sqlite");
static POSTGRES_MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/postgres");

impl Db {
    /// Opens the database named by `url`: `postgres://…` or `sqlite://path` (created if missing).
    pub async fn connect(url: &str) -> Result<Db> {
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            let opts = PgConnectOptions::from_str(url)?;
            let pool = PgPoolOptions::new().max_connections(20).acquire_timeout(Duration::from_secs(10)).connect_with(opts).await?;
            Ok(Db::Postgres(pool))
        } else {
            let opts = SqliteConnectOptions::from_str(url)?
                .create_if_missing(true)
                .journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Normal)
                .foreign_keys(true)
                .busy_timeout(Duration::from_secs(10));
            let write = SqlitePoolOptions::new().max_connections(1).connect_with(opts.clone()).await?;
            let read = SqlitePoolOptions::new().max_connections(8).connect_with(opts.read_only(true)).await?;
            Ok(Db::Sqlite { read, write })
        }
    }

    /// Opens (creating if needed) the SQLite file in `dir`.
    pub async fn open_sqlite_in(dir: &std::path::Path) -> Result<Db> {
        std::fs::create_dir_all(dir).map_err(|e| Error::Io(e.to_string()))?;
        let path = dir.join("spira.db");
        Db::connect(&format!("sqlite://{}", path.display())).await
    }

    pub fn backend(&self) -> &'static str {
        match self {
            Db::Sqlite { .. } => "sqlite",
            Db::Postgres(_) => "postgres",
        }
    }

    /// Applies pending migrations.
    pub async fn migrate(&self) -> Result<()> {
        match self {
            Db::Sqlite { write, .. } => SQLITE_MIGRATOR.run(write).await?,
            Db::Postgres(p) => POSTGRES_MIGRATOR.run(p).await?,
        }
        Ok(())
    }

    /// Applies the pending migrations up to and including `version` (one of
    /// [`migration_lists`]), none after it. For tests that put data into an old schema and then
    /// run the rest with [`Db::migrate`], as an upgrade in production would.
    pub async fn migrate_to(&self, version: i64) -> Result<()> {
        let upto = |m: &sqlx::migrate::Migrator| {
            sqlx::migrate::Migrator::with_migrations(m.iter().filter(|m| m.version <= version).cloned().collect())
        };
        match self {
            Db::Sqlite { write, .. } => upto(&SQLITE_MIGRATOR).run(write).await?,
            Db::Postgres(p) => upto(&POSTGRES_MIGRATOR).run(p).await?,
        }
        Ok(())
    }

    /// Borrows a connection for reads.
    pub async fn read(&self) -> Result<ReadConn> {
        Ok(match self {
            Db::Sqlite { read, .. } => ReadConn::Sqlite(read.acquire().await?),
            Db::Postgres(p) => ReadConn::Postgres(p.acquire().await?),
        })
    }

    /// Starts a write transaction. On SQLite it takes the write lock at once (`BEGIN IMMEDIATE`),
    /// so a transaction that reads before it writes cannot fail half-way with SQLITE_BUSY.
    pub async fn begin(&self) -> Result<Tx> {
        Ok(match self {
            Db::Sqlite { write, .. } => Tx::Sqlite(write.begin_with("BEGIN IMMEDIATE").await?),
            Db::Postgres(p) => Tx::Postgres(p.begin().await?),
        })
    }

    /// Checks that the database answers.
    pub async fn ping(&self) -> Result<()> {
        let mut r = self.read().await?;
        on!(r.conn(), c => sqlx::query("SELECT 1").execute(&mut *c).await.map(|_| ()))?;
        Ok(())
    }

    pub async fn close(&self) {
        match self {
            Db::Sqlite { read, write } => {
                read.close().await;
                write.close().await;
            }
            Db::Postgres(p) => p.close().await,
        }
    }
}

/// A migration's version and description.
pub type MigrationId = (i64, String);

/// The migrations of both backends: a test keeps them in step.
pub fn migration_lists() -> (Vec<MigrationId>, Vec<MigrationId>) {
    let list = |m: &sqlx::migrate::Migrator| m.iter().map(|m| (m.version, m.description.to_string())).collect();
    (list(&SQLITE_MIGRATOR), list(&POSTGRES_MIGRATOR))
}

/// A short fingerprint of the PostgreSQL migrations (versions and checksums): tests name their
/// migrated template database after it, so a changed migration gets a fresh template.
pub fn postgres_migration_fingerprint() -> String {
    use sha2::Digest;
    let mut h = sha2::Sha256::new();
    for m in POSTGRES_MIGRATOR.iter() {
        h.update(m.version.to_le_bytes());
        h.update(&m.checksum);
    }
    h.finalize().iter().take(8).map(|b| format!("{b:02x}")).collect()
}

/// A new UUIDv7: time-ordered, so indexes stay compact, and not guessable in sequence.
pub fn new_id() -> Uuid {
    Uuid::now_v7()
}

#[cfg(test)]
mod tests {
    #[test]
    fn both_backends_have_the_same_migrations() {
        let (sqlite, postgres) = super::migration_lists();
        assert!(!sqlite.is_empty());
        assert_eq!(sqlite, postgres);
    }
}
