# Translators: read locales/README.md before editing; `make i18n-check` checks your work.

### E-mails sent to users. Plain text; the link is on a line of its own.

# Variables:
#   $company (String) - the company's name
emails-activation-subject = Activate your { $company } customer space account
# Variables:
#   $first_name (String) - the recipient's first name
#   $company (String) - the company's name
#   $link (String) - the activation link
#   $expires (String) - when the link stops working, in UTC, e.g. Thursday, November 26, 2026 at 9:00 AM
emails-activation-text =
    Hello { $first_name },

    An account was created for you in the { $company } customer space.
    To activate it, open this link and choose your password:

    { $link }

    The link works once and until { $expires } (UTC).
    If you did not expect this e-mail, you can ignore it.

# Variables:
#   $company (String) - the company's name
emails-reset-subject = Choose a new password for your { $company } customer space
# Variables:
#   $first_name (String) - the recipient's first name
#   $company (String) - the company's name
#   $link (String) - the password link
#   $expires (String) - when the link stops working, in UTC, e.g. Thursday, November 26, 2026 at 9:00 AM
emails-reset-text =
    Hello { $first_name },

    To choose a new password for the { $company } customer space, open this link:

    { $link }

    The link works once and until { $expires } (UTC).
    If you did not ask for it, you can ignore this e-mail: your password stays the same.

# Variables:
#   $company (String) - the company's name
emails-inactivity-subject = Your { $company } customer space account will be deactivated
# Variables:
#   $first_name (String) - the recipient's first name
#   $company (String) - the company's name
#   $deadline (String) - when the account will be deactivated, in UTC, e.g. Thursday, November 26, 2026 at 9:00 AM
emails-inactivity-text =
    Hello { $first_name },

    You have not signed in to the { $company } customer space for a long time.
    Without a sign-in, your account will be deactivated on { $deadline } (UTC).
    To keep it, simply sign in before that date. Your data is kept either way.
