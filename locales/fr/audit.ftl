# Traducteurs : lisez locales/README.md avant de modifier ; `make i18n-check` vérifie votre travail.

### Le journal d’audit (administrateurs d’équipe et administrateurs) : chaque événement
### d’administration ; le nom des événements apparaît aussi dans l’historique d’un utilisateur.

audit-title = Journal d’audit
audit-intro-admin = Tous les événements d’administration de l’entreprise.
# Un administrateur d’équipe ne voit que les événements de son périmètre.
# Variables:
#   $entities (String) - les entités que la personne gère, en liste (« Lyon, Lille et Paris »)
audit-intro-scope = Les événements des entités que vous gérez : { $entities }.
audit-export = Exporter en CSV

## Filtres

audit-filters-label = Filtrer les événements
audit-filter-person = Personne (nom ou e-mail)
audit-filter-actor = Effectué par
audit-filter-action = Action
audit-filter-action-all = Toutes les actions
audit-filter-from = Du
audit-filter-to = Au
audit-filter-dates-reversed = Cette date précède la date de début : aucun événement ne peut correspondre.
audit-clear-filters = Effacer les filtres

## Les événements

# Variables:
#   $count (Number) - le nombre d’événements qui correspondent aux filtres
audit-count = { NUMBER($count) ->
    [one] { $count } événement
   *[other] { $count } événements
}
audit-table-caption = Événements
audit-col-when = Date
audit-col-actor = Effectué par
audit-col-action = Action
audit-col-person = Personne
audit-col-entity = Entité
audit-col-changes = Modifications
# L’auteur d’un événement automatique (inactivité, trop de mots de passe erronés).
audit-by-system = Système
# L’auteur d’un événement fait par un logiciel avec un jeton d’API.
# Variables:
#   $name (String) - le nom du jeton, tel qu’il était alors
audit-by-token = Jeton d’API « { $name } »
audit-empty = Aucun événement enregistré pour l’instant.
audit-no-match = Aucun événement ne correspond à ces filtres.
audit-past-last-page = Cette page est au-delà de la dernière.
audit-first-page = Aller à la première page
audit-pages-label = Pages
audit-previous = Précédente
audit-next = Suivante
# Variables:
#   $page (Number) - la page affichée
#   $pages (Number) - le nombre de pages
audit-page-of = Page { $page } sur { $pages }

## Ce qui a changé

# Variables:
#   $from (String) - le rôle avant
#   $to (String) - le rôle après
audit-change-role = Rôle : { $from } → { $to }
# Variables:
#   $from (String) - les entités du périmètre d’administration avant, en liste
#   $to (String) - les entités du périmètre d’administration après, en liste
audit-change-scope = Périmètre d’administration : { $from } → { $to }
# Un périmètre d’administration vide, dans un changement de périmètre (« Périmètre d’administration : aucune entité → Lyon »).
audit-change-scope-none = aucune entité
# Variables:
#   $from (String) - les services de la personne avant, en liste
#   $to (String) - ses services après, en liste
audit-change-services = Services : { $from } → { $to }
# Aucun service, dans un changement de services (« Services : aucun → Ligne VoIP »).
audit-change-services-none = aucun
audit-batch-only = Seuls les événements d’une action groupée sont affichés.
audit-batch-all = Afficher tous les événements
# Après un événement qui faisait partie d’une action groupée : liste les événements de cette action.
audit-batch-link = (action groupée)
# Variables:
#   $from (String) - l’entité avant
#   $to (String) - l’entité après
audit-change-entity = Entité : { $from } → { $to }
# Une entité renommée.
# Variables:
#   $from (String) - le nom avant
#   $to (String) - le nom après
audit-change-name = Nom : { $from } → { $to }
# Le fuseau horaire de l’entreprise a changé (ses réglages).
# Variables:
#   $from (String) - le fuseau horaire avant, nom de la base tz (Europe/Paris)
#   $to (String) - le fuseau horaire après
audit-change-time-zone = Fuseau horaire : { $from } → { $to }
# Qui doit utiliser la connexion en deux étapes (réglages de l’entreprise).
# Variables:
#   $from (String) - la règle avant, p. ex. « Personne n’y est obligé »
#   $to (String) - la règle après
audit-change-second-step = Connexion en deux étapes : { $from } → { $to }
# L’e-mail de connexion d’une personne a changé.
# Variables:
#   $from (String) - l’adresse avant
#   $to (String) - l’adresse après
audit-change-email = E-mail de connexion : { $from } → { $to }

