# Traducteurs : lisez locales/README.md avant de modifier ; `make i18n-check` vérifie votre travail.

### L’authentification unique : la page de réglages (administrateurs) et la page affichée quand
### la connexion par le fournisseur d’identité de l’entreprise échoue.

## La page de réglages

sso-title = Authentification unique
sso-intro = Les personnes des domaines e-mail de votre entreprise se connectent avec votre fournisseur d’identité (Microsoft Entra ID, Google, Okta ou tout fournisseur OpenID Connect). Leur compte est créé à leur première connexion.
sso-register-title = À déclarer chez votre fournisseur d’identité
sso-register-intro = Créez une application (un client web utilisant le flux « authorization code ») chez votre fournisseur, avec ces adresses et ces scopes.
sso-redirect-uri = URI de redirection
sso-post-logout-uri = URI de redirection après déconnexion
sso-scopes = Scopes
sso-enabled = Se connecter avec le fournisseur d’identité
sso-enabled-hint = Une fois activée, les personnes des domaines ci-dessous sont dirigées vers le fournisseur pour se connecter, et les comptes ne s’ajoutent plus à la main.
sso-issuer = URL de l’émetteur (issuer)
sso-issuer-hint = L’adresse que votre fournisseur donne comme émetteur, par exemple https://login.microsoftonline.com/id-de-votre-tenant/v2.0.
sso-client-id = Identifiant client
sso-client-secret = Secret client
sso-client-secret-hint = Affiché une seule fois par votre fournisseur à la création du client.
sso-client-secret-kept = Un secret est enregistré et n’est jamais affiché. Laissez ce champ vide pour le conserver.
sso-domains = Domaines e-mail
sso-domains-hint = Séparés par des virgules, par exemple acme.fr, acme.com.
sso-domains-taken = L’un de ces domaines est déjà utilisé par une autre entreprise.
sso-default-entity = Entité des nouveaux comptes
sso-default-services = Services des nouveaux comptes
sso-default-services-hint = Attribués tant qu’il reste des licences. Quand un service n’en a plus, le compte est créé sans lui et les administrateurs reçoivent un e-mail.
sso-break-glass = Accès de secours par mot de passe
sso-break-glass-hint = Ces administrateurs peuvent encore se connecter avec leur mot de passe, par exemple si le fournisseur est indisponible, à l’adresse de connexion de secours ci-dessus.
sso-break-glass-address = Adresse de connexion de secours
# Variables:
#   $first_name (String) - le prénom de l’administrateur
#   $last_name (String) - le nom de l’administrateur
#   $email (String) - l’adresse e-mail de connexion de l’administrateur
sso-break-glass-person = { $first_name } { $last_name } ({ $email })
sso-test = Tester la connexion
sso-testing = Test en cours…
sso-save = Enregistrer
sso-saving = Enregistrement…
sso-saved = Réglages de l’authentification unique enregistrés.

## Ce que « Tester la connexion » a trouvé, une ligne par étape

sso-report-title = Test de connexion
sso-report-all-ok = Tout fonctionne : les personnes peuvent se connecter avec ce fournisseur.
sso-report-failed = Quelque chose ne fonctionne pas encore : voyez la première étape en échec ci-dessous.
sso-check-mark-ok = Fonctionne
sso-check-mark-failed = Échoue
sso-check-mark-skipped = Non testé
sso-check-skipped = Non testé, car une étape précédente a échoué.
sso-check-discovery-ok = Le fournisseur répond à son adresse de découverte.
sso-check-discovery-failed = Le fournisseur ne répond pas à cette URL d’émetteur. Vérifiez l’adresse, et que ce serveur peut la joindre.
sso-check-issuer-ok = Le fournisseur confirme cette URL d’émetteur.
sso-check-issuer-failed = Le fournisseur indique une autre URL d’émetteur, ou son document de découverte est illisible. Copiez l’émetteur exactement comme le fournisseur le donne.
sso-check-code-flow-ok = Le fournisseur propose le flux « authorization code ».
sso-check-code-flow-failed = Le fournisseur ne propose pas le flux « authorization code ». Activez-le pour cette application.
sso-check-keys-ok = Les clés de signature du fournisseur sont lisibles.
sso-check-keys-failed = Le fournisseur ne publie aucune clé de signature.
sso-check-client-ok = Le fournisseur accepte cet identifiant client et ce secret.
sso-check-client-failed = Le fournisseur refuse cet identifiant client ou ce secret. Vérifiez les deux, et que le secret n’a pas expiré.

## La page affichée quand la connexion par le fournisseur échoue

sso-error-page-title = Problème de connexion
sso-error-details = Informations pour le support
sso-error-code-label = Code d’erreur
sso-error-provider-label = Message du fournisseur d’identité
sso-error-date-label = Date
sso-error-email-label = Adresse e-mail
sso-error-reference-label = Référence
# Variables:
#   $error (String) - le code d’erreur du fournisseur, par exemple access_denied
#   $description (String) - l’explication du fournisseur, dans ses mots (peut être vide)
sso-error-provider-said = { $error } : { $description }
sso-error-copy = Copier les informations pour le support
sso-error-copied = Informations copiées.
sso-error-copy-failed = Les informations n’ont pas pu être copiées. Sélectionnez-les et copiez-les à la main.
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
sso-fixer-support = Qui peut régler ce problème : le support Espace. Envoyez-lui les informations ci-dessous.
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
