//! The client's address: the connection's peer, or, when the peer is one of the operator's
//! reverse proxies (`ESPACE_TRUSTED_PROXIES`), the address those proxies recorded in
//! `X-Forwarded-For`. A client cannot choose its address by sending that header itself.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};

use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::request::Parts;
use axum::http::HeaderMap;
use ipnet::IpNet;

use crate::state::AppState;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClientIp(pub IpAddr);

/// Walks `X-Forwarded-For` from the nearest hop back while hops are trusted proxies; the
/// first one that is not is the client. Anything unreadable ends the walk there.
pub fn resolve(peer: IpAddr, headers: &HeaderMap, trusted: &[IpNet]) -> IpAddr {
    let is_trusted = |ip: &IpAddr| trusted.iter().any(|net| net.contains(ip));
    if !is_trusted(&peer) {
        return peer;
    }
    let hops: Vec<&str> = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(str::trim)
        .collect();
    let mut client = peer;
    for hop in hops.iter().rev() {
        let Ok(ip) = hop.parse::<IpAddr>() else { break };
        client = ip;
        if !is_trusted(&ip) {
            break;
        }
    }
    client
}

impl FromRequestParts<AppState> for ClientIp {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        // Requests handed to the router without a socket (tests) come from this machine.
        let peer =
            parts.extensions.get::<ConnectInfo<SocketAddr>>().map_or(IpAddr::V4(Ipv4Addr::LOCALHOST), |c| c.0.ip());
        Ok(ClientIp(resolve(peer, &parts.headers, &state.config.trusted_proxies)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(xff: &[&str]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for v in xff {
            map.append("x-forwarded-for", v.parse().unwrap());
        }
        map
    }

    #[test]
    fn forwarded_for_counts_only_behind_a_trusted_proxy() {
        let trusted: Vec<IpNet> = vec!["10.0.0.0/8".parse().unwrap()];
        let proxy: IpAddr = "10.0.0.5".parse().unwrap();
        let stranger: IpAddr = "203.0.113.9".parse().unwrap();
        let h = headers(&["198.51.100.1, 10.0.0.7"]);
        assert_eq!(resolve(proxy, &h, &trusted), "198.51.100.1".parse::<IpAddr>().unwrap());
        assert_eq!(resolve(stranger, &h, &trusted), stranger, "an untrusted peer's header is ignored");
        assert_eq!(resolve(proxy, &h, &[]), proxy, "no proxies trusted by default");
        // A client that writes its own header only adds hops on the left: the proxy's own entry wins.
        let spoofed = headers(&["1.2.3.4", "198.51.100.1"]);
        assert_eq!(resolve(proxy, &spoofed, &trusted), "198.51.100.1".parse::<IpAddr>().unwrap());
        assert_eq!(resolve(proxy, &headers(&["garbage"]), &trusted), proxy);
    }
}
