# Traducteurs : lisez locales/README.md avant de modifier ; `make i18n-check` vérifie votre travail.

### Erreurs renvoyées par le serveur ou rencontrées par l’application.
### Chaque id est `error-` suivi du code montré à l’utilisateur et cité au support.

error-invalid-credentials = Adresse e-mail ou mot de passe incorrect. Vérifiez-les, ou choisissez « Mot de passe oublié ? » pour en obtenir un nouveau.
error-unauthenticated = Votre session a pris fin. Veuillez vous reconnecter.
error-forbidden = Vous n’avez pas la permission de faire cela. Si vous en avez besoin, demandez-la à un administrateur de votre entreprise.
error-not-found = Cette page ou cet élément n’existe pas, ou n’existe plus. Revenez à la liste et rechargez-la.
error-validation = Certains champs demandent votre attention. Corrigez-les, puis envoyez à nouveau.
# Variables:
#   $field (String) - le nom du champ dans l’API, par exemple first_name
#   $problem (String) - ce qui ne va pas, une phrase
error-field-problem = { $field } : { $problem }
error-account-locked = Ce compte a été bloqué après trop de mots de passe erronés. Nous vous avons envoyé par e-mail un lien pour choisir un nouveau mot de passe : il débloquera le compte.
error-rate-limited = Trop de tentatives. Patientez quelques minutes puis réessayez.
error-conflict = Quelqu’un d’autre a modifié cet élément entre-temps. Rechargez la page pour voir ses modifications, puis réessayez.
error-internal = Une erreur s’est produite de notre côté. Réessayez dans un instant ; si cela se reproduit, envoyez les détails ci-dessous au support.
error-network = Le serveur est injoignable. Vérifiez votre connexion puis réessayez.
error-own-role = Vous ne pouvez pas changer votre propre rôle. Demandez à un autre administrateur.
error-self-action = Vous ne pouvez pas désactiver ni supprimer votre propre compte. Demandez à un autre administrateur.
error-last-admin = Votre entreprise doit garder au moins un administrateur actif. Nommez d’abord une autre personne administrateur.
error-invalid-transition = Le statut actuel de cet utilisateur ne permet pas cette action. La page a été actualisée.
error-no-seats-left = Un service choisi n’a plus de licence disponible. Retirez-le, libérez une licence ou commandez-en d’autres.
error-consent-required = Veuillez d’abord lire et accepter la politique de confidentialité.
error-invalid-link = Ce lien ne fonctionne plus. Demandez-en un nouveau, ou demandez à votre administrateur de le renvoyer.
error-sso-managed = Votre entreprise utilise l’authentification unique (SSO) : les comptes sont créés à la première connexion.
error-sso-required = Votre entreprise utilise l’authentification unique. Saisissez votre adresse e-mail puis choisissez Continuer : la page de connexion de votre entreprise s’ouvrira.
error-second-step-required = Votre entreprise demande à toutes les personnes de votre rôle d’utiliser la connexion en deux étapes. Activez-la d’abord : cela prend une minute.
error-second-step-expired = Cette connexion a pris trop de temps ou a déjà abouti. Saisissez à nouveau votre adresse e-mail et votre mot de passe.
error-passkey-refused = La clé d’accès n’a pas été utilisée : la demande a été annulée, a pris trop de temps, ou la clé n’est pas enregistrée ici. Réessayez, ou utilisez un code.
error-company-suspended = L’accès de votre entreprise à cet espace est suspendu. Vos données sont conservées. Pour le rétablir, votre administrateur doit contacter l’équipe support de votre fournisseur.
# Under an error only the provider can solve (a suspended company), whom to contact.
# Variables:
#   $contact (String) - the provider's support address or telephone number
error-contact = Pour joindre votre fournisseur : { $contact }
error-bad-request = La requête n’a pas pu être lue. Rechargez la page et réessayez.
error-method-not-allowed = Cette adresse n’accepte pas ce type de requête. Vérifiez la méthode dans la référence de l’API.
error-payload-too-large = L’envoi est trop volumineux. Envoyez moins de données à la fois, ou un fichier plus petit.
error-unsupported-media-type = L’envoi n’est pas dans un format que le serveur lit. Envoyez du JSON, avec l’en-tête Content-Type application/json.
error-idempotency-key-reused = Cette requête a déjà été envoyée avec d’autres informations. Rechargez la page pour recommencer.
error-not-ready = Le service démarre ou est en maintenance. Réessayez dans quelques minutes.
error-out-of-scope = Cela dépasse votre périmètre d’administration : demandez à un administrateur qui le gère.
error-entity-not-empty = Cette entité compte encore des utilisateurs. Choisissez l’entité vers laquelle les déplacer, puis supprimez celle-ci.
# Variables:
#   $max (Number) - le nombre maximal de points de terminaison webhook d’une entreprise, p. ex. 20
error-webhook-limit = Votre entreprise a déjà { NUMBER($max) } points de terminaison webhook, le maximum possible. Supprimez-en un qui ne sert plus, puis ajoutez celui-ci.
# Variables:
#   $max_rows (Number) - le nombre maximal de lignes d’un import, par ex. 10000
error-import-too-many-rows = Ce fichier compte plus de { NUMBER($max_rows) } lignes. Découpez-le en fichiers plus petits, puis importez-les un par un.
error-import-unsupported-file = Ce fichier ne peut pas être lu : envoyez un fichier Excel (.xlsx) ou un fichier CSV.
error-import-encrypted-file = Ce classeur est protégé par un mot de passe. Enregistrez-le sans mot de passe, puis envoyez-le à nouveau.
error-import-empty-file = Ce fichier n’a aucune ligne à importer sous sa ligne d’en-têtes. Ajoutez les personnes sur les lignes sous les en-têtes, puis envoyez-le à nouveau.
error-import-no-columns = La première ligne du fichier ne nomme aucune des colonnes attendues. Utilisez des en-têtes comme Prénom, Nom, E-mail de connexion, Rôle et Entité, ou téléchargez un modèle.
# Variables:
#   $max_rows (Number) - le nombre maximal de lignes lues sous les en-têtes, par ex. 10000
#   $max_columns (Number) - le nombre maximal de colonnes lues, par ex. 64
#   $max_cell (Number) - le nombre maximal de caractères lus dans une cellule, par ex. 4096
error-import-file-too-large = Ce fichier dépasse ce qu’Espace peut lire : au plus { NUMBER($max_rows) } lignes, { NUMBER($max_columns) } colonnes et { NUMBER($max_cell) } caractères par cellule. Scindez-le ou retirez ce qui n’est pas utile, puis importez-le de nouveau.
error-invalid-token = Ce jeton d’API est inconnu, expiré ou révoqué, ou son créateur n’a plus les permissions qu’il lui a données : créez-en un nouveau.
error-read-only-token = Ce jeton d’API est en lecture seule : pour modifier des utilisateurs, il faut un jeton autorisé à les gérer.

