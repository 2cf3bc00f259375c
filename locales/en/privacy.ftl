# Translators: read locales/README.md before editing; `make i18n-check` checks your work.

### The privacy policy (GDPR) every user accepts before entering their space.

privacy-title = Privacy policy
# Variables:
#   $version (String) - the policy's version, e.g. 2026-11
privacy-version = Version { $version }
# Before the day a published version took effect: “Version 2027-01 · In effect since 15 Jan 2027”.
privacy-effective = In effect since
# Variables:
#   $version (String) - the version the person accepted before, e.g. 2026-11
privacy-changes-title = What changed since version { $version }
privacy-data-title = What we keep
privacy-data-text = Your name, your e-mail addresses, your language, the services assigned to you, and the dates you signed in. Your password is kept only as a one-way hash.
privacy-purpose-title = Why
privacy-purpose-text = To give you access to your company’s services and to let your company’s administrators manage your account. Nothing is sold or shared for advertising.
privacy-rights-title = Your rights
privacy-rights-text = You can ask your administrator to see, correct or delete your data, and ask our data protection officer any question.
privacy-accept = I have read and accept the privacy policy
profile-consent = Privacy policy accepted
# Variables:
#   $version (String) - the policy's version
#   $date (String) - when it was accepted, already formatted
profile-consent-value = version { $version }, on { $date }
