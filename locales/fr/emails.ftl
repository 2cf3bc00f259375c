# Traducteurs : lisez locales/README.md avant de modifier ; `make i18n-check` vérifie votre travail.

### E-mails envoyés aux utilisateurs. Texte brut ; le lien est seul sur sa ligne.

# Variables:
#   $company (String) - le nom de l’entreprise
emails-activation-subject = Activez votre compte de l’espace client { $company }
# Variables:
#   $first_name (String) - le prénom du destinataire
#   $company (String) - le nom de l’entreprise
#   $link (String) - le lien d’activation
#   $expires (String) - la fin de validité du lien, en UTC, par ex. jeudi 26 novembre 2026 à 09:00
emails-activation-text =
    Bonjour { $first_name },

    Un compte a été créé pour vous dans l’espace client { $company }.
    Pour l’activer, ouvrez ce lien et choisissez votre mot de passe :

    { $link }

    Le lien ne fonctionne qu’une fois, jusqu’au { $expires } (UTC).
    Si vous n’attendiez pas cet e-mail, vous pouvez l’ignorer.

# Variables:
#   $company (String) - le nom de l’entreprise
emails-reset-subject = Choisissez un nouveau mot de passe pour l’espace client { $company }
# Variables:
#   $first_name (String) - le prénom du destinataire
#   $company (String) - le nom de l’entreprise
#   $link (String) - le lien pour choisir le mot de passe
#   $expires (String) - la fin de validité du lien, en UTC, par ex. jeudi 26 novembre 2026 à 09:00
emails-reset-text =
    Bonjour { $first_name },

    Pour choisir un nouveau mot de passe pour l’espace client { $company }, ouvrez ce lien :

    { $link }

    Le lien ne fonctionne qu’une fois, jusqu’au { $expires } (UTC).
    Si vous ne l’avez pas demandé, ignorez cet e-mail : votre mot de passe reste le même.

# Variables:
#   $company (String) - le nom de l’entreprise
emails-inactivity-subject = Votre compte de l’espace client { $company } va être désactivé
# Variables:
#   $first_name (String) - le prénom du destinataire
#   $company (String) - le nom de l’entreprise
#   $deadline (String) - la date de désactivation, en UTC, par ex. jeudi 26 novembre 2026 à 09:00
emails-inactivity-text =
    Bonjour { $first_name },

    Votre dernière connexion à l’espace client { $company } remonte à longtemps.
    Sans connexion de votre part, votre compte sera désactivé le { $deadline } (UTC).
    Pour le conserver, connectez-vous simplement avant cette date. Vos données sont conservées dans tous les cas.

# Variables:
#   $company (String) - le nom de l’entreprise
emails-locked-subject = Votre compte de l’espace client { $company } est bloqué
# Variables:
#   $first_name (String) - le prénom du destinataire
#   $company (String) - le nom de l’entreprise
#   $link (String) - le lien pour choisir un nouveau mot de passe
#   $expires (String) - la fin de validité du lien, en UTC, par ex. jeudi 26 novembre 2026 à 09:00
emails-locked-text =
    Bonjour { $first_name },

    Votre compte de l’espace client { $company } a été bloqué après dix mots de passe erronés d’affilée.
    Si vous êtes déjà connecté ou connectée, vous le restez.
    Pour le débloquer, ouvrez ce lien et choisissez un nouveau mot de passe :

    { $link }

    Le lien ne fonctionne qu’une fois, jusqu’au { $expires } (UTC).
    Si vous n’avez pas saisi ces mots de passe, quelqu’un essaie peut-être de deviner le vôtre : le nouveau mot de passe l’en empêchera.

# Variables:
#   $company (String) - le nom de l’entreprise
#   $locked_first_name (String) - le prénom de l’administrateur bloqué
#   $locked_last_name (String) - le nom de l’administrateur bloqué
emails-admin-locked-subject = Le compte de { $locked_first_name } { $locked_last_name } est bloqué dans l’espace client { $company }
# Variables:
#   $first_name (String) - le prénom du destinataire (un administrateur)
#   $company (String) - le nom de l’entreprise
#   $locked_first_name (String) - le prénom de l’administrateur bloqué
#   $locked_last_name (String) - le nom de l’administrateur bloqué
#   $locked_email (String) - l’adresse e-mail de connexion de l’administrateur bloqué
emails-admin-locked-text =
    Bonjour { $first_name },

    Le compte administrateur de { $locked_first_name } { $locked_last_name } ({ $locked_email }) dans l’espace client { $company } a été bloqué après dix mots de passe erronés d’affilée.
    Un lien pour choisir un nouveau mot de passe, qui débloque le compte, lui a été envoyé par e-mail.
    Si ces mots de passe ne viennent pas de cette personne, quelqu’un essaie peut-être d’entrer. Vous pouvez aussi débloquer le compte depuis la page Utilisateurs.

# Variables:
#   $company (String) - le nom de l’entreprise
#   $person_first_name (String) - le prénom de la nouvelle personne
#   $person_last_name (String) - le nom de la nouvelle personne
emails-sso-no-seat-subject = { $person_first_name } { $person_last_name } a rejoint l’espace client { $company } sans certains services
# Variables:
#   $first_name (String) - le prénom du destinataire (un administrateur)
#   $company (String) - le nom de l’entreprise
#   $person_first_name (String) - le prénom de la nouvelle personne
#   $person_last_name (String) - le nom de la nouvelle personne
#   $person_email (String) - l’adresse e-mail de connexion de la nouvelle personne
#   $services (String) - les services non attribués, séparés par des virgules
emails-sso-no-seat-text =
    Bonjour { $first_name },

    { $person_first_name } { $person_last_name } ({ $person_email }) a utilisé pour la première fois votre fournisseur d’identité pour accéder à l’espace client { $company }, et son compte a été créé.
    Il ne restait plus de licence pour ces services, le compte a donc été créé sans eux : { $services }.
    Pour lui en donner l’accès, libérez ou ajoutez des licences, puis ajoutez les services sur sa fiche dans Utilisateurs.
