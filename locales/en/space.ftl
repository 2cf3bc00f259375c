# Translators: read locales/README.md before editing; `make i18n-check` checks your work.

### The signed-in person's own space: the services they can use.

space-title = My services
# Variables:
#   $name (String) - the signed-in person's first name
space-welcome = Welcome, { $name }.
space-intro-user = The services your administrator assigned to you.
space-intro-admin = All the services your company ordered, with the seats in use.
space-empty = No service is assigned to you yet. Your administrator can assign one.
# Variables:
#   $used (Number) - seats assigned to users
#   $total (Number) - seats ordered
space-seats = Seats used: { $used } of { $total }
# Variables:
#   $count (Number) - users created or invited who have not activated their account yet
space-pending = { NUMBER($count) ->
    [0] No user is waiting for activation.
    [one] One user is waiting for activation.
   *[other] { $count } users are waiting for activation.
}
space-open = Open
# The Open button's name for screen readers (it opens in a new tab).
# Variables:
#   $service (String) - the service's name
space-open-label = Open { $service } (new tab)
