# Traducteurs : lisez locales/README.md avant de modifier ; `make i18n-check` vérifie votre travail.

### La page Référence de l’API (administrateurs d’équipe et administrateurs) : comment d’autres
### logiciels gèrent les utilisateurs par l’API publique : obtenir un jeton, s’authentifier,
### chaque point d’accès avec un exemple, les erreurs et les limites. Le code de cette page
### (chemins, noms de champs, codes d’erreur, lignes curl, JSON) n’est pas dans ce fichier et ne
### se traduit jamais : les variables notées « code » ci-dessous remplacent de tels mots, gardez-les telles quelles.

api-title = Référence de l’API
# Sur la page Jetons d’API : le lien vers cette page.
api-reference-link = Référence de l’API
api-intro = Avec l’API, vos propres logiciels gèrent les utilisateurs de votre entreprise : ils les listent et les recherchent, les créent et les modifient, et agissent sur leurs comptes.
# Variables:
#   $prefix (String) - code : le début de chaque chemin de la version 1, « /api/v1 »
api-intro-version = Cette page décrit la version 1 de l’API, dont les chemins commencent par { $prefix }.
api-intro-openapi = Sa description complète, au format OpenAPI 3.1, se lit avec la plupart des outils d’API.
api-openapi-download = Télécharger le document OpenAPI (JSON)
# Le titre de la table des matières de la page.
api-contents = Sur cette page

## Obtenir un jeton

api-token-title = Obtenir un jeton
api-token-who = Les administrateurs d’équipe et les administrateurs créent les jetons d’API sur la page Jetons d’API.
# Variables:
#   $days (Number) - la durée de vie maximale d’un jeton, en jours (366)
api-token-choices = Chaque jeton a un nom, une permission (lecture seule, ou gérer les utilisateurs), un périmètre (toute l’entreprise, pour les administrateurs seulement, ou des entités choisies) et une expiration d’au plus { $days } jours.
api-token-scope = Un jeton agit avec les permissions de la personne qui l’a créé, dans son périmètre : pour les utilisateurs hors de ce périmètre, la réponse est « introuvable » (404).
api-token-once = Son secret n’est affiché qu’une fois : gardez-le dans le logiciel qui l’utilise, ou dans un gestionnaire de mots de passe.
# Un lien vers la page Jetons d’API.
api-token-link = Créer un jeton
# Variables:
#   $variable (String) - code : le nom d’une variable du shell, « ESPACE_TOKEN »
api-token-shell = Les exemples ci-dessous lisent le jeton dans la variable { $variable }.
# Suivi de la ligne de commande qui définit la variable.
api-token-shell-set = Pour la définir sans que le jeton reste dans l’historique de votre shell, lancez cette ligne, collez le jeton et appuyez sur Entrée :

## Authentification

api-auth-title = Authentification
# Suivi de l’adresse, par exemple https://espace.example.com/api/v1
api-auth-base = Tous les chemins partent de cette adresse, celle de l’application :
# Suivi d’un exemple de l’en-tête.
# Variables:
#   $header (String) - code : le nom d’un en-tête HTTP, « Authorization »
api-auth-header = Chaque appel envoie son jeton dans l’en-tête { $header }, après le mot Bearer :
# Variables:
#   $header (String) - code : un en-tête HTTP avec sa valeur, « Content-Type: application/json »
api-auth-json = Une requête avec un corps l’envoie en JSON, avec l’en-tête { $header }.
# Variables:
#   $header (String) - code : le nom d’un en-tête HTTP, « Accept-Language »
api-auth-language = Les messages d’erreur sont écrits dans la langue de l’en-tête { $header }, français ou anglais ; en français quand il n’indique ni l’un ni l’autre.
api-auth-dates = Les réponses sont en JSON ; leurs dates sont des nombres de secondes depuis le 1er janvier 1970, en UTC.

## Les points d’accès

