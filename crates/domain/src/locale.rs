//! The three interface languages.

use serde::{Deserialize, Serialize};

/// An interface language. Danish and Swedish are the languages of the networks; English serves
/// everyone else.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Da,
    Sv,
    #[default]
    En,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::Da, Lang::Sv, Lang::En];

    pub fn as_str(self) -> &'static str {
        match self {
            Lang::Da => "da",
            Lang::Sv => "sv",
            Lang::En => "en",
        }
    }

    /// Parses a language tag such as `da`, `sv-SE`, `en-GB`, `nb` (no: not ours).
    pub fn parse(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "da" => Some(Lang::Da),
            "sv" => Some(Lang::Sv),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// Picks the best of our languages from an `Accept-Language` header, honouring q-values.
    pub fn from_accept_language(header: &str) -> Option<Lang> {
        let mut best: Option<(f32, Lang)> = None;
        for part in header.split(',') {
            let mut pieces = part.split(';');
            let tag = pieces.next().unwrap_or("");
            let q = pieces.find_map(|p| p.trim().strip_prefix("q=")).and_then(|q| q.parse::<f32>().ok()).unwrap_or(1.0);
            if let Some(lang) = Lang::parse(tag)
                && q > 0.0
                && best.is_none_or(|(bq, _)| q > bq)
            {
                best = Some((q, lang));
            }
        }
        best.map(|(_, l)| l)
    }
}

impl std::str::FromStr for Lang {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Lang::parse(s).ok_or(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_prefers_the_highest_quality_known_language() {
        assert_eq!(Lang::from_accept_language("de-DE, sv;q=0.8, da;q=0.9"), Some(Lang::Da));
        assert_eq!(Lang::from_accept_language("sv-SE,sv;q=0.9,en;q=0.5"), Some(Lang::Sv));
        assert_eq!(Lang::from_accept_language("fr, de"), None);
        assert_eq!(Lang::from_accept_language("da;q=0"), None);
    }
}
