<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AccessibilityPanel</name>
    <message>
        <source>Accessibility</source>
        <translation>Accesibilidad</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Texto más grande</translation>
    </message>
    <message>
        <source>Controls within reach</source>
        <translation>Controles al alcance</translation>
    </message>
    <message>
        <source>Audio guidance</source>
        <translation>Guía por voz</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>AddressStep</name>
    <message>
        <source>Which address?</source>
        <translation>¿Qué dirección?</translation>
    </message>
    <message>
        <source>Here, at this kiosk: {place}</source>
        <translation>Aquí, en este punto: {place}</translation>
    </message>
    <message>
        <source>Or type the name of a street:</source>
        <translation>O escriba el nombre de una calle:</translation>
    </message>
    <message>
        <source>For example: Castilla</source>
        <translation>Por ejemplo: Castilla</translation>
    </message>
    <message>
        <source>Street name</source>
        <translation>Nombre de la calle</translation>
    </message>
    <message>
        <source>Touch your street.</source>
        <translation>Toque su calle.</translation>
    </message>
    <message>
        <source>No street with that name. Check the spelling or type less.</source>
        <translation>Ninguna calle con ese nombre. Revise la ortografía o escriba menos.</translation>
    </message>
</context>
<context>
    <name>AroundScreen</name>
    <message>
        <source>Around this kiosk: {place}</source>
        <translation>Cerca de este punto: {place}</translation>
    </message>
    <message>
        <source>Around {place}</source>
        <translation>Cerca de {place}</translation>
    </message>
    <message>
        <source>Bus stops cannot be shown right now.</source>
        <translation>Las paradas no están disponibles ahora.</translation>
    </message>
    <message>
        <source>Not live: these times are from {time} and may have changed.</source>
        <translation>Sin tiempo real: estos tiempos son de las {time} y pueden haber cambiado.</translation>
    </message>
    <message>
        <source>{number}. Stop {name} · {metres} m, {minutes} min walk</source>
        <translation>{number}. Parada {name} · {metres} m, {minutes} min a pie</translation>
    </message>
    <message>
        <source>No live times right now. Lines that stop here: {lines}</source>
        <translation>Ahora no hay tiempos en directo. Líneas que paran aquí: {lines}</translation>
    </message>
    <message>
        <source>No buses expected soon at this stop.</source>
        <translation>No hay autobuses próximos en esta parada.</translation>
    </message>
    <message>
        <source>arriving</source>
        <translation>llegando</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>Line {line} to {destination}: {first}</source>
        <translation>Línea {line} hacia {destination}: {first}</translation>
    </message>
    <message>
        <source>next in {minutes} min</source>
        <translation>siguiente en {minutes} min</translation>
    </message>
    <message>
        <source>The agenda cannot be shown right now.</source>
        <translation>La agenda no está disponible ahora.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Nothing on the agenda.</source>
        <translation>No hay nada en la agenda.</translation>
    </message>
    <message>
        <source>{metres} m away</source>
        <translation>a {metres} m</translation>
    </message>
    <message>
        <source>Top-up points cannot be shown right now.</source>
        <translation>Los puntos de recarga no están disponibles ahora.</translation>
    </message>
    <message>
        <source>{metres} m, {minutes} min walk</source>
        <translation>{metres} m, {minutes} min a pie</translation>
    </message>
    <message>
        <source>Change address</source>
        <translation>Cambiar dirección</translation>
    </message>
    <message>
        <source>Map: ★ the address · ■ bus stops (1, 2, 3) · ● events (A, B, C) · ▲ top-up points. North is up.</source>
        <translation>Mapa: ★ la dirección · ■ paradas de autobús (1, 2, 3) · ● eventos (A, B, C) · ▲ puntos de recarga. El norte está arriba.</translation>
    </message>
    <message>
        <source>Scan to see this place on your phone.</source>
        <translation>Escanee para ver este lugar en su móvil.</translation>
    </message>
    <message>
        <source>Next buses</source>
        <translation>Próximos autobuses</translation>
    </message>
    <message>
        <source>What&apos;s on nearby</source>
        <translation>Eventos cercanos</translation>
    </message>
    <message>
        <source>Citizen Card top-up points</source>
        <translation>Tarjeta Ciudadana: puntos de recarga</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Santander, your city</source>
        <translation>Santander, tu ciudad</translation>
    </message>
    <message>
        <source>Touch the screen to start</source>
        <translation>Toque la pantalla para empezar</translation>
    </message>
</context>
<context>
    <name>CensusScreen</name>
    <message>
        <source>Just me</source>
        <translation>Solo yo</translation>
    </message>
    <message>
        <source>Your own registration at your address.</source>
        <translation>Su propia inscripción en su domicilio.</translation>
    </message>
    <message>
        <source>Everyone at my address</source>
        <translation>Todas las personas de mi domicilio</translation>
    </message>
    <message>
        <source>The people registered at your address who agreed to appear.</source>
        <translation>Las personas inscritas en su domicilio que han dado su consentimiento.</translation>
    </message>
    <message>
        <source>My address history</source>
        <translation>Mi historial de domicilios</translation>
    </message>
    <message>
        <source>Every address where you have been registered in Santander.</source>
        <translation>Todos los domicilios en los que ha estado empadronado en Santander.</translation>
    </message>
    <message>
        <source>Which certificate do you need? It is free and usually accepted for three months.</source>
        <translation>¿Qué certificado necesita? Es gratuito y suele aceptarse durante tres meses.</translation>
    </message>
    <message>
        <source>Census certificate: {kind}</source>
        <translation>Volante de empadronamiento: {kind}</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Domicilio</translation>
    </message>
    <message>
        <source>District and section</source>
        <translation>Distrito y sección</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Expedido</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Válido hasta</translation>
    </message>
    <message>
        <source>and 1 more person</source>
        <translation>y consta 1 persona más</translation>
    </message>
    <message>
        <source>and {count} more people</source>
        <translation>y constan {count} personas más</translation>
    </message>
    <message>
        <source>People at this address: {names}</source>
        <translation>Personas en este domicilio: {names}</translation>
    </message>
    <message>
        <source>Verification code (CSV): {csv}</source>
        <translation>Código seguro de verificación (CSV): {csv}</translation>
    </message>
    <message>
        <source>Scan the QR code with your phone to open and keep the document. Anyone can check it on the city&apos;s e-office with the verification code.</source>
        <translation>Escanee el código QR con su móvil para abrir y guardar el documento. Cualquiera puede comprobarlo en la sede electrónica con el código de verificación.</translation>
    </message>
    <message>
        <source>Get certificate</source>
        <translation>Obtener certificado</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
