<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccessibilityPanel</name>
    <message>
        <source>Accessibility</source>
        <translation>Accessibility</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <source>Controls within reach</source>
        <translation>Controls within reach</translation>
    </message>
    <message>
        <source>Audio guidance</source>
        <translation>Audio guidance</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>AddressStep</name>
    <message>
        <source>Which address?</source>
        <translation>Which address?</translation>
    </message>
    <message>
        <source>Here, at this kiosk: {place}</source>
        <translation>Here, at this kiosk: {place}</translation>
    </message>
    <message>
        <source>Or type the name of a street:</source>
        <translation>Or type the name of a street:</translation>
    </message>
    <message>
        <source>For example: Castilla</source>
        <translation>For example: Castilla</translation>
    </message>
    <message>
        <source>Street name</source>
        <translation>Street name</translation>
    </message>
    <message>
        <source>Touch your street.</source>
        <translation>Touch your street.</translation>
    </message>
    <message>
        <source>No street with that name. Check the spelling or type less.</source>
        <translation>No street with that name. Check the spelling or type less.</translation>
    </message>
</context>
<context>
    <name>AroundScreen</name>
    <message>
        <source>Around this kiosk: {place}</source>
        <translation>Around this kiosk: {place}</translation>
    </message>
    <message>
        <source>Around {place}</source>
        <translation>Around {place}</translation>
    </message>
    <message>
        <source>Bus stops cannot be shown right now.</source>
        <translation>Bus stops cannot be shown right now.</translation>
    </message>
    <message>
        <source>Not live: these times are from {time} and may have changed.</source>
        <translation>Not live: these times are from {time} and may have changed.</translation>
    </message>
    <message>
        <source>{number}. Stop {name} · {metres} m, {minutes} min walk</source>
        <translation>{number}. Stop {name} · {metres} m, {minutes} min walk</translation>
    </message>
    <message>
        <source>No live times right now. Lines that stop here: {lines}</source>
        <translation>No live times right now. Lines that stop here: {lines}</translation>
    </message>
    <message>
        <source>No buses expected soon at this stop.</source>
        <translation>No buses expected soon at this stop.</translation>
    </message>
    <message>
        <source>arriving</source>
        <translation>arriving</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>Line {line} to {destination}: {first}</source>
        <translation>Line {line} to {destination}: {first}</translation>
    </message>
    <message>
        <source>next in {minutes} min</source>
        <translation>next in {minutes} min</translation>
    </message>
    <message>
        <source>The agenda cannot be shown right now.</source>
        <translation>The agenda cannot be shown right now.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>Nothing on the agenda.</source>
        <translation>Nothing on the agenda.</translation>
    </message>
    <message>
        <source>{metres} m away</source>
        <translation>{metres} m away</translation>
    </message>
    <message>
        <source>Top-up points cannot be shown right now.</source>
        <translation>Top-up points cannot be shown right now.</translation>
    </message>
    <message>
        <source>{metres} m, {minutes} min walk</source>
        <translation>{metres} m, {minutes} min walk</translation>
    </message>
    <message>
        <source>Change address</source>
        <translation>Change address</translation>
    </message>
    <message>
        <source>Map: ★ the address · ■ bus stops (1, 2, 3) · ● events (A, B, C) · ▲ top-up points. North is up.</source>
        <translation>Map: ★ the address · ■ bus stops (1, 2, 3) · ● events (A, B, C) · ▲ top-up points. North is up.</translation>
    </message>
    <message>
        <source>Scan to see this place on your phone.</source>
        <translation>Scan to see this place on your phone.</translation>
    </message>
    <message>
        <source>Next buses</source>
        <translation>Next buses</translation>
    </message>
    <message>
        <source>What&apos;s on nearby</source>
        <translation>What&apos;s on nearby</translation>
    </message>
    <message>
        <source>Citizen Card top-up points</source>
        <translation>Citizen Card top-up points</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Santander, your city</source>
        <translation>Santander, your city</translation>
    </message>
    <message>
        <source>Touch the screen to start</source>
        <translation>Touch the screen to start</translation>
    </message>
</context>
<context>
    <name>CensusScreen</name>
    <message>
        <source>Just me</source>
        <translation>Just me</translation>
    </message>
    <message>
        <source>Your own registration at your address.</source>
        <translation>Your own registration at your address.</translation>
    </message>
    <message>
        <source>Everyone at my address</source>
        <translation>Everyone at my address</translation>
    </message>
    <message>
        <source>The people registered at your address who agreed to appear.</source>
        <translation>The people registered at your address who agreed to appear.</translation>
    </message>
    <message>
        <source>My address history</source>
        <translation>My address history</translation>
    </message>
    <message>
        <source>Every address where you have been registered in Santander.</source>
        <translation>Every address where you have been registered in Santander.</translation>
    </message>
    <message>
        <source>Which certificate do you need? It is free and usually accepted for three months.</source>
        <translation>Which certificate do you need? It is free and usually accepted for three months.</translation>
    </message>
    <message>
        <source>Census certificate: {kind}</source>
        <translation>Census certificate: {kind}</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Holder</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>District and section</source>
        <translation>District and section</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>and 1 more person</source>
        <translation>and 1 more person</translation>
    </message>
    <message>
        <source>and {count} more people</source>
        <translation>and {count} more people</translation>
    </message>
    <message>
        <source>People at this address: {names}</source>
        <translation>People at this address: {names}</translation>
    </message>
    <message>
        <source>Verification code (CSV): {csv}</source>
        <translation>Verification code (CSV): {csv}</translation>
    </message>
    <message>
        <source>Scan the QR code with your phone to open and keep the document. Anyone can check it on the city&apos;s e-office with the verification code.</source>
        <translation>Scan the QR code with your phone to open and keep the document. Anyone can check it on the city&apos;s e-office with the verification code.</translation>
    </message>
    <message>
        <source>Get certificate</source>
        <translation>Get certificate</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
