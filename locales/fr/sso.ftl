# Traducteurs : lisez locales/README.md avant de modifier ; `make i18n-check` vérifie votre travail.

### L’authentification unique : la page de réglages (administrateurs) et son test de connexion ;
### la page affichée quand la connexion par le fournisseur échoue est dans sso-error.ftl.

## La page de réglages

sso-title = Authentification unique
sso-intro = Les personnes des domaines e-mail de votre entreprise se connectent avec votre fournisseur d’identité (Microsoft Entra ID, Google, Okta ou tout fournisseur OpenID Connect). Leur compte est créé à leur première connexion.
sso-register-title = À déclarer chez votre fournisseur d’identité
sso-register-intro = Créez une application (un client web utilisant le flux par code d’autorisation, « authorization code ») chez votre fournisseur, avec ces adresses et ces portées (scopes).
sso-redirect-uri = URI de redirection
sso-post-logout-uri = URI de redirection après déconnexion
sso-scopes = Portées (scopes)
sso-enabled = Se connecter avec le fournisseur d’identité
sso-enabled-hint = Une fois l’option activée, les personnes des domaines ci-dessous sont dirigées vers le fournisseur pour se connecter, et les comptes ne s’ajoutent plus à la main.
sso-issuer = URL de l’émetteur (issuer)
sso-issuer-hint = L’adresse que votre fournisseur indique comme émetteur (issuer), par exemple https://login.microsoftonline.com/id-de-votre-tenant/v2.0.
sso-client-id = Identifiant client
sso-client-secret = Secret client
sso-client-secret-hint = Affiché une seule fois par votre fournisseur à la création du client.
sso-client-secret-kept = Un secret est enregistré et n’est jamais affiché. Laissez ce champ vide pour le conserver.
sso-domains = Domaines e-mail
sso-domains-hint = Séparés par des virgules, par exemple acme.fr, acme.com. Chacun est vérifié par un enregistrement DNS avant de compter.
sso-domains-taken = Une autre entreprise a vérifié l’un de ces domaines.
sso-domains-title = Vérification des domaines
sso-domains-intro = Prouvez que votre entreprise détient chaque domaine : chez votre hébergeur DNS, publiez l’enregistrement TXT ci-dessous, puis choisissez Vérifier maintenant. Tant qu’un domaine n’est pas vérifié, l’authentification unique ne le couvre pas. Les domaines vérifiés sont contrôlés de nouveau chaque jour.
sso-domain-state-pending = En attente de l’enregistrement
sso-domain-state-verified = Vérifié
sso-domain-state-lost = Plus vérifié
sso-domain-verified-at = Vérifié depuis
sso-domain-record-type = Type d’enregistrement
sso-domain-record-name = Nom
sso-domain-record-value = Valeur
sso-domain-copy-name = Copier le nom
sso-domain-copy-value = Copier la valeur
sso-domain-copied = Copié.
sso-domain-copy-failed = La copie n’est pas possible ici : sélectionnez le texte et copiez-le vous-même.
sso-domain-check = Vérifier maintenant
sso-domain-checking = Vérification…
sso-domain-check-verified = L’enregistrement est présent : ce domaine est vérifié.
sso-domain-check-not-found = L’enregistrement est introuvable pour l’instant. Une modification DNS peut mettre jusqu’à une heure à apparaître : vérifiez le nom et la valeur, puis réessayez plus tard.
sso-domain-check-unreachable = Les serveurs DNS n’ont pas répondu. Réessayez dans quelques minutes.
sso-domain-check-taken = Une autre entreprise a vérifié ce domaine avant vous. Si votre entreprise le détient, contactez le support.
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
sso-check-code-flow-ok = Le fournisseur propose le flux par code d’autorisation (« authorization code »).
sso-check-code-flow-failed = Le fournisseur ne propose pas le flux par code d’autorisation (« authorization code »). Activez-le pour cette application.
sso-check-keys-ok = Les clés de signature du fournisseur sont lisibles.
sso-check-keys-failed = Le fournisseur ne publie aucune clé de signature.
sso-check-client-ok = Le fournisseur accepte cet identifiant client et ce secret.
sso-check-client-failed = Le fournisseur refuse cet identifiant client ou ce secret. Vérifiez les deux, et que le secret n’a pas expiré.
