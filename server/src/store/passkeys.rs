//! The `passkeys` and `passkey_registrations` tables, the passkey challenge kept with a
//! sign-in's second step (`sign_in_challenges.passkey_state`), and password-less sign-ins under
//! way (`passkey_sign_ins`).

use espace_api::UserId;

use super::Conn;

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Row {
    pub id: i64,
    pub credential_id: String,
    pub name: String,
    /// webauthn-rs's `Passkey`, as JSON.
    pub passkey: String,
    pub created_at: i64,
    pub last_used_at: Option<i64>,
}

pub async fn of_user(conn: &mut Conn, user_id: UserId) -> Result<Vec<Row>, sqlx::Error> {
    sqlx::query_as(
        "SELECT id, credential_id, name, passkey, created_at, last_used_at FROM passkeys WHERE user_id = $1
         ORDER BY created_at, id",
    )
    .bind(user_id)
    .fetch_all(conn)
    .await
}

/// Whether the person has any passkey (the sign-in's second step offers it).
pub async fn any(conn: &mut Conn, user_id: UserId) -> Result<bool, sqlx::Error> {
    let n: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM passkeys WHERE user_id = $1").bind(user_id).fetch_one(conn).await?;
    Ok(n > 0)
}

/// The passkey with this credential id, whoever's it is: a password-less sign-in learns the
/// account from it.
pub async fn by_credential(conn: &mut Conn, credential_id: &str) -> Result<Option<(UserId, Row)>, sqlx::Error> {
    #[derive(sqlx::FromRow)]
    struct Owned {
        user_id: UserId,
        #[sqlx(flatten)]
        row: Row,
    }
    let owned: Option<Owned> = sqlx::query_as(
        "SELECT user_id, id, credential_id, name, passkey, created_at, last_used_at FROM passkeys
         WHERE credential_id = $1",
    )
    .bind(credential_id)
    .fetch_optional(conn)
    .await?;
    Ok(owned.map(|o| (o.user_id, o.row)))
}

/// Renames the person's passkey with this id; whether there was one.
pub async fn rename(conn: &mut Conn, user_id: UserId, id: i64, name: &str) -> Result<bool, sqlx::Error> {
    let done = sqlx::query("UPDATE passkeys SET name = $1 WHERE user_id = $2 AND id = $3")
        .bind(name)
        .bind(user_id)
        .bind(id)
        .execute(conn)
        .await?;
    Ok(done.rows_affected() > 0)
}

pub async fn credential_known(conn: &mut Conn, credential_id: &str) -> Result<bool, sqlx::Error> {
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM passkeys WHERE credential_id = $1")
        .bind(credential_id)
        .fetch_one(conn)
        .await?;
    Ok(n > 0)
}

pub struct NewPasskey<'a> {
    pub user_id: UserId,
    pub credential_id: &'a str,
    pub name: &'a str,
    pub passkey: &'a str,
    pub now: i64,
}

pub async fn insert(conn: &mut Conn, p: &NewPasskey<'_>) -> Result<(), sqlx::Error> {
    sqlx::query("INSERT INTO passkeys (user_id, credential_id, name, passkey, created_at) VALUES ($1, $2, $3, $4, $5)")
        .bind(p.user_id)
        .bind(p.credential_id)
        .bind(p.name)
        .bind(p.passkey)
        .bind(p.now)
        .execute(conn)
        .await?;
    Ok(())
}

/// The record after a sign-in (its counter moves on).
pub async fn used(conn: &mut Conn, id: i64, passkey: &str, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE passkeys SET passkey = $1, last_used_at = $2 WHERE id = $3")
        .bind(passkey)
        .bind(now)
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}

/// Removes the person's passkey with this id; whether there was one (another person's id
/// removes nothing).
pub async fn delete(conn: &mut Conn, user_id: UserId, id: i64) -> Result<bool, sqlx::Error> {
    let done =
        sqlx::query("DELETE FROM passkeys WHERE user_id = $1 AND id = $2").bind(user_id).bind(id).execute(conn).await?;
    Ok(done.rows_affected() > 0)
}

pub async fn delete_all(conn: &mut Conn, user_id: UserId) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM passkeys WHERE user_id = $1").bind(user_id).execute(conn).await?;
    Ok(())
}

pub async fn set_registration(
    conn: &mut Conn,
    user_id: UserId,
    state: &str,
    expires_at: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO passkey_registrations (user_id, state, expires_at) VALUES ($1, $2, $3)
         ON CONFLICT (user_id) DO UPDATE SET state = excluded.state, expires_at = excluded.expires_at",
    )
    .bind(user_id)
    .bind(state)
    .bind(expires_at)
    .execute(conn)
    .await?;
    Ok(())
}

/// Takes the person's registration under way, if still live: it works once.
pub async fn take_registration(conn: &mut Conn, user_id: UserId, now: i64) -> Result<Option<String>, sqlx::Error> {
    let state: Option<String> =
        sqlx::query_scalar("SELECT state FROM passkey_registrations WHERE user_id = $1 AND expires_at > $2")
            .bind(user_id)
            .bind(now)
            .fetch_optional(&mut *conn)
            .await?;
    sqlx::query("DELETE FROM passkey_registrations WHERE user_id = $1").bind(user_id).execute(conn).await?;
    Ok(state)
}

pub async fn set_challenge_state(conn: &mut Conn, id_hash: &str, state: &str) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE sign_in_challenges SET passkey_state = $1 WHERE id_hash = $2")
        .bind(state)
        .bind(id_hash)
        .execute(conn)
        .await?;
    Ok(())
}

/// Takes the passkey challenge of a live sign-in under way: it works once.
pub async fn take_challenge_state(conn: &mut Conn, id_hash: &str, now: i64) -> Result<Option<String>, sqlx::Error> {
    let state: Option<Option<String>> =
        sqlx::query_scalar("SELECT passkey_state FROM sign_in_challenges WHERE id_hash = $1 AND expires_at > $2")
            .bind(id_hash)
            .bind(now)
            .fetch_optional(&mut *conn)
            .await?;
    sqlx::query("UPDATE sign_in_challenges SET passkey_state = NULL WHERE id_hash = $1")
        .bind(id_hash)
        .execute(conn)
        .await?;
    Ok(state.flatten())
}

/// Keeps the state of a password-less sign-in under way.
pub async fn insert_sign_in(conn: &mut Conn, id_hash: &str, state: &str, expires_at: i64) -> Result<(), sqlx::Error> {
    sqlx::query("INSERT INTO passkey_sign_ins (id_hash, state, expires_at) VALUES ($1, $2, $3)")
        .bind(id_hash)
        .bind(state)
        .bind(expires_at)
        .execute(conn)
        .await?;
    Ok(())
}

/// Takes a live password-less sign-in's state: it works once.
pub async fn take_sign_in(conn: &mut Conn, id_hash: &str, now: i64) -> Result<Option<String>, sqlx::Error> {
    let state: Option<String> =
        sqlx::query_scalar("SELECT state FROM passkey_sign_ins WHERE id_hash = $1 AND expires_at > $2")
            .bind(id_hash)
            .bind(now)
            .fetch_optional(&mut *conn)
            .await?;
    sqlx::query("DELETE FROM passkey_sign_ins WHERE id_hash = $1").bind(id_hash).execute(conn).await?;
    Ok(state)
}
