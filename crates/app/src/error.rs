//! The use cases' errors. Each feature has its own enum (`admission::AdmissionError`,
//! `invoices::InvoicesError`, …) with a variant per outcome of its own; what every feature can
//! answer (not found, forbidden, sign in, invalid fields, an outage) is [`Common`], which each
//! feature enum embeds as its `Common` variant rather than copying. Every variant has a stable
//! snake_case code: the JSON API's `error.code` and the Fluent message id `error-{code}`.
//!
//! The enums are written with [`failures!`](crate::failures), which gives each variant its code
//! and [`Kind`] in one place and lists the codes in `CODES`; the catalogue test finds every
//! invocation in the sources and fails when a code has no message.

use spira_domain::FieldErrors;

pub type Result<T, E = Common> = std::result::Result<T, E>;

/// What sort of outcome an error is; the web layer chooses the status from it alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The item does not exist, or the person asking may not know that it does.
    NotFound,
    /// Signed in, but not allowed.
    Forbidden,
    /// A member who must accept the current confidentiality agreement first.
    AgreementNotAccepted,
    /// The use case needs a signed-in person.
    SignInRequired,
    /// Input that cannot be used as it is; the code says why.
    BadRequest,
    /// The change conflicts with the current state (a taken address, a link already used).
    Conflict,
    /// Too many attempts; try later.
    TooManyRequests,
    /// Field-level validation problems ([`Failure::fields`]).
    Invalid,
    /// An import refused whole, with its problems by line.
    ImportRefused,
    /// A bug or an outage; the source is kept for the log.
    Internal,
}

/// An outcome a use case can answer with: its stable code and its kind.
pub trait Failure: std::error::Error + Send + Sync + 'static {
    /// The stable code: JSON `error.code`, and the Fluent id `error-{code}`.
    fn code(&self) -> &'static str;
    fn kind(&self) -> Kind;
    /// The problems by field, for [`Kind::Invalid`].
    fn fields(&self) -> Option<&FieldErrors> {
        None
    }
}

