# Traducteurs : lisez locales/README.md avant de modifier ; `make i18n-check` vérifie votre travail.

### La page des réglages de l’entreprise (administrateurs).

company-title = Réglages de l’entreprise
company-time-zone = Fuseau horaire
company-time-zone-hint = Les e-mails donnent les dates et heures selon ce fuseau, et le nomment : la date limite d’un lien d’activation, par exemple.
company-save = Enregistrer
company-saved = Réglages de l’entreprise enregistrés.
company-second-step = Connexion en deux étapes
company-second-step-hint = Après leur mot de passe, les personnes saisissent un code d’une application d’authentification. Celles qui sont concernées la configurent à leur prochaine connexion, avant toute autre chose. Les connexions par votre fournisseur d’identité (authentification unique) restent de son ressort.
# Une règle sur qui doit utiliser la connexion en deux étapes : aussi les mots du journal d’audit.
company-second-step-off = Au choix de chacun
company-second-step-off-hint = Chacun peut l’activer depuis son profil.
company-second-step-managers = Obligatoire pour les administrateurs et administrateurs d’équipe
company-second-step-managers-hint = Les personnes qui en gèrent d’autres ; les utilisateurs choisissent pour eux-mêmes.
company-second-step-everyone = Obligatoire pour tout le monde
company-second-step-everyone-hint = Toute personne ayant un mot de passe, quel que soit son rôle.
