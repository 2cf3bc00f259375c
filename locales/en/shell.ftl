# Translators: read locales/README.md before editing; `make i18n-check` checks your work.

### The frame around every page: header, navigation, language switcher, user menu, toasts.

# The product’s name, the same in every language; used through { -brand-name }.
-brand-name = Espace

shell-app-name = { -brand-name }
# What search results show under the link to the page.
shell-meta-description = Your company’s customer space: your services, and for administrators the people who use them.
shell-skip-to-content = Skip to content
shell-nav-label = Main navigation
# The button that shows the main navigation on a phone.
shell-nav-menu = Menu
shell-nav-services = My services
shell-nav-users = Users
shell-nav-entities = Entities
shell-nav-audit = Audit log
shell-nav-tokens = API tokens
shell-nav-webhooks = Webhooks
shell-nav-sso = Single sign-on
shell-nav-company = Company
shell-nav-profile = My profile
shell-language-label = Language
shell-language-fr = Français
shell-language-en = English
shell-language-pseudo = Pseudo-locale, for developers and translators: shows which texts bypass translation
shell-user-menu-label = Account menu
shell-sign-out = Sign out
shell-signed-out = You are signed out.
shell-loading = Loading…
shell-close = Close
shell-toasts-label = Notifications
# Variables:
#   $page (String) - the title of the current page
shell-page-title = { $page } · { -brand-name }

## The developer mailbox (/dev/mailbox, only with ESPACE_DEV_MAILBOX=1).

mailbox-title = Developer mailbox
mailbox-intro = The e-mails { -brand-name } wrote, newest first. This page exists only on demo and development servers.
mailbox-empty = No e-mail yet.
mailbox-open-link = Open the link in this e-mail
mailbox-show-text = Show the text
