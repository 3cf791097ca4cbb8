"""Texts of the default content package that do not come from content/default/ (plain text)."""

from __future__ import annotations

# Landmark slides, in play order; the texts come from content/default/landmarks.json.
SLIDE_LANDMARKS = ("magdalena", "peninsula", "botin", "catedral", "cabo_mayor", "raqueros",
                   "sardinero", "esperanza")
# A picture behind a landmark slide, where one of ours shows the place.
SLIDE_BACKGROUNDS = {"magdalena": "bay", "cabo_mayor": "lighthouse", "botin": "botin",
                     "sardinero": "sardinero"}

IMAGE_CAPTIONS = {
    "bay": {"es": "La bahía de Santander", "en": "The Bay of Santander",
            "fr": "La baie de Santander", "de": "Die Bucht von Santander"},
    "lighthouse": {"es": "Faro de Cabo Mayor", "en": "Cabo Mayor lighthouse",
                   "fr": "Phare du Cabo Mayor", "de": "Leuchtturm Cabo Mayor"},
    "botin": {"es": "Centro Botín", "en": "Centro Botín", "fr": "Centro Botín",
              "de": "Centro Botín"},
    "sardinero": {"es": "El Sardinero", "en": "El Sardinero", "fr": "El Sardinero",
                  "de": "El Sardinero"},
}

CAMPAIGNS = {
    "citizen-card": {
        "title": {"es": "Tarjeta Ciudadana", "en": "Citizen Card", "fr": "Carte Citoyenne",
                  "de": "Bürgerkarte"},
        "body": {
            "es": "Una sola tarjeta para el autobús, la bici, el aparcamiento, el deporte "
                  "municipal y las bibliotecas. Recárgala en este quiosco.",
            "en": "One card for the bus, bikes, parking, municipal sport and libraries. "
                  "Top it up at this kiosk.",
            "fr": "Une seule carte pour le bus, le vélo, le stationnement, le sport municipal "
                  "et les bibliothèques. Rechargez-la à cette borne.",
            "de": "Eine Karte für Bus, Leihrad, Parken, städtischen Sport und Bibliotheken. "
                  "Laden Sie sie an diesem Terminal auf."},
    },
    "smartcitizen": {
        "title": {"es": "Santander SmartCitizen", "en": "Santander SmartCitizen",
                  "fr": "Santander SmartCitizen", "de": "Santander SmartCitizen"},
        "body": {
            "es": "Consulta aquí cuánta gente hay ahora en los edificios municipales y cuál es "
                  "el mejor momento para ir. Los sensores cuentan personas sin guardar imágenes.",
            "en": "See here how busy municipal buildings are right now and the best time to go. "
                  "The sensors count people without storing images.",
            "fr": "Voyez ici l'affluence actuelle des bâtiments municipaux et le meilleur moment "
                  "pour y aller. Les capteurs comptent sans enregistrer d'images.",
            "de": "Sehen Sie hier, wie voll städtische Gebäude gerade sind und wann der beste "
                  "Zeitpunkt ist. Die Sensoren zählen, ohne Bilder zu speichern."},
    },
    "recycling": {
        "title": {"es": "Separa y recicla", "en": "Sort and recycle", "fr": "Triez et recyclez",
                  "de": "Trennen und recyceln"},
        "body": {
            "es": "Envases al contenedor amarillo, papel y cartón al azul, vidrio al verde. "
                  "Santander más limpio, entre todos.",
            "en": "Packaging in the yellow bin, paper and cardboard in the blue one, glass in "
                  "the green one. A cleaner Santander, together.",
            "fr": "Emballages dans le bac jaune, papier et carton dans le bleu, verre dans le "
                  "vert. Ensemble pour un Santander plus propre.",
            "de": "Verpackungen in den gelben Container, Papier und Pappe in den blauen, Glas in "
                  "den grünen. Gemeinsam für ein sauberes Santander."},
    },
    "navidad": {
        "title": {"es": "Navidad en Santander", "en": "Christmas in Santander",
                  "fr": "Noël à Santander", "de": "Weihnachten in Santander"},
        "body": {
            "es": "Conciertos, mercadillos y actividades para toda la familia. Consulta la "
                  "agenda cultural en este quiosco.",
            "en": "Concerts, markets and activities for the whole family. See the cultural "
                  "agenda at this kiosk.",
            "fr": "Concerts, marchés et activités pour toute la famille. Consultez l'agenda "
                  "culturel à cette borne.",
            "de": "Konzerte, Märkte und Angebote für die ganze Familie. Den Kulturkalender "
                  "finden Sie an diesem Terminal."},
    },
}

