"""Real Santander street names for the catalogue and the synthetic addresses.

The names are real; which neighbourhood, district and postal code each one gets here is an
approximation for synthetic data, not the official street map.
"""

from __future__ import annotations

import unicodedata

# Neighbourhood → district number. The grouping is ours, not the council's.
DISTRICT_OF = {
    "Centro–Ayuntamiento": 1, "Puertochico": 1,
    "El Sardinero": 2, "Valdenoja": 2,
    "Los Castros": 3, "General Dávila": 3,
    "Numancia–San Fernando": 4, "Cuatro Caminos": 4,
    "Castilla–Hermida": 5, "Barrio Pesquero": 5,
    "Alisal–Cazoña–San Román": 6,
    "La Albericia": 7, "Nueva Montaña": 7, "Peñacastillo": 7,
    "Cueto": 8, "Monte": 8,
}

# (street type, name, neighbourhood, postal code)
STREETS: list[tuple[str, str, str, str]] = [
    ("Calle", "Isabel II", "Centro–Ayuntamiento", "39002"),
    ("Calle", "Hernán Cortés", "Centro–Ayuntamiento", "39003"),
    ("Calle", "Cádiz", "Centro–Ayuntamiento", "39002"),
    ("Calle", "Jesús de Monasterio", "Centro–Ayuntamiento", "39010"),
    ("Calle", "Lealtad", "Centro–Ayuntamiento", "39002"),
    ("Calle", "Río de la Pila", "Centro–Ayuntamiento", "39003"),
    ("Calle", "Santa Lucía", "Centro–Ayuntamiento", "39003"),
    ("Calle", "Amós de Escalante", "Centro–Ayuntamiento", "39002"),
    ("Avenida", "de Calvo Sotelo", "Centro–Ayuntamiento", "39002"),
    ("Calle", "Daoíz y Velarde", "Centro–Ayuntamiento", "39003"),
    ("Calle", "Méndez Núñez", "Centro–Ayuntamiento", "39002"),
    ("Calle", "Tantín", "Centro–Ayuntamiento", "39001"),
    ("Calle", "Sol", "Centro–Ayuntamiento", "39003"),
    ("Calle", "Guevara", "Centro–Ayuntamiento", "39001"),
    ("Calle", "Santa Clara", "Centro–Ayuntamiento", "39001"),
    ("Calle", "Arrabal", "Centro–Ayuntamiento", "39003"),
    ("Calle", "Bonifaz", "Centro–Ayuntamiento", "39003"),
    ("Calle", "Lope de Vega", "Centro–Ayuntamiento", "39003"),
    ("Calle", "Rualasal", "Centro–Ayuntamiento", "39001"),
    ("Calle", "Marcelino Sanz de Sautuola", "Centro–Ayuntamiento", "39003"),
    ("Calle", "San Francisco", "Centro–Ayuntamiento", "39001"),
    ("Calle", "Juan de Herrera", "Centro–Ayuntamiento", "39002"),
    ("Calle", "Los Escalantes", "Centro–Ayuntamiento", "39002"),
    ("Calle", "Alta", "Centro–Ayuntamiento", "39008"),
    ("Calle", "Ruamenor", "Centro–Ayuntamiento", "39008"),
    ("Calle", "Cervantes", "Centro–Ayuntamiento", "39001"),
    ("Paseo", "de Pereda", "Puertochico", "39004"),
    ("Calle", "Juan de la Cosa", "Puertochico", "39004"),
    ("Calle", "Tetuán", "Puertochico", "39004"),
    ("Calle", "Castelar", "Puertochico", "39004"),
    ("Calle", "Casimiro Sainz", "Puertochico", "39004"),
    ("Calle", "Ataúlfo Argenta", "Puertochico", "39004"),
    ("Paseo", "de Canalejas", "Puertochico", "39004"),
    ("Avenida", "Reina Victoria", "El Sardinero", "39005"),
    ("Avenida", "de Castañeda", "El Sardinero", "39005"),
    ("Avenida", "de los Infantes", "El Sardinero", "39005"),
    ("Avenida", "Manuel García Lago", "El Sardinero", "39005"),
    ("Calle", "Joaquín Costa", "El Sardinero", "39005"),
    ("Avenida", "del Stadium", "Valdenoja", "39005"),
    ("Avenida", "de Cantabria", "Valdenoja", "39012"),
    ("Avenida", "de los Castros", "Los Castros", "39005"),
    ("Paseo", "de Menéndez Pelayo", "Los Castros", "39006"),
    ("Calle", "General Dávila", "General Dávila", "39006"),
    ("Calle", "Cisneros", "General Dávila", "39007"),
    ("Calle", "Perines", "General Dávila", "39007"),
    ("Calle", "Burgos", "Numancia–San Fernando", "39008"),
    ("Calle", "San Fernando", "Numancia–San Fernando", "39010"),
    ("Calle", "Vargas", "Numancia–San Fernando", "39010"),
    ("Calle", "Floranes", "Numancia–San Fernando", "39010"),
    ("Avenida", "de Valdecilla", "Cuatro Caminos", "39008"),
    ("Calle", "Camilo Alonso Vega", "Cuatro Caminos", "39007"),
    ("Calle", "Magallanes", "Cuatro Caminos", "39007"),
    ("Calle", "Castilla", "Castilla–Hermida", "39009"),
    ("Calle", "Marqués de la Hermida", "Castilla–Hermida", "39009"),
    ("Calle", "Antonio López", "Castilla–Hermida", "39009"),
    ("Calle", "Marqués de la Ensenada", "Barrio Pesquero", "39009"),
    ("Avenida", "de Pedro San Martín", "Alisal–Cazoña–San Román", "39010"),
    ("Avenida", "de la Constitución", "Alisal–Cazoña–San Román", "39011"),
    ("Calle", "Cardenal Herrera Oria", "Alisal–Cazoña–San Román", "39011"),
    ("Calle", "Primero de Mayo", "La Albericia", "39011"),
    ("Avenida", "de Nueva Montaña", "Nueva Montaña", "39011"),
    ("Calle", "Peñacastillo", "Peñacastillo", "39011"),
    ("Avenida", "del Faro", "Cueto", "39012"),
]


def street_id(street_type: str, name: str) -> str:
    """A stable, readable id: 'Calle', 'Río de la Pila' → 'calle-rio-de-la-pila'."""
    plain = unicodedata.normalize("NFKD", f"{street_type} {name}")
    ascii_only = "".join(c for c in plain if not unicodedata.combining(c)).lower()
    return "-".join("".join(c if c.isalnum() else " " for c in ascii_only).split())


def rows() -> list[dict[str, object]]:
    """The streets as rows for the `streets` table and the catalogue."""
    return [
        {
            "id": street_id(t, n), "street_type": t, "name": n, "neighbourhood": hood,
            "postal_code": cp, "district": DISTRICT_OF[hood],
        }
        for t, n, hood, cp in STREETS
    ]
