<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AccessibilityPanel</name>
    <message>
        <source>Accessibility</source>
        <translation>Barrierefreiheit</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Größere Schrift</translation>
    </message>
    <message>
        <source>Controls within reach</source>
        <translation>Bedienung in Reichweite</translation>
    </message>
    <message>
        <source>Audio guidance</source>
        <translation>Sprachführung</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>AddressStep</name>
    <message>
        <source>Which address?</source>
        <translation>Welche Adresse?</translation>
    </message>
    <message>
        <source>Here, at this kiosk: {place}</source>
        <translation>Hier, an diesem Terminal: {place}</translation>
    </message>
    <message>
        <source>Or type the name of a street:</source>
        <translation>Oder geben Sie eine Straße ein:</translation>
    </message>
    <message>
        <source>For example: Castilla</source>
        <translation>Zum Beispiel: Castilla</translation>
    </message>
    <message>
        <source>Street name</source>
        <translation>Straßenname</translation>
    </message>
    <message>
        <source>Touch your street.</source>
        <translation>Wählen Sie Ihre Straße.</translation>
    </message>
    <message>
        <source>No street with that name. Check the spelling or type less.</source>
        <translation>Keine Straße mit diesem Namen. Schreibweise prüfen oder weniger eingeben.</translation>
    </message>
</context>
<context>
    <name>AroundScreen</name>
    <message>
        <source>Around this kiosk: {place}</source>
        <translation>Rund um dieses Terminal: {place}</translation>
    </message>
    <message>
        <source>Around {place}</source>
        <translation>Rund um {place}</translation>
    </message>
    <message>
        <source>Bus stops cannot be shown right now.</source>
        <translation>Haltestellen sind gerade nicht verfügbar.</translation>
    </message>
    <message>
        <source>Not live: these times are from {time} and may have changed.</source>
        <translation>Nicht live: Stand {time}, Zeiten können sich geändert haben.</translation>
    </message>
    <message>
        <source>{number}. Stop {name} · {metres} m, {minutes} min walk</source>
        <translation>{number}. Haltestelle {name} · {metres} m, {minutes} Min. zu Fuß</translation>
    </message>
    <message>
        <source>No live times right now. Lines that stop here: {lines}</source>
        <translation>Gerade keine Live-Zeiten. Linien an dieser Haltestelle: {lines}</translation>
    </message>
    <message>
        <source>No buses expected soon at this stop.</source>
        <translation>Demnächst kein Bus an dieser Haltestelle.</translation>
    </message>
    <message>
        <source>arriving</source>
        <translation>fährt ein</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} Min.</translation>
    </message>
    <message>
        <source>Line {line} to {destination}: {first}</source>
        <translation>Linie {line} nach {destination}: {first}</translation>
    </message>
    <message>
        <source>next in {minutes} min</source>
        <translation>nächster in {minutes} Min.</translation>
    </message>
    <message>
        <source>The agenda cannot be shown right now.</source>
        <translation>Veranstaltungen sind gerade nicht verfügbar.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Nothing on the agenda.</source>
        <translation>Keine Veranstaltungen.</translation>
    </message>
    <message>
        <source>{metres} m away</source>
        <translation>{metres} m entfernt</translation>
    </message>
    <message>
        <source>Top-up points cannot be shown right now.</source>
        <translation>Aufladestellen sind gerade nicht verfügbar.</translation>
    </message>
    <message>
        <source>{metres} m, {minutes} min walk</source>
        <translation>{metres} m, {minutes} Min. zu Fuß</translation>
    </message>
    <message>
        <source>Change address</source>
        <translation>Adresse ändern</translation>
    </message>
    <message>
        <source>Map: ★ the address · ■ bus stops (1, 2, 3) · ● events (A, B, C) · ▲ top-up points. North is up.</source>
        <translation>Karte: ★ die Adresse · ■ Haltestellen (1, 2, 3) · ● Veranstaltungen (A, B, C) · ▲ Aufladestellen. Norden ist oben.</translation>
    </message>
    <message>
        <source>Scan to see this place on your phone.</source>
        <translation>Zum Ansehen auf dem Handy scannen.</translation>
    </message>
    <message>
        <source>Next buses</source>
        <translation>Nächste Busse</translation>
    </message>
    <message>
        <source>What&apos;s on nearby</source>
        <translation>Veranstaltungen in der Nähe</translation>
    </message>
    <message>
        <source>Citizen Card top-up points</source>
        <translation>Bürgerkarte: Aufladestellen</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Santander, your city</source>
        <translation>Santander, Ihre Stadt</translation>
    </message>
    <message>
        <source>Touch the screen to start</source>
        <translation>Berühren Sie den Bildschirm</translation>
    </message>
