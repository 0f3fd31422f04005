//! The interface's words in one language: every string a reader sees or hears that is not content
//! (headings, buttons, `aria-label`s, live-region messages, notices), the templates that put content
//! into sentences (relations, stances, dates, counts), and the language's direction.
//!
//! A [`Locale`] is loaded from a locale file at build time (`load`, feature `load`: English and Spanish
//! are built in, `locales/*.toml`; a story may bring its own or override a few strings) and bundled with
//! the story. Its fields are typed: a view writes `locale.expand_all`, and a misspelt name fails to
//! compile. The browser build carries only the strings the live parts of the page show (the `live`
//! list in [`locale_strings`]); the rest is rendered on the server only and left empty in the wasm.

#[cfg(feature = "server")]
use crate::model::Date;
use crate::model::{ActorKind, RelationKind, Stance};
use crate::fragment::Problem;

/// Which way a language's text runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    /// The value of an HTML `dir` attribute.
    pub fn key(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }

    pub fn from_key(key: &str) -> Option<Direction> {
        [Direction::Ltr, Direction::Rtl].into_iter().find(|d| d.key() == key)
    }

    /// The direction of a language tag (BCP 47): from its script subtag if it has one (`pa-Arab`,
    /// `az-Latn`), otherwise from its language (`ur`, `ar`, `fa`, `ps`, `he`, … are right to left).
    pub fn of_language(tag: &str) -> Direction {
        let mut subtags = tag.split(['-', '_']);
        let language = subtags.next().unwrap_or("").to_ascii_lowercase();
        if let Some(script) = subtags.find(|s| s.len() == 4 && s.bytes().all(|b| b.is_ascii_alphabetic())) {
            let script = script.to_ascii_lowercase();
            return if RTL_SCRIPTS.contains(&script.as_str()) { Direction::Rtl } else { Direction::Ltr };
        }
        if RTL_LANGUAGES.contains(&language.as_str()) {
            Direction::Rtl
        } else {
            Direction::Ltr
        }
    }
}

/// Languages written right to left by default (in their usual script).
const RTL_LANGUAGES: [&str; 24] = [
    "ar", "arc", "azb", "bal", "ckb", "dv", "fa", "glk", "he", "iw", "ks", "lrc", "mzn", "nqo", "pnb", "prs", "ps", "sd", "skr",
    "syr", "ug", "ur", "yi", "ji",
];

/// Scripts written right to left (ISO 15924, lower case).
const RTL_SCRIPTS: [&str; 11] = ["adlm", "arab", "hebr", "mand", "mend", "nkoo", "rohg", "samr", "syrc", "thaa", "yezi"];

