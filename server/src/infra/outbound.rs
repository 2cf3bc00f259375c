//! Every request Espace sends on a company's behalf (to its identity provider, to its
//! webhook endpoints) goes through `Outbound`: an address an administrator typed, or one a provider's
//! discovery document named, must not reach this server's own network. So:
//! - https only (plain http to loopback only with `ESPACE_ALLOW_LOOPBACK_URLS=1`, for tests);
//! - the host is resolved by Espace itself and refused when any of its addresses is loopback,
//!   private, link-local, unique-local, shared, multicast, reserved or a metadata address, and
//!   the connection goes to the addresses checked (no second lookup to rebind);
//! - no redirects, short timeouts, and an answer read up to `MAX_ANSWER_BYTES` only.
//!
//! Failures are categories (`Refusal`), never what the remote end said.

use std::future::Future;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

use openidconnect::http;
use openidconnect::url::Host;
use openidconnect::{HttpRequest, HttpResponse};

use crate::domains::dns::Dns;

/// The largest answer read (a discovery document or a key set is a few kilobytes).
pub const MAX_ANSWER_BYTES: usize = 1024 * 1024;

/// Why a request was not sent, or its answer not read.
#[derive(Debug, thiserror::Error)]
pub enum Refusal {
    /// Not https (or http to loopback when allowed), or no host.
    #[error("address not allowed: only public https addresses")]
    Scheme,
    /// The host is, or resolves to, an address of a private or special network.
    #[error("address not allowed: not a public address")]
    PrivateAddress,
    /// The host does not resolve, or DNS did not answer.
    #[error("host not found")]
    UnknownHost,
    /// Connection or TLS.
    #[error("not reachable")]
    Unreachable,
    /// No answer in time.
    #[error("no answer in time")]
    Timeout,
    /// The answer is larger than `MAX_ANSWER_BYTES`.
    #[error("answer too large")]
    TooLarge,
    #[error("invalid request")]
    Invalid,
}

/// Whether `url` names a place no request of ours may go, plainly enough to refuse it as it is
/// typed: a non-public IP address or `localhost` (loopback allowed on a test machine). Names
/// that resolve to such addresses are refused at each request (`Outbound::send`).
pub fn names_private_host(url: &str, allow_loopback: bool) -> bool {
    let Ok(parsed) = reqwest::Url::parse(url.trim()) else { return false };
    let Some(host) = parsed.host_str() else { return true };
    let host = host.trim_start_matches('[').trim_end_matches(']').trim_end_matches('.').to_ascii_lowercase();
    match host.parse::<IpAddr>() {
        Ok(ip) => !(is_public(ip) || allow_loopback && ip.is_loopback()),
        Err(_) => !allow_loopback && (host == "localhost" || host.ends_with(".localhost")),
    }
}

/// Whether a request may reach `ip`.
pub fn is_public(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => is_public_v4(v4),
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => is_public_v4(v4),
            None => is_public_v6(v6),
        },
    }
}

fn is_public_v4(ip: Ipv4Addr) -> bool {
    let [a, b, c, _] = ip.octets();
    !(ip.is_unspecified()
        || ip.is_loopback()
        || ip.is_private()
        || ip.is_link_local() // 169.254/16: cloud metadata services live here
        || ip.is_broadcast()
        || ip.is_multicast()
        || ip.is_documentation()
        || a == 0
        || (a == 100 && (64..128).contains(&b)) // carrier-grade NAT, 100.64/10
        || (a == 192 && b == 0 && c == 0) // IETF protocol assignments
        || (a == 198 && (18..20).contains(&b)) // benchmarking
        || a >= 240) // reserved
}