## Ce qui s’est passé

audit-create = Utilisateur créé
audit-created-by-import = Utilisateur créé par import
audit-activate = E-mail d’activation envoyé
audit-resend-activation = E-mail d’activation renvoyé
audit-deactivate = Désactivé
# Variables:
#   $days (Number) - le nombre de jours sans connexion après lequel un compte est désactivé, par ex. 90
audit-deactivate-inactivity = Désactivé après { NUMBER($days) ->
    [one] un jour
   *[other] { $days } jours
} sans connexion
audit-reactivate = Réactivé
audit-unlock = Débloqué
audit-unlock-and-reset = Débloqué, lien de réinitialisation du mot de passe envoyé
audit-send-password-reset = Lien de réinitialisation du mot de passe envoyé
# Variables:
#   $attempts (Number) - le nombre de mots de passe erronés d’affilée qui bloque un compte, par ex. 10
audit-lock = Bloqué après { NUMBER($attempts) ->
    [one] un mot de passe erroné
   *[other] { $attempts } mots de passe erronés
}
audit-delete = Compte supprimé avant activation
audit-edit = Informations modifiées
audit-activated = Compte activé
audit-password-reset = Mot de passe changé avec un lien de réinitialisation du mot de passe
audit-password-changed = Mot de passe changé par l’utilisateur
audit-session-ended = Déconnecté d’une session par un administrateur
audit-reset-requested = Lien de réinitialisation du mot de passe demandé par l’utilisateur
audit-unlocked-by-reset = Débloqué par le choix d’un nouveau mot de passe
audit-permissions-changed = Rôle ou périmètre d’administration modifié
audit-entity-created = Entité créée
audit-entity-renamed = Entité renommée
audit-entity-removed = Entité supprimée
audit-token-created = Jeton d’API créé
audit-token-revoked = Jeton d’API révoqué
audit-webhook-added = Point de terminaison webhook ajouté
audit-webhook-changed = Point de terminaison webhook modifié
audit-webhook-removed = Point de terminaison webhook supprimé
audit-webhook-secret-renewed = Secret de signature webhook renouvelé
audit-created-by-sso = Utilisateur créé à sa première connexion par authentification unique
audit-activated-by-sso = Compte activé à sa première connexion par authentification unique
audit-sso-settings-changed = Réglages de l’authentification unique modifiés
audit-domain-verified = Domaine de messagerie vérifié
audit-domain-lost = Domaine de messagerie plus vérifié
audit-company-settings-changed = Réglages de l’entreprise modifiés
audit-authenticator-added = Application d’authentification configurée
audit-authenticator-removed = Connexion en deux étapes désactivée
audit-recovery-codes-renewed = Nouveaux codes de secours créés
audit-recovery-code-used = Connexion avec un code de secours
audit-second-step-reset = Connexion en deux étapes réinitialisée
audit-second-step-policy-changed = Règle de connexion en deux étapes modifiée
audit-email-changed = E-mail de connexion modifié
audit-email-change-undone = E-mail de connexion rétabli
audit-passkey-added = Clé d’accès ajoutée
audit-passkey-removed = Clé d’accès supprimée

## L’export CSV : les en-têtes de colonnes, écrits par le serveur à chaque téléchargement.

# Variables:
#   $zone (String) - le fuseau horaire de l’entreprise, nom de la base tz (Europe/Paris)
audit-csv-at = Date et heure ({ $zone })
audit-csv-actor = Effectué par
audit-csv-action = Action
audit-csv-person = Personne
audit-csv-email = E-mail
audit-csv-entity = Entité
audit-csv-role-before = Rôle avant
audit-csv-role-after = Rôle après
audit-csv-scope-before = Périmètre d’administration avant
audit-csv-scope-after = Périmètre d’administration après
audit-csv-entity-before = Entité avant
audit-csv-entity-after = Entité après
audit-csv-name-before = Nom avant
audit-csv-name-after = Nom après
audit-csv-time-zone-before = Fuseau horaire avant
audit-csv-time-zone-after = Fuseau horaire après
audit-csv-second-step-before = Connexion en deux étapes avant
audit-csv-second-step-after = Connexion en deux étapes après
audit-csv-email-before = E-mail de connexion avant
audit-csv-email-after = E-mail de connexion après
# L’auteur d’un événement automatique, dans la colonne « Effectué par ».
audit-csv-system = Système
