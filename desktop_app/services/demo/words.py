"""Word lists for the demo library: enough variety for realistic search and sorting."""

from ...domain.values import ItemType

FIRST_NAMES = (
    "Ana", "Björn", "Chloé", "Dmitri", "Elif", "François", "Gabriel", "Hana", "Ingrid", "José", "Kwame", "Léa",
    "Mateo", "Noémie", "Oskar", "Priya", "Quentin", "Rosa", "Søren", "Tomás", "Uma", "Vera", "Wei", "Ximena",
    "Yusuf", "Zoë", "Amélie", "Bruno", "Carmen", "Dario", "Emma", "Farid", "Greta", "Hugo", "Irène", "Jonas",
    "Kai", "Lucía", "Malik", "Nora", "Olga", "Pablo", "Rania", "Sven", "Tariq", "Ulla", "Victor", "Wanda",
)
LAST_NAMES = (
    "Ruiz", "Müller", "García", "Novák", "Öztürk", "Dubois", "Kowalski", "Nakamura", "Larsen", "Pérez", "Mensah",
    "Rossi", "Fernández", "Leclerc", "Nyström", "Sharma", "Bernard", "Silva", "Jørgensen", "Costa", "Iyer", "Horvat",
    "Chen", "López", "Demir", "Kovač", "Schmidt", "Moreau", "Petrov", "Andersen", "Ólafsson", "Brontë", "Żukowski",
    "O'Brien", "MacLeod", "Van Dijk", "De Luca", "Abara", "Haddad", "Kim", "Tanaka", "Walker", "Young", "Ivanova",
)
TITLE_WORDS = (
    "Shadow", "River", "Garden", "Winter", "Secret", "Island", "Night", "Mountain", "Letters", "Empire", "Kitchen",
    "Silence", "Harbour", "Machine", "Forest", "Memory", "Stone", "Glass", "Desert", "Light", "Ocean", "Storm",
    "Library", "Journey", "Clockwork", "Orchard", "Lantern", "Compass", "Bridge", "Mirror", "Garden", "Atlas",
    "Cathedral", "Village", "Midnight", "Summer", "Sparrow", "Wolf", "Fox", "Whale", "Tiger", "Dragon", "Engine",
    "Quantum", "Algebra", "History", "Philosophy", "Cooking", "Birds", "Stars", "Code", "Python", "Music", "Poems",
    "Café", "Señor", "Noël", "Über", "Fjord", "Sagas", "Naïve", "Résumé", "Piñata", "Crème",
)
TITLE_PATTERNS = (
    "The {a} of the {b}", "{a} and {b}", "A {a} in {b}", "The Last {a}", "{a}", "Beyond the {a}",
    "The {a}'s {b}", "Tales of {a} and {b}", "An Introduction to {a}", "{a} for Beginners", "Under the {a}",
    "The {a} {b}", "Notes on {a}", "Return to {a}", "The {a} Book",
)
SUBJECTS = (
    "Fiction", "Mystery fiction", "Science fiction", "Fantasy fiction", "History", "Biography", "Cooking",
    "Gardening", "Mathematics", "Computer programming", "Poetry", "Travel", "Natural history", "Philosophy",
    "Children's stories", "Music", "Art", "Psychology", "Economics", "Physics",
)
PUBLISHERS = (
    "Penguin", "Gallimard", "Suhrkamp", "Anagrama", "Faber & Faber", "Vintage", "HarperCollins", "Tor",
    "Oxford University Press", "MIT Press", "O'Reilly", "Bloomsbury", "Einaudi", "Actes Sud", "Random House",
)
LANGUAGES = ("eng", "eng", "eng", "eng", "fre", "ger", "spa", "ita", "nor")
SERIES = ("Discworld", "Maigret", "Earthsea", "Very Short Introductions", "Penguin Classics", "Dune Chronicles")
ITEM_TYPES = tuple(t.value for t in (ItemType.BOOK,) * 5 + (ItemType.DVD, ItemType.AUDIOBOOK, ItemType.MAGAZINE,
                                                         ItemType.EBOOK))
LOCATIONS = ("Adult fiction", "Children", "Non-fiction", "Reference", "Young adult", "Local history")
