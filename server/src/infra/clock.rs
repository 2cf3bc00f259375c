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
}
