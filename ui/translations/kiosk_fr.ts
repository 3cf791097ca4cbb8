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
    <name>AddressStep</name>
    <message>
        <source>Which address?</source>
        <translation>Quelle adresse ?</translation>
    </message>
    <message>
        <source>Here, at this kiosk: {place}</source>
        <translation>Ici, à cette borne : {place}</translation>
    </message>
    <message>
        <source>Or type the name of a street:</source>
        <translation>Ou tapez le nom d&apos;une rue :</translation>
    </message>
    <message>
        <source>For example: Castilla</source>
        <translation>Par exemple : Castilla</translation>
    </message>
    <message>
        <source>Street name</source>
        <translation>Nom de la rue</translation>
    </message>
    <message>
        <source>Touch your street.</source>
        <translation>Touchez votre rue.</translation>
    </message>
    <message>
        <source>No street with that name. Check the spelling or type less.</source>
        <translation>Aucune rue de ce nom. Vérifiez l&apos;orthographe ou tapez moins de lettres.</translation>
    </message>
</context>
<context>
    <name>AroundScreen</name>
    <message>
        <source>Around this kiosk: {place}</source>
        <translation>Autour de cette borne : {place}</translation>
    </message>
    <message>
        <source>Around {place}</source>
        <translation>Autour de {place}</translation>
    </message>
    <message>
        <source>Bus stops cannot be shown right now.</source>
        <translation>Arrêts de bus indisponibles pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Not live: these times are from {time} and may have changed.</source>
        <translation>Pas en temps réel : horaires datant de {time}, ils ont pu changer.</translation>
    </message>
    <message>
        <source>{number}. Stop {name} · {metres} m, {minutes} min walk</source>
        <translation>{number}. Arrêt {name} · {metres} m, {minutes} min à pied</translation>
    </message>
    <message>
        <source>No live times right now. Lines that stop here: {lines}</source>
        <translation>Pas de temps réel pour l&apos;instant. Lignes qui s&apos;arrêtent ici : {lines}</translation>
    </message>
    <message>
        <source>No buses expected soon at this stop.</source>
        <translation>Aucun bus attendu prochainement à cet arrêt.</translation>
    </message>
    <message>
        <source>arriving</source>
        <translation>à l&apos;approche</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>Line {line} to {destination}: {first}</source>
        <translation>Ligne {line} vers {destination} : {first}</translation>
    </message>
    <message>
        <source>next in {minutes} min</source>
        <translation>suivant dans {minutes} min</translation>
    </message>
    <message>
        <source>The agenda cannot be shown right now.</source>
        <translation>Agenda indisponible pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>Nothing on the agenda.</source>
        <translation>Rien à l&apos;agenda.</translation>
    </message>
    <message>
        <source>{metres} m away</source>
        <translation>à {metres} m</translation>
    </message>
    <message>
        <source>Top-up points cannot be shown right now.</source>
        <translation>Points de recharge indisponibles pour l&apos;instant.</translation>
    </message>
    <message>
        <source>{metres} m, {minutes} min walk</source>
        <translation>{metres} m, {minutes} min à pied</translation>
    </message>
    <message>
        <source>Change address</source>
        <translation>Changer d&apos;adresse</translation>
    </message>
    <message>
        <source>Map: ★ the address · ■ bus stops (1, 2, 3) · ● events (A, B, C) · ▲ top-up points. North is up.</source>
        <translation>Carte : ★ l&apos;adresse · ■ arrêts de bus (1, 2, 3) · ● événements (A, B, C) · ▲ points de recharge. Le nord est en haut.</translation>
    </message>
    <message>
        <source>Scan to see this place on your phone.</source>
        <translation>Scannez pour voir ce lieu sur votre téléphone.</translation>
    </message>
    <message>
        <source>Next buses</source>
        <translation>Prochains bus</translation>
    </message>
    <message>
        <source>What&apos;s on nearby</source>
        <translation>Événements à proximité</translation>
    </message>
    <message>
        <source>Citizen Card top-up points</source>
        <translation>Carte Citoyenne : points de recharge</translation>
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
        <translation>Touchez l&apos;écran pour commencer</translation>
    </message>
</context>
<context>
    <name>CensusScreen</name>
    <message>
        <source>Just me</source>
        <translation>Moi uniquement</translation>
    </message>
    <message>
        <source>Your own registration at your address.</source>
        <translation>Votre propre inscription à votre adresse.</translation>
    </message>
    <message>
        <source>Everyone at my address</source>
        <translation>Toutes les personnes à mon adresse</translation>
    </message>
    <message>
        <source>The people registered at your address who agreed to appear.</source>
        <translation>Les personnes inscrites à votre adresse qui ont accepté d&apos;y figurer.</translation>
    </message>
    <message>
        <source>My address history</source>
        <translation>Mon historique d&apos;adresses</translation>
    </message>
    <message>
        <source>Every address where you have been registered in Santander.</source>
        <translation>Toutes les adresses où vous avez été inscrit à Santander.</translation>
    </message>
    <message>
        <source>Which certificate do you need? It is free and usually accepted for three months.</source>
        <translation>De quel certificat avez-vous besoin ? Il est gratuit et généralement accepté pendant trois mois.</translation>
    </message>
    <message>
        <source>Census certificate: {kind}</source>
        <translation>Certificat de résidence : {kind}</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>District and section</source>
        <translation>District et section</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Délivré</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valable jusqu&apos;au</translation>
    </message>
    <message>
        <source>and 1 more person</source>
        <translation>et 1 autre personne</translation>
    </message>
    <message>
        <source>and {count} more people</source>
        <translation>et {count} autres personnes</translation>
    </message>
    <message>
        <source>People at this address: {names}</source>
        <translation>Personnes à cette adresse : {names}</translation>
    </message>
    <message>
        <source>Verification code (CSV): {csv}</source>
        <translation>Code de vérification (CSV) : {csv}</translation>
    </message>
    <message>
        <source>Scan the QR code with your phone to open and keep the document. Anyone can check it on the city&apos;s e-office with the verification code.</source>
        <translation>Scannez le code QR avec votre téléphone pour ouvrir et garder le document. Chacun peut le vérifier sur le guichet en ligne de la ville avec le code de vérification.</translation>
    </message>
    <message>
        <source>Get certificate</source>
        <translation>Obtenir le certificat</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
