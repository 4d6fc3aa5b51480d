//! Who the source is: names, short names, titles and pronouns resolved within an article.
//!
//! As the extractor walks the article, [`Resolver::observe`] registers the people it
//! sees introduced ("Prime Minister Benjamin Netanyahu"): full name, last name and the
//! title they came with. [`Resolver::resolve`] then turns a source mention into the
//! person ("Netanyahu", "Mr. Netanyahu", "the prime minister", "he" → `Benjamin
//! Netanyahu`). Organisations and places standing for governments ("the Kremlin",
//! "Moscow") stay as written.

use crate::grammar::token::{Kind, Tok};
use crate::grammar::Lexicon;
use crate::model::SourceKind;
use crate::text::with_lower;

#[derive(Debug, Clone)]
struct Person {
    full: String,
    last: String,
    /// Lower-case title words it was introduced with ("prime minister").
    title: String,
    gender: Option<Gender>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Gender {
    Female,
    Male,
}

/// Per-article state of who has been mentioned.
pub struct Resolver<'a> {
    lx: &'a Lexicon,
    people: Vec<Person>,
    last_person: Option<String>,
    /// People mentioned, most recent last (a short window), for pronouns.
    recent: Vec<String>,
    last_org: Option<String>,
    last_group: Option<String>,
}

