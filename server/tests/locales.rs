//! The translators' safety net: both locales hold the same files, ids and variables, every
//! message with variables documents them, the syntax is valid, every id the code uses exists,
//! and every id that exists is used. Run alone with `make i18n-check`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests: a failed unwrap is a failed test

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use espace_api::{ErrorCode, FieldErrorCode};
use fluent_syntax::ast;
use fluent_templates::fluent_bundle::concurrent::FluentBundle;
use fluent_templates::fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_templates::LanguageIdentifier;

const LOCALES: [&str; 2] = ["en", "fr"];
/// The Fluent functions both the app and the server register.
const FUNCTIONS: [&str; 1] = ["NUMBER"];

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// id -> (variables, has a `# Variables:` comment)
type Messages = BTreeMap<String, (BTreeSet<String>, bool)>;

fn files(locale: &str) -> BTreeSet<String> {
    std::fs::read_dir(root().join("locales").join(locale))
        .expect("locale folder")
        .filter_map(std::result::Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".ftl"))
        .collect()
}

/// What a message refers to: variables (`$name`) and functions (`NUMBER`).
#[derive(Default)]
struct References {
    variables: BTreeSet<String>,
    functions: BTreeSet<String>,
}

fn references_of_pattern(pattern: &ast::Pattern<&str>, out: &mut References) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            references_of_expression(expression, out);
        }
    }
}

fn references_of_expression(expression: &ast::Expression<&str>, out: &mut References) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            references_of_inline(selector, out);
            for v in variants {
                references_of_pattern(&v.value, out);
            }
        }
        ast::Expression::Inline(inline) => references_of_inline(inline, out),
    }
}

fn references_of_inline(inline: &ast::InlineExpression<&str>, out: &mut References) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.variables.insert(id.name.to_owned());
        }
        ast::InlineExpression::FunctionReference { id, arguments } => {
            out.functions.insert(id.name.to_owned());
            for a in &arguments.positional {
                references_of_inline(a, out);
            }
        }
        ast::InlineExpression::Placeable { expression } => references_of_expression(expression, out),
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
            let mut refs = References::default();
            if let Some(value) = &m.value {
                references_of_pattern(value, &mut refs);
            }
            for attr in &m.attributes {
                references_of_pattern(&attr.value, &mut refs);
            }
            // Fluent quietly falls back to the default variant when a selector's function is
            // unknown, so rendering alone would not catch a misspelt one.
            for f in refs.functions.iter().filter(|f| !FUNCTIONS.contains(&f.as_str())) {
                problems
                    .push(format!("{locale}/{file}: `{}` calls {f}(), which does not exist (only NUMBER)", m.id.name));
            }
            let vars = refs.variables;
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
    used.extend(espace_api::audit::AuditAction::ALL.iter().map(|a| a.message_id()));
    used.extend(espace_api::users::Role::ALL.iter().map(|r| r.message_id()));
    for action in espace_api::bulk::BulkAction::ALL {
        used.extend([action.message_id(), action.confirm_id()]);
    }
    used.extend(espace_api::bulk::BulkSkip::ALL.iter().map(|s| s.message_id()));
    used.extend(espace_api::webhooks::EventType::ALL.iter().map(|e| e.message_id()));
    used.extend(espace_api::webhooks::DeliveryError::ALL.iter().map(|e| e.message_id()));
    // The SSO error page and connection test build theirs from the code and the step.
    for error in espace_api::sso::SsoError::ALL {
        used.extend(["title", "body"].map(|part| format!("sso-error-{}-{part}", error.as_str())));
    }
    used.extend(espace_api::sso::Fixer::ALL.iter().map(|f| format!("sso-fixer-{}", f.as_str())));
    for step in espace_api::sso::CheckStep::ALL {
        used.extend(["ok", "failed"].map(|outcome| format!("sso-check-{}-{outcome}", step.as_str())));
    }
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

/// Sample values for a variable, from the type its `# Variables:` comment gives: numbers
/// walk through every plural category both languages have.
fn samples(kind: &str) -> Vec<FluentValue<'static>> {
    match kind {
        "Number" => [0.0, 1.0, 2.0, 5.0, 21.0, 1000.0, 1.5].into_iter().map(FluentValue::from).collect(),
        // A name with accents, an apostrophe and markup-looking text, as people type them.
        _ => vec![FluentValue::from("Zoë O’Brien <b>&amp;</b>")],
    }
}