</context>
<context>
    <name>CitizenCard</name>
    <message>
        <source>We could not read a card. Place your Citizen Card flat on the reader below the screen and keep it there.</source>
        <translation>Nous n&apos;avons pu lire aucune carte. Posez votre Carte Citoyenne à plat sur le lecteur sous l&apos;écran et laissez-la.</translation>
    </message>
    <message>
        <source>This card is not a Citizen Card of Santander.</source>
        <translation>Cette carte n&apos;est pas une Carte Citoyenne de Santander.</translation>
    </message>
    <message>
        <source>The card could not be read. Try again, or ask at any Citizen Service Office.</source>
        <translation>La carte n&apos;a pas pu être lue. Réessayez ou adressez-vous à un bureau d&apos;accueil des citoyens.</translation>
    </message>
    <message>
        <source>With this top-up the card would hold more than its maximum. Choose a smaller amount.</source>
        <translation>Avec cette recharge, la carte dépasserait son solde maximal. Choisissez un montant plus petit.</translation>
    </message>
    <message>
        <source>Choose an amount within the limits shown.</source>
        <translation>Choisissez un montant dans les limites indiquées.</translation>
    </message>
    <message>
        <source>The card reader is not working right now.</source>
        <translation>Le lecteur de cartes ne fonctionne pas pour le moment.</translation>
    </message>
    <message>
        <source>{amount} loaded. Your balance is now {balance}.</source>
        <translation>{amount} rechargés. Votre solde est maintenant de {balance}.</translation>
    </message>
    <message>
        <source>{amount} is on your card. The city&apos;s records will be updated shortly.</source>
        <translation>{amount} est sur votre carte. Les registres de la ville seront mis à jour sous peu.</translation>
    </message>
    <message>
        <source>Your bank card has been charged {amount}, but the Citizen Card left the reader. Place it on the reader again to load it; it will also load at your next tap at any kiosk.</source>
        <translation>Votre carte bancaire a été débitée de {amount}, mais la Carte Citoyenne a quitté le lecteur. Reposez-la pour la recharger ; elle sera aussi rechargée à votre prochain passage sur une borne.</translation>
    </message>
    <message>
        <source>The card left the reader while it was being loaded. Place it on the reader again to finish. You will not be charged twice.</source>
        <translation>La carte a quitté le lecteur pendant la recharge. Reposez-la pour terminer. Vous ne serez pas débité deux fois.</translation>
    </message>
    <message>
        <source>The bank card was declined. Nothing has been charged.</source>
        <translation>La carte bancaire a été refusée. Rien n&apos;a été débité.</translation>
    </message>
    <message>
        <source>The payment did not go through. Nothing has been charged.</source>
        <translation>Le paiement n&apos;a pas abouti. Rien n&apos;a été débité.</translation>
    </message>
    <message>
        <source>The top-up could not be loaded, so {amount} has been given back to your bank card.</source>
        <translation>La recharge n&apos;a pas pu être chargée : {amount} ont été rendus à votre carte bancaire.</translation>
    </message>
    <message>
        <source>Place your Citizen Card on the reader below the screen.</source>
        <translation>Posez votre Carte Citoyenne sur le lecteur sous l&apos;écran.</translation>
    </message>
    <message>
        <source>Balance: {amount}</source>
        <translation>Solde : {amount}</translation>
    </message>
    <message>
        <source>A pending top-up of {amount} has just been loaded.</source>
        <translation>Une recharge en attente de {amount} vient d&apos;être chargée.</translation>
    </message>
    <message>
        <source>Pending top-up: {amount}.</source>
        <translation>Recharge en attente : {amount}.</translation>
    </message>
    <message>
        <source>Top-up</source>
        <translation>Recharge</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Last movements:</source>
        <translation>Derniers mouvements :</translation>
    </message>
    <message>
        <source>No movements yet.</source>
        <translation>Aucun mouvement pour l&apos;instant.</translation>
    </message>
    <message>
        <source>How much do you want to load? You pay by bank card on the terminal.</source>
        <translation>Combien voulez-vous recharger ? Vous payez par carte bancaire sur le terminal.</translation>
    </message>
    <message>
        <source>Load this amount</source>
        <translation>Recharger ce montant</translation>
    </message>
    <message>
        <source>From {low} to {high} at a time; a card holds at most {most}.</source>
        <translation>De {low} à {high} à la fois ; une carte contient au plus {most}.</translation>
    </message>
    <message>
        <source>Read my card</source>
        <translation>Lire ma carte</translation>
    </message>
    <message>
        <source>Top up</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
</context>
<context>
    <name>CityData</name>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Offline data (date unknown)</source>
        <translation>Données hors ligne (date inconnue)</translation>
    </message>
    <message>
        <source>Offline data from {when}</source>
        <translation>Données hors ligne du {when}</translation>
    </message>
    <message>
        <source>Updated just now</source>
        <translation>Mis à jour à l&apos;instant</translation>
    </message>
    <message>
        <source>Updated {minutes} min ago</source>
        <translation>Mis à jour il y a {minutes} min</translation>
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
    <name>FailurePanel</name>
    <message>
        <source>What you entered is kept. You can try again, use another service, or come back later.</source>
        <translation>Ce que vous avez saisi est conservé. Vous pouvez réessayer, utiliser un autre service ou revenir plus tard.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Other services</source>
        <translation>Autres services</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Terminer la session</translation>
    </message>
</context>
<context>
    <name>FinesScreen</name>
    <message>
        <source>Minor offence</source>
        <translation>Infraction mineure</translation>
    </message>
    <message>
        <source>Serious offence</source>
        <translation>Infraction grave</translation>
    </message>
    <message>
        <source>Very serious offence</source>
        <translation>Infraction très grave</translation>
    </message>
    <message>
        <source>Enter the number plate, or the file number from the notice you received.</source>
        <translation>Saisissez la plaque d&apos;immatriculation ou le numéro de dossier figurant sur l&apos;avis reçu.</translation>
    </message>
    <message>
        <source>or</source>
        <translation>ou</translation>
    </message>
    <message>
        <source>No fines found for {query}.</source>
        <translation>Aucune amende pour {query}.</translation>
    </message>
    <message>
        <source>Fines for {query}: one pending</source>
        <translation>Amendes pour {query} : 1 à payer</translation>
    </message>
    <message>
        <source>Fines for {query}: {count} pending</source>
        <translation>Amendes pour {query} : {count} à payer</translation>
    </message>
    <message>
        <source>{offence}. {place}, {when}. Officer {officer}.</source>
        <translation>{offence}. {place}, {when}. Agent {officer}.</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>To pay: {reduced} instead of {full}</source>
        <translation>À payer : {reduced} au lieu de {full}</translation>
    </message>
    <message>
        <source>50 % reduction if paid by {date}. Paying early closes the case: you give up the right to make representations.</source>
        <translation>Réduction de 50 % si vous payez avant le {date}. Payer tôt clôt le dossier : vous renoncez à présenter des observations.</translation>
    </message>
    <message>
        <source>To pay: {amount}</source>
        <translation>À payer : {amount}</translation>
    </message>
    <message>
        <source>This fine has no early-payment reduction.</source>
        <translation>Cette amende ne bénéficie pas de réduction pour paiement rapide.</translation>
    </message>
    <message>
        <source>The early-payment period ended on {date}.</source>
        <translation>Le délai de paiement réduit a pris fin le {date}.</translation>
    </message>
    <message>
        <source>Pay {amount} by card</source>
        <translation>Payer {amount} par carte</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>fine {file}</source>
        <translation>l&apos;amende {file}</translation>
    </message>
