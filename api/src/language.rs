use serde::{Deserialize, Serialize};

/// The languages Espace speaks. French first: it is the default everywhere.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(feature = "sqlx", derive(sqlx::Type), sqlx(type_name = "TEXT", rename_all = "lowercase"))]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Language {
    #[default]
    Fr,
    En,
}

impl Language {
    pub const ALL: [Language; 2] = [Language::Fr, Language::En];

    pub fn as_str(self) -> &'static str {
        match self {
            Language::Fr => "fr",
            Language::En => "en",
        }
    }

    /// Accepts `fr`, `FR`, `fr-CA`, `en-GB`…: only the primary subtag matters.
    pub fn from_tag(tag: &str) -> Option<Language> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "fr" => Some(Language::Fr),
            "en" => Some(Language::En),
            _ => None,
        }
    }

    /// The first supported language of an `Accept-Language` header, in the order the client gave.
    pub fn from_accept_language(header: &str) -> Option<Language> {
        let mut tags: Vec<(f32, usize, &str)> = header
            .split(',')
            .enumerate()
            .filter_map(|(i, part)| {
                let mut bits = part.split(';');
                let tag = bits.next()?.trim();
                let q =
                    bits.find_map(|b| b.trim().strip_prefix("q=")).and_then(|q| q.parse::<f32>().ok()).unwrap_or(1.0);
                Some((q, i, tag))
            })
            .collect();
        tags.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        tags.into_iter().filter(|t| t.0 > 0.0).find_map(|t| Language::from_tag(t.2))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_and_accept_language() {
        assert_eq!(Language::from_tag("fr-CA"), Some(Language::Fr));
        assert_eq!(Language::from_tag("EN_gb"), Some(Language::En));
        assert_eq!(Language::from_tag("de"), None);
        assert_eq!(Language::from_accept_language("de-DE,en;q=0.8,fr;q=0.9"), Some(Language::Fr));
        assert_eq!(Language::from_accept_language("en-US,en;q=0.9"), Some(Language::En));
        assert_eq!(Language::from_accept_language("de, it;q=0.5"), None);
        assert_eq!(Language::from_accept_language("fr;q=0, en;q=0.1"), Some(Language::En));
    }
}