</context>
<context>
    <name>CitizenCard</name>
    <message>
        <source>We could not read a card. Place your Citizen Card flat on the reader below the screen and keep it there.</source>
        <translation>No hemos podido leer ninguna tarjeta. Coloque su Tarjeta Ciudadana plana sobre el lector bajo la pantalla y no la retire.</translation>
    </message>
    <message>
        <source>This card is not a Citizen Card of Santander.</source>
        <translation>Esta tarjeta no es una Tarjeta Ciudadana de Santander.</translation>
    </message>
    <message>
        <source>The card could not be read. Try again, or ask at any Citizen Service Office.</source>
        <translation>No se ha podido leer la tarjeta. Inténtelo de nuevo o consulte en cualquier Oficina de Atención Ciudadana.</translation>
    </message>
    <message>
        <source>With this top-up the card would hold more than its maximum. Choose a smaller amount.</source>
        <translation>Con esta recarga la tarjeta superaría su saldo máximo. Elija un importe menor.</translation>
    </message>
    <message>
        <source>Choose an amount within the limits shown.</source>
        <translation>Elija un importe dentro de los límites indicados.</translation>
    </message>
    <message>
        <source>The card reader is not working right now.</source>
        <translation>El lector de tarjetas no funciona en este momento.</translation>
    </message>
    <message>
        <source>{amount} loaded. Your balance is now {balance}.</source>
        <translation>{amount} recargados. Su saldo es ahora de {balance}.</translation>
    </message>
    <message>
        <source>{amount} is on your card. The city&apos;s records will be updated shortly.</source>
        <translation>{amount} ya está en su tarjeta. Los registros municipales se actualizarán en breve.</translation>
    </message>
    <message>
        <source>Your bank card has been charged {amount}, but the Citizen Card left the reader. Place it on the reader again to load it; it will also load at your next tap at any kiosk.</source>
        <translation>Se han cargado {amount} en su tarjeta bancaria, pero la Tarjeta Ciudadana se retiró del lector. Vuelva a colocarla para recargarla; también se recargará la próxima vez que la acerque a cualquier punto.</translation>
    </message>
    <message>
        <source>The card left the reader while it was being loaded. Place it on the reader again to finish. You will not be charged twice.</source>
        <translation>La tarjeta se retiró del lector mientras se recargaba. Vuelva a colocarla para terminar. No se le cobrará dos veces.</translation>
    </message>
    <message>
        <source>The bank card was declined. Nothing has been charged.</source>
        <translation>La tarjeta bancaria ha sido rechazada. No se ha cobrado nada.</translation>
    </message>
    <message>
        <source>The payment did not go through. Nothing has been charged.</source>
        <translation>El pago no se ha completado. No se ha cobrado nada.</translation>
    </message>
    <message>
        <source>The top-up could not be loaded, so {amount} has been given back to your bank card.</source>
        <translation>No se pudo recargar la tarjeta, así que se han devuelto {amount} a su tarjeta bancaria.</translation>
    </message>
    <message>
        <source>Place your Citizen Card on the reader below the screen.</source>
        <translation>Coloque su Tarjeta Ciudadana sobre el lector bajo la pantalla.</translation>
    </message>
    <message>
        <source>Balance: {amount}</source>
        <translation>Saldo: {amount}</translation>
    </message>
    <message>
        <source>A pending top-up of {amount} has just been loaded.</source>
        <translation>Se acaba de cargar una recarga pendiente de {amount}.</translation>
    </message>
    <message>
        <source>Pending top-up: {amount}.</source>
        <translation>Recarga pendiente: {amount}.</translation>
    </message>
    <message>
        <source>Top-up</source>
        <translation>Recarga</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Last movements:</source>
        <translation>Últimos movimientos:</translation>
    </message>
    <message>
        <source>No movements yet.</source>
        <translation>Todavía no hay movimientos.</translation>
    </message>
    <message>
        <source>How much do you want to load? You pay by bank card on the terminal.</source>
        <translation>¿Cuánto quiere recargar? Pagará con tarjeta bancaria en el terminal.</translation>
    </message>
    <message>
        <source>Load this amount</source>
        <translation>Recargar este importe</translation>
    </message>
    <message>
        <source>From {low} to {high} at a time; a card holds at most {most}.</source>
        <translation>De {low} a {high} cada vez; una tarjeta admite como máximo {most}.</translation>
    </message>
    <message>
        <source>Read my card</source>
        <translation>Leer mi tarjeta</translation>
    </message>
    <message>
        <source>Top up</source>
        <translation>Recargar</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
</context>
<context>
    <name>CityData</name>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Offline data (date unknown)</source>
        <translation>Datos sin conexión (fecha desconocida)</translation>
    </message>
    <message>
        <source>Offline data from {when}</source>
        <translation>Datos sin conexión del {when}</translation>
    </message>
    <message>
        <source>Updated just now</source>
        <translation>Actualizado ahora mismo</translation>
    </message>
    <message>
        <source>Updated {minutes} min ago</source>
        <translation>Actualizado hace {minutes} min</translation>
    </message>
</context>
<context>
    <name>CityGuideScreen</name>
    <message>
        <source>Search: beach, museum, palace…</source>
        <translation>Buscar: playa, museo, palacio…</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>Buscar en la guía</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <source>Places found: {count}</source>
        <translation>Lugares encontrados: {count}</translation>
    </message>
    <message>
        <source>Nothing found. Try another word.</source>
        <translation>No se ha encontrado nada. Pruebe con otra palabra.</translation>
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <source>Thank you</source>
        <translation>Gracias</translation>
    </message>
    <message>
        <source>When you leave, everything you entered is erased from this kiosk.</source>
        <translation>Al salir, todo lo que ha introducido se borra de este punto de atención.</translation>
    </message>
    <message>
        <source>Another procedure</source>
        <translation>Otro trámite</translation>
    </message>
    <message>
        <source>Finish and erase my data</source>
        <translation>Terminar y borrar mis datos</translation>
    </message>
</context>
<context>
    <name>FailurePanel</name>
    <message>
        <source>What you entered is kept. You can try again, use another service, or come back later.</source>
        <translation>Lo que ha introducido se conserva. Puede volver a intentarlo, usar otro servicio o volver más tarde.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Other services</source>
        <translation>Otros servicios</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Terminar sesión</translation>
    </message>
</context>
<context>
    <name>FinesScreen</name>
    <message>
        <source>Minor offence</source>
        <translation>Infracción leve</translation>
    </message>
    <message>
        <source>Serious offence</source>
        <translation>Infracción grave</translation>
    </message>
    <message>
        <source>Very serious offence</source>
        <translation>Infracción muy grave</translation>
    </message>
    <message>
        <source>Enter the number plate, or the file number from the notice you received.</source>
        <translation>Introduzca la matrícula o el número de expediente de la notificación que recibió.</translation>
    </message>
    <message>
        <source>or</source>
        <translation>o</translation>
    </message>
    <message>
        <source>No fines found for {query}.</source>
        <translation>No hay multas para {query}.</translation>
    </message>
    <message>
        <source>Fines for {query}: one pending</source>
        <translation>Multas de {query}: 1 pendiente</translation>
    </message>
    <message>
        <source>Fines for {query}: {count} pending</source>
        <translation>Multas de {query}: {count} pendientes</translation>
    </message>
    <message>
        <source>{offence}. {place}, {when}. Officer {officer}.</source>
        <translation>{offence}. {place}, {when}. Agente {officer}.</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagada</translation>
    </message>
    <message>
        <source>To pay: {reduced} instead of {full}</source>
        <translation>A pagar: {reduced} en lugar de {full}</translation>
    </message>
    <message>
        <source>50 % reduction if paid by {date}. Paying early closes the case: you give up the right to make representations.</source>
        <translation>Reducción del 50 % si paga antes del {date}. El pago anticipado cierra el expediente: renuncia a presentar alegaciones.</translation>
    </message>
    <message>
        <source>To pay: {amount}</source>
        <translation>A pagar: {amount}</translation>
    </message>
    <message>
        <source>This fine has no early-payment reduction.</source>
        <translation>Esta multa no tiene reducción por pronto pago.</translation>
    </message>
    <message>
        <source>The early-payment period ended on {date}.</source>
        <translation>El plazo de pronto pago terminó el {date}.</translation>
    </message>
    <message>
        <source>Pay {amount} by card</source>
        <translation>Pagar {amount} con tarjeta</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <source>fine {file}</source>
        <translation>la multa {file}</translation>
    </message>
