# Traducteurs : lisez locales/README.md avant de modifier ; `make i18n-check` vérifie votre travail.

### L’espace de la personne connectée : les services qu’elle peut utiliser.

space-title = Mes services
# Variables:
#   $name (String) - le prénom de la personne connectée
space-welcome = Bienvenue, { $name }.
space-intro-user = Les services que votre administrateur vous a attribués.
space-intro-admin = Tous les services commandés par votre entreprise, avec les licences utilisées.
space-empty = Aucun service ne vous est encore attribué. Votre administrateur peut vous en attribuer.
# Variables:
#   $used (Number) - licences affectées à des utilisateurs
#   $total (Number) - licences commandées
space-seats = { NUMBER($used) ->
    [0] Aucune licence utilisée sur { $total }
    [one] { $used } licence utilisée sur { $total }
   *[other] { $used } licences utilisées sur { $total }
}
# Variables:
#   $count (Number) - utilisateurs créés ou invités qui n’ont pas encore activé leur compte
space-pending = { NUMBER($count) ->
    [0] Aucun utilisateur n’attend l’activation.
    [one] Un utilisateur attend l’activation.
   *[other] { $count } utilisateurs attendent l’activation.
}
space-open = Ouvrir
# The Open button's name for screen readers (it opens in a new tab).
# Variables:
#   $service (String) - the service's name
space-open-label = Ouvrir { $service } (nouvel onglet)
