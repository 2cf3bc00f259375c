//! A real DNS server for the tests (hickory-server, in-process), authoritative for the zones
//! it is given, on a free loopback port (UDP and TCP): the server under test resolves through
//! it (`Config::dns_server`). Records change while it runs. Shared by the server tests and the
//! end-to-end tests.
#![allow(dead_code)]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::net::{Ipv4Addr, SocketAddr};
use std::str::FromStr;
use std::sync::Arc;
use std::time::Duration;

use hickory_server::proto::rr::rdata::{A, NS, SOA, TXT};
use hickory_server::proto::rr::{LowerName, Name, RData, Record, RecordSet, RecordType, RrKey};
use hickory_server::store::in_memory::InMemoryZoneHandler;
use hickory_server::zone_handler::{AxfrPolicy, Catalog, ZoneHandler, ZoneType};
use hickory_server::Server;
use tokio::net::{TcpListener, UdpSocket};

const SERIAL: u32 = 1;
/// Nothing is cached: a change is seen at the next lookup.
const TTL: u32 = 0;

pub struct TestDns {
    pub addr: SocketAddr,
    zones: Vec<(Name, Arc<InMemoryZoneHandler>)>,
    /// Dropping it stops the server.
    _server: Server<Catalog>,
}

impl TestDns {
    /// Authoritative for each of `origins` (such as `sso.example`).
    pub async fn start(origins: &[&str]) -> TestDns {
        let mut catalog = Catalog::new();
        let mut zones = Vec::new();
        for origin in origins {
            let origin = Name::from_str(&format!("{}.", origin.trim_end_matches('.'))).unwrap();
            let ns = Name::parse("ns", Some(&origin)).unwrap();
            let hostmaster = Name::parse("hostmaster", Some(&origin)).unwrap();
            let mut zone: InMemoryZoneHandler =
                InMemoryZoneHandler::empty(origin.clone(), ZoneType::Primary, AxfrPolicy::Deny);
            let soa = SOA::new(ns.clone(), hostmaster, SERIAL, 3600, 600, 86400, 0);
            zone.upsert_mut(Record::from_rdata(origin.clone(), TTL, RData::SOA(soa)), SERIAL);
            zone.upsert_mut(Record::from_rdata(origin.clone(), TTL, RData::NS(NS(ns))), SERIAL);
            let zone = Arc::new(zone);
            let handler: Arc<dyn ZoneHandler> = zone.clone();
            catalog.upsert(LowerName::from(&origin), vec![handler]);
            zones.push((origin, zone));
        }
        let (udp, tcp) = bind_pair().await;
        let addr = udp.local_addr().unwrap();
        let mut server = Server::new(catalog);
        server.register_socket(udp);
        server.register_listener(tcp, Duration::from_secs(5), 32);
        TestDns { addr, zones, _server: server }
    }

    fn zone_of(&self, name: &Name) -> &InMemoryZoneHandler {
        self.zones.iter().find(|(origin, _)| origin.zone_of(name)).map(|(_, zone)| zone.as_ref()).expect("a zone")
    }

    /// The TXT records at `name` become exactly `values` (none: removed).
    pub async fn set_txt(&self, name: &str, values: &[&str]) {
        let name = Name::from_str(&format!("{}.", name.trim_end_matches('.'))).unwrap();
        let key = RrKey::new(LowerName::from(&name), RecordType::TXT);
        let mut records = self.zone_of(&name).records_mut().await;
        if values.is_empty() {
            records.remove(&key);
            return;
        }
        let mut set = RecordSet::new(name.clone(), RecordType::TXT, SERIAL);
        for value in values {
            set.insert(Record::from_rdata(name.clone(), TTL, RData::TXT(TXT::new(vec![(*value).to_owned()]))), SERIAL);
        }
        records.insert(key, Arc::new(set));
    }

    /// The A records at `name` become exactly `ips`.
    pub async fn set_a(&self, name: &str, ips: &[Ipv4Addr]) {
        let name = Name::from_str(&format!("{}.", name.trim_end_matches('.'))).unwrap();
        let key = RrKey::new(LowerName::from(&name), RecordType::A);
        let mut set = RecordSet::new(name.clone(), RecordType::A, SERIAL);
        for ip in ips {
            set.insert(Record::from_rdata(name.clone(), TTL, RData::A(A(*ip))), SERIAL);
        }
        self.zone_of(&name).records_mut().await.insert(key, Arc::new(set));
    }
}

/// UDP on a free port, then TCP on the same one.
async fn bind_pair() -> (UdpSocket, TcpListener) {
    for _ in 0..20 {
        let udp = UdpSocket::bind("127.0.0.1:0").await.unwrap();
        if let Ok(tcp) = TcpListener::bind(udp.local_addr().unwrap()).await {
            return (udp, tcp);
        }
    }
    panic!("no free UDP and TCP port pair on 127.0.0.1");
}
