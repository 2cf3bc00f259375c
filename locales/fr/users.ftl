# Traducteurs : lisez locales/README.md avant de modifier ; `make i18n-check` vérifie votre travail.

### La page Utilisateurs (administrateurs) : liste, recherche, filtres, fiche, actions.

users-title = Utilisateurs
users-add = Ajouter des utilisateurs
users-import = Importer
users-export-csv = Exporter en CSV
users-export-xlsx = Exporter en XLSX
users-detail-title = Utilisateur
users-search-label = Rechercher par prénom, nom ou e-mail
users-sort-label = Trier par
users-sort-name = Nom
users-sort-last-sign-in = Dernière connexion
users-sort-created = Date d’ajout
users-filter-status = Statut
users-filter-role = Rôle
users-filter-policy = Politique de confidentialité
users-filter-policy-outdated = Pas encore acceptée
users-filter-all = Tous
users-filter-all-entities = Toutes les entités
users-status-created = Non activé
users-status-invited = Invité
users-status-invitation-expired = Invitation expirée
users-status-active = Actif
users-status-deactivated = Désactivé
users-status-locked = Bloqué
# Variables:
#   $count (Number) - utilisateurs correspondant à la recherche et aux filtres
users-count = { NUMBER($count) ->
    [0] 0 utilisateur
    [one] { $count } utilisateur
   *[other] { $count } utilisateurs
}
users-col-name = Nom
users-col-email = E-mail de connexion
users-col-role = Rôle
users-col-entity = Entité
users-col-status = Statut
users-col-verified = E-mail vérifié
users-col-services = Services
users-col-last-sign-in = Dernière connexion
users-col-policy = Confidentialité
# Sous un e-mail de connexion dans la liste, quand il n’a pas été vérifié.
users-email-unverified = Non vérifié
# Dans la colonne de la politique de confidentialité : la personne n’a pas accepté la version en vigueur.
users-policy-outdated = Non acceptée
# Variables:
#   $count (Number) - les personnes listées qui n’ont pas accepté la politique de confidentialité en vigueur
users-policy-remind-button = { NUMBER($count) ->
    [one] Lui rappeler de l’accepter
   *[other] Rappeler à ces { $count } personnes de l’accepter
}
# Variables:
#   $count (Number) - les personnes listées qui n’ont pas accepté la politique de confidentialité en vigueur
users-policy-remind-title = { NUMBER($count) ->
    [one] Rappeler à une personne d’accepter la politique de confidentialité ?
   *[other] Rappeler à { $count } personnes d’accepter la politique de confidentialité ?
}
users-policy-remind-body = Chaque personne active qui n’a pas accepté la version en vigueur reçoit un e-mail dans sa langue lui demandant de se connecter pour la lire. Personne ne reçoit deux rappels le même jour.
users-policy-remind-confirm = Envoyer les rappels
# Variables:
#   $sent (Number) - les personnes à qui un e-mail a été envoyé
users-policy-reminded = { NUMBER($sent) ->
    [0] Aucun rappel envoyé.
    [one] Un rappel envoyé.
   *[other] { $sent } rappels envoyés.
}
# Variables:
#   $skipped (Number) - les personnes déjà relancées aujourd’hui
users-policy-reminded-skipped = { NUMBER($skipped) ->
    [one] Une personne avait déjà reçu un rappel aujourd’hui.
   *[other] { $skipped } personnes avaient déjà reçu un rappel aujourd’hui.
}
users-col-actions = Actions
users-yes = Oui
users-no = Non
users-never = Jamais
users-empty = Aucun utilisateur pour l’instant.
users-no-match = Aucun utilisateur ne correspond à cette recherche.
users-clear-filters = Effacer la recherche et les filtres
users-pages-label = Pages
users-previous = Précédente
users-next = Suivante
# Variables:
#   $page (Number) - la page affichée
#   $pages (Number) - le nombre de pages
users-page-of = Page { $page } sur { $pages }
users-page-size = Utilisateurs par page
# Variables:
#   $name (String) - le nom complet de l’utilisateur
users-actions-label = Actions pour { $name }

users-action-activate = Activer
users-action-resend-activation = Renvoyer l’e-mail d’activation
users-action-deactivate = Désactiver
users-action-reactivate = Réactiver
users-action-unlock = Débloquer
users-action-unlock-and-reset = Débloquer et envoyer un lien de réinitialisation du mot de passe
users-action-send-password-reset = Envoyer un lien de réinitialisation du mot de passe
users-action-delete = Supprimer
users-action-reset-second-step = Réinitialiser la connexion en deux étapes

