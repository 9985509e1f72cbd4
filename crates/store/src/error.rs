//! The store's errors.

use thiserror::Error;

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, Error)]
pub enum Error {
    /// The row asked for does not exist.
    #[error("not found")]
    NotFound,
    /// A unique constraint refused the write; the string says which value (from context, since
    /// SQLite does not name the constraint).
    #[error("already exists: {0}")]
    Conflict(&'static str),
    /// A foreign key refused the write: something referred to does not exist.
    #[error("refers to something that does not exist: {0}")]
    MissingReference(&'static str),
    /// The file system around the database failed.
    #[error("i/o: {0}")]
    Io(String),
    /// Any other database failure: a bug or an outage.
    #[error(transparent)]
    Database(sqlx::Error),
    /// A migration failed.
    #[error(transparent)]
    Migrate(#[from] sqlx::migrate::MigrateError),
    /// A stored value could not be read back (a bug, or a row edited by hand).
    #[error("corrupt value in {0}")]
    Corrupt(&'static str),
    /// A column that did not decode into its type (a state outside its enum): the column's name
    /// and why.
    #[error("corrupt value in column {column}: {source}")]
    CorruptColumn {
        column: String,
        #[source]
        source: Box<dyn std::error::Error + Send + Sync>,
    },
}

impl From<sqlx::Error> for Error {
    fn from(e: sqlx::Error) -> Self {
        match e {
            sqlx::Error::ColumnDecode { index, source } => Error::CorruptColumn { column: index.trim_matches('"').to_string(), source },
            other => Error::Database(other),
        }
    }
}

impl Error {
    /// Maps a unique or foreign-key violation to a domain error named by the caller.
    pub fn constraint(e: sqlx::Error, what: &'static str) -> Error {
        if let sqlx::Error::Database(db) = &e {
            match db.kind() {
                sqlx::error::ErrorKind::UniqueViolation => return Error::Conflict(what),
                sqlx::error::ErrorKind::ForeignKeyViolation => return Error::MissingReference(what),
                _ => {}
            }
        }
        Error::from(e)
    }
}
