# Traducteurs : lisez locales/README.md avant de modifier ; `make i18n-check` vérifie votre travail.

### Ce que tous les formulaires partagent : la marque des champs obligatoires et sa note, le
### récapitulatif des erreurs affiché au-dessus d’un formulaire qui ne peut pas être envoyé.

form-error-summary-title = Le formulaire contient des erreurs
# Variables:
#   $field (String) - l’intitulé du champ
#   $error (String) - ce qui ne va pas
form-error-summary-item = { $field } : { $error }
form-required-mark = *
form-required-note = Les champs marqués d’un * sont obligatoires.
