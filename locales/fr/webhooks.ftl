# Traducteurs : lisez locales/README.md avant de modifier ; `make i18n-check` vérifie votre travail.

### La page Webhooks (administrateurs d’équipe et administrateurs) : les adresses des autres
### systèmes de l’entreprise qu’Espace informe de chaque changement dès qu’il a lieu ; la page
### d’un point de terminaison et ses envois.

webhooks-title = Webhooks
webhooks-intro = Les webhooks informent vos autres systèmes, comme un outil RH ou un annuaire, de chaque changement dès qu’il a lieu : un utilisateur créé, désactivé ou à qui l’on attribue un service, une entité renommée. Espace envoie chaque événement aux adresses que vous ajoutez ici.
webhooks-intro-signature = Chaque message est signé avec le secret de signature du point de terminaison, comme le prévoit la spécification Standard Webhooks : votre système peut ainsi vérifier qu’il vient d’Espace. Un message qui n’est pas accepté est renvoyé pendant trois jours au plus.
webhooks-reference-link = Recevoir et vérifier les webhooks (référence de l’API)
webhooks-intro-admin = Vous voyez tous les points de terminaison de l’entreprise.
webhooks-intro-team = Vous voyez les points de terminaison limités à vos entités, et n’êtes informé que de leurs utilisateurs.
webhooks-list-title = Points de terminaison
webhooks-empty = Aucun point de terminaison webhook pour l’instant.
webhooks-col-endpoint = Point de terminaison
webhooks-col-events = Événements
webhooks-col-state = Envoi
webhooks-col-pending = En attente
# Variables:
#   $count (Number) - le nombre de types d’événements que reçoit le point de terminaison
webhooks-events-count = { $count ->
    [one] { $count } type d’événement
   *[other] { $count } types d’événements
}
# Variables:
#   $count (Number) - le nombre de messages en attente d’envoi
webhooks-pending-count = { $count ->
    [0] Aucun
    [one] { $count } message
   *[other] { $count } messages
}
webhooks-state-on = Activé
webhooks-state-off = Désactivé
webhooks-state-failing = Désactivé après trois jours d’échecs

## Le formulaire pour ajouter ou modifier un point de terminaison

webhooks-create-title = Ajouter un point de terminaison
webhooks-edit-title = Modifier le point de terminaison
webhooks-url = Adresse (URL)
webhooks-url-hint = Une adresse https:// à laquelle votre système reçoit les événements. Espace n’envoie rien vers des adresses privées ou internes.
webhooks-description = Description
webhooks-description-hint = Facultatif : ce qui reçoit les événements, pour vos collègues.
webhooks-events = Événements à envoyer
webhooks-events-all = Tous les événements
webhooks-group-users = Utilisateurs
webhooks-group-entities = Entités
webhooks-group-company = Entreprise
webhooks-scope = Utilisateurs concernés
webhooks-scope-company = Toute l’entreprise
webhooks-scope-company-help = Tous les événements de l’entreprise, y compris les paramètres d’authentification unique (SSO) et les jetons d’API.
webhooks-scope-chosen = Entités choisies
webhooks-scope-chosen-help = Seulement les événements qui concernent ces entités et leurs utilisateurs.
webhooks-scope-entities = Entités
webhooks-scope-team-hint = Vous ne recevez que les événements des entités que vous gérez.
webhooks-create = Ajouter le point de terminaison
webhooks-save = Enregistrer
webhooks-saved = Point de terminaison enregistré.

## Le secret de signature, affiché une seule fois

webhooks-secret-title = Copiez le secret de signature
webhooks-secret-warning = Ce secret de signature ne sera plus jamais affiché.
webhooks-secret-store = Copiez-le maintenant dans le système qui reçoit les événements : il vérifie avec lui la signature de chaque message.
# Variables:
#   $name (String) - l’adresse du point de terminaison
webhooks-secret-label = Secret de signature de { $name }

## La page d’un point de terminaison

