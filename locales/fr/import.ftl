# Traducteurs : lisez locales/README.md avant de modifier ; `make i18n-check` vérifie votre travail.

### Ajouter plusieurs utilisateurs à la fois (Utilisateurs > Importer) : les lignes à remplir ou
### un fichier Excel, l’aperçu qui les vérifie, l’import et son rapport ; aussi les modèles et le
### rapport que le serveur écrit dans des fichiers.

import-title = Importer des utilisateurs
import-intro = Ajoutez plusieurs personnes à la fois : remplissez une ligne par personne, ou envoyez un fichier Excel ou CSV. Personne n’est créé avant votre confirmation, après un aperçu.
import-tabs-label = Comment les ajouter
import-tab-lines = Remplir des lignes
import-tab-file = Envoyer un fichier

## Les colonnes : dans les lignes, l’aperçu, et les en-têtes des modèles, exports et rapports.

import-col-first-name = Prénom
import-col-last-name = Nom
import-col-email = E-mail de connexion
import-col-notification-email = E-mail de notification
import-col-role = Rôle
import-col-entity = Entité
import-col-language = Langue
import-col-services = Services

## Les lignes à remplir

import-lines-intro = Une ligne par personne. Appuyez sur Entrée dans une cellule pour ajouter une nouvelle ligne ; Tab passe à la cellule suivante.
import-grid-caption = Personnes à ajouter
# L’en-tête de la colonne des numéros de ligne.
import-col-line = Ligne
# L’en-tête de la colonne des boutons Retirer, lu par les lecteurs d’écran seulement.
import-col-remove = Retirer
# Le nom que les lecteurs d’écran donnent à une cellule : « Prénom, ligne 3 ».
# Variables:
#   $column (String) - l’en-tête de la colonne, par exemple « Prénom »
#   $line (Number) - le numéro de la ligne, à partir de 1
import-cell-label = { $column }, ligne { $line }
# Le nom que les lecteurs d’écran donnent à la case d’un service sur une ligne.
# Variables:
#   $service (String) - le nom du service, par exemple « Microsoft 365 »
#   $column (String) - l’en-tête de la colonne, « Services »
#   $line (Number) - le numéro de la ligne, à partir de 1
import-service-label = { $service } ({ $column }, ligne { $line })
# Variables:
#   $count (Number) - le nombre de services cochés sur la ligne
import-services-chosen = { NUMBER($count) ->
    [0] Aucun
    [one] { $count } service
   *[other] { $count } services
}
import-services-none-offered = Votre entreprise n’a aucun service à attribuer.
# Variables:
#   $line (Number) - le numéro de la ligne, à partir de 1
import-remove-line = Retirer la ligne { $line }
import-add-line = Ajouter une nouvelle ligne
import-lines-check = Vérifier les lignes
import-lines-empty = Remplissez au moins une ligne.
# Variables:
#   $count (Number) - le nombre de cellules en erreur
import-lines-invalid = { NUMBER($count) ->
    [one] Une cellule demande votre attention : voyez le message sous celle-ci.
   *[other] { $count } cellules demandent votre attention : voyez les messages sous celles-ci.
}
import-checking = Vérification…

## Un fichier Excel ou CSV

