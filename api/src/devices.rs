//! Where a person is signed in: their open sessions, each described by the browser and system
//! it was opened from, so they can tell them apart and end the ones they do not recognise
//! (`GET /api/me/sessions`, and `GET /api/users/:id/sessions` for their administrators).

use serde::{Deserialize, Serialize};

/// How much of a `User-Agent` header is kept: the words below are in its first part, and a
/// client sending a huge one must not fill the sessions table.
pub const USER_AGENT_MAX: usize = 512;

/// One open session, as its owner and their administrators see it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpenSession {
    /// The session's handle in this list: never its cookie, nor anything derived from it.
    pub id: String,
    pub browser: Browser,
    pub system: System,
    /// The client address it signed in from (an approximate place: an office, a network).
    pub address: String,
    pub started_at: i64,
    pub last_active_at: i64,
    /// The session this request comes from.
    pub current: bool,
}

/// A browser family, named in words in the reader's language where it has no brand.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Browser {
    Edge,
    Opera,
    Chrome,
    Firefox,
    Safari,
    Other,
}

/// An operating system family.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum System {
    Windows,
    Ios,
    MacOs,
    Android,
    ChromeOs,
    Linux,
    Other,
}

impl Browser {
    pub const ALL: [Browser; 6] =
        [Browser::Edge, Browser::Opera, Browser::Chrome, Browser::Firefox, Browser::Safari, Browser::Other];

    pub fn as_str(self) -> &'static str {
        match self {
            Browser::Edge => "edge",
            Browser::Opera => "opera",
            Browser::Chrome => "chrome",
            Browser::Firefox => "firefox",
            Browser::Safari => "safari",
            Browser::Other => "other",
        }
    }
}

impl System {
    pub const ALL: [System; 7] =
        [System::Windows, System::Ios, System::MacOs, System::Android, System::ChromeOs, System::Linux, System::Other];

    pub fn as_str(self) -> &'static str {
        match self {
            System::Windows => "windows",
            System::Ios => "ios",
            System::MacOs => "mac-os",
            System::Android => "android",
            System::ChromeOs => "chrome-os",
            System::Linux => "linux",
            System::Other => "other",
        }
    }
}

/// The browser and system a `User-Agent` header names. Order matters: Edge and Opera also say
/// "Chrome", Chrome also says "Safari", an iPhone says "like Mac OS X" and Android says
/// "Linux". Anything unknown is `Other`: the header is the client's to write.
pub fn describe(user_agent: &str) -> (Browser, System) {
    let ua = bounded(user_agent);
    let has = |marks: &[&str]| marks.iter().any(|m| ua.contains(m));
    let browser = if has(&["Edg/", "EdgA/", "EdgiOS/"]) {
        Browser::Edge
    } else if has(&["OPR/", "Opera"]) {
        Browser::Opera
    } else if has(&["Firefox/", "FxiOS/"]) {
        Browser::Firefox
    } else if has(&["Chrome/", "CriOS/", "Chromium/"]) {
        Browser::Chrome
    } else if has(&["Safari/"]) && has(&["Version/"]) {
        Browser::Safari
    } else {
        Browser::Other
    };
    let system = if has(&["Windows"]) {
        System::Windows
    } else if has(&["iPhone", "iPad", "iPod"]) {
        System::Ios
    } else if has(&["Macintosh", "Mac OS X"]) {
        System::MacOs
    } else if has(&["Android"]) {
        System::Android
    } else if has(&["CrOS"]) {
        System::ChromeOs
    } else if has(&["Linux", "X11"]) {
        System::Linux
    } else {
        System::Other
    };
    (browser, system)
}

/// The header as kept: its first `USER_AGENT_MAX` bytes, cut on a character boundary.
pub fn bounded(user_agent: &str) -> &str {
    if user_agent.len() <= USER_AGENT_MAX {
        return user_agent;
    }
    let mut end = USER_AGENT_MAX;
    while !user_agent.is_char_boundary(end) {
        end -= 1;
    }
    &user_agent[..end]
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn common_browsers_in_words() {
        let cases = [
            (
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
                (Browser::Chrome, System::Windows),
            ),
            (
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
                (Browser::Edge, System::Windows),
            ),
            (
                "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
                (Browser::Safari, System::MacOs),
            ),
            (
                "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
                (Browser::Safari, System::Ios),
            ),
            (
                "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0 Mobile/15E148 Safari/604.1",
                (Browser::Chrome, System::Ios),
            ),
            (
                "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36",
                (Browser::Chrome, System::Android),
            ),
            ("Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0", (Browser::Firefox, System::Linux)),
            (
                "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
                (Browser::Chrome, System::ChromeOs),
            ),
            (
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 OPR/114.0.0.0",
                (Browser::Opera, System::Windows),
            ),
            ("curl/8.5.0", (Browser::Other, System::Other)),
            ("", (Browser::Other, System::Other)),
        ];
        for (ua, expected) in cases {
            assert_eq!(describe(ua), expected, "{ua}");
        }
    }

    #[test]
    fn names_are_kebab_case_on_the_wire() {
        for system in System::ALL {
            assert_eq!(serde_json::to_string(&system).unwrap(), format!("\"{}\"", system.as_str()));
        }
        for browser in Browser::ALL {
            assert_eq!(serde_json::to_string(&browser).unwrap(), format!("\"{}\"", browser.as_str()));
        }
    }

    proptest! {
        #[test]
        fn any_header_is_described_and_kept_bounded(ua in ".{0,2000}") {
            let _ = describe(&ua);
            let kept = bounded(&ua);
            prop_assert!(kept.len() <= USER_AGENT_MAX);
            prop_assert!(ua.starts_with(kept));
        }
    }
}
