use espace_api::users::{Role, SortKey, UserListQuery, UserPage, UserRow, UserStatus};
use sqlx::{QueryBuilder, Sqlite, SqlitePool};

use crate::error::AppError;
use crate::users::fold::fold;

#[derive(sqlx::FromRow)]
struct Row {
    id: i64,
    first_name: String,
    last_name: String,
    email: String,
    role: String,
    status: String,
    email_verified: bool,
    services: i64,
    last_sign_in_at: Option<i64>,
    version: i64,
}

/// `%`, `_` and `\` typed in the search box are matched literally.
fn like_pattern(word: &str) -> String {
    let escaped: String = word
        .chars()
        .flat_map(|c| match c {
            '%' | '_' | '\\' => vec!['\\', c],
            _ => vec![c],
        })
        .collect();
    format!("%{escaped}%")
}

fn push_filters<'a>(sql: &mut QueryBuilder<'a, Sqlite>, company_id: i64, query: &'a UserListQuery) {
    sql.push(" WHERE u.company_id = ").push_bind(company_id);
    // Every word must match somewhere: "hel dub" finds Hélène Dubois.
    for word in fold(&query.q).split_whitespace() {
        sql.push(" AND u.search_text LIKE ").push_bind(like_pattern(word)).push(" ESCAPE '\\'");
    }
    if let Some(status) = query.status {
        sql.push(" AND u.status = ").push_bind(status.as_str());
    }
    if let Some(role) = query.role {
        sql.push(" AND u.role = ").push_bind(role.as_str());
    }
}

pub async fn list(pool: &SqlitePool, company_id: i64, query: UserListQuery) -> Result<UserPage, AppError> {
    let query = query.normalized();
    let mut count = QueryBuilder::<Sqlite>::new("SELECT COUNT(*) FROM users u");
    push_filters(&mut count, company_id, &query);
    let total: i64 = count.build_query_scalar().fetch_one(pool).await?;
    let company_total: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM users WHERE company_id = ?").bind(company_id).fetch_one(pool).await?;

    let mut sql = QueryBuilder::<Sqlite>::new(
        "SELECT u.id, u.first_name, u.last_name, u.email, u.role, u.status, u.email_verified,
                (SELECT COUNT(*) FROM user_services us WHERE us.user_id = u.id) AS services,
                u.last_sign_in_at, u.version
         FROM users u",
    );
    push_filters(&mut sql, company_id, &query);
    let dir = if query.descending() { "DESC" } else { "ASC" };
    // Never-signed-in users go last whichever the direction; the id keeps pages stable.
    let order = match query.sort {
        SortKey::Name => format!(" ORDER BY u.sort_name {dir}, u.id {dir}"),
        SortKey::LastSignIn => {
            format!(" ORDER BY u.last_sign_in_at IS NULL, u.last_sign_in_at {dir}, u.id {dir}")
        }
        SortKey::Created => format!(" ORDER BY u.created_at {dir}, u.id {dir}"),
    };
    sql.push(order);
    sql.push(" LIMIT ").push_bind(i64::from(query.size));
    sql.push(" OFFSET ").push_bind(i64::from(query.page - 1) * i64::from(query.size));
    let rows: Vec<Row> = sql.build_query_as().fetch_all(pool).await?;
    let users = rows
        .into_iter()
        .map(|r| UserRow {
            id: r.id,
            first_name: r.first_name,
            last_name: r.last_name,
            email: r.email,
            role: Role::parse(&r.role).unwrap_or(Role::User),
            status: UserStatus::parse(&r.status).unwrap_or(UserStatus::Deactivated),
            email_verified: r.email_verified,
            services: r.services as u32,
            last_sign_in_at: r.last_sign_in_at,
            version: r.version,
        })
        .collect();
    Ok(UserPage { users, total: total as u32, page: query.page, size: query.size, company_total: company_total as u32 })
}
