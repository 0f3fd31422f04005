//! The story's content types.
//!
//! Every string and list is `&'static`: the browser build gets the story as Rust statics generated at
//! build time (see [`crate::codegen`]), and native tools get it from [`crate::load`], which leaks the
//! loaded content once. Lookups go through ids (lowercase ASCII slugs) that validation has checked.

/// One explained statement: metadata plus everything the views show.
#[derive(Debug, Clone, PartialEq)]
pub struct Story {
    pub meta: Meta,
    /// The interface's words, in the story's language (see [`crate::locale`]).
    pub locale: crate::locale::Locale,
    pub sections: &'static [Section],
    pub actors: &'static [Actor],
    pub relations: &'static [Relation],
    pub events: &'static [Event],
    pub places: &'static [Place],
    pub glossary: Server<&'static [Term]>,
}

/// What the story is and where it comes from.
#[derive(Debug, Clone, PartialEq)]
pub struct Meta {
    /// Our own headline for the explainer.
    pub headline: &'static str,
    /// One line under the headline.
    pub standfirst: Server<&'static str>,
    /// A neutral one-paragraph overview, in our own words.
    pub overview: Server<&'static str>,
    /// The actor id of whoever made the statement.
    pub speaker: &'static str,
    /// When, in words ("November 2025").
    pub date: Server<&'static str>,
    /// The statement's language, as a BCP 47 tag ("en"): the page's `lang`, and what picks the locale.
    pub language: &'static str,
    /// Where the statement was published, for the reader to check.
    pub source: Source,
    /// The canonical URL of the published explainer (https), if known at build time.
    pub canonical_url: Option<&'static str>,
}

/// A citation of the original text.
#[derive(Debug, Clone, PartialEq)]
pub struct Source {
    pub title: &'static str,
    pub publisher: &'static str,
    pub url: Option<&'static str>,
}

/// One section of the statement, in its order.
#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    pub id: &'static str,
    pub title: &'static str,
    /// One sentence, in our own words.
    pub summary: Server<&'static str>,
    pub points: Server<&'static [Point]>,
    pub quotes: &'static [Quote],
    /// Actor ids, in the order the section brings them in.
    pub actors: &'static [&'static str],
    /// Glossary term ids used in this section.
    pub terms: Server<&'static [&'static str]>,
}

/// A key point, always attributed: who says it, and how.
#[derive(Debug, Clone, PartialEq)]
pub struct Point {
    /// Actor id of whoever makes this claim.
    pub by: &'static str,
    pub stance: Stance,
    /// The point, in our own words.
    pub text: &'static str,
}

/// How a point is put: the verb that attributes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Stance {
    Says,
    Alleges,
    Warns,
    Confirms,
    Rejects,
    Offers,
    Urges,
    Reports,
}

impl Stance {
    pub const ALL: [Stance; 8] = [
        Stance::Says,
        Stance::Alleges,
        Stance::Warns,
        Stance::Confirms,
        Stance::Rejects,
        Stance::Offers,
        Stance::Urges,
        Stance::Reports,
    ];

    /// The key used in content files.
    pub fn key(self) -> &'static str {
        match self {
            Stance::Says => "says",
            Stance::Alleges => "alleges",
            Stance::Warns => "warns",
            Stance::Confirms => "confirms",
            Stance::Rejects => "rejects",
            Stance::Offers => "offers",
            Stance::Urges => "urges",
            Stance::Reports => "reports",
        }
    }

    /// The value whose [`key`](Self::key) this is.
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.key() == key)
    }

    /// Whether the point is an allegation (shown as the speaker's claim, never as fact).
    pub fn is_allegation(self) -> bool {
        matches!(self, Stance::Alleges)
    }
}

/// Words copied exactly, character for character, from the statement.
#[derive(Debug, Clone, PartialEq)]
pub struct Quote {
    pub id: &'static str,
    /// The exact words, without the surrounding quotation marks.
    pub text: Server<&'static str>,
    /// Actor id of the speaker.
    pub speaker: &'static str,
    /// Where or how it was said, in our words ("told Geo News"), if the statement says.
    pub context: Server<Option<&'static str>>,
    /// The language the words were said in, when it is not the story's (a BCP 47 tag): the page marks
    /// the quote with its `lang` and `dir`.
    pub language: Server<Option<&'static str>>,
}

