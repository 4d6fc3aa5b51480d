//! Finding wordings that state the same proposition, through an inverted index.
//!
//! Each distinct normalised wording ([`Text`]) is indexed under its rarest words
//! (names, numbers' units and rare content words are rare by nature). A wording is
//! compared only with earlier wordings that share one of its rarest words, never with
//! all others. Candidates are scored by IDF-weighted word overlap (Dice), or by
//! character similarity of the normalised wordings when they are near-identical.

use std::collections::HashMap;

use super::normalize::Text;
use super::relate::MIN_WORDS;

/// How many of a wording's rarest words are used to look up candidates.
const PREFIX: usize = 4;
/// Words found in more wordings than this are too common to look up candidates with.
const MAX_POSTINGS: usize = 2000;
/// Per look-up word, only the most recent wordings that have it are candidates.
const MAX_SCAN: usize = 256;
/// Each wording keeps its best matches only: a cluster of near-identical wordings
/// (the same sentence with different numbers) stays linear, and union-find still
/// joins the whole cluster.
pub const MAX_EDGES_PER_TEXT: usize = 16;
/// Below this word overlap, character similarity is not tried.
const CHARS_FLOOR: f64 = 0.3;
/// Nor when more words than this differ (counting both sides): a misspelt word counts
/// twice.
const MAX_DIFFERING_WORDS: usize = 4;

/// Matching thresholds.
#[derive(Debug, Clone, Copy)]
pub struct MatchOptions {
    /// Minimum IDF-weighted Dice overlap of content words.
    pub min_overlap: f64,
    /// Minimum character similarity (normalised Levenshtein) of the normalised wordings.
    pub min_chars: f64,
    /// Minimum number of shared content words.
    pub min_shared: usize,
}

impl Default for MatchOptions {
    fn default() -> Self {
        MatchOptions {
            min_overlap: 0.5,
            min_chars: 0.85,
            min_shared: 2,
        }
    }
}

/// A matched pair of wordings `a < b` with its similarity in 0..=1.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Edge {
    pub a: u32,
    pub b: u32,
    pub similarity: f64,
}

/// Word ids, document frequencies and weights of a set of wordings.
struct Vocabulary {
    /// Per wording, its word ids.
    docs: Vec<Vec<u32>>,
    df: Vec<u32>,
    idf: Vec<f64>,
}

impl Vocabulary {
    fn new(texts: &[Text]) -> Self {
        let mut ids: HashMap<&str, u32> = HashMap::new();
        let mut df: Vec<u32> = Vec::new();
        let docs: Vec<Vec<u32>> = texts
            .iter()
            .map(|t| {
                let mut d: Vec<u32> = t
                    .words
                    .iter()
                    .map(|w| {
                        let next = ids.len() as u32;
                        *ids.entry(w.as_str()).or_insert(next)
                    })
                    .collect();
                d.sort_unstable();
                d.dedup();
                for &w in &d {
                    if w as usize >= df.len() {
                        df.resize(w as usize + 1, 0);
                    }
                    df[w as usize] += 1;
                }
                d
            })
            .collect();
        let n = texts.len() as f64;
        let idf = df
            .iter()
            .map(|&d| ((n + 1.0) / (d as f64 + 1.0)).ln() + 1.0)
            .collect();
        Vocabulary { docs, df, idf }
    }

    fn weight(&self, doc: &[u32]) -> f64 {
        doc.iter().map(|&w| self.idf[w as usize]).sum()
    }
}

/// True when both wordings name participants and each names one the other does not:
/// "Bennett and Putin spoke" and "Netanyahu and Putin spoke" are different events.
pub fn participants_differ(a: &Text, b: &Text) -> bool {
    // A name is shared when the other names it too, spelt alike (Netanyahu, Netanyahou).
    let extra = |x: &Text, y: &Text| {
        x.names.iter().any(|n| {
            !y.names
                .iter()
                .any(|m| m == n || strsim::jaro_winkler(m, n) >= 0.9)
                && !y.words.iter().any(|w| w == n)
        })
    };
    !a.names.is_empty() && !b.names.is_empty() && extra(a, b) && extra(b, a)
}

/// Score one pair of wordings; `None` when they do not match.
fn score(
    vocab: &Vocabulary,
    texts: &[Text],
    a: usize,
    b: usize,
    opts: &MatchOptions,
) -> Option<f64> {
    let (da, db) = (&vocab.docs[a], &vocab.docs[b]);
    let (mut i, mut j) = (0, 0);
    let mut shared = 0usize;
    let mut shared_w = 0.0;
    while i < da.len() && j < db.len() {
        match da[i].cmp(&db[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                shared_w += vocab.idf[da[i] as usize];
                i += 1;
                j += 1;
            }
        }
    }
    if shared < opts.min_shared.min(da.len()).min(db.len()).max(1) {
        return None;
    }
    if participants_differ(&texts[a], &texts[b]) {
        return None;
    }
    let dice = 2.0 * shared_w / (vocab.weight(da) + vocab.weight(db));
    if dice >= opts.min_overlap {
        return Some(dice);
    }
    // Character similarity, for near-identical wordings whose words differ by spelling
    // ("Netanyahu", "Netanyahou"): only worth computing when the words already overlap
    // and the lengths are close.
    let (ka, kb) = (&texts[a].key, &texts[b].key);
    let differing = da.len() + db.len() - 2 * shared;
    if dice < CHARS_FLOOR
        || differing > MAX_DIFFERING_WORDS
        || ka.len().min(kb.len()) * 10 < ka.len().max(kb.len()) * 8
    {
        return None;
    }
    let chars = strsim::normalized_levenshtein(ka, kb);
    (chars >= opts.min_chars).then_some(chars)
}

