# Translators: read locales/README.md before editing; `make i18n-check` checks your work.

### E-mails sent to users and administrators. Each has a subject and a plain-text body in
### which the link, if any, is a paragraph of its own. The HTML version shows the same text
### with the link as a button (the `-button` messages) and the address under it
### (`emails-link-fallback`). Every e-mail ends with `emails-sign-off`.
### Times are on the company’s clock, whose name comes in $time_zone.

## Shared by every e-mail

# The last paragraph of every e-mail, on a line of its own.
emails-sign-off = The { -brand-name } team
# HTML version only: under the button, above the link’s address.
emails-link-fallback = If the button does not work, copy this address into your browser:

## Activating an account

# Variables:
#   $company (String) - the company’s name
emails-activation-subject = Activate your { $company } customer space account
# Variables:
#   $first_name (String) - the recipient’s first name
#   $company (String) - the company’s name
#   $link (String) - the activation link
#   $expires (String) - when the link stops working, on the company’s clock, e.g. Thursday, November 26, 2026 at 9:00 AM
#   $time_zone (String) - the name of the company’s time zone, e.g. Central European Time
emails-activation-text =
    Hello { $first_name },

    An account was created for you in the { $company } customer space.
    To activate it, open the link below and choose your password:

    { $link }

    The link works once, until { $expires } ({ $time_zone }). If it has expired, open it anyway to ask for a new one.
    If you did not expect this e-mail, you can ignore it.
# HTML version: the button that opens the activation link.
emails-activation-button = Activate my account

## Choosing a new password

# Variables:
#   $company (String) - the company’s name
emails-reset-subject = Choose a new password for your { $company } customer space
# Variables:
#   $first_name (String) - the recipient’s first name
#   $company (String) - the company’s name
#   $link (String) - the password link
#   $expires (String) - when the link stops working, on the company’s clock, e.g. Thursday, November 26, 2026 at 9:00 AM
#   $time_zone (String) - the name of the company’s time zone, e.g. Central European Time
emails-reset-text =
    Hello { $first_name },

    To choose a new password for the { $company } customer space, open the link below:

    { $link }

    The link works once, until { $expires } ({ $time_zone }). If it has expired, open it anyway to ask for a new one.
    If you did not ask for a new password, ignore this e-mail: your password stays the same.
# HTML version: the button that opens the password link.
emails-reset-button = Choose a new password

## Deactivation for inactivity

# Variables:
#   $company (String) - the company’s name
emails-inactivity-subject = Your { $company } customer space account will be deactivated
# Variables:
#   $first_name (String) - the recipient’s first name
#   $company (String) - the company’s name
#   $days (Number) - after how many days without a sign-in accounts are deactivated, e.g. 90
#   $deadline (String) - when the account will be deactivated, on the company’s clock, e.g. Thursday, November 26, 2026 at 9:00 AM
#   $time_zone (String) - the name of the company’s time zone, e.g. Central European Time
#   $link (String) - the sign-in page
emails-inactivity-text =
    Hello { $first_name },

    Accounts in the { $company } customer space are deactivated after { NUMBER($days) ->
        [one] one day
       *[other] { $days } days
    } without a sign-in.
    Unless you sign in, your account will be deactivated on { $deadline } ({ $time_zone }).
    To keep it, sign in before that date:

    { $link }

    If you no longer need it, you have nothing to do. Your data is kept either way.
# HTML version: the button that opens the sign-in page.
emails-inactivity-button = Sign in

## An account locked by wrong passwords

