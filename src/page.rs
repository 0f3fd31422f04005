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
    /// Absolute URL of the share image, when known.
    pub image: Option<String>,
    pub language: String,
}

/// What the app's mount element records for hydration.
#[derive(Debug, Clone, PartialEq)]
pub struct Mount {
    pub open: Option<String>,
    pub base: String,
    /// The embed view (`data-embed`).
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
    let source = include_str!("web/boot.js").replace("__APP_JS__", &file(js)).replace("__APP_WASM__", &file(wasm));
    let file_name = format!("boot-{:016x}.js", fnv1a(source.as_bytes()));
    Boot { file_name, source }
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

    page = replace_once(&page, "<html lang=\"en\">", &format!("<html lang=\"{}\">", escape(&head.language)))?;
    let title_start = page.find("<title>").ok_or("no <title> in index.html")?;
    let title_end = page[title_start..].find("</title>").ok_or("<title> is not closed")? + title_start + "</title>".len();
    page.replace_range(title_start..title_end, &head_tags(head));

    let mut mount_tag = String::from("<div id=\"app\"");
    write!(mount_tag, " data-base=\"{}\"", escape(&mount.base)).unwrap();
    if let Some(open) = &mount.open {
        write!(mount_tag, " data-open=\"{}\"", escape(open)).unwrap();
    }
    if mount.embed {
        mount_tag.push_str(" data-embed=\"\"");
    }
    mount_tag.push('>');
    mount_tag.push_str(app_html);
    mount_tag.push_str("</div>");
    replace_once(&page, "<div id=\"app\"></div>", &mount_tag)
}

fn head_tags(head: &Head) -> String {
    let mut tags = String::new();
    let (title, description) = (escape(&head.title), escape(&head.description));
    write!(tags, "<title>{title}</title>").unwrap();
    write!(tags, "\n    <meta name=\"description\" content=\"{description}\" />").unwrap();
    write!(tags, "\n    <meta property=\"og:type\" content=\"article\" />").unwrap();
    write!(tags, "\n    <meta property=\"og:title\" content=\"{title}\" />").unwrap();
    write!(tags, "\n    <meta property=\"og:description\" content=\"{description}\" />").unwrap();
    write!(tags, "\n    <meta name=\"twitter:card\" content=\"{}\" />", if head.image.is_some() { "summary_large_image" } else { "summary" }).unwrap();
    write!(tags, "\n    <meta name=\"twitter:title\" content=\"{title}\" />").unwrap();
    write!(tags, "\n    <meta name=\"twitter:description\" content=\"{description}\" />").unwrap();
    if let Some(url) = &head.canonical {
        let url = escape(url);
        write!(tags, "\n    <link rel=\"canonical\" href=\"{url}\" />").unwrap();
        write!(tags, "\n    <meta property=\"og:url\" content=\"{url}\" />").unwrap();
    }
    if let Some(image) = &head.image {
        let image = escape(image);
        write!(tags, "\n    <meta property=\"og:image\" content=\"{image}\" />").unwrap();
        write!(tags, "\n    <meta name=\"twitter:image\" content=\"{image}\" />").unwrap();
    }
    tags
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
}
