//! Sending e-mail: the outbox worker. It claims due messages from the outbox, sends each through
//! SMTP (lettre), and marks it sent or schedules a retry with back-off. A message is never lost:
//! it stays in the outbox until an SMTP server has accepted it.

use std::time::Duration;

use lettre::message::Mailbox;
use lettre::message::header::{ContentType, HeaderName, HeaderValue};
use lettre::message::{MultiPart, SinglePart};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use spira_store::{Db, Timestamp, outbox};

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// `SPIRA_SMTP_URL` could not be understood.
    #[error("invalid SMTP URL: {0}")]
    BadUrl(String),
    /// The sender address is not an e-mail address.
    #[error("invalid sender address: {0}")]
    BadFrom(String),
    #[error(transparent)]
    Store(#[from] spira_store::Error),
}

/// How long a claimed message is reserved for one worker before another may try it.
const LEASE_SECS: i64 = 120;

/// An SMTP connection configuration and the sender address.
#[derive(Clone)]
pub struct Mailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
}

impl Mailer {
    /// `smtp://host:port` (plain, e.g. a local sink), `smtp://user:pass@host:587?tls=required`
    /// (STARTTLS), `smtps://user:pass@host` (implicit TLS).
    pub fn from_url(url: &str, from: &str) -> Result<Mailer, Error> {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            .map_err(|e| Error::BadUrl(e.to_string()))?
            .timeout(Some(Duration::from_secs(20)))
            .build();
        let from = from.parse().map_err(|e: lettre::address::AddressError| Error::BadFrom(e.to_string()))?;
        Ok(Mailer { transport, from })
    }

    async fn send(&self, row: &outbox::OutboxRow) -> Result<(), String> {
        let msg = self.build(row)?;
        self.transport.send(msg).await.map(|_| ()).map_err(|e| e.to_string())
    }

    /// The message as stored: the text alone, or the text with its parts as alternatives (a
    /// calendar invitation beside its text), and the extra headers as they are.
    fn build(&self, row: &outbox::OutboxRow) -> Result<Message, String> {
        let to: Mailbox = row.to_address.parse().map_err(|e: lettre::address::AddressError| e.to_string())?;
        let mut builder =
            Message::builder().from(self.from.clone()).to(to).subject(row.subject.clone()).message_id(Some(format!("<{}@spira>", row.id)));
        for h in row.headers().map_err(|e| e.to_string())? {
            let name = HeaderName::new_from_ascii(h.name.clone()).map_err(|e| format!("header {}: {e}", h.name))?;
            builder = builder.raw_header(HeaderValue::new(name, h.value));
        }
        let parts = row.parts().map_err(|e| e.to_string())?;
        if parts.is_empty() {
            return builder.header(ContentType::TEXT_PLAIN).body(row.body_text.clone()).map_err(|e| e.to_string());
        }
        let mut alternative = MultiPart::alternative().singlepart(SinglePart::plain(row.body_text.clone()));
        for p in parts {
            let ct = ContentType::parse(&p.content_type).map_err(|e| format!("content type {}: {e}", p.content_type))?;
            alternative = alternative.singlepart(SinglePart::builder().header(ct).body(p.body));
        }
        builder.multipart(alternative).map_err(|e| e.to_string())
    }
}

/// Sends every message that is due by `now` (the application's clock, read at each step, since
/// an SMTP conversation takes time); returns how many were sent and how many failed.
pub async fn deliver_due(db: &Db, mailer: &Mailer, now: &(dyn Fn() -> Timestamp + Sync)) -> Result<(usize, usize), Error> {
    let (mut sent, mut failed) = (0, 0);
    loop {
        let claimed = {
            let mut tx = db.begin().await?;
            let row = outbox::claim_due(tx.conn(), LEASE_SECS, now()).await?;
            tx.commit().await?;
            row
        };
        let Some(row) = claimed else { break };
        // The SMTP conversation happens outside any transaction.
        let result = mailer.send(&row).await;
        let mut tx = db.begin().await?;
        match result {
            Ok(()) => {
                outbox::mark_sent(tx.conn(), row.id, now()).await?;
                sent += 1;
                tracing::info!(id = %row.id, to = %row.to_address, "e-mail sent");
            }
            Err(e) => {
                outbox::mark_failed(tx.conn(), row.id, row.attempts, &e, now()).await?;
                failed += 1;
                tracing::warn!(id = %row.id, attempts = row.attempts, error = %e, "e-mail not sent; will retry");
            }
        }
        tx.commit().await?;
        if failed > 0 {
            break; // the server is likely down: wait for the back-off instead of hammering it
        }
    }
    Ok((sent, failed))
}

/// The worker loop run by `spira serve`: polls the outbox every `interval` until `shutdown`,
/// reading the time from `now` (the application's clock).
pub async fn run(
    db: Db,
    mailer: Mailer,
    now: impl Fn() -> Timestamp + Send + Sync + 'static,
    interval: Duration,
    mut shutdown: tokio::sync::watch::Receiver<bool>,
) {
    loop {
        if let Err(e) = deliver_due(&db, &mailer, &now).await {
            tracing::error!(error = %e, "outbox worker");
        }
        tokio::select! {
            _ = tokio::time::sleep(interval) => {}
            _ = shutdown.changed() => break,
        }
    }
}
