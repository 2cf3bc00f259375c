//! SCIM's view of users: a filter (already parsed) as SQL within a scope, paged from a
//! 1-based start index.

use espace_api::users::UserStatus;
use espace_api::CompanyId;

use super::users::User;
use super::{Pool, Scope};
use crate::scim::filter::{Attr, Filter, Op, Value};

enum Arg {
    Text(String),
    Int(i64),
}

struct Sql {
    args: Vec<Arg>,
}

impl Sql {
    /// The next placeholder (`$1` is the company).
    fn arg(&mut self, arg: Arg) -> String {
        self.args.push(arg);
        format!("${}", self.args.len() + 1)
    }

    fn text_compare(&mut self, column: &str, op: Op, value: &str) -> String {
        let value = value.to_lowercase();
        let column = format!("lower(COALESCE({column}, ''))");
        match op {
            Op::Eq => format!("{column} = {}", self.arg(Arg::Text(value))),
            Op::Ne => format!("{column} <> {}", self.arg(Arg::Text(value))),
            Op::Co => format!("{column} LIKE {} ESCAPE '\\'", self.arg(Arg::Text(super::like_pattern(&value)))),
            Op::Sw => {
                let pattern = super::like_pattern(&value);
                format!("{column} LIKE {} ESCAPE '\\'", self.arg(Arg::Text(pattern[1..].to_owned())))
            }
            Op::Ew => {
                let pattern = super::like_pattern(&value);
                format!("{column} LIKE {} ESCAPE '\\'", self.arg(Arg::Text(pattern[..pattern.len() - 1].to_owned())))
            }
            Op::Gt => format!("{column} > {}", self.arg(Arg::Text(value))),
            Op::Ge => format!("{column} >= {}", self.arg(Arg::Text(value))),
            Op::Lt => format!("{column} < {}", self.arg(Arg::Text(value))),
            Op::Le => format!("{column} <= {}", self.arg(Arg::Text(value))),
        }
    }

    fn condition(&mut self, filter: &Filter) -> String {
        match filter {
            Filter::And(a, b) => format!("({} AND {})", self.condition(a), self.condition(b)),
            Filter::Or(a, b) => format!("({} OR {})", self.condition(a), self.condition(b)),
            Filter::Not(a) => format!("(NOT {})", self.condition(a)),
            Filter::Present(attr) => match attr {
                Attr::Active | Attr::Id | Attr::UserName | Attr::GivenName | Attr::FamilyName | Attr::DisplayName => {
                    "1 = 1".to_owned()
                }
                Attr::Emails => "1 = 1".to_owned(),
                Attr::ExternalId => "(u.external_id IS NOT NULL AND u.external_id <> '')".to_owned(),
            },
            Filter::Compare(attr, op, value) => self.compare(*attr, *op, value),
        }
    }

    fn compare(&mut self, attr: Attr, op: Op, value: &Value) -> String {
        let text = match value {
            Value::Text(t) => t.clone(),
            Value::Bool(b) => b.to_string(),
            Value::Number(n) => n.to_string(),
            Value::Null => String::new(),
        };
        match attr {
            Attr::Active => {
                let active = matches!(value, Value::Bool(true)) || text.eq_ignore_ascii_case("true");
                let wanted = matches!(op, Op::Eq) == active;
                let n = self.arg(Arg::Text(UserStatus::Deactivated.as_str().to_owned()));
                if wanted {
                    format!("u.status <> {n}")
                } else {
                    format!("u.status = {n}")
                }
            }
            Attr::Id => match text.parse::<i64>() {
                Ok(id) if matches!(op, Op::Eq) => format!("u.id = {}", self.arg(Arg::Int(id))),
                Ok(id) if matches!(op, Op::Ne) => format!("u.id <> {}", self.arg(Arg::Int(id))),
                _ => self.text_compare("CAST(u.id AS TEXT)", op, &text),
            },
            Attr::UserName => self.text_compare("COALESCE(u.scim_user_name, u.email)", op, &text),
            Attr::GivenName => self.text_compare("u.first_name", op, &text),
            Attr::FamilyName => self.text_compare("u.last_name", op, &text),
            Attr::DisplayName => self.text_compare("u.first_name || ' ' || u.last_name", op, &text),
            Attr::ExternalId => self.text_compare("u.external_id", op, &text),
            Attr::Emails => {
                let login = self.text_compare("u.email", op, &text);
                let notification = self.text_compare("u.notification_email", op, &text);
                format!("({login} OR {notification})")
            }
        }
    }
}

/// Users matching `filter` within `scope`, by id: `count` from the 1-based `start`, and how
/// many match in all.
pub async fn page(
    pool: &Pool,
    company_id: CompanyId,
    scope: &Scope,
    filter: Option<&Filter>,
    start: i64,
    count: i64,
) -> Result<(Vec<User>, i64), sqlx::Error> {
    let mut sql = Sql { args: Vec::new() };
    let condition = filter.map(|f| format!(" AND {}", sql.condition(f))).unwrap_or_default();
    let base = format!(" WHERE u.company_id = $1{}{condition}", scope.sql("u.entity_id"));
    let offset = (start - 1).max(0);
    let select = format!("{} {base} ORDER BY u.id LIMIT {} OFFSET {offset}", super::users::SELECT_USER, count.max(0));
    let mut rows = sqlx::query_as::<_, User>(&select).persistent(super::FILTERED).bind(company_id);
    for arg in &sql.args {
        rows = match arg {
            Arg::Text(t) => rows.bind(t),
            Arg::Int(i) => rows.bind(i),
        };
    }
    let rows = rows.fetch_all(pool).await?;
    let count_sql = format!("SELECT COUNT(*) FROM users u{base}");
    let mut total = sqlx::query_scalar::<_, i64>(&count_sql).persistent(super::FILTERED).bind(company_id);
    for arg in &sql.args {
        total = match arg {
            Arg::Text(t) => total.bind(t),
            Arg::Int(i) => total.bind(i),
        };
    }
    Ok((rows, total.fetch_one(pool).await?))
}
