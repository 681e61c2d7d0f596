<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
  <context>
    <name>LibraryDesk</name>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="119" />
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="123" />
      <location filename="../../desktop_app/ui/catalog/lookup.py" line="49" />
      <source>Title</source>
      <translation>Titel</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="120" />
      <source>Subtitle</source>
      <translation>Untertitel</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="121" />
      <location filename="../../desktop_app/domain/fields.py" line="123" />
      <location filename="../../desktop_app/ui/catalog/model.py" line="42" />
      <source>ISBN</source>
      <translation>ISBN</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="122" />
      <source>ISBN-10 or ISBN-13, with or without hyphens; kept as both</source>
      <translation>ISBN-10 oder ISBN-13, mit oder ohne Bindestriche; beide werden gespeichert</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="124" />
      <source>ISBN-10</source>
      <translation>ISBN-10</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="125" />
      <location filename="../../desktop_app/ui/catalog/lookup.py" line="49" />
      <source>Publisher</source>
      <translation>Verlag</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="126" />
      <location filename="../../desktop_app/ui/catalog/lookup.py" line="49" />
      <location filename="../../desktop_app/ui/catalog/model.py" line="40" />
      <source>Year</source>
      <translation>Jahr</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="127" />
      <source>Edition</source>
      <translation>Auflage</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="128" />
      <location filename="../../desktop_app/ui/catalog/filters.py" line="29" />
      <location filename="../../desktop_app/ui/notices/texts.py" line="110" />
      <source>Language</source>
      <translation>Sprache</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="128" />
      <source>MARC three-letter code such as eng, ger, fre</source>
      <translation>Dreibuchstabiger MARC-Code wie eng, ger, fre</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="129" />
      <source>Series</source>
      <translation>Reihe</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="130" />
      <source>Number in series</source>
      <translation>Band in der Reihe</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="131" />
      <source>Extent</source>
      <translation>Umfang</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="131" />
      <source>Pages and size, as MARC 300: 320 p. : ill. ; 24 cm</source>
      <translation>Seiten und Format, wie MARC 300: 320 S. : Ill. ; 24 cm</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="132" />
      <source>Subjects</source>
      <translation>Schlagwörter</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="133" />
      <source>Description</source>
      <translation>Beschreibung</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="134" />
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="44" />
      <location filename="../../desktop_app/ui/catalog/filters.py" line="28" />
      <source>Item type</source>
      <translation>Medienart</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="135" />
      <location filename="../../desktop_app/domain/fields.py" line="148" />
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="43" />
      <source>Call number</source>
      <translation>Signatur</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="136" />
      <source>Links</source>
      <translation>Links</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="136" />
      <source>Web addresses (MARC 856), separated by ;</source>
      <translation>Webadressen (MARC 856), getrennt durch ;</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="137" />
      <location filename="../../desktop_app/ui/catalog/model.py" line="39" />
      <source>Authors</source>
      <translation>Autoren</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="138" />
      <source>ISBN search text</source>
      <translation>ISBN-Suchtext</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="139" />
      <source>More search text</source>
      <translation>Weiterer Suchtext</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="140" />
      <source>Title sort key</source>
      <translation>Sortierschlüssel Titel</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="141" />
      <source>Author sort key</source>
      <translation>Sortierschlüssel Autor</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="147" />
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="123" />
      <location filename="../../desktop_app/ui/catalog/detail.py" line="73" />
      <source>Barcode</source>
      <translation>Barcode</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="147" />
      <location filename="../../desktop_app/domain/fields.py" line="159" />
      <source>Generated when empty</source>
      <translation>Wird erzeugt, wenn leer</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="149" />
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="43" />
      <location filename="../../desktop_app/ui/catalog/detail.py" line="77" />
      <source>Location</source>
      <translation>Standort</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="150" />
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="43" />
      <location filename="../../desktop_app/ui/catalog/detail.py" line="74" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="151" />
      <source>Acquired</source>
      <translation>Erworben</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="152" />
      <source>Price</source>
      <translation>Preis</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="152" />
      <source>Whole cents</source>
      <translation>In ganzen Cent</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="153" />
      <location filename="../../desktop_app/domain/fields.py" line="171" />
      <source>Notes</source>
      <translation>Bemerkungen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="159" />
      <source>Card number</source>
      <translation>Ausweisnummer</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="160" />
      <source>First name</source>
      <translation>Vorname</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="161" />
      <source>Last name</source>
      <translation>Nachname</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="162" />
      <location filename="../../desktop_app/ui/members/model.py" line="36" />
      <source>Email</source>
      <translation>E-Mail</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="163" />
      <source>Phone</source>
      <translation>Telefon</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="164" />
      <source>Address</source>
      <translation>Adresse</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="165" />
      <location filename="../../desktop_app/ui/members/model.py" line="33" />
      <source>Category</source>
      <translation>Kategorie</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="166" />
      <source>The category's code; the library's default when empty</source>
      <translation>Der Code der Kategorie; leer: die Standardkategorie der Bibliothek</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="167" />
      <source>Joined</source>
      <translation>Mitglied seit</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="167" />
      <source>Today when empty</source>
      <translation>Heute, wenn leer</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="168" />
      <location filename="../../desktop_app/ui/members/model.py" line="34" />
      <source>Expires</source>
      <translation>Gültig bis</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="169" />
      <location filename="../../desktop_app/ui/members/model.py" line="24" />
      <source>Blocked</source>
      <translation>Gesperrt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="170" />
      <source>Block reason</source>
      <translation>Sperrgrund</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="171" />
      <source>For the staff only</source>
      <translation>Nur für Mitarbeiter</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="172" />
      <source>Name sort key</source>
      <translation>Sortierschlüssel Name</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="62" />
      <source>Added</source>
      <translation>Angelegt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="154" />
      <source>Library name</source>
      <translation>Name der Bibliothek</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="155" />
      <source>printed on slips, letters, labels and cards</source>
      <translation>wird auf Belege, Mahnungen, Etiketten und Ausweise gedruckt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="156" />
      <source>Address for slips</source>
      <translation>Adresse für Belege</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="157" />
      <source>printed on slips and letters</source>
      <translation>wird auf Belege und Mahnungen gedruckt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="158" />
      <source>Desk name</source>
      <translation>Name des Arbeitsplatzes</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="159" />
      <source>this desk's name in sync and on slips</source>
      <translation>Name dieses Arbeitsplatzes bei der Synchronisierung und auf Belegen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="160" />
      <source>Currency</source>
      <translation>Währung</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="161" />
      <source>ISO 4217 code of the money the library takes, like EUR, USD or GBP; empty: the currency of each desk's language and country</source>
      <translation>ISO-4217-Code der Währung, die die Bibliothek annimmt, z. B. EUR, USD oder GBP; leer: die Währung der Sprache und des Landes des jeweiligen Arbeitsplatzes</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="163" />
      <location filename="../../desktop_app/ui/shell/wizard.py" line="119" />
      <source>Charge fines for late returns</source>
      <translation>Säumnisgebühren bei verspäteter Rückgabe berechnen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="164" />
      <source>Days to pick up a hold</source>
      <translation>Abholfrist für Vormerkungen (Tage)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="165" />
      <source>open days a copy waits on the hold shelf</source>
      <translation>Öffnungstage, die ein Exemplar im Abholregal wartet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="166" />
      <source>Closed every</source>
      <translation>Schließtage</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="166" />
      <source>days of the week the library is shut</source>
      <translation>Wochentage, an denen die Bibliothek geschlossen ist</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="167" />
      <source>Category of a new member</source>
      <translation>Kategorie neuer Mitglieder</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="168" />
      <source>Desk code</source>
      <translation>Arbeitsplatzcode</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="169" />
      <source>two characters in every barcode and card number this desk makes (given by the server)</source>
      <translation>zwei Zeichen in jedem Barcode und jeder Ausweisnummer, die dieser Arbeitsplatz vergibt (vom Server zugeteilt)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="171" />
      <source>Send notices to members</source>
      <translation>Benachrichtigungen an Mitglieder senden</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="172" />
      <source>reminders, overdue notices and hold notices by email; a letter to print for a member without email</source>
      <translation>Erinnerungen, Mahnungen und Vormerkungsbenachrichtigungen per E-Mail; ein Brief zum Drucken für Mitglieder ohne E-Mail</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="174" />
      <source>Notices are sent by</source>
      <translation>Benachrichtigungen sendet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="176" />
      <source>desk: this desk sends them once a day; server: the library server does and this desk does not (a library that syncs has one sender)</source>
      <translation>Arbeitsplatz: dieser Arbeitsplatz sendet sie einmal täglich; Server: der Bibliotheksserver sendet sie, dieser Arbeitsplatz nicht (eine Bibliothek mit Synchronisierung hat nur einen Absender)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="178" />
      <source>Language of notices</source>
      <translation>Sprache der Benachrichtigungen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="179" />
      <source>the templates used: en English, de German, fr French, es Spanish</source>
      <translation>die verwendeten Vorlagen: en Englisch, de Deutsch, fr Französisch, es Spanisch</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="180" />
      <source>Reminder before the due date (days)</source>
      <translation>Erinnerung vor dem Fälligkeitsdatum (Tage)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="181" />
      <source>0: no reminder</source>
      <translation>0: keine Erinnerung</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="182" />
      <source>First overdue notice (days late)</source>
      <translation>Erste Mahnung (Tage überfällig)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="183" />
      <source>0: none</source>
      <translation>0: keine</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="184" />
      <source>Second overdue notice (days late)</source>
      <translation>Zweite Mahnung (Tage überfällig)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="185" />
      <source>0: none; later than the first</source>
      <translation>0: keine; später als die erste</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="186" />
      <source>Third overdue notice (days late)</source>
      <translation>Dritte Mahnung (Tage überfällig)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="187" />
      <source>0: none; later than the second</source>
      <translation>0: keine; später als die zweite</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="188" />
      <source>Paper of printed letters</source>
      <translation>Papier der gedruckten Briefe</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="190" />
      <source>Mail server (SMTP)</source>
      <translation>Mailserver (SMTP)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="191" />
      <source>host name of the library's mail server; the password is kept in the system's keyring</source>
      <translation>Hostname des Mailservers der Bibliothek; das Passwort wird im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="192" />
      <source>Mail server port</source>
      <translation>Port des Mailservers</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="193" />
      <source>Mail server security</source>
      <translation>Verschlüsselung des Mailservers</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="195" />
      <source>starttls (port 587), tls (port 465) or none (a server on this computer only)</source>
      <translation>STARTTLS (Port 587), TLS (Port 465) oder keine (nur für einen Server auf diesem Computer)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="196" />
      <source>Mail server user</source>
      <translation>Benutzer des Mailservers</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="197" />
      <source>Send notices from (email address)</source>
      <translation>Absenderadresse der Benachrichtigungen (E-Mail)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="200" />
      <source>Charge fines for days the library is closed</source>
      <translation>Säumnisgebühren auch für Schließtage berechnen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="202" />
      <source>Renewing an overdue loan</source>
      <translation>Verlängerung einer überfälligen Ausleihe</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="203" />
      <source>charge: the fine run up so far is charged and the loan renewed; refuse: it must be returned</source>
      <translation>berechnen: die bisher aufgelaufene Säumnisgebühr wird berechnet und die Ausleihe verlängert; ablehnen: das Medium muss zurückgegeben werden</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="205" />
      <source>A lost copy that turns up</source>
      <translation>Ein verlorenes Exemplar taucht wieder auf</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="206" />
      <source>refund: its lost fee is cancelled and what was paid refunded; keep: the lost fee stands</source>
      <translation>erstatten: die Verlustgebühr wird storniert und das Bezahlte erstattet; behalten: die Verlustgebühr bleibt bestehen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="209" />
      <source>Forget who borrowed a returned book after (days)</source>
      <translation>Entleiher zurückgegebener Medien vergessen nach (Tagen)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="211" />
      <source>0: keep it; otherwise returned loans lose their member after so many days (the statistics stay)</source>
      <translation>0: nie; sonst wird bei zurückgegebenen Ausleihen nach so vielen Tagen das Mitglied entfernt (die Statistik bleibt erhalten)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="213" />
      <source>Keep records of deletions for (days)</source>
      <translation>Aufbewahrung der Löschvermerke (Tage)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="215" />
      <source>a desk that has not synced for longer must download everything again</source>
      <translation>ein Arbeitsplatz, der länger nicht synchronisiert hat, muss alles neu herunterladen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="217" />
      <source>Locations</source>
      <translation>Standorte</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="219" />
      <source>one a line: the shelves and rooms a copy can be in</source>
      <translation>eine pro Zeile: die Regale und Räume, in denen ein Exemplar stehen kann</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="22" />
      <source>Friday</source>
      <translation>Freitag</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="22" />
      <source>Monday</source>
      <translation>Montag</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="22" />
      <source>Saturday</source>
      <translation>Samstag</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="22" />
      <source>Sunday</source>
      <translation>Sonntag</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="22" />
      <source>Thursday</source>
      <translation>Donnerstag</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="22" />
      <source>Tuesday</source>
      <translation>Dienstag</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="22" />
      <source>Wednesday</source>
      <translation>Mittwoch</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="220" />
      <source>Look up ISBNs in</source>
      <translation>ISBNs nachschlagen in</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="222" />
      <source>one catalogue a line, tried in order: sru URL INDEX NAME, or openlibrary URL - NAME</source>
      <translation>ein Katalog pro Zeile, der Reihe nach versucht: sru URL INDEX NAME oder openlibrary URL - NAME</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="223" />
      <source>Seconds to wait for a catalogue</source>
      <translation>Sekunden Wartezeit auf einen Katalog</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="225" />
      <source>Fetch covers with looked-up records</source>
      <translation>Umschlagbilder mit nachgeschlagenen Datensätzen holen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="27" />
      <source>nobody (sent by hand)</source>
      <translation>niemand (Versand von Hand)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="27" />
      <source>the library server</source>
      <translation>der Bibliotheksserver</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="27" />
      <location filename="../../desktop_app/ui/shell/main_window.py" line="240" />
      <source>this desk</source>
      <translation>dieser Arbeitsplatz</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="28" />
      <source>STARTTLS (port 587)</source>
      <translation>STARTTLS (Port 587)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="28" />
      <source>TLS (port 465)</source>
      <translation>TLS (Port 465)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="28" />
      <source>none (a server on this computer)</source>
      <translation>keine (ein Server auf diesem Computer)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="29" />
      <location filename="../../desktop_app/ui/desk/slip.py" line="38" />
      <source>A4</source>
      <translation>A4</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="29" />
      <source>US Letter</source>
      <translation>US-Letter</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="29" />
      <source>charge the fine run up so far</source>
      <translation>bisher aufgelaufene Säumnisgebühr berechnen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="29" />
      <source>refuse: return it first</source>
      <translation>ablehnen: zuerst zurückgeben</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="30" />
      <source>cancel the lost fee, refund what was paid</source>
      <translation>Verlustgebühr stornieren, Bezahltes erstatten</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="30" />
      <source>keep the lost fee</source>
      <translation>Verlustgebühr behalten</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="31" />
      <source>English</source>
      <translation>Englisch</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="31" />
      <source>French</source>
      <translation>Französisch</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="31" />
      <source>German</source>
      <translation>Deutsch</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="31" />
      <source>Spanish</source>
      <translation>Spanisch</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/values.py" line="56" />
      <source>Audiobook</source>
      <translation>Hörbuch</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/values.py" line="56" />
      <location filename="../../desktop_app/ui/holds/tab.py" line="89" />
      <source>Book</source>
      <translation>Buch</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/values.py" line="56" />
      <source>E-book</source>
      <translation>E-Book</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/values.py" line="56" />
      <source>Music</source>
      <translation>Musik</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/values.py" line="57" />
      <source>DVD / video</source>
      <translation>DVD / Video</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/values.py" line="57" />
      <source>Magazine</source>
      <translation>Zeitschrift</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/values.py" line="57" />
      <source>Map</source>
      <translation>Karte</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/values.py" line="57" />
      <source>Score</source>
      <translation>Noten</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/values.py" line="58" />
      <source>Game</source>
      <translation>Spiel</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/values.py" line="58" />
      <source>Kit</source>
      <translation>Medienpaket</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/values.py" line="58" />
      <source>Other</source>
      <translation>Sonstiges</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/values.py" line="58" />
      <source>Software</source>
      <translation>Software</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="122" />
      <source>What would change</source>
      <translation>Was sich ändern würde</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="123" />
      <source>After</source>
      <translation>Nachher</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="123" />
      <source>Before</source>
      <translation>Vorher</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="123" />
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="210" />
      <source>Field</source>
      <translation>Feld</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="128" />
      <source>Choose the copies and what to change, then Preview.</source>
      <translation>Wählen Sie die Exemplare und was sich ändern soll, dann Vorschau.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="134" />
      <source>Pre&amp;view</source>
      <translation>&amp;Vorschau</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="137" />
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="238" />
      <source>&amp;Apply</source>
      <translation>&amp;Anwenden</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="141" />
      <location filename="../../desktop_app/ui/catalog/queued.py" line="79" />
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="145" />
      <source>Close</source>
      <translation>Schließen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="190" />
      <source>Working out what would change…</source>
      <translation>Ermittle, was sich ändern würde…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="200" />
      <source>refused</source>
      <translation>abgelehnt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="211" />
      <source>{copies} copies: {changing} would change, {same} are so already, {refused} refused.</source>
      <translation>{copies} Exemplare: {changing} würden sich ändern, {same} sind schon so, {refused} abgelehnt.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="215" />
      <source>The first {count} lines are shown.</source>
      <translation>Die ersten {count} Zeilen werden gezeigt.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="237" />
      <source>Change {count} copies as the preview shows? Each change is recorded and synced.</source>
      <translation>{count} Exemplare wie in der Vorschau ändern? Jede Änderung wird protokolliert und synchronisiert.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="238" />
      <location filename="../../desktop_app/ui/catalog/detail.py" line="277" />
      <location filename="../../desktop_app/ui/catalog/detail.py" line="257" />
      <source>Cancel</source>
      <translation>Abbrechen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="258" />
      <source>Changed {fields} fields of {copies} copies; {refused} refused.</source>
      <translation>{fields} Felder von {copies} Exemplaren geändert; {refused} abgelehnt.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="64" />
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="236" />
      <source>Bulk edit copies</source>
      <translation>Exemplare gesammelt bearbeiten</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="67" />
      <source>The copies of the {count} titles found</source>
      <translation>Die Exemplare der {count} gefundenen Titel</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="70" />
      <source>&amp;Scanned barcodes, one a line:</source>
      <translation>&amp;Gescannte Barcodes, einer pro Zeile:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="74" />
      <source>Barcodes of the copies to change</source>
      <translation>Barcodes der zu ändernden Exemplare</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="79" />
      <location filename="../../desktop_app/ui/catalog/copy_dialog.py" line="136" />
      <location filename="../../desktop_app/ui/catalog/copy_dialog.py" line="262" />
      <source>&amp;Location</source>
      <translation>&amp;Standort</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="82" />
      <source>Call number &amp;prefix</source>
      <translation>Signatur-&amp;Präfix</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="85" />
      <source>e.g. FIC</source>
      <translation>z. B. FIC</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="88" />
      <source>e.g. F</source>
      <translation>z. B. F</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="89" />
      <source>S&amp;tatus</source>
      <translation>S&amp;tatus</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="94" />
      <source>&amp;Item type of the titles</source>
      <translation>&amp;Medienart der Titel</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/copy_dialog.py" line="100" />
      <source>Barcode label to add</source>
      <translation>Aufzunehmendes Barcode-Etikett</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/copy_dialog.py" line="101" />
      <source>scan each label, Enter after each</source>
      <translation>jedes Etikett scannen, Enter nach jedem</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/copy_dialog.py" line="105" />
      <source>Barcodes to add</source>
      <translation>Aufzunehmende Barcodes</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/copy_dialog.py" line="107" />
      <source>&amp;Remove from the list</source>
      <translation>Aus der Liste &amp;entfernen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/copy_dialog.py" line="135" />
      <location filename="../../desktop_app/ui/catalog/copy_dialog.py" line="261" />
      <source>&amp;Call number</source>
      <translation>&amp;Signatur</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/copy_dialog.py" line="137" />
      <location filename="../../desktop_app/ui/catalog/copy_dialog.py" line="263" />
      <source>&amp;Price</source>
      <translation>&amp;Preis</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/copy_dialog.py" line="140" />
      <source>&amp;Add copies</source>
      <translation>Exemplare &amp;aufnehmen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/copy_dialog.py" line="181" />
      <source>'{text}' has no usable characters for a barcode</source>
      <translation>'{text}' enthält keine für einen Barcode brauchbaren Zeichen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/copy_dialog.py" line="184" />
      <source>{barcode} is in the list already</source>
      <translation>{barcode} ist schon in der Liste</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/copy_dialog.py" line="188" />
      <source>{barcode} is used by a copy of '{title}': scan another label</source>
      <translation>{barcode} gehört schon zu einem Exemplar von '{title}': scannen Sie ein anderes Etikett</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/copy_dialog.py" line="193" />
      <source>{count} labels to add</source>
      <translation>{count} Etiketten aufzunehmen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/copy_dialog.py" line="206" />
      <source>Scan the labels of the new copies first, or choose generated barcodes</source>
      <translation>Scannen Sie zuerst die Etiketten der neuen Exemplare oder wählen Sie erzeugte Barcodes</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/copy_dialog.py" line="223" />
      <source>Added {count} copies: {barcodes}</source>
      <translation>{count} Exemplare hinzugefügt: {barcodes}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/copy_dialog.py" line="242" />
      <source>Copy {barcode} of '{title}'</source>
      <translation>Exemplar {barcode} von '{title}'</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/copy_dialog.py" line="247" />
      <source>A new label can be scanned here; the old barcode then no longer finds the copy</source>
      <translation>Hier kann ein neues Etikett gescannt werden; der alte Barcode findet das Exemplar dann nicht mehr</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/copy_dialog.py" line="260" />
      <source>&amp;Barcode</source>
      <translation>&amp;Barcode</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/copy_dialog.py" line="264" />
      <location filename="../../desktop_app/ui/members/dialog.py" line="79" />
      <source>&amp;Notes</source>
      <translation>Be&amp;merkungen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/copy_dialog.py" line="265" />
      <source>Status: {status}</source>
      <translation>Status: {status}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/copy_dialog.py" line="298" />
      <source>Copy {barcode}: {count} fields changed</source>
      <translation>Exemplar {barcode}: {count} Felder geändert</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/copy_dialog.py" line="62" />
      <source>e.g. {example}</source>
      <translation>z. B. {example}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/copy_dialog.py" line="73" />
      <source>Price: '{text}' is not an amount</source>
      <translation>Preis: '{text}' ist kein Betrag</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/copy_dialog.py" line="91" />
      <source>Add copies of '{title}'</source>
      <translation>Exemplare von '{title}' aufnehmen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/copy_dialog.py" line="93" />
      <source>&amp;Scanned labels</source>
      <translation>&amp;Gescannte Etiketten</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/copy_dialog.py" line="95" />
      <source>&amp;Generated barcodes</source>
      <translation>&amp;Erzeugte Barcodes</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/cover.py" line="103" />
      <source>No cover</source>
      <translation>Kein Umschlag</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/cover.py" line="120" />
      <source>Replace co&amp;ver…</source>
      <translation>Umschlag erset&amp;zen…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/cover.py" line="122" />
      <source>Choose a picture file (JPEG or PNG) as this book's cover</source>
      <translation>Ein Bild (JPEG oder PNG) als Umschlag dieses Buchs wählen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/cover.py" line="149" />
      <source>Replace cover</source>
      <translation>Umschlag ersetzen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/cover.py" line="150" />
      <source>Pictures (*.jpg *.jpeg *.png *.gif *.webp *.bmp)</source>
      <translation>Bilder (*.jpg *.jpeg *.png *.gif *.webp *.bmp)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/cover.py" line="175" />
      <source>The cover was replaced</source>
      <translation>Der Umschlag wurde ersetzt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/cover.py" line="60" />
      <source>{name} is {size} MB; a cover may be at most {limit} MB</source>
      <translation>{name} hat {size} MB; ein Umschlag darf höchstens {limit} MB haben</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/cover.py" line="65" />
      <source>{name} cannot be read: {why}</source>
      <translation>{name} kann nicht gelesen werden: {why}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/cover.py" line="82" />
      <source>Cover</source>
      <translation>Umschlag</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="102" />
      <source>Book details</source>
      <translation>Titeldetails</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="104" />
      <location filename="../../desktop_app/ui/catalog/detail.py" line="190" />
      <source>Choose a book to see its copies</source>
      <translation>Wählen Sie einen Titel, um seine Exemplare zu sehen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="118" />
      <source>Copies of this book</source>
      <translation>Exemplare dieses Titels</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="129" />
      <source>Add &amp;copies…</source>
      <translation>&amp;Exemplare hinzufügen…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="129" />
      <source>Add copies with scanned labels or new barcodes</source>
      <translation>Exemplare mit gescannten Etiketten oder neuen Barcodes aufnehmen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="130" />
      <source>Change the chosen copy's barcode, call number, location, price or notes</source>
      <translation>Barcode, Signatur, Standort, Preis oder Notizen des gewählten Exemplars ändern</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="130" />
      <source>E&amp;dit copy…</source>
      <translation>Exemplar &amp;bearbeiten…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="131" />
      <source>&amp;Withdraw</source>
      <translation>&amp;Aussondern</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="131" />
      <source>Withdraw the chosen copies from the collection</source>
      <translation>Die ausgewählten Exemplare aus dem Bestand aussondern</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="132" />
      <source>Mark l&amp;ost</source>
      <translation>Als &amp;verloren markieren</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="133" />
      <source>Mark the chosen copies lost (a borrowed copy is charged to the borrower)</source>
      <translation>Die ausgewählten Exemplare als verloren markieren (ein ausgeliehenes Exemplar wird dem Entleiher berechnet)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="134" />
      <source>Put &amp;back</source>
      <translation>&amp;Wieder einstellen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="134" />
      <source>Put withdrawn, lost or damaged copies back on the shelf</source>
      <translation>Ausgesonderte, verlorene oder beschädigte Exemplare wieder ins Regal einstellen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="135" />
      <source>&amp;Print labels…</source>
      <translation>Etiketten dr&amp;ucken…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="135" />
      <source>Print spine or barcode labels for the chosen copies</source>
      <translation>Signatur- oder Barcode-Etiketten für die ausgewählten Exemplare drucken</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="145" />
      <source>&amp;More</source>
      <translation>&amp;Mehr</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="154" />
      <source>Delete withdrawn copies…</source>
      <translation>Ausgesonderte Exemplare löschen…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="196" />
      <source>no author</source>
      <translation>kein Autor</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="207" />
      <source>1 copy, {shelf} on the shelf</source>
      <translation>1 Exemplar, davon {shelf} im Regal</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="209" />
      <source>{count} copies, {shelf} on the shelf</source>
      <translation>{count} Exemplare, davon {shelf} im Regal</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="212" />
      <source>1 hold waiting</source>
      <translation>1 Vormerkung wartet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="214" />
      <source>{count} holds waiting</source>
      <translation>{count} Vormerkungen warten</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="236" />
      <source>Choose one copy in the list to edit</source>
      <translation>Wählen Sie ein Exemplar in der Liste zum Bearbeiten</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="252" />
      <location filename="../../desktop_app/ui/catalog/detail.py" line="272" />
      <source>Choose one or more copies in the list first</source>
      <translation>Wählen Sie zuerst ein oder mehrere Exemplare in der Liste</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="254" />
      <source>Delete copies</source>
      <translation>Exemplare löschen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="255" />
      <source>Delete {barcodes} for good? Only withdrawn copies that were never lent can be deleted.</source>
      <translation>{barcodes} endgültig löschen? Nur ausgesonderte Exemplare, die nie verliehen wurden, können gelöscht werden.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="266" />
      <source>Deleted {count} copies</source>
      <translation>{count} Exemplare gelöscht</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="276" />
      <source>{action}: {barcodes}</source>
      <translation>{action}: {barcodes}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="277" />
      <source>&amp;Note (optional):</source>
      <translation>&amp;Notiz (optional):</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="287" />
      <source>{action}: {count} copies</source>
      <translation>{action}: {count} Exemplare</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="41" />
      <location filename="../../desktop_app/ui/reports/tab.py" line="40" />
      <source>On loan</source>
      <translation>Ausgeliehen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="41" />
      <source>On the hold shelf</source>
      <translation>Im Abholregal</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="41" />
      <source>On the shelf</source>
      <translation>Im Regal</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="42" />
      <source>Damaged</source>
      <translation>Beschädigt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="42" />
      <source>Lost</source>
      <translation>Verloren</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="42" />
      <source>Withdrawn</source>
      <translation>Ausgesondert</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="43" />
      <location filename="../../desktop_app/ui/common/reasons.py" line="23" />
      <source>In repair</source>
      <translation>In Reparatur</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="43" />
      <source>Reference: not for loan</source>
      <translation>Präsenzbestand: nicht ausleihbar</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="46" />
      <source>Mark lost</source>
      <translation>Als verloren markieren</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="46" />
      <source>Put back</source>
      <translation>Wieder einstellen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="46" />
      <source>Withdraw</source>
      <translation>Aussondern</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="47" />
      <source>Mark damaged</source>
      <translation>Als beschädigt markieren</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="47" />
      <source>Send to repair</source>
      <translation>In Reparatur geben</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="48" />
      <source>Make reference (not for loan)</source>
      <translation>Zum Präsenzbestand machen (nicht ausleihbar)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="75" />
      <source>With</source>
      <translation>Entleiher</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="76" />
      <location filename="../../desktop_app/ui/desk/loans.py" line="26" />
      <location filename="../../desktop_app/ui/desk/slip.py" line="135" />
      <source>Due</source>
      <translation>Fällig</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="100" />
      <source>Loo&amp;k up ISBN</source>
      <translation>ISBN nachschla&amp;gen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="110" />
      <source>&amp;Authors</source>
      <translation>&amp;Autoren</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="114" />
      <source>unknown</source>
      <translation>unbekannt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="118" />
      <source>three letters, e.g. eng</source>
      <translation>drei Buchstaben, z. B. ger</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="121" />
      <source>separated by ;</source>
      <translation>getrennt durch ;</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="169" />
      <source>Authors, in order</source>
      <translation>Autoren, in Reihenfolge</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="170" />
      <location filename="../../desktop_app/ui/members/model.py" line="32" />
      <location filename="../../desktop_app/ui/settings/categories.py" line="43" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="170" />
      <location filename="../../desktop_app/ui/settings/staff.py" line="55" />
      <location filename="../../desktop_app/ui/sync/desks.py" line="43" />
      <source>Role</source>
      <translation>Rolle</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="178" />
      <location filename="../../desktop_app/ui/settings/tab.py" line="196" />
      <source>Add</source>
      <translation>Hinzufügen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="178" />
      <source>Add author</source>
      <translation>Autor hinzufügen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="179" />
      <source>Remove</source>
      <translation>Entfernen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="179" />
      <source>Remove author</source>
      <translation>Autor entfernen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="180" />
      <source>Move author up</source>
      <translation>Autor nach oben</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="180" />
      <source>Up</source>
      <translation>Nach oben</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="181" />
      <source>Down</source>
      <translation>Nach unten</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="181" />
      <source>Move author down</source>
      <translation>Autor nach unten</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="200" />
      <source>Role of author {number}</source>
      <translation>Rolle von Autor {number}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="270" />
      <source>Valid ISBN</source>
      <translation>Gültige ISBN</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="323" />
      <source>Saved '{title}'</source>
      <translation>'{title}' gespeichert</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="329" />
      <source>There is already '{title}' with ISBN {isbn}. Add a copy to it instead?</source>
      <translation>Es gibt bereits '{title}' mit der ISBN {isbn}. Stattdessen ein Exemplar dazu hinzufügen?</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="331" />
      <source>ISBN already in the catalog</source>
      <translation>ISBN schon im Katalog</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="335" />
      <source>It has 1 copy now.</source>
      <translation>Dieser Titel hat jetzt 1 Exemplar.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="336" />
      <source>It has {count} copies now.</source>
      <translation>Dieser Titel hat jetzt {count} Exemplare.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="337" />
      <source>&amp;Add a copy to it</source>
      <translation>&amp;Exemplar hinzufügen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="339" />
      <source>&amp;Back to the form</source>
      <translation>&amp;Zurück zum Formular</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="343" />
      <source>&amp;Save as a new book anyway</source>
      <translation>Trotzdem als neuen Titel &amp;speichern</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="60" />
      <source>author</source>
      <translation>Autor</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="60" />
      <source>editor</source>
      <translation>Herausgeber</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="61" />
      <source>illustrator</source>
      <translation>Illustrator</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="61" />
      <source>translator</source>
      <translation>Übersetzer</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="62" />
      <source>contributor</source>
      <translation>Mitwirkende(r)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="62" />
      <source>narrator</source>
      <translation>Sprecher</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="90" />
      <source>Edit book</source>
      <translation>Titel bearbeiten</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="90" />
      <source>New book</source>
      <translation>Neuer Titel</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/filters.py" line="12" />
      <source>Any</source>
      <translation>Alle</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/filters.py" line="25" />
      <source>&amp;Available now</source>
      <translation>Jetzt &amp;verfügbar</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/filters.py" line="27" />
      <source>Only titles with a copy on the shelf</source>
      <translation>Nur Titel mit einem Exemplar im Regal</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/filters.py" line="30" />
      <source>Published from year</source>
      <translation>Erschienen ab Jahr</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/filters.py" line="31" />
      <source>Published up to year</source>
      <translation>Erschienen bis Jahr</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/filters.py" line="33" />
      <source>&amp;Language</source>
      <translation>&amp;Sprache</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/filters.py" line="33" />
      <source>&amp;Type</source>
      <translation>&amp;Typ</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/filters.py" line="34" />
      <source>Yea&amp;r</source>
      <translation>&amp;Jahr</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/filters.py" line="34" />
      <location filename="../../desktop_app/ui/interchange/printing.py" line="155" />
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="101" />
      <source>to</source>
      <translation>bis</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/filters.py" line="63" />
      <source>any</source>
      <translation>beliebig</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/lookup.py" line="100" />
      <source>Ask the library's catalogues (Settings, Cataloguing) for this ISBN</source>
      <translation>Die Kataloge der Bibliothek (Einstellungen, Katalogisierung) nach dieser ISBN fragen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/lookup.py" line="149" />
      <source>Asking {catalogues} for ISBN {isbn}…</source>
      <translation>Frage {catalogues} nach ISBN {isbn}…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/lookup.py" line="165" />
      <source>No catalogue could be reached.</source>
      <translation>Kein Katalog erreichbar.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/lookup.py" line="173" />
      <location filename="../../desktop_app/ui/catalog/queued.py" line="187" />
      <source>{count} records found: choose one</source>
      <translation>{count} Datensätze gefunden: einen wählen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/lookup.py" line="181" />
      <source>Filled from {source}: check the fields, then save.</source>
      <translation>Aus {source} übernommen: Felder prüfen, dann speichern.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/lookup.py" line="186" />
      <source>Catalogues not reachable</source>
      <translation>Kataloge nicht erreichbar</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/lookup.py" line="187" />
      <source>No catalogue could be reached for ISBN {isbn}. Is this desk offline?</source>
      <translation>Für ISBN {isbn} war kein Katalog erreichbar. Ist dieser Platz offline?</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/lookup.py" line="192" />
      <source>&amp;Queue it: look it up later</source>
      <translation>&amp;Vormerken: später nachschlagen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/lookup.py" line="194" />
      <source>&amp;Type the record in</source>
      <translation>Datensatz selbst &amp;eintippen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/lookup.py" line="202" />
      <source>ISBN {isbn} is queued: it is looked up again when a catalogue answers.</source>
      <translation>ISBN {isbn} ist vorgemerkt: sie wird erneut nachgeschlagen, sobald ein Katalog antwortet.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/lookup.py" line="41" />
      <source>Choose a record</source>
      <translation>Datensatz wählen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/lookup.py" line="43" />
      <source>The catalogues found {count} records. Choose the one that matches the book in hand.</source>
      <translation>Die Kataloge fanden {count} Datensätze. Wählen Sie den, der zum vorliegenden Buch passt.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/lookup.py" line="48" />
      <source>Records found</source>
      <translation>Gefundene Datensätze</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/lookup.py" line="49" />
      <location filename="../../desktop_app/ui/desk/loans.py" line="26" />
      <source>Author</source>
      <translation>Autor</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/lookup.py" line="49" />
      <source>Source</source>
      <translation>Quelle</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/lookup.py" line="67" />
      <source>&amp;Use this record</source>
      <translation>Diesen Datensatz &amp;übernehmen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/lookup.py" line="95" />
      <source>ISBN to look up</source>
      <translation>Nachzuschlagende ISBN</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/lookup.py" line="96" />
      <source>scan or type an ISBN, then Enter</source>
      <translation>ISBN scannen oder tippen, dann Enter</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/lookup.py" line="98" />
      <source>&amp;Look up</source>
      <translation>&amp;Nachschlagen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/model.py" line="128" />
      <source>Click to sort</source>
      <translation>Zum Sortieren klicken</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/model.py" line="41" />
      <source>Type</source>
      <translation>Art</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/model.py" line="44" />
      <source>Available</source>
      <translation>Verfügbar</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/model.py" line="69" />
      <source>{available} of {copies}</source>
      <translation>{available} von {copies}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/queued.py" line="124" />
      <source>No ISBN is queued.</source>
      <translation>Keine ISBN ist vorgemerkt.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/queued.py" line="166" />
      <source>Asking the catalogues for the queued ISBNs…</source>
      <translation>Frage die Kataloge nach den vorgemerkten ISBNs…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/queued.py" line="176" />
      <source>Asking the catalogues for ISBN {isbn}…</source>
      <translation>Frage die Kataloge nach ISBN {isbn}…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/queued.py" line="207" />
      <source>The record of ISBN {isbn} is in the catalog.</source>
      <translation>Der Datensatz zu ISBN {isbn} ist im Katalog.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/queued.py" line="216" />
      <source>ISBN {isbn} is no longer queued.</source>
      <translation>ISBN {isbn} ist nicht mehr vorgemerkt.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/queued.py" line="34" />
      <source>found: add it</source>
      <translation>gefunden: aufnehmen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/queued.py" line="34" />
      <source>waiting for a catalogue</source>
      <translation>wartet auf einen Katalog</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/queued.py" line="35" />
      <source>added</source>
      <translation>aufgenommen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/queued.py" line="35" />
      <source>not known to any catalogue</source>
      <translation>in keinem Katalog bekannt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/queued.py" line="51" />
      <source>Queued ISBN look-ups</source>
      <translation>Vorgemerkte ISBN-Abfragen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/queued.py" line="53" />
      <source>ISBNs scanned while no catalogue could be reached. They are looked up again on their own when a catalogue answers; a librarian checks a found record and adds it.</source>
      <translation>ISBNs, die gescannt wurden, als kein Katalog erreichbar war. Sie werden von selbst erneut nachgeschlagen, sobald ein Katalog antwortet; eine Bibliothekarin prüft einen gefundenen Datensatz und nimmt ihn auf.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/queued.py" line="58" />
      <source>Queued look-ups</source>
      <translation>Vorgemerkte Abfragen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/queued.py" line="59" />
      <location filename="../../desktop_app/ui/notices/tab.py" line="43" />
      <source>By</source>
      <translation>Versand</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/queued.py" line="59" />
      <source>Found</source>
      <translation>Gefunden</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/queued.py" line="59" />
      <source>Queued</source>
      <translation>Vorgemerkt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/queued.py" line="59" />
      <location filename="../../desktop_app/ui/members/detail.py" line="65" />
      <location filename="../../desktop_app/ui/settings/staff.py" line="56" />
      <source>State</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/queued.py" line="70" />
      <source>&amp;Look up now</source>
      <translation>Jetzt &amp;nachschlagen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/queued.py" line="73" />
      <source>&amp;Add the record…</source>
      <translation>Datensatz &amp;aufnehmen…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/queued.py" line="76" />
      <source>&amp;Remove from the queue</source>
      <translation>Aus der Warteschlange &amp;entfernen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/queued.py" line="84" />
      <source>Librarians and admins add titles</source>
      <translation>Titel nehmen Bibliothekare und Admins auf</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/tab.py" line="108" />
      <source>&amp;New book</source>
      <translation>&amp;Neuer Titel</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/tab.py" line="109" />
      <source>&amp;Edit book</source>
      <translation>Titel &amp;bearbeiten</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/tab.py" line="110" />
      <location filename="../../desktop_app/ui/catalog/tab.py" line="363" />
      <source>Delete book</source>
      <translation>Titel löschen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/tab.py" line="115" />
      <location filename="../../desktop_app/ui/members/tab.py" line="78" />
      <source>{action} ({shortcut})</source>
      <translation>{action} ({shortcut})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/tab.py" line="123" />
      <source>Import / export</source>
      <translation>Import / Export</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/tab.py" line="160" />
      <source>&amp;Export…</source>
      <translation>&amp;Exportieren…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/tab.py" line="160" />
      <source>&amp;Import records…</source>
      <translation>Datensätze &amp;importieren…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/tab.py" line="161" />
      <source>Print &amp;labels…</source>
      <translation>Etiketten dr&amp;ucken…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/tab.py" line="162" />
      <source>&amp;Queued ISBN look-ups…</source>
      <translation>&amp;Vorgemerkte ISBN-Abfragen…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/tab.py" line="163" />
      <source>&amp;Bulk edit copies…</source>
      <translation>Exemplare &amp;gesammelt bearbeiten…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/tab.py" line="169" />
      <source>Librarians and admins import records</source>
      <translation>Nur Bibliothekare und Admins können Datensätze importieren</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/tab.py" line="171" />
      <source>Librarians and admins edit copies in bulk</source>
      <translation>Gesammelt bearbeiten Bibliothekare und Admins</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/tab.py" line="200" />
      <source>First {shown} of more than {total} matches — type more</source>
      <translation>Die ersten {shown} von mehr als {total} Treffern — bitte genauer suchen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/tab.py" line="203" />
      <source>{count} titles</source>
      <translation>{count} Titel</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/tab.py" line="204" />
      <source>1 title</source>
      <translation>1 Titel</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/tab.py" line="361" />
      <source>Delete '{title}' and its copy?</source>
      <translation>'{title}' und sein Exemplar löschen?</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/tab.py" line="362" />
      <source>Delete '{title}' and its {count} copies?</source>
      <translation>'{title}' und seine {count} Exemplare löschen?</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/tab.py" line="363" />
      <source>&amp;Delete book</source>
      <translation>Titel &amp;löschen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/tab.py" line="364" />
      <source>&amp;Keep it</source>
      <translation>&amp;Behalten</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/tab.py" line="371" />
      <source>Deleted '{title}'</source>
      <translation>'{title}' gelöscht</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/tab.py" line="77" />
      <location filename="../../desktop_app/ui/shell/self_service.py" line="95" />
      <source>Search the catalog</source>
      <translation>Katalog durchsuchen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/tab.py" line="78" />
      <source>Search title, author, ISBN, series, subject…   ({shortcut})</source>
      <translation>Titel, Autor, ISBN, Reihe, Schlagwort suchen…   ({shortcut})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/tab.py" line="87" />
      <source>Clear filters</source>
      <translation>Filter zurücksetzen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/tab.py" line="92" />
      <source>Catalog titles</source>
      <translation>Katalogtitel</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/alerts.py" line="10" />
      <source>Blocked: {reason}</source>
      <translation>Gesperrt: {reason}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/alerts.py" line="11" />
      <source>Membership expired on {date}</source>
      <translation>Mitgliedschaft am {date} abgelaufen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/alerts.py" line="12" />
      <source>Membership expires on {date}</source>
      <translation>Mitgliedschaft läuft am {date} ab</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/alerts.py" line="13" />
      <source>At the loan limit: {count} of {limit} loans</source>
      <translation>Ausleihgrenze erreicht: {count} von {limit} Ausleihen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/alerts.py" line="14" />
      <source>{count} of {limit} loans: one more may be lent</source>
      <translation>{count} von {limit} Ausleihen: eine weitere ist möglich</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/alerts.py" line="15" />
      <source>Overdue items: {count} (up to {days} days late)</source>
      <translation>Überfällige Medien: {count} (bis zu {days} Tage überfällig)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/alerts.py" line="16" />
      <source>Owes {amount} in fees</source>
      <translation>Offene Gebühren: {amount}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/alerts.py" line="17" />
      <source>Ready for pickup: {titles}</source>
      <translation>Zur Abholung bereit: {titles}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/alerts.py" line="19" />
      <source>{titles} and {count} more</source>
      <translation>{titles} und {count} weitere</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/alerts.py" line="20" />
      <source>no reason given</source>
      <translation>kein Grund angegeben</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/errors.py" line="17" />
      <source>Not allowed</source>
      <translation>Nicht erlaubt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/errors.py" line="18" />
      <source>Please check</source>
      <translation>Bitte prüfen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/errors.py" line="19" />
      <source>Not found</source>
      <translation>Nicht gefunden</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/errors.py" line="20" />
      <source>Conflict</source>
      <translation>Konflikt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/errors.py" line="21" />
      <source>Not permitted</source>
      <translation>Nicht zulässig</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/errors.py" line="28" />
      <source>Library Desk</source>
      <translation>Library Desk</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/errors.py" line="29" />
      <source>An unexpected problem stopped this action: {error}.
