//! The e-mails Spira sends, written in the recipient's language and queued in the outbox inside
//! the caller's transaction (so a message exists exactly when its cause was committed).

use spira_domain::Lang;
use spira_store::{Conn, outbox};

use crate::error::Result;
use crate::i18n::Tr;

/// Queues a message whose subject and body are the Fluent messages `{id}-subject` and `{id}-body`.
pub async fn send(c: Conn<'_>, to: &str, lang: Lang, id: &str, args: &[(&'static str, &str)]) -> Result<()> {
    let t = Tr::new(lang);
    let subject = t.ta(&format!("{id}-subject"), args);
    let body = format!("{}\n\n-- \n{}\n", t.ta(&format!("{id}-body"), args), t.t("mail-footer"));
    outbox::enqueue(c, to, &subject, &body).await?;
    Ok(())
}
