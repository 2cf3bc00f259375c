//! Talking to an OpenID provider (the `openidconnect` crate): discovery, the authorization
//! request, the code exchange and the identity it vouches for. Every failure becomes an
//! `SsoError` with what the provider or the network said.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use espace_api::sso::SsoError;
use openidconnect::core::{
    CoreAuthenticationFlow, CoreClient, CoreErrorResponseType, CoreGenderClaim, CoreUserInfoClaims,
};
use openidconnect::{
    AccessToken, AuthorizationCode, ClientId, ClientSecret, CsrfToken, DiscoveryError, EndpointMaybeSet,
    EndpointNotSet, EndpointSet, IssuerUrl, Nonce, OAuth2TokenResponse, PkceCodeChallenge, PkceCodeVerifier,
    ProviderMetadataWithLogout, RedirectUrl, RequestTokenError, Scope, StandardErrorResponse, TokenResponse,
};

use crate::config::Secret;
use crate::outbound::Outbound;

pub type Metadata = ProviderMetadataWithLogout;
type Client =
    CoreClient<EndpointSet, EndpointNotSet, EndpointNotSet, EndpointNotSet, EndpointMaybeSet, EndpointMaybeSet>;

/// How far ahead of this server's clock a token's issue time may be.
const ALLOWED_SKEW_SECS: i64 = 120;

/// A failed step: the code, and the provider's or the network's own words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    pub code: SsoError,
    /// The provider's `error` (empty when it did not send one).
    pub error: String,
    pub detail: String,
}

impl Failure {
    pub fn new(code: SsoError, detail: impl Into<String>) -> Failure {
        Failure { code, error: String::new(), detail: detail.into() }
    }
}

/// An error and everything under it, on one line.
fn chain(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(inner) = source {
        text.push_str(": ");
        text.push_str(&inner.to_string());
        source = inner.source();
    }
    text
}

/// The discovery document and the signing keys it points to.
pub async fn discover(http: &Outbound, issuer: &str) -> Result<Metadata, Failure> {
    let issuer =
        IssuerUrl::new(issuer.trim().to_owned()).map_err(|e| Failure::new(SsoError::Misconfigured, e.to_string()))?;
    // Categories only: what the remote end sent (a body, a parse error quoting it) could be an
    // internal service's answer, and is logged under the request's reference, never shown.
    Metadata::discover_async(issuer, http).await.map_err(|e| {
        tracing::info!(error = %chain(&e), "discovery failed");
        match &e {
            DiscoveryError::Request(refusal) => Failure::new(SsoError::ProviderUnreachable, refusal.to_string()),
            DiscoveryError::Response(status, _, _) => {
                Failure::new(SsoError::ProviderUnreachable, format!("HTTP {}", status.as_u16()))
            }
            _ => Failure::new(SsoError::Misconfigured, NOT_A_PROVIDER),
        }
    })
}

/// The category of an answer that is not a usable discovery document or token answer.
const NOT_A_PROVIDER: &str = "not an OpenID provider, or another issuer";

/// How long a discovery document (and its keys) is reused.
const DISCOVERY_TTL: Duration = Duration::from_secs(300);

/// Discovery documents with their signing keys, kept a few minutes per issuer: a sign-in needs
/// them at its start, at its callback and at sign-out, and one fetch serves them all.
#[derive(Clone, Default)]
pub struct Discoveries(Arc<Mutex<HashMap<String, (Instant, Metadata)>>>);

impl Discoveries {
    pub async fn get(&self, http: &Outbound, issuer: &str) -> Result<Metadata, Failure> {
        let issuer = issuer.trim();
        let kept = self.0.lock().ok().and_then(|kept| {
            kept.get(issuer).filter(|(at, _)| at.elapsed() < DISCOVERY_TTL).map(|(_, metadata)| metadata.clone())
        });
        if let Some(metadata) = kept {
            return Ok(metadata);
        }
        let metadata = discover(http, issuer).await?;
        if let Ok(mut kept) = self.0.lock() {
            kept.insert(issuer.to_owned(), (Instant::now(), metadata.clone()));
        }
        Ok(metadata)
    }

    /// After a failure that new keys or settings could explain: the next sign-in fetches again.
    pub fn forget(&self, issuer: &str) {
        if let Ok(mut kept) = self.0.lock() {
            kept.remove(issuer.trim());
        }
    }
}

/// The company's client at that provider.
pub fn client(metadata: &Metadata, client_id: &str, secret: &Secret, redirect_uri: &str) -> Result<Client, Failure> {
    let redirect =
        RedirectUrl::new(redirect_uri.to_owned()).map_err(|e| Failure::new(SsoError::Misconfigured, e.to_string()))?;
    Ok(CoreClient::from_provider_metadata(
        metadata.clone(),
        ClientId::new(client_id.to_owned()),
        Some(ClientSecret::new(secret.expose().to_owned())),
    )
    .set_redirect_uri(redirect))
}

