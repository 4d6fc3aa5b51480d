//! The two small linear models of `check`: related or not (logistic), and agree /
//! disagree / discuss (softmax). Weights live in `data/models/stance.json`, trained by
//! `claimtrail eval-stance --fnc1 DIR --train FILE` on the tuning part of FNC-1.

use serde::{Deserialize, Serialize};

use super::features::{RELATED_FEATURES, STANCE_FEATURES};

/// The embedded weights.
pub const STANCE_MODEL_JSON: &str = include_str!("../../data/models/stance.json");

/// Weights of both models, with the feature names they were trained on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Model {
    pub related_features: Vec<String>,
    pub related: Vec<f64>,
    /// Pairs with a probability of being related at least this are related.
    #[serde(default = "half")]
    pub related_threshold: f64,
    pub stance_features: Vec<String>,
    /// One row per class: agree, disagree, discuss.
    pub stance: Vec<Vec<f64>>,
    /// Stance weights for articles of at most [`SHORT`] sentences (a headline against
    /// a claim), trained on Emergent; such articles are related when they share enough
    /// weighted words with the claim.
    #[serde(default)]
    pub headline: Option<Vec<Vec<f64>>>,
}

/// Articles of at most this many sentences use the headline weights.
pub const SHORT: usize = 1;

/// The weights file does not fit the features of this build.
#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    #[error("stance model: {0}")]
    Json(#[from] serde_json::Error),
    #[error("stance model: trained on other features than this build computes ({0})")]
    Features(&'static str),
}

impl Model {
    /// Read and check a weights file.
    pub fn from_json(s: &str) -> Result<Self, ModelError> {
        let m: Model = serde_json::from_str(s)?;
        let names = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        if m.related_features != names(RELATED_FEATURES)
            || m.related.len() != RELATED_FEATURES.len()
        {
            return Err(ModelError::Features("related"));
        }
        let bad =
            |w: &Vec<Vec<f64>>| w.len() != 3 || w.iter().any(|r| r.len() != STANCE_FEATURES.len());
        if m.stance_features != names(STANCE_FEATURES)
            || bad(&m.stance)
            || m.headline.as_ref().is_some_and(bad)
        {
            return Err(ModelError::Features("stance"));
        }
        Ok(m)
    }

    /// The embedded weights.
    pub fn embedded() -> Result<Self, ModelError> {
        Self::from_json(STANCE_MODEL_JSON)
    }

    /// Probability that the pair is related.
    pub fn p_related(&self, x: &[f64]) -> f64 {
        sigmoid(dot(&self.related, x))
    }

    /// Probabilities of agree, disagree, discuss.
    pub fn p_stance(&self, x: &[f64]) -> [f64; 3] {
        softmax(self.stance_logits(x))
    }

    /// Probabilities of agree, disagree, discuss for a headline-sized article.
    pub fn p_stance_headline(&self, x: &[f64]) -> [f64; 3] {
        match &self.headline {
            Some(w) => softmax([dot(&w[0], x), dot(&w[1], x), dot(&w[2], x)]),
            None => self.p_stance(x),
        }
    }

    /// Class logits of one example.
    pub fn stance_logits(&self, x: &[f64]) -> [f64; 3] {
        [
            dot(&self.stance[0], x),
            dot(&self.stance[1], x),
            dot(&self.stance[2], x),
        ]
    }

    /// Add offsets to the agree and disagree biases.
    pub fn shift_biases(&mut self, agree: f64, disagree: f64) {
        self.stance[0][0] = ((self.stance[0][0] + agree) * 1e4).round() / 1e4;
        self.stance[1][0] = ((self.stance[1][0] + disagree) * 1e4).round() / 1e4;
    }

    /// The offsets for the agree and disagree logits that give the best macro F1 over
    /// agree / disagree / discuss on (logits, gold class) examples, with that F1.
    pub fn best_offsets(examples: &[([f64; 3], usize)]) -> (f64, f64, f64) {
        let mut best = (f64::NEG_INFINITY, 0.0, 0.0);
        let steps: Vec<f64> = (-10..=10).map(|k| k as f64 * 0.2).collect();
        for &da in &steps {
            for &dd in &steps {
                let mut m = [[0u64; 3]; 3];
                for (z, y) in examples {
                    let z = [z[0] + da, z[1] + dd, z[2]];
                    let k = (0..3).fold(0, |b, k| if z[k] > z[b] { k } else { b });
                    m[*y][k] += 1;
                }
                let f1: f64 = (0..3)
                    .map(|k| {
                        let tp = m[k][k] as f64;
                        let pred: u64 = (0..3).map(|g| m[g][k]).sum();
                        let gold: u64 = m[k].iter().sum();
                        if tp == 0.0 {
                            0.0
                        } else {
                            2.0 * tp / (pred + gold) as f64
                        }
                    })
                    .sum::<f64>()
                    / 3.0;
                if f1 > best.0 + 1e-12 {
                    best = (f1, da, dd);
                }
            }
        }
        (best.1, best.2, best.0)
    }

    /// Fit both models by full-batch gradient descent with L2 regularisation.
    /// `related` holds (features, is related); `stance` holds (features, class 0..3).
    /// Classes are weighted by inverse frequency so the rare ones count.
    pub fn train(related: &[(Vec<f64>, bool)], stance: &[(Vec<f64>, usize)]) -> Model {
        // Features are standardised for the descent, and the weights mapped back.
        let nr = RELATED_FEATURES.len();
        let scale_r = Scale::fit(related.iter().map(|(x, _)| x.as_slice()), nr);
        let related: Vec<(Vec<f64>, bool)> = related
            .iter()
            .map(|(x, y)| (scale_r.apply(x), *y))
            .collect();
        let mut wr = vec![0.0; nr];
        let pos = related.iter().filter(|(_, y)| *y).count().max(1) as f64;
        let neg = (related.len() as f64 - pos).max(1.0);
        let n = related.len().max(1) as f64;
        for _ in 0..ITERATIONS {
            let mut g = vec![0.0; nr];
            for (x, y) in &related {
                let p = sigmoid(dot(&wr, x));
                let t = if *y { 1.0 } else { 0.0 };
                let cw = if *y { n / (2.0 * pos) } else { n / (2.0 * neg) };
                for (gi, xi) in g.iter_mut().zip(x) {
                    *gi += cw * (p - t) * xi;
                }
            }
            for (w, gi) in wr.iter_mut().zip(&g) {
                *w -= RATE * (gi / n + L2 * *w);
            }
        }
        let wr = scale_r.unscale(&wr);
        let ns = STANCE_FEATURES.len();
        let scale_s = Scale::fit(stance.iter().map(|(x, _)| x.as_slice()), ns);
        let stance: Vec<(Vec<f64>, usize)> =
            stance.iter().map(|(x, y)| (scale_s.apply(x), *y)).collect();
        let mut ws = vec![vec![0.0; ns]; 3];
        let mut counts = [0usize; 3];
        for (_, y) in &stance {
            counts[*y] += 1;
        }
        let m = stance.len().max(1) as f64;
        let cw: Vec<f64> = counts
            .iter()
            .map(|&c| (m / (3.0 * c.max(1) as f64)).powf(CLASS_WEIGHT_POWER))
            .collect();
        for _ in 0..ITERATIONS {
            let mut g = vec![vec![0.0; ns]; 3];
            for (x, y) in &stance {
                let p = softmax([dot(&ws[0], x), dot(&ws[1], x), dot(&ws[2], x)]);
                for k in 0..3 {
                    let t = if k == *y { 1.0 } else { 0.0 };
                    for (gi, xi) in g[k].iter_mut().zip(x) {
                        *gi += cw[*y] * (p[k] - t) * xi;
                    }
                }
            }
            for k in 0..3 {
                for (w, gi) in ws[k].iter_mut().zip(&g[k]) {
                    *w -= RATE * (gi / m + L2 * *w);
                }
            }
        }
        let ws: Vec<Vec<f64>> = ws.iter().map(|w| scale_s.unscale(w)).collect();
        let round = |v: Vec<f64>| v.into_iter().map(|w| (w * 1e4).round() / 1e4).collect();
        Model {
            related_features: RELATED_FEATURES.iter().map(|s| s.to_string()).collect(),
            related: round(wr),
            related_threshold: 0.5,
            stance_features: STANCE_FEATURES.iter().map(|s| s.to_string()).collect(),
            stance: ws.into_iter().map(round).collect(),
            headline: None,
        }
    }
}

/// Mean and spread of each feature; the first feature is the constant bias.
struct Scale {
    mean: Vec<f64>,
    sd: Vec<f64>,
}

impl Scale {
    fn fit<'a>(xs: impl Iterator<Item = &'a [f64]>, n: usize) -> Scale {
        let (mut s, mut s2, mut count) = (vec![0.0; n], vec![0.0; n], 0.0);
        for x in xs {
            count += 1.0;
            for i in 0..n {
                s[i] += x[i];
                s2[i] += x[i] * x[i];
            }
        }
        let count = f64::max(count, 1.0);
        let mean: Vec<f64> = s.iter().map(|v| v / count).collect();
        let sd = (0..n)
            .map(|i| {
                let v = (s2[i] / count - mean[i] * mean[i]).max(0.0).sqrt();
                if i == 0 || v < 1e-9 {
                    1.0
                } else {
                    v
                }
            })
            .collect();
        let mut mean = mean;
        mean[0] = 0.0;
        Scale { mean, sd }
    }

    fn apply(&self, x: &[f64]) -> Vec<f64> {
        x.iter()
            .zip(self.mean.iter().zip(&self.sd))
            .map(|(v, (m, s))| (v - m) / s)
            .collect()
    }

    /// Weights on standardised features → weights on raw features.
    fn unscale(&self, w: &[f64]) -> Vec<f64> {
        let mut out: Vec<f64> = w.iter().zip(&self.sd).map(|(w, s)| w / s).collect();
        out[0] -= (1..w.len()).map(|i| out[i] * self.mean[i]).sum::<f64>();
        out
    }
}