const DETS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their",
];
const NOT_NAMES: &[&str] = &[
    "The",
    "A",
    "An",
    "In",
    "On",
    "At",
    "But",
    "And",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "This",
    "That",
    "Last",
    "After",
    "Before",
    "When",
    "While",
    "As",
    "If",
    "Despite",
    "Both",
    "Two",
    "According",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn is_cap(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

fn strip_possessive(w: &str) -> &str {
    w.strip_suffix("’s")
        .or_else(|| w.strip_suffix("'s"))
        .unwrap_or(w)
}

impl<'a> Resolver<'a> {
    pub fn new(lx: &'a Lexicon) -> Self {
        Resolver {
            lx,
            people: Vec::new(),
            last_person: None,
            recent: Vec::new(),
            last_org: None,
            last_group: None,
        }
    }

    /// Someone was mentioned: the latest person, and one more for pronouns.
    fn mention(&mut self, full: String) {
        self.recent.retain(|r| *r != full);
        self.recent.push(full.clone());
        if self.recent.len() > 12 {
            self.recent.remove(0);
        }
        self.last_person = Some(full);
    }

    /// Gender from a title (Mr., Mrs., Ms.) or a known first name.
    fn gender(&self, full: &str, title: &str) -> Option<Gender> {
        let t = title.to_lowercase();
        if t.split_whitespace()
            .any(|w| matches!(w.trim_end_matches('.'), "mrs" | "ms" | "miss"))
        {
            return Some(Gender::Female);
        }
        if t.split_whitespace()
            .any(|w| w.trim_end_matches('.') == "mr")
        {
            return Some(Gender::Male);
        }
        let first = full.split_whitespace().next()?.to_lowercase();
        if self.lx.names_female.contains(&first) {
            Some(Gender::Female)
        } else if self.lx.names_male.contains(&first) {
            Some(Gender::Male)
        } else {
            None
        }
    }

    fn is_title(&self, w: &str) -> bool {
        with_lower(w, |l| self.lx.titles.contains(l))
    }

    fn noun_kind(&self, w: &str) -> Option<SourceKind> {
        with_lower(w, |l| self.lx.source_nouns.get(l).copied())
    }

    fn is_adjectival(w: &str) -> bool {
        w.ends_with("-language")
            || (w.len() > 4
                && (w.ends_with("ian")
                    || w.ends_with("ese")
                    || w.ends_with("ish")
                    || w.ends_with("eli")))
            || w.ends_with("ern")
    }

    /// Split words into (title words, name words): the name is the run of capitalised
    /// words after the last title ("Prime Minister Benjamin Netanyahu" → "Benjamin
    /// Netanyahu"; "Palestinian envoy to Moscow Hafiz Nofal" → "Hafiz Nofal").
    fn name_core<'w>(&self, words: &[&'w str]) -> (Vec<&'w str>, Vec<&'w str>) {
        let mut cut = 0;
        let mut after_prep = false;
        for (k, w) in words.iter().enumerate() {
            if self.is_title(w)
                || !is_cap(w)
                || Self::is_adjectival(w)
                || self.noun_kind(w) == Some(SourceKind::Organization)
                || w.ends_with("’s")
                || w.ends_with("'s")
            {
                cut = k + 1;
                after_prep = !is_cap(w) && !self.is_title(w);
            }
        }
        let title: Vec<&str> = words[..cut]
            .iter()
            .copied()
            .filter(|w| self.is_title(w))
            .collect();
        let mut name: Vec<&str> = words[cut..].to_vec();
        if after_prep && name.len() >= 3 {
            name.remove(0); // "to Moscow Hafiz Nofal": the first capital belongs to the complement
        }
        (title, name)
    }

    /// Register people introduced in a unit: runs of two or more capitalised words.
    pub fn observe(&mut self, text: &str, toks: &[Tok]) {
        let mut k = 0;
        while k < toks.len() {
            let w = &text[toks[k].start..toks[k].end];
            // Names inside a quotation are titles or words of the speaker ("Good Morning
            // America"), not people the article introduces.
            if toks[k].kind != Kind::Word || !is_cap(w) || toks[k].quoted {
                k += 1;
                continue;
            }
            let mut j = k;
            let mut words: Vec<&str> = Vec::new();
            while j < toks.len() {
                let t = &toks[j];
                let w = &text[t.start..t.end];
                if t.kind == Kind::Word && (is_cap(w) || (self.is_title(w) && !words.is_empty())) {
                    words.push(strip_possessive(w));
                    j += 1;
                    if w.ends_with("’s") || w.ends_with("'s") {
                        break;
                    }
                } else if t.kind == Kind::Punct
                    && w == "."
                    && !words.is_empty()
                    && words.last().is_some_and(|l| l.len() <= 3)
                {
                    // An initial keeps its period ("Michael P. McDonald"); "Mr." "Sen." drop it.
                    let prev = &toks[j - 1];
                    if prev.end == t.start && prev.end - prev.start == 1 {
                        if let Some(last) = words.last_mut() {
                            *last = &text[prev.start..t.end];
                        }
                    }
                    j += 1;
                } else {
                    break;
                }
            }
            while words.first().is_some_and(|w| NOT_NAMES.contains(w)) && words.len() > 1 {
                words.remove(0);
            }
            // "envoy to Moscow Hafiz Nofal": the first capital after a preposition is its object.
            let after_prep = k > 0 && toks[k - 1].kind == Kind::Word && {
                let p = &text[toks[k - 1].start..toks[k - 1].end];
                matches!(
                    p,
                    "to" | "of" | "in" | "from" | "for" | "at" | "on" | "with"
                )
            };
            if after_prep && words.len() >= 3 {
                words.remove(0);
            }
            let (title, name) = self.name_core(&words);
            let org = name
                .iter()
                .any(|w| self.noun_kind(w).is_some_and(|k| k != SourceKind::Group));
            if name.len() >= 2
                && name.len() <= 4
                && !org
                && !name.iter().any(|w| NOT_NAMES.contains(w))
            {
                let full = name.join(" ");
                let last = name.last().map(|s| s.to_string()).unwrap_or_default();
                match self.people.iter_mut().find(|p| p.full == full) {
                    Some(p) => {
                        if p.title.is_empty() && !title.is_empty() {
                            p.title = title.join(" ").to_lowercase();
                        }
                    }
                    None => {
                        let title = title.join(" ").to_lowercase();
                        let gender = self.gender(&full, &title);
                        self.people.push(Person {
                            full: full.clone(),
                            last,
                            title,
                            gender,
                        })
                    }
                }
                self.mention(full);
            } else if name.len() == 1 {
                if let Some(p) = self.people.iter().rev().find(|p| p.last == name[0]) {
                    self.mention(p.full.clone());
                }
            }
            k = j.max(k + 1);
        }
    }

    /// The kind of a mention, and the resolved name.
    pub fn resolve(&mut self, mention: &str) -> (String, SourceKind) {
        // A possessor ("Trump’s attacks on …", "his claim that …") is the person.
        let mention = strip_possessive(mention);
        match mention {
            "his" | "His" => return self.resolve("he"),
            "her" | "Her" => return self.resolve("she"),
            "their" | "Their" => return self.resolve("they"),
            "its" | "Its" => return self.resolve("it"),
            _ => {}
        }
        // "Richard Revesz, director of the institute": the name before its appositive.
        if let Some((name, _)) = mention.split_once(", ") {
            let words: Vec<&str> = name.split_whitespace().collect();
            if words.len() >= 2 && words.iter().all(|w| is_cap(w) || w.ends_with('.')) {
                return self.resolve(name);
            }
        }
        // "Netanyahu and Abbas": each name resolved, together a group.
        if let Some((a, b)) = mention.split_once(" and ") {
            if is_cap(a.trim()) && is_cap(b.trim()) {
                let (a, _) = self.resolve(a.trim());
                let (b, _) = self.resolve(b.trim());
                return (format!("{a} and {b}"), SourceKind::Group);
            }
        }
        let words: Vec<&str> = mention.split_whitespace().collect();
        let lower: Vec<String> = words
            .iter()
            .map(|w| strip_possessive(w).trim_end_matches('.').to_lowercase())
            .collect();
        if words.len() == 1 {
            match lower[0].as_str() {
                "he" | "she" => {
                    let want = if lower[0] == "she" {
                        Gender::Female
                    } else {
                        Gender::Male
                    };
                    let found = self.recent.iter().rev().find(|full| {
                        self.people
                            .iter()
                            .find(|p| &&p.full == full)
                            .and_then(|p| p.gender)
                            .is_none_or(|g| g == want)
                    });
                    return (
                        found.cloned().unwrap_or_else(|| mention.to_string()),
                        SourceKind::Person,
                    );
                }
                // A relative pronoun stands for the name just before it.
                "who" => {
                    if let Some(r) = self.recent.last() {
                        return (r.clone(), SourceKind::Person);
                    }
                    return (mention.to_string(), SourceKind::Person);
                }
                "i" => {
                    return (
                        self.last_person
                            .clone()
                            .unwrap_or_else(|| mention.to_string()),
                        SourceKind::Person,
                    );
                }
                "it" => {
                    return (
                        self.last_org.clone().unwrap_or_else(|| mention.to_string()),
                        SourceKind::Organization,
                    )
                }
                "they" | "we" => {
                    let r = self.last_group.clone().or_else(|| self.last_org.clone());
                    return (r.unwrap_or_else(|| mention.to_string()), SourceKind::Group);
                }
                _ => {}
            }
        }
        let kinds: Vec<SourceKind> = lower
            .iter()
            .filter_map(|w| self.lx.source_nouns.get(w).copied())
            .collect();
        // Two-word nouns ("white house", "news agency").
        let pair_kind = lower.windows(2).find_map(|p| {
            self.lx
                .source_nouns
                .get(&format!("{} {}", p[0], p[1]))
                .copied()
        });
        if kinds.contains(&SourceKind::Anonymous) {
            return (mention.to_string(), SourceKind::Anonymous);
        }
        let body: Vec<&str> = words
            .iter()
            .copied()
            .skip_while(|w| DETS.contains(&w.to_lowercase().as_str()))
            .collect();
        let (title, name) = self.name_core(&body);
        // The head noun: the last word before a complement ("ambassador" in "Syria’s
        // ambassador to the UN", "military" in "the Russian military in Syria").
        let head_at = lower
            .iter()
            .position(|w| {
                matches!(
                    w.as_str(),
                    "to" | "of" | "for" | "in" | "at" | "with" | "from" | "on" | "who"
                )
            })
            .unwrap_or(lower.len());
        let head = if head_at > 0 {
            lower[head_at - 1].as_str()
        } else {
            ""
        };
        let head_is_title = self.is_title(head);
        let has_title = !title.is_empty();
        // A name we know: full or last name.
        if !name.is_empty() && !has_org_head(self.lx, head) {
            let full = name.join(" ");
            let last = name.last().copied().unwrap_or("");
            if let Some(p) = self
                .people
                .iter()
                .rev()
                .find(|p| p.full == full || p.last == last || p.full.ends_with(&full))
            {
                let f = p.full.clone();
                self.mention(f.clone());
                return (f, SourceKind::Person);
            }
            if name.len() >= 2 && kinds.is_empty() {
                let title = title.join(" ").to_lowercase();
                let gender = self.gender(&full, &title);
                self.people.push(Person {
                    full: full.clone(),
                    last: last.to_string(),
                    title,
                    gender,
                });
                self.mention(full.clone());
                return (full, SourceKind::Person);
            }
        }
        // A title alone: "the prime minister" → who was introduced with it.
        if has_title && name.is_empty() {
            let t = title.join(" ").to_lowercase();
            if let Some(p) =
                self.people.iter().rev().find(|p| {
                    !p.title.is_empty() && (p.title.ends_with(&t) || t.ends_with(&p.title))
                })
            {
                let f = p.full.clone();
                self.mention(f.clone());
                return (f, SourceKind::Person);
            }
        }
        let kind = match (self.lx.source_nouns.get(head).copied(), pair_kind) {
            _ if head_is_title => SourceKind::Person,
            (_, Some(k)) if k != SourceKind::Group => k,
            (Some(k), _) => k,
            _ if kinds.contains(&SourceKind::Media) => SourceKind::Media,
            _ if has_title => SourceKind::Person,
            _ if kinds.contains(&SourceKind::Organization) => SourceKind::Organization,
            _ if !name.is_empty() => {
                // A single unknown capitalised word: a place or organisation standing for
                // its government ("Moscow", "Israel"), unless it looks like a plural group.
                // A known first name alone ("Melanie said") is a person.
                let first = name[0].to_lowercase();
                if name.len() == 1
                    && !self.lx.names_female.contains(&first)
                    && !self.lx.names_male.contains(&first)
                {
                    SourceKind::Organization
                } else {
                    SourceKind::Person
                }
            }
            _ if head.ends_with('s') => SourceKind::Group,
            _ => SourceKind::Person,
        };
        // "The Kremlin" and "the Kremlin" are one source.
        let name = match mention.strip_prefix("The ") {
            Some(rest) if kind != SourceKind::Person || !rest.is_empty() => format!("the {rest}"),
            _ => mention.to_string(),
        };
        match kind {
            SourceKind::Organization | SourceKind::Media => self.last_org = Some(name.clone()),
            SourceKind::Group => self.last_group = Some(name.clone()),
            SourceKind::Person => self.mention(name.clone()),
            _ => {}
        }
        (name, kind)
    }
}