</context>
<context>
    <name>GoodTime</name>
    <message>
        <source>Quiet</source>
        <translation>Tranquilo</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Concurrido</translation>
    </message>
    <message>
        <source>Very busy</source>
        <translation>Muy concurrido</translation>
    </message>
    <message>
        <source>Opens today at {time}</source>
        <translation>Abre hoy a las {time}</translation>
    </message>
    <message>
        <source>Opens tomorrow at {time}</source>
        <translation>Abre mañana a las {time}</translation>
    </message>
    <message>
        <source>Opens on {day} at {time}</source>
        <translation>Abre el {day} a las {time}</translation>
    </message>
    <message>
        <source>Closed now</source>
        <translation>Cerrado ahora</translation>
    </message>
    <message>
        <source>No live count right now</source>
        <translation>Sin recuento en directo ahora</translation>
    </message>
    <message>
        <source>Now: {count} people of {capacity} ({percent} %) · {level}</source>
        <translation>Ahora: {count} personas de {capacity} ({percent} %) · {level}</translation>
    </message>
    <message>
        <source>Today&apos;s curve</source>
        <translation>Curva de hoy</translation>
    </message>
    <message>
        <source>People counters in municipal buildings count people, never record images. Touch a building to see today&apos;s curve.</source>
        <translation>Los contadores de los edificios municipales cuentan personas, nunca graban imágenes. Toque un edificio para ver la curva de hoy.</translation>
    </message>
    <message>
        <source>The usual curve cannot be shown right now.</source>
        <translation>La curva habitual no está disponible ahora.</translation>
    </message>
    <message>
        <source>It is closed all day today.</source>
        <translation>Hoy está cerrado todo el día.</translation>
    </message>
    <message>
        <source>It is closed for the rest of today.</source>
        <translation>Hoy ya no vuelve a abrir.</translation>
    </message>
    <message>
        <source>Best time to go today: {start}–{end} (usually about {count} people)</source>
        <translation>Mejor momento hoy: {start}–{end} (suele haber unas {count} personas)</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Hora del día</translation>
    </message>
    <message>
        <source>People inside</source>
        <translation>Personas dentro</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Usual for this weekday</source>
        <translation>Habitual para este día</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Aforo</translation>
    </message>
    <message>
        <source>Solid line with dots: today so far. Dashed line: a usual day like today. Dotted line: the building&apos;s capacity.</source>
        <translation>Línea continua con puntos: hoy hasta ahora. Línea discontinua: un día habitual como hoy. Línea punteada: el aforo del edificio.</translation>
    </message>
</context>
<context>
    <name>HaveYourSay</name>
    <message>
        <source>Very hard</source>
        <translation>Muy difícil</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Difícil</translation>
    </message>
    <message>
        <source>Neither</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Fácil</translation>
    </message>
    <message>
        <source>Very easy</source>
        <translation>Muy fácil</translation>
    </message>
    <message>
        <source>Open until {date}</source>
        <translation>Abierta hasta el {date}</translation>
    </message>
    <message>
        <source>Answered, thank you</source>
        <translation>Respondida, gracias</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Responder</translation>
    </message>
    <message>
        <source>Your answers are anonymous: nobody can know who answered. You can answer each question once per visit.</source>
        <translation>Sus respuestas son anónimas: nadie puede saber quién ha respondido. Puede responder a cada pregunta una vez por visita.</translation>
    </message>
    <message>
        <source>Choose an answer first.</source>
        <translation>Primero elija una respuesta.</translation>
    </message>
    <message>
        <source>Touch a face first.</source>
        <translation>Primero toque una cara.</translation>
    </message>
    <message>
        <source>Anything to add? (optional)</source>
        <translation>¿Algo que añadir? (opcional)</translation>
    </message>
    <message>
        <source>Please do not write your name, ID or phone number: they would be removed.</source>
        <translation>Por favor, no escriba su nombre, DNI ni teléfono: se borrarían.</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>¡Gracias!</translation>
    </message>
    <message>
        <source>Your answer has been recorded.</source>
        <translation>Su respuesta se ha registrado.</translation>
    </message>
    <message>
        <source>The city&apos;s participation service cannot be reached right now. Your answer is saved on this kiosk and will be sent as soon as it can.</source>
        <translation>Ahora no se puede conectar con el servicio de participación municipal. Su respuesta queda guardada en este punto y se enviará en cuanto sea posible.</translation>
    </message>
    <message>
        <source>This question has just closed, so your answer could not be counted.</source>
        <translation>Esta pregunta acaba de cerrarse, así que su respuesta no se ha podido contar.</translation>
    </message>
    <message>
        <source>There are no open questions right now.</source>
        <translation>Ahora no hay preguntas abiertas.</translation>
    </message>
    <message>
        <source>The city&apos;s polls cannot be loaded right now. You can still tell us about this kiosk.</source>
        <translation>Las consultas municipales no están disponibles ahora. Aun así, puede opinar sobre este punto.</translation>
    </message>
    <message>
        <source>Send my answer</source>
        <translation>Enviar mi respuesta</translation>
    </message>
    <message>
        <source>Other questions</source>
        <translation>Otras preguntas</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>What would you like to do?</source>
        <translation>¿Qué desea hacer?</translation>
    </message>
    <message>
        <source>Choose a service. You can change the language at any time.</source>
        <translation>Elija un servicio. Puede cambiar el idioma en cualquier momento.</translation>
    </message>
