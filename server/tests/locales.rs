//! The translators' safety net: both locales hold the same files, ids and variables, every
//! message with variables documents them, the syntax is valid, every id the code uses exists,
//! and every id that exists is used. Run alone with `make i18n-check`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use espace_api::{ErrorCode, FieldErrorCode};
use fluent_syntax::ast;

const LOCALES: [&str; 2] = ["en", "fr"];

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// id -> (variables, has a `# Variables:` comment)
type Messages = BTreeMap<String, (BTreeSet<String>, bool)>;

fn files(locale: &str) -> BTreeSet<String> {
    std::fs::read_dir(root().join("locales").join(locale))
        .expect("locale folder")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".ftl"))
        .collect()
}

fn variables_of_pattern(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            variables_of_expression(expression, out);
        }
    }
}

fn variables_of_expression(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            variables_of_inline(selector, out);
            for v in variants {
                variables_of_pattern(&v.value, out);
            }
        }
        ast::Expression::Inline(inline) => variables_of_inline(inline, out),
    }
}

fn variables_of_inline(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                variables_of_inline(a, out);
            }
        }
        ast::InlineExpression::Placeable { expression } => variables_of_expression(expression, out),
        _ => {}
    }
}

fn parse(locale: &str, file: &str, problems: &mut Vec<String>) -> Messages {
    let path = root().join("locales").join(locale).join(file);
    let text = std::fs::read_to_string(&path).expect("readable");
    let resource = match fluent_syntax::parser::parse(text.as_str()) {
        Ok(r) => r,
        Err((r, errors)) => {
            for e in errors {
                problems.push(format!("{locale}/{file}: syntax error {:?} at {:?}", e.kind, e.pos));
            }
            r
        }
    };
    let mut messages = Messages::new();
    for entry in resource.body {
        if let ast::Entry::Message(m) = entry {
            let mut vars = BTreeSet::new();
            if let Some(value) = &m.value {
                variables_of_pattern(value, &mut vars);
            }
            for attr in &m.attributes {
                variables_of_pattern(&attr.value, &mut vars);
            }
            let documented = m.comment.as_ref().is_some_and(|c| c.content.iter().any(|l| l.trim() == "Variables:"));
            if messages.insert(m.id.name.to_owned(), (vars, documented)).is_some() {
                problems.push(format!("{locale}/{file}: `{}` is defined twice", m.id.name));
            }
        }
    }
    messages
}

fn rust_sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("source folder").flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn locales_are_complete_consistent_and_used() {
    let mut problems = Vec::new();
    let (en_files, fr_files) = (files("en"), files("fr"));
    for f in en_files.symmetric_difference(&fr_files) {
        problems.push(format!("{f} exists in one locale only"));
    }
    let mut all: BTreeMap<&str, Messages> = BTreeMap::new();
    for file in en_files.intersection(&fr_files) {
        let en = parse("en", file, &mut problems);
        let fr = parse("fr", file, &mut problems);
        for id in en.keys().collect::<BTreeSet<_>>().symmetric_difference(&fr.keys().collect()) {
            problems.push(format!("{file}: `{id}` is defined in one locale only"));
        }
        for (id, (vars, documented)) in &en {
            if let Some((fr_vars, fr_documented)) = fr.get(id) {
                if vars != fr_vars {
                    problems.push(format!("{file}: `{id}` uses {vars:?} in en but {fr_vars:?} in fr"));
                }
                let undocumented = !*documented || !*fr_documented;
                if !vars.is_empty() && undocumented {
                    problems.push(format!("{file}: `{id}` has variables but no `# Variables:` comment in each locale"));
                }
            }
        }
        for locale in LOCALES {
            let messages = if locale == "en" { &en } else { &fr };
            all.entry(locale).or_default().extend(messages.clone());
        }
    }
    let defined: BTreeSet<String> = all.get("en").map(|m| m.keys().cloned().collect()).unwrap_or_default();

    // Ids the code builds at run time from the API's codes.
    let mut used: BTreeSet<String> = ErrorCode::ALL.iter().map(|c| c.message_id()).collect();
    used.extend(FieldErrorCode::ALL.iter().map(|c| c.message_id()));
    for id in &used {
        if !defined.contains(id) {
            problems.push(format!("`{id}` is built from an API code but no locale defines it"));
        }
    }
    let literal = regex::Regex::new(r#""([a-z][a-z0-9]*(?:-[a-z0-9]+)+)""#).expect("regex");
    let call = regex::Regex::new(
        r#"(?:tr!|move_tr!|\bt|t_args|use_page_title|\.show)\(\s*(?:i18n,\s*|lang,\s*|Language::\w+,\s*)?"([a-z0-9-]+)""#,
    )
    .expect("regex");
    let mut sources = Vec::new();
    for dir in ["src", "server/src"] {
        rust_sources(&root().join(dir), &mut sources);
    }
    for path in sources {
        let text = std::fs::read_to_string(&path).expect("readable");
        used.extend(literal.captures_iter(&text).map(|c| c[1].to_owned()));
        for c in call.captures_iter(&text) {
            if !defined.contains(&c[1]) {
                problems.push(format!("{}: uses `{}`, which no locale defines", path.display(), &c[1]));
            }
        }
    }
    for id in defined.difference(&used) {
        problems.push(format!("`{id}` is defined but never used"));
    }
    assert!(problems.is_empty(), "locale problems:\n  {}", problems.join("\n  "));
}
