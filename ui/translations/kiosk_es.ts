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
        <source>Blocked escape attempts: {summary}</source>
        <translation>Intentos de salida bloqueados: {summary}</translation>
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
    <name>services</name>
    <message>
        <source>City guide</source>
        <translation>Guía de la ciudad</translation>
    </message>
    <message>
        <source>Landmarks, museums and beaches of Santander</source>
        <translation>Monumentos, museos y playas de Santander</translation>
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
</TS>