</context>
<context>
    <name>Identification</name>
    <message>
        <source>We could not read a card. Place it flat on the reader and keep it there, then press Confirm.</source>
        <translation>No hemos podido leer ninguna tarjeta. Colóquela plana sobre el lector, no la retire y pulse Confirmar.</translation>
    </message>
    <message>
        <source>This card is not a Citizen Card of Santander.</source>
        <translation>Esta tarjeta no es una Tarjeta Ciudadana de Santander.</translation>
    </message>
    <message>
        <source>The card could not be read. You can identify with your DNI or NIE instead.</source>
        <translation>No se ha podido leer la tarjeta. Puede identificarse con su DNI o NIE.</translation>
    </message>
    <message>
        <source>This card has expired. You can identify with your DNI or NIE instead.</source>
        <translation>Esta tarjeta ha caducado. Puede identificarse con su DNI o NIE.</translation>
    </message>
    <message>
        <source>The card reader is not working right now. You can identify with your DNI or NIE.</source>
        <translation>El lector de tarjetas no funciona en este momento. Puede identificarse con su DNI o NIE.</translation>
    </message>
    <message>
        <source>To continue, identify yourself. We will send a one-time code to the mobile phone registered with the city.</source>
        <translation>Para continuar, identifíquese. Enviaremos un código de un solo uso al móvil que consta en el Ayuntamiento.</translation>
    </message>
    <message>
        <source>Use my Citizen Card and its PIN instead</source>
        <translation>Usar mi Tarjeta Ciudadana y su PIN</translation>
    </message>
    <message>
        <source>Place your Citizen Card on the reader below the screen and enter its PIN.</source>
        <translation>Coloque su Tarjeta Ciudadana sobre el lector bajo la pantalla y escriba su PIN.</translation>
    </message>
    <message>
        <source>Enter the 6-digit code sent to {phone}.</source>
        <translation>Introduzca el código de 6 cifras enviado al {phone}.</translation>
    </message>
    <message>
        <source>Send me a code</source>
        <translation>Enviarme un código</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>The PIN is not correct. Attempts left: {count}</source>
        <translation>El PIN no es correcto. Intentos restantes: {count}</translation>
    </message>
    <message>
        <source>The code is not correct. Attempts left: {count}</source>
        <translation>El código no es correcto. Intentos restantes: {count}</translation>
    </message>
    <message>
        <source>For your security, identification with this document is locked for {minutes} minutes. You can use services that need no identification meanwhile.</source>
        <translation>Por su seguridad, la identificación con este documento queda bloqueada durante {minutes} minutos. Mientras tanto puede usar los servicios que no requieren identificación.</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translation>¿Sigue ahí?</translation>
    </message>
    <message>
        <source>Yes, continue</source>
        <translation>Sí, continuar</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Terminar sesión</translation>
    </message>
    <message>
        <source>The session closes in {seconds} s and your data will be erased.</source>
        <translation>La sesión se cerrará en {seconds} s y sus datos se borrarán.</translation>
    </message>
</context>
<context>
    <name>MaintenanceScreen</name>
    <message>
        <source>Run out of paper</source>
        <translation>Quedarse sin papel</translation>
    </message>
    <message>
        <source>Open its cover</source>
        <translation>Abrir la tapa</translation>
    </message>
    <message>
        <source>Work normally</source>
        <translation>Funcionar con normalidad</translation>
    </message>
    <message>
        <source>is declined</source>
        <translation>sea rechazado</translation>
    </message>
    <message>
        <source>is cancelled</source>
        <translation>sea cancelado</translation>
    </message>
    <message>
        <source>times out</source>
        <translation>agote el tiempo</translation>
    </message>
    <message>
        <source>Place the card on the reader</source>
        <translation>Colocar la tarjeta en el lector</translation>
    </message>
    <message>
        <source>Take the card away</source>
        <translation>Retirar la tarjeta</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Mantenimiento</translation>
    </message>
    <message>
        <source>Self-test</source>
        <translation>Autoprueba</translation>
    </message>
    <message>
        <source>Restart the app</source>
        <translation>Reiniciar la aplicación</translation>
    </message>
    <message>
        <source>Quit to desktop</source>
        <translation>Salir al escritorio</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>The printer is the built-in emulator. Make it:</source>
        <translation>La impresora es el emulador integrado. Hacer que:</translation>
    </message>
    <message>
        <source>The payment terminal is the simulator. Its next payment:</source>
        <translation>El terminal de pago es el simulador. Hacer que su próximo pago:</translation>
    </message>
    <message>
        <source>The card reader holds the emulated demo Citizen Card:</source>
        <translation>El lector tiene la Tarjeta Ciudadana de demostración emulada:</translation>
    </message>
    <message>
        <source>Emergency message on this kiosk&apos;s attract screen:</source>
        <translation>Mensaje de emergencia en la pantalla de espera de este punto:</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Show the message</source>
        <translation>Mostrar el mensaje</translation>
    </message>
    <message>
        <source>Clear the message</source>
        <translation>Quitar el mensaje</translation>
    </message>
    <message>
        <source>Self-test failed: {error}</source>
        <translation>La autoprueba ha fallado: {error}</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>correcta</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FALLIDA</translation>
    </message>
    <message>
        <source>Failed print jobs: {count}</source>
        <translation>Impresiones fallidas: {count}</translation>
    </message>
    <message>
        <source>Reprint (marked duplicate)</source>
        <translation>Reimprimir (marcado duplicado)</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>Reimprimir</translation>
    </message>
    <message>
        <source>Blocked escape attempts: {summary}</source>
        <translation>Intentos de salida bloqueados: {summary}</translation>
    </message>
</context>
<context>
    <name>MyDistrict</name>
    <message>
        <source>Schools</source>
        <translation>Colegios</translation>
    </message>
    <message>
        <source>Health centres</source>
        <translation>Centros de salud</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Bibliotecas</translation>
    </message>
    <message>
        <source>Sports centres</source>
        <translation>Polideportivos</translation>
    </message>
    <message>
        <source>Parks</source>
        <translation>Parques</translation>
    </message>
    <message>
        <source>Bus stops</source>
        <translation>Paradas de autobús</translation>
    </message>
    <message>
        <source>My registered address</source>
        <translation>Mi domicilio en el padrón</translation>
    </message>
    <message>
        <source>your registered address</source>
        <translation>su domicilio en el padrón</translation>
    </message>
    <message>
        <source>The district of this address is not known.</source>
        <translation>No se conoce el distrito de esta dirección.</translation>
    </message>
    <message>
        <source>{district} ({neighbourhoods}), for {place}</source>
        <translation>{district} ({neighbourhoods}), para {place}</translation>
    </message>
    <message>
        <source>Sample figures: they are synthetic, made for this demonstration, not official statistics. Only the city total is real.</source>
        <translation>Cifras de ejemplo: son sintéticas, creadas para esta demostración, no estadísticas oficiales. Solo el total de la ciudad es real.</translation>
    </message>
    <message>
        <source>Inhabitants</source>
        <translation>Habitantes</translation>
    </message>
    <message>
        <source>Share of the city</source>
        <translation>Porcentaje de la ciudad</translation>
    </message>
    <message>
        <source>Inhabitants per km²</source>
        <translation>Habitantes por km²</translation>
    </message>
    <message>
        <source>Change since {year}</source>
        <translation>Variación desde {year}</translation>
    </message>
    <message>
        <source>Aged 65 or over</source>
        <translation>De 65 años o más</translation>
    </message>
    <message>
        <source>Inhabitants by age</source>
        <translation>Habitantes por edad</translation>
    </message>
    <message>
        <source>Age (years)</source>
        <translation>Edad (años)</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Hombres</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Mujeres</translation>
    </message>
    <message>
        <source>Inhabitants on 1 January of each year</source>
        <translation>Habitantes a 1 de enero de cada año</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Services in the district</source>
        <translation>Servicios del distrito</translation>
    </message>
    <message>
        <source>Places of interest nearby</source>
        <translation>Lugares de interés cercanos</translation>
    </message>
    <message>
        <source>Places of interest near this kiosk</source>
        <translation>Lugares de interés cerca de este punto</translation>
    </message>
    <message>
        <source>{name} ({kind}) · {metres} m, {minutes} min walk</source>
        <translation>{name} ({kind}) · {metres} m, {minutes} min a pie</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Mayúsculas</translation>
    </message>
    <message>
        <source>Acute accent</source>
        <translation>Tilde</translation>
    </message>
    <message>
        <source>Diaeresis</source>
        <translation>Diéresis</translation>
    </message>
    <message>
        <source>Numbers and symbols</source>
        <translation>Números y símbolos</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Letras</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
