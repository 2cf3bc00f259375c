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

## The console's navigation

operator-nav = Console
operator-nav-companies = Entreprises
operator-nav-catalogue = Catalogue
operator-nav-privacy = Politique de confidentialité
operator-nav-tokens = Jetons d’opérateur

## A company's page: its name, its services and seats, its orders

operator-company-title = Entreprise
operator-company-back = Toutes les entreprises
operator-status-closing-short = En fermeture
# Variables:
#   $count (Number) - how many people the company has
operator-company-people = { NUMBER($count) ->
    [one] Une personne
   *[other] { NUMBER($count) } personnes
}
operator-rename = Renommer
operator-rename-title = Renommer l’entreprise
operator-rename-save = Renommer
operator-renamed = Entreprise renommée.
operator-services-title = Services et licences
operator-services-intro = Les licences d’un service sont la somme de ses commandes en cours aujourd’hui. Les administrateurs voient les mêmes nombres sur leur page des utilisateurs et dans l’assistant d’ajout.
operator-no-services = Cette entreprise n’a encore commandé aucun service.
operator-column-service = Service
operator-column-seats = Licences occupées
operator-column-orders = Commandes
# Variables:
#   $used (Number) - seats held by people
#   $total (Number) - seats ordered, today
operator-seats = { $used } sur { $total }
# Variables:
#   $seats (Number) - the order's seats
#   $from (String) - its first day
operator-order-open = { NUMBER($seats) ->
    [one] Une licence à partir du { $from }
   *[other] { NUMBER($seats) } licences à partir du { $from }
}
# Variables:
#   $seats (Number) - the order's seats
#   $from (String) - its first day
#   $until (String) - its last day
operator-order-until = { NUMBER($seats) ->
    [one] Une licence du { $from } au { $until }
   *[other] { NUMBER($seats) } licences du { $from } au { $until }
}
operator-order-change = Modifier
# The Change button's name for screen readers.
# Variables:
#   $service (String) - the service's name
#   $order (String) - the order, as the list writes it
operator-order-change-label = Modifier { $service } : { $order }
operator-order-title = Commander un service
operator-order-intro = Les administrateurs de l’entreprise peuvent attribuer les licences dès le premier jour. Une commande sans dernier jour court jusqu’à ce qu’elle soit modifiée.
operator-order-service = Service
operator-order-choose = Choisissez un service
operator-order-seats = Licences
operator-order-starts-on = Premier jour
operator-order-days-hint = Les jours sont comptés en UTC.
operator-order-ends-on = Dernier jour (facultatif)
operator-order-ends-on-hint = Les administrateurs de l’entreprise sont prévenus par e-mail 14 jours avant. Les licences occupées au-delà de ce qui reste le restent, mais aucune autre ne peut être attribuée.
operator-order-submit = Commander
operator-ordered = Commande passée.
# Variables:
#   $service (String) - the service's name
#   $from (String) - the order's first day
operator-order-change-title = Modifier la commande de { $service } du { $from }
operator-order-change-intro = Moins de licences que de personnes qui en occupent aujourd’hui est refusé : l’entreprise libère d’abord des licences.
operator-order-change-save = Enregistrer la commande
operator-order-changed = Commande modifiée.

## The catalogue

operator-catalogue-title = Catalogue
operator-catalogue-intro = Les services que vous proposez aux entreprises. Chacun voit le nom et la description d’un service dans sa langue, et un bouton pour l’ouvrir quand il a une adresse.
operator-catalogue-empty = Le catalogue est vide. Ajoutez le premier service ci-dessous.
operator-service-name-en = Nom en anglais
operator-service-name-fr = Nom en français
operator-service-description-en = Description en anglais
operator-service-description-fr = Description en français
operator-service-url = Adresse à ouvrir
operator-service-url-hint = Commence par https://. Laissez vide pour un service sans rien à ouvrir.
operator-service-edit = Modifier
# Variables:
#   $service (String) - the service's English name
operator-service-edit-label = Modifier { $service }
operator-service-add-title = Ajouter un service
operator-service-edit-title = Modifier un service
operator-service-add = Ajouter le service
operator-service-save = Enregistrer le service
operator-service-cancel = Annuler
operator-service-added = Service ajouté.
operator-service-saved = Service enregistré. Les entreprises qui l’ont commandé voient la modification.