</context>
<context>
    <name>CensusScreen</name>
    <message>
        <source>Just me</source>
        <translation>Nur ich</translation>
    </message>
    <message>
        <source>Your own registration at your address.</source>
        <translation>Ihre eigene Anmeldung an Ihrer Adresse.</translation>
    </message>
    <message>
        <source>Everyone at my address</source>
        <translation>Alle an meiner Adresse</translation>
    </message>
    <message>
        <source>The people registered at your address who agreed to appear.</source>
        <translation>Die an Ihrer Adresse gemeldeten Personen, die zugestimmt haben.</translation>
    </message>
    <message>
        <source>My address history</source>
        <translation>Meine früheren Adressen</translation>
    </message>
    <message>
        <source>Every address where you have been registered in Santander.</source>
        <translation>Alle Adressen, an denen Sie in Santander gemeldet waren.</translation>
    </message>
    <message>
        <source>Which certificate do you need? It is free and usually accepted for three months.</source>
        <translation>Welche Bescheinigung brauchen Sie? Sie ist kostenlos und wird meist drei Monate lang anerkannt.</translation>
    </message>
    <message>
        <source>Census certificate: {kind}</source>
        <translation>Meldebescheinigung: {kind}</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>District and section</source>
        <translation>Bezirk und Sektion</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>and 1 more person</source>
        <translation>und 1 weitere Person</translation>
    </message>
    <message>
        <source>and {count} more people</source>
        <translation>und {count} weitere Personen</translation>
    </message>
    <message>
        <source>People at this address: {names}</source>
        <translation>Personen an dieser Adresse: {names}</translation>
    </message>
    <message>
        <source>Verification code (CSV): {csv}</source>
        <translation>Prüfcode (CSV): {csv}</translation>
    </message>
    <message>
        <source>Scan the QR code with your phone to open and keep the document. Anyone can check it on the city&apos;s e-office with the verification code.</source>
        <translation>Scannen Sie den QR-Code mit Ihrem Handy, um das Dokument zu öffnen und aufzubewahren. Mit dem Prüfcode kann es jeder im Online-Amt der Stadt prüfen.</translation>
    </message>
    <message>
        <source>Get certificate</source>
        <translation>Bescheinigung erhalten</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>CitizenCard</name>
    <message>
        <source>We could not read a card. Place your Citizen Card flat on the reader below the screen and keep it there.</source>
        <translation>Wir konnten keine Karte lesen. Legen Sie Ihre Bürgerkarte flach auf das Lesegerät unter dem Bildschirm und lassen Sie sie dort.</translation>
    </message>
    <message>
        <source>This card is not a Citizen Card of Santander.</source>
        <translation>Diese Karte ist keine Bürgerkarte von Santander.</translation>
    </message>
    <message>
        <source>The card could not be read. Try again, or ask at any Citizen Service Office.</source>
        <translation>Die Karte konnte nicht gelesen werden. Versuchen Sie es erneut oder fragen Sie in einem Bürgerbüro.</translation>
    </message>
    <message>
        <source>With this top-up the card would hold more than its maximum. Choose a smaller amount.</source>
        <translation>Mit dieser Aufladung läge das Guthaben über dem Höchstbetrag. Wählen Sie einen kleineren Betrag.</translation>
    </message>
    <message>
        <source>Choose an amount within the limits shown.</source>
        <translation>Wählen Sie einen Betrag innerhalb der angegebenen Grenzen.</translation>
    </message>
    <message>
        <source>The card reader is not working right now.</source>
        <translation>Das Kartenlesegerät funktioniert gerade nicht.</translation>
    </message>
    <message>
        <source>{amount} loaded. Your balance is now {balance}.</source>
        <translation>{amount} aufgeladen. Ihr Guthaben beträgt jetzt {balance}.</translation>
    </message>
    <message>
        <source>{amount} is on your card. The city&apos;s records will be updated shortly.</source>
        <translation>{amount} ist auf Ihrer Karte. Die Unterlagen der Stadt werden in Kürze aktualisiert.</translation>
    </message>
    <message>
        <source>Your bank card has been charged {amount}, but the Citizen Card left the reader. Place it on the reader again to load it; it will also load at your next tap at any kiosk.</source>
        <translation>Ihre Bankkarte wurde mit {amount} belastet, aber die Bürgerkarte wurde vom Lesegerät genommen. Legen Sie sie wieder auf, um sie aufzuladen; sie wird auch beim nächsten Auflegen an einem beliebigen Terminal aufgeladen.</translation>
    </message>
    <message>
        <source>The card left the reader while it was being loaded. Place it on the reader again to finish. You will not be charged twice.</source>
        <translation>Die Karte wurde während des Aufladens entfernt. Legen Sie sie wieder auf, um abzuschließen. Sie zahlen nicht doppelt.</translation>
    </message>
    <message>
        <source>The bank card was declined. Nothing has been charged.</source>
        <translation>Die Bankkarte wurde abgelehnt. Es wurde nichts abgebucht.</translation>
    </message>
    <message>
        <source>The payment did not go through. Nothing has been charged.</source>
        <translation>Die Zahlung ist nicht durchgegangen. Es wurde nichts abgebucht.</translation>
    </message>
    <message>
        <source>The top-up could not be loaded, so {amount} has been given back to your bank card.</source>
        <translation>Die Aufladung konnte nicht geladen werden, daher wurden {amount} auf Ihre Bankkarte zurückerstattet.</translation>
    </message>
    <message>
        <source>Place your Citizen Card on the reader below the screen.</source>
        <translation>Legen Sie Ihre Bürgerkarte auf das Lesegerät unter dem Bildschirm.</translation>
    </message>
    <message>
        <source>Balance: {amount}</source>
        <translation>Guthaben: {amount}</translation>
    </message>
    <message>
        <source>A pending top-up of {amount} has just been loaded.</source>
        <translation>Eine ausstehende Aufladung von {amount} wurde soeben geladen.</translation>
    </message>
    <message>
        <source>Pending top-up: {amount}.</source>
        <translation>Ausstehende Aufladung: {amount}.</translation>
    </message>
    <message>
        <source>Top-up</source>
        <translation>Aufladung</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Last movements:</source>
        <translation>Letzte Bewegungen:</translation>
    </message>
    <message>
        <source>No movements yet.</source>
        <translation>Noch keine Bewegungen.</translation>
    </message>
    <message>
        <source>How much do you want to load? You pay by bank card on the terminal.</source>
        <translation>Wie viel möchten Sie aufladen? Sie zahlen mit Bankkarte am Terminal.</translation>
    </message>
    <message>
        <source>Load this amount</source>
        <translation>Diesen Betrag aufladen</translation>
    </message>
    <message>
        <source>From {low} to {high} at a time; a card holds at most {most}.</source>
        <translation>Von {low} bis {high} pro Vorgang; eine Karte fasst höchstens {most}.</translation>
    </message>
    <message>
        <source>Read my card</source>
        <translation>Meine Karte lesen</translation>
    </message>
    <message>
        <source>Top up</source>
        <translation>Aufladen</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>CityData</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Offline data (date unknown)</source>
        <translation>Offline-Daten (Datum unbekannt)</translation>
    </message>
    <message>
        <source>Offline data from {when}</source>
        <translation>Offline-Daten vom {when}</translation>
    </message>
    <message>
        <source>Updated just now</source>
        <translation>Gerade aktualisiert</translation>
    </message>
    <message>
        <source>Updated {minutes} min ago</source>
        <translation>Vor {minutes} Min. aktualisiert</translation>
    </message>
</context>
<context>
    <name>CityGuideScreen</name>
    <message>
        <source>Search: beach, museum, palace…</source>
        <translation>Suchen: Strand, Museum, Palast…</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>Im Stadtführer suchen</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Places found: {count}</source>
        <translation>Gefundene Orte: {count}</translation>
    </message>
    <message>
        <source>Nothing found. Try another word.</source>
        <translation>Nichts gefunden. Versuchen Sie ein anderes Wort.</translation>
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <source>Thank you</source>
        <translation>Danke</translation>
    </message>
    <message>
        <source>When you leave, everything you entered is erased from this kiosk.</source>
        <translation>Wenn Sie gehen, wird alles, was Sie eingegeben haben, von diesem Terminal gelöscht.</translation>
    </message>
    <message>
        <source>Another procedure</source>
        <translation>Weiteres Anliegen</translation>
    </message>
    <message>
        <source>Finish and erase my data</source>
        <translation>Beenden und Daten löschen</translation>
    </message>
</context>
<context>
    <name>FailurePanel</name>
    <message>
        <source>What you entered is kept. You can try again, use another service, or come back later.</source>
        <translation>Ihre Eingaben bleiben erhalten. Sie können es erneut versuchen, einen anderen Dienst nutzen oder später wiederkommen.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Other services</source>
        <translation>Andere Dienste</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Sitzung beenden</translation>
    </message>
</context>
<context>
    <name>FinesScreen</name>
    <message>
        <source>Minor offence</source>
        <translation>Leichter Verstoß</translation>
    </message>
    <message>
        <source>Serious offence</source>
        <translation>Schwerer Verstoß</translation>
    </message>
    <message>
        <source>Very serious offence</source>
        <translation>Sehr schwerer Verstoß</translation>
    </message>
    <message>
        <source>Enter the number plate, or the file number from the notice you received.</source>
        <translation>Geben Sie das Kennzeichen oder das Aktenzeichen aus dem erhaltenen Bescheid ein.</translation>
    </message>
    <message>
        <source>or</source>
        <translation>oder</translation>
    </message>
    <message>
        <source>No fines found for {query}.</source>
        <translation>Keine Bußgelder für {query}.</translation>
    </message>
    <message>
        <source>Fines for {query}: one pending</source>
        <translation>Bußgelder für {query}: 1 offen</translation>
    </message>
    <message>
        <source>Fines for {query}: {count} pending</source>
        <translation>Bußgelder für {query}: {count} offen</translation>
    </message>
    <message>
        <source>{offence}. {place}, {when}. Officer {officer}.</source>
        <translation>{offence}. {place}, {when}. Beamter {officer}.</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>To pay: {reduced} instead of {full}</source>
        <translation>Zu zahlen: {reduced} statt {full}</translation>
    </message>
    <message>
        <source>50 % reduction if paid by {date}. Paying early closes the case: you give up the right to make representations.</source>
        <translation>50 % Ermäßigung bei Zahlung bis {date}. Die frühe Zahlung schließt das Verfahren: Sie verzichten auf Einwendungen.</translation>
    </message>
    <message>
        <source>To pay: {amount}</source>
        <translation>Zu zahlen: {amount}</translation>
    </message>
    <message>
        <source>This fine has no early-payment reduction.</source>
        <translation>Für dieses Bußgeld gibt es keine Ermäßigung bei früher Zahlung.</translation>
    </message>
    <message>
        <source>The early-payment period ended on {date}.</source>
        <translation>Die Frist für die ermäßigte Zahlung endete am {date}.</translation>
    </message>
    <message>
        <source>Pay {amount} by card</source>
        <translation>{amount} mit Karte zahlen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>fine {file}</source>
        <translation>das Bußgeld {file}</translation>
    </message>
