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
sign-in-code-intro = Your account has two-step sign-in. Open your authenticator app and enter the code it shows now.
sign-in-code = Code from your app
sign-in-code-hint = 6 digits; a new one every 30 seconds.
sign-in-recovery-code = Recovery code
sign-in-recovery-code-hint = One of the codes you saved when you set up two-step sign-in, such as ABCD-EFGH-JKMN-PQRS. Each works once.
sign-in-use-recovery-code = Use a recovery code instead
sign-in-use-app = Use a code from the app instead
sign-in-verify = Sign in
sign-in-start-again = Start again
sign-in-go = Go to sign-in
sign-in-use-passkey = Use my passkey
sign-in-passkey-or = Or, without typing anything:
sign-in-with-passkey = Sign in with a passkey
sign-in-redirected = Sign in to open this page.
sign-in-forgot = Forgotten password?
sign-in-continue = Continue
sign-in-continuing = Checking…
sign-in-change-email = Use another e-mail address
sign-in-redirecting = Your company uses single sign-on: its identity provider’s sign-in page is opening.
sign-in-provider-signed-out = You are signed out of your space. You may still be signed in with your company’s identity provider.
sign-in-provider-sign-out = Sign out of your company’s identity provider too

## The forgotten-password page

forgot-title = Forgotten password
forgot-intro = Enter the e-mail address you sign in with. If it belongs to an active account, we will send a link to choose a new password.
forgot-submit = Send the link
forgot-sent = If this address belongs to an active account, a link is on its way. Check your inbox.
