//! Lookups and derived views over a [`Story`]: everything the UI asks that is not a field.

use crate::model::*;

impl Story {
    pub fn actor(&self, id: &str) -> Option<&'static Actor> {
        self.actors.iter().find(|a| a.id == id)
    }

    pub fn section(&self, id: &str) -> Option<&'static Section> {
        self.sections.iter().find(|s| s.id == id)
    }

    pub fn relation(&self, id: &str) -> Option<&'static Relation> {
        self.relations.iter().find(|r| r.id == id)
    }

    pub fn event(&self, id: &str) -> Option<&'static Event> {
        self.events.iter().find(|e| e.id == id)
    }

    pub fn place(&self, id: &str) -> Option<&'static Place> {
        self.places.iter().find(|p| p.id == id)
    }

    #[cfg(feature = "server")]
    pub fn term(&self, id: &str) -> Option<&'static Term> {
        self.glossary.iter().find(|t| t.id == id)
    }

    /// A quote by id, with the section it belongs to.
    pub fn quote(&self, id: &str) -> Option<(&'static Section, &'static Quote)> {
        self.sections
            .iter()
            .find_map(|s| s.quotes.iter().find(|q| q.id == id).map(|q| (s, q)))
    }

    /// The actor's name as it reads inside a sentence, with its article ("the Afghan Taliban government").
    pub fn name_in_sentence(&self, id: &str) -> String {
        match self.actor(id) {
            Some(Actor { article: Some(article), name, .. }) => format!("{article} {name}"),
            Some(actor) => actor.name.to_owned(),
            None => id.to_owned(),
        }
    }

    /// The short name of an actor id, or the id itself if unknown (validation makes that impossible).
    pub fn short_name<'a>(&self, id: &'a str) -> &'a str {
        self.actor(id).map_or(id, |a| a.short)
    }

    /// Relations in which the actor takes part, in content order.
    pub fn relations_of<'a>(&'a self, actor: &'a str) -> impl Iterator<Item = &'static Relation> + 'a {
        self.relations.iter().filter(move |r| r.from == actor || r.to == actor)
    }

    /// Ids of the actors directly related to `actor`, without repeats, in content order.
    pub fn neighbours(&self, actor: &str) -> Vec<&'static str> {
        let mut out: Vec<&'static str> = Vec::new();
        for r in self.relations_of(actor) {
            let other = if r.from == actor { r.to } else { r.from };
            if !out.contains(&other) {
                out.push(other);
            }
        }
        out
    }

    /// Quotes spoken by the actor, or in sections that involve it, with their sections.
    pub fn quotes_involving(&self, actor: &str) -> Vec<(&'static Section, &'static Quote)> {
        self.sections
            .iter()
            .flat_map(|s| s.quotes.iter().map(move |q| (s, q)))
            .filter(|(s, q)| q.speaker == actor || s.actors.contains(&actor))
            .collect()
    }

    /// A relation as a sentence a reader can take in alone, in the locale's words, attributed when it
    /// is a claim: "According to Pakistan's Foreign Office, the Afghan Taliban government shelters TTP."
    #[cfg(feature = "server")]
    pub fn sentence(&self, relation: &Relation) -> String {
        let locale = &self.locale;
        let from = self.name_in_sentence(relation.from);
        let to = self.name_in_sentence(relation.to);
        let plural = self.actor(relation.from).is_some_and(|a| a.plural);
        let template = locale.relation_sentence(relation.kind, plural);
        let core = locale.fill(template, &[("from", &from), ("to", &to), ("detail", relation.detail.unwrap_or(""))]);
        let sentence = match relation.according_to {
            Some(source) if source != relation.from => {
                let source = self.name_in_sentence(source);
                locale.fill(locale.according_to, &[("source", &source), ("sentence", &core)])
            }
            _ => core,
        };
        let mut sentence = capitalise(&sentence);
        if !sentence.ends_with(SENTENCE_ENDS) {
            sentence.push_str(locale.full_stop);
        }
        sentence
    }

    /// The language and direction to mark a quote or a name with, when its `language` is not the
    /// page's: `None` when it has none or the page's own.
    pub fn other_language(&self, language: Option<&'static str>) -> Option<(&'static str, crate::locale::Direction)> {
        let language = language?;
        (!language.eq_ignore_ascii_case(self.meta.language)).then(|| (language, crate::locale::Direction::of_language(language)))
    }
}

/// The marks that end a sentence, in any script: a sentence ending in one gets no full stop added.
#[cfg(feature = "server")]
const SENTENCE_ENDS: [char; 9] = ['.', '?', '!', '…', '۔', '؟', '。', '？', '！'];

/// The text with its first letter in upper case (for the server: sentences are rendered there only).
#[cfg(feature = "server")]
fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
