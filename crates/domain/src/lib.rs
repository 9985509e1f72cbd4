//! Spira's rules, free of I/O: what a valid organisation, network charter or account looks like,
//! who may do what, and how dates are written in each language. Every other crate builds on these.

pub mod access;
pub mod accounts;
pub mod admission;
pub mod agreements;
pub mod dates;
pub mod fees;
pub mod invoices;
pub mod locale;
pub mod members;
pub mod networks;
pub mod organisations;
pub mod regions;
pub mod stored;
pub mod terms;
pub mod validation;

pub use locale::Lang;
pub use validation::{FieldError, FieldErrors};
