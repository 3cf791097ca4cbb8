"""The participation platform's polls and surveys (a Consul fork in the city): SYNTHETIC seed
questions dated relative to the server's "today", and the storage behind the routes."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, timedelta
from typing import Any

Texts = dict[str, str]  # language (es, en, fr, de) → text
Rows = dict[str, list[dict[str, Any]]]

SATISFACTION = "kiosk-satisfaction"
COMMENT_MAX = 500


def _t(es: str, en: str, fr: str, de: str) -> Texts:
    return {"es": es, "en": en, "fr": fr, "de": de}


def _same(name: str) -> Texts:
    """A proper name that reads the same in every language."""
    return _t(name, name, name, name)


# (id, kind, days from today it opens, days it closes, question, description, options,
#  rating scale or None). Options are (id, label).
_POLLS: list[tuple[str, str, int, int, Texts, Texts, list[tuple[str, Texts]],
                   dict[str, Any] | None]] = [
    ("peatonal-hernan-cortes", "poll", -12, 18,
     _t("¿Quiere que la calle Hernán Cortés sea peatonal?",
        "Should Calle Hernán Cortés become pedestrian-only?",
        "Souhaitez-vous que la rue Hernán Cortés devienne piétonne ?",
        "Soll die Calle Hernán Cortés zur Fußgängerzone werden?"),
     _t("El Ayuntamiento estudia cerrar al tráfico el tramo central de la calle Hernán Cortés, "
        "junto a la plaza de Pombo. Residentes, carga y descarga y servicios de emergencia "
        "seguirían teniendo acceso.",
        "The City Council is considering closing the central stretch of Calle Hernán Cortés, "
        "next to Plaza de Pombo, to traffic. Residents, deliveries and emergency services would "
        "keep their access.",
        "La mairie étudie la fermeture à la circulation du tronçon central de la rue Hernán "
        "Cortés, près de la place de Pombo. Les riverains, les livraisons et les services "
        "d'urgence conserveraient leur accès.",
        "Die Stadt prüft, den mittleren Abschnitt der Calle Hernán Cortés an der Plaza de Pombo "
        "für den Verkehr zu sperren. Anwohner, Lieferverkehr und Rettungsdienste hätten "
        "weiterhin Zufahrt."),
     [("full", _t("Sí, peatonal todo el día", "Yes, pedestrian-only all day",
                  "Oui, piétonne toute la journée", "Ja, ganztägig Fußgängerzone")),
      ("weekends", _t("Sí, solo fines de semana y festivos",
                      "Yes, but only at weekends and on public holidays",
                      "Oui, mais seulement le week-end et les jours fériés",
                      "Ja, aber nur am Wochenende und an Feiertagen")),
      ("shared", _t("Zona de coexistencia: prioridad peatonal y 20 km/h",
                    "Shared street: pedestrians first, 20 km/h limit",
                    "Zone de rencontre : priorité aux piétons, 20 km/h",
                    "Verkehrsberuhigter Bereich: Vorrang für Fußgänger, 20 km/h")),
      ("no", _t("No, mantener el tráfico como está", "No, keep traffic as it is",
                "Non, garder la circulation telle qu'elle est",
                "Nein, der Verkehr soll bleiben wie bisher"))],
     None),
    ("carril-bici-sardinero", "poll", -5, 25,
     _t("¿Por dónde debería ir el nuevo carril bici del centro a El Sardinero?",
        "Which route should the new bike lane from the city centre to El Sardinero take?",
        "Quel itinéraire pour la nouvelle piste cyclable entre le centre-ville et "
        "El Sardinero ?",
        "Welche Strecke soll der neue Radweg vom Stadtzentrum nach El Sardinero nehmen?"),
     _t("Un carril bici separado del tráfico uniría Puertochico con las playas de El Sardinero. "
        "Elija el recorrido que prefiere.",
        "A bike lane separated from traffic would link Puertochico with the beaches of "
        "El Sardinero. Choose the route you prefer.",
        "Une piste cyclable séparée de la circulation relierait Puertochico aux plages "
        "d'El Sardinero. Choisissez l'itinéraire que vous préférez.",
        "Ein vom Autoverkehr getrennter Radweg soll Puertochico mit den Stränden von "
        "El Sardinero verbinden. Wählen Sie die Strecke, die Sie bevorzugen."),
     [("reina-victoria", _t("Por la avenida Reina Victoria, junto a la costa",
                            "Along Avenida Reina Victoria, by the coast",
                            "Par l'avenue Reina Victoria, le long de la côte",
                            "Über die Avenida Reina Victoria an der Küste entlang")),
      ("perez-galdos", _t("Por el paseo de Pérez Galdós", "Along Paseo de Pérez Galdós",
                          "Par la promenade Pérez Galdós", "Über den Paseo de Pérez Galdós")),
      ("both", _t("Por los dos recorridos", "Both routes", "Les deux itinéraires",
                  "Beide Strecken")),
      ("none", _t("No hace falta un nuevo carril bici", "No new bike lane is needed",
                  "Une nouvelle piste cyclable n'est pas nécessaire",
                  "Ein neuer Radweg ist nicht nötig"))],
     None),
    ("bibliotecas-horario-verano", "poll", -2, 40,
     _t("¿Qué horario de verano prefiere para las bibliotecas municipales?",
        "Which summer opening hours would you prefer for the municipal libraries?",
        "Quels horaires d'été préférez-vous pour les bibliothèques municipales ?",
        "Welche Sommeröffnungszeiten wünschen Sie sich für die städtischen Bibliotheken?"),
     _t("En julio y agosto las bibliotecas municipales abren solo por la mañana. El próximo "
        "verano el horario puede cambiar sin ampliar la plantilla.",
        "In July and August the municipal libraries open only in the morning. Next summer the "
        "hours could change without adding staff.",
        "En juillet et en août, les bibliothèques municipales n'ouvrent que le matin. L'été "
        "prochain, les horaires pourraient changer sans augmenter le personnel.",
        "Im Juli und August sind die städtischen Bibliotheken nur vormittags geöffnet. Im "
        "nächsten Sommer könnten sich die Zeiten ändern, ohne zusätzliches Personal."),
     [("mornings", _t("Mañanas, de 9:00 a 14:00, como ahora", "Mornings, 9:00 to 14:00, as now",
                      "Le matin, de 9 h à 14 h, comme aujourd'hui",
                      "Vormittags von 9 bis 14 Uhr, wie bisher")),
      ("afternoons", _t("Tardes, de 15:00 a 21:00", "Afternoons and evenings, 15:00 to 21:00",
                        "L'après-midi, de 15 h à 21 h", "Nachmittags von 15 bis 21 Uhr")),
      ("two-evenings", _t("Mañanas, y dos tardes por semana hasta las 20:00",
                          "Mornings, plus two evenings a week until 20:00",
                          "Le matin, et deux soirs par semaine jusqu'à 20 h",
                          "Vormittags und an zwei Abenden pro Woche bis 20 Uhr")),
      ("saturdays", _t("Mañanas de lunes a sábado", "Mornings, Monday to Saturday",
                       "Le matin, du lundi au samedi", "Vormittags, Montag bis Samstag"))],
     None),
    # Closed yesterday: never listed, and answers to it are refused.
    ("parque-canino", "poll", -40, -1,
     _t("¿Dónde prefiere el nuevo parque para perros?",
        "Where would you prefer the new dog park to be?",
        "Où préférez-vous que soit installé le nouveau parc canin ?",
        "Wo soll der neue Hundeauslaufplatz entstehen?"),
     _t("Un recinto vallado para que los perros corran sueltos, con fuente y papeleras.",
        "A fenced area where dogs can run off the lead, with a drinking fountain and bins.",
        "Un espace clôturé où les chiens peuvent courir sans laisse, avec fontaine et "
        "poubelles.",
        "Ein eingezäuntes Gelände, auf dem Hunde frei laufen können, mit Trinkbrunnen und "
        "Abfalleimern."),
     [("las-llamas", _same("Parque de Las Llamas")), ("mesones", _same("Parque de Mesones")),
      ("cazona", _same("Parque de Cazoña"))],
     None),
    (SATISFACTION, "survey", -180, 365,
     _t("¿Le ha resultado fácil usar este punto de atención?",
        "How easy was it to use this kiosk?",
        "Avez-vous trouvé cette borne facile à utiliser ?",
        "Wie einfach war die Bedienung dieses Terminals?"),
     _t("Puntúe de 1 (muy difícil) a 5 (muy fácil). Si quiere, cuéntenos qué mejoraría; no "
        "escriba datos personales.",
        "Rate it from 1 (very difficult) to 5 (very easy). If you like, tell us what we could "
        "improve; please do not include personal details.",
        "Notez de 1 (très difficile) à 5 (très facile). Si vous le souhaitez, dites-nous ce "
        "que nous pourrions améliorer ; n'indiquez aucune donnée personnelle.",
        "Bewerten Sie von 1 (sehr schwierig) bis 5 (sehr einfach). Wenn Sie möchten, sagen Sie "
        "uns, was wir verbessern können; bitte keine persönlichen Daten angeben."),
     [],
     {"min": 1, "max": 5,
      "min_label": _t("Muy difícil", "Very difficult", "Très difficile", "Sehr schwierig"),
      "max_label": _t("Muy fácil", "Very easy", "Très facile", "Sehr einfach")}),
]


def rows(today: date) -> Rows:
    """The seed's polls and options as table rows, dated relative to `today`."""
    polls, options = [], []
    for pos, (pid, kind, opens, closes, question, description, opts, scale) in enumerate(_POLLS):
        polls.append({
            "id": pid, "position": pos, "kind": kind,
            "opens": (today + timedelta(days=opens)).isoformat(),
            "closes": (today + timedelta(days=closes)).isoformat(),
            "question_json": json.dumps(question, ensure_ascii=False),
            "description_json": json.dumps(description, ensure_ascii=False),
            # Only the satisfaction survey takes free text; votes on city questions do not.
            "allows_comment": int(kind == "survey"),
            "rating_json": None if scale is None else json.dumps(scale, ensure_ascii=False),
        })
        options += [{"poll_id": pid, "id": oid, "position": i,
                     "label_json": json.dumps(label, ensure_ascii=False)}
                    for i, (oid, label) in enumerate(opts)]
    return {"participation_polls": polls, "participation_options": options}


