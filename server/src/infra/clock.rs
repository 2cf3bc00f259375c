//! The clock a company writes times on: its time zone setting, resolved in jiff's bundled tz
//! database. E-mails and exported files both read it.

use espace_api::company::TimeZone;

pub struct Clock {
    pub zone: jiff::tz::TimeZone,
    /// The tz database name, which exports put in their headers ("Date and time (Europe/Paris)").
    pub name: String,
}

impl Clock {
    /// Names are checked against the same database when saved, so UTC is only a guard; the
    /// name is then UTC's, so a text never names a clock it did not use.
    pub fn of(time_zone: &TimeZone) -> Clock {
        let zone = jiff::tz::db().get(time_zone.as_str()).unwrap_or(jiff::tz::TimeZone::UTC);
        let name = zone.iana_name().unwrap_or("UTC").to_owned();
        Clock { zone, name }
    }

    /// The moment on this clock, if it is one jiff can hold.
    pub fn at(&self, unix: i64) -> Option<jiff::ZonedDateTime> {
        jiff::Timestamp::from_second(unix).ok().map(|instant| instant.to_zoned_datetime(self.zone.clone()))
    }

    /// `2026-11-24 10:30:00`: what spreadsheets read as a date and time in every locale.
    pub fn spreadsheet_time(&self, unix: i64) -> String {
        self.at(unix).map_or_else(|| unix.to_string(), |local| local.strftime("%Y-%m-%d %H:%M:%S").to_string())
    }
}

/// An hour as French writes it on a clock: « 9 h », « 14 h 30 », « 0 h 05 », with a
/// no-break space before « h » so that the line never breaks inside it (not « 09:00 »).
pub fn french_time(hour: i8, minute: i8) -> String {
    match minute {
        0 => format!("{hour}\u{a0}h"),
        _ => format!("{hour}\u{a0}h\u{a0}{minute:02}"),
    }
}

/// A French date with the first of the month as French writes it: « 1er janvier », not
/// « 1 janvier » (what ICU's data gives). `date` is a long date whose day number is `day`.
pub fn french_first_of_month(date: &str, day: i8) -> String {
    if day != 1 {
        return date.to_owned();
    }
    // The day stands alone between spaces (or starts the text): « jeudi 1 janvier 2026 ».
    let words: Vec<&str> = date.split(' ').collect();
    match words.iter().position(|word| *word == "1") {
        Some(at) => {
            let mut written: Vec<String> = words.iter().map(|w| (*w).to_owned()).collect();
            written[at] = "1er".to_owned();
            written.join(" ")
        }
        None => date.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_follow_the_zone_and_its_summer_time() {
        let paris = Clock::of(&TimeZone::parse("Europe/Paris").unwrap());
        assert_eq!(paris.name, "Europe/Paris");
        // 2026-01-15 08:00 UTC is 09:00 in Paris in winter; 2026-07-15 08:00 UTC is 10:00.
        assert_eq!(paris.spreadsheet_time(1_768_464_000), "2026-01-15 09:00:00");
        assert_eq!(paris.spreadsheet_time(1_784_102_400), "2026-07-15 10:00:00");
    }

    #[test]
    fn french_hours_and_the_first_of_the_month() {
        assert_eq!(french_time(9, 0), "9\u{a0}h");
        assert_eq!(french_time(14, 30), "14\u{a0}h\u{a0}30");
        assert_eq!(french_time(0, 5), "0\u{a0}h\u{a0}05");
        assert_eq!(french_first_of_month("jeudi 1 janvier 2026", 1), "jeudi 1er janvier 2026");
        assert_eq!(french_first_of_month("vendredi 15 janvier 2027", 15), "vendredi 15 janvier 2027");
        // "1" only as the day, never inside another number.
        assert_eq!(french_first_of_month("lundi 1 décembre 2031", 1), "lundi 1er décembre 2031");
        assert_eq!(french_first_of_month("dimanche 11 janvier 2026", 1), "dimanche 11 janvier 2026");
    }
}
