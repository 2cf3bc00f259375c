# Traducteurs : lisez locales/README.md avant de modifier ; `make i18n-check` vérifie votre travail.

### La politique de confidentialité (RGPD) que chaque utilisateur accepte avant d’entrer dans son espace.

privacy-title = Politique de confidentialité
# Variables:
#   $version (String) - la version de la politique, par ex. 2026-11
privacy-version = Version { $version }
# Avant le jour où une version publiée a pris effet : « Version 2027-01 · En vigueur depuis le 15 janv. 2027 ».
privacy-effective = En vigueur depuis le
# Variables:
#   $version (String) - la version que la personne avait acceptée, par ex. 2026-11
privacy-changes-title = Ce qui a changé depuis la version { $version }
privacy-data-title = Ce que nous conservons
privacy-data-text = Votre nom, vos adresses e-mail, votre langue, les services qui vous sont attribués et vos dates de connexion. Votre mot de passe n’est conservé que sous forme d’empreinte irréversible.
privacy-purpose-title = Pourquoi
privacy-purpose-text = Pour vous donner accès aux services de votre entreprise et permettre à ses administrateurs de gérer votre compte. Rien n’est vendu ni partagé à des fins publicitaires.
privacy-rights-title = Vos droits
privacy-rights-text = Vous pouvez demander à votre administrateur de consulter, corriger ou supprimer vos données, et poser toute question à notre délégué à la protection des données.
privacy-accept = J’ai bien lu et j’accepte la politique de confidentialité
profile-consent = Politique de confidentialité acceptée
# Variables:
#   $version (String) - la version de la politique
#   $date (String) - la date d’acceptation, déjà mise en forme
profile-consent-value = version { $version }, le { $date }