import-file-intro = Envoyez un fichier Excel (.xlsx) ou CSV : une personne par ligne, sous une ligne d’en-têtes. Les en-têtes peuvent être en français ou en anglais, dans n’importe quel ordre.
import-file-drop = Glissez-déposez le fichier ici, ou choisissez-le :
import-file-label = Fichier Excel ou CSV (.xlsx ou .csv)
# Variables:
#   $rows (Number) - le nombre maximal de lignes d’un fichier (10 000)
#   $size (Number) - la taille maximale d’un fichier, en mégaoctets (5)
import-file-limits = Au plus { $rows } lignes et { $size } Mo par fichier.
# Variables:
#   $size (Number) - la taille maximale d’un fichier, en mégaoctets (5)
import-file-too-large = Ce fichier dépasse { $size } Mo. Découpez-le en fichiers plus petits, puis envoyez-les un par un.
# Variables:
#   $name (String) - le nom du fichier
import-file-reading = Lecture de { $name }…
import-templates-title = Modèles
import-templates-intro = Un fichier à remplir, avec les en-têtes attendus, une ligne d’exemple et la liste des services.
import-template-csv = Télécharger le modèle CSV
import-template-xlsx = Télécharger le modèle Excel
# La personne d’exemple des modèles : prénom, nom et adresse e-mail.
import-template-example-first-name = Camille
import-template-example-last-name = Martin
import-template-example-email = camille.martin@example.com
# Les noms des feuilles du modèle Excel : les personnes à remplir, puis les valeurs possibles.
import-template-sheet-people = Personnes
import-template-sheet-choices = Valeurs possibles

## L’aperçu

import-preview-title = Aperçu
import-preview-intro = Personne n’est encore créé. Corrigez sur place les lignes en erreur, puis vérifiez à nouveau.
import-start-over = Recommencer
import-preview-caption = Lignes à importer
import-preview-empty = Aucune ligne à afficher.
import-col-row = Ligne
import-col-status = Statut
# Le nom que les lecteurs d’écran donnent à une cellule de l’aperçu : « E-mail de connexion, ligne 7 ».
# Variables:
#   $column (String) - l’en-tête de la colonne
#   $line (Number) - le numéro de la ligne dans le fichier (l’en-tête est la ligne 1), ou celui de la ligne remplie
import-cell-row-label = { $column }, ligne { $line }
# Variables:
#   $line (Number) - le numéro de la ligne dans le fichier (l’en-tête est la ligne 1), ou celui de la ligne remplie
import-row-number = Ligne { $line }
import-status-ready = Prête
import-status-error = Erreur
import-status-exists = Existe déjà
# Une ligne modifiée dans l’aperçu et pas encore vérifiée à nouveau.
import-status-changed = À vérifier
# Variables:
#   $count (Number) - les lignes prêtes à importer
import-summary-ready = { NUMBER($count) ->
    [one] { $count } prête
   *[other] { $count } prêtes
}
# Variables:
#   $count (Number) - les lignes en erreur
import-summary-errors = { $count } en erreur
# Variables:
#   $count (Number) - les lignes dont l’e-mail de connexion est déjà celui de quelqu’un
import-summary-existing = { NUMBER($count) ->
    [one] { $count } existe déjà
   *[other] { $count } existent déjà
}
# Variables:
#   $count (Number) - les lignes modifiées depuis la dernière vérification
import-summary-changed = { NUMBER($count) ->
    [one] { $count } modifiée, à vérifier à nouveau
   *[other] { $count } modifiées, à vérifier à nouveau
}
import-seats-title = Licences
# Variables:
#   $service (String) - le nom du service, par exemple « Microsoft 365 »
#   $requested (Number) - les licences que les lignes demandent
#   $left (Number) - les licences encore disponibles
import-seats-line = { $service } : { NUMBER($requested) ->
        [one] { $requested } demandée
       *[other] { $requested } demandées
    }, { NUMBER($left) ->
        [one] { $left } disponible
       *[other] { $left } disponibles
    }
import-seats-short = Pas assez de licences
import-filter-label = Afficher
import-filter-all = Toutes les lignes
import-filter-errors = Les lignes en erreur
import-filter-exists = Les lignes qui existent déjà
import-filter-ready = Les lignes prêtes
import-check-again = Vérifier à nouveau
import-changed-hint = Des lignes ont changé : vérifiez-les à nouveau avant d’importer.
import-pages-label = Pages de lignes
import-previous = Précédente
import-next = Suivante
# Variables:
#   $page (Number) - la page affichée
#   $pages (Number) - le nombre de pages
import-page-of = Page { $page } sur { $pages }

## L’import