</context>
<context>
    <name>CitizenCard</name>
    <message>
        <source>We could not read a card. Place your Citizen Card flat on the reader below the screen and keep it there.</source>
        <translation>We could not read a card. Place your Citizen Card flat on the reader below the screen and keep it there.</translation>
    </message>
    <message>
        <source>This card is not a Citizen Card of Santander.</source>
        <translation>This card is not a Citizen Card of Santander.</translation>
    </message>
    <message>
        <source>The card could not be read. Try again, or ask at any Citizen Service Office.</source>
        <translation>The card could not be read. Try again, or ask at any Citizen Service Office.</translation>
    </message>
    <message>
        <source>With this top-up the card would hold more than its maximum. Choose a smaller amount.</source>
        <translation>With this top-up the card would hold more than its maximum. Choose a smaller amount.</translation>
    </message>
    <message>
        <source>Choose an amount within the limits shown.</source>
        <translation>Choose an amount within the limits shown.</translation>
    </message>
    <message>
        <source>The card reader is not working right now.</source>
        <translation>The card reader is not working right now.</translation>
    </message>
    <message>
        <source>{amount} loaded. Your balance is now {balance}.</source>
        <translation>{amount} loaded. Your balance is now {balance}.</translation>
    </message>
    <message>
        <source>{amount} is on your card. The city&apos;s records will be updated shortly.</source>
        <translation>{amount} is on your card. The city&apos;s records will be updated shortly.</translation>
    </message>
    <message>
        <source>Your bank card has been charged {amount}, but the Citizen Card left the reader. Place it on the reader again to load it; it will also load at your next tap at any kiosk.</source>
        <translation>Your bank card has been charged {amount}, but the Citizen Card left the reader. Place it on the reader again to load it; it will also load at your next tap at any kiosk.</translation>
    </message>
    <message>
        <source>The card left the reader while it was being loaded. Place it on the reader again to finish. You will not be charged twice.</source>
        <translation>The card left the reader while it was being loaded. Place it on the reader again to finish. You will not be charged twice.</translation>
    </message>
    <message>
        <source>The bank card was declined. Nothing has been charged.</source>
        <translation>The bank card was declined. Nothing has been charged.</translation>
    </message>
    <message>
        <source>The payment did not go through. Nothing has been charged.</source>
        <translation>The payment did not go through. Nothing has been charged.</translation>
    </message>
    <message>
        <source>The top-up could not be loaded, so {amount} has been given back to your bank card.</source>
        <translation>The top-up could not be loaded, so {amount} has been given back to your bank card.</translation>
    </message>
    <message>
        <source>Place your Citizen Card on the reader below the screen.</source>
        <translation>Place your Citizen Card on the reader below the screen.</translation>
    </message>
    <message>
        <source>Balance: {amount}</source>
        <translation>Balance: {amount}</translation>
    </message>
    <message>
        <source>A pending top-up of {amount} has just been loaded.</source>
        <translation>A pending top-up of {amount} has just been loaded.</translation>
    </message>
    <message>
        <source>Pending top-up: {amount}.</source>
        <translation>Pending top-up: {amount}.</translation>
    </message>
    <message>
        <source>Top-up</source>
        <translation>Top-up</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Last movements:</source>
        <translation>Last movements:</translation>
    </message>
    <message>
        <source>No movements yet.</source>
        <translation>No movements yet.</translation>
    </message>
    <message>
        <source>How much do you want to load? You pay by bank card on the terminal.</source>
        <translation>How much do you want to load? You pay by bank card on the terminal.</translation>
    </message>
    <message>
        <source>Load this amount</source>
        <translation>Load this amount</translation>
    </message>
    <message>
        <source>From {low} to {high} at a time; a card holds at most {most}.</source>
        <translation>From {low} to {high} at a time; a card holds at most {most}.</translation>
    </message>
    <message>
        <source>Read my card</source>
        <translation>Read my card</translation>
    </message>
    <message>
        <source>Top up</source>
        <translation>Top up</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
</context>
<context>
    <name>CityData</name>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Offline data (date unknown)</source>
        <translation>Offline data (date unknown)</translation>
    </message>
    <message>
        <source>Offline data from {when}</source>
        <translation>Offline data from {when}</translation>
    </message>
    <message>
        <source>Updated just now</source>
        <translation>Updated just now</translation>
    </message>
    <message>
        <source>Updated {minutes} min ago</source>
        <translation>Updated {minutes} min ago</translation>
    </message>
</context>
<context>
    <name>CityGuideScreen</name>
    <message>
        <source>Search: beach, museum, palace…</source>
        <translation>Search: beach, museum, palace…</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>Search the guide</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Places found: {count}</source>
        <translation>Places found: {count}</translation>
    </message>
    <message>
        <source>Nothing found. Try another word.</source>
        <translation>Nothing found. Try another word.</translation>
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <source>Thank you</source>
        <translation>Thank you</translation>
    </message>
    <message>
        <source>When you leave, everything you entered is erased from this kiosk.</source>
        <translation>When you leave, everything you entered is erased from this kiosk.</translation>
    </message>
    <message>
        <source>Another procedure</source>
        <translation>Another procedure</translation>
    </message>
    <message>
        <source>Finish and erase my data</source>
        <translation>Finish and erase my data</translation>
    </message>
</context>
<context>
    <name>FailurePanel</name>
    <message>
        <source>What you entered is kept. You can try again, use another service, or come back later.</source>
        <translation>What you entered is kept. You can try again, use another service, or come back later.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Other services</source>
        <translation>Other services</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>End session</translation>
    </message>
</context>
<context>
    <name>FinesScreen</name>
    <message>
        <source>Minor offence</source>
        <translation>Minor offence</translation>
    </message>
    <message>
        <source>Serious offence</source>
        <translation>Serious offence</translation>
    </message>
    <message>
        <source>Very serious offence</source>
        <translation>Very serious offence</translation>
    </message>
    <message>
        <source>Enter the number plate, or the file number from the notice you received.</source>
        <translation>Enter the number plate, or the file number from the notice you received.</translation>
    </message>
    <message>
        <source>or</source>
        <translation>or</translation>
    </message>
    <message>
        <source>No fines found for {query}.</source>
        <translation>No fines found for {query}.</translation>
    </message>
    <message>
        <source>Fines for {query}: one pending</source>
        <translation>Fines for {query}: one pending</translation>
    </message>
    <message>
        <source>Fines for {query}: {count} pending</source>
        <translation>Fines for {query}: {count} pending</translation>
    </message>
    <message>
        <source>{offence}. {place}, {when}. Officer {officer}.</source>
        <translation>{offence}. {place}, {when}. Officer {officer}.</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>To pay: {reduced} instead of {full}</source>
        <translation>To pay: {reduced} instead of {full}</translation>
    </message>
    <message>
        <source>50 % reduction if paid by {date}. Paying early closes the case: you give up the right to make representations.</source>
        <translation>50 % reduction if paid by {date}. Paying early closes the case: you give up the right to make representations.</translation>
    </message>
    <message>
        <source>To pay: {amount}</source>
        <translation>To pay: {amount}</translation>
    </message>
    <message>
        <source>This fine has no early-payment reduction.</source>
        <translation>This fine has no early-payment reduction.</translation>
    </message>
    <message>
        <source>The early-payment period ended on {date}.</source>
        <translation>The early-payment period ended on {date}.</translation>
    </message>
    <message>
        <source>Pay {amount} by card</source>
        <translation>Pay {amount} by card</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>fine {file}</source>
        <translation>fine {file}</translation>
    </message>
