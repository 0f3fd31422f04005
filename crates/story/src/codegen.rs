//! Writing a validated [`Story`] as Rust source: one `static` the browser build includes, so the page
//! carries no TOML or JSON parser at run time.

use crate::locale::*;
use crate::model::*;

/// Rust source that defines `pub static STORY: story::Story`. The including crate defines the macro
/// `server_only!(value, empty)` (see [`rust_struct`]): `$value` keeps the whole story.
pub fn story_static(story: &Story) -> String {
    let mut out = String::from("// Generated at build time from the story's content folder. Do not edit.\n");
    out.push_str("pub static STORY: ::story::Story = ");
    story.rust(&mut out);
    out.push_str(";\n");
    out
}

/// A value that can write itself as a Rust constant expression.
trait Rust {
    fn rust(&self, out: &mut String);
}

impl Rust for &str {
    fn rust(&self, out: &mut String) {
        // Debug formatting of a str is a valid Rust string literal.
        out.push_str(&format!("{self:?}"));
    }
}

impl Rust for f32 {
    fn rust(&self, out: &mut String) {
        out.push_str(&format!("{self:?}f32"));
    }
}

impl Rust for bool {
    fn rust(&self, out: &mut String) {
        out.push_str(if *self { "true" } else { "false" });
    }
}

impl Rust for u8 {
    fn rust(&self, out: &mut String) {
        out.push_str(&format!("{self}"));
    }
}

impl Rust for u16 {
    fn rust(&self, out: &mut String) {
        out.push_str(&format!("{self}"));
    }
}

impl<T: Rust> Rust for Option<T> {
    fn rust(&self, out: &mut String) {
        match self {
            Some(v) => {
                out.push_str("Some(");
                v.rust(out);
                out.push(')');
            }
            None => out.push_str("None"),
        }
    }
}

impl<T: Rust, const N: usize> Rust for [T; N] {
    fn rust(&self, out: &mut String) {
        items(self, out);
    }
}

/// `[a, b, ]`: an array's items.
fn items<T: Rust>(items: &[T], out: &mut String) {
    out.push('[');
    for item in items {
        item.rust(out);
        out.push_str(", ");
    }
    out.push(']');
}

impl<A: Rust, B: Rust> Rust for (A, B) {
    fn rust(&self, out: &mut String) {
        out.push('(');
        self.0.rust(out);
        out.push_str(", ");
        self.1.rust(out);
        out.push(')');
    }
}

impl<T: Rust> Rust for &[T] {
    fn rust(&self, out: &mut String) {
        out.push('&');
        items(self, out);
    }
}

/// `Type { field: value, … }` for model structs. Fields after `;` are what only the server renders (in
/// a page's frozen parts: text, and lists such as a section's key points or the glossary), written as
/// `server_only!(value, empty)`: the crate that includes the source defines that macro, and the
/// browser build can take the empty value, so the wasm does not carry what it never shows. The browser
/// keeps what it looks up: ids, names, kinds, and what links actors, relations, quotes and sections.
macro_rules! rust_struct {
    ($ty:ident { $($field:ident),* $(; $($server:ident),*)? }) => {
        impl Rust for $ty {
            fn rust(&self, out: &mut String) {
                out.push_str(concat!("::story::", stringify!($ty), " {"));
                $(
                    out.push_str(concat!(stringify!($field), ": "));
                    self.$field.rust(out);
                    out.push_str(", ");
                )*
                $($(
                    out.push_str(concat!(stringify!($server), ": "));
                    server_only(Inner::inner(&self.$server), out);
                    out.push_str(", ");
                )*)?
                out.push('}');
            }
        }
    };
}

/// A server-only field's value: inside its `Server`, or the locale's `ServerText` itself.
trait Inner {
    type Value;
    fn inner(&self) -> &Self::Value;
}

impl<T> Inner for crate::Server<T> {
    type Value = T;
    fn inner(&self) -> &T {
        self.get()
    }
}