/// Where to send the browser, with what to keep for the way back.
pub struct Authorization {
    pub url: String,
    pub state: String,
    pub nonce: String,
    pub pkce_verifier: String,
}

pub fn authorization(client: &Client, login_hint: &str) -> Authorization {
    let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
    let (url, state, nonce) = client
        .authorize_url(CoreAuthenticationFlow::AuthorizationCode, CsrfToken::new_random, Nonce::new_random)
        .add_scope(Scope::new("email".into()))
        .add_scope(Scope::new("profile".into()))
        .set_pkce_challenge(challenge)
        .add_extra_param("login_hint", login_hint)
        .url();
    Authorization {
        url: url.to_string(),
        state: state.secret().clone(),
        nonce: nonce.secret().clone(),
        pkce_verifier: verifier.secret().clone(),
    }
}

/// Who the provider says the person is.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Identity {
    pub subject: String,
    pub email: Option<String>,
    pub email_verified: bool,
    pub given_name: Option<String>,
    pub family_name: Option<String>,
    pub locale: Option<String>,
    /// How the provider authenticated the person (`amr`, RFC 8176: `pwd`, `mfa`, `otp`, `hwk`…),
    /// when it says: recorded with the session, since the provider, not Espace, asked for the
    /// second step.
    pub amr: Vec<String>,
}

/// At most this many `amr` values of at most this many characters are kept: a claim is the
/// provider's word, not room for anything it likes to send.
const AMR_MAX: (usize, usize) = (8, 32);

/// The `amr` values worth keeping: short, printable, at most `AMR_MAX.0`.
pub fn bounded_amr<'a>(values: impl Iterator<Item = &'a str>) -> Vec<String> {
    values
        .filter(|v| !v.is_empty() && v.len() <= AMR_MAX.1 && v.chars().all(|c| c.is_ascii_graphic() && c != ','))
        .take(AMR_MAX.0)
        .map(str::to_owned)
        .collect()
}

fn token_failure<RE: std::error::Error + 'static>(
    e: RequestTokenError<RE, StandardErrorResponse<CoreErrorResponseType>>,
) -> Failure {
    match e {
        RequestTokenError::ServerResponse(answer) => Failure {
            code: SsoError::ProviderRefused,
            error: answer.error().to_string(),
            detail: answer.error_description().cloned().unwrap_or_default(),
        },
        RequestTokenError::Request(refusal) => Failure::new(SsoError::ProviderUnreachable, chain(&refusal)),
        other => {
            tracing::info!(error = %chain(&other), "token request failed");
            Failure::new(SsoError::Misconfigured, NOT_A_PROVIDER)
        }
    }
}

/// The code exchanged (with the PKCE verifier), the ID token checked (signature, issuer,
/// audience, expiry, issue time, nonce), and the claims read; the user info endpoint fills in
/// what the ID token leaves out (providers that follow the spec to the letter put the e-mail
/// only there).
pub async fn identity(
    http: &Outbound,
    client: &Client,
    code: &str,
    pkce_verifier: &str,
    nonce: &str,
) -> Result<Identity, Failure> {
    let token = client
        .exchange_code(AuthorizationCode::new(code.to_owned()))
        .map_err(|e| Failure::new(SsoError::Misconfigured, e.to_string()))?
        .set_pkce_verifier(PkceCodeVerifier::new(pkce_verifier.to_owned()))
        .request_async(http)
        .await
        .map_err(token_failure)?;
    let id_token = token.id_token().ok_or_else(|| Failure::new(SsoError::Misconfigured, "no id_token"))?;
    let verifier = client.id_token_verifier().set_issue_time_verifier_fn(|issued| {
        let ahead = (issued - chrono::Utc::now()).num_seconds();
        if ahead > ALLOWED_SKEW_SECS {
            Err(format!("issued {ahead} s in the future"))
        } else {
            Ok(())
        }
    });
    let claims = id_token.claims(&verifier, &Nonce::new(nonce.to_owned())).map_err(|e| {
        use openidconnect::ClaimsVerificationError as E;
        let code = match &e {
            E::Expired(_) => SsoError::ClockSkew,
            E::InvalidNonce(_) => SsoError::NonceMismatch,
            _ => SsoError::Misconfigured,
        };
        Failure::new(code, chain(&e))
    })?;
    let mut identity = Identity {
        subject: claims.subject().as_str().to_owned(),
        email: claims.email().map(|e| e.as_str().to_owned()),
        email_verified: claims.email_verified().unwrap_or(false) || domain_owner_verified(&id_token.to_string()),
        given_name: localized(claims.given_name()),
        family_name: localized(claims.family_name()),
        locale: claims.locale().map(|l| l.as_str().to_owned()),
        amr: bounded_amr(claims.auth_method_refs().into_iter().flatten().map(|a| a.as_str())),
    };
    if identity.email.is_none() || identity.given_name.is_none() {
        if let Some(info) = user_info(http, client, token.access_token(), claims.subject()).await? {
            fill_from(&mut identity, &info);
        }
    }
    Ok(identity)
}

