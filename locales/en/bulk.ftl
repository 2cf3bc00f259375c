# Translators: read locales/README.md before editing; `make i18n-check` checks your work.

### Acting on many people at once: the selection on the users list, its actions and report

bulk-select-page = Select everyone on this page
# Variables:
#   $name (String) - a person’s first and last name
bulk-select-person = Select { $name }
# Variables:
#   $count (Number) - people selected
bulk-selected = { NUMBER($count) ->
    [one] One person selected
   *[other] { $count } people selected
}
# Variables:
#   $count (Number) - people matching the search and filters
bulk-select-all = { NUMBER($count) ->
    [one] Select the one person matching
   *[other] Select all { $count } matching
}
# Variables:
#   $max (Number) - the most people a selection holds
bulk-select-capped = A selection holds at most { $max } people: narrow the search to reach the others.
bulk-clear = Clear selection
bulk-export = Export selection (CSV)
bulk-export-file = espace-selected-users.csv
bulk-action-label = Action for the selection
bulk-choose-action = Choose an action
bulk-service-label = Service
bulk-choose-service = Choose a service
# Variables:
#   $name (String) - a service’s name
#   $free (Number) - its seats not assigned
bulk-service-option = { NUMBER($free) ->
    [one] { $name } (1 seat free)
   *[other] { $name } ({ $free } seats free)
}
bulk-entity-label = Entity
bulk-choose-entity = Choose an entity
bulk-apply = Continue
bulk-action-resend-activation = Resend activation e-mail
bulk-action-activate = Send activation e-mail
bulk-action-deactivate = Deactivate
bulk-action-reactivate = Reactivate
bulk-action-unlock = Unlock
bulk-action-send-password-reset = Send a password reset link
bulk-action-assign-service = Assign a service
bulk-action-remove-service = Remove a service
bulk-action-move-to-entity = Move to an entity
bulk-action-delete-invitation = Delete invitations
# Variables:
#   $count (Number) - people selected
#   $target (String) - unused here: the service or entity of other actions
bulk-confirm-resend-activation = { NUMBER($count) ->
    [one] Resend the activation e-mail to one person?
   *[other] Resend the activation e-mail to { $count } people?
}
# Variables:
#   $count (Number) - people selected
#   $target (String) - unused here: the service or entity of other actions
bulk-confirm-activate = { NUMBER($count) ->
    [one] Send the activation e-mail to one person?
   *[other] Send the activation e-mail to { $count } people?
}
# Variables:
#   $count (Number) - people selected
#   $target (String) - unused here: the service or entity of other actions
bulk-confirm-deactivate = { NUMBER($count) ->
    [one] Deactivate one person?
   *[other] Deactivate { $count } people?
}
# Variables:
#   $count (Number) - people selected
#   $target (String) - unused here: the service or entity of other actions
bulk-confirm-reactivate = { NUMBER($count) ->
    [one] Reactivate one person?
   *[other] Reactivate { $count } people?
}
# Variables:
#   $count (Number) - people selected
#   $target (String) - unused here: the service or entity of other actions
bulk-confirm-unlock = { NUMBER($count) ->
    [one] Unlock one person?
   *[other] Unlock { $count } people?
}
# Variables:
#   $count (Number) - people selected
#   $target (String) - unused here: the service or entity of other actions
bulk-confirm-send-password-reset = { NUMBER($count) ->
    [one] Send a password reset link to one person?
   *[other] Send a password reset link to { $count } people?
}
# Variables:
#   $count (Number) - people selected
#   $target (String) - the service’s name
bulk-confirm-assign-service = { NUMBER($count) ->
    [one] Assign { $target } to one person?
   *[other] Assign { $target } to { $count } people?
}
# Variables:
#   $count (Number) - people selected
#   $target (String) - the service’s name
bulk-confirm-remove-service = { NUMBER($count) ->
    [one] Remove { $target } from one person?
   *[other] Remove { $target } from { $count } people?
}
# Variables:
#   $count (Number) - people selected
#   $target (String) - the entity’s name
bulk-confirm-move-to-entity = { NUMBER($count) ->
    [one] Move one person to { $target }?
   *[other] Move { $count } people to { $target }?
}
# Variables:
#   $count (Number) - people selected
#   $target (String) - unused here: the service or entity of other actions
bulk-confirm-delete-invitation = { NUMBER($count) ->
    [one] Delete one invitation?
   *[other] Delete { $count } invitations?
}
bulk-confirm-body = Each person goes through the same checks as on their own page. Anyone who cannot be changed is left as they are, and the report says why.
bulk-confirm-seats = Seats are counted for the whole selection first: if there are not enough, nothing changes.
bulk-progress-label = Progress
# Variables:
#   $done (Number) - people processed so far
#   $total (Number) - people selected
bulk-progress = { $done } of { $total } processed
# Variables:
#   $needed (Number) - people of the selection who would take a seat
#   $free (Number) - seats not assigned
bulk-seats-refused = { NUMBER($free) ->
    [one] Not enough seats: { $needed } people need one and only 1 is free. Nothing was changed.
   *[other] Not enough seats: { $needed } people need one and only { $free } are free. Nothing was changed.
}
bulk-report-title = Report
# Variables:
#   $count (Number) - people changed
bulk-report-done = { NUMBER($count) ->
    [one] 1 done
   *[other] { $count } done
}
# Variables:
#   $count (Number) - people left as they were
bulk-report-skipped = { NUMBER($count) ->
    [one] 1 skipped
   *[other] { $count } skipped
}
bulk-report-skipped-caption = People left as they were
bulk-report-stopped = The action stopped part-way: the people listed were processed before the error.
bulk-report-download = Download the report (CSV)
bulk-report-file = espace-report.csv
bulk-report-audit = See these changes in the audit log
bulk-report-close = Close the report
bulk-col-name = Name
bulk-col-email = E-mail
bulk-col-result = Result
bulk-col-reason = Reason
bulk-outcome-done = Done
bulk-outcome-skipped = Skipped
# Variables:
#   $action (String) - the action’s code, “deactivate”
bulk-skip-already-done = { $action ->
    [deactivate] Already deactivated
    [reactivate] Already active
    [unlock] Already active
    [activate] Already invited
    [assign-service] Already has this service
    [remove-service] Does not have this service
    [move-to-entity] Already in this entity
   *[other] Nothing to do
}
# Variables:
#   $action (String) - the action’s code, “deactivate”
bulk-skip-not-allowed = Not possible with this person’s status
# Variables:
#   $action (String) - the action’s code, “deactivate”
bulk-skip-outside-scope = Outside your scope
# Variables:
#   $action (String) - the action’s code, “deactivate”
bulk-skip-no-seat-left = No seat left
# Variables:
#   $action (String) - the action’s code, “deactivate”
bulk-skip-sso-required = Signs in through your company’s identity provider
# Variables:
#   $action (String) - the action’s code, “deactivate”
bulk-skip-yourself = Not on your own account
# Variables:
#   $action (String) - the action’s code, “deactivate”
bulk-skip-last-admin = The last active administrator keeps access