SERVICE_TEXTS = {
    "attract.touch_to_start": {"es": "Toca la pantalla para empezar",
                               "en": "Touch the screen to start",
                               "fr": "Touchez l'écran pour commencer",
                               "de": "Bildschirm berühren, um zu beginnen"},
    "attract.languages": {"es": "Español · English · Français · Deutsch",
                          "en": "Español · English · Français · Deutsch",
                          "fr": "Español · English · Français · Deutsch",
                          "de": "Español · English · Français · Deutsch"},
    "kiosk.out_of_service": {"es": "Quiosco fuera de servicio. Disculpa las molestias.",
                             "en": "Kiosk out of service. Sorry for the inconvenience.",
                             "fr": "Borne hors service. Veuillez nous excuser.",
                             "de": "Terminal außer Betrieb. Bitte entschuldigen Sie."},
    "kiosk.privacy": {"es": "Este quiosco no graba imágenes ni sonido.",
                      "en": "This kiosk records neither images nor sound.",
                      "fr": "Cette borne n'enregistre ni images ni son.",
                      "de": "Dieses Terminal zeichnet weder Bild noch Ton auf."},
}

HELP_PAGES = {
    "es": [{"title": "Cómo usar el quiosco",
            "body": "Toca un servicio en la pantalla de inicio. El botón Inicio te devuelve "
                    "aquí en cualquier momento. Si no tocas nada durante un rato, el quiosco "
                    "vuelve a empezar y borra lo que hayas escrito."},
           {"title": "Tu tarjeta y tus datos",
            "body": "Para los trámites personales, acerca tu Tarjeta Ciudadana al lector. "
                    "Al terminar, retírala: la sesión se cierra y no queda nada guardado en "
                    "la pantalla."}],
    "en": [{"title": "How to use the kiosk",
            "body": "Touch a service on the home screen. The Home button brings you back here "
                    "at any time. If nothing is touched for a while, the kiosk starts again "
                    "and clears what you typed."},
           {"title": "Your card and your data",
            "body": "For personal services, hold your Citizen Card to the reader. When you "
                    "finish, take it away: the session closes and nothing stays on the "
                    "screen."}],
    "fr": [{"title": "Utiliser la borne",
            "body": "Touchez un service sur l'écran d'accueil. Le bouton Accueil vous ramène "
                    "ici à tout moment. Sans action pendant un moment, la borne recommence et "
                    "efface ce que vous avez saisi."},
           {"title": "Votre carte et vos données",
            "body": "Pour les démarches personnelles, approchez votre Carte Citoyenne du "
                    "lecteur. À la fin, retirez-la : la session se ferme et rien ne reste à "
                    "l'écran."}],
    "de": [{"title": "So benutzen Sie das Terminal",
            "body": "Tippen Sie auf der Startseite einen Dienst an. Die Taste Start bringt Sie "
                    "jederzeit hierher zurück. Ohne Eingabe beginnt das Terminal nach einer "
                    "Weile von vorn und löscht Ihre Eingaben."},
           {"title": "Ihre Karte und Ihre Daten",
            "body": "Für persönliche Dienste halten Sie Ihre Bürgerkarte an das Lesegerät. "
                    "Nehmen Sie sie am Ende weg: Die Sitzung wird geschlossen, und auf dem "
                    "Bildschirm bleibt nichts zurück."}],
}