</context>
<context>
    <name>PaymentFlow</name>
    <message>
        <source>The card reader is not working right now. Nothing was taken. You can pay by bank card.</source>
        <translation>El lector de tarjetas no funciona en este momento. No se ha cobrado nada. Puede pagar con tarjeta bancaria.</translation>
    </message>
    <message>
        <source>Payment complete. Receipt number {receipt}.</source>
        <translation>Pago realizado. Número de justificante {receipt}.</translation>
    </message>
    <message>
        <source>The card was declined. Nothing has been charged. You can try another card.</source>
        <translation>La tarjeta ha sido rechazada. No se ha cobrado nada. Puede probar con otra tarjeta.</translation>
    </message>
    <message>
        <source>The payment was cancelled at the terminal. Nothing has been charged.</source>
        <translation>El pago se ha cancelado en el terminal. No se ha cobrado nada.</translation>
    </message>
    <message>
        <source>The card terminal is not working right now. Nothing has been charged.</source>
        <translation>El terminal de pago no funciona en este momento. No se ha cobrado nada.</translation>
    </message>
    <message>
        <source>The card terminal is busy. Nothing has been charged. Try again in a moment.</source>
        <translation>El terminal de pago está ocupado. No se ha cobrado nada. Inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>Nothing has been charged.</source>
        <translation>No se ha cobrado nada.</translation>
    </message>
    <message>
        <source>We are checking with the card terminal whether the payment went through. You will not be charged twice. Reference {reference}.</source>
        <translation>Estamos comprobando con el terminal si el pago se ha realizado. No se le cobrará dos veces. Referencia {reference}.</translation>
    </message>
    <message>
        <source>Your card has been charged. The city services will confirm the payment as soon as they answer; you do not need to pay again. Reference {reference}.</source>
        <translation>Se ha cobrado en su tarjeta. Los servicios municipales confirmarán el pago en cuanto respondan; no necesita volver a pagar. Referencia {reference}.</translation>
    </message>
    <message>
        <source>This had already been paid, so the amount has been refunded to your card.</source>
        <translation>Esto ya estaba pagado, así que se ha devuelto el importe a su tarjeta.</translation>
    </message>
    <message>
        <source>The amount due had changed, so the amount has been refunded to your card. Please check the new amount.</source>
        <translation>El importe a pagar había cambiado, así que se ha devuelto el dinero a su tarjeta. Revise el nuevo importe.</translation>
    </message>
    <message>
        <source>The city services did not accept the payment, so it has been refunded to your card.</source>
        <translation>Los servicios municipales no han aceptado el pago, así que se ha devuelto a su tarjeta.</translation>
    </message>
    <message>
        <source>The city services did not accept the payment. It will be refunded to your card automatically. Reference {reference}.</source>
        <translation>Los servicios municipales no han aceptado el pago. Se le devolverá automáticamente a su tarjeta. Referencia {reference}.</translation>
    </message>
    <message>
        <source>Paid from your Citizen Card. Receipt number {receipt}. Card balance: {balance}.</source>
        <translation>Pagado con su Tarjeta Ciudadana. Número de justificante {receipt}. Saldo de la tarjeta: {balance}.</translation>
    </message>
    <message>
        <source>Paid from your Citizen Card. The city services will confirm the payment as soon as they answer; you do not need to pay again.</source>
        <translation>Pagado con su Tarjeta Ciudadana. Los servicios municipales confirmarán el pago en cuanto respondan; no necesita volver a pagar.</translation>
    </message>
    <message>
        <source>The card left the reader during the payment. Place it on the reader again and press Try again: you will not pay twice.</source>
        <translation>La tarjeta se retiró del lector durante el pago. Vuelva a colocarla y pulse Intentar de nuevo: no pagará dos veces.</translation>
    </message>
    <message>
        <source>Nothing was taken from your card.</source>
        <translation>No se ha cobrado nada de su tarjeta.</translation>
    </message>
    <message>
        <source>The city services did not accept the payment. The amount goes back onto your card the next time you place it on a reader.</source>
        <translation>Los servicios municipales no han aceptado el pago. El importe volverá a su tarjeta la próxima vez que la acerque a un lector.</translation>
    </message>
    <message>
        <source>There is not enough money on the card. Nothing was taken. You can top it up or pay by bank card.</source>
        <translation>No hay saldo suficiente en la tarjeta. No se ha cobrado nada. Puede recargarla o pagar con tarjeta bancaria.</translation>
    </message>
    <message>
        <source>Place your Citizen Card on the reader below the screen, then press Try again.</source>
        <translation>Coloque su Tarjeta Ciudadana sobre el lector bajo la pantalla y pulse Intentar de nuevo.</translation>
    </message>
    <message>
        <source>This card is not a Citizen Card of Santander.</source>
        <translation>Esta tarjeta no es una Tarjeta Ciudadana de Santander.</translation>
    </message>
    <message>
        <source>The card could not be read. Nothing was taken. Try again, or pay by bank card.</source>
        <translation>No se ha podido leer la tarjeta. No se ha cobrado nada. Inténtelo de nuevo o pague con tarjeta bancaria.</translation>
    </message>
    <message>
        <source>You are paying {amount} for {what}.</source>
        <translation>Va a pagar {amount} por {what}.</translation>
    </message>
    <message>
        <source>Pay {amount} from my Citizen Card</source>
        <translation>Pagar {amount} con mi Tarjeta Ciudadana</translation>
    </message>
    <message>
        <source>Pay by bank card on the terminal under the screen and follow its instructions. The payment is recorded with the city at once.</source>
        <translation>Pague con tarjeta bancaria en el terminal bajo la pantalla y siga sus instrucciones. El pago queda registrado en el Ayuntamiento al momento.</translation>
    </message>
    <message>
        <source>Pay {amount}</source>
        <translation>Pagar {amount}</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Citizen Card e-wallet</source>
        <translation>Monedero de la Tarjeta Ciudadana</translation>
    </message>
    <message>
        <source>Bank card {card}</source>
        <translation>Tarjeta bancaria {card}</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <source>Technician access</source>
        <translation>Acceso técnico</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Too many attempts. Try again in {seconds} s.</source>
        <translation>Demasiados intentos. Vuelva a probar en {seconds} s.</translation>
    </message>
    <message>
        <source>Wrong PIN. Attempts left: {count}</source>
        <translation>PIN incorrecto. Intentos restantes: {count}</translation>
    </message>
    <message>
        <source>The PIN could not be checked. Try again.</source>
        <translation>No se ha podido comprobar el PIN. Inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>PrintPanel</name>
    <message>
        <source>Print the certificate</source>
        <translation>Imprimir el certificado</translation>
    </message>
    <message>
        <source>You can also scan the QR code to keep the document, or note its verification code {csv}.</source>
        <translation>También puede escanear el código QR para guardar el documento, o anotar su código de verificación {csv}.</translation>
    </message>
    <message>
        <source>Print the receipt</source>
        <translation>Imprimir el justificante</translation>
    </message>
    <message>
        <source>The receipt number {number} on the screen is your proof of payment: please note it.</source>
        <translation>El número de justificante {number} que ve en pantalla acredita el pago: anótelo, por favor.</translation>
    </message>
    <message>
        <source>Printing… please wait.</source>
        <translation>Imprimiendo… espere, por favor.</translation>
    </message>
    <message>
        <source>Printed. Please take your document from the tray under the screen.</source>
        <translation>Impreso. Recoja su documento en la bandeja bajo la pantalla.</translation>
    </message>
    <message>
        <source>Printing is not available on this kiosk.</source>
        <translation>Este punto no puede imprimir ahora</translation>
    </message>
    <message>
        <source>{problem}. {alternative}</source>
        <translation>{problem}. {alternative}</translation>
    </message>
    <message>
        <source>You can print it here.</source>
        <translation>Puede imprimirlo aquí.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Intentar de nuevo</translation>
    </message>
    <message>
        <source>See it on paper</source>
        <translation>Ver cómo se imprimirá</translation>
    </message>
    <message>
        <source>The document could not be printed. {alternative}</source>
        <translation>No se ha podido imprimir el documento. {alternative}</translation>
    </message>
    <message>
        <source>{problem}. Part of the document may have come out: please take it. If you try again, the new copy is marked as a duplicate.</source>
        <translation>{problem}. Puede que haya salido parte del documento: recójalo, por favor. Si lo intenta de nuevo, la nueva copia irá marcada como duplicado.</translation>
    </message>
    <message>
        <source>{problem}. Nothing was printed.</source>
        <translation>{problem}. No se ha impreso nada.</translation>
    </message>
    <message>
        <source>This is how your document will be printed.</source>
        <translation>Así se imprimirá su documento.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Your entry number {number} on the screen is your proof: please note it.</source>
        <translation>Su número de registro {number}, en pantalla, es su justificante: anótelo, por favor.</translation>
    </message>
    <message>
        <source>Print the statement</source>
        <translation>Imprimir el extracto</translation>
    </message>
    <message>
        <source>The receipts above stay on the screen until you finish.</source>
        <translation>Los recibos de arriba siguen en pantalla hasta que termine.</translation>
    </message>
