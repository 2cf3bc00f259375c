# Traducteurs : lisez locales/README.md avant de modifier ; `make i18n-check` vérifie votre travail.

### E-mails envoyés aux utilisateurs et aux administrateurs. Chacun a un objet et un corps en
### texte brut où le lien, s’il y en a un, forme un paragraphe à lui seul. La version HTML
### reprend le même texte, avec le lien en bouton (les messages `-button`) et l’adresse
### en dessous (`emails-link-fallback`). Chaque e-mail se termine par `emails-sign-off`.
### Les heures sont celles de l’entreprise, dont le fuseau horaire est nommé par $time_zone.

## Communs à tous les e-mails

# Le dernier paragraphe de chaque e-mail, sur une ligne à part.
emails-sign-off = L’équipe { -brand-name }
# Version HTML seulement : sous le bouton, au-dessus de l’adresse du lien.
emails-link-fallback = Si le bouton ne fonctionne pas, copiez cette adresse dans votre navigateur :

## Activation d’un compte

# Variables:
#   $company (String) - le nom de l’entreprise
emails-activation-subject = Activez votre compte de l’espace client { $company }
# Variables:
#   $first_name (String) - le prénom du destinataire
#   $company (String) - le nom de l’entreprise
#   $link (String) - le lien d’activation
#   $expires (String) - la fin de validité du lien, à l’heure de l’entreprise, par ex. jeudi 26 novembre 2026 à 09:00
#   $time_zone (String) - le nom du fuseau horaire de l’entreprise, par ex. heure d’Europe centrale
emails-activation-text =
    Bonjour { $first_name },

    Un compte a été créé pour vous dans l’espace client { $company }.
    Pour l’activer, ouvrez le lien ci-dessous et choisissez votre mot de passe :

    { $link }

    Le lien ne fonctionne qu’une fois, jusqu’au { $expires } ({ $time_zone }). S’il a expiré, ouvrez-le quand même pour en demander un nouveau.
    Si vous n’attendiez pas cet e-mail, vous pouvez l’ignorer.
# Version HTML : le bouton qui ouvre le lien d’activation.
emails-activation-button = Activer mon compte

## Choix d’un nouveau mot de passe

# Variables:
#   $company (String) - le nom de l’entreprise
emails-reset-subject = Choisissez un nouveau mot de passe pour l’espace client { $company }
# Variables:
#   $first_name (String) - le prénom du destinataire
#   $company (String) - le nom de l’entreprise
#   $link (String) - le lien pour choisir le mot de passe
#   $expires (String) - la fin de validité du lien, à l’heure de l’entreprise, par ex. jeudi 26 novembre 2026 à 09:00
#   $time_zone (String) - le nom du fuseau horaire de l’entreprise, par ex. heure d’Europe centrale
emails-reset-text =
    Bonjour { $first_name },

    Pour choisir un nouveau mot de passe dans l’espace client { $company }, ouvrez le lien ci-dessous :

    { $link }

    Le lien ne fonctionne qu’une fois, jusqu’au { $expires } ({ $time_zone }). S’il a expiré, ouvrez-le quand même pour en demander un nouveau.
    Si vous n’avez pas demandé de nouveau mot de passe, ignorez cet e-mail : votre mot de passe reste le même.
# Version HTML : le bouton qui ouvre le lien pour choisir le mot de passe.
emails-reset-button = Choisir un nouveau mot de passe

## Désactivation pour inactivité

# Variables:
#   $company (String) - le nom de l’entreprise
emails-inactivity-subject = Votre compte de l’espace client { $company } va être désactivé
# Variables:
#   $first_name (String) - le prénom du destinataire
#   $company (String) - le nom de l’entreprise
#   $days (Number) - au bout de combien de jours sans connexion les comptes sont désactivés, par ex. 90
#   $deadline (String) - la date de désactivation, à l’heure de l’entreprise, par ex. jeudi 26 novembre 2026 à 09:00
#   $time_zone (String) - le nom du fuseau horaire de l’entreprise, par ex. heure d’Europe centrale
#   $link (String) - la page de connexion
emails-inactivity-text =
    Bonjour { $first_name },

    Les comptes de l’espace client { $company } sont désactivés après { NUMBER($days) ->
        [one] un jour
       *[other] { $days } jours
    } sans connexion.
    Sans connexion de votre part, votre compte sera désactivé le { $deadline } ({ $time_zone }).
    Pour le conserver, connectez-vous avant cette date :

    { $link }

    Si vous n’en avez plus besoin, vous n’avez rien à faire. Vos données sont conservées dans tous les cas.
