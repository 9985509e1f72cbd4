//! Accounts: people, sign-in, sessions, e-mail links, invitations and personal API tokens.

pub mod invitations;

pub use spira_store::accounts::UserRow;
