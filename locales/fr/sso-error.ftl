# Traducteurs : lisez locales/README.md avant de modifier ; `make i18n-check` vérifie votre travail.

### La page affichée quand la connexion par le fournisseur d’identité de l’entreprise échoue :
### ce qui s’est passé, qui peut y remédier, et les détails à envoyer au support.

sso-error-page-title = Problème de connexion
sso-error-details = Détails pour le support
sso-error-code-label = Code d’erreur
sso-error-provider-label = Message du fournisseur d’identité
sso-error-date-label = Date
sso-error-email-label = Adresse e-mail
sso-error-reference-label = Référence
# Variables:
#   $error (String) - le code d’erreur du fournisseur, par exemple access_denied
#   $description (String) - l’explication du fournisseur, dans ses mots (peut être vide)
sso-error-provider-said = { $error } : { $description }
sso-error-copy = Copier les détails pour le support
sso-error-copied = Détails copiés.
sso-error-copy-failed = Les détails n’ont pas pu être copiés. Sélectionnez-les et copiez-les à la main.
sso-error-retry = Retour à la connexion
# Variables:
#   $code (String) - le code d’erreur
sso-error-copy-code = Code d’erreur : { $code }
# Variables:
#   $date (String) - la date et l’heure de l’échec
sso-error-copy-date = Date : { $date }
# Variables:
#   $email (String) - l’adresse e-mail utilisée
sso-error-copy-email = Adresse e-mail : { $email }
# Variables:
#   $reference (String) - la référence qui permet au support de retrouver l’échec dans les journaux
sso-error-copy-reference = Référence : { $reference }
sso-fixer-you = Vous pouvez régler ce problème : recommencez la connexion.
sso-fixer-it-department = Qui peut régler ce problème : votre service informatique, qui gère le fournisseur d’identité de votre entreprise.
sso-fixer-administrator = Qui peut régler ce problème : un administrateur de l’espace de votre entreprise.
sso-fixer-support = Qui peut régler ce problème : le support Espace. Envoyez-lui les détails ci-dessous.
sso-error-provider-unreachable-title = Votre fournisseur d’identité est injoignable
sso-error-provider-unreachable-body = Le fournisseur d’identité de votre entreprise n’a pas répondu. Il est peut-être en panne, ou son adresse est erronée dans les réglages.
sso-error-provider-refused-title = Votre fournisseur d’identité a refusé la connexion
sso-error-provider-refused-body = Le fournisseur d’identité de votre entreprise ne vous a pas laissé accéder à cet espace. Vous n’avez peut-être pas le droit d’utiliser cette application, ou vous avez annulé la connexion.
sso-error-email-not-verified-title = Votre adresse e-mail n’est pas vérifiée
sso-error-email-not-verified-body = Votre fournisseur d’identité ne confirme pas que cette adresse e-mail est la vôtre : aucun compte ne peut être ouvert avec elle.
sso-error-domain-not-covered-title = Cette adresse e-mail n’est pas couverte
sso-error-domain-not-covered-body = L’adresse transmise par votre fournisseur d’identité n’appartient à aucun des domaines que votre entreprise a déclarés pour l’authentification unique.
sso-error-account-deactivated-title = Votre compte est désactivé
sso-error-account-deactivated-body = Votre compte dans cet espace a été désactivé : la connexion n’est pas possible.
sso-error-account-locked-title = Votre compte est bloqué
sso-error-account-locked-body = Votre compte a été bloqué après trop de mots de passe erronés. L’e-mail que vous avez reçu permet de le débloquer, ou un administrateur peut le faire.
sso-error-account-conflict-title = Cette adresse e-mail appartient à un autre compte
sso-error-account-conflict-body = Votre adresse e-mail est déjà utilisée par un compte lié à une autre identité chez votre fournisseur.
sso-error-state-mismatch-title = Cette connexion a expiré
sso-error-state-mismatch-body = La connexion a été commencée dans un autre navigateur ou onglet, a duré plus de dix minutes, ou a déjà été utilisée.
sso-error-nonce-mismatch-title = La connexion n’a pas pu être vérifiée
sso-error-nonce-mismatch-body = L’identité envoyée par votre fournisseur n’a pas été émise pour cette connexion : elle a été refusée pour votre sécurité.
sso-error-clock-skew-title = Les horloges ne concordent pas
sso-error-clock-skew-body = L’identité envoyée par votre fournisseur est datée dans le futur ou a déjà expiré : l’horloge du fournisseur ou celle de ce serveur est fausse.
sso-error-misconfigured-title = L’authentification unique est mal configurée
sso-error-misconfigured-body = Les réglages d’authentification unique de votre entreprise ne fonctionnent pas avec son fournisseur d’identité (client, clés ou adresse e-mail transmise).
