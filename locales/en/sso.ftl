# Translators: read locales/README.md before editing; `make i18n-check` checks your work.

### Single sign-on: the settings page (administrators) and its connection test; the page shown
### when signing in through the provider fails is in sso-error.ftl.

## The settings page

sso-title = Single sign-on
sso-intro = People in your company’s e-mail domains sign in with your identity provider (Microsoft Entra ID, Google, Okta or any OpenID Connect provider). Their account is created the first time they sign in.
sso-register-title = To register at your identity provider
sso-register-intro = Create an application (a web client using the authorization code flow) at your provider, with these addresses and scopes.
sso-redirect-uri = Redirect URI
sso-post-logout-uri = Sign-out redirect URI
sso-scopes = Scopes
sso-enabled = Sign in with the identity provider
sso-enabled-hint = When this is on, people in the domains below are sent to the provider to sign in, and accounts are no longer added by hand.
sso-issuer = Issuer URL
sso-issuer-hint = The address your provider gives as its issuer, for example https://login.microsoftonline.com/your-tenant-id/v2.0.
sso-client-id = Client ID
sso-client-secret = Client secret
sso-client-secret-hint = Shown once by your provider when you create the client.
sso-client-secret-kept = A secret is kept and never shown. Leave this empty to keep it.
sso-domains = E-mail domains
sso-domains-hint = Separated by commas, for example acme.fr, acme.com. Each is verified with a DNS record before it counts.
sso-domains-taken = Another company has verified one of these domains.
sso-domains-title = Domain verification
sso-domains-intro = Prove that your company holds each domain: at your DNS host, publish the TXT record below, then choose Check now. Until a domain is verified, single sign-on does not cover it. Verified domains are checked again every day.
sso-domain-state-pending = Waiting for the record
sso-domain-state-verified = Verified
sso-domain-state-lost = No longer verified
sso-domain-verified-at = Verified since
sso-domain-record-type = Record type
sso-domain-record-name = Name
sso-domain-record-value = Value
sso-domain-copy-name = Copy the name
sso-domain-copy-value = Copy the value
sso-domain-copied = Copied.
sso-domain-copy-failed = Copying is not available here: select the text and copy it yourself.
sso-domain-check = Check now
sso-domain-checking = Checking…
sso-domain-check-verified = The record is there: this domain is verified.
sso-domain-check-not-found = The record was not found yet. DNS changes can take up to an hour to appear: check the name and value, then try again later.
sso-domain-check-unreachable = The DNS servers did not answer. Try again in a few minutes.
sso-domain-check-taken = Another company verified this domain first. If your company holds it, contact support.
sso-default-entity = Entity of new accounts
sso-default-services = Services of new accounts
sso-default-services-hint = Given while seats remain. When a service has no seat left, the account is created without it and administrators get an e-mail.
sso-break-glass = Emergency access with a password
sso-break-glass-hint = These administrators can still sign in with their password, for example if the provider is down, at the emergency sign-in address above.
sso-break-glass-address = Emergency sign-in address
# Variables:
#   $first_name (String) - the administrator’s first name
#   $last_name (String) - the administrator’s last name
#   $email (String) - the administrator’s sign-in e-mail address
sso-break-glass-person = { $first_name } { $last_name } ({ $email })
sso-test = Test the connection
sso-testing = Testing…
sso-save = Save
sso-saving = Saving…
sso-saved = Single sign-on settings saved.

## What "Test the connection" found, one line per step

sso-report-title = Connection test
sso-report-all-ok = Everything works: people can sign in with this provider.
sso-report-failed = Something does not work yet: see the first failed step below.
sso-check-mark-ok = Works
sso-check-mark-failed = Fails
sso-check-mark-skipped = Not tried
sso-check-skipped = Not tried, because an earlier step failed.
sso-check-discovery-ok = The provider answers at its discovery address.
sso-check-discovery-failed = The provider does not answer at this issuer URL. Check the address, and that this server can reach it.
sso-check-issuer-ok = The provider confirms this issuer URL.
sso-check-issuer-failed = The provider gives another issuer URL, or its discovery document cannot be read. Copy the issuer exactly as the provider gives it.
sso-check-code-flow-ok = The provider offers the authorization code flow.
sso-check-code-flow-failed = The provider does not offer the authorization code flow. Enable it for this application.
sso-check-keys-ok = The provider’s signing keys can be read.
sso-check-keys-failed = The provider publishes no signing key.
sso-check-client-ok = The provider accepts this client ID and secret.
sso-check-client-failed = The provider refuses this client ID or secret. Check both, and that the secret has not expired.