</context>
<context>
    <name>GoodTime</name>
    <message>
        <source>Quiet</source>
        <translation>Quiet</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Busy</translation>
    </message>
    <message>
        <source>Very busy</source>
        <translation>Very busy</translation>
    </message>
    <message>
        <source>Opens today at {time}</source>
        <translation>Opens today at {time}</translation>
    </message>
    <message>
        <source>Opens tomorrow at {time}</source>
        <translation>Opens tomorrow at {time}</translation>
    </message>
    <message>
        <source>Opens on {day} at {time}</source>
        <translation>Opens on {day} at {time}</translation>
    </message>
    <message>
        <source>Closed now</source>
        <translation>Closed now</translation>
    </message>
    <message>
        <source>No live count right now</source>
        <translation>No live count right now</translation>
    </message>
    <message>
        <source>Now: {count} people of {capacity} ({percent} %) · {level}</source>
        <translation>Now: {count} people of {capacity} ({percent} %) · {level}</translation>
    </message>
    <message>
        <source>Today&apos;s curve</source>
        <translation>Today&apos;s curve</translation>
    </message>
    <message>
        <source>People counters in municipal buildings count people, never record images. Touch a building to see today&apos;s curve.</source>
        <translation>People counters in municipal buildings count people, never record images. Touch a building to see today&apos;s curve.</translation>
    </message>
    <message>
        <source>The usual curve cannot be shown right now.</source>
        <translation>The usual curve cannot be shown right now.</translation>
    </message>
    <message>
        <source>It is closed all day today.</source>
        <translation>It is closed all day today.</translation>
    </message>
    <message>
        <source>It is closed for the rest of today.</source>
        <translation>It is closed for the rest of today.</translation>
    </message>
    <message>
        <source>Best time to go today: {start}–{end} (usually about {count} people)</source>
        <translation>Best time to go today: {start}–{end} (usually about {count} people)</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Time of day</translation>
    </message>
    <message>
        <source>People inside</source>
        <translation>People inside</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Usual for this weekday</source>
        <translation>Usual for this weekday</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>Solid line with dots: today so far. Dashed line: a usual day like today. Dotted line: the building&apos;s capacity.</source>
        <translation>Solid line with dots: today so far. Dashed line: a usual day like today. Dotted line: the building&apos;s capacity.</translation>
    </message>
</context>
<context>
    <name>HaveYourSay</name>
    <message>
        <source>Very hard</source>
        <translation>Very hard</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Hard</translation>
    </message>
    <message>
        <source>Neither</source>
        <translation>Neither</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Easy</translation>
    </message>
    <message>
        <source>Very easy</source>
        <translation>Very easy</translation>
    </message>
    <message>
        <source>Open until {date}</source>
        <translation>Open until {date}</translation>
    </message>
    <message>
        <source>Answered, thank you</source>
        <translation>Answered, thank you</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Your answers are anonymous: nobody can know who answered. You can answer each question once per visit.</source>
        <translation>Your answers are anonymous: nobody can know who answered. You can answer each question once per visit.</translation>
    </message>
    <message>
        <source>Choose an answer first.</source>
        <translation>Choose an answer first.</translation>
    </message>
    <message>
        <source>Touch a face first.</source>
        <translation>Touch a face first.</translation>
    </message>
    <message>
        <source>Anything to add? (optional)</source>
        <translation>Anything to add? (optional)</translation>
    </message>
    <message>
        <source>Please do not write your name, ID or phone number: they would be removed.</source>
        <translation>Please do not write your name, ID or phone number: they would be removed.</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Thank you!</translation>
    </message>
    <message>
        <source>Your answer has been recorded.</source>
        <translation>Your answer has been recorded.</translation>
    </message>
    <message>
        <source>The city&apos;s participation service cannot be reached right now. Your answer is saved on this kiosk and will be sent as soon as it can.</source>
        <translation>The city&apos;s participation service cannot be reached right now. Your answer is saved on this kiosk and will be sent as soon as it can.</translation>
    </message>
    <message>
        <source>This question has just closed, so your answer could not be counted.</source>
        <translation>This question has just closed, so your answer could not be counted.</translation>
    </message>
    <message>
        <source>There are no open questions right now.</source>
        <translation>There are no open questions right now.</translation>
    </message>
    <message>
        <source>The city&apos;s polls cannot be loaded right now. You can still tell us about this kiosk.</source>
        <translation>The city&apos;s polls cannot be loaded right now. You can still tell us about this kiosk.</translation>
    </message>
    <message>
        <source>Send my answer</source>
        <translation>Send my answer</translation>
    </message>
    <message>
        <source>Other questions</source>
        <translation>Other questions</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>What would you like to do?</source>
        <translation>What would you like to do?</translation>
    </message>
    <message>
        <source>Choose a service. You can change the language at any time.</source>
        <translation>Choose a service. You can change the language at any time.</translation>
    </message>
