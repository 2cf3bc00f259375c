# Translators: read locales/README.md before editing; `make i18n-check` checks your work.

### The Webhooks page (team administrators and administrators): the addresses of the company’s
### other systems that Espace tells of every change as it happens; an endpoint’s page with its
### deliveries.

webhooks-title = Webhooks
webhooks-intro = Webhooks tell your other systems, such as an HR tool or a directory, of each change as it happens: a user created, deactivated or given a service, an entity renamed. Espace sends each event to the addresses you add here.
webhooks-intro-signature = Each message is signed with the endpoint’s signing secret, as the Standard Webhooks specification says, so your system can check it comes from Espace. A message that is not accepted is sent again for up to three days.
webhooks-reference-link = How to receive and verify webhooks (API reference)
webhooks-intro-admin = You see every endpoint of the company.
webhooks-intro-team = You see the endpoints limited to your entities, and hear only of their users.
webhooks-list-title = Endpoints
webhooks-empty = No webhook endpoint yet.
webhooks-col-endpoint = Endpoint
webhooks-col-events = Events
webhooks-col-state = Sending
webhooks-col-pending = Waiting
# Variables:
#   $count (Number) - how many event types the endpoint receives
webhooks-events-count = { $count ->
    [one] { $count } event type
   *[other] { $count } event types
}
# Variables:
#   $count (Number) - how many messages wait to be delivered
webhooks-pending-count = { $count ->
    [0] None
    [one] { $count } message
   *[other] { $count } messages
}
webhooks-state-on = On
webhooks-state-off = Switched off
webhooks-state-failing = Switched off after three days of failures

## The form to add or change an endpoint

webhooks-create-title = Add an endpoint
webhooks-edit-title = Change the endpoint
webhooks-url = Address (URL)
webhooks-url-hint = An https:// address your system receives the events at. Espace sends nothing to private or internal addresses.
webhooks-description = Description
webhooks-description-hint = Optional: what receives the events, for your colleagues.
webhooks-events = Events to send
webhooks-events-all = All events
webhooks-group-users = Users
webhooks-group-entities = Entities
webhooks-group-company = Company
webhooks-scope = Users concerned
webhooks-scope-company = The whole company
webhooks-scope-company-help = Every event of the company, including single sign-on settings and API tokens.
webhooks-scope-chosen = Chosen entities
webhooks-scope-chosen-help = Only the events about these entities and their users.
webhooks-scope-entities = Entities
webhooks-scope-team-hint = You receive only the events about the entities you manage.
webhooks-create = Add the endpoint
webhooks-save = Save
webhooks-saved = Endpoint saved.

## The signing secret, shown once

webhooks-secret-title = Copy the signing secret
webhooks-secret-warning = This signing secret will not be shown again.
webhooks-secret-store = Copy it now into the system that receives the events: it checks each message’s signature with it.
# Variables:
#   $name (String) - the endpoint’s address
webhooks-secret-label = Signing secret of { $name }

## An endpoint’s page

webhooks-detail-title = Webhook endpoint
webhooks-back = All webhooks
webhooks-state = Sending
webhooks-failing-since = Failing since
webhooks-created = Added
webhooks-previous-secret = Previous signing secret
webhooks-previous-secret-until = Still signs until
webhooks-send-test = Send a test event
webhooks-test-sent = Test event queued: it appears below once sent.
webhooks-switch-off = Switch off
webhooks-switch-on = Switch on
webhooks-switched-off = Endpoint switched off. Events wait until you switch it on again.
webhooks-switched-on = Endpoint switched on.
webhooks-edit = Change
webhooks-rotate = New signing secret
webhooks-rotated = New signing secret made. The previous one still signs for 24 hours.
webhooks-delete = Delete
webhooks-deleted = Endpoint deleted.
webhooks-off-title = Switch off this endpoint?
webhooks-off-body = Events are kept and sent once you switch it on again.
webhooks-rotate-title = Make a new signing secret?
webhooks-rotate-body = For 24 hours, each message is signed with both the previous and the new secret, so you can update the receiving system without losing any. After that, only the new one signs.
webhooks-delete-title = Delete this endpoint?
webhooks-delete-body = Espace stops sending to it at once, and its deliveries are deleted. This cannot be undone.

## Deliveries

webhooks-deliveries-title = Latest deliveries
webhooks-deliveries-empty = Nothing sent yet. Send a test event to try the endpoint.
webhooks-col-event = Event
webhooks-col-time = Time
webhooks-col-status = Status
webhooks-col-attempts = Attempts
webhooks-col-answer = Answer
webhooks-col-error = Error
webhooks-col-actions = Message
webhooks-delivery-pending = Waiting
webhooks-delivery-delivered = Delivered
webhooks-delivery-failed = Given up
webhooks-next-attempt = Next attempt
# Variables:
#   $status (Number) - the HTTP status code the endpoint answered, e.g. 200
#   $ms (Number) - how long the answer took, in milliseconds
webhooks-answer = HTTP { $status } in { NUMBER($ms) } ms
# Variables:
#   $ms (Number) - how long the attempt took, in milliseconds
webhooks-latency = No answer after { NUMBER($ms) } ms
webhooks-payload = Payload
webhooks-resend = Resend
webhooks-resent = Message queued again.
# Variables:
#   $status (Number) - the HTTP status code the endpoint answered, e.g. 500
webhooks-error-status = The endpoint answered { $status } instead of a 2xx status.
webhooks-error-timeout = No answer within 10 seconds.
webhooks-error-unreachable = The endpoint could not be reached (connection or TLS failed).
webhooks-error-unknown-host = The address’s domain name was not found.
webhooks-error-private-address = The address leads to a private or internal network: Espace does not send there.
webhooks-error-invalid-url = The address cannot be used.
webhooks-error-endpoint-off = Given up when the endpoint was switched off after three days of failures.

## Event types (their technical names are shown beside them)

webhooks-event-user-created = User created
webhooks-event-user-invited = Activation e-mail sent
webhooks-event-user-activated = User activated
webhooks-event-user-deactivated = User deactivated
webhooks-event-user-reactivated = User reactivated
webhooks-event-user-locked = User locked
webhooks-event-user-unlocked = User unlocked
webhooks-event-user-deleted = User deleted
webhooks-event-user-updated = User’s details changed
webhooks-event-user-permissions-changed = Role or scope changed
webhooks-event-user-services-changed = Services changed
webhooks-event-entity-created = Entity created
webhooks-event-entity-renamed = Entity renamed
webhooks-event-entity-removed = Entity removed
webhooks-event-sso-settings-changed = Single sign-on (SSO) settings changed
webhooks-event-token-created = API token created
webhooks-event-token-revoked = API token revoked
webhooks-event-webhook-test = Test event
