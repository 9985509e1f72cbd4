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

crate::failures! {
    /// What the account use cases answer besides the shared outcomes.
    pub enum AccountsError {
        /// The e-mail address or the password is wrong (which of them is not said).
        #[error("wrong credentials")]
        WrongCredentials = BadRequest "wrong_credentials",
        /// Too many failed sign-ins for the address or from the client.
        #[error("too many attempts")]
        TooManyAttempts = TooManyRequests "too_many_attempts",
        /// Too many sign-in or reset links sent to the address in the last hour.
        #[error("too many links")]
        TooManyLinks = TooManyRequests "too_many_links",
    }
}

pub type Result<T, E = AccountsError> = std::result::Result<T, E>;
