//! Interface language: choosing it per request (`?lang=`, then the `spira_lang` cookie, then
//! `Accept-Language`) and looking up messages in the Fluent catalogues under `locales/`.

use std::borrow::Cow;
use std::collections::HashMap;

use axum::extract::Request;
use axum::http::header;
use axum::middleware::Next;
use axum::response::Response;
use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader, langid, static_loader};
use spira_domain::Lang;

static_loader! {
    pub static LOCALES = {
        locales: "../../locales",
        fallback_language: "en",
        // Unicode isolation marks around arguments show up as stray characters in e-mails and
        // plain-text contexts; our arguments are names and numbers, not mixed-direction text.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

pub const LANG_COOKIE: &str = "spira_lang";

fn langid(lang: Lang) -> LanguageIdentifier {
    match lang {
        Lang::Da => langid!("da"),
        Lang::Sv => langid!("sv"),
        Lang::En => langid!("en"),
    }
}

/// Message lookup for one language; templates call `ctx.t.t(…)` with a message id.
#[derive(Debug, Clone, Copy)]
pub struct Tr {
    pub lang: Lang,
}

impl Tr {
    pub fn new(lang: Lang) -> Tr {
        Tr { lang }
    }

    /// The message `id`; a missing id shows as itself (a test keeps the catalogues complete).
    pub fn t(&self, id: &str) -> String {
        LOCALES.try_lookup(&langid(self.lang), id).unwrap_or_else(|| id.to_string())
    }

    /// The message `id` with arguments.
    pub fn ta(&self, id: &str, args: &[(&'static str, &str)]) -> String {
        let map: HashMap<Cow<'static, str>, FluentValue> =
            args.iter().map(|(k, v)| (Cow::Borrowed(*k), FluentValue::from(v.to_string()))).collect();
        LOCALES.try_lookup_with_args(&langid(self.lang), id, &map).unwrap_or_else(|| id.to_string())
    }

    /// The message `id` with a number (for plural rules).
    pub fn tn(&self, id: &str, name: &'static str, n: i64) -> String {
        let mut map: HashMap<Cow<'static, str>, FluentValue> = HashMap::new();
        map.insert(Cow::Borrowed(name), FluentValue::from(n));
        LOCALES.try_lookup_with_args(&langid(self.lang), id, &map).unwrap_or_else(|| id.to_string())
    }

    pub fn code(&self) -> &'static str {
        self.lang.as_str()
    }
}

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

impl<S: Send + Sync> axum::extract::FromRequestParts<S> for Tr {
    type Rejection = std::convert::Infallible;
    async fn from_request_parts(parts: &mut axum::http::request::Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(Tr::new(lang_of(parts)))
    }
}
