//! Numbers as SVG attributes want them, shared by the actor map and the map of places.
//!
//! Written from integers, not with float formatting: `{:.1}` on floats pulls Rust's float printing
//! machinery into the wasm (several KB) for what is only ever a tenth of a unit.

/// A number to a tenth of a unit, shortest form: "12", "12.5", "-.5", "0" (never "-0").
pub fn num(value: f64) -> String {
    tenths_text((value * 10.0).round() as i32)
}

/// A number given in tenths: 125 → "12.5", -5 → "-.5", 40 → "4".
pub fn tenths_text(t: i32) -> String {
    let sign = if t < 0 { "-" } else { "" };
    let (whole, tenth) = (t.unsigned_abs() / 10, t.unsigned_abs() % 10);
    match (whole, tenth) {
        (w, 0) => format!("{sign}{w}"),
        (0, d) => format!("{sign}.{d}"),
        (w, d) => format!("{sign}{w}.{d}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tenths_in_their_shortest_form() {
        assert_eq!(num(12.0), "12");
        assert_eq!(num(12.46), "12.5");
        assert_eq!(num(-0.5), "-.5");
        assert_eq!(num(-0.04), "0");
        assert_eq!(num(0.0), "0");
        assert_eq!(num(-3.25), "-3.3");
        assert_eq!(tenths_text(-125), "-12.5");
        assert_eq!(tenths_text(7), ".7");
    }
}