# Version HTML : le bouton qui ouvre la page de connexion.
emails-inactivity-button = Se connecter

## Compte bloqué après des mots de passe erronés

# Variables:
#   $company (String) - le nom de l’entreprise
emails-locked-subject = Votre compte de l’espace client { $company } est bloqué
# Variables:
#   $first_name (String) - le prénom du destinataire
#   $company (String) - le nom de l’entreprise
#   $attempts (Number) - le nombre de mots de passe erronés d’affilée qui bloque un compte, par ex. 10
#   $link (String) - le lien pour choisir un nouveau mot de passe
#   $expires (String) - la fin de validité du lien, à l’heure de l’entreprise, par ex. jeudi 26 novembre 2026 à 09:00
#   $time_zone (String) - le nom du fuseau horaire de l’entreprise, par ex. heure d’Europe centrale
emails-locked-text =
    Bonjour { $first_name },

    Votre compte de l’espace client { $company } a été bloqué après { NUMBER($attempts) ->
        [one] un mot de passe erroné
       *[other] { $attempts } mots de passe erronés d’affilée
    }.
    Les sessions déjà ouvertes le restent.
    Pour débloquer le compte, ouvrez le lien ci-dessous et choisissez un nouveau mot de passe :

    { $link }

    Le lien ne fonctionne qu’une fois, jusqu’au { $expires } ({ $time_zone }). S’il a expiré, ouvrez-le quand même pour en demander un nouveau.
    Si vous n’avez pas saisi ces mots de passe, quelqu’un essaie peut-être de deviner le vôtre : le nouveau mot de passe l’en empêchera.
# Version HTML : le bouton qui ouvre le lien pour choisir un nouveau mot de passe.
emails-locked-button = Débloquer mon compte

# Variables:
#   $company (String) - le nom de l’entreprise
#   $locked_first_name (String) - le prénom de la personne bloquée (un administrateur)
#   $locked_last_name (String) - le nom de la personne bloquée
emails-admin-locked-subject = Le compte de { $locked_first_name } { $locked_last_name } est bloqué dans l’espace client { $company }
# Variables:
#   $first_name (String) - le prénom du destinataire (un administrateur)
#   $company (String) - le nom de l’entreprise
#   $locked_first_name (String) - le prénom de la personne bloquée (un administrateur)
#   $locked_last_name (String) - le nom de la personne bloquée
#   $locked_email (String) - l’adresse e-mail de connexion de la personne bloquée
#   $attempts (Number) - le nombre de mots de passe erronés d’affilée qui bloque un compte, par ex. 10
emails-admin-locked-text =
    Bonjour { $first_name },

    Le compte administrateur de { $locked_first_name } { $locked_last_name } ({ $locked_email }) dans l’espace client { $company } a été bloqué après { NUMBER($attempts) ->
        [one] un mot de passe erroné
       *[other] { $attempts } mots de passe erronés d’affilée
    }.
    Un lien pour choisir un nouveau mot de passe, qui débloque le compte, a été envoyé à cette personne par e-mail : vous n’avez rien à faire.
    Si ces mots de passe ne viennent pas d’elle, quelqu’un essaie peut-être d’entrer : demandez-lui d’en choisir un long, qu’elle n’utilise nulle part ailleurs. Vous pouvez aussi débloquer le compte depuis sa fiche dans Utilisateurs.

## Authentification unique

