//! Turning Trunk's `index.html` into the pre-rendered pages: pure string work, tested natively.
//!
//! Trunk writes an inline module script that starts the app. The pre-renderer swaps it for a small
//! external script (`boot-<hash>.js`, from `web/boot.js`) so that a strict Content-Security-Policy
//! needs no inline script, and so the page stays readable when WebAssembly is missing or fails.

use std::fmt::Write;

/// The head of one page: what search engines, social networks and chat apps read.
#[derive(Debug, Clone, PartialEq)]
pub struct Head {
    pub title: String,
    pub description: String,
    /// Absolute URL of this page, when the site's address is known at build time.
    pub canonical: Option<String>,
    /// The share card (absolute URL when the site's address is known, else relative to the page).
    pub image: Option<Image>,
    pub language: String,
    /// The page's direction, `ltr` or `rtl` (the locale's).
    pub direction: &'static str,
    /// `og:site_name`.
    pub site_name: String,
    /// `article:published_time`: when the statement was made (`2025-11`).
    pub published: Option<String>,
    /// The page's oEmbed file (absolute, or relative to the page), and its title.
    pub oembed: Option<(String, String)>,
}

/// A share image, as `og:image` and its properties describe it.
#[derive(Debug, Clone, PartialEq)]
pub struct Image {
    pub url: String,
    pub width: u32,
    pub height: u32,
    pub mime: &'static str,
    /// What the picture shows.
    pub alt: String,
}

/// What the app's mount element records for hydration.
#[derive(Debug, Clone, PartialEq)]
pub struct Mount {
    pub open: Option<String>,
    pub base: String,
    /// The embed view (`ui::mount::EMBED`).
    pub embed: bool,
}

/// The app's start-up script, with Trunk's output file names filled in.
#[derive(Debug, Clone, PartialEq)]
pub struct Boot {
    pub file_name: String,
    pub source: String,
}

/// Finds Trunk's inline start-up script and returns it with the app's JS and wasm URLs.
pub fn trunk_loader(template: &str) -> Result<(std::ops::Range<usize>, String, String), String> {
    let start = template.find("<script type=\"module\">").ok_or("no <script type=\"module\"> from Trunk in index.html")?;
    let end = template[start..].find("</script>").ok_or("Trunk's start-up script is not closed")? + start + "</script>".len();
    let script = &template[start..end];
    let js = between(script, "from '", "'").ok_or("no app .js import in Trunk's start-up script")?;
    let wasm = between(script, "module_or_path: '", "'").ok_or("no .wasm path in Trunk's start-up script")?;
    Ok((start..end, js.to_owned(), wasm.to_owned()))
}

/// The boot script for these URLs, named by a hash of its content.
pub fn boot_script(js: &str, wasm: &str) -> Boot {
    let file = |url: &str| url.rsplit('/').next().unwrap_or(url).to_owned();
    // Shipped without its comments, indentation and the spaces beside punctuation (every page loads
    // it before its first paint): the source's comments are whole lines, its strings are in double
    // quotes and none spans lines.
    let source = include_str!("web/boot.js")
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with("//"))
        .map(tighten)
        .collect::<Vec<_>>()
        .join("\n")
        .replace("__APP_JS__", &file(js))
        .replace("__APP_WASM__", &file(wasm));
    let file_name = format!("boot-{:016x}.js", fnv1a(source.as_bytes()));
    Boot { file_name, source }
}

/// A line of script without the spaces beside punctuation, outside its strings:
/// `if (a === "b c") {` becomes `if(a==="b c"){`.
fn tighten(line: &str) -> String {
    const PUNCTUATION: &str = "=(){}[],;:+-*|&!<>?";
    let chars: Vec<char> = line.chars().collect();
    let mut out = String::with_capacity(line.len());
    let mut in_string = false;
    for (i, &c) in chars.iter().enumerate() {
        if c == '"' && (i == 0 || chars[i - 1] != '\\') {
            in_string = !in_string;
        }
        let beside = |j: Option<usize>| j.and_then(|j| chars.get(j)).is_some_and(|n| PUNCTUATION.contains(*n));
        if !in_string && c == ' ' && (beside(i.checked_sub(1)) || beside(Some(i + 1))) {
            continue;
        }
        out.push(c);
    }
    out
}

