# Translators: read locales/README.md before editing; `make i18n-check` checks your work.

### La console opérateur : l’équipe du fournisseur crée les entreprises et les suspend.

operator-title = Console opérateur
operator-intro = Les entreprises qui utilisent cet espace. Leurs utilisateurs n’apparaissent pas ici : les administrateurs de chaque entreprise les gèrent.
# Variables:
#   $name (String) - le nom de l’opérateur
operator-signed-in-as = Connecté en tant que { $name }
operator-sign-out = Se déconnecter
operator-companies-title = Entreprises
operator-search = Rechercher par nom
operator-status-filter = Statut
operator-status-all = Tous
operator-status-active = Active
operator-status-suspended = Suspendue
operator-column-name = Entreprise
operator-column-status = Statut
operator-column-users = Utilisateurs
operator-column-sso = Authentification unique
operator-column-created = Créée le
operator-column-actions = Actions
operator-sso-on = Activée
operator-sso-off = Désactivée
operator-no-companies = Aucune entreprise ne correspond.
operator-suspend = Suspendre
operator-reactivate = Réactiver
# Le nom des boutons pour les lecteurs d’écran.
# Variables:
#   $company (String) - le nom de l’entreprise
operator-suspend-label = Suspendre { $company }
# Variables:
#   $company (String) - le nom de l’entreprise
operator-reactivate-label = Réactiver { $company }
# Variables:
#   $company (String) - le nom de l’entreprise
operator-suspend-title = Suspendre { $company } ?
operator-suspend-body = Ses utilisateurs sont déconnectés immédiatement et ne peuvent plus se connecter ; ses jetons d’API et SCIM sont refusés. Rien n’est supprimé : réactivez-la pour rétablir l’accès.
# Variables:
#   $company (String) - le nom de l’entreprise
operator-reactivate-title = Réactiver { $company } ?
operator-reactivate-body = Ses utilisateurs peuvent de nouveau se connecter, et ses jetons d’API et SCIM fonctionnent de nouveau.
operator-close = Fermer
# Variables:
#   $company (String) - le nom de l’entreprise
operator-close-label = Fermer { $company }
# Variables:
#   $company (String) - le nom de l’entreprise
operator-close-title = Fermer { $company } ?
# Variables:
#   $days (Number) - le délai avant l’effacement, p. ex. 30
operator-close-body = Téléchargez d’abord ses données. Ses utilisateurs sont déconnectés immédiatement et ne peuvent plus se connecter ; dans { $days } jours, toutes ses données sont effacées définitivement. D’ici là, Réactiver annule la fermeture.
operator-closed = Entreprise fermée : ses données seront effacées à la fin du délai de grâce.
# Variables:
#   $date (String) - le jour où ses données sont effacées
operator-status-closing = En fermeture : effacée le { $date }
operator-export = Télécharger ses données
# Variables:
#   $company (String) - le nom de l’entreprise
operator-export-label = Télécharger ses données ({ $company })
operator-suspended = Entreprise suspendue : ses utilisateurs sont déconnectés.
operator-reactivated = Entreprise réactivée.

operator-new-title = Nouvelle entreprise
operator-new-intro = Son premier administrateur reçoit aussitôt l’e-mail d’invitation, dans la langue de l’entreprise.
operator-new-name = Nom de l’entreprise
operator-new-language = Langue
operator-new-time-zone = Fuseau horaire
operator-new-time-zone-hint = L’heure qu’utilisent ses e-mails et son journal d’audit.
operator-new-admin = Premier administrateur
operator-new-first-name = Prénom
operator-new-last-name = Nom
operator-new-email = Adresse e-mail
operator-new-submit = Créer l’entreprise
operator-new-creating = Création…
# Variables:
#   $company (String) - le nom de la nouvelle entreprise
operator-created = { $company } a été créée et son administrateur invité.

operator-events-title = Activité des opérateurs
operator-events-none = Rien pour l’instant.
# Variables:
#   $company (String) - le nom de l’entreprise
operator-event-company-created = A créé { $company }
# Variables:
#   $company (String) - le nom de l’entreprise
operator-event-company-suspended = A suspendu { $company }
# Variables:
#   $company (String) - le nom de l’entreprise
operator-event-company-reactivated = A réactivé { $company }
# Variables:
#   $company (String) - le nom de l’entreprise
operator-event-company-closed = A fermé { $company }
# Variables:
#   $company (String) - le nom de l’entreprise
operator-event-company-erased = A effacé { $company } à la fin de son délai de grâce

## Retrouver une erreur par sa référence

operator-find-title = Retrouver une référence
operator-find-label = Référence
operator-find-hint = La référence qu’un client cite depuis un message d’erreur, par exemple 7KQ2M9XH4TBW. Les erreurs sont conservées 30 jours.
operator-find-submit = Rechercher
operator-find-none = Aucune erreur n’a cette référence depuis 30 jours. Vérifiez-la avec le client.
operator-ref-when = Quand
operator-ref-company = Entreprise
operator-ref-account = Compte
operator-ref-nobody = Personne n’était connecté
operator-ref-request = Requête
operator-ref-message = Ce que la personne a lu
operator-ref-events = Les événements du compte dans l’heure autour
operator-ref-events-none = Aucun.
operator-ref-nearby = Les autres erreurs dans l’heure autour
operator-ref-nearby-none = Aucune.
operator-ref-sso = Authentification unique
# Variables:
#   $issuer (String) - l’adresse du fournisseur d’identité
operator-ref-sso-on = Activée, avec { $issuer }
# Variables:
#   $issuer (String) - l’adresse du fournisseur d’identité
operator-ref-sso-off = Configurée avec { $issuer }, mais désactivée
operator-ref-sso-none = Non configurée

## Activer un compte opérateur avec le lien créé par `espace-server operator add`

operator-activate-title = Activez votre compte opérateur
operator-activate-intro = Les opérateurs accèdent à toutes les entreprises : ils se connectent avec un mot de passe et un code d’application d’authentification. Choisissez votre mot de passe, puis ajoutez le compte à votre application.
operator-activate-password = Mot de passe
operator-activate-password-hint = Au moins 12 caractères. Une phrase de plusieurs mots se retient facilement.
operator-activate-code = Code de votre application
operator-activate-code-hint = 6 chiffres ; un nouveau toutes les 30 secondes.
operator-activate-submit = Activer et ouvrir la console
