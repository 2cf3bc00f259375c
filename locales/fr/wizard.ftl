# Traducteurs : lisez locales/README.md avant de modifier ; `make i18n-check` vérifie votre travail.

### L’assistant d’ajout d’utilisateur (Utilisateurs > Ajouter des utilisateurs).

wizard-title = Créer un nouvel utilisateur
wizard-steps-label = Étapes
wizard-step-identity = Identité
wizard-step-services = Attribuer les services
wizard-step-options = Sélectionner les options
wizard-step-summary = Récapitulatif
wizard-first-name = Prénom
wizard-last-name = Nom
wizard-entity = Entité
wizard-role = Rôle
wizard-role-user-help = Ne voit que les services qui lui sont attribués.
wizard-role-team-admin-help = Gère les utilisateurs des entités choisies ci-dessous.
wizard-role-admin-help = Voit tout et gère les utilisateurs et les entités de toute l’entreprise.
wizard-scope = Périmètre d’administration
wizard-email = Adresse e-mail de connexion
wizard-email-hint = C’est l’identifiant de connexion que cette personne utilisera.
wizard-notification-email = E-mail de notification
wizard-notification-email-hint = Facultatif : une autre adresse pour recevoir les notifications, une boîte partagée par exemple. Par défaut, l’adresse de connexion.
wizard-assign-services = Attribuer des services au nouvel utilisateur
wizard-services-intro = Les services que votre entreprise a commandés. Choisissez-en autant que nécessaire.
wizard-service-full = Plus de licence disponible : libérez-en une ou commandez-en d’autres.
wizard-send-activation = Envoyer l’e-mail d’activation maintenant
wizard-options-note = À noter : un compte utilisateur ne s’active pas automatiquement. Il est créé mais il n’est pas encore actif ; sans cette option, il reste « Non activé » jusqu’à ce qu’un administrateur utilise Actions > Activer.
wizard-summary-send = L’e-mail d’activation sera envoyé maintenant.
wizard-summary-no-send = Aucun e-mail : le compte reste « Non activé ».
wizard-edit = Modifier
wizard-next = Suivant
wizard-back = Précédent
wizard-finish = Terminer
wizard-cancel = Annuler
wizard-discard-title = Abandonner ce nouvel utilisateur ?
wizard-discard-body = Ce que vous avez saisi sera perdu.
wizard-discard = Abandonner
wizard-done-created = Utilisateur créé. Le compte n’est pas encore actif.
wizard-done-invited = Utilisateur créé et e-mail d’activation envoyé.
wizard-sso = Votre entreprise utilise l’authentification unique (SSO) : les comptes sont créés automatiquement à la première connexion de chacun, on ne peut donc pas ajouter d’utilisateur à la main.
