//! The use cases' errors. Each variant has a stable snake_case code: the JSON API's `error.code`
//! and the Fluent message id `error-{code}`.

use spira_domain::FieldErrors;

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The item does not exist, or the person asking may not know that it does.
    #[error("not found")]
    NotFound,
    /// Signed in, but not allowed.
    #[error("forbidden")]
    Forbidden,
    /// A member who must accept the current confidentiality agreement first.
    #[error("agreement not accepted")]
    AgreementNotAccepted,
    /// The use case needs a signed-in person.
    #[error("sign-in required")]
    SignInRequired,
    /// Input that cannot be used as it is; the code says why.
    #[error("bad request: {0}")]
    BadRequest(&'static str),
    /// The change conflicts with the current state (a taken address, a link already used).
    #[error("conflict: {0}")]
    Conflict(&'static str),
    /// Too many attempts; try later.
    #[error("too many requests: {0}")]
    TooManyRequests(&'static str),
    /// Field-level validation problems.
    #[error("invalid input: {0}")]
    Invalid(FieldErrors),
    /// An import refused whole, with its problems (already in the reader's language), by line.
    #[error("import refused: {0:?}")]
    ImportRefused(Vec<String>),
    /// A bug or an outage; the source is kept for the log.
    #[error("internal error: {0}")]
    Internal(#[source] Box<dyn std::error::Error + Send + Sync>),
}

impl Error {
    /// An internal error from anything that can be shown in a log.
    pub fn internal(e: impl Into<Box<dyn std::error::Error + Send + Sync>>) -> Error {
        Error::Internal(e.into())
    }

    /// The stable code.
    pub fn code(&self) -> &'static str {
        match self {
            Error::NotFound => "not_found",
            Error::Forbidden => "forbidden",
            Error::AgreementNotAccepted => "agreement_not_accepted",
            Error::SignInRequired => "sign_in_required",
            Error::BadRequest(c) | Error::Conflict(c) | Error::TooManyRequests(c) => c,
            Error::Invalid(_) => "invalid_input",
            Error::ImportRefused(_) => "import_refused",
            Error::Internal(_) => "internal",
        }
    }
}

impl From<spira_store::Error> for Error {
    fn from(e: spira_store::Error) -> Self {
        use spira_store::Error as E;
        match e {
            E::NotFound => Error::NotFound,
            E::Conflict("email") => Error::Conflict("email_taken"),
            E::Conflict("slug") => Error::Conflict("slug_taken"),
            E::Conflict(_) => Error::Conflict("already_exists"),
            E::MissingReference(_) => Error::BadRequest("missing_reference"),
            other => Error::Internal(Box::new(other)),
        }
    }
}

impl From<FieldErrors> for Error {
    fn from(e: FieldErrors) -> Self {
        Error::Invalid(e)
    }
}