/// `server_only!(value, empty)`.
fn server_only<T: Rust + ServerOnly>(value: &T, out: &mut String) {
    out.push_str("server_only!(");
    value.rust(out);
    out.push_str(", ");
    out.push_str(&T::empty());
    out.push(')');
}

/// What a server-only field is in the browser build.
trait ServerOnly {
    fn empty() -> String;
}

impl ServerOnly for &str {
    fn empty() -> String {
        "\"\"".into()
    }
}

impl ServerOnly for Option<&str> {
    fn empty() -> String {
        "None".into()
    }
}

impl<T> ServerOnly for &[T] {
    fn empty() -> String {
        "&[]".into()
    }
}

impl ServerOnly for Template {
    fn empty() -> String {
        "::story::Template::EMPTY".into()
    }
}

impl ServerOnly for Plural {
    fn empty() -> String {
        "::story::Plural::EMPTY".into()
    }
}

impl ServerOnly for Forms {
    fn empty() -> String {
        "::story::Forms::EMPTY".into()
    }
}

impl<T: ServerOnly, const N: usize> ServerOnly for [T; N] {
    fn empty() -> String {
        format!("[{}; {N}]", T::empty())
    }
}

/// `Type::Variant` for model enums, through their `ALL` lists and Debug names.
macro_rules! rust_enum {
    ($ty:ident) => {
        impl Rust for $ty {
            fn rust(&self, out: &mut String) {
                out.push_str(&format!(concat!("::story::", stringify!($ty), "::{:?}"), self));
            }
        }
    };
}

rust_struct!(Story { meta, locale, sections, actors, relations, events, places; glossary });
rust_struct!(Meta { headline, speaker, language, source, canonical_url; standfirst, overview, date });
rust_struct!(Source { title, publisher, url });
rust_struct!(Section { id, title, quotes, actors; summary, points, terms });
rust_struct!(Point { by, stance, text });
rust_struct!(Quote { id, speaker; text, context, language });
rust_struct!(Actor { id, name, short, article, plural, kind, position, language; description, background });
rust_struct!(Position { x, y });
rust_struct!(Relation { id, from, to, kind, according_to, sections, quote; detail });
rust_struct!(Event { id, date; title, description, actors, sections, place });
rust_struct!(Date { year, month, day });
rust_struct!(Place { id, lat, lon; name, kind, description, sections });
rust_struct!(Term { id, term, expansion, definition });
impl Rust for Template {
    fn rust(&self, out: &mut String) {
        out.push_str("::story::Template(");
        self.0.rust(out);
        out.push(')');
    }
}

rust_struct!(Plural { zero, one, two, few, many, other });
rust_struct!(Forms { singular, plural });
rust_enum!(Direction);
rust_enum!(PluralRule);
rust_enum!(Stance);
rust_enum!(ActorKind);
rust_enum!(RelationKind);

impl Rust for &ServerText {
    fn rust(&self, out: &mut String) {
        out.push('&');
        (*self).rust(out);
    }
}

impl ServerOnly for Option<&ServerText> {
    fn empty() -> String {
        "None".into()
    }
}

/// The locale: the strings the live parts of the page show as they are, and the rest (the templates
/// of sentences, stances and dates, the labels only frozen parts show) as one `server_only!` part.
macro_rules! rust_locale {
    (
        live { $($live:ident : $lkind:ident $(( $($lslot:literal),* ))?),* $(,)? }
        server { $($server:ident : $skind:ident $(( $($sslot:literal),* ))?),* $(,)? }
    ) => {
        rust_struct!(Locale { language, direction, plurals, digits, relation_labels, actor_kinds_in_text, contractions $(, $live)*; server });
        rust_struct!(ServerText { actor_kinds, stances, relation_sentences, months, countries $(, $server)* });
    };
}

crate::locale::locale_strings!(rust_locale);
