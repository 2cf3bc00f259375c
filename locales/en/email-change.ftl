# Translators: read locales/README.md before editing; `make i18n-check` checks your work.

### Changing one's sign-in e-mail, and the page its link opens

email-change-title = Change my sign-in e-mail
email-change-intro = We send a link to the new address; nothing changes until you open it. Your current address is then told, with a way to undo the change.
email-change-new-email = New sign-in e-mail
email-change-submit = Send the confirmation link
# Variables:
#   $address (String) - the new address the link was sent to
email-change-sent = We sent a link to { $address }. Open it while signed in here to confirm the change.
email-change-sso = Your company’s identity provider manages your sign-in e-mail: ask your administrator to change it.
email-change-confirm-title = Confirm your new sign-in e-mail
email-change-confirm-text = From now on you would sign in with the address this link was sent to.
email-change-confirm = Confirm the new address
# Variables:
#   $address (String) - the new sign-in e-mail
email-change-confirmed = Done: you now sign in with { $address }.