# Variables:
#   $company (String) - the company’s name
emails-locked-subject = Your { $company } customer space account is locked
# Variables:
#   $first_name (String) - the recipient’s first name
#   $company (String) - the company’s name
#   $attempts (Number) - how many wrong passwords in a row lock an account, e.g. 10
#   $link (String) - the link to choose a new password
#   $expires (String) - when the link stops working, on the company’s clock, e.g. Thursday, November 26, 2026 at 9:00 AM
#   $time_zone (String) - the name of the company’s time zone, e.g. Central European Time
emails-locked-text =
    Hello { $first_name },

    Your account in the { $company } customer space was locked after { NUMBER($attempts) ->
        [one] one wrong password
       *[other] { $attempts } wrong passwords in a row
    }.
    If you are already signed in somewhere, you stay signed in.
    To unlock it, open the link below and choose a new password:

    { $link }

    The link works once, until { $expires } ({ $time_zone }). If it has expired, open it anyway to ask for a new one.
    If you did not type these passwords, someone may be trying to guess yours: the new password keeps them out.
# HTML version: the button that opens the link to choose a new password.
emails-locked-button = Unlock my account

# Variables:
#   $company (String) - the company’s name
#   $locked_first_name (String) - the locked administrator’s first name
#   $locked_last_name (String) - the locked administrator’s last name
emails-admin-locked-subject = { $locked_first_name } { $locked_last_name } is locked out of the { $company } customer space
# Variables:
#   $first_name (String) - the recipient’s first name (an administrator)
#   $company (String) - the company’s name
#   $locked_first_name (String) - the locked administrator’s first name
#   $locked_last_name (String) - the locked administrator’s last name
#   $locked_email (String) - the locked administrator’s sign-in e-mail address
#   $attempts (Number) - how many wrong passwords in a row lock an account, e.g. 10
emails-admin-locked-text =
    Hello { $first_name },

    The administrator account of { $locked_first_name } { $locked_last_name } ({ $locked_email }) in the { $company } customer space was locked after { NUMBER($attempts) ->
        [one] one wrong password
       *[other] { $attempts } wrong passwords in a row
    }.
    They were e-mailed a link to choose a new password, which unlocks the account: you have nothing to do.
    If they did not type these passwords, someone may be trying to get in: ask them to choose a long password they use nowhere else. You can also unlock the account from their page in Users.

## Single sign-on

# Variables:
#   $company (String) - the company’s name
#   $person_first_name (String) - the new person’s first name
#   $person_last_name (String) - the new person’s last name
emails-sso-no-seat-subject = { $person_first_name } { $person_last_name } joined the { $company } customer space without some services
# Variables:
#   $first_name (String) - the recipient’s first name (an administrator)
#   $company (String) - the company’s name
#   $person_first_name (String) - the new person’s first name
#   $person_last_name (String) - the new person’s last name
#   $person_email (String) - the new person’s sign-in e-mail address
#   $services (String) - the services left out, separated by commas
emails-sso-no-seat-text =
    Hello { $first_name },

    { $person_first_name } { $person_last_name } ({ $person_email }) signed in to the { $company } customer space for the first time through your company’s single sign-on, and their account was created.
    No seat was left for these services, so they were not assigned: { $services }.
    To assign them, free or add seats, then add the services on their page in Users.

## The company's e-mail domains

# Variables:
#   $company (String) - the company’s name
#   $domain (String) - the e-mail domain, such as acme.fr
emails-domain-lost-subject = { $domain } is no longer verified for the { $company } customer space
# Variables:
#   $first_name (String) - the recipient’s first name (an administrator)
#   $company (String) - the company’s name
#   $domain (String) - the e-mail domain, such as acme.fr
#   $record (String) - the TXT record’s name, such as _espace-challenge.acme.fr
emails-domain-lost-text =
    Hello { $first_name },

    Today’s check no longer finds the TXT record { $record } that proves the { $company } company holds { $domain }.
    Until it is verified again, single sign-on no longer covers addresses in { $domain } that have no account yet, and people whose account is in { $domain } sign in with their password.
    If the record was removed by mistake, publish it again, then choose Check now on the Single sign-on page.

## A person's own addresses

# Variables:
#   $company (String) - the company’s name
emails-notification-address-changed-subject = Your notification address for the { $company } customer space has changed
# Variables:
#   $first_name (String) - the recipient’s first name
#   $company (String) - the company’s name
#   $address (String) - the new notification address
emails-notification-address-changed-text =
    Hello { $first_name },

    Notices from the { $company } customer space now go to { $address } instead of this address.
    If you did not expect this change, tell your company’s administrator.