/// Whether `tag` has the shape of a BCP 47 language tag: a language code of 2 or 3 letters (ISO 639),
/// then subtags of 1 to 8 letters or digits, joined by hyphens (`en`, `es-MX`, `pa-Arab-PK`). A
/// language's name ("French") is not one.
pub fn is_language_tag(tag: &str) -> bool {
    let mut subtags = tag.split('-');
    let Some(language) = subtags.next() else { return false };
    (2..=3).contains(&language.len())
        && language.bytes().all(|b| b.is_ascii_alphabetic())
        && subtags.all(|s| (1..=8).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// A text with named slots, `{from}`, written in a locale file and checked when it is loaded: it has
/// only the slots its key allows, each closed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Template(pub &'static str);

/// A part of a [`Template`]: text to show as it is, or a slot to fill.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Piece<'a> {
    Text(&'a str),
    Slot(&'a str),
}

impl Template {
    pub const EMPTY: Template = Template("");

    /// Its text and slots in order, for a view that puts a slot in an element of its own (the
    /// speaker's name in `<strong>`, a link): `"{speaker} says"` is `Slot("speaker"), Text(" says")`.
    pub fn pieces(self) -> Vec<Piece<'static>> {
        pieces(self.0)
    }

    /// The text before and after the slot `name` (the whole text and "" if it has none).
    pub fn around(self, name: &str) -> (&'static str, &'static str) {
        let slot = format!("{{{name}}}");
        match self.0.find(&slot) {
            Some(at) => (&self.0[..at], &self.0[at + slot.len()..]),
            None => (self.0, ""),
        }
    }

    /// The text with every slot filled from `values` (name, value). A slot whose value is empty takes
    /// the space before it away: `"{from} accuses {to} {detail}"` without a detail reads
    /// "… accuses X", not "… accuses X ".
    pub fn fill(self, values: &[(&str, &str)]) -> String {
        self.fill_with(values, |out, value| out.push_str(value))
    }

    fn fill_with(self, values: &[(&str, &str)], push: impl Fn(&mut String, &str)) -> String {
        let mut out = String::with_capacity(self.0.len() + 32);
        for piece in pieces(self.0) {
            match piece {
                Piece::Text(text) => out.push_str(text),
                Piece::Slot(name) => {
                    let value = values.iter().find(|(n, _)| *n == name).map_or("", |(_, v)| *v);
                    if value.is_empty() {
                        if out.ends_with(' ') {
                            out.pop();
                        }
                        continue;
                    }
                    push(&mut out, value);
                }
            }
        }
        out
    }

    /// [`fill`](Self::fill), joining the word before a slot and the value's first word where the
    /// language contracts them (`contractions`, as `("a el", "al")`: Spanish "acusa a el Gobierno"
    /// reads "acusa al Gobierno").
    pub fn fill_joined(self, values: &[(&str, &str)], contractions: &[(&str, &str)]) -> String {
        self.fill_with(values, |out, value| push_contracted(out, value, contractions))
    }
}

/// Appends `value` to `out`, contracting the last word of `out` with the first of `value` where a
/// contraction says so.
fn push_contracted(out: &mut String, value: &str, contractions: &[(&str, &str)]) {
    for (from, into) in contractions {
        let Some((before, article)) = from.rsplit_once(' ') else { continue };
        let Some(rest) = value.strip_prefix(article).and_then(|r| r.strip_prefix(' ')) else { continue };
        let joined = format!("{before} ");
        if out.ends_with(&joined) && (out.len() == joined.len() || out[..out.len() - joined.len()].ends_with(' ')) {
            out.truncate(out.len() - joined.len());
            out.push_str(into);
            out.push(' ');
            out.push_str(rest);
            return;
        }
    }
    out.push_str(value);
}

/// The pieces of a template text. An unclosed `{` is text (validation rejects it in locale files).
pub fn pieces(text: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let Some(len) = rest[open..].find('}') else { break };
        if open > 0 {
            out.push(Piece::Text(&rest[..open]));
        }
        out.push(Piece::Slot(&rest[open + 1..open + len]));
        rest = &rest[open + len + 1..];
    }
    if !rest.is_empty() {
        out.push(Piece::Text(rest));
    }
    out
}

/// The plural categories of Unicode CLDR.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum PluralCategory {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

impl PluralCategory {
    pub const ALL: [PluralCategory; 6] =
        [PluralCategory::Zero, PluralCategory::One, PluralCategory::Two, PluralCategory::Few, PluralCategory::Many, PluralCategory::Other];

    /// The key in locale files.
    pub fn key(self) -> &'static str {
        match self {
            PluralCategory::Zero => "zero",
            PluralCategory::One => "one",
            PluralCategory::Two => "two",
            PluralCategory::Few => "few",
            PluralCategory::Many => "many",
            PluralCategory::Other => "other",
        }
    }

    pub fn from_key(key: &str) -> Option<PluralCategory> {
        Self::ALL.into_iter().find(|c| c.key() == key)
    }
}

/// How a language chooses the plural form of a whole number: the CLDR cardinal rules for integers,
/// grouped by shape. A locale names its rule (`plurals = "one-other"`) or takes its language's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PluralRule {
    /// One form for every number (Chinese, Japanese, Korean, Indonesian, …).
    Other,
    /// 1 and everything else (English, German, Urdu, Pashto, Turkish, …).
    OneOther,
    /// 0 and 1 take the singular (Persian, Hindi, Bengali, …).
    ZeroOneOther,
    /// 1, round millions ("un millón de …"), everything else (Spanish, Italian, Catalan).
    OneManyOther,
    /// 0 and 1, round millions, everything else (French, Brazilian Portuguese).
    ZeroOneManyOther,
    /// Arabic: 0, 1, 2, 3–10, 11–99 (of each hundred), everything else.
    Arabic,
    /// Hebrew: 1, 2, everything else.
    OneTwoOther,
    /// Russian, Ukrainian, Belarusian: 1, 21, 31…; 2–4, 22–24…; the rest.
    EastSlavic,
    /// Polish: 1; 2–4, 22–24…; the rest.
    Polish,
    /// Czech and Slovak: 1; 2–4; the rest.
    Czech,
}

