# Translators: read locales/README.md before editing; `make i18n-check` checks your work.

### Where a person is signed in: on their profile, and on their page for their administrators.

sessions-title = Where you are signed in
sessions-intro = Sign out of any session you do not recognise. Changing your password also signs you out everywhere else.
sessions-user-title = Open sessions
sessions-user-intro = Where this person is signed in. Deactivating the account signs them out everywhere.
# Variables:
#   $browser (String) - a browser, e.g. "Chrome"
#   $system (String) - an operating system, e.g. "Windows"
sessions-device = { $browser } on { $system }
sessions-browser-edge = Edge
sessions-browser-opera = Opera
sessions-browser-chrome = Chrome
sessions-browser-firefox = Firefox
sessions-browser-safari = Safari
sessions-browser-other = An unknown browser
sessions-system-windows = Windows
sessions-system-ios = iOS
sessions-system-mac-os = macOS
sessions-system-android = Android
sessions-system-chrome-os = ChromeOS
sessions-system-linux = Linux
sessions-system-other = an unknown system
sessions-this-device = This device
sessions-none = No open session.
sessions-address = Address
sessions-started = Signed in
sessions-last-active = Last active
sessions-sign-out = Sign out
# Variables:
#   $device (String) - the session's browser and system, e.g. "Chrome on Windows"
#   $address (String) - the address it signed in from, e.g. "203.0.113.7"
sessions-sign-out-label = Sign out { $device }, { $address }
sessions-sign-out-others = Sign out everywhere else
sessions-ended = Session signed out.
sessions-others-ended = Signed out everywhere else.
