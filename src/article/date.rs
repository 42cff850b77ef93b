//! Publication dates as files write them: ISO 8601 / RFC 3339, RFC 2822 (RSS), and the common
//! written forms ("November 20, 2025", "20 Nov 2025", "2025/11/20").

use chrono::NaiveDate;

/// Parses a date field; `None` when it is not a recognised date.
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim().trim_matches(['"', '\'']).trim();
    if s.is_empty() {
        return None;
    }
    // ISO date, alone or at the start of a timestamp (2025-11-20T08:00:00Z).
    if let Some(d) = s.get(..10).and_then(|p| NaiveDate::parse_from_str(p, "%Y-%m-%d").ok()) {
        return Some(d);
    }
    if let Ok(d) = chrono::DateTime::parse_from_rfc2822(s) {
        return Some(d.date_naive());
    }
    const FORMATS: &[&str] =
        &["%Y-%m-%d", "%Y/%m/%d", "%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%d %b %Y", "%B %d %Y"];
    let words = s.trim_start_matches(|c: char| c.is_alphabetic() || c == ',').trim();
    FORMATS.iter().find_map(|f| {
        NaiveDate::parse_from_str(s, f)
            .ok()
            .or_else(|| NaiveDate::parse_from_str(words, f).ok())
            .or_else(|| parse_date_prefix(s, f))
    })
}

/// The UTC date of a Unix timestamp; values above 10^11 are taken as milliseconds.
pub fn from_unix_timestamp(value: i64) -> Option<NaiveDate> {
    let seconds = if value.abs() > 100_000_000_000 { value / 1000 } else { value };
    chrono::DateTime::from_timestamp(seconds, 0).map(|d| d.date_naive())
}

/// Tries the format on the string without trailing time parts ("Nov 20, 2025 08:00 UTC").
fn parse_date_prefix(s: &str, format: &str) -> Option<NaiveDate> {
    let words: Vec<&str> = s.split_whitespace().collect();
    (2..words.len()).rev().find_map(|n| {
        let head = words.get(..n)?.join(" ");
        NaiveDate::parse_from_str(&head, format).ok()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, d)
    }

    #[test]
    fn parses_iso_rfc_and_written_forms() {
        assert_eq!(parse_date("2025-11-20"), ymd(2025, 11, 20));
        assert_eq!(parse_date("2025-11-20T08:30:00+02:00"), ymd(2025, 11, 20));
        assert_eq!(parse_date("Thu, 20 Nov 2025 08:30:00 GMT"), ymd(2025, 11, 20));
        assert_eq!(parse_date("November 20, 2025"), ymd(2025, 11, 20));
        assert_eq!(parse_date("Thursday, November 20, 2025"), ymd(2025, 11, 20));
        assert_eq!(parse_date("20 Nov 2025"), ymd(2025, 11, 20));
        assert_eq!(parse_date("Nov 20, 2025 08:00 UTC"), ymd(2025, 11, 20));
        assert_eq!(parse_date("'2025/11/20'"), ymd(2025, 11, 20));
    }

    #[test]
    fn rejects_non_dates() {
        assert_eq!(parse_date(""), None);
        assert_eq!(parse_date("yesterday"), None);
        assert_eq!(parse_date("2025-13-45"), None);
        assert_eq!(parse_date("日本語のテキスト"), None);
    }
}
