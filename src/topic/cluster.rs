//! Average-link clustering of statements by the weight of the terms they share, for inferred
//! topics; see the module docs of `topic`.

use super::*;

/// A float ordered totally, for the merge queue.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Closeness(f64);

impl Eq for Closeness {}

impl PartialOrd for Closeness {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Closeness {
    fn cmp(&self, other: &Self) -> Ordering {
        self.0.total_cmp(&other.0)
    }
}

/// Average-link agglomeration of the documents (`terms`: each one's distinct term ids, common
/// terms left out; `postings`: each term's documents, ascending): the two closest clusters
/// merge while their mean pairwise closeness is at least [`MIN_SHARED`];
/// ties go to the pair of earliest clusters. Returns the clusters, each sorted, in order of
/// their first document.
pub(super) fn cluster(
    terms: &[Vec<usize>],
    postings: &[Vec<usize>],
    idf: &[f64],
) -> Vec<Vec<usize>> {
    let n = terms.len();
    let total: Vec<f64> = terms
        .iter()
        .map(|ts| ts.iter().map(|&t| idf[t]).sum())
        .collect();
    // Between clusters, the sum of their documents' pairwise closeness (absent: 0). Each
    // document's shared weight with every later one is summed through the terms' postings.
    let mut links: Vec<BTreeMap<usize, f64>> = vec![BTreeMap::new(); n];
    let mut shared = vec![0.0; n];
    let mut touched: Vec<usize> = Vec::new();
    for a in 0..n {
        for &t in &terms[a] {
            let later = &postings[t][postings[t].partition_point(|&b| b <= a)..];
            for &b in later {
                if shared[b] == 0.0 {
                    touched.push(b);
                }
                shared[b] += idf[t];
            }
        }
        touched.sort_unstable();
        for &b in &touched {
            let closeness = shared[b] / total[a].min(total[b]);
            shared[b] = 0.0;
            if closeness + EPSILON >= MIN_LINK {
                links[a].insert(b, closeness);
                links[b].insert(a, closeness);
            }
        }
        touched.clear();
    }
    let mut size = vec![1usize; n];
    let mut members: Vec<Vec<usize>> = (0..n).map(|i| vec![i]).collect();
    let mut alive = vec![true; n];
    let mut stamp = vec![0usize; n];
    type Entry = (Closeness, Reverse<usize>, Reverse<usize>, usize, usize);
    let mut queue: BinaryHeap<Entry> = BinaryHeap::new();
    let push = |queue: &mut BinaryHeap<Entry>,
                x: usize,
                y: usize,
                sum: f64,
                size: &[usize],
                stamp: &[usize]| {
        let mean = sum / (size[x] * size[y]) as f64;
        if mean + EPSILON >= MIN_SHARED {
            let (lo, hi) = (x.min(y), x.max(y));
            queue.push((
                Closeness(mean),
                Reverse(lo),
                Reverse(hi),
                stamp[lo],
                stamp[hi],
            ));
        }
    };
    for (a, near) in links.iter().enumerate() {
        for (&b, &sum) in near.range(a + 1..) {
            push(&mut queue, a, b, sum, &size, &stamp);
        }
    }
    while let Some((_, Reverse(lo), Reverse(hi), stamp_lo, stamp_hi)) = queue.pop() {
        if !alive[lo] || !alive[hi] || stamp[lo] != stamp_lo || stamp[hi] != stamp_hi {
            continue;
        }
        // Merge `hi` into `lo`.
        alive[hi] = false;
        size[lo] += size[hi];
        let moved = std::mem::take(&mut members[hi]);
        members[lo].extend(moved);
        let from_hi = std::mem::take(&mut links[hi]);
        links[lo].remove(&hi);
        for (z, sum) in from_hi {
            if z == lo {
                continue;
            }
            *links[lo].entry(z).or_default() += sum;
            links[z].remove(&hi);
            *links[z].entry(lo).or_default() += sum;
        }
        stamp[lo] += 1;
        let near: Vec<(usize, f64)> = links[lo].iter().map(|(&z, &s)| (z, s)).collect();
        for (z, sum) in near {
            push(&mut queue, lo, z, sum, &size, &stamp);
        }
    }
    let mut clusters: Vec<Vec<usize>> = (0..n)
        .filter(|&i| alive[i])
        .map(|i| {
            let mut m = std::mem::take(&mut members[i]);
            m.sort_unstable();
            m
        })
        .collect();
    clusters.sort_unstable_by_key(|m| m[0]);
    clusters
}