/// Defines an error enum whose variants each carry a code and a [`Kind`]:
///
/// ```
/// use spira_app::Kind;
/// use spira_app::networks::NetworksError;
///
/// spira_app::failures! {
///     /// What watching a network can answer.
///     pub enum WatchError {
///         /// The network takes applications already: apply instead.
///         #[error("already open")]
///         AlreadyOpen = Conflict "already_open",
///     }
///     wraps {
///         /// A refusal of the networks feature, whose use cases this one calls.
///         Networks(NetworksError),
///     }
/// }
///
/// assert_eq!((WatchError::AlreadyOpen.code(), WatchError::AlreadyOpen.kind()), ("already_open", Kind::Conflict));
/// assert_eq!(WatchError::CODES, ["already_open"]);
/// assert_eq!(WatchError::from(NetworksError::LastFacilitator).code(), "last_facilitator");
/// assert_eq!(WatchError::from(spira_app::Common::NotFound).kind(), Kind::NotFound);
/// ```
///
/// Every enum gets a `Common(`[`Common`]`)` variant, so `?` takes a store error, `FieldErrors` or
/// any shared outcome; `wraps` adds variants that carry another feature's error with its code.
/// A variant may hold one value; an [`Kind::Invalid`] one holds `FieldErrors`.
#[macro_export]
macro_rules! failures {
    (@fields Invalid $x:ident) => { Some($x) };
    (@fields $kind:ident $x:ident) => { None };
    (@enum
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $(
                $(#[$vmeta:meta])*
                $variant:ident $( ( $(#[$fmeta:meta])* $field:ty ) )? = $kind:ident $code:literal,
            )*
        }
        wraps { $( $(#[$wmeta:meta])* $wvariant:ident($wty:ty), )* }
    ) => {
        $(#[$meta])*
        #[derive(Debug, $crate::__private::thiserror::Error)]
        $vis enum $name {
            $( $(#[$vmeta])* $variant $( ( $(#[$fmeta])* $field ) )?, )*
            $( $(#[$wmeta])* #[error(transparent)] $wvariant(#[from] $wty), )*
        }

        impl $name {
            /// The codes of this enum's own variants (a wrapped error lists its own).
            pub const CODES: &'static [&'static str] = &[$($code),*];

            /// [`Failure::code`](crate::error::Failure::code), without importing the trait.
            pub fn code(&self) -> &'static str {
                $crate::error::Failure::code(self)
            }

            /// [`Failure::kind`](crate::error::Failure::kind), without importing the trait.
            pub fn kind(&self) -> $crate::error::Kind {
                $crate::error::Failure::kind(self)
            }
        }

        impl $crate::error::Failure for $name {
            fn code(&self) -> &'static str {
                match self {
                    $( $name::$variant { .. } => $code, )*
                    $( $name::$wvariant(e) => $crate::error::Failure::code(e), )*
                }
            }
            fn kind(&self) -> $crate::error::Kind {
                match self {
                    $( $name::$variant { .. } => $crate::error::Kind::$kind, )*
                    $( $name::$wvariant(e) => $crate::error::Failure::kind(e), )*
                }
            }
            #[allow(unreachable_patterns, unused_variables, reason = "an enum may hold no field errors")]
            fn fields(&self) -> Option<&$crate::__private::FieldErrors> {
                $( $(
                    if let $name::$variant(x) = self {
                        let x: &$field = x;
                        return $crate::failures!(@fields $kind x);
                    }
                )? )*
                match self {
                    $( $name::$wvariant(e) => $crate::error::Failure::fields(e), )*
                    _ => None,
                }
            }
        }
    };
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $(
                $(#[$vmeta:meta])*
                $variant:ident $( ( $(#[$fmeta:meta])* $field:ty ) )? = $kind:ident $code:literal
            ),* $(,)?
        }
        $( wraps { $( $(#[$wmeta:meta])* $wvariant:ident($wty:ty) ),* $(,)? } )?
    ) => {
        $crate::failures!(@enum
            $(#[$meta])*
            $vis enum $name {
                $( $(#[$vmeta])* $variant $( ( $(#[$fmeta])* $field ) )? = $kind $code, )*
            }
            wraps {
                /// An outcome every feature shares.
                Common($crate::error::Common),
                $( $( $(#[$wmeta])* $wvariant($wty), )* )?
            }
        );

        impl ::core::convert::From<$crate::__private::StoreError> for $name {
            fn from(e: $crate::__private::StoreError) -> Self {
                $name::Common(e.into())
            }
        }

        impl ::core::convert::From<$crate::__private::FieldErrors> for $name {
            fn from(e: $crate::__private::FieldErrors) -> Self {
                $name::Common(e.into())
            }
        }
    };
}

failures! {
    @enum
    /// The outcomes every feature shares; each feature's enum embeds it as `Common`.
    pub enum Common {
        /// The item does not exist, or the person asking may not know that it does.
        #[error("not found")]
        NotFound = NotFound "not_found",
        /// Signed in, but not allowed.
        #[error("forbidden")]
        Forbidden = Forbidden "forbidden",
        /// A member who must accept the current confidentiality agreement first.
        #[error("agreement not accepted")]
        AgreementNotAccepted = AgreementNotAccepted "agreement_not_accepted",
        /// The use case needs a signed-in person.
        #[error("sign-in required")]
        SignInRequired = SignInRequired "sign_in_required",
        /// Input that cannot be used as it is, with nothing more precise to say.
        #[error("bad request")]
        BadRequest = BadRequest "bad_request",
        /// Another account has the e-mail address (the store's `email` constraint).
        #[error("e-mail address taken")]
        EmailTaken = Conflict "email_taken",
        /// Another network has the web address (the store's `slug` constraint).
        #[error("slug taken")]
        SlugTaken = Conflict "slug_taken",
        /// Any other unique constraint of the store.
        #[error("already exists")]
        AlreadyExists = Conflict "already_exists",
        /// The change refers to something that does not exist (a foreign key).
        #[error("missing reference")]
        MissingReference = BadRequest "missing_reference",
        /// Field-level validation problems.
        #[error("invalid input: {0}")]
        Invalid(FieldErrors) = Invalid "invalid_input",
        /// A bug or an outage; the source is kept for the log.
        #[error("internal error: {0}")]
        Internal(#[source] Box<dyn std::error::Error + Send + Sync>) = Internal "internal",
    }
    wraps {}
}

impl Common {
    /// An internal error from anything that can be shown in a log.
    pub fn internal(e: impl Into<Box<dyn std::error::Error + Send + Sync>>) -> Common {
        Common::Internal(e.into())
    }
}

/// A store outage stays internal: only the constraint answers become conflicts.
impl From<spira_store::Error> for Common {
    fn from(e: spira_store::Error) -> Self {
        use spira_store::Error as E;
        match e {
            E::NotFound => Common::NotFound,
            E::Conflict("email") => Common::EmailTaken,
            E::Conflict("slug") => Common::SlugTaken,
            E::Conflict(_) => Common::AlreadyExists,
            E::MissingReference(_) => Common::MissingReference,
            other => Common::Internal(Box::new(other)),
        }
    }
}

impl From<FieldErrors> for Common {
    fn from(e: FieldErrors) -> Self {
        Common::Invalid(e)
    }
}

#[doc(hidden)]
pub mod __private {
    pub use spira_domain::FieldErrors;
    pub use spira_store::Error as StoreError;
    pub use thiserror;
}

#[cfg(test)]
mod tests {
    use super::*;

    failures! {
        /// A feature for the test.
        enum Probe {
            #[error("refused")]
            Refused = Conflict "probe_refused",
            #[error("slow")]
            Slow = TooManyRequests "probe_slow",
        }
    }

    #[test]
    fn a_feature_error_has_its_own_codes_and_the_shared_ones() {
        assert_eq!(Probe::CODES, ["probe_refused", "probe_slow"]);
        assert_eq!((Probe::Refused.code(), Probe::Refused.kind()), ("probe_refused", Kind::Conflict));
        let e: Probe = spira_store::Error::Conflict("email").into();
        assert_eq!((e.code(), e.kind()), ("email_taken", Kind::Conflict));
        let e: Probe = FieldErrors::one("name", "required").into();
        assert_eq!((e.code(), e.kind()), ("invalid_input", Kind::Invalid));
        assert_eq!(e.fields().map(|f| f.0.len()), Some(1));
        assert!(Probe::Slow.fields().is_none());
    }

    #[test]
    fn a_store_outage_is_internal_never_a_conflict() {
        let e: Probe = spira_store::Error::Corrupt("x").into();
        assert_eq!((e.code(), e.kind()), ("internal", Kind::Internal));
        assert!(std::error::Error::source(&e).is_some() || matches!(e, Probe::Common(Common::Internal(_))));
    }
}
