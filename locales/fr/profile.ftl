## Le profil de la personne connectée.

profile-title = Mon profil
profile-name = Nom
profile-email = E-mail de connexion
profile-role = Rôle
profile-company = Entreprise
profile-language = Langue des e-mails
role-user = Utilisateur
role-admin = Administrateur
