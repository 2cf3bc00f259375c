use espace_server::config::Config;
use tracing_subscriber::EnvFilter;

#[tokio::main]
async fn main() -> std::process::ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(EnvFilter::try_from_env("ESPACE_LOG").unwrap_or_else(|_| EnvFilter::new("info")))
        .init();
    match run().await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            tracing::error!("{e}");
            std::process::ExitCode::FAILURE
        }
    }
}

async fn run() -> Result<(), Box<dyn std::error::Error>> {
    let mut config = Config::from_env()?;
    let listener = tokio::net::TcpListener::bind(config.addr).await?;
    let addr = listener.local_addr()?;
    config.public_url = Some(config.public_url_or(addr));
    let mailbox = config.dev_mailbox;
    let app = espace_server::build(config).await?;
    espace_server::jobs::inactivity::spawn_hourly(app.state.clone());
    espace_server::mail::deliver::spawn_loop(app.state.clone());
    // Printed, not logged: this is the developer's welcome, and the password is the demo's.
    println!();
    println!("  Espace is running at http://{addr}/");
    match &app.demo {
        Some(demo) => println!("  Demo admin: {}  password: {}", demo.email, demo.password),
        None => println!("  (no demo credentials remembered: delete data/ to seed the demo again)"),
    }
    if mailbox {
        println!("  E-mails (activation links…): http://{addr}/dev/mailbox");
    }
    println!();
    axum::serve(listener, app.router.into_make_service_with_connect_info::<std::net::SocketAddr>())
        .with_graceful_shutdown(shutdown())
        .await?;
    Ok(())
}

async fn shutdown() {
    let _ = tokio::signal::ctrl_c().await;
}