impl PluralRule {
    pub const ALL: [PluralRule; 10] = [
        PluralRule::Other,
        PluralRule::OneOther,
        PluralRule::ZeroOneOther,
        PluralRule::OneManyOther,
        PluralRule::ZeroOneManyOther,
        PluralRule::Arabic,
        PluralRule::OneTwoOther,
        PluralRule::EastSlavic,
        PluralRule::Polish,
        PluralRule::Czech,
    ];

    /// The key in locale files.
    pub fn key(self) -> &'static str {
        match self {
            PluralRule::Other => "other",
            PluralRule::OneOther => "one-other",
            PluralRule::ZeroOneOther => "zero-one-other",
            PluralRule::OneManyOther => "one-many-other",
            PluralRule::ZeroOneManyOther => "zero-one-many-other",
            PluralRule::Arabic => "arabic",
            PluralRule::OneTwoOther => "one-two-other",
            PluralRule::EastSlavic => "east-slavic",
            PluralRule::Polish => "polish",
            PluralRule::Czech => "czech",
        }
    }

    pub fn from_key(key: &str) -> Option<PluralRule> {
        Self::ALL.into_iter().find(|r| r.key() == key)
    }

    /// The rule of a language tag's language, if the engine knows it.
    pub fn of_language(tag: &str) -> Option<PluralRule> {
        let language = tag.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
        let rule = match language.as_str() {
            "zh" | "ja" | "ko" | "id" | "ms" | "th" | "vi" | "lo" | "km" | "my" | "yo" => PluralRule::Other,
            "en" | "de" | "nl" | "sv" | "da" | "nb" | "nn" | "no" | "fi" | "et" | "el" | "hu" | "tr" | "ur" | "ps" | "sw" | "bg"
            | "eu" | "gl" | "az" | "ka" | "kk" | "ky" | "uz" | "so" | "ne" | "ta" | "te" | "ml" | "mr" | "sd" | "ug" | "ku"
            | "ckb" | "af" | "sq" | "hy" | "mn" | "tk" | "ha" => PluralRule::OneOther,
            "fa" | "prs" | "hi" | "bn" | "gu" | "kn" | "am" | "zu" | "as" | "pa" => PluralRule::ZeroOneOther,
            "es" | "it" | "ca" => PluralRule::OneManyOther,
            "pt" if tag.eq_ignore_ascii_case("pt-PT") => PluralRule::OneManyOther,
            "fr" | "pt" => PluralRule::ZeroOneManyOther,
            "ar" => PluralRule::Arabic,
            "he" | "iw" => PluralRule::OneTwoOther,
            "ru" | "uk" | "be" => PluralRule::EastSlavic,
            "pl" => PluralRule::Polish,
            "cs" | "sk" => PluralRule::Czech,
            _ => return None,
        };
        Some(rule)
    }

    /// The category of a whole number.
    pub fn category(self, n: u64) -> PluralCategory {
        use PluralCategory::*;
        let (n10, n100) = (n % 10, n % 100);
        let million = n != 0 && n % 1_000_000 == 0;
        match self {
            PluralRule::Other => Other,
            PluralRule::OneOther => if n == 1 { One } else { Other },
            PluralRule::ZeroOneOther => if n <= 1 { One } else { Other },
            PluralRule::OneManyOther => match n {
                1 => One,
                _ if million => Many,
                _ => Other,
            },
            PluralRule::ZeroOneManyOther => match n {
                0 | 1 => One,
                _ if million => Many,
                _ => Other,
            },
            PluralRule::Arabic => match (n, n100) {
                (0, _) => Zero,
                (1, _) => One,
                (2, _) => Two,
                (_, 3..=10) => Few,
                (_, 11..=99) => Many,
                _ => Other,
            },
            PluralRule::OneTwoOther => match n {
                1 => One,
                2 => Two,
                _ => Other,
            },
            PluralRule::EastSlavic => match (n10, n100) {
                (1, h) if h != 11 => One,
                (2..=4, h) if !(12..=14).contains(&h) => Few,
                _ => Many,
            },
            PluralRule::Polish => match (n, n10, n100) {
                (1, _, _) => One,
                (_, 2..=4, h) if !(12..=14).contains(&h) => Few,
                _ => Many,
            },
            PluralRule::Czech => match n {
                1 => One,
                2..=4 => Few,
                _ => Other,
            },
        }
    }

    /// The categories a plural message of this rule gives, `other` always among them (CLDR's
    /// fallback, and the form of numbers with a fraction).
    pub fn categories(self) -> &'static [PluralCategory] {
        use PluralCategory::*;
        match self {
            PluralRule::Other => &[Other],
            PluralRule::OneOther | PluralRule::ZeroOneOther => &[One, Other],
            PluralRule::OneManyOther | PluralRule::ZeroOneManyOther => &[One, Many, Other],
            PluralRule::Arabic => &[Zero, One, Two, Few, Many, Other],
            PluralRule::OneTwoOther => &[One, Two, Other],
            PluralRule::EastSlavic | PluralRule::Polish | PluralRule::Czech => &[One, Few, Many, Other],
        }
    }
}