Nothing that was already saved has been lost. The details are in the log (Help &gt; Show log).</source>
      <translation>Ein unerwartetes Problem hat diese Aktion abgebrochen: {error}.
Bereits Gespeichertes ist nicht verloren. Die Einzelheiten stehen im Protokoll (Hilfe &gt; Protokoll anzeigen).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/errors.py" line="29" />
      <source>Something went wrong</source>
      <translation>Etwas ist schiefgegangen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/forms.py" line="143" />
      <source>{shortcut} saves</source>
      <translation>{shortcut} speichert</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/forms.py" line="183" />
      <source>Please give a reason</source>
      <translation>Bitte geben Sie einen Grund an</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/forms.py" line="215" />
      <source>&amp;Reason (optional):</source>
      <translation>&amp;Grund (optional):</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/reasons.py" line="12" />
      <source>{member} is blocked: {reason}</source>
      <translation>{member} ist gesperrt: {reason}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/reasons.py" line="13" />
      <source>The membership of {member} expired on {date}</source>
      <translation>Die Mitgliedschaft von {member} ist am {date} abgelaufen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/reasons.py" line="14" />
      <source>{member} has an item {days} days overdue (lending stops after {limit})</source>
      <translation>Bei {member} ist ein Medium {days} Tage überfällig (Ausleihsperre nach {limit} Tagen)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/reasons.py" line="15" />
      <source>{member} owes {amount} (lending stops above {limit_amount})</source>
      <translation>{member} hat {amount} offen (Ausleihsperre über {limit_amount})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/reasons.py" line="16" />
      <source>No copy has the barcode {barcode}</source>
      <translation>Kein Exemplar hat den Barcode {barcode}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/reasons.py" line="17" />
      <source>No member has the card number {card}</source>
      <translation>Kein Mitglied hat die Ausweisnummer {card}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/reasons.py" line="18" />
      <source>On loan to {name} until {date}</source>
      <translation>Ausgeliehen an {name} bis {date}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/reasons.py" line="19" />
      <source>On the hold shelf for {name}</source>
      <translation>Im Abholregal für {name}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/reasons.py" line="20" />
      <source>Marked lost</source>
      <translation>Als verloren markiert</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/reasons.py" line="21" />
      <source>Withdrawn from the collection</source>
      <translation>Aus dem Bestand ausgesondert</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/reasons.py" line="22" />
      <source>Marked damaged</source>
      <translation>Als beschädigt markiert</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/reasons.py" line="24" />
      <source>For reference only: not for loan</source>
      <translation>Nur Präsenzbestand: nicht ausleihbar</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/reasons.py" line="25" />
      <source>{member} already has {count} items on loan (limit {limit})</source>
      <translation>{member} hat bereits {count} Medien ausgeliehen (Höchstzahl {limit})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/reasons.py" line="26" />
      <source>Renewed {count} times already (limit {limit})</source>
      <translation>Bereits {count}-mal verlängert (Höchstzahl {limit})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/reasons.py" line="27" />
      <source>Cannot be renewed: other members wait for it ({count})</source>
      <translation>Nicht verlängerbar: andere Mitglieder warten darauf ({count})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/reasons.py" line="28" />
      <source>{days} days overdue: it must be returned, not renewed</source>
      <translation>{days} Tage überfällig: muss zurückgegeben werden, Verlängerung nicht möglich</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/reasons.py" line="29" />
      <source>Already due on {date}: renewing it today would not give more time</source>
      <translation>Bereits am {date} fällig: eine Verlängerung heute brächte keine zusätzliche Zeit</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/reasons.py" line="30" />
      <source>Was due on {date}: an overdue loan is not renewed; it must be returned</source>
      <translation>War am {date} fällig: Eine überfällige Ausleihe wird nicht verlängert; sie muss zurückgegeben werden</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/reasons.py" line="31" />
      <source>{member} owes {amount} (renewals stop above {limit_amount})</source>
      <translation>{member} hat {amount} offen (keine Verlängerung über {limit_amount})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/reasons.py" line="32" />
      <source>{member} already has a hold on '{title}'</source>
      <translation>{member} hat '{title}' bereits vorgemerkt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/reasons.py" line="33" />
      <source>{member} already has '{title}' on loan</source>
      <translation>{member} hat '{title}' bereits ausgeliehen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/reasons.py" line="34" />
      <source>{member} already has {count} holds (limit {limit})</source>
      <translation>{member} hat bereits {count} Vormerkungen (Höchstzahl {limit})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/reasons.py" line="38" />
      <source>{member} is blocked</source>
      <translation>{member} ist gesperrt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/reasons.py" line="39" />
      <source>On loan to {name}</source>
      <translation>Ausgeliehen an {name}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/reasons.py" line="41" />
      <source>another member</source>
      <translation>ein anderes Mitglied</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/actions.py" line="143" />
      <source>Returned from the other member and lent, due {due}</source>
      <translation>Vom anderen Mitglied zurückgenommen und ausgeliehen, fällig am {due}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/actions.py" line="146" />
      <source>Returned from the other member; not lent: {reasons}</source>
      <translation>Vom anderen Mitglied zurückgenommen; nicht ausgeliehen: {reasons}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/actions.py" line="151" />
      <source>The member's session has changed: scan the card again, then the book</source>
      <translation>Der Vorgang des Mitglieds hat gewechselt: Ausweis erneut scannen, dann das Medium</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/actions.py" line="167" />
      <source>Not lent: lend it to {member}? [Enter]</source>
      <translation>Nicht ausgeliehen: an {member} ausleihen? [Enter]</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/actions.py" line="172" />
      <source>Other members wait for this title ({count}): lend it to {member} anyway? [Enter]</source>
      <translation>Andere Mitglieder warten auf diesen Titel ({count}): trotzdem an {member} ausleihen? [Enter]</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/actions.py" line="189" />
      <source>On loan to another member, and others wait for this title: return it first (F3)</source>
      <translation>An ein anderes Mitglied ausgeliehen, und andere warten auf diesen Titel: zuerst zurücknehmen (F3)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/actions.py" line="191" />
      <source>On loan to another member: return it and lend it to {member}? [Enter]</source>
      <translation>An ein anderes Mitglied ausgeliehen: zurücknehmen und an {member} ausleihen? [Enter]</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/actions.py" line="210" />
      <source>{reasons}. Press Ctrl+O to override.</source>
      <translation>{reasons}. Drücken Sie Ctrl+O, um eine Ausnahme zuzulassen.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/actions.py" line="224" />
      <source>Lent, due {due} (override: {reason})</source>
      <translation>Ausgeliehen, fällig am {due} (Ausnahme: {reason})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/actions.py" line="225" />
      <source>Lent, due {due}</source>
      <translation>Ausgeliehen, fällig am {due}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/actions.py" line="231" />
      <source>Renewed for {member}, now due {due}</source>
      <translation>Für {member} verlängert, jetzt fällig am {due}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/actions.py" line="233" />
      <source>{text}; overdue fee {amount} charged</source>
      <translation>{text}; Säumnisgebühr {amount} berechnet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/actions.py" line="254" />
      <source>'{title}' ({barcode}): {message}</source>
      <translation>'{title}' ({barcode}): {message}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/actions.py" line="255" />
      <source>{barcode}: {message}</source>
      <translation>{barcode}: {message}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/actions.py" line="268" />
      <source>Put on the hold shelf for {member} ({card})</source>
      <translation>Für {member} ({card}) ins Abholregal gelegt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/actions.py" line="270" />
      <source>Was not on loan: back on the shelf</source>
      <translation>War nicht ausgeliehen: zurück ins Regal</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/actions.py" line="272" />
      <source>Returned by {member}, {days} days late; fee {amount} charged</source>
      <translation>Zurückgegeben von {member}, {days} Tage überfällig; Gebühr {amount} berechnet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/actions.py" line="275" />
      <source>Returned by {member}; fee {amount} charged</source>
      <translation>Zurückgegeben von {member}; Gebühr {amount} berechnet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/actions.py" line="278" />
      <source>Returned by {member}, {days} days late</source>
      <translation>Zurückgegeben von {member}, {days} Tage überfällig</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/actions.py" line="280" />
      <source>Returned by {member}</source>
      <translation>Zurückgegeben von {member}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/actions.py" line="286" />
      <source>{text}; it was marked lost: its lost fee of {amount} is cancelled</source>
      <translation>{text}; es war als verloren markiert: die Verlustgebühr von {amount} ist storniert</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/actions.py" line="289" />
      <source>{text}; it was marked lost and {amount} was paid for it: hand {amount} back to the member</source>
      <translation>{text}; es war als verloren markiert und es wurden {amount} dafür bezahlt: Geben Sie dem Mitglied {amount} zurück</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="109" />
      <source>Open fees</source>
      <translation>Offene Gebühren</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="120" />
      <source>Amount received</source>
      <translation>Erhaltener Betrag</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="121" />
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="345" />
      <source>like {example}</source>
      <translation>z. B. {example}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="125" />
      <source>Amount recei&amp;ved:</source>
      <translation>Erhaltener Be&amp;trag:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="132" />
      <source>&amp;Pay</source>
      <translation>&amp;Bezahlen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="134" />
      <source>Pay the chosen fees with the amount received</source>
      <translation>Die ausgewählten Gebühren mit dem erhaltenen Betrag bezahlen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="135" />
      <source>Print &amp;receipt…</source>
      <translation>&amp;Quittung drucken…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="138" />
      <source>&amp;Charge a fee…</source>
      <translation>Gebühr be&amp;rechnen…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="141" />
      <source>Only librarians charge fees</source>
      <translation>Nur Bibliothekare dürfen Gebühren berechnen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="142" />
      <source>&amp;Waive selected…</source>
      <translation>Ausgewählte er&amp;lassen…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="143" />
      <source>Waive the selected fee</source>
      <translation>Die ausgewählte Gebühr erlassen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="202" />
      <source>1 open fee</source>
      <translation>1 offene Gebühr</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="202" />
      <source>{n} open fees</source>
      <translation>{n} offene Gebühren</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="203" />
      <source>Open fees: {amount} ({count})</source>
      <translation>Offene Gebühren: {amount} ({count})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="205" />
      <source>No open fees.</source>
      <translation>Keine offenen Gebühren.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="222" />
      <source>Chosen: {amount}</source>
      <translation>Ausgewählt: {amount}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="241" />
      <source>Change to give back: {amount}</source>
      <translation>Rückgeld: {amount}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="243" />
      <source>Part payment: {amount} will be left to pay</source>
      <translation>Teilzahlung: {amount} bleiben offen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="246" />
      <source>No change</source>
      <translation>Kein Rückgeld</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="260" />
      <source>Choose the fees to pay in the list first</source>
      <translation>Wählen Sie zuerst die zu bezahlenden Gebühren in der Liste</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="262" />
      <source>the amount received</source>
      <translation>den erhaltenen Betrag</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="282" />
      <source>Paid {paid}. Give back {change} change.</source>
      <translation>{paid} bezahlt. {change} Rückgeld herausgeben.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="285" />
      <source>Paid {paid}; {owed} still owed.</source>
      <translation>{paid} bezahlt; {owed} noch offen.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="287" />
      <source>Paid {paid}. Nothing more is owed.</source>
      <translation>{paid} bezahlt. Es ist nichts mehr offen.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="315" />
      <source>Charged {amount}: {reason}</source>
      <translation>{amount} berechnet: {reason}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="325" />
      <source>Choose one fee to waive</source>
      <translation>Wählen Sie eine Gebühr zum Erlassen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="328" />
      <source>Why is this fee waived? It still owes {amount}.</source>
      <translation>Warum wird diese Gebühr erlassen? Es sind noch {amount} offen.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="329" />
      <source>Waive fee</source>
      <translation>Gebühr erlassen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="342" />
      <source>Charge {member}</source>
      <translation>Gebühr für {member}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="344" />
      <source>Amount to charge</source>
      <translation>Zu berechnender Betrag</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="349" />
      <source>What the charge is for</source>
      <translation>Wofür die Gebühr ist</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="355" />
      <source>e.g. lost card, printing</source>
      <translation>z. B. Ersatzausweis, Ausdrucke</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="36" />
      <location filename="../../desktop_app/ui/members/detail.py" line="64" />
      <source>Amount</source>
      <translation>Betrag</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="36" />
      <location filename="../../desktop_app/ui/members/detail.py" line="62" />
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="36" />
      <location filename="../../desktop_app/ui/desk/slip.py" line="169" />
      <location filename="../../desktop_app/ui/holds/model.py" line="99" />
      <source>For</source>
      <translation>Für</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="36" />
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="210" />
      <location filename="../../desktop_app/ui/members/detail.py" line="63" />
      <source>Kind</source>
      <translation>Art</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="36" />
      <source>Left to pay</source>
      <translation>Noch offen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="36" />
      <location filename="../../desktop_app/ui/desk/slip.py" line="89" />
      <source>Paid</source>
      <translation>Bezahlt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="360" />
      <source>&amp;Amount:</source>
      <translation>&amp;Betrag:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="361" />
      <source>&amp;For:</source>
      <translation>&amp;Wofür:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="363" />
      <source>C&amp;harge</source>
      <translation>Be&amp;rechnen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="369" />
      <source>A charge for {member}, to pay at the desk.</source>
      <translation>Eine Gebühr für {member}, zahlbar an der Theke.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="37" />
      <source>Damaged item</source>
      <translation>Beschädigtes Medium</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="37" />
      <source>Lost card</source>
      <translation>Ersatzausweis</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="37" />
      <source>Photocopies</source>
      <translation>Kopien</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="37" />
      <source>Printing</source>
      <translation>Ausdrucke</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="379" />
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="384" />
      <source>the amount to charge</source>
      <translation>den zu berechnenden Betrag</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="388" />
      <source>Say what the charge is for, like “Lost card”</source>
      <translation>Geben Sie an, wofür die Gebühr ist, z. B. „Ersatzausweis“</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="50" />
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="210" />
      <source>Reason</source>
      <translation>Grund</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="51" />
      <source>Reason (required)</source>
      <translation>Grund (Pflichtfeld)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="77" />
      <source>Type {what}, like {example}</source>
      <translation>Geben Sie {what} ein, z. B. {example}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="80" />
      <source>“{text}” is not an amount of money: type it like {example}</source>
      <translation>“{text}” ist kein Geldbetrag: Bitte im Format {example} eingeben</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="83" />
      <source>{amount} is not more than zero: type {what}</source>
      <translation>{amount} ist nicht größer als null: Geben Sie {what} ein</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="85" />
      <source>{amount} is more than a desk takes: check the amount</source>
      <translation>{amount} ist mehr, als eine Theke annimmt: Bitte den Betrag prüfen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="99" />
      <source>Fees of {member}</source>
      <translation>Gebühren von {member}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/keys.py" line="24" />
      <source>&amp;Lend mode</source>
      <translation>Aus&amp;leihmodus</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/keys.py" line="24" />
      <source>Lend mode</source>
      <translation>Ausleihmodus</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/keys.py" line="25" />
      <source>&amp;Return mode</source>
      <translation>&amp;Rückgabemodus</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/keys.py" line="25" />
      <source>Return mode</source>
      <translation>Rückgabemodus</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/keys.py" line="26" />
      <source>Re&amp;new mode</source>
      <translation>&amp;Verlängerungsmodus</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/keys.py" line="26" />
      <source>Renew mode</source>
      <translation>Verlängerungsmodus</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/keys.py" line="27" />
      <source>&amp;Override last refusal…</source>
      <translation>&amp;Ausnahme für letzte Ablehnung…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/keys.py" line="27" />
      <source>Override the last refusal (librarians)</source>
      <translation>Ausnahme für die letzte Ablehnung zulassen (Bibliothekare)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/keys.py" line="28" />
      <source>&amp;Override…</source>
      <translation>&amp;Ausnahme…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/keys.py" line="29" />
      <source>Rene&amp;w selected loan</source>
      <translation>Ausgewählte Ausleihe verl&amp;ängern</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/keys.py" line="29" />
      <source>Renew the selected loan</source>
      <translation>Die ausgewählte Ausleihe verlängern</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/keys.py" line="30" />
      <source>&amp;Renew selected</source>
      <translation>Ausgewählte &amp;verlängern</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/keys.py" line="31" />
      <source>&amp;Fees of the member…</source>
      <translation>&amp;Gebühren des Mitglieds…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/keys.py" line="31" />
      <source>Fee&amp;s…</source>
      <translation>Gebüh&amp;ren…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/keys.py" line="31" />
      <source>Fees of the member</source>
      <translation>Gebühren des Mitglieds</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/keys.py" line="32" />
      <source>&amp;Slip…</source>
      <translation>&amp;Beleg…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/keys.py" line="32" />
      <source>Sli&amp;p…</source>
      <translation>&amp;Beleg…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/keys.py" line="32" />
      <source>Slip (print or PDF)</source>
      <translation>Beleg (drucken oder PDF)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/keys.py" line="33" />
      <source>Slip of the &amp;previous member…</source>
      <translation>Beleg des v&amp;origen Mitglieds…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/keys.py" line="34" />
      <source>Slip of the member whose session the last card ended</source>
      <translation>Beleg des Mitglieds, dessen Vorgang der letzte Ausweis-Scan beendet hat</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/keys.py" line="35" />
      <source>&amp;End member session</source>
      <translation>Vorgang des Mitglieds b&amp;eenden</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/keys.py" line="35" />
      <source>&amp;End session</source>
      <translation>Vorgang b&amp;eenden</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/keys.py" line="35" />
      <source>End the member's session</source>
      <translation>Den Vorgang des Mitglieds beenden</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/loans.py" line="26" />
      <location filename="../../desktop_app/ui/settings/categories.py" line="34" />
      <location filename="../../desktop_app/ui/settings/categories.py" line="46" />
      <source>Renewals</source>
      <translation>Verlängerungen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/loans.py" line="64" />
      <source>{title} by {authors}</source>
      <translation>{title} von {authors}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/loans.py" line="67" />
      <source>Fine so far: {amount}, charged when it is returned or renewed</source>
      <translation>Bisherige Säumnisgebühr: {amount}, wird bei Rückgabe oder Verlängerung berechnet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/loans.py" line="75" />
      <source>due {date}, {days} days overdue, fine so far {amount}</source>
      <translation>fällig am {date}, {days} Tage überfällig, bisherige Säumnisgebühr {amount}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/loans.py" line="78" />
      <source>due {date}, {days} days overdue</source>
      <translation>fällig am {date}, {days} Tage überfällig</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/loans.py" line="79" />
      <source>due {date}</source>
      <translation>fällig am {date}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/loans.py" line="92" />
      <source>1 day late</source>
      <translation>1 Tag überfällig</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/loans.py" line="92" />
      <source>{days} days late</source>
      <translation>{days} Tage überfällig</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/loans.py" line="94" />
      <source>{date} ({days}, fine {amount})</source>
      <translation>{date} ({days}, Säumnisgebühr {amount})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/loans.py" line="97" />
      <source>{date} (1 day late)</source>
      <translation>{date} (1 Tag überfällig)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/loans.py" line="98" />
      <source>{date} ({days} days late)</source>
      <translation>{date} ({days} Tage überfällig)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/member.py" line="102" />
      <source>{details}  ·  owes {total} so far in fines of overdue loans</source>
      <translation>{details}  ·  bisher offen: {total} Säumnisgebühren für überfällige Ausleihen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/member.py" line="105" />
      <source>{details}  ·  owes {amount}</source>
      <translation>{details}  ·  Gebühren offen: {amount}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/member.py" line="108" />
      <source>No alerts: may borrow</source>
      <translation>Keine Hinweise: darf ausleihen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/member.py" line="115" />
      <source>Loans: {count} of {limit}</source>
      <translation>Ausleihen: {count} von {limit}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/member.py" line="118" />
      <source>Current loans: {count}</source>
      <translation>Aktuelle Ausleihen: {count}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/member.py" line="119" />
      <source>No current loans</source>
      <translation>Keine aktuellen Ausleihen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/member.py" line="133" />
      <source>Alert: {text}</source>
      <translation>Hinweis: {text}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/member.py" line="31" />
      <source>Member at the desk</source>
      <translation>Mitglied an der Theke</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/member.py" line="35" />
      <location filename="../../desktop_app/ui/desk/member.py" line="81" />
      <source>No member</source>
      <translation>Kein Mitglied</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/member.py" line="37" />
      <source>Member name</source>
      <translation>Name des Mitglieds</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/member.py" line="40" />
      <location filename="../../desktop_app/ui/members/detail.py" line="74" />
      <source>Member details</source>
      <translation>Mitgliedsdaten</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/member.py" line="43" />
      <location filename="../../desktop_app/ui/desk/member.py" line="85" />
      <source>Current loans</source>
      <translation>Aktuelle Ausleihen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/member.py" line="47" />
      <source>Current loans of the member</source>
      <translation>Aktuelle Ausleihen des Mitglieds</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/member.py" line="83" />
      <source>Scan a member card to lend (F2). Scanning a book without a member returns it.</source>
      <translation>Scannen Sie einen Ausweis zum Ausleihen (F2). Ein Medium, das ohne Mitglied gescannt wird, wird zurückgebucht.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/member.py" line="92" />
      <source>expires {date}</source>
      <translation>gültig bis {date}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/member.py" line="93" />
      <source>no expiry</source>
      <translation>unbefristet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/member.py" line="94" />
      <source>Card {card}  ·  {category}  ·  {expiry}</source>
      <translation>Ausweis {card}  ·  {category}  ·  {expiry}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/member.py" line="97" />
      <source>{details}  ·  owes {total} so far ({fees} in fees, {fines} in fines of overdue loans)</source>
      <translation>{details}  ·  bisher offen: {total} ({fees} Gebühren, {fines} Säumnisgebühren für überfällige Ausleihen)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/mode.py" line="12" />
      <location filename="../../desktop_app/ui/desk/session_list.py" line="27" />
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="36" />
      <source>Lend</source>
      <translation>Ausleihe</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/mode.py" line="12" />
      <location filename="../../desktop_app/ui/desk/session_list.py" line="27" />
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="36" />
      <source>Return</source>
      <translation>Rückgabe</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/mode.py" line="13" />
      <location filename="../../desktop_app/ui/desk/session_list.py" line="27" />
      <source>Renew</source>
      <translation>Verlängerung</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/mode.py" line="24" />
      <source>Desk mode</source>
      <translation>Thekenmodus</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/mode.py" line="38" />
      <source>{mode}  ({key})</source>
      <translation>{mode}  ({key})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/mode.py" line="41" />
      <source>{mode} mode, key {key}</source>
      <translation>Modus {mode}, Taste {key}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/mode.py" line="42" />
      <source>{mode} mode ({key})</source>
      <translation>Modus {mode} ({key})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/session_list.py" line="49" />
      <source>Mode</source>
      <translation>Modus</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/session_list.py" line="49" />
      <source>Result</source>
      <translation>Ergebnis</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/session_list.py" line="49" />
      <source>Time</source>
      <translation>Zeit</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/slip.py" line="112" />
      <source>{when} · {desk}</source>
      <translation>{when} · {desk}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/slip.py" line="117" />
      <location filename="../../desktop_app/ui/desk/slip.py" line="170" />
      <source>Card {card}</source>
      <translation>Ausweis {card}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/slip.py" line="123" />
      <source>Thank you for visiting. Served by {staff}.</source>
      <translation>Vielen Dank für Ihren Besuch. Es bediente Sie {staff}.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/slip.py" line="124" />
      <source>Thank you for visiting.</source>
      <translation>Vielen Dank für Ihren Besuch.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/slip.py" line="133" />
      <location filename="../../desktop_app/ui/members/detail.py" line="49" />
      <source>Borrowed</source>
      <translation>Ausgeliehen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/slip.py" line="141" />
      <location filename="../../desktop_app/ui/members/detail.py" line="53" />
      <source>Returned</source>
      <translation>Zurückgegeben</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/slip.py" line="147" />
      <source>No items in this visit.</source>
      <translation>Keine Medien bei diesem Besuch.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/slip.py" line="155" />
      <source>Fee</source>
      <translation>Gebühr</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/slip.py" line="155" />
      <source>Paid now</source>
      <translation>Jetzt bezahlt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/slip.py" line="168" />
      <source>ON HOLD</source>
      <translation>VORGEMERKT</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/slip.py" line="173" />
      <source>Keep until</source>
      <translation>Abholbereit bis</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/slip.py" line="219" />
      <source>{slip} {member}</source>
      <translation>{slip} {member}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/slip.py" line="234" />
      <source>Slip preview</source>
      <translation>Belegvorschau</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/slip.py" line="236" />
      <source>Paper size</source>
      <translation>Papierformat</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/slip.py" line="241" />
      <source>&amp;Print…</source>
      <translation>&amp;Drucken…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/slip.py" line="243" />
      <source>Save as P&amp;DF…</source>
      <translation>Als PD&amp;F speichern…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/slip.py" line="250" />
      <source>P&amp;aper:</source>
      <translation>P&amp;apier:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/slip.py" line="281" />
      <source>Save slip as PDF</source>
      <translation>Beleg als PDF speichern</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/slip.py" line="282" />
      <location filename="../../desktop_app/ui/interchange/printing.py" line="67" />
      <source>PDF files (*.pdf)</source>
      <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/slip.py" line="38" />
      <source>80 mm receipt</source>
      <translation>Kassenbon 80 mm</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/slip.py" line="38" />
      <source>Letter</source>
      <translation>US-Letter</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/slip.py" line="42" />
      <source>Hold slip</source>
      <translation>Vormerkbeleg</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/slip.py" line="42" />
      <location filename="../../desktop_app/ui/desk/slip.py" line="153" />
      <source>Receipt</source>
      <translation>Quittung</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/slip.py" line="42" />
      <source>Slip</source>
      <translation>Beleg</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/slip.py" line="43" />
      <source>Lost item</source>
      <translation>Verlorenes Medium</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/slip.py" line="43" />
      <source>Overdue fine</source>
      <translation>Säumnisgebühr</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/slip.py" line="44" />
      <source>Charge</source>
      <translation>Gebühr</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/slip.py" line="75" />
      <source>{kind}: {note} ({date})</source>
      <translation>{kind}: {note} ({date})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/slip.py" line="76" />
      <source>{kind} ({date})</source>
      <translation>{kind} ({date})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/slip.py" line="87" />
      <source>{fee}; {left} left to pay</source>
      <translation>{fee}; {left} noch offen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/slip.py" line="89" />
      <source>Received</source>
      <translation>Erhalten</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/slip.py" line="90" />
      <source>Change</source>
      <translation>Rückgeld</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/slip.py" line="90" />
      <source>Still owed</source>
      <translation>Noch offen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/tab.py" line="107" />
      <source>Barcode: scan a member card or a book</source>
      <translation>Barcode: Ausweis oder Medium scannen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/tab.py" line="108" />
      <source>Scan a member card or a book, or type the barcode and press Enter</source>
      <translation>Ausweis oder Medium scannen oder den Barcode eingeben und Enter drücken</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/tab.py" line="113" />
      <source>Ready. Scan a member card to lend, or a book to return it.</source>
      <translation>Bereit. Scannen Sie einen Ausweis zum Ausleihen oder ein Medium zur Rückgabe.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/tab.py" line="114" />
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="114" />
      <source>Result of the last scan</source>
      <translation>Ergebnis des letzten Scans</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/tab.py" line="123" />
      <source>Scans of this session</source>
      <translation>Scans dieses Vorgangs</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/tab.py" line="138" />
      <source>This session</source>
      <translation>Dieser Vorgang</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/tab.py" line="174" />
      <source>{label}  [{key}]</source>
      <translation>{label}  [{key}]</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/tab.py" line="176" />
      <source>{label}, key {key}</source>
      <translation>{label}, Taste {key}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/tab.py" line="215" />
      <source>Ignored a second scan of {code} within 2 seconds</source>
      <translation>Zweiter Scan von {code} innerhalb von 2 Sekunden ignoriert</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/tab.py" line="262" />
      <source>{member}: {alerts}</source>
      <translation>{member}: {alerts}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/tab.py" line="266" />
      <source>{member}: scan books to lend</source>
      <translation>{member}: Medien zum Ausleihen scannen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/tab.py" line="268" />
      <source>Session of {member} ended: {key} prints their slip</source>
      <translation>Vorgang für {member} beendet: {key} druckt den Beleg</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/tab.py" line="288" />
      <source>Put on the hold shelf for {member}. {key} prints its hold slip.</source>
      <translation>Für {member} ins Abholregal gelegt. {key} druckt den Vormerkbeleg.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/tab.py" line="302" />
      <source>There is no refusal to override</source>
      <translation>Es gibt keine Ablehnung, für die eine Ausnahme möglich wäre</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/tab.py" line="305" />
      <source>Only a librarian or admin may override</source>
      <translation>Nur Bibliothekare oder Admins dürfen eine Ausnahme zulassen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/tab.py" line="308" />
      <source>Why should {code} be lent despite the refusal? The reason is recorded.</source>
      <translation>Warum soll {code} trotz der Ablehnung ausgeliehen werden? Der Grund wird festgehalten.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/tab.py" line="309" />
      <source>Why should {code} be renewed despite the refusal? The reason is recorded.</source>
      <translation>Warum soll {code} trotz der Ablehnung verlängert werden? Der Grund wird festgehalten.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/tab.py" line="310" />
      <location filename="../../desktop_app/ui/holds/tab.py" line="277" />
      <source>Override</source>
      <translation>Ausnahme</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/tab.py" line="330" />
      <source>Select a loan to renew (Up and Down keys), or press F4 and scan the book</source>
      <translation>Wählen Sie eine Ausleihe zum Verlängern (Pfeiltasten), oder drücken Sie F4 und scannen Sie das Medium</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/tab.py" line="338" />
      <source>Scan a member card first to see their fees</source>
      <translation>Scannen Sie zuerst einen Ausweis, um die Gebühren zu sehen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/tab.py" line="372" />
      <source>There is no slip of a previous member in this desk session</source>
      <translation>In dieser Sitzung gibt es keinen Beleg eines vorigen Mitglieds</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/tab.py" line="387" />
      <source>Session of {member} ended. Next, please.</source>
      <translation>Vorgang für {member} beendet. Nächste Person, bitte.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/tab.py" line="388" />
      <source>Session cleared.</source>
      <translation>Vorgang zurückgesetzt.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/tab.py" line="61" />
      <source>Lend mode: scan a member card, then their books</source>
      <translation>Ausleihmodus: Ausweis scannen, dann die Medien des Mitglieds</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/tab.py" line="62" />
      <source>Return mode: scan the books that come back</source>
      <translation>Rückgabemodus: die zurückgegebenen Medien scannen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/tab.py" line="63" />
      <source>Renew mode: scan the books to renew</source>
      <translation>Verlängerungsmodus: die zu verlängernden Medien scannen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/model.py" line="100" />
      <source>Waiting since</source>
      <translation>Wartet seit</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/model.py" line="102" />
      <source>Copies on the shelf</source>
      <translation>Exemplare im Regal</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/model.py" line="103" />
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="210" />
      <source>Where</source>
      <translation>Wo</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/model.py" line="17" />
      <source>cancelled</source>
      <translation>storniert</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/model.py" line="17" />
      <source>fulfilled</source>
      <translation>erfüllt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/model.py" line="17" />
      <location filename="../../desktop_app/ui/holds/model.py" line="81" />
      <source>ready</source>
      <translation>bereit</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/model.py" line="17" />
      <source>waiting</source>
      <translation>wartet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/model.py" line="18" />
      <source>expired</source>
      <translation>abgelaufen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/model.py" line="42" />
      <source>expired {days} d ago</source>
      <translation>seit {days} Tg. abgelaufen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/model.py" line="44" />
      <source>last day</source>
      <translation>letzter Tag</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/model.py" line="45" />
      <source>{days} d</source>
      <translation>{days} Tg.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/model.py" line="64" />
      <location filename="../../desktop_app/ui/holds/model.py" line="87" />
      <location filename="../../desktop_app/ui/members/detail.py" line="59" />
      <source>Pickup by</source>
      <translation>Abholen bis</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/model.py" line="66" />
      <source>Left</source>
      <translation>Restzeit</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/model.py" line="68" />
      <location filename="../../desktop_app/ui/holds/model.py" line="83" />
      <location filename="../../desktop_app/ui/notices/tab.py" line="52" />
      <source>Member</source>
      <translation>Mitglied</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/model.py" line="69" />
      <location filename="../../desktop_app/ui/holds/model.py" line="84" />
      <location filename="../../desktop_app/ui/members/model.py" line="31" />
      <source>Card</source>
      <translation>Ausweis</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/model.py" line="71" />
      <location filename="../../desktop_app/ui/reports/overdue.py" line="26" />
      <source>Copy</source>
      <translation>Exemplar</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/model.py" line="81" />
      <location filename="../../desktop_app/ui/sync/exceptions_model.py" line="60" />
      <source>#</source>
      <translation>#</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/model.py" line="85" />
      <source>Placed</source>
      <translation>Vorgemerkt am</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="113" />
      <source>Holds to fill from the shelves: fetch the copy, scan it in</source>
      <translation>Vormerkungen aus dem Regal erfüllen: Exemplar holen, einscannen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="116" />
      <source>To fetch from the shelves — scan the copy above to put it on the hold shelf</source>
      <translation>Aus dem Regal zu holen — das Exemplar oben scannen, um es ins Abholregal zu legen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="149" />
      <source>{waiting} waiting · {soon} expiring today or tomorrow · {late} past the deadline (use Expire uncollected)</source>
      <translation>{waiting} warten · {soon} laufen heute oder morgen ab · {late} nach Ablauf der Frist („Nicht abgeholte auflösen“ verwenden)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="177" />
      <source>Expired {count} holds: {names} and {more} more</source>
      <translation>{count} Vormerkungen aufgelöst: {names} und {more} weitere</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="180" />
      <source>Expired {count} holds: {names}</source>
      <translation>{count} Vormerkungen aufgelöst: {names}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="182" />
      <source>No uncollected holds to expire</source>
      <translation>Keine nicht abgeholten Vormerkungen aufzulösen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="193" />
      <source>Choose the hold to cancel first</source>
      <translation>Wählen Sie zuerst die zu stornierende Vormerkung</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="198" />
      <source>Cancel hold</source>
      <translation>Vormerkung stornieren</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="199" />
      <source>Cancel the hold of {member} on '{title}'?</source>
      <translation>Vormerkung von {member} für '{title}' stornieren?</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="200" />
      <source>&amp;Keep the hold</source>
      <translation>Vormerkung &amp;behalten</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="200" />
      <source>Cancel the &amp;hold</source>
      <translation>Vormerkung &amp;stornieren</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="205" />
      <source>Cancelled the hold of {member}</source>
      <translation>Vormerkung von {member} storniert</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="222" />
      <source>{title} — {authors} ({year})</source>
      <translation>{title} — {authors} ({year})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="223" />
      <source>n.d.</source>
      <translation>o. J.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="234" />
      <source>No book found</source>
      <translation>Kein Titel gefunden</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="253" />
      <source>Find and choose a book first</source>
      <translation>Suchen und wählen Sie zuerst einen Titel</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="255" />
      <source>Card number of the member who wants
{book}:</source>
      <translation>Ausweisnummer des Mitglieds, das
{book}
vormerken möchte:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="256" />
      <source>Place hold</source>
      <translation>Vormerken</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="263" />
      <source>Hold placed for {member}: number {position} in line</source>
      <translation>Vormerkung für {member} angelegt: Platz {position} in der Warteliste</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="266" />
      <source>Hold placed for {member}: ready</source>
      <translation>Vormerkung für {member} angelegt: bereit</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="276" />
      <source>{refusal}

