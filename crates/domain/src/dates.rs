//! Dates and times as each language writes them (DOMAIN.md): Danish `dd.MM.yyyy` and `HH.mm`,
//! Swedish `yyyy-MM-dd` and `HH:mm`, English `d MMMM yyyy` style kept short as `yyyy-MM-dd`,
//! and ISO week numbers for planning.

use chrono::{DateTime, Datelike, NaiveDate, TimeZone, Utc};
use chrono_tz::Tz;

use crate::Lang;

pub fn format_date(d: NaiveDate, lang: Lang) -> String {
    match lang {
        Lang::Da => d.format("%d.%m.%Y").to_string(),
        Lang::Sv | Lang::En => d.format("%Y-%m-%d").to_string(),
    }
}

pub fn format_time<T: TimeZone>(t: &DateTime<T>, lang: Lang) -> String
where
    T::Offset: std::fmt::Display,
{
    match lang {
        Lang::Da => t.format("%H.%M").to_string(),
        Lang::Sv | Lang::En => t.format("%H:%M").to_string(),
    }
}

/// An instant shown in a zone, e.g. `05.03.2026 kl. 10.00`.
pub fn format_date_time(t: DateTime<Utc>, zone: Tz, lang: Lang) -> String {
    let local = t.with_timezone(&zone);
    let date = format_date(local.date_naive(), lang);
    let time = format_time(&local, lang);
    match lang {
        Lang::Da => format!("{date} kl. {time}"),
        Lang::Sv => format!("{date} kl. {time}"),
        Lang::En => format!("{date} {time}"),
    }
}

/// The ISO week number the Nordic public sector plans in ("uge 12", "vecka 12").
pub fn iso_week(d: NaiveDate) -> u32 {
    d.iso_week().week()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_follow_each_languages_convention() {
        let d = NaiveDate::from_ymd_opt(2026, 3, 5).expect("date");
        assert_eq!(format_date(d, Lang::Da), "05.03.2026");
        assert_eq!(format_date(d, Lang::Sv), "2026-03-05");
    }

    #[test]
    fn times_are_shown_in_the_meetings_zone_across_summer_time() {
        let winter = Utc.with_ymd_and_hms(2026, 1, 15, 9, 0, 0).single().expect("t");
        let summer = Utc.with_ymd_and_hms(2026, 6, 15, 8, 0, 0).single().expect("t");
        assert_eq!(format_date_time(winter, chrono_tz::Europe::Copenhagen, Lang::Da), "15.01.2026 kl. 10.00");
        assert_eq!(format_date_time(summer, chrono_tz::Europe::Stockholm, Lang::Sv), "2026-06-15 kl. 10:00");
    }

    #[test]
    fn the_first_days_of_january_can_belong_to_last_years_week() {
        assert_eq!(iso_week(NaiveDate::from_ymd_opt(2027, 1, 1).expect("d")), 53);
        assert_eq!(iso_week(NaiveDate::from_ymd_opt(2026, 3, 16).expect("d")), 12);
    }
}