</context>
<context>
    <name>ProcedureScreen</name>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Other services</source>
        <translation>Otros servicios</translation>
    </message>
    <message>
        <source>Please wait…</source>
        <translation>Espere, por favor…</translation>
    </message>
</context>
<context>
    <name>RegisterScreen</name>
    <message>
        <source>Licence or permit</source>
        <translation>Licencia o permiso</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Queja</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Sugerencia</translation>
    </message>
    <message>
        <source>Report an incident in the street</source>
        <translation>Avisar de una incidencia en la calle</translation>
    </message>
    <message>
        <source>What kind of request is it?</source>
        <translation>¿Qué tipo de solicitud es?</translation>
    </message>
    <message>
        <source>Choose the kind of request.</source>
        <translation>Elija el tipo de solicitud.</translation>
    </message>
    <message>
        <source>Check your request before sending it.</source>
        <translation>Revise su solicitud antes de enviarla.</translation>
    </message>
    <message>
        <source>Entry number {number}</source>
        <translation>Número de registro {number}</translation>
    </message>
    <message>
        <source>Registered on {when}. Keep this number to follow your request.</source>
        <translation>Registrada el {when}. Guarde este número para seguir su solicitud.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisar</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
</context>
<context>
    <name>TaxesScreen</name>
    <message>
        <source>5 % enforcement surcharge (recargo ejecutivo)</source>
        <translation>Recargo ejecutivo del 5 %</translation>
    </message>
    <message>
        <source>10 % reduced enforcement surcharge (apremio reducido)</source>
        <translation>Recargo de apremio reducido del 10 %</translation>
    </message>
    <message>
        <source>20 % enforcement surcharge plus interest (apremio ordinario)</source>
        <translation>Recargo de apremio ordinario del 20 % más intereses</translation>
    </message>
    <message>
        <source>{name}, you have one pending receipt: {total}.</source>
        <translation>{name}, tiene 1 recibo pendiente: {total}.</translation>
    </message>
    <message>
        <source>{name}, you have {count} pending receipts: {total} in all.</source>
        <translation>{name}, tiene {count} recibos pendientes: {total} en total.</translation>
    </message>
    <message>
        <source>{name}, you have no pending receipts.</source>
        <translation>{name}, no tiene recibos pendientes.</translation>
    </message>
    <message>
        <source>Pay {amount} by card</source>
        <translation>Pagar {amount} con tarjeta</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagada</translation>
    </message>
    <message>
        <source>Due: {amount}</source>
        <translation>Importe: {amount}</translation>
    </message>
    <message>
        <source>The voluntary period ended on {date}. {surcharge}.</source>
        <translation>El periodo voluntario terminó el {date}. {surcharge}.</translation>
    </message>
    <message>
        <source>Pay by {date} with no surcharge.</source>
        <translation>Pague antes del {date} sin recargo.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Accesibilidad</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Terminar sesión</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <source>DUPLICATE — reprint</source>
        <translation>DUPLICADO — reimpresión</translation>
    </message>
    <message>
        <source>Translation for your information: this is a census certificate of the City of Santander. The Spanish text above is the official document. Anyone can check it on the city&apos;s e-office with the verification code (CSV) or the QR code.</source>
        <translation>Este es un certificado de empadronamiento del Ayuntamiento de Santander. El texto en español es el documento oficial. Cualquiera puede comprobarlo en la sede electrónica con el código de verificación (CSV) o el código QR.</translation>
    </message>
    <message>
        <source>General register</source>
        <translation>Registro General</translation>
    </message>
    <message>
        <source>Registration receipt</source>
        <translation>Justificante de registro</translation>
    </message>
    <message>
        <source>Entry number</source>
        <translation>Nº de registro</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Type of request</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Keep this receipt. The entry number identifies your request in any later contact with the City Council.</source>
        <translation>Conserve este justificante. El número de registro identifica su solicitud en cualquier trámite posterior con el Ayuntamiento.</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Nº justificante</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Fecha de pago</translation>
    </message>
    <message>
        <source>Paid with</source>
        <translation>Medio de pago</translation>
    </message>
    <message>
        <source>Authorisation</source>
        <translation>Autorización</translation>
    </message>
    <message>
        <source>Municipal revenue office</source>
        <translation>Recaudación Municipal</translation>
    </message>
    <message>
        <source>Payment receipt</source>
        <translation>Justificante de pago</translation>
    </message>
    <message>
        <source>Concept</source>
        <translation>Concepto</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Total paid</source>
        <translation>Total pagado</translation>
    </message>
    <message>
        <source>Keep this receipt as proof of payment.</source>
        <translation>Conserve este justificante como prueba de pago.</translation>
    </message>
    <message>
        <source>Traffic fine {file} ({plate})</source>
        <translation>Multa de tráfico {file} ({plate})</translation>
    </message>
    <message>
        <source>Statement of municipal taxes</source>
        <translation>Extracto de tributos municipales</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Emitido el</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Recibo</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Total pending</source>
        <translation>Total pendiente</translation>
    </message>
    <message>
        <source>Receipts paid after their voluntary period carry a surcharge of 5 %, 10 % or 20 %, depending on when they are paid.</source>
        <translation>Los recibos pagados fuera del periodo voluntario llevan un recargo del 5 %, 10 % o 20 %, según cuándo se paguen.</translation>
    </message>
    <message>
        <source>Already paid: {receipts}</source>
        <translation>Ya pagados: {receipts}</translation>
    </message>
    <message>
        <source>Citizen Card top-up</source>
        <translation>Recarga de la Tarjeta Ciudadana</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>What is it for? (optional)</source>
        <translation>¿Para qué lo necesita? (opcional)</translation>
    </message>
    <message>
        <source>For example: school enrolment</source>
        <translation>Por ejemplo: matrícula escolar</translation>
    </message>
    <message>
        <source>Number plate</source>
        <translation>Matrícula</translation>
    </message>
    <message>
        <source>For example 1234 BCD</source>
        <translation>Por ejemplo 1234 BCD</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>Número de expediente</translation>
    </message>
    <message>
        <source>As printed on the notice</source>
        <translation>Como figura en la notificación</translation>
    </message>
    <message>
        <source>DNI or NIE</source>
        <translation>DNI o NIE</translation>
    </message>
    <message>
        <source>For example 12345678Z</source>
        <translation>Por ejemplo 12345678Z</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>DDMMYYYY, for example 17051980</source>
        <translation>DDMMAAAA, por ejemplo 17051980</translation>
    </message>
    <message>
        <source>PIN of the card</source>
        <translation>PIN de la tarjeta</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Describe your request</source>
        <translation>Describa su solicitud</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Calle</translation>
    </message>
    <message>
        <source>Type part of the name</source>
        <translation>Escriba parte del nombre</translation>
    </message>
    <message>
        <source>Street number (optional)</source>
        <translation>Número (opcional)</translation>
    </message>
    <message>
        <source>E-mail for the answer (optional)</source>
        <translation>Correo electrónico para la respuesta (opcional)</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>Teléfono (opcional)</translation>
    </message>
    <message>
        <source>Other amount (whole euros)</source>
        <translation>Otro importe (euros enteros)</translation>
    </message>
