# Translators: read locales/README.md before editing; `make i18n-check` checks your work.

### The Users page (admins only): list, search, filters, detail, actions.

users-title = Users
users-add = Add users
users-import = Import
users-export-csv = Export CSV
users-export-xlsx = Export XLSX
users-detail-title = User
users-search-label = Search by first name, last name or e-mail
users-sort-label = Sort by
users-sort-name = Name
users-sort-last-sign-in = Last sign-in
users-sort-created = Date added
users-filter-status = Status
users-filter-role = Role
users-filter-policy = Privacy policy
users-filter-policy-outdated = Not accepted yet
users-filter-all = All
users-filter-all-entities = All entities
users-status-created = Not activated
users-status-invited = Invited
users-status-invitation-expired = Invitation expired
users-status-active = Active
users-status-deactivated = Deactivated
users-status-locked = Locked
# Variables:
#   $count (Number) - users matching the search and filters
users-count = { NUMBER($count) ->
    [0] No users
    [one] 1 user
   *[other] { $count } users
}
users-col-name = Name
users-col-email = Sign-in e-mail
users-col-role = Role
users-col-entity = Entity
users-col-status = Status
users-col-verified = E-mail verified
users-col-services = Services
users-col-last-sign-in = Last sign-in
users-col-policy = Privacy
# Under a sign-in e-mail in the list, when it has not been verified.
users-email-unverified = Not verified
# In the privacy policy column: the person has not accepted the version in effect.
users-policy-outdated = Not accepted yet
# Variables:
#   $count (Number) - people listed who have not accepted the privacy policy in effect
users-policy-remind-button = { NUMBER($count) ->
    [one] Remind them to accept it
   *[other] Remind these { $count } people to accept it
}
# Variables:
#   $count (Number) - people listed who have not accepted the privacy policy in effect
users-policy-remind-title = { NUMBER($count) ->
    [one] Remind one person to accept the privacy policy?
   *[other] Remind { $count } people to accept the privacy policy?
}
users-policy-remind-body = Each active person who has not accepted the version in effect gets an e-mail in their language asking them to sign in and read it. Nobody is reminded twice in the same day.
users-policy-remind-confirm = Send the reminders
# Variables:
#   $sent (Number) - people e-mailed
users-policy-reminded = { NUMBER($sent) ->
    [0] No reminder sent.
    [one] One reminder sent.
   *[other] { $sent } reminders sent.
}
# Variables:
#   $skipped (Number) - people already reminded today
users-policy-reminded-skipped = { NUMBER($skipped) ->
    [one] One person was already reminded today.
   *[other] { $skipped } people were already reminded today.
}
users-col-actions = Actions
users-yes = Yes
users-no = No
users-never = Never
users-empty = No users yet.
users-no-match = No user matches this search.
users-clear-filters = Clear search and filters
users-pages-label = Pages
users-previous = Previous
users-next = Next
# Variables:
#   $page (Number) - the current page
#   $pages (Number) - how many pages there are
users-page-of = Page { $page } of { $pages }
users-page-size = Users per page
# Variables:
#   $name (String) - the user's full name
users-actions-label = Actions for { $name }

users-action-activate = Activate
users-action-resend-activation = Resend activation e-mail
users-action-deactivate = Deactivate
users-action-reactivate = Reactivate
users-action-unlock = Unlock
users-action-unlock-and-reset = Unlock and send a password reset link
users-action-send-password-reset = Send a password reset link
users-action-delete = Delete
users-action-reset-second-step = Reset two-step sign-in

# Variables:
#   $name (String) - the user's full name
users-confirm-activate-title = Activate { $name }?
# Variables:
#   $name (String) - the user's full name
#   $hours (Number) - how long activation links work, in hours, e.g. 72
users-confirm-activate-body = { $name } will receive an e-mail with a link to choose a password. The link works for { NUMBER($hours) ->
    [one] an hour
   *[other] { $hours } hours
}.
# Variables:
#   $name (String) - the user's full name
users-confirm-deactivate-title = Deactivate { $name }?
# Variables:
#   $name (String) - the user's full name
users-confirm-deactivate-body = { $name } will be signed out everywhere at once and will no longer be able to sign in. Their data is kept; you can reactivate them later.
# Variables:
#   $name (String) - the user's full name
users-confirm-delete-title = Delete { $name }?
# Variables:
#   $name (String) - the user's full name
users-confirm-delete-body = The account of { $name } was never activated: deleting it cancels the invitation. This cannot be undone.
# Variables:
#   $name (String) - the user's full name
users-confirm-unlock-and-reset-title = Unlock { $name } and send a password reset link?
# Variables:
#   $name (String) - the user's full name
users-confirm-unlock-and-reset-body = { $name } will receive an e-mail with a link to choose a new password.
# Variables:
#   $name (String) - the user's full name
users-confirm-reset-second-step-title = Reset the two-step sign-in of { $name }?
# Variables:
#   $name (String) - the user's full name
users-confirm-reset-second-step-body = Their authenticator app and recovery codes will stop working, and they will be told by e-mail. Do this when they lost their phone: if your company requires two-step sign-in, they set it up again at their next sign-in. Their password does not change.