# Variables:
#   $name (String) - le nom complet de l’utilisateur
users-confirm-activate-title = Activer { $name } ?
# Variables:
#   $name (String) - le nom complet de l’utilisateur
#   $hours (Number) - la durée de validité des liens d’activation, en heures, par ex. 72
users-confirm-activate-body = { $name } recevra un e-mail avec un lien pour choisir son mot de passe. Le lien est valable { NUMBER($hours) ->
    [one] une heure
   *[other] { $hours } heures
}.
# Variables:
#   $name (String) - le nom complet de l’utilisateur
users-confirm-deactivate-title = Désactiver { $name } ?
# Variables:
#   $name (String) - le nom complet de l’utilisateur
users-confirm-deactivate-body = Toutes les sessions de { $name } seront fermées immédiatement et la connexion ne sera plus possible. Les données sont conservées ; vous pourrez réactiver ce compte plus tard.
# Variables:
#   $name (String) - le nom complet de l’utilisateur
users-confirm-delete-title = Supprimer { $name } ?
# Variables:
#   $name (String) - le nom complet de l’utilisateur
users-confirm-delete-body = Le compte de { $name } n’a jamais été activé : le supprimer annule l’invitation. Cette action est définitive.
# Variables:
#   $name (String) - le nom complet de l’utilisateur
users-confirm-unlock-and-reset-title = Débloquer { $name } et envoyer un lien de réinitialisation du mot de passe ?
# Variables:
#   $name (String) - le nom complet de l’utilisateur
users-confirm-unlock-and-reset-body = { $name } recevra un e-mail avec un lien pour choisir un nouveau mot de passe.
# Variables:
#   $name (String) - le nom complet de l’utilisateur
users-confirm-reset-second-step-title = Réinitialiser la connexion en deux étapes de { $name } ?
# Variables:
#   $name (String) - le nom complet de l’utilisateur
users-confirm-reset-second-step-body = Son application d’authentification et ses codes de secours cesseront de fonctionner, et la personne sera prévenue par e-mail. À faire quand elle a perdu son téléphone : si votre entreprise exige la connexion en deux étapes, elle la configurera à nouveau à sa prochaine connexion. Son mot de passe ne change pas.

users-done-activate = E-mail d’activation envoyé.
users-done-resend-activation = Un nouvel e-mail d’activation a été envoyé. Les anciens liens ne fonctionnent plus.
users-done-deactivate = Utilisateur désactivé.
users-done-reactivate = Utilisateur réactivé.
users-done-unlock = Utilisateur débloqué.
users-done-unlock-and-reset = Utilisateur débloqué ; un lien de réinitialisation du mot de passe a été envoyé.
users-done-send-password-reset = Lien de réinitialisation du mot de passe envoyé.
users-done-delete = Utilisateur supprimé.
users-done-reset-second-step = Connexion en deux étapes réinitialisée ; l’utilisateur a été prévenu par e-mail.

users-back-to-list = ← Tous les utilisateurs
users-detail-identity = Identité
users-detail-notification-email = E-mail de notification
users-detail-dates = Dates
users-detail-status-since = Statut en vigueur depuis
users-detail-second-step = Connexion en deux étapes
users-second-step-on = Activée (application d’authentification)
users-second-step-off = Désactivée
users-detail-created = Date d’ajout
users-detail-invited = Date d’invitation
users-detail-invitation-expires = Expiration du lien d’activation
users-detail-activated = Date d’activation
users-detail-services = Services attribués
users-detail-no-services = Aucun service attribué.
users-detail-history = Historique
users-detail-no-history = Rien d’enregistré pour l’instant.
users-detail-by-system = Automatiquement
users-reason-admin = par un administrateur
# Variables:
#   $days (Number) - le nombre de jours sans connexion après lequel un compte est désactivé, par ex. 90
users-reason-inactivity = après { NUMBER($days) ->
    [one] un jour
   *[other] { $days } jours
} sans connexion
# Variables:
#   $attempts (Number) - le nombre de mots de passe erronés d’affilée qui bloque un compte, par ex. 10
users-reason-failed-sign-ins = après { NUMBER($attempts) ->
    [one] un mot de passe erroné
   *[other] { $attempts } mots de passe erronés
}

## Un e-mail qui n’est pas parvenu à l’utilisateur, sur sa page.

