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

    Vous ne vous êtes pas connecté à l’espace client { $company } depuis longtemps.
    Sans connexion de votre part, votre compte sera désactivé le { $deadline } (UTC).
    Pour le conserver, connectez-vous simplement avant cette date. Vos données sont conservées dans tous les cas.
