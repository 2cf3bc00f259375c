# Translators: read locales/README.md before editing; `make i18n-check` checks your work.

### Activation and password links, and choosing a password.

link-title = Your account
# Variables:
#   $name (String) - the person's first name
link-welcome-title = Hello { $name }
# Variables:
#   $company (String) - the company's name
link-welcome-text = Your account in the { $company } customer space is ready. Continue to choose your password.
link-continue = Continue
link-set-password-title = Choose your password
link-reset-password-title = Choose a new password
link-set-password-intro = Pick a long password or a phrase only you would think of; spaces and any characters are welcome. Or let us generate a strong one.
link-undo-email-title = Put back your sign-in e-mail
link-undo-email-intro = Your sign-in e-mail goes back to this address, and everyone signed in to your account is signed out. Choose a new password: whoever changed the address may know the old one.
link-set-password-submit = Set the password
link-used-title = This link was already used
link-used-text = Your account is active: sign in with your e-mail address and password.
link-sign-in = Go to sign-in
link-expired-title = This link has expired
link-expired-text = Links work for a limited time. Ask for a new one: it will go to the same address.
link-replaced-title = This link was replaced by a newer one
link-replaced-text = A more recent e-mail holds the link that works. You can also ask for a new one.
link-withdrawn-title = This link no longer works
link-withdrawn-text = It was cancelled by a change to your account. Ask for a new one: it will go to your account’s e-mail address.
link-renew = Send me a new link
link-renew-sent = If the account can still use a link, a new one is on its way. Check your inbox.
link-unknown-title = This link does not work
link-unknown-text = Check that you opened the whole link from the e-mail, or ask your administrator to send a new one.

password-label = Password
# Variables:
#   $min (Number) - the fewest characters a password may have, e.g. 12
password-rule-min-length = At least { $min } characters
# Variables:
#   $max (Number) - the most characters a password may have, e.g. 128
password-rule-max-length = At most { $max } characters
password-rule-not-common = Not one of the most common passwords
password-rule-not-personal = Not your e-mail address or your name
password-rule-not-blank = Not only spaces
password-rule-met = Done.
password-rule-not-met = Not yet.
password-generate = Generate a strong password
password-generated-intro = Your new password:
password-generated-keep = Keep it somewhere safe, such as a password manager: nobody can show it to you again.
password-copy = Copy the password
password-copied = Password copied.