</context>
<context>
    <name>gateway</name>
    <message>
        <source>The city services are not answering right now.</source>
        <translation>Los servicios municipales no responden en este momento.</translation>
    </message>
    <message>
        <source>The city services sent an answer this kiosk cannot read.</source>
        <translation>Los servicios municipales han enviado una respuesta que este punto no puede leer.</translation>
    </message>
    <message>
        <source>Something went wrong with the city services.</source>
        <translation>Algo ha fallado en los servicios municipales.</translation>
    </message>
    <message>
        <source>Some of the information is not valid.</source>
        <translation>Algún dato no es válido.</translation>
    </message>
    <message>
        <source>This kiosk is not authorised by the city services.</source>
        <translation>Este punto no está autorizado por los servicios municipales.</translation>
    </message>
    <message>
        <source>Your identification has expired. Please identify again.</source>
        <translation>Su identificación ha caducado. Identifíquese de nuevo.</translation>
    </message>
    <message>
        <source>Nothing was found with that information.</source>
        <translation>No se ha encontrado nada con esos datos.</translation>
    </message>
    <message>
        <source>Too many failed attempts. Identification is locked for a while.</source>
        <translation>Demasiados intentos fallidos. La identificación queda bloqueada un tiempo.</translation>
    </message>
    <message>
        <source>The code is not correct.</source>
        <translation>El código no es correcto.</translation>
    </message>
    <message>
        <source>This request was already made with different data.</source>
        <translation>Esta solicitud ya se hizo con otros datos.</translation>
    </message>
    <message>
        <source>This has already been paid.</source>
        <translation>Esto ya está pagado.</translation>
    </message>
    <message>
        <source>The amount due has changed. Please check it again.</source>
        <translation>El importe a pagar ha cambiado. Revíselo de nuevo.</translation>
    </message>
    <message>
        <source>The city services had an internal problem.</source>
        <translation>Los servicios municipales han tenido un problema interno.</translation>
    </message>