</context>
<context>
    <name>GoodTime</name>
    <message>
        <source>Quiet</source>
        <translation>Ruhig</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Belebt</translation>
    </message>
    <message>
        <source>Very busy</source>
        <translation>Sehr belebt</translation>
    </message>
    <message>
        <source>Opens today at {time}</source>
        <translation>Öffnet heute um {time}</translation>
    </message>
    <message>
        <source>Opens tomorrow at {time}</source>
        <translation>Öffnet morgen um {time}</translation>
    </message>
    <message>
        <source>Opens on {day} at {time}</source>
        <translation>Öffnet am {day} um {time}</translation>
    </message>
    <message>
        <source>Closed now</source>
        <translation>Jetzt geschlossen</translation>
    </message>
    <message>
        <source>No live count right now</source>
        <translation>Gerade keine Live-Zählung</translation>
    </message>
    <message>
        <source>Now: {count} people of {capacity} ({percent} %) · {level}</source>
        <translation>Jetzt: {count} von {capacity} Personen ({percent} %) · {level}</translation>
    </message>
    <message>
        <source>Today&apos;s curve</source>
        <translation>Verlauf heute</translation>
    </message>
    <message>
        <source>People counters in municipal buildings count people, never record images. Touch a building to see today&apos;s curve.</source>
        <translation>Personenzähler in städtischen Gebäuden zählen nur, sie zeichnen nie Bilder auf. Tippen Sie auf ein Gebäude für den Verlauf heute.</translation>
    </message>
    <message>
        <source>The usual curve cannot be shown right now.</source>
        <translation>Der übliche Verlauf ist gerade nicht verfügbar.</translation>
    </message>
    <message>
        <source>It is closed all day today.</source>
        <translation>Heute den ganzen Tag geschlossen.</translation>
    </message>
    <message>
        <source>It is closed for the rest of today.</source>
        <translation>Heute nicht mehr geöffnet.</translation>
    </message>
    <message>
        <source>Best time to go today: {start}–{end} (usually about {count} people)</source>
        <translation>Beste Zeit heute: {start}–{end} (meist etwa {count} Personen)</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>People inside</source>
        <translation>Anwesende</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Usual for this weekday</source>
        <translation>Üblich an diesem Wochentag</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Solid line with dots: today so far. Dashed line: a usual day like today. Dotted line: the building&apos;s capacity.</source>
        <translation>Durchgezogene Linie mit Punkten: heute bis jetzt. Gestrichelte Linie: ein üblicher Tag wie heute. Gepunktete Linie: Kapazität des Gebäudes.</translation>
    </message>
</context>
<context>
    <name>HaveYourSay</name>
    <message>
        <source>Very hard</source>
        <translation>Sehr schwer</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Schwer</translation>
    </message>
    <message>
        <source>Neither</source>
        <translation>Weder noch</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Leicht</translation>
    </message>
    <message>
        <source>Very easy</source>
        <translation>Sehr leicht</translation>
    </message>
    <message>
        <source>Open until {date}</source>
        <translation>Offen bis {date}</translation>
    </message>
    <message>
        <source>Answered, thank you</source>
        <translation>Beantwortet, danke</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Your answers are anonymous: nobody can know who answered. You can answer each question once per visit.</source>
        <translation>Ihre Antworten sind anonym: Niemand kann wissen, wer geantwortet hat. Sie können jede Frage einmal pro Besuch beantworten.</translation>
    </message>
    <message>
        <source>Choose an answer first.</source>
        <translation>Wählen Sie erst eine Antwort.</translation>
    </message>
    <message>
        <source>Touch a face first.</source>
        <translation>Wählen Sie erst ein Gesicht.</translation>
    </message>
    <message>
        <source>Anything to add? (optional)</source>
        <translation>Etwas hinzufügen? (optional)</translation>
    </message>
    <message>
        <source>Please do not write your name, ID or phone number: they would be removed.</source>
        <translation>Bitte keinen Namen, keine Ausweis- oder Telefonnummer angeben: Diese würden entfernt.</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Danke!</translation>
    </message>
    <message>
        <source>Your answer has been recorded.</source>
        <translation>Ihre Antwort wurde erfasst.</translation>
    </message>
    <message>
        <source>The city&apos;s participation service cannot be reached right now. Your answer is saved on this kiosk and will be sent as soon as it can.</source>
        <translation>Der Beteiligungsdienst der Stadt ist gerade nicht erreichbar. Ihre Antwort ist auf diesem Terminal gespeichert und wird gesendet, sobald es geht.</translation>
    </message>
    <message>
        <source>This question has just closed, so your answer could not be counted.</source>
        <translation>Diese Frage wurde gerade geschlossen, daher konnte Ihre Antwort nicht gezählt werden.</translation>
    </message>
    <message>
        <source>There are no open questions right now.</source>
        <translation>Gerade gibt es keine offenen Fragen.</translation>
    </message>
    <message>
        <source>The city&apos;s polls cannot be loaded right now. You can still tell us about this kiosk.</source>
        <translation>Umfragen der Stadt gerade nicht verfügbar. Ihre Meinung zu diesem Terminal können Sie trotzdem abgeben.</translation>
    </message>
    <message>
        <source>Send my answer</source>
        <translation>Antwort senden</translation>
    </message>
    <message>
        <source>Other questions</source>
        <translation>Weitere Fragen</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>What would you like to do?</source>
        <translation>Was möchten Sie tun?</translation>
    </message>
    <message>
        <source>Choose a service. You can change the language at any time.</source>
        <translation>Wählen Sie einen Dienst. Sie können die Sprache jederzeit ändern.</translation>
    </message>