api-endpoints-title = Points d’accès
api-endpoints-intro = La version 1 compte ces points d’accès ; chacun est décrit plus bas avec un exemple.
api-endpoints-caption = Points d’accès de la version 1
api-col-method = Méthode
api-col-path = Chemin
api-col-what = Ce qu’il fait
# La colonne qui dit de quel jeton un appel a besoin.
api-col-access = Jeton
api-access-none = Aucun
api-access-any = Tout jeton
api-access-manage = Gérer les utilisateurs
api-needs-none = Aucun jeton n’est nécessaire.
api-needs-any = Tout jeton peut faire cet appel, en lecture seule ou non.
api-needs-manage = Cet appel demande un jeton qui peut gérer les utilisateurs.
# La légende d’un exemple de corps de requête en JSON.
api-example-body = Corps
# La légende d’un exemple en ligne de commande.
api-example-curl = Avec curl
# La légende d’un exemple de réponse en JSON.
api-example-answer = Réponse
api-list-users-title = Lister et rechercher les utilisateurs
api-list-users-about = Renvoie une page des utilisateurs du périmètre du jeton, avec la même recherche, les mêmes filtres et le même tri que la page Utilisateurs.
api-params-caption = Paramètres de la requête
api-col-parameter = Paramètre
api-col-values = Valeurs
api-param-q = Cherche dans les prénoms, les noms et les adresses e-mail, sans tenir compte des majuscules ni des accents.
api-param-q-values = Tout texte
api-param-status = Seulement les utilisateurs ayant ce statut.
api-param-role = Seulement les utilisateurs ayant ce rôle.
api-param-entity = Seulement les utilisateurs de cette entité.
api-param-entity-values = L’identifiant d’une entité
api-param-sort = L’ordre : par nom (par défaut), par dernière connexion ou par date de création.
api-param-desc = Inverse l’ordre ; par défaut, les noms vont de A à Z et les dates de la plus récente à la plus ancienne.
api-param-page = La page à lire ; la première, 1, est celle par défaut.
api-param-page-values = 1 ou plus
api-param-size = Le nombre d’utilisateurs par page ; 25 par défaut.
api-create-user-title = Créer un utilisateur
api-create-user-about = Crée l’utilisateur avec les mêmes vérifications que l’assistant d’ajout, licences comprises, et renvoie 201 avec l’utilisateur.
# Variables:
#   $field (String) - code : un champ de la requête, « send_activation »
api-create-user-activation = Avec { $field } à true, la personne reçoit tout de suite l’e-mail d’activation.
# Variables:
#   $field (String) - code : un champ de la requête, « idempotency_key »
api-create-user-key = Chaque personne a besoin de sa propre valeur de { $field }.
# Un lien vers la partie sur les nouvelles tentatives, après la phrase sur la clé d’idempotence.
api-see-retries = En savoir plus sur les nouvelles tentatives
api-get-user-title = Lire un utilisateur
# Variables:
#   $field (String) - code : un champ de la réponse, « version »
api-get-user-about = Renvoie l’utilisateur avec ses dates, ses services, ses permissions et son historique, ainsi que la { $field } à renvoyer avec une modification.
api-edit-user-title = Modifier un utilisateur
api-edit-user-about = Modifie les noms, l’entité, l’e-mail de notification, la langue et les services ; l’e-mail de connexion ne change pas.
api-edit-user-whole = Envoyez tous les champs, y compris ceux qui ne changent pas.
# Variables:
#   $field (String) - code : un champ de la requête, « version »
api-edit-user-version = Envoyez la dernière { $field } que vous avez lue.
# Un lien vers la partie sur les versions, après la phrase sur la version.
api-see-versions = En savoir plus sur les versions
api-permissions-title = Changer le rôle et le périmètre d’un utilisateur
api-permissions-about = Définit le rôle de l’utilisateur et, pour un administrateur d’équipe, les entités qu’il gère.
# Variables:
#   $levels (String) - code : les niveaux, « user, team-admin, admin »
#   $scope (String) - code : un champ de la requête, « scope »
api-permissions-levels = Le rôle est l’un de { $levels } ; { $scope } contient les identifiants des entités et n’est pas lu pour les autres rôles.
api-actions-title = Agir sur un compte
api-actions-about = Lance l’une des actions du cycle de vie du compte ; celles qui s’appliquent dépendent du statut de l’utilisateur.
api-actions-caption = Les actions et les statuts qui les permettent
api-col-action = Action
api-col-when = Quand le statut est
api-action-activate = Envoie l’e-mail d’activation.
api-action-resend-activation = Envoie un nouveau lien d’activation ; les liens précédents cessent de fonctionner.
api-action-deactivate = Coupe l’accès immédiatement, sessions ouvertes comprises ; les données sont conservées.
api-action-reactivate = Rend l’accès.
api-action-unlock = Débloque un compte bloqué après trop de mots de passe erronés.
api-action-unlock-and-reset = Débloque le compte et envoie par e-mail un lien pour choisir un nouveau mot de passe.
api-action-reset-second-step = Supprime l’application d’authentification et les codes de secours de la personne et la prévient par e-mail ; si l’entreprise exige la connexion en deux étapes, elle la configure à nouveau à sa prochaine connexion.
api-action-send-password-reset = Envoie par e-mail un lien pour choisir un nouveau mot de passe.
api-action-delete = Supprime un compte qui n’a jamais été activé ; un compte activé peut seulement être désactivé.
# Variables:
#   $code (String) - code : un code d’erreur, « invalid-transition »
api-actions-refused = Une action que le statut ne permet pas est refusée avec 409 et le code { $code }.
# Variables:
#   $null (String) - code : la valeur JSON « null »
api-actions-answer = La réponse est l’utilisateur tel qu’il est maintenant, ou { $null } après une suppression.
api-bulk-title = Agir sur plusieurs utilisateurs à la fois
api-bulk-about = Lance une action sur 500 utilisateurs au plus en un appel : chacun passe par les mêmes vérifications qu’un à un, et la réponse compte une ligne par utilisateur, effectuée ou laissée de côté avec la raison.
# Variables:
#   $actions (String) - code : les actions, « activate, resend-activation, … »
#   $max (String) - code : le nombre maximal d’utilisateurs par appel, « 500 »
api-bulk-actions = L’action est l’une de { $actions } ; { $max } identifiants au plus par appel.
# Variables:
#   $code (String) - code : un code d’erreur, « no-seats-left »
api-bulk-seats = Un service n’est attribué que si ses licences libres suffisent pour tous ceux qui en prendraient une ; sinon rien ne change et l’appel est refusé avec 409 et le code { $code }.
# Variables:
#   $batch (String) - code : un champ de la réponse, « batch »
#   $reason (String) - code : un champ de la réponse, « reason »
api-bulk-answer = Les événements du journal d’audit de ces modifications partagent l’identifiant { $batch } ; la ligne d’un utilisateur laissé de côté en donne la raison dans { $reason }.
api-renew-title = Renouveler les invitations expirées
api-renew-about = Envoie un nouveau lien d’activation à chaque utilisateur invité dont tous les liens ont expiré sans servir, 500 au plus par appel : rappelez tant que la réponse indique 500 invitations renouvelées.
api-services-title = Lister les services et leurs licences
api-services-about = Renvoie les services de l’entreprise, avec leurs licences.
# Variables:
#   $field (String) - code : un champ des requêtes, « service_ids »
api-services-ids = Leurs identifiants sont les valeurs de { $field }.
api-entities-title = Lister les entités
api-entities-about = Renvoie les entités du périmètre du jeton, avec le nombre d’utilisateurs de chacune.
# Variables:
#   $fields (String) - code : un paramètre de requête et des champs des requêtes, « entity, entity_id, scope »
api-entities-ids = Leurs identifiants sont les valeurs de { $fields }.
api-openapi-title = Obtenir le document OpenAPI
api-openapi-about = Décrit chaque point d’accès, paramètre et réponse de la version 1 au format OpenAPI 3.1, que la plupart des outils d’API savent importer.