fn has_org_head(lx: &Lexicon, head: &str) -> bool {
    lx.source_nouns.get(head).is_some_and(|k| {
        matches!(
            k,
            SourceKind::Organization | SourceKind::Media | SourceKind::Group
        )
    })
}

#[cfg(test)]
mod tests {
    use crate::extract::extract_text;

    fn sources(text: &str) -> Vec<(String, String)> {
        extract_text(text)
            .into_iter()
            .filter(|c| c.form.is_attributed())
            .map(|c| (c.source_mention, c.source))
            .collect()
    }

    #[test]
    fn short_names_titles_and_pronouns_resolve_to_the_person() {
        let got = sources(
            "Prime Minister Benjamin Netanyahu met Mary Keller on Monday.\n\n\
             Netanyahu said that the talks went well.\n\n\
             “It was a good day,” she said.\n\n\
             The prime minister told reporters that he would return.\n\n\
             “We will see,” he said.",
        );
        assert_eq!(
            got,
            vec![
                ("Netanyahu".to_string(), "Benjamin Netanyahu".to_string()),
                ("she".to_string(), "Mary Keller".to_string()),
                (
                    "The prime minister".to_string(),
                    "Benjamin Netanyahu".to_string()
                ),
                ("he".to_string(), "Benjamin Netanyahu".to_string()),
            ]
        );
    }

    #[test]
    fn a_first_name_alone_is_a_person_and_a_place_an_organization() {
        let kinds = |text: &str| -> Vec<(String, crate::model::SourceKind)> {
            extract_text(text)
                .into_iter()
                .map(|c| (c.source, c.source_kind))
                .collect()
        };
        use crate::model::SourceKind::{Organization, Person};
        assert_eq!(
            kinds("Sarah said the talks went well.\n\nMoscow said the talks went well."),
            vec![
                ("Sarah".to_string(), Person),
                ("Moscow".to_string(), Organization)
            ]
        );
    }

    #[test]
    fn governments_and_groups_stay_as_written() {
        let got = sources("Moscow denied that talks had been requested.\n\nThe Kremlin said the call went well.\n\nRussian officials said nothing changed.");
        assert_eq!(
            got,
            vec![
                ("Moscow".to_string(), "Moscow".to_string()),
                ("The Kremlin".to_string(), "the Kremlin".to_string()),
                (
                    "Russian officials".to_string(),
                    "Russian officials".to_string()
                ),
            ]
        );
    }
}
