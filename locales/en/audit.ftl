# Translators: read locales/README.md before editing; `make i18n-check` checks your work.

### The audit log (team administrators and administrators): every administrative event; the
### events’ names also appear in a user’s history.

audit-title = Audit log
audit-intro-admin = Every administrative event of the company.
# A team administrator sees the events of their scope only.
# Variables:
#   $entities (String) - the entities the reader manages, as a list (“Lyon, Lille, and Paris”)
audit-intro-scope = The events of the entities you manage: { $entities }.
audit-export = Export CSV

## Filters

audit-filters-label = Filter the events
audit-filter-person = Person (name or e-mail)
audit-filter-actor = Done by
audit-filter-action = Action
audit-filter-action-all = All actions
audit-filter-from = From
audit-filter-to = To
audit-filter-dates-reversed = This date is before the start date: no event can match.
audit-clear-filters = Clear the filters

## The events

# Variables:
#   $count (Number) - how many events match the filters
audit-count = { NUMBER($count) ->
    [one] { $count } event
   *[other] { $count } events
}
audit-table-caption = Events
audit-col-when = When
audit-col-actor = Done by
audit-col-action = Action
audit-col-person = Person
audit-col-entity = Entity
audit-col-changes = Changes
# The actor of an automatic event (inactivity, too many wrong passwords).
audit-by-system = System
# The actor of an event done by software with an API token.
# Variables:
#   $name (String) - the token’s name, as it was then
audit-by-token = API token “{ $name }”
audit-empty = No event recorded yet.
audit-no-match = No event matches these filters.
audit-past-last-page = This page is past the last one.
audit-first-page = Go to the first page
audit-pages-label = Pages
audit-previous = Previous
audit-next = Next
# Variables:
#   $page (Number) - the current page
#   $pages (Number) - how many pages there are
audit-page-of = Page { $page } of { $pages }

## What changed

# Variables:
#   $from (String) - the role before
#   $to (String) - the role after
audit-change-role = Role: { $from } → { $to }
# Variables:
#   $from (String) - the entities of the admin scope before, as a list
#   $to (String) - the entities of the admin scope after, as a list
audit-change-scope = Admin scope: { $from } → { $to }
# An empty admin scope, in a scope change (“Admin scope: no entity → Lyon”).
audit-change-scope-none = no entity
# Variables:
#   $from (String) - the services the person held before, as a list
#   $to (String) - the services they hold after, as a list
audit-change-services = Services: { $from } → { $to }
# No service, in a change of services (“Services: none → VoIP line”).
audit-change-services-none = none
audit-batch-only = Showing the events of one bulk action.
audit-batch-all = Show every event
# After an event that was part of a bulk action: lists that action’s events.
audit-batch-link = (bulk action)
# Variables:
#   $from (String) - the entity before
#   $to (String) - the entity after
audit-change-entity = Entity: { $from } → { $to }
# An entity renamed.
# Variables:
#   $from (String) - the name before
#   $to (String) - the name after
audit-change-name = Name: { $from } → { $to }
# The company's time zone changed (its settings).
# Variables:
#   $from (String) - the time zone before, as a tz database name (Europe/Paris)
#   $to (String) - the time zone after
audit-change-time-zone = Time zone: { $from } → { $to }
# Who must use two-step sign-in changed (company settings).
# Variables:
#   $from (String) - the rule before, e.g. "Nobody is required"
#   $to (String) - the rule after
audit-change-second-step = Two-step sign-in: { $from } → { $to }
# A person's sign-in e-mail changed.
# Variables:
#   $from (String) - the address before
#   $to (String) - the address after
audit-change-email = Sign-in e-mail: { $from } → { $to }

## What happened

audit-create = User created
audit-created-by-import = User created by import
audit-activate = Activation e-mail sent
audit-resend-activation = Activation e-mail sent again
audit-deactivate = Deactivated
# Variables:
#   $days (Number) - days without signing in after which accounts are deactivated, e.g. 90
audit-deactivate-inactivity = Deactivated after { NUMBER($days) ->
    [one] a day
   *[other] { $days } days
} without signing in
audit-reactivate = Reactivated
audit-unlock = Unlocked
audit-unlock-and-reset = Unlocked, password reset link sent
audit-send-password-reset = Password reset link sent
# Variables:
#   $attempts (Number) - wrong passwords in a row that lock an account, e.g. 10
audit-lock = Locked after { NUMBER($attempts) ->
    [one] a wrong password
   *[other] { $attempts } wrong passwords
}
audit-delete = Account deleted before activation
audit-edit = Details changed
audit-activated = Account activated
audit-password-reset = Password changed with a reset link
audit-password-changed = Password changed by the user
audit-session-ended = Signed out of one session by an administrator
audit-reset-requested = Password reset link requested by the user
audit-unlocked-by-reset = Unlocked by choosing a new password
audit-permissions-changed = Role or admin scope changed
audit-entity-created = Entity created
audit-entity-renamed = Entity renamed
audit-entity-removed = Entity removed
audit-token-created = API token created
audit-token-revoked = API token revoked
audit-webhook-added = Webhook endpoint added
audit-webhook-changed = Webhook endpoint changed
audit-webhook-removed = Webhook endpoint deleted
audit-webhook-secret-renewed = Webhook signing secret renewed
audit-created-by-sso = User created at their first single sign-on
audit-activated-by-sso = Account activated at their first single sign-on
audit-sso-settings-changed = Single sign-on settings changed
audit-domain-verified = E-mail domain verified
audit-domain-lost = E-mail domain no longer verified
audit-company-settings-changed = Company settings changed
audit-authenticator-added = Authenticator app set up
audit-authenticator-removed = Two-step sign-in turned off
audit-recovery-codes-renewed = New recovery codes made
audit-recovery-code-used = Signed in with a recovery code
audit-second-step-reset = Two-step sign-in reset
audit-second-step-policy-changed = Two-step sign-in rule changed
audit-email-changed = Sign-in e-mail changed
audit-email-change-undone = Sign-in e-mail put back
audit-passkey-added = Passkey added
audit-passkey-removed = Passkey removed

## The CSV export: the column headers, one file per download, written by the server.

# Variables:
#   $zone (String) - the company's time zone, as a tz database name (Europe/Paris)
audit-csv-at = Date and time ({ $zone })
audit-csv-actor = Done by
audit-csv-action = Action
audit-csv-person = Person
audit-csv-email = E-mail
audit-csv-entity = Entity
audit-csv-role-before = Role before
audit-csv-role-after = Role after
audit-csv-scope-before = Admin scope before
audit-csv-scope-after = Admin scope after
audit-csv-entity-before = Entity before
audit-csv-entity-after = Entity after
audit-csv-name-before = Name before
audit-csv-name-after = Name after
audit-csv-time-zone-before = Time zone before
audit-csv-time-zone-after = Time zone after
audit-csv-second-step-before = Two-step sign-in before
audit-csv-second-step-after = Two-step sign-in after
audit-csv-email-before = Sign-in e-mail before
audit-csv-email-after = Sign-in e-mail after
# The actor of an automatic event, in the “Done by” column.
audit-csv-system = System