/// One finished page: the template with its loader swapped for the boot script, its head filled in,
/// and the rendered app inside the mount element.
///
/// `root` is the way from this page to the site's root: "./" for the top page and "../../" for a
/// section's page when Trunk's `public_url` is relative ("./", so one build works under any path), or
/// the absolute public path ("/news/explainer/") for every page.
pub fn render_page(template: &str, head: &Head, mount: &Mount, app_html: &str, boot_file: &str, root: &str) -> Result<String, String> {
    let (loader, _, _) = trunk_loader(template)?;
    let mut page = String::with_capacity(template.len() + app_html.len() + 2048);
    page.push_str(&template[..loader.start]);
    write!(page, "<script src=\"{}{}\"></script>", escape(root), escape(boot_file)).unwrap();
    page.push_str(&without_wasm_preload(&template[loader.end..]));
    if root != "./" {
        page = page.replace("href=\"./", &format!("href=\"{root}")).replace("src=\"./", &format!("src=\"{root}"));
    }

    page = replace_once(&page, "<html lang=\"en\">", &format!("<html lang=\"{}\" dir=\"{}\">", escape(&head.language), head.direction))?;
    let title_start = page.find("<title>").ok_or("no <title> in index.html")?;
    let title_end = page[title_start..].find("</title>").ok_or("<title> is not closed")? + title_start + "</title>".len();
    page.replace_range(title_start..title_end, &head_tags(head));

    use crate::ui::mount::{BASE, EMBED, ID, OPEN};

    let mut mount_tag = format!("<div id=\"{ID}\"");
    write!(mount_tag, " {}=\"{}\"", BASE.name(), escape(&mount.base)).unwrap();
    if let Some(open) = &mount.open {
        write!(mount_tag, " {}=\"{}\"", OPEN.name(), escape(open)).unwrap();
    }
    if mount.embed {
        write!(mount_tag, " {}=\"\"", EMBED.name()).unwrap();
    }
    mount_tag.push('>');
    mount_tag.push_str(app_html);
    mount_tag.push_str("</div>");
    replace_once(&page, &format!("<div id=\"{ID}\"></div>"), &mount_tag)
}

fn head_tags(head: &Head) -> String {
    let mut tags = format!("<title>{}</title>", escape(&head.title));
    let mut meta = |key: &str, name: &str, content: &str| write!(tags, "\n    <meta {key}=\"{name}\" content=\"{}\" />", escape(content)).unwrap();
    meta("name", "description", &head.description);
    meta("property", "og:type", "article");
    meta("property", "og:site_name", &head.site_name);
    meta("property", "og:title", &head.title);
    meta("property", "og:description", &head.description);
    if let Some(url) = &head.canonical {
        meta("property", "og:url", url);
    }
    if let Some(published) = &head.published {
        meta("property", "article:published_time", published);
    }
    if let Some(image) = &head.image {
        meta("property", "og:image", &image.url);
        meta("property", "og:image:type", image.mime);
        meta("property", "og:image:width", &image.width.to_string());
        meta("property", "og:image:height", &image.height.to_string());
        meta("property", "og:image:alt", &image.alt);
    }
    meta("name", "twitter:card", if head.image.is_some() { "summary_large_image" } else { "summary" });
    meta("name", "twitter:title", &head.title);
    meta("name", "twitter:description", &head.description);
    if let Some(image) = &head.image {
        meta("name", "twitter:image", &image.url);
        meta("name", "twitter:image:alt", &image.alt);
    }
    if let Some(url) = &head.canonical {
        write!(tags, "\n    <link rel=\"canonical\" href=\"{}\" />", escape(url)).unwrap();
    }
    if let Some((url, title)) = &head.oembed {
        write!(tags, "\n    <link rel=\"alternate\" type=\"application/json+oembed\" href=\"{}\" title=\"{}\" />", escape(url), escape(title)).unwrap();
    }
    tags
}

/// A page's oEmbed response (type `rich`), served as a static file: a consumer that finds it through
/// the page's `<link rel="alternate" type="application/json+oembed">` embeds `html`.
#[derive(Debug, Clone, PartialEq)]
pub struct Oembed {
    pub title: String,
    pub provider_name: String,
    /// The site's address, when known.
    pub provider_url: Option<String>,
    /// The embed code (our iframe and loader).
    pub html: String,
    pub width: u32,
    pub height: u32,
    pub thumbnail: Option<(String, u32, u32)>,
}

impl Oembed {
    pub fn to_json(&self) -> String {
        let mut fields = vec![
            ("version", json_string("1.0")),
            ("type", json_string("rich")),
            ("title", json_string(&self.title)),
            ("provider_name", json_string(&self.provider_name)),
        ];
        if let Some(url) = &self.provider_url {
            fields.push(("provider_url", json_string(url)));
        }
        fields.push(("html", json_string(&self.html)));
        fields.push(("width", self.width.to_string()));
        fields.push(("height", self.height.to_string()));
        if let Some((url, width, height)) = &self.thumbnail {
            fields.push(("thumbnail_url", json_string(url)));
            fields.push(("thumbnail_width", width.to_string()));
            fields.push(("thumbnail_height", height.to_string()));
        }
        let body: Vec<String> = fields.into_iter().map(|(k, v)| format!("  \"{k}\": {v}")).collect();
        format!("{{\n{}\n}}\n", body.join(",\n"))
    }
}

