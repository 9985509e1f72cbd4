//! Terms: a seat is held for a term, the calendar year in the network's time zone. Invoices are
//! dated in that zone too, so "which term is it" and "what date is it" never disagree, not even
//! between 00:00 and 01:00 on 1 January in Copenhagen.

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use chrono_tz::Tz;

/// A term: a calendar year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Term(pub i32);

impl Term {
    /// The term at the instant `now`, in the zone `tz`.
    pub fn at(now: DateTime<Utc>, tz: Tz) -> Term {
        Term(now.with_timezone(&tz).year())
    }
    pub fn year(self) -> i32 {
        self.0
    }
    pub fn next(self) -> Term {
        Term(self.0 + 1)
    }
}

impl std::fmt::Display for Term {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

/// Today's date in the zone `tz`.
pub fn today_in(now: DateTime<Utc>, tz: Tz) -> NaiveDate {
    now.with_timezone(&tz).date_naive()
}

/// This month (1–12) in the zone `tz`.
pub fn month_in(now: DateTime<Utc>, tz: Tz) -> u32 {
    now.with_timezone(&tz).month()
}

/// A member's answer for the next term.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RenewalAnswer {
    /// The seat is carried into the next term.
    Continue,
    /// The seat ends with this term.
    Leave,
}

impl RenewalAnswer {
    pub const ALL: [RenewalAnswer; 2] = [RenewalAnswer::Continue, RenewalAnswer::Leave];
    pub fn as_str(self) -> &'static str {
        match self {
            RenewalAnswer::Continue => "continue",
            RenewalAnswer::Leave => "leave",
        }
    }
    pub fn parse(s: &str) -> Option<RenewalAnswer> {
        RenewalAnswer::ALL.into_iter().find(|a| a.as_str() == s)
    }
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;
    use chrono_tz::Europe::{Copenhagen, Stockholm};

    use super::*;

    #[test]
    fn half_past_midnight_on_new_years_day_in_copenhagen_is_the_new_term() {
        // 23:30 UTC on 31 December is 00:30 on 1 January in Copenhagen.
        let now = Utc.with_ymd_and_hms(2026, 12, 31, 23, 30, 0).single().expect("valid");
        assert_eq!(Term::at(now, Copenhagen), Term(2027));
        assert_eq!(Term::at(now, Stockholm), Term(2027));
        assert_eq!(today_in(now, Copenhagen), NaiveDate::from_ymd_opt(2027, 1, 1).expect("valid"));
        assert_eq!(month_in(now, Copenhagen), 1);
        // In UTC it is still the old year: the bug this type removes.
        assert_eq!(now.year(), 2026);
    }

    #[test]
    fn the_last_minute_of_the_year_is_still_the_old_term() {
        let now = Utc.with_ymd_and_hms(2026, 12, 31, 22, 59, 0).single().expect("valid");
        assert_eq!(Term::at(now, Copenhagen), Term(2026));
        assert_eq!(Term::at(now, Copenhagen).next(), Term(2027));
    }
}
