# Translators: read locales/README.md before editing; `make i18n-check` checks your work.

### The company settings page (administrators).

company-title = Company settings
company-time-zone = Time zone
company-time-zone-hint = E-mails give dates and times on this clock, and name it: an activation link’s deadline, for example.
company-save = Save
company-saved = Company settings saved.
