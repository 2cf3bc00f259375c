# Traducteurs : lisez locales/README.md avant de modifier ; `make i18n-check` vérifie votre travail.

### Liens d’activation et de mot de passe, et choix du mot de passe.

link-title = Votre compte
# Variables:
#   $name (String) - le prénom de la personne
link-welcome-title = Bonjour { $name }
# Variables:
#   $company (String) - le nom de l’entreprise
link-welcome-text = Votre compte dans l’espace client { $company } est prêt. Continuez pour choisir votre mot de passe.
link-continue = Continuer
link-set-password-title = Choisissez votre mot de passe
link-reset-password-title = Choisissez un nouveau mot de passe
link-set-password-intro = Choisissez un mot de passe long ou une phrase que personne d’autre ne devinerait ; les espaces et tous les caractères sont acceptés. Ou laissez-nous en générer un robuste.
link-undo-email-title = Rétablir votre e-mail de connexion
link-undo-email-intro = Votre e-mail de connexion redevient cette adresse, et toutes les sessions ouvertes sur votre compte sont déconnectées. Choisissez un nouveau mot de passe : la personne qui a changé l’adresse connaît peut-être l’ancien.
link-set-password-submit = Définir le mot de passe
link-used-title = Ce lien a déjà été utilisé
link-used-text = Votre compte est actif : connectez-vous avec votre adresse e-mail et votre mot de passe.
link-sign-in = Aller à la connexion
link-expired-title = Ce lien a expiré
link-expired-text = Les liens ne fonctionnent qu’un temps. Demandez-en un nouveau : il sera envoyé à la même adresse.
link-replaced-title = Ce lien a été remplacé par un plus récent
link-replaced-text = Un e-mail plus récent contient le lien qui fonctionne. Vous pouvez aussi en demander un nouveau.
link-withdrawn-title = Ce lien ne fonctionne plus
link-withdrawn-text = Il a été annulé par une modification de votre compte. Demandez-en un nouveau : il sera envoyé à l’adresse e-mail de votre compte.
link-renew = Envoyez-moi un nouveau lien
link-renew-sent = Si le compte peut encore recevoir un lien, un nouveau est en route. Consultez votre boîte de réception.
link-unknown-title = Ce lien ne fonctionne pas
link-unknown-text = Vérifiez que vous avez ouvert le lien complet de l’e-mail, ou demandez à votre administrateur de vous en renvoyer un.

password-label = Mot de passe
# Variables:
#   $min (Number) - le nombre minimal de caractères d’un mot de passe, par ex. 12
password-rule-min-length = Au moins { $min } caractères
# Variables:
#   $max (Number) - le nombre maximal de caractères d’un mot de passe, par ex. 128
password-rule-max-length = Au plus { $max } caractères
password-rule-not-common = Pas l’un des mots de passe les plus courants
password-rule-not-personal = Ni votre adresse e-mail ni votre nom
password-rule-not-blank = Pas uniquement des espaces
password-rule-met = Fait.
password-rule-not-met = Pas encore.
password-generate = Générer un mot de passe robuste
password-generated-intro = Votre nouveau mot de passe :
password-generated-keep = Conservez-le en lieu sûr, par exemple dans un gestionnaire de mots de passe : personne ne pourra vous l’afficher de nouveau.
password-copy = Copier le mot de passe
password-copied = Mot de passe copié.