/// `$name` -> "String" | "Number", read from `#   $name (Type) - …` comment lines.
fn declared_variables(comment: Option<&ast::Comment<&str>>) -> BTreeMap<String, String> {
    static LINE: std::sync::LazyLock<regex::Regex> =
        std::sync::LazyLock::new(|| regex::Regex::new(r"^\s*\$(\w+) \((\w+)\)").expect("regex"));
    comment
        .map(|c| {
            c.content.iter().filter_map(|l| LINE.captures(l)).map(|c| (c[1].to_owned(), c[2].to_owned())).collect()
        })
        .unwrap_or_default()
}

#[test]
fn every_message_renders_without_fluent_errors_in_every_locale() {
    let mut problems = Vec::new();
    let mut rendered = 0;
    for locale in LOCALES {
        let langid: LanguageIdentifier = locale.parse().expect("language id");
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        bundle.set_use_isolating(false);
        bundle.add_builtins().expect("builtins");
        let mut loaded = Vec::new();
        for file in files(locale) {
            let text = std::fs::read_to_string(root().join("locales").join(locale).join(&file)).expect("readable");
            match FluentResource::try_new(text.clone()).map(|resource| bundle.add_resource(resource)) {
                Ok(Ok(())) => loaded.push((file, text)),
                Ok(Err(errors)) => problems.push(format!("{locale}/{file}: {errors:?}")),
                Err((_, errors)) => problems.push(format!("{locale}/{file}: {errors:?}")),
            }
        }
        for (file, text) in &loaded {
            // The runtime parser drops comments: read them from the full syntax tree.
            let full = fluent_syntax::parser::parse(text.as_str()).unwrap_or_else(|(r, _)| r);
            for entry in &full.body {
                let ast::Entry::Message(m) = entry else { continue };
                let id = m.id.name;
                let vars = declared_variables(m.comment.as_ref());
                if let Some((name, kind)) = vars.iter().find(|(_, k)| *k != "String" && *k != "Number") {
                    problems.push(format!("{locale}/{file}: `{id}` declares ${name} as {kind}, not String or Number"));
                }
                let message = bundle.get_message(id).expect("added above");
                let patterns = message.value().into_iter().chain(message.attributes().map(|a| a.value()));
                for pattern in patterns {
                    // Every number sample in turn, the same for all numeric variables.
                    for round in 0..samples("Number").len() {
                        let mut args = FluentArgs::new();
                        for (name, kind) in &vars {
                            let options = samples(kind);
                            args.set(name.clone(), options[round % options.len()].clone());
                        }
                        let mut errors = Vec::new();
                        let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
                        if !errors.is_empty() {
                            problems.push(format!("{locale}/{file}: `{id}` with {args:?}: {errors:?}"));
                        } else if text.trim().is_empty() {
                            problems.push(format!("{locale}/{file}: `{id}` renders empty"));
                        }
                        rendered += 1;
                    }
                }
            }
        }
    }
    assert!(problems.is_empty(), "messages that do not render:\n  {}", problems.join("\n  "));
    assert!(rendered > 500, "only {rendered} renderings: are the locale files there?");
}

/// The issue's examples, which also pin the plural rules each language uses.
#[test]
fn counts_follow_each_language_plural_rules() {
    for (locale, expected) in [
        ("fr", [(0, "0 utilisateur"), (1, "1 utilisateur"), (2, "2 utilisateurs")]),
        ("en", [(0, "No users"), (1, "1 user"), (2, "2 users")]),
    ] {
        let langid: LanguageIdentifier = locale.parse().expect("language id");
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        bundle.set_use_isolating(false);
        bundle.add_builtins().expect("builtins");
        let text = std::fs::read_to_string(root().join("locales").join(locale).join("users.ftl")).expect("readable");
        bundle.add_resource(FluentResource::try_new(text).expect("valid")).expect("added");
        let pattern = bundle.get_message("users-count").and_then(|m| m.value()).expect("users-count");
        for (count, want) in expected {
            let mut args = FluentArgs::new();
            args.set("count", count);
            let mut errors = Vec::new();
            assert_eq!(bundle.format_pattern(pattern, Some(&args), &mut errors), want, "{locale}");
            assert!(errors.is_empty());
        }
    }
}

