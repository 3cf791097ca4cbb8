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
        <source>Blocked escape attempts: {summary}</source>
        <translation>Blocked escape attempts: {summary}</translation>
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
    <name>services</name>
    <message>
        <source>City guide</source>
        <translation>City guide</translation>
    </message>
    <message>
        <source>Landmarks, museums and beaches of Santander</source>
        <translation>Landmarks, museums and beaches of Santander</translation>
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
</TS>