/// A JSON string literal.
pub fn json_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            // Also escaped so the file is safe inside a <script> block of a consumer's page.
            '<' => out.push_str("\\u003c"),
            c if (c as u32) < 0x20 => write!(out, "\\u{:04x}", c as u32).unwrap(),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Escapes text for an HTML attribute value or text node.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The page without Trunk's `<link rel="preload" … type="application/wasm">`. The wasm is most of what
/// the page loads; fetched from the head, it competes with the page's own text and styles for the
/// connection before the first paint, while the page is readable without it. The boot script fetches
/// it once the page is parsed.
fn without_wasm_preload(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find("<link rel=\"preload\"") {
        let Some(len) = rest[start..].find('>') else { break };
        let tag = &rest[start..start + len + 1];
        out.push_str(&rest[..start]);
        if !tag.contains("type=\"application/wasm\"") {
            out.push_str(tag);
        }
        rest = &rest[start + len + 1..];
    }
    out.push_str(rest);
    out
}

fn replace_once(page: &str, from: &str, to: &str) -> Result<String, String> {
    match page.match_indices(from).count() {
        1 => Ok(page.replacen(from, to, 1)),
        0 => Err(format!("index.html has no {from}")),
        n => Err(format!("index.html has {n} copies of {from}; expected one")),
    }
}

fn between<'a>(text: &'a str, open: &str, close: &str) -> Option<&'a str> {
    let start = text.find(open)? + open.len();
    let end = text[start..].find(close)? + start;
    Some(&text[start..end])
}

/// FNV-1a, for content-named files (stable across platforms and runs).
pub fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf29ce484222325u64, |hash, b| (hash ^ u64::from(*b)).wrapping_mul(0x100000001b3))
}