/// Microsoft Entra ID does not send `email_verified`; its optional claim `xms_edov` ("e-mail
/// domain owner verified") says the same. Read from the ID token already verified above.
fn domain_owner_verified(id_token: &str) -> bool {
    use base64::Engine;
    let payload = id_token.split('.').nth(1).unwrap_or_default();
    let Ok(bytes) = base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(payload) else { return false };
    let Ok(claims) = serde_json::from_slice::<serde_json::Value>(&bytes) else { return false };
    matches!(claims.get("xms_edov"), Some(serde_json::Value::Bool(true)))
        || matches!(claims.get("xms_edov").and_then(serde_json::Value::as_str), Some("1" | "true"))
}

/// A name claim in no particular language (`given_name`, not `given_name#fr`).
fn localized<T: std::ops::Deref<Target = String>>(claim: Option<&openidconnect::LocalizedClaim<T>>) -> Option<String> {
    claim.and_then(|c| c.get(None)).map(|name| name.to_string())
}

async fn user_info(
    http: &Outbound,
    client: &Client,
    access_token: &AccessToken,
    subject: &openidconnect::SubjectIdentifier,
) -> Result<Option<CoreUserInfoClaims>, Failure> {
    let Ok(request) = client.user_info(access_token.clone(), Some(subject.clone())) else { return Ok(None) };
    let info: CoreUserInfoClaims = request.request_async(http).await.map_err(|e| match &e {
        openidconnect::UserInfoError::Request(inner) => Failure::new(SsoError::ProviderUnreachable, chain(inner)),
        _ => Failure::new(SsoError::Misconfigured, chain(&e)),
    })?;
    Ok(Some(info))
}

fn fill_from(
    identity: &mut Identity,
    info: &openidconnect::UserInfoClaims<openidconnect::EmptyAdditionalClaims, CoreGenderClaim>,
) {
    if identity.email.is_none() {
        identity.email = info.email().map(|e| e.as_str().to_owned());
        identity.email_verified = info.email_verified().unwrap_or(false);
    }
    if identity.given_name.is_none() {
        identity.given_name = localized(info.given_name());
    }
    if identity.family_name.is_none() {
        identity.family_name = localized(info.family_name());
    }
    if identity.locale.is_none() {
        identity.locale = info.locale().map(|l| l.as_str().to_owned());
    }
}

/// Whether the provider accepts the client id and secret: a code it never issued is sent to
/// its token endpoint. `invalid_grant` means the client was recognised (only the code was
/// wrong); `invalid_client` means it was not.
pub async fn check_client(http: &Outbound, client: &Client) -> Result<(), Failure> {
    let attempt = client
        .exchange_code(AuthorizationCode::new("espace-connection-test".into()))
        .map_err(|e| Failure::new(SsoError::Misconfigured, e.to_string()))?
        .set_pkce_verifier(PkceCodeVerifier::new("espace-connection-test-verifier-0000000000000000".into()))
        .request_async(http)
        .await;
    match attempt {
        Err(RequestTokenError::ServerResponse(answer)) if *answer.error() == CoreErrorResponseType::InvalidGrant => {
            Ok(())
        }
        Err(e) => Err(token_failure(e)),
        Ok(_) => Err(Failure::new(SsoError::Misconfigured, "the provider accepted a made-up code")),
    }
}

/// The provider's end-session address, when it has one.
pub fn end_session(metadata: &Metadata) -> Option<String> {
    metadata.additional_metadata().end_session_endpoint.as_ref().map(|u| u.url().to_string())
}

#[cfg(test)]
mod tests {
    #[test]
    fn amr_values_are_kept_short_printable_and_few() {
        let long = "x".repeat(33);
        let sent = ["pwd", "mfa", "", "a,b", "tab\t", &long, "otp", "hwk", "sms", "face", "fpt", "pin", "kba", "swk"];
        let kept = super::bounded_amr(sent.into_iter());
        assert_eq!(kept, ["pwd", "mfa", "otp", "hwk", "sms", "face", "fpt", "pin"]);
    }

    use base64::Engine;

    use super::domain_owner_verified;

    fn token(claims: &str) -> String {
        let part = |s: &str| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(s);
        format!("{}.{}.sig", part(r#"{"alg":"RS256"}"#), part(claims))
    }

    #[test]
    fn entra_says_verified_with_its_own_claim() {
        assert!(domain_owner_verified(&token(r#"{"sub":"a","xms_edov":true}"#)));
        assert!(domain_owner_verified(&token(r#"{"sub":"a","xms_edov":"1"}"#)));
        assert!(!domain_owner_verified(&token(r#"{"sub":"a","xms_edov":false}"#)));
        assert!(!domain_owner_verified(&token(r#"{"sub":"a"}"#)));
        assert!(!domain_owner_verified("not a token"));
    }
}
