# Translators: read locales/README.md before editing; `make i18n-check` checks your work.

### The API reference page (team administrators and administrators): how other software
### manages users through the public API: getting a token, authentication, every endpoint
### with an example, errors and limits. Code on that page (paths, field names, error codes,
### curl lines, JSON) is not in this file and is never translated: variables shown below as
### “code” stand for such words, so keep them as they are.

api-title = API reference
# On the API tokens page: the link to this page.
api-reference-link = API reference
api-intro = With the API, your own software manages your company’s users: it lists and searches them, creates and edits them, and acts on their accounts.
# Variables:
#   $prefix (String) - code: the start of every path of version 1, “/api/v1”
api-intro-version = This page describes version 1 of the API, whose paths start with { $prefix }.
api-intro-openapi = Its complete description, in the OpenAPI 3.1 format, can be read by most API tools.
api-openapi-download = Download the OpenAPI document (JSON)
# The heading of the page’s table of contents.
api-contents = On this page

## Getting a token

api-token-title = Getting a token
api-token-who = Team administrators and administrators create API tokens on the API tokens page.
# Variables:
#   $days (Number) - the longest life of a token, in days (366)
api-token-choices = Each token has a name, a permission (read only, or manage users), a scope (the whole company, for administrators only, or chosen entities) and an expiry of at most { $days } days.
api-token-scope = A token acts with its creator’s permissions, within its scope: users outside it are answered as not found (404).
api-token-once = Its secret is shown only once: keep it in the software that uses it, or in a password manager.
# A link to the API tokens page.
api-token-link = Create a token
# Variables:
#   $variable (String) - code: the name of a shell variable, “ESPACE_TOKEN”
api-token-shell = The examples below read the token from the { $variable } variable.
# Followed by the command line that sets the variable.
api-token-shell-set = To set it without the token staying in your shell’s history, run this line, paste the token and press Enter:

## Authentication

api-auth-title = Authentication
# Followed by the address, e.g. https://espace.example.com/api/v1
api-auth-base = Every path starts at this address, the app’s own:
# Followed by an example of the header.
# Variables:
#   $header (String) - code: the name of an HTTP header, “Authorization”
api-auth-header = Each call sends its token in the { $header } header, after the word Bearer:
# Variables:
#   $header (String) - code: an HTTP header with its value, “Content-Type: application/json”
api-auth-json = A request with a body sends it as JSON, with the header { $header }.
# Variables:
#   $header (String) - code: the name of an HTTP header, “Accept-Language”
api-auth-language = Error messages are written in the language of the { $header } header, French or English; in French when it names neither.
api-auth-dates = Answers are JSON; the dates in them are numbers of seconds since 1 January 1970, UTC.

## The endpoints