/// All matching pairs of wordings, `a < b`, in order of `b` then `a`.
pub fn match_texts(texts: &[Text], opts: &MatchOptions) -> Vec<Edge> {
    let vocab = Vocabulary::new(texts);
    let mut postings: Vec<Vec<u32>> = vec![Vec::new(); vocab.df.len()];
    let mut edges = Vec::new();
    let mut seen: Vec<u32> = vec![u32::MAX; texts.len()];
    let mut candidates: Vec<u32> = Vec::new();
    for (b, doc) in vocab.docs.iter().enumerate() {
        if doc.len() < MIN_WORDS {
            continue;
        }
        let mut keys: Vec<u32> = doc
            .iter()
            .copied()
            .filter(|&w| (vocab.df[w as usize] as usize) <= MAX_POSTINGS)
            .collect();
        keys.sort_unstable_by_key(|&w| (vocab.df[w as usize], w));
        keys.truncate(PREFIX);
        candidates.clear();
        for &w in &keys {
            for &a in postings[w as usize].iter().rev().take(MAX_SCAN) {
                if seen[a as usize] != b as u32 {
                    seen[a as usize] = b as u32;
                    candidates.push(a);
                }
            }
        }
        let mut found: Vec<Edge> = candidates
            .iter()
            .filter_map(|&a| {
                score(&vocab, texts, a as usize, b, opts).map(|similarity| Edge {
                    a,
                    b: b as u32,
                    similarity,
                })
            })
            .collect();
        // Best first, then the earliest wording; keep the best, in order of `a`.
        found.sort_by(|x, y| y.similarity.total_cmp(&x.similarity).then(x.a.cmp(&y.a)));
        found.truncate(MAX_EDGES_PER_TEXT);
        found.sort_by_key(|e| e.a);
        edges.extend(found);
        for &w in &keys {
            postings[w as usize].push(b as u32);
        }
    }
    edges
}

/// Union-find over wordings.
#[derive(Debug, Clone)]
pub struct UnionFind {
    parent: Vec<u32>,
}

impl UnionFind {
    pub fn new(n: usize) -> Self {
        UnionFind {
            parent: (0..n as u32).collect(),
        }
    }

    pub fn find(&mut self, x: u32) -> u32 {
        let mut root = x;
        while self.parent[root as usize] != root {
            root = self.parent[root as usize];
        }
        let mut x = x;
        while self.parent[x as usize] != root {
            let next = self.parent[x as usize];
            self.parent[x as usize] = root;
            x = next;
        }
        root
    }

    /// Join two sets; the smaller index stays the root, so roots are deterministic.
    pub fn union(&mut self, a: u32, b: u32) {
        let (ra, rb) = (self.find(a), self.find(b));
        let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
        self.parent[hi as usize] = lo;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::normalize::{normalize, Opposites};

    fn texts(list: &[&str]) -> Vec<Text> {
        let o = Opposites::default_en();
        list.iter().map(|s| normalize(s, &o)).collect()
    }

    #[test]
    fn paraphrases_match_and_unrelated_wordings_do_not() {
        let t = texts(&[
            "Dog abandoned at Ayr station with belongings in suitcase",
            "Apple will sell 19 million Apple Watches in 2015",
            "Dog found abandoned outside railway station with suitcase of his belongings",
            "the dog was adopted by a family in Glasgow",
            "Apple expects to sell 19M Apple Watches this year",
        ]);
        let edges = match_texts(&t, &MatchOptions::default());
        let pairs: Vec<(u32, u32)> = edges.iter().map(|e| (e.a, e.b)).collect();
        assert_eq!(pairs, [(0, 2), (1, 4)]);
        assert!(edges
            .iter()
            .all(|e| e.similarity > 0.5 && e.similarity <= 1.0));
    }

    #[test]
    fn different_participants_do_not_match() {
        let t = texts(&[
            "Prime Minister Naftali Bennett and Vladimir Putin spoke on the phone",
            "Prime Minister Benjamin Netanyahu and Vladimir Putin spoke on the phone",
        ]);
        assert!(participants_differ(&t[0], &t[1]));
        assert_eq!(match_texts(&t, &MatchOptions::default()), []);
    }

    #[test]
    fn near_identical_wordings_match_despite_spelling() {
        let t = texts(&[
            "Netanyahu denied the reports",
            "Netanyahou denied the reports",
        ]);
        let edges = match_texts(&t, &MatchOptions::default());
        assert_eq!(edges.len(), 1);
        assert!(edges[0].similarity > 0.5);
    }

    #[test]
    fn union_find_keeps_the_smallest_root() {
        let mut uf = UnionFind::new(5);
        uf.union(3, 4);
        uf.union(4, 1);
        let roots: Vec<u32> = (0..5).map(|i| uf.find(i)).collect();
        assert_eq!(roots, [0, 1, 2, 1, 1]);
    }
}