</context>
<context>
    <name>Identification</name>
    <message>
        <source>We could not read a card. Place it flat on the reader and keep it there, then press Confirm.</source>
        <translation>We could not read a card. Place it flat on the reader and keep it there, then press Confirm.</translation>
    </message>
    <message>
        <source>This card is not a Citizen Card of Santander.</source>
        <translation>This card is not a Citizen Card of Santander.</translation>
    </message>
    <message>
        <source>The card could not be read. You can identify with your DNI or NIE instead.</source>
        <translation>The card could not be read. You can identify with your DNI or NIE instead.</translation>
    </message>
    <message>
        <source>This card has expired. You can identify with your DNI or NIE instead.</source>
        <translation>This card has expired. You can identify with your DNI or NIE instead.</translation>
    </message>
    <message>
        <source>The card reader is not working right now. You can identify with your DNI or NIE.</source>
        <translation>The card reader is not working right now. You can identify with your DNI or NIE.</translation>
    </message>
    <message>
        <source>To continue, identify yourself. We will send a one-time code to the mobile phone registered with the city.</source>
        <translation>To continue, identify yourself. We will send a one-time code to the mobile phone registered with the city.</translation>
    </message>
    <message>
        <source>Use my Citizen Card and its PIN instead</source>
        <translation>Use my Citizen Card and its PIN instead</translation>
    </message>
    <message>
        <source>Place your Citizen Card on the reader below the screen and enter its PIN.</source>
        <translation>Place your Citizen Card on the reader below the screen and enter its PIN.</translation>
    </message>
    <message>
        <source>Enter the 6-digit code sent to {phone}.</source>
        <translation>Enter the 6-digit code sent to {phone}.</translation>
    </message>
    <message>
        <source>Send me a code</source>
        <translation>Send me a code</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>The PIN is not correct. Attempts left: {count}</source>
        <translation>The PIN is not correct. Attempts left: {count}</translation>
    </message>
    <message>
        <source>The code is not correct. Attempts left: {count}</source>
        <translation>The code is not correct. Attempts left: {count}</translation>
    </message>
    <message>
        <source>For your security, identification with this document is locked for {minutes} minutes. You can use services that need no identification meanwhile.</source>
        <translation>For your security, identification with this document is locked for {minutes} minutes. You can use services that need no identification meanwhile.</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translation>Are you still there?</translation>
    </message>
    <message>
        <source>Yes, continue</source>
        <translation>Yes, continue</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>End session</translation>
    </message>
    <message>
        <source>The session closes in {seconds} s and your data will be erased.</source>
        <translation>The session closes in {seconds} s and your data will be erased.</translation>
    </message>
</context>
<context>
    <name>MaintenanceScreen</name>
    <message>
        <source>Run out of paper</source>
        <translation>Run out of paper</translation>
    </message>
    <message>
        <source>Open its cover</source>
        <translation>Open its cover</translation>
    </message>
    <message>
        <source>Work normally</source>
        <translation>Work normally</translation>
    </message>
    <message>
        <source>is declined</source>
        <translation>is declined</translation>
    </message>
    <message>
        <source>is cancelled</source>
        <translation>is cancelled</translation>
    </message>
    <message>
        <source>times out</source>
        <translation>times out</translation>
    </message>
    <message>
        <source>Place the card on the reader</source>
        <translation>Place the card on the reader</translation>
    </message>
    <message>
        <source>Take the card away</source>
        <translation>Take the card away</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>Self-test</source>
        <translation>Self-test</translation>
    </message>
    <message>
        <source>Restart the app</source>
        <translation>Restart the app</translation>
    </message>
    <message>
        <source>Quit to desktop</source>
        <translation>Quit to desktop</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>The printer is the built-in emulator. Make it:</source>
        <translation>The printer is the built-in emulator. Make it:</translation>
    </message>
    <message>
        <source>The payment terminal is the simulator. Its next payment:</source>
        <translation>The payment terminal is the simulator. Its next payment:</translation>
    </message>
    <message>
        <source>The card reader holds the emulated demo Citizen Card:</source>
        <translation>The card reader holds the emulated demo Citizen Card:</translation>
    </message>
    <message>
        <source>Emergency message on this kiosk&apos;s attract screen:</source>
        <translation>Emergency message on this kiosk&apos;s attract screen:</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Show the message</source>
        <translation>Show the message</translation>
    </message>
    <message>
        <source>Clear the message</source>
        <translation>Clear the message</translation>
    </message>
    <message>
        <source>Self-test failed: {error}</source>
        <translation>Self-test failed: {error}</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>passed</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FAILED</translation>
    </message>
    <message>
        <source>Failed print jobs: {count}</source>
        <translation>Failed print jobs: {count}</translation>
    </message>
    <message>
        <source>Reprint (marked duplicate)</source>
        <translation>Reprint (marked duplicate)</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>Reprint</translation>
    </message>
    <message>
        <source>Blocked escape attempts: {summary}</source>
        <translation>Blocked escape attempts: {summary}</translation>
    </message>