/// Someone or something the statement names.
#[derive(Debug, Clone, PartialEq)]
pub struct Actor {
    pub id: &'static str,
    /// Full name ("Tehrik-i-Taliban Pakistan").
    pub name: &'static str,
    /// Short name for the map and sentences ("TTP").
    pub short: &'static str,
    /// "the" when the name reads better with it inside a sentence ("the Afghan Taliban government").
    pub article: Option<&'static str>,
    /// Whether the name is plural ("Pashtuns", "unnamed foreign interests"), so sentences say
    /// "back" rather than "backs".
    pub plural: bool,
    pub kind: ActorKind,
    /// One line: who this is in the story.
    pub description: Server<&'static str>,
    /// Well-known facts that are not in the statement, shown marked as background.
    pub background: Server<Option<&'static str>>,
    /// Position on the actor map, in map units (0..=100 both ways).
    pub position: Position,
    /// The language of the name, when it is not the story's (a BCP 47 tag).
    pub language: Option<&'static str>,
}

/// A point on the actor map, in map units (0..=100 both ways, y down).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Position {
    pub x: f32,
    pub y: f32,
}

/// What sort of actor this is; the map draws each kind with its own shape.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ActorKind {
    State,
    Government,
    GovernmentBody,
    Person,
    ArmedGroup,
    Mediator,
    Population,
    Faction,
    International,
    Media,
}

impl ActorKind {
    pub const ALL: [ActorKind; 10] = [
        ActorKind::State,
        ActorKind::Government,
        ActorKind::GovernmentBody,
        ActorKind::Person,
        ActorKind::ArmedGroup,
        ActorKind::Mediator,
        ActorKind::Population,
        ActorKind::Faction,
        ActorKind::International,
        ActorKind::Media,
    ];

    /// The key used in content files and CSS class names.
    pub fn key(self) -> &'static str {
        match self {
            ActorKind::State => "state",
            ActorKind::Government => "government",
            ActorKind::GovernmentBody => "government-body",
            ActorKind::Person => "person",
            ActorKind::ArmedGroup => "armed-group",
            ActorKind::Mediator => "mediator",
            ActorKind::Population => "population",
            ActorKind::Faction => "faction",
            ActorKind::International => "international",
            ActorKind::Media => "media",
        }
    }

    /// The value whose [`key`](Self::key) this is.
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.key() == key)
    }
}

/// A directed, typed link between two actors, cited to the sections that support it.
#[derive(Debug, Clone, PartialEq)]
pub struct Relation {
    pub id: &'static str,
    pub from: &'static str,
    pub to: &'static str,
    pub kind: RelationKind,
    /// Actor id of whoever makes this claim, when the relation is a claim rather than an agreed fact
    /// ("according to the Foreign Office, …").
    pub according_to: Option<&'static str>,
    /// What it is about, in our words, completing the sentence ("of stalling the talks").
    pub detail: Server<Option<&'static str>>,
    /// Section ids that support the relation.
    pub sections: &'static [&'static str],
    /// Quote id that supports the relation, where one exists.
    pub quote: Option<&'static str>,
}

/// The type of a relation; the map draws each with its own line style.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum RelationKind {
    Accuses,
    Mediates,
    DesignatesEnemy,
    AllegedlyShelters,
    AllegedlyBacks,
    NegotiatesWith,
    CeasefireWith,
    OffersToReceive,
    Warns,
    Urges,
    SpeaksFor,
    Aids,
}

impl RelationKind {
    pub const ALL: [RelationKind; 12] = [
        RelationKind::Accuses,
        RelationKind::Mediates,
        RelationKind::DesignatesEnemy,
        RelationKind::AllegedlyShelters,
        RelationKind::AllegedlyBacks,
        RelationKind::NegotiatesWith,
        RelationKind::CeasefireWith,
        RelationKind::OffersToReceive,
        RelationKind::Warns,
        RelationKind::Urges,
        RelationKind::SpeaksFor,
        RelationKind::Aids,
    ];