## A sign-in from a browser new to the account

# Variables:
#   $company (String) - the company’s name
emails-new-sign-in-subject = New sign-in to your { $company } customer space
# Variables:
#   $first_name (String) - the recipient’s first name
#   $company (String) - the company’s name
#   $device (String) - the browser and system, e.g. "Chrome on Windows"
#   $address (String) - the address it signed in from, e.g. "203.0.113.7"
#   $at (String) - the date and time, e.g. "Friday, January 15, 2027 at 9:00 AM"
#   $time_zone (String) - the company’s time zone, e.g. "Central European Time"
#   $link (String) - the profile page, where the person’s sessions are listed
emails-new-sign-in-text =
    Hello { $first_name },

    Someone signed in to your { $company } customer space from a browser not used on your account before: { $device }, address { $address }, on { $at } ({ $time_zone }).

    If it was you, there is nothing to do. If not, change your password now, then sign that session out from your profile:

    { $link }

# Variables:
#   $company (String) - the company’s name
emails-second-step-reset-subject = Your two-step sign-in to the { $company } customer space was reset
# Variables:
#   $first_name (String) - the recipient’s first name
#   $company (String) - the company’s name
#   $link (String) - the profile page, where two-step sign-in is set up
emails-second-step-reset-text =
    Hello { $first_name },

    An administrator of { $company } has reset your two-step sign-in: your authenticator app and your recovery codes no longer work. Your password does not change.

    Set up two-step sign-in again from your profile (if your company requires it, you will be asked at your next sign-in):

    { $link }

    If you did not ask for this, contact your administrator.

## A change of sign-in e-mail: the link to the new address, then the notice to the old one

# Variables:
#   $company (String) - the company’s name
emails-email-change-confirm-subject = Confirm your new sign-in e-mail for the { $company } customer space
# Variables:
#   $first_name (String) - the recipient’s first name
#   $company (String) - the company’s name
#   $address (String) - the sign-in e-mail used until now
#   $link (String) - the link that confirms the new address
#   $expires (String) - when the link stops working, e.g. "Friday, January 15, 2027 at 9:00 AM"
#   $time_zone (String) - the company’s time zone, e.g. "Central European Time"
emails-email-change-confirm-text =
    Hello { $first_name },

    You asked to sign in to the { $company } customer space with this address instead of { $address }. To confirm, open the link below while signed in:

    { $link }

    The link works once, until { $expires } ({ $time_zone }). Until then, nothing changes. If you did not ask for this, ignore this e-mail.
# HTML version: the button that opens the confirmation link.
emails-email-change-confirm-button = Confirm this address
# Variables:
#   $company (String) - the company’s name
emails-email-changed-subject = Your sign-in e-mail for the { $company } customer space was changed
# Variables:
#   $first_name (String) - the recipient’s first name
#   $company (String) - the company’s name
#   $address (String) - the new sign-in e-mail
#   $link (String) - the link that puts this address back
#   $expires (String) - when the link stops working
#   $time_zone (String) - the company’s time zone
emails-email-changed-text =
    Hello { $first_name },

    Your sign-in e-mail for the { $company } customer space is now { $address }. This address no longer signs you in.

    If it was not you, open the link below: it puts this address back, signs everyone out, and lets you choose a new password.

    { $link }

    The link works once, until { $expires } ({ $time_zone }). If it was you, there is nothing to do.
# HTML version: the button that opens the undo link.
emails-email-changed-button = Put my address back

## Orders