import-commit-title = Importer
import-send-activation = Envoyer les e-mails d’activation aux utilisateurs
import-send-activation-hint = Chaque nouvel utilisateur reçoit un e-mail avec un lien pour choisir son mot de passe. Sans cela, les comptes restent « Non activé » jusqu’à ce qu’un administrateur les active.
# Les lignes en erreur et les personnes qui existent déjà sont laissées de côté.
# Variables:
#   $count (Number) - les lignes prêtes à importer
import-commit = { NUMBER($count) ->
    [0] Importer les lignes prêtes
    [one] Importer la ligne prête
   *[other] Importer les { $count } lignes prêtes
}
import-nothing-ready = Aucune ligne n’est encore prête : corrigez les erreurs, puis vérifiez à nouveau.
import-commit-retry = Réessayer
import-commit-retry-hint = Les lignes déjà importées ne seront pas créées deux fois.
import-progress-label = Avancement de l’import
# Variables:
#   $done (Number) - les lignes envoyées jusqu’ici
#   $total (Number) - les lignes à importer
import-progress = { $done } sur { $total }

## Le rapport

import-done-title = Import terminé
# Variables:
#   $count (Number) - les utilisateurs créés
import-done-created = { NUMBER($count) ->
    [0] Personne n’a été créé.
    [one] { $count } utilisateur créé.
   *[other] { $count } utilisateurs créés.
}
import-done-invited = Chaque personne a reçu un e-mail d’activation.
import-done-not-invited = Leurs comptes ne sont pas encore activés : activez-les depuis la liste des utilisateurs le moment venu.
# Variables:
#   $count (Number) - les lignes que l’import a ignorées
import-done-skipped = { NUMBER($count) ->
    [0] Aucune ligne ignorée.
    [one] { $count } ligne ignorée.
   *[other] { $count } lignes ignorées.
}
import-done-skipped-caption = Lignes ignorées, et pourquoi
# Variables:
#   $count (Number) - les lignes ignorées qui ne sont pas listées sur la page
import-done-more = { NUMBER($count) ->
    [one] { $count } autre ligne ignorée figure dans le rapport à télécharger.
   *[other] { $count } autres lignes ignorées figurent dans le rapport à télécharger.
}
# Variables:
#   $count (Number) - les lignes de l’aperçu non envoyées : en erreur, ou des personnes qui existent déjà
import-done-left-out = { NUMBER($count) ->
    [one] { $count } ligne de l’aperçu n’a pas été envoyée (en erreur, ou une personne qui existe déjà).
   *[other] { $count } lignes de l’aperçu n’ont pas été envoyées (en erreur, ou des personnes qui existent déjà).
}
import-done-download = Télécharger le rapport (CSV)
import-done-back = Retour à la liste des utilisateurs
import-done-again = Importer d’autres utilisateurs

## Le rapport en CSV, écrit par le serveur : ses en-têtes, résultats et motifs (aussi sur la page).

import-report-row = Ligne
import-report-email = E-mail de connexion
import-report-result = Résultat
import-report-reasons = Motifs
import-report-created = Créé
import-report-exists = Existe déjà
import-report-error = Non créé : erreur
# Pourquoi une ligne a été ignorée : la colonne, et ce qui ne va pas dans sa cellule.
# Variables:
#   $column (String) - l’en-tête de la colonne, par exemple « E-mail de connexion »
#   $message (String) - ce qui ne va pas, par exemple « Cette adresse e-mail est déjà utilisée. »
import-report-reason = { $column } : { $message }

## Lignes sans entité

# Variables:
#   $count (Number) - le nombre de lignes sans entité
import-missing-entity-title = { NUMBER($count) ->
    [one] Une ligne n’indique pas d’entité
   *[other] { $count } lignes n’indiquent pas d’entité
}
import-missing-entity-label = Entité de ces lignes
import-missing-entity-choose = Choisissez une entité
import-missing-entity-apply = Appliquer et vérifier à nouveau
