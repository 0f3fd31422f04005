//! The pre-renderer: after `trunk build`, renders the story into `dist/index.html` and writes one page
//! per section (`dist/section/<id>/index.html`) with that section open and its own title, description
//! and share tags, each page with its share card (`card.png`, drawn by the `cards` crate; the embed
//! view shares the top page's) and its oEmbed file (`oembed.json`). The browser app then hydrates
//! these pages.
//!
//! Usage: prerender --dist DIR [--public-url ./|/path/] [--site-url https://host/path/]
//!
//! With Trunk's default relative `public_url` ("./"), one build works under any path: each page
//! reaches the assets relative to itself. `--site-url` gives the published address, for canonical
//! URLs, Open Graph tags and copied links (without it, copied links use the page's own address), and
//! its origin goes into the Content-Security-Policy of `dist/_headers`.

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::path::{Path, PathBuf};

    use explainer::card;
    use explainer::page::{self, Head, Mount};
    use explainer::ui::embed_code::{snippet, Flavour};
    use explainer::ui::{frozen::Frozen, StoryRef};
    use explainer::{bundled::STORY, App, AppProps};
    use yew::{AttrValue, LocalServerRenderer};

    /// The size an oEmbed consumer reserves for the embed: an article column, and the iframe's
    /// starting height in the embed code (our loader then fits it to its content).
    const EMBED_WIDTH: u32 = 640;
    const EMBED_HEIGHT: u32 = 900;

    struct Args {
        dist: PathBuf,
        public_url: String,
        site_url: Option<String>,
    }

    fn parse_args() -> Result<Args, String> {
        let mut args = Args { dist: PathBuf::from("dist"), public_url: "./".into(), site_url: None };
        let mut it = std::env::args().skip(1);
        while let Some(arg) = it.next() {
            let mut value = || it.next().ok_or(format!("{arg} needs a value"));
            match arg.as_str() {
                "--dist" => args.dist = PathBuf::from(value()?),
                "--public-url" => args.public_url = value()?,
                "--site-url" => args.site_url = Some(value()?),
                other => return Err(format!("unknown argument {other}; usage: prerender --dist DIR [--public-url ./|/path/] [--site-url https://host/path/]")),
            }
        }
        if !(args.public_url == "./" || args.public_url.starts_with('/') && args.public_url.ends_with('/')) {
            return Err(format!("--public-url must be ./ or a path that starts and ends with '/', got {:?}", args.public_url));
        }
        if let Some(site) = &args.site_url {
            if !site.starts_with("https://") || !site.ends_with('/') {
                return Err(format!("--site-url must be an https:// address ending in '/', got {site:?}"));
            }
        }
        Ok(args)
    }

    fn render(open: Option<&'static str>, base: &str, embed: bool) -> String {
        let story = StoryRef(&STORY);
        let runtime = tokio::runtime::Builder::new_current_thread().build().expect("a single-threaded runtime");
        let local = tokio::task::LocalSet::new();
        local.block_on(&runtime, async move {
            // The frozen parts first: the page holds them as they are (see explainer::ui::frozen).
            let frozen = Frozen::render(story, base, open, embed).await;
            let props = AppProps { story, open: open.map(AttrValue::from), base: AttrValue::from(base.to_owned()), embed, frozen };
            LocalServerRenderer::<App>::with_props(props).render().await
        })
    }

    fn write(path: &Path, text: &str) -> Result<(), String> {
        write_bytes(path, text.as_bytes())
    }

    fn write_bytes(path: &Path, bytes: &[u8]) -> Result<(), String> {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        }
        std::fs::write(path, bytes).map_err(|e| format!("{}: {e}", path.display()))
    }

    fn run() -> Result<(), String> {
        let args = parse_args()?;
        let index = args.dist.join("index.html");
        let template = std::fs::read_to_string(&index).map_err(|e| format!("{}: {e} (run trunk build first)", index.display()))?;
        let (_, js, wasm) = page::trunk_loader(&template)
            .map_err(|e| format!("{}: {e} (pre-rendered already? run trunk build first)", index.display()))?;
        let boot = page::boot_script(&js, &wasm);
        write(&args.dist.join(&boot.file_name), &boot.source)?;
        // Share links and canonical URLs use the site's address when known, else the page's own place.
        let site = args.site_url.clone().or(STORY.meta.canonical_url.map(|u| if u.ends_with('/') { u.to_owned() } else { format!("{u}/") }));
        let meta = &STORY.meta;
        // The recommended headers name the site's origin when it is known (see page::headers_for_site).
        if let Some(site) = &site {
            let path = args.dist.join("_headers");
            let headers = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e} (trunk copies assets/_headers there)", path.display()))?;
            write(&path, &page::headers_for_site(&headers, site))?;
        }

        if site.is_none() {
            eprintln!(
                "prerender: warning: no --site-url (nor canonical_url in the story): share images (og:image) and oEmbed files \
                 name addresses relative to the page, which most platforms do not follow; give the published address with --site-url https://…/"
            );
        }
        let published = STORY.locale.read_date(*meta.date).map(|d| d.iso());
        let look = card::look()?;
        let renderer = cards::Renderer::for_language(meta.language);
        let mut drawing = std::time::Duration::ZERO;
        let mut card_sizes: Vec<(String, usize)> = Vec::new();

        // One page: `path` below dist/ ("" for the top), how it reaches the site's root when the
        // build is relative, its title and description, the section open, whether it is the embed,
        // and its share card (below dist/, and drawn here unless another page's).
        let relative = args.public_url == "./";
        let mut written = 0;
        let mut page_at = |path: &str, depth_root: &str, title: String, description: &str, open: Option<&'static str>, embed: bool, card: (&str, Option<cards::Card>, &str)| -> Result<(), String> {
            let root = if relative { depth_root.to_owned() } else { args.public_url.clone() };
            let base = site.clone().unwrap_or_else(|| root.clone());
            // What the page names for platforms: absolute with the site's address, else relative.
            let address = |file: &str| format!("{}{file}", site.as_deref().unwrap_or(&root));
            let (card_file, drawn, alt) = card;
            if let Some(card) = drawn {
                let started = std::time::Instant::now();
                let png = renderer.png(&card, &look).map_err(|e| format!("{card_file}: {e}"))?;
                drawing += started.elapsed();
                if png.len() > card::LIMIT {
                    return Err(format!("{card_file}: {} bytes, over the {} that chat apps accept for a preview", png.len(), card::LIMIT));
                }
                write_bytes(&args.dist.join(card_file), &png)?;
                card_sizes.push((card_file.to_owned(), png.len()));
            }
            let oembed_file = format!("{path}oembed.json");
            let oembed = page::Oembed {
                title: title.clone(),
                provider_name: meta.headline.to_owned(),
                provider_url: site.clone(),
                html: snippet(site.as_deref().unwrap_or(&root), meta.headline, if embed { None } else { open }, Flavour::Loader),
                width: EMBED_WIDTH,
                height: EMBED_HEIGHT,
                thumbnail: Some((address(card_file), cards::WIDTH, cards::HEIGHT)),
            };
            write(&args.dist.join(&oembed_file), &oembed.to_json())?;
            let head = Head {
                title: title.clone(),
                description: description.to_owned(),
                canonical: site.as_ref().map(|s| if embed { s.clone() } else { format!("{s}{path}") }),
                image: Some(page::Image { url: address(card_file), width: cards::WIDTH, height: cards::HEIGHT, mime: card::TYPE, alt: alt.to_owned() }),
                language: meta.language.to_owned(),
                direction: STORY.locale.direction.key(),
                site_name: meta.headline.to_owned(),
                published: published.clone(),
                oembed: Some((address(&oembed_file), title)),
            };
            let mount = Mount { open: open.map(str::to_owned), base: base.clone(), embed };
            let html = page::render_page(&template, &head, &mount, &render(open, &base, embed), &boot.file_name, &root)?;
            write(&args.dist.join(path).join("index.html"), &html)?;
            written += 1;
            Ok(())
        };

        let every_actor: Vec<&str> = STORY.actors.iter().map(|a| a.id).collect();
        let top = card::story_card(&STORY)?;
        let top_alt = card::alt(&STORY, &top, &every_actor);
        page_at("", "./", meta.headline.to_owned(), *meta.standfirst, None, false, (card::FILE, Some(top), &top_alt))?;
        for section in STORY.sections {
            let title = format!("{} · {}", section.title, meta.headline);
            let file = format!("section/{}/{}", section.id, card::FILE);
            let drawn = card::section_card(&STORY, section)?;
            let alt = card::alt(&STORY, &drawn, section.actors);
            page_at(&format!("section/{}/", section.id), "../../", title, *section.summary, Some(section.id), false, (&file, Some(drawn), &alt))?;
        }
        // The embed view, for iframes in news pages (embed/, deep links as #<id> or ?section=<id>).
        // Its canonical address and its card are the full explainer's.
        page_at("embed/", "../", meta.headline.to_owned(), *meta.standfirst, None, true, (card::FILE, None, &top_alt))?;

        let (total, largest) = card_sizes.iter().fold((0, ("", 0)), |(t, l), (f, n)| (t + n, if *n > l.1 { (f.as_str(), *n) } else { l }));
        println!(
            "share cards: {} PNGs of {}x{}, {} bytes in all, the largest {largest_file} at {} bytes (limit {}), drawn in {:.2} s",
            card_sizes.len(),
            cards::WIDTH,
            cards::HEIGHT,
            total,
            largest.1,
            card::LIMIT,
            drawing.as_secs_f64(),
            largest_file = largest.0,
        );
        for (file, size) in &card_sizes {
            println!("  {file}: {size} bytes");
        }
        println!("pre-rendered {written} pages into {} (public URL {})", args.dist.display(), args.public_url);
        Ok(())
    }

    pub fn main() {
        if let Err(error) = run() {
            eprintln!("prerender: {error}");
            std::process::exit(1);
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    native::main();
}

/// Built for wasm only as a side effect of `cargo test --target wasm32-…`; it runs natively.
#[cfg(target_arch = "wasm32")]
fn main() {}