    /// The key used in content files and CSS class names.
    pub fn key(self) -> &'static str {
        match self {
            RelationKind::Accuses => "accuses",
            RelationKind::Mediates => "mediates",
            RelationKind::DesignatesEnemy => "designates-enemy",
            RelationKind::AllegedlyShelters => "allegedly-shelters",
            RelationKind::AllegedlyBacks => "allegedly-backs",
            RelationKind::NegotiatesWith => "negotiates-with",
            RelationKind::CeasefireWith => "ceasefire-with",
            RelationKind::OffersToReceive => "offers-to-receive",
            RelationKind::Warns => "warns",
            RelationKind::Urges => "urges",
            RelationKind::SpeaksFor => "speaks-for",
            RelationKind::Aids => "aids",
        }
    }

    /// The value whose [`key`](Self::key) this is.
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.key() == key)
    }

    /// Whether this kind is by nature someone's allegation; such relations must name `according_to`.
    pub fn is_allegation(self) -> bool {
        matches!(self, RelationKind::AllegedlyShelters | RelationKind::AllegedlyBacks)
    }
}

/// A dated event.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    pub id: &'static str,
    pub date: Date,
    pub title: Server<&'static str>,
    /// One line, in our words.
    pub description: Server<&'static str>,
    pub actors: Server<&'static [&'static str]>,
    pub sections: Server<&'static [&'static str]>,
    pub place: Server<Option<&'static str>>,
}

/// A calendar date to the precision the source gives: a year, a month, or a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: u16,
    /// 1..=12, or 0 when only the year is known.
    pub month: u8,
    /// 1..=31, or 0 when only the month is known.
    pub day: u8,
}

/// A place the statement names, with its coordinates.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    pub id: &'static str,
    pub name: Server<&'static str>,
    pub kind: Server<&'static str>,
    /// Degrees north.
    pub lat: f32,
    /// Degrees east.
    pub lon: f32,
    /// What the statement says happened there, in our words.
    pub description: Server<&'static str>,
    pub sections: Server<&'static [&'static str]>,
}

/// A glossary entry.
#[derive(Debug, Clone, PartialEq)]
pub struct Term {
    pub id: &'static str,
    /// The term as it appears in the statement ("TTP").
    pub term: &'static str,
    /// What it stands for, if it is an abbreviation.
    pub expansion: Option<&'static str>,
    /// The explanation: well-known background, not from the statement.
    pub definition: &'static str,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_reads_back_as_its_value_and_others_as_none() {
        for stance in Stance::ALL {
            assert_eq!(Stance::from_key(stance.key()), Some(stance));
        }
        for kind in ActorKind::ALL {
            assert_eq!(ActorKind::from_key(kind.key()), Some(kind));
        }
        for kind in RelationKind::ALL {
            assert_eq!(RelationKind::from_key(kind.key()), Some(kind));
        }
        assert_eq!(RelationKind::from_key("no-such-kind"), None);
        assert_eq!(ActorKind::from_key(""), None);
    }
}

/// Text only the server renders (the page's frozen parts). The browser build carries it empty, and
/// reading it there does not compile: it dereferences to its value with feature `server` only.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
pub struct Server<T>(T);

impl<T> Server<T> {
    pub const fn new(value: T) -> Server<T> {
        Server(value)
    }

    /// The value, inside this crate (loading and code generation, which have it).
    #[cfg(feature = "load")]
    pub(crate) fn get(&self) -> &T {
        &self.0
    }
}

#[cfg(feature = "server")]
impl<T> std::ops::Deref for Server<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.0
    }
}

/// Compares with a value (`section.summary == "…"`), where it can be read.
#[cfg(feature = "server")]
impl<T: PartialEq> PartialEq<T> for Server<T> {
    fn eq(&self, other: &T) -> bool {
        self.0 == *other
    }
}

/// And the other way round, for the values tests read text as.
macro_rules! compare_with_server {
    ($($value:ty => $inner:ty),*) => {$(
        #[cfg(feature = "server")]
        impl PartialEq<Server<$inner>> for $value {
            fn eq(&self, other: &Server<$inner>) -> bool {
                *self == other.0
            }
        }
    )*};
}
compare_with_server!(String => &'static str, &str => &'static str, Vec<&str> => &'static [&'static str], Option<&str> => Option<&'static str>);

impl<T: std::fmt::Debug> std::fmt::Debug for Server<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}
