# Traducteurs : lisez locales/README.md avant de modifier ; `make i18n-check` vérifie votre travail.

### Le cadre de chaque page : en-tête, navigation, choix de la langue, menu du compte, notifications.

# Le nom du produit, identique dans toutes les langues ; utilisé via { -brand-name }.
-brand-name = Espace

shell-app-name = { -brand-name }
# Ce que les résultats de recherche affichent sous le lien vers la page.
shell-meta-description = L’espace client de votre entreprise : vos services et, pour les administrateurs, les personnes qui les utilisent.
shell-skip-to-content = Aller au contenu
shell-nav-label = Navigation principale
# Le bouton qui affiche la navigation principale sur un téléphone.
shell-nav-menu = Menu
shell-nav-services = Mes services
shell-nav-users = Utilisateurs
shell-nav-entities = Entités
shell-nav-audit = Journal d’audit
shell-nav-tokens = Jetons d’API
shell-nav-webhooks = Webhooks
shell-nav-sso = Authentification unique
shell-nav-company = Entreprise
shell-nav-profile = Mon profil
shell-language-label = Langue
shell-language-fr = Français
shell-language-en = English
shell-language-pseudo = Pseudo-langue, pour les développeurs et les traducteurs : montre les textes qui échappent à la traduction
shell-user-menu-label = Menu du compte
shell-sign-out = Se déconnecter
shell-signed-out = Déconnexion effectuée.
shell-loading = Chargement…
shell-close = Fermer
shell-toasts-label = Notifications
# Variables:
#   $page (String) - le titre de la page affichée
shell-page-title = { $page } · { -brand-name }

## La boîte aux lettres de développement (/dev/mailbox, seulement avec ESPACE_DEV_MAILBOX=1).

mailbox-title = Boîte aux lettres de développement
mailbox-intro = Les e-mails écrits par { -brand-name }, du plus récent au plus ancien. Cette page n’existe que sur les serveurs de démonstration et de développement.
mailbox-empty = Aucun e-mail pour l’instant.
mailbox-open-link = Ouvrir le lien de cet e-mail
mailbox-show-text = Afficher le texte