</context>
<context>
    <name>Identification</name>
    <message>
        <source>We could not read a card. Place it flat on the reader and keep it there, then press Confirm.</source>
        <translation>Wir konnten keine Karte lesen. Legen Sie sie flach auf das Lesegerät, lassen Sie sie dort und tippen Sie auf Bestätigen.</translation>
    </message>
    <message>
        <source>This card is not a Citizen Card of Santander.</source>
        <translation>Diese Karte ist keine Bürgerkarte von Santander.</translation>
    </message>
    <message>
        <source>The card could not be read. You can identify with your DNI or NIE instead.</source>
        <translation>Die Karte konnte nicht gelesen werden. Sie können sich mit Ihrem DNI oder NIE ausweisen.</translation>
    </message>
    <message>
        <source>This card has expired. You can identify with your DNI or NIE instead.</source>
        <translation>Diese Karte ist abgelaufen. Sie können sich mit Ihrem DNI oder NIE ausweisen.</translation>
    </message>
    <message>
        <source>The card reader is not working right now. You can identify with your DNI or NIE.</source>
        <translation>Das Kartenlesegerät funktioniert gerade nicht. Sie können sich mit Ihrem DNI oder NIE ausweisen.</translation>
    </message>
    <message>
        <source>To continue, identify yourself. We will send a one-time code to the mobile phone registered with the city.</source>
        <translation>Um fortzufahren, identifizieren Sie sich. Wir senden einen Einmalcode an das bei der Stadt hinterlegte Handy.</translation>
    </message>
    <message>
        <source>Use my Citizen Card and its PIN instead</source>
        <translation>Stattdessen meine Bürgerkarte mit PIN verwenden</translation>
    </message>
    <message>
        <source>Place your Citizen Card on the reader below the screen and enter its PIN.</source>
        <translation>Legen Sie Ihre Bürgerkarte auf das Lesegerät unter dem Bildschirm und geben Sie ihre PIN ein.</translation>
    </message>
    <message>
        <source>Enter the 6-digit code sent to {phone}.</source>
        <translation>Geben Sie den 6-stelligen Code ein, der an {phone} gesendet wurde.</translation>
    </message>
    <message>
        <source>Send me a code</source>
        <translation>Code senden</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>The PIN is not correct. Attempts left: {count}</source>
        <translation>Die PIN ist nicht korrekt. Verbleibende Versuche: {count}</translation>
    </message>
    <message>
        <source>The code is not correct. Attempts left: {count}</source>
        <translation>Der Code ist falsch. Verbleibende Versuche: {count}</translation>
    </message>
    <message>
        <source>For your security, identification with this document is locked for {minutes} minutes. You can use services that need no identification meanwhile.</source>
        <translation>Zu Ihrer Sicherheit ist die Identifizierung mit diesem Dokument für {minutes} Minuten gesperrt. Bis dahin können Sie Dienste ohne Identifizierung nutzen.</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translation>Sind Sie noch da?</translation>
    </message>
    <message>
        <source>Yes, continue</source>
        <translation>Ja, weiter</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Sitzung beenden</translation>
    </message>
    <message>
        <source>The session closes in {seconds} s and your data will be erased.</source>
        <translation>Die Sitzung endet in {seconds} s und Ihre Daten werden gelöscht.</translation>
    </message>
</context>
<context>
    <name>MaintenanceScreen</name>
    <message>
        <source>Run out of paper</source>
        <translation>Kein Papier mehr haben</translation>
    </message>
    <message>
        <source>Open its cover</source>
        <translation>Deckel öffnen</translation>
    </message>
    <message>
        <source>Work normally</source>
        <translation>Normal arbeiten</translation>
    </message>
    <message>
        <source>is declined</source>
        <translation>abgelehnt wird</translation>
    </message>
    <message>
        <source>is cancelled</source>
        <translation>abgebrochen wird</translation>
    </message>
    <message>
        <source>times out</source>
        <translation>eine Zeitüberschreitung hat</translation>
    </message>
    <message>
        <source>Place the card on the reader</source>
        <translation>Karte auflegen</translation>
    </message>
    <message>
        <source>Take the card away</source>
        <translation>Karte entfernen</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Wartung</translation>
    </message>
    <message>
        <source>Self-test</source>
        <translation>Selbsttest</translation>
    </message>
    <message>
        <source>Restart the app</source>
        <translation>App neu starten</translation>
    </message>
    <message>
        <source>Quit to desktop</source>
        <translation>Zum Desktop beenden</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>The printer is the built-in emulator. Make it:</source>
        <translation>Der Drucker ist der eingebaute Emulator. Ihn:</translation>
    </message>
    <message>
        <source>The payment terminal is the simulator. Its next payment:</source>
        <translation>Das Zahlungsterminal ist der Simulator. Dafür sorgen, dass die nächste Zahlung:</translation>
    </message>
    <message>
        <source>The card reader holds the emulated demo Citizen Card:</source>
        <translation>Im Lesegerät steckt die emulierte Demo-Bürgerkarte:</translation>
    </message>
    <message>
        <source>Emergency message on this kiosk&apos;s attract screen:</source>
        <translation>Notfallmeldung auf dem Wartebildschirm dieses Terminals:</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Show the message</source>
        <translation>Meldung anzeigen</translation>
    </message>
    <message>
        <source>Clear the message</source>
        <translation>Meldung entfernen</translation>
    </message>
    <message>
        <source>Self-test failed: {error}</source>
        <translation>Selbsttest fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>Failed print jobs: {count}</source>
        <translation>Fehlgeschlagene Druckaufträge: {count}</translation>
    </message>
    <message>
        <source>Reprint (marked duplicate)</source>
        <translation>Neu drucken (als Duplikat)</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>Neu drucken</translation>
    </message>
    <message>
        <source>Blocked escape attempts: {summary}</source>
        <translation>Blockierte Ausbruchsversuche: {summary}</translation>
    </message>
