//! Interface language: choosing it per request (`?lang=`, then the `spira_lang` cookie, then
//! `Accept-Language`) and looking up messages in the Fluent catalogues under `locales/`.

use axum::extract::Request;
use axum::http::header;
use axum::middleware::Next;
use axum::response::Response;
use spira_domain::Lang;

pub use spira_app::i18n::{LOCALES, Tr};

pub const LANG_COOKIE: &str = "spira_lang";

/// Picks the language for a request and remembers an explicit `?lang=` choice in a cookie.
pub async fn negotiate(mut req: Request, next: Next) -> Response {
    let from_query =
        req.uri().query().and_then(|q| form_urlencoded::parse(q.as_bytes()).find(|(k, _)| k == "lang").and_then(|(_, v)| Lang::parse(&v)));
    let from_cookie = || crate::session::cookie(req.headers(), LANG_COOKIE).and_then(|v| Lang::parse(&v));
    let from_header = || req.headers().get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()).and_then(Lang::from_accept_language);
    let lang = from_query.or_else(from_cookie).or_else(from_header).unwrap_or(Lang::Da);
    req.extensions_mut().insert(lang);
    let mut res = next.run(req).await;
    if let Some(l) = from_query
        && let Ok(v) = format!("{LANG_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax", l.as_str()).parse()
    {
        res.headers_mut().append(header::SET_COOKIE, v);
    }
    if !res.headers().contains_key(header::CONTENT_LANGUAGE)
        && let Ok(v) = lang.as_str().parse()
    {
        res.headers_mut().insert(header::CONTENT_LANGUAGE, v);
    }
    res
}

/// The request's language, as chosen by [`negotiate`].
pub fn lang_of(req: &axum::http::request::Parts) -> Lang {
    req.extensions.get::<Lang>().copied().unwrap_or_default()
}
