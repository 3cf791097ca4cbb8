"""Synthetic cultural agenda: invented events at real Santander venues.

Dense on purpose in the week 2026-11-22..29 (several events every day), sparser but never empty
in any other week until 2027-03-31. Times are local Europe/Madrid wall-clock, no offset.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from typing import Any

from .records import coord, modified, record

START, END = date(2026, 11, 16), date(2027, 3, 31)
DENSE_FIRST, DENSE_LAST = date(2026, 11, 22), date(2026, 11, 29)
LINK_BASE = "https://agenda.santander.invalid"  # .invalid: never resolves, plainly not real

# key → (venue name, lat, lon); real venues, positions rounded.
VENUES: dict[str, tuple[str, float, float]] = {
    "festivales": ("Palacio de Festivales", 43.4640, -3.7925),
    "botin": ("Centro Botín", 43.4607, -3.8058),
    "casyc": ("Teatro CASYC", 43.4627, -3.8113),
    "bcc": ("Biblioteca Central de Cantabria", 43.4655, -3.8135),
    "magdalena": ("Palacio de la Magdalena", 43.4687, -3.7656),
    "mas": ("MAS, Museo de Arte Moderno y Contemporáneo de Santander y Cantabria",
            43.4640, -3.8072),
    "maritimo": ("Museo Marítimo del Cantábrico", 43.4650, -3.7880),
    "filmoteca": ("Filmoteca de Cantabria", 43.4632, -3.8050),
    "este": ("Mercado del Este", 43.4627, -3.8060),
    "porticada": ("Plaza Porticada", 43.4615, -3.8073),
    "sport": ("Campos de Sport de El Sardinero", 43.4761, -3.7934),
}

# (name es, name en, category, description es, description en, venues, start times)
_Template = tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...]]
TEMPLATES: list[_Template] = [
    ("Concierto sinfónico: Beethoven y Brahms", "Symphony concert: Beethoven and Brahms", "Música",
     "La orquesta interpreta la Quinta de Beethoven y el Concierto para violín de Brahms.",
     "The orchestra plays Beethoven's Fifth and Brahms's Violin Concerto.",
     ("festivales",), ("20:00",)),
    ("Jazz en el CASYC", "Jazz at the CASYC", "Música",
     "Cuarteto de jazz con temas propios y clásicos del bebop.",
     "A jazz quartet playing its own tunes and bebop classics.", ("casyc",), ("20:30",)),
    ("Recital de piano: Chopin y Falla", "Piano recital: Chopin and Falla", "Música",
     "Nocturnos de Chopin y piezas españolas de Manuel de Falla.",
     "Chopin nocturnes and Spanish pieces by Manuel de Falla.", ("magdalena", "festivales"),
     ("19:00",)),
    ("Música de cámara frente a la bahía", "Chamber music by the bay", "Música",
     "Un trío de cuerda interpreta obras de Schubert.", "A string trio plays works by Schubert.",
     ("botin",), ("19:30",)),
    ("Bandas locales en la Porticada", "Local bands at Plaza Porticada", "Música",
     "Tres grupos de la ciudad en un concierto gratuito al aire libre.",
     "Three bands from the city in a free open-air concert.", ("porticada",), ("18:00",)),
    ("La vida es sueño", "Life Is a Dream", "Teatro",
     "Versión contemporánea del clásico de Calderón de la Barca.",
     "A contemporary staging of Calderón de la Barca's classic.", ("festivales",), ("20:00",)),
    ("Las bicicletas son para el verano", "Bicycles Are for the Summer", "Teatro",
     "La obra de Fernando Fernán Gómez sobre una familia durante la guerra.",
     "Fernando Fernán Gómez's play about a family during the war.", ("casyc",), ("20:00",)),
    ("Noche de monólogos", "Stand-up comedy night", "Teatro",
     "Cuatro cómicos y un micrófono. Para mayores de 16 años.",
     "Four comedians and a microphone. For ages 16 and over.", ("casyc",), ("21:00",)),
    ("Teatro leído en la biblioteca", "Play reading at the library", "Teatro",
     "Lectura dramatizada abierta al público, con coloquio final.",
     "A staged reading open to all, followed by a discussion.", ("bcc",), ("18:30",)),
    ("Exposición: La bahía en el siglo XIX", "Exhibition: The bay in the 19th century",
     "Exposiciones", "Grabados, cartas náuticas y maquetas del puerto de Santander.",
     "Prints, sea charts and models of the port of Santander.", ("maritimo",), ("10:00",)),
    ("Exposición: Luz y mar", "Exhibition: Light and sea", "Exposiciones",
     "Arte contemporáneo sobre la luz del Cantábrico.",
     "Contemporary art about the light of the Cantabrian Sea.", ("botin",), ("10:00",)),
    ("Fotografía: Santander desde el aire", "Photography: Santander from the air", "Exposiciones",
     "Cien fotografías aéreas de la ciudad a lo largo de un siglo.",
     "A hundred aerial photographs of the city over a century.", ("mas",), ("11:00",)),
    ("Grabados de la colección del MAS", "Prints from the MAS collection", "Exposiciones",
     "Una selección de grabados de los siglos XVIII al XX.",
     "A selection of prints from the 18th to the 20th century.", ("mas",), ("10:30",)),
    ("Visita guiada al Palacio de la Magdalena", "Guided tour of the Magdalena Palace",
     "Exposiciones", "Recorrido por las salas del palacio y su historia real.",
     "A walk through the palace rooms and their royal history.", ("magdalena",),
     ("11:00", "16:30")),
    ("Oficios del mercado", "Trades of the market", "Exposiciones",
     "Exposición sobre los oficios tradicionales de los mercados de la ciudad.",
     "An exhibition on the traditional trades of the city's markets.", ("este",), ("10:00",)),
    ("Cuentacuentos en la biblioteca", "Storytelling at the library", "Infantil",
     "Cuentos para niños de 3 a 7 años. Entrada libre hasta completar aforo.",
     "Stories for children aged 3 to 7. Free entry while places last.", ("bcc",), ("18:00",)),
    ("Taller de ciencia: el agua del Cantábrico",
     "Science workshop: the water of the Cantabrian Sea", "Infantil",
     "Experimentos sencillos con agua de mar para familias.",
     "Simple experiments with sea water for families.", ("maritimo",), ("11:30",)),
    ("Títeres en la Porticada", "Puppet show at Plaza Porticada", "Infantil",
     "Función de títeres para toda la familia.", "A puppet show for the whole family.",
     ("porticada",), ("12:00", "17:30")),
    ("Taller familiar de dibujo", "Family drawing workshop", "Infantil",
     "Dibujamos juntos la bahía desde las terrazas del centro.",
     "Drawing the bay together from the centre's terraces.", ("botin",), ("11:00",)),
    ("Filmoteca: ciclo de cine clásico", "Film library: classic cinema season", "Cine",
     "Proyección en copia restaurada, con presentación.",
     "A screening of a restored print, with an introduction.", ("filmoteca",), ("19:00", "21:30")),
    ("Cine en versión original", "Films in the original language", "Cine",
     "Estreno reciente en versión original con subtítulos en español.",
     "A recent release in the original language with Spanish subtitles.", ("filmoteca",),
     ("20:00",)),
    ("Cine infantil de los domingos", "Sunday children's cinema", "Cine",
     "Películas de animación para los más pequeños.", "Animated films for young children.",
     ("filmoteca",), ("12:00",)),
    ("Documental y coloquio", "Documentary and discussion", "Cine",
     "Documental sobre el mar Cantábrico, con coloquio con el equipo.",
     "A documentary about the Cantabrian Sea, followed by a talk with the crew.", ("botin",),
     ("19:00",)),
    ("Fútbol: partido de liga en El Sardinero", "Football: league match at El Sardinero",
     "Deportes", "Partido de liga en los Campos de Sport. Venta de entradas en taquilla.",
     "League match at the Campos de Sport. Tickets at the box office.", ("sport",),
     ("16:15", "18:30", "21:00")),
    ("Torneo de ajedrez al aire libre", "Open-air chess tournament", "Deportes",
     "Torneo abierto de partidas rápidas. Inscripción en el lugar.",
     "An open rapid-chess tournament. Sign up on the spot.", ("porticada",), ("10:30",)),
    ("Paseo deportivo por la península", "Sports walk round the peninsula", "Deportes",
     "Marcha no competitiva de 5 km alrededor de la Magdalena.",
     "A 5 km non-competitive walk round the Magdalena.", ("magdalena",), ("10:00",)),
]

# Fixed dates of the season: (date, time, name es, name en, category, desc es, desc en, venue).
_FIXED: list[tuple[date, str, str, str, str, str, str, str]] = [
    (date(2026, 12, 12), "10:00", "Mercado de artesanía navideño", "Christmas craft market",
     "Exposiciones", "Puestos de artesanía local durante todo el día.",
     "Local craft stalls all day long.", "este"),
    (date(2026, 12, 20), "19:00", "Concierto de Navidad", "Christmas concert", "Música",
     "Villancicos y música navideña con coros de la ciudad.",
     "Carols and Christmas music with the city's choirs.", "festivales"),
    (date(2026, 12, 31), "17:00", "Carrera popular de San Silvestre", "San Silvestre fun run",
     "Deportes", "La carrera de fin de año, abierta a todas las edades y disfraces.",
     "The New Year's Eve run, open to all ages and costumes.", "sport"),
    (date(2027, 1, 5), "18:00", "Cabalgata de Reyes", "Three Kings parade", "Infantil",
     "Los Reyes Magos recorren el centro y terminan en la Plaza Porticada.",
     "The Three Kings parade through the centre, ending at Plaza Porticada.", "porticada"),
    (date(2027, 2, 6), "17:00", "Desfile infantil de Carnaval", "Children's carnival parade",
     "Infantil", "Desfile de disfraces infantiles con música en directo.",
     "A parade of children's costumes with live music.", "porticada"),
]


def _days(rng: random.Random) -> list[date]:
    """One date per event: three every dense day, two or three on other days of every week."""
    out: list[date] = []
    d = DENSE_FIRST
    while d <= DENSE_LAST:
        out += [d] * 3
        d += timedelta(days=1)
    monday = START
    while monday <= END:
        week = [monday + timedelta(days=i) for i in range(7)]
        free = [d for d in week if d <= END and not DENSE_FIRST <= d <= DENSE_LAST]
        if free:
            out += rng.sample(free, min(len(free), rng.choice([2, 2, 3])))
        monday += timedelta(days=7)
    return out


def generate(seed: int) -> list[dict[str, Any]]:
    """agenda_cultural resources, sorted by start time."""
    rng = random.Random(f"{seed}-agenda")
    events: list[tuple[datetime, str, str, str, str, str, str]] = []
    for day in _days(rng):
        name, alt, cat, desc, alt_desc, venues, times = rng.choice(TEMPLATES)
        start = datetime.combine(day, time.fromisoformat(rng.choice(times)))
        events.append((start, name, alt, cat, desc, alt_desc, rng.choice(venues)))
    for day, hhmm, name, alt, cat, desc, alt_desc, venue in _FIXED:
        events.append((datetime.combine(day, time.fromisoformat(hhmm)), name, alt, cat, desc,
                       alt_desc, venue))
    events.sort(key=lambda e: (e[0], e[1]))
    ds = "agenda_cultural"
    out = []
    for i, (start, name, alt, cat, desc, alt_desc, venue) in enumerate(events):
        ident = str(4100 + i * 7)
        place, lat, lon = VENUES[venue]
        fields: dict[str, Any] = {
            "dc:name": name, "ayto:alt-name": alt, "ayto:categoria": cat,
            "dc:description": f"{desc} Lugar: {place}.",
            "ayto:alt-description": f"{alt_desc} Venue: {place}.",
            "ayto:datetime": start.isoformat(timespec="seconds"),
            "ayto:lat": coord(rng, lat), "ayto:lon": coord(rng, lon),
            "ayto:link": f"{LINK_BASE}/eventos/{ident}",
            "ayto:imagen": "" if rng.random() < 0.35 else f"{LINK_BASE}/imagenes/{ident}.jpg",
        }
        out.append(record(ds, ident, modified(rng, days_back=60), fields))
    # Dirt, after the dense week so that every dense day keeps three good events: a record
    # without a name, a date in Spanish format, a latitude the CMS left as text.
    after = [r for r in out if r["ayto:datetime"][:10] > DENSE_LAST.isoformat()]
    del after[2]["dc:name"]
    after[12]["ayto:datetime"] = datetime.fromisoformat(
        after[12]["ayto:datetime"]).strftime("%d/%m/%Y %H:%M")
    after[25]["ayto:lat"] = "abc"
    return out