/// French typography: a non-breaking space (U+00A0 or U+202F) before `:` `;` `?` `!` `»` and
/// after `«`, and the typographic apostrophe; an ordinary space there would break the line
/// before the sign.
#[test]
fn french_typography() {
    let breaking = regex::Regex::new(r"[ \t][:;?!»]|«[ \t]").expect("regex");
    let mut problems = Vec::new();
    for file in files("fr") {
        let text = std::fs::read_to_string(root().join("locales/fr").join(&file)).expect("readable");
        for (n, line) in text.lines().enumerate().filter(|(_, l)| !l.trim_start().starts_with('#')) {
            if breaking.is_match(line) {
                problems.push(format!("fr/{file}:{}: ordinary space next to a French sign: {line}", n + 1));
            }
            if line.contains('\'') {
                problems.push(format!("fr/{file}:{}: straight apostrophe, use ’: {line}", n + 1));
            }
        }
    }
    assert!(problems.is_empty(), "French typography:\n  {}", problems.join("\n  "));
}

/// Each file holds the ids of its feature: every id starts with one of the prefixes that the
/// translators' guide (locales/README.md) gives for its file, and the guide lists every file.
#[test]
fn ids_carry_their_files_prefixes_as_the_guide_says() {
    let guide = std::fs::read_to_string(root().join("locales/README.md")).expect("readable");
    let row = regex::Regex::new(r"(?m)^\| `([a-z-]+\.ftl)` \|.*\| ([^|]+) \|$").expect("regex");
    let quoted = regex::Regex::new(r"`([a-z-]+)`").expect("regex");
    let prefixes: BTreeMap<String, Vec<String>> = row
        .captures_iter(&guide)
        .map(|c| (c[1].to_owned(), quoted.captures_iter(&c[2]).map(|q| q[1].to_owned()).collect()))
        .collect();
    let mut problems = Vec::new();
    for file in files("en") {
        let Some(allowed) = prefixes.get(&file) else {
            problems.push(format!("{file} is missing from the table in locales/README.md"));
            continue;
        };
        let text = std::fs::read_to_string(root().join("locales/en").join(&file)).expect("readable");
        let resource = fluent_syntax::parser::parse(text.as_str()).unwrap_or_else(|(r, _)| r);
        for entry in &resource.body {
            if let ast::Entry::Message(m) = entry {
                if !allowed.iter().any(|p| m.id.name.starts_with(p.as_str())) {
                    problems.push(format!("{file}: `{}` should start with one of {allowed:?}", m.id.name));
                }
            }
        }
    }
    assert!(problems.is_empty(), "ids and files:\n  {}", problems.join("\n  "));
}

/// Each entry build's messages (`src/entry-locales/<build>/`, read by leptos-fluent at compile
/// time) are links to files here, the same ones in every locale. A broken link would silently
/// leave its messages out, since the loader skips what it cannot read.
#[test]
fn the_entry_builds_messages_link_to_the_locale_files() {
    for build in ["sign-in", "link", "sso-error"] {
        entry_links(build);
    }
}

fn entry_links(build: &str) {
    let mut sets = Vec::new();
    for locale in LOCALES {
        let dir = root().join("src/entry-locales").join(build).join(locale);
        let mut names = BTreeSet::new();
        for entry in std::fs::read_dir(&dir).expect("entry locale folder") {
            let entry = entry.unwrap();
            let name = entry.file_name().to_string_lossy().into_owned();
            let target = std::fs::read_link(entry.path()).unwrap_or_else(|_| panic!("{locale}/{name} is not a link"));
            assert_eq!(target, Path::new("../../../../locales").join(locale).join(&name), "{build}/{locale}/{name}");
            assert!(entry.path().is_file(), "{locale}/{name} points to no file");
            names.insert(name);
        }
        assert!(names.contains("errors.ftl") && names.contains("shell.ftl"), "{locale}: {names:?}");
        sets.push(names);
    }
    assert!(sets.windows(2).all(|w| w[0] == w[1]), "the locales link different files: {sets:?}");
}
