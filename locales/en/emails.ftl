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

# Variables:
#   $company (String) - the company's name
emails-locked-subject = Your { $company } customer space account is locked
# Variables:
#   $first_name (String) - the recipient's first name
#   $company (String) - the company's name
#   $link (String) - the link to choose a new password
#   $expires (String) - when the link stops working, in UTC, e.g. Thursday, November 26, 2026 at 9:00 AM
emails-locked-text =
    Hello { $first_name },

    Your account in the { $company } customer space was locked after ten wrong passwords in a row.
    If you are already signed in, you stay signed in.
    To unlock it, open this link and choose a new password:

    { $link }

    The link works once and until { $expires } (UTC).
    If you did not type these passwords, someone may be trying to guess yours: the new password keeps them out.

# Variables:
#   $company (String) - the company's name
#   $locked_first_name (String) - the locked administrator's first name
#   $locked_last_name (String) - the locked administrator's last name
emails-admin-locked-subject = { $locked_first_name } { $locked_last_name } is locked out of the { $company } customer space
# Variables:
#   $first_name (String) - the recipient's first name (an administrator)
#   $company (String) - the company's name
#   $locked_first_name (String) - the locked administrator's first name
#   $locked_last_name (String) - the locked administrator's last name
#   $locked_email (String) - the locked administrator's sign-in e-mail address
emails-admin-locked-text =
    Hello { $first_name },

    The administrator account of { $locked_first_name } { $locked_last_name } ({ $locked_email }) in the { $company } customer space was locked after ten wrong passwords in a row.
    They have been e-mailed a link to choose a new password, which unlocks the account.
    If they did not type these passwords, someone may be trying to get in. You can also unlock the account from the Users page.

# Variables:
#   $company (String) - the company's name
#   $person_first_name (String) - the new person's first name
#   $person_last_name (String) - the new person's last name
emails-sso-no-seat-subject = { $person_first_name } { $person_last_name } joined the { $company } customer space without some services
# Variables:
#   $first_name (String) - the recipient's first name (an administrator)
#   $company (String) - the company's name
#   $person_first_name (String) - the new person's first name
#   $person_last_name (String) - the new person's last name
#   $person_email (String) - the new person's sign-in e-mail address
#   $services (String) - the services left out, separated by commas
emails-sso-no-seat-text =
    Hello { $first_name },

    { $person_first_name } { $person_last_name } ({ $person_email }) signed in to the { $company } customer space through your identity provider for the first time, and their account was created.
    No seat was left for these services, so the account was created without them: { $services }.
    To give them access, free or add seats, then add the services on their page in Users.