api-endpoints-title = Endpoints
api-endpoints-intro = Version 1 has these endpoints; each one is described below with an example.
api-endpoints-caption = Endpoints of version 1
api-col-method = Method
api-col-path = Path
api-col-what = What it does
# The column saying which token a call needs.
api-col-access = Token
api-access-none = None
api-access-any = Any token
api-access-manage = Manage users
api-needs-none = No token is needed.
api-needs-any = Any token can make this call, read only or not.
api-needs-manage = This call needs a token that may manage users.
# The caption of a JSON request body example.
api-example-body = Body
# The caption of a command line example.
api-example-curl = With curl
# The caption of a JSON answer example.
api-example-answer = Answer
api-list-users-title = List and search users
api-list-users-about = Answers one page of the users in the token’s scope, with the same search, filters and sort as the Users page.
api-params-caption = Query parameters
api-col-parameter = Parameter
api-col-values = Values
api-param-q = Searches first names, last names and e-mail addresses, ignoring case and accents.
api-param-q-values = Any text
api-param-status = Only the users with this status.
api-param-role = Only the users with this role.
api-param-entity = Only the users of this entity.
api-param-entity-values = An entity’s id
api-param-sort = The order: by name (the default), by last sign-in or by creation date.
api-param-desc = Reverses the order; by default, names go from A to Z and dates from the newest.
api-param-page = The page to read; the first one, 1, is the default.
api-param-page-values = 1 or more
api-param-size = Users per page; 25 by default.
api-create-user-title = Create a user
api-create-user-about = Creates the user with the same checks as the add-user wizard, seats included, and answers 201 with the user.
# Variables:
#   $field (String) - code: a field of the request, “send_activation”
api-create-user-activation = With { $field } set to true, the person gets the activation e-mail at once.
# Variables:
#   $field (String) - code: a field of the request, “idempotency_key”
api-create-user-key = Each person needs their own { $field }.
# A link to the part on retries, after the sentence about the idempotency key.
api-see-retries = More on retries
api-get-user-title = Read a user
# Variables:
#   $field (String) - code: a field of the answer, “version”
api-get-user-about = Answers the user with their dates, services, permissions and history, and the { $field } to send back with a change.
api-edit-user-title = Edit a user
api-edit-user-about = Changes the names, entity, notification e-mail, language and services; the sign-in e-mail stays as it is.
api-edit-user-whole = Send every field, including the ones that do not change.
# Variables:
#   $field (String) - code: a field of the request, “version”
api-edit-user-version = Send the { $field } you read last.
# A link to the part on versions, after the sentence about the version.
api-see-versions = More on versions
api-permissions-title = Change a user’s role and scope
api-permissions-about = Sets the user’s role and, for a team administrator, the entities they manage.
# Variables:
#   $levels (String) - code: the levels, “user, team-admin, admin”
#   $scope (String) - code: a field of the request, “scope”
api-permissions-levels = The role is one of { $levels }; { $scope } holds the entities’ ids and is ignored for the other roles.
api-actions-title = Act on an account
api-actions-about = Runs one of the account’s lifecycle actions; which ones apply depends on the user’s status.
api-actions-caption = Actions and the statuses that allow them
api-col-action = Action
api-col-when = When the status is
api-action-activate = Sends the activation e-mail.
api-action-resend-activation = Sends a new activation link; older links stop working.
api-action-deactivate = Ends access at once, open sessions included; the data is kept.
api-action-reactivate = Gives access back.
api-action-unlock = Unlocks an account locked after too many wrong passwords.
api-action-unlock-and-reset = Unlocks the account and e-mails a link to choose a new password.
api-action-reset-second-step = Removes the person’s authenticator app and recovery codes and e-mails them; where the company requires two-step sign-in, they set it up again at their next sign-in.
api-action-send-password-reset = E-mails a link to choose a new password.
api-action-delete = Deletes an account that was never activated; activated accounts can only be deactivated.
# Variables:
#   $code (String) - code: an error code, “invalid-transition”
api-actions-refused = An action the status does not allow is refused with 409 and the code { $code }.
# Variables:
#   $null (String) - code: the JSON value “null”
api-actions-answer = The answer is the user as they are now, or { $null } after a deletion.
api-bulk-title = Act on many users at once
api-bulk-about = Runs one action on up to 500 users in one call: each goes through the same checks as on their own, and the answer has one line per user, done or skipped with the reason.
# Variables:
#   $actions (String) - code: the actions, “activate, resend-activation, …”
#   $max (String) - code: the most users per call, “500”
api-bulk-actions = The action is one of { $actions }; at most { $max } ids per call.
# Variables:
#   $code (String) - code: an error code, “no-seats-left”
api-bulk-seats = A service is assigned only if its free seats cover everyone who would take one; otherwise nothing changes and the call is refused with 409 and the code { $code }.
# Variables:
#   $batch (String) - code: a field of the answer, “batch”
#   $reason (String) - code: a field of the answer, “reason”
api-bulk-answer = The changes’ audit log events share the { $batch } id; a skipped user’s line says why in { $reason }.
api-renew-title = Renew expired invitations
api-renew-about = Sends a new activation link to every invited user whose links all expired unused, up to 500 per call: call again while the answer says 500 were renewed.
api-services-title = List the services and their seats
api-services-about = Answers the company’s services, with their seats.
# Variables:
#   $field (String) - code: a field of the requests, “service_ids”
api-services-ids = Their ids are the values of { $field }.
api-entities-title = List the entities
api-entities-about = Answers the entities in the token’s scope, with how many users each one has.
# Variables:
#   $fields (String) - code: a query parameter and fields of the requests, “entity, entity_id, scope”
api-entities-ids = Their ids are the values of { $fields }.
api-openapi-title = Get the OpenAPI document
api-openapi-about = Describes every endpoint, parameter and answer of version 1 in the OpenAPI 3.1 format, which most API tools can import.

