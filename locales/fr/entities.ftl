# Traducteurs : lisez locales/README.md avant de modifier ; `make i18n-check` vérifie votre travail.

### La page Entités (administrateurs uniquement) : les entités de l’entreprise (filiales, sites,
### services) et leurs utilisateurs ; ajouter, renommer, supprimer.

entities-title = Entités
entities-intro = Chaque utilisateur est rattaché à une entité. Les administrateurs d’équipe gèrent les utilisateurs des entités de leur périmètre.
entities-empty = Aucune entité pour l’instant.
# Variables:
#   $count (Number) - le nombre d’entités de l’entreprise
entities-count = { NUMBER($count) ->
    [one] { $count } entité
   *[other] { $count } entités
}
entities-col-name = Entité
entities-col-users = Utilisateurs
entities-col-actions = Actions
entities-rename = Renommer
entities-remove = Supprimer
# Le nom accessible du bouton Renommer d’une ligne.
# Variables:
#   $name (String) - le nom de l’entité
entities-rename-label = Renommer { $name }
# Le nom accessible du bouton Supprimer d’une ligne.
# Variables:
#   $name (String) - le nom de l’entité
entities-remove-label = Supprimer { $name }

## Ajouter et renommer

entities-add-title = Ajouter une entité
entities-name = Nom
entities-add = Ajouter
entities-added = Entité ajoutée.
entities-name-taken = Une autre entité porte déjà ce nom.
# Variables:
#   $name (String) - le nom actuel de l’entité
entities-rename-title = Renommer « { $name } »
entities-rename-save = Enregistrer
entities-renamed = Entité renommée.

## Supprimer

# Variables:
#   $name (String) - le nom de l’entité
entities-remove-title = Supprimer « { $name } » ?
# Variables:
#   $name (String) - le nom de l’entité
entities-remove-empty = « { $name } » n’a aucun utilisateur. Rien d’autre ne change.
# Variables:
#   $name (String) - le nom de l’entité
#   $count (Number) - le nombre d’utilisateurs qui y sont rattachés
entities-remove-has-users = { NUMBER($count) ->
    [one] « { $name } » compte { $count } utilisateur. Choisissez l’entité où le déplacer.
   *[other] « { $name } » compte { $count } utilisateurs. Choisissez l’entité où les déplacer.
}
entities-remove-scopes = Les administrateurs d’équipe qui gèrent cette entité géreront l’entité choisie à la place.
entities-remove-no-target = Ajoutez d’abord une autre entité : ses utilisateurs doivent pouvoir y être déplacés.
entities-move-to = Déplacer ses utilisateurs vers
entities-move-to-choose = Choisissez une entité
entities-remove-confirm = Supprimer
entities-removed = Entité supprimée.