# Variables:
#   $company (String) - the company’s name
#   $service (String) - the service's name
emails-order-ending-subject = { $service }: seats of the { $company } customer space end soon
# Variables:
#   $first_name (String) - the recipient’s first name (an administrator)
#   $company (String) - the company’s name
#   $service (String) - the service's name
#   $seats (Number) - how many seats the order holds
#   $ends_on (String) - the order's last day, e.g. Thursday, December 31, 2026
emails-order-ending-text =
    Hello { $first_name },

    An order of { $service } for the { $company } customer space ends on { $ends_on }. { NUMBER($seats) ->
        [one] Its seat goes with it.
       *[other] Its { NUMBER($seats) } seats go with it.
    }
    People keep the service until you remove it, but no one else can get it while more people hold it than the seats left. To keep the seats, contact your provider before that day; otherwise, choose who keeps the service in Users.

## Reminder of an invitation about to expire

# Variables:
#   $company (String) - the company’s name
emails-invitation-reminder-subject = Your { $company } customer space account is waiting: the invitation expires tomorrow
# Variables:
#   $first_name (String) - the recipient’s first name
#   $company (String) - the company’s name
#   $link (String) - the activation link (a new one; the one sent before no longer works)
#   $expires (String) - when the link stops working, on the company’s clock, e.g. Thursday, November 26, 2026 at 9:00 AM
#   $time_zone (String) - the name of the company’s time zone, e.g. Central European Time
emails-invitation-reminder-text =
    Hello { $first_name },

    Your account in the { $company } customer space is not activated yet, and the invitation expires on { $expires } ({ $time_zone }).
    To activate it, open the link below and choose your password:

    { $link }

    This link replaces the one in the first e-mail. If it has expired, open it anyway to ask for a new one.
    If you did not expect this e-mail, you can ignore it.
# HTML version: the button that opens the activation link.
emails-invitation-reminder-button = Activate my account

## What an administrator is told once a day of the invitations they sent that expired unused

# Variables:
#   $count (Number) - how many invitations expired
#   $company (String) - the company’s name
emails-invitation-digest-subject = { NUMBER($count) ->
    [one] An invitation you sent expired unused ({ $company })
   *[other] { $count } invitations you sent expired unused ({ $company })
}
# Variables:
#   $first_name (String) - the recipient’s first name
#   $company (String) - the company’s name
#   $count (Number) - how many invitations expired
#   $people (String) - the people, one per line: "- First Last (address)"
#   $link (String) - the users list, filtered to expired invitations
emails-invitation-digest-text =
    Hello { $first_name },

    { NUMBER($count) ->
        [one] This person you invited to the { $company } customer space did not activate their account in time:
       *[other] These { $count } people you invited to the { $company } customer space did not activate their account in time:
    }

    { $people }

    To send them new invitations at once, open the list of expired invitations:

    { $link }
# HTML version: the button that opens the list of expired invitations.
emails-invitation-digest-button = See the expired invitations

## What an administrator sends to those who have not accepted the privacy policy in effect

# Variables:
#   $company (String) - the company’s name
emails-policy-reminder-subject = Please read the updated privacy policy ({ $company })
# Variables:
#   $first_name (String) - the recipient’s first name
#   $company (String) - the company’s name
#   $link (String) - the sign-in page
emails-policy-reminder-text =
    Hello { $first_name },

    The privacy policy of the { $company } customer space has changed. Your administrator asks you to read it: it is shown, with what changed, the next time you sign in.

    { $link }
# HTML version: the button that opens the sign-in page.
emails-policy-reminder-button = Sign in

## A webhook endpoint switched off after failing for three days

# Variables:
#   $company (String) - the company’s name
emails-webhook-off-subject = A webhook of the { $company } customer space was switched off
# Variables:
#   $first_name (String) - the recipient’s first name (an administrator)
#   $company (String) - the company’s name
#   $url (String) - the endpoint's address
#   $link (String) - the endpoint's page in the customer space
emails-webhook-off-text =
    Hello { $first_name },

    For three days, the webhook endpoint { $url } of the { $company } customer space has not accepted the events sent to it, so it was switched off: events are no longer sent there, and those waiting were given up.

    Once the receiving end works again, switch the endpoint back on from its page, then send a test event to check it.

    { $link }
# HTML version: the button that opens the endpoint's page.
emails-webhook-off-button = Open the webhook
