<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
  <context>
    <name>LibraryDesk</name>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="119" />
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="123" />
      <location filename="../../desktop_app/ui/catalog/lookup.py" line="49" />
      <source>Title</source>
      <translation>Titre</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="120" />
      <source>Subtitle</source>
      <translation>Sous-titre</translation>
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
      <translation>ISBN-10 ou ISBN-13, avec ou sans tirets ; les deux sont conservés</translation>
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
      <translation>Éditeur</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="126" />
      <location filename="../../desktop_app/ui/catalog/lookup.py" line="49" />
      <location filename="../../desktop_app/ui/catalog/model.py" line="40" />
      <source>Year</source>
      <translation>Année</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="127" />
      <source>Edition</source>
      <translation>Édition</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="128" />
      <location filename="../../desktop_app/ui/catalog/filters.py" line="29" />
      <location filename="../../desktop_app/ui/notices/texts.py" line="110" />
      <source>Language</source>
      <translation>Langue</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="128" />
      <source>MARC three-letter code such as eng, ger, fre</source>
      <translation>Code MARC à trois lettres, par ex. fre, eng, ger</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="129" />
      <source>Series</source>
      <translation>Collection</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="130" />
      <source>Number in series</source>
      <translation>Numéro dans la série</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="131" />
      <source>Extent</source>
      <translation>Collation</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="131" />
      <source>Pages and size, as MARC 300: 320 p. : ill. ; 24 cm</source>
      <translation>Pages et format, comme MARC 300 : 320 p. : ill. ; 24 cm</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="132" />
      <source>Subjects</source>
      <translation>Sujets</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="133" />
      <source>Description</source>
      <translation>Description</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="134" />
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="44" />
      <location filename="../../desktop_app/ui/catalog/filters.py" line="28" />
      <source>Item type</source>
      <translation>Type de document</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="135" />
      <location filename="../../desktop_app/domain/fields.py" line="148" />
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="43" />
      <source>Call number</source>
      <translation>Cote</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="136" />
      <source>Links</source>
      <translation>Liens</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="136" />
      <source>Web addresses (MARC 856), separated by ;</source>
      <translation>Adresses web (MARC 856), séparées par ;</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="137" />
      <location filename="../../desktop_app/ui/catalog/model.py" line="39" />
      <source>Authors</source>
      <translation>Auteurs</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="138" />
      <source>ISBN search text</source>
      <translation>Texte de recherche ISBN</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="139" />
      <source>More search text</source>
      <translation>Texte de recherche supplémentaire</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="140" />
      <source>Title sort key</source>
      <translation>Clé de tri du titre</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="141" />
      <source>Author sort key</source>
      <translation>Clé de tri auteur</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="147" />
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="123" />
      <location filename="../../desktop_app/ui/catalog/detail.py" line="73" />
      <source>Barcode</source>
      <translation>Code-barres</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="147" />
      <location filename="../../desktop_app/domain/fields.py" line="159" />
      <source>Generated when empty</source>
      <translation>Généré si vide</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="149" />
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="43" />
      <location filename="../../desktop_app/ui/catalog/detail.py" line="77" />
      <source>Location</source>
      <translation>Localisation</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="150" />
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="43" />
      <location filename="../../desktop_app/ui/catalog/detail.py" line="74" />
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="151" />
      <source>Acquired</source>
      <translation>Acquisition</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="152" />
      <source>Price</source>
      <translation>Prix</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="152" />
      <source>Whole cents</source>
      <translation>En centimes</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="153" />
      <location filename="../../desktop_app/domain/fields.py" line="171" />
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="159" />
      <source>Card number</source>
      <translation>Numéro de carte</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="160" />
      <source>First name</source>
      <translation>Prénom</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="161" />
      <source>Last name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="162" />
      <location filename="../../desktop_app/ui/members/model.py" line="36" />
      <source>Email</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="163" />
      <source>Phone</source>
      <translation>Téléphone</translation>
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
      <translation>Catégorie</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="166" />
      <source>The category's code; the library's default when empty</source>
      <translation>Le code de la catégorie ; celle par défaut de la bibliothèque si vide</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="167" />
      <source>Joined</source>
      <translation>Inscription</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="167" />
      <source>Today when empty</source>
      <translation>Aujourd'hui si vide</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="168" />
      <location filename="../../desktop_app/ui/members/model.py" line="34" />
      <source>Expires</source>
      <translation>Expiration</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="169" />
      <location filename="../../desktop_app/ui/members/model.py" line="24" />
      <source>Blocked</source>
      <translation>Bloqué</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="170" />
      <source>Block reason</source>
      <translation>Motif du blocage</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="171" />
      <source>For the staff only</source>
      <translation>Réservé au personnel</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="172" />
      <source>Name sort key</source>
      <translation>Clé de tri du nom</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="62" />
      <source>Added</source>
      <translation>Ajout</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="154" />
      <source>Library name</source>
      <translation>Nom de la bibliothèque</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="155" />
      <source>printed on slips, letters, labels and cards</source>
      <translation>imprimé sur les tickets, les lettres, les étiquettes et les cartes</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="156" />
      <source>Address for slips</source>
      <translation>Adresse sur les tickets</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="157" />
      <source>printed on slips and letters</source>
      <translation>imprimée sur les tickets et les lettres</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="158" />
      <source>Desk name</source>
      <translation>Nom du poste</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="159" />
      <source>this desk's name in sync and on slips</source>
      <translation>le nom de ce poste pour la synchronisation et sur les tickets</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="160" />
      <source>Currency</source>
      <translation>Devise</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="161" />
      <source>ISO 4217 code of the money the library takes, like EUR, USD or GBP; empty: the currency of each desk's language and country</source>
      <translation>Code ISO 4217 de la monnaie acceptée par la bibliothèque, par ex. EUR, USD ou GBP ; vide : la devise de la langue et du pays de chaque poste</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="163" />
      <location filename="../../desktop_app/ui/shell/wizard.py" line="119" />
      <source>Charge fines for late returns</source>
      <translation>Appliquer des amendes pour les retours en retard</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="164" />
      <source>Days to pick up a hold</source>
      <translation>Jours pour retirer une réservation</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="165" />
      <source>open days a copy waits on the hold shelf</source>
      <translation>jours d'ouverture pendant lesquels un exemplaire attend sur l'étagère des réservations</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="166" />
      <source>Closed every</source>
      <translation>Jours de fermeture</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="166" />
      <source>days of the week the library is shut</source>
      <translation>jours de la semaine où la bibliothèque est fermée</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="167" />
      <source>Category of a new member</source>
      <translation>Catégorie d'un nouvel adhérent</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="168" />
      <source>Desk code</source>
      <translation>Code du poste</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="169" />
      <source>two characters in every barcode and card number this desk makes (given by the server)</source>
      <translation>deux caractères présents dans chaque code-barres et numéro de carte créé par ce poste (attribués par le serveur)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="171" />
      <source>Send notices to members</source>
      <translation>Envoyer des avis aux adhérents</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="172" />
      <source>reminders, overdue notices and hold notices by email; a letter to print for a member without email</source>
      <translation>rappels, avis de retard et avis de réservation par e-mail ; une lettre à imprimer pour un adhérent sans e-mail</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="174" />
      <source>Notices are sent by</source>
      <translation>Avis envoyés par</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="176" />
      <source>desk: this desk sends them once a day; server: the library server does and this desk does not (a library that syncs has one sender)</source>
      <translation>poste : ce poste les envoie une fois par jour ; serveur : le serveur de la bibliothèque les envoie, ce poste non (une bibliothèque synchronisée n'a qu'un seul expéditeur)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="178" />
      <source>Language of notices</source>
      <translation>Langue des avis</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="179" />
      <source>the templates used: en English, de German, fr French, es Spanish</source>
      <translation>les modèles utilisés : en anglais, de allemand, fr français, es espagnol</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="180" />
      <source>Reminder before the due date (days)</source>
      <translation>Rappel avant la date de retour (jours)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="181" />
      <source>0: no reminder</source>
      <translation>0 : pas de rappel</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="182" />
      <source>First overdue notice (days late)</source>
      <translation>Premier rappel de retard (jours de retard)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="183" />
      <source>0: none</source>
      <translation>0 : aucun</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="184" />
      <source>Second overdue notice (days late)</source>
      <translation>Deuxième rappel de retard (jours de retard)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="185" />
      <source>0: none; later than the first</source>
      <translation>0 : aucun ; après le premier</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="186" />
      <source>Third overdue notice (days late)</source>
      <translation>Troisième rappel de retard (jours de retard)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="187" />
      <source>0: none; later than the second</source>
      <translation>0 : aucun ; après le deuxième</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="188" />
      <source>Paper of printed letters</source>
      <translation>Papier des lettres imprimées</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="190" />
      <source>Mail server (SMTP)</source>
      <translation>Serveur de messagerie (SMTP)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="191" />
      <source>host name of the library's mail server; the password is kept in the system's keyring</source>
      <translation>nom d'hôte du serveur de messagerie de la bibliothèque ; le mot de passe est conservé dans le trousseau du système</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="192" />
      <source>Mail server port</source>
      <translation>Port du serveur de messagerie</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="193" />
      <source>Mail server security</source>
      <translation>Sécurité du serveur de messagerie</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="195" />
      <source>starttls (port 587), tls (port 465) or none (a server on this computer only)</source>
      <translation>STARTTLS (port 587), TLS (port 465) ou aucune (seulement pour un serveur sur cet ordinateur)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="196" />
      <source>Mail server user</source>
      <translation>Utilisateur du serveur de messagerie</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="197" />
      <source>Send notices from (email address)</source>
      <translation>Adresse d'expédition des avis (e-mail)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="200" />
      <source>Charge fines for days the library is closed</source>
      <translation>Appliquer des amendes pour les jours de fermeture</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="202" />
      <source>Renewing an overdue loan</source>
      <translation>Prolongation d'un prêt en retard</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="203" />
      <source>charge: the fine run up so far is charged and the loan renewed; refuse: it must be returned</source>
      <translation>facturer : l'amende accumulée à ce jour est facturée et le prêt prolongé ; refuser : le livre doit être rendu</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="205" />
      <source>A lost copy that turns up</source>
      <translation>Un exemplaire perdu retrouvé</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="206" />
      <source>refund: its lost fee is cancelled and what was paid refunded; keep: the lost fee stands</source>
      <translation>rembourser : ses frais de perte sont retirés et ce qui a été payé est remboursé ; maintenir : les frais de perte restent dus</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="209" />
      <source>Forget who borrowed a returned book after (days)</source>
      <translation>Oublier l'emprunteur d'un livre rendu après (jours)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="211" />
      <source>0: keep it; otherwise returned loans lose their member after so many days (the statistics stay)</source>
      <translation>0 : conserver ; sinon, les prêts rendus perdent leur adhérent après ce nombre de jours (les statistiques restent)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="213" />
      <source>Keep records of deletions for (days)</source>
      <translation>Conserver les traces des suppressions pendant (jours)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="215" />
      <source>a desk that has not synced for longer must download everything again</source>
      <translation>un poste qui n'a pas été synchronisé depuis plus longtemps doit tout télécharger de nouveau</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="217" />
      <source>Locations</source>
      <translation>Emplacements</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="219" />
      <source>one a line: the shelves and rooms a copy can be in</source>
      <translation>une par ligne : les rayons et salles où un exemplaire peut se trouver</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="22" />
      <source>Friday</source>
      <translation>Vendredi</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="22" />
      <source>Monday</source>
      <translation>Lundi</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="22" />
      <source>Saturday</source>
      <translation>Samedi</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="22" />
      <source>Sunday</source>
      <translation>Dimanche</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="22" />
      <source>Thursday</source>
      <translation>Jeudi</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="22" />
      <source>Tuesday</source>
      <translation>Mardi</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="22" />
      <source>Wednesday</source>
      <translation>Mercredi</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="220" />
      <source>Look up ISBNs in</source>
      <translation>Chercher les ISBN dans</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="222" />
      <source>one catalogue a line, tried in order: sru URL INDEX NAME, or openlibrary URL - NAME</source>
      <translation>un catalogue par ligne, essayés dans l'ordre : sru URL INDEX NOM, ou openlibrary URL - NOM</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="223" />
      <source>Seconds to wait for a catalogue</source>
      <translation>Secondes d'attente pour un catalogue</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="225" />
      <source>Fetch covers with looked-up records</source>
      <translation>Récupérer les couvertures avec les notices trouvées</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="27" />
      <source>nobody (sent by hand)</source>
      <translation>personne (envoi manuel)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="27" />
      <source>the library server</source>
      <translation>le serveur de la bibliothèque</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="27" />
      <location filename="../../desktop_app/ui/shell/main_window.py" line="240" />
      <source>this desk</source>
      <translation>ce poste</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="28" />
      <source>STARTTLS (port 587)</source>
      <translation>STARTTLS (port 587)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="28" />
      <source>TLS (port 465)</source>
      <translation>TLS (port 465)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="28" />
      <source>none (a server on this computer)</source>
      <translation>aucune (un serveur sur cet ordinateur)</translation>
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
      <translation>Lettre US</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="29" />
      <source>charge the fine run up so far</source>
      <translation>facturer l'amende accumulée à ce jour</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="29" />
      <source>refuse: return it first</source>
      <translation>refuser : le rendre d'abord</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="30" />
      <source>cancel the lost fee, refund what was paid</source>
      <translation>retirer les frais de perte, rembourser ce qui a été payé</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="30" />
      <source>keep the lost fee</source>
      <translation>maintenir les frais de perte</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="31" />
      <source>English</source>
      <translation>Anglais</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="31" />
      <source>French</source>
      <translation>Français</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="31" />
      <source>German</source>
      <translation>Allemand</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="31" />
      <source>Spanish</source>
      <translation>Espagnol</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/values.py" line="56" />
      <source>Audiobook</source>
      <translation>Livre audio</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/values.py" line="56" />
      <location filename="../../desktop_app/ui/holds/tab.py" line="89" />
      <source>Book</source>
      <translation>Livre</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/values.py" line="56" />
      <source>E-book</source>
      <translation>Livre numérique</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/values.py" line="56" />
      <source>Music</source>
      <translation>Musique</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/values.py" line="57" />
      <source>DVD / video</source>
      <translation>DVD / vidéo</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/values.py" line="57" />
      <source>Magazine</source>
      <translation>Revue</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/values.py" line="57" />
      <source>Map</source>
      <translation>Carte géographique</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/values.py" line="57" />
      <source>Score</source>
      <translation>Partition</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/values.py" line="58" />
      <source>Game</source>
      <translation>Jeu</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/values.py" line="58" />
      <source>Kit</source>
      <translation>Kit</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/values.py" line="58" />
      <source>Other</source>
      <translation>Autre</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/values.py" line="58" />
      <source>Software</source>
      <translation>Logiciel</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="122" />
      <source>What would change</source>
      <translation>Ce qui changerait</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="123" />
      <source>After</source>
      <translation>Après</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="123" />
      <source>Before</source>
      <translation>Avant</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="123" />
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="210" />
      <source>Field</source>
      <translation>Champ</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="128" />
      <source>Choose the copies and what to change, then Preview.</source>
      <translation>Choisissez les exemplaires et ce qui change, puis Aperçu.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="134" />
      <source>Pre&amp;view</source>
      <translation>A&amp;perçu</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="137" />
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="238" />
      <source>&amp;Apply</source>
      <translation>&amp;Appliquer</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="141" />
      <location filename="../../desktop_app/ui/catalog/queued.py" line="79" />
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="145" />
      <source>Close</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="190" />
      <source>Working out what would change…</source>
      <translation>Calcul de ce qui changerait…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="200" />
      <source>refused</source>
      <translation>refusé</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="211" />
      <source>{copies} copies: {changing} would change, {same} are so already, {refused} refused.</source>
      <translation>{copies} exemplaires : {changing} changeraient, {same} le sont déjà, {refused} refusés.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="215" />
      <source>The first {count} lines are shown.</source>
      <translation>Les {count} premières lignes sont affichées.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="237" />
      <source>Change {count} copies as the preview shows? Each change is recorded and synced.</source>
      <translation>Modifier {count} exemplaires comme le montre l'aperçu ? Chaque modification est enregistrée et synchronisée.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="238" />
      <location filename="../../desktop_app/ui/catalog/detail.py" line="277" />
      <location filename="../../desktop_app/ui/catalog/detail.py" line="257" />
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="258" />
      <source>Changed {fields} fields of {copies} copies; {refused} refused.</source>
      <translation>{fields} champs de {copies} exemplaires modifiés ; {refused} refusés.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="64" />
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="236" />
      <source>Bulk edit copies</source>
      <translation>Modifier des exemplaires en lot</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="67" />
      <source>The copies of the {count} titles found</source>
      <translation>Les exemplaires des {count} titres trouvés</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="70" />
      <source>&amp;Scanned barcodes, one a line:</source>
      <translation>Codes-barres &amp;scannés, un par ligne :</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="74" />
      <source>Barcodes of the copies to change</source>
      <translation>Codes-barres des exemplaires à modifier</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="79" />
      <location filename="../../desktop_app/ui/catalog/copy_dialog.py" line="136" />
      <location filename="../../desktop_app/ui/catalog/copy_dialog.py" line="262" />
      <source>&amp;Location</source>
      <translation>&amp;Emplacement</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="82" />
      <source>Call number &amp;prefix</source>
      <translation>&amp;Préfixe de cote</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="85" />
      <source>e.g. FIC</source>
      <translation>p. ex. FIC</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="88" />
      <source>e.g. F</source>
      <translation>p. ex. F</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="89" />
      <source>S&amp;tatus</source>
      <translation>S&amp;tatut</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="94" />
      <source>&amp;Item type of the titles</source>
      <translation>&amp;Type de document des titres</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/copy_dialog.py" line="100" />
      <source>Barcode label to add</source>
      <translation>Étiquette code-barres à ajouter</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/copy_dialog.py" line="101" />
      <source>scan each label, Enter after each</source>
      <translation>scannez chaque étiquette, Entrée après chacune</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/copy_dialog.py" line="105" />
      <source>Barcodes to add</source>
      <translation>Codes-barres à ajouter</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/copy_dialog.py" line="107" />
      <source>&amp;Remove from the list</source>
      <translation>&amp;Retirer de la liste</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/copy_dialog.py" line="135" />
      <location filename="../../desktop_app/ui/catalog/copy_dialog.py" line="261" />
      <source>&amp;Call number</source>
      <translation>&amp;Cote</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/copy_dialog.py" line="137" />
      <location filename="../../desktop_app/ui/catalog/copy_dialog.py" line="263" />
      <source>&amp;Price</source>
      <translation>&amp;Prix</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/copy_dialog.py" line="140" />
      <source>&amp;Add copies</source>
      <translation>&amp;Ajouter les exemplaires</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/copy_dialog.py" line="181" />
      <source>'{text}' has no usable characters for a barcode</source>
      <translation>'{text}' n'a aucun caractère utilisable pour un code-barres</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/copy_dialog.py" line="184" />
      <source>{barcode} is in the list already</source>
      <translation>{barcode} est déjà dans la liste</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/copy_dialog.py" line="188" />
      <source>{barcode} is used by a copy of '{title}': scan another label</source>
      <translation>{barcode} est utilisé par un exemplaire de '{title}' : scannez une autre étiquette</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/copy_dialog.py" line="193" />
      <source>{count} labels to add</source>
      <translation>{count} étiquettes à ajouter</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/copy_dialog.py" line="206" />
      <source>Scan the labels of the new copies first, or choose generated barcodes</source>
      <translation>Scannez d'abord les étiquettes des nouveaux exemplaires, ou choisissez des codes-barres générés</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/copy_dialog.py" line="223" />
      <source>Added {count} copies: {barcodes}</source>
      <translation>{count} exemplaires ajoutés : {barcodes}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/copy_dialog.py" line="242" />
      <source>Copy {barcode} of '{title}'</source>
      <translation>Exemplaire {barcode} de '{title}'</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/copy_dialog.py" line="247" />
      <source>A new label can be scanned here; the old barcode then no longer finds the copy</source>
      <translation>Une nouvelle étiquette peut être scannée ici ; l'ancien code-barres ne trouve alors plus l'exemplaire</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/copy_dialog.py" line="260" />
      <source>&amp;Barcode</source>
      <translation>Code-&amp;barres</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/copy_dialog.py" line="264" />
      <location filename="../../desktop_app/ui/members/dialog.py" line="79" />
      <source>&amp;Notes</source>
      <translation>N&amp;otes</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/copy_dialog.py" line="265" />
      <source>Status: {status}</source>
      <translation>Statut : {status}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/copy_dialog.py" line="298" />
      <source>Copy {barcode}: {count} fields changed</source>
      <translation>Exemplaire {barcode} : {count} champs modifiés</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/copy_dialog.py" line="62" />
      <source>e.g. {example}</source>
      <translation>p. ex. {example}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/copy_dialog.py" line="73" />
      <source>Price: '{text}' is not an amount</source>
      <translation>Prix : '{text}' n'est pas un montant</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/copy_dialog.py" line="91" />
      <source>Add copies of '{title}'</source>
      <translation>Ajouter des exemplaires de '{title}'</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/copy_dialog.py" line="93" />
      <source>&amp;Scanned labels</source>
      <translation>Étiquettes &amp;scannées</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/copy_dialog.py" line="95" />
      <source>&amp;Generated barcodes</source>
      <translation>Codes-barres &amp;générés</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/cover.py" line="103" />
      <source>No cover</source>
      <translation>Pas de couverture</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/cover.py" line="120" />
      <source>Replace co&amp;ver…</source>
      <translation>Remplacer la co&amp;uverture…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/cover.py" line="122" />
      <source>Choose a picture file (JPEG or PNG) as this book's cover</source>
      <translation>Choisir une image (JPEG ou PNG) comme couverture de ce livre</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/cover.py" line="149" />
      <source>Replace cover</source>
      <translation>Remplacer la couverture</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/cover.py" line="150" />
      <source>Pictures (*.jpg *.jpeg *.png *.gif *.webp *.bmp)</source>
      <translation>Images (*.jpg *.jpeg *.png *.gif *.webp *.bmp)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/cover.py" line="175" />
      <source>The cover was replaced</source>
      <translation>La couverture a été remplacée</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/cover.py" line="60" />
      <source>{name} is {size} MB; a cover may be at most {limit} MB</source>
      <translation>{name} fait {size} Mo ; une couverture ne peut dépasser {limit} Mo</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/cover.py" line="65" />
      <source>{name} cannot be read: {why}</source>
      <translation>{name} ne peut pas être lu : {why}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/cover.py" line="82" />
      <source>Cover</source>
      <translation>Couverture</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="102" />
      <source>Book details</source>
      <translation>Détails du livre</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="104" />
      <location filename="../../desktop_app/ui/catalog/detail.py" line="190" />
      <source>Choose a book to see its copies</source>
      <translation>Choisissez un livre pour voir ses exemplaires</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="118" />
      <source>Copies of this book</source>
      <translation>Exemplaires de ce livre</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="129" />
      <source>Add &amp;copies…</source>
      <translation>Ajouter des &amp;exemplaires…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="129" />
      <source>Add copies with scanned labels or new barcodes</source>
      <translation>Ajouter des exemplaires avec des étiquettes scannées ou de nouveaux codes-barres</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="130" />
      <source>Change the chosen copy's barcode, call number, location, price or notes</source>
      <translation>Modifier le code-barres, la cote, l'emplacement, le prix ou les notes de l'exemplaire choisi</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="130" />
      <source>E&amp;dit copy…</source>
      <translation>&amp;Modifier l'exemplaire…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="131" />
      <source>&amp;Withdraw</source>
      <translation>&amp;Retirer</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="131" />
      <source>Withdraw the chosen copies from the collection</source>
      <translation>Retirer des collections les exemplaires choisis</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="132" />
      <source>Mark l&amp;ost</source>
      <translation>Déclarer &amp;perdu</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="133" />
      <source>Mark the chosen copies lost (a borrowed copy is charged to the borrower)</source>
      <translation>Déclarer perdus les exemplaires choisis (un exemplaire emprunté est facturé à l'emprunteur)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="134" />
      <source>Put &amp;back</source>
      <translation>Re&amp;mettre en rayon</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="134" />
      <source>Put withdrawn, lost or damaged copies back on the shelf</source>
      <translation>Remettre en rayon les exemplaires retirés, perdus ou abîmés</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="135" />
      <source>&amp;Print labels…</source>
      <translation>&amp;Imprimer les étiquettes…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="135" />
      <source>Print spine or barcode labels for the chosen copies</source>
      <translation>Imprimer les étiquettes de cote ou de code-barres des exemplaires choisis</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="145" />
      <source>&amp;More</source>
      <translation>&amp;Plus</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="154" />
      <source>Delete withdrawn copies…</source>
      <translation>Supprimer les exemplaires retirés…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="196" />
      <source>no author</source>
      <translation>sans auteur</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="207" />
      <source>1 copy, {shelf} on the shelf</source>
      <translation>1 exemplaire, {shelf} en rayon</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="209" />
      <source>{count} copies, {shelf} on the shelf</source>
      <translation>{count} exemplaires, {shelf} en rayon</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="212" />
      <source>1 hold waiting</source>
      <translation>1 réservation en attente</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="214" />
      <source>{count} holds waiting</source>
      <translation>{count} réservations en attente</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="236" />
      <source>Choose one copy in the list to edit</source>
      <translation>Choisissez un exemplaire de la liste à modifier</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="252" />
      <location filename="../../desktop_app/ui/catalog/detail.py" line="272" />
      <source>Choose one or more copies in the list first</source>
      <translation>Choisissez d'abord un ou plusieurs exemplaires dans la liste</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="254" />
      <source>Delete copies</source>
      <translation>Supprimer les exemplaires</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="255" />
      <source>Delete {barcodes} for good? Only withdrawn copies that were never lent can be deleted.</source>
      <translation>Supprimer définitivement {barcodes} ? Seuls les exemplaires retirés jamais prêtés peuvent être supprimés.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="266" />
      <source>Deleted {count} copies</source>
      <translation>{count} exemplaires supprimés</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="276" />
      <source>{action}: {barcodes}</source>
      <translation>{action} : {barcodes}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="277" />
      <source>&amp;Note (optional):</source>
      <translation>&amp;Note (facultative) :</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="287" />
      <source>{action}: {count} copies</source>
      <translation>{action} : {count} exemplaires</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="41" />
      <location filename="../../desktop_app/ui/reports/tab.py" line="40" />
      <source>On loan</source>
      <translation>En prêt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="41" />
      <source>On the hold shelf</source>
      <translation>Sur l'étagère des réservations</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="41" />
      <source>On the shelf</source>
      <translation>En rayon</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="42" />
      <source>Damaged</source>
      <translation>Abîmé</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="42" />
      <source>Lost</source>
      <translation>Perdu</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="42" />
      <source>Withdrawn</source>
      <translation>Retiré</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="43" />
      <location filename="../../desktop_app/ui/common/reasons.py" line="23" />
      <source>In repair</source>
      <translation>En réparation</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="43" />
      <source>Reference: not for loan</source>
      <translation>Consultation : exclu du prêt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="46" />
      <source>Mark lost</source>
      <translation>Déclarer perdu</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="46" />
      <source>Put back</source>
      <translation>Remettre en rayon</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="46" />
      <source>Withdraw</source>
      <translation>Retirer</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="47" />
      <source>Mark damaged</source>
      <translation>Marquer endommagé</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="47" />
      <source>Send to repair</source>
      <translation>Envoyer en réparation</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="48" />
      <source>Make reference (not for loan)</source>
      <translation>Mettre en consultation (exclu du prêt)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="75" />
      <source>With</source>
      <translation>Emprunteur</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="76" />
      <location filename="../../desktop_app/ui/desk/loans.py" line="26" />
      <location filename="../../desktop_app/ui/desk/slip.py" line="135" />
      <source>Due</source>
      <translation>À rendre le</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="100" />
      <source>Loo&amp;k up ISBN</source>
      <translation>Rechercher l’IS&amp;BN</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="110" />
      <source>&amp;Authors</source>
      <translation>&amp;Auteurs</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="114" />
      <source>unknown</source>
      <translation>inconnue</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="118" />
      <source>three letters, e.g. eng</source>
      <translation>trois lettres, par ex. fre</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="121" />
      <source>separated by ;</source>
      <translation>séparés par ;</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="169" />
      <source>Authors, in order</source>
      <translation>Auteurs, dans l'ordre</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="170" />
      <location filename="../../desktop_app/ui/members/model.py" line="32" />
      <location filename="../../desktop_app/ui/settings/categories.py" line="43" />
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="170" />
      <location filename="../../desktop_app/ui/settings/staff.py" line="55" />
      <location filename="../../desktop_app/ui/sync/desks.py" line="43" />
      <source>Role</source>
      <translation>Rôle</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="178" />
      <location filename="../../desktop_app/ui/settings/tab.py" line="196" />
      <source>Add</source>
      <translation>Ajouter</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="178" />
      <source>Add author</source>
      <translation>Ajouter un auteur</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="179" />
      <source>Remove</source>
      <translation>Retirer</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="179" />
      <source>Remove author</source>
      <translation>Retirer l'auteur</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="180" />
      <source>Move author up</source>
      <translation>Monter l'auteur</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="180" />
      <source>Up</source>
      <translation>Monter</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="181" />
      <source>Down</source>
      <translation>Descendre</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="181" />
      <source>Move author down</source>
      <translation>Descendre l'auteur</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="200" />
      <source>Role of author {number}</source>
      <translation>Rôle de l'auteur {number}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="270" />
      <source>Valid ISBN</source>
      <translation>ISBN valide</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="323" />
      <source>Saved '{title}'</source>
      <translation>'{title}' enregistré</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="329" />
      <source>There is already '{title}' with ISBN {isbn}. Add a copy to it instead?</source>
      <translation>'{title}' existe déjà avec l'ISBN {isbn}. Lui ajouter plutôt un exemplaire ?</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="331" />
      <source>ISBN already in the catalog</source>
      <translation>ISBN déjà au catalogue</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="335" />
      <source>It has 1 copy now.</source>
      <translation>Il compte désormais 1 exemplaire.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="336" />
      <source>It has {count} copies now.</source>
      <translation>Il compte désormais {count} exemplaires.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="337" />
      <source>&amp;Add a copy to it</source>
      <translation>&amp;Ajouter un exemplaire</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="339" />
      <source>&amp;Back to the form</source>
      <translation>&amp;Retour au formulaire</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="343" />
      <source>&amp;Save as a new book anyway</source>
      <translation>&amp;Enregistrer quand même comme nouveau livre</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="60" />
      <source>author</source>
      <translation>auteur</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="60" />
      <source>editor</source>
      <translation>éditeur scientifique</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="61" />
      <source>illustrator</source>
      <translation>illustrateur</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="61" />
      <source>translator</source>
      <translation>traducteur</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="62" />
      <source>contributor</source>
      <translation>contributeur</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="62" />
      <source>narrator</source>
      <translation>narrateur</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="90" />
      <source>Edit book</source>
      <translation>Modifier le livre</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="90" />
      <source>New book</source>
      <translation>Nouveau livre</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/filters.py" line="12" />
      <source>Any</source>
      <translation>Tous</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/filters.py" line="25" />
      <source>&amp;Available now</source>
      <translation>&amp;Disponible maintenant</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/filters.py" line="27" />
      <source>Only titles with a copy on the shelf</source>
      <translation>Seulement les titres dont un exemplaire est en rayon</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/filters.py" line="30" />
      <source>Published from year</source>
      <translation>Publié à partir de l'année</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/filters.py" line="31" />
      <source>Published up to year</source>
      <translation>Publié jusqu'à l'année</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/filters.py" line="33" />
      <source>&amp;Language</source>
      <translation>&amp;Langue</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/filters.py" line="33" />
      <source>&amp;Type</source>
      <translation>&amp;Type</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/filters.py" line="34" />
      <source>Yea&amp;r</source>
      <translation>Ann&amp;ée</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/filters.py" line="34" />
      <location filename="../../desktop_app/ui/interchange/printing.py" line="155" />
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="101" />
      <source>to</source>
      <translation>à</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/filters.py" line="63" />
      <source>any</source>
      <translation>toutes</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/lookup.py" line="100" />
      <source>Ask the library's catalogues (Settings, Cataloguing) for this ISBN</source>
      <translation>Interroger les catalogues de la bibliothèque (Réglages, Catalogage) pour cet ISBN</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/lookup.py" line="149" />
      <source>Asking {catalogues} for ISBN {isbn}…</source>
      <translation>Interrogation de {catalogues} pour l’ISBN {isbn}…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/lookup.py" line="165" />
      <source>No catalogue could be reached.</source>
      <translation>Aucun catalogue n’a pu être joint.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/lookup.py" line="173" />
      <location filename="../../desktop_app/ui/catalog/queued.py" line="187" />
      <source>{count} records found: choose one</source>
      <translation>{count} notices trouvées : choisissez-en une</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/lookup.py" line="181" />
      <source>Filled from {source}: check the fields, then save.</source>
      <translation>Rempli depuis {source} : vérifiez les champs, puis enregistrez.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/lookup.py" line="186" />
      <source>Catalogues not reachable</source>
      <translation>Catalogues injoignables</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/lookup.py" line="187" />
      <source>No catalogue could be reached for ISBN {isbn}. Is this desk offline?</source>
      <translation>Aucun catalogue n’a pu être joint pour l’ISBN {isbn}. Ce poste est-il hors ligne ?</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/lookup.py" line="192" />
      <source>&amp;Queue it: look it up later</source>
      <translation>&amp;Mettre en attente : chercher plus tard</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/lookup.py" line="194" />
      <source>&amp;Type the record in</source>
      <translation>&amp;Saisir la notice</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/lookup.py" line="202" />
      <source>ISBN {isbn} is queued: it is looked up again when a catalogue answers.</source>
      <translation>L’ISBN {isbn} est en attente : il sera recherché de nouveau quand un catalogue répondra.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/lookup.py" line="41" />
      <source>Choose a record</source>
      <translation>Choisir une notice</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/lookup.py" line="43" />
      <source>The catalogues found {count} records. Choose the one that matches the book in hand.</source>
      <translation>Les catalogues ont trouvé {count} notices. Choisissez celle qui correspond au livre en main.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/lookup.py" line="48" />
      <source>Records found</source>
      <translation>Notices trouvées</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/lookup.py" line="49" />
      <location filename="../../desktop_app/ui/desk/loans.py" line="26" />
      <source>Author</source>
      <translation>Auteur</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/lookup.py" line="49" />
      <source>Source</source>
      <translation>Source</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/lookup.py" line="67" />
      <source>&amp;Use this record</source>
      <translation>&amp;Utiliser cette notice</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/lookup.py" line="95" />
      <source>ISBN to look up</source>
      <translation>ISBN à rechercher</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/lookup.py" line="96" />
      <source>scan or type an ISBN, then Enter</source>
      <translation>scannez ou saisissez un ISBN, puis Entrée</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/lookup.py" line="98" />
      <source>&amp;Look up</source>
      <translation>&amp;Rechercher</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/model.py" line="128" />
      <source>Click to sort</source>
      <translation>Cliquez pour trier</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/model.py" line="41" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/model.py" line="44" />
      <source>Available</source>
      <translation>Disponibles</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/model.py" line="69" />
      <source>{available} of {copies}</source>
      <translation>{available} sur {copies}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/queued.py" line="124" />
      <source>No ISBN is queued.</source>
      <translation>Aucun ISBN n'est en attente.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/queued.py" line="166" />
      <source>Asking the catalogues for the queued ISBNs…</source>
      <translation>Interrogation des catalogues pour les ISBN en attente…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/queued.py" line="176" />
      <source>Asking the catalogues for ISBN {isbn}…</source>
      <translation>Interrogation des catalogues pour l'ISBN {isbn}…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/queued.py" line="207" />
      <source>The record of ISBN {isbn} is in the catalog.</source>
      <translation>La notice de l'ISBN {isbn} est au catalogue.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/queued.py" line="216" />
      <source>ISBN {isbn} is no longer queued.</source>
      <translation>L'ISBN {isbn} n'est plus en attente.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/queued.py" line="34" />
      <source>found: add it</source>
      <translation>trouvé : à ajouter</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/queued.py" line="34" />
      <source>waiting for a catalogue</source>
      <translation>en attente d'un catalogue</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/queued.py" line="35" />
      <source>added</source>
      <translation>ajouté</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/queued.py" line="35" />
      <source>not known to any catalogue</source>
      <translation>inconnu de tous les catalogues</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/queued.py" line="51" />
      <source>Queued ISBN look-ups</source>
      <translation>Recherches d'ISBN en attente</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/queued.py" line="53" />
      <source>ISBNs scanned while no catalogue could be reached. They are looked up again on their own when a catalogue answers; a librarian checks a found record and adds it.</source>
      <translation>ISBN scannés alors qu'aucun catalogue n'était joignable. Ils sont recherchés à nouveau d'eux-mêmes dès qu'un catalogue répond ; un bibliothécaire vérifie la notice trouvée et l'ajoute.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/queued.py" line="58" />
      <source>Queued look-ups</source>
      <translation>Recherches en attente</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/queued.py" line="59" />
      <location filename="../../desktop_app/ui/notices/tab.py" line="43" />
      <source>By</source>
      <translation>Envoi</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/queued.py" line="59" />
      <source>Found</source>
      <translation>Trouvé</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/queued.py" line="59" />
      <source>Queued</source>
      <translation>Mis en attente</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/queued.py" line="59" />
      <location filename="../../desktop_app/ui/members/detail.py" line="65" />
      <location filename="../../desktop_app/ui/settings/staff.py" line="56" />
      <source>State</source>
      <translation>État</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/queued.py" line="70" />
      <source>&amp;Look up now</source>
      <translation>&amp;Chercher maintenant</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/queued.py" line="73" />
      <source>&amp;Add the record…</source>
      <translation>&amp;Ajouter la notice…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/queued.py" line="76" />
      <source>&amp;Remove from the queue</source>
      <translation>&amp;Retirer de la file</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/queued.py" line="84" />
      <source>Librarians and admins add titles</source>
      <translation>Les bibliothécaires et les administrateurs ajoutent les titres</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/tab.py" line="108" />
      <source>&amp;New book</source>
      <translation>&amp;Nouveau livre</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/tab.py" line="109" />
      <source>&amp;Edit book</source>
      <translation>&amp;Modifier le livre</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/tab.py" line="110" />
      <location filename="../../desktop_app/ui/catalog/tab.py" line="363" />
      <source>Delete book</source>
      <translation>Supprimer le livre</translation>
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
      <translation>Import / export</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/tab.py" line="160" />
      <source>&amp;Export…</source>
      <translation>&amp;Exporter…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/tab.py" line="160" />
      <source>&amp;Import records…</source>
      <translation>&amp;Importer des notices…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/tab.py" line="161" />
      <source>Print &amp;labels…</source>
      <translation>Imprimer les é&amp;tiquettes…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/tab.py" line="162" />
      <source>&amp;Queued ISBN look-ups…</source>
      <translation>Recherches d'ISBN en &amp;attente…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/tab.py" line="163" />
      <source>&amp;Bulk edit copies…</source>
      <translation>Modifier des exemplaires en &amp;lot…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/tab.py" line="169" />
      <source>Librarians and admins import records</source>
      <translation>L'import de notices est réservé aux bibliothécaires et administrateurs</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/tab.py" line="171" />
      <source>Librarians and admins edit copies in bulk</source>
      <translation>Les bibliothécaires et les administrateurs modifient en lot</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/tab.py" line="200" />
      <source>First {shown} of more than {total} matches — type more</source>
      <translation>{shown} premiers résultats sur plus de {total} — précisez la recherche</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/tab.py" line="203" />
      <source>{count} titles</source>
      <translation>{count} titres</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/tab.py" line="204" />
      <source>1 title</source>
      <translation>1 titre</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/tab.py" line="361" />
      <source>Delete '{title}' and its copy?</source>
      <translation>Supprimer '{title}' et son exemplaire ?</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/tab.py" line="362" />
      <source>Delete '{title}' and its {count} copies?</source>
      <translation>Supprimer '{title}' et ses {count} exemplaires ?</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/tab.py" line="363" />
      <source>&amp;Delete book</source>
      <translation>&amp;Supprimer le livre</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/tab.py" line="364" />
      <source>&amp;Keep it</source>
      <translation>&amp;Conserver</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/tab.py" line="371" />
      <source>Deleted '{title}'</source>
      <translation>'{title}' supprimé</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/tab.py" line="77" />
      <location filename="../../desktop_app/ui/shell/self_service.py" line="95" />
      <source>Search the catalog</source>
      <translation>Rechercher dans le catalogue</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/tab.py" line="78" />
      <source>Search title, author, ISBN, series, subject…   ({shortcut})</source>
      <translation>Rechercher par titre, auteur, ISBN, collection, sujet…   ({shortcut})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/tab.py" line="87" />
      <source>Clear filters</source>
      <translation>Effacer les filtres</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/tab.py" line="92" />
      <source>Catalog titles</source>
      <translation>Titres du catalogue</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/alerts.py" line="10" />
      <source>Blocked: {reason}</source>
      <translation>Bloqué : {reason}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/alerts.py" line="11" />
      <source>Membership expired on {date}</source>
      <translation>Adhésion expirée le {date}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/alerts.py" line="12" />
      <source>Membership expires on {date}</source>
      <translation>L'adhésion expire le {date}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/alerts.py" line="13" />
      <source>At the loan limit: {count} of {limit} loans</source>
      <translation>Limite de prêts atteinte : {count} prêts sur {limit}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/alerts.py" line="14" />
      <source>{count} of {limit} loans: one more may be lent</source>
      <translation>{count} prêts sur {limit} : encore un prêt possible</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/alerts.py" line="15" />
      <source>Overdue items: {count} (up to {days} days late)</source>
      <translation>Documents en retard : {count} (jusqu'à {days} jours de retard)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/alerts.py" line="16" />
      <source>Owes {amount} in fees</source>
      <translation>Doit {amount} de frais</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/alerts.py" line="17" />
      <source>Ready for pickup: {titles}</source>
      <translation>À retirer : {titles}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/alerts.py" line="19" />
      <source>{titles} and {count} more</source>
      <translation>{titles} et {count} autres</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/alerts.py" line="20" />
      <source>no reason given</source>
      <translation>aucun motif indiqué</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/errors.py" line="17" />
      <source>Not allowed</source>
      <translation>Non autorisé</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/errors.py" line="18" />
      <source>Please check</source>
      <translation>Veuillez vérifier</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/errors.py" line="19" />
      <source>Not found</source>
      <translation>Introuvable</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/errors.py" line="20" />
      <source>Conflict</source>
      <translation>Conflit</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/errors.py" line="21" />
      <source>Not permitted</source>
      <translation>Accès refusé</translation>
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
      <translation>Un problème inattendu a interrompu cette action : {error}.
Rien de ce qui était déjà enregistré n'a été perdu. Les détails sont dans le journal (Aide &gt; Afficher le journal).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/errors.py" line="29" />
      <source>Something went wrong</source>
      <translation>Un problème est survenu</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/forms.py" line="143" />
      <source>{shortcut} saves</source>
      <translation>{shortcut} enregistre</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/forms.py" line="183" />
      <source>Please give a reason</source>
      <translation>Veuillez indiquer un motif</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/forms.py" line="215" />
      <source>&amp;Reason (optional):</source>
      <translation>&amp;Motif (facultatif) :</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/reasons.py" line="12" />
      <source>{member} is blocked: {reason}</source>
      <translation>Carte de {member} bloquée : {reason}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/reasons.py" line="13" />
      <source>The membership of {member} expired on {date}</source>
      <translation>L'adhésion de {member} a expiré le {date}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/reasons.py" line="14" />
      <source>{member} has an item {days} days overdue (lending stops after {limit})</source>
      <translation>{member} a un document en retard de {days} jours (plus de prêt au-delà de {limit})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/reasons.py" line="15" />
      <source>{member} owes {amount} (lending stops above {limit_amount})</source>
      <translation>{member} doit {amount} (plus de prêt au-delà de {limit_amount})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/reasons.py" line="16" />
      <source>No copy has the barcode {barcode}</source>
      <translation>Aucun exemplaire ne porte le code-barres {barcode}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/reasons.py" line="17" />
      <source>No member has the card number {card}</source>
      <translation>Aucun adhérent n'a le numéro de carte {card}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/reasons.py" line="18" />
      <source>On loan to {name} until {date}</source>
      <translation>En prêt à {name} jusqu'au {date}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/reasons.py" line="19" />
      <source>On the hold shelf for {name}</source>
      <translation>Sur l'étagère des réservations pour {name}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/reasons.py" line="20" />
      <source>Marked lost</source>
      <translation>Signalé perdu</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/reasons.py" line="21" />
      <source>Withdrawn from the collection</source>
      <translation>Retiré des collections</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/reasons.py" line="22" />
      <source>Marked damaged</source>
      <translation>Signalé abîmé</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/reasons.py" line="24" />
      <source>For reference only: not for loan</source>
      <translation>Consultation sur place : exclu du prêt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/reasons.py" line="25" />
      <source>{member} already has {count} items on loan (limit {limit})</source>
      <translation>{member} a déjà {count} documents en prêt (limite {limit})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/reasons.py" line="26" />
      <source>Renewed {count} times already (limit {limit})</source>
      <translation>Déjà prolongé {count} fois (limite {limit})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/reasons.py" line="27" />
      <source>Cannot be renewed: other members wait for it ({count})</source>
      <translation>Prolongation impossible : d'autres adhérents l'attendent ({count})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/reasons.py" line="28" />
      <source>{days} days overdue: it must be returned, not renewed</source>
      <translation>{days} jours de retard : il doit être rendu, pas prolongé</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/reasons.py" line="29" />
      <source>Already due on {date}: renewing it today would not give more time</source>
      <translation>Déjà à rendre le {date} : le prolonger aujourd'hui ne donnerait pas plus de temps</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/reasons.py" line="30" />
      <source>Was due on {date}: an overdue loan is not renewed; it must be returned</source>
      <translation>Était à rendre le {date} : un prêt en retard n'est pas prolongé ; il doit être rendu</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/reasons.py" line="31" />
      <source>{member} owes {amount} (renewals stop above {limit_amount})</source>
      <translation>{member} doit {amount} (plus de prolongation au-delà de {limit_amount})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/reasons.py" line="32" />
      <source>{member} already has a hold on '{title}'</source>
      <translation>{member} a déjà une réservation sur '{title}'</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/reasons.py" line="33" />
      <source>{member} already has '{title}' on loan</source>
      <translation>{member} a déjà '{title}' en prêt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/reasons.py" line="34" />
      <source>{member} already has {count} holds (limit {limit})</source>
      <translation>{member} a déjà {count} réservations (limite {limit})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/reasons.py" line="38" />
      <source>{member} is blocked</source>
      <translation>Carte de {member} bloquée</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/reasons.py" line="39" />
      <source>On loan to {name}</source>
      <translation>En prêt à {name}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/reasons.py" line="41" />
      <source>another member</source>
      <translation>un autre adhérent</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/actions.py" line="143" />
      <source>Returned from the other member and lent, due {due}</source>
      <translation>Rendu par l'autre adhérent et prêté, à rendre le {due}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/actions.py" line="146" />
      <source>Returned from the other member; not lent: {reasons}</source>
      <translation>Retour enregistré pour l'autre adhérent ; non prêté : {reasons}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/actions.py" line="151" />
      <source>The member's session has changed: scan the card again, then the book</source>
      <translation>La session de l'adhérent a changé : scannez de nouveau la carte, puis le document</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/actions.py" line="167" />
      <source>Not lent: lend it to {member}? [Enter]</source>
      <translation>Pas en prêt : le prêter à {member} ? [Enter]</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/actions.py" line="172" />
      <source>Other members wait for this title ({count}): lend it to {member} anyway? [Enter]</source>
      <translation>D'autres adhérents attendent ce titre ({count}) : le prêter quand même à {member} ? [Enter]</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/actions.py" line="189" />
      <source>On loan to another member, and others wait for this title: return it first (F3)</source>
      <translation>En prêt à un autre adhérent, et d'autres attendent ce titre : enregistrez d'abord le retour (F3)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/actions.py" line="191" />
      <source>On loan to another member: return it and lend it to {member}? [Enter]</source>
      <translation>En prêt à un autre adhérent : enregistrer le retour et le prêter à {member} ? [Enter]</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/actions.py" line="210" />
      <source>{reasons}. Press Ctrl+O to override.</source>
      <translation>{reasons}. Appuyez sur Ctrl+O pour forcer.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/actions.py" line="224" />
      <source>Lent, due {due} (override: {reason})</source>
      <translation>Prêté, à rendre le {due} (forçage : {reason})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/actions.py" line="225" />
      <source>Lent, due {due}</source>
      <translation>Prêté, à rendre le {due}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/actions.py" line="231" />
      <source>Renewed for {member}, now due {due}</source>
      <translation>Prolongé pour {member}, à rendre désormais le {due}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/actions.py" line="233" />
      <source>{text}; overdue fee {amount} charged</source>
      <translation>{text} ; amende de retard de {amount} facturée</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/actions.py" line="254" />
      <source>'{title}' ({barcode}): {message}</source>
      <translation>'{title}' ({barcode}) : {message}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/actions.py" line="255" />
      <source>{barcode}: {message}</source>
      <translation>{barcode} : {message}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/actions.py" line="268" />
      <source>Put on the hold shelf for {member} ({card})</source>
      <translation>Mis sur l'étagère des réservations pour {member} ({card})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/actions.py" line="270" />
      <source>Was not on loan: back on the shelf</source>
      <translation>N'était pas en prêt : remis en rayon</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/actions.py" line="272" />
      <source>Returned by {member}, {days} days late; fee {amount} charged</source>
      <translation>Rendu par {member}, avec {days} jours de retard ; frais de {amount} facturés</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/actions.py" line="275" />
      <source>Returned by {member}; fee {amount} charged</source>
      <translation>Rendu par {member} ; frais de {amount} facturés</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/actions.py" line="278" />
      <source>Returned by {member}, {days} days late</source>
      <translation>Rendu par {member}, avec {days} jours de retard</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/actions.py" line="280" />
      <source>Returned by {member}</source>
      <translation>Rendu par {member}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/actions.py" line="286" />
      <source>{text}; it was marked lost: its lost fee of {amount} is cancelled</source>
      <translation>{text} ; il était déclaré perdu : ses frais de perte de {amount} sont retirés</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/actions.py" line="289" />
      <source>{text}; it was marked lost and {amount} was paid for it: hand {amount} back to the member</source>
      <translation>{text} ; il était déclaré perdu et {amount} ont été payés : rendez {amount} à l'adhérent</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="109" />
      <source>Open fees</source>
      <translation>Frais à régler</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="120" />
      <source>Amount received</source>
      <translation>Montant reçu</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="121" />
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="345" />
      <source>like {example}</source>
      <translation>par ex. {example}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="125" />
      <source>Amount recei&amp;ved:</source>
      <translation>&amp;Montant reçu :</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="132" />
      <source>&amp;Pay</source>
      <translation>&amp;Payer</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="134" />
      <source>Pay the chosen fees with the amount received</source>
      <translation>Payer les frais choisis avec le montant reçu</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="135" />
      <source>Print &amp;receipt…</source>
      <translation>Imprimer le &amp;reçu…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="138" />
      <source>&amp;Charge a fee…</source>
      <translation>&amp;Facturer des frais…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="141" />
      <source>Only librarians charge fees</source>
      <translation>Seuls les bibliothécaires facturent des frais</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="142" />
      <source>&amp;Waive selected…</source>
      <translation>&amp;Annuler les frais sélectionnés…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="143" />
      <source>Waive the selected fee</source>
      <translation>Annuler les frais sélectionnés</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="202" />
      <source>1 open fee</source>
      <translation>1 montant dû</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="202" />
      <source>{n} open fees</source>
      <translation>{n} montants dus</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="203" />
      <source>Open fees: {amount} ({count})</source>
      <translation>Frais à régler : {amount} ({count})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="205" />
      <source>No open fees.</source>
      <translation>Aucun frais à régler.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="222" />
      <source>Chosen: {amount}</source>
      <translation>Sélection : {amount}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="241" />
      <source>Change to give back: {amount}</source>
      <translation>Monnaie à rendre : {amount}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="243" />
      <source>Part payment: {amount} will be left to pay</source>
      <translation>Paiement partiel : il restera {amount} à payer</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="246" />
      <source>No change</source>
      <translation>Pas de monnaie à rendre</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="260" />
      <source>Choose the fees to pay in the list first</source>
      <translation>Choisissez d'abord dans la liste les frais à payer</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="262" />
      <source>the amount received</source>
      <translation>le montant reçu</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="282" />
      <source>Paid {paid}. Give back {change} change.</source>
      <translation>Payé {paid}. Rendez {change} de monnaie.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="285" />
      <source>Paid {paid}; {owed} still owed.</source>
      <translation>Payé {paid} ; reste dû {owed}.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="287" />
      <source>Paid {paid}. Nothing more is owed.</source>
      <translation>Payé {paid}. Plus rien n'est dû.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="315" />
      <source>Charged {amount}: {reason}</source>
      <translation>Frais de {amount} facturés : {reason}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="325" />
      <source>Choose one fee to waive</source>
      <translation>Choisissez un seul montant à annuler</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="328" />
      <source>Why is this fee waived? It still owes {amount}.</source>
      <translation>Pourquoi annuler ces frais ? Il reste {amount} à payer.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="329" />
      <source>Waive fee</source>
      <translation>Annuler des frais</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="342" />
      <source>Charge {member}</source>
      <translation>Facturer des frais à {member}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="344" />
      <source>Amount to charge</source>
      <translation>Montant à facturer</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="349" />
      <source>What the charge is for</source>
      <translation>Objet des frais</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="355" />
      <source>e.g. lost card, printing</source>
      <translation>par ex. carte perdue, impression</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="36" />
      <location filename="../../desktop_app/ui/members/detail.py" line="64" />
      <source>Amount</source>
      <translation>Montant</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="36" />
      <location filename="../../desktop_app/ui/members/detail.py" line="62" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="36" />
      <location filename="../../desktop_app/ui/desk/slip.py" line="169" />
      <location filename="../../desktop_app/ui/holds/model.py" line="99" />
      <source>For</source>
      <translation>Pour</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="36" />
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="210" />
      <location filename="../../desktop_app/ui/members/detail.py" line="63" />
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="36" />
      <source>Left to pay</source>
      <translation>Reste à payer</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="36" />
      <location filename="../../desktop_app/ui/desk/slip.py" line="89" />
      <source>Paid</source>
      <translation>Payé</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="360" />
      <source>&amp;Amount:</source>
      <translation>&amp;Montant :</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="361" />
      <source>&amp;For:</source>
      <translation>&amp;Objet :</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="363" />
      <source>C&amp;harge</source>
      <translation>&amp;Facturer</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="369" />
      <source>A charge for {member}, to pay at the desk.</source>
      <translation>Des frais pour {member}, à régler à la banque de prêt.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="37" />
      <source>Damaged item</source>
      <translation>Document abîmé</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="37" />
      <source>Lost card</source>
      <translation>Carte perdue</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="37" />
      <source>Photocopies</source>
      <translation>Photocopies</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="37" />
      <source>Printing</source>
      <translation>Impression</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="379" />
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="384" />
      <source>the amount to charge</source>
      <translation>le montant à facturer</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="388" />
      <source>Say what the charge is for, like “Lost card”</source>
      <translation>Indiquez l'objet des frais, par ex. « Carte perdue »</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="50" />
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="210" />
      <source>Reason</source>
      <translation>Motif</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="51" />
      <source>Reason (required)</source>
      <translation>Motif (obligatoire)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="77" />
      <source>Type {what}, like {example}</source>
      <translation>Saisissez {what}, par ex. {example}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="80" />
      <source>“{text}” is not an amount of money: type it like {example}</source>
      <translation>“{text}” n'est pas un montant : saisissez-le sous la forme {example}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="83" />
      <source>{amount} is not more than zero: type {what}</source>
      <translation>{amount} n'est pas supérieur à zéro : saisissez {what}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="85" />
      <source>{amount} is more than a desk takes: check the amount</source>
      <translation>{amount} dépasse ce qu'un poste encaisse : vérifiez le montant</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="99" />
      <source>Fees of {member}</source>
      <translation>Frais de {member}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/keys.py" line="24" />
      <source>&amp;Lend mode</source>
      <translation>Mode &amp;Prêt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/keys.py" line="24" />
      <source>Lend mode</source>
      <translation>Mode Prêt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/keys.py" line="25" />
      <source>&amp;Return mode</source>
      <translation>Mode &amp;Retour</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/keys.py" line="25" />
      <source>Return mode</source>
      <translation>Mode Retour</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/keys.py" line="26" />
      <source>Re&amp;new mode</source>
      <translation>Mode prolon&amp;gation</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/keys.py" line="26" />
      <source>Renew mode</source>
      <translation>Mode Prolongation</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/keys.py" line="27" />
      <source>&amp;Override last refusal…</source>
      <translation>&amp;Forcer le dernier refus…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/keys.py" line="27" />
      <source>Override the last refusal (librarians)</source>
      <translation>Forcer le dernier refus (bibliothécaires)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/keys.py" line="28" />
      <source>&amp;Override…</source>
      <translation>F&amp;orcer…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/keys.py" line="29" />
      <source>Rene&amp;w selected loan</source>
      <translation>Prolonger le prêt &amp;sélectionné</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/keys.py" line="29" />
      <source>Renew the selected loan</source>
      <translation>Prolonger le prêt sélectionné</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/keys.py" line="30" />
      <source>&amp;Renew selected</source>
      <translation>Prolon&amp;ger la sélection</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/keys.py" line="31" />
      <source>&amp;Fees of the member…</source>
      <translation>Frais de l'a&amp;dhérent…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/keys.py" line="31" />
      <source>Fee&amp;s…</source>
      <translation>Fra&amp;is…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/keys.py" line="31" />
      <source>Fees of the member</source>
      <translation>Frais de l'adhérent</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/keys.py" line="32" />
      <source>&amp;Slip…</source>
      <translation>&amp;Ticket…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/keys.py" line="32" />
      <source>Sli&amp;p…</source>
      <translation>&amp;Ticket…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/keys.py" line="32" />
      <source>Slip (print or PDF)</source>
      <translation>Ticket (impression ou PDF)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/keys.py" line="33" />
      <source>Slip of the &amp;previous member…</source>
      <translation>Ticket de l'adhérent pré&amp;cédent…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/keys.py" line="34" />
      <source>Slip of the member whose session the last card ended</source>
      <translation>Ticket de l'adhérent dont la session a été terminée par la dernière carte</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/keys.py" line="35" />
      <source>&amp;End member session</source>
      <translation>T&amp;erminer la session de l'adhérent</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/keys.py" line="35" />
      <source>&amp;End session</source>
      <translation>T&amp;erminer la session</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/keys.py" line="35" />
      <source>End the member's session</source>
      <translation>Terminer la session de l'adhérent</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/loans.py" line="26" />
      <location filename="../../desktop_app/ui/settings/categories.py" line="34" />
      <location filename="../../desktop_app/ui/settings/categories.py" line="46" />
      <source>Renewals</source>
      <translation>Prolongations</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/loans.py" line="64" />
      <source>{title} by {authors}</source>
      <translation>{title} de {authors}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/loans.py" line="67" />
      <source>Fine so far: {amount}, charged when it is returned or renewed</source>
      <translation>Amende à ce jour : {amount}, facturée au retour ou à la prolongation</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/loans.py" line="75" />
      <source>due {date}, {days} days overdue, fine so far {amount}</source>
      <translation>à rendre le {date}, {days} jours de retard, amende à ce jour {amount}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/loans.py" line="78" />
      <source>due {date}, {days} days overdue</source>
      <translation>à rendre le {date}, {days} jours de retard</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/loans.py" line="79" />
      <source>due {date}</source>
      <translation>à rendre le {date}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/loans.py" line="92" />
      <source>1 day late</source>
      <translation>1 jour de retard</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/loans.py" line="92" />
      <source>{days} days late</source>
      <translation>{days} jours de retard</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/loans.py" line="94" />
      <source>{date} ({days}, fine {amount})</source>
      <translation>{date} ({days}, amende {amount})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/loans.py" line="97" />
      <source>{date} (1 day late)</source>
      <translation>{date} (1 jour de retard)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/loans.py" line="98" />
      <source>{date} ({days} days late)</source>
      <translation>{date} ({days} jours de retard)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/member.py" line="102" />
      <source>{details}  ·  owes {total} so far in fines of overdue loans</source>
      <translation>{details}  ·  doit {total} à ce jour d'amendes de prêts en retard</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/member.py" line="105" />
      <source>{details}  ·  owes {amount}</source>
      <translation>{details}  ·  doit {amount}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/member.py" line="108" />
      <source>No alerts: may borrow</source>
      <translation>Aucune alerte : peut emprunter</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/member.py" line="115" />
      <source>Loans: {count} of {limit}</source>
      <translation>Prêts : {count} sur {limit}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/member.py" line="118" />
      <source>Current loans: {count}</source>
      <translation>Prêts en cours : {count}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/member.py" line="119" />
      <source>No current loans</source>
      <translation>Aucun prêt en cours</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/member.py" line="133" />
      <source>Alert: {text}</source>
      <translation>Alerte : {text}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/member.py" line="31" />
      <source>Member at the desk</source>
      <translation>Adhérent à la banque de prêt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/member.py" line="35" />
      <location filename="../../desktop_app/ui/desk/member.py" line="81" />
      <source>No member</source>
      <translation>Aucun adhérent</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/member.py" line="37" />
      <source>Member name</source>
      <translation>Nom de l'adhérent</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/member.py" line="40" />
      <location filename="../../desktop_app/ui/members/detail.py" line="74" />
      <source>Member details</source>
      <translation>Détails de l'adhérent</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/member.py" line="43" />
      <location filename="../../desktop_app/ui/desk/member.py" line="85" />
      <source>Current loans</source>
      <translation>Prêts en cours</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/member.py" line="47" />
      <source>Current loans of the member</source>
      <translation>Prêts en cours de l'adhérent</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/member.py" line="83" />
      <source>Scan a member card to lend (F2). Scanning a book without a member returns it.</source>
      <translation>Scannez une carte d'adhérent pour prêter (F2). Scanner un livre sans adhérent l'enregistre en retour.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/member.py" line="92" />
      <source>expires {date}</source>
      <translation>expire le {date}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/member.py" line="93" />
      <source>no expiry</source>
      <translation>sans expiration</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/member.py" line="94" />
      <source>Card {card}  ·  {category}  ·  {expiry}</source>
      <translation>Carte {card}  ·  {category}  ·  {expiry}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/member.py" line="97" />
      <source>{details}  ·  owes {total} so far ({fees} in fees, {fines} in fines of overdue loans)</source>
      <translation>{details}  ·  doit {total} à ce jour ({fees} de frais, {fines} d'amendes de prêts en retard)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/mode.py" line="12" />
      <location filename="../../desktop_app/ui/desk/session_list.py" line="27" />
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="36" />
      <source>Lend</source>
      <translation>Prêt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/mode.py" line="12" />
      <location filename="../../desktop_app/ui/desk/session_list.py" line="27" />
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="36" />
      <source>Return</source>
      <translation>Retour</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/mode.py" line="13" />
      <location filename="../../desktop_app/ui/desk/session_list.py" line="27" />
      <source>Renew</source>
      <translation>Prolongation</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/mode.py" line="24" />
      <source>Desk mode</source>
      <translation>Mode de la banque de prêt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/mode.py" line="38" />
      <source>{mode}  ({key})</source>
      <translation>{mode}  ({key})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/mode.py" line="41" />
      <source>{mode} mode, key {key}</source>
      <translation>Mode {mode}, touche {key}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/mode.py" line="42" />
      <source>{mode} mode ({key})</source>
      <translation>Mode {mode} ({key})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/session_list.py" line="49" />
      <source>Mode</source>
      <translation>Mode</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/session_list.py" line="49" />
      <source>Result</source>
      <translation>Résultat</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/session_list.py" line="49" />
      <source>Time</source>
      <translation>Heure</translation>
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
      <translation>Carte {card}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/slip.py" line="123" />
      <source>Thank you for visiting. Served by {staff}.</source>
      <translation>Merci de votre visite. Accueil assuré par {staff}.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/slip.py" line="124" />
      <source>Thank you for visiting.</source>
      <translation>Merci de votre visite.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/slip.py" line="133" />
      <location filename="../../desktop_app/ui/members/detail.py" line="49" />
      <source>Borrowed</source>
      <translation>Prêt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/slip.py" line="141" />
      <location filename="../../desktop_app/ui/members/detail.py" line="53" />
      <source>Returned</source>
      <translation>Retour</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/slip.py" line="147" />
      <source>No items in this visit.</source>
      <translation>Aucun document lors de ce passage.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/slip.py" line="155" />
      <source>Fee</source>
      <translation>Frais</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/slip.py" line="155" />
      <source>Paid now</source>
      <translation>Payé ce jour</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/slip.py" line="168" />
      <source>ON HOLD</source>
      <translation>RÉSERVÉ</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/slip.py" line="173" />
      <source>Keep until</source>
      <translation>À conserver jusqu'au</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/slip.py" line="219" />
      <source>{slip} {member}</source>
      <translation>{slip} {member}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/slip.py" line="234" />
      <source>Slip preview</source>
      <translation>Aperçu du ticket</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/slip.py" line="236" />
      <source>Paper size</source>
      <translation>Format du papier</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/slip.py" line="241" />
      <source>&amp;Print…</source>
      <translation>&amp;Imprimer…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/slip.py" line="243" />
      <source>Save as P&amp;DF…</source>
      <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/slip.py" line="250" />
      <source>P&amp;aper:</source>
      <translation>P&amp;apier :</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/slip.py" line="281" />
      <source>Save slip as PDF</source>
      <translation>Enregistrer le ticket en PDF</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/slip.py" line="282" />
      <location filename="../../desktop_app/ui/interchange/printing.py" line="67" />
      <source>PDF files (*.pdf)</source>
      <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/slip.py" line="38" />
      <source>80 mm receipt</source>
      <translation>Ticket 80 mm</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/slip.py" line="38" />
      <source>Letter</source>
      <translation>Lettre US</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/slip.py" line="42" />
      <source>Hold slip</source>
      <translation>Ticket de réservation</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/slip.py" line="42" />
      <location filename="../../desktop_app/ui/desk/slip.py" line="153" />
      <source>Receipt</source>
      <translation>Reçu</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/slip.py" line="42" />
      <source>Slip</source>
      <translation>Ticket</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/slip.py" line="43" />
      <source>Lost item</source>
      <translation>Document perdu</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/slip.py" line="43" />
      <source>Overdue fine</source>
      <translation>Amende de retard</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/slip.py" line="44" />
      <source>Charge</source>
      <translation>Frais divers</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/slip.py" line="75" />
      <source>{kind}: {note} ({date})</source>
      <translation>{kind} : {note} ({date})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/slip.py" line="76" />
      <source>{kind} ({date})</source>
      <translation>{kind} ({date})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/slip.py" line="87" />
      <source>{fee}; {left} left to pay</source>
      <translation>{fee} ; reste {left} à payer</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/slip.py" line="89" />
      <source>Received</source>
      <translation>Montant reçu</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/slip.py" line="90" />
      <source>Change</source>
      <translation>Monnaie rendue</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/slip.py" line="90" />
      <source>Still owed</source>
      <translation>Reste dû</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/tab.py" line="107" />
      <source>Barcode: scan a member card or a book</source>
      <translation>Code-barres : scannez une carte d'adhérent ou un livre</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/tab.py" line="108" />
      <source>Scan a member card or a book, or type the barcode and press Enter</source>
      <translation>Scannez une carte d'adhérent ou un livre, ou saisissez le code-barres et appuyez sur Enter</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/tab.py" line="113" />
      <source>Ready. Scan a member card to lend, or a book to return it.</source>
      <translation>Tout est prêt. Scannez une carte d'adhérent pour prêter, ou un livre pour l'enregistrer en retour.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/tab.py" line="114" />
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="114" />
      <source>Result of the last scan</source>
      <translation>Résultat du dernier scan</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/tab.py" line="123" />
      <source>Scans of this session</source>
      <translation>Scans de cette session</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/tab.py" line="138" />
      <source>This session</source>
      <translation>Cette session</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/tab.py" line="174" />
      <source>{label}  [{key}]</source>
      <translation>{label}  [{key}]</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/tab.py" line="176" />
      <source>{label}, key {key}</source>
      <translation>{label}, touche {key}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/tab.py" line="215" />
      <source>Ignored a second scan of {code} within 2 seconds</source>
      <translation>Second scan de {code} ignoré (moins de 2 secondes)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/tab.py" line="262" />
      <source>{member}: {alerts}</source>
      <translation>{member} : {alerts}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/tab.py" line="266" />
      <source>{member}: scan books to lend</source>
      <translation>{member} : scannez les livres à prêter</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/tab.py" line="268" />
      <source>Session of {member} ended: {key} prints their slip</source>
      <translation>Session de {member} terminée : {key} imprime son ticket</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/tab.py" line="288" />
      <source>Put on the hold shelf for {member}. {key} prints its hold slip.</source>
      <translation>Mis sur l'étagère des réservations pour {member}. {key} imprime son ticket de réservation.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/tab.py" line="302" />
      <source>There is no refusal to override</source>
      <translation>Aucun refus à forcer</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/tab.py" line="305" />
      <source>Only a librarian or admin may override</source>
      <translation>Seul un bibliothécaire ou un administrateur peut forcer</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/tab.py" line="308" />
      <source>Why should {code} be lent despite the refusal? The reason is recorded.</source>
      <translation>Pourquoi prêter {code} malgré le refus ? Le motif est enregistré.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/tab.py" line="309" />
      <source>Why should {code} be renewed despite the refusal? The reason is recorded.</source>
      <translation>Pourquoi prolonger {code} malgré le refus ? Le motif est enregistré.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/tab.py" line="310" />
      <location filename="../../desktop_app/ui/holds/tab.py" line="277" />
      <source>Override</source>
      <translation>Forçage</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/tab.py" line="330" />
      <source>Select a loan to renew (Up and Down keys), or press F4 and scan the book</source>
      <translation>Sélectionnez un prêt à prolonger (flèches haut et bas), ou appuyez sur F4 et scannez le livre</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/tab.py" line="338" />
      <source>Scan a member card first to see their fees</source>
      <translation>Scannez d'abord une carte d'adhérent pour voir ses frais</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/tab.py" line="372" />
      <source>There is no slip of a previous member in this desk session</source>
      <translation>Aucun ticket d'un adhérent précédent dans cette session du poste</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/tab.py" line="387" />
      <source>Session of {member} ended. Next, please.</source>
      <translation>Session de {member} terminée. Adhérent suivant, s'il vous plaît.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/tab.py" line="388" />
      <source>Session cleared.</source>
      <translation>Session effacée.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/tab.py" line="61" />
      <source>Lend mode: scan a member card, then their books</source>
      <translation>Mode Prêt : scannez une carte d'adhérent, puis ses livres</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/tab.py" line="62" />
      <source>Return mode: scan the books that come back</source>
      <translation>Mode Retour : scannez les livres rendus</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/tab.py" line="63" />
      <source>Renew mode: scan the books to renew</source>
      <translation>Mode Prolongation : scannez les livres à prolonger</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/model.py" line="100" />
      <source>Waiting since</source>
      <translation>En attente depuis le</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/model.py" line="102" />
      <source>Copies on the shelf</source>
      <translation>Exemplaires en rayon</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/model.py" line="103" />
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="210" />
      <source>Where</source>
      <translation>Emplacement</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/model.py" line="17" />
      <source>cancelled</source>
      <translation>annulée</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/model.py" line="17" />
      <source>fulfilled</source>
      <translation>satisfaite</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/model.py" line="17" />
      <location filename="../../desktop_app/ui/holds/model.py" line="81" />
      <source>ready</source>
      <translation>disponible</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/model.py" line="17" />
      <source>waiting</source>
      <translation>en attente</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/model.py" line="18" />
      <source>expired</source>
      <translation>expirée</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/model.py" line="42" />
      <source>expired {days} d ago</source>
      <translation>expirée depuis {days} j</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/model.py" line="44" />
      <source>last day</source>
      <translation>dernier jour</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/model.py" line="45" />
      <source>{days} d</source>
      <translation>{days} j</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/model.py" line="64" />
      <location filename="../../desktop_app/ui/holds/model.py" line="87" />
      <location filename="../../desktop_app/ui/members/detail.py" line="59" />
      <source>Pickup by</source>
      <translation>Retrait avant le</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/model.py" line="66" />
      <source>Left</source>
      <translation>Reste</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/model.py" line="68" />
      <location filename="../../desktop_app/ui/holds/model.py" line="83" />
      <location filename="../../desktop_app/ui/notices/tab.py" line="52" />
      <source>Member</source>
      <translation>Adhérent</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/model.py" line="69" />
      <location filename="../../desktop_app/ui/holds/model.py" line="84" />
      <location filename="../../desktop_app/ui/members/model.py" line="31" />
      <source>Card</source>
      <translation>Carte</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/model.py" line="71" />
      <location filename="../../desktop_app/ui/reports/overdue.py" line="26" />
      <source>Copy</source>
      <translation>Exemplaire</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/model.py" line="81" />
      <location filename="../../desktop_app/ui/sync/exceptions_model.py" line="60" />
      <source>#</source>
      <translation>N°</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/model.py" line="85" />
      <source>Placed</source>
      <translation>Réservé le</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="113" />
      <source>Holds to fill from the shelves: fetch the copy, scan it in</source>
      <translation>Réservations à satisfaire depuis les rayons : allez chercher l'exemplaire, puis scannez-le</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="116" />
      <source>To fetch from the shelves — scan the copy above to put it on the hold shelf</source>
      <translation>À chercher dans les rayons — scannez l'exemplaire ci-dessus pour le mettre sur l'étagère des réservations</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="149" />
      <source>{waiting} waiting · {soon} expiring today or tomorrow · {late} past the deadline (use Expire uncollected)</source>
      <translation>{waiting} en attente · {soon} expirent aujourd'hui ou demain · {late} hors délai (utilisez « Expirer les non retirées »)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="177" />
      <source>Expired {count} holds: {names} and {more} more</source>
      <translation>{count} réservations expirées : {names} et {more} autres</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="180" />
      <source>Expired {count} holds: {names}</source>
      <translation>{count} réservations expirées : {names}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="182" />
      <source>No uncollected holds to expire</source>
      <translation>Aucune réservation non retirée à faire expirer</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="193" />
      <source>Choose the hold to cancel first</source>
      <translation>Choisissez d'abord la réservation à annuler</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="198" />
      <source>Cancel hold</source>
      <translation>Annuler la réservation</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="199" />
      <source>Cancel the hold of {member} on '{title}'?</source>
      <translation>Annuler la réservation de {member} sur '{title}' ?</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="200" />
      <source>&amp;Keep the hold</source>
      <translation>&amp;Conserver la réservation</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="200" />
      <source>Cancel the &amp;hold</source>
      <translation>Annuler la &amp;réservation</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="205" />
      <source>Cancelled the hold of {member}</source>
      <translation>Réservation de {member} annulée</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="222" />
      <source>{title} — {authors} ({year})</source>
      <translation>{title} — {authors} ({year})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="223" />
      <source>n.d.</source>
      <translation>s.d.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="234" />
      <source>No book found</source>
      <translation>Aucun livre trouvé</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="253" />
      <source>Find and choose a book first</source>
      <translation>Cherchez et choisissez d'abord un livre</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="255" />
      <source>Card number of the member who wants
{book}:</source>
      <translation>Numéro de carte de l'adhérent qui souhaite
{book} :</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="256" />
      <source>Place hold</source>
      <translation>Réserver</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="263" />
      <source>Hold placed for {member}: number {position} in line</source>
      <translation>Réservation enregistrée pour {member} : n° {position} dans la file</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="266" />
      <source>Hold placed for {member}: ready</source>
      <translation>Réservation enregistrée pour {member} : disponible</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="276" />
      <source>{refusal}

Place the hold anyway? Reason:</source>
      <translation>{refusal}

Réserver quand même ? Motif :</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="282" />
      <source>Hold placed for {member} (override)</source>
      <translation>Réservation enregistrée pour {member} (forçage)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="50" />
      <source>Hold shelf: copies waiting for pickup</source>
      <translation>Étagère des réservations : exemplaires en attente de retrait</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="60" />
      <source>Scan a returned copy to check it in</source>
      <translation>Scannez un exemplaire rendu pour enregistrer son retour</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="61" />
      <source>Scan a returned copy to check it in (fills the next hold)</source>
      <translation>Scannez un exemplaire rendu pour enregistrer son retour (satisfait la réservation suivante)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="67" />
      <source>&amp;Cancel hold…</source>
      <translation>&amp;Annuler la réservation…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="69" />
      <source>E&amp;xpire uncollected</source>
      <translation>&amp;Expirer les non retirées</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="70" />
      <source>Close ready holds whose pickup deadline has passed; each copy goes to the next in line</source>
      <translation>Clôturer les réservations disponibles dont le délai de retrait est dépassé ; chaque exemplaire passe au suivant dans la file</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="71" />
      <source>Hold shelf — ready for pickup</source>
      <translation>Étagère des réservations — à retirer</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="84" />
      <source>Find a book by title, author, ISBN or copy barcode</source>
      <translation>Trouver un livre par titre, auteur, ISBN ou code-barres d'exemplaire</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="85" />
      <source>Find a book: title, author, ISBN or a copy's barcode, then Enter</source>
      <translation>Trouver un livre : titre, auteur, ISBN ou code-barres d'un exemplaire, puis Enter</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="93" />
      <source>Waiting line for the chosen book</source>
      <translation>File d'attente du livre choisi</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="96" />
      <source>&amp;Place hold…</source>
      <translation>Réser&amp;ver…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="97" />
      <source>Ca&amp;ncel hold…</source>
      <translation>Ann&amp;uler la réservation…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="99" />
      <source>Waiting line for a book</source>
      <translation>File d'attente d'un livre</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="100" />
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="197" />
      <source>Already there</source>
      <translation>Déjà présentes</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="102" />
      <source>&amp;Problems report</source>
      <translation>&amp;Rapport des problèmes</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="104" />
      <source>&amp;Dry run first</source>
      <translation>&amp;Simuler d'abord</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="105" />
      <source>&amp;Import</source>
      <translation>&amp;Importer</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="132" />
      <source>Choose the file to import</source>
      <translation>Choisissez le fichier à importer</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="135" />
      <source>There is no file {path}</source>
      <translation>Le fichier {path} n'existe pas</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="140" />
      <source>problems report</source>
      <translation>le rapport des problèmes</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="163" />
      <source>Checking {file}…</source>
      <translation>Vérification de {file}…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="163" />
      <source>Importing {file}…</source>
      <translation>Import de {file}…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="164" />
      <source>Dry run</source>
      <translation>Simulation</translation>
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
      <translation>Simulation terminée</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="186" />
      <source>Import finished</source>
      <translation>Import terminé</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="187" />
      <source>Nothing was imported</source>
      <translation>Rien n'a été importé</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="191" />
      <source>What a real import would do:</source>
      <translation>Ce que ferait un véritable import :</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="192" />
      <source>What the file holds (nothing was written):</source>
      <translation>Contenu du fichier (rien n'a été écrit) :</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="196" />
      <source>New</source>
      <translation>Nouvelles</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="196" />
      <source>Updated</source>
      <translation>Mises à jour</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="197" />
      <source>Bad</source>
      <translation>Erronées</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="199" />
      <source>Copies new</source>
      <translation>Nouveaux exemplaires</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="199" />
      <source>Copies updated</source>
      <translation>Exemplaires mis à jour</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="209" />
      <source>Problems found in the file</source>
      <translation>Problèmes trouvés dans le fichier</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="228" />
      <source>Showing the first {shown} of {total} problems.</source>
      <translation>Affichage des {shown} premiers problèmes sur {total}.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="230" />
      <source>All problems are in {path}</source>
      <translation>Tous les problèmes figurent dans {path}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="231" />
      <source>No report file was asked for.</source>
      <translation>Aucun fichier de rapport n'a été demandé.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="232" />
      <source>No problems were found.</source>
      <translation>Aucun problème trouvé.</translation>
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
      <translation>Contenu à exporter</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="268" />
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="74" />
      <source>All files (*)</source>
      <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="268" />
      <source>Export to</source>
      <translation>Exporter vers</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="268" />
      <source>File to write</source>
      <translation>Fichier à écrire</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="272" />
      <source>Members and loans hold personal data: librarians and admins only. Keep such files safe.</source>
      <translation>Les adhérents et les prêts contiennent des données personnelles : réservé aux bibliothécaires et administrateurs. Conservez ces fichiers en lieu sûr.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="275" />
      <source>&amp;What</source>
      <translation>&amp;Contenu</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="276" />
      <source>&amp;Save as</source>
      <translation>Enregistrer &amp;sous</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="278" />
      <source>&amp;Export</source>
      <translation>&amp;Exporter</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="299" />
      <source>export</source>
      <translation>le fichier d'export</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="310" />
      <source>Writing {file}…</source>
      <translation>Écriture de {file}…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="319" />
      <source>Wrote {count} rows to {path}.</source>
      <translation>{count} lignes écrites dans {path}.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="321" />
      <source>{count} titles could not be written in MARC21 (a field is too long):</source>
      <translation>{count} titres n'ont pas pu être écrits en MARC21 (un champ est trop long) :</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="323" />
      <source>Exported {count} rows to {file}</source>
      <translation>{count} lignes exportées vers {file}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="325" />
      <source>Export finished</source>
      <translation>Export terminé</translation>
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
      <translation>Tableur de livres (CSV)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="46" />
      <source>Spreadsheet of members (CSV)</source>
      <translation>Tableur d'adhérents (CSV)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="48" />
      <source>Catalogue, one row per title (CSV)</source>
      <translation>Catalogue, une ligne par titre (CSV)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="49" />
      <source>Copies (CSV)</source>
      <translation>Exemplaires (CSV)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="49" />
      <source>Members (CSV)</source>
      <translation>Adhérents (CSV)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="50" />
      <source>Loans (CSV)</source>
      <translation>Prêts (CSV)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="50" />
      <source>Overdue list (CSV)</source>
      <translation>Liste des retards (CSV)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="51" />
      <source>Catalogue as MARC21 (.mrc)</source>
      <translation>Catalogue en MARC21 (.mrc)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="52" />
      <source>Catalogue as MARCXML (.xml)</source>
      <translation>Catalogue en MARCXML (.xml)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="54" />
      <location filename="../../desktop_app/ui/sync/texts.py" line="38" />
      <source>error</source>
      <translation>erreur</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="54" />
      <source>warning</source>
      <translation>avertissement</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="71" />
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="73" />
      <source>Import records</source>
      <translation>Importer des notices</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="72" />
      <source>File to import</source>
      <translation>Fichier à importer</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="74" />
      <source>Records (*.mrc *.marc *.dat *.iso *.xml *.csv *.tsv *.txt)</source>
      <translation>Notices (*.mrc *.marc *.dat *.iso *.xml *.csv *.tsv *.txt)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="77" />
      <source>Format</source>
      <translation>Format</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="78" />
      <source>Recognise from the file</source>
      <translation>Reconnaître d'après le fichier</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="81" />
      <source>&amp;Skip records already in the library</source>
      <translation>I&amp;gnorer les notices déjà présentes dans la bibliothèque</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="82" />
      <source>&amp;Update them from the file</source>
      <translation>&amp;Mettre à jour depuis le fichier</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="90" />
      <source>Import the good records even if some are bad</source>
      <translation>Importer les notices valides même si certaines sont erronées</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="91" />
      <source>Problems report file</source>
      <translation>Fichier du rapport des problèmes</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="92" />
      <location filename="../../desktop_app/ui/settings/audit.py" line="52" />
      <source>CSV files (*.csv)</source>
      <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="92" />
      <source>Save the problems report</source>
      <translation>Enregistrer le rapport des problèmes</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="93" />
      <source>All or nothing: unless you tick the box above, one bad record means nothing is imported. A dry run reads the whole file and changes nothing.</source>
      <translation>Tout ou rien : sauf si vous cochez la case ci-dessus, une seule notice erronée et rien n'est importé. Une simulation lit tout le fichier sans rien modifier.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="98" />
      <location filename="../../desktop_app/ui/shell/main_window.py" line="184" />
      <source>&amp;File</source>
      <translation>&amp;Fichier</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="99" />
      <source>F&amp;ormat</source>
      <translation>F&amp;ormat</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="102" />
      <source>PDF</source>
      <translation>le PDF</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="123" />
      <source>Print it at 100% (actual size) on the sheets.</source>
      <translation>Imprimez-le à 100 % (taille réelle) sur les planches.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="124" />
      <source>PDF ready</source>
      <translation>PDF prêt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="141" />
      <source>Print labels</source>
      <translation>Imprimer des étiquettes</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="148" />
      <source>Added since</source>
      <translation>Ajoutés depuis le</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="151" />
      <source>First barcode</source>
      <translation>Premier code-barres</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="154" />
      <source>Last barcode</source>
      <translation>Dernier code-barres</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="158" />
      <source>Copies added since</source>
      <translation>Exemplaires ajoutés depuis le</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="159" />
      <source>Barcodes from</source>
      <translation>Codes-barres de</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="160" />
      <source>Every copy of the titles found by the search “{search}”</source>
      <translation>Tous les exemplaires des titres trouvés par la recherche “{search}”</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="161" />
      <source>Every copy found by the catalog search (type a search first)</source>
      <translation>Tous les exemplaires trouvés par la recherche dans le catalogue (lancez d'abord une recherche)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="186" />
      <source>The copies of the chosen book</source>
      <translation>Les exemplaires du livre choisi</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="188" />
      <source>The copies of “{title}” (it has none)</source>
      <translation>Les exemplaires de “{title}” (aucun exemplaire)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="190" />
      <source>The one copy of “{title}”</source>
      <translation>L'unique exemplaire de “{title}”</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="191" />
      <source>The {count} copies of “{title}”</source>
      <translation>Les {count} exemplaires de “{title}”</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="196" />
      <source>Made the PDF of 1 label on 1 page: {path}</source>
      <translation>PDF créé avec 1 étiquette sur 1 page : {path}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="198" />
      <source>Made the PDF of {count} labels on 1 page: {path}</source>
      <translation>PDF créé avec {count} étiquettes sur 1 page : {path}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="199" />
      <source>Made the PDF of {count} labels on {pages} pages: {path}</source>
      <translation>PDF créé avec {count} étiquettes sur {pages} pages : {path}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="216" />
      <source>Type the first and the last barcode of the range</source>
      <translation>Saisissez le premier et le dernier code-barres de la plage</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="236" />
      <source>Print member cards</source>
      <translation>Imprimer des cartes d'adhérent</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="241" />
      <source>1 card</source>
      <translation>1 carte</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="241" />
      <source>{count} cards</source>
      <translation>{count} cartes</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="248" />
      <source>Made the PDF of 1 member card on 1 page: {path}</source>
      <translation>PDF créé avec 1 carte d'adhérent sur 1 page : {path}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="250" />
      <source>Made the PDF of {count} member cards on 1 page: {path}</source>
      <translation>PDF créé avec {count} cartes d'adhérent sur 1 page : {path}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="251" />
      <source>Made the PDF of {count} member cards on {pages} pages: {path}</source>
      <translation>PDF créé avec {count} cartes d'adhérent sur {pages} pages : {path}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="256" />
      <source>Choose one or more members first</source>
      <translation>Choisissez d'abord un ou plusieurs adhérents</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="58" />
      <source>Sheet</source>
      <translation>Planche</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="60" />
      <source>{sheet}  ({count} per page)</source>
      <translation>{sheet}  ({count} par page)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="63" />
      <source>Used positions to skip</source>
      <translation>Positions déjà utilisées à sauter</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="64" />
      <source>used positions</source>
      <translation>positions utilisées</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="67" />
      <source>PDF file</source>
      <translation>Fichier PDF</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="67" />
      <source>Save as PDF</source>
      <translation>Enregistrer en PDF</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="69" />
      <source>&amp;Open the folder of the PDF afterwards</source>
      <translation>&amp;Ouvrir ensuite le dossier du PDF</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="72" />
      <source>&amp;Make PDF</source>
      <translation>&amp;Créer le PDF</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="81" />
      <source>S&amp;heet</source>
      <translation>&amp;Planche</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="82" />
      <source>S&amp;kip</source>
      <translation>&amp;Sauter</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="83" />
      <source>&amp;PDF file</source>
      <translation>&amp;Fichier PDF</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/widgets.py" line="102" />
      <source>{size} KB</source>
      <translation>{size} Ko</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/widgets.py" line="103" />
      <location filename="../../desktop_app/ui/settings/backups.py" line="45" />
      <source>{size} MB</source>
      <translation>{size} Mo</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/widgets.py" line="149" />
      <source>Cancelling… the library is being put back as it was.</source>
      <translation>Annulation… la bibliothèque est remise dans son état précédent.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/widgets.py" line="160" />
      <source>{done} of {total} read</source>
      <translation>{done} sur {total} lus</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/widgets.py" line="162" />
      <source>{done} of {total} notices</source>
      <translation>{done} avis sur {total}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/widgets.py" line="164" />
      <source>{done} of {total} written</source>
      <translation>{done} sur {total} écrits</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/widgets.py" line="166" />
      <source>{count} records</source>
      <translation>{count} notices</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/widgets.py" line="188" />
      <source>Choose where to save the {what}</source>
      <translation>Choisissez où enregistrer {what}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/widgets.py" line="191" />
      <source>The folder {folder} for the {what} does not exist</source>
      <translation>Le dossier {folder} prévu pour {what} n'existe pas</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/widgets.py" line="194" />
      <source>{path} is a folder; give a file name for the {what}</source>
      <translation>{path} est un dossier ; indiquez un nom de fichier pour {what}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/widgets.py" line="197" />
      <source>Library Desk may not write in {folder}; choose another folder for the {what}</source>
      <translation>Library Desk ne peut pas écrire dans {folder} ; choisissez un autre dossier pour {what}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/widgets.py" line="78" />
      <source>Choose…</source>
      <translation>Choisir…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/widgets.py" line="80" />
      <source>Choose: {field}</source>
      <translation>Choisir : {field}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/detail.py" line="124" />
      <source>no email or phone</source>
      <translation>ni e-mail ni téléphone</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/detail.py" line="126" />
      <source>{category} member since {joined}, expires {expires}</source>
      <translation>Catégorie {category}, adhérent depuis le {joined}, expire le {expires}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/detail.py" line="129" />
      <source>{category} member since {joined}, never expires</source>
      <translation>Catégorie {category}, adhérent depuis le {joined}, sans expiration</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/detail.py" line="134" />
      <source>Self-service PIN not set</source>
      <translation>Code PIN libre-service non défini</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/detail.py" line="134" />
      <source>Self-service PIN set</source>
      <translation>Code PIN libre-service défini</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/detail.py" line="135" />
      <source>{pin} · owes {amount}</source>
      <translation>{pin} · doit {amount}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/detail.py" line="138" />
      <source>Notes: {notes}</source>
      <translation>Notes : {notes}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/detail.py" line="23" />
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="45" />
      <source>lost</source>
      <translation>perte</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/detail.py" line="23" />
      <source>manual</source>
      <translation>divers</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/detail.py" line="23" />
      <source>overdue</source>
      <translation>retard</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/detail.py" line="26" />
      <location filename="../../desktop_app/ui/settings/categories.py" line="45" />
      <source>Loans</source>
      <translation>Prêts</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/detail.py" line="26" />
      <source>Loans ({count})</source>
      <translation>Prêts ({count})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/detail.py" line="26" />
      <source>Member's loans</source>
      <translation>Prêts de l'adhérent</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/detail.py" line="27" />
      <source>History</source>
      <translation>Historique</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/detail.py" line="27" />
      <source>History ({count})</source>
      <translation>Historique ({count})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/detail.py" line="27" />
      <source>Member's history</source>
      <translation>Historique de l'adhérent</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/detail.py" line="28" />
      <location filename="../../desktop_app/ui/settings/categories.py" line="47" />
      <location filename="../../desktop_app/ui/shell/main_window.py" line="60" />
      <source>Holds</source>
      <translation>Réservations</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/detail.py" line="28" />
      <source>Holds ({count})</source>
      <translation>Réservations ({count})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/detail.py" line="28" />
      <source>Member's holds</source>
      <translation>Réservations de l'adhérent</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/detail.py" line="29" />
      <source>Fees</source>
      <translation>Frais</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/detail.py" line="29" />
      <source>Fees ({count})</source>
      <translation>Frais ({count})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/detail.py" line="29" />
      <source>Member's fees</source>
      <translation>Frais de l'adhérent</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/detail.py" line="53" />
      <source>not yet</source>
      <translation>pas encore</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/detail.py" line="58" />
      <source>Ready for pickup</source>
      <translation>À retirer</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/detail.py" line="58" />
      <source>Waiting</source>
      <translation>En attente</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/detail.py" line="65" />
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="172" />
      <location filename="../../desktop_app/ui/sync/exceptions_model.py" line="51" />
      <source>open</source>
      <translation>en attente</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/detail.py" line="65" />
      <source>paid</source>
      <translation>payé</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/detail.py" line="65" />
      <source>waived</source>
      <translation>annulé</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/detail.py" line="66" />
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="43" />
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/detail.py" line="77" />
      <location filename="../../desktop_app/ui/members/detail.py" line="116" />
      <source>Choose a member</source>
      <translation>Choisissez un adhérent</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/dialog.py" line="133" />
      <source>A PIN is 4 to 12 digits</source>
      <translation>Un code PIN compte 4 à 12 chiffres</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/dialog.py" line="153" />
      <source>Saved member {card}</source>
      <translation>Adhérent {card} enregistré</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/dialog.py" line="45" />
      <source>Edit {name}</source>
      <translation>Modifier {name}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/dialog.py" line="45" />
      <source>New member</source>
      <translation>Nouvel adhérent</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/dialog.py" line="49" />
      <source>&amp;First name</source>
      <translation>&amp;Prénom</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/dialog.py" line="50" />
      <source>&amp;Last name *</source>
      <translation>&amp;Nom *</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/dialog.py" line="51" />
      <source>&amp;Card number</source>
      <translation>Numéro de &amp;carte</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/dialog.py" line="52" />
      <source>leave empty to generate one</source>
      <translation>laisser vide pour en générer un</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/dialog.py" line="53" />
      <source>&amp;Email</source>
      <translation>&amp;E-mail</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/dialog.py" line="54" />
      <source>&amp;Phone</source>
      <translation>&amp;Téléphone</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/dialog.py" line="58" />
      <source>&amp;Address</source>
      <translation>&amp;Adresse</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/dialog.py" line="62" />
      <source>Cate&amp;gory</source>
      <translation>Caté&amp;gorie</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/dialog.py" line="63" />
      <source>Membership &amp;expires on</source>
      <translation>L'adhésion e&amp;xpire le</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/dialog.py" line="70" />
      <source>Membership expiry date</source>
      <translation>Date d'expiration de l'adhésion</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/dialog.py" line="72" />
      <source>Self-service P&amp;IN</source>
      <translation>Code P&amp;IN libre-service</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/dialog.py" line="74" />
      <source>4 to 12 digits; empty keeps the current one</source>
      <translation>4 à 12 chiffres ; vide : le code actuel est conservé</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/dialog.py" line="75" />
      <source>4 to 12 digits</source>
      <translation>4 à 12 chiffres</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/model.py" line="26" />
      <source>Expired</source>
      <translation>Expiré</translation>
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
      <translation>jamais</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/model.py" line="35" />
      <source>Standing</source>
      <translation>Situation</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/privacy.py" line="100" />
      <source>Keep</source>
      <translation>Conserver</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/privacy.py" line="109" />
      <source>Cannot delete member</source>
      <translation>Impossible de supprimer l'adhérent</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/privacy.py" line="109" />
      <source>{name} (card {card}) cannot be deleted yet.</source>
      <translation>{name} (carte {card}) ne peut pas encore être supprimé.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/privacy.py" line="116" />
      <source>Deleted {name} (card {card})</source>
      <translation>{name} (carte {card}) supprimé</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/privacy.py" line="23" />
      <source>{member} still has {count} items on loan: check them in first.</source>
      <translation>{member} a encore {count} documents en prêt : enregistrez-en d'abord le retour.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/privacy.py" line="24" />
      <source>{member} still has 1 item on loan: check it in first.</source>
      <translation>{member} a encore 1 document en prêt : enregistrez-en d'abord le retour.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/privacy.py" line="25" />
      <source>{member} still owes {amount}: take the payment or waive the fees first.</source>
      <translation>{member} doit encore {amount} : encaissez d'abord le paiement ou annulez les frais.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/privacy.py" line="49" />
      <source>Export the member's data</source>
      <translation>Exporter les données de l'adhérent</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/privacy.py" line="49" />
      <source>JSON file (*.json);;PDF file (*.pdf)</source>
      <translation>Fichier JSON (*.json);;Fichier PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/privacy.py" line="67" />
      <source>Data exported</source>
      <translation>Données exportées</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/privacy.py" line="67" />
      <source>The data of {name} ({loans} loans, {holds} holds, {fees} fees, {notices} notices) is in {path}</source>
      <translation>Les données de {name} ({loans} prêts, {holds} réservations, {fees} frais, {notices} avis) sont dans {path}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/privacy.py" line="72" />
      <source>Exported the data of {card}</source>
      <translation>Données de {card} exportées</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/privacy.py" line="86" />
      <source>Delete {name} (card {card})?</source>
      <translation>Supprimer {name} (carte {card}) ?</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/privacy.py" line="87" />
      <source>Their loans, holds and fees stay in the library's history without their name; this cannot be undone.</source>
      <translation>Ses prêts, réservations et frais restent dans l'historique de la bibliothèque sans son nom ; c'est irréversible.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/privacy.py" line="90" />
      <source>Their hold will be cancelled.</source>
      <translation>Sa réservation sera annulée.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/privacy.py" line="92" />
      <source>Their {count} holds will be cancelled.</source>
      <translation>Ses {count} réservations seront annulées.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/privacy.py" line="94" />
      <source>Delete member</source>
      <translation>Supprimer l'adhérent</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/privacy.py" line="98" />
      <source>Delete</source>
      <translation>Supprimer</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/tab.py" line="120" />
      <source>{count} members</source>
      <translation>{count} adhérents</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/tab.py" line="121" />
      <source>1 member</source>
      <translation>1 adhérent</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/tab.py" line="203" />
      <source>Block member</source>
      <translation>Bloquer l'adhérent</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/tab.py" line="203" />
      <source>Why is {card} blocked?</source>
      <translation>Pourquoi bloquer la carte {card} ?</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/tab.py" line="206" />
      <source>Blocked {card}</source>
      <translation>Carte {card} bloquée</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/tab.py" line="212" />
      <source>Unblock member</source>
      <translation>Débloquer l'adhérent</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/tab.py" line="213" />
      <source>Why is {card} unblocked? (optional)</source>
      <translation>Pourquoi débloquer la carte {card} ? (facultatif)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/tab.py" line="216" />
      <source>Unblocked {card}</source>
      <translation>Carte {card} débloquée</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/tab.py" line="222" />
      <source>Renewed the membership of {card}</source>
      <translation>Adhésion de {card} renouvelée</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/tab.py" line="44" />
      <source>Search members</source>
      <translation>Rechercher des adhérents</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/tab.py" line="45" />
      <source>Search name, card number, email or phone…   ({shortcut})</source>
      <translation>Rechercher par nom, numéro de carte, e-mail ou téléphone…   ({shortcut})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/tab.py" line="52" />
      <location filename="../../desktop_app/ui/reports/tab.py" line="39" />
      <location filename="../../desktop_app/ui/shell/main_window.py" line="59" />
      <source>Members</source>
      <translation>Adhérents</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/tab.py" line="65" />
      <source>&amp;New member</source>
      <translation>&amp;Nouvel adhérent</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/tab.py" line="66" />
      <source>&amp;Edit</source>
      <translation>&amp;Modifier</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/tab.py" line="67" />
      <source>&amp;Block…</source>
      <translation>&amp;Bloquer…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/tab.py" line="67" />
      <source>&amp;Unblock…</source>
      <translation>&amp;Débloquer…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/tab.py" line="68" />
      <source>&amp;Renew membership</source>
      <translation>&amp;Renouveler l'adhésion</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/tab.py" line="69" />
      <source>Print &amp;card…</source>
      <translation>Imprimer la &amp;carte…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/tab.py" line="70" />
      <source>E&amp;xport data…</source>
      <translation>E&amp;xporter les données…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/tab.py" line="71" />
      <source>&amp;Delete member…</source>
      <translation>&amp;Supprimer l'adhérent…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/tab.py" line="83" />
      <source>Member cards of the chosen members, as a PDF to print</source>
      <translation>Cartes des adhérents choisis, en PDF à imprimer</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/tab.py" line="84" />
      <source>Everything the library holds about the member, as a JSON or PDF file (librarians)</source>
      <translation>Tout ce que la bibliothèque détient sur l'adhérent, dans un fichier JSON ou PDF (bibliothécaires)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/tab.py" line="86" />
      <source>Delete the member; their loans, holds and fees stay without their name (librarians)</source>
      <translation>Supprimer l'adhérent ; ses prêts, réservations et frais sont conservés sans son nom (bibliothécaires)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/tab.py" line="37" />
      <source>card number, or empty for everyone</source>
      <translation>numéro de carte, ou vide pour tous</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/tab.py" line="38" />
      <source>Card number of the member whose notices to show</source>
      <translation>Numéro de carte de l'adhérent dont afficher les avis</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/tab.py" line="40" />
      <source>Show</source>
      <translation>Afficher</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/tab.py" line="43" />
      <location filename="../../desktop_app/ui/notices/texts.py" line="108" />
      <source>Notice</source>
      <translation>Avis</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/tab.py" line="43" />
      <source>Recipient</source>
      <translation>Destinataire</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/tab.py" line="43" />
      <source>Sent</source>
      <translation>Envoyé le</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/tab.py" line="43" />
      <location filename="../../desktop_app/ui/notices/texts.py" line="85" />
      <location filename="../../desktop_app/ui/notices/texts.py" line="113" />
      <source>Subject</source>
      <translation>Objet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/tab.py" line="50" />
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="54" />
      <source>Notices sent</source>
      <translation>Avis envoyés</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/tab.py" line="87" />
      <source>email</source>
      <translation>e-mail</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/tab.py" line="87" />
      <source>letter</source>
      <translation>lettre</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/tab.py" line="95" />
      <source>None sent yet</source>
      <translation>Aucun envoyé pour l'instant</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/tab.py" line="95" />
      <source>{count} shown</source>
      <translation>{count} affichés</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="100" />
      <source>Fields: {fields}</source>
      <translation>Champs : {fields}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="115" />
      <source>Preview</source>
      <translation>Aperçu</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="117" />
      <source>Text</source>
      <translation>Texte</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="123" />
      <source>Save text</source>
      <translation>Enregistrer le texte</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="124" />
      <location filename="../../desktop_app/ui/notices/texts.py" line="241" />
      <source>Back to the shipped text</source>
      <translation>Revenir au texte d'origine</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="125" />
      <source>Mail password…</source>
      <translation>Mot de passe de messagerie…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="126" />
      <location filename="../../desktop_app/ui/notices/texts.py" line="266" />
      <source>Preview today's run</source>
      <translation>Aperçu de l'envoi du jour</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="127" />
      <location filename="../../desktop_app/ui/notices/texts.py" line="266" />
      <source>Send notices now</source>
      <translation>Envoyer les avis maintenant</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="128" />
      <source>Open letters</source>
      <translation>Ouvrir les lettres</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="192" />
      <source>Notices are off: an admin turns them on in Settings. They can still be sent from here.</source>
      <translation>Les avis sont désactivés : un administrateur les active dans Paramètres. Ils peuvent quand même être envoyés d'ici.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="194" />
      <source>The library server sends the notices every day; this desk does not.</source>
      <translation>Le serveur de la bibliothèque envoie les avis chaque jour ; ce poste ne les envoie pas.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="196" />
      <source>Nobody sends the notices every day; send them from here.</source>
      <translation>Personne n'envoie les avis chaque jour ; envoyez-les d'ici.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="198" />
      <source>This desk sends the notices once a day.</source>
      <translation>Ce poste envoie les avis une fois par jour.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="200" />
      <source>Mail server: {host}:{port}, from {sender}.</source>
      <translation>Serveur de messagerie : {host}:{port}, expéditeur {sender}.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="201" />
      <source>(no sender address)</source>
      <translation>(pas d'adresse d'expéditeur)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="203" />
      <source>No mail server is set (Settings): members get printed letters only.</source>
      <translation>Aucun serveur de messagerie n'est configuré (Paramètres) : les adhérents reçoivent uniquement des lettres imprimées.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="209" />
      <source>The library's own text.</source>
      <translation>Le texte propre à la bibliothèque.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="209" />
      <source>The text shipped with the program.</source>
      <translation>Le texte d'origine fourni avec le programme.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="235" />
      <source>Notice text saved</source>
      <translation>Texte de l'avis enregistré</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="250" />
      <source>Mail password</source>
      <translation>Mot de passe de messagerie</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="250" />
      <source>Password of the mail server's user (kept in the system keyring):</source>
      <translation>Mot de passe de l'utilisateur du serveur de messagerie (conservé dans le trousseau du système) :</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="256" />
      <source>Mail password kept</source>
      <translation>Mot de passe de messagerie enregistré</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="267" />
      <source>Notices to members…</source>
      <translation>Avis aux adhérents…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="284" />
      <location filename="../../desktop_app/ui/shell/main_window.py" line="63" />
      <source>Notices</source>
      <translation>Avis</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="299" />
      <source>What today's run would send</source>
      <translation>Ce que l'envoi du jour enverrait</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="302" />
      <source>letter to {name}</source>
      <translation>lettre à {name}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="42" />
      <source>First overdue notice</source>
      <translation>Premier rappel de retard</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="42" />
      <source>Reminder before the due date</source>
      <translation>Rappel avant la date de retour</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="43" />
      <source>Second overdue notice</source>
      <translation>Deuxième rappel de retard</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="43" />
      <source>Third overdue notice</source>
      <translation>Troisième rappel de retard</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="44" />
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="37" />
      <source>Hold expired</source>
      <translation>Réservation expirée</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="44" />
      <source>Hold ready for pickup</source>
      <translation>Réservation disponible</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="51" />
      <source>Notices due on {day}: {count}. Nothing was sent (a preview).</source>
      <translation>Avis à envoyer le {day} : {count}. Rien n'a été envoyé (aperçu).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="54" />
      <source>Notices due on {day}: {count}. Emailed: {emailed}. Letters to print: {printed}. Not sent: {unsent}.</source>
      <translation>Avis à envoyer le {day} : {count}. Par e-mail : {emailed}. Lettres à imprimer : {printed}. Non envoyés : {unsent}.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="61" />
      <source>The emails stopped: {reason}</source>
      <translation>L'envoi des e-mails s'est arrêté : {reason}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="71" />
      <source>Notice texts and sending</source>
      <translation>Textes et envoi des avis</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="79" />
      <source>Kind of notice</source>
      <translation>Type d'avis</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="83" />
      <source>Language of the text</source>
      <translation>Langue du texte</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="87" />
      <source>Text of the notice</source>
      <translation>Texte de l'avis</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="97" />
      <source>Preview for an example member</source>
      <translation>Aperçu pour un adhérent fictif</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/reports/charts.py" line="158" />
      <source>{chart}: {bars} bars, total {total}; {values}</source>
      <translation>{chart} : {bars} barres, total {total} ; {values}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/reports/charts.py" line="160" />
      <source>{label}: {value}</source>
      <translation>{label} : {value}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/reports/charts.py" line="75" />
      <source>Nothing yet</source>
      <translation>Rien pour l'instant</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/reports/output.py" line="40" />
      <location filename="../../desktop_app/ui/reports/overdue.py" line="20" />
      <source>Days late</source>
      <translation>Jours de retard</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/reports/output.py" line="40" />
      <source>Was due</source>
      <translation>À rendre le</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/reports/output.py" line="43" />
      <source>Thank you,</source>
      <translation>Avec nos remerciements,</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/reports/output.py" line="52" />
      <source>Dear {member},</source>
      <translation>Bonjour {member},</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/reports/output.py" line="53" />
      <source>Our records show that the following item is overdue. Please return it or renew at the desk as soon as you can.</source>
      <translation>Sauf erreur de notre part, le document suivant n'a pas été rendu à temps. Merci de le rapporter ou de le faire prolonger à la banque de prêt dès que possible.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/reports/output.py" line="55" />
      <source>Our records show that the following items are overdue. Please return them or renew at the desk as soon as you can.</source>
      <translation>Sauf erreur de notre part, les documents suivants n'ont pas été rendus à temps. Merci de les rapporter ou de les faire prolonger à la banque de prêt dès que possible.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/reports/output.py" line="57" />
      <source>Card number: {card}</source>
      <translation>Numéro de carte : {card}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/reports/overdue.py" line="27" />
      <source>Contact</source>
      <translation>Contact</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/reports/overdue.py" line="27" />
      <source>by post</source>
      <translation>par courrier</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/reports/overdue.py" line="27" />
      <location filename="../../desktop_app/ui/settings/categories.py" line="49" />
      <source>none</source>
      <translation>néant</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/reports/tab.py" line="100" />
      <source>&amp;Refresh (F5)</source>
      <translation>&amp;Actualiser (F5)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/reports/tab.py" line="101" />
      <source>&amp;Print letters…</source>
      <translation>&amp;Imprimer les lettres…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/reports/tab.py" line="102" />
      <source>Save letters as P&amp;DF…</source>
      <translation>Enregistrer les lettres en P&amp;DF…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/reports/tab.py" line="103" />
      <source>Export &amp;CSV…</source>
      <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/reports/tab.py" line="164" />
      <source>{loans} overdue loans, {members} members</source>
      <translation>{loans} prêts en retard, {members} adhérents</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/reports/tab.py" line="180" />
      <source>Saved {count} letters to {path}</source>
      <translation>{count} lettres enregistrées dans {path}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/reports/tab.py" line="186" />
      <source>Exported {count} overdue loans to {path}</source>
      <translation>{count} prêts en retard exportés vers {path}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/reports/tab.py" line="192" />
      <source>Nothing is overdue: no letters to print</source>
      <translation>Aucun retard : pas de lettre à imprimer</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/reports/tab.py" line="198" />
      <source>Printed {count} letters</source>
      <translation>{count} lettres imprimées</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/reports/tab.py" line="201" />
      <source>Save letters</source>
      <translation>Enregistrer les lettres</translation>
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
      <translation>Exporter la liste des retards</translation>
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
      <translation>Exemplaires</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/reports/tab.py" line="39" />
      <source>Titles</source>
      <translation>Titres</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/reports/tab.py" line="40" />
      <source>Holds ready</source>
      <translation>Réservations disponibles</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/reports/tab.py" line="40" />
      <location filename="../../desktop_app/ui/reports/tab.py" line="111" />
      <source>Overdue</source>
      <translation>En retard</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/reports/tab.py" line="80" />
      <source>Loans per day, last 30 days</source>
      <translation>Prêts par jour, 30 derniers jours</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/reports/tab.py" line="82" />
      <source>Most borrowed</source>
      <translation>Les plus empruntés</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/reports/tab.py" line="91" />
      <source>Overdue loans</source>
      <translation>Prêts en retard</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit.py" line="141" />
      <source>anyone</source>
      <translation>tout le monde</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit.py" line="142" />
      <source>any action</source>
      <translation>toute opération</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit.py" line="172" />
      <source>No events match.</source>
      <translation>Aucun événement ne correspond.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit.py" line="173" />
      <source>{count} events, newest first</source>
      <translation>{count} événements, du plus récent au plus ancien</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit.py" line="187" />
      <source>Writing {path}…</source>
      <translation>Écriture de {path}…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit.py" line="191" />
      <source>{count} events written to {path}</source>
      <translation>{count} événements écrits dans {path}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit.py" line="48" />
      <source>Audit log</source>
      <translation>Journal d'audit</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit.py" line="52" />
      <source>Export the audit log</source>
      <translation>Exporter le journal d'audit</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit.py" line="55" />
      <location filename="../../desktop_app/ui/settings/audit.py" line="115" />
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="28" />
      <source>Who</source>
      <translation>Qui</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit.py" line="57" />
      <location filename="../../desktop_app/ui/settings/audit.py" line="115" />
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="28" />
      <source>What</source>
      <translation>Opération</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit.py" line="66" />
      <source>From</source>
      <translation>De</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit.py" line="67" />
      <source>From day</source>
      <translation>Jour de début</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit.py" line="68" />
      <source>To</source>
      <translation>À</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit.py" line="69" />
      <source>To day</source>
      <translation>Jour de fin</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit.py" line="76" />
      <source>Text in the details</source>
      <translation>Texte dans les détails</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit.py" line="77" />
      <source>text in the details, a barcode, a card…</source>
      <translation>texte dans les détails, un code-barres, une carte…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit.py" line="80" />
      <source>F&amp;ind</source>
      <translation>Rec&amp;hercher</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit.py" line="82" />
      <source>E&amp;xport CSV…</source>
      <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit.py" line="83" />
      <source>Write the events shown to a CSV file (the export is itself recorded)</source>
      <translation>Écrire les événements affichés dans un fichier CSV (l'export est lui-même enregistré dans le journal)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit.py" line="85" />
      <source>Audit log, newest first</source>
      <translation>Journal d'audit, du plus récent au plus ancien</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="28" />
      <location filename="../../desktop_app/ui/sync/exceptions_model.py" line="65" />
      <source>Details</source>
      <translation>Détails</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="28" />
      <source>Record</source>
      <translation>Élément</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="28" />
      <location filename="../../desktop_app/ui/sync/exceptions_model.py" line="61" />
      <source>When</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="32" />
      <source>Account locked</source>
      <translation>Compte verrouillé</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="32" />
      <source>Failed login</source>
      <translation>Échec de connexion</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="32" />
      <source>Login</source>
      <translation>Connexion</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="33" />
      <source>Failed member login</source>
      <translation>Échec de connexion d'un adhérent</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="33" />
      <source>Member login</source>
      <translation>Connexion d'un adhérent</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="34" />
      <source>Account unlocked</source>
      <translation>Compte déverrouillé</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="34" />
      <source>Member card locked</source>
      <translation>Carte d'adhérent verrouillée</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="35" />
      <source>Session token reused</source>
      <translation>Jeton de session réutilisé</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="35" />
      <source>Too many logins (server)</source>
      <translation>Trop de connexions (serveur)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="36" />
      <location filename="../../desktop_app/ui/sync/exceptions_model.py" line="18" />
      <source>Renewal</source>
      <translation>Prolongation</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="37" />
      <location filename="../../desktop_app/ui/sync/exceptions_model.py" line="19" />
      <source>Hold cancelled</source>
      <translation>Réservation annulée</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="37" />
      <source>Hold placed</source>
      <translation>Réservation créée</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="38" />
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="51" />
      <source>Fee charged</source>
      <translation>Frais facturés</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="38" />
      <source>Fee paid</source>
      <translation>Frais payés</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="38" />
      <source>Fee waived</source>
      <translation>Frais annulés</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="39" />
      <source>Book added</source>
      <translation>Livre ajouté</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="39" />
      <location filename="../../desktop_app/ui/sync/exceptions_model.py" line="19" />
      <source>Book deleted</source>
      <translation>Livre supprimé</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="39" />
      <source>Book edited</source>
      <translation>Livre modifié</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="40" />
      <source>Copy added</source>
      <translation>Exemplaire ajouté</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="40" />
      <source>Copy edited</source>
      <translation>Exemplaire modifié</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="40" />
      <source>Copy status changed</source>
      <translation>Statut d'exemplaire modifié</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="41" />
      <source>Member deleted</source>
      <translation>Adhérent supprimé</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="41" />
      <source>Member's data exported</source>
      <translation>Données d'un adhérent exportées</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="42" />
      <source>Loans anonymised</source>
      <translation>Prêts anonymisés</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="42" />
      <source>Member blocked</source>
      <translation>Adhérent bloqué</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="43" />
      <source>Member PIN set</source>
      <translation>Code PIN d'un adhérent défini</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="43" />
      <source>Member unblocked</source>
      <translation>Adhérent débloqué</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="44" />
      <source>Staff account added</source>
      <translation>Compte du personnel ajouté</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="44" />
      <source>Staff role changed</source>
      <translation>Rôle du personnel modifié</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="45" />
      <source>Staff account switched on/off</source>
      <translation>Compte du personnel activé/désactivé</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="45" />
      <source>Staff password changed</source>
      <translation>Mot de passe du personnel modifié</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="46" />
      <source>Settings changed</source>
      <translation>Paramètres modifiés</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="47" />
      <source>Audit log exported</source>
      <translation>Journal d'audit exporté</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="47" />
      <source>Member registered</source>
      <translation>Adhérent inscrit</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="48" />
      <source>Library created</source>
      <translation>Bibliothèque créée</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="48" />
      <source>Member edited</source>
      <translation>Adhérent modifié</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="49" />
      <source>Closed day added</source>
      <translation>Jour de fermeture ajouté</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="49" />
      <source>Closed day removed</source>
      <translation>Jour de fermeture retiré</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="50" />
      <source>Category saved</source>
      <translation>Catégorie enregistrée</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="50" />
      <source>Late return from a desk</source>
      <translation>Retour transmis tardivement par un poste</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="51" />
      <source>Fee cancelled</source>
      <translation>Frais retirés</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="51" />
      <source>Fee refunded</source>
      <translation>Frais remboursés</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="52" />
      <source>Desk registered</source>
      <translation>Poste enregistré</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="52" />
      <source>Desk retired</source>
      <translation>Poste mis hors service</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="52" />
      <source>Desk role changed</source>
      <translation>Rôle d'un poste modifié</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="53" />
      <source>Desk credential renewed</source>
      <translation>Clé d'accès d'un poste renouvelée</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="53" />
      <source>Joining a server started</source>
      <translation>Rattachement à un serveur commencé</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="54" />
      <source>Joined a server</source>
      <translation>Rattaché à un serveur</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="55" />
      <source>Notice template changed</source>
      <translation>Modèle d'avis modifié</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="55" />
      <source>Notice template reset</source>
      <translation>Modèle d'avis rétabli</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="56" />
      <source>Mail password changed</source>
      <translation>Mot de passe de messagerie modifié</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="56" />
      <source>Scheduled job</source>
      <translation>Tâche planifiée</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="62" />
      <source>book</source>
      <translation>livre</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="62" />
      <source>copy</source>
      <translation>exemplaire</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="62" />
      <source>hold</source>
      <translation>réservation</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="62" />
      <source>loan</source>
      <translation>prêt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="62" />
      <source>member</source>
      <translation>adhérent</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="63" />
      <source>category</source>
      <translation>catégorie</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="63" />
      <source>fee</source>
      <translation>frais</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="63" />
      <source>library</source>
      <translation>bibliothèque</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="63" />
      <source>staff account</source>
      <translation>compte du personnel</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="64" />
      <source>audit log</source>
      <translation>journal d'audit</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="64" />
      <source>closed day</source>
      <translation>jour de fermeture</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="64" />
      <location filename="../../desktop_app/ui/settings/staff.py" line="45" />
      <source>desk</source>
      <translation>agent de prêt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/backups.py" line="142" />
      <source>No backups yet: use “Back up now”, or wait for the daily backup (made when the program starts each day).</source>
      <translation>Aucune sauvegarde pour l'instant : utilisez « Sauvegarder maintenant », ou attendez la sauvegarde quotidienne (faite au premier démarrage du programme chaque jour).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/backups.py" line="155" />
      <source>Backups go to {folder} and are kept {days} days.</source>
      <translation>Les sauvegardes sont enregistrées dans {folder} et conservées {days} jours.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/backups.py" line="157" />
      <source>Backup settings saved</source>
      <translation>Paramètres de sauvegarde enregistrés</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/backups.py" line="167" />
      <source>Backing up…</source>
      <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/backups.py" line="172" />
      <location filename="../../desktop_app/ui/settings/backups.py" line="173" />
      <source>Backed up to {path}</source>
      <translation>Sauvegarde enregistrée dans {path}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/backups.py" line="178" />
      <source>The backup was not made.</source>
      <translation>La sauvegarde n'a pas été faite.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/backups.py" line="191" />
      <source>Choose a backup in the list first</source>
      <translation>Choisissez d'abord une sauvegarde dans la liste</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/backups.py" line="194" />
      <source>Restoring needs the whole program: close it and run '{command}'</source>
      <translation>La restauration nécessite le programme complet : fermez-le et lancez '{command}'</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/backups.py" line="197" />
      <source>Replace the whole library with the backup {backup}?

Everything done since that backup (loans, returns, new books and members) will be gone. The library as it is now is kept aside in the backups folder first.

Library Desk will close the library, restore the backup, open it again and return to the login window.</source>
      <translation>Remplacer toute la bibliothèque par la sauvegarde {backup} ?

Tout ce qui a été fait depuis cette sauvegarde (prêts, retours, nouveaux livres et adhérents) sera perdu. La bibliothèque dans son état actuel est d'abord mise de côté dans le dossier des sauvegardes.

Library Desk va fermer la bibliothèque, restaurer la sauvegarde, la rouvrir et revenir à la fenêtre de connexion.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/backups.py" line="50" />
      <source>Restore a backup</source>
      <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/backups.py" line="60" />
      <source>Backups</source>
      <translation>Sauvegardes</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/backups.py" line="68" />
      <source>Backup folder</source>
      <translation>Dossier des sauvegardes</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/backups.py" line="68" />
      <source>Where to keep backups</source>
      <translation>Où conserver les sauvegardes</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/backups.py" line="69" />
      <source>the library's own folder: {folder}</source>
      <translation>dossier de la bibliothèque : {folder}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/backups.py" line="71" />
      <source>Days to keep backups</source>
      <translation>Jours de conservation des sauvegardes</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/backups.py" line="73" />
      <source>days</source>
      <translation>jours</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/backups.py" line="74" />
      <source>&amp;Save backup settings</source>
      <translation>&amp;Enregistrer les paramètres de sauvegarde</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/backups.py" line="77" />
      <source>Folder (&amp;USB stick)</source>
      <translation>Dossier (clé &amp;USB)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/backups.py" line="83" />
      <source>(the newest three are always kept)</source>
      <translation>(les trois plus récentes sont toujours conservées)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/backups.py" line="86" />
      <source>Kee&amp;p backups for</source>
      <translation>&amp;Conserver les sauvegardes</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/backups.py" line="88" />
      <source>Sounds at the desk (lent, returned, hold shelf, refused)</source>
      <translation>Sons à la banque de prêt (prêt, retour, étagère des réservations, refus)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/backups.py" line="91" />
      <source>This desk</source>
      <translation>Ce poste</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/backups.py" line="93" />
      <source>Backups, newest first</source>
      <translation>Sauvegardes, de la plus récente à la plus ancienne</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/backups.py" line="95" />
      <source>&amp;Back up now</source>
      <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/backups.py" line="97" />
      <source>R&amp;estore…</source>
      <translation>&amp;Restaurer…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/backups.py" line="98" />
      <source>Replace the library with the chosen backup</source>
      <translation>Remplacer la bibliothèque par la sauvegarde choisie</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/categories.py" line="160" />
      <source>Saved the loan rules of '{code}'</source>
      <translation>Règles de prêt de '{code}' enregistrées</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/categories.py" line="164" />
      <source>Code of the new category (e.g. student):</source>
      <translation>Code de la nouvelle catégorie (par ex. etudiant) :</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/categories.py" line="164" />
      <source>New category</source>
      <translation>Nouvelle catégorie</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/categories.py" line="33" />
      <source>Loan period (days)</source>
      <translation>Durée du prêt (jours)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/categories.py" line="33" />
      <source>Loans at once</source>
      <translation>Prêts simultanés</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/categories.py" line="34" />
      <source>Holds at once</source>
      <translation>Réservations simultanées</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/categories.py" line="35" />
      <source>Grace days before fines</source>
      <translation>Jours de grâce avant amende</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/categories.py" line="35" />
      <source>Membership (months)</source>
      <translation>Adhésion (mois)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/categories.py" line="36" />
      <source>Fine cap per item</source>
      <translation>Plafond d'amende par document</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/categories.py" line="36" />
      <source>Fine per day</source>
      <translation>Amende par jour</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/categories.py" line="37" />
      <source>Block when owing</source>
      <translation>Bloquer au-delà d'une dette de</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/categories.py" line="38" />
      <source>Block after overdue days</source>
      <translation>Bloquer après (jours de retard)</translation>
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
      <translation>Jours de prêt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/categories.py" line="48" />
      <source>Fines</source>
      <translation>Amendes</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/categories.py" line="48" />
      <source>{amount}/day</source>
      <translation>{amount}/jour</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/categories.py" line="55" />
      <source>Member categories and loan rules</source>
      <translation>Catégories d'adhérents et règles de prêt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/categories.py" line="58" />
      <source>Member categories</source>
      <translation>Catégories d'adhérents</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/categories.py" line="65" />
      <source>Na&amp;me</source>
      <translation>&amp;Nom</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/categories.py" line="69" />
      <source>&amp;Charge fines for late returns</source>
      <translation>Appliquer des &amp;amendes pour les retours en retard</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/categories.py" line="84" />
      <location filename="../../desktop_app/ui/settings/categories.py" line="79" />
      <source>no limit</source>
      <translation>sans limite</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/categories.py" line="86" />
      <source>&amp;Save category</source>
      <translation>&amp;Enregistrer la catégorie</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/categories.py" line="90" />
      <source>Ne&amp;w category…</source>
      <translation>Nouvelle caté&amp;gorie…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/staff.py" line="112" />
      <location filename="../../desktop_app/ui/settings/staff.py" line="172" />
      <source>Added the account {username}</source>
      <translation>Compte {username} ajouté</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/staff.py" line="125" />
      <location filename="../../desktop_app/ui/settings/staff.py" line="129" />
      <source>Staff accounts</source>
      <translation>Comptes du personnel</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/staff.py" line="132" />
      <source>&amp;Add account…</source>
      <translation>&amp;Ajouter un compte…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/staff.py" line="133" />
      <source>Activate / &amp;deactivate</source>
      <translation>Activer / &amp;désactiver</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/staff.py" line="134" />
      <source>Reset &amp;password…</source>
      <translation>Réinitialiser le mot de &amp;passe…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/staff.py" line="135" />
      <source>Un&amp;lock</source>
      <translation>Dé&amp;verrouiller</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/staff.py" line="178" />
      <source>Activated {username}</source>
      <translation>Compte {username} activé</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/staff.py" line="178" />
      <source>Deactivated {username}</source>
      <translation>Compte {username} désactivé</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/staff.py" line="185" />
      <source>Reset password</source>
      <translation>Réinitialiser le mot de passe</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/staff.py" line="186" />
      <source>New password for {username}:</source>
      <translation>Nouveau mot de passe pour {username} :</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/staff.py" line="191" />
      <source>Password of {username} reset</source>
      <translation>Mot de passe de {username} réinitialisé</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/staff.py" line="198" />
      <source>Unlocked {username}</source>
      <translation>Compte {username} déverrouillé</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/staff.py" line="38" />
      <source>deactivated</source>
      <translation>désactivé</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/staff.py" line="40" />
      <source>locked until {when}</source>
      <translation>verrouillé jusqu'au {when}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/staff.py" line="41" />
      <source>active</source>
      <translation>actif</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/staff.py" line="45" />
      <source>admin</source>
      <translation>administrateur</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/staff.py" line="45" />
      <source>librarian</source>
      <translation>bibliothécaire</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/staff.py" line="53" />
      <source>Username</source>
      <translation>Identifiant</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/staff.py" line="57" />
      <source>Last login</source>
      <translation>Dernière connexion</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/staff.py" line="72" />
      <source>New staff account</source>
      <translation>Nouveau compte du personnel</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/staff.py" line="86" />
      <source>at least 8 characters</source>
      <translation>au moins 8 caractères</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/staff.py" line="89" />
      <source>&amp;Username</source>
      <translation>&amp;Identifiant</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/staff.py" line="90" />
      <source>&amp;Name</source>
      <translation>&amp;Nom</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/staff.py" line="91" />
      <source>&amp;Role</source>
      <translation>&amp;Rôle</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/staff.py" line="92" />
      <location filename="../../desktop_app/ui/sync/panel.py" line="64" />
      <source>&amp;Password</source>
      <translation>&amp;Mot de passe</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/tab.py" line="104" />
      <source>Library</source>
      <translation>Bibliothèque</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/tab.py" line="115" />
      <source>Sa&amp;ve library settings</source>
      <translation>Enregistrer les paramètres de la &amp;bibliothèque</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/tab.py" line="137" />
      <source>Save</source>
      <translation>Enregistrer</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/tab.py" line="174" />
      <source>Closed every {weekday}</source>
      <translation>Fermé le {weekday}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/tab.py" line="183" />
      <source>Closed days (holidays)</source>
      <translation>Fermetures exceptionnelles (jours fériés)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/tab.py" line="187" />
      <source>Single closed days</source>
      <translation>Jours de fermeture exceptionnelle</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/tab.py" line="194" />
      <source>Reason for the closed day</source>
      <translation>Motif de la fermeture</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/tab.py" line="195" />
      <source>reason, e.g. New Year</source>
      <translation>motif, par ex. Jour de l'an</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/tab.py" line="198" />
      <source>&amp;Remove chosen</source>
      <translation>&amp;Retirer la sélection</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/tab.py" line="262" />
      <source>Library settings saved</source>
      <translation>Paramètres de la bibliothèque enregistrés</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/tab.py" line="269" />
      <source>Closed on {day}</source>
      <translation>Fermé le {day}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/tab.py" line="278" />
      <source>Open again on {day}</source>
      <translation>De nouveau ouvert le {day}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/tab.py" line="67" />
      <source>Only an admin can change these settings.</source>
      <translation>Seul un administrateur peut modifier ces paramètres.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/tab.py" line="73" />
      <source>Notices to members</source>
      <translation>Avis aux adhérents</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/tab.py" line="74" />
      <source>Fines and privacy</source>
      <translation>Amendes et protection des données</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/tab.py" line="75" />
      <source>Cataloguing</source>
      <translation>Catalogage</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/app.py" line="191" />
      <source>The library in {folder} could not be opened: {error}</source>
      <translation>La bibliothèque de {folder} n'a pas pu être ouverte : {error}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/app.py" line="192" />
      <location filename="../../desktop_app/ui/shell/restore_flow.py" line="135" />
      <source>Cannot open the library</source>
      <translation>Impossible d'ouvrir la bibliothèque</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/app.py" line="198" />
      <source>Library on a network share</source>
      <translation>Bibliothèque sur un partage réseau</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/app.py" line="35" />
      <source>The library in {folder} was saved by a newer version of Library Desk.

Install the newer version to open it. Nothing was changed. ({error})</source>
      <translation>La bibliothèque de {folder} a été enregistrée par une version plus récente de Library Desk.

Installez cette version plus récente pour l'ouvrir. Rien n'a été modifié. ({error})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/app.py" line="39" />
      <source>The library file {file} cannot be read: {error}

Nothing was changed. Restore a backup from {backups}, or start with another data folder (--data-dir).</source>
      <translation>Le fichier de la bibliothèque {file} est illisible : {error}

Rien n'a été modifié. Restaurez une sauvegarde depuis {backups}, ou démarrez avec un autre dossier de données (--data-dir).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/crash.py" line="105" />
      <source>Library Desk: unexpected problem</source>
      <translation>Library Desk : problème inattendu</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/crash.py" line="108" />
      <source>Show log</source>
      <translation>Afficher le journal</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/crash.py" line="44" />
      <source>Library Desk ran into a problem it did not expect, and the last action may not have finished.

Everything that was already saved (every loan and return confirmed on screen) is safe. If you were in the middle of something, check it and do it again.

What happened: {what}

The details are in the log: {log}
(Help &gt; Show log). Please send that file to whoever looks after Library Desk.</source>
      <translation>Library Desk a rencontré un problème inattendu, et la dernière action n'est peut-être pas allée à son terme.

Tout ce qui était déjà enregistré (chaque prêt et chaque retour confirmés à l'écran) est en sécurité. Si vous étiez en train de faire quelque chose, vérifiez-le et refaites-le.

Ce qui s'est passé : {what}

Les détails sont dans le journal : {log}
(Aide &gt; Afficher le journal). Merci d'envoyer ce fichier à la personne qui s'occupe de Library Desk.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/login.py" line="119" />
      <source>System language ({language})</source>
      <translation>Langue du système ({language})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/login.py" line="124" />
      <source>Language of this desk</source>
      <translation>Langue de ce poste</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/login.py" line="126" />
      <source>&amp;Language:</source>
      <translation>&amp;Langue :</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/login.py" line="171" />
      <source>Card read. Now type your PIN.</source>
      <translation>Carte lue. Saisissez maintenant votre code PIN.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/login.py" line="174" />
      <source>Log in first: that was a scan ({code}), not your password. Nothing was tried.</source>
      <translation>Connectez-vous d'abord : c'était un scan ({code}), pas votre mot de passe. Aucune tentative n'a été faite.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/login.py" line="182" />
      <source>Type your username.</source>
      <translation>Saisissez votre identifiant.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/login.py" line="186" />
      <source>Type your password.</source>
      <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/login.py" line="204" />
      <source>Scan or type your card number, then your PIN.</source>
      <translation>Scannez ou saisissez votre numéro de carte, puis votre code PIN.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/login.py" line="222" />
      <source>Account locked. {reason}</source>
      <translation>Compte verrouillé. {reason}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/login.py" line="224" />
      <source>Membership expired. {reason}</source>
      <translation>Adhésion expirée. {reason}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/login.py" line="226" />
      <source>{reason}. Please try again.</source>
      <translation>{reason}. Veuillez réessayer.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/login.py" line="45" />
      <source>{library} — Log in</source>
      <translation>{library} — Connexion</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/login.py" line="53" />
      <source>Staff username</source>
      <translation>Identifiant du personnel</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/login.py" line="55" />
      <source>Password</source>
      <translation>Mot de passe</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/login.py" line="57" />
      <location filename="../../desktop_app/ui/sync/panel.py" line="66" />
      <source>&amp;Log in</source>
      <translation>Se &amp;connecter</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/login.py" line="58" />
      <source>Log in as staff</source>
      <translation>Connexion personnel</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/login.py" line="62" />
      <location filename="../../desktop_app/ui/shell/wizard.py" line="87" />
      <source>&amp;Username:</source>
      <translation>&amp;Identifiant :</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/login.py" line="63" />
      <location filename="../../desktop_app/ui/shell/wizard.py" line="89" />
      <source>&amp;Password:</source>
      <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/login.py" line="67" />
      <source>Member card number</source>
      <translation>Numéro de carte d'adhérent</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/login.py" line="69" />
      <source>PIN</source>
      <translation>Code PIN</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/login.py" line="71" />
      <source>&amp;Open my account</source>
      <translation>&amp;Ouvrir mon compte</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/login.py" line="72" />
      <source>Log in as a member</source>
      <translation>Connexion adhérent</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/login.py" line="75" />
      <source>&amp;Card number:</source>
      <translation>&amp;Numéro de carte :</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/login.py" line="76" />
      <source>P&amp;IN:</source>
      <translation>Code P&amp;IN :</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/login.py" line="80" />
      <location filename="../../desktop_app/ui/shell/selftest.py" line="166" />
      <source>Staff</source>
      <translation>Personnel</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/login.py" line="81" />
      <source>Member (self-service)</source>
      <translation>Adhérent (libre-service)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/login.py" line="82" />
      <source>Log in as staff or as a member</source>
      <translation>Connexion en tant que personnel ou adhérent</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/login.py" line="85" />
      <source>Login message</source>
      <translation>Message de connexion</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="137" />
      <source>{library} — Library Desk</source>
      <translation>{library} — Library Desk</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="140" />
      <source>Main sections</source>
      <translation>Sections principales</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="152" />
      <source>{section} section</source>
      <translation>Section {section}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="187" />
      <source>&amp;Go</source>
      <translation>A&amp;ller</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="191" />
      <source>Des&amp;k</source>
      <translation>Ba&amp;nque de prêt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="198" />
      <source>So&amp;unds at the desk</source>
      <translation>So&amp;ns à la banque de prêt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="208" />
      <location filename="../../desktop_app/ui/sync/status.py" line="183" />
      <source>&amp;Help</source>
      <translation>&amp;Aide</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="209" />
      <source>&amp;Keyboard shortcuts</source>
      <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="210" />
      <source>Show &amp;log</source>
      <translation>Afficher le &amp;journal</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="211" />
      <source>&amp;About Library Desk</source>
      <translation>À &amp;propos de Library Desk</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="237" />
      <source>{person} ({role})</source>
      <translation>{person} ({role})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="239" />
      <source>Logged in as</source>
      <translation>Connecté en tant que</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="240" />
      <source>Desk: {desk}</source>
      <translation>Poste : {desk}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="242" />
      <source>Sync: not set up</source>
      <translation>Synchro : non configurée</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="245" />
      <source>Scheduled work that failed</source>
      <translation>Tâches planifiées en échec</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="254" />
      <source>Working…</source>
      <translation>Traitement…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="268" />
      <source>⚠ {job} did not work</source>
      <translation>⚠ {job} a échoué</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="279" />
      <source>At the desk:</source>
      <translation>À la banque de prêt :</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="279" />
      <source>Enter	Scan (after the barcode)</source>
      <translation>Enter	Scanner (après le code-barres)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="282" />
      <source>Keyboard shortcuts</source>
      <translation>Raccourcis clavier</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="292" />
      <source>Log</source>
      <translation>Journal</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="292" />
      <source>The logs are in {folder}</source>
      <translation>Les journaux sont dans {folder}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="295" />
      <source>About Library Desk</source>
      <translation>À propos de Library Desk</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="296" />
      <source>Library Desk: the front desk of a small library, offline first.</source>
      <translation>Library Desk : la banque de prêt d'une petite bibliothèque, pensée d'abord pour fonctionner hors ligne.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="48" />
      <source>&amp;Log out</source>
      <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="49" />
      <source>&amp;Quit</source>
      <translation>&amp;Quitter</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="52" />
      <location filename="../../desktop_app/ui/sync/desks.py" line="42" />
      <location filename="../../desktop_app/ui/sync/exceptions_model.py" line="62" />
      <source>Desk</source>
      <translation>Poste</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="58" />
      <source>Catalog</source>
      <translation>Catalogue</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="61" />
      <source>Reports</source>
      <translation>Rapports</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="62" />
      <source>Stock-take</source>
      <translation>Inventaire</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="64" />
      <source>Settings</source>
      <translation>Paramètres</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="77" />
      <source>The {screen} screen is not part of this version yet.</source>
      <translation>L'écran {screen} ne fait pas encore partie de cette version.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="80" />
      <source>The {screen} screen could not open: {error}</source>
      <translation>L'écran {screen} n'a pas pu s'ouvrir : {error}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/restore_flow.py" line="121" />
      <source>Library restored</source>
      <translation>Bibliothèque restaurée</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/restore_flow.py" line="122" />
      <source>The library was restored from {backup}.

The library as it was just before is kept as {aside}.

Please log in again.</source>
      <translation>La bibliothèque a été restaurée à partir de {backup}.

La bibliothèque telle qu'elle était juste avant est conservée sous {aside}.

Veuillez vous reconnecter.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/restore_flow.py" line="126" />
      <source>Nothing was changed; the library is open as it was.</source>
      <translation>Rien n'a été modifié ; la bibliothèque est ouverte telle qu'elle était.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/restore_flow.py" line="136" />
      <source>The library could not be opened again: {error}

Start Library Desk again; if it still cannot open, restore another backup with 'library-desk restore'.</source>
      <translation>La bibliothèque n'a pas pu être rouverte : {error}

Relancez Library Desk ; si elle ne s'ouvre toujours pas, restaurez une autre sauvegarde avec 'library-desk restore'.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/restore_flow.py" line="56" />
      <source>Restoring the library from {backup}…

Library Desk closes the library, puts the backup in its place and opens it again.</source>
      <translation>Restauration de la bibliothèque à partir de {backup}…

Library Desk ferme la bibliothèque, met la sauvegarde à sa place et la rouvre.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/restore_flow.py" line="60" />
      <source>Restoring the library</source>
      <translation>Restauration de la bibliothèque</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/scheduler.py" line="172" />
      <location filename="../../desktop_app/ui/shell/scheduler.py" line="157" />
      <source>{job} did not work: {reason}</source>
      <translation>{job} a échoué : {reason}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/scheduler.py" line="36" />
      <source>Expiring uncollected holds</source>
      <translation>Expiration des réservations non retirées</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/scheduler.py" line="37" />
      <source>Sending the notices to members</source>
      <translation>Envoi des avis aux adhérents</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/scheduler.py" line="38" />
      <source>The daily backup</source>
      <translation>La sauvegarde quotidienne</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/scheduler.py" line="39" />
      <source>Anonymising old loans</source>
      <translation>Anonymisation des anciens prêts</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/scheduler.py" line="40" />
      <source>Clearing old records</source>
      <translation>Nettoyage des anciennes traces</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/scheduler.py" line="41" />
      <source>Looking up queued ISBNs</source>
      <translation>Recherche des ISBN en attente</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/self_service.py" line="100" />
      <source>Search results</source>
      <translation>Résultats de la recherche</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/self_service.py" line="101" />
      <source>Place a hold</source>
      <translation>Réserver</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/self_service.py" line="117" />
      <source>Find a book</source>
      <translation>Trouver un livre</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/self_service.py" line="192" />
      <source>My loans ({count})</source>
      <translation>Mes prêts ({count})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/self_service.py" line="196" />
      <source>{title} — ready, pick up by {date}</source>
      <translation>{title} — disponible, à retirer avant le {date}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/self_service.py" line="197" />
      <source>{title} — waiting</source>
      <translation>{title} — en attente</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/self_service.py" line="200" />
      <source>My holds ({count})</source>
      <translation>Mes réservations ({count})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/self_service.py" line="205" />
      <source>You owe {total} so far: {fees} in fees and {fines} in fines of overdue books (they grow until the books are returned or renewed)</source>
      <translation>Vous devez à ce jour {total} : {fees} de frais et {fines} d'amendes pour des livres en retard (elles augmentent jusqu'au retour ou à la prolongation des livres)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/self_service.py" line="210" />
      <source>You owe {total} so far in fines of overdue books (they grow until the books are returned or renewed)</source>
      <translation>Vous devez à ce jour {total} d'amendes pour des livres en retard (elles augmentent jusqu'au retour ou à la prolongation des livres)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/self_service.py" line="213" />
      <source>You owe {total} in fees.</source>
      <translation>Vous devez {total} de frais.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/self_service.py" line="232" />
      <source>Touch a loan first, then Renew.</source>
      <translation>Touchez d'abord un prêt, puis Prolonger.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/self_service.py" line="239" />
      <source>Renewed '{title}': now due {due}. A fine of {amount} for the days it was late is now owed.</source>
      <translation>'{title}' prolongé : à rendre désormais le {due}. Une amende de {amount} pour les jours de retard est maintenant due.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/self_service.py" line="243" />
      <source>Renewed '{title}': now due {due}.</source>
      <translation>'{title}' prolongé : à rendre le {due}.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/self_service.py" line="250" />
      <source>Touch a hold first, then Cancel.</source>
      <translation>Touchez d'abord une réservation, puis Annuler.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/self_service.py" line="255" />
      <source>Your hold on '{title}' is cancelled.</source>
      <translation>Votre réservation de '{title}' est annulée.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/self_service.py" line="280" />
      <source>{title} — {authors} (all on loan)</source>
      <translation>{title} — {authors} (tous les exemplaires sont en prêt)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/self_service.py" line="280" />
      <source>{title} — {authors} (available now)</source>
      <translation>{title} — {authors} (disponible maintenant)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/self_service.py" line="281" />
      <source>unknown author</source>
      <translation>auteur inconnu</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/self_service.py" line="288" />
      <source>Search for a book and touch it first.</source>
      <translation>Cherchez d'abord un livre et touchez-le.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/self_service.py" line="293" />
      <source>Hold placed on '{title}'. We will tell you when it is ready.</source>
      <translation>Réservation enregistrée pour '{title}'. Nous vous préviendrons dès que le document sera disponible.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/self_service.py" line="54" />
      <source>My library account — {member}</source>
      <translation>Mon compte lecteur — {member}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/self_service.py" line="60" />
      <source>Hello, {member}</source>
      <translation>Bonjour {member}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/self_service.py" line="62" />
      <source>Log out</source>
      <translation>Se déconnecter</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/self_service.py" line="65" />
      <source>Message</source>
      <translation>Message</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/self_service.py" line="70" />
      <location filename="../../desktop_app/ui/shell/self_service.py" line="115" />
      <source>My loans</source>
      <translation>Mes prêts</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/self_service.py" line="81" />
      <source>Renew selected</source>
      <translation>Prolonger la sélection</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/self_service.py" line="84" />
      <source>What I owe</source>
      <translation>Ce que je dois</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/self_service.py" line="89" />
      <location filename="../../desktop_app/ui/shell/self_service.py" line="116" />
      <source>My holds</source>
      <translation>Mes réservations</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/self_service.py" line="90" />
      <source>Cancel selected hold</source>
      <translation>Annuler la réservation sélectionnée</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/self_service.py" line="96" />
      <source>Title, author or ISBN</source>
      <translation>Titre, auteur ou ISBN</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/wizard.py" line="103" />
      <source>Password: {problem}.</source>
      <translation>Mot de passe : {problem}.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/wizard.py" line="105" />
      <source>Repeat password: the two passwords differ.</source>
      <translation>Confirmer le mot de passe : les deux mots de passe sont différents.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/wizard.py" line="112" />
      <source>Loan rules</source>
      <translation>Règles de prêt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/wizard.py" line="112" />
      <source>Sensible defaults for adult members; change them later in Settings.</source>
      <translation>Des valeurs par défaut adaptées aux adhérents adultes ; vous pourrez les modifier plus tard dans Paramètres.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/wizard.py" line="113" />
      <source>Loan &amp;period (days):</source>
      <translation>&amp;Durée du prêt (jours) :</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/wizard.py" line="115" />
      <source>&amp;Items per member:</source>
      <translation>D&amp;ocuments par adhérent :</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/wizard.py" line="117" />
      <source>&amp;Renewals per loan:</source>
      <translation>P&amp;rolongations par prêt :</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/wizard.py" line="119" />
      <source>&amp;Fines:</source>
      <translation>&amp;Amendes :</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/wizard.py" line="121" />
      <source>Fine per &amp;day:</source>
      <translation>Amende par &amp;jour :</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/wizard.py" line="128" />
      <source>Demo data</source>
      <translation>Données de démonstration</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/wizard.py" line="128" />
      <source>Try the program with made-up books and members, or start empty.</source>
      <translation>Essayez le programme avec des livres et des adhérents fictifs, ou commencez avec une bibliothèque vide.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/wizard.py" line="129" />
      <source>Add &amp;demo data (books, members, loans)</source>
      <translation>Ajouter des &amp;données de démonstration (livres, adhérents, prêts)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/wizard.py" line="130" />
      <source>&amp;Books:</source>
      <translation>&amp;Livres :</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/wizard.py" line="145" />
      <source>Set up Library Desk</source>
      <translation>Configurer Library Desk</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/wizard.py" line="151" />
      <source>&amp;Create library</source>
      <translation>&amp;Créer la bibliothèque</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/wizard.py" line="179" />
      <source>Demo data is not available in this version; the library starts empty.</source>
      <translation>Les données de démonstration ne sont pas disponibles dans cette version ; la bibliothèque démarre vide.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/wizard.py" line="181" />
      <source>Demo data: {books} books, {members} members, {loans} loans.</source>
      <translation>Données de démonstration : {books} livres, {members} adhérents, {loans} prêts.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/wizard.py" line="185" />
      <source>Setting up the library… Adding demo data may take a moment.</source>
      <translation>Création de la bibliothèque… L'ajout des données de démonstration peut prendre un moment.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/wizard.py" line="186" />
      <source>Setting up the library…</source>
      <translation>Création de la bibliothèque…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/wizard.py" line="72" />
      <source>The name and address are printed on slips and letters.</source>
      <translation>Le nom et l'adresse sont imprimés sur les tickets et les lettres.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/wizard.py" line="72" />
      <source>Your library</source>
      <translation>Votre bibliothèque</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/wizard.py" line="73" />
      <source>Library &amp;name:</source>
      <translation>&amp;Nom de la bibliothèque :</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/wizard.py" line="74" />
      <source>&amp;Address:</source>
      <translation>&amp;Adresse :</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/wizard.py" line="75" />
      <source>e.g. Riverside School Library</source>
      <translation>par ex. Bibliothèque de l'école des Tilleuls</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/wizard.py" line="79" />
      <source>The library needs a name (first field).</source>
      <translation>La bibliothèque doit avoir un nom (premier champ).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/wizard.py" line="86" />
      <source>First administrator</source>
      <translation>Premier administrateur</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/wizard.py" line="86" />
      <source>This account can change settings and add other staff.</source>
      <translation>Ce compte peut modifier les paramètres et ajouter d'autres membres du personnel.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/wizard.py" line="88" />
      <source>Full &amp;name:</source>
      <translation>&amp;Nom complet :</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/wizard.py" line="90" />
      <source>&amp;Repeat password:</source>
      <translation>&amp;Confirmer le mot de passe :</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/wizard.py" line="97" />
      <source>Username: use letters, digits, '.', '-' or '_' only.</source>
      <translation>Identifiant : utilisez uniquement des lettres, des chiffres, '.', '-' ou '_'.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/wizard.py" line="99" />
      <source>Full name: type the administrator's name.</source>
      <translation>Nom complet : saisissez le nom de l'administrateur.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="103" />
      <source>Call numbers</source>
      <translation>Cotes</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="107" />
      <source>Count being scanned</source>
      <translation>Comptage en cours</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="109" />
      <source>Scan the books on the shelf…</source>
      <translation>Scannez les livres du rayon…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="110" />
      <source>Scan a copy's barcode</source>
      <translation>Scanner le code-barres d’un exemplaire</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="118" />
      <source>Choose or start a count, then scan the books on the shelf.</source>
      <translation>Choisissez ou commencez un comptage, puis scannez les livres du rayon.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="122" />
      <source>Stock-take report</source>
      <translation>Rapport d’inventaire</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="128" />
      <source>Show report</source>
      <translation>Afficher le rapport</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="129" />
      <source>Finish count</source>
      <translation>Terminer le comptage</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="130" />
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="286" />
      <source>Mark missing lost</source>
      <translation>Marquer les manquants perdus</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="131" />
      <source>Save CSV…</source>
      <translation>Enregistrer en CSV…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="132" />
      <source>Save PDF…</source>
      <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="136" />
      <source>Needs a librarian or admin</source>
      <translation>Demande un bibliothécaire ou un admin</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="147" />
      <source>Count</source>
      <translation>Comptage</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="165" />
      <source>(any location)</source>
      <translation>(tout emplacement)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="172" />
      <source>finished</source>
      <translation>terminé</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="208" />
      <source>Counting {name}. Scan the books on the shelf.</source>
      <translation>Comptage {name}. Scannez les livres du rayon.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="220" />
      <source>{name} is finished: the report is below.</source>
      <translation>{name} est terminé : le rapport est ci-dessous.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="244" />
      <source>Scanned {all}: {here} here, {misplaced} misplaced, {on_loan} on loan, {found} found, {unknown} unknown</source>
      <translation>{all} scannés : {here} ici, {misplaced} mal rangés, {on_loan} en prêt, {found} retrouvés, {unknown} inconnus</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="275" />
      <source>{here} of {expected} expected found · {missing} missing · {misplaced} misplaced · {on_loan} on loan · {found} found · {unknown} unknown</source>
      <translation>{here} sur {expected} attendus trouvés · {missing} manquants · {misplaced} mal rangés · {on_loan} en prêt · {found} retrouvés · {unknown} inconnus</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="287" />
      <source>Mark every copy this count missed as lost? Each one is recorded and synced.</source>
      <translation>Marquer perdus tous les exemplaires que ce comptage n’a pas trouvés ? Chacun est enregistré et synchronisé.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="296" />
      <source>Marked {count} missing copies lost</source>
      <translation>{count} exemplaires manquants marqués perdus</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="313" />
      <source>Saved {path}</source>
      <translation>{path} enregistré</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="318" />
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="321" />
      <source>Save stock-take report</source>
      <translation>Enregistrer le rapport d’inventaire</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="40" />
      <source>Misplaced (belongs elsewhere)</source>
      <translation>Mal rangé (va ailleurs)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="40" />
      <source>Missing</source>
      <translation>Manquant</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="41" />
      <source>Lost or withdrawn, found</source>
      <translation>Perdu ou retiré, retrouvé</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="41" />
      <source>On loan but on the shelf (check in)</source>
      <translation>En prêt mais sur le rayon (à rendre)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="42" />
      <source>Unknown barcodes</source>
      <translation>Codes-barres inconnus</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="43" />
      <source>Section</source>
      <translation>Section</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="44" />
      <source>available</source>
      <translation>disponible</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="44" />
      <source>on loan</source>
      <translation>en prêt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="44" />
      <source>on the hold shelf</source>
      <translation>sur l’étagère des réservations</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="45" />
      <source>damaged</source>
      <translation>abîmé</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="45" />
      <source>withdrawn</source>
      <translation>retiré</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="46" />
      <source>in repair</source>
      <translation>en réparation</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="46" />
      <source>reference</source>
      <translation>consultation sur place</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="55" />
      <source>✔ {code} belongs here: {title}</source>
      <translation>✔ {code} est à sa place : {title}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="56" />
      <source>➜ {code} is misplaced: it belongs in {where} ({title})</source>
      <translation>➜ {code} est mal rangé : il va dans {where} ({title})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="57" />
      <source>⚠ {code} is on loan: check it in at the desk ({title})</source>
      <translation>⚠ {code} est en prêt : faites-le rendre à l’accueil ({title})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="58" />
      <source>★ {code} was {status}: found! ({title})</source>
      <translation>★ {code} était {status} : retrouvé ! ({title})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="59" />
      <source>✘ {code} is not a copy of this library</source>
      <translation>✘ {code} n’est pas un exemplaire de cette bibliothèque</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="62" />
      <source>(scanned before: counted once)</source>
      <translation>(déjà scanné : compté une fois)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="68" />
      <source>Stock-take: {name}</source>
      <translation>Inventaire : {name}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="69" />
      <source>{scope} · started {started} · {finished} · {here} of {expected} expected copies found, {scanned} scanned</source>
      <translation>{scope} · commencé le {started} · {finished} · {here} exemplaires trouvés sur {expected} attendus, {scanned} scannés</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="71" />
      <source>finished {when}</source>
      <translation>terminé le {when}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="71" />
      <source>not finished</source>
      <translation>non terminé</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="85" />
      <source>New count</source>
      <translation>Nouveau comptage</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="87" />
      <source>Location to count</source>
      <translation>Emplacement à compter</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="88" />
      <source>e.g. QA76 or 500</source>
      <translation>p. ex. QA76 ou 500</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="89" />
      <source>First call number</source>
      <translation>Première cote</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="90" />
      <source>e.g. QA100 or 599</source>
      <translation>p. ex. QA100 ou 599</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="91" />
      <source>Last call number</source>
      <translation>Dernière cote</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="92" />
      <source>Start count</source>
      <translation>Commencer le comptage</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="96" />
      <source>Librarians and admins start a count; clerks scan</source>
      <translation>Les bibliothécaires et les admins commencent un comptage ; l’accueil scanne</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/controller.py" line="161" />
      <source>Sync is not set up: an admin sets it up in Settings</source>
      <translation>La synchronisation n'est pas configurée : un administrateur la configure dans Paramètres</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/controller.py" line="202" />
      <source>The sync was stopped; it goes on from here at the next sync</source>
      <translation>La synchronisation a été arrêtée ; elle reprendra à partir d'ici à la prochaine synchronisation</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/controller.py" line="83" />
      <source>The server refused the login: {reason}</source>
      <translation>Le serveur a refusé la connexion : {reason}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/controller.py" line="85" />
      <source>This server account may not do that: {reason}</source>
      <translation>Ce compte du serveur n'a pas le droit de faire cela : {reason}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/controller.py" line="88" />
      <source>Unexpected problem: {error}</source>
      <translation>Problème inattendu : {error}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/desks.py" line="101" />
      <source>Retire this desk?</source>
      <translation>Mettre ce poste hors service ?</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/desks.py" line="102" />
      <source>Retire “{desk}” (desk code {code})? Its credential stops working at once and its code is freed. Work it has not sent yet stays on that computer until someone sets it up again.</source>
      <translation>Mettre “{desk}” (code du poste {code}) hors service ? Sa clé d'accès cesse aussitôt de fonctionner et son code est libéré. Le travail qu'il n'a pas encore envoyé reste sur cet ordinateur jusqu'à ce que quelqu'un le configure à nouveau.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/desks.py" line="110" />
      <source>“{desk}” is retired; its code is free.</source>
      <translation>“{desk}” est hors service ; son code est libre.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/desks.py" line="44" />
      <source>Last seen</source>
      <translation>Dernier contact</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/desks.py" line="50" />
      <source>Desks registered with the server</source>
      <translation>Postes enregistrés sur le serveur</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/desks.py" line="61" />
      <source>Sho&amp;w desks</source>
      <translation>Affic&amp;her les postes</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/desks.py" line="62" />
      <source>Reti&amp;re desk…</source>
      <translation>Mettre le p&amp;oste hors service…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/desks.py" line="82" />
      <source>This desk is not set up with a server yet.</source>
      <translation>Ce poste n'est pas encore configuré avec un serveur.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/desks.py" line="90" />
      <source>{count} desk(s) registered.</source>
      <translation>{count} poste(s) enregistré(s).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/desks.py" line="99" />
      <source>Select the desk to retire first.</source>
      <translation>Sélectionnez d'abord le poste à mettre hors service.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions.py" line="117" />
      <source>Note kept with the resolution (optional), e.g. 'spoke to both members'</source>
      <translation>Note conservée avec la résolution (facultative), par ex. « parlé aux deux adhérents »</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions.py" line="118" />
      <source>Resolution note</source>
      <translation>Note de résolution</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions.py" line="134" />
      <source>Only a librarian or an admin can resolve these.</source>
      <translation>Seul un bibliothécaire ou un administrateur peut les résoudre.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions.py" line="142" />
      <source>Loading…</source>
      <translation>Chargement…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions.py" line="149" />
      <source>None open</source>
      <translation>Aucune en attente</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions.py" line="149" />
      <source>{count} open</source>
      <translation>{count} en attente</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions.py" line="160" />
      <source>The list could not be fetched: {reason}</source>
      <translation>La liste n'a pas pu être récupérée : {reason}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions.py" line="169" />
      <source>No exception chosen.</source>
      <translation>Aucune anomalie choisie.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions.py" line="190" />
      <source>Resolving #{id}…</source>
      <translation>Résolution de #{id}…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions.py" line="198" />
      <source>the server refused</source>
      <translation>le serveur a refusé</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions.py" line="199" />
      <source>#{id} could not be resolved that way: {reasons}</source>
      <translation>#{id} n'a pas pu être résolue ainsi : {reasons}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions.py" line="204" />
      <source>#{id} resolved ({action}). The desk fetches the changes now.</source>
      <translation>#{id} résolue ({action}). Le poste récupère maintenant les modifications.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions.py" line="57" />
      <source>#{id} — {problem} ({kind} at {desk})</source>
      <translation>#{id} — {problem} ({kind} sur {desk})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions.py" line="59" />
      <source>a desk</source>
      <translation>un poste</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions.py" line="68" />
      <source>Operation: {kind} ({details}), made at {when}</source>
      <translation>Opération : {kind} ({details}), effectuée le {when}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions.py" line="70" />
      <source>Operation: {kind}, made at {when}</source>
      <translation>Opération : {kind}, effectuée le {when}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions.py" line="80" />
      <location filename="../../desktop_app/ui/sync/exceptions.py" line="99" />
      <source>Sync exceptions</source>
      <translation>Anomalies de synchronisation</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions.py" line="83" />
      <source>What the library server could not apply. Each one stays here until a person resolves it; choose one to see what happened and what can be done.</source>
      <translation>Ce que le serveur de la bibliothèque n'a pas pu appliquer. Chaque anomalie reste ici jusqu'à ce que quelqu'un la résolve ; choisissez-en une pour voir ce qui s'est passé et ce qu'il est possible de faire.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions.py" line="86" />
      <source>Show every desk's exceptions</source>
      <translation>Afficher les anomalies de tous les postes</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions.py" line="88" />
      <source>&amp;Refresh</source>
      <translation>&amp;Actualiser</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions_model.py" line="18" />
      <source>Check-out</source>
      <translation>Prêt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions_model.py" line="18" />
      <source>Hold</source>
      <translation>Réservation</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions_model.py" line="19" />
      <source>Book edit</source>
      <translation>Modification de livre</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions_model.py" line="20" />
      <source>Copy edit</source>
      <translation>Modification d'exemplaire</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions_model.py" line="20" />
      <source>Member edit</source>
      <translation>Modification d'adhérent</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions_model.py" line="21" />
      <source>Category edit</source>
      <translation>Modification de catégorie</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions_model.py" line="24" />
      <source>Edited at two places</source>
      <translation>Modifié à deux endroits</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions_model.py" line="24" />
      <source>Lent at two desks</source>
      <translation>Prêté sur deux postes</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions_model.py" line="25" />
      <source>Not on loan</source>
      <translation>Pas en prêt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions_model.py" line="25" />
      <source>Same barcode or card twice</source>
      <translation>Même code-barres ou même carte en double</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions_model.py" line="28" />
      <source>&amp;Dismiss (handled by hand)</source>
      <translation>&amp;Classer (traité à la main)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions_model.py" line="28" />
      <source>&amp;Keep the second loan</source>
      <translation>&amp;Garder le second prêt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions_model.py" line="29" />
      <source>&amp;Apply anyway (override)</source>
      <translation>Appliquer &amp;quand même (forçage)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions_model.py" line="29" />
      <source>&amp;Take this desk's values</source>
      <translation>&amp;Prendre les valeurs de ce poste</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions_model.py" line="52" />
      <source>resolved: {action}</source>
      <translation>résolue : {action}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions_model.py" line="64" />
      <source>Problem</source>
      <translation>Problème</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/panel.py" line="107" />
      <location filename="../../desktop_app/ui/sync/status.py" line="62" />
      <source>Sync with the library server</source>
      <translation>Synchronisation avec le serveur de la bibliothèque</translation>
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
      <translation>Adresse du serveur</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/panel.py" line="115" />
      <source>e.g. Front desk</source>
      <translation>par ex. Banque de prêt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/panel.py" line="116" />
      <source>Desk name for the server</source>
      <translation>Nom du poste pour le serveur</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/panel.py" line="117" />
      <source>&amp;Test connection</source>
      <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/panel.py" line="118" />
      <source>Set up syn&amp;c…</source>
      <translation>Configurer la syn&amp;chronisation…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/panel.py" line="119" />
      <source>Sync n&amp;ow</source>
      <translation>Synchroniser &amp;maintenant</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/panel.py" line="134" />
      <source>Desk name on the ser&amp;ver</source>
      <translation>Nom du poste sur le ser&amp;veur</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/panel.py" line="157" />
      <source>This desk is “{desk}” (desk code {code}) at {server}.</source>
      <translation>Ce poste est “{desk}” (code du poste {code}) sur {server}.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/panel.py" line="162" />
      <source>Not set up: this desk works on its own. Enter the server address, test it, then set up sync with a server staff account.</source>
      <translation>Non configurée : ce poste fonctionne seul. Saisissez l'adresse du serveur, testez-la, puis configurez la synchronisation avec un compte du personnel du serveur.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/panel.py" line="177" />
      <source>Enter the server address first, e.g. http://library.local:8080.</source>
      <translation>Saisissez d'abord l'adresse du serveur, par ex. http://library.local:8080.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/panel.py" line="179" />
      <source>The server address “{url}” must start with http:// or https://, e.g. http://library.local:8080.</source>
      <translation>L'adresse du serveur “{url}” doit commencer par http:// ou https://, par ex. http://library.local:8080.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/panel.py" line="190" />
      <source>Asking {url}…</source>
      <translation>Interrogation de {url}…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/panel.py" line="196" />
      <source>Connected: library server protocol {protocol}, schema {schema}</source>
      <translation>Connecté : serveur de la bibliothèque, protocole {protocol}, schéma {schema}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/panel.py" line="199" />
      <source>No library server answers at {url}: {error}</source>
      <translation>Aucun serveur de bibliothèque ne répond à {url} : {error}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/panel.py" line="210" />
      <source>Enter a name for this desk (how the server and the other desks know it).</source>
      <translation>Saisissez un nom pour ce poste (celui sous lequel le serveur et les autres postes le connaissent).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/panel.py" line="229" />
      <source>Set up sync</source>
      <translation>Configurer la synchronisation</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/panel.py" line="230" />
      <source>Log in to the library server at {url} with a server staff account. The desk registers there as “{desk}”. The password is not stored.</source>
      <translation>Connectez-vous au serveur de la bibliothèque ({url}) avec un compte du personnel du serveur. Le poste s'y enregistre sous le nom “{desk}”. Le mot de passe n'est pas conservé.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/panel.py" line="239" />
      <source>Bring this library into the server?</source>
      <translation>Verser cette bibliothèque sur le serveur ?</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/panel.py" line="240" />
      <source>Upload this library (its catalog, members, loans, holds, fees and staff) to {url}? It becomes the server's library; other desks then start from it.</source>
      <translation>Envoyer cette bibliothèque (catalogue, adhérents, prêts, réservations, frais et personnel) vers {url} ? Elle devient la bibliothèque du serveur ; les autres postes partent ensuite d'elle.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/panel.py" line="250" />
      <source>Desk “{desk}” is registered with {url} (desk code {code}).</source>
      <translation>Le poste “{desk}” est enregistré auprès de {url} (code du poste {code}).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/panel.py" line="251" />
      <source>Desk “{desk}” is registered with {url}.</source>
      <translation>Le poste “{desk}” est enregistré auprès de {url}.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/panel.py" line="254" />
      <source>This library is now the server's ({count} rows uploaded).</source>
      <translation>Cette bibliothèque est désormais celle du serveur ({count} lignes envoyées).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/panel.py" line="258" />
      <source>This computer has no keyring: the desk's credential is kept in a file of its data folder, readable only by this account (never in backups).</source>
      <translation>Cet ordinateur n'a pas de trousseau de clés : la clé d'accès du poste est conservée dans un fichier de son dossier de données, lisible uniquement par ce compte (jamais dans les sauvegardes).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/panel.py" line="260" />
      <source>The first sync has started.</source>
      <translation>La première synchronisation a commencé.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/panel.py" line="63" />
      <source>Server &amp;username</source>
      <translation>&amp;Identifiant sur le serveur</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/panel.py" line="81" />
      <source>Enter the server username and the password.</source>
      <translation>Saisissez l'identifiant et le mot de passe du serveur.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/panel.py" line="83" />
      <source>Logging in…</source>
      <translation>Connexion…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/status.py" line="126" />
      <source>Log in to the library server</source>
      <translation>Connexion au serveur de la bibliothèque</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/status.py" line="127" />
      <source>The server at {server} refused this desk's credential (the desk was retired, or the keyring that kept its credential is gone). A librarian or admin logs in once to give it a new one; the password is not stored.</source>
      <translation>Le serveur {server} a refusé la clé d'accès de ce poste (le poste a été mis hors service, ou le trousseau qui conservait sa clé a disparu). Un bibliothécaire ou un administrateur se connecte une fois pour lui en donner une nouvelle ; le mot de passe n'est pas conservé.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/status.py" line="130" />
      <source>the server</source>
      <translation>de la bibliothèque</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/status.py" line="156" />
      <source>Sync status</source>
      <translation>État de la synchronisation</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/status.py" line="181" />
      <source>S&amp;ync</source>
      <translation>S&amp;ynchronisation</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/status.py" line="185" />
      <source>Sync &amp;now</source>
      <translation>Synchroniser &amp;maintenant</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/status.py" line="186" />
      <source>Sync &amp;exceptions…</source>
      <translation>&amp;Anomalies de synchronisation…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/status.py" line="195" />
      <source>Sync &amp;settings</source>
      <translation>&amp;Paramètres de synchronisation</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/status.py" line="28" />
      <source>receiving the library's changes</source>
      <translation>réception des modifications de la bibliothèque</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/status.py" line="28" />
      <source>sending this desk's work</source>
      <translation>envoi du travail de ce poste</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/status.py" line="35" />
      <source>{phase}: {done} of {total}</source>
      <translation>{phase} : {done} sur {total}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/status.py" line="36" />
      <source>{phase}: {done}</source>
      <translation>{phase} : {done}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/status.py" line="63" />
      <source>&amp;Stop</source>
      <translation>&amp;Arrêter</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/status.py" line="76" />
      <source>{progress}…
The desk can keep working meanwhile.</source>
      <translation>{progress}…
Le poste peut continuer à travailler pendant ce temps.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/texts.py" line="27" />
      <source>syncing — {progress}</source>
      <translation>synchronisation — {progress}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/texts.py" line="27" />
      <source>syncing…</source>
      <translation>synchronisation…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/texts.py" line="29" />
      <source>up to date ({when})</source>
      <translation>à jour ({when})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/texts.py" line="31" />
      <source>starting</source>
      <translation>démarrage</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/texts.py" line="33" />
      <source>offline</source>
      <translation>hors ligne</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/texts.py" line="35" />
      <source>login needed (click)</source>
      <translation>connexion requise (cliquez)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/texts.py" line="37" />
      <source>stopped</source>
      <translation>arrêtée</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/texts.py" line="44" />
      <source>not set up</source>
      <translation>non configurée</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/texts.py" line="45" />
      <source>{count} pending</source>
      <translation>{count} en attente d'envoi</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/texts.py" line="47" />
      <source>last sync {when}</source>
      <translation>dernière synchro {when}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/texts.py" line="50" />
      <source>{count} exception waiting</source>
      <translation>{count} anomalie en attente</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/texts.py" line="51" />
      <source>{count} exceptions waiting</source>
      <translation>{count} anomalies en attente</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/texts.py" line="58" />
      <source>Sync: {state}</source>
      <translation>Synchro : {state}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/texts.py" line="60" />
      <source>An admin sets up sync in Settings</source>
      <translation>Un administrateur configure la synchronisation dans Paramètres</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/texts.py" line="61" />
      <source>Server {server}, desk {desk} ({code})</source>
      <translation>Serveur {server}, poste {desk} ({code})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/texts.py" line="64" />
      <source>Click to see the sync exceptions</source>
      <translation>Cliquez pour voir les anomalies de synchronisation</translation>
    </message>
  </context>
</TS>