## Operator tokens for /api/operator/v1

operator-tokens-title = Jetons d’opérateur
operator-tokens-intro = Vos propres systèmes, comme la facturation, créent des entreprises et passent des commandes par l’API opérateur avec l’un de ces jetons. Un jeton agit au nom de l’opérateur qui l’a créé ; chaque modification qu’il fait figure dans l’activité des opérateurs avec son nom.
operator-tokens-document = Le document OpenAPI de l’API opérateur
operator-tokens-none = Aucun jeton d’opérateur pour l’instant.
operator-token-name = Nom
operator-token-name-hint = Le logiciel qui l’utilisera, comme Facturation.
operator-token-days = Jours avant expiration
operator-token-prefix = Commence par
operator-token-made-by = Créé par
operator-token-expires = Expire le
operator-token-last-used = Dernière utilisation
operator-token-used = Utilisé
operator-token-unused = Jamais utilisé
operator-token-revoked-on = Révoqué
operator-token-new-title = Nouveau jeton d’opérateur
operator-token-create = Créer le jeton
operator-token-revoke = Révoquer
# Variables:
#   $name (String) - the token's name
operator-token-revoke-label = Révoquer { $name }
# Variables:
#   $name (String) - the token's name
operator-token-revoke-title = Révoquer { $name } ?
operator-token-revoke-body = Les logiciels qui l’utilisent sont refusés aussitôt. C’est définitif : créez un nouveau jeton s’il en faut un de nouveau.
operator-token-revoked = Jeton révoqué.

## Operators' activity: what else

# Variables:
#   $company (String) - the company's new name
#   $former (String) - its former name
operator-event-company-renamed = A renommé { $former } en { $company }
# Variables:
#   $service (String) - the service's English name
operator-event-service-added = A ajouté { $service } au catalogue
# Variables:
#   $service (String) - the service's English name
operator-event-service-changed = A modifié { $service } dans le catalogue
# Variables:
#   $company (String) - the company's name
#   $order (String) - the service and its seats, e.g. Microsoft 365 × 10
operator-event-order-placed = A commandé { $order } pour { $company }
# Variables:
#   $company (String) - the company's name
#   $order (String) - the service, its seats and last day, e.g. Microsoft 365 × 8 → 2027-01-31
operator-event-order-changed = A modifié une commande de { $company } : { $order }
# Variables:
#   $name (String) - the token's name
operator-event-token-created = A créé le jeton d’opérateur { $name }
# Variables:
#   $name (String) - the token's name
operator-event-token-revoked = A révoqué le jeton d’opérateur { $name }
# Variables:
#   $name (String) - the operator token the change came through
operator-event-through-token = par { $name }

## The operators themselves

