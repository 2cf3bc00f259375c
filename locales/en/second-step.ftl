# Translators: read locales/README.md before editing; `make i18n-check` checks your work.

### Two-step sign-in: the profile's section, its setup, the recovery codes, and the page shown
### first when the company requires it.

second-step-title = Two-step sign-in
second-step-intro = After your password, you also use a passkey or enter a code from an authenticator app on your phone (such as Google Authenticator, Microsoft Authenticator or FreeOTP). Someone who learns your password still cannot sign in.
second-step-off = Two-step sign-in is off.
second-step-on = Two-step sign-in is on.
# Variables:
#   $count (Number) - how many unused recovery codes the person has
second-step-codes-left = { NUMBER($count) ->
    [0] You have no recovery codes left: make new ones.
    [one] You have one recovery code left.
   *[other] You have { $count } recovery codes left.
}
second-step-required-hint = Your company requires two-step sign-in: it cannot be turned off.
second-step-set-up = Set up an authenticator app
second-step-replace = Use another app
second-step-new-codes = Make new recovery codes
second-step-turn-off = Turn off two-step sign-in
second-step-turn-off-title = Turn off two-step sign-in?
second-step-turn-off-body = Your password alone will let you in again, and your recovery codes will stop working.
second-step-turned-off = Two-step sign-in turned off.
second-step-app-title = Authenticator app
second-step-app-on = Set up.
# Said of the authenticator app and of the passkeys when there is none.
second-step-app-off = None yet.
second-step-passkeys-title = Passkeys
second-step-codes-heading = Recovery codes
# Variables:
#   $date (String) - when the passkey was added, e.g. "Dec 6, 2026, 7:12 PM"
second-step-passkey-added = Added { $date }
# Variables:
#   $date (String) - when the passkey last signed the person in
second-step-passkey-last-used = last used { $date }
second-step-passkey-rename = Rename
# The Rename button's name for screen readers.
# Variables:
#   $name (String) - the passkey's name
second-step-passkey-rename-label = Rename the passkey { $name }
second-step-passkey-save = Save the name
second-step-passkey-remove = Remove
# The Remove button's name for screen readers.
# Variables:
#   $name (String) - the passkey's name
second-step-passkey-remove-label = Remove the passkey { $name }
second-step-passkey-add-title = Add a passkey
second-step-passkey-name = Name of this passkey
second-step-passkey-name-hint = So that you recognise it later: “Work laptop”, “Phone”, “Blue security key”.
second-step-passkey-add = Add a passkey
second-step-passkey-unsupported = This browser cannot make passkeys.

second-step-setup-scan = Open your authenticator app, add an account, and scan this code.
second-step-setup-qr = QR code to add your account to an authenticator app
second-step-setup-manual = Cannot scan it? Add the account by hand with this key (a time-based code):
second-step-setup-code = Code shown by the app
second-step-setup-confirm = Turn on

second-step-codes-title = Your recovery codes
second-step-codes-warning = Save them now: they are shown only this once. If you lose your phone, each code lets you sign in once instead of a code from the app.
second-step-codes-copy = Copy the codes
second-step-codes-copied = Codes copied.
second-step-codes-copy-failed = Your browser did not let us copy. Select the codes and copy them yourself.
second-step-codes-download = Download (.txt)
# The downloaded file's name.
second-step-codes-file = recovery-codes.txt
second-step-codes-saved = I have saved them

second-step-required-title = Set up two-step sign-in
second-step-required-intro = Your company requires two-step sign-in for your role. Set it up now: it takes a minute, and you will then reach your space.
second-step-use-passkey-instead = Use a passkey instead
second-step-use-app-instead = Use an authenticator app instead
