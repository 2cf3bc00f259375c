//! Who is asking: sessions, sign-in and its lockout, links, client addresses.

pub mod blocklist;
pub mod client_ip;
pub mod extract;
pub mod links;
pub mod password;
pub mod session;
pub mod sign_in;