</context>
<context>
    <name>MyDistrict</name>
    <message>
        <source>Schools</source>
        <translation>Schools</translation>
    </message>
    <message>
        <source>Health centres</source>
        <translation>Health centres</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Libraries</translation>
    </message>
    <message>
        <source>Sports centres</source>
        <translation>Sports centres</translation>
    </message>
    <message>
        <source>Parks</source>
        <translation>Parks</translation>
    </message>
    <message>
        <source>Bus stops</source>
        <translation>Bus stops</translation>
    </message>
    <message>
        <source>My registered address</source>
        <translation>My registered address</translation>
    </message>
    <message>
        <source>your registered address</source>
        <translation>your registered address</translation>
    </message>
    <message>
        <source>The district of this address is not known.</source>
        <translation>The district of this address is not known.</translation>
    </message>
    <message>
        <source>{district} ({neighbourhoods}), for {place}</source>
        <translation>{district} ({neighbourhoods}), for {place}</translation>
    </message>
    <message>
        <source>Sample figures: they are synthetic, made for this demonstration, not official statistics. Only the city total is real.</source>
        <translation>Sample figures: they are synthetic, made for this demonstration, not official statistics. Only the city total is real.</translation>
    </message>
    <message>
        <source>Inhabitants</source>
        <translation>Inhabitants</translation>
    </message>
    <message>
        <source>Share of the city</source>
        <translation>Share of the city</translation>
    </message>
    <message>
        <source>Inhabitants per km²</source>
        <translation>Inhabitants per km²</translation>
    </message>
    <message>
        <source>Change since {year}</source>
        <translation>Change since {year}</translation>
    </message>
    <message>
        <source>Aged 65 or over</source>
        <translation>Aged 65 or over</translation>
    </message>
    <message>
        <source>Inhabitants by age</source>
        <translation>Inhabitants by age</translation>
    </message>
    <message>
        <source>Age (years)</source>
        <translation>Age (years)</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Men</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Women</translation>
    </message>
    <message>
        <source>Inhabitants on 1 January of each year</source>
        <translation>Inhabitants on 1 January of each year</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Services in the district</source>
        <translation>Services in the district</translation>
    </message>
    <message>
        <source>Places of interest nearby</source>
        <translation>Places of interest nearby</translation>
    </message>
    <message>
        <source>Places of interest near this kiosk</source>
        <translation>Places of interest near this kiosk</translation>
    </message>
    <message>
        <source>{name} ({kind}) · {metres} m, {minutes} min walk</source>
        <translation>{name} ({kind}) · {metres} m, {minutes} min walk</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>Acute accent</source>
        <translation>Acute accent</translation>
    </message>
    <message>
        <source>Diaeresis</source>
        <translation>Diaeresis</translation>
    </message>
    <message>
        <source>Numbers and symbols</source>
        <translation>Numbers and symbols</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Letters</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>PaymentFlow</name>
    <message>
        <source>The card reader is not working right now. Nothing was taken. You can pay by bank card.</source>
        <translation>The card reader is not working right now. Nothing was taken. You can pay by bank card.</translation>
    </message>
    <message>
        <source>Payment complete. Receipt number {receipt}.</source>
        <translation>Payment complete. Receipt number {receipt}.</translation>
    </message>
    <message>
        <source>The card was declined. Nothing has been charged. You can try another card.</source>
        <translation>The card was declined. Nothing has been charged. You can try another card.</translation>
    </message>
    <message>
        <source>The payment was cancelled at the terminal. Nothing has been charged.</source>
        <translation>The payment was cancelled at the terminal. Nothing has been charged.</translation>
    </message>
    <message>
        <source>The card terminal is not working right now. Nothing has been charged.</source>
        <translation>The card terminal is not working right now. Nothing has been charged.</translation>
    </message>
    <message>
        <source>The card terminal is busy. Nothing has been charged. Try again in a moment.</source>
        <translation>The card terminal is busy. Nothing has been charged. Try again in a moment.</translation>
    </message>
    <message>
        <source>Nothing has been charged.</source>
        <translation>Nothing has been charged.</translation>
    </message>
    <message>
        <source>We are checking with the card terminal whether the payment went through. You will not be charged twice. Reference {reference}.</source>
        <translation>We are checking with the card terminal whether the payment went through. You will not be charged twice. Reference {reference}.</translation>
    </message>
    <message>
        <source>Your card has been charged. The city services will confirm the payment as soon as they answer; you do not need to pay again. Reference {reference}.</source>
        <translation>Your card has been charged. The city services will confirm the payment as soon as they answer; you do not need to pay again. Reference {reference}.</translation>
    </message>
    <message>
        <source>This had already been paid, so the amount has been refunded to your card.</source>
        <translation>This had already been paid, so the amount has been refunded to your card.</translation>
    </message>
    <message>
        <source>The amount due had changed, so the amount has been refunded to your card. Please check the new amount.</source>
        <translation>The amount due had changed, so the amount has been refunded to your card. Please check the new amount.</translation>
    </message>
    <message>
        <source>The city services did not accept the payment, so it has been refunded to your card.</source>
        <translation>The city services did not accept the payment, so it has been refunded to your card.</translation>
    </message>
    <message>
        <source>The city services did not accept the payment. It will be refunded to your card automatically. Reference {reference}.</source>
        <translation>The city services did not accept the payment. It will be refunded to your card automatically. Reference {reference}.</translation>
    </message>
    <message>
        <source>Paid from your Citizen Card. Receipt number {receipt}. Card balance: {balance}.</source>
        <translation>Paid from your Citizen Card. Receipt number {receipt}. Card balance: {balance}.</translation>
    </message>
    <message>
        <source>Paid from your Citizen Card. The city services will confirm the payment as soon as they answer; you do not need to pay again.</source>
        <translation>Paid from your Citizen Card. The city services will confirm the payment as soon as they answer; you do not need to pay again.</translation>
    </message>
    <message>
        <source>The card left the reader during the payment. Place it on the reader again and press Try again: you will not pay twice.</source>
        <translation>The card left the reader during the payment. Place it on the reader again and press Try again: you will not pay twice.</translation>
    </message>
    <message>
        <source>Nothing was taken from your card.</source>
        <translation>Nothing was taken from your card.</translation>
    </message>
    <message>
        <source>The city services did not accept the payment. The amount goes back onto your card the next time you place it on a reader.</source>
        <translation>The city services did not accept the payment. The amount goes back onto your card the next time you place it on a reader.</translation>
    </message>
    <message>
        <source>There is not enough money on the card. Nothing was taken. You can top it up or pay by bank card.</source>
        <translation>There is not enough money on the card. Nothing was taken. You can top it up or pay by bank card.</translation>
    </message>
    <message>
        <source>Place your Citizen Card on the reader below the screen, then press Try again.</source>
        <translation>Place your Citizen Card on the reader below the screen, then press Try again.</translation>
    </message>
    <message>
        <source>This card is not a Citizen Card of Santander.</source>
        <translation>This card is not a Citizen Card of Santander.</translation>
    </message>
    <message>
        <source>The card could not be read. Nothing was taken. Try again, or pay by bank card.</source>
        <translation>The card could not be read. Nothing was taken. Try again, or pay by bank card.</translation>
    </message>
    <message>
        <source>You are paying {amount} for {what}.</source>
        <translation>You are paying {amount} for {what}.</translation>
    </message>
    <message>
        <source>Pay {amount} from my Citizen Card</source>
        <translation>Pay {amount} from my Citizen Card</translation>
    </message>
    <message>
        <source>Pay by bank card on the terminal under the screen and follow its instructions. The payment is recorded with the city at once.</source>
        <translation>Pay by bank card on the terminal under the screen and follow its instructions. The payment is recorded with the city at once.</translation>
    </message>
    <message>
        <source>Pay {amount}</source>
        <translation>Pay {amount}</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Citizen Card e-wallet</source>
        <translation>Citizen Card e-wallet</translation>
    </message>
    <message>
        <source>Bank card {card}</source>
        <translation>Bank card {card}</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <source>Technician access</source>
        <translation>Technician access</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Too many attempts. Try again in {seconds} s.</source>
        <translation>Too many attempts. Try again in {seconds} s.</translation>
    </message>
    <message>
        <source>Wrong PIN. Attempts left: {count}</source>
        <translation>Wrong PIN. Attempts left: {count}</translation>
    </message>
    <message>
        <source>The PIN could not be checked. Try again.</source>
        <translation>The PIN could not be checked. Try again.</translation>
    </message>