## Erreurs à côté d’un champ de formulaire.

field-error-required = Ce champ est obligatoire.
# Variables:
#   $max (Number) - le nombre maximal de caractères autorisés
field-error-too-long = { NUMBER($max) ->
    [one] Un caractère au maximum.
   *[other] { $max } caractères au maximum.
}
field-error-invalid-email = Saisissez une adresse e-mail comme nom@exemple.fr.
field-error-taken = Cette adresse e-mail est déjà utilisée. Choisissez-en une autre, ou retrouvez cette personne dans Utilisateurs.
# Variables:
#   $min (Number) - le nombre minimal de caractères d’un mot de passe, par ex. 12
field-error-password-too-short = Utilisez au moins { $min } caractères.
field-error-password-common = Ce mot de passe fait partie des plus courants : choisissez-en un autre.
field-error-password-personal = Le mot de passe ne doit pas être votre adresse e-mail ni votre nom.
field-error-must-accept = Cochez cette case pour continuer.
field-error-wrong-password = Ce n’est pas votre mot de passe actuel. Saisissez-le à nouveau.
field-error-invalid-characters = Retirez les retours à la ligne, tabulations et caractères invisibles.
field-error-no-letter-or-digit = Saisissez au moins une lettre ou un chiffre.
field-error-password-blank = Un mot de passe ne peut pas être fait que d’espaces.
field-error-unknown = Cette valeur n’existe pas ici : vérifiez l’orthographe, ou choisissez-en une dans la liste.
field-error-duplicate = Cette adresse e-mail figure déjà sur une ligne précédente.
field-error-no-seats-left = Sur l’ensemble de l’import, l’un de ces services n’a plus assez de licences disponibles.
field-error-out-of-scope = Cela dépasse votre périmètre d’administration. Choisissez une entité que vous gérez, ou demandez à un administrateur.
field-error-invalid-url = Saisissez une adresse commençant par https://.
field-error-private-address = Cette adresse mène à un réseau privé ou interne, vers lequel Espace n’envoie rien. Saisissez une adresse https:// publique.
field-error-invalid-domain = Saisissez des noms de domaine comme exemple.fr, sans @.
field-error-public-domain = Ce domaine est celui d’une messagerie publique, où chacun peut ouvrir une adresse. Saisissez les domaines propres à votre entreprise.
field-error-wrong-code = Ce code ne fonctionne pas. Saisissez le code à 6 chiffres que votre application affiche maintenant, ou un code de secours inutilisé.
field-error-invalid-date = Saisissez une date telle que 2026-12-31, pas avant la date de début.
# Variables:
#   $max (Number) - the greatest number allowed
field-error-too-large = Au plus { NUMBER($max) }.
# Variables:
#   $count (Number) - how many seats people hold beyond the new number
field-error-seats-in-use = { NUMBER($count) ->
    [one] Une personne occupe une licence au-delà de ce nombre : libérez d’abord cette licence dans l’entreprise, ou gardez plus de licences.
   *[other] { NUMBER($count) } personnes occupent des licences au-delà de ce nombre : libérez d’abord autant de licences dans l’entreprise, ou gardez plus de licences.
}

## La page d’erreur et les détails à transmettre au support.

error-page-title = Une erreur s’est produite
error-page-intro = Si cela se reproduit, envoyez ces détails au support.
error-details-code = Code d’erreur
error-details-reference = Référence
error-details-time = Date et heure
error-details-account = Connecté en tant que
error-details-not-signed-in = Non connecté
error-details-copy = Copier les détails
error-details-copied = Détails copiés.
# One line of the details copied for support.
# Variables:
#   $label (String) - le nom du détail, par exemple « Code d’erreur »
#   $value (String) - le détail lui-même, par exemple no-seats-left
error-details-line = { $label } : { $value }
error-back-home = Retour à mon espace
error-retry = Réessayer
not-found-title = Page introuvable
not-found-intro = Cette adresse ne correspond à aucune page de votre espace.