# Variables:
#   $company (String) - le nom de l’entreprise
#   $person_first_name (String) - le prénom de la nouvelle personne
#   $person_last_name (String) - le nom de la nouvelle personne
emails-sso-no-seat-subject = { $person_first_name } { $person_last_name } a rejoint l’espace client { $company }, mais sans certains services
# Variables:
#   $first_name (String) - le prénom du destinataire (un administrateur)
#   $company (String) - le nom de l’entreprise
#   $person_first_name (String) - le prénom de la nouvelle personne
#   $person_last_name (String) - le nom de la nouvelle personne
#   $person_email (String) - l’adresse e-mail de connexion de la nouvelle personne
#   $services (String) - les services non attribués, séparés par des virgules
emails-sso-no-seat-text =
    Bonjour { $first_name },

    { $person_first_name } { $person_last_name } ({ $person_email }) s’est connecté pour la première fois à l’espace client { $company } par l’authentification unique de votre entreprise : son compte a été créé.
    Faute de licence disponible, ces services ne lui ont pas été attribués : { $services }.
    Pour les lui attribuer, libérez ou ajoutez des licences, puis ajoutez les services sur sa fiche, dans Utilisateurs.

## Les domaines de messagerie de l’entreprise

# Variables:
#   $company (String) - le nom de l’entreprise
#   $domain (String) - le domaine de messagerie, par ex. acme.fr
emails-domain-lost-subject = { $domain } n’est plus vérifié pour l’espace client { $company }
# Variables:
#   $first_name (String) - le prénom du destinataire (un administrateur)
#   $company (String) - le nom de l’entreprise
#   $domain (String) - le domaine de messagerie, par ex. acme.fr
#   $record (String) - le nom de l’enregistrement TXT, par ex. _espace-challenge.acme.fr
emails-domain-lost-text =
    Bonjour { $first_name },

    La vérification du jour ne trouve plus l’enregistrement TXT { $record } qui prouve que l’entreprise { $company } détient { $domain }.
    Tant qu’il n’est pas vérifié de nouveau, l’authentification unique ne couvre plus les adresses de { $domain } sans compte, et les personnes dont le compte est dans { $domain } se connectent avec leur mot de passe.
    Si l’enregistrement a été supprimé par erreur, publiez-le de nouveau, puis choisissez Vérifier maintenant sur la page Authentification unique.

## Les adresses de la personne

# Variables:
#   $company (String) - le nom de l’entreprise
emails-notification-address-changed-subject = Votre adresse de notification pour l’espace client { $company } a changé
# Variables:
#   $first_name (String) - le prénom du destinataire
#   $company (String) - le nom de l’entreprise
#   $address (String) - la nouvelle adresse de notification
emails-notification-address-changed-text =
    Bonjour { $first_name },

    Les avis de l’espace client { $company } sont désormais envoyés à { $address } au lieu de cette adresse.
    Si vous n’attendiez pas ce changement, prévenez l’administrateur de votre entreprise.

## Une connexion depuis un navigateur nouveau pour le compte

# Variables:
#   $company (String) - le nom de l’entreprise
emails-new-sign-in-subject = Nouvelle connexion à votre espace client { $company }
# Variables:
#   $first_name (String) - le prénom du destinataire
#   $company (String) - le nom de l’entreprise
#   $device (String) - le navigateur et le système, p. ex. « Chrome sous Windows »
#   $address (String) - l’adresse d’où la connexion a eu lieu, p. ex. « 203.0.113.7 »
#   $at (String) - la date et l’heure, p. ex. « vendredi 15 janvier 2027 à 9 h »
#   $time_zone (String) - le fuseau horaire de l’entreprise, p. ex. « heure d’Europe centrale »
#   $link (String) - la page du profil, où sont listées les sessions de la personne
emails-new-sign-in-text =
    Bonjour { $first_name },

    Quelqu’un s’est connecté à votre espace client { $company } depuis un navigateur jamais utilisé sur votre compte : { $device }, adresse { $address }, le { $at } ({ $time_zone }).

    Si c’était vous, il n’y a rien à faire. Sinon, changez tout de suite votre mot de passe, puis déconnectez cette session depuis votre profil :

    { $link }

# Variables:
#   $company (String) - le nom de l’entreprise
emails-second-step-reset-subject = Votre connexion en deux étapes à l’espace client { $company } a été réinitialisée
# Variables:
#   $first_name (String) - le prénom du destinataire
#   $company (String) - le nom de l’entreprise
#   $link (String) - la page du profil, où se configure la connexion en deux étapes
emails-second-step-reset-text =
    Bonjour { $first_name },

    Un administrateur de { $company } a réinitialisé votre connexion en deux étapes : votre application d’authentification et vos codes de secours ne fonctionnent plus. Votre mot de passe ne change pas.

    Configurez à nouveau la connexion en deux étapes depuis votre profil (si votre entreprise l’exige, cela vous sera demandé à votre prochaine connexion) :

    { $link }

    Si vous n’êtes pas à l’origine de cette demande, contactez votre administrateur.