</context>
<context>
    <name>GoodTime</name>
    <message>
        <source>Quiet</source>
        <translation>Calme</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Fréquenté</translation>
    </message>
    <message>
        <source>Very busy</source>
        <translation>Très fréquenté</translation>
    </message>
    <message>
        <source>Opens today at {time}</source>
        <translation>Ouvre aujourd&apos;hui à {time}</translation>
    </message>
    <message>
        <source>Opens tomorrow at {time}</source>
        <translation>Ouvre demain à {time}</translation>
    </message>
    <message>
        <source>Opens on {day} at {time}</source>
        <translation>Ouvre {day} à {time}</translation>
    </message>
    <message>
        <source>Closed now</source>
        <translation>Fermé actuellement</translation>
    </message>
    <message>
        <source>No live count right now</source>
        <translation>Pas de comptage en direct</translation>
    </message>
    <message>
        <source>Now: {count} people of {capacity} ({percent} %) · {level}</source>
        <translation>Actuellement : {count} personnes sur {capacity} ({percent} %) · {level}</translation>
    </message>
    <message>
        <source>Today&apos;s curve</source>
        <translation>Courbe du jour</translation>
    </message>
    <message>
        <source>People counters in municipal buildings count people, never record images. Touch a building to see today&apos;s curve.</source>
        <translation>Les compteurs des bâtiments municipaux comptent les personnes, sans jamais enregistrer d&apos;images. Touchez un bâtiment pour voir la courbe du jour.</translation>
    </message>
    <message>
        <source>The usual curve cannot be shown right now.</source>
        <translation>Courbe habituelle indisponible pour l&apos;instant.</translation>
    </message>
    <message>
        <source>It is closed all day today.</source>
        <translation>Fermé toute la journée aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>It is closed for the rest of today.</source>
        <translation>Fermé pour le reste de la journée.</translation>
    </message>
    <message>
        <source>Best time to go today: {start}–{end} (usually about {count} people)</source>
        <translation>Meilleur moment aujourd&apos;hui : {start}–{end} (d&apos;habitude environ {count} personnes)</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Heure de la journée</translation>
    </message>
    <message>
        <source>People inside</source>
        <translation>Personnes présentes</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Usual for this weekday</source>
        <translation>Habituel pour ce jour</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Solid line with dots: today so far. Dashed line: a usual day like today. Dotted line: the building&apos;s capacity.</source>
        <translation>Ligne continue avec points : aujourd&apos;hui jusqu&apos;ici. Ligne en tirets : un jour habituel comme aujourd&apos;hui. Ligne pointillée : la capacité du bâtiment.</translation>
    </message>