/// A message that depends on a number: one template per plural category its language has (the
/// others are `None`), `{n}` being the number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Plural {
    pub zero: Option<Template>,
    pub one: Option<Template>,
    pub two: Option<Template>,
    pub few: Option<Template>,
    pub many: Option<Template>,
    pub other: Template,
}

impl Plural {
    pub const EMPTY: Plural = Plural { zero: None, one: None, two: None, few: None, many: None, other: Template::EMPTY };

    /// The template of a category (`other` where the language has no such form).
    pub fn form(&self, category: PluralCategory) -> Template {
        let form = match category {
            PluralCategory::Zero => self.zero,
            PluralCategory::One => self.one,
            PluralCategory::Two => self.two,
            PluralCategory::Few => self.few,
            PluralCategory::Many => self.many,
            PluralCategory::Other => None,
        };
        form.unwrap_or(self.other)
    }
}

/// A phrase with a form for a singular and for a plural subject ("TTP says", "Pashtuns say").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Forms {
    pub singular: Template,
    pub plural: Template,
}

impl Forms {
    pub const EMPTY: Forms = Forms { singular: Template::EMPTY, plural: Template::EMPTY };

    pub fn for_subject(self, plural: bool) -> Template {
        if plural {
            self.plural
        } else {
            self.singular
        }
    }
}

/// The interface's strings, one typed field each: `live` ones are in the browser build, `server` ones
/// only on the server (the browser build leaves them empty; see `codegen`). Each entry is
/// `name: text`, `name: template("slot", …)` or `name: plural("slot", …)` (a [`Plural`], whose
/// templates take `{n}` and the slots named). The key in a locale file is the field's name. The
/// callback macro receives the lists, so the struct, the loader and the code generator share them.
macro_rules! locale_strings {
    ($callback:ident) => {
        $callback! {
            live {
                skip_to_sections: text,
                who_is_who: text,
                link_too_long: text,
                link_malformed: text,
                link_unknown: text,
                dismiss: text,
                link_copied: text,
                embed_copied: text,
                embed_refused: text,
                pym_comment: text,
                actor_selected: plural("name"),
                relation_selected: template("sentence"),
                close: text,
                close_details: text,
                details: text,
                panel_hint: text,
                relations: text,
                relation: text,
                claim_note: text,
                from_to: template("from", "to"),
                in_the_statement_sections: template("sections"),
                in_sections: template("sections"),
                in_their_words: text,
                more_quotes: plural(),
                node_name: template("short", "name", "kind", "relations"),
                node_name_short: template("name", "kind", "relations"),
                relation_count: plural(),
            }
            server {
                page_title: template("section", "headline"),
                kicker: text,
                byline: template("speaker", "date"),
                print_address: template("address"),
                card_byline: template("speaker", "date"),
                card_alt: template("title"),
                card_alt_section: template("title", "headline"),
                card_alt_map: template("alt", "names"),
                card_alt_many: plural(),
                list_two: template("first", "last"),
                list_separator: text,
                toc_label: text,
                toc_title: text,
                sections_title: text,
                expand_all: text,
                collapse_all: text,
                show_whole: text,
                key_points: text,
                point: template("attribution", "text"),
                quote_with_context: template("speaker", "context"),
                who_is_involved: text,
                terms: text,
                background: template("text"),
                background_note: text,
                show_on_map: template("actor"),
                section_page: text,
                copy_link: text,
                share: text,
                copy_this_link: text,
                when_it_happened: text,
                timeline_hint: text,
                who_row: text,
                in_the_statement: text,
                where_row: text,
                when_row: text,
                where_it_happened: text,
                map_credit: template("scale"),
                schematic_note: plural(),
                scale_km: template("n"),
                show_actors_as: text,
                map_view: text,
                text_view: text,
                map_keys: text,
                map_title: text,
                legend_hint: text,
                relations_shown: text,
                actors_shown: text,
                show_everything: text,
                actors: text,
                who_does_what: text,
                relations_caption: text,
                relation_column: text,
                type_column: text,
                embed_title: text,
                embed_show: text,
                embed_whole: text,
                embed_section: template("title"),
                embed_sizing: text,
                embed_loader: text,
                embed_code: text,
                copy_code: text,
                source: template("title", "publisher"),
                editorial_note: text,
                open_full: text,
                opens_in_new_tab: text,
                according_to: template("source", "sentence"),
                full_stop: text,
                date_day: template("day", "month", "year"),
                date_month: template("month", "year"),
                date_year: template("year"),
                decimal_separator: text,
            }
        }
    };
}
// The loader and the code generator (feature `load`) expand the list too.
#[cfg(feature = "load")]
pub(crate) use locale_strings;

