//! Typed ids where several travel together, so that swapping two does not compile: a seat is
//! `(NetworkId, UserId, Option<OrganisationId>)`, never three `Uuid`s in a row. Each is stored as
//! the UUID it wraps.

use crate::Uuid;

macro_rules! ids {
    ($($(#[$doc:meta])* $name:ident),* $(,)?) => {
        $(
            $(#[$doc])*
            #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, sqlx::Type, serde::Serialize, serde::Deserialize)]
            #[sqlx(transparent)]
            #[serde(transparent)]
            pub struct $name(pub Uuid);

            impl $name {
                pub fn uuid(self) -> Uuid {
                    self.0
                }
            }

            impl From<Uuid> for $name {
                fn from(u: Uuid) -> Self {
                    $name(u)
                }
            }

            impl From<$name> for Uuid {
                fn from(id: $name) -> Uuid {
                    id.0
                }
            }

            impl std::fmt::Display for $name {
                fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                    self.0.fmt(f)
                }
            }
        )*
    };
}

ids!(
    /// A person's account.
    UserId,
    /// A network.
    NetworkId,
    /// An organisation or one of its units.
    OrganisationId,
    /// An application for a seat.
    ApplicationId,
    /// A seat for a term.
    SeatId,
    /// An invoice or credit note.
    InvoiceId,
);