Place the hold anyway? Reason:</source>
      <translation>{refusal}

Trotzdem vormerken? Grund:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="282" />
      <source>Hold placed for {member} (override)</source>
      <translation>Vormerkung für {member} angelegt (Ausnahme)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="50" />
      <source>Hold shelf: copies waiting for pickup</source>
      <translation>Abholregal: Exemplare, die auf Abholung warten</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="60" />
      <source>Scan a returned copy to check it in</source>
      <translation>Ein zurückgegebenes Exemplar scannen, um es zurückzubuchen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="61" />
      <source>Scan a returned copy to check it in (fills the next hold)</source>
      <translation>Ein zurückgegebenes Exemplar scannen, um es zurückzubuchen (erfüllt die nächste Vormerkung)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="67" />
      <source>&amp;Cancel hold…</source>
      <translation>Vormerkung &amp;stornieren…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="69" />
      <source>E&amp;xpire uncollected</source>
      <translation>Nicht abgeholte &amp;auflösen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="70" />
      <source>Close ready holds whose pickup deadline has passed; each copy goes to the next in line</source>
      <translation>Bereitgestellte Vormerkungen mit abgelaufener Abholfrist schließen; jedes Exemplar geht an die nächste Person in der Warteliste</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="71" />
      <source>Hold shelf — ready for pickup</source>
      <translation>Abholregal — zur Abholung bereit</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="84" />
      <source>Find a book by title, author, ISBN or copy barcode</source>
      <translation>Titel suchen nach Titel, Autor, ISBN oder Barcode eines Exemplars</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="85" />
      <source>Find a book: title, author, ISBN or a copy's barcode, then Enter</source>
      <translation>Titel suchen: Titel, Autor, ISBN oder Barcode eines Exemplars, dann Enter</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="93" />
      <source>Waiting line for the chosen book</source>
      <translation>Warteliste für den ausgewählten Titel</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="96" />
      <source>&amp;Place hold…</source>
      <translation>&amp;Vormerken…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="97" />
      <source>Ca&amp;ncel hold…</source>
      <translation>Vormerkung st&amp;ornieren…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="99" />
      <source>Waiting line for a book</source>
      <translation>Warteliste für einen Titel</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="100" />
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="197" />
      <source>Already there</source>
      <translation>Schon vorhanden</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="102" />
      <source>&amp;Problems report</source>
      <translation>Fehler&amp;bericht</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="104" />
      <source>&amp;Dry run first</source>
      <translation>Zuerst &amp;Probelauf</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="105" />
      <source>&amp;Import</source>
      <translation>&amp;Importieren</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="132" />
      <source>Choose the file to import</source>
      <translation>Wählen Sie die zu importierende Datei</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="135" />
      <source>There is no file {path}</source>
      <translation>Die Datei {path} gibt es nicht</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="140" />
      <source>problems report</source>
      <translation>Fehlerbericht</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="163" />
      <source>Checking {file}…</source>
      <translation>{file} wird geprüft…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="163" />
      <source>Importing {file}…</source>
      <translation>{file} wird importiert…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="164" />
      <source>Dry run</source>
      <translation>Probelauf</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="164" />
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="46" />
      <source>Import</source>
      <translation>Import</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="186" />
      <source>Dry run finished</source>
      <translation>Probelauf beendet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="186" />
      <source>Import finished</source>
      <translation>Import beendet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="187" />
      <source>Nothing was imported</source>
      <translation>Es wurde nichts importiert</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="191" />
      <source>What a real import would do:</source>
      <translation>Was ein echter Import tun würde:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="192" />
      <source>What the file holds (nothing was written):</source>
      <translation>Was die Datei enthält (nichts wurde geschrieben):</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="196" />
      <source>New</source>
      <translation>Neu</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="196" />
      <source>Updated</source>
      <translation>Aktualisiert</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="197" />
      <source>Bad</source>
      <translation>Fehlerhaft</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="199" />
      <source>Copies new</source>
      <translation>Neue Exemplare</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="199" />
      <source>Copies updated</source>
      <translation>Exemplare aktualisiert</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="209" />
      <source>Problems found in the file</source>
      <translation>In der Datei gefundene Probleme</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="228" />
      <source>Showing the first {shown} of {total} problems.</source>
      <translation>Die ersten {shown} von {total} Problemen werden angezeigt.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="230" />
      <source>All problems are in {path}</source>
      <translation>Alle Probleme stehen in {path}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="231" />
      <source>No report file was asked for.</source>
      <translation>Es wurde keine Berichtsdatei angefordert.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="232" />
      <source>No problems were found.</source>
      <translation>Es wurden keine Probleme gefunden.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="263" />
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="310" />
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="46" />
      <source>Export</source>
      <translation>Export</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="265" />
      <source>What to export</source>
      <translation>Was exportiert werden soll</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="268" />
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="74" />
      <source>All files (*)</source>
      <translation>Alle Dateien (*)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="268" />
      <source>Export to</source>
      <translation>Exportieren nach</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="268" />
      <source>File to write</source>
      <translation>Zieldatei</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="272" />
      <source>Members and loans hold personal data: librarians and admins only. Keep such files safe.</source>
      <translation>Mitglieder und Ausleihen enthalten personenbezogene Daten: nur für Bibliothekare und Admins. Bewahren Sie solche Dateien sicher auf.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="275" />
      <source>&amp;What</source>
      <translation>&amp;Was</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="276" />
      <source>&amp;Save as</source>
      <translation>&amp;Speichern unter</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="278" />
      <source>&amp;Export</source>
      <translation>&amp;Exportieren</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="299" />
      <source>export</source>
      <translation>Export</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="310" />
      <source>Writing {file}…</source>
      <translation>{file} wird geschrieben…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="319" />
      <source>Wrote {count} rows to {path}.</source>
      <translation>{count} Zeilen in {path} geschrieben.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="321" />
      <source>{count} titles could not be written in MARC21 (a field is too long):</source>
      <translation>{count} Titel konnten nicht in MARC21 geschrieben werden (ein Feld ist zu lang):</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="323" />
      <source>Exported {count} rows to {file}</source>
      <translation>{count} Zeilen nach {file} exportiert</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="325" />
      <source>Export finished</source>
      <translation>Export beendet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="45" />
      <source>MARC21 (.mrc)</source>
      <translation>MARC21 (.mrc)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="45" />
      <source>MARCXML (.xml)</source>
      <translation>MARCXML (.xml)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="46" />
      <source>Spreadsheet of books (CSV)</source>
      <translation>Tabelle der Titel (CSV)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="46" />
      <source>Spreadsheet of members (CSV)</source>
      <translation>Tabelle der Mitglieder (CSV)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="48" />
      <source>Catalogue, one row per title (CSV)</source>
      <translation>Katalog, eine Zeile pro Titel (CSV)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="49" />
      <source>Copies (CSV)</source>
      <translation>Exemplare (CSV)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="49" />
      <source>Members (CSV)</source>
      <translation>Mitglieder (CSV)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="50" />
      <source>Loans (CSV)</source>
      <translation>Ausleihen (CSV)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="50" />
      <source>Overdue list (CSV)</source>
      <translation>Liste der Überfälligen (CSV)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="51" />
      <source>Catalogue as MARC21 (.mrc)</source>
      <translation>Katalog als MARC21 (.mrc)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="52" />
      <source>Catalogue as MARCXML (.xml)</source>
      <translation>Katalog als MARCXML (.xml)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="54" />
      <location filename="../../desktop_app/ui/sync/texts.py" line="38" />
      <source>error</source>
      <translation>Fehler</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="54" />
      <source>warning</source>
      <translation>Warnung</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="71" />
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="73" />
      <source>Import records</source>
      <translation>Datensätze importieren</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="72" />
      <source>File to import</source>
      <translation>Zu importierende Datei</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="74" />
      <source>Records (*.mrc *.marc *.dat *.iso *.xml *.csv *.tsv *.txt)</source>
      <translation>Datensätze (*.mrc *.marc *.dat *.iso *.xml *.csv *.tsv *.txt)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="77" />
      <source>Format</source>
      <translation>Format</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="78" />
      <source>Recognise from the file</source>
      <translation>Aus der Datei erkennen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="81" />
      <source>&amp;Skip records already in the library</source>
      <translation>Bereits vorhandene Datensätze &amp;überspringen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="82" />
      <source>&amp;Update them from the file</source>
      <translation>Aus der Datei &amp;aktualisieren</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="90" />
      <source>Import the good records even if some are bad</source>
      <translation>Die fehlerfreien Datensätze importieren, auch wenn einige fehlerhaft sind</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="91" />
      <source>Problems report file</source>
      <translation>Datei für den Fehlerbericht</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="92" />
      <location filename="../../desktop_app/ui/settings/audit.py" line="52" />
      <source>CSV files (*.csv)</source>
      <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="92" />
      <source>Save the problems report</source>
      <translation>Fehlerbericht speichern</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="93" />
      <source>All or nothing: unless you tick the box above, one bad record means nothing is imported. A dry run reads the whole file and changes nothing.</source>
      <translation>Alles oder nichts: Ohne Häkchen oben wird bei einem fehlerhaften Datensatz gar nichts importiert. Ein Probelauf liest die ganze Datei und ändert nichts.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="98" />
      <location filename="../../desktop_app/ui/shell/main_window.py" line="184" />
      <source>&amp;File</source>
      <translation>&amp;Datei</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="99" />
      <source>F&amp;ormat</source>
      <translation>&amp;Format</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="102" />
      <source>PDF</source>
      <translation>PDF</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="123" />
      <source>Print it at 100% (actual size) on the sheets.</source>
      <translation>Drucken Sie die Datei mit 100 % (tatsächliche Größe) auf die Bögen.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="124" />
      <source>PDF ready</source>
      <translation>PDF fertig</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="141" />
      <source>Print labels</source>
      <translation>Etiketten drucken</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="148" />
      <source>Added since</source>
      <translation>Angelegt seit</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="151" />
      <source>First barcode</source>
      <translation>Erster Barcode</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="154" />
      <source>Last barcode</source>
      <translation>Letzter Barcode</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="158" />
      <source>Copies added since</source>
      <translation>Neue Exemplare seit</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="159" />
      <source>Barcodes from</source>
      <translation>Barcodes von</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="160" />
      <source>Every copy of the titles found by the search “{search}”</source>
      <translation>Alle Exemplare der Titel aus der Suche “{search}”</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="161" />
      <source>Every copy found by the catalog search (type a search first)</source>
      <translation>Alle Exemplare aus der Katalogsuche (zuerst eine Suche eingeben)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="186" />
      <source>The copies of the chosen book</source>
      <translation>Die Exemplare des ausgewählten Titels</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="188" />
      <source>The copies of “{title}” (it has none)</source>
      <translation>Die Exemplare von “{title}” (es gibt keine)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="190" />
      <source>The one copy of “{title}”</source>
      <translation>Das einzige Exemplar von “{title}”</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="191" />
      <source>The {count} copies of “{title}”</source>
      <translation>Die {count} Exemplare von “{title}”</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="196" />
      <source>Made the PDF of 1 label on 1 page: {path}</source>
      <translation>PDF mit 1 Etikett auf 1 Seite erstellt: {path}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="198" />
      <source>Made the PDF of {count} labels on 1 page: {path}</source>
      <translation>PDF mit {count} Etiketten auf 1 Seite erstellt: {path}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="199" />
      <source>Made the PDF of {count} labels on {pages} pages: {path}</source>
      <translation>PDF mit {count} Etiketten auf {pages} Seiten erstellt: {path}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="216" />
      <source>Type the first and the last barcode of the range</source>
      <translation>Geben Sie den ersten und den letzten Barcode des Bereichs ein</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="236" />
      <source>Print member cards</source>
      <translation>Ausweise drucken</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="241" />
      <source>1 card</source>
      <translation>1 Ausweis</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="241" />
      <source>{count} cards</source>
      <translation>{count} Ausweise</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="248" />
      <source>Made the PDF of 1 member card on 1 page: {path}</source>
      <translation>PDF mit 1 Ausweis auf 1 Seite erstellt: {path}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="250" />
      <source>Made the PDF of {count} member cards on 1 page: {path}</source>
      <translation>PDF mit {count} Ausweisen auf 1 Seite erstellt: {path}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="251" />
      <source>Made the PDF of {count} member cards on {pages} pages: {path}</source>
      <translation>PDF mit {count} Ausweisen auf {pages} Seiten erstellt: {path}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="256" />
      <source>Choose one or more members first</source>
      <translation>Wählen Sie zuerst ein oder mehrere Mitglieder</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="58" />
      <source>Sheet</source>
      <translation>Bogen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="60" />
      <source>{sheet}  ({count} per page)</source>
      <translation>{sheet}  ({count} pro Seite)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="63" />
      <source>Used positions to skip</source>
      <translation>Zu überspringende belegte Plätze</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="64" />
      <source>used positions</source>
      <translation>belegte Plätze</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="67" />
      <source>PDF file</source>
      <translation>PDF-Datei</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="67" />
      <source>Save as PDF</source>
      <translation>Als PDF speichern</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="69" />
      <source>&amp;Open the folder of the PDF afterwards</source>
      <translation>Danach den &amp;Ordner der PDF-Datei öffnen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="72" />
      <source>&amp;Make PDF</source>
      <translation>PDF &amp;erstellen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="81" />
      <source>S&amp;heet</source>
      <translation>&amp;Bogen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="82" />
      <source>S&amp;kip</source>
      <translation>&amp;Überspringen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="83" />
      <source>&amp;PDF file</source>
      <translation>&amp;PDF-Datei</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/widgets.py" line="102" />
      <source>{size} KB</source>
      <translation>{size} KB</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/widgets.py" line="103" />
      <location filename="../../desktop_app/ui/settings/backups.py" line="45" />
      <source>{size} MB</source>
      <translation>{size} MB</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/widgets.py" line="149" />
      <source>Cancelling… the library is being put back as it was.</source>
      <translation>Wird abgebrochen… die Bibliothek wird in den vorherigen Zustand zurückversetzt.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/widgets.py" line="160" />
      <source>{done} of {total} read</source>
      <translation>{done} von {total} gelesen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/widgets.py" line="162" />
      <source>{done} of {total} notices</source>
      <translation>{done} von {total} Benachrichtigungen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/widgets.py" line="164" />
      <source>{done} of {total} written</source>
      <translation>{done} von {total} geschrieben</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/widgets.py" line="166" />
      <source>{count} records</source>
      <translation>{count} Datensätze</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/widgets.py" line="188" />
      <source>Choose where to save the {what}</source>
      <translation>Wählen Sie den Speicherort für: {what}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/widgets.py" line="191" />
      <source>The folder {folder} for the {what} does not exist</source>
      <translation>Der Ordner {folder} für {what} existiert nicht</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/widgets.py" line="194" />
      <source>{path} is a folder; give a file name for the {what}</source>
      <translation>{path} ist ein Ordner; geben Sie einen Dateinamen an für: {what}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/widgets.py" line="197" />
      <source>Library Desk may not write in {folder}; choose another folder for the {what}</source>
      <translation>Library Desk darf nicht in {folder} schreiben; wählen Sie einen anderen Ordner für: {what}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/widgets.py" line="78" />
      <source>Choose…</source>
      <translation>Auswählen…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/widgets.py" line="80" />
      <source>Choose: {field}</source>
      <translation>Auswählen: {field}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/detail.py" line="124" />
      <source>no email or phone</source>
      <translation>keine E-Mail oder Telefonnummer</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/detail.py" line="126" />
      <source>{category} member since {joined}, expires {expires}</source>
      <translation>Mitglied seit {joined} ({category}), gültig bis {expires}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/detail.py" line="129" />
      <source>{category} member since {joined}, never expires</source>
      <translation>Mitglied seit {joined} ({category}), unbefristet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/detail.py" line="134" />
      <source>Self-service PIN not set</source>
      <translation>Selbstbedienungs-PIN nicht gesetzt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/detail.py" line="134" />
      <source>Self-service PIN set</source>
      <translation>Selbstbedienungs-PIN gesetzt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/detail.py" line="135" />
      <source>{pin} · owes {amount}</source>
      <translation>{pin} · Gebühren offen: {amount}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/detail.py" line="138" />
      <source>Notes: {notes}</source>
      <translation>Bemerkungen: {notes}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/detail.py" line="23" />
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="45" />
      <source>lost</source>
      <translation>Verlust</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/detail.py" line="23" />
      <source>manual</source>
      <translation>manuell</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/detail.py" line="23" />
      <source>overdue</source>
      <translation>Säumnisgebühr</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/detail.py" line="26" />
      <location filename="../../desktop_app/ui/settings/categories.py" line="45" />
      <source>Loans</source>
      <translation>Ausleihen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/detail.py" line="26" />
      <source>Loans ({count})</source>
      <translation>Ausleihen ({count})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/detail.py" line="26" />
      <source>Member's loans</source>
      <translation>Ausleihen des Mitglieds</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/detail.py" line="27" />
      <source>History</source>
      <translation>Verlauf</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/detail.py" line="27" />
      <source>History ({count})</source>
      <translation>Verlauf ({count})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/detail.py" line="27" />
      <source>Member's history</source>
      <translation>Verlauf des Mitglieds</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/detail.py" line="28" />
      <location filename="../../desktop_app/ui/settings/categories.py" line="47" />
      <location filename="../../desktop_app/ui/shell/main_window.py" line="60" />
      <source>Holds</source>
      <translation>Vormerkungen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/detail.py" line="28" />
      <source>Holds ({count})</source>
      <translation>Vormerkungen ({count})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/detail.py" line="28" />
      <source>Member's holds</source>
      <translation>Vormerkungen des Mitglieds</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/detail.py" line="29" />
      <source>Fees</source>
      <translation>Gebühren</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/detail.py" line="29" />
      <source>Fees ({count})</source>
      <translation>Gebühren ({count})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/detail.py" line="29" />
      <source>Member's fees</source>
      <translation>Gebühren des Mitglieds</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/detail.py" line="53" />
      <source>not yet</source>
      <translation>noch nicht</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/detail.py" line="58" />
      <source>Ready for pickup</source>
      <translation>Zur Abholung bereit</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/detail.py" line="58" />
      <source>Waiting</source>
      <translation>Wartet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/detail.py" line="65" />
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="172" />
      <location filename="../../desktop_app/ui/sync/exceptions_model.py" line="51" />
      <source>open</source>
      <translation>offen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/detail.py" line="65" />
      <source>paid</source>
      <translation>bezahlt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/detail.py" line="65" />
      <source>waived</source>
      <translation>erlassen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/detail.py" line="66" />
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="43" />
      <source>Note</source>
      <translation>Notiz</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/detail.py" line="77" />
      <location filename="../../desktop_app/ui/members/detail.py" line="116" />
      <source>Choose a member</source>
      <translation>Wählen Sie ein Mitglied</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/dialog.py" line="133" />
      <source>A PIN is 4 to 12 digits</source>
      <translation>Eine PIN hat 4 bis 12 Ziffern</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/dialog.py" line="153" />
      <source>Saved member {card}</source>
      <translation>Mitglied {card} gespeichert</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/dialog.py" line="45" />
      <source>Edit {name}</source>
      <translation>{name} bearbeiten</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/dialog.py" line="45" />
      <source>New member</source>
      <translation>Neues Mitglied</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/dialog.py" line="49" />
      <source>&amp;First name</source>
      <translation>&amp;Vorname</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/dialog.py" line="50" />
      <source>&amp;Last name *</source>
      <translation>&amp;Nachname *</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/dialog.py" line="51" />
      <source>&amp;Card number</source>
      <translation>&amp;Ausweisnummer</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/dialog.py" line="52" />
      <source>leave empty to generate one</source>
      <translation>leer lassen, um eine zu erzeugen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/dialog.py" line="53" />
      <source>&amp;Email</source>
      <translation>&amp;E-Mail</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/dialog.py" line="54" />
      <source>&amp;Phone</source>
      <translation>&amp;Telefon</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/dialog.py" line="58" />
      <source>&amp;Address</source>
      <translation>Ad&amp;resse</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/dialog.py" line="62" />
      <source>Cate&amp;gory</source>
      <translation>&amp;Kategorie</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/dialog.py" line="63" />
      <source>Membership &amp;expires on</source>
      <translation>Mitgliedschaft &amp;gültig bis</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/dialog.py" line="70" />
      <source>Membership expiry date</source>
      <translation>Ablaufdatum der Mitgliedschaft</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/dialog.py" line="72" />
      <source>Self-service P&amp;IN</source>
      <translation>Selbstbedienungs-P&amp;IN</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/dialog.py" line="74" />
      <source>4 to 12 digits; empty keeps the current one</source>
      <translation>4 bis 12 Ziffern; leer lassen, um die bisherige zu behalten</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/dialog.py" line="75" />
      <source>4 to 12 digits</source>
      <translation>4 bis 12 Ziffern</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/model.py" line="26" />
      <source>Expired</source>
      <translation>Abgelaufen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/model.py" line="27" />
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/model.py" line="34" />
      <location filename="../../desktop_app/ui/settings/staff.py" line="57" />
      <location filename="../../desktop_app/ui/sync/texts.py" line="17" />
      <source>never</source>
      <translation>nie</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/model.py" line="35" />
      <source>Standing</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/privacy.py" line="100" />
      <source>Keep</source>
      <translation>Behalten</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/privacy.py" line="109" />
      <source>Cannot delete member</source>
      <translation>Mitglied kann nicht gelöscht werden</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/privacy.py" line="109" />
      <source>{name} (card {card}) cannot be deleted yet.</source>
      <translation>{name} (Ausweis {card}) kann noch nicht gelöscht werden.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/privacy.py" line="116" />
      <source>Deleted {name} (card {card})</source>
      <translation>{name} (Ausweis {card}) gelöscht</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/privacy.py" line="23" />
      <source>{member} still has {count} items on loan: check them in first.</source>
      <translation>{member} hat noch {count} Medien ausgeliehen: Buchen Sie sie zuerst zurück.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/privacy.py" line="24" />
      <source>{member} still has 1 item on loan: check it in first.</source>
      <translation>{member} hat noch 1 Medium ausgeliehen: Buchen Sie es zuerst zurück.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/privacy.py" line="25" />
      <source>{member} still owes {amount}: take the payment or waive the fees first.</source>
      <translation>{member} hat noch {amount} offen: Nehmen Sie zuerst die Zahlung an oder erlassen Sie die Gebühren.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/privacy.py" line="49" />
      <source>Export the member's data</source>
      <translation>Daten des Mitglieds exportieren</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/privacy.py" line="49" />
      <source>JSON file (*.json);;PDF file (*.pdf)</source>
      <translation>JSON-Datei (*.json);;PDF-Datei (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/privacy.py" line="67" />
      <source>Data exported</source>
      <translation>Daten exportiert</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/privacy.py" line="67" />
      <source>The data of {name} ({loans} loans, {holds} holds, {fees} fees, {notices} notices) is in {path}</source>
      <translation>Die Daten von {name} ({loans} Ausleihen, {holds} Vormerkungen, {fees} Gebühren, {notices} Benachrichtigungen) liegen in {path}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/privacy.py" line="72" />
      <source>Exported the data of {card}</source>
      <translation>Daten von {card} exportiert</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/privacy.py" line="86" />
      <source>Delete {name} (card {card})?</source>
      <translation>{name} (Ausweis {card}) löschen?</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/privacy.py" line="87" />
      <source>Their loans, holds and fees stay in the library's history without their name; this cannot be undone.</source>
      <translation>Seine Ausleihen, Vormerkungen und Gebühren bleiben ohne Namen im Verlauf der Bibliothek; dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/privacy.py" line="90" />
      <source>Their hold will be cancelled.</source>
      <translation>Seine Vormerkung wird storniert.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/privacy.py" line="92" />
      <source>Their {count} holds will be cancelled.</source>
      <translation>Seine {count} Vormerkungen werden storniert.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/privacy.py" line="94" />
      <source>Delete member</source>
      <translation>Mitglied löschen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/privacy.py" line="98" />
      <source>Delete</source>
      <translation>Löschen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/tab.py" line="120" />
      <source>{count} members</source>
      <translation>{count} Mitglieder</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/tab.py" line="121" />
      <source>1 member</source>
      <translation>1 Mitglied</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/tab.py" line="203" />
      <source>Block member</source>
      <translation>Mitglied sperren</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/tab.py" line="203" />
      <source>Why is {card} blocked?</source>
      <translation>Warum wird {card} gesperrt?</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/tab.py" line="206" />
      <source>Blocked {card}</source>
      <translation>{card} gesperrt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/tab.py" line="212" />
      <source>Unblock member</source>
      <translation>Mitglied entsperren</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/tab.py" line="213" />
      <source>Why is {card} unblocked? (optional)</source>
      <translation>Warum wird {card} entsperrt? (optional)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/tab.py" line="216" />
      <source>Unblocked {card}</source>
      <translation>{card} entsperrt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/tab.py" line="222" />
      <source>Renewed the membership of {card}</source>
      <translation>Mitgliedschaft von {card} verlängert</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/tab.py" line="44" />
      <source>Search members</source>
      <translation>Mitglieder suchen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/tab.py" line="45" />
      <source>Search name, card number, email or phone…   ({shortcut})</source>
      <translation>Name, Ausweisnummer, E-Mail oder Telefon suchen…   ({shortcut})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/tab.py" line="52" />
      <location filename="../../desktop_app/ui/reports/tab.py" line="39" />
      <location filename="../../desktop_app/ui/shell/main_window.py" line="59" />
      <source>Members</source>
      <translation>Mitglieder</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/tab.py" line="65" />
      <source>&amp;New member</source>
      <translation>&amp;Neues Mitglied</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/tab.py" line="66" />
      <source>&amp;Edit</source>
      <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/tab.py" line="67" />
      <source>&amp;Block…</source>
      <translation>&amp;Sperren…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/tab.py" line="67" />
      <source>&amp;Unblock…</source>
      <translation>&amp;Entsperren…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/tab.py" line="68" />
      <source>&amp;Renew membership</source>
      <translation>Mitgliedschaft &amp;verlängern</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/tab.py" line="69" />
      <source>Print &amp;card…</source>
      <translation>&amp;Ausweis drucken…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/tab.py" line="70" />
      <source>E&amp;xport data…</source>
      <translation>Daten e&amp;xportieren…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/tab.py" line="71" />
      <source>&amp;Delete member…</source>
      <translation>Mitglied &amp;löschen…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/tab.py" line="83" />
      <source>Member cards of the chosen members, as a PDF to print</source>
      <translation>Ausweise der ausgewählten Mitglieder als PDF zum Drucken</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/tab.py" line="84" />
      <source>Everything the library holds about the member, as a JSON or PDF file (librarians)</source>
      <translation>Alles, was die Bibliothek über das Mitglied gespeichert hat, als JSON- oder PDF-Datei (Bibliothekare)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/tab.py" line="86" />
      <source>Delete the member; their loans, holds and fees stay without their name (librarians)</source>
      <translation>Das Mitglied löschen; seine Ausleihen, Vormerkungen und Gebühren bleiben ohne Namen erhalten (Bibliothekare)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/tab.py" line="37" />
      <source>card number, or empty for everyone</source>
      <translation>Ausweisnummer, oder leer für alle</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/tab.py" line="38" />
      <source>Card number of the member whose notices to show</source>
      <translation>Ausweisnummer des Mitglieds, dessen Benachrichtigungen angezeigt werden</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/tab.py" line="40" />
      <source>Show</source>
      <translation>Anzeigen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/tab.py" line="43" />
      <location filename="../../desktop_app/ui/notices/texts.py" line="108" />
      <source>Notice</source>
      <translation>Benachrichtigung</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/tab.py" line="43" />
      <source>Recipient</source>
      <translation>Empfänger</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/tab.py" line="43" />
      <source>Sent</source>
      <translation>Gesendet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/tab.py" line="43" />
      <location filename="../../desktop_app/ui/notices/texts.py" line="85" />
      <location filename="../../desktop_app/ui/notices/texts.py" line="113" />
      <source>Subject</source>
      <translation>Betreff</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/tab.py" line="50" />
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="54" />
      <source>Notices sent</source>
      <translation>Benachrichtigungen gesendet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/tab.py" line="87" />
      <source>email</source>
      <translation>E-Mail</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/tab.py" line="87" />
      <source>letter</source>
      <translation>Brief</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/tab.py" line="95" />
      <source>None sent yet</source>
      <translation>Noch keine gesendet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/tab.py" line="95" />
      <source>{count} shown</source>
      <translation>{count} angezeigt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="100" />
      <source>Fields: {fields}</source>
      <translation>Platzhalter: {fields}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="115" />
      <source>Preview</source>
      <translation>Vorschau</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="117" />
      <source>Text</source>
      <translation>Text</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="123" />
      <source>Save text</source>
      <translation>Text speichern</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="124" />
      <location filename="../../desktop_app/ui/notices/texts.py" line="241" />
      <source>Back to the shipped text</source>
      <translation>Zurück zum mitgelieferten Text</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="125" />
      <source>Mail password…</source>
      <translation>Mail-Passwort…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="126" />
      <location filename="../../desktop_app/ui/notices/texts.py" line="266" />
      <source>Preview today's run</source>
      <translation>Vorschau des heutigen Versands</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="127" />
      <location filename="../../desktop_app/ui/notices/texts.py" line="266" />
      <source>Send notices now</source>
      <translation>Benachrichtigungen jetzt senden</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="128" />
      <source>Open letters</source>
      <translation>Briefe öffnen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="192" />
      <source>Notices are off: an admin turns them on in Settings. They can still be sent from here.</source>
      <translation>Benachrichtigungen sind ausgeschaltet: Ein Admin schaltet sie in den Einstellungen ein. Von hier aus können sie trotzdem gesendet werden.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="194" />
      <source>The library server sends the notices every day; this desk does not.</source>
      <translation>Der Bibliotheksserver sendet die Benachrichtigungen täglich; dieser Arbeitsplatz nicht.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="196" />
      <source>Nobody sends the notices every day; send them from here.</source>
      <translation>Niemand sendet die Benachrichtigungen täglich; senden Sie sie von hier aus.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="198" />
      <source>This desk sends the notices once a day.</source>
      <translation>Dieser Arbeitsplatz sendet die Benachrichtigungen einmal täglich.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="200" />
      <source>Mail server: {host}:{port}, from {sender}.</source>
      <translation>Mailserver: {host}:{port}, Absender {sender}.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="201" />
      <source>(no sender address)</source>
      <translation>(keine Absenderadresse)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="203" />
      <source>No mail server is set (Settings): members get printed letters only.</source>
      <translation>Kein Mailserver eingerichtet (Einstellungen): Mitglieder erhalten nur gedruckte Briefe.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="209" />
      <source>The library's own text.</source>
      <translation>Der eigene Text der Bibliothek.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="209" />
      <source>The text shipped with the program.</source>
      <translation>Der mit dem Programm mitgelieferte Text.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="235" />
      <source>Notice text saved</source>
      <translation>Text der Benachrichtigung gespeichert</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="250" />
      <source>Mail password</source>
      <translation>Mail-Passwort</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="250" />
      <source>Password of the mail server's user (kept in the system keyring):</source>
      <translation>Passwort des Mailserver-Benutzers (wird im Schlüsselbund des Systems gespeichert):</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="256" />
      <source>Mail password kept</source>
      <translation>Mail-Passwort gespeichert</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="267" />
      <source>Notices to members…</source>
      <translation>Benachrichtigungen an Mitglieder…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="284" />
      <location filename="../../desktop_app/ui/shell/main_window.py" line="63" />
      <source>Notices</source>
      <translation>Benachrichtigungen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="299" />
      <source>What today's run would send</source>
      <translation>Was der heutige Versand senden würde</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="302" />
      <source>letter to {name}</source>
      <translation>Brief an {name}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="42" />
      <source>First overdue notice</source>
      <translation>Erste Mahnung</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="42" />
      <source>Reminder before the due date</source>
      <translation>Erinnerung vor dem Fälligkeitsdatum</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="43" />
      <source>Second overdue notice</source>
      <translation>Zweite Mahnung</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="43" />
      <source>Third overdue notice</source>
      <translation>Dritte Mahnung</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="44" />
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="37" />
      <source>Hold expired</source>
      <translation>Vormerkung abgelaufen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="44" />
      <source>Hold ready for pickup</source>
      <translation>Vormerkung liegt bereit</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="51" />
      <source>Notices due on {day}: {count}. Nothing was sent (a preview).</source>
      <translation>Fällige Benachrichtigungen am {day}: {count}. Es wurde nichts gesendet (Vorschau).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="54" />
      <source>Notices due on {day}: {count}. Emailed: {emailed}. Letters to print: {printed}. Not sent: {unsent}.</source>
      <translation>Fällige Benachrichtigungen am {day}: {count}. Per E-Mail: {emailed}. Briefe zum Drucken: {printed}. Nicht gesendet: {unsent}.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="61" />
      <source>The emails stopped: {reason}</source>
      <translation>Der E-Mail-Versand wurde abgebrochen: {reason}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="71" />
      <source>Notice texts and sending</source>
      <translation>Texte und Versand der Benachrichtigungen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="79" />
      <source>Kind of notice</source>
      <translation>Art der Benachrichtigung</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="83" />
      <source>Language of the text</source>
      <translation>Sprache des Textes</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="87" />
      <source>Text of the notice</source>
      <translation>Text der Benachrichtigung</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="97" />
      <source>Preview for an example member</source>
      <translation>Vorschau für ein Beispielmitglied</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/reports/charts.py" line="158" />
      <source>{chart}: {bars} bars, total {total}; {values}</source>
      <translation>{chart}: {bars} Balken, insgesamt {total}; {values}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/reports/charts.py" line="160" />
      <source>{label}: {value}</source>
      <translation>{label}: {value}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/reports/charts.py" line="75" />
      <source>Nothing yet</source>
      <translation>Noch nichts</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/reports/output.py" line="40" />
      <location filename="../../desktop_app/ui/reports/overdue.py" line="20" />
      <source>Days late</source>
      <translation>Tage überfällig</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/reports/output.py" line="40" />
      <source>Was due</source>
      <translation>Fällig am</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/reports/output.py" line="43" />
      <source>Thank you,</source>
      <translation>Mit freundlichen Grüßen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/reports/output.py" line="52" />
      <source>Dear {member},</source>
      <translation>Guten Tag {member},</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/reports/output.py" line="53" />
      <source>Our records show that the following item is overdue. Please return it or renew at the desk as soon as you can.</source>
      <translation>Laut unseren Unterlagen ist das folgende Medium überfällig. Bitte geben Sie es so bald wie möglich zurück oder verlängern Sie es an der Theke.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/reports/output.py" line="55" />
      <source>Our records show that the following items are overdue. Please return them or renew at the desk as soon as you can.</source>
      <translation>Laut unseren Unterlagen sind die folgenden Medien überfällig. Bitte geben Sie sie so bald wie möglich zurück oder verlängern Sie sie an der Theke.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/reports/output.py" line="57" />
      <source>Card number: {card}</source>
      <translation>Ausweisnummer: {card}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/reports/overdue.py" line="27" />
      <source>Contact</source>
      <translation>Kontakt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/reports/overdue.py" line="27" />
      <source>by post</source>
      <translation>per Post</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/reports/overdue.py" line="27" />
      <location filename="../../desktop_app/ui/settings/categories.py" line="49" />
      <source>none</source>
      <translation>keine</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/reports/tab.py" line="100" />
      <source>&amp;Refresh (F5)</source>
      <translation>&amp;Aktualisieren (F5)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/reports/tab.py" line="101" />
      <source>&amp;Print letters…</source>
      <translation>&amp;Mahnungen drucken…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/reports/tab.py" line="102" />
      <source>Save letters as P&amp;DF…</source>
      <translation>Mahnungen als P&amp;DF speichern…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/reports/tab.py" line="103" />
      <source>Export &amp;CSV…</source>
      <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/reports/tab.py" line="164" />
      <source>{loans} overdue loans, {members} members</source>
      <translation>{loans} überfällige Ausleihen, {members} Mitglieder</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/reports/tab.py" line="180" />
      <source>Saved {count} letters to {path}</source>
      <translation>{count} Mahnungen in {path} gespeichert</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/reports/tab.py" line="186" />
      <source>Exported {count} overdue loans to {path}</source>
      <translation>{count} überfällige Ausleihen nach {path} exportiert</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/reports/tab.py" line="192" />
      <source>Nothing is overdue: no letters to print</source>
      <translation>Nichts ist überfällig: keine Mahnungen zu drucken</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/reports/tab.py" line="198" />
      <source>Printed {count} letters</source>
      <translation>{count} Mahnungen gedruckt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/reports/tab.py" line="201" />
      <source>Save letters</source>
      <translation>Mahnungen speichern</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/reports/tab.py" line="202" />
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="321" />
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/reports/tab.py" line="210" />
      <source>Export overdue list</source>
      <translation>Liste der überfälligen Ausleihen exportieren</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/reports/tab.py" line="211" />
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="318" />
      <source>CSV (*.csv)</source>
      <translation>CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/reports/tab.py" line="39" />
      <source>Copies</source>
      <translation>Exemplare</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/reports/tab.py" line="39" />
      <source>Titles</source>
      <translation>Titel</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/reports/tab.py" line="40" />
      <source>Holds ready</source>
      <translation>Abholbereite Vormerkungen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/reports/tab.py" line="40" />
      <location filename="../../desktop_app/ui/reports/tab.py" line="111" />
      <source>Overdue</source>
      <translation>Überfällig</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/reports/tab.py" line="80" />
      <source>Loans per day, last 30 days</source>
      <translation>Ausleihen pro Tag, letzte 30 Tage</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/reports/tab.py" line="82" />
      <source>Most borrowed</source>
      <translation>Am häufigsten ausgeliehen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/reports/tab.py" line="91" />
      <source>Overdue loans</source>
      <translation>Überfällige Ausleihen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit.py" line="141" />
      <source>anyone</source>
      <translation>alle</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit.py" line="142" />
      <source>any action</source>
      <translation>jede Aktion</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit.py" line="172" />
      <source>No events match.</source>
      <translation>Keine passenden Einträge.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit.py" line="173" />
      <source>{count} events, newest first</source>
      <translation>{count} Einträge, neueste zuerst</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit.py" line="187" />
      <source>Writing {path}…</source>
      <translation>{path} wird geschrieben…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit.py" line="191" />
      <source>{count} events written to {path}</source>
      <translation>{count} Einträge in {path} geschrieben</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit.py" line="48" />
      <source>Audit log</source>
      <translation>Prüfprotokoll</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit.py" line="52" />
      <source>Export the audit log</source>
      <translation>Prüfprotokoll exportieren</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit.py" line="55" />
      <location filename="../../desktop_app/ui/settings/audit.py" line="115" />
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="28" />
      <source>Who</source>
      <translation>Wer</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit.py" line="57" />
      <location filename="../../desktop_app/ui/settings/audit.py" line="115" />
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="28" />
      <source>What</source>
      <translation>Was</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit.py" line="66" />
      <source>From</source>
      <translation>Von</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit.py" line="67" />
      <source>From day</source>
      <translation>Erster Tag</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit.py" line="68" />
      <source>To</source>
      <translation>Bis</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit.py" line="69" />
      <source>To day</source>
      <translation>Letzter Tag</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit.py" line="76" />
      <source>Text in the details</source>
      <translation>Text in den Einzelheiten</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit.py" line="77" />
      <source>text in the details, a barcode, a card…</source>
      <translation>Text in den Einzelheiten, ein Barcode, ein Ausweis…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit.py" line="80" />
      <source>F&amp;ind</source>
      <translation>S&amp;uchen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit.py" line="82" />
      <source>E&amp;xport CSV…</source>
      <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit.py" line="83" />
      <source>Write the events shown to a CSV file (the export is itself recorded)</source>
      <translation>Die angezeigten Einträge in eine CSV-Datei schreiben (der Export wird selbst protokolliert)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit.py" line="85" />
      <source>Audit log, newest first</source>
      <translation>Prüfprotokoll, neueste zuerst</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="28" />
      <location filename="../../desktop_app/ui/sync/exceptions_model.py" line="65" />
      <source>Details</source>
      <translation>Einzelheiten</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="28" />
      <source>Record</source>
      <translation>Datensatz</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="28" />
      <location filename="../../desktop_app/ui/sync/exceptions_model.py" line="61" />
      <source>When</source>
      <translation>Wann</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="32" />
      <source>Account locked</source>
      <translation>Konto gesperrt (Fehlversuche)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="32" />
      <source>Failed login</source>
      <translation>Fehlgeschlagene Anmeldung</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="32" />
      <source>Login</source>
      <translation>Anmeldung</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="33" />
      <source>Failed member login</source>
      <translation>Fehlgeschlagene Anmeldung eines Mitglieds</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="33" />
      <source>Member login</source>
      <translation>Anmeldung eines Mitglieds</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="34" />
      <source>Account unlocked</source>
      <translation>Konto entsperrt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="34" />
      <source>Member card locked</source>
      <translation>Ausweis gesperrt (Fehlversuche)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="35" />
      <source>Session token reused</source>
      <translation>Sitzungstoken erneut verwendet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="35" />
      <source>Too many logins (server)</source>
      <translation>Zu viele Anmeldungen (Server)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="36" />
      <location filename="../../desktop_app/ui/sync/exceptions_model.py" line="18" />
      <source>Renewal</source>
      <translation>Verlängerung</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="37" />
      <location filename="../../desktop_app/ui/sync/exceptions_model.py" line="19" />
      <source>Hold cancelled</source>
      <translation>Vormerkung storniert</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="37" />
      <source>Hold placed</source>
      <translation>Vormerkung angelegt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="38" />
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="51" />
      <source>Fee charged</source>
      <translation>Gebühr berechnet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="38" />
      <source>Fee paid</source>
      <translation>Gebühr bezahlt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="38" />
      <source>Fee waived</source>
      <translation>Gebühr erlassen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="39" />
      <source>Book added</source>
      <translation>Titel angelegt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="39" />
      <location filename="../../desktop_app/ui/sync/exceptions_model.py" line="19" />
      <source>Book deleted</source>
      <translation>Titel gelöscht</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="39" />
      <source>Book edited</source>
      <translation>Titel bearbeitet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="40" />
      <source>Copy added</source>
      <translation>Exemplar hinzugefügt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="40" />
      <source>Copy edited</source>
      <translation>Exemplar bearbeitet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="40" />
      <source>Copy status changed</source>
      <translation>Exemplarstatus geändert</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="41" />
      <source>Member deleted</source>
      <translation>Mitglied gelöscht</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="41" />
      <source>Member's data exported</source>
      <translation>Daten eines Mitglieds exportiert</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="42" />
      <source>Loans anonymised</source>
      <translation>Ausleihen anonymisiert</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="42" />
      <source>Member blocked</source>
      <translation>Mitglied gesperrt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="43" />
      <source>Member PIN set</source>
      <translation>PIN eines Mitglieds gesetzt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="43" />
      <source>Member unblocked</source>
      <translation>Mitglied entsperrt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="44" />
      <source>Staff account added</source>
      <translation>Mitarbeiterkonto angelegt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="44" />
      <source>Staff role changed</source>
      <translation>Mitarbeiterrolle geändert</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="45" />
      <source>Staff account switched on/off</source>
      <translation>Mitarbeiterkonto aktiviert/deaktiviert</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="45" />
      <source>Staff password changed</source>
      <translation>Mitarbeiterpasswort geändert</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="46" />
      <source>Settings changed</source>
      <translation>Einstellungen geändert</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="47" />
      <source>Audit log exported</source>
      <translation>Prüfprotokoll exportiert</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="47" />
      <source>Member registered</source>
      <translation>Mitglied aufgenommen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="48" />
      <source>Library created</source>
      <translation>Bibliothek angelegt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="48" />
      <source>Member edited</source>
      <translation>Mitglied bearbeitet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="49" />
      <source>Closed day added</source>
      <translation>Schließtag hinzugefügt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="49" />
      <source>Closed day removed</source>
      <translation>Schließtag entfernt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="50" />
      <source>Category saved</source>
      <translation>Kategorie gespeichert</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="50" />
      <source>Late return from a desk</source>
      <translation>Verspätet eingegangene Rückgabe eines Arbeitsplatzes</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="51" />
      <source>Fee cancelled</source>
      <translation>Gebühr storniert</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="51" />
      <source>Fee refunded</source>
      <translation>Gebühr erstattet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="52" />
      <source>Desk registered</source>
      <translation>Arbeitsplatz registriert</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="52" />
      <source>Desk retired</source>
      <translation>Arbeitsplatz stillgelegt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="52" />
      <source>Desk role changed</source>
      <translation>Rolle eines Arbeitsplatzes geändert</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="53" />
      <source>Desk credential renewed</source>
      <translation>Zugangsdaten eines Arbeitsplatzes erneuert</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="53" />
      <source>Joining a server started</source>
      <translation>Beitritt zu einem Server begonnen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="54" />
      <source>Joined a server</source>
      <translation>Einem Server beigetreten</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="55" />
      <source>Notice template changed</source>
      <translation>Vorlage einer Benachrichtigung geändert</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="55" />
      <source>Notice template reset</source>
      <translation>Vorlage einer Benachrichtigung zurückgesetzt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="56" />
      <source>Mail password changed</source>
      <translation>Mail-Passwort geändert</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="56" />
      <source>Scheduled job</source>
      <translation>Geplante Aufgabe</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="62" />
      <source>book</source>
      <translation>Titel</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="62" />
      <source>copy</source>
      <translation>Exemplar</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="62" />
      <source>hold</source>
      <translation>Vormerkung</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="62" />
      <source>loan</source>
      <translation>Ausleihe</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="62" />
      <source>member</source>
      <translation>Mitglied</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="63" />
      <source>category</source>
      <translation>Kategorie</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="63" />
      <source>fee</source>
      <translation>Gebühr</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="63" />
      <source>library</source>
      <translation>Bibliothek</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="63" />
      <source>staff account</source>
      <translation>Mitarbeiterkonto</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="64" />
      <source>audit log</source>
      <translation>Prüfprotokoll</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="64" />
      <source>closed day</source>
      <translation>Schließtag</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="64" />
      <location filename="../../desktop_app/ui/settings/staff.py" line="45" />
      <source>desk</source>
      <translation>Theke</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/backups.py" line="142" />
      <source>No backups yet: use “Back up now”, or wait for the daily backup (made when the program starts each day).</source>
      <translation>Noch keine Sicherungen: Verwenden Sie „Jetzt sichern“ oder warten Sie auf die tägliche Sicherung (sie wird jeden Tag beim Start des Programms erstellt).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/backups.py" line="155" />
      <source>Backups go to {folder} and are kept {days} days.</source>
      <translation>Sicherungen werden in {folder} abgelegt und {days} Tage aufbewahrt.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/backups.py" line="157" />
      <source>Backup settings saved</source>
      <translation>Sicherungseinstellungen gespeichert</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/backups.py" line="167" />
      <source>Backing up…</source>
      <translation>Wird gesichert…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/backups.py" line="172" />
      <location filename="../../desktop_app/ui/settings/backups.py" line="173" />
      <source>Backed up to {path}</source>
      <translation>Gesichert in {path}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/backups.py" line="178" />
      <source>The backup was not made.</source>
      <translation>Die Sicherung wurde nicht erstellt.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/backups.py" line="191" />
      <source>Choose a backup in the list first</source>
      <translation>Wählen Sie zuerst eine Sicherung in der Liste</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/backups.py" line="194" />
      <source>Restoring needs the whole program: close it and run '{command}'</source>
      <translation>Zum Einspielen wird das ganze Programm gebraucht: Schließen Sie es und führen Sie '{command}' aus</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/backups.py" line="197" />
      <source>Replace the whole library with the backup {backup}?

Everything done since that backup (loans, returns, new books and members) will be gone. The library as it is now is kept aside in the backups folder first.

Library Desk will close the library, restore the backup, open it again and return to the login window.</source>
      <translation>Die ganze Bibliothek durch die Sicherung {backup} ersetzen?

Alles, was seit dieser Sicherung erfasst wurde (Ausleihen, Rückgaben, neue Titel und Mitglieder), geht verloren. Der jetzige Stand der Bibliothek wird vorher im Sicherungsordner aufbewahrt.

Library Desk schließt die Bibliothek, spielt die Sicherung ein, öffnet sie wieder und kehrt zum Anmeldefenster zurück.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/backups.py" line="50" />
      <source>Restore a backup</source>
      <translation>Sicherung einspielen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/backups.py" line="60" />
      <source>Backups</source>
      <translation>Sicherungen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/backups.py" line="68" />
      <source>Backup folder</source>
      <translation>Sicherungsordner</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/backups.py" line="68" />
      <source>Where to keep backups</source>
      <translation>Speicherort der Sicherungen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/backups.py" line="69" />
      <source>the library's own folder: {folder}</source>
      <translation>der eigene Ordner der Bibliothek: {folder}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/backups.py" line="71" />
      <source>Days to keep backups</source>
      <translation>Aufbewahrung der Sicherungen (Tage)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/backups.py" line="73" />
      <source>days</source>
      <translation>Tage</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/backups.py" line="74" />
      <source>&amp;Save backup settings</source>
      <translation>Sicherungseinstellungen spei&amp;chern</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/backups.py" line="77" />
      <source>Folder (&amp;USB stick)</source>
      <translation>&amp;Ordner (USB-Stick)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/backups.py" line="83" />
      <source>(the newest three are always kept)</source>
      <translation>(die drei neuesten bleiben immer erhalten)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/backups.py" line="86" />
      <source>Kee&amp;p backups for</source>
      <translation>Sicherungen &amp;aufbewahren für</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/backups.py" line="88" />
      <source>Sounds at the desk (lent, returned, hold shelf, refused)</source>
      <translation>Töne an der Theke (ausgeliehen, zurückgegeben, Abholregal, abgelehnt)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/backups.py" line="91" />
      <source>This desk</source>
      <translation>Dieser Arbeitsplatz</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/backups.py" line="93" />
      <source>Backups, newest first</source>
      <translation>Sicherungen, neueste zuerst</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/backups.py" line="95" />
      <source>&amp;Back up now</source>
      <translation>Jetzt s&amp;ichern</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/backups.py" line="97" />
      <source>R&amp;estore…</source>
      <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/backups.py" line="98" />
      <source>Replace the library with the chosen backup</source>
      <translation>Die Bibliothek durch die ausgewählte Sicherung ersetzen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/categories.py" line="160" />
      <source>Saved the loan rules of '{code}'</source>
      <translation>Ausleihregeln von '{code}' gespeichert</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/categories.py" line="164" />
      <source>Code of the new category (e.g. student):</source>
      <translation>Code der neuen Kategorie (z. B. student):</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/categories.py" line="164" />
      <source>New category</source>
      <translation>Neue Kategorie</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/categories.py" line="33" />
      <source>Loan period (days)</source>
      <translation>Leihfrist (Tage)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/categories.py" line="33" />
      <source>Loans at once</source>
      <translation>Gleichzeitige Ausleihen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/categories.py" line="34" />
      <source>Holds at once</source>
      <translation>Gleichzeitige Vormerkungen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/categories.py" line="35" />
      <source>Grace days before fines</source>
      <translation>Karenztage vor Säumnisgebühren</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/categories.py" line="35" />
      <source>Membership (months)</source>
      <translation>Mitgliedschaft (Monate)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/categories.py" line="36" />
      <source>Fine cap per item</source>
      <translation>Höchstbetrag pro Medium</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/categories.py" line="36" />
      <source>Fine per day</source>
      <translation>Säumnisgebühr pro Tag</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/categories.py" line="37" />
      <source>Block when owing</source>
      <translation>Sperre ab offenem Betrag</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/categories.py" line="38" />
      <source>Block after overdue days</source>
      <translation>Sperre nach Überziehung (Tage)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/categories.py" line="42" />
      <location filename="../../desktop_app/ui/sync/desks.py" line="41" />
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/categories.py" line="44" />
      <source>Loan days</source>
      <translation>Leihtage</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/categories.py" line="48" />
      <source>Fines</source>
      <translation>Säumnisgebühren</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/categories.py" line="48" />
      <source>{amount}/day</source>
      <translation>{amount}/Tag</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/categories.py" line="55" />
      <source>Member categories and loan rules</source>
      <translation>Mitgliedskategorien und Ausleihregeln</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/categories.py" line="58" />
      <source>Member categories</source>
      <translation>Mitgliedskategorien</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/categories.py" line="65" />
      <source>Na&amp;me</source>
      <translation>&amp;Name</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/categories.py" line="69" />
      <source>&amp;Charge fines for late returns</source>
      <translation>&amp;Säumnisgebühren bei verspäteter Rückgabe berechnen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/categories.py" line="84" />
      <location filename="../../desktop_app/ui/settings/categories.py" line="79" />
      <source>no limit</source>
      <translation>keine Grenze</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/categories.py" line="86" />
      <source>&amp;Save category</source>
      <translation>Kategorie s&amp;peichern</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/categories.py" line="90" />
      <source>Ne&amp;w category…</source>
      <translation>Neue &amp;Kategorie…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/staff.py" line="112" />
      <location filename="../../desktop_app/ui/settings/staff.py" line="172" />
      <source>Added the account {username}</source>
      <translation>Konto {username} angelegt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/staff.py" line="125" />
      <location filename="../../desktop_app/ui/settings/staff.py" line="129" />
      <source>Staff accounts</source>
      <translation>Mitarbeiterkonten</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/staff.py" line="132" />
      <source>&amp;Add account…</source>
      <translation>Konto &amp;hinzufügen…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/staff.py" line="133" />
      <source>Activate / &amp;deactivate</source>
      <translation>Aktivieren / &amp;deaktivieren</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/staff.py" line="134" />
      <source>Reset &amp;password…</source>
      <translation>Pass&amp;wort zurücksetzen…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/staff.py" line="135" />
      <source>Un&amp;lock</source>
      <translation>Ent&amp;sperren</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/staff.py" line="178" />
      <source>Activated {username}</source>
      <translation>{username} aktiviert</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/staff.py" line="178" />
      <source>Deactivated {username}</source>
      <translation>{username} deaktiviert</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/staff.py" line="185" />
      <source>Reset password</source>
      <translation>Passwort zurücksetzen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/staff.py" line="186" />
      <source>New password for {username}:</source>
      <translation>Neues Passwort für {username}:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/staff.py" line="191" />
      <source>Password of {username} reset</source>
      <translation>Passwort von {username} zurückgesetzt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/staff.py" line="198" />
      <source>Unlocked {username}</source>
      <translation>{username} entsperrt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/staff.py" line="38" />
      <source>deactivated</source>
      <translation>deaktiviert</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/staff.py" line="40" />
      <source>locked until {when}</source>
      <translation>gesperrt bis {when}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/staff.py" line="41" />
      <source>active</source>
      <translation>aktiv</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/staff.py" line="45" />
      <source>admin</source>
      <translation>Admin</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/staff.py" line="45" />
      <source>librarian</source>
      <translation>Bibliothekar</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/staff.py" line="53" />
      <source>Username</source>
      <translation>Benutzername</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/staff.py" line="57" />
      <source>Last login</source>
      <translation>Letzte Anmeldung</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/staff.py" line="72" />
      <source>New staff account</source>
      <translation>Neues Mitarbeiterkonto</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/staff.py" line="86" />
      <source>at least 8 characters</source>
      <translation>mindestens 8 Zeichen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/staff.py" line="89" />
      <source>&amp;Username</source>
      <translation>&amp;Benutzername</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/staff.py" line="90" />
      <source>&amp;Name</source>
      <translation>&amp;Name</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/staff.py" line="91" />
      <source>&amp;Role</source>
      <translation>&amp;Rolle</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/staff.py" line="92" />
      <location filename="../../desktop_app/ui/sync/panel.py" line="64" />
      <source>&amp;Password</source>
      <translation>&amp;Passwort</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/tab.py" line="104" />
      <source>Library</source>
      <translation>Bibliothek</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/tab.py" line="115" />
      <source>Sa&amp;ve library settings</source>
      <translation>Einstellungen der Bibliothek s&amp;peichern</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/tab.py" line="137" />
      <source>Save</source>
      <translation>Speichern</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/tab.py" line="174" />
      <source>Closed every {weekday}</source>
      <translation>Jeden {weekday} geschlossen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/tab.py" line="183" />
      <source>Closed days (holidays)</source>
      <translation>Einzelne Schließtage (Feiertage)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/tab.py" line="187" />
      <source>Single closed days</source>
      <translation>Einzelne Schließtage</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/tab.py" line="194" />
      <source>Reason for the closed day</source>
      <translation>Grund für den Schließtag</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/tab.py" line="195" />
      <source>reason, e.g. New Year</source>
      <translation>Grund, z. B. Neujahr</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/tab.py" line="198" />
      <source>&amp;Remove chosen</source>
      <translation>Auswahl ent&amp;fernen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/tab.py" line="262" />
      <source>Library settings saved</source>
      <translation>Bibliothekseinstellungen gespeichert</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/tab.py" line="269" />
      <source>Closed on {day}</source>
      <translation>Geschlossen am {day}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/tab.py" line="278" />
      <source>Open again on {day}</source>
      <translation>Am {day} wieder geöffnet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/tab.py" line="67" />
      <source>Only an admin can change these settings.</source>
      <translation>Nur ein Admin kann diese Einstellungen ändern.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/tab.py" line="73" />
      <source>Notices to members</source>
      <translation>Benachrichtigungen an Mitglieder</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/tab.py" line="74" />
      <source>Fines and privacy</source>
      <translation>Säumnisgebühren und Datenschutz</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/tab.py" line="75" />
      <source>Cataloguing</source>
      <translation>Katalogisierung</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/app.py" line="191" />
      <source>The library in {folder} could not be opened: {error}</source>
      <translation>Die Bibliothek in {folder} konnte nicht geöffnet werden: {error}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/app.py" line="192" />
      <location filename="../../desktop_app/ui/shell/restore_flow.py" line="135" />
      <source>Cannot open the library</source>
      <translation>Die Bibliothek kann nicht geöffnet werden</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/app.py" line="198" />
      <source>Library on a network share</source>
      <translation>Bibliothek auf einem Netzlaufwerk</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/app.py" line="35" />
      <source>The library in {folder} was saved by a newer version of Library Desk.

Install the newer version to open it. Nothing was changed. ({error})</source>
      <translation>Die Bibliothek in {folder} wurde von einer neueren Version von Library Desk gespeichert.

Installieren Sie die neuere Version, um sie zu öffnen. Es wurde nichts geändert. ({error})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/app.py" line="39" />
      <source>The library file {file} cannot be read: {error}

Nothing was changed. Restore a backup from {backups}, or start with another data folder (--data-dir).</source>
      <translation>Die Bibliotheksdatei {file} kann nicht gelesen werden: {error}

Es wurde nichts geändert. Spielen Sie eine Sicherung aus {backups} ein oder starten Sie mit einem anderen Datenordner (--data-dir).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/crash.py" line="105" />
      <source>Library Desk: unexpected problem</source>
      <translation>Library Desk: unerwartetes Problem</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/crash.py" line="108" />
      <source>Show log</source>
      <translation>Protokoll anzeigen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/crash.py" line="44" />
      <source>Library Desk ran into a problem it did not expect, and the last action may not have finished.

Everything that was already saved (every loan and return confirmed on screen) is safe. If you were in the middle of something, check it and do it again.

What happened: {what}

The details are in the log: {log}
(Help &gt; Show log). Please send that file to whoever looks after Library Desk.</source>
      <translation>Library Desk ist auf ein unerwartetes Problem gestoßen; die letzte Aktion wurde möglicherweise nicht abgeschlossen.

Alles bereits Gespeicherte (jede auf dem Bildschirm bestätigte Ausleihe und Rückgabe) ist sicher. Falls Sie gerade mitten in etwas waren, prüfen Sie es und wiederholen Sie es.

Was passiert ist: {what}

Die Einzelheiten stehen im Protokoll: {log}
(Hilfe &gt; Protokoll anzeigen). Bitte senden Sie diese Datei an die Person, die Library Desk betreut.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/login.py" line="119" />
      <source>System language ({language})</source>
      <translation>Systemsprache ({language})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/login.py" line="124" />
      <source>Language of this desk</source>
      <translation>Sprache dieses Arbeitsplatzes</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/login.py" line="126" />
      <source>&amp;Language:</source>
      <translation>&amp;Sprache:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/login.py" line="171" />
      <source>Card read. Now type your PIN.</source>
      <translation>Ausweis gelesen. Geben Sie jetzt Ihre PIN ein.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/login.py" line="174" />
      <source>Log in first: that was a scan ({code}), not your password. Nothing was tried.</source>
      <translation>Bitte zuerst anmelden: Das war ein Scan ({code}), nicht Ihr Passwort. Es wurde nichts versucht.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/login.py" line="182" />
      <source>Type your username.</source>
      <translation>Geben Sie Ihren Benutzernamen ein.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/login.py" line="186" />
      <source>Type your password.</source>
      <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/login.py" line="204" />
      <source>Scan or type your card number, then your PIN.</source>
      <translation>Scannen Sie Ihren Ausweis oder geben Sie die Ausweisnummer ein, dann Ihre PIN.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/login.py" line="222" />
      <source>Account locked. {reason}</source>
      <translation>Konto gesperrt. {reason}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/login.py" line="224" />
      <source>Membership expired. {reason}</source>
      <translation>Mitgliedschaft abgelaufen. {reason}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/login.py" line="226" />
      <source>{reason}. Please try again.</source>
      <translation>{reason}. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/login.py" line="45" />
      <source>{library} — Log in</source>
      <translation>{library} — Anmeldung</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/login.py" line="53" />
      <source>Staff username</source>
      <translation>Benutzername (Mitarbeiter)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/login.py" line="55" />
      <source>Password</source>
      <translation>Passwort</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/login.py" line="57" />
      <location filename="../../desktop_app/ui/sync/panel.py" line="66" />
      <source>&amp;Log in</source>
      <translation>&amp;Anmelden</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/login.py" line="58" />
      <source>Log in as staff</source>
      <translation>Als Mitarbeiter anmelden</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/login.py" line="62" />
      <location filename="../../desktop_app/ui/shell/wizard.py" line="87" />
      <source>&amp;Username:</source>
      <translation>&amp;Benutzername:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/login.py" line="63" />
      <location filename="../../desktop_app/ui/shell/wizard.py" line="89" />
      <source>&amp;Password:</source>
      <translation>&amp;Passwort:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/login.py" line="67" />
      <source>Member card number</source>
      <translation>Ausweisnummer des Mitglieds</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/login.py" line="69" />
      <source>PIN</source>
      <translation>PIN</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/login.py" line="71" />
      <source>&amp;Open my account</source>
      <translation>&amp;Mein Konto öffnen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/login.py" line="72" />
      <source>Log in as a member</source>
      <translation>Als Mitglied anmelden</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/login.py" line="75" />
      <source>&amp;Card number:</source>
      <translation>Aus&amp;weisnummer:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/login.py" line="76" />
      <source>P&amp;IN:</source>
      <translation>P&amp;IN:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/login.py" line="80" />
      <location filename="../../desktop_app/ui/shell/selftest.py" line="166" />
      <source>Staff</source>
      <translation>Mitarbeiter</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/login.py" line="81" />
      <source>Member (self-service)</source>
      <translation>Mitglied (Selbstbedienung)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/login.py" line="82" />
      <source>Log in as staff or as a member</source>
      <translation>Als Mitarbeiter oder als Mitglied anmelden</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/login.py" line="85" />
      <source>Login message</source>
      <translation>Anmeldehinweis</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="137" />
      <source>{library} — Library Desk</source>
      <translation>{library} — Library Desk</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="140" />
      <source>Main sections</source>
      <translation>Hauptbereiche</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="152" />
      <source>{section} section</source>
      <translation>Bereich {section}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="187" />
      <source>&amp;Go</source>
      <translation>&amp;Gehe zu</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="191" />
      <source>Des&amp;k</source>
      <translation>Th&amp;eke</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="198" />
      <source>So&amp;unds at the desk</source>
      <translation>&amp;Töne an der Theke</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="208" />
      <location filename="../../desktop_app/ui/sync/status.py" line="183" />
      <source>&amp;Help</source>
      <translation>&amp;Hilfe</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="209" />
      <source>&amp;Keyboard shortcuts</source>
      <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="210" />
      <source>Show &amp;log</source>
      <translation>&amp;Protokoll anzeigen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="211" />
      <source>&amp;About Library Desk</source>
      <translation>Ü&amp;ber Library Desk</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="237" />
      <source>{person} ({role})</source>
      <translation>{person} ({role})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="239" />
      <source>Logged in as</source>
      <translation>Angemeldet als</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="240" />
      <source>Desk: {desk}</source>
      <translation>Arbeitsplatz: {desk}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="242" />
      <source>Sync: not set up</source>
      <translation>Synchronisierung: nicht eingerichtet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="245" />
      <source>Scheduled work that failed</source>
      <translation>Fehlgeschlagene geplante Aufgaben</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="254" />
      <source>Working…</source>
      <translation>In Arbeit…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="268" />
      <source>⚠ {job} did not work</source>
      <translation>⚠ {job} fehlgeschlagen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="279" />
      <source>At the desk:</source>
      <translation>An der Theke:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="279" />
      <source>Enter	Scan (after the barcode)</source>
      <translation>Enter	Scannen (nach dem Barcode)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="282" />
      <source>Keyboard shortcuts</source>
      <translation>Tastenkürzel</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="292" />
      <source>Log</source>
      <translation>Protokoll</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="292" />
      <source>The logs are in {folder}</source>
      <translation>Die Protokolle liegen in {folder}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="295" />
      <source>About Library Desk</source>
      <translation>Über Library Desk</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="296" />
      <source>Library Desk: the front desk of a small library, offline first.</source>
      <translation>Library Desk: die Ausleihtheke einer kleinen Bibliothek, auch offline voll nutzbar.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="48" />
      <source>&amp;Log out</source>
      <translation>&amp;Abmelden</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="49" />
      <source>&amp;Quit</source>
      <translation>&amp;Beenden</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="52" />
      <location filename="../../desktop_app/ui/sync/desks.py" line="42" />
      <location filename="../../desktop_app/ui/sync/exceptions_model.py" line="62" />
      <source>Desk</source>
      <translation>Arbeitsplatz</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="58" />
      <source>Catalog</source>
      <translation>Katalog</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="61" />
      <source>Reports</source>
      <translation>Berichte</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="62" />
      <source>Stock-take</source>
      <translation>Inventur</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="64" />
      <source>Settings</source>
      <translation>Einstellungen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="77" />
      <source>The {screen} screen is not part of this version yet.</source>
      <translation>Der Bereich {screen} ist in dieser Version noch nicht enthalten.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="80" />
      <source>The {screen} screen could not open: {error}</source>
      <translation>Der Bereich {screen} konnte nicht geöffnet werden: {error}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/restore_flow.py" line="121" />
      <source>Library restored</source>
      <translation>Bibliothek wiederhergestellt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/restore_flow.py" line="122" />
      <source>The library was restored from {backup}.

The library as it was just before is kept as {aside}.

Please log in again.</source>
      <translation>Die Bibliothek wurde aus {backup} wiederhergestellt.

Der Stand unmittelbar davor ist als {aside} aufbewahrt.

Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/restore_flow.py" line="126" />
      <source>Nothing was changed; the library is open as it was.</source>
      <translation>Es wurde nichts geändert; die Bibliothek ist wie zuvor geöffnet.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/restore_flow.py" line="136" />
      <source>The library could not be opened again: {error}

Start Library Desk again; if it still cannot open, restore another backup with 'library-desk restore'.</source>
      <translation>Die Bibliothek konnte nicht wieder geöffnet werden: {error}

Starten Sie Library Desk neu; lässt sie sich dann immer noch nicht öffnen, spielen Sie mit 'library-desk restore' eine andere Sicherung ein.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/restore_flow.py" line="56" />
      <source>Restoring the library from {backup}…

Library Desk closes the library, puts the backup in its place and opens it again.</source>
      <translation>Die Bibliothek wird aus {backup} wiederhergestellt…

Library Desk schließt die Bibliothek, setzt die Sicherung an ihre Stelle und öffnet sie wieder.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/restore_flow.py" line="60" />
      <source>Restoring the library</source>
      <translation>Bibliothek wird wiederhergestellt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/scheduler.py" line="172" />
      <location filename="../../desktop_app/ui/shell/scheduler.py" line="157" />
      <source>{job} did not work: {reason}</source>
      <translation>{job} ist fehlgeschlagen: {reason}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/scheduler.py" line="36" />
      <source>Expiring uncollected holds</source>
      <translation>Ablauf nicht abgeholter Vormerkungen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/scheduler.py" line="37" />
      <source>Sending the notices to members</source>
      <translation>Versand der Benachrichtigungen an Mitglieder</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/scheduler.py" line="38" />
      <source>The daily backup</source>
      <translation>Die tägliche Sicherung</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/scheduler.py" line="39" />
      <source>Anonymising old loans</source>
      <translation>Anonymisierung alter Ausleihen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/scheduler.py" line="40" />
      <source>Clearing old records</source>
      <translation>Bereinigung alter Einträge</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/scheduler.py" line="41" />
      <source>Looking up queued ISBNs</source>
      <translation>Vorgemerkte ISBNs nachschlagen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/self_service.py" line="100" />
      <source>Search results</source>
      <translation>Suchergebnisse</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/self_service.py" line="101" />
      <source>Place a hold</source>
      <translation>Vormerken</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/self_service.py" line="117" />
      <source>Find a book</source>
      <translation>Medium suchen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/self_service.py" line="192" />
      <source>My loans ({count})</source>
      <translation>Meine Ausleihen ({count})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/self_service.py" line="196" />
      <source>{title} — ready, pick up by {date}</source>
      <translation>{title} — bereit, abholen bis {date}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/self_service.py" line="197" />
      <source>{title} — waiting</source>
      <translation>{title} — wartet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/self_service.py" line="200" />
      <source>My holds ({count})</source>
      <translation>Meine Vormerkungen ({count})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/self_service.py" line="205" />
      <source>You owe {total} so far: {fees} in fees and {fines} in fines of overdue books (they grow until the books are returned or renewed)</source>
      <translation>Sie haben bisher {total} offen: {fees} an Gebühren und {fines} an Säumnisgebühren für überfällige Bücher (sie steigen, bis die Bücher zurückgegeben oder verlängert werden)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/self_service.py" line="210" />
      <source>You owe {total} so far in fines of overdue books (they grow until the books are returned or renewed)</source>
      <translation>Sie haben bisher {total} an Säumnisgebühren für überfällige Bücher offen (sie steigen, bis die Bücher zurückgegeben oder verlängert werden)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/self_service.py" line="213" />
      <source>You owe {total} in fees.</source>
      <translation>Sie haben {total} an Gebühren offen.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/self_service.py" line="232" />
      <source>Touch a loan first, then Renew.</source>
      <translation>Tippen Sie zuerst auf eine Ausleihe, dann auf „Auswahl verlängern“.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/self_service.py" line="239" />
      <source>Renewed '{title}': now due {due}. A fine of {amount} for the days it was late is now owed.</source>
      <translation>'{title}' verlängert: jetzt fällig am {due}. Für die überfälligen Tage ist jetzt eine Säumnisgebühr von {amount} offen.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/self_service.py" line="243" />
      <source>Renewed '{title}': now due {due}.</source>
      <translation>'{title}' verlängert: jetzt fällig am {due}.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/self_service.py" line="250" />
      <source>Touch a hold first, then Cancel.</source>
      <translation>Tippen Sie zuerst auf eine Vormerkung, dann auf „Ausgewählte Vormerkung stornieren“.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/self_service.py" line="255" />
      <source>Your hold on '{title}' is cancelled.</source>
      <translation>Ihre Vormerkung für '{title}' ist storniert.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/self_service.py" line="280" />
      <source>{title} — {authors} (all on loan)</source>
      <translation>{title} — {authors} (alle ausgeliehen)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/self_service.py" line="280" />
      <source>{title} — {authors} (available now)</source>
      <translation>{title} — {authors} (jetzt verfügbar)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/self_service.py" line="281" />
      <source>unknown author</source>
      <translation>Autor unbekannt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/self_service.py" line="288" />
      <source>Search for a book and touch it first.</source>
      <translation>Suchen Sie zuerst ein Medium und tippen Sie es an.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/self_service.py" line="293" />
      <source>Hold placed on '{title}'. We will tell you when it is ready.</source>
      <translation>'{title}' ist vorgemerkt. Wir benachrichtigen Sie, sobald es bereitliegt.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/self_service.py" line="54" />
      <source>My library account — {member}</source>
      <translation>Mein Bibliothekskonto — {member}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/self_service.py" line="60" />
      <source>Hello, {member}</source>
      <translation>Guten Tag, {member}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/self_service.py" line="62" />
      <source>Log out</source>
      <translation>Abmelden</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/self_service.py" line="65" />
      <source>Message</source>
      <translation>Meldung</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/self_service.py" line="70" />
      <location filename="../../desktop_app/ui/shell/self_service.py" line="115" />
      <source>My loans</source>
      <translation>Meine Ausleihen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/self_service.py" line="81" />
      <source>Renew selected</source>
      <translation>Auswahl verlängern</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/self_service.py" line="84" />
      <source>What I owe</source>
      <translation>Meine offenen Beträge</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/self_service.py" line="89" />
      <location filename="../../desktop_app/ui/shell/self_service.py" line="116" />
      <source>My holds</source>
      <translation>Meine Vormerkungen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/self_service.py" line="90" />
      <source>Cancel selected hold</source>
      <translation>Ausgewählte Vormerkung stornieren</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/self_service.py" line="96" />
      <source>Title, author or ISBN</source>
      <translation>Titel, Autor oder ISBN</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/wizard.py" line="103" />
      <source>Password: {problem}.</source>
      <translation>Passwort: {problem}.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/wizard.py" line="105" />
      <source>Repeat password: the two passwords differ.</source>
      <translation>Passwort wiederholen: Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/wizard.py" line="112" />
      <source>Loan rules</source>
      <translation>Ausleihregeln</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/wizard.py" line="112" />
      <source>Sensible defaults for adult members; change them later in Settings.</source>
      <translation>Sinnvolle Vorgaben für erwachsene Mitglieder; Sie können sie später in den Einstellungen ändern.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/wizard.py" line="113" />
      <source>Loan &amp;period (days):</source>
      <translation>&amp;Leihfrist (Tage):</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/wizard.py" line="115" />
      <source>&amp;Items per member:</source>
      <translation>&amp;Medien pro Mitglied:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/wizard.py" line="117" />
      <source>&amp;Renewals per loan:</source>
      <translation>&amp;Verlängerungen pro Ausleihe:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/wizard.py" line="119" />
      <source>&amp;Fines:</source>
      <translation>&amp;Säumnisgebühren:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/wizard.py" line="121" />
      <source>Fine per &amp;day:</source>
      <translation>Säumnisgebühr pro &amp;Tag:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/wizard.py" line="128" />
      <source>Demo data</source>
      <translation>Demodaten</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/wizard.py" line="128" />
      <source>Try the program with made-up books and members, or start empty.</source>
      <translation>Probieren Sie das Programm mit erfundenen Titeln und Mitgliedern aus, oder beginnen Sie mit einer leeren Bibliothek.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/wizard.py" line="129" />
      <source>Add &amp;demo data (books, members, loans)</source>
      <translation>&amp;Demodaten hinzufügen (Titel, Mitglieder, Ausleihen)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/wizard.py" line="130" />
      <source>&amp;Books:</source>
      <translation>&amp;Titel:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/wizard.py" line="145" />
      <source>Set up Library Desk</source>
      <translation>Library Desk einrichten</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/wizard.py" line="151" />
      <source>&amp;Create library</source>
      <translation>Bibliothek &amp;anlegen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/wizard.py" line="179" />
      <source>Demo data is not available in this version; the library starts empty.</source>
      <translation>Demodaten sind in dieser Version nicht verfügbar; die Bibliothek beginnt leer.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/wizard.py" line="181" />
      <source>Demo data: {books} books, {members} members, {loans} loans.</source>
      <translation>Demodaten: {books} Titel, {members} Mitglieder, {loans} Ausleihen.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/wizard.py" line="185" />
      <source>Setting up the library… Adding demo data may take a moment.</source>
      <translation>Die Bibliothek wird eingerichtet… Das Hinzufügen der Demodaten kann einen Moment dauern.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/wizard.py" line="186" />
      <source>Setting up the library…</source>
      <translation>Die Bibliothek wird eingerichtet…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/wizard.py" line="72" />
      <source>The name and address are printed on slips and letters.</source>
      <translation>Name und Adresse werden auf Belege und Mahnungen gedruckt.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/wizard.py" line="72" />
      <source>Your library</source>
      <translation>Ihre Bibliothek</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/wizard.py" line="73" />
      <source>Library &amp;name:</source>
      <translation>&amp;Name der Bibliothek:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/wizard.py" line="74" />
      <source>&amp;Address:</source>
      <translation>&amp;Adresse:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/wizard.py" line="75" />
      <source>e.g. Riverside School Library</source>
      <translation>z. B. Schulbibliothek Nordstadt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/wizard.py" line="79" />
      <source>The library needs a name (first field).</source>
      <translation>Die Bibliothek braucht einen Namen (erstes Feld).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/wizard.py" line="86" />
      <source>First administrator</source>
      <translation>Erster Administrator</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/wizard.py" line="86" />
      <source>This account can change settings and add other staff.</source>
      <translation>Dieses Konto kann Einstellungen ändern und weitere Mitarbeiter anlegen.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/wizard.py" line="88" />
      <source>Full &amp;name:</source>
      <translation>Vollständiger &amp;Name:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/wizard.py" line="90" />
      <source>&amp;Repeat password:</source>
      <translation>Passwort wi&amp;ederholen:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/wizard.py" line="97" />
      <source>Username: use letters, digits, '.', '-' or '_' only.</source>
      <translation>Benutzername: Verwenden Sie nur Buchstaben, Ziffern, '.', '-' oder '_'.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/wizard.py" line="99" />
      <source>Full name: type the administrator's name.</source>
      <translation>Vollständiger Name: Geben Sie den Namen des Administrators ein.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="103" />
      <source>Call numbers</source>
      <translation>Signaturen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="107" />
      <source>Count being scanned</source>
      <translation>Laufende Zählung</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="109" />
      <source>Scan the books on the shelf…</source>
      <translation>Die Bücher im Regal scannen…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="110" />
      <source>Scan a copy's barcode</source>
      <translation>Barcode eines Exemplars scannen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="118" />
      <source>Choose or start a count, then scan the books on the shelf.</source>
      <translation>Wählen oder beginnen Sie eine Zählung und scannen Sie dann die Bücher im Regal.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="122" />
      <source>Stock-take report</source>
      <translation>Inventurbericht</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="128" />
      <source>Show report</source>
      <translation>Bericht zeigen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="129" />
      <source>Finish count</source>
      <translation>Zählung abschließen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="130" />
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="286" />
      <source>Mark missing lost</source>
      <translation>Fehlende als verloren markieren</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="131" />
      <source>Save CSV…</source>
      <translation>CSV speichern…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="132" />
      <source>Save PDF…</source>
      <translation>PDF speichern…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="136" />
      <source>Needs a librarian or admin</source>
      <translation>Braucht einen Bibliothekar oder Admin</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="147" />
      <source>Count</source>
      <translation>Zählung</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="165" />
      <source>(any location)</source>
      <translation>(alle Standorte)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="172" />
      <source>finished</source>
      <translation>abgeschlossen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="208" />
      <source>Counting {name}. Scan the books on the shelf.</source>
      <translation>Zählung {name}. Scannen Sie die Bücher im Regal.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="220" />
      <source>{name} is finished: the report is below.</source>
      <translation>{name} ist abgeschlossen: der Bericht steht unten.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="244" />
      <source>Scanned {all}: {here} here, {misplaced} misplaced, {on_loan} on loan, {found} found, {unknown} unknown</source>
      <translation>{all} gescannt: {here} hier, {misplaced} falsch eingestellt, {on_loan} ausgeliehen, {found} gefunden, {unknown} unbekannt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="275" />
      <source>{here} of {expected} expected found · {missing} missing · {misplaced} misplaced · {on_loan} on loan · {found} found · {unknown} unknown</source>
      <translation>{here} von {expected} erwarteten gefunden · {missing} fehlen · {misplaced} falsch eingestellt · {on_loan} ausgeliehen · {found} gefunden · {unknown} unbekannt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="287" />
      <source>Mark every copy this count missed as lost? Each one is recorded and synced.</source>
      <translation>Alle Exemplare, die diese Zählung nicht gefunden hat, als verloren markieren? Jedes wird protokolliert und synchronisiert.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="296" />
      <source>Marked {count} missing copies lost</source>
      <translation>{count} fehlende Exemplare als verloren markiert</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="313" />
      <source>Saved {path}</source>
      <translation>{path} gespeichert</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="318" />
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="321" />
      <source>Save stock-take report</source>
      <translation>Inventurbericht speichern</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="40" />
      <source>Misplaced (belongs elsewhere)</source>
      <translation>Falsch eingestellt (gehört woandershin)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="40" />
      <source>Missing</source>
      <translation>Fehlt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="41" />
      <source>Lost or withdrawn, found</source>
      <translation>Verloren oder ausgeschieden, gefunden</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="41" />
      <source>On loan but on the shelf (check in)</source>
      <translation>Ausgeliehen, aber im Regal (zurücknehmen)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="42" />
      <source>Unknown barcodes</source>
      <translation>Unbekannte Barcodes</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="43" />
      <source>Section</source>
      <translation>Abschnitt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="44" />
      <source>available</source>
      <translation>verfügbar</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="44" />
      <source>on loan</source>
      <translation>ausgeliehen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="44" />
      <source>on the hold shelf</source>
      <translation>im Abholregal</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="45" />
      <source>damaged</source>
      <translation>beschädigt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="45" />
      <source>withdrawn</source>
      <translation>ausgeschieden</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="46" />
      <source>in repair</source>
      <translation>in Reparatur</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="46" />
      <source>reference</source>
      <translation>Präsenzbestand</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="55" />
      <source>✔ {code} belongs here: {title}</source>
      <translation>✔ {code} gehört hierher: {title}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="56" />
      <source>➜ {code} is misplaced: it belongs in {where} ({title})</source>
      <translation>➜ {code} ist falsch eingestellt: es gehört nach {where} ({title})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="57" />
      <source>⚠ {code} is on loan: check it in at the desk ({title})</source>
      <translation>⚠ {code} ist ausgeliehen: an der Theke zurücknehmen ({title})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="58" />
      <source>★ {code} was {status}: found! ({title})</source>
      <translation>★ {code} war {status}: gefunden! ({title})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="59" />
      <source>✘ {code} is not a copy of this library</source>
      <translation>✘ {code} ist kein Exemplar dieser Bibliothek</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="62" />
      <source>(scanned before: counted once)</source>
      <translation>(schon gescannt: einmal gezählt)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="68" />
      <source>Stock-take: {name}</source>
      <translation>Inventur: {name}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="69" />
      <source>{scope} · started {started} · {finished} · {here} of {expected} expected copies found, {scanned} scanned</source>
      <translation>{scope} · begonnen {started} · {finished} · {here} von {expected} erwarteten Exemplaren gefunden, {scanned} gescannt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="71" />
      <source>finished {when}</source>
      <translation>abgeschlossen {when}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="71" />
      <source>not finished</source>
      <translation>nicht abgeschlossen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="85" />
      <source>New count</source>
      <translation>Neue Zählung</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="87" />
      <source>Location to count</source>
      <translation>Zu zählender Standort</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="88" />
      <source>e.g. QA76 or 500</source>
      <translation>z. B. QA76 oder 500</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="89" />
      <source>First call number</source>
      <translation>Erste Signatur</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="90" />
      <source>e.g. QA100 or 599</source>
      <translation>z. B. QA100 oder 599</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="91" />
      <source>Last call number</source>
      <translation>Letzte Signatur</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="92" />
      <source>Start count</source>
      <translation>Zählung beginnen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="96" />
      <source>Librarians and admins start a count; clerks scan</source>
      <translation>Bibliothekare und Admins beginnen eine Zählung; die Theke scannt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/controller.py" line="161" />
      <source>Sync is not set up: an admin sets it up in Settings</source>
      <translation>Die Synchronisierung ist nicht eingerichtet: Ein Admin richtet sie in den Einstellungen ein</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/controller.py" line="202" />
      <source>The sync was stopped; it goes on from here at the next sync</source>
      <translation>Die Synchronisierung wurde angehalten; sie macht beim nächsten Mal an dieser Stelle weiter</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/controller.py" line="83" />
      <source>The server refused the login: {reason}</source>
      <translation>Der Server hat die Anmeldung abgelehnt: {reason}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/controller.py" line="85" />
      <source>This server account may not do that: {reason}</source>
      <translation>Dieses Serverkonto darf das nicht: {reason}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/controller.py" line="88" />
      <source>Unexpected problem: {error}</source>
      <translation>Unerwartetes Problem: {error}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/desks.py" line="101" />
      <source>Retire this desk?</source>
      <translation>Diesen Arbeitsplatz stilllegen?</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/desks.py" line="102" />
      <source>Retire “{desk}” (desk code {code})? Its credential stops working at once and its code is freed. Work it has not sent yet stays on that computer until someone sets it up again.</source>
      <translation>“{desk}” (Arbeitsplatzcode {code}) stilllegen? Seine Zugangsdaten werden sofort ungültig und sein Code wird frei. Noch nicht gesendete Daten bleiben auf jenem Computer, bis jemand ihn neu einrichtet.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/desks.py" line="110" />
      <source>“{desk}” is retired; its code is free.</source>
      <translation>“{desk}” ist stillgelegt; sein Code ist frei.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/desks.py" line="44" />
      <source>Last seen</source>
      <translation>Zuletzt aktiv</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/desks.py" line="50" />
      <source>Desks registered with the server</source>
      <translation>Beim Server registrierte Arbeitsplätze</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/desks.py" line="61" />
      <source>Sho&amp;w desks</source>
      <translation>Arbeitsplätze &amp;anzeigen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/desks.py" line="62" />
      <source>Reti&amp;re desk…</source>
      <translation>Arbeitsplatz &amp;stilllegen…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/desks.py" line="82" />
      <source>This desk is not set up with a server yet.</source>
      <translation>Dieser Arbeitsplatz ist noch nicht mit einem Server eingerichtet.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/desks.py" line="90" />
      <source>{count} desk(s) registered.</source>
      <translation>Registrierte Arbeitsplätze: {count}.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/desks.py" line="99" />
      <source>Select the desk to retire first.</source>
      <translation>Wählen Sie zuerst den stillzulegenden Arbeitsplatz.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions.py" line="117" />
      <source>Note kept with the resolution (optional), e.g. 'spoke to both members'</source>
      <translation>Notiz zur Klärung (optional), z. B. 'mit beiden Mitgliedern gesprochen'</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions.py" line="118" />
      <source>Resolution note</source>
      <translation>Notiz zur Klärung</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions.py" line="134" />
      <source>Only a librarian or an admin can resolve these.</source>
      <translation>Nur Bibliothekare oder Admins können diese Fälle klären.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions.py" line="142" />
      <source>Loading…</source>
      <translation>Wird geladen…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions.py" line="149" />
      <source>None open</source>
      <translation>Keine offen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions.py" line="149" />
      <source>{count} open</source>
      <translation>{count} offen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions.py" line="160" />
      <source>The list could not be fetched: {reason}</source>
      <translation>Die Liste konnte nicht abgerufen werden: {reason}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions.py" line="169" />
      <source>No exception chosen.</source>
      <translation>Kein Klärungsfall ausgewählt.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions.py" line="190" />
      <source>Resolving #{id}…</source>
      <translation>#{id} wird geklärt…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions.py" line="198" />
      <source>the server refused</source>
      <translation>vom Server abgelehnt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions.py" line="199" />
      <source>#{id} could not be resolved that way: {reasons}</source>
      <translation>#{id} konnte so nicht geklärt werden: {reasons}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions.py" line="204" />
      <source>#{id} resolved ({action}). The desk fetches the changes now.</source>
      <translation>#{id} geklärt ({action}). Der Arbeitsplatz holt jetzt die Änderungen.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions.py" line="57" />
      <source>#{id} — {problem} ({kind} at {desk})</source>
      <translation>#{id} — {problem} ({kind} an {desk})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions.py" line="59" />
      <source>a desk</source>
      <translation>ein Arbeitsplatz</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions.py" line="68" />
      <source>Operation: {kind} ({details}), made at {when}</source>
      <translation>Aktion: {kind} ({details}), erfasst am {when}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions.py" line="70" />
      <source>Operation: {kind}, made at {when}</source>
      <translation>Aktion: {kind}, erfasst am {when}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions.py" line="80" />
      <location filename="../../desktop_app/ui/sync/exceptions.py" line="99" />
      <source>Sync exceptions</source>
      <translation>Klärungsfälle der Synchronisierung</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions.py" line="83" />
      <source>What the library server could not apply. Each one stays here until a person resolves it; choose one to see what happened and what can be done.</source>
      <translation>Was der Bibliotheksserver nicht übernehmen konnte. Jeder Fall bleibt hier, bis ihn eine Person klärt; wählen Sie einen aus, um zu sehen, was passiert ist und was sich tun lässt.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions.py" line="86" />
      <source>Show every desk's exceptions</source>
      <translation>Klärungsfälle aller Arbeitsplätze anzeigen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions.py" line="88" />
      <source>&amp;Refresh</source>
      <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions_model.py" line="18" />
      <source>Check-out</source>
      <translation>Ausleihe</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions_model.py" line="18" />
      <source>Hold</source>
      <translation>Vormerkung</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions_model.py" line="19" />
      <source>Book edit</source>
      <translation>Titel geändert</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions_model.py" line="20" />
      <source>Copy edit</source>
      <translation>Exemplar geändert</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions_model.py" line="20" />
      <source>Member edit</source>
      <translation>Mitglied geändert</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions_model.py" line="21" />
      <source>Category edit</source>
      <translation>Kategorie geändert</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions_model.py" line="24" />
      <source>Edited at two places</source>
      <translation>An zwei Stellen bearbeitet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions_model.py" line="24" />
      <source>Lent at two desks</source>
      <translation>An zwei Arbeitsplätzen ausgeliehen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions_model.py" line="25" />
      <source>Not on loan</source>
      <translation>Nicht ausgeliehen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions_model.py" line="25" />
      <source>Same barcode or card twice</source>
      <translation>Gleicher Barcode oder Ausweis doppelt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions_model.py" line="28" />
      <source>&amp;Dismiss (handled by hand)</source>
      <translation>&amp;Verwerfen (von Hand erledigt)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions_model.py" line="28" />
      <source>&amp;Keep the second loan</source>
      <translation>Zweite Ausleihe &amp;behalten</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions_model.py" line="29" />
      <source>&amp;Apply anyway (override)</source>
      <translation>&amp;Trotzdem anwenden (Ausnahme)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions_model.py" line="29" />
      <source>&amp;Take this desk's values</source>
      <translation>&amp;Werte dieses Arbeitsplatzes übernehmen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions_model.py" line="52" />
      <source>resolved: {action}</source>
      <translation>geklärt: {action}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions_model.py" line="64" />
      <source>Problem</source>
      <translation>Problem</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/panel.py" line="107" />
      <location filename="../../desktop_app/ui/sync/status.py" line="62" />
      <source>Sync with the library server</source>
      <translation>Synchronisierung mit dem Bibliotheksserver</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/panel.py" line="112" />
      <source>http://library.local:8080</source>
      <translation>http://library.local:8080</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/panel.py" line="113" />
      <location filename="../../desktop_app/ui/sync/panel.py" line="133" />
      <source>Server address</source>
      <translation>Serveradresse</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/panel.py" line="115" />
      <source>e.g. Front desk</source>
      <translation>z. B. Haupttheke</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/panel.py" line="116" />
      <source>Desk name for the server</source>
      <translation>Name des Arbeitsplatzes auf dem Server</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/panel.py" line="117" />
      <source>&amp;Test connection</source>
      <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/panel.py" line="118" />
      <source>Set up syn&amp;c…</source>
      <translation>Synchronisierung &amp;einrichten…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/panel.py" line="119" />
      <source>Sync n&amp;ow</source>
      <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/panel.py" line="134" />
      <source>Desk name on the ser&amp;ver</source>
      <translation>Name des Arbeitsplatzes auf dem &amp;Server</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/panel.py" line="157" />
      <source>This desk is “{desk}” (desk code {code}) at {server}.</source>
      <translation>Dieser Arbeitsplatz ist “{desk}” (Arbeitsplatzcode {code}) auf {server}.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/panel.py" line="162" />
      <source>Not set up: this desk works on its own. Enter the server address, test it, then set up sync with a server staff account.</source>
      <translation>Nicht eingerichtet: Dieser Arbeitsplatz arbeitet für sich allein. Geben Sie die Serveradresse ein, testen Sie sie und richten Sie dann die Synchronisierung mit einem Mitarbeiterkonto des Servers ein.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/panel.py" line="177" />
      <source>Enter the server address first, e.g. http://library.local:8080.</source>
      <translation>Geben Sie zuerst die Serveradresse ein, z. B. http://library.local:8080.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/panel.py" line="179" />
      <source>The server address “{url}” must start with http:// or https://, e.g. http://library.local:8080.</source>
      <translation>Die Serveradresse “{url}” muss mit http:// oder https:// beginnen, z. B. http://library.local:8080.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/panel.py" line="190" />
      <source>Asking {url}…</source>
      <translation>Anfrage an {url}…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/panel.py" line="196" />
      <source>Connected: library server protocol {protocol}, schema {schema}</source>
      <translation>Verbunden: Bibliotheksserver, Protokoll {protocol}, Schema {schema}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/panel.py" line="199" />
      <source>No library server answers at {url}: {error}</source>
      <translation>Unter {url} antwortet kein Bibliotheksserver: {error}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/panel.py" line="210" />
      <source>Enter a name for this desk (how the server and the other desks know it).</source>
      <translation>Geben Sie einen Namen für diesen Arbeitsplatz ein (so kennen ihn der Server und die anderen Arbeitsplätze).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/panel.py" line="229" />
      <source>Set up sync</source>
      <translation>Synchronisierung einrichten</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/panel.py" line="230" />
      <source>Log in to the library server at {url} with a server staff account. The desk registers there as “{desk}”. The password is not stored.</source>
      <translation>Melden Sie sich am Bibliotheksserver {url} mit einem Mitarbeiterkonto des Servers an. Der Arbeitsplatz wird dort als “{desk}” registriert. Das Passwort wird nicht gespeichert.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/panel.py" line="239" />
      <source>Bring this library into the server?</source>
      <translation>Diese Bibliothek auf den Server übertragen?</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/panel.py" line="240" />
      <source>Upload this library (its catalog, members, loans, holds, fees and staff) to {url}? It becomes the server's library; other desks then start from it.</source>
      <translation>Diese Bibliothek (Katalog, Mitglieder, Ausleihen, Vormerkungen, Gebühren und Personal) nach {url} hochladen? Sie wird zur Bibliothek des Servers; andere Arbeitsplätze starten dann von ihr aus.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/panel.py" line="250" />
      <source>Desk “{desk}” is registered with {url} (desk code {code}).</source>
      <translation>Arbeitsplatz “{desk}” ist bei {url} registriert (Arbeitsplatzcode {code}).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/panel.py" line="251" />
      <source>Desk “{desk}” is registered with {url}.</source>
      <translation>Arbeitsplatz “{desk}” ist bei {url} registriert.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/panel.py" line="254" />
      <source>This library is now the server's ({count} rows uploaded).</source>
      <translation>Diese Bibliothek ist jetzt die Bibliothek des Servers ({count} Zeilen hochgeladen).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/panel.py" line="258" />
      <source>This computer has no keyring: the desk's credential is kept in a file of its data folder, readable only by this account (never in backups).</source>
      <translation>Dieser Computer hat keinen Schlüsselbund: Die Zugangsdaten des Arbeitsplatzes liegen in einer Datei seines Datenordners, lesbar nur für dieses Benutzerkonto (nie in Sicherungen).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/panel.py" line="260" />
      <source>The first sync has started.</source>
      <translation>Die erste Synchronisierung hat begonnen.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/panel.py" line="63" />
      <source>Server &amp;username</source>
      <translation>Server-&amp;Benutzername</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/panel.py" line="81" />
      <source>Enter the server username and the password.</source>
      <translation>Geben Sie den Benutzernamen auf dem Server und das Passwort ein.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/panel.py" line="83" />
      <source>Logging in…</source>
      <translation>Anmeldung läuft…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/status.py" line="126" />
      <source>Log in to the library server</source>
      <translation>Am Bibliotheksserver anmelden</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/status.py" line="127" />
      <source>The server at {server} refused this desk's credential (the desk was retired, or the keyring that kept its credential is gone). A librarian or admin logs in once to give it a new one; the password is not stored.</source>
      <translation>Der Server {server} hat die Zugangsdaten dieses Arbeitsplatzes abgelehnt (der Arbeitsplatz wurde stillgelegt, oder der Schlüsselbund mit den Zugangsdaten ist nicht mehr vorhanden). Ein Bibliothekar oder Admin meldet sich einmal an, um neue zu vergeben; das Passwort wird nicht gespeichert.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/status.py" line="130" />
      <source>the server</source>
      <translation>der Server</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/status.py" line="156" />
      <source>Sync status</source>
      <translation>Synchronisierungsstatus</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/status.py" line="181" />
      <source>S&amp;ync</source>
      <translation>S&amp;ynchronisierung</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/status.py" line="185" />
      <source>Sync &amp;now</source>
      <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/status.py" line="186" />
      <source>Sync &amp;exceptions…</source>
      <translation>&amp;Klärungsfälle…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/status.py" line="195" />
      <source>Sync &amp;settings</source>
      <translation>Synchronisierungs&amp;einstellungen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/status.py" line="28" />
      <source>receiving the library's changes</source>
      <translation>Änderungen der Bibliothek werden empfangen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/status.py" line="28" />
      <source>sending this desk's work</source>
      <translation>Daten dieses Arbeitsplatzes werden gesendet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/status.py" line="35" />
      <source>{phase}: {done} of {total}</source>
      <translation>{phase}: {done} von {total}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/status.py" line="36" />
      <source>{phase}: {done}</source>
      <translation>{phase}: {done}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/status.py" line="63" />
      <source>&amp;Stop</source>
      <translation>&amp;Anhalten</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/status.py" line="76" />
      <source>{progress}…
The desk can keep working meanwhile.</source>
      <translation>{progress}…
An der Theke kann währenddessen weitergearbeitet werden.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/texts.py" line="27" />
      <source>syncing — {progress}</source>
      <translation>läuft — {progress}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/texts.py" line="27" />
      <source>syncing…</source>
      <translation>läuft…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/texts.py" line="29" />
      <source>up to date ({when})</source>
      <translation>aktuell ({when})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/texts.py" line="31" />
      <source>starting</source>
      <translation>startet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/texts.py" line="33" />
      <source>offline</source>
      <translation>offline</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/texts.py" line="35" />
      <source>login needed (click)</source>
      <translation>Anmeldung nötig (klicken)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/texts.py" line="37" />
      <source>stopped</source>
      <translation>angehalten</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/texts.py" line="44" />
      <source>not set up</source>
      <translation>nicht eingerichtet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/texts.py" line="45" />
      <source>{count} pending</source>
      <translation>{count} ausstehend</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/texts.py" line="47" />
      <source>last sync {when}</source>
      <translation>letzte Synchronisierung {when}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/texts.py" line="50" />
      <source>{count} exception waiting</source>
      <translation>{count} Klärungsfall offen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/texts.py" line="51" />
      <source>{count} exceptions waiting</source>
      <translation>{count} Klärungsfälle offen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/texts.py" line="58" />
      <source>Sync: {state}</source>
      <translation>Synchronisierung: {state}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/texts.py" line="60" />
      <source>An admin sets up sync in Settings</source>
      <translation>Die Synchronisierung richtet ein Admin in den Einstellungen ein</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/texts.py" line="61" />
      <source>Server {server}, desk {desk} ({code})</source>
      <translation>Server {server}, Arbeitsplatz {desk} ({code})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/texts.py" line="64" />
      <source>Click to see the sync exceptions</source>
      <translation>Klicken, um die Klärungsfälle der Synchronisierung zu sehen</translation>
    </message>
  </context>
</TS>