/// The type of a string field.
macro_rules! field_type {
    (text) => { &'static str };
    (template) => { Template };
    (plural) => { Plural };
}

/// What a string key holds, for the loader.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyKind {
    Text,
    Template,
    /// A plural message: its templates take `{n}` and the slots.
    Plural,
}

/// One string key of [`Locale`]: its name, what it holds, the slots its templates may use, and
/// whether the browser build carries it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StringKey {
    pub name: &'static str,
    pub kind: KeyKind,
    pub slots: &'static [&'static str],
    pub live: bool,
}

macro_rules! key_kind {
    (text) => { KeyKind::Text };
    (template) => { KeyKind::Template };
    (plural) => { KeyKind::Plural };
}

/// A string field's empty value (what the browser build reads for server-only text).
macro_rules! field_empty {
    (text) => { "" };
    (template) => { Template::EMPTY };
    (plural) => { Plural::EMPTY };
}

macro_rules! define_locale {
    (
        live { $($live:ident : $lkind:ident $(( $($lslot:literal),* ))?),* $(,)? }
        server { $($server:ident : $skind:ident $(( $($sslot:literal),* ))?),* $(,)? }
    ) => {
        /// The interface in one language. Built from a locale file (`locale_file`), generated with
        /// the story for the browser build. The string fields are listed in [`locale_strings`]; the
        /// English text of each is in `locales/en.toml`. What only the server renders is in
        /// [`ServerText`], read through this struct as if it were its own (`locale.expand_all`):
        /// the browser build has none of it (`server` is `None`) and reads it as empty.
        #[derive(Debug, Clone, PartialEq)]
        pub struct Locale {
            /// The language of these strings, a BCP 47 tag (`en`).
            pub language: &'static str,
            pub direction: Direction,
            pub plurals: PluralRule,
            /// The ten digits, 0 to 9, numbers are written with (`0123456789`, `۰۱۲۳۴۵۶۷۸۹`).
            pub digits: &'static str,
            /// The legend's and the panel's label of each relation kind, in [`RelationKind::ALL`] order.
            pub relation_labels: [&'static str; RelationKind::ALL.len()],
            /// Each actor kind as it reads inside a sentence ("armed group"), in [`ActorKind::ALL`] order.
            pub actor_kinds_in_text: [&'static str; ActorKind::ALL.len()],
            /// Word pairs the language contracts where a template meets a value ("a el" → "al").
            pub contractions: &'static [(&'static str, &'static str)],
            $( pub $live: field_type!($lkind), )*
            /// The text only the server renders; `None` in the browser build.
            pub server: crate::Server<Option<&'static ServerText>>,
        }

        /// The part of a [`Locale`] only the server renders (frozen parts of the page).
        #[derive(Debug, Clone, PartialEq)]
        pub struct ServerText {
            /// Each actor kind's label ("Armed group"), in [`ActorKind::ALL`] order.
            pub actor_kinds: [&'static str; ActorKind::ALL.len()],
            /// Each stance as a phrase around `{speaker}`, in [`Stance::ALL`] order.
            pub stances: [Forms; Stance::ALL.len()],
            /// Each relation kind as a sentence of `{from}`, `{to}` and `{detail}`, in
            /// [`RelationKind::ALL`] order.
            pub relation_sentences: [Forms; RelationKind::ALL.len()],
            /// The month names, January first, as dates use them.
            pub months: [&'static str; 12],
            /// Country names on the locator map, by their English name in Natural Earth's data
            /// (`"Pakistan" = "پاکستان"`). A locale with none names countries as the data does.
            pub countries: &'static [(&'static str, &'static str)],
            $( pub $server: field_type!($skind), )*
        }

        impl ServerText {
            /// Every text empty: what the browser build reads.
            pub const EMPTY: ServerText = ServerText {
                actor_kinds: [""; ActorKind::ALL.len()],
                stances: [Forms::EMPTY; Stance::ALL.len()],
                relation_sentences: [Forms::EMPTY; RelationKind::ALL.len()],
                months: [""; 12],
                countries: &[],
                $( $server: field_empty!($skind), )*
            };
        }

        /// Every string key, in the order of the structs.
        pub const STRING_KEYS: &[StringKey] = &[
            $( StringKey { name: stringify!($live), kind: key_kind!($lkind), slots: &[$($($lslot),*)?], live: true }, )*
            $( StringKey { name: stringify!($server), kind: key_kind!($skind), slots: &[$($($sslot),*)?], live: false }, )*
        ];
    };
}

locale_strings!(define_locale);

/// The server's text reads as the locale's own fields: `locale.expand_all` (feature `server`: the
/// browser build, which has none of it, cannot read it).
#[cfg(feature = "server")]
impl std::ops::Deref for Locale {
    type Target = ServerText;

    fn deref(&self) -> &ServerText {
        self.server.unwrap_or(&ServerText::EMPTY)
    }
}

impl Locale {
    /// The phrase that attributes a key point ("{speaker} says").
    #[cfg(feature = "server")]
    pub fn stance(&self, stance: Stance, plural: bool) -> Template {
        self.stances[index_of(&Stance::ALL, stance)].for_subject(plural)
    }

    /// A relation kind's label ("Allegedly shelters").
    pub fn relation_label(&self, kind: RelationKind) -> &'static str {
        self.relation_labels[index_of(&RelationKind::ALL, kind)]
    }

    /// A relation kind's sentence template for a singular or a plural subject.
    #[cfg(feature = "server")]
    pub fn relation_sentence(&self, kind: RelationKind, plural: bool) -> Template {
        self.relation_sentences[index_of(&RelationKind::ALL, kind)].for_subject(plural)
    }

    /// An actor kind's label ("Armed group").
    #[cfg(feature = "server")]
    pub fn actor_kind(&self, kind: ActorKind) -> &'static str {
        self.actor_kinds[index_of(&ActorKind::ALL, kind)]
    }

    /// An actor kind as it reads inside a sentence ("armed group").
    pub fn actor_kind_in_text(&self, kind: ActorKind) -> &'static str {
        self.actor_kinds_in_text[index_of(&ActorKind::ALL, kind)]
    }

    /// A calm sentence for the notice about a link the page could not follow.
    pub fn problem(&self, problem: Problem) -> &'static str {
        match problem {
            Problem::TooLong => self.link_too_long,
            Problem::Malformed => self.link_malformed,
            Problem::Unknown => self.link_unknown,
        }
    }

    /// A country's name on the map, from its English name in the world data: the locale's, or the
    /// data's when the locale names no countries; `None` when it names others but not this one (the
    /// map then leaves it unlabelled rather than label it in another script).
    #[cfg(feature = "server")]
    pub fn country(&self, english: &'static str) -> Option<&'static str> {
        if self.countries.is_empty() {
            return Some(english);
        }
        self.countries.iter().find(|(e, _)| *e == english).map(|(_, name)| *name)
    }

    /// A template filled, with the language's contractions.
    pub fn fill(&self, template: Template, values: &[(&str, &str)]) -> String {
        template.fill_joined(values, self.contractions)
    }

    /// A whole number in the locale's digits.
    pub fn number(&self, n: u64) -> String {
        self.digits_of(&n.to_string())
    }

    /// A number that may have a fraction (`0.5`), with the locale's digits and decimal separator.
    #[cfg(feature = "server")]
    pub fn decimal(&self, x: f64) -> String {
        self.digits_of(&format!("{x}")).replace('.', self.decimal_separator)
    }

    fn digits_of(&self, ascii: &str) -> String {
        let digits: Vec<char> = self.digits.chars().collect();
        ascii
            .chars()
            .map(|c| match c.to_digit(10) {
                Some(d) if digits.len() == 10 => digits[d as usize],
                _ => c,
            })
            .collect()
    }

    /// A plural message for `n`, `{n}` written in the locale's digits, with other slots from `values`.
    pub fn count(&self, message: &Plural, n: u64, values: &[(&str, &str)]) -> String {
        let number = self.number(n);
        let mut all = vec![("n", number.as_str())];
        all.extend_from_slice(values);
        // Counted messages have no contractions: the browser build leaves them out.
        message.form(self.plurals.category(n)).fill(&all)
    }

    /// A plural message for a number that may have a fraction (its form is `other` when it has one).
    #[cfg(feature = "server")]
    pub fn count_decimal(&self, message: &Plural, x: f64) -> String {
        let category = if x.fract() == 0.0 && x >= 0.0 { self.plurals.category(x as u64) } else { PluralCategory::Other };
        let number = self.decimal(x);
        self.fill(message.form(category), &[("n", &number)])
    }

    /// A date for readers, at its precision: `2025`, `October 2025`, `7 November 2025`.
    #[cfg(feature = "server")]
    pub fn date(&self, date: Date) -> String {
        let year = self.number(u64::from(date.year));
        let month = || self.months[usize::from(date.month.clamp(1, 12)) - 1];
        match (date.month, date.day) {
            (0, _) => self.fill(self.date_year, &[("year", &year)]),
            (_, 0) => self.fill(self.date_month, &[("month", month()), ("year", &year)]),
            (_, day) => self.fill(self.date_day, &[("day", &self.number(u64::from(day))), ("month", month()), ("year", &year)]),
        }
    }

    /// Reads a date for readers back, as [`Locale::date`] writes it (a story's `date` is given in
    /// words: `November 2025`); `None` for any other wording. The year is the text's first run of
    /// four ASCII digits; each month and day of it is tried.
    #[cfg(feature = "server")]
    pub fn read_date(&self, text: &str) -> Option<Date> {
        let text = text.trim();
        // The year, in the locale's digits ("۲۰۲۵") or ASCII ones.
        let ascii: Vec<u8> = text
            .chars()
            .map(|c| self.digits.chars().position(|d| d == c).map_or(if c.is_ascii_digit() { c as u8 } else { b' ' }, |i| b'0' + i as u8))
            .collect();
        let year = ascii
            .windows(4)
            .find(|w| w.iter().all(u8::is_ascii_digit))
            .and_then(|w| std::str::from_utf8(w).ok()?.parse::<u16>().ok())?;
        let candidates = std::iter::once(Date { year, month: 0, day: 0 })
            .chain((1..=12).flat_map(move |month| (0..=31).map(move |day| Date { year, month, day })));
        candidates
            .filter(|d| d.day == 0 || Date::parse(&format!("{:04}-{:02}-{:02}", d.year, d.month, d.day)).is_ok())
            .find(|d| self.date(*d) == text)
    }
}

fn index_of<T: PartialEq>(all: &[T], item: T) -> usize {
    all.iter().position(|x| *x == item).expect("ALL lists every value")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(feature = "load")]
    #[test]
    fn a_date_in_words_reads_back() {
        let en = crate::locale_file::built_in("en").expect("the English locale");
        for text in ["2025", "October 2025", "7 November 2025", "29 February 2024"] {
            assert_eq!(en.read_date(text).map(|d| en.date(d)).as_deref(), Some(text));
        }
        assert_eq!(en.read_date("November 2025").unwrap().iso(), "2025-11");
        for text in ["", "Nov 2025", "31 November 2025", "early 2025", "7 November 2025 at noon", "25"] {
            assert_eq!(en.read_date(text), None, "{text}");
        }
    }

    #[test]
    fn directions_from_language_and_script() {
        for rtl in ["ur", "ar", "fa", "ps", "he", "ur-PK", "prs", "pa-Arab", "az-Arab"] {
            assert_eq!(Direction::of_language(rtl), Direction::Rtl, "{rtl}");
        }
        for ltr in ["en", "es", "es-MX", "pa", "uz-Latn", "az", "ku-Latn", "zh-Hant"] {
            assert_eq!(Direction::of_language(ltr), Direction::Ltr, "{ltr}");
        }
        assert_eq!(Direction::from_key("rtl"), Some(Direction::Rtl));
        assert_eq!(Direction::Rtl.key(), "rtl");
    }

    #[test]
    fn language_tags() {
        for good in ["en", "es-MX", "pa-Arab-PK", "zh-Hant", "sgn-BE-FR", "ur"] {
            assert!(is_language_tag(good), "{good}");
        }
        for bad in ["", "e", "en-", "en_GB", "english language", "French", "en--x", "123", "es-ABCDEFGHI"] {
            assert!(!is_language_tag(bad), "{bad}");
        }
    }

    #[test]
    fn templates_split_fill_and_drop_an_empty_slot_with_its_space() {
        let t = Template("{from} accuses {to} {detail}");
        assert_eq!(t.pieces(), vec![Piece::Slot("from"), Piece::Text(" accuses "), Piece::Slot("to"), Piece::Text(" "), Piece::Slot("detail")]);
        assert_eq!(t.fill(&[("from", "A"), ("to", "B"), ("detail", "of C")]), "A accuses B of C");
        assert_eq!(t.fill(&[("from", "A"), ("to", "B"), ("detail", "")]), "A accuses B");
        assert_eq!(Template("{speaker} says").around("speaker"), ("", " says"));
        assert_eq!(Template("کہنا ہے {speaker} کا").around("speaker"), ("کہنا ہے ", " کا"));
        assert_eq!(Template("no slot").around("speaker"), ("no slot", ""));
    }

    #[test]
    fn contractions_join_a_word_and_an_article_only_at_a_slot() {
        let contractions = [("a el", "al"), ("de el", "del")];
        let t = Template("{from} acusa a {to} {detail}");
        let filled = t.fill_joined(&[("from", "el Ministerio"), ("to", "el Gobierno"), ("detail", "de el retraso")], &contractions);
        // Contracted where the template meets a value, never inside a value (content is as written).
        assert_eq!(filled, "el Ministerio acusa al Gobierno de el retraso");
        assert_eq!(t.fill_joined(&[("from", "X"), ("to", "la Junta"), ("detail", "")], &contractions), "X acusa a la Junta");
        // A word that only ends in the same letters is no match.
        assert_eq!(Template("casa {to}").fill_joined(&[("to", "el mar")], &contractions), "casa el mar");
        assert_eq!(Template("a {to}").fill_joined(&[("to", "el mar")], &contractions), "al mar");
    }

    #[test]
    fn plural_categories_follow_cldr_for_whole_numbers() {
        use PluralCategory::*;
        let of = |rule: PluralRule, ns: &[u64]| ns.iter().map(|&n| rule.category(n)).collect::<Vec<_>>();
        assert_eq!(of(PluralRule::OneOther, &[0, 1, 2, 11]), [Other, One, Other, Other]);
        assert_eq!(of(PluralRule::ZeroOneOther, &[0, 1, 2]), [One, One, Other]);
        assert_eq!(of(PluralRule::OneManyOther, &[1, 2, 1_000_000, 2_000_001]), [One, Other, Many, Other]);
        assert_eq!(of(PluralRule::Arabic, &[0, 1, 2, 3, 10, 11, 99, 100, 102, 103]), [Zero, One, Two, Few, Few, Many, Many, Other, Other, Few]);
        assert_eq!(of(PluralRule::EastSlavic, &[1, 2, 5, 11, 12, 21, 22, 25]), [One, Few, Many, Many, Many, One, Few, Many]);
        assert_eq!(of(PluralRule::Polish, &[1, 2, 5, 12, 21, 22]), [One, Few, Many, Many, Many, Few]);
        // Every rule's categories include every category it gives, and `other`.
        for rule in PluralRule::ALL {
            assert!(rule.categories().contains(&Other));
            for n in 0..1200 {
                assert!(rule.categories().contains(&rule.category(n)), "{rule:?} {n}");
            }
            assert_eq!(PluralRule::from_key(rule.key()), Some(rule));
        }
        assert_eq!(PluralRule::of_language("es-MX"), Some(PluralRule::OneManyOther));
        assert_eq!(PluralRule::of_language("ur"), Some(PluralRule::OneOther));
        assert_eq!(PluralRule::of_language("xx"), None);
    }
}
