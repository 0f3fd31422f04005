//! Dates as the content gives them: a year, a year and month, or a full day. A reader's form of a
//! date is the locale's ([`crate::locale::Locale::date`]).

use crate::model::Date;

impl Date {
    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, checking the month and the day exist.
    pub fn parse(text: &str) -> Result<Date, String> {
        let parts: Vec<&str> = text.split('-').collect();
        let number = |part: &str, digits: usize, what: &str| -> Result<u16, String> {
            if part.len() != digits || !part.bytes().all(|b| b.is_ascii_digit()) {
                return Err(format!("the {what} in date \"{text}\" must be {digits} digits"));
            }
            part.parse::<u16>().map_err(|_| format!("the {what} in date \"{text}\" is not a number"))
        };
        if parts.is_empty() || parts.len() > 3 {
            return Err(format!("date \"{text}\" must be YYYY, YYYY-MM or YYYY-MM-DD"));
        }
        let year = number(parts[0], 4, "year")?;
        let month = match parts.get(1) {
            Some(part) => number(part, 2, "month")? as u8,
            None => 0,
        };
        if parts.len() > 1 && !(1..=12).contains(&month) {
            return Err(format!("date \"{text}\" has month {month}, which is not 01 to 12"));
        }
        let day = match parts.get(2) {
            Some(part) => number(part, 2, "day")? as u8,
            None => 0,
        };
        if parts.len() > 2 && (day == 0 || day > days_in_month(year, month)) {
            return Err(format!("date \"{text}\" has day {day}, which month {month} of {year} does not have"));
        }
        Ok(Date { year, month, day })
    }

    /// The machine-readable form for `<time datetime>`: `2025`, `2025-10` or `2025-11-07`.
    pub fn iso(&self) -> String {
        match (self.month, self.day) {
            (0, _) => format!("{:04}", self.year),
            (m, 0) => format!("{:04}-{:02}", self.year, m),
            (m, d) => format!("{:04}-{:02}-{:02}", self.year, m, d),
        }
    }
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_three_precisions() {
        assert_eq!(Date::parse("2021").unwrap(), Date { year: 2021, month: 0, day: 0 });
        assert_eq!(Date::parse("2021-08").unwrap(), Date { year: 2021, month: 8, day: 0 });
        assert_eq!(Date::parse("2025-11-07").unwrap(), Date { year: 2025, month: 11, day: 7 });
    }

    #[test]
    fn rejects_impossible_and_malformed_dates() {
        for bad in ["", "21", "2021-13", "2021-00", "2025-02-29", "2025-11-31", "2025-1-7", "2025/11/07", "2025-11-07-01", "abcd"] {
            assert!(Date::parse(bad).is_err(), "{bad} should not parse");
        }
        assert!(Date::parse("2024-02-29").is_ok());
        assert_eq!(Date::parse("2025-13").unwrap_err(), "date \"2025-13\" has month 13, which is not 01 to 12");
    }

    #[test]
    fn formats_for_machines() {
        let day = Date::parse("2025-11-07").unwrap();
        assert_eq!(day.iso(), "2025-11-07");
        let month = Date::parse("2021-08").unwrap();
        assert_eq!(month.iso(), "2021-08");
        assert_eq!(Date::parse("2021").unwrap().iso(), "2021");
        assert!(Date::parse("2025-10").unwrap() < day);
    }
}
