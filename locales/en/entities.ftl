# Translators: read locales/README.md before editing; `make i18n-check` checks your work.

### The Entities page (administrators only): the company’s entities (subsidiaries, sites,
### departments), with their users; add, rename, remove.

entities-title = Entities
entities-intro = Every user belongs to one entity. Team administrators manage the users of the entities in their scope.
entities-empty = No entity yet.
# Variables:
#   $count (Number) - how many entities the company has
entities-count = { NUMBER($count) ->
    [one] { $count } entity
   *[other] { $count } entities
}
entities-col-name = Entity
entities-col-users = Users
entities-col-actions = Actions
entities-rename = Rename
entities-remove = Remove
# The accessible name of the Rename button of one row.
# Variables:
#   $name (String) - the entity’s name
entities-rename-label = Rename { $name }
# The accessible name of the Remove button of one row.
# Variables:
#   $name (String) - the entity’s name
entities-remove-label = Remove { $name }

## Adding and renaming

entities-add-title = Add an entity
entities-name = Name
entities-add = Add
entities-added = Entity added.
entities-name-taken = Another entity already has this name.
# Variables:
#   $name (String) - the entity’s current name
entities-rename-title = Rename “{ $name }”
entities-rename-save = Save
entities-renamed = Entity renamed.

## Removing

# Variables:
#   $name (String) - the entity’s name
entities-remove-title = Remove “{ $name }”?
# Variables:
#   $name (String) - the entity’s name
entities-remove-empty = “{ $name }” has no users. Nothing else changes.
# Variables:
#   $name (String) - the entity’s name
#   $count (Number) - how many users belong to it
entities-remove-has-users = { NUMBER($count) ->
    [one] “{ $name }” has { $count } user. Choose the entity they move to.
   *[other] “{ $name }” has { $count } users. Choose the entity they move to.
}
entities-remove-scopes = Team administrators who manage this entity will manage the chosen one instead.
entities-remove-no-target = Add another entity first: its users need somewhere to go.
entities-move-to = Move its users to
entities-move-to-choose = Choose an entity
entities-remove-confirm = Remove
entities-removed = Entity removed.