fn is_public_v6(ip: Ipv6Addr) -> bool {
    let first = ip.segments()[0];
    !(ip.is_unspecified()
        || ip.is_loopback()
        || ip.is_multicast()
        || (first & 0xfe00) == 0xfc00 // unique local, fc00::/7 (fd00:ec2::254 is a metadata address)
        || (first & 0xffc0) == 0xfe80 // link-local
        || first == 0x2001 && ip.segments()[1] == 0x0db8 // documentation
        || first == 0x0064 && ip.segments()[1] == 0xff9b // NAT64, which reaches IPv4 behind it
        || first == 0x2002) // 6to4, which embeds any IPv4 address
}

/// What the policy lets through.
#[derive(Clone, Copy, Debug)]
struct Policy {
    allow_loopback: bool,
}

impl Policy {
    fn allows(self, ip: IpAddr) -> bool {
        is_public(ip) || (self.allow_loopback && ip.is_loopback())
    }

    /// The scheme, and the host when it is an address (those never reach the resolver).
    fn check_url(self, url: &reqwest::Url) -> Result<(), Refusal> {
        let host = url.host().ok_or(Refusal::Scheme)?;
        let literal = match host {
            Host::Ipv4(ip) => Some(IpAddr::V4(ip)),
            Host::Ipv6(ip) => Some(IpAddr::V6(ip)),
            Host::Domain(name) => name.parse().ok(),
        };
        let loopback = literal.is_some_and(|ip| ip.is_loopback()) || host == Host::Domain("localhost");
        match url.scheme() {
            "https" => {}
            "http" if self.allow_loopback && loopback => {}
            _ => return Err(Refusal::Scheme),
        }
        match literal {
            Some(ip) if !self.allows(ip) => Err(Refusal::PrivateAddress),
            _ => Ok(()),
        }
    }
}

/// Resolves with Espace's own resolver and hands reqwest only the addresses the policy allows:
/// a host with any address it refuses is refused whole (no mixing of public and private).
struct Resolver {
    dns: Dns,
    policy: Policy,
}

impl reqwest::dns::Resolve for Resolver {
    fn resolve(&self, name: reqwest::dns::Name) -> reqwest::dns::Resolving {
        let (dns, policy) = (self.dns.clone(), self.policy);
        let host = name.as_str().to_owned();
        Box::pin(async move {
            let ips = dns.ips(&host).await.map_err(|_| Box::new(Refusal::UnknownHost) as BoxError)?;
            if ips.iter().any(|ip| !policy.allows(*ip)) {
                return Err(Box::new(Refusal::PrivateAddress) as BoxError);
            }
            let addrs: Vec<SocketAddr> = ips.into_iter().map(|ip| SocketAddr::new(ip, 0)).collect();
            Ok(Box::new(addrs.into_iter()) as reqwest::dns::Addrs)
        })
    }
}

type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// The HTTP client for requests to addresses companies choose (see the module's comment).
#[derive(Clone)]
pub struct Outbound {
    client: reqwest::Client,
    policy: Policy,
}

impl Outbound {
    pub fn new(dns: Dns, allow_loopback: bool) -> Result<Outbound, reqwest::Error> {
        let policy = Policy { allow_loopback };
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .connect_timeout(Duration::from_secs(5))
            .timeout(Duration::from_secs(10))
            .no_proxy()
            .dns_resolver(Arc::new(Resolver { dns, policy }))
            .build()?;
        Ok(Outbound { client, policy })
    }

    /// Sends `request` if its address is allowed; the answer, read up to `MAX_ANSWER_BYTES`.
    pub async fn send(&self, request: HttpRequest) -> Result<HttpResponse, Refusal> {
        let request: reqwest::Request = request.try_into().map_err(|_| Refusal::Invalid)?;
        self.policy.check_url(request.url())?;
        let mut response = self.client.execute(request).await.map_err(|e| refusal_of(&e))?;
        let mut builder = http::Response::builder().status(response.status());
        for (name, value) in response.headers() {
            builder = builder.header(name, value);
        }
        if response.content_length().is_some_and(|n| n > MAX_ANSWER_BYTES as u64) {
            return Err(Refusal::TooLarge);
        }
        let mut body = Vec::new();
        while let Some(chunk) = response.chunk().await.map_err(|_| Refusal::Unreachable)? {
            if body.len() + chunk.len() > MAX_ANSWER_BYTES {
                return Err(Refusal::TooLarge);
            }
            body.extend_from_slice(&chunk);
        }
        builder.body(body).map_err(|_| Refusal::Invalid)
    }
}