</context>
<context>
    <name>MyDistrict</name>
    <message>
        <source>Schools</source>
        <translation>Schulen</translation>
    </message>
    <message>
        <source>Health centres</source>
        <translation>Gesundheitszentren</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Bibliotheken</translation>
    </message>
    <message>
        <source>Sports centres</source>
        <translation>Sportzentren</translation>
    </message>
    <message>
        <source>Parks</source>
        <translation>Parks</translation>
    </message>
    <message>
        <source>Bus stops</source>
        <translation>Haltestellen</translation>
    </message>
    <message>
        <source>My registered address</source>
        <translation>Meine Meldeadresse</translation>
    </message>
    <message>
        <source>your registered address</source>
        <translation>Ihre Meldeadresse</translation>
    </message>
    <message>
        <source>The district of this address is not known.</source>
        <translation>Der Bezirk dieser Adresse ist nicht bekannt.</translation>
    </message>
    <message>
        <source>{district} ({neighbourhoods}), for {place}</source>
        <translation>{district} ({neighbourhoods}), für {place}</translation>
    </message>
    <message>
        <source>Sample figures: they are synthetic, made for this demonstration, not official statistics. Only the city total is real.</source>
        <translation>Beispielzahlen: synthetisch, für diese Demonstration erstellt, keine amtliche Statistik. Nur die Gesamtzahl der Stadt ist echt.</translation>
    </message>
    <message>
        <source>Inhabitants</source>
        <translation>Einwohner</translation>
    </message>
    <message>
        <source>Share of the city</source>
        <translation>Anteil an der Stadt</translation>
    </message>
    <message>
        <source>Inhabitants per km²</source>
        <translation>Einwohner pro km²</translation>
    </message>
    <message>
        <source>Change since {year}</source>
        <translation>Veränderung seit {year}</translation>
    </message>
    <message>
        <source>Aged 65 or over</source>
        <translation>65 Jahre oder älter</translation>
    </message>
    <message>
        <source>Inhabitants by age</source>
        <translation>Einwohner nach Alter</translation>
    </message>
    <message>
        <source>Age (years)</source>
        <translation>Alter (Jahre)</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Männer</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Frauen</translation>
    </message>
    <message>
        <source>Inhabitants on 1 January of each year</source>
        <translation>Einwohner am 1. Januar jedes Jahres</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Services in the district</source>
        <translation>Einrichtungen im Bezirk</translation>
    </message>
    <message>
        <source>Places of interest nearby</source>
        <translation>Sehenswertes in der Nähe</translation>
    </message>
    <message>
        <source>Places of interest near this kiosk</source>
        <translation>Sehenswertes nahe diesem Terminal</translation>
    </message>
    <message>
        <source>{name} ({kind}) · {metres} m, {minutes} min walk</source>
        <translation>{name} ({kind}) · {metres} m, {minutes} Min. zu Fuß</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Leerzeichen</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Umschalt</translation>
    </message>
    <message>
        <source>Acute accent</source>
        <translation>Akut</translation>
    </message>
    <message>
        <source>Diaeresis</source>
        <translation>Trema</translation>
    </message>
    <message>
        <source>Numbers and symbols</source>
        <translation>Zahlen und Symbole</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Buchstaben</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>PaymentFlow</name>
    <message>
        <source>The card reader is not working right now. Nothing was taken. You can pay by bank card.</source>
        <translation>Das Kartenlesegerät funktioniert gerade nicht. Es wurde nichts abgebucht. Sie können mit Bankkarte zahlen.</translation>
    </message>
    <message>
        <source>Payment complete. Receipt number {receipt}.</source>
        <translation>Zahlung abgeschlossen. Belegnummer {receipt}.</translation>
    </message>
    <message>
        <source>The card was declined. Nothing has been charged. You can try another card.</source>
        <translation>Die Karte wurde abgelehnt. Es wurde nichts abgebucht. Sie können eine andere Karte versuchen.</translation>
    </message>
    <message>
        <source>The payment was cancelled at the terminal. Nothing has been charged.</source>
        <translation>Die Zahlung wurde am Terminal abgebrochen. Es wurde nichts abgebucht.</translation>
    </message>
    <message>
        <source>The card terminal is not working right now. Nothing has been charged.</source>
        <translation>Das Kartenterminal funktioniert gerade nicht. Es wurde nichts abgebucht.</translation>
    </message>
    <message>
        <source>The card terminal is busy. Nothing has been charged. Try again in a moment.</source>
        <translation>Das Kartenterminal ist belegt. Es wurde nichts abgebucht. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Nothing has been charged.</source>
        <translation>Es wurde nichts abgebucht.</translation>
    </message>
    <message>
        <source>We are checking with the card terminal whether the payment went through. You will not be charged twice. Reference {reference}.</source>
        <translation>Wir prüfen mit dem Terminal, ob die Zahlung durchgegangen ist. Sie werden nicht doppelt belastet. Referenz {reference}.</translation>
    </message>
    <message>
        <source>Your card has been charged. The city services will confirm the payment as soon as they answer; you do not need to pay again. Reference {reference}.</source>
        <translation>Ihre Karte wurde belastet. Die städtischen Dienste bestätigen die Zahlung, sobald sie antworten; Sie müssen nicht erneut zahlen. Referenz {reference}.</translation>
    </message>
    <message>
        <source>This had already been paid, so the amount has been refunded to your card.</source>
        <translation>Dies war bereits bezahlt; der Betrag wurde auf Ihre Karte erstattet.</translation>
    </message>
    <message>
        <source>The amount due had changed, so the amount has been refunded to your card. Please check the new amount.</source>
        <translation>Der fällige Betrag hatte sich geändert, daher wurde der Betrag auf Ihre Karte erstattet. Bitte prüfen Sie den neuen Betrag.</translation>
    </message>
    <message>
        <source>The city services did not accept the payment, so it has been refunded to your card.</source>
        <translation>Die städtischen Dienste haben die Zahlung nicht angenommen; sie wurde auf Ihre Karte erstattet.</translation>
    </message>
    <message>
        <source>The city services did not accept the payment. It will be refunded to your card automatically. Reference {reference}.</source>
        <translation>Die städtischen Dienste haben die Zahlung nicht angenommen. Sie wird automatisch auf Ihre Karte erstattet. Referenz {reference}.</translation>
    </message>
    <message>
        <source>Paid from your Citizen Card. Receipt number {receipt}. Card balance: {balance}.</source>
        <translation>Mit Ihrer Bürgerkarte bezahlt. Belegnummer {receipt}. Kartenguthaben: {balance}.</translation>
    </message>
    <message>
        <source>Paid from your Citizen Card. The city services will confirm the payment as soon as they answer; you do not need to pay again.</source>
        <translation>Mit Ihrer Bürgerkarte bezahlt. Die städtischen Dienste bestätigen die Zahlung, sobald sie antworten; Sie müssen nicht erneut zahlen.</translation>
    </message>
    <message>
        <source>The card left the reader during the payment. Place it on the reader again and press Try again: you will not pay twice.</source>
        <translation>Die Karte wurde während der Zahlung entfernt. Legen Sie sie wieder auf und tippen Sie auf Erneut versuchen: Sie zahlen nicht doppelt.</translation>
    </message>
    <message>
        <source>Nothing was taken from your card.</source>
        <translation>Von Ihrer Karte wurde nichts abgebucht.</translation>
    </message>
    <message>
        <source>The city services did not accept the payment. The amount goes back onto your card the next time you place it on a reader.</source>
        <translation>Die städtischen Dienste haben die Zahlung nicht angenommen. Der Betrag wird beim nächsten Auflegen der Karte wieder gutgeschrieben.</translation>
    </message>
    <message>
        <source>There is not enough money on the card. Nothing was taken. You can top it up or pay by bank card.</source>
        <translation>Das Guthaben der Karte reicht nicht. Es wurde nichts abgebucht. Sie können sie aufladen oder mit Bankkarte zahlen.</translation>
    </message>
    <message>
        <source>Place your Citizen Card on the reader below the screen, then press Try again.</source>
        <translation>Legen Sie Ihre Bürgerkarte auf das Lesegerät unter dem Bildschirm und tippen Sie dann auf Erneut versuchen.</translation>
    </message>
    <message>
        <source>This card is not a Citizen Card of Santander.</source>
        <translation>Diese Karte ist keine Bürgerkarte von Santander.</translation>
    </message>
    <message>
        <source>The card could not be read. Nothing was taken. Try again, or pay by bank card.</source>
        <translation>Die Karte konnte nicht gelesen werden. Es wurde nichts abgebucht. Versuchen Sie es erneut oder zahlen Sie mit Bankkarte.</translation>
    </message>
    <message>
        <source>You are paying {amount} for {what}.</source>
        <translation>Sie zahlen {amount} für {what}.</translation>
    </message>
    <message>
        <source>Pay {amount} from my Citizen Card</source>
        <translation>{amount} mit meiner Bürgerkarte zahlen</translation>
    </message>
    <message>
        <source>Pay by bank card on the terminal under the screen and follow its instructions. The payment is recorded with the city at once.</source>
        <translation>Zahlen Sie mit Bankkarte am Terminal unter dem Bildschirm und folgen Sie den Anweisungen. Die Zahlung wird sofort bei der Stadt verbucht.</translation>
    </message>
    <message>
        <source>Pay {amount}</source>
        <translation>{amount} zahlen</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Citizen Card e-wallet</source>
        <translation>Geldbörse der Bürgerkarte</translation>
    </message>
    <message>
        <source>Bank card {card}</source>
        <translation>Bankkarte {card}</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <source>Technician access</source>
        <translation>Techniker-Zugang</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Too many attempts. Try again in {seconds} s.</source>
        <translation>Zu viele Versuche. Erneut in {seconds} s.</translation>
    </message>
    <message>
        <source>Wrong PIN. Attempts left: {count}</source>
        <translation>Falsche PIN. Verbleibende Versuche: {count}</translation>
    </message>
    <message>
        <source>The PIN could not be checked. Try again.</source>
        <translation>Die PIN konnte nicht geprüft werden. Bitte erneut versuchen.</translation>
    </message>
