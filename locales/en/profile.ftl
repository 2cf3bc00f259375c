# Translators: read locales/README.md before editing; `make i18n-check` checks your work.

### The signed-in person's profile.

profile-title = My profile
profile-name = Name
profile-email = Sign-in e-mail
profile-role = Role
profile-company = Company
profile-language = Language of e-mails
role-user = User
role-team-admin = Team administrator
role-admin = Administrator
# A language named in the interface’s language (a person’s e-mail language).
language-fr = French
language-en = English
profile-change-language = Change the language
profile-saved = Saved.
profile-password-title = Change my password
profile-current-password = Current password
profile-password-submit = Change the password
profile-password-changed = Password changed. Your other sessions were signed out.
