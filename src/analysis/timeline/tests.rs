//! Unit tests: date order of TIMEX3 values at mixed precision, as the timeline sorts them.

use crate::analysis::timeline::order::key;

#[test]
fn values_sort_by_first_day_then_precision() {
    let mut values = vec![
        "2025-11-20TMO",
        "2025-11-19",
        "2025-W47",
        "2025-08",
        "2025",
        "2025-Q3",
        "2025-SU",
        "199",
        "19",
        "2024-12-31",
        "2025-11-20",
        "2026-01",
    ];
    values.sort_by_key(|v| key(v).expect(v));
    assert_eq!(
        values,
        [
            "19",
            "199",
            "2024-12-31",
            "2025",
            "2025-SU",
            "2025-Q3",
            "2025-08",
            "2025-W47",
            "2025-11-19",
            "2025-11-20",
            "2025-11-20TMO",
            "2026-01",
        ]
    );
}

#[test]
fn undated_and_malformed_values_have_no_key() {
    for v in ["PAST_REF", "XXXX-WXX-1", "P3Y", "2025-13", "2025-02-30", "2025-Q5", "", "20x5"] {
        assert!(key(v).is_none(), "{v}");
    }
}