</context>
<context>
    <name>HaveYourSay</name>
    <message>
        <source>Very hard</source>
        <translation>Très difficile</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Difficile</translation>
    </message>
    <message>
        <source>Neither</source>
        <translation>Neutre</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Facile</translation>
    </message>
    <message>
        <source>Very easy</source>
        <translation>Très facile</translation>
    </message>
    <message>
        <source>Open until {date}</source>
        <translation>Ouverte jusqu&apos;au {date}</translation>
    </message>
    <message>
        <source>Answered, thank you</source>
        <translation>Répondu, merci</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <source>Your answers are anonymous: nobody can know who answered. You can answer each question once per visit.</source>
        <translation>Vos réponses sont anonymes : personne ne peut savoir qui a répondu. Vous pouvez répondre à chaque question une fois par visite.</translation>
    </message>
    <message>
        <source>Choose an answer first.</source>
        <translation>Choisissez d&apos;abord une réponse.</translation>
    </message>
    <message>
        <source>Touch a face first.</source>
        <translation>Touchez d&apos;abord un visage.</translation>
    </message>
    <message>
        <source>Anything to add? (optional)</source>
        <translation>Autre chose à ajouter ? (facultatif)</translation>
    </message>
    <message>
        <source>Please do not write your name, ID or phone number: they would be removed.</source>
        <translation>Merci de ne pas écrire votre nom, n° d&apos;identité ni téléphone : ils seraient supprimés.</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Merci !</translation>
    </message>
    <message>
        <source>Your answer has been recorded.</source>
        <translation>Votre réponse a été enregistrée.</translation>
    </message>
    <message>
        <source>The city&apos;s participation service cannot be reached right now. Your answer is saved on this kiosk and will be sent as soon as it can.</source>
        <translation>Le service de participation de la ville est injoignable pour le moment. Votre réponse est enregistrée sur cette borne et sera envoyée dès que possible.</translation>
    </message>
    <message>
        <source>This question has just closed, so your answer could not be counted.</source>
        <translation>Cette question vient d&apos;être close : votre réponse n&apos;a pas pu être comptée.</translation>
    </message>
    <message>
        <source>There are no open questions right now.</source>
        <translation>Aucune question ouverte pour le moment.</translation>
    </message>
    <message>
        <source>The city&apos;s polls cannot be loaded right now. You can still tell us about this kiosk.</source>
        <translation>Sondages de la ville indisponibles pour l&apos;instant. Vous pouvez quand même donner votre avis sur cette borne.</translation>
    </message>
    <message>
        <source>Send my answer</source>
        <translation>Envoyer ma réponse</translation>
    </message>
    <message>
        <source>Other questions</source>
        <translation>Autres questions</translation>
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
    <name>Identification</name>
    <message>
        <source>We could not read a card. Place it flat on the reader and keep it there, then press Confirm.</source>
        <translation>Nous n&apos;avons pu lire aucune carte. Posez-la à plat sur le lecteur, laissez-la et appuyez sur Confirmer.</translation>
    </message>
    <message>
        <source>This card is not a Citizen Card of Santander.</source>
        <translation>Cette carte n&apos;est pas une Carte Citoyenne de Santander.</translation>
    </message>
    <message>
        <source>The card could not be read. You can identify with your DNI or NIE instead.</source>
        <translation>La carte n&apos;a pas pu être lue. Vous pouvez vous identifier avec votre DNI ou NIE.</translation>
    </message>
    <message>
        <source>This card has expired. You can identify with your DNI or NIE instead.</source>
        <translation>Cette carte a expiré. Vous pouvez vous identifier avec votre DNI ou NIE.</translation>
    </message>
    <message>
        <source>The card reader is not working right now. You can identify with your DNI or NIE.</source>
        <translation>Le lecteur de cartes ne fonctionne pas pour le moment. Vous pouvez vous identifier avec votre DNI ou NIE.</translation>
    </message>
    <message>
        <source>To continue, identify yourself. We will send a one-time code to the mobile phone registered with the city.</source>
        <translation>Pour continuer, identifiez-vous. Nous enverrons un code à usage unique au téléphone portable enregistré auprès de la ville.</translation>
    </message>
    <message>
        <source>Use my Citizen Card and its PIN instead</source>
        <translation>Utiliser ma Carte Citoyenne et son code PIN</translation>
    </message>
    <message>
        <source>Place your Citizen Card on the reader below the screen and enter its PIN.</source>
        <translation>Posez votre Carte Citoyenne sur le lecteur sous l&apos;écran et saisissez son code PIN.</translation>
    </message>
    <message>
        <source>Enter the 6-digit code sent to {phone}.</source>
        <translation>Saisissez le code à 6 chiffres envoyé au {phone}.</translation>
    </message>
    <message>
        <source>Send me a code</source>
        <translation>M&apos;envoyer un code</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
    <message>
        <source>The PIN is not correct. Attempts left: {count}</source>
        <translation>Le code PIN est incorrect. Essais restants : {count}</translation>
    </message>
    <message>
        <source>The code is not correct. Attempts left: {count}</source>
        <translation>Le code n&apos;est pas correct. Essais restants : {count}</translation>
    </message>
    <message>
        <source>For your security, identification with this document is locked for {minutes} minutes. You can use services that need no identification meanwhile.</source>
        <translation>Pour votre sécurité, l&apos;identification avec ce document est bloquée pendant {minutes} minutes. En attendant, vous pouvez utiliser les services sans identification.</translation>
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
        <source>Run out of paper</source>
        <translation>Manquer de papier</translation>
    </message>
    <message>
        <source>Open its cover</source>
        <translation>Ouvrir le capot</translation>
    </message>
    <message>
        <source>Work normally</source>
        <translation>Fonctionner normalement</translation>
    </message>
    <message>
        <source>is declined</source>
        <translation>soit refusé</translation>
    </message>
    <message>
        <source>is cancelled</source>
        <translation>soit annulé</translation>
    </message>
    <message>
        <source>times out</source>
        <translation>expire</translation>
    </message>
    <message>
        <source>Place the card on the reader</source>
        <translation>Poser la carte sur le lecteur</translation>
    </message>
    <message>
        <source>Take the card away</source>
        <translation>Retirer la carte</translation>
    </message>
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
        <translation>Redémarrer l&apos;application</translation>
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
        <source>The printer is the built-in emulator. Make it:</source>
        <translation>L&apos;imprimante est l&apos;émulateur intégré. Lui faire :</translation>
    </message>
    <message>
        <source>The payment terminal is the simulator. Its next payment:</source>
        <translation>Le terminal de paiement est le simulateur. Faire que son prochain paiement :</translation>
    </message>
    <message>
        <source>The card reader holds the emulated demo Citizen Card:</source>
        <translation>Le lecteur contient la Carte Citoyenne de démonstration émulée :</translation>
    </message>
    <message>
        <source>Emergency message on this kiosk&apos;s attract screen:</source>
        <translation>Message d&apos;urgence sur l&apos;écran d&apos;accueil de cette borne :</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Show the message</source>
        <translation>Afficher le message</translation>
    </message>
    <message>
        <source>Clear the message</source>
        <translation>Retirer le message</translation>
    </message>
    <message>
        <source>Self-test failed: {error}</source>
        <translation>Échec de l&apos;autotest : {error}</translation>
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
        <source>Failed print jobs: {count}</source>
        <translation>Impressions échouées : {count}</translation>
    </message>
    <message>
        <source>Reprint (marked duplicate)</source>
        <translation>Réimprimer (marqué duplicata)</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>Réimprimer</translation>
    </message>
    <message>
        <source>Blocked escape attempts: {summary}</source>
        <translation>Tentatives de sortie bloquées : {summary}</translation>
    </message>
