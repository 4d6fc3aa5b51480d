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
}

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
        if m.stance_features != names(STANCE_FEATURES)
            || m.stance.len() != 3
            || m.stance.iter().any(|r| r.len() != STANCE_FEATURES.len())
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
        softmax([
            dot(&self.stance[0], x),
            dot(&self.stance[1], x),
            dot(&self.stance[2], x),
        ])
    }

    /// Fit both models by full-batch gradient descent with L2 regularisation.
    /// `related` holds (features, is related); `stance` holds (features, class 0..3).
    /// Classes are weighted by inverse frequency so the rare ones count.
    pub fn train(related: &[(Vec<f64>, bool)], stance: &[(Vec<f64>, usize)]) -> Model {
        let nr = RELATED_FEATURES.len();
        let mut wr = vec![0.0; nr];
        let pos = related.iter().filter(|(_, y)| *y).count().max(1) as f64;
        let neg = (related.len() as f64 - pos).max(1.0);
        let n = related.len().max(1) as f64;
        for _ in 0..ITERATIONS {
            let mut g = vec![0.0; nr];
            for (x, y) in related {
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
        let ns = STANCE_FEATURES.len();
        let mut ws = vec![vec![0.0; ns]; 3];
        let mut counts = [0usize; 3];
        for (_, y) in stance {
            counts[*y] += 1;
        }
        let m = stance.len().max(1) as f64;
        let cw: Vec<f64> = counts
            .iter()
            .map(|&c| (m / (3.0 * c.max(1) as f64)).sqrt())
            .collect();
        for _ in 0..ITERATIONS {
            let mut g = vec![vec![0.0; ns]; 3];
            for (x, y) in stance {
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
        let round = |v: Vec<f64>| v.into_iter().map(|w| (w * 1e4).round() / 1e4).collect();
        Model {
            related_features: RELATED_FEATURES.iter().map(|s| s.to_string()).collect(),
            related: round(wr),
            related_threshold: 0.5,
            stance_features: STANCE_FEATURES.iter().map(|s| s.to_string()).collect(),
            stance: ws.into_iter().map(round).collect(),
        }
    }
}

fn half() -> f64 {
    0.5
}

const ITERATIONS: usize = 3000;
const RATE: f64 = 0.5;
const L2: f64 = 1e-4;

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
