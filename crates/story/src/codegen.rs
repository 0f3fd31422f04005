//! Writing a validated [`Story`] as Rust source: one `static` the browser build includes, so the page
//! carries no TOML or JSON parser at run time.

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

impl<T: Rust> Rust for &[T] {
    fn rust(&self, out: &mut String) {
        out.push_str("&[");
        for item in self.iter() {
            item.rust(out);
            out.push_str(", ");
        }
        out.push(']');
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
                    server_only(&self.$server, out);
                    out.push_str(", ");
                )*)?
                out.push('}');
            }
        }
    };
}

/// `server_only!(value, empty)`.
fn server_only<T: Rust + ServerOnly>(value: &T, out: &mut String) {
    out.push_str("server_only!(");
    value.rust(out);
    out.push_str(", ");
    out.push_str(T::EMPTY);
    out.push(')');
}

/// What a server-only field is in the browser build.
trait ServerOnly {
    const EMPTY: &'static str;
}

impl ServerOnly for &str {
    const EMPTY: &'static str = "\"\"";
}

impl ServerOnly for Option<&str> {
    const EMPTY: &'static str = "None";
}

impl<T> ServerOnly for &[T] {
    const EMPTY: &'static str = "&[]";
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

rust_struct!(Story { meta, sections, actors, relations, events, places; glossary });
rust_struct!(Meta { headline, speaker, language, source, canonical_url; standfirst, overview, date });
rust_struct!(Source { title, publisher, url });
rust_struct!(Section { id, title, quotes, actors; summary, points, terms });
rust_struct!(Point { by, stance; text });
rust_struct!(Quote { id, speaker; text, context });
rust_struct!(Actor { id, name, short, article, plural, kind, position; description, background });
rust_struct!(Position { x, y });
rust_struct!(Relation { id, from, to, kind, according_to, sections, quote; detail });
rust_struct!(Event { id, date; title, description, actors, sections, place });
rust_struct!(Date { year, month, day });
rust_struct!(Place { id, lat, lon; name, kind, description, sections });
rust_struct!(Term { id; term, expansion, definition });
rust_enum!(Stance);
rust_enum!(ActorKind);
rust_enum!(RelationKind);