users-mail-undelivered-title = E-mail non distribué
# Variables:
#   $address (String) - l’adresse à laquelle l’e-mail a été envoyé
users-mail-undelivered-activation = L’e-mail d’activation envoyé à { $address } n’a pas pu être distribué.
# Variables:
#   $address (String) - l’adresse à laquelle l’e-mail a été envoyé
users-mail-undelivered-invitation-reminder = Le rappel de l’invitation, envoyé à { $address }, n’a pas pu être distribué.
# Variables:
#   $address (String) - l’adresse à laquelle l’e-mail a été envoyé
users-mail-undelivered-invitation-digest = La liste quotidienne des invitations expirées, envoyée à { $address }, n’a pas pu être distribuée.
# Variables:
#   $address (String) - l’adresse e-mail
users-mail-undelivered-policy-reminder = Le rappel de lire la politique de confidentialité, envoyé à { $address }, n’a pas pu être distribué.
# Variables:
#   $address (String) - l’adresse à laquelle l’e-mail a été envoyé
users-mail-undelivered-webhook-off = L’avis de désactivation d’un point de terminaison webhook, envoyé à { $address }, n’a pas pu être distribué.
# Variables:
#   $address (String) - l’adresse à laquelle l’e-mail a été envoyé
users-mail-undelivered-reset = L’e-mail de mot de passe envoyé à { $address } n’a pas pu être distribué.
# Variables:
#   $address (String) - l’adresse à laquelle l’e-mail a été envoyé
users-mail-undelivered-locked = L’e-mail signalant le blocage du compte, envoyé à { $address }, n’a pas pu être distribué.
# Variables:
#   $address (String) - l’adresse à laquelle l’e-mail a été envoyé
users-mail-undelivered-admin-locked = L’e-mail signalant un administrateur bloqué, envoyé à { $address }, n’a pas pu être distribué.
# Variables:
#   $address (String) - l’adresse à laquelle l’e-mail a été envoyé
users-mail-undelivered-sso-no-seat = L’e-mail signalant des services non attribués à une première connexion par authentification unique, envoyé à { $address }, n’a pas pu être distribué.
# Variables:
#   $address (String) - l’adresse à laquelle l’e-mail a été envoyé
users-mail-undelivered-domain-lost = L’e-mail signalant qu’un domaine de messagerie n’est plus vérifié, envoyé à { $address }, n’a pas pu être distribué.
# Variables:
#   $address (String) - l’adresse à laquelle l’e-mail a été envoyé
users-mail-undelivered-notification-address-changed = L’e-mail annonçant la nouvelle adresse de notification, envoyé à l’ancienne ({ $address }), n’a pas pu être distribué.
# Variables:
#   $address (String) - l’adresse à laquelle l’e-mail a été envoyé
users-mail-undelivered-new-sign-in = L’e-mail signalant une connexion depuis un nouveau navigateur, envoyé à { $address }, n’a pas pu être distribué.
# Variables:
#   $address (String) - l’adresse e-mail à laquelle il a été envoyé
users-mail-undelivered-second-step-reset = L’e-mail signalant la réinitialisation de sa connexion en deux étapes, envoyé à { $address }, n’a pas pu être distribué.
# Variables:
#   $address (String) - l’adresse e-mail à laquelle il a été envoyé
users-mail-undelivered-email-change-confirm = Le lien confirmant un nouvel e-mail de connexion, envoyé à { $address }, n’a pas pu être distribué.
# Variables:
#   $address (String) - l’adresse e-mail à laquelle il a été envoyé
users-mail-undelivered-email-changed = L’e-mail prévenant l’ancienne adresse de connexion du changement, envoyé à { $address }, n’a pas pu être distribué.
# Variables:
#   $address (String) - the e-mail address it was sent to
users-mail-undelivered-order-ending = L’e-mail annonçant la fin d’une commande, envoyé à { $address }, n’a pas pu être distribué.
# Variables:
#   $address (String) - l’adresse à laquelle l’e-mail a été envoyé
users-mail-undelivered-inactivity-warning = L’avertissement d’inactivité envoyé à { $address } n’a pas pu être distribué.
users-mail-failure-invalid-address = Cette adresse ne peut pas recevoir d’e-mail. Corrigez l’e-mail de notification, puis renvoyez le message.
users-mail-failure-rejected = Le serveur de messagerie du destinataire a refusé l’adresse : elle n’existe peut-être pas. Vérifiez-la avec la personne, puis renvoyez l’e-mail.
users-mail-failure-smtputf8-unsupported = L’adresse contient des caractères accentués ou non latins avant le @, auxquels notre serveur de messagerie ne peut pas envoyer d’e-mail. Indiquez pour cette personne un e-mail de notification sans ces caractères, puis renvoyez le message.
users-mail-failure-unreachable = Notre serveur de messagerie est resté injoignable plusieurs heures. Renvoyez l’e-mail plus tard ; si l’échec se répète, contactez le support.

