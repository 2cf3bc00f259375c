# Traducteurs : lisez locales/README.md avant de modifier ; `make i18n-check` vérifie votre travail.

### La page Jetons d’API (administrateurs d’équipe et administrateurs) : les jetons qu’utilisent
### d’autres logiciels pour gérer les utilisateurs par l’API ; en créer un, voir son secret une
### seule fois, en révoquer un.

tokens-title = Jetons d’API
tokens-intro = Les jetons d’API permettent à d’autres logiciels, comme l’annuaire de votre entreprise, un outil RH ou un script, de gérer vos utilisateurs par l’API.
tokens-intro-password = Traitez un jeton comme un mot de passe : qui le détient peut faire ce qu’il autorise, sans se connecter.
tokens-intro-admin = Vous voyez tous les jetons de l’entreprise.
tokens-intro-team = Vous voyez les jetons que vous avez créés.
tokens-empty = Aucun jeton d’API pour l’instant.
# Variables:
#   $count (Number) - le nombre de jetons affichés
tokens-count = { NUMBER($count) ->
    [one] { $count } jeton
   *[other] { $count } jetons
}

## La liste

tokens-table-caption = Jetons d’API
tokens-col-name = Nom
tokens-col-prefix = Commence par
tokens-col-permission = Permission
tokens-col-scope = Périmètre
tokens-col-created = Créé
tokens-col-expires = Expire
tokens-col-last-used = Dernière utilisation
tokens-col-status = Statut
tokens-col-actions = Actions
# Sous la date de création, qui a créé le jeton.
# Variables:
#   $name (String) - le nom complet de la personne qui a créé le jeton
tokens-created-by = par { $name }
# Dans la colonne « Dernière utilisation », pour un jeton jamais utilisé.
tokens-never-used = Jamais
tokens-status-active = Actif
tokens-status-expired = Expiré
tokens-status-revoked = Révoqué
# Un jeton dont toutes les entités ont été supprimées.
tokens-scope-none = Plus aucune entité
tokens-revoke = Révoquer
# Le nom accessible du bouton Révoquer d’une ligne.
# Variables:
#   $name (String) - le nom du jeton
tokens-revoke-label = Révoquer { $name }

## Ce qu’un jeton peut faire, et où

tokens-permission = Permission
tokens-permission-read = Lecture seule
tokens-permission-read-help = Liste et lit les utilisateurs, les services et les entités, sans rien modifier.
tokens-permission-manage = Gérer les utilisateurs
tokens-permission-manage-help = Crée et modifie aussi des utilisateurs et agit sur leurs comptes, par exemple pour les activer ou les désactiver.
tokens-scope = Périmètre
tokens-scope-company = Toute l’entreprise
tokens-scope-company-help = Tous les utilisateurs de l’entreprise, y compris dans les entités ajoutées plus tard.
tokens-scope-chosen = Entités choisies
tokens-scope-chosen-help = Seulement les utilisateurs des entités que vous cochez.
tokens-scope-entities = Entités
tokens-scope-team-hint = Un jeton atteint au plus les entités que vous gérez.

## Créer un jeton

tokens-create-title = Créer un jeton
tokens-name = Nom
tokens-name-hint = Indiquez le logiciel qui l’utilise, par exemple « Synchronisation de l’annuaire » ou « Script d’export RH ».
tokens-days = Expire au bout de
# Variables:
#   $max (Number) - la durée de vie maximale d’un jeton, en jours (366)
tokens-days-hint = Un jeton dure au plus { $max } jours : prévoyez de le remplacer avant qu’il expire.
# Un choix de la liste des durées.
# Variables:
#   $days (Number) - un nombre de jours
tokens-days-option = { NUMBER($days) ->
    [one] { $days } jour
   *[other] { $days } jours
}
# Variables:
#   $date (String) - le jour où le jeton expirera, déjà mis en forme (« 23 févr. 2027 »)
tokens-expires-on = Il expirera le { $date }.
# Variables:
#   $max (Number) - la durée de vie maximale d’un jeton, en jours (366)
tokens-days-too-long = Un jeton dure au plus { $max } jours.
tokens-create = Créer le jeton

## Le secret du nouveau jeton, affiché une seule fois

tokens-secret-title = Copiez votre nouveau jeton
tokens-secret-warning = Ce jeton ne sera plus jamais affiché.
tokens-secret-store = Copiez-le maintenant dans le logiciel qui l’utilisera, ou dans un gestionnaire de mots de passe.
# L’intitulé du champ qui contient le secret.
# Variables:
#   $name (String) - le nom du jeton
tokens-secret-label = Jeton « { $name } »
tokens-copy = Copier
tokens-copied = Copié.
tokens-copy-failed = Le jeton n’a pas pu être copié pour vous : il est sélectionné, copiez-le avec votre clavier.
tokens-done = Terminé

## Révoquer

# Variables:
#   $name (String) - le nom du jeton
tokens-revoke-title = Révoquer « { $name } » ?
tokens-revoke-body = Les logiciels qui utilisent ce jeton cessent de fonctionner immédiatement.
tokens-revoke-final = Un jeton révoqué ne peut plus être utilisé.
tokens-revoke-confirm = Révoquer
tokens-revoked = Jeton révoqué.
