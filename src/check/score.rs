//! Scoring stance predictions against gold: the FNC-1 score, per-class F1, accuracy.

use super::Label;

/// Counts of (gold, predicted) pairs over the four labels.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Confusion {
    /// `m[gold][predicted]`, indexed by [`Label::index`].
    pub m: [[u64; 4]; 4],
}

impl Confusion {
    pub fn add(&mut self, gold: Label, predicted: Label) {
        self.m[gold.index()][predicted.index()] += 1;
    }

    pub fn total(&self) -> u64 {
        self.m.iter().flatten().sum()
    }

    /// Share of pairs with the exact label.
    pub fn accuracy(&self) -> f64 {
        let right: u64 = (0..4).map(|i| self.m[i][i]).sum();
        ratio(right as f64, self.total() as f64)
    }

    /// The FNC-1 score as a share of the best possible: +0.25 when related/unrelated is
    /// right, +0.75 more when a related pair gets its exact class.
    pub fn fnc_score(&self) -> f64 {
        let mut got = 0.0;
        let mut best = 0.0;
        for g in Label::ALL {
            for p in Label::ALL {
                let n = self.m[g.index()][p.index()] as f64;
                best += n * if g.is_related() { 1.0 } else { 0.25 };
                if g.is_related() == p.is_related() {
                    got += 0.25 * n;
                }
                if g.is_related() && g == p {
                    got += 0.75 * n;
                }
            }
        }
        ratio(got, best)
    }

    /// Precision, recall and F1 of one label.
    pub fn prf(&self, l: Label) -> (f64, f64, f64) {
        let k = l.index();
        let tp = self.m[k][k] as f64;
        let predicted: u64 = (0..4).map(|g| self.m[g][k]).sum();
        let gold: u64 = self.m[k].iter().sum();
        let p = ratio(tp, predicted as f64);
        let r = ratio(tp, gold as f64);
        (p, r, ratio(2.0 * p * r, p + r))
    }

    /// Macro-averaged F1 over the labels that occur in the gold.
    pub fn macro_f1(&self) -> f64 {
        let present: Vec<Label> = Label::ALL
            .into_iter()
            .filter(|l| self.m[l.index()].iter().sum::<u64>() > 0)
            .collect();
        ratio(
            present.iter().map(|&l| self.prf(l).2).sum(),
            present.len() as f64,
        )
    }

    /// A short text report: score, accuracy, per-class P/R/F1 and the matrix.
    pub fn report(&self, title: &str) -> String {
        use std::fmt::Write;
        let mut s = String::new();
        let _ = writeln!(
            s,
            "{title}: {} pairs, FNC-1 score {:.4}, accuracy {:.4}, macro F1 {:.4}",
            self.total(),
            self.fnc_score(),
            self.accuracy(),
            self.macro_f1()
        );
        if self.total() == 0 {
            return s;
        }
        for l in Label::ALL {
            let gold: u64 = self.m[l.index()].iter().sum();
            if gold == 0 {
                continue;
            }
            let (p, r, f) = self.prf(l);
            let _ = writeln!(
                s,
                "  {:<9} gold {:>6}  P {:.3}  R {:.3}  F1 {:.3}",
                l.as_str(),
                gold,
                p,
                r,
                f
            );
        }
        let _ = writeln!(s, "  gold\\pred  agree disagree discuss unrelated");
        for g in Label::ALL {
            let row = self.m[g.index()];
            let _ = writeln!(
                s,
                "  {:<9} {:>6} {:>8} {:>7} {:>9}",
                g.as_str(),
                row[0],
                row[1],
                row[2],
                row[3]
            );
        }
        s
    }
}

fn ratio(a: f64, b: f64) -> f64 {
    if b == 0.0 {
        0.0
    } else {
        a / b
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Label::*;

    /// Six pairs: two unrelated (one predicted related), four related.
    fn tiny() -> Confusion {
        let mut c = Confusion::default();
        for (g, p) in [
            (Unrelated, Unrelated),
            (Unrelated, Discuss),
            (Agree, Agree),
            (Agree, Discuss),
            (Disagree, Disagree),
            (Discuss, Unrelated),
        ] {
            c.add(g, p);
        }
        c
    }

    #[test]
    fn fnc_score_on_a_tiny_gold() {
        // Best: 2 × 0.25 + 4 × 1 = 4.5. Got: 0.25 (unrelated right) + 1 (agree) + 0.25
        // (agree as discuss: related right) + 1 (disagree) = 2.5.
        let c = tiny();
        assert_eq!(c.total(), 6);
        assert!((c.fnc_score() - 2.5 / 4.5).abs() < 1e-12);
        assert!((c.accuracy() - 3.0 / 6.0).abs() < 1e-12);
    }

    #[test]
    fn f1_per_class_on_a_tiny_gold() {
        let c = tiny();
        assert_eq!(c.prf(Agree), (1.0, 0.5, 2.0 / 3.0));
        assert_eq!(c.prf(Disagree), (1.0, 1.0, 1.0));
        assert_eq!(c.prf(Discuss), (0.0, 0.0, 0.0));
        assert_eq!(c.prf(Unrelated), (0.5, 0.5, 0.5));
        assert!((c.macro_f1() - (2.0 / 3.0 + 1.0 + 0.0 + 0.5) / 4.0).abs() < 1e-12);
    }
}
