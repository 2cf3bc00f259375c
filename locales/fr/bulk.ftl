# Traducteurs : lisez locales/README.md avant de modifier ; `make i18n-check` vérifie votre travail.

### Agir sur plusieurs personnes à la fois : la sélection de la liste des utilisateurs, ses actions et son rapport

bulk-select-page = Sélectionner toutes les personnes de cette page
# Variables:
#   $name (String) - le prénom et le nom d’une personne
bulk-select-person = Sélectionner { $name }
# Variables:
#   $count (Number) - les personnes sélectionnées
bulk-selected = { NUMBER($count) ->
    [one] Une personne sélectionnée
   *[other] { $count } personnes sélectionnées
}
# Variables:
#   $count (Number) - les personnes qui correspondent à la recherche et aux filtres
bulk-select-all = { NUMBER($count) ->
    [one] Sélectionner la personne qui correspond
   *[other] Sélectionner les { $count } personnes qui correspondent
}
# Variables:
#   $max (Number) - le nombre maximal de personnes d’une sélection
bulk-select-capped = Une sélection compte au plus { $max } personnes : affinez la recherche pour atteindre les autres.
bulk-clear = Vider la sélection
bulk-export = Exporter la sélection (CSV)
bulk-export-file = espace-utilisateurs-selectionnes.csv
bulk-action-label = Action sur la sélection
bulk-choose-action = Choisissez une action
bulk-service-label = Service
bulk-choose-service = Choisissez un service
# Variables:
#   $name (String) - le nom d’un service
#   $free (Number) - ses licences non attribuées
bulk-service-option = { NUMBER($free) ->
    [one] { $name } (1 licence libre)
   *[other] { $name } ({ $free } licences libres)
}
bulk-entity-label = Entité
bulk-choose-entity = Choisissez une entité
bulk-apply = Continuer
bulk-action-resend-activation = Renvoyer l’e-mail d’activation
bulk-action-activate = Envoyer l’e-mail d’activation
bulk-action-deactivate = Désactiver
bulk-action-reactivate = Réactiver
bulk-action-unlock = Débloquer
bulk-action-send-password-reset = Envoyer un lien de réinitialisation du mot de passe
bulk-action-assign-service = Attribuer un service
bulk-action-remove-service = Retirer un service
bulk-action-move-to-entity = Déplacer vers une entité
bulk-action-delete-invitation = Supprimer les invitations
# Variables:
#   $count (Number) - les personnes sélectionnées
#   $target (String) - inutilisé ici : le service ou l’entité d’autres actions
bulk-confirm-resend-activation = { NUMBER($count) ->
    [one] Renvoyer l’e-mail d’activation à une personne ?
   *[other] Renvoyer l’e-mail d’activation à { $count } personnes ?
}
# Variables:
#   $count (Number) - les personnes sélectionnées
#   $target (String) - inutilisé ici : le service ou l’entité d’autres actions
bulk-confirm-activate = { NUMBER($count) ->
    [one] Envoyer l’e-mail d’activation à une personne ?
   *[other] Envoyer l’e-mail d’activation à { $count } personnes ?
}
# Variables:
#   $count (Number) - les personnes sélectionnées
#   $target (String) - inutilisé ici : le service ou l’entité d’autres actions
bulk-confirm-deactivate = { NUMBER($count) ->
    [one] Désactiver une personne ?
   *[other] Désactiver { $count } personnes ?
}
# Variables:
#   $count (Number) - les personnes sélectionnées
#   $target (String) - inutilisé ici : le service ou l’entité d’autres actions
bulk-confirm-reactivate = { NUMBER($count) ->
    [one] Réactiver une personne ?
   *[other] Réactiver { $count } personnes ?
}
# Variables:
#   $count (Number) - les personnes sélectionnées
#   $target (String) - inutilisé ici : le service ou l’entité d’autres actions
bulk-confirm-unlock = { NUMBER($count) ->
    [one] Débloquer une personne ?
   *[other] Débloquer { $count } personnes ?
}
# Variables:
#   $count (Number) - les personnes sélectionnées
#   $target (String) - inutilisé ici : le service ou l’entité d’autres actions
bulk-confirm-send-password-reset = { NUMBER($count) ->
    [one] Envoyer un lien de réinitialisation du mot de passe à une personne ?
   *[other] Envoyer un lien de réinitialisation du mot de passe à { $count } personnes ?
}
# Variables:
#   $count (Number) - les personnes sélectionnées
#   $target (String) - le nom du service
bulk-confirm-assign-service = { NUMBER($count) ->
    [one] Attribuer { $target } à une personne ?
   *[other] Attribuer { $target } à { $count } personnes ?
}
# Variables:
#   $count (Number) - les personnes sélectionnées
#   $target (String) - le nom du service
bulk-confirm-remove-service = { NUMBER($count) ->
    [one] Retirer { $target } à une personne ?
   *[other] Retirer { $target } à { $count } personnes ?
}
# Variables:
#   $count (Number) - les personnes sélectionnées
#   $target (String) - le nom de l’entité
bulk-confirm-move-to-entity = { NUMBER($count) ->
    [one] Déplacer une personne vers { $target } ?
   *[other] Déplacer { $count } personnes vers { $target } ?
}
# Variables:
#   $count (Number) - les personnes sélectionnées
#   $target (String) - inutilisé ici : le service ou l’entité d’autres actions
bulk-confirm-delete-invitation = { NUMBER($count) ->
    [one] Supprimer une invitation ?
   *[other] Supprimer { $count } invitations ?
}
bulk-confirm-body = Chaque personne passe par les mêmes vérifications que sur sa propre page. Celles qui ne peuvent pas être modifiées restent telles quelles, et le rapport dit pourquoi.
bulk-confirm-seats = Les licences sont d’abord comptées pour toute la sélection : s’il n’y en a pas assez, rien ne change.
bulk-progress-label = Avancement
# Variables:
#   $done (Number) - les personnes traitées jusqu’ici
#   $total (Number) - les personnes sélectionnées
bulk-progress = { $done } sur { $total } traitées
# Variables:
#   $needed (Number) - les personnes de la sélection qui prendraient une licence
#   $free (Number) - les licences non attribuées
bulk-seats-refused = { NUMBER($free) ->
    [one] Pas assez de licences : { $needed } personnes en ont besoin et 1 seule est libre. Rien n’a été modifié.
   *[other] Pas assez de licences : { $needed } personnes en ont besoin et seules { $free } sont libres. Rien n’a été modifié.
}
bulk-report-title = Rapport
# Variables:
#   $count (Number) - les personnes modifiées
bulk-report-done = { NUMBER($count) ->
    [one] 1 effectuée
   *[other] { $count } effectuées
}
# Variables:
#   $count (Number) - les personnes laissées telles quelles
bulk-report-skipped = { NUMBER($count) ->
    [one] 1 laissée de côté
   *[other] { $count } laissées de côté
}
bulk-report-skipped-caption = Personnes laissées telles quelles
bulk-report-stopped = L’action s’est arrêtée en cours de route : les personnes listées ont été traitées avant l’erreur.
bulk-report-download = Télécharger le rapport (CSV)
bulk-report-file = espace-rapport.csv
bulk-report-audit = Voir ces modifications dans le journal d’audit
bulk-report-close = Fermer le rapport
bulk-col-name = Nom
bulk-col-email = E-mail
bulk-col-result = Résultat
bulk-col-reason = Raison
bulk-outcome-done = Effectué
bulk-outcome-skipped = Laissé de côté
# Variables:
#   $action (String) - le code de l’action, « deactivate »
bulk-skip-already-done = { $action ->
    [deactivate] Déjà désactivé
    [reactivate] Déjà actif
    [unlock] Déjà actif
    [activate] Déjà invité
    [assign-service] A déjà ce service
    [remove-service] N’a pas ce service
    [move-to-entity] Déjà dans cette entité
   *[other] Rien à faire
}
# Variables:
#   $action (String) - le code de l’action, « deactivate »
bulk-skip-not-allowed = Impossible avec le statut de cette personne
# Variables:
#   $action (String) - le code de l’action, « deactivate »
bulk-skip-outside-scope = Hors de votre périmètre
# Variables:
#   $action (String) - le code de l’action, « deactivate »
bulk-skip-no-seat-left = Plus de licence disponible
# Variables:
#   $action (String) - le code de l’action, « deactivate »
bulk-skip-sso-required = Se connecte par le fournisseur d’identité de votre entreprise
# Variables:
#   $action (String) - le code de l’action, « deactivate »
bulk-skip-yourself = Pas sur votre propre compte
# Variables:
#   $action (String) - le code de l’action, « deactivate »
bulk-skip-last-admin = Le dernier administrateur actif garde son accès