</context>
<context>
    <name>MyDistrict</name>
    <message>
        <source>Schools</source>
        <translation>Écoles</translation>
    </message>
    <message>
        <source>Health centres</source>
        <translation>Centres de santé</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Bibliothèques</translation>
    </message>
    <message>
        <source>Sports centres</source>
        <translation>Centres sportifs</translation>
    </message>
    <message>
        <source>Parks</source>
        <translation>Parcs</translation>
    </message>
    <message>
        <source>Bus stops</source>
        <translation>Arrêts de bus</translation>
    </message>
    <message>
        <source>My registered address</source>
        <translation>Mon adresse enregistrée</translation>
    </message>
    <message>
        <source>your registered address</source>
        <translation>votre adresse enregistrée</translation>
    </message>
    <message>
        <source>The district of this address is not known.</source>
        <translation>Le district de cette adresse est inconnu.</translation>
    </message>
    <message>
        <source>{district} ({neighbourhoods}), for {place}</source>
        <translation>{district} ({neighbourhoods}), pour {place}</translation>
    </message>
    <message>
        <source>Sample figures: they are synthetic, made for this demonstration, not official statistics. Only the city total is real.</source>
        <translation>Chiffres d&apos;exemple : synthétiques, créés pour cette démonstration, pas des statistiques officielles. Seul le total de la ville est réel.</translation>
    </message>
    <message>
        <source>Inhabitants</source>
        <translation>Habitants</translation>
    </message>
    <message>
        <source>Share of the city</source>
        <translation>Part de la ville</translation>
    </message>
    <message>
        <source>Inhabitants per km²</source>
        <translation>Habitants par km²</translation>
    </message>
    <message>
        <source>Change since {year}</source>
        <translation>Évolution depuis {year}</translation>
    </message>
    <message>
        <source>Aged 65 or over</source>
        <translation>65 ans ou plus</translation>
    </message>
    <message>
        <source>Inhabitants by age</source>
        <translation>Habitants par âge</translation>
    </message>
    <message>
        <source>Age (years)</source>
        <translation>Âge (ans)</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <source>Inhabitants on 1 January of each year</source>
        <translation>Habitants au 1er janvier de chaque année</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Services in the district</source>
        <translation>Services du district</translation>
    </message>
    <message>
        <source>Places of interest nearby</source>
        <translation>Lieux d&apos;intérêt à proximité</translation>
    </message>
    <message>
        <source>Places of interest near this kiosk</source>
        <translation>Lieux d&apos;intérêt près de cette borne</translation>
    </message>
    <message>
        <source>{name} ({kind}) · {metres} m, {minutes} min walk</source>
        <translation>{name} ({kind}) · {metres} m, {minutes} min à pied</translation>
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
    <name>PaymentFlow</name>
    <message>
        <source>The card reader is not working right now. Nothing was taken. You can pay by bank card.</source>
        <translation>Le lecteur de cartes ne fonctionne pas pour le moment. Rien n&apos;a été prélevé. Vous pouvez payer par carte bancaire.</translation>
    </message>
    <message>
        <source>Payment complete. Receipt number {receipt}.</source>
        <translation>Paiement effectué. Numéro de reçu {receipt}.</translation>
    </message>
    <message>
        <source>The card was declined. Nothing has been charged. You can try another card.</source>
        <translation>La carte a été refusée. Rien n&apos;a été débité. Vous pouvez essayer une autre carte.</translation>
    </message>
    <message>
        <source>The payment was cancelled at the terminal. Nothing has been charged.</source>
        <translation>Le paiement a été annulé sur le terminal. Rien n&apos;a été débité.</translation>
    </message>
    <message>
        <source>The card terminal is not working right now. Nothing has been charged.</source>
        <translation>Le terminal de paiement ne fonctionne pas pour le moment. Rien n&apos;a été débité.</translation>
    </message>
    <message>
        <source>The card terminal is busy. Nothing has been charged. Try again in a moment.</source>
        <translation>Le terminal de paiement est occupé. Rien n&apos;a été débité. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Nothing has been charged.</source>
        <translation>Rien n&apos;a été débité.</translation>
    </message>
    <message>
        <source>We are checking with the card terminal whether the payment went through. You will not be charged twice. Reference {reference}.</source>
        <translation>Nous vérifions auprès du terminal si le paiement a abouti. Vous ne serez pas débité deux fois. Référence {reference}.</translation>
    </message>
    <message>
        <source>Your card has been charged. The city services will confirm the payment as soon as they answer; you do not need to pay again. Reference {reference}.</source>
        <translation>Votre carte a été débitée. Les services municipaux confirmeront le paiement dès qu&apos;ils répondront ; vous n&apos;avez pas à payer à nouveau. Référence {reference}.</translation>
    </message>
    <message>
        <source>This had already been paid, so the amount has been refunded to your card.</source>
        <translation>Ceci était déjà payé : le montant a été remboursé sur votre carte.</translation>
    </message>
    <message>
        <source>The amount due had changed, so the amount has been refunded to your card. Please check the new amount.</source>
        <translation>Le montant dû avait changé : la somme a été remboursée sur votre carte. Vérifiez le nouveau montant.</translation>
    </message>
    <message>
        <source>The city services did not accept the payment, so it has been refunded to your card.</source>
        <translation>Les services municipaux n&apos;ont pas accepté le paiement : il a été remboursé sur votre carte.</translation>
    </message>
    <message>
        <source>The city services did not accept the payment. It will be refunded to your card automatically. Reference {reference}.</source>
        <translation>Les services municipaux n&apos;ont pas accepté le paiement. Il sera remboursé automatiquement sur votre carte. Référence {reference}.</translation>
    </message>
    <message>
        <source>Paid from your Citizen Card. Receipt number {receipt}. Card balance: {balance}.</source>
        <translation>Payé avec votre Carte Citoyenne. Numéro de reçu {receipt}. Solde de la carte : {balance}.</translation>
    </message>
    <message>
        <source>Paid from your Citizen Card. The city services will confirm the payment as soon as they answer; you do not need to pay again.</source>
        <translation>Payé avec votre Carte Citoyenne. Les services de la ville confirmeront le paiement dès qu&apos;ils répondront ; inutile de payer à nouveau.</translation>
    </message>
    <message>
        <source>The card left the reader during the payment. Place it on the reader again and press Try again: you will not pay twice.</source>
        <translation>La carte a quitté le lecteur pendant le paiement. Reposez-la et appuyez sur Réessayer : vous ne paierez pas deux fois.</translation>
    </message>
    <message>
        <source>Nothing was taken from your card.</source>
        <translation>Rien n&apos;a été prélevé sur votre carte.</translation>
    </message>
    <message>
        <source>The city services did not accept the payment. The amount goes back onto your card the next time you place it on a reader.</source>
        <translation>Les services de la ville n&apos;ont pas accepté le paiement. Le montant reviendra sur votre carte la prochaine fois que vous la poserez sur un lecteur.</translation>
    </message>
    <message>
        <source>There is not enough money on the card. Nothing was taken. You can top it up or pay by bank card.</source>
        <translation>Le solde de la carte est insuffisant. Rien n&apos;a été prélevé. Vous pouvez la recharger ou payer par carte bancaire.</translation>
    </message>
    <message>
        <source>Place your Citizen Card on the reader below the screen, then press Try again.</source>
        <translation>Posez votre Carte Citoyenne sur le lecteur sous l&apos;écran, puis appuyez sur Réessayer.</translation>
    </message>
    <message>
        <source>This card is not a Citizen Card of Santander.</source>
        <translation>Cette carte n&apos;est pas une Carte Citoyenne de Santander.</translation>
    </message>
    <message>
        <source>The card could not be read. Nothing was taken. Try again, or pay by bank card.</source>
        <translation>La carte n&apos;a pas pu être lue. Rien n&apos;a été prélevé. Réessayez ou payez par carte bancaire.</translation>
    </message>
    <message>
        <source>You are paying {amount} for {what}.</source>
        <translation>Vous payez {amount} pour {what}.</translation>
    </message>
    <message>
        <source>Pay {amount} from my Citizen Card</source>
        <translation>Payer {amount} avec ma Carte Citoyenne</translation>
    </message>
    <message>
        <source>Pay by bank card on the terminal under the screen and follow its instructions. The payment is recorded with the city at once.</source>
        <translation>Payez par carte bancaire sur le terminal sous l&apos;écran et suivez ses instructions. Le paiement est enregistré immédiatement auprès de la ville.</translation>
    </message>
    <message>
        <source>Pay {amount}</source>
        <translation>Payer {amount}</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Citizen Card e-wallet</source>
        <translation>Porte-monnaie de la Carte Citoyenne</translation>
    </message>
    <message>
        <source>Bank card {card}</source>
        <translation>Carte bancaire {card}</translation>
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
        <translation>Le code PIN n&apos;a pas pu être vérifié. Réessayez.</translation>
    </message>
