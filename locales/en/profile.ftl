# Translators: read locales/README.md before editing; `make i18n-check` checks your work.

### The signed-in person's profile.

profile-title = My profile
profile-name = Name
profile-email = Sign-in e-mail
profile-role = Role
profile-company = Company
profile-language = Language of e-mails
role-user = User
role-team-admin = Team administrator
role-admin = Administrator
# A language named in the interface’s language (a person’s e-mail language).
language-fr = French
language-en = English
profile-change-language = Change the language
profile-saved = Saved.
profile-password-title = Change my password
profile-current-password = Current password
profile-password-submit = Change the password
profile-password-changed = Password changed. Your other sessions were signed out.

## Changing one's sign-in e-mail, and the page its link opens

profile-email-title = Change my sign-in e-mail
profile-email-intro = We send a link to the new address; nothing changes until you open it. Your current address is then told, with a way to undo the change.
profile-new-email = New sign-in e-mail
profile-email-submit = Send the confirmation link
# Variables:
#   $address (String) - the new address the link was sent to
profile-email-sent = We sent a link to { $address }. Open it while signed in here to confirm the change.
profile-email-sso = Your company’s identity provider manages your sign-in e-mail: ask your administrator to change it.
profile-email-confirm-title = Confirm your new sign-in e-mail
profile-email-confirm-text = From now on you would sign in with the address this link was sent to.
profile-email-confirm = Confirm the new address
# Variables:
#   $address (String) - the new sign-in e-mail
profile-email-confirmed = Done: you now sign in with { $address }.