</context>
<context>
    <name>PrintPanel</name>
    <message>
        <source>Print the certificate</source>
        <translation>Bescheinigung drucken</translation>
    </message>
    <message>
        <source>You can also scan the QR code to keep the document, or note its verification code {csv}.</source>
        <translation>Sie können auch den QR-Code scannen, um das Dokument zu behalten, oder den Prüfcode {csv} notieren.</translation>
    </message>
    <message>
        <source>Print the receipt</source>
        <translation>Beleg drucken</translation>
    </message>
    <message>
        <source>The receipt number {number} on the screen is your proof of payment: please note it.</source>
        <translation>Die Belegnummer {number} auf dem Bildschirm ist Ihr Zahlungsnachweis: Bitte notieren Sie sie.</translation>
    </message>
    <message>
        <source>Printing… please wait.</source>
        <translation>Wird gedruckt … bitte warten.</translation>
    </message>
    <message>
        <source>Printed. Please take your document from the tray under the screen.</source>
        <translation>Gedruckt. Bitte nehmen Sie Ihr Dokument aus dem Fach unter dem Bildschirm.</translation>
    </message>
    <message>
        <source>Printing is not available on this kiosk.</source>
        <translation>Dieses Terminal kann gerade nicht drucken</translation>
    </message>
    <message>
        <source>{problem}. {alternative}</source>
        <translation>{problem}. {alternative}</translation>
    </message>
    <message>
        <source>You can print it here.</source>
        <translation>Sie können es hier drucken.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>See it on paper</source>
        <translation>Druckansicht zeigen</translation>
    </message>
    <message>
        <source>The document could not be printed. {alternative}</source>
        <translation>Das Dokument konnte nicht gedruckt werden. {alternative}</translation>
    </message>
    <message>
        <source>{problem}. Part of the document may have come out: please take it. If you try again, the new copy is marked as a duplicate.</source>
        <translation>{problem}. Möglicherweise ist ein Teil des Dokuments herausgekommen: Bitte nehmen Sie ihn mit. Wenn Sie es erneut versuchen, wird die neue Kopie als Duplikat gekennzeichnet.</translation>
    </message>
    <message>
        <source>{problem}. Nothing was printed.</source>
        <translation>{problem}. Es wurde nichts gedruckt.</translation>
    </message>
    <message>
        <source>This is how your document will be printed.</source>
        <translation>So wird Ihr Dokument gedruckt.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Your entry number {number} on the screen is your proof: please note it.</source>
        <translation>Ihre Eingangsnummer {number} auf dem Bildschirm ist Ihr Nachweis: Bitte notieren Sie sie.</translation>
    </message>
    <message>
        <source>Print the statement</source>
        <translation>Aufstellung drucken</translation>
    </message>
    <message>
        <source>The receipts above stay on the screen until you finish.</source>
        <translation>Die Bescheide oben bleiben auf dem Bildschirm, bis Sie fertig sind.</translation>
    </message>
</context>
<context>
    <name>ProcedureScreen</name>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Other services</source>
        <translation>Andere Dienste</translation>
    </message>
    <message>
        <source>Please wait…</source>
        <translation>Bitte warten…</translation>
    </message>
</context>
<context>
    <name>RegisterScreen</name>
    <message>
        <source>Licence or permit</source>
        <translation>Genehmigung oder Erlaubnis</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Beschwerde</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>Report an incident in the street</source>
        <translation>Einen Schaden auf der Straße melden</translation>
    </message>
    <message>
        <source>What kind of request is it?</source>
        <translation>Um welche Art von Anliegen geht es?</translation>
    </message>
    <message>
        <source>Choose the kind of request.</source>
        <translation>Wählen Sie die Art des Anliegens.</translation>
    </message>
    <message>
        <source>Check your request before sending it.</source>
        <translation>Prüfen Sie Ihr Anliegen vor dem Senden.</translation>
    </message>
    <message>
        <source>Entry number {number}</source>
        <translation>Eingangsnummer {number}</translation>
    </message>
    <message>
        <source>Registered on {when}. Keep this number to follow your request.</source>
        <translation>Eingegangen am {when}. Bewahren Sie diese Nummer auf, um Ihr Anliegen zu verfolgen.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>TaxesScreen</name>
    <message>
        <source>5 % enforcement surcharge (recargo ejecutivo)</source>
        <translation>5 % Vollstreckungszuschlag (recargo ejecutivo)</translation>
    </message>
    <message>
        <source>10 % reduced enforcement surcharge (apremio reducido)</source>
        <translation>10 % ermäßigter Säumniszuschlag (apremio reducido)</translation>
    </message>
    <message>
        <source>20 % enforcement surcharge plus interest (apremio ordinario)</source>
        <translation>20 % Säumniszuschlag plus Zinsen (apremio ordinario)</translation>
    </message>
    <message>
        <source>{name}, you have one pending receipt: {total}.</source>
        <translation>{name}, Sie haben 1 offenen Bescheid: {total}.</translation>
    </message>
    <message>
        <source>{name}, you have {count} pending receipts: {total} in all.</source>
        <translation>{name}, Sie haben {count} offene Bescheide: insgesamt {total}.</translation>
    </message>
    <message>
        <source>{name}, you have no pending receipts.</source>
        <translation>{name}, Sie haben keine offenen Bescheide.</translation>
    </message>
    <message>
        <source>Pay {amount} by card</source>
        <translation>{amount} mit Karte zahlen</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Due: {amount}</source>
        <translation>Fällig: {amount}</translation>
    </message>
    <message>
        <source>The voluntary period ended on {date}. {surcharge}.</source>
        <translation>Die freiwillige Zahlungsfrist endete am {date}. {surcharge}.</translation>
    </message>
    <message>
        <source>Pay by {date} with no surcharge.</source>
        <translation>Zahlen Sie bis {date} ohne Zuschlag.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Barrierefreiheit</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Sitzung beenden</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <source>DUPLICATE — reprint</source>
        <translation>DUPLIKAT — Nachdruck</translation>
    </message>
    <message>
        <source>Translation for your information: this is a census certificate of the City of Santander. The Spanish text above is the official document. Anyone can check it on the city&apos;s e-office with the verification code (CSV) or the QR code.</source>
        <translation>Übersetzung zu Ihrer Information: Dies ist eine Meldebescheinigung (padrón) der Stadt Santander. Der spanische Text oben ist das amtliche Dokument. Jeder kann es im Online-Portal der Stadt mit dem Prüfcode (CSV) oder dem QR-Code prüfen.</translation>
    </message>
    <message>
        <source>General register</source>
        <translation>Allgemeines Register</translation>
    </message>
    <message>
        <source>Registration receipt</source>
        <translation>Eingangsbestätigung</translation>
    </message>
    <message>
        <source>Entry number</source>
        <translation>Eingangsnummer</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Eingegangen am</translation>
    </message>
    <message>
        <source>Type of request</source>
        <translation>Art des Antrags</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Keep this receipt. The entry number identifies your request in any later contact with the City Council.</source>
        <translation>Bewahren Sie diese Bestätigung auf. Die Eingangsnummer kennzeichnet Ihren Antrag bei jedem weiteren Kontakt mit der Stadtverwaltung.</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Belegnummer</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Bezahlt am</translation>
    </message>
    <message>
        <source>Paid with</source>
        <translation>Bezahlt mit</translation>
    </message>
    <message>
        <source>Authorisation</source>
        <translation>Autorisierung</translation>
    </message>
    <message>
        <source>Municipal revenue office</source>
        <translation>Städtische Steuerkasse</translation>
    </message>
    <message>
        <source>Payment receipt</source>
        <translation>Zahlungsbeleg</translation>
    </message>
    <message>
        <source>Concept</source>
        <translation>Posten</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Total paid</source>
        <translation>Gesamt bezahlt</translation>
    </message>
    <message>
        <source>Keep this receipt as proof of payment.</source>
        <translation>Bewahren Sie diesen Beleg als Zahlungsnachweis auf.</translation>
    </message>
    <message>
        <source>Traffic fine {file} ({plate})</source>
        <translation>Verkehrsbußgeld {file} ({plate})</translation>
    </message>
    <message>
        <source>Statement of municipal taxes</source>
        <translation>Aufstellung der städtischen Abgaben</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Ausgestellt am</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Bescheid</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Fällig bis</translation>
    </message>
    <message>
        <source>Total pending</source>
        <translation>Offen insgesamt</translation>
    </message>
    <message>
        <source>Receipts paid after their voluntary period carry a surcharge of 5 %, 10 % or 20 %, depending on when they are paid.</source>
        <translation>Nach Ablauf der freiwilligen Frist bezahlte Bescheide tragen einen Zuschlag von 5 %, 10 % oder 20 %, je nach Zahlungszeitpunkt.</translation>
    </message>
    <message>
        <source>Already paid: {receipts}</source>
        <translation>Bereits bezahlt: {receipts}</translation>
    </message>
    <message>
        <source>Citizen Card top-up</source>
        <translation>Aufladung der Bürgerkarte</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>What is it for? (optional)</source>
        <translation>Wofür brauchen Sie sie? (optional)</translation>
    </message>
    <message>
        <source>For example: school enrolment</source>
        <translation>Zum Beispiel: Schulanmeldung</translation>
    </message>
    <message>
        <source>Number plate</source>
        <translation>Kennzeichen</translation>
    </message>
    <message>
        <source>For example 1234 BCD</source>
        <translation>Zum Beispiel 1234 BCD</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>Aktenzeichen</translation>
    </message>
    <message>
        <source>As printed on the notice</source>
        <translation>Wie im Bescheid angegeben</translation>
    </message>
    <message>
        <source>DNI or NIE</source>
        <translation>DNI oder NIE</translation>
    </message>
    <message>
        <source>For example 12345678Z</source>
        <translation>Zum Beispiel 12345678Z</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>DDMMYYYY, for example 17051980</source>
        <translation>TTMMJJJJ, zum Beispiel 17051980</translation>
    </message>
    <message>
        <source>PIN of the card</source>
        <translation>PIN der Karte</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Describe your request</source>
        <translation>Beschreiben Sie Ihr Anliegen</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>Type part of the name</source>
        <translation>Teil des Namens eingeben</translation>
    </message>
    <message>
        <source>Street number (optional)</source>
        <translation>Hausnummer (optional)</translation>
    </message>
    <message>
        <source>E-mail for the answer (optional)</source>
        <translation>E-Mail für die Antwort (optional)</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>Telefon (optional)</translation>
    </message>
    <message>
        <source>Other amount (whole euros)</source>
        <translation>Anderer Betrag (ganze Euro)</translation>
    </message>
