//! Accounts: people, sign-in (password or e-mail link), sessions, password reset, invitations,
//! one's own profile and personal API tokens.

pub mod invitations;
pub mod links;
pub mod operator;
pub mod password;
pub mod profile;
pub mod sessions;
pub mod signin;
pub mod tokens;

pub use spira_store::accounts::UserRow;
