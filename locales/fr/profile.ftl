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