/// The refusal behind a reqwest error: the resolver's own, else the network's category.
fn refusal_of(error: &reqwest::Error) -> Refusal {
    if error.is_timeout() {
        return Refusal::Timeout;
    }
    let mut source = std::error::Error::source(error);
    while let Some(inner) = source {
        if let Some(refusal) = inner.downcast_ref::<Refusal>() {
            return match refusal {
                Refusal::PrivateAddress => Refusal::PrivateAddress,
                Refusal::UnknownHost => Refusal::UnknownHost,
                _ => Refusal::Unreachable,
            };
        }
        source = inner.source();
    }
    Refusal::Unreachable
}

impl<'c> openidconnect::AsyncHttpClient<'c> for Outbound {
    type Error = Refusal;
    type Future = Pin<Box<dyn Future<Output = Result<HttpResponse, Refusal>> + Send + 'c>>;

    fn call(&'c self, request: HttpRequest) -> Self::Future {
        Box::pin(self.send(request))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_public_addresses() {
        for private in [
            "127.0.0.1",
            "10.1.2.3",
            "172.16.0.1",
            "192.168.1.1",
            "169.254.169.254",
            "100.100.100.200",
            "0.0.0.0",
            "::1",
            "fd00:ec2::254",
            "fe80::1",
            "::ffff:127.0.0.1",
            "::ffff:10.0.0.1",
            "64:ff9b::a00:1",
            "2002:a00:1::",
        ] {
            assert!(!is_public(private.parse().unwrap()), "{private}");
        }
        for public in ["93.184.216.34", "1.1.1.1", "2606:4700:4700::1111"] {
            assert!(is_public(public.parse().unwrap()), "{public}");
        }
    }

    #[test]
    fn https_only_and_loopback_http_when_allowed() {
        let strict = Policy { allow_loopback: false };
        let tests = Policy { allow_loopback: true };
        let url = |u: &str| reqwest::Url::parse(u).unwrap();
        assert!(strict.check_url(&url("https://login.example.com/x")).is_ok());
        assert!(strict.check_url(&url("http://login.example.com/x")).is_err());
        assert!(strict.check_url(&url("http://127.0.0.1:8080/x")).is_err());
        assert!(strict.check_url(&url("https://127.0.0.1/x")).is_err());
        assert!(strict.check_url(&url("https://[::1]/x")).is_err());
        assert!(strict.check_url(&url("https://169.254.169.254/latest")).is_err());
        assert!(strict.check_url(&url("ftp://login.example.com/")).is_err());
        assert!(tests.check_url(&url("http://127.0.0.1:8080/x")).is_ok());
        assert!(tests.check_url(&url("http://10.0.0.1/x")).is_err());
        assert!(tests.check_url(&url("https://10.0.0.1/x")).is_err());
    }
}

#[cfg(test)]
mod private_host_tests {
    use super::names_private_host;

    #[test]
    fn private_and_loopback_hosts_are_named_as_typed() {
        for url in [
            "https://127.0.0.1/",
            "http://localhost:8080/",
            "https://10.0.0.1/",
            "https://[::1]/",
            "https://169.254.169.254/",
        ] {
            assert!(names_private_host(url, false), "{url}");
        }
        assert!(!names_private_host("https://login.microsoftonline.com/x/v2.0", false));
        assert!(!names_private_host("https://8.8.8.8/", false));
        assert!(!names_private_host("http://127.0.0.1:9000/", true), "a test machine's own provider");
        assert!(names_private_host("https://10.0.0.1/", true), "loopback only, never private");
    }
}
