//! Seats of government named for the institution in them ("the White House said", "the
//! Kremlin denied"): an organization whatever kind a recogniser gives the place name.

/// Exact names, with their common spellings.
pub const SEATS_OF_GOVERNMENT: &[&str] = &[
    "White House",
    "Kremlin",
    "Pentagon",
    "Downing Street",
    "Élysée",
    "Elysee",
    "Élysée Palace",
    "Elysee Palace",
    "Blue House",
    "Zhongnanhai",
    "Whitehall",
    "Foggy Bottom",
    "Quai d'Orsay",
    "Number 10",
];

/// "White House", "Kremlin": a seat of government that stands for an institution (the name
/// with its spaces squeezed).
pub fn is_seat_of_government(name: &str) -> bool {
    let name: Vec<&str> = name.split_whitespace().collect();
    SEATS_OF_GOVERNMENT.iter().any(|s| s.split(' ').eq(name.iter().copied()))
}
