# Translators: read locales/README.md before editing; `make i18n-check` checks your work.

### The page shown when signing in through the company’s identity provider fails: what
### happened, who can fix it, and the details to send to support.

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