</context>
<context>
    <name>gateway</name>
    <message>
        <source>The city services are not answering right now.</source>
        <translation>Die städtischen Dienste antworten gerade nicht.</translation>
    </message>
    <message>
        <source>The city services sent an answer this kiosk cannot read.</source>
        <translation>Die städtischen Dienste haben eine Antwort gesendet, die dieses Terminal nicht lesen kann.</translation>
    </message>
    <message>
        <source>Something went wrong with the city services.</source>
        <translation>Bei den städtischen Diensten ist etwas schiefgegangen.</translation>
    </message>
    <message>
        <source>Some of the information is not valid.</source>
        <translation>Einige Angaben sind ungültig.</translation>
    </message>
    <message>
        <source>This kiosk is not authorised by the city services.</source>
        <translation>Dieses Terminal ist bei den städtischen Diensten nicht zugelassen.</translation>
    </message>
    <message>
        <source>Your identification has expired. Please identify again.</source>
        <translation>Ihre Identifizierung ist abgelaufen. Bitte erneut identifizieren.</translation>
    </message>
    <message>
        <source>Nothing was found with that information.</source>
        <translation>Mit diesen Angaben wurde nichts gefunden.</translation>
    </message>
    <message>
        <source>Too many failed attempts. Identification is locked for a while.</source>
        <translation>Zu viele Fehlversuche. Die Identifizierung ist vorübergehend gesperrt.</translation>
    </message>
    <message>
        <source>The code is not correct.</source>
        <translation>Der Code ist falsch.</translation>
    </message>
    <message>
        <source>This request was already made with different data.</source>
        <translation>Dieses Anliegen wurde bereits mit anderen Daten gestellt.</translation>
    </message>
    <message>
        <source>This has already been paid.</source>
        <translation>Dies wurde bereits bezahlt.</translation>
    </message>
    <message>
        <source>The amount due has changed. Please check it again.</source>
        <translation>Der fällige Betrag hat sich geändert. Bitte erneut prüfen.</translation>
    </message>
    <message>
        <source>The city services had an internal problem.</source>
        <translation>Bei den städtischen Diensten ist ein interner Fehler aufgetreten.</translation>
    </message>
