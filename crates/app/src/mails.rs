//! The e-mails Spira sends, written in the recipient's language and queued in the outbox inside
//! the caller's transaction (so a message exists exactly when its cause was committed). A message
//! is whole when queued: its text, any parts beside it (a calendar invitation) and extra headers
//! (List-Unsubscribe); the worker sends it as it is.

use spira_domain::Lang;
pub use spira_store::outbox::{Header, Message, Part};
use spira_store::{Conn, Timestamp, outbox};

use crate::error::Result;
use crate::i18n::Tr;

/// A message whose subject and body are the Fluent messages `{id}-subject` and `{id}-body`, with
/// the footer every e-mail carries.
pub fn compose(to: &str, lang: Lang, id: &str, args: &[(&'static str, &str)]) -> Message {
    let t = Tr::new(lang);
    let subject = t.ta(&format!("{id}-subject"), args);
    let text = format!("{}\n\n-- \n{}\n", t.ta(&format!("{id}-body"), args), t.t("mail-footer"));
    Message { to: to.to_string(), subject, text, parts: Vec::new(), headers: Vec::new() }
}

/// Queues a whole message.
pub async fn queue(c: Conn<'_>, m: &Message, now: Timestamp) -> Result<()> {
    outbox::enqueue_message(c, m, now).await?;
    Ok(())
}

/// Queues the message `id` (see [`compose`]).
pub async fn send(c: Conn<'_>, to: &str, lang: Lang, id: &str, args: &[(&'static str, &str)], now: Timestamp) -> Result<()> {
    queue(c, &compose(to, lang, id, args), now).await
}

/// The headers that let a mail client offer "unsubscribe" in one click (RFC 2369 and RFC 8058).
pub fn unsubscribe_headers(link: &str) -> Vec<Header> {
    vec![
        Header { name: "List-Unsubscribe".into(), value: format!("<{link}>") },
        Header { name: "List-Unsubscribe-Post".into(), value: "List-Unsubscribe=One-Click".into() },
    ]
}
