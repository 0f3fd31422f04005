//! The explainer's own colours, read from its stylesheets' custom properties, so a card and the page
//! never drift apart.

/// The custom properties (`--name: value;`) of the first rule in `css` (the light `:root`), in order,
/// names without the leading `--`.
pub fn custom_properties(css: &str) -> Vec<(String, String)> {
    let css = without_comments(css);
    let Some(open) = css.find('{') else { return Vec::new() };
    let body = &css[open + 1..];
    let body = &body[..body.find('}').unwrap_or(body.len())];
    body.split(';')
        .filter_map(|declaration| {
            let (name, value) = declaration.split_once(':')?;
            let name = name.trim().strip_prefix("--")?;
            Some((name.to_owned(), value.trim().to_owned()))
        })
        .collect()
}

fn without_comments(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        out.push_str(&rest[..start]);
        rest = rest[start + 2..].find("*/").map_or("", |end| &rest[start + 2 + end + 2..]);
    }
    out.push_str(rest);
    out
}

/// A colour as `#rrggbb`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Colour(String);

impl Colour {
    /// `#rgb` or `#rrggbb`, checked.
    pub fn parse(text: &str) -> Option<Colour> {
        let hex = text.strip_prefix('#')?;
        if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        match hex.len() {
            6 => Some(Colour(format!("#{}", hex.to_ascii_lowercase()))),
            3 => Some(Colour(format!("#{}", hex.chars().flat_map(|c| [c, c]).collect::<String>().to_ascii_lowercase()))),
            _ => None,
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The colour named `--name` among `properties`, or an error naming `file`.
pub fn colour(properties: &[(String, String)], name: &str, file: &str) -> Result<Colour, String> {
    let (_, value) = properties.iter().find(|(n, _)| n == name).ok_or_else(|| format!("{file}: no --{name} in its first rule"))?;
    Colour::parse(value).ok_or_else(|| format!("{file}: --{name} is {value:?}, not a #rrggbb colour"))
}

/// The page's colours a card uses (light mode: previews sit on light and dark feeds alike, and the
/// light palette is the one with the strongest contrast at thumbnail size).
#[derive(Debug, Clone, PartialEq)]
pub struct Look {
    pub background: Colour,
    pub surface: Colour,
    pub text: Colour,
    pub muted: Colour,
    pub accent: Colour,
    pub border: Colour,
}

impl Look {
    /// From the page's base stylesheet (`styles/base.css`); `file` names it in errors.
    pub fn from_css(css: &str, file: &str) -> Result<Look, String> {
        let properties = custom_properties(css);
        let get = |name: &str| colour(&properties, name, file);
        Ok(Look { background: get("bg")?, surface: get("surface")?, text: get("text")?, muted: get("muted")?, accent: get("accent")?, border: get("border")? })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_first_rules_custom_properties_and_skips_comments() {
        let css = "/* a { --x: 1 } */\n:root {\n  color-scheme: light dark;\n  --bg: #FBFAF7; /* paper */\n  --text:#1b1d21\n}\n@media (prefers-color-scheme: dark) { :root { --bg: #141619; } }";
        assert_eq!(custom_properties(css), [("bg".to_owned(), "#FBFAF7".to_owned()), ("text".to_owned(), "#1b1d21".to_owned())]);
    }

    #[test]
    fn colours_are_checked() {
        assert_eq!(Colour::parse("#FbFaF7").unwrap().as_str(), "#fbfaf7");
        assert_eq!(Colour::parse("#abc").unwrap().as_str(), "#aabbcc");
        assert_eq!(Colour::parse("red"), None);
        assert_eq!(Colour::parse("#12345g"), None);
        let properties = custom_properties(":root { --bg: var(--x); }");
        assert_eq!(colour(&properties, "bg", "base.css").unwrap_err(), "base.css: --bg is \"var(--x)\", not a #rrggbb colour");
        assert_eq!(colour(&properties, "text", "base.css").unwrap_err(), "base.css: no --text in its first rule");
    }
}