def is_open(poll: sqlite3.Row, today: date) -> bool:
    """True from `opens` to `closes`, both included (Europe/Madrid dates)."""
    return poll["opens"] <= today.isoformat() <= poll["closes"]


def find(conn: sqlite3.Connection, poll_id: str) -> sqlite3.Row | None:
    """The poll's row, or None."""
    return conn.execute("SELECT * FROM participation_polls WHERE id = ?", (poll_id,)).fetchone()


def option_ids(conn: sqlite3.Connection, poll_id: str) -> list[str]:
    """The poll's option ids in display order."""
    return [r["id"] for r in conn.execute(
        "SELECT id FROM participation_options WHERE poll_id = ? ORDER BY position", (poll_id,))]


def rating_scale(poll: sqlite3.Row) -> dict[str, Any]:
    """A survey's scale (`min`, `max` and their labels)."""
    return json.loads(poll["rating_json"])


def open_polls(conn: sqlite3.Connection, today: date) -> list[dict[str, Any]]:
    """Polls and surveys open `today`, in the platform's order, as the API shows them."""
    day = today.isoformat()
    polls = conn.execute("SELECT * FROM participation_polls WHERE opens <= ? AND closes >= ? "
                         "ORDER BY position", (day, day)).fetchall()
    return [_poll(conn, p) for p in polls]


