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

## The console's navigation

operator-nav = Console
operator-nav-companies = Companies
operator-nav-catalogue = Catalogue
operator-nav-privacy = Privacy policy
operator-nav-tokens = Operator tokens

## A company's page: its name, its services and seats, its orders

operator-company-title = Company
operator-company-back = All companies
operator-status-closing-short = Closing
# Variables:
#   $count (Number) - how many people the company has
operator-company-people = { NUMBER($count) ->
    [one] One person
   *[other] { NUMBER($count) } people
}
operator-rename = Rename
operator-rename-title = Rename the company
operator-rename-save = Rename
operator-renamed = Company renamed.
operator-services-title = Services and seats
operator-services-intro = A service’s seats are the sum of its orders current today. Administrators see the same numbers on their users page and in the add-user wizard.
operator-no-services = This company has ordered no service yet.
operator-column-service = Service
operator-column-seats = Seats held
operator-column-orders = Orders
# Variables:
#   $used (Number) - seats held by people
#   $total (Number) - seats ordered, today
operator-seats = { $used } of { $total }
# Variables:
#   $seats (Number) - the order's seats
#   $from (String) - its first day
operator-order-open = { NUMBER($seats) ->
    [one] One seat from { $from }
   *[other] { NUMBER($seats) } seats from { $from }
}
# Variables:
#   $seats (Number) - the order's seats
#   $from (String) - its first day
#   $until (String) - its last day
operator-order-until = { NUMBER($seats) ->
    [one] One seat from { $from } to { $until }
   *[other] { NUMBER($seats) } seats from { $from } to { $until }
}
operator-order-change = Change
# The Change button's name for screen readers.
# Variables:
#   $service (String) - the service's name
#   $order (String) - the order, as the list writes it
operator-order-change-label = Change { $service }: { $order }
operator-order-title = Order a service
operator-order-intro = The company’s administrators can assign the seats from the first day. An order without a last day runs until it is changed.
operator-order-service = Service
operator-order-choose = Choose a service
operator-order-seats = Seats
operator-order-starts-on = First day
operator-order-days-hint = Days are counted in UTC.
operator-order-ends-on = Last day (optional)
operator-order-ends-on-hint = The company’s administrators are e-mailed 14 days before. Seats held beyond what is left stay held, but no more can be assigned.
operator-order-submit = Order
operator-ordered = Order placed.
# Variables:
#   $service (String) - the service's name
#   $from (String) - the order's first day
operator-order-change-title = Change the order of { $service } from { $from }
operator-order-change-intro = Fewer seats than people hold today is refused: the company frees seats first.
operator-order-change-save = Save the order
operator-order-changed = Order changed.

## The catalogue

operator-catalogue-title = Catalogue
operator-catalogue-intro = The services you offer companies. People see a service’s name and description in their language, and a button to open it when it has an address.
operator-catalogue-empty = The catalogue is empty. Add the first service below.
operator-service-name-en = Name in English
operator-service-name-fr = Name in French
operator-service-description-en = Description in English
operator-service-description-fr = Description in French
operator-service-url = Address to open
operator-service-url-hint = Starts with https://. Leave empty for a service with nothing to open.
operator-service-edit = Change
# Variables:
#   $service (String) - the service's English name
operator-service-edit-label = Change { $service }
operator-service-add-title = Add a service
operator-service-edit-title = Change a service
operator-service-add = Add the service
operator-service-save = Save the service
operator-service-cancel = Cancel
operator-service-added = Service added.
operator-service-saved = Service saved. Companies that ordered it see the change.

## Operator tokens for /api/operator/v1

operator-tokens-title = Operator tokens
operator-tokens-intro = Your own systems, such as billing, create companies and place orders through the operator API with one of these tokens. A token acts as the operator who made it; every change it makes is in the operators’ activity with its name.
operator-tokens-document = The operator API’s OpenAPI document
operator-tokens-none = No operator token yet.
operator-token-name = Name
operator-token-name-hint = The software that will use it, such as Billing.
operator-token-days = Days until it expires
operator-token-prefix = Starts with
operator-token-made-by = Made by
operator-token-expires = Expires
operator-token-last-used = Last used
operator-token-used = Used
operator-token-unused = Never used
operator-token-revoked-on = Revoked
operator-token-new-title = New operator token
operator-token-create = Create the token
operator-token-revoke = Revoke
# Variables:
#   $name (String) - the token's name
operator-token-revoke-label = Revoke { $name }
# Variables:
#   $name (String) - the token's name
operator-token-revoke-title = Revoke { $name }?
operator-token-revoke-body = Software using it is refused at once. This cannot be undone: make a new token if it is needed again.
operator-token-revoked = Token revoked.

## Operators' activity: what else

