<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AccessibilityPanel</name>
    <message>
        <source>Accessibility</source>
        <translation>Accessibilité</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Texte plus grand</translation>
    </message>
    <message>
        <source>Controls within reach</source>
        <translation>Commandes à portée</translation>
    </message>
    <message>
        <source>Audio guidance</source>
        <translation>Guidage vocal</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Santander, your city</source>
        <translation>Santander, votre ville</translation>
    </message>
    <message>
        <source>Touch the screen to start</source>
        <translation>Touchez l'écran pour commencer</translation>
    </message>
</context>
<context>
    <name>CityGuideScreen</name>
    <message>
        <source>Search: beach, museum, palace…</source>
        <translation>Rechercher : plage, musée, palais…</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>Rechercher dans le guide</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>Places found: {count}</source>
        <translation>Lieux trouvés : {count}</translation>
    </message>
    <message>
        <source>Nothing found. Try another word.</source>
        <translation>Aucun résultat. Essayez un autre mot.</translation>
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <source>Thank you</source>
        <translation>Merci</translation>
    </message>
    <message>
        <source>When you leave, everything you entered is erased from this kiosk.</source>
        <translation>En partant, tout ce que vous avez saisi est effacé de cette borne.</translation>
    </message>
    <message>
        <source>Another procedure</source>
        <translation>Autre démarche</translation>
    </message>
    <message>
        <source>Finish and erase my data</source>
        <translation>Terminer et effacer mes données</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>What would you like to do?</source>
        <translation>Que souhaitez-vous faire ?</translation>
    </message>
    <message>
        <source>Choose a service. You can change the language at any time.</source>
        <translation>Choisissez un service. Vous pouvez changer de langue à tout moment.</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translation>Êtes-vous toujours là ?</translation>
    </message>
    <message>
        <source>Yes, continue</source>
        <translation>Oui, continuer</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Terminer la session</translation>
    </message>
    <message>
        <source>The session closes in {seconds} s and your data will be erased.</source>
        <translation>La session se fermera dans {seconds} s et vos données seront effacées.</translation>
    </message>
</context>
<context>
    <name>MaintenanceScreen</name>
    <message>
        <source>Maintenance</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>Self-test</source>
        <translation>Autotest</translation>
    </message>
    <message>
        <source>Restart the app</source>
        <translation>Redémarrer l'application</translation>
    </message>
    <message>
        <source>Quit to desktop</source>
        <translation>Quitter vers le bureau</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Self-test failed: {error}</source>
        <translation>Échec de l'autotest : {error}</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>Blocked escape attempts: {summary}</source>
        <translation>Tentatives de sortie bloquées : {summary}</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Delete</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Majuscules</translation>
    </message>
    <message>
        <source>Acute accent</source>
        <translation>Accent aigu</translation>
    </message>
    <message>
        <source>Diaeresis</source>
        <translation>Tréma</translation>
    </message>
    <message>
        <source>Numbers and symbols</source>
        <translation>Chiffres et symboles</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Lettres</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Valider</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <source>Technician access</source>
        <translation>Accès technicien</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Too many attempts. Try again in {seconds} s.</source>
        <translation>Trop de tentatives. Réessayez dans {seconds} s.</translation>
    </message>
    <message>
        <source>Wrong PIN. Attempts left: {count}</source>
        <translation>Code PIN erroné. Essais restants : {count}</translation>
    </message>
    <message>
        <source>The PIN could not be checked. Try again.</source>
        <translation>Le code PIN n'a pas pu être vérifié. Réessayez.</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Accessibilité</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Terminer la session</translation>
    </message>
</context>
<context>
    <name>services</name>
    <message>
        <source>City guide</source>
        <translation>Guide de la ville</translation>
    </message>
    <message>
        <source>Landmarks, museums and beaches of Santander</source>
        <translation>Monuments, musées et plages de Santander</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>Printer out of paper</source>
        <translation>Imprimante sans papier</translation>
    </message>
    <message>
        <source>Printer paper running low</source>
        <translation>Papier bientôt épuisé</translation>
    </message>
    <message>
        <source>Printer cover open</source>
        <translation>Capot de l'imprimante ouvert</translation>
    </message>
    <message>
        <source>Printer not responding</source>
        <translation>L'imprimante ne répond pas</translation>
    </message>
    <message>
        <source>Printer fault</source>
        <translation>Panne de l'imprimante</translation>
    </message>
    <message>
        <source>Printer status unknown</source>
        <translation>État de l'imprimante inconnu</translation>
    </message>
    <message>
        <source>Card reader service not running</source>
        <translation>Le service du lecteur de cartes est arrêté</translation>
    </message>
    <message>
        <source>Card reader not connected</source>
        <translation>Lecteur de cartes non connecté</translation>
    </message>
    <message>
        <source>Payment terminal not responding</source>
        <translation>Le terminal de paiement ne répond pas</translation>
    </message>
    <message>
        <source>No connection to the city services</source>
        <translation>Pas de connexion aux services municipaux</translation>
    </message>
    <message>
        <source>No speech engine installed</source>
        <translation>Aucun moteur vocal installé</translation>
    </message>
    <message>
        <source>Storage is read-only</source>
        <translation>Stockage en lecture seule</translation>
    </message>
    <message>
        <source>Storage writable</source>
        <translation>Stockage accessible en écriture</translation>
    </message>
    <message>
        <source>Turned off in the configuration</source>
        <translation>Désactivé dans la configuration</translation>
    </message>
    <message>
        <source>Device not found</source>
        <translation>Appareil introuvable</translation>
    </message>
    <message>
        <source>Device not connected</source>
        <translation>Appareil non connecté</translation>
    </message>
    <message>
        <source>Device not responding</source>
        <translation>L'appareil ne répond pas</translation>
    </message>
    <message>
        <source>Device fault</source>
        <translation>Panne de l'appareil</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Working, with a warning</source>
        <translation>Fonctionne, avec alerte</translation>
    </message>
    <message>
        <source>Status unknown</source>
        <translation>État inconnu</translation>
    </message>
    <message>
        <source>Not answering</source>
        <translation>Ne répond pas</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>Panne</translation>
    </message>
    <message>
        <source>Turned off</source>
        <translation>Désactivé</translation>
    </message>
</context>
</TS>