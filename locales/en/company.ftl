# Translators: read locales/README.md before editing; `make i18n-check` checks your work.

### The company settings page (administrators).

company-title = Company settings
company-time-zone = Time zone
company-time-zone-hint = E-mails give dates and times on this clock, and name it: an activation link’s deadline, for example.
company-save = Save
company-saved = Company settings saved.
company-second-step = Two-step sign-in
company-second-step-hint = After their password, people enter a code from an authenticator app. Those it applies to set it up at their next sign-in, before anything else. Sign-ins through your identity provider (single sign-on) are left to it.
# A rule of who must use two-step sign-in: also the audit log's words for it.
company-second-step-off = Each person chooses
company-second-step-off-hint = Anyone can turn it on from their profile.
company-second-step-managers = Required for administrators and team administrators
company-second-step-managers-hint = The people who manage others; users choose for themselves.
company-second-step-everyone = Required for everyone
company-second-step-everyone-hint = Every person with a password, whatever their role.