</context>
<context>
    <name>PrintPanel</name>
    <message>
        <source>Print the certificate</source>
        <translation>Imprimer le certificat</translation>
    </message>
    <message>
        <source>You can also scan the QR code to keep the document, or note its verification code {csv}.</source>
        <translation>Vous pouvez aussi scanner le code QR pour garder le document, ou noter son code de vérification {csv}.</translation>
    </message>
    <message>
        <source>Print the receipt</source>
        <translation>Imprimer le reçu</translation>
    </message>
    <message>
        <source>The receipt number {number} on the screen is your proof of payment: please note it.</source>
        <translation>Le numéro de reçu {number} affiché à l&apos;écran prouve votre paiement : notez-le, s&apos;il vous plaît.</translation>
    </message>
    <message>
        <source>Printing… please wait.</source>
        <translation>Impression… veuillez patienter.</translation>
    </message>
    <message>
        <source>Printed. Please take your document from the tray under the screen.</source>
        <translation>Imprimé. Prenez votre document dans le bac sous l&apos;écran.</translation>
    </message>
    <message>
        <source>Printing is not available on this kiosk.</source>
        <translation>Cette borne ne peut pas imprimer pour le moment</translation>
    </message>
    <message>
        <source>{problem}. {alternative}</source>
        <translation>{problem}. {alternative}</translation>
    </message>
    <message>
        <source>You can print it here.</source>
        <translation>Vous pouvez l&apos;imprimer ici.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>See it on paper</source>
        <translation>Voir le document imprimé</translation>
    </message>
    <message>
        <source>The document could not be printed. {alternative}</source>
        <translation>Le document n&apos;a pas pu être imprimé. {alternative}</translation>
    </message>
    <message>
        <source>{problem}. Part of the document may have come out: please take it. If you try again, the new copy is marked as a duplicate.</source>
        <translation>{problem}. Une partie du document est peut-être sortie : prenez-la, s&apos;il vous plaît. Si vous réessayez, la nouvelle copie sera marquée comme duplicata.</translation>
    </message>
    <message>
        <source>{problem}. Nothing was printed.</source>
        <translation>{problem}. Rien n&apos;a été imprimé.</translation>
    </message>
    <message>
        <source>This is how your document will be printed.</source>
        <translation>Voici votre document tel qu&apos;il sera imprimé.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Your entry number {number} on the screen is your proof: please note it.</source>
        <translation>Votre numéro d&apos;enregistrement {number}, à l&apos;écran, est votre preuve : notez-le, s&apos;il vous plaît.</translation>
    </message>
    <message>
        <source>Print the statement</source>
        <translation>Imprimer le relevé</translation>
    </message>
    <message>
        <source>The receipts above stay on the screen until you finish.</source>
        <translation>Les avis ci-dessus restent à l&apos;écran jusqu&apos;à ce que vous terminiez.</translation>
    </message>
</context>
<context>
    <name>ProcedureScreen</name>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Other services</source>
        <translation>Autres services</translation>
    </message>
    <message>
        <source>Please wait…</source>
        <translation>Veuillez patienter…</translation>
    </message>
</context>
<context>
    <name>RegisterScreen</name>
    <message>
        <source>Licence or permit</source>
        <translation>Licence ou autorisation</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Réclamation</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>Report an incident in the street</source>
        <translation>Signaler un problème dans la rue</translation>
    </message>
    <message>
        <source>What kind of request is it?</source>
        <translation>De quel type de demande s&apos;agit-il ?</translation>
    </message>
    <message>
        <source>Choose the kind of request.</source>
        <translation>Choisissez le type de demande.</translation>
    </message>
    <message>
        <source>Check your request before sending it.</source>
        <translation>Vérifiez votre demande avant de l&apos;envoyer.</translation>
    </message>
    <message>
        <source>Entry number {number}</source>
        <translation>Numéro d&apos;enregistrement {number}</translation>
    </message>
    <message>
        <source>Registered on {when}. Keep this number to follow your request.</source>
        <translation>Enregistrée le {when}. Conservez ce numéro pour suivre votre demande.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
