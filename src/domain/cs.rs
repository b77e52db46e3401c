//! Customer-service routing (SPEC SH-4): smooth weighted round-robin.

/// SH-4: smooth weighted round-robin (nginx's): every candidate's current
/// weight grows by its weight, the largest is chosen (ties: the earlier in
/// `members`) and pays back the total. Deterministic; with weights 3:1,
/// eight picks give 6:2. `members`: (weight, current); returns the index
/// chosen and the new currents.
pub fn swrr(members: &[(u32, i64)]) -> Option<(usize, Vec<i64>)> {
    if members.is_empty() {
        return None;
    }
    let total: i64 = members.iter().map(|(w, _)| i64::from(*w)).sum();
    let mut current: Vec<i64> = members.iter().map(|(w, c)| c + i64::from(*w)).collect();
    let mut best = 0;
    for (i, c) in current.iter().enumerate() {
        if *c > current[best] {
            best = i;
        }
    }
    if let Some(c) = current.get_mut(best) {
        *c -= total;
    }
    Some((best, current))
}
