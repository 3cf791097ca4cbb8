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
        <source>Blocked escape attempts: {summary}</source>
        <translation>Blockierte Ausbruchsversuche: {summary}</translation>
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
    <name>services</name>
    <message>
        <source>City guide</source>
        <translation>Stadtführer</translation>
    </message>
    <message>
        <source>Landmarks, museums and beaches of Santander</source>
        <translation>Sehenswürdigkeiten, Museen und Strände von Santander</translation>
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
</TS>