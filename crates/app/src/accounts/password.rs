//! Password hashing with argon2id, off the async threads (a hash takes tens of milliseconds).

use std::panic::AssertUnwindSafe;
use std::sync::{Arc, Mutex};
use std::task::{Poll, Waker};

use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString, rand_core::OsRng};

use crate::error::{Error, Result};

/// The argon2id hash of a password, for the `users` table.
pub async fn hash(password: &str) -> Result<String> {
    let pw = password.to_string();
    off_thread(move || {
        let salt = SaltString::generate(&mut OsRng);
        Argon2::default().hash_password(pw.as_bytes(), &salt).map(|h| h.to_string()).map_err(|e| Error::internal(e.to_string()))
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

/// Runs `f` on a thread of its own and waits for it without holding up the async runtime's
/// threads. (This crate does not depend on tokio, so `spawn_blocking` is not at hand; sign-ins
/// are rate-limited, which bounds how many such threads run at once.)
async fn off_thread<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> Result<T> {
    struct Slot<T> {
        value: Option<T>,
        done: bool,
        waker: Option<Waker>,
    }
    let slot = Arc::new(Mutex::new(Slot { value: None, done: false, waker: None }));
    let theirs = Arc::clone(&slot);
    std::thread::Builder::new()
        .name("spira-password".into())
        .spawn(move || {
            let value = std::panic::catch_unwind(AssertUnwindSafe(f)).ok();
            let mut s = theirs.lock().unwrap_or_else(|p| p.into_inner());
            s.value = value;
            s.done = true;
            if let Some(w) = s.waker.take() {
                w.wake();
            }
        })
        .map_err(Error::internal)?;
    std::future::poll_fn(|cx| {
        let mut s = slot.lock().unwrap_or_else(|p| p.into_inner());
        if s.done {
            Poll::Ready(s.value.take().ok_or_else(|| Error::internal("password hashing panicked")))
        } else {
            s.waker = Some(cx.waker().clone());
            Poll::Pending
        }
    })
    .await
}
