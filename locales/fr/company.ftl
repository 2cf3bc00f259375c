# Traducteurs : lisez locales/README.md avant de modifier ; `make i18n-check` vérifie votre travail.

### La page des réglages de l’entreprise (administrateurs).

company-title = Réglages de l’entreprise
company-time-zone = Fuseau horaire
company-time-zone-hint = Les e-mails donnent les dates et heures selon ce fuseau, et le nomment : la date limite d’un lien d’activation, par exemple.
company-save = Enregistrer
company-saved = Réglages de l’entreprise enregistrés.