users-done-activate = Activation e-mail sent.
users-done-resend-activation = A new activation e-mail was sent. Older links no longer work.
users-done-deactivate = User deactivated.
users-done-reactivate = User reactivated.
users-done-unlock = User unlocked.
users-done-unlock-and-reset = User unlocked; a password reset link has been sent.
users-done-send-password-reset = Password reset link sent.
users-done-delete = User deleted.
users-done-reset-second-step = Two-step sign-in reset; the user has been told by e-mail.

users-back-to-list = ← All users
users-detail-identity = Identity
users-detail-notification-email = Notification e-mail
users-detail-dates = Dates
users-detail-status-since = Status in effect since
users-detail-second-step = Two-step sign-in
users-second-step-on = On (authenticator app)
users-second-step-off = Off
users-detail-created = Added
users-detail-invited = Invited
users-detail-invitation-expires = Activation link expires
users-detail-activated = Activated
users-detail-services = Assigned services
users-detail-no-services = No service assigned.
users-detail-history = History
users-detail-no-history = Nothing recorded yet.
users-detail-by-system = Automatically
users-reason-admin = by an administrator
# Variables:
#   $days (Number) - days without signing in after which accounts are deactivated, e.g. 90
users-reason-inactivity = after { NUMBER($days) ->
    [one] a day
   *[other] { $days } days
} without signing in
# Variables:
#   $attempts (Number) - wrong passwords in a row that lock an account, e.g. 10
users-reason-failed-sign-ins = after { NUMBER($attempts) ->
    [one] a wrong password
   *[other] { $attempts } wrong passwords
}

## An e-mail that did not reach the user, on their page.

users-mail-undelivered-title = E-mail not delivered
# Variables:
#   $address (String) - the address the e-mail was sent to
users-mail-undelivered-activation = The activation e-mail to { $address } could not be delivered.
# Variables:
#   $address (String) - the address the e-mail was sent to
users-mail-undelivered-invitation-reminder = The reminder of the invitation, sent to { $address }, could not be delivered.
# Variables:
#   $address (String) - the address the e-mail was sent to
users-mail-undelivered-invitation-digest = The daily list of expired invitations, sent to { $address }, could not be delivered.
# Variables:
#   $address (String) - the e-mail address
users-mail-undelivered-policy-reminder = The reminder to read the privacy policy, sent to { $address }, could not be delivered.
# Variables:
#   $address (String) - the address the e-mail was sent to
users-mail-undelivered-webhook-off = The notice that a webhook endpoint was switched off, sent to { $address }, could not be delivered.
# Variables:
#   $address (String) - the address the e-mail was sent to
users-mail-undelivered-reset = The password e-mail to { $address } could not be delivered.
# Variables:
#   $address (String) - the address the e-mail was sent to
users-mail-undelivered-locked = The e-mail telling that the account is locked, sent to { $address }, could not be delivered.
# Variables:
#   $address (String) - the address the e-mail was sent to
users-mail-undelivered-admin-locked = The e-mail about a locked administrator, sent to { $address }, could not be delivered.
# Variables:
#   $address (String) - the address the e-mail was sent to
users-mail-undelivered-sso-no-seat = The e-mail about services not assigned at a first single sign-on, sent to { $address }, could not be delivered.
# Variables:
#   $address (String) - the address the e-mail was sent to
users-mail-undelivered-domain-lost = The e-mail saying an e-mail domain is no longer verified, sent to { $address }, could not be delivered.
# Variables:
#   $address (String) - the address the e-mail was sent to
users-mail-undelivered-notification-address-changed = The e-mail about the new notification address, sent to the former one ({ $address }), could not be delivered.
# Variables:
#   $address (String) - the address the e-mail was sent to
users-mail-undelivered-new-sign-in = The e-mail about a sign-in from a new browser, sent to { $address }, could not be delivered.
# Variables:
#   $address (String) - the e-mail address it was sent to
users-mail-undelivered-second-step-reset = The e-mail saying their two-step sign-in was reset, sent to { $address }, could not be delivered.
# Variables:
#   $address (String) - the e-mail address it was sent to
users-mail-undelivered-email-change-confirm = The link confirming a new sign-in e-mail, sent to { $address }, could not be delivered.
# Variables:
#   $address (String) - the e-mail address it was sent to
users-mail-undelivered-email-changed = The e-mail telling the former sign-in address of the change, sent to { $address }, could not be delivered.
# Variables:
#   $address (String) - the e-mail address it was sent to
users-mail-undelivered-order-ending = The e-mail telling of an order that ends, sent to { $address }, could not be delivered.
# Variables:
#   $address (String) - the address the e-mail was sent to
users-mail-undelivered-inactivity-warning = The inactivity warning sent to { $address } could not be delivered.
users-mail-failure-invalid-address = This address cannot receive e-mail. Correct the notification e-mail, then send the message again.
users-mail-failure-rejected = The recipient’s mail server refused the address: it may not exist. Check it with the person, then send it again.
users-mail-failure-smtputf8-unsupported = The address has accented or non-Latin characters before the @, which our mail server cannot send to. Give this person a notification e-mail without them, then send the message again.
users-mail-failure-unreachable = Our mail server could not be reached for several hours. Send it again later; if it keeps failing, contact support.

