//! SCIM filters (RFC 7644 §3.4.2.2) on the attributes Espace keeps: `userName`, `emails`
//! (`emails.value`), `name.givenName`, `name.familyName`, `displayName`, `externalId`,
//! `active`, `id`; the operators `eq ne co sw ew gt ge lt le pr`, `and`, `or`, `not`,
//! parentheses. Attribute names and operators are case-insensitive, as the RFC says.
//!
//! A filter comes from any token holder, so it is bounded before and while it is read:
//! `MAX_LENGTH` bytes, `MAX_TERMS` comparisons, `MAX_DEPTH` nested parentheses or `not`s.
//! The parser and the SQL built from its tree recurse, and nothing else bounds their stack.

/// Longest filter read, in bytes.
pub const MAX_LENGTH: usize = 4 * 1024;
/// Most comparisons (`attr op value`, `attr pr`) in one filter.
pub const MAX_TERMS: usize = 200;
/// Deepest nesting of parentheses and `not`.
pub const MAX_DEPTH: usize = 32;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Attr {
    UserName,
    Emails,
    GivenName,
    FamilyName,
    DisplayName,
    ExternalId,
    Active,
    Id,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op {
    Eq,
    Ne,
    Co,
    Sw,
    Ew,
    Gt,
    Ge,
    Lt,
    Le,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Text(String),
    Bool(bool),
    Number(f64),
    Null,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Filter {
    Compare(Attr, Op, Value),
    Present(Attr),
    And(Box<Filter>, Box<Filter>),
    Or(Box<Filter>, Box<Filter>),
    Not(Box<Filter>),
}

/// Why a filter was refused (SCIM `invalidFilter`).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct Invalid(pub String);

const CORE: &str = "urn:ietf:params:scim:schemas:core:2.0:user:";

pub fn attr(path: &str) -> Option<Attr> {
    let lower = path.to_ascii_lowercase();
    let path = lower.strip_prefix(CORE).unwrap_or(&lower);
    Some(match path {
        "username" => Attr::UserName,
        "emails" | "emails.value" => Attr::Emails,
        "name.givenname" => Attr::GivenName,
        "name.familyname" => Attr::FamilyName,
        "displayname" => Attr::DisplayName,
        "externalid" => Attr::ExternalId,
        "active" => Attr::Active,
        "id" => Attr::Id,
        _ => return None,
    })
}

#[derive(Debug, Clone, PartialEq)]
enum Token {
    Word(String),
    Text(String),
    Open,
    Close,
}

fn tokens(input: &str) -> Result<Vec<Token>, Invalid> {
    let mut out = Vec::new();
    let mut chars = input.chars().peekable();
    while let Some(&c) = chars.peek() {
        match c {
            c if c.is_whitespace() => {
                chars.next();
            }
            '(' => {
                chars.next();
                out.push(Token::Open);
            }
            ')' => {
                chars.next();
                out.push(Token::Close);
            }
            '"' => {
                chars.next();
                let mut text = String::new();
                loop {
                    match chars.next() {
                        Some('"') => break,
                        Some('\\') => match chars.next() {
                            Some('n') => text.push('\n'),
                            Some('t') => text.push('\t'),
                            Some(other) => text.push(other),
                            None => return Err(Invalid("unterminated string".into())),
                        },
                        Some(other) => text.push(other),
                        None => return Err(Invalid("unterminated string".into())),
                    }
                }
                out.push(Token::Text(text));
            }
            _ => {
                let mut word = String::new();
                while let Some(&c) = chars.peek() {
                    if c.is_whitespace() || matches!(c, '(' | ')' | '"') {
                        break;
                    }
                    word.push(c);
                    chars.next();
                }
                out.push(Token::Word(word));
            }
        }
    }
    Ok(out)
}

struct Parser {
    tokens: Vec<Token>,
    at: usize,
    /// Parentheses and `not`s open around the current token.
    depth: usize,
    /// Comparisons read so far.
    terms: usize,
}

impl Parser {
    fn peek_word(&self) -> Option<String> {
        match self.tokens.get(self.at) {
            Some(Token::Word(w)) => Some(w.to_ascii_lowercase()),
            _ => None,
        }
    }

    fn or(&mut self) -> Result<Filter, Invalid> {
        let mut left = self.and()?;
        while self.peek_word().as_deref() == Some("or") {
            self.at += 1;
            left = Filter::Or(Box::new(left), Box::new(self.and()?));
        }
        Ok(left)
    }

    fn and(&mut self) -> Result<Filter, Invalid> {
        let mut left = self.unary()?;
        while self.peek_word().as_deref() == Some("and") {
            self.at += 1;
            left = Filter::And(Box::new(left), Box::new(self.unary()?));
        }
        Ok(left)
    }

    fn unary(&mut self) -> Result<Filter, Invalid> {
        if self.peek_word().as_deref() == Some("not") {
            self.at += 1;
            let inner = self.nested(Self::unary)?;
            return Ok(Filter::Not(Box::new(inner)));
        }
        if self.tokens.get(self.at) == Some(&Token::Open) {
            self.at += 1;
            let inner = self.nested(Self::or)?;
            if self.tokens.get(self.at) != Some(&Token::Close) {
                return Err(Invalid("missing )".into()));
            }
            self.at += 1;
            return Ok(inner);
        }
        self.terms += 1;
        if self.terms > MAX_TERMS {
            return Err(Invalid(format!("more than {MAX_TERMS} comparisons")));
        }
        self.comparison()
    }

    /// One level deeper, refused past `MAX_DEPTH`.
    fn nested(&mut self, read: fn(&mut Self) -> Result<Filter, Invalid>) -> Result<Filter, Invalid> {
        if self.depth == MAX_DEPTH {
            return Err(Invalid(format!("nested more than {MAX_DEPTH} deep")));
        }
        self.depth += 1;
        let inner = read(self);
        self.depth -= 1;
        inner
    }

    fn comparison(&mut self) -> Result<Filter, Invalid> {
        let Some(Token::Word(path)) = self.tokens.get(self.at).cloned() else {
            return Err(Invalid("an attribute was expected".into()));
        };
        let attribute = attr(&path).ok_or_else(|| Invalid(format!("unknown attribute {path}")))?;
        self.at += 1;
        let op = self.peek_word().ok_or_else(|| Invalid("an operator was expected".into()))?;
        self.at += 1;
        let op = match op.as_str() {
            "pr" => return Ok(Filter::Present(attribute)),
            "eq" => Op::Eq,
            "ne" => Op::Ne,
            "co" => Op::Co,
            "sw" => Op::Sw,
            "ew" => Op::Ew,
            "gt" => Op::Gt,
            "ge" => Op::Ge,
            "lt" => Op::Lt,
            "le" => Op::Le,
            other => return Err(Invalid(format!("unknown operator {other}"))),
        };
        let value = match self.tokens.get(self.at).cloned() {
            Some(Token::Text(text)) => Value::Text(text),
            Some(Token::Word(word)) => match word.to_ascii_lowercase().as_str() {
                "true" => Value::Bool(true),
                "false" => Value::Bool(false),
                "null" => Value::Null,
                _ => Value::Number(word.parse().map_err(|_| Invalid(format!("not a value: {word}")))?),
            },
            _ => return Err(Invalid("a value was expected".into())),
        };
        self.at += 1;
        Ok(Filter::Compare(attribute, op, value))
    }
}

pub fn parse(input: &str) -> Result<Filter, Invalid> {
    if input.len() > MAX_LENGTH {
        return Err(Invalid(format!("longer than {MAX_LENGTH} bytes")));
    }
    let mut parser = Parser { tokens: tokens(input)?, at: 0, depth: 0, terms: 0 };
    let filter = parser.or()?;
    if parser.at != parser.tokens.len() {
        return Err(Invalid("unexpected text after the filter".into()));
    }
    Ok(filter)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_directories_send() {
        assert_eq!(
            parse("userName eq \"ada@acme.fr\"").ok(),
            Some(Filter::Compare(Attr::UserName, Op::Eq, Value::Text("ada@acme.fr".into())))
        );
        let both = parse("(NAME.givenName sw \"A\" or name.familyName CO \"love\") and active eq true");
        assert!(matches!(both, Ok(Filter::And(_, _))));
        assert!(matches!(parse("not (externalId pr)"), Ok(Filter::Not(_))));
        assert!(matches!(
            parse("urn:ietf:params:scim:schemas:core:2.0:User:userName eq \"x\""),
            Ok(Filter::Compare(Attr::UserName, _, _))
        ));
        assert!(parse("userName eq").is_err());
        assert!(parse("phoneNumbers eq \"1\"").is_err());
        assert!(parse("userName xx \"1\"").is_err());
        assert!(parse("(userName eq \"1\"").is_err());
    }

    #[test]
    fn bounds() {
        let nested = |n: usize| format!("{}id pr{}", "(".repeat(n), ")".repeat(n));
        assert!(parse(&nested(MAX_DEPTH)).is_ok());
        assert!(parse(&nested(MAX_DEPTH + 1)).is_err());
        assert!(parse(&format!("{}id pr", "not ".repeat(MAX_DEPTH + 1))).is_err());
        let terms = |n: usize| vec!["id pr"; n].join(" or ");
        assert!(parse(&terms(MAX_TERMS)).is_ok());
        assert!(parse(&terms(MAX_TERMS + 1)).is_err());
        assert!(parse(&format!("userName eq \"{}\"", "a".repeat(MAX_LENGTH))).is_err());
        // What took the process down: 32,000 parentheses.
        assert!(parse(&nested(32_000)).is_err());
    }
}