</context>
<context>
    <name>TaxesScreen</name>
    <message>
        <source>5 % enforcement surcharge (recargo ejecutivo)</source>
        <translation>Majoration de 5 % (recargo ejecutivo)</translation>
    </message>
    <message>
        <source>10 % reduced enforcement surcharge (apremio reducido)</source>
        <translation>Majoration réduite de 10 % (apremio reducido)</translation>
    </message>
    <message>
        <source>20 % enforcement surcharge plus interest (apremio ordinario)</source>
        <translation>Majoration de 20 % plus intérêts (apremio ordinario)</translation>
    </message>
    <message>
        <source>{name}, you have one pending receipt: {total}.</source>
        <translation>{name}, vous avez 1 avis en attente : {total}.</translation>
    </message>
    <message>
        <source>{name}, you have {count} pending receipts: {total} in all.</source>
        <translation>{name}, vous avez {count} avis en attente : {total} au total.</translation>
    </message>
    <message>
        <source>{name}, you have no pending receipts.</source>
        <translation>{name}, vous n&apos;avez aucun avis en attente.</translation>
    </message>
    <message>
        <source>Pay {amount} by card</source>
        <translation>Payer {amount} par carte</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Due: {amount}</source>
        <translation>Montant dû : {amount}</translation>
    </message>
    <message>
        <source>The voluntary period ended on {date}. {surcharge}.</source>
        <translation>La période de paiement volontaire a pris fin le {date}. {surcharge}.</translation>
    </message>
    <message>
        <source>Pay by {date} with no surcharge.</source>
        <translation>Payez avant le {date} sans majoration.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminer</translation>
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
    <name>documents</name>
    <message>
        <source>DUPLICATE — reprint</source>
        <translation>DUPLICATA — réimpression</translation>
    </message>
    <message>
        <source>Translation for your information: this is a census certificate of the City of Santander. The Spanish text above is the official document. Anyone can check it on the city&apos;s e-office with the verification code (CSV) or the QR code.</source>
        <translation>Traduction pour information : ceci est un certificat de résidence (padrón) de la Ville de Santander. Le texte espagnol ci-dessus est le document officiel. Chacun peut le vérifier sur le portail électronique de la ville avec le code de vérification (CSV) ou le code QR.</translation>
    </message>
    <message>
        <source>General register</source>
        <translation>Registre général</translation>
    </message>
    <message>
        <source>Registration receipt</source>
        <translation>Accusé d&apos;enregistrement</translation>
    </message>
    <message>
        <source>Entry number</source>
        <translation>N° d&apos;enregistrement</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Enregistré le</translation>
    </message>
    <message>
        <source>Type of request</source>
        <translation>Type de demande</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Keep this receipt. The entry number identifies your request in any later contact with the City Council.</source>
        <translation>Conservez cet accusé. Le numéro d&apos;enregistrement identifie votre demande pour toute démarche ultérieure auprès de la mairie.</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>N° de reçu</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Payé le</translation>
    </message>
    <message>
        <source>Paid with</source>
        <translation>Payé par</translation>
    </message>
    <message>
        <source>Authorisation</source>
        <translation>Autorisation</translation>
    </message>
    <message>
        <source>Municipal revenue office</source>
        <translation>Recette municipale</translation>
    </message>
    <message>
        <source>Payment receipt</source>
        <translation>Reçu de paiement</translation>
    </message>
    <message>
        <source>Concept</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Total paid</source>
        <translation>Total payé</translation>
    </message>
    <message>
        <source>Keep this receipt as proof of payment.</source>
        <translation>Conservez ce reçu comme preuve de paiement.</translation>
    </message>
    <message>
        <source>Traffic fine {file} ({plate})</source>
        <translation>Amende {file} ({plate})</translation>
    </message>
    <message>
        <source>Statement of municipal taxes</source>
        <translation>Relevé des impôts municipaux</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Émis le</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Total pending</source>
        <translation>Total restant dû</translation>
    </message>
    <message>
        <source>Receipts paid after their voluntary period carry a surcharge of 5 %, 10 % or 20 %, depending on when they are paid.</source>
        <translation>Les avis payés après la période volontaire sont majorés de 5 %, 10 % ou 20 %, selon la date de paiement.</translation>
    </message>
    <message>
        <source>Already paid: {receipts}</source>
        <translation>Déjà payés : {receipts}</translation>
    </message>
    <message>
        <source>Citizen Card top-up</source>
        <translation>Recharge de la Carte Citoyenne</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>What is it for? (optional)</source>
        <translation>À quoi servira-t-il ? (facultatif)</translation>
    </message>
    <message>
        <source>For example: school enrolment</source>
        <translation>Par exemple : inscription scolaire</translation>
    </message>
    <message>
        <source>Number plate</source>
        <translation>Plaque d&apos;immatriculation</translation>
    </message>
    <message>
        <source>For example 1234 BCD</source>
        <translation>Par exemple 1234 BCD</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>Numéro de dossier</translation>
    </message>
    <message>
        <source>As printed on the notice</source>
        <translation>Tel qu&apos;indiqué sur l&apos;avis</translation>
    </message>
    <message>
        <source>DNI or NIE</source>
        <translation>DNI ou NIE</translation>
    </message>
    <message>
        <source>For example 12345678Z</source>
        <translation>Par exemple 12345678Z</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>DDMMYYYY, for example 17051980</source>
        <translation>JJMMAAAA, par exemple 17051980</translation>
    </message>
    <message>
        <source>PIN of the card</source>
        <translation>Code PIN de la carte</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Describe your request</source>
        <translation>Décrivez votre demande</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <source>Type part of the name</source>
        <translation>Tapez une partie du nom</translation>
    </message>
    <message>
        <source>Street number (optional)</source>
        <translation>Numéro (facultatif)</translation>
    </message>
    <message>
        <source>E-mail for the answer (optional)</source>
        <translation>E-mail pour la réponse (facultatif)</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>Téléphone (facultatif)</translation>
    </message>
    <message>
        <source>Other amount (whole euros)</source>
        <translation>Autre montant (euros entiers)</translation>
    </message>
