//! Messages in the reader's language, from the Fluent catalogues under `locales/`. The use cases
//! write e-mails with them; the web layer renders its pages with the same [`Tr`].

use std::borrow::Cow;
use std::collections::HashMap;

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

    /// Whether the catalogue of this language has the message `id`.
    pub fn has(&self, id: &str) -> bool {
        LOCALES.try_lookup(&langid(self.lang), id).is_some()
    }

    pub fn code(&self) -> &'static str {
        self.lang.as_str()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_feature_catalogue_of_a_language_is_loaded() {
        // One message from main.ftl and one each from two feature files, in every language.
        for lang in [Lang::Da, Lang::Sv, Lang::En] {
            let t = Tr::new(lang);
            for id in ["error-not_found", "fees-title", "error-already_member", "members-title"] {
                assert!(t.has(id), "{lang:?} lacks {id}");
            }
        }
        assert_eq!(Tr::new(Lang::Da).t("fees-title"), "Priser");
    }
}
