# Translators: read locales/README.md before editing; `make i18n-check` checks your work.

### Changer son e-mail de connexion, et la page qu’ouvre son lien

email-change-title = Changer mon e-mail de connexion
email-change-intro = Nous envoyons un lien à la nouvelle adresse ; rien ne change tant que vous ne l’avez pas ouvert. Votre adresse actuelle est ensuite prévenue, avec un moyen d’annuler le changement.
email-change-new-email = Nouvel e-mail de connexion
email-change-submit = Envoyer le lien de confirmation
# Variables:
#   $address (String) - la nouvelle adresse à laquelle le lien a été envoyé
email-change-sent = Nous avons envoyé un lien à { $address }. Ouvrez-le en étant connecté ici pour confirmer le changement.
email-change-sso = Le fournisseur d’identité de votre entreprise gère votre e-mail de connexion : demandez à votre administrateur de le changer.
email-change-confirm-title = Confirmez votre nouvel e-mail de connexion
email-change-confirm-text = Vous vous connecteriez désormais avec l’adresse à laquelle ce lien a été envoyé.
email-change-confirm = Confirmer la nouvelle adresse
# Variables:
#   $address (String) - le nouvel e-mail de connexion
email-change-confirmed = C’est fait : vous vous connectez désormais avec { $address }.