dialog-cancel = Cancel

users-edit = Edit
users-edit-title = Edit details
users-edit-first-name = First name
users-edit-last-name = Last name
users-edit-notification-hint = Where notifications go, for example an assistant’s address. Leave empty to use the sign-in e-mail.
users-edit-no-seat = no seat left
users-edit-save = Save
users-edit-saved = Changes saved.
users-edit-conflict-help = Your changes are still in the form. Reload to see the current details, then make your changes again.
users-edit-reload = Reload the user

## Entities and permissions: the associated entity, the Permissions section.

users-entity-choose = Choose an entity
users-edit-entity = Associated entity
users-not-manageable = This administrator’s scope goes beyond yours: you can view this account but not change it.
users-permissions-title = Permissions
users-permissions-hint = Changes of role take effect immediately.
users-permissions-admin = Administrator role
users-permissions-scope = Admin scope
users-permissions-scope-all = All entities
users-permissions-scope-all-help = Manages every user of the company, and its entities.
users-permissions-scope-chosen = Chosen entities
users-permissions-scope-chosen-help = Manages the users of the entities checked below.
users-permissions-entities = Entities in the scope
users-permissions-confirm = Confirm
users-permissions-saved = Permissions changed.
users-permissions-unchanged = No change to confirm.
users-permissions-conflict-help = Reload the user to see their permissions as they are now, then make your change again.
users-permissions-own = You cannot change your own permissions: ask another administrator.

## The export of the list (a spreadsheet written by the server): the headers after the import’s
## columns, and the sheet’s name.

users-export-sheet = Users
users-export-status = Status
users-export-verified = E-mail verified
# Variables:
#   $zone (String) - the company's time zone, as a tz database name (Europe/Paris)
users-export-created = Added ({ $zone })
# Variables:
#   $zone (String) - the company's time zone, as a tz database name (Europe/Paris)
users-export-last-sign-in = Last sign-in ({ $zone })
# Column of the export: the privacy policy version the person accepted last.
users-export-policy = Privacy policy accepted
# Variables:
#   $zone (String) - the company's time zone, as a tz database name (Europe/Paris)
users-export-policy-accepted = Accepted on ({ $zone })
# In the “E-mail verified” column.
users-export-no = No

## Renewing every expired invitation at once, from the list’s filter

# Variables:
#   $count (Number) - how many expired invitations the list shows
users-renew-button = { NUMBER($count) ->
    [one] Send a new invitation
   *[other] Send { $count } new invitations
}
# Variables:
#   $count (Number) - how many expired invitations the list shows
users-renew-title = { NUMBER($count) ->
    [one] Send a new invitation?
   *[other] Send { $count } new invitations?
}
users-renew-body = Each person gets a new activation e-mail; the links sent before stop working.
users-renew-confirm = Send the invitations
users-renew-done = New invitations sent.
# Variables:
#   $count (Number) - how many people were left out
users-renew-skipped = { NUMBER($count) ->
    [one] One person was left out: you cannot manage them, or they sign in through your company’s identity provider.
   *[other] { $count } people were left out: you cannot manage them, or they sign in through your company’s identity provider.
}