## Un changement d’e-mail de connexion : le lien vers la nouvelle adresse, puis l’avis à l’ancienne

# Variables:
#   $company (String) - le nom de l’entreprise
emails-email-change-confirm-subject = Confirmez votre nouvel e-mail de connexion à l’espace client { $company }
# Variables:
#   $first_name (String) - le prénom du destinataire
#   $company (String) - le nom de l’entreprise
#   $address (String) - l’e-mail de connexion utilisé jusqu’ici
#   $link (String) - le lien qui confirme la nouvelle adresse
#   $expires (String) - quand le lien cesse de fonctionner, p. ex. « vendredi 15 janvier 2027 à 9 h »
#   $time_zone (String) - le fuseau horaire de l’entreprise
emails-email-change-confirm-text =
    Bonjour { $first_name },

    Vous avez demandé à vous connecter à l’espace client { $company } avec cette adresse au lieu de { $address }. Pour confirmer, ouvrez le lien ci-dessous en étant connecté :

    { $link }

    Le lien fonctionne une fois, jusqu’au { $expires } ({ $time_zone }). D’ici là, rien ne change. Si vous n’êtes pas à l’origine de cette demande, ignorez cet e-mail.
# Version HTML : le bouton qui ouvre le lien de confirmation.
emails-email-change-confirm-button = Confirmer cette adresse
# Variables:
#   $company (String) - le nom de l’entreprise
emails-email-changed-subject = Votre e-mail de connexion à l’espace client { $company } a été modifié
# Variables:
#   $first_name (String) - le prénom du destinataire
#   $company (String) - le nom de l’entreprise
#   $address (String) - le nouvel e-mail de connexion
#   $link (String) - le lien qui rétablit cette adresse
#   $expires (String) - quand le lien cesse de fonctionner
#   $time_zone (String) - le fuseau horaire de l’entreprise
emails-email-changed-text =
    Bonjour { $first_name },

    Votre e-mail de connexion à l’espace client { $company } est désormais { $address }. Cette adresse ne permet plus de vous connecter.

    Si vous n’êtes pas à l’origine de ce changement, ouvrez le lien ci-dessous : il rétablit cette adresse, déconnecte toutes les sessions et vous permet de choisir un nouveau mot de passe.

    { $link }

    Le lien fonctionne une fois, jusqu’au { $expires } ({ $time_zone }). Si c’était vous, il n’y a rien à faire.
# Version HTML : le bouton qui ouvre le lien d’annulation.
emails-email-changed-button = Rétablir mon adresse

## Orders

# Variables:
#   $company (String) - the company’s name
#   $service (String) - the service's name
emails-order-ending-subject = { $service } : des licences de l’espace client { $company } prennent bientôt fin
# Variables:
#   $first_name (String) - the recipient’s first name (an administrator)
#   $company (String) - the company’s name
#   $service (String) - the service's name
#   $seats (Number) - how many seats the order holds
#   $ends_on (String) - the order's last day, e.g. jeudi 31 décembre 2026
emails-order-ending-text =
    Bonjour { $first_name },

    Une commande de { $service } pour l’espace client { $company } prend fin le { $ends_on }. { NUMBER($seats) ->
        [one] Sa licence disparaît avec elle.
       *[other] Ses { NUMBER($seats) } licences disparaissent avec elle.
    }
    Les personnes gardent le service jusqu’à ce que vous le retiriez, mais personne d’autre ne peut l’obtenir tant que plus de personnes l’ont que de licences restantes. Pour garder ces licences, contactez votre fournisseur avant cette date ; sinon, choisissez dans Utilisateurs qui garde le service.

## Rappel d’une invitation sur le point d’expirer

