//! Random secrets handed to people (session cookies, e-mail links, API tokens) and the hashes we
//! keep instead of them: a database leak gives no one a working link or session.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use rand::RngCore;
use sha2::{Digest, Sha256};

/// A new random secret: 32 bytes, URL-safe base64.
pub fn new_secret() -> String {
    let mut b = [0u8; 32];
    rand::rng().fill_bytes(&mut b);
    URL_SAFE_NO_PAD.encode(b)
}

/// The hash stored for a secret. Secrets are 256 random bits, so a fast hash is enough.
pub fn hash_secret(secret: &str) -> String {
    URL_SAFE_NO_PAD.encode(Sha256::digest(secret.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_differ_and_hash_stably() {
        let a = new_secret();
        assert_ne!(a, new_secret());
        assert_eq!(hash_secret(&a), hash_secret(&a));
        assert_ne!(hash_secret(&a), a);
    }
}
