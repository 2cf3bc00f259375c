# Translators: read locales/README.md before editing; `make i18n-check` checks your work.

### La connexion en deux étapes : la section du profil, sa configuration, les codes de secours,
### et la page montrée d’abord quand l’entreprise l’exige.

second-step-title = Connexion en deux étapes
second-step-intro = Après votre mot de passe, vous utilisez aussi une clé d’accès ou saisissez un code d’une application d’authentification sur votre téléphone (comme Google Authenticator, Microsoft Authenticator ou FreeOTP). Une personne qui apprendrait votre mot de passe ne pourrait toujours pas se connecter.
second-step-off = La connexion en deux étapes est désactivée.
second-step-on = La connexion en deux étapes est activée.
# Variables:
#   $count (Number) - le nombre de codes de secours inutilisés
second-step-codes-left = { NUMBER($count) ->
    [0] Il ne vous reste aucun code de secours : créez-en de nouveaux.
    [one] Il vous reste un code de secours.
   *[other] Il vous reste { $count } codes de secours.
}
second-step-required-hint = Votre entreprise exige la connexion en deux étapes : elle ne peut pas être désactivée.
second-step-set-up = Configurer une application d’authentification
second-step-replace = Utiliser une autre application
second-step-new-codes = Créer de nouveaux codes de secours
second-step-turn-off = Désactiver la connexion en deux étapes
second-step-turn-off-title = Désactiver la connexion en deux étapes ?
second-step-turn-off-body = Votre mot de passe suffira de nouveau pour vous connecter, et vos codes de secours cesseront de fonctionner.
second-step-turned-off = Connexion en deux étapes désactivée.
second-step-app-title = Application d’authentification
second-step-app-on = Configurée.
# Dit de l’application d’authentification et des clés d’accès quand il n’y en a aucune.
second-step-app-off = Aucune pour l’instant.
second-step-passkeys-title = Clés d’accès
second-step-codes-heading = Codes de secours
# Variables:
#   $date (String) - la date d’ajout de la clé, p. ex. « 6 déc. 2026, 19:12 »
second-step-passkey-added = Ajoutée le { $date }
# Variables:
#   $date (String) - la date de la dernière connexion avec la clé
second-step-passkey-last-used = dernière utilisation le { $date }
second-step-passkey-rename = Renommer
# Le nom du bouton Renommer pour les lecteurs d’écran.
# Variables:
#   $name (String) - le nom de la clé d’accès
second-step-passkey-rename-label = Renommer la clé d’accès { $name }
second-step-passkey-save = Enregistrer le nom
second-step-passkey-remove = Supprimer
# Le nom du bouton Supprimer pour les lecteurs d’écran.
# Variables:
#   $name (String) - le nom de la clé d’accès
second-step-passkey-remove-label = Supprimer la clé d’accès { $name }
second-step-passkey-add-title = Ajouter une clé d’accès
second-step-passkey-name = Nom de cette clé d’accès
second-step-passkey-name-hint = Pour la reconnaître plus tard : « Portable du bureau », « Téléphone », « Clé USB bleue ».
second-step-passkey-add = Ajouter une clé d’accès
second-step-passkey-unsupported = Ce navigateur ne sait pas créer de clés d’accès.

second-step-setup-scan = Ouvrez votre application d’authentification, ajoutez un compte et scannez ce code.
second-step-setup-qr = Code QR pour ajouter votre compte à une application d’authentification
second-step-setup-manual = Impossible de le scanner ? Ajoutez le compte à la main avec cette clé (code basé sur l’heure) :
second-step-setup-code = Code affiché par l’application
second-step-setup-confirm = Activer

second-step-codes-title = Vos codes de secours
second-step-codes-warning = Enregistrez-les maintenant : ils ne sont affichés qu’une fois. Si vous perdez votre téléphone, chaque code vous permet de vous connecter une fois à la place d’un code de l’application.
second-step-codes-copy = Copier les codes
second-step-codes-copied = Codes copiés.
second-step-codes-copy-failed = Votre navigateur n’a pas permis la copie. Sélectionnez les codes et copiez-les vous-même.
second-step-codes-download = Télécharger (.txt)
# Le nom du fichier téléchargé.
second-step-codes-file = codes-de-secours.txt
second-step-codes-saved = Je les ai enregistrés

second-step-required-title = Configurez la connexion en deux étapes
second-step-required-intro = Votre entreprise exige la connexion en deux étapes pour votre rôle. Configurez-la maintenant : cela prend une minute, puis vous accéderez à votre espace.
second-step-use-passkey-instead = Utiliser plutôt une clé d’accès
second-step-use-app-instead = Utiliser plutôt une application d’authentification