</context>
<context>
    <name>PrintPanel</name>
    <message>
        <source>Print the certificate</source>
        <translation>Print the certificate</translation>
    </message>
    <message>
        <source>You can also scan the QR code to keep the document, or note its verification code {csv}.</source>
        <translation>You can also scan the QR code to keep the document, or note its verification code {csv}.</translation>
    </message>
    <message>
        <source>Print the receipt</source>
        <translation>Print the receipt</translation>
    </message>
    <message>
        <source>The receipt number {number} on the screen is your proof of payment: please note it.</source>
        <translation>The receipt number {number} on the screen is your proof of payment: please note it.</translation>
    </message>
    <message>
        <source>Printing… please wait.</source>
        <translation>Printing… please wait.</translation>
    </message>
    <message>
        <source>Printed. Please take your document from the tray under the screen.</source>
        <translation>Printed. Please take your document from the tray under the screen.</translation>
    </message>
    <message>
        <source>Printing is not available on this kiosk.</source>
        <translation>Printing is not available on this kiosk.</translation>
    </message>
    <message>
        <source>{problem}. {alternative}</source>
        <translation>{problem}. {alternative}</translation>
    </message>
    <message>
        <source>You can print it here.</source>
        <translation>You can print it here.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>See it on paper</source>
        <translation>See it on paper</translation>
    </message>
    <message>
        <source>The document could not be printed. {alternative}</source>
        <translation>The document could not be printed. {alternative}</translation>
    </message>
    <message>
        <source>{problem}. Part of the document may have come out: please take it. If you try again, the new copy is marked as a duplicate.</source>
        <translation>{problem}. Part of the document may have come out: please take it. If you try again, the new copy is marked as a duplicate.</translation>
    </message>
    <message>
        <source>{problem}. Nothing was printed.</source>
        <translation>{problem}. Nothing was printed.</translation>
    </message>
    <message>
        <source>This is how your document will be printed.</source>
        <translation>This is how your document will be printed.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Your entry number {number} on the screen is your proof: please note it.</source>
        <translation>Your entry number {number} on the screen is your proof: please note it.</translation>
    </message>
    <message>
        <source>Print the statement</source>
        <translation>Print the statement</translation>
    </message>
    <message>
        <source>The receipts above stay on the screen until you finish.</source>
        <translation>The receipts above stay on the screen until you finish.</translation>
    </message>
</context>
<context>
    <name>ProcedureScreen</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Other services</source>
        <translation>Other services</translation>
    </message>
    <message>
        <source>Please wait…</source>
        <translation>Please wait…</translation>
    </message>
</context>
<context>
    <name>RegisterScreen</name>
    <message>
        <source>Licence or permit</source>
        <translation>Licence or permit</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>Report an incident in the street</source>
        <translation>Report an incident in the street</translation>
    </message>
    <message>
        <source>What kind of request is it?</source>
        <translation>What kind of request is it?</translation>
    </message>
    <message>
        <source>Choose the kind of request.</source>
        <translation>Choose the kind of request.</translation>
    </message>
    <message>
        <source>Check your request before sending it.</source>
        <translation>Check your request before sending it.</translation>
    </message>
    <message>
        <source>Entry number {number}</source>
        <translation>Entry number {number}</translation>
    </message>
    <message>
        <source>Registered on {when}. Keep this number to follow your request.</source>
        <translation>Registered on {when}. Keep this number to follow your request.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
</context>
<context>
    <name>TaxesScreen</name>
    <message>
        <source>5 % enforcement surcharge (recargo ejecutivo)</source>
        <translation>5 % enforcement surcharge (recargo ejecutivo)</translation>
    </message>
    <message>
        <source>10 % reduced enforcement surcharge (apremio reducido)</source>
        <translation>10 % reduced enforcement surcharge (apremio reducido)</translation>
    </message>
    <message>
        <source>20 % enforcement surcharge plus interest (apremio ordinario)</source>
        <translation>20 % enforcement surcharge plus interest (apremio ordinario)</translation>
    </message>
    <message>
        <source>{name}, you have one pending receipt: {total}.</source>
        <translation>{name}, you have one pending receipt: {total}.</translation>
    </message>
    <message>
        <source>{name}, you have {count} pending receipts: {total} in all.</source>
        <translation>{name}, you have {count} pending receipts: {total} in all.</translation>
    </message>
    <message>
        <source>{name}, you have no pending receipts.</source>
        <translation>{name}, you have no pending receipts.</translation>
    </message>
    <message>
        <source>Pay {amount} by card</source>
        <translation>Pay {amount} by card</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Due: {amount}</source>
        <translation>Due: {amount}</translation>
    </message>
    <message>
        <source>The voluntary period ended on {date}. {surcharge}.</source>
        <translation>The voluntary period ended on {date}. {surcharge}.</translation>
    </message>
    <message>
        <source>Pay by {date} with no surcharge.</source>
        <translation>Pay by {date} with no surcharge.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Accessibility</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>End session</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <source>DUPLICATE — reprint</source>
        <translation>DUPLICATE — reprint</translation>
    </message>
    <message>
        <source>Translation for your information: this is a census certificate of the City of Santander. The Spanish text above is the official document. Anyone can check it on the city&apos;s e-office with the verification code (CSV) or the QR code.</source>
        <translation>Translation for your information: this is a census certificate of the City of Santander. The Spanish text above is the official document. Anyone can check it on the city&apos;s e-office with the verification code (CSV) or the QR code.</translation>
    </message>
    <message>
        <source>General register</source>
        <translation>General register</translation>
    </message>
    <message>
        <source>Registration receipt</source>
        <translation>Registration receipt</translation>
    </message>
    <message>
        <source>Entry number</source>
        <translation>Entry number</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Registered on</translation>
    </message>
    <message>
        <source>Type of request</source>
        <translation>Type of request</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Keep this receipt. The entry number identifies your request in any later contact with the City Council.</source>
        <translation>Keep this receipt. The entry number identifies your request in any later contact with the City Council.</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Receipt number</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <source>Paid with</source>
        <translation>Paid with</translation>
    </message>
    <message>
        <source>Authorisation</source>
        <translation>Authorisation</translation>
    </message>
    <message>
        <source>Municipal revenue office</source>
        <translation>Municipal revenue office</translation>
    </message>
    <message>
        <source>Payment receipt</source>
        <translation>Payment receipt</translation>
    </message>
    <message>
        <source>Concept</source>
        <translation>Concept</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Total paid</source>
        <translation>Total paid</translation>
    </message>
    <message>
        <source>Keep this receipt as proof of payment.</source>
        <translation>Keep this receipt as proof of payment.</translation>
    </message>
    <message>
        <source>Traffic fine {file} ({plate})</source>
        <translation>Traffic fine {file} ({plate})</translation>
    </message>
    <message>
        <source>Statement of municipal taxes</source>
        <translation>Statement of municipal taxes</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Due by</translation>
    </message>
    <message>
        <source>Total pending</source>
        <translation>Total pending</translation>
    </message>
    <message>
        <source>Receipts paid after their voluntary period carry a surcharge of 5 %, 10 % or 20 %, depending on when they are paid.</source>
        <translation>Receipts paid after their voluntary period carry a surcharge of 5 %, 10 % or 20 %, depending on when they are paid.</translation>
    </message>
    <message>
        <source>Already paid: {receipts}</source>
        <translation>Already paid: {receipts}</translation>
    </message>
    <message>
        <source>Citizen Card top-up</source>
        <translation>Citizen Card top-up</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>What is it for? (optional)</source>
        <translation>What is it for? (optional)</translation>
    </message>
    <message>
        <source>For example: school enrolment</source>
        <translation>For example: school enrolment</translation>
    </message>
    <message>
        <source>Number plate</source>
        <translation>Number plate</translation>
    </message>
    <message>
        <source>For example 1234 BCD</source>
        <translation>For example 1234 BCD</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>File number</translation>
    </message>
    <message>
        <source>As printed on the notice</source>
        <translation>As printed on the notice</translation>
    </message>
    <message>
        <source>DNI or NIE</source>
        <translation>DNI or NIE</translation>
    </message>
    <message>
        <source>For example 12345678Z</source>
        <translation>For example 12345678Z</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>DDMMYYYY, for example 17051980</source>
        <translation>DDMMYYYY, for example 17051980</translation>
    </message>
    <message>
        <source>PIN of the card</source>
        <translation>PIN of the card</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Describe your request</source>
        <translation>Describe your request</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>Type part of the name</source>
        <translation>Type part of the name</translation>
    </message>
    <message>
        <source>Street number (optional)</source>
        <translation>Street number (optional)</translation>
    </message>
    <message>
        <source>E-mail for the answer (optional)</source>
        <translation>E-mail for the answer (optional)</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>Phone (optional)</translation>
    </message>
    <message>
        <source>Other amount (whole euros)</source>
        <translation>Other amount (whole euros)</translation>
    </message>