/// The recommended response headers (`assets/_headers`) for a site published at `site` (an
/// `https://` address): its origin named beside every `'self'` of the Content-Security-Policy. A
/// sandboxed iframe's document has an opaque origin, which some engines (WebKit) match `'self'`
/// against, so without the origin the embed's own script and styles are refused there.
pub fn headers_for_site(headers: &str, site: &str) -> String {
    let rest = site.strip_prefix("https://").unwrap_or(site);
    let origin = format!("https://{}", rest.split('/').next().unwrap_or(rest));
    let mut out = String::with_capacity(headers.len() + 200);
    for line in headers.split_inclusive('\n') {
        if line.trim_start().starts_with("Content-Security-Policy:") && !line.contains(&origin) {
            out.push_str(&line.replace("'self'", &format!("'self' {origin}")));
        } else {
            out.push_str(line);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn head() -> Head {
        Head {
            title: "Closure · A town".into(),
            description: "Why the light goes dark".into(),
            canonical: Some("https://explainer.example/section/closure/".into()),
            image: Some(Image {
                url: "https://explainer.example/section/closure/card.png".into(),
                width: 1200,
                height: 630,
                mime: "image/png",
                alt: "“Closure”, with a map of the council & the keepers.".into(),
            }),
            language: "en".into(),
            direction: "ltr",
            site_name: "A town".into(),
            published: Some("2025-11".into()),
            oembed: Some(("https://explainer.example/section/closure/oembed.json".into(), "Closure · A town".into())),
        }
    }

    #[test]
    fn the_head_names_the_card_its_size_and_alt_and_the_oembed_file() {
        let tags = head_tags(&head());
        for tag in [
            "<meta property=\"og:image\" content=\"https://explainer.example/section/closure/card.png\" />",
            "<meta property=\"og:image:type\" content=\"image/png\" />",
            "<meta property=\"og:image:width\" content=\"1200\" />",
            "<meta property=\"og:image:height\" content=\"630\" />",
            "<meta property=\"og:image:alt\" content=\"“Closure”, with a map of the council &amp; the keepers.\" />",
            "<meta name=\"twitter:card\" content=\"summary_large_image\" />",
            "<meta name=\"twitter:image:alt\" content=\"“Closure”, with a map of the council &amp; the keepers.\" />",
            "<meta property=\"og:url\" content=\"https://explainer.example/section/closure/\" />",
            "<meta property=\"og:site_name\" content=\"A town\" />",
            "<meta property=\"article:published_time\" content=\"2025-11\" />",
            "<link rel=\"alternate\" type=\"application/json+oembed\" href=\"https://explainer.example/section/closure/oembed.json\" title=\"Closure · A town\" />",
        ] {
            assert!(tags.contains(tag), "{tag} missing from\n{tags}");
        }
        // og:image:* follow og:image, as the Open Graph protocol reads them.
        assert!(tags.find("og:image\"").unwrap() < tags.find("og:image:width").unwrap());
        let bare = head_tags(&Head { image: None, canonical: None, oembed: None, published: None, ..head() });
        assert!(bare.contains("content=\"summary\"") && !bare.contains("og:image") && !bare.contains("og:url") && !bare.contains("oembed"));
    }

    #[test]
    fn the_oembed_file_is_json_with_the_embed_code() {
        let oembed = Oembed {
            title: "Closure · A town".into(),
            provider_name: "A \"town\"".into(),
            provider_url: None,
            html: "<iframe src=\"x\"></iframe>\n<script src=\"embed.js\" async></script>".into(),
            width: 640,
            height: 900,
            thumbnail: Some(("card.png".into(), 1200, 630)),
        };
        assert_eq!(
            oembed.to_json(),
            concat!(
                "{\n  \"version\": \"1.0\",\n  \"type\": \"rich\",\n  \"title\": \"Closure · A town\",\n",
                "  \"provider_name\": \"A \\\"town\\\"\",\n",
                "  \"html\": \"\\u003ciframe src=\\\"x\\\">\\u003c/iframe>\\n\\u003cscript src=\\\"embed.js\\\" async>\\u003c/script>\",\n",
                "  \"width\": 640,\n  \"height\": 900,\n",
                "  \"thumbnail_url\": \"card.png\",\n  \"thumbnail_width\": 1200,\n  \"thumbnail_height\": 630\n}\n"
            )
        );
        assert_eq!(json_string("a\u{1}\\"), "\"a\\u0001\\\\\"");
    }

    #[test]
    fn the_wasm_preload_goes_and_other_links_stay() {
        let head = concat!(
            "<link rel=\"stylesheet\" href=\"./styles-1.css\"/>\n",
            "  <link rel=\"modulepreload\" href=\"./app-2.js\" crossorigin=\"anonymous\">",
            "<link rel=\"preload\" href=\"./app-2_bg.wasm\" crossorigin=\"anonymous\" as=\"fetch\" type=\"application/wasm\">",
            "<link rel=\"preload\" href=\"./font.woff2\" as=\"font\"></head>",
        );
        assert_eq!(
            without_wasm_preload(head),
            concat!(
                "<link rel=\"stylesheet\" href=\"./styles-1.css\"/>\n",
                "  <link rel=\"modulepreload\" href=\"./app-2.js\" crossorigin=\"anonymous\">",
                "<link rel=\"preload\" href=\"./font.woff2\" as=\"font\"></head>",
            )
        );
        assert_eq!(without_wasm_preload("<head></head>"), "<head></head>");
    }

    #[test]
    fn the_headers_name_the_sites_origin_beside_self() {
        let headers = "# Content-Security-Policy: 'self' in a comment stays\n/*\n  Content-Security-Policy: default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'\n  X-Content-Type-Options: nosniff\n";
        let out = headers_for_site(headers, "https://example.org/news/explainer/");
        assert_eq!(
            out,
            "# Content-Security-Policy: 'self' in a comment stays\n/*\n  Content-Security-Policy: default-src 'none'; script-src 'self' https://example.org 'wasm-unsafe-eval'; style-src 'self' https://example.org\n  X-Content-Type-Options: nosniff\n"
        );
        assert_eq!(headers_for_site(&out, "https://example.org/"), out, "named once");
    }

    #[test]
    fn the_boot_script_ships_without_comments_and_names_the_app() {
        let boot = boot_script("./app-1.js", "./app-1_bg.wasm");
        assert!(!boot.source.lines().any(|l| l.trim_start().starts_with("//")), "{}", boot.source);
        assert!(boot.source.contains("new URL(\"app-1.js\",here)") && boot.source.contains("new URL(\"app-1_bg.wasm\",here)"));
        assert!(boot.source.starts_with("(function(){") && boot.source.ends_with("})();"));
        assert_eq!(tighten(r#"if (a === "b = c") { f(x, y); } else g(!z);"#), r#"if(a==="b = c"){f(x,y);}else g(!z);"#);
        assert!(boot.source.len() < include_str!("web/boot.js").len() * 2 / 3);
    }

}
