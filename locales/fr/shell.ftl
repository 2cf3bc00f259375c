## Le cadre de chaque page : en-tête, navigation, choix de la langue, menu du compte, notifications.

shell-app-name = Espace
shell-skip-to-content = Aller au contenu
shell-nav-label = Navigation principale
shell-nav-services = Mes services
shell-nav-users = Utilisateurs
shell-nav-profile = Mon profil
shell-language-label = Langue
shell-language-fr = Français
shell-language-en = English
shell-user-menu-label = Menu du compte
shell-sign-out = Se déconnecter
shell-signed-out = Vous êtes déconnecté.
shell-loading = Chargement…
shell-close = Fermer
shell-toasts-label = Notifications
# Variables:
#   $page (String) - le titre de la page affichée
shell-page-title = { $page } · Espace