</context>
<context>
    <name>gateway</name>
    <message>
        <source>The city services are not answering right now.</source>
        <translation>The city services are not answering right now.</translation>
    </message>
    <message>
        <source>The city services sent an answer this kiosk cannot read.</source>
        <translation>The city services sent an answer this kiosk cannot read.</translation>
    </message>
    <message>
        <source>Something went wrong with the city services.</source>
        <translation>Something went wrong with the city services.</translation>
    </message>
    <message>
        <source>Some of the information is not valid.</source>
        <translation>Some of the information is not valid.</translation>
    </message>
    <message>
        <source>This kiosk is not authorised by the city services.</source>
        <translation>This kiosk is not authorised by the city services.</translation>
    </message>
    <message>
        <source>Your identification has expired. Please identify again.</source>
        <translation>Your identification has expired. Please identify again.</translation>
    </message>
    <message>
        <source>Nothing was found with that information.</source>
        <translation>Nothing was found with that information.</translation>
    </message>
    <message>
        <source>Too many failed attempts. Identification is locked for a while.</source>
        <translation>Too many failed attempts. Identification is locked for a while.</translation>
    </message>
    <message>
        <source>The code is not correct.</source>
        <translation>The code is not correct.</translation>
    </message>
    <message>
        <source>This request was already made with different data.</source>
        <translation>This request was already made with different data.</translation>
    </message>
    <message>
        <source>This has already been paid.</source>
        <translation>This has already been paid.</translation>
    </message>
    <message>
        <source>The amount due has changed. Please check it again.</source>
        <translation>The amount due has changed. Please check it again.</translation>
    </message>
    <message>
        <source>The city services had an internal problem.</source>
        <translation>The city services had an internal problem.</translation>
    </message>
