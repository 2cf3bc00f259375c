pub mod blocklist;
pub mod extract;
pub mod password;
pub mod session;
