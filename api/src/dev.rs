use serde::{Deserialize, Serialize};

/// One message of the developer mailbox (`ESPACE_DEV_MAILBOX=1`): what was "sent".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MailboxMessage {
    pub id: i64,
    pub to: String,
    pub subject: String,
    pub text: String,
    /// The link the e-mail carries, as a path on this server (`/activate#t=…`).
    pub link: Option<String>,
    pub created_at: i64,
}
