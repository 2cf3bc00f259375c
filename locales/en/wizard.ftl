# Translators: read locales/README.md before editing; `make i18n-check` checks your work.

### The add-user wizard (Users > Add users).

wizard-title = Create a new user
wizard-steps-label = Steps
wizard-step-identity = Identity
wizard-step-services = Assign services
wizard-step-options = Select options
wizard-step-summary = Summary
wizard-first-name = First name
wizard-last-name = Last name
wizard-entity = Entity
wizard-role = Role
wizard-role-user-help = Sees only the services assigned to them.
wizard-role-team-admin-help = Manages the users of the entities chosen below.
wizard-role-admin-help = Sees everything and manages the users and entities of the whole company.
wizard-scope = Admin scope
wizard-email = Sign-in e-mail address
wizard-email-hint = The sign-in id this person will use.
wizard-notification-email = Notification e-mail
wizard-notification-email-hint = Optional: another address to receive notifications, such as a shared mailbox. By default, the sign-in address.
wizard-assign-services = Assign services to this user
wizard-services-intro = The services your company ordered. Choose as many as needed.
wizard-service-full = No seat left: free one or order more.
wizard-send-activation = Send the activation e-mail now
wizard-options-note = Note: a user account does not activate by itself. It is created but not active yet; without this option it stays “Not activated” until an administrator uses Actions > Activate.
wizard-summary-send = The activation e-mail will be sent now.
wizard-summary-no-send = No e-mail: the account stays “Not activated”.
wizard-edit = Edit
wizard-next = Next
wizard-back = Back
wizard-finish = Finish
wizard-cancel = Cancel
wizard-discard-title = Discard this new user?
wizard-discard-body = What you entered will be lost.
wizard-discard = Discard
wizard-done-created = User created. The account is not active yet.
wizard-done-invited = User created and activation e-mail sent.
wizard-sso = Your company uses single sign-on: accounts are created automatically at each person’s first sign-in, so users cannot be added by hand.