</context>
<context>
    <name>services</name>
    <message>
        <source>City guide</source>
        <translation>Guía de la ciudad</translation>
    </message>
    <message>
        <source>Landmarks, museums and beaches of Santander</source>
        <translation>Monumentos, museos y playas de Santander</translation>
    </message>
    <message>
        <source>Census certificate</source>
        <translation>Volante de empadronamiento</translation>
    </message>
    <message>
        <source>Proof of where you live (volante de empadronamiento)</source>
        <translation>Acredita dónde vive</translation>
    </message>
    <message>
        <source>you can take the verification code or a QR code instead of paper</source>
        <translation>puede llevarse el código de verificación o un código QR en lugar del papel</translation>
    </message>
    <message>
        <source>Traffic fines</source>
        <translation>Multas de tráfico</translation>
    </message>
    <message>
        <source>Look up a fine by plate and see what you owe</source>
        <translation>Consulte una multa por matrícula y lo que debe</translation>
    </message>
    <message>
        <source>Requests and complaints</source>
        <translation>Registro general</translation>
    </message>
    <message>
        <source>File a request, complaint, suggestion or incident</source>
        <translation>Presente una solicitud, queja, sugerencia o incidencia</translation>
    </message>
    <message>
        <source>Pending taxes</source>
        <translation>Impuestos pendientes</translation>
    </message>
    <message>
        <source>Property, vehicle and other municipal receipts</source>
        <translation>IBI, vehículos y otros recibos municipales</translation>
    </message>
    <message>
        <source>Citizen Card</source>
        <translation>Tarjeta Ciudadana</translation>
    </message>
    <message>
        <source>Balance, last trips and top-up</source>
        <translation>Saldo, últimos movimientos y recarga</translation>
    </message>
    <message>
        <source>Around an address</source>
        <translation>Cerca de una dirección</translation>
    </message>
    <message>
        <source>Next buses, what&apos;s on and top-up points nearby</source>
        <translation>Próximos autobuses, agenda y puntos de recarga cercanos</translation>
    </message>
    <message>
        <source>Is it a good time to visit?</source>
        <translation>¿Es buen momento para ir?</translation>
    </message>
    <message>
        <source>How busy the library, sports centres, markets and town hall are</source>
        <translation>Afluencia en biblioteca, polideportivos, mercados y Ayuntamiento</translation>
    </message>
    <message>
        <source>Have your say</source>
        <translation>Dé su opinión</translation>
    </message>
    <message>
        <source>City polls and a short survey about this kiosk</source>
        <translation>Consultas municipales y encuesta sobre este punto</translation>
    </message>
    <message>
        <source>My district</source>
        <translation>Mi distrito</translation>
    </message>
    <message>
        <source>Population, ages and services of your district</source>
        <translation>Población, edades y servicios de su distrito</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>Printer out of paper</source>
        <translation>Impresora sin papel</translation>
    </message>
    <message>
        <source>Printer paper running low</source>
        <translation>Queda poco papel en la impresora</translation>
    </message>
    <message>
        <source>Printer cover open</source>
        <translation>Tapa de la impresora abierta</translation>
    </message>
    <message>
        <source>Printer not responding</source>
        <translation>La impresora no responde</translation>
    </message>
    <message>
        <source>Printer fault</source>
        <translation>Avería de la impresora</translation>
    </message>
    <message>
        <source>Printer status unknown</source>
        <translation>Estado de la impresora desconocido</translation>
    </message>
    <message>
        <source>Card reader service not running</source>
        <translation>El servicio del lector de tarjetas no está activo</translation>
    </message>
    <message>
        <source>Card reader not connected</source>
        <translation>Lector de tarjetas no conectado</translation>
    </message>
    <message>
        <source>Payment terminal not responding</source>
        <translation>El terminal de pago no responde</translation>
    </message>
    <message>
        <source>No connection to the city services</source>
        <translation>Sin conexión con los servicios municipales</translation>
    </message>
    <message>
        <source>No speech engine installed</source>
        <translation>No hay motor de voz instalado</translation>
    </message>
    <message>
        <source>Video player (libvlc) not available: videos are skipped</source>
        <translation>Reproductor de vídeo (libvlc) no disponible: se omiten los vídeos</translation>
    </message>
    <message>
        <source>Storage is read-only</source>
        <translation>El almacenamiento es de solo lectura</translation>
    </message>
    <message>
        <source>Storage writable</source>
        <translation>Almacenamiento disponible</translation>
    </message>
    <message>
        <source>Turned off in the configuration</source>
        <translation>Desactivado en la configuración</translation>
    </message>
    <message>
        <source>Device not found</source>
        <translation>Dispositivo no encontrado</translation>
    </message>
    <message>
        <source>Device not connected</source>
        <translation>Dispositivo no conectado</translation>
    </message>
    <message>
        <source>Device not responding</source>
        <translation>El dispositivo no responde</translation>
    </message>
    <message>
        <source>Device fault</source>
        <translation>Avería del dispositivo</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Working, with a warning</source>
        <translation>Funciona, con aviso</translation>
    </message>
    <message>
        <source>Status unknown</source>
        <translation>Estado desconocido</translation>
    </message>
    <message>
        <source>Not answering</source>
        <translation>No responde</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>No conectado</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>Avería</translation>
    </message>
    <message>
        <source>Turned off</source>
        <translation>Desactivado</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <source>Enter your DNI or NIE number.</source>
        <translation>Introduzca su número de DNI o NIE.</translation>
    </message>
    <message>
        <source>Enter 8 digits and a letter (DNI) or X, Y or Z, 7 digits and a letter (NIE).</source>
        <translation>Introduzca 8 cifras y una letra (DNI) o X, Y o Z, 7 cifras y una letra (NIE).</translation>
    </message>
    <message>
        <source>The letter does not match the number. Check your document.</source>
        <translation>La letra no corresponde al número. Revise su documento.</translation>
    </message>
    <message>
        <source>Enter the number plate of the vehicle.</source>
        <translation>Introduzca la matrícula del vehículo.</translation>
    </message>
    <message>
        <source>Enter 4 digits and 3 letters, for example 1234 BCD.</source>
        <translation>Introduzca 4 cifras y 3 letras, por ejemplo 1234 BCD.</translation>
    </message>
    <message>
        <source>Plate letters are consonants only: no vowels, no Ñ and no Q.</source>
        <translation>Las letras de la matrícula son solo consonantes: sin vocales, ni Ñ ni Q.</translation>
    </message>
    <message>
        <source>Enter day, month and year, for example 24061985 or 24/06/1985.</source>
        <translation>Introduzca día, mes y año, por ejemplo 24061985 o 24/06/1985.</translation>
    </message>
    <message>
        <source>Enter a date that is not in the future.</source>
        <translation>Introduzca una fecha que no sea futura.</translation>
    </message>
    <message>
        <source>Enter a date within the last 120 years.</source>
        <translation>Introduzca una fecha de los últimos 120 años.</translation>
    </message>
    <message>
        <source>Enter an e-mail address such as name@example.com, without spaces.</source>
        <translation>Introduzca un correo como nombre@ejemplo.com, sin espacios.</translation>
    </message>
    <message>
        <source>Enter a Spanish phone number: 9 digits starting with 6, 7, 8 or 9.</source>
        <translation>Introduzca un teléfono español: 9 cifras que empiecen por 6, 7, 8 o 9.</translation>
    </message>
    <message>
        <source>Enter the 6-digit code we sent you.</source>
        <translation>Introduzca el código de 6 cifras que le hemos enviado.</translation>
    </message>
    <message>
        <source>Enter a PIN of 4 to 8 digits.</source>
        <translation>Introduzca un PIN de 4 a 8 cifras.</translation>
    </message>
    <message>
        <source>Enter an amount in whole euros, for example 15.</source>
        <translation>Escriba un importe en euros enteros, por ejemplo 15.</translation>
    </message>
    <message>
        <source>Enter an amount within the limits shown.</source>
        <translation>Escriba un importe dentro de los límites indicados.</translation>
    </message>
    <message>
        <source>This field is required. Please fill it in.</source>
        <translation>Este campo es obligatorio. Rellénelo, por favor.</translation>
    </message>
    <message>
        <source>This text is too short. Please add a little more detail.</source>
        <translation>El texto es demasiado corto. Añada algo más de detalle.</translation>
    </message>
    <message>
        <source>This text is too long. Please shorten it.</source>
        <translation>El texto es demasiado largo. Acórtelo, por favor.</translation>
    </message>
    <message>
        <source>Remove the special characters. Use letters, numbers and punctuation.</source>
        <translation>Quite los caracteres especiales. Use letras, números y signos de puntuación.</translation>
    </message>
    <message>
        <source>Enter the file number as printed on your notice, for example MUL-2026-000123.</source>
        <translation>Introduzca el número de expediente tal como figura en la notificación, por ejemplo MUL-2026-000123.</translation>
    </message>
</context>
</TS>