webhooks-detail-title = Point de terminaison webhook
webhooks-back = Tous les webhooks
webhooks-state = Envoi
webhooks-failing-since = En échec depuis
webhooks-created = Ajouté
webhooks-previous-secret = Secret de signature précédent
webhooks-previous-secret-until = Signe encore jusqu’au
webhooks-send-test = Envoyer un événement de test
webhooks-test-sent = Événement de test mis en file : il apparaît ci-dessous une fois envoyé.
webhooks-switch-off = Désactiver
webhooks-switch-on = Activer
webhooks-switched-off = Point de terminaison désactivé. Les événements attendent que vous le réactiviez.
webhooks-switched-on = Point de terminaison activé.
webhooks-edit = Modifier
webhooks-rotate = Nouveau secret de signature
webhooks-rotated = Nouveau secret de signature créé. Le précédent signe encore pendant 24 heures.
webhooks-delete = Supprimer
webhooks-deleted = Point de terminaison supprimé.
webhooks-off-title = Désactiver ce point de terminaison ?
webhooks-off-body = Les événements sont conservés et envoyés dès que vous le réactivez.
webhooks-rotate-title = Créer un nouveau secret de signature ?
webhooks-rotate-body = Pendant 24 heures, chaque message est signé avec l’ancien et le nouveau secret : vous pouvez mettre à jour le système qui les reçoit sans en perdre aucun. Ensuite, seul le nouveau signe.
webhooks-delete-title = Supprimer ce point de terminaison ?
webhooks-delete-body = Espace cesse aussitôt de lui envoyer des événements, et ses envois sont supprimés. Cette action est définitive.

## Les envois

webhooks-deliveries-title = Derniers envois
webhooks-deliveries-empty = Rien n’a encore été envoyé. Envoyez un événement de test pour essayer le point de terminaison.
webhooks-col-event = Événement
webhooks-col-time = Heure
webhooks-col-status = Statut
webhooks-col-attempts = Tentatives
webhooks-col-answer = Réponse
webhooks-col-error = Erreur
webhooks-col-actions = Message
webhooks-delivery-pending = En attente
webhooks-delivery-delivered = Remis
webhooks-delivery-failed = Abandonné
webhooks-next-attempt = Prochaine tentative
# Variables:
#   $status (Number) - le code de statut HTTP de la réponse, p. ex. 200
#   $ms (Number) - la durée de la réponse, en millisecondes
webhooks-answer = HTTP { $status } en { NUMBER($ms) } ms
# Variables:
#   $ms (Number) - la durée de la tentative, en millisecondes
webhooks-latency = Pas de réponse après { NUMBER($ms) } ms
webhooks-payload = Contenu
webhooks-resend = Renvoyer
webhooks-resent = Message remis en file.
# Variables:
#   $status (Number) - le code de statut HTTP de la réponse, p. ex. 500
webhooks-error-status = Le point de terminaison a répondu { $status } au lieu d’un statut 2xx.
webhooks-error-timeout = Pas de réponse en 10 secondes.
webhooks-error-unreachable = Le point de terminaison est injoignable (échec de la connexion ou du TLS).
webhooks-error-unknown-host = Le nom de domaine de l’adresse est introuvable.
webhooks-error-private-address = L’adresse mène à un réseau privé ou interne : Espace n’y envoie rien.
webhooks-error-invalid-url = L’adresse ne peut pas être utilisée.
webhooks-error-endpoint-off = Abandonné quand le point de terminaison a été désactivé après trois jours d’échecs.

## Les types d’événements (leur nom technique s’affiche à côté)

webhooks-event-user-created = Utilisateur créé
webhooks-event-user-invited = E-mail d’activation envoyé
webhooks-event-user-activated = Utilisateur activé
webhooks-event-user-deactivated = Utilisateur désactivé
webhooks-event-user-reactivated = Utilisateur réactivé
webhooks-event-user-locked = Utilisateur bloqué
webhooks-event-user-unlocked = Utilisateur débloqué
webhooks-event-user-deleted = Utilisateur supprimé
webhooks-event-user-updated = Informations de l’utilisateur modifiées
webhooks-event-user-permissions-changed = Rôle ou périmètre modifié
webhooks-event-user-services-changed = Services modifiés
webhooks-event-entity-created = Entité créée
webhooks-event-entity-renamed = Entité renommée
webhooks-event-entity-removed = Entité supprimée
webhooks-event-sso-settings-changed = Paramètres d’authentification unique (SSO) modifiés
webhooks-event-token-created = Jeton d’API créé
webhooks-event-token-revoked = Jeton d’API révoqué
webhooks-event-webhook-test = Événement de test
