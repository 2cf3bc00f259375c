//! Which column a spreadsheet's header names, and which role, language, entity or services a
//! cell names: what people's spreadsheets really say, in French or English, any case, with or
//! without accents, and the template's and export's own headers.

use espace_api::import::Column;
use espace_api::users::Role;
use espace_api::Language;

use crate::i18n;
use crate::users::fold::fold;

/// Folded, with every run of punctuation or spaces made one space: "E-mail de connexion *"
/// and "e mail de connexion" are the same key.
pub fn key(text: &str) -> String {
    let folded = fold(text);
    let mut out = String::with_capacity(folded.len());
    for word in folded.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// What spreadsheets call each column besides the template's own headers.
fn aliases(column: Column) -> &'static [&'static str] {
    match column {
        Column::FirstName => &["prenom", "first name", "firstname", "given name", "forename"],
        Column::LastName => &["nom", "nom de famille", "last name", "lastname", "surname", "family name"],
        Column::Email => &[
            "e mail de connexion",
            "email de connexion",
            "adresse e mail",
            "adresse email",
            "e mail",
            "email",
            "courriel",
            "identifiant",
            "login",
            "login e mail",
            "login email",
            "sign in e mail",
            "sign in email",
            "e mail address",
            "email address",
        ],
        Column::NotificationEmail => &[
            "e mail de notification",
            "email de notification",
            "courriel de notification",
            "notification e mail",
            "notification email",
            "notifications",
        ],
        Column::Role => &["role", "niveau", "level", "profil", "profile"],
        Column::Entity => &["entite", "entity", "entite associee", "associated entity"],
        Column::Language => &["langue", "language", "langue des e mails", "e mail language", "email language"],
        Column::Services => &["services", "service"],
    }
}

/// The column a header cell names, if any.
pub fn of_header(header: &str) -> Option<Column> {
    let wanted = key(header);
    if wanted.is_empty() {
        return None;
    }
    Column::ALL.into_iter().find(|c| {
        aliases(*c).contains(&wanted.as_str())
            || Language::ALL.iter().any(|lang| key(&i18n::t(*lang, &c.message_id())) == wanted)
    })
}

/// A role by its code or its name in either language.
pub fn role(cell: &str) -> Option<Role> {
    let wanted = key(cell);
    Role::ALL.into_iter().find(|r| {
        key(r.as_str()) == wanted || Language::ALL.iter().any(|lang| key(&i18n::t(*lang, &r.message_id())) == wanted)
    })
}

/// A language by its code or its name in either language ("fr", "Français", "French").
pub fn language(cell: &str) -> Option<Language> {
    let wanted = key(cell);
    Language::ALL.into_iter().find(|l| {
        key(l.as_str()) == wanted
            || Language::ALL.iter().any(|lang| key(&i18n::t(*lang, &format!("language-{}", l.as_str()))) == wanted)
    })
}

/// The services a cell names, by their keys (see `key`), matched longest first, so a name that
/// contains a separator ("Veeam, backup") still reads as one. Returns the indexes in
/// `service_keys` and whether words were left that name nothing.
pub fn services(cell: &str, service_keys: &[String]) -> (Vec<usize>, bool) {
    let mut rest: Vec<String> = key(cell).split(' ').filter(|w| !w.is_empty()).map(str::to_owned).collect();
    let mut order: Vec<usize> = (0..service_keys.len()).collect();
    order.sort_by_key(|i| std::cmp::Reverse(service_keys.get(*i).map_or(0, |k| k.split(' ').count())));
    let mut found = Vec::new();
    for i in order {
        let Some(words) = service_keys.get(i).map(|k| k.split(' ').map(str::to_owned).collect::<Vec<_>>()) else {
            continue;
        };
        if words.is_empty() || words.len() > rest.len() {
            continue;
        }
        if let Some(at) = (0..=rest.len() - words.len()).find(|&at| rest[at..at + words.len()] == words[..]) {
            rest.drain(at..at + words.len());
            found.push(i);
        }
    }
    found.sort_unstable();
    (found, !rest.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_in_french_or_english_any_case_or_accent() {
        assert_eq!(of_header("Prénom"), Some(Column::FirstName));
        assert_eq!(of_header("FIRST NAME"), Some(Column::FirstName));
        assert_eq!(of_header("E-mail de connexion *"), Some(Column::Email));
        assert_eq!(of_header("Email"), Some(Column::Email));
        assert_eq!(of_header("Entité"), Some(Column::Entity));
        assert_eq!(of_header("Notification e-mail"), Some(Column::NotificationEmail));
        assert_eq!(of_header("Statut"), None);
    }

    #[test]
    fn roles_languages_and_services_by_name() {
        assert_eq!(role("Administrateur"), Some(Role::Admin));
        assert_eq!(role("team-admin"), Some(Role::TeamAdmin));
        assert_eq!(role("utilisateur"), Some(Role::User));
        assert_eq!(role("chef"), None);
        assert_eq!(language("Français"), Some(Language::Fr));
        assert_eq!(language("EN"), Some(Language::En));
        let keys = vec![key("Microsoft 365 Business Standard"), key("VoIP line"), key("Veeam, backup")];
        assert_eq!(services("VoIP line; Microsoft 365 Business Standard", &keys), (vec![0, 1], false));
        assert_eq!(services("Veeam, backup | voip LINE", &keys), (vec![1, 2], false));
        assert_eq!(services("Slack", &keys), (vec![], true));
        assert_eq!(services("", &keys), (vec![], false));
    }
}
