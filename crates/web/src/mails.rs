//! The e-mails are written and queued by the use cases (`spira_app::mails`).

pub use spira_app::mails::send;
