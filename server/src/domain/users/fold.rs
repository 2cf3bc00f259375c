use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// Lower-cased, without accents: "Hélène" and "HELENE" both become "helene".
pub fn fold(text: &str) -> String {
    text.nfd().filter(|c| !is_combining_mark(*c)).flat_map(char::to_lowercase).collect()
}

/// What the search box matches against.
pub fn search_text(first: &str, last: &str, email: &str) -> String {
    fold(&format!("{first} {last} {email}"))
}

pub fn sort_name(first: &str, last: &str) -> String {
    fold(&format!("{last} {first}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_and_accents() {
        assert_eq!(fold("Hélène"), "helene");
        assert_eq!(fold("ÉLODIE Çà"), "elodie ca");
        assert_eq!(fold("Zoë O'Brien"), "zoe o'brien");
    }
}
