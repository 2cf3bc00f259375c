# Translators: read locales/README.md before editing; `make i18n-check` checks your work.

### The API tokens page (team administrators and administrators): the tokens other software
### uses to manage users through the API; create one, see its secret once, revoke one.

tokens-title = API tokens
tokens-intro = API tokens let other software, such as your company directory, an HR tool or a script, manage your users through the API.
tokens-intro-password = Treat a token like a password: whoever holds it can do what it allows, without signing in.
tokens-intro-admin = You see every token of the company.
tokens-intro-team = You see the tokens you created.
tokens-empty = No API token yet.
# Variables:
#   $count (Number) - how many tokens the list shows
tokens-count = { NUMBER($count) ->
    [one] { $count } token
   *[other] { $count } tokens
}

## The list

tokens-table-caption = API tokens
tokens-col-name = Name
tokens-col-prefix = Starts with
tokens-col-permission = Permission
tokens-col-scope = Scope
tokens-col-created = Created
tokens-col-expires = Expires
tokens-col-last-used = Last used
tokens-col-status = Status
tokens-col-actions = Actions
# Under the creation date, who created the token.
# Variables:
#   $name (String) - the full name of the person who created the token
tokens-created-by = by { $name }
# In the “Last used” column, for a token never used.
tokens-never-used = Never
tokens-status-active = Active
tokens-status-expired = Expired
tokens-status-revoked = Revoked
# A token whose entities have all been removed.
tokens-scope-none = No entity left
tokens-revoke = Revoke
# The accessible name of the Revoke button of one row.
# Variables:
#   $name (String) - the token’s name
tokens-revoke-label = Revoke { $name }

## What a token may do, and where

tokens-permission = Permission
tokens-permission-read = Read only
tokens-permission-read-help = Lists and reads users, services and entities, and changes nothing.
tokens-permission-manage = Manage users
tokens-permission-manage-help = Also creates and edits users and acts on their accounts, such as activating or deactivating them.
tokens-scope = Scope
tokens-scope-company = Whole company
tokens-scope-company-help = Every user of the company, including in entities added later.
tokens-scope-chosen = Chosen entities
tokens-scope-chosen-help = Only the users of the entities you tick.
tokens-scope-entities = Entities
tokens-scope-team-hint = A token reaches at most the entities you manage.

## Creating a token

tokens-create-title = Create a token
tokens-name = Name
tokens-name-hint = Say which software uses it, for example “Directory sync” or “HR export script”.
tokens-days = Expires after
# Variables:
#   $max (Number) - the longest life of a token, in days (366)
tokens-days-hint = A token lasts { $max } days at most: plan to replace it before it expires.
# One choice of the expiry list.
# Variables:
#   $days (Number) - a number of days
tokens-days-option = { NUMBER($days) ->
    [one] { $days } day
   *[other] { $days } days
}
# Variables:
#   $date (String) - the day the token will expire, already formatted (“23 Feb 2027”)
tokens-expires-on = It will expire on { $date }.
# Variables:
#   $max (Number) - the longest life of a token, in days (366)
tokens-days-too-long = A token lasts { $max } days at most.
tokens-create = Create the token

## The new token’s secret, shown once

tokens-secret-title = Copy your new token
tokens-secret-warning = This token will not be shown again.
tokens-secret-store = Copy it now into the software that will use it, or into a password manager.
# The label of the field holding the secret.
# Variables:
#   $name (String) - the token’s name
tokens-secret-label = Token “{ $name }”
tokens-copy = Copy
tokens-copied = Copied.
tokens-copy-failed = The token could not be copied for you: it is selected, so copy it with your keyboard.
tokens-done = Done

## Revoking

# Variables:
#   $name (String) - the token’s name
tokens-revoke-title = Revoke “{ $name }”?
tokens-revoke-body = Software using this token stops working at once.
tokens-revoke-final = A revoked token cannot be used again.
tokens-revoke-confirm = Revoke
tokens-revoked = Token revoked.