</context>
<context>
    <name>services</name>
    <message>
        <source>City guide</source>
        <translation>Stadtführer</translation>
    </message>
    <message>
        <source>Landmarks, museums and beaches of Santander</source>
        <translation>Sehenswürdigkeiten, Museen und Strände von Santander</translation>
    </message>
    <message>
        <source>Census certificate</source>
        <translation>Meldebescheinigung</translation>
    </message>
    <message>
        <source>Proof of where you live (volante de empadronamiento)</source>
        <translation>Nachweis Ihres Wohnsitzes (volante de empadronamiento)</translation>
    </message>
    <message>
        <source>you can take the verification code or a QR code instead of paper</source>
        <translation>Sie können den Prüfcode oder einen QR-Code statt Papier mitnehmen</translation>
    </message>
    <message>
        <source>Traffic fines</source>
        <translation>Verkehrsbußgelder</translation>
    </message>
    <message>
        <source>Look up a fine by plate and see what you owe</source>
        <translation>Bußgeld per Kennzeichen suchen und Betrag sehen</translation>
    </message>
    <message>
        <source>Requests and complaints</source>
        <translation>Anträge und Beschwerden</translation>
    </message>
    <message>
        <source>File a request, complaint, suggestion or incident</source>
        <translation>Antrag, Beschwerde, Vorschlag oder Schadensmeldung einreichen</translation>
    </message>
    <message>
        <source>Pending taxes</source>
        <translation>Offene Steuern</translation>
    </message>
    <message>
        <source>Property, vehicle and other municipal receipts</source>
        <translation>Grundsteuer, Kfz-Steuer und andere städtische Bescheide</translation>
    </message>
    <message>
        <source>Citizen Card</source>
        <translation>Bürgerkarte</translation>
    </message>
    <message>
        <source>Balance, last trips and top-up</source>
        <translation>Guthaben, letzte Fahrten und Aufladen</translation>
    </message>
    <message>
        <source>Around an address</source>
        <translation>Rund um eine Adresse</translation>
    </message>
    <message>
        <source>Next buses, what&apos;s on and top-up points nearby</source>
        <translation>Nächste Busse, Veranstaltungen, Aufladestellen in der Nähe</translation>
    </message>
    <message>
        <source>Is it a good time to visit?</source>
        <translation>Ist jetzt eine gute Zeit?</translation>
    </message>
    <message>
        <source>How busy the library, sports centres, markets and town hall are</source>
        <translation>Wie voll Bibliothek, Sportzentren, Märkte und Rathaus sind</translation>
    </message>
    <message>
        <source>Have your say</source>
        <translation>Ihre Meinung</translation>
    </message>
    <message>
        <source>City polls and a short survey about this kiosk</source>
        <translation>Umfragen der Stadt und kurze Bewertung dieses Terminals</translation>
    </message>
    <message>
        <source>My district</source>
        <translation>Mein Bezirk</translation>
    </message>
    <message>
        <source>Population, ages and services of your district</source>
        <translation>Einwohner, Alter und Einrichtungen Ihres Bezirks</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>Printer out of paper</source>
        <translation>Drucker ohne Papier</translation>
    </message>
    <message>
        <source>Printer paper running low</source>
        <translation>Druckerpapier geht zur Neige</translation>
    </message>
    <message>
        <source>Printer cover open</source>
        <translation>Druckerklappe offen</translation>
    </message>
    <message>
        <source>Printer not responding</source>
        <translation>Drucker antwortet nicht</translation>
    </message>
    <message>
        <source>Printer fault</source>
        <translation>Druckerstörung</translation>
    </message>
    <message>
        <source>Printer status unknown</source>
        <translation>Druckerstatus unbekannt</translation>
    </message>
    <message>
        <source>Card reader service not running</source>
        <translation>Kartenleser-Dienst läuft nicht</translation>
    </message>
    <message>
        <source>Card reader not connected</source>
        <translation>Kartenleser nicht verbunden</translation>
    </message>
    <message>
        <source>Payment terminal not responding</source>
        <translation>Zahlungsterminal antwortet nicht</translation>
    </message>
    <message>
        <source>No connection to the city services</source>
        <translation>Keine Verbindung zu den städtischen Diensten</translation>
    </message>
    <message>
        <source>No speech engine installed</source>
        <translation>Keine Sprachausgabe installiert</translation>
    </message>
    <message>
        <source>Video player (libvlc) not available: videos are skipped</source>
        <translation>Videoplayer (libvlc) nicht verfügbar: Videos werden übersprungen</translation>
    </message>
    <message>
        <source>Storage is read-only</source>
        <translation>Speicher ist schreibgeschützt</translation>
    </message>
    <message>
        <source>Storage writable</source>
        <translation>Speicher beschreibbar</translation>
    </message>
    <message>
        <source>Turned off in the configuration</source>
        <translation>In der Konfiguration abgeschaltet</translation>
    </message>
    <message>
        <source>Device not found</source>
        <translation>Gerät nicht gefunden</translation>
    </message>
    <message>
        <source>Device not connected</source>
        <translation>Gerät nicht verbunden</translation>
    </message>
    <message>
        <source>Device not responding</source>
        <translation>Gerät antwortet nicht</translation>
    </message>
    <message>
        <source>Device fault</source>
        <translation>Gerätestörung</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Working, with a warning</source>
        <translation>Funktioniert, mit Warnung</translation>
    </message>
    <message>
        <source>Status unknown</source>
        <translation>Status unbekannt</translation>
    </message>
    <message>
        <source>Not answering</source>
        <translation>Antwortet nicht</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>Störung</translation>
    </message>
    <message>
        <source>Turned off</source>
        <translation>Abgeschaltet</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <source>Enter your DNI or NIE number.</source>
        <translation>Geben Sie Ihre DNI- oder NIE-Nummer ein.</translation>
    </message>
    <message>
        <source>Enter 8 digits and a letter (DNI) or X, Y or Z, 7 digits and a letter (NIE).</source>
        <translation>Geben Sie 8 Ziffern und einen Buchstaben (DNI) oder X, Y oder Z, 7 Ziffern und einen Buchstaben (NIE) ein.</translation>
    </message>
    <message>
        <source>The letter does not match the number. Check your document.</source>
        <translation>Der Buchstabe passt nicht zur Nummer. Prüfen Sie Ihr Dokument.</translation>
    </message>
    <message>
        <source>Enter the number plate of the vehicle.</source>
        <translation>Geben Sie das Kennzeichen des Fahrzeugs ein.</translation>
    </message>
    <message>
        <source>Enter 4 digits and 3 letters, for example 1234 BCD.</source>
        <translation>Geben Sie 4 Ziffern und 3 Buchstaben ein, zum Beispiel 1234 BCD.</translation>
    </message>
    <message>
        <source>Plate letters are consonants only: no vowels, no Ñ and no Q.</source>
        <translation>Kennzeichen haben nur Konsonanten: keine Vokale, kein Ñ und kein Q.</translation>
    </message>
    <message>
        <source>Enter day, month and year, for example 24061985 or 24/06/1985.</source>
        <translation>Geben Sie Tag, Monat und Jahr ein, zum Beispiel 24061985 oder 24/06/1985.</translation>
    </message>
    <message>
        <source>Enter a date that is not in the future.</source>
        <translation>Geben Sie ein Datum ein, das nicht in der Zukunft liegt.</translation>
    </message>
    <message>
        <source>Enter a date within the last 120 years.</source>
        <translation>Geben Sie ein Datum aus den letzten 120 Jahren ein.</translation>
    </message>
    <message>
        <source>Enter an e-mail address such as name@example.com, without spaces.</source>
        <translation>Geben Sie eine E-Mail-Adresse wie name@beispiel.de ohne Leerzeichen ein.</translation>
    </message>
    <message>
        <source>Enter a Spanish phone number: 9 digits starting with 6, 7, 8 or 9.</source>
        <translation>Geben Sie eine spanische Telefonnummer ein: 9 Ziffern, beginnend mit 6, 7, 8 oder 9.</translation>
    </message>
    <message>
        <source>Enter the 6-digit code we sent you.</source>
        <translation>Geben Sie den 6-stelligen Code ein, den wir Ihnen gesendet haben.</translation>
    </message>
    <message>
        <source>Enter a PIN of 4 to 8 digits.</source>
        <translation>Geben Sie eine PIN mit 4 bis 8 Ziffern ein.</translation>
    </message>
    <message>
        <source>Enter an amount in whole euros, for example 15.</source>
        <translation>Geben Sie einen Betrag in ganzen Euro ein, zum Beispiel 15.</translation>
    </message>
    <message>
        <source>Enter an amount within the limits shown.</source>
        <translation>Geben Sie einen Betrag innerhalb der angegebenen Grenzen ein.</translation>
    </message>
    <message>
        <source>This field is required. Please fill it in.</source>
        <translation>Dieses Feld ist erforderlich. Bitte ausfüllen.</translation>
    </message>
    <message>
        <source>This text is too short. Please add a little more detail.</source>
        <translation>Der Text ist zu kurz. Bitte etwas mehr Details angeben.</translation>
    </message>
    <message>
        <source>This text is too long. Please shorten it.</source>
        <translation>Der Text ist zu lang. Bitte kürzen.</translation>
    </message>
    <message>
        <source>Remove the special characters. Use letters, numbers and punctuation.</source>
        <translation>Entfernen Sie Sonderzeichen. Verwenden Sie Buchstaben, Ziffern und Satzzeichen.</translation>
    </message>
    <message>
        <source>Enter the file number as printed on your notice, for example MUL-2026-000123.</source>
        <translation>Geben Sie das Aktenzeichen wie im Bescheid ein, zum Beispiel MUL-2026-000123.</translation>
    </message>
</context>
</TS>
