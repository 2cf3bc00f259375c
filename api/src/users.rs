use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    User,
    Admin,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::User => "user",
            Role::Admin => "admin",
        }
    }

    pub fn parse(s: &str) -> Option<Role> {
        match s {
            "user" => Some(Role::User),
            "admin" => Some(Role::Admin),
            _ => None,
        }
    }
}

/// One lifecycle for the whole product (see the users issue): the Fluent id is `user-status-<code>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum UserStatus {
    /// Added, not activated yet.
    Created,
    /// Activation e-mail sent, waiting for the user.
    Invited,
    Active,
    Deactivated,
    /// Too many wrong passwords in a row.
    Locked,
}

impl UserStatus {
    pub const ALL: [UserStatus; 5] = [
        UserStatus::Created,
        UserStatus::Invited,
        UserStatus::Active,
        UserStatus::Deactivated,
        UserStatus::Locked,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            UserStatus::Created => "created",
            UserStatus::Invited => "invited",
            UserStatus::Active => "active",
            UserStatus::Deactivated => "deactivated",
            UserStatus::Locked => "locked",
        }
    }

    pub fn parse(s: &str) -> Option<UserStatus> {
        UserStatus::ALL.into_iter().find(|st| st.as_str() == s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_and_role_parse_their_own_names() {
        for st in UserStatus::ALL {
            assert_eq!(UserStatus::parse(st.as_str()), Some(st));
        }
        assert_eq!(Role::parse("admin"), Some(Role::Admin));
        assert_eq!(Role::parse("Admin"), None);
    }
}
