use serde::{Deserialize, Serialize};

/// A service the company ordered, as shown in someone's space.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ServiceCard {
    pub id: crate::ServiceId,
    /// A product name (e.g. "Microsoft 365 Business Standard"): data, not interface text. The
    /// company's name of it, in the company's language: what its files and exports say.
    pub name: String,
    /// The catalogue's words for it in each language; the app shows those of its language.
    #[serde(default)]
    pub words: ServiceWords,
    /// Where it opens (`https://…`); empty: nowhere to link.
    #[serde(default)]
    pub url: String,
    /// Present for admins only: how many seats are taken.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seats_used: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seats_total: Option<u32>,
}

/// A service's name and description in French and English, as the provider's catalogue has them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ServiceWords {
    pub name_en: String,
    pub name_fr: String,
    pub description_en: String,
    pub description_fr: String,
}

impl ServiceWords {
    /// `(name, description)` in `language`.
    pub fn of(&self, language: crate::Language) -> (&str, &str) {
        match language {
            crate::Language::Fr => (&self.name_fr, &self.description_fr),
            crate::Language::En => (&self.name_en, &self.description_en),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MySpace {
    pub services: Vec<ServiceCard>,
    /// Admins only: users created or invited who have not activated yet.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pending_activation: Option<u32>,
}
