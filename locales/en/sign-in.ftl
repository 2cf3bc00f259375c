# Translators: read locales/README.md before editing; `make i18n-check` checks your work.

### The sign-in page.

sign-in-title = Sign in to your space
sign-in-intro = Use the e-mail address your administrator registered for you.
sign-in-email = E-mail address
sign-in-password = Password
sign-in-show-password = Show password
sign-in-hide-password = Hide password
sign-in-submit = Sign in
sign-in-submitting = Signing in…
sign-in-redirected = Sign in to open this page.
sign-in-forgot = Forgotten password?
sign-in-continue = Continue
sign-in-continuing = Checking…
sign-in-change-email = Use another e-mail address
sign-in-redirecting = Your company uses single sign-on: its identity provider’s sign-in page is opening.
sign-in-provider-signed-out = You are signed out of your space. You may still be signed in with your company’s identity provider.
sign-in-provider-sign-out = Sign out of your company’s identity provider too
