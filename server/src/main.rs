use espace_server::config::Config;
use tracing_subscriber::EnvFilter;

#[tokio::main]
async fn main() -> std::process::ExitCode {
    let filter = EnvFilter::try_from_env("ESPACE_LOG").unwrap_or_else(|_| EnvFilter::new("info"));
    // Read here as well as in `Config`: logging must work before the configuration is read.
    if std::env::var("ESPACE_LOG_FORMAT").is_ok_and(|f| f == "json") {
        tracing_subscriber::fmt().json().with_current_span(true).with_env_filter(filter).init();
    } else {
        tracing_subscriber::fmt().with_env_filter(filter).init();
    }
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
    // `espace-server backup FILE`: a consistent copy of the SQLite database, server running or not.
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let [command, file] = args.as_slice() {
        if command == "backup" {
            let pool =
                espace_server::store::connect(&config.database_url, 1, espace_server::store::ACQUIRE_TIMEOUT).await?;
            espace_server::store::backup(&pool, std::path::Path::new(file)).await?;
            println!("Backed up to {file}");
            return Ok(());
        }
    }
    // `espace-server operator add EMAIL [--name NAME] [--language fr|en]`: the provider's first
    // operator (and any other), with the activation link printed to hand over.
    if let [command, verb, email, rest @ ..] = args.as_slice() {
        if command == "operator" && verb == "add" {
            return add_operator(config, email, rest).await;
        }
    }
    if !args.is_empty() {
        return Err("usage: espace-server [backup FILE | operator add EMAIL [--name NAME] [--language fr|en]]".into());
    }
    let listener = tokio::net::TcpListener::bind(config.addr).await?;
    let addr = listener.local_addr()?;
    config.public_url = Some(config.public_url_or(addr));
    let mailbox = config.dev_mailbox;
    let metrics_listener = match config.metrics_addr {
        Some(at) => Some(tokio::net::TcpListener::bind(at).await?),
        None => None,
    };
    let app = espace_server::build(config).await?;
    // The console can be tried at once: the demo operator's activation link, until it is used.
    let operator_link = match app.demo {
        Some(_) => {
            let invite = espace_server::operators::account::invite(
                &app.state,
                "Demo operator",
                "operator@provider.example",
                espace_api::Language::En,
            );
            invite.await.ok()
        }
        None => None,
    };
    // Printed, not logged: this is the developer's welcome, and the password is the demo's.
    println!();
    println!("  Espace is running at http://{addr}/");
    match &app.demo {
        Some(demo) => println!("  Demo admin: {}  password: {}", demo.email, demo.password),
        None => {
            println!("  (no demo credentials: start with ESPACE_SEED_DEMO=1 on an empty database, as make run does)");
        }
    }
    if let Some(link) = operator_link {
        println!("  Operator console (operator@provider.example): activate it at {link}");
    }
    if mailbox {
        println!("  E-mails (activation links…): http://{addr}/dev/mailbox");
    }
    println!();
    espace_server::serve(listener, metrics_listener, app, shutdown()).await?;
    tracing::info!("stopped");
    Ok(())
}

async fn add_operator(mut config: Config, email: &str, options: &[String]) -> Result<(), Box<dyn std::error::Error>> {
    let mut name = String::new();
    let mut language = espace_api::Language::En;
    for pair in options.chunks(2) {
        match pair {
            [flag, value] if flag == "--name" => name.clone_from(value),
            [flag, value] if flag == "--language" => {
                language = match value.as_str() {
                    "fr" => espace_api::Language::Fr,
                    "en" => espace_api::Language::En,
                    _ => return Err("--language is fr or en".into()),
                }
            }
            _ => return Err("usage: espace-server operator add EMAIL [--name NAME] [--language fr|en]".into()),
        }
    }
    // The link names the address people open the space at.
    config.public_url = Some(config.public_url_or(config.addr));
    config.seed_demo = false;
    let app = espace_server::build(config).await?;
    match espace_server::operators::account::invite(&app.state, &name, email, language).await {
        Ok(link) => {
            println!("Operator {email} invited. Hand over this link; it works once, for 72 hours:");
            println!("  {link}");
            Ok(())
        }
        Err(e) => Err(format!("could not invite {email}: {e:?}").into()),
    }
}

/// Ctrl-C, or SIGTERM (how systemd and container runtimes stop a service).
async fn shutdown() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {}
        () = terminate => {}
    }
    tracing::info!("asked to stop");
}