## Webhooks

api-webhooks-title = Webhooks
api-webhooks-about = Les webhooks informent votre logiciel de chaque changement dès qu’il a lieu, sans qu’il ait à redemander sans cesse. Ajoutez un point de terminaison (une adresse https:// à vous) sur la page Webhooks ou par l’API ci-dessous, choisissez ses événements, et Espace lui envoie chacun par un POST avec un corps JSON.
# Variables:
#   $headers (String) - code : les trois en-têtes, « webhook-id, webhook-timestamp, webhook-signature »
api-webhooks-headers = Les messages suivent la spécification Standard Webhooks : chacun porte les en-têtes { $headers }, et sa signature est le HMAC-SHA256 de l’identifiant, de l’horodatage et du corps, joints par des points.
# Variables:
#   $prefix (String) - code : le préfixe du secret, « whsec_ »
#   $hours (Number) - pendant combien de temps l’ancien secret signe encore après un renouvellement, p. ex. 24
api-webhooks-secret = Vérifiez-la avec le secret de signature du point de terminaison (il commence par { $prefix }) à l’aide d’une bibliothèque Standard Webhooks, qui existe pour la plupart des langages. Après la création d’un nouveau secret, les messages portent deux signatures pendant { NUMBER($hours) } heures : l’ancien et le nouveau secret les vérifient tous deux.
# Variables:
#   $seconds (Number) - le délai d’attente d’une réponse, p. ex. 10
#   $days (Number) - pendant combien de jours un message est renvoyé, p. ex. 3
api-webhooks-delivery = Répondez par un statut 2xx en { NUMBER($seconds) } secondes ; les redirections ne sont pas suivies. Toute autre réponse entraîne un nouvel essai plus tard, à intervalles croissants, pendant { NUMBER($days) } jours ; un point de terminaison en échec aussi longtemps est désactivé et vos administrateurs en sont informés par e-mail. Un point de terminaison reçoit ses événements dans l’ordre où ils ont eu lieu.
# Variables:
#   $header (String) - code : l’en-tête, « webhook-id »
api-webhooks-repeat = Un message renvoyé garde son { $header } : si vous le recevez deux fois, traitez-le une seule fois.
api-webhooks-scope = Un point de terminaison limité à des entités ne reçoit que les événements qui les concernent, elles et leurs utilisateurs. Les événements de l’entreprise elle-même (paramètres d’authentification unique, jetons d’API) ne vont qu’aux points de terminaison de toute l’entreprise.
api-webhooks-events-caption = Types d’événements
api-col-event = Type
api-col-happened = Ce qui s’est passé
api-webhooks-body = Le corps d’un message :
api-webhooks-list-title = Lister les points de terminaison webhook
api-webhooks-list-about = Renvoie les points de terminaison que voit le jeton, sans leurs secrets.
api-webhooks-create-title = Ajouter un point de terminaison webhook
# Variables:
#   $field (String) - code : le champ de la réponse, « secret »
api-webhooks-create-about = La réponse contient le secret de signature dans { $field } : il ne sera plus jamais affiché, gardez-le dans le logiciel qui reçoit les événements.
api-webhooks-get-title = Obtenir un point de terminaison webhook
api-webhooks-get-about = Renvoie le point de terminaison avec ses derniers envois : l’événement, les tentatives, le statut HTTP et la durée de la dernière réponse, et l’erreur.
api-webhooks-update-title = Modifier un point de terminaison webhook
# Variables:
#   $field (String) - code : le champ de la requête, « enabled »
api-webhooks-update-about = Envoyez tous les paramètres, comme pour l’ajouter. { $field } le désactive ou l’active ; désactivé, ses événements l’attendent.
api-webhooks-delete-title = Supprimer un point de terminaison webhook
api-webhooks-delete-about = Arrête aussitôt les envois ; ses messages en attente et ses envois sont supprimés.
api-webhooks-rotate-title = Créer un nouveau secret de signature
# Variables:
#   $hours (Number) - pendant combien de temps l’ancien secret signe encore, p. ex. 24
api-webhooks-rotate-about = Renvoie le nouveau secret, affiché cette seule fois. L’ancien signe encore à côté de lui pendant { NUMBER($hours) } heures.
api-webhooks-test-title = Envoyer un événement de test
# Variables:
#   $type (String) - code : le type de l’événement de test, « webhook.test »
api-webhooks-test-about = Met en file un message { $type } pour le point de terminaison, afin d’essayer la réception.
api-webhooks-delivery-title = Obtenir un envoi
# Variables:
#   $field (String) - code : le champ de la réponse, « payload »
api-webhooks-delivery-about = Renvoie l’envoi avec le corps exact qu’il envoie, dans { $field }.
api-webhooks-resend-title = Renvoyer un envoi
api-webhooks-resend-about = Remet le message en file, avec le même identifiant, pour son tour.

## Pages, nouvelles tentatives, versions

api-paging-title = Pages
# Variables:
#   $users (String) - code : un champ de la réponse, « users »
#   $total (String) - code : un champ de la réponse, « total »
api-paging-body = Une liste répond une page à la fois : { $users } contient les utilisateurs de la page, et { $total } compte les utilisateurs qui correspondent, toutes pages confondues.
# Variables:
#   $page (String) - code : un paramètre de requête, « page »
#   $size (String) - code : un paramètre de requête, « size »
api-paging-next = Demandez les pages suivantes avec { $page }, et plus d’utilisateurs par page avec { $size }.
api-retries-title = Réessayer sans risque
# Variables:
#   $field (String) - code : un champ de la requête, « idempotency_key »
api-retries-key = Un nouvel utilisateur est envoyé avec une { $field } de votre choix, différente pour chaque personne, par exemple son identifiant dans votre logiciel RH.
api-retries-again = Si un appel échoue ou ne reçoit pas de réponse, renvoyez-le avec la même clé et le même corps : vous obtenez l’utilisateur créé la première fois, jamais un second.
# Variables:
#   $code (String) - code : un code d’erreur, « idempotency-key-reused »
api-retries-reused = La même clé avec un autre corps est refusée avec 422 et le code { $code }.
api-versions-title = Versions et conflits
# Variables:
#   $field (String) - code : un champ de la réponse, « version »
api-versions-body = Chaque utilisateur a un numéro de { $field }, qui change à chaque modification de l’utilisateur.
# Variables:
#   $code (String) - code : un code d’erreur, « conflict »
api-versions-send = Les modifications, les changements de permissions et les actions envoient la dernière version lue ; si l’utilisateur a changé entre-temps, la réponse est 409 avec le code { $code } : relisez l’utilisateur, puis décidez.

## Erreurs

api-errors-title = Erreurs
api-errors-intro = Une erreur reçoit l’un des statuts HTTP ci-dessous et un corps JSON qui a toujours la même forme :
# Variables:
#   $example (String) - code : un code d’erreur, « not-found »
api-error-code = Un code stable pour vos logiciels, comme { $example }.
# Variables:
#   $header (String) - code : le nom d’un en-tête HTTP, « Accept-Language »
api-error-message = L’erreur expliquée pour les personnes, dans la langue de l’en-tête { $header }.
# Variables:
#   $field (String) - code : un champ de l’erreur, « field »
#   $code (String) - code : un champ de l’erreur, « code »
#   $max (String) - code : un champ de l’erreur, « max »
api-error-fields = Pour les champs non valides seulement : le nom de chacun dans { $field }, la raison dans { $code } et, pour une valeur trop longue, la limite dans { $max }.
api-error-reference = Une référence qui figure aussi dans le journal du serveur : citez-la quand vous contactez le support.
api-errors-example = Exemple : un corps avec deux champs non valides
api-statuses-caption = Statuts HTTP et codes d’erreur
api-col-status = Statut
api-col-code = Code
api-col-meaning = Signification
api-status-bad-request = Le corps n’est pas le JSON attendu, ou une valeur n’a pas le bon type.
api-status-invalid-token = Aucun jeton, ou un jeton inconnu, expiré ou révoqué, ou dont le créateur n’a plus les permissions qu’il lui a données.
api-status-read-only-token = Un jeton en lecture seule a tenté de modifier quelque chose.
api-status-out-of-scope = Au-delà du périmètre du jeton, par exemple une entité qui n’en fait pas partie.
api-status-not-found = Introuvable, ou hors du périmètre du jeton.
api-status-conflict = L’utilisateur a changé depuis votre lecture : relisez-le.
api-status-invalid-transition = Le statut de l’utilisateur ne permet pas cette action.
api-status-no-seats-left = Un service choisi n’a plus de licence disponible.
api-status-unsupported-media-type = Le corps n’a pas été envoyé avec le type de contenu JSON.
api-status-validation = Des champs ne sont pas valides ; la liste dit lesquels et pourquoi.
api-status-idempotency-key-reused = Cette clé d’idempotence a déjà servi avec un autre corps.
api-status-rate-limited = Trop d’appels avec ce jeton : attendez, puis réessayez.
api-status-internal = Le serveur a échoué : réessayez plus tard, et citez la référence au support si cela continue.
api-errors-more = D’autres codes peuvent apparaître, par exemple quand une modification laisserait l’entreprise sans administrateur ; leur message dit ce qui s’est passé.

## Limites

api-limits-title = Limites d’appels
# Variables:
#   $calls (Number) - le nombre d’appels qu’un jeton peut faire en une minute (1200)
api-limits-body = Chaque jeton peut faire { $calls } appels par minute.
# Variables:
#   $code (String) - code : un code d’erreur, « rate-limited »
#   $header (String) - code : le nom d’un en-tête HTTP, « Retry-After »
api-limits-over = Au-delà, les appels reçoivent 429 et le code { $code }, avec un en-tête { $header } qui donne le nombre de secondes à attendre.

## Annuaires (SCIM)

api-scim-title = Provisionnement avec SCIM 2.0
api-scim-body = Les annuaires comme Microsoft Entra ID ou Okta peuvent créer, mettre à jour et désactiver eux-mêmes vos utilisateurs avec la norme SCIM 2.0, en utilisant les mêmes jetons.
# Suivi de l’adresse, par exemple https://espace.example.com/scim/v2
api-scim-url = Dans l’annuaire, indiquez cette URL de base :
api-scim-token = Comme jeton secret, indiquez-lui un jeton qui peut gérer les utilisateurs.
