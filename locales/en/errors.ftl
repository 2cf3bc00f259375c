# Translators: read locales/README.md before editing; `make i18n-check` checks your work.

### Errors returned by the server or met by the app.
### Each id is `error-` followed by the code shown to the user and quoted to support.

error-invalid-credentials = Wrong e-mail address or password. Check both, or choose “Forgotten password?” to get a new one.
error-unauthenticated = Your session has ended. Please sign in again.
error-forbidden = You do not have permission to do this. If you need it, ask an administrator of your company.
error-not-found = This page or item does not exist, or no longer does. Go back to the list and reload it.
error-validation = Some fields need your attention. Correct them, then send again.
# Variables:
#   $field (String) - the field's name in the API, for example first_name
#   $problem (String) - what is wrong with it, a sentence
error-field-problem = { $field }: { $problem }
error-account-locked = This account is locked after too many wrong passwords. We have e-mailed you a link to choose a new password, which unlocks it.
error-rate-limited = Too many attempts. Please wait a few minutes and try again.
error-conflict = Someone else changed this in the meantime. Reload the page to see their changes, then try again.
error-internal = Something went wrong on our side. Try again in a moment; if it keeps happening, send the details below to support.
error-network = The server cannot be reached. Check your connection and try again.
error-own-role = You cannot change your own role. Ask another administrator.
error-self-action = You cannot deactivate or delete your own account. Ask another administrator.
error-last-admin = Your company must keep at least one active administrator. Make someone else an administrator first.
error-invalid-transition = This action is not possible for this user’s current status. The page has been refreshed.
error-no-seats-left = A chosen service has no seat left. Leave it out, free a seat, or order more.
error-consent-required = Please read and accept the privacy policy first.
error-invalid-link = This link no longer works. Ask for a new one, or ask your administrator to send it again.
error-sso-managed = Your company uses single sign-on: accounts are created when people first sign in.
error-sso-required = Your company uses single sign-on. Enter your e-mail address and choose Continue: your company’s sign-in page will open.
error-second-step-required = Your company asks everyone in your role to use two-step sign-in. Set it up first: it takes a minute.
error-second-step-expired = This sign-in took too long or was already completed. Enter your e-mail address and password again.
error-passkey-refused = The passkey was not used: the request was cancelled, took too long, or the key is not one registered here. Try again, or use a code.
error-company-suspended = Your company’s access to this space is suspended. Your data is kept. To restore access, your administrator should contact your provider’s support team.
# Under an error only the provider can solve (a suspended company), whom to contact.
# Variables:
#   $contact (String) - the provider's support address or telephone number
error-contact = To reach your provider: { $contact }
error-bad-request = The request could not be read. Reload the page and try again.
error-method-not-allowed = This address does not accept this kind of request. Check the method in the API reference.
error-payload-too-large = What was sent is too large. Send less at once, or a smaller file.
error-unsupported-media-type = What was sent is not in a format the server reads. Send JSON, with the Content-Type header application/json.
error-idempotency-key-reused = This request was already sent with other details. Reload the page to start again.
error-not-ready = The service is starting or under maintenance. Try again in a few minutes.
error-out-of-scope = This is outside your admin scope: ask an administrator who manages it.
error-entity-not-empty = This entity still has users. Choose the entity to move them to, then remove this one.
# Variables:
#   $max (Number) - the most webhook endpoints a company may have, e.g. 20
error-webhook-limit = Your company already has { NUMBER($max) } webhook endpoints, the most it can have. Delete one you no longer use, then add this one.
# Variables:
#   $max_rows (Number) - the most rows one import may have, e.g. 10000
error-import-too-many-rows = This file has more than { NUMBER($max_rows) } rows. Split it into smaller files, then import them one by one.
error-import-unsupported-file = This file cannot be read: upload an Excel file (.xlsx) or a CSV file.
error-import-encrypted-file = This spreadsheet is protected by a password. Save it without a password, then upload it again.
error-import-empty-file = This file has no row to import under its row of headers. Add the people on the rows below the headers, then upload it again.
error-import-no-columns = The first row of the file names none of the expected columns. Use headers such as First name, Last name, Sign-in e-mail, Role and Entity, or download a template.
# Variables:
#   $max_rows (Number) - the most rows read under the headers
#   $max_columns (Number) - the most columns read
#   $max_cell (Number) - the most characters read in one cell
error-import-file-too-large = This file is larger than Espace reads: at most { NUMBER($max_rows) } rows, { NUMBER($max_columns) } columns and { NUMBER($max_cell) } characters a cell. Split it, or remove what is not needed, then upload it again.
error-invalid-token = This API token is unknown, expired or revoked, or its creator no longer has the permissions they gave it: create a new one.
error-read-only-token = This API token is read only: changing users needs a token that may manage them.

## Errors next to a form field.

field-error-required = This field is required.
# Variables:
#   $max (Number) - the greatest number of characters allowed
field-error-too-long = { NUMBER($max) ->
    [one] At most one character.
   *[other] At most { $max } characters.
}
field-error-invalid-email = Enter an e-mail address like name@example.com.
field-error-taken = This e-mail address is already used. Use another one, or find that person in Users.
# Variables:
#   $min (Number) - the fewest characters a password may have, e.g. 12
field-error-password-too-short = Use at least { $min } characters.
field-error-password-common = This password is one of the most common: choose another one.
field-error-password-personal = The password must not be your e-mail address or your name.
field-error-must-accept = Tick this box to continue.
field-error-wrong-password = This is not your current password. Type it again.
field-error-invalid-characters = Remove line breaks, tabs and invisible characters.
field-error-no-letter-or-digit = Enter at least one letter or digit.
field-error-password-blank = A password cannot be only spaces.
field-error-unknown = This value is not known here: check its spelling, or choose one from the list.
field-error-duplicate = This e-mail address is already on an earlier row.
field-error-no-seats-left = Over the whole import, one of these services does not have enough seats left.
field-error-out-of-scope = This is outside your admin scope. Choose an entity you manage, or ask an administrator.
field-error-invalid-url = Enter an address starting with https://.
field-error-private-address = This address leads to a private or internal network, where Espace sends nothing. Enter a public https:// address.
field-error-invalid-domain = Enter domain names such as example.com, without @.
field-error-public-domain = This is a public mail provider’s domain, where anyone can get an address. Enter your company’s own domains.
field-error-wrong-code = This code does not work. Enter the 6-digit code your app shows now, or an unused recovery code.
field-error-invalid-date = Enter a date such as 2026-12-31, not before the start date.
# Variables:
#   $max (Number) - the greatest number allowed
field-error-too-large = At most { NUMBER($max) }.
# Variables:
#   $count (Number) - how many seats people hold beyond the new number
field-error-seats-in-use = { NUMBER($count) ->
    [one] One person holds a seat beyond this number: free that seat in the company first, or keep more seats.
   *[other] { NUMBER($count) } people hold seats beyond this number: free that many seats in the company first, or keep more seats.
}

## The error page and error details shown for support.

error-page-title = Something went wrong
error-page-intro = If this keeps happening, send these details to support.
error-details-code = Error code
error-details-reference = Reference
error-details-time = Date and time
error-details-account = Signed in as
error-details-not-signed-in = Not signed in
error-details-copy = Copy the details
error-details-copied = Details copied.
# One line of the details copied for support.
# Variables:
#   $label (String) - the name of the detail, e.g. “Error code”
#   $value (String) - the detail itself, e.g. no-seats-left
error-details-line = { $label }: { $value }
error-back-home = Back to my space
error-retry = Try again
not-found-title = Page not found
not-found-intro = This address does not match any page of your space.
