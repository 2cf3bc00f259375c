# Translators: read locales/README.md before editing; `make i18n-check` checks your work.

### What every form shares: the required-field marker and its note, the summary of errors
### shown above a form that cannot be sent.

form-error-summary-title = There is a problem
# Variables:
#   $field (String) - the field's label
#   $error (String) - what is wrong with it
form-error-summary-item = { $field }: { $error }
form-required-mark = *
form-required-note = Fields marked * are required.
