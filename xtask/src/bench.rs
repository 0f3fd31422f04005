//! `cargo xtask bench`: the release site (as `cargo xtask dist` builds it), then `e2e/bench.mjs`
//! against it: the explainer side by side with a static HTML page of the same text (sizes, first
//! paint, hydration, interaction latency, Lighthouse scores). A benchmark, not a test: it fails only if
//! it cannot run.

use crate::dist::{self, Options};
use crate::util::{cmd, header, run, Result};

pub struct Bench {
    /// Page loads per page (at least 10; the script's default when `None`).
    pub runs: Option<u32>,
    /// Put the results at the top of BENCHMARKS.md.
    pub record: bool,
    /// Skip the Lighthouse runs (they take a few minutes).
    pub lighthouse: bool,
}

pub fn bench(bench: &Bench) -> Result {
    dist::dist(&Options::new(None, None, None)?)?;
    header("bench: node e2e/bench.mjs dist");
    let mut node = cmd("node");
    node.args(["e2e/bench.mjs", "dist"]);
    if let Some(runs) = bench.runs {
        node.args(["--runs", &runs.to_string()]);
    }
    if bench.record {
        node.arg("--record");
    }
    if !bench.lighthouse {
        node.arg("--no-lighthouse");
    }
    run(&mut node)
}