fn half() -> f64 {
    0.5
}

/// Classes weigh (share of the average class)^-power in training: 0 is plain
/// likelihood, 1 fully balanced.
const CLASS_WEIGHT_POWER: f64 = 0.0;

const ITERATIONS: usize = 1500;
const RATE: f64 = 0.5;
const L2: f64 = 1e-3;

fn dot(w: &[f64], x: &[f64]) -> f64 {
    w.iter().zip(x).map(|(a, b)| a * b).sum()
}

fn sigmoid(z: f64) -> f64 {
    1.0 / (1.0 + (-z).exp())
}

fn softmax(z: [f64; 3]) -> [f64; 3] {
    let m = z.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let e = z.map(|v| (v - m).exp());
    let s: f64 = e.iter().sum();
    e.map(|v| v / s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_weights_fit_the_features() {
        let m = Model::embedded();
        assert!(
            matches!(&m, Ok(m) if m.stance.len() == 3),
            "embedded model: {m:?}"
        );
    }

    #[test]
    fn softmax_sums_to_one_and_keeps_order() {
        let p = softmax([1.0, 0.0, -1.0]);
        assert!((p.iter().sum::<f64>() - 1.0).abs() < 1e-12);
        assert!(p[0] > p[1] && p[1] > p[2]);
    }
}