</context>
<context>
    <name>gateway</name>
    <message>
        <source>The city services are not answering right now.</source>
        <translation>Les services municipaux ne répondent pas pour le moment.</translation>
    </message>
    <message>
        <source>The city services sent an answer this kiosk cannot read.</source>
        <translation>Les services municipaux ont envoyé une réponse que cette borne ne peut pas lire.</translation>
    </message>
    <message>
        <source>Something went wrong with the city services.</source>
        <translation>Un problème est survenu avec les services municipaux.</translation>
    </message>
    <message>
        <source>Some of the information is not valid.</source>
        <translation>Certaines informations ne sont pas valides.</translation>
    </message>
    <message>
        <source>This kiosk is not authorised by the city services.</source>
        <translation>Cette borne n&apos;est pas autorisée par les services municipaux.</translation>
    </message>
    <message>
        <source>Your identification has expired. Please identify again.</source>
        <translation>Votre identification a expiré. Veuillez vous identifier à nouveau.</translation>
    </message>
    <message>
        <source>Nothing was found with that information.</source>
        <translation>Aucun résultat avec ces informations.</translation>
    </message>
    <message>
        <source>Too many failed attempts. Identification is locked for a while.</source>
        <translation>Trop de tentatives échouées. L&apos;identification est bloquée pour un moment.</translation>
    </message>
    <message>
        <source>The code is not correct.</source>
        <translation>Le code n&apos;est pas correct.</translation>
    </message>
    <message>
        <source>This request was already made with different data.</source>
        <translation>Cette demande a déjà été faite avec d&apos;autres données.</translation>
    </message>
    <message>
        <source>This has already been paid.</source>
        <translation>Ceci a déjà été payé.</translation>
    </message>
    <message>
        <source>The amount due has changed. Please check it again.</source>
        <translation>Le montant dû a changé. Veuillez le vérifier à nouveau.</translation>
    </message>
    <message>
        <source>The city services had an internal problem.</source>
        <translation>Les services municipaux ont rencontré un problème interne.</translation>
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
    <message>
        <source>Census certificate</source>
        <translation>Certificat de résidence</translation>
    </message>
    <message>
        <source>Proof of where you live (volante de empadronamiento)</source>
        <translation>Justificatif de domicile (volante de empadronamiento)</translation>
    </message>
    <message>
        <source>you can take the verification code or a QR code instead of paper</source>
        <translation>vous pouvez emporter le code de vérification ou un code QR au lieu du papier</translation>
    </message>
    <message>
        <source>Traffic fines</source>
        <translation>Amendes de circulation</translation>
    </message>
    <message>
        <source>Look up a fine by plate and see what you owe</source>
        <translation>Recherchez une amende par plaque et voyez ce que vous devez</translation>
    </message>
    <message>
        <source>Requests and complaints</source>
        <translation>Demandes et réclamations</translation>
    </message>
    <message>
        <source>File a request, complaint, suggestion or incident</source>
        <translation>Déposez une demande, réclamation, suggestion ou un signalement</translation>
    </message>
    <message>
        <source>Pending taxes</source>
        <translation>Impôts à payer</translation>
    </message>
    <message>
        <source>Property, vehicle and other municipal receipts</source>
        <translation>Taxe foncière, véhicules et autres avis municipaux</translation>
    </message>
    <message>
        <source>Citizen Card</source>
        <translation>Carte Citoyenne</translation>
    </message>
    <message>
        <source>Balance, last trips and top-up</source>
        <translation>Solde, derniers trajets et recharge</translation>
    </message>
    <message>
        <source>Around an address</source>
        <translation>Autour d&apos;une adresse</translation>
    </message>
    <message>
        <source>Next buses, what&apos;s on and top-up points nearby</source>
        <translation>Prochains bus, agenda et points de recharge proches</translation>
    </message>
    <message>
        <source>Is it a good time to visit?</source>
        <translation>Bon moment pour y aller ?</translation>
    </message>
    <message>
        <source>How busy the library, sports centres, markets and town hall are</source>
        <translation>Affluence : bibliothèque, centres sportifs, marchés et mairie</translation>
    </message>
    <message>
        <source>Have your say</source>
        <translation>Donnez votre avis</translation>
    </message>
    <message>
        <source>City polls and a short survey about this kiosk</source>
        <translation>Sondages de la ville et courte enquête sur cette borne</translation>
    </message>
    <message>
        <source>My district</source>
        <translation>Mon district</translation>
    </message>
    <message>
        <source>Population, ages and services of your district</source>
        <translation>Population, âges et services de votre district</translation>
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
        <translation>Capot de l&apos;imprimante ouvert</translation>
    </message>
    <message>
        <source>Printer not responding</source>
        <translation>L&apos;imprimante ne répond pas</translation>
    </message>
    <message>
        <source>Printer fault</source>
        <translation>Panne de l&apos;imprimante</translation>
    </message>
    <message>
        <source>Printer status unknown</source>
        <translation>État de l&apos;imprimante inconnu</translation>
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
        <source>Video player (libvlc) not available: videos are skipped</source>
        <translation>Lecteur vidéo (libvlc) indisponible : les vidéos sont ignorées</translation>
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
        <translation>L&apos;appareil ne répond pas</translation>
    </message>
    <message>
        <source>Device fault</source>
        <translation>Panne de l&apos;appareil</translation>
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
<context>
    <name>validation</name>
    <message>
        <source>Enter your DNI or NIE number.</source>
        <translation>Saisissez votre numéro de DNI ou de NIE.</translation>
    </message>
    <message>
        <source>Enter 8 digits and a letter (DNI) or X, Y or Z, 7 digits and a letter (NIE).</source>
        <translation>Saisissez 8 chiffres et une lettre (DNI) ou X, Y ou Z, 7 chiffres et une lettre (NIE).</translation>
    </message>
    <message>
        <source>The letter does not match the number. Check your document.</source>
        <translation>La lettre ne correspond pas au numéro. Vérifiez votre document.</translation>
    </message>
    <message>
        <source>Enter the number plate of the vehicle.</source>
        <translation>Saisissez la plaque d&apos;immatriculation du véhicule.</translation>
    </message>
    <message>
        <source>Enter 4 digits and 3 letters, for example 1234 BCD.</source>
        <translation>Saisissez 4 chiffres et 3 lettres, par exemple 1234 BCD.</translation>
    </message>
    <message>
        <source>Plate letters are consonants only: no vowels, no Ñ and no Q.</source>
        <translation>Les lettres de la plaque sont uniquement des consonnes : ni voyelles, ni Ñ, ni Q.</translation>
    </message>
    <message>
        <source>Enter day, month and year, for example 24061985 or 24/06/1985.</source>
        <translation>Saisissez jour, mois et année, par exemple 24061985 ou 24/06/1985.</translation>
    </message>
    <message>
        <source>Enter a date that is not in the future.</source>
        <translation>Saisissez une date qui n&apos;est pas dans le futur.</translation>
    </message>
    <message>
        <source>Enter a date within the last 120 years.</source>
        <translation>Saisissez une date des 120 dernières années.</translation>
    </message>
    <message>
        <source>Enter an e-mail address such as name@example.com, without spaces.</source>
        <translation>Saisissez une adresse e-mail comme nom@exemple.com, sans espaces.</translation>
    </message>
    <message>
        <source>Enter a Spanish phone number: 9 digits starting with 6, 7, 8 or 9.</source>
        <translation>Saisissez un numéro espagnol : 9 chiffres commençant par 6, 7, 8 ou 9.</translation>
    </message>
    <message>
        <source>Enter the 6-digit code we sent you.</source>
        <translation>Saisissez le code à 6 chiffres que nous vous avons envoyé.</translation>
    </message>
    <message>
        <source>Enter a PIN of 4 to 8 digits.</source>
        <translation>Saisissez un code PIN de 4 à 8 chiffres.</translation>
    </message>
    <message>
        <source>Enter an amount in whole euros, for example 15.</source>
        <translation>Saisissez un montant en euros entiers, par exemple 15.</translation>
    </message>
    <message>
        <source>Enter an amount within the limits shown.</source>
        <translation>Saisissez un montant dans les limites indiquées.</translation>
    </message>
    <message>
        <source>This field is required. Please fill it in.</source>
        <translation>Ce champ est obligatoire. Veuillez le remplir.</translation>
    </message>
    <message>
        <source>This text is too short. Please add a little more detail.</source>
        <translation>Ce texte est trop court. Ajoutez un peu plus de détails.</translation>
    </message>
    <message>
        <source>This text is too long. Please shorten it.</source>
        <translation>Ce texte est trop long. Veuillez le raccourcir.</translation>
    </message>
    <message>
        <source>Remove the special characters. Use letters, numbers and punctuation.</source>
        <translation>Supprimez les caractères spéciaux. Utilisez des lettres, des chiffres et de la ponctuation.</translation>
    </message>
    <message>
        <source>Enter the file number as printed on your notice, for example MUL-2026-000123.</source>
        <translation>Saisissez le numéro de dossier tel qu&apos;il figure sur l&apos;avis, par exemple MUL-2026-000123.</translation>
    </message>
</context>
</TS>