# Variables:
#   $company (String) - the company's new name
#   $former (String) - its former name
operator-event-company-renamed = Renamed { $former } to { $company }
# Variables:
#   $service (String) - the service's English name
operator-event-service-added = Added { $service } to the catalogue
# Variables:
#   $service (String) - the service's English name
operator-event-service-changed = Changed { $service } in the catalogue
# Variables:
#   $company (String) - the company's name
#   $order (String) - the service and its seats, e.g. Microsoft 365 × 10
operator-event-order-placed = Ordered { $order } for { $company }
# Variables:
#   $company (String) - the company's name
#   $order (String) - the service, its seats and last day, e.g. Microsoft 365 × 8 → 2027-01-31
operator-event-order-changed = Changed an order of { $company }: { $order }
# Variables:
#   $name (String) - the token's name
operator-event-token-created = Made the operator token { $name }
# Variables:
#   $name (String) - the token's name
operator-event-token-revoked = Revoked the operator token { $name }
# Variables:
#   $name (String) - the operator token the change came through
operator-event-through-token = through { $name }

## The operators themselves

operator-nav-team = Operators
operator-team-title = Operators
operator-team-intro = Your colleagues who run this space. Each signs in with a password and an authenticator app. Disable an account as soon as someone leaves; reset one when its phone is lost.
operator-team-status-invited = Invited
operator-team-status-active = Active
operator-team-status-disabled = Disabled
operator-team-last-sign-in = Last sign-in
operator-team-disable = Disable
operator-team-enable = Enable
operator-team-reset = New link
# The buttons' names for screen readers.
# Variables:
#   $name (String) - the operator's name
operator-team-disable-label = Disable { $name }
# Variables:
#   $name (String) - the operator's name
operator-team-enable-label = Enable { $name }
# Variables:
#   $name (String) - the operator's name
operator-team-reset-label = New link for { $name }
# Variables:
#   $name (String) - the operator's name
operator-team-disable-title = Disable { $name }?
operator-team-disable-body = Their console is signed out at once, they cannot sign in again, and their operator tokens stop working.
# Variables:
#   $name (String) - the operator's name
operator-team-enable-title = Enable { $name }?
operator-team-enable-body = They can sign in again with their password and app, and their operator tokens that have not expired work again.
# Variables:
#   $name (String) - the operator's name
operator-team-reset-title = Make a new link for { $name }?
operator-team-reset-body = Their password and authenticator app are removed and their console is signed out. The new link lets them choose a password and set up an app again.
operator-team-disabled = Operator disabled.
operator-team-enabled = Operator enabled.
operator-team-was-reset = New link made.
operator-team-link-title = Hand over this link
operator-team-link-warning = This link will not be shown again. It works once, for 72 hours.
operator-team-link-store = Send it to your colleague in a way only they can read; it opens the page where they choose a password and set up their app.
# Variables:
#   $name (String) - the operator's name
operator-team-link-label = Activation link for { $name }
operator-invite-title = Invite an operator
operator-invite-name = Name
operator-invite-email = E-mail
operator-invite-submit = Invite
# Variables:
#   $email (String) - the operator's e-mail
operator-event-operator-invited = Invited the operator { $email }
# Variables:
#   $email (String) - the operator's e-mail
operator-event-operator-disabled = Disabled the operator { $email }
# Variables:
#   $email (String) - the operator's e-mail
operator-event-operator-enabled = Enabled the operator { $email }
# Variables:
#   $email (String) - the operator's e-mail
operator-event-operator-reset = Made a new link for the operator { $email }
operator-event-signed-in = Signed in
# Variables:
#   $version (String) - the privacy policy version's name, “2027-01”
operator-event-policy-published = Published privacy policy { $version }

## The privacy policy page: its versions, and publishing a new one

operator-policy-title = Privacy policy
operator-policy-intro = The policy every person of every company accepts. A new version takes effect on its day: from then, everyone is asked to read and accept it at their next sign-in, with what changed shown first.
operator-policy-empty = No version published yet: people accept the built-in policy.
operator-policy-form-title = Publish a new version
operator-policy-version = Version
operator-policy-version-hint = Its name as people see it, for example 2027-01: letters, digits, dots and hyphens. A name is never used twice.
operator-policy-day = Takes effect on
operator-policy-day-hint = Today or later; it takes effect at midnight UTC.
operator-policy-text-en = Text in English
operator-policy-text-fr = Text in French
operator-policy-markdown-hint = Markdown: headings, lists, bold, links. HTML is shown as typed, not run.
operator-policy-changes-en = What changed, in English
operator-policy-changes-fr = What changed, in French
operator-policy-changes-hint = Shown first to people who accepted an earlier version.
operator-policy-publish = Publish
operator-policy-published = Version published.
operator-policy-col-effective = In effect from
operator-policy-col-published = Published
operator-policy-col-accepted = Accepted by
operator-policy-col-status = Status
operator-policy-current = In effect
operator-policy-upcoming = Upcoming
operator-policy-past = Replaced