dialog-cancel = Annuler

users-edit = Modifier
users-edit-title = Modifier les informations
users-edit-first-name = Prénom
users-edit-last-name = Nom
users-edit-notification-hint = L’adresse qui reçoit les notifications, par exemple celle d’un assistant. Laissez vide pour utiliser l’e-mail de connexion.
users-edit-no-seat = plus de licence disponible
users-edit-save = Enregistrer
users-edit-saved = Modifications enregistrées.
users-edit-conflict-help = Vos modifications sont toujours dans le formulaire. Rechargez pour voir les informations actuelles, puis refaites vos modifications.
users-edit-reload = Recharger l’utilisateur

## Entités et permissions : l’entité de rattachement, la section Permissions.

users-entity-choose = Choisissez une entité
users-edit-entity = Entité de rattachement
users-not-manageable = Le périmètre de cet administrateur dépasse le vôtre : vous pouvez consulter ce compte, mais pas le modifier.
users-permissions-title = Permissions
users-permissions-hint = Les changements de rôle prennent effet immédiatement.
users-permissions-admin = Rôle d’administrateur
users-permissions-scope = Périmètre d’administration
users-permissions-scope-all = Toutes les entités
users-permissions-scope-all-help = Gère tous les utilisateurs de l’entreprise, et ses entités.
users-permissions-scope-chosen = Entités choisies
users-permissions-scope-chosen-help = Gère les utilisateurs des entités cochées ci-dessous.
users-permissions-entities = Entités du périmètre
users-permissions-confirm = Confirmer
users-permissions-saved = Permissions modifiées.
users-permissions-unchanged = Aucune modification à confirmer.
users-permissions-conflict-help = Rechargez l’utilisateur pour voir ses permissions actuelles, puis refaites votre modification.
users-permissions-own = Vous ne pouvez pas modifier vos propres permissions : demandez à un autre administrateur.

## L’export de la liste (un tableur écrit par le serveur) : les en-têtes après les colonnes de
## l’import, et le nom de la feuille.

users-export-sheet = Utilisateurs
users-export-status = Statut
users-export-verified = E-mail vérifié
# Variables:
#   $zone (String) - le fuseau horaire de l’entreprise, nom de la base tz (Europe/Paris)
users-export-created = Date d’ajout ({ $zone })
# Variables:
#   $zone (String) - le fuseau horaire de l’entreprise, nom de la base tz (Europe/Paris)
users-export-last-sign-in = Dernière connexion ({ $zone })
# Colonne de l’export : la version de la politique de confidentialité acceptée en dernier.
users-export-policy = Politique de confidentialité acceptée
# Variables:
#   $zone (String) - le fuseau horaire de l’entreprise, nom de la base tz (Europe/Paris)
users-export-policy-accepted = Acceptée le ({ $zone })
# Dans la colonne « E-mail vérifié ».
users-export-no = Non

## Renvoi de toutes les invitations expirées, depuis le filtre de la liste

# Variables:
#   $count (Number) - le nombre d’invitations expirées que la liste affiche
users-renew-button = { NUMBER($count) ->
    [one] Envoyer une nouvelle invitation
   *[other] Envoyer { $count } nouvelles invitations
}
# Variables:
#   $count (Number) - le nombre d’invitations expirées que la liste affiche
users-renew-title = { NUMBER($count) ->
    [one] Envoyer une nouvelle invitation ?
   *[other] Envoyer { $count } nouvelles invitations ?
}
users-renew-body = Chaque personne reçoit un nouvel e-mail d’activation ; les liens envoyés avant ne fonctionnent plus.
users-renew-confirm = Envoyer les invitations
users-renew-done = Nouvelles invitations envoyées.
# Variables:
#   $count (Number) - le nombre de personnes laissées de côté
users-renew-skipped = { NUMBER($count) ->
    [one] Une personne a été laissée de côté : vous ne pouvez pas la gérer, ou elle se connecte par le fournisseur d’identité de votre entreprise.
   *[other] { $count } personnes ont été laissées de côté : vous ne pouvez pas les gérer, ou elles se connectent par le fournisseur d’identité de votre entreprise.
}
