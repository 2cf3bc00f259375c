# Translators: read locales/README.md before editing; `make i18n-check` checks your work.

### Single sign-on: the settings page (administrators) and the page shown when signing in
### through the company’s identity provider fails.

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
sso-domains-hint = Separated by commas, for example acme.fr, acme.com.
sso-domains-taken = One of these domains is already used by another company.
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

## The page shown when signing in through the provider fails

sso-error-page-title = Sign-in problem
sso-error-details = Details for support
sso-error-code-label = Error code
sso-error-provider-label = Identity provider’s message
sso-error-date-label = Date
sso-error-email-label = E-mail address
sso-error-reference-label = Reference
# Variables:
#   $error (String) - the provider’s error code, for example access_denied
#   $description (String) - the provider’s own explanation, in its words (may be empty)
sso-error-provider-said = { $error }: { $description }
sso-error-copy = Copy the details for support
sso-error-copied = Details copied.
sso-error-copy-failed = The details could not be copied. Select them and copy them by hand.
sso-error-retry = Back to sign-in
# Variables:
#   $code (String) - the error code
sso-error-copy-code = Error code: { $code }
# Variables:
#   $date (String) - the date and time of the failure
sso-error-copy-date = Date: { $date }
# Variables:
#   $email (String) - the e-mail address used
sso-error-copy-email = E-mail address: { $email }
# Variables:
#   $reference (String) - the reference support uses to find the failure in the logs
sso-error-copy-reference = Reference: { $reference }
sso-fixer-you = You can fix this: start signing in again.
sso-fixer-it-department = Who can fix this: your IT department, which manages your company’s identity provider.
sso-fixer-administrator = Who can fix this: an administrator of your company’s space.
sso-fixer-support = Who can fix this: Espace support. Send them the details below.
sso-error-provider-unreachable-title = Your identity provider cannot be reached
sso-error-provider-unreachable-body = Your company’s identity provider did not answer. It may be down, or its address in the settings may be wrong.
sso-error-provider-refused-title = Your identity provider refused the sign-in
sso-error-provider-refused-body = Your company’s identity provider did not let you sign in to this space. You may not be allowed to use this application, or you cancelled the sign-in.
sso-error-email-not-verified-title = Your e-mail address is not verified
sso-error-email-not-verified-body = Your identity provider does not confirm that your e-mail address is yours, so no account can be opened with it.
sso-error-domain-not-covered-title = This e-mail address is not covered
sso-error-domain-not-covered-body = The address your identity provider gave is not in one of the domains your company set up for single sign-on.
sso-error-account-deactivated-title = Your account is deactivated
sso-error-account-deactivated-body = Your account in this space has been deactivated, so signing in is not possible.
sso-error-account-locked-title = Your account is locked
sso-error-account-locked-body = Your account was locked after too many wrong passwords. The e-mail you received unlocks it, or an administrator can.
sso-error-account-conflict-title = This e-mail address belongs to another account
sso-error-account-conflict-body = Your e-mail address is already used by an account linked to another identity at your provider.
sso-error-state-mismatch-title = This sign-in has expired
sso-error-state-mismatch-body = The sign-in was started in another browser or tab, took longer than ten minutes, or was already used.
sso-error-nonce-mismatch-title = The sign-in could not be verified
sso-error-nonce-mismatch-body = The identity your provider sent was not issued for this sign-in, so it was refused for your safety.
sso-error-clock-skew-title = The clocks do not agree
sso-error-clock-skew-body = The identity your provider sent is dated in the future or has already expired: the provider’s clock or this server’s is wrong.
sso-error-misconfigured-title = Single sign-on is not set up correctly
sso-error-misconfigured-body = Your company’s single sign-on settings do not work with its identity provider (client, keys or the e-mail address it sends).