</context>
<context>
    <name>services</name>
    <message>
        <source>City guide</source>
        <translation>City guide</translation>
    </message>
    <message>
        <source>Landmarks, museums and beaches of Santander</source>
        <translation>Landmarks, museums and beaches of Santander</translation>
    </message>
    <message>
        <source>Census certificate</source>
        <translation>Census certificate</translation>
    </message>
    <message>
        <source>Proof of where you live (volante de empadronamiento)</source>
        <translation>Proof of where you live (volante de empadronamiento)</translation>
    </message>
    <message>
        <source>you can take the verification code or a QR code instead of paper</source>
        <translation>you can take the verification code or a QR code instead of paper</translation>
    </message>
    <message>
        <source>Traffic fines</source>
        <translation>Traffic fines</translation>
    </message>
    <message>
        <source>Look up a fine by plate and see what you owe</source>
        <translation>Look up a fine by plate and see what you owe</translation>
    </message>
    <message>
        <source>Requests and complaints</source>
        <translation>Requests and complaints</translation>
    </message>
    <message>
        <source>File a request, complaint, suggestion or incident</source>
        <translation>File a request, complaint, suggestion or incident</translation>
    </message>
    <message>
        <source>Pending taxes</source>
        <translation>Pending taxes</translation>
    </message>
    <message>
        <source>Property, vehicle and other municipal receipts</source>
        <translation>Property, vehicle and other municipal receipts</translation>
    </message>
    <message>
        <source>Citizen Card</source>
        <translation>Citizen Card</translation>
    </message>
    <message>
        <source>Balance, last trips and top-up</source>
        <translation>Balance, last trips and top-up</translation>
    </message>
    <message>
        <source>Around an address</source>
        <translation>Around an address</translation>
    </message>
    <message>
        <source>Next buses, what&apos;s on and top-up points nearby</source>
        <translation>Next buses, what&apos;s on and top-up points nearby</translation>
    </message>
    <message>
        <source>Is it a good time to visit?</source>
        <translation>Is it a good time to visit?</translation>
    </message>
    <message>
        <source>How busy the library, sports centres, markets and town hall are</source>
        <translation>How busy the library, sports centres, markets and town hall are</translation>
    </message>
    <message>
        <source>Have your say</source>
        <translation>Have your say</translation>
    </message>
    <message>
        <source>City polls and a short survey about this kiosk</source>
        <translation>City polls and a short survey about this kiosk</translation>
    </message>
    <message>
        <source>My district</source>
        <translation>My district</translation>
    </message>
    <message>
        <source>Population, ages and services of your district</source>
        <translation>Population, ages and services of your district</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>Printer out of paper</source>
        <translation>Printer out of paper</translation>
    </message>
    <message>
        <source>Printer paper running low</source>
        <translation>Printer paper running low</translation>
    </message>
    <message>
        <source>Printer cover open</source>
        <translation>Printer cover open</translation>
    </message>
    <message>
        <source>Printer not responding</source>
        <translation>Printer not responding</translation>
    </message>
    <message>
        <source>Printer fault</source>
        <translation>Printer fault</translation>
    </message>
    <message>
        <source>Printer status unknown</source>
        <translation>Printer status unknown</translation>
    </message>
    <message>
        <source>Card reader service not running</source>
        <translation>Card reader service not running</translation>
    </message>
    <message>
        <source>Card reader not connected</source>
        <translation>Card reader not connected</translation>
    </message>
    <message>
        <source>Payment terminal not responding</source>
        <translation>Payment terminal not responding</translation>
    </message>
    <message>
        <source>No connection to the city services</source>
        <translation>No connection to the city services</translation>
    </message>
    <message>
        <source>No speech engine installed</source>
        <translation>No speech engine installed</translation>
    </message>
    <message>
        <source>Video player (libvlc) not available: videos are skipped</source>
        <translation>Video player (libvlc) not available: videos are skipped</translation>
    </message>
    <message>
        <source>Storage is read-only</source>
        <translation>Storage is read-only</translation>
    </message>
    <message>
        <source>Storage writable</source>
        <translation>Storage writable</translation>
    </message>
    <message>
        <source>Turned off in the configuration</source>
        <translation>Turned off in the configuration</translation>
    </message>
    <message>
        <source>Device not found</source>
        <translation>Device not found</translation>
    </message>
    <message>
        <source>Device not connected</source>
        <translation>Device not connected</translation>
    </message>
    <message>
        <source>Device not responding</source>
        <translation>Device not responding</translation>
    </message>
    <message>
        <source>Device fault</source>
        <translation>Device fault</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Working, with a warning</source>
        <translation>Working, with a warning</translation>
    </message>
    <message>
        <source>Status unknown</source>
        <translation>Status unknown</translation>
    </message>
    <message>
        <source>Not answering</source>
        <translation>Not answering</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Not connected</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Not found</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>Fault</translation>
    </message>
    <message>
        <source>Turned off</source>
        <translation>Turned off</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <source>Enter your DNI or NIE number.</source>
        <translation>Enter your DNI or NIE number.</translation>
    </message>
    <message>
        <source>Enter 8 digits and a letter (DNI) or X, Y or Z, 7 digits and a letter (NIE).</source>
        <translation>Enter 8 digits and a letter (DNI) or X, Y or Z, 7 digits and a letter (NIE).</translation>
    </message>
    <message>
        <source>The letter does not match the number. Check your document.</source>
        <translation>The letter does not match the number. Check your document.</translation>
    </message>
    <message>
        <source>Enter the number plate of the vehicle.</source>
        <translation>Enter the number plate of the vehicle.</translation>
    </message>
    <message>
        <source>Enter 4 digits and 3 letters, for example 1234 BCD.</source>
        <translation>Enter 4 digits and 3 letters, for example 1234 BCD.</translation>
    </message>
    <message>
        <source>Plate letters are consonants only: no vowels, no Ñ and no Q.</source>
        <translation>Plate letters are consonants only: no vowels, no Ñ and no Q.</translation>
    </message>
    <message>
        <source>Enter day, month and year, for example 24061985 or 24/06/1985.</source>
        <translation>Enter day, month and year, for example 24061985 or 24/06/1985.</translation>
    </message>
    <message>
        <source>Enter a date that is not in the future.</source>
        <translation>Enter a date that is not in the future.</translation>
    </message>
    <message>
        <source>Enter a date within the last 120 years.</source>
        <translation>Enter a date within the last 120 years.</translation>
    </message>
    <message>
        <source>Enter an e-mail address such as name@example.com, without spaces.</source>
        <translation>Enter an e-mail address such as name@example.com, without spaces.</translation>
    </message>
    <message>
        <source>Enter a Spanish phone number: 9 digits starting with 6, 7, 8 or 9.</source>
        <translation>Enter a Spanish phone number: 9 digits starting with 6, 7, 8 or 9.</translation>
    </message>
    <message>
        <source>Enter the 6-digit code we sent you.</source>
        <translation>Enter the 6-digit code we sent you.</translation>
    </message>
    <message>
        <source>Enter a PIN of 4 to 8 digits.</source>
        <translation>Enter a PIN of 4 to 8 digits.</translation>
    </message>
    <message>
        <source>Enter an amount in whole euros, for example 15.</source>
        <translation>Enter an amount in whole euros, for example 15.</translation>
    </message>
    <message>
        <source>Enter an amount within the limits shown.</source>
        <translation>Enter an amount within the limits shown.</translation>
    </message>
    <message>
        <source>This field is required. Please fill it in.</source>
        <translation>This field is required. Please fill it in.</translation>
    </message>
    <message>
        <source>This text is too short. Please add a little more detail.</source>
        <translation>This text is too short. Please add a little more detail.</translation>
    </message>
    <message>
        <source>This text is too long. Please shorten it.</source>
        <translation>This text is too long. Please shorten it.</translation>
    </message>
    <message>
        <source>Remove the special characters. Use letters, numbers and punctuation.</source>
        <translation>Remove the special characters. Use letters, numbers and punctuation.</translation>
    </message>
    <message>
        <source>Enter the file number as printed on your notice, for example MUL-2026-000123.</source>
        <translation>Enter the file number as printed on your notice, for example MUL-2026-000123.</translation>
    </message>
</context>
</TS>
