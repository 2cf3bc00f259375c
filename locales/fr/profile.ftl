# Traducteurs : lisez locales/README.md avant de modifier ; `make i18n-check` vérifie votre travail.

### Le profil de la personne connectée.

profile-title = Mon profil
profile-name = Nom
profile-email = E-mail de connexion
profile-role = Rôle
profile-company = Entreprise
profile-language = Langue des e-mails
role-user = Utilisateur
role-team-admin = Administrateur d’équipe
role-admin = Administrateur
# Une langue nommée dans la langue de l’interface (langue des e-mails d’une personne).
language-fr = Français
language-en = Anglais
profile-change-language = Changer la langue
profile-saved = Enregistré.
profile-password-title = Changer mon mot de passe
profile-current-password = Mot de passe actuel
profile-password-submit = Changer le mot de passe
profile-password-changed = Mot de passe changé. Vos autres sessions ont été déconnectées.

## Changer son e-mail de connexion, et la page qu’ouvre son lien

profile-email-title = Changer mon e-mail de connexion
profile-email-intro = Nous envoyons un lien à la nouvelle adresse ; rien ne change tant que vous ne l’avez pas ouvert. Votre adresse actuelle est ensuite prévenue, avec un moyen d’annuler le changement.
profile-new-email = Nouvel e-mail de connexion
profile-email-submit = Envoyer le lien de confirmation
# Variables:
#   $address (String) - la nouvelle adresse à laquelle le lien a été envoyé
profile-email-sent = Nous avons envoyé un lien à { $address }. Ouvrez-le en étant connecté ici pour confirmer le changement.
profile-email-sso = Le fournisseur d’identité de votre entreprise gère votre e-mail de connexion : demandez à votre administrateur de le changer.
profile-email-confirm-title = Confirmez votre nouvel e-mail de connexion
profile-email-confirm-text = Vous vous connecteriez désormais avec l’adresse à laquelle ce lien a été envoyé.
profile-email-confirm = Confirmer la nouvelle adresse
# Variables:
#   $address (String) - le nouvel e-mail de connexion
profile-email-confirmed = C’est fait : vous vous connectez désormais avec { $address }.