operator-nav-team = Opérateurs
operator-team-title = Opérateurs
operator-team-intro = Vos collègues qui font fonctionner cet espace. Chacun se connecte avec un mot de passe et une application d’authentification. Désactivez un compte dès que quelqu’un part ; réinitialisez-le quand son téléphone est perdu.
operator-team-status-invited = Invité
operator-team-status-active = Actif
operator-team-status-disabled = Désactivé
operator-team-last-sign-in = Dernière connexion
operator-team-disable = Désactiver
operator-team-enable = Réactiver
operator-team-reset = Nouveau lien
# The buttons' names for screen readers.
# Variables:
#   $name (String) - the operator's name
operator-team-disable-label = Désactiver { $name }
# Variables:
#   $name (String) - the operator's name
operator-team-enable-label = Réactiver { $name }
# Variables:
#   $name (String) - the operator's name
operator-team-reset-label = Nouveau lien pour { $name }
# Variables:
#   $name (String) - the operator's name
operator-team-disable-title = Désactiver { $name } ?
operator-team-disable-body = Sa console est déconnectée aussitôt, il ne peut plus se connecter et ses jetons d’opérateur cessent de fonctionner.
# Variables:
#   $name (String) - the operator's name
operator-team-enable-title = Réactiver { $name } ?
operator-team-enable-body = Il peut de nouveau se connecter avec son mot de passe et son application, et ses jetons d’opérateur non expirés fonctionnent de nouveau.
# Variables:
#   $name (String) - the operator's name
operator-team-reset-title = Créer un nouveau lien pour { $name } ?
operator-team-reset-body = Son mot de passe et son application d’authentification sont supprimés et sa console est déconnectée. Le nouveau lien lui permet de choisir un mot de passe et de configurer de nouveau une application.
operator-team-disabled = Opérateur désactivé.
operator-team-enabled = Opérateur réactivé.
operator-team-was-reset = Nouveau lien créé.
operator-team-link-title = Transmettez ce lien
operator-team-link-warning = Ce lien ne sera plus affiché. Il fonctionne une fois, pendant 72 heures.
operator-team-link-store = Envoyez-le à votre collègue par un moyen que lui seul peut lire ; il ouvre la page où il choisit un mot de passe et configure son application.
# Variables:
#   $name (String) - the operator's name
operator-team-link-label = Lien d’activation pour { $name }
operator-invite-title = Inviter un opérateur
operator-invite-name = Nom
operator-invite-email = E-mail
operator-invite-submit = Inviter
# Variables:
#   $email (String) - the operator's e-mail
operator-event-operator-invited = A invité l’opérateur { $email }
# Variables:
#   $email (String) - the operator's e-mail
operator-event-operator-disabled = A désactivé l’opérateur { $email }
# Variables:
#   $email (String) - the operator's e-mail
operator-event-operator-enabled = A réactivé l’opérateur { $email }
# Variables:
#   $email (String) - the operator's e-mail
operator-event-operator-reset = A créé un nouveau lien pour l’opérateur { $email }
operator-event-signed-in = S’est connecté
# Variables:
#   $version (String) - le nom de la version de la politique de confidentialité, « 2027-01 »
operator-event-policy-published = A publié la politique de confidentialité { $version }

## La page de la politique de confidentialité : ses versions, et la publication d’une nouvelle

operator-policy-title = Politique de confidentialité
operator-policy-intro = La politique que chaque personne de chaque entreprise accepte. Une nouvelle version prend effet à son jour : dès lors, chacun doit la lire et l’accepter à sa prochaine connexion, ce qui a changé étant présenté en premier.
operator-policy-empty = Aucune version publiée : les personnes acceptent la politique intégrée.
operator-policy-form-title = Publier une nouvelle version
operator-policy-version = Version
operator-policy-version-hint = Son nom tel que les personnes le voient, par exemple 2027-01 : lettres, chiffres, points et tirets. Un nom ne sert jamais deux fois.
operator-policy-day = Prend effet le
operator-policy-day-hint = Aujourd’hui ou plus tard ; elle prend effet à minuit UTC.
operator-policy-text-en = Texte en anglais
operator-policy-text-fr = Texte en français
operator-policy-markdown-hint = Markdown : titres, listes, gras, liens. Le HTML s’affiche tel quel, sans s’exécuter.
operator-policy-changes-en = Ce qui a changé, en anglais
operator-policy-changes-fr = Ce qui a changé, en français
operator-policy-changes-hint = Présenté en premier aux personnes qui avaient accepté une version antérieure.
operator-policy-publish = Publier
operator-policy-published = Version publiée.
operator-policy-col-effective = En vigueur à partir du
operator-policy-col-published = Publiée
operator-policy-col-accepted = Acceptée par
operator-policy-col-status = Statut
operator-policy-current = En vigueur
operator-policy-upcoming = À venir
operator-policy-past = Remplacée
