## The frame around every page: header, navigation, language switcher, user menu, toasts.

shell-app-name = Espace
shell-skip-to-content = Skip to content
shell-nav-label = Main navigation
shell-nav-services = My services
shell-nav-users = Users
shell-nav-profile = My profile
shell-language-label = Language
shell-language-fr = Français
shell-language-en = English
shell-user-menu-label = Account menu
shell-sign-out = Sign out
shell-signed-out = You are signed out.
shell-loading = Loading…
shell-close = Close
shell-toasts-label = Notifications
# Variables:
#   $page (String) - the title of the current page
shell-page-title = { $page } · Espace