# Variables:
#   $company (String) - le nom de l’entreprise
emails-invitation-reminder-subject = Votre compte de l’espace client { $company } vous attend : l’invitation expire demain
# Variables:
#   $first_name (String) - le prénom du destinataire
#   $company (String) - le nom de l’entreprise
#   $link (String) - le lien d’activation (un nouveau ; celui envoyé avant ne fonctionne plus)
#   $expires (String) - la fin de validité du lien, à l’heure de l’entreprise, par ex. jeudi 26 novembre 2026 à 09:00
#   $time_zone (String) - le nom du fuseau horaire de l’entreprise, par ex. heure d’Europe centrale
emails-invitation-reminder-text =
    Bonjour { $first_name },

    Votre compte de l’espace client { $company } n’est pas encore activé, et l’invitation expire le { $expires } ({ $time_zone }).
    Pour l’activer, ouvrez le lien ci-dessous et choisissez votre mot de passe :

    { $link }

    Ce lien remplace celui du premier e-mail. S’il a expiré, ouvrez-le quand même pour en demander un nouveau.
    Si vous n’attendiez pas cet e-mail, vous pouvez l’ignorer.
# Version HTML : le bouton qui ouvre le lien d’activation.
emails-invitation-reminder-button = Activer mon compte

## Ce qu’un administrateur apprend une fois par jour des invitations qu’il a envoyées et qui ont expiré sans servir

# Variables:
#   $count (Number) - le nombre d’invitations expirées
#   $company (String) - le nom de l’entreprise
emails-invitation-digest-subject = { NUMBER($count) ->
    [one] Une invitation que vous avez envoyée a expiré sans servir ({ $company })
   *[other] { $count } invitations que vous avez envoyées ont expiré sans servir ({ $company })
}
# Variables:
#   $first_name (String) - le prénom du destinataire
#   $company (String) - le nom de l’entreprise
#   $count (Number) - le nombre d’invitations expirées
#   $people (String) - les personnes, une par ligne : « - Prénom Nom (adresse) »
#   $link (String) - la liste des utilisateurs, filtrée sur les invitations expirées
emails-invitation-digest-text =
    Bonjour { $first_name },

    { NUMBER($count) ->
        [one] Cette personne que vous avez invitée dans l’espace client { $company } n’a pas activé son compte à temps :
       *[other] Ces { $count } personnes que vous avez invitées dans l’espace client { $company } n’ont pas activé leur compte à temps :
    }

    { $people }

    Pour leur envoyer de nouvelles invitations en une fois, ouvrez la liste des invitations expirées :

    { $link }
# Version HTML : le bouton qui ouvre la liste des invitations expirées.
emails-invitation-digest-button = Voir les invitations expirées

## Ce qu’un administrateur envoie à ceux qui n’ont pas accepté la politique de confidentialité en vigueur

# Variables:
#   $company (String) - le nom de l’entreprise
emails-policy-reminder-subject = Merci de lire la politique de confidentialité mise à jour ({ $company })
# Variables:
#   $first_name (String) - le prénom du destinataire
#   $company (String) - le nom de l’entreprise
#   $link (String) - la page de connexion
emails-policy-reminder-text =
    Bonjour { $first_name },

    La politique de confidentialité de l’espace client { $company } a changé. Votre administrateur vous demande de la lire : elle s’affiche, avec ce qui a changé, à votre prochaine connexion.

    { $link }
# Version HTML : le bouton qui ouvre la page de connexion.
emails-policy-reminder-button = Se connecter

## Un point de terminaison webhook désactivé après trois jours d’échecs

# Variables:
#   $company (String) - le nom de l’entreprise
emails-webhook-off-subject = Un webhook de l’espace client { $company } a été désactivé
# Variables:
#   $first_name (String) - le prénom du destinataire (un administrateur)
#   $company (String) - le nom de l’entreprise
#   $url (String) - l’adresse du point de terminaison
#   $link (String) - la page du point de terminaison dans l’espace client
emails-webhook-off-text =
    Bonjour { $first_name },

    Depuis trois jours, le point de terminaison webhook { $url } de l’espace client { $company } n’accepte plus les événements qui lui sont envoyés : il a donc été désactivé. Les événements n’y sont plus envoyés, et ceux en attente ont été abandonnés.

    Une fois la réception rétablie, réactivez le point de terminaison depuis sa page, puis envoyez un événement de test pour le vérifier.

    { $link }
# Version HTML : le bouton qui ouvre la page du point de terminaison.
emails-webhook-off-button = Ouvrir le webhook