## Webhooks

api-webhooks-title = Webhooks
api-webhooks-about = Webhooks tell your software of each change as it happens, so that it need not ask again and again. Add an endpoint (an https:// address of yours) on the Webhooks page or through the API below, choose its events, and Espace sends each one there as a POST with a JSON body.
# Variables:
#   $headers (String) - code: the three headers, “webhook-id, webhook-timestamp, webhook-signature”
api-webhooks-headers = Messages follow the Standard Webhooks specification: each carries the headers { $headers }, and its signature is the HMAC-SHA256 of the id, the timestamp and the body, joined by dots.
# Variables:
#   $prefix (String) - code: the secret’s prefix, “whsec_”
#   $hours (Number) - how long the previous secret still signs after a rotation, e.g. 24
api-webhooks-secret = Check it with the endpoint’s signing secret (it starts with { $prefix }) using a Standard Webhooks library, which exists for most languages. After a new secret is made, messages carry two signatures for { NUMBER($hours) } hours: the previous secret and the new one both verify.
# Variables:
#   $seconds (Number) - how long Espace waits for an answer, e.g. 10
#   $days (Number) - for how long a message is tried again, e.g. 3
api-webhooks-delivery = Answer with a 2xx status within { NUMBER($seconds) } seconds; redirects are not followed. Any other answer is tried again later, waiting longer each time, for { NUMBER($days) } days; an endpoint that fails that long is switched off and your administrators are told by e-mail. An endpoint receives its events in the order they happened.
# Variables:
#   $header (String) - code: the header, “webhook-id”
api-webhooks-repeat = A message tried again keeps its { $header }: if you receive it twice, handle it once.
api-webhooks-scope = An endpoint limited to entities receives only the events about them and their users. The company’s own events (single sign-on settings, API tokens) go only to endpoints for the whole company.
api-webhooks-events-caption = Event types
api-col-event = Type
api-col-happened = What happened
api-webhooks-body = The body of a message:
api-webhooks-list-title = List the webhook endpoints
api-webhooks-list-about = Answers the endpoints the token sees, without their secrets.
api-webhooks-create-title = Add a webhook endpoint
# Variables:
#   $field (String) - code: the answer’s field, “secret”
api-webhooks-create-about = The answer holds the signing secret in { $field }: it is never shown again, so keep it in the receiving software.
api-webhooks-get-title = Get a webhook endpoint
api-webhooks-get-about = Answers the endpoint with its latest deliveries: the event, the attempts, the HTTP status and time of the last answer, and the error.
api-webhooks-update-title = Change a webhook endpoint
# Variables:
#   $field (String) - code: the request’s field, “enabled”
api-webhooks-update-about = Send every setting, as when adding it. { $field } switches it off or on; switched off, its events wait for it.
api-webhooks-delete-title = Delete a webhook endpoint
api-webhooks-delete-about = Stops sending at once; its waiting messages and deliveries are deleted.
api-webhooks-rotate-title = Make a new signing secret
# Variables:
#   $hours (Number) - how long the previous secret still signs, e.g. 24
api-webhooks-rotate-about = Answers the new secret, shown this once. The previous one still signs beside it for { NUMBER($hours) } hours.
api-webhooks-test-title = Send a test event
# Variables:
#   $type (String) - code: the test event’s type, “webhook.test”
api-webhooks-test-about = Queues a { $type } message for the endpoint, to try the receiving end.
api-webhooks-delivery-title = Get a delivery
# Variables:
#   $field (String) - code: the answer’s field, “payload”
api-webhooks-delivery-about = Answers the delivery with the exact body it sends, in { $field }.
api-webhooks-resend-title = Send a delivery again
api-webhooks-resend-about = Queues the message again, with the same id, for when its turn comes.

## Paging, retries, versions

api-paging-title = Paging
# Variables:
#   $users (String) - code: a field of the answer, “users”
#   $total (String) - code: a field of the answer, “total”
api-paging-body = A list answers one page at a time: { $users } holds the page’s users, and { $total } counts the users that match across all pages.
# Variables:
#   $page (String) - code: a query parameter, “page”
#   $size (String) - code: a query parameter, “size”
api-paging-next = Ask for the following pages with { $page }, and for more users on each page with { $size }.
api-retries-title = Retrying safely
# Variables:
#   $field (String) - code: a field of the request, “idempotency_key”
api-retries-key = A new user is sent with an { $field } of your choice, a different one for each person, such as their id in your HR software.
api-retries-again = If a call fails or gets no answer, send it again with the same key and the same body: you get the user created the first time, never a second one.
# Variables:
#   $code (String) - code: an error code, “idempotency-key-reused”
api-retries-reused = The same key with another body is refused with 422 and the code { $code }.
api-versions-title = Versions and conflicts
# Variables:
#   $field (String) - code: a field of the answer, “version”
api-versions-body = Each user has a { $field } number, which changes every time the user does.
# Variables:
#   $code (String) - code: an error code, “conflict”
api-versions-send = Edits, permission changes and actions send the version you read last; if the user changed in the meantime, the answer is 409 with the code { $code }, so read the user again, then decide.

## Errors

api-errors-title = Errors
api-errors-intro = An error is answered with one of the HTTP statuses below and a JSON body that always has the same shape:
# Variables:
#   $example (String) - code: an error code, “not-found”
api-error-code = A stable code for your software, such as { $example }.
# Variables:
#   $header (String) - code: the name of an HTTP header, “Accept-Language”
api-error-message = The error explained for people, in the language of the { $header } header.
# Variables:
#   $field (String) - code: a field of the error, “field”
#   $code (String) - code: a field of the error, “code”
#   $max (String) - code: a field of the error, “max”
api-error-fields = For invalid fields only: each one’s name in { $field }, the reason in { $code } and, for a value too long, the limit in { $max }.
api-error-reference = A reference that also appears in the server’s log: quote it when you contact support.
api-errors-example = Example: a body with two invalid fields
api-statuses-caption = HTTP statuses and error codes
api-col-status = Status
api-col-code = Code
api-col-meaning = Meaning
api-status-bad-request = The body is not the JSON expected, or a value has the wrong type.
api-status-invalid-token = No token, or one that is unknown, expired or revoked, or whose creator no longer has the permissions they gave it.
api-status-read-only-token = A read-only token tried to change something.
api-status-out-of-scope = Beyond the token’s scope, such as an entity outside it.
api-status-not-found = Not found, or outside the token’s scope.
api-status-conflict = The user changed since you read them: read them again.
api-status-invalid-transition = The user’s status does not allow this action.
api-status-no-seats-left = A chosen service has no seat left.
api-status-unsupported-media-type = The body was not sent with the JSON content type.
api-status-validation = Some fields are invalid; the list says which and why.
api-status-idempotency-key-reused = This idempotency key was already used with another body.
api-status-rate-limited = Too many calls with this token: wait, then try again.
api-status-internal = The server failed: try again later, and quote the reference to support if it goes on.
api-errors-more = Other codes can appear, for example when a change would leave the company without an administrator; their message says what happened.

## Limits

api-limits-title = Rate limits
# Variables:
#   $calls (Number) - how many calls a token may make in a minute (1200)
api-limits-body = Each token can make { $calls } calls a minute.
# Variables:
#   $code (String) - code: an error code, “rate-limited”
#   $header (String) - code: the name of an HTTP header, “Retry-After”
api-limits-over = Beyond that, calls are answered with 429 and the code { $code }, with a { $header } header giving the seconds to wait.

## Directories (SCIM)

api-scim-title = Provisioning with SCIM 2.0
api-scim-body = Directories such as Microsoft Entra ID or Okta can create, update and deactivate your users themselves with the SCIM 2.0 standard, using the same tokens.
# Followed by the address, e.g. https://espace.example.com/scim/v2
api-scim-url = In the directory, give this base URL:
api-scim-token = As the secret token, give it a token that may manage users.
