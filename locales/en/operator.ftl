# Translators: read locales/README.md before editing; `make i18n-check` checks your work.

### The operator console: the provider's staff create companies and suspend them.

operator-title = Operator console
operator-intro = The companies using this space. Their people are not shown here: each company’s administrators manage them.
# Variables:
#   $name (String) - the operator's name
operator-signed-in-as = Signed in as { $name }
operator-sign-out = Sign out
operator-companies-title = Companies
operator-search = Search by name
operator-status-filter = Status
operator-status-all = All
operator-status-active = Active
operator-status-suspended = Suspended
operator-column-name = Company
operator-column-status = Status
operator-column-users = People
operator-column-sso = Single sign-on
operator-column-created = Created
operator-column-actions = Actions
operator-sso-on = On
operator-sso-off = Off
operator-no-companies = No company matches.
operator-suspend = Suspend
operator-reactivate = Reactivate
# The buttons' names for screen readers.
# Variables:
#   $company (String) - the company's name
operator-suspend-label = Suspend { $company }
# Variables:
#   $company (String) - the company's name
operator-reactivate-label = Reactivate { $company }
# Variables:
#   $company (String) - the company's name
operator-suspend-title = Suspend { $company }?
operator-suspend-body = Its people are signed out at once and cannot sign in again; its API tokens and SCIM are refused. Nothing is deleted: reactivate it to restore access.
# Variables:
#   $company (String) - the company's name
operator-reactivate-title = Reactivate { $company }?
operator-reactivate-body = Its people can sign in again, and its API tokens and SCIM work again.
operator-close = Close
# Variables:
#   $company (String) - the company's name
operator-close-label = Close { $company }
# Variables:
#   $company (String) - the company's name
operator-close-title = Close { $company }?
# Variables:
#   $days (Number) - the grace period before erasure, e.g. 30
operator-close-body = Download its data first. Its people are signed out at once and can no longer sign in; in { $days } days all its data is erased for good. Until then, Reactivate cancels the closure.
operator-closed = Company closed: its data will be erased at the end of the grace period.
# Variables:
#   $date (String) - the day its data is erased
operator-status-closing = Closing: erased on { $date }
operator-export = Download its data
# Variables:
#   $company (String) - the company's name
operator-export-label = Download its data ({ $company })
operator-suspended = Company suspended: its people are signed out.
operator-reactivated = Company reactivated.

operator-new-title = New company
operator-new-intro = Its first administrator receives the invitation e-mail at once, in the company’s language.
operator-new-name = Company name
operator-new-language = Language
operator-new-time-zone = Time zone
operator-new-time-zone-hint = The clock its e-mails and audit log use.
operator-new-admin = First administrator
operator-new-first-name = First name
operator-new-last-name = Last name
operator-new-email = E-mail address
operator-new-submit = Create the company
operator-new-creating = Creating…
# Variables:
#   $company (String) - the new company's name
operator-created = { $company } was created and its administrator invited.

operator-events-title = Operators’ activity
operator-events-none = Nothing yet.
# Variables:
#   $company (String) - the company's name
operator-event-company-created = Created { $company }
# Variables:
#   $company (String) - the company's name
operator-event-company-suspended = Suspended { $company }
# Variables:
#   $company (String) - the company's name
operator-event-company-reactivated = Reactivated { $company }
# Variables:
#   $company (String) - the company's name
operator-event-company-closed = Closed { $company }
# Variables:
#   $company (String) - the company's name
operator-event-company-erased = Erased { $company } at the end of its grace period

## Finding an error by its reference

operator-find-title = Find a reference
operator-find-label = Reference
operator-find-hint = The reference a customer quotes from an error message, such as 7KQ2M9XH4TBW. Errors are kept 30 days.
operator-find-submit = Find
operator-find-none = No error has this reference in the last 30 days. Check it with the customer.
operator-ref-when = When
operator-ref-company = Company
operator-ref-account = Account
operator-ref-nobody = Nobody signed in
operator-ref-request = Request
operator-ref-message = What the person read
operator-ref-events = The account’s events in the hour around it
operator-ref-events-none = None.
operator-ref-nearby = Other errors in the hour around it
operator-ref-nearby-none = None.
operator-ref-sso = Single sign-on
# Variables:
#   $issuer (String) - the identity provider's address
operator-ref-sso-on = On, with { $issuer }
# Variables:
#   $issuer (String) - the identity provider's address
operator-ref-sso-off = Set up with { $issuer }, but off
operator-ref-sso-none = Not set up

## Activating an operator account from the link made by `espace-server operator add`

operator-activate-title = Activate your operator account
operator-activate-intro = Operators reach every company: they sign in with a password and a code from an authenticator app. Choose your password, then add the account to your app.
operator-activate-password = Password
operator-activate-password-hint = At least 12 characters. A passphrase of several words is easy to remember.
operator-activate-code = Code from your app
operator-activate-code-hint = 6 digits; a new one every 30 seconds.
operator-activate-submit = Activate and open the console
