//! Password hashing with argon2id, off the async threads (a hash takes tens of milliseconds).

use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString, rand_core::OsRng};

use crate::error::Common;
use crate::error::Result;

/// The argon2id hash of a password, for the `users` table.
pub async fn hash(password: &str) -> Result<String> {
    let pw = password.to_string();
    off_thread(move || {
        let salt = SaltString::generate(&mut OsRng);
        Argon2::default().hash_password(pw.as_bytes(), &salt).map(|h| h.to_string()).map_err(|e| Common::internal(e.to_string()))
    })
    .await?
}

/// Checks a password; with no stored hash it still does the work, so the answer takes as long
/// for an unknown address as for a wrong password.
pub async fn verify(password: &str, stored: Option<&str>) -> bool {
    const DUMMY: &str = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$Wl3S6b6XrZ+o4B8iX4S7Yh2xW0xq7l8T6o1a3q0y1kM";
    let pw = password.to_string();
    let known = stored.is_some();
    let stored = stored.unwrap_or(DUMMY).to_string();
    off_thread(move || {
        let ok = PasswordHash::new(&stored).map(|h| Argon2::default().verify_password(pw.as_bytes(), &h).is_ok()).unwrap_or(false);
        ok && known
    })
    .await
    .unwrap_or(false)
}

/// Runs `f` on tokio's blocking pool, so the async threads go on serving requests.
async fn off_thread<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> Result<T> {
    tokio::task::spawn_blocking(f).await.map_err(Common::internal)
}
