# Traducteurs : lisez locales/README.md avant de modifier ; `make i18n-check` vérifie votre travail.

### Où une personne est connectée : sur son profil, et sur sa page pour ses administrateurs.

sessions-title = Où vous êtes connecté
sessions-intro = Déconnectez toute session que vous ne reconnaissez pas. Changer de mot de passe déconnecte aussi toutes les autres.
sessions-user-title = Sessions ouvertes
sessions-user-intro = Là où cette personne est connectée. Désactiver le compte la déconnecte partout.
# Variables:
#   $browser (String) - un navigateur, p. ex. « Chrome »
#   $system (String) - un système, p. ex. « Windows »
sessions-device = { $browser } sous { $system }
sessions-browser-edge = Edge
sessions-browser-opera = Opera
sessions-browser-chrome = Chrome
sessions-browser-firefox = Firefox
sessions-browser-safari = Safari
sessions-browser-other = Un navigateur inconnu
sessions-system-windows = Windows
sessions-system-ios = iOS
sessions-system-mac-os = macOS
sessions-system-android = Android
sessions-system-chrome-os = ChromeOS
sessions-system-linux = Linux
sessions-system-other = un système inconnu
sessions-this-device = Cet appareil
sessions-none = Aucune session ouverte.
sessions-address = Adresse
sessions-started = Connexion
sessions-last-active = Dernière activité
sessions-sign-out = Déconnecter
# Variables:
#   $device (String) - le navigateur et le système de la session, p. ex. « Chrome sous Windows »
#   $address (String) - l’adresse d’où elle s’est connectée, p. ex. « 203.0.113.7 »
sessions-sign-out-label = Déconnecter { $device }, { $address }
sessions-sign-out-others = Déconnecter toutes les autres sessions
sessions-ended = Session déconnectée.
sessions-others-ended = Toutes les autres sessions sont déconnectées.
