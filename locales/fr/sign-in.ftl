# Traducteurs : lisez locales/README.md avant de modifier ; `make i18n-check` vérifie votre travail.

### La page de connexion.

sign-in-title = Connexion à votre espace
sign-in-intro = Utilisez l’adresse e-mail que votre administrateur a enregistrée pour vous.
sign-in-email = Adresse e-mail
sign-in-password = Mot de passe
sign-in-show-password = Afficher le mot de passe
sign-in-hide-password = Masquer le mot de passe
sign-in-submit = Se connecter
sign-in-submitting = Connexion…
sign-in-code-intro = Votre compte utilise la connexion en deux étapes. Ouvrez votre application d’authentification et saisissez le code qu’elle affiche maintenant.
sign-in-code = Code de votre application
sign-in-code-hint = 6 chiffres ; un nouveau toutes les 30 secondes.
sign-in-recovery-code = Code de secours
sign-in-recovery-code-hint = L’un des codes enregistrés lors de la configuration de la connexion en deux étapes, comme ABCD-EFGH-JKMN-PQRS. Chacun ne sert qu’une fois.
sign-in-use-recovery-code = Utiliser plutôt un code de secours
sign-in-use-app = Utiliser plutôt un code de l’application
sign-in-verify = Se connecter
sign-in-start-again = Recommencer
sign-in-go = Aller à la connexion
sign-in-use-passkey = Utiliser ma clé d’accès
sign-in-passkey-or = Ou, sans rien saisir :
sign-in-with-passkey = Se connecter avec une clé d’accès
sign-in-redirected = Connectez-vous pour ouvrir cette page.
sign-in-forgot = Mot de passe oublié ?
sign-in-continue = Continuer
sign-in-continuing = Vérification…
sign-in-change-email = Utiliser une autre adresse e-mail
sign-in-redirecting = Votre entreprise utilise l’authentification unique : la page de connexion de son fournisseur d’identité s’ouvre.
sign-in-provider-signed-out = Votre session dans votre espace est terminée. Votre session auprès du fournisseur d’identité de votre entreprise est peut-être toujours ouverte.
sign-in-provider-sign-out = Se déconnecter aussi du fournisseur d’identité de votre entreprise

## La page du mot de passe oublié

forgot-title = Mot de passe oublié
forgot-intro = Saisissez l’adresse e-mail avec laquelle vous vous connectez. Si elle correspond à un compte actif, nous enverrons un lien pour choisir un nouveau mot de passe.
forgot-submit = Envoyer le lien
forgot-sent = Si cette adresse correspond à un compte actif, un lien est en route. Consultez votre boîte de réception.
