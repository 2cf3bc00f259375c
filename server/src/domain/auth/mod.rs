//! Who is asking: sessions, API tokens, sign-in and its lockout, links, client addresses.

pub mod bearer;
pub mod blocklist;
pub mod client_ip;
pub mod device;
pub mod extract;
pub mod links;
pub mod passkey_sign_in;
pub mod passkeys;
pub mod password;
pub mod second_step;
pub mod session;
pub mod sign_in;
