//! The one-to-one matching every family shares: each gold item is matched by at most one of the
//! program's finds and each find matches at most one gold item, as many pairs as possible.

use super::Counts;

/// A largest one-to-one matching between gold items and program finds among the pairs `ok`
/// accepts (augmenting paths): for each find, the gold item it is matched to.
pub fn matching(
    gold: usize,
    found: usize,
    ok: impl Fn(usize, usize) -> bool,
) -> Vec<Option<usize>> {
    let edges: Vec<Vec<usize>> =
        (0..found).map(|f| (0..gold).filter(|&g| ok(g, f)).collect()).collect();
    let mut find_of_gold: Vec<Option<usize>> = vec![None; gold];
    for f in 0..found {
        let mut seen = vec![false; gold];
        augment(f, &edges, &mut seen, &mut find_of_gold);
    }
    let mut gold_of_find = vec![None; found];
    for (g, f) in find_of_gold.iter().enumerate() {
        if let Some(f) = f {
            gold_of_find[*f] = Some(g);
        }
    }
    gold_of_find
}

fn augment(
    f: usize,
    edges: &[Vec<usize>],
    seen: &mut [bool],
    find_of_gold: &mut [Option<usize>],
) -> bool {
    for &g in &edges[f] {
        if !std::mem::replace(&mut seen[g], true) {
            let free = match find_of_gold[g] {
                None => true,
                Some(other) => augment(other, edges, seen, find_of_gold),
            };
            if free {
                find_of_gold[g] = Some(f);
                return true;
            }
        }
    }
    false
}

/// The counts of a matching: `matched[f]` is the gold item of find `f`.
pub fn counts_of(matched: &[Option<usize>], gold: usize) -> Counts {
    Counts { tp: matched.iter().flatten().count(), found: matched.len(), gold }
}

/// The gold items no find is matched to, in order.
pub fn missed<'a, T>(matched: &[Option<usize>], golds: &'a [T]) -> impl Iterator<Item = &'a T> {
    let mut hit = vec![false; golds.len()];
    for &g in matched.iter().flatten() {
        hit[g] = true;
    }
    golds.iter().zip(hit).filter(|(_, hit)| !hit).map(|(g, _)| g)
}

/// The finds matched to no gold item, in order.
pub fn unmatched<'a, T>(
    matched: &'a [Option<usize>],
    finds: &'a [T],
) -> impl Iterator<Item = &'a T> {
    finds.iter().zip(matched).filter(|(_, m)| m.is_none()).map(|(f, _)| f)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matching_is_one_to_one_and_largest() {
        // Find 0 fits gold 0 and 1, find 1 only gold 0: both are matched.
        let ok = |g: usize, f: usize| f == 0 || g == 0;
        assert_eq!(matching(2, 2, ok), vec![Some(1), Some(0)]);
        assert_eq!(matching(1, 2, |_, _| true), vec![Some(0), None]);
        let c = counts_of(&matching(3, 1, |_, _| true), 3);
        assert_eq!((c.precision(), c.recall(), c.errors()), (Some(1.0), Some(1.0 / 3.0), 2));
        assert_eq!(Counts::default().f1(), None);
        let matched = matching(3, 3, |g, f| g == f && g != 1);
        assert_eq!(missed(&matched, &["a", "b", "c"]).collect::<Vec<_>>(), [&"b"]);
        assert_eq!(unmatched(&matched, &["x", "y", "z"]).collect::<Vec<_>>(), [&"y"]);
    }
}
