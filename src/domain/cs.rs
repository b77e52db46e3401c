//! Customer-service routing (rule SH-4): smooth weighted round-robin.

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

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn sh4_swrr_shares_by_weight() {
        let mut state = vec![(3u32, 0i64), (1, 0)];
        let mut picks = [0u32; 2];
        for _ in 0..8 {
            let (i, cur) = swrr(&state).unwrap();
            picks[i] += 1;
            for (s, c) in state.iter_mut().zip(cur) {
                s.1 = c;
            }
        }
        assert_eq!(picks, [6, 2]);
        assert!(
            state.iter().all(|(_, c)| *c == 0),
            "a full cycle returns to zero"
        );
    }

    #[test]
    fn sh4_swrr_is_smooth() {
        // 5:1:1 gives a, a, b, a, c, a, a — never five a's in a row.
        let mut state = vec![(5u32, 0i64), (1, 0), (1, 0)];
        let mut seq = Vec::new();
        for _ in 0..7 {
            let (i, cur) = swrr(&state).unwrap();
            seq.push(i);
            for (s, c) in state.iter_mut().zip(cur) {
                s.1 = c;
            }
        }
        assert_eq!(seq, vec![0, 0, 1, 0, 2, 0, 0]);
        assert!(swrr(&[]).is_none());
    }
}