def tally(conn: sqlite3.Connection) -> dict[str, Any]:
    """Answers per poll, option and rating (never the comments themselves): a test hook."""
    polls: dict[str, Any] = {}
    for p in conn.execute("SELECT id FROM participation_polls ORDER BY position"):
        counts = {o: 0 for o in option_ids(conn, p["id"])}
        polls[p["id"]] = {"answers": 0, "options": counts, "ratings": {}, "comments": 0}
    for r in conn.execute("SELECT poll_id, option_id, rating, comment FROM participation_answers"):
        entry = polls[r["poll_id"]]
        entry["answers"] += 1
        if r["option_id"] is not None:
            entry["options"][r["option_id"]] += 1
        if r["rating"] is not None:
            key = str(r["rating"])
            entry["ratings"][key] = entry["ratings"].get(key, 0) + 1
        entry["comments"] += r["comment"] is not None
    total = sum(p["answers"] for p in polls.values())
    return {"synthetic": True, "answers": total, "polls": polls}


def _poll(conn: sqlite3.Connection, p: sqlite3.Row) -> dict[str, Any]:
    options = [{"id": o["id"], "label": json.loads(o["label_json"])} for o in conn.execute(
        "SELECT id, label_json FROM participation_options WHERE poll_id = ? ORDER BY position",
        (p["id"],))]
    return {"id": p["id"], "kind": p["kind"], "question": json.loads(p["question_json"]),
            "description": json.loads(p["description_json"]), "options": options,
            "rating_scale": json.loads(p["rating_json"]) if p["rating_json"] else None,
            "opens": p["opens"], "closes": p["closes"],
            "allows_comment": bool(p["allows_comment"])}
