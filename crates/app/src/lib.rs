//! Spira's use cases, one module per feature with the same name as in the other layers.
//!
//! A use case takes the [`App`] (the database, the clock and the public address for links in
//! e-mails), the person acting ([`Viewer`]), typed input, and returns a typed result or its feature's
//! error enum (`admission::AdmissionError`, …; see [`error`]), each outcome with a stable code. It checks authorisation itself, reads included, so no page or API
//! route can forget it; it renders and queues its e-mails in its own transaction. The web layer,
//! the CLI, the demo and the timed work (`jobs`) all call these functions.

use std::sync::Arc;

pub mod access;
pub mod accounts;
pub mod admission;
pub mod agreements;
pub mod clock;
pub mod error;
pub mod fees;
pub mod health;
pub mod home;
pub mod i18n;
pub mod invoices;
pub mod jobs;
pub mod mails;
pub mod members;
pub mod networks;
pub mod organisations;
pub mod outbox;

pub use access::Viewer;
pub use clock::{Clock, FixedClock, SystemClock};
#[doc(hidden)]
pub use error::__private;
pub use error::{Common, Failure, Kind, Result};
/// The database handle and the types of its rows travel through this crate, so the web layer
/// needs no dependency on the store: it sees rows only as the results of use cases.
pub use spira_store::secret::new_secret;
pub use spira_store::{Db, Timestamp, Uuid, ids};

/// What every use case runs against.
#[derive(Clone)]
pub struct App {
    pub db: Db,
    pub clock: Arc<dyn Clock>,
    /// The public address used in links inside e-mails, without a trailing slash.
    pub base_url: String,
}

impl App {
    pub fn new(db: Db, base_url: impl Into<String>) -> App {
        App { db, clock: Arc::new(SystemClock), base_url: base_url.into().trim_end_matches('/').to_string() }
    }

    /// The same application with another clock (tests say "it is 00:30 on 1 January").
    pub fn with_clock(mut self, clock: Arc<dyn Clock>) -> App {
        self.clock = clock;
        self
    }

    /// Now, by this application's clock.
    pub fn now(&self) -> chrono::DateTime<chrono::Utc> {
        self.clock.now()
    }

    /// A link into Spira for an e-mail.
    pub fn link(&self, path: &str) -> String {
        format!("{}{path}", self.base_url)
    }
}

impl std::fmt::Debug for App {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("App").field("backend", &self.db.backend()).field("base_url", &self.base_url).finish()
    }
}
