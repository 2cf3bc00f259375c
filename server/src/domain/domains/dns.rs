//! DNS lookups, with `hickory-resolver`: the TXT records that prove a domain, and the
//! addresses of hosts Espace sends requests to (checked by `outbound`). The system's resolvers
//! in production; the server named by `ESPACE_DNS_SERVER` in tests.

use std::net::{IpAddr, SocketAddr};
use std::time::Duration;

use hickory_resolver::config::{ConnectionConfig, NameServerConfig, ResolveHosts, ResolverConfig};
use hickory_resolver::net::runtime::TokioRuntimeProvider;
use hickory_resolver::net::NetError;
use hickory_resolver::proto::rr::RData;
use hickory_resolver::TokioResolver;

/// Why a lookup found nothing.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LookupError {
    /// The name, or a record of that type, does not exist (NXDOMAIN or no data): an answer.
    #[error("no such record")]
    NotFound,
    /// No answer (timeout, refused, server failure, no resolver): try again later.
    #[error("DNS did not answer: {0}")]
    Unreachable(String),
}

impl From<NetError> for LookupError {
    fn from(e: NetError) -> LookupError {
        if e.is_no_records_found() {
            LookupError::NotFound
        } else {
            LookupError::Unreachable(e.to_string())
        }
    }
}

/// A resolver, or why none could be made (then every lookup is `Unreachable`).
#[derive(Clone)]
pub struct Dns(Result<TokioResolver, String>);

impl Dns {
    /// The server at `at` (`ESPACE_DNS_SERVER`), else the system's (`/etc/resolv.conf`).
    pub fn new(at: Option<SocketAddr>) -> Dns {
        let resolver = match at {
            Some(addr) => Ok(Self::at(addr)),
            None => TokioResolver::builder_tokio().map_err(|e| e.to_string()),
        };
        Dns(resolver.and_then(|mut builder| {
            let options = builder.options_mut();
            options.timeout = Duration::from_secs(3);
            options.attempts = 1;
            // A record published a moment ago is seen at the next "Check now", and one removed
            // is missed at the next daily check.
            options.positive_max_ttl = Some(Duration::from_secs(60));
            options.negative_max_ttl = Some(Duration::ZERO);
            builder.build().map_err(|e| e.to_string())
        }))
    }

    fn at(addr: SocketAddr) -> hickory_resolver::ResolverBuilder<TokioRuntimeProvider> {
        let mut udp = ConnectionConfig::udp();
        udp.port = addr.port();
        let mut tcp = ConnectionConfig::tcp();
        tcp.port = addr.port();
        let server = NameServerConfig::new(addr.ip(), true, vec![udp, tcp]);
        let mut builder = TokioResolver::builder_with_config(
            ResolverConfig::from_name_servers(vec![server]),
            TokioRuntimeProvider::default(),
        );
        builder.options_mut().use_hosts_file = ResolveHosts::Never;
        builder
    }

    fn resolver(&self) -> Result<&TokioResolver, LookupError> {
        self.0.as_ref().map_err(|e| LookupError::Unreachable(e.clone()))
    }

    /// Each TXT record at `name`, its character-strings joined (as RFC 7208 reads them).
    pub async fn txt(&self, name: &str) -> Result<Vec<String>, LookupError> {
        let fqdn = format!("{}.", name.trim_end_matches('.'));
        let lookup = self.resolver()?.txt_lookup(fqdn).await?;
        Ok(lookup
            .answers()
            .iter()
            .filter_map(|record| match &record.data {
                RData::TXT(txt) => Some(txt.txt_data.iter().map(|part| String::from_utf8_lossy(part)).collect()),
                _ => None,
            })
            .collect())
    }

    /// Every address of `host` (an address itself comes back as it is).
    pub async fn ips(&self, host: &str) -> Result<Vec<IpAddr>, LookupError> {
        if let Ok(ip) = host.parse::<IpAddr>() {
            return Ok(vec![ip]);
        }
        let fqdn = format!("{}.", host.trim_end_matches('.'));
        let ips: Vec<IpAddr> = self.resolver()?.lookup_ip(fqdn).await?.iter().collect();
        if ips.is_empty() {
            return Err(LookupError::NotFound);
        }
        Ok(ips)
    }
}
