//! The current year, for "a venue more than a year ahead" (the library takes
//! it as a setting so that it stays free of clocks).

/// The current calendar year (UTC), from the system clock.
pub fn current_year() -> i32 {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    year_of_day((seconds / 86_400) as i64)
}

/// Civil year of a day count since 1970-01-01 (Howard Hinnant's algorithm).
fn year_of_day(days: i64) -> i32 {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_index = (5 * day_of_year + 2) / 153;
    let year = year_of_era + era * 400 + i64::from(month_index >= 10);
    year as i32
}

#[cfg(test)]
mod tests {
    use super::year_of_day;

    #[test]
    fn years_from_day_counts() {
        assert_eq!(year_of_day(0), 1970);
        assert_eq!(year_of_day(20_785), 2026); // 2026-11-28
        assert_eq!(year_of_day(20_818), 2026); // 2026-12-31
        assert_eq!(year_of_day(20_819), 2027); // 2027-01-01
        assert_eq!(year_of_day(11_016), 2000); // 2000-02-29
    }
}
