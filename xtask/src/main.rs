//! Project tooling, run as `cargo xtask <task>` (alias in .cargo/config.toml). Std only.
//!
//!   setup                                    install what is missing (see pins.rs)
//!   dist  [--public-url /x/] [--story DIR]   build the static site into dist/
//!   serve [--port 8080] [--public-url /x/] [--story DIR]
//!                                            dist, then serve it on 127.0.0.1 until Ctrl-C
//!   test  [--only native|browser|fresh|e2e]  run every test layer (or one)
//!   bench [--runs N] [--record] [--no-lighthouse]
//!                                            dist, then e2e/bench.mjs: the site against static HTML

mod bench;
mod dist;
mod minify;
mod names;
mod pins;
mod setup;
mod test;
mod util;

use std::process::ExitCode;
use util::Result;

const USAGE: &str = "\
usage: cargo xtask <task> [options]

tasks:
  setup                          install what is missing: the wasm32 target, trunk, wasm-bindgen-cli,
                                 the npm packages of e2e/ (wasm-opt, playwright-core, ...), and
                                 the Debian packages chromium, chromium-driver, firefox-esr
  dist  [--public-url ./|/x/]    setup, then build the static site into dist/ (trunk build
        [--story DIR]            --release --offline, esbuild's minify, the native pre-render);
        [--dist DIR]             prints sizes. --dist writes the site into DIR instead of dist/.
        [--site-url https://…/]  The default public URL ./ works under any path; --site-url is the
                                 published address for canonical URLs, share tags and copied links
  serve [--port 8080]            dist, then serve dist/ on http://127.0.0.1:<port>/ until Ctrl-C
        [--public-url /x/] [--story DIR]
  test  [--only LAYER]           setup, then every test layer, stopping at the first failure:
                                 native (cargo test --workspace --features ssr),
                                 browser (wasm tests in headless Chromium),
                                 fresh (cargo xtask dist with an empty cargo home and a new target
                                 folder, as a new machine builds; then the EXPLAINER_STD=prebuilt
                                 build, smoke-tested, with its size),
                                 e2e (the site the fresh layer built, or cargo xtask dist when run
                                 alone; then node --test e2e/tests/)
  bench [--runs N] [--record]    dist, then e2e/bench.mjs: the site side by side with a static HTML
        [--no-lighthouse]        page of the same text (transfer raw/gzip, first paint, hydration,
                                 interaction latency, medians of N >= 10 loads; Lighthouse mobile
                                 scores); --record puts the results at the top of BENCHMARKS.md

--story DIR builds another story folder (default: content/pakistan-afghanistan-talks); the
EXPLAINER_STORY environment variable does the same.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("\nxtask: error: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: Vec<String>) -> Result {
    let mut args = Args(args);
    let Some(task) = args.task() else {
        println!("{USAGE}");
        return Ok(());
    };
    match task.as_str() {
        "setup" => {
            args.done()?;
            setup::setup()
        }
        "dist" => {
            let options = dist::Options::new(args.value("--public-url")?, args.value("--story")?, args.value("--site-url")?)?
                .into_folder(args.value("--dist")?)?;
            args.done()?;
            dist::dist(&options)
        }
        "serve" => {
            let port = match args.value("--port")? {
                Some(port) => port
                    .parse()
                    .map_err(|_| format!("--port: not a port number: {port}"))?,
                None => 8080,
            };
            let options = dist::Options::new(args.value("--public-url")?, args.value("--story")?, args.value("--site-url")?)?;
            args.done()?;
            dist::serve(&options, port)
        }
        "test" => {
            let only = args
                .value("--only")?
                .map(|name| test::Layer::parse(&name))
                .transpose()?;
            args.done()?;
            test::test(only)
        }
        "bench" => {
            let runs = match args.value("--runs")? {
                Some(runs) => Some(runs.parse().map_err(|_| format!("--runs: not a number: {runs}"))?),
                None => None,
            };
            let record = args.flag("--record");
            let lighthouse = !args.flag("--no-lighthouse");
            args.done()?;
            bench::bench(&bench::Bench { runs, record, lighthouse })
        }
        "help" | "--help" | "-h" => {
            println!("{USAGE}");
            Ok(())
        }
        other => Err(format!("unknown task `{other}`\n\n{USAGE}")),
    }
}

/// The command line after the task name: `--name value` or `--name=value` options only.
struct Args(Vec<String>);

impl Args {
    fn task(&mut self) -> Option<String> {
        (!self.0.is_empty()).then(|| self.0.remove(0))
    }

    /// Takes option `name`'s value out of the arguments, if given.
    fn value(&mut self, name: &str) -> Result<Option<String>> {
        let Some(i) = self
            .0
            .iter()
            .position(|a| a == name || a.starts_with(&format!("{name}=")))
        else {
            return Ok(None);
        };
        let arg = self.0.remove(i);
        if let Some((_, value)) = arg.split_once('=') {
            return Ok(Some(value.to_string()));
        }
        if i < self.0.len() && !self.0[i].starts_with("--") {
            return Ok(Some(self.0.remove(i)));
        }
        Err(format!("{name} needs a value"))
    }

    /// Takes a flag (an option without a value) out of the arguments; whether it was given.
    fn flag(&mut self, name: &str) -> bool {
        let before = self.0.len();
        self.0.retain(|a| a != name);
        self.0.len() != before
    }

    /// Fails on anything not taken.
    fn done(&self) -> Result {
        match self.0.first() {
            None => Ok(()),
            Some(arg) => Err(format!(
                "unexpected argument `{arg}` (see `cargo xtask help`)"
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Args;

    fn args(list: &[&str]) -> Args {
        Args(list.iter().map(|s| s.to_string()).collect())
    }

    #[test]
    fn options_take_a_value_either_way() {
        let mut a = args(&["--port", "9000", "--public-url=/x/"]);
        assert_eq!(a.value("--public-url").unwrap().as_deref(), Some("/x/"));
        assert_eq!(a.value("--port").unwrap().as_deref(), Some("9000"));
        assert_eq!(a.value("--story").unwrap(), None);
        assert!(a.done().is_ok());
    }

    #[test]
    fn flags_are_taken_whole() {
        let mut a = args(&["--record", "--runs", "12"]);
        assert!(a.flag("--record"));
        assert!(!a.flag("--no-lighthouse"));
        assert_eq!(a.value("--runs").unwrap().as_deref(), Some("12"));
        assert!(a.done().is_ok());
    }

    #[test]
    fn a_missing_value_or_a_stray_argument_is_an_error() {
        assert!(args(&["--story"]).value("--story").is_err());
        assert!(args(&["--story", "--port", "1"]).value("--story").is_err());
        assert!(args(&["extra"]).done().is_err());
    }
}
