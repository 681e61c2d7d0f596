<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
  <context>
    <name>LibraryDesk</name>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="119" />
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="123" />
      <location filename="../../desktop_app/ui/catalog/lookup.py" line="49" />
      <source>Title</source>
      <translation>Título</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="120" />
      <source>Subtitle</source>
      <translation>Subtítulo</translation>
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
      <translation>ISBN-10 o ISBN-13, con o sin guiones; se guardan ambos</translation>
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
      <translation>Editorial</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="126" />
      <location filename="../../desktop_app/ui/catalog/lookup.py" line="49" />
      <location filename="../../desktop_app/ui/catalog/model.py" line="40" />
      <source>Year</source>
      <translation>Año</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="127" />
      <source>Edition</source>
      <translation>Edición</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="128" />
      <location filename="../../desktop_app/ui/catalog/filters.py" line="29" />
      <location filename="../../desktop_app/ui/notices/texts.py" line="110" />
      <source>Language</source>
      <translation>Idioma</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="128" />
      <source>MARC three-letter code such as eng, ger, fre</source>
      <translation>Código MARC de tres letras, como spa, eng, fre</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="129" />
      <source>Series</source>
      <translation>Serie</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="130" />
      <source>Number in series</source>
      <translation>Número en la serie</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="131" />
      <source>Extent</source>
      <translation>Extensión</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="131" />
      <source>Pages and size, as MARC 300: 320 p. : ill. ; 24 cm</source>
      <translation>Páginas y tamaño, como MARC 300: 320 p. : il. ; 24 cm</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="132" />
      <source>Subjects</source>
      <translation>Materias</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="133" />
      <source>Description</source>
      <translation>Descripción</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="134" />
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="44" />
      <location filename="../../desktop_app/ui/catalog/filters.py" line="28" />
      <source>Item type</source>
      <translation>Tipo de documento</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="135" />
      <location filename="../../desktop_app/domain/fields.py" line="148" />
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="43" />
      <source>Call number</source>
      <translation>Signatura</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="136" />
      <source>Links</source>
      <translation>Enlaces</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="136" />
      <source>Web addresses (MARC 856), separated by ;</source>
      <translation>Direcciones web (MARC 856), separadas por ;</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="137" />
      <location filename="../../desktop_app/ui/catalog/model.py" line="39" />
      <source>Authors</source>
      <translation>Autores</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="138" />
      <source>ISBN search text</source>
      <translation>Texto de búsqueda del ISBN</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="139" />
      <source>More search text</source>
      <translation>Más texto de búsqueda</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="140" />
      <source>Title sort key</source>
      <translation>Clave de orden del título</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="141" />
      <source>Author sort key</source>
      <translation>Clave de orden del autor</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="147" />
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="123" />
      <location filename="../../desktop_app/ui/catalog/detail.py" line="73" />
      <source>Barcode</source>
      <translation>Código de barras</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="147" />
      <location filename="../../desktop_app/domain/fields.py" line="159" />
      <source>Generated when empty</source>
      <translation>Se genera si se deja vacío</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="149" />
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="43" />
      <location filename="../../desktop_app/ui/catalog/detail.py" line="77" />
      <source>Location</source>
      <translation>Ubicación</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="150" />
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="43" />
      <location filename="../../desktop_app/ui/catalog/detail.py" line="74" />
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="151" />
      <source>Acquired</source>
      <translation>Adquirido</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="152" />
      <source>Price</source>
      <translation>Precio</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="152" />
      <source>Whole cents</source>
      <translation>En céntimos, sin decimales</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="153" />
      <location filename="../../desktop_app/domain/fields.py" line="171" />
      <source>Notes</source>
      <translation>Notas</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="159" />
      <source>Card number</source>
      <translation>Número de carné</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="160" />
      <source>First name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="161" />
      <source>Last name</source>
      <translation>Apellidos</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="162" />
      <location filename="../../desktop_app/ui/members/model.py" line="36" />
      <source>Email</source>
      <translation>Correo electrónico</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="163" />
      <source>Phone</source>
      <translation>Teléfono</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="164" />
      <source>Address</source>
      <translation>Dirección</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="165" />
      <location filename="../../desktop_app/ui/members/model.py" line="33" />
      <source>Category</source>
      <translation>Categoría</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="166" />
      <source>The category's code; the library's default when empty</source>
      <translation>El código de la categoría; si se deja vacío, la predeterminada de la biblioteca</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="167" />
      <source>Joined</source>
      <translation>Socio desde</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="167" />
      <source>Today when empty</source>
      <translation>Hoy si se deja vacío</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="168" />
      <location filename="../../desktop_app/ui/members/model.py" line="34" />
      <source>Expires</source>
      <translation>Caduca</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="169" />
      <location filename="../../desktop_app/ui/members/model.py" line="24" />
      <source>Blocked</source>
      <translation>Bloqueado</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="170" />
      <source>Block reason</source>
      <translation>Motivo del bloqueo</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="171" />
      <source>For the staff only</source>
      <translation>Solo para el personal</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="172" />
      <source>Name sort key</source>
      <translation>Clave de orden del nombre</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/fields.py" line="62" />
      <source>Added</source>
      <translation>Añadido</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="154" />
      <source>Library name</source>
      <translation>Nombre de la biblioteca</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="155" />
      <source>printed on slips, letters, labels and cards</source>
      <translation>se imprime en comprobantes, cartas, etiquetas y carnés</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="156" />
      <source>Address for slips</source>
      <translation>Dirección para los comprobantes</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="157" />
      <source>printed on slips and letters</source>
      <translation>se imprime en comprobantes y cartas</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="158" />
      <source>Desk name</source>
      <translation>Nombre del puesto</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="159" />
      <source>this desk's name in sync and on slips</source>
      <translation>el nombre de este puesto en la sincronización y en los comprobantes</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="160" />
      <source>Currency</source>
      <translation>Moneda</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="161" />
      <source>ISO 4217 code of the money the library takes, like EUR, USD or GBP; empty: the currency of each desk's language and country</source>
      <translation>Código ISO 4217 de la moneda que cobra la biblioteca, como EUR, USD o GBP; vacío: la moneda del idioma y el país de cada puesto</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="163" />
      <location filename="../../desktop_app/ui/shell/wizard.py" line="119" />
      <source>Charge fines for late returns</source>
      <translation>Aplicar multas por retraso</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="164" />
      <source>Days to pick up a hold</source>
      <translation>Días para recoger una reserva</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="165" />
      <source>open days a copy waits on the hold shelf</source>
      <translation>días de apertura que un ejemplar espera en el estante de reservas</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="166" />
      <source>Closed every</source>
      <translation>Cerrado los</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="166" />
      <source>days of the week the library is shut</source>
      <translation>días de la semana en que la biblioteca está cerrada</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="167" />
      <source>Category of a new member</source>
      <translation>Categoría de un socio nuevo</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="168" />
      <source>Desk code</source>
      <translation>Código de puesto</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="169" />
      <source>two characters in every barcode and card number this desk makes (given by the server)</source>
      <translation>dos caracteres en cada código de barras y número de carné que genera este puesto (los asigna el servidor)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="171" />
      <source>Send notices to members</source>
      <translation>Enviar avisos a los socios</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="172" />
      <source>reminders, overdue notices and hold notices by email; a letter to print for a member without email</source>
      <translation>recordatorios, avisos de retraso y avisos de reserva por correo electrónico; una carta para imprimir para los socios sin correo electrónico</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="174" />
      <source>Notices are sent by</source>
      <translation>Los avisos los envía</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="176" />
      <source>desk: this desk sends them once a day; server: the library server does and this desk does not (a library that syncs has one sender)</source>
      <translation>puesto: este puesto los envía una vez al día; servidor: los envía el servidor de la biblioteca y este puesto no (una biblioteca que sincroniza tiene un solo remitente)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="178" />
      <source>Language of notices</source>
      <translation>Idioma de los avisos</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="179" />
      <source>the templates used: en English, de German, fr French, es Spanish</source>
      <translation>las plantillas usadas: en inglés, de alemán, fr francés, es español</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="180" />
      <source>Reminder before the due date (days)</source>
      <translation>Recordatorio antes del vencimiento (días)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="181" />
      <source>0: no reminder</source>
      <translation>0: sin recordatorio</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="182" />
      <source>First overdue notice (days late)</source>
      <translation>Primer aviso de retraso (días de retraso)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="183" />
      <source>0: none</source>
      <translation>0: ninguno</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="184" />
      <source>Second overdue notice (days late)</source>
      <translation>Segundo aviso de retraso (días de retraso)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="185" />
      <source>0: none; later than the first</source>
      <translation>0: ninguno; después del primero</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="186" />
      <source>Third overdue notice (days late)</source>
      <translation>Tercer aviso de retraso (días de retraso)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="187" />
      <source>0: none; later than the second</source>
      <translation>0: ninguno; después del segundo</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="188" />
      <source>Paper of printed letters</source>
      <translation>Papel de las cartas impresas</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="190" />
      <source>Mail server (SMTP)</source>
      <translation>Servidor de correo (SMTP)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="191" />
      <source>host name of the library's mail server; the password is kept in the system's keyring</source>
      <translation>nombre del servidor de correo de la biblioteca; la contraseña se guarda en el llavero del sistema</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="192" />
      <source>Mail server port</source>
      <translation>Puerto del servidor de correo</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="193" />
      <source>Mail server security</source>
      <translation>Seguridad del servidor de correo</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="195" />
      <source>starttls (port 587), tls (port 465) or none (a server on this computer only)</source>
      <translation>STARTTLS (puerto 587), TLS (puerto 465) o ninguna (solo para un servidor en este equipo)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="196" />
      <source>Mail server user</source>
      <translation>Usuario del servidor de correo</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="197" />
      <source>Send notices from (email address)</source>
      <translation>Enviar los avisos desde (dirección de correo electrónico)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="200" />
      <source>Charge fines for days the library is closed</source>
      <translation>Aplicar multas por los días en que la biblioteca está cerrada</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="202" />
      <source>Renewing an overdue loan</source>
      <translation>Renovar un préstamo con retraso</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="203" />
      <source>charge: the fine run up so far is charged and the loan renewed; refuse: it must be returned</source>
      <translation>cobrar: se cobra la multa acumulada hasta ahora y se renueva el préstamo; rechazar: hay que devolverlo</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="205" />
      <source>A lost copy that turns up</source>
      <translation>Un ejemplar perdido que aparece</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="206" />
      <source>refund: its lost fee is cancelled and what was paid refunded; keep: the lost fee stands</source>
      <translation>reembolsar: se anula su cargo por pérdida y se reembolsa lo pagado; mantener: el cargo por pérdida se mantiene</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="209" />
      <source>Forget who borrowed a returned book after (days)</source>
      <translation>Olvidar quién tomó prestado un libro devuelto tras (días)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="211" />
      <source>0: keep it; otherwise returned loans lose their member after so many days (the statistics stay)</source>
      <translation>0: conservarlo; si no, los préstamos devueltos pierden su socio tras ese número de días (las estadísticas se mantienen)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="213" />
      <source>Keep records of deletions for (days)</source>
      <translation>Conservar los registros de eliminaciones durante (días)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="215" />
      <source>a desk that has not synced for longer must download everything again</source>
      <translation>un puesto que lleve más tiempo sin sincronizar tiene que volver a descargarlo todo</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="217" />
      <source>Locations</source>
      <translation>Ubicaciones</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="219" />
      <source>one a line: the shelves and rooms a copy can be in</source>
      <translation>una por línea: los estantes y salas donde puede estar un ejemplar</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="22" />
      <source>Friday</source>
      <translation>Viernes</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="22" />
      <source>Monday</source>
      <translation>Lunes</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="22" />
      <source>Saturday</source>
      <translation>Sábado</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="22" />
      <source>Sunday</source>
      <translation>Domingo</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="22" />
      <source>Thursday</source>
      <translation>Jueves</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="22" />
      <source>Tuesday</source>
      <translation>Martes</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="22" />
      <source>Wednesday</source>
      <translation>Miércoles</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="220" />
      <source>Look up ISBNs in</source>
      <translation>Buscar ISBN en</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="222" />
      <source>one catalogue a line, tried in order: sru URL INDEX NAME, or openlibrary URL - NAME</source>
      <translation>un catálogo por línea, probados en orden: sru URL ÍNDICE NOMBRE, u openlibrary URL - NOMBRE</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="223" />
      <source>Seconds to wait for a catalogue</source>
      <translation>Segundos de espera para un catálogo</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="225" />
      <source>Fetch covers with looked-up records</source>
      <translation>Traer las portadas con los registros consultados</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="27" />
      <source>nobody (sent by hand)</source>
      <translation>nadie (envío manual)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="27" />
      <source>the library server</source>
      <translation>el servidor de la biblioteca</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="27" />
      <location filename="../../desktop_app/ui/shell/main_window.py" line="240" />
      <source>this desk</source>
      <translation>este puesto</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="28" />
      <source>STARTTLS (port 587)</source>
      <translation>STARTTLS (puerto 587)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="28" />
      <source>TLS (port 465)</source>
      <translation>TLS (puerto 465)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="28" />
      <source>none (a server on this computer)</source>
      <translation>ninguna (un servidor en este equipo)</translation>
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
      <translation>Carta</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="29" />
      <source>charge the fine run up so far</source>
      <translation>cobrar la multa acumulada hasta ahora</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="29" />
      <source>refuse: return it first</source>
      <translation>rechazar: devolverlo primero</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="30" />
      <source>cancel the lost fee, refund what was paid</source>
      <translation>anular el cargo por pérdida, reembolsar lo pagado</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="30" />
      <source>keep the lost fee</source>
      <translation>mantener el cargo por pérdida</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="31" />
      <source>English</source>
      <translation>Inglés</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="31" />
      <source>French</source>
      <translation>Francés</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="31" />
      <source>German</source>
      <translation>Alemán</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/settings.py" line="31" />
      <source>Spanish</source>
      <translation>Español</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/values.py" line="56" />
      <source>Audiobook</source>
      <translation>Audiolibro</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/values.py" line="56" />
      <location filename="../../desktop_app/ui/holds/tab.py" line="89" />
      <source>Book</source>
      <translation>Libro</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/values.py" line="56" />
      <source>E-book</source>
      <translation>Libro electrónico</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/values.py" line="56" />
      <source>Music</source>
      <translation>Música</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/values.py" line="57" />
      <source>DVD / video</source>
      <translation>DVD / vídeo</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/values.py" line="57" />
      <source>Magazine</source>
      <translation>Revista</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/values.py" line="57" />
      <source>Map</source>
      <translation>Mapa</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/values.py" line="57" />
      <source>Score</source>
      <translation>Partitura</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/values.py" line="58" />
      <source>Game</source>
      <translation>Juego</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/values.py" line="58" />
      <source>Kit</source>
      <translation>Kit</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/values.py" line="58" />
      <source>Other</source>
      <translation>Otro</translation>
    </message>
    <message>
      <location filename="../../desktop_app/domain/values.py" line="58" />
      <source>Software</source>
      <translation>Software</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="122" />
      <source>What would change</source>
      <translation>Lo que cambiaría</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="123" />
      <source>After</source>
      <translation>Después</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="123" />
      <source>Before</source>
      <translation>Antes</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="123" />
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="210" />
      <source>Field</source>
      <translation>Campo</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="128" />
      <source>Choose the copies and what to change, then Preview.</source>
      <translation>Elija los ejemplares y qué cambiar, luego Vista previa.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="134" />
      <source>Pre&amp;view</source>
      <translation>&amp;Vista previa</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="137" />
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="238" />
      <source>&amp;Apply</source>
      <translation>&amp;Aplicar</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="141" />
      <location filename="../../desktop_app/ui/catalog/queued.py" line="79" />
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="145" />
      <source>Close</source>
      <translation>Cerrar</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="190" />
      <source>Working out what would change…</source>
      <translation>Calculando lo que cambiaría…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="200" />
      <source>refused</source>
      <translation>rechazado</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="211" />
      <source>{copies} copies: {changing} would change, {same} are so already, {refused} refused.</source>
      <translation>{copies} ejemplares: {changing} cambiarían, {same} ya están así, {refused} rechazados.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="215" />
      <source>The first {count} lines are shown.</source>
      <translation>Se muestran las primeras {count} líneas.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="237" />
      <source>Change {count} copies as the preview shows? Each change is recorded and synced.</source>
      <translation>¿Cambiar {count} ejemplares como muestra la vista previa? Cada cambio se registra y se sincroniza.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="238" />
      <location filename="../../desktop_app/ui/catalog/detail.py" line="277" />
      <location filename="../../desktop_app/ui/catalog/detail.py" line="257" />
      <source>Cancel</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="258" />
      <source>Changed {fields} fields of {copies} copies; {refused} refused.</source>
      <translation>{fields} campos de {copies} ejemplares cambiados; {refused} rechazados.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="64" />
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="236" />
      <source>Bulk edit copies</source>
      <translation>Editar ejemplares en bloque</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="67" />
      <source>The copies of the {count} titles found</source>
      <translation>Los ejemplares de los {count} títulos encontrados</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="70" />
      <source>&amp;Scanned barcodes, one a line:</source>
      <translation>Códigos &amp;escaneados, uno por línea:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="74" />
      <source>Barcodes of the copies to change</source>
      <translation>Códigos de los ejemplares a cambiar</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="79" />
      <location filename="../../desktop_app/ui/catalog/copy_dialog.py" line="136" />
      <location filename="../../desktop_app/ui/catalog/copy_dialog.py" line="262" />
      <source>&amp;Location</source>
      <translation>&amp;Ubicación</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="82" />
      <source>Call number &amp;prefix</source>
      <translation>&amp;Prefijo de signatura</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="85" />
      <source>e.g. FIC</source>
      <translation>p. ej. FIC</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="88" />
      <source>e.g. F</source>
      <translation>p. ej. F</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="89" />
      <source>S&amp;tatus</source>
      <translation>E&amp;stado</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/bulk_dialog.py" line="94" />
      <source>&amp;Item type of the titles</source>
      <translation>&amp;Tipo de material de los títulos</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/copy_dialog.py" line="100" />
      <source>Barcode label to add</source>
      <translation>Etiqueta de código a añadir</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/copy_dialog.py" line="101" />
      <source>scan each label, Enter after each</source>
      <translation>escanee cada etiqueta, Intro después de cada una</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/copy_dialog.py" line="105" />
      <source>Barcodes to add</source>
      <translation>Códigos a añadir</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/copy_dialog.py" line="107" />
      <source>&amp;Remove from the list</source>
      <translation>&amp;Quitar de la lista</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/copy_dialog.py" line="135" />
      <location filename="../../desktop_app/ui/catalog/copy_dialog.py" line="261" />
      <source>&amp;Call number</source>
      <translation>&amp;Signatura</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/copy_dialog.py" line="137" />
      <location filename="../../desktop_app/ui/catalog/copy_dialog.py" line="263" />
      <source>&amp;Price</source>
      <translation>&amp;Precio</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/copy_dialog.py" line="140" />
      <source>&amp;Add copies</source>
      <translation>&amp;Añadir ejemplares</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/copy_dialog.py" line="181" />
      <source>'{text}' has no usable characters for a barcode</source>
      <translation>'{text}' no tiene caracteres válidos para un código de barras</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/copy_dialog.py" line="184" />
      <source>{barcode} is in the list already</source>
      <translation>{barcode} ya está en la lista</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/copy_dialog.py" line="188" />
      <source>{barcode} is used by a copy of '{title}': scan another label</source>
      <translation>{barcode} lo usa un ejemplar de '{title}': escanee otra etiqueta</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/copy_dialog.py" line="193" />
      <source>{count} labels to add</source>
      <translation>{count} etiquetas por añadir</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/copy_dialog.py" line="206" />
      <source>Scan the labels of the new copies first, or choose generated barcodes</source>
      <translation>Escanee primero las etiquetas de los ejemplares nuevos o elija códigos generados</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/copy_dialog.py" line="223" />
      <source>Added {count} copies: {barcodes}</source>
      <translation>Se han añadido {count} ejemplares: {barcodes}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/copy_dialog.py" line="242" />
      <source>Copy {barcode} of '{title}'</source>
      <translation>Ejemplar {barcode} de '{title}'</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/copy_dialog.py" line="247" />
      <source>A new label can be scanned here; the old barcode then no longer finds the copy</source>
      <translation>Aquí se puede escanear una etiqueta nueva; el código anterior ya no encontrará el ejemplar</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/copy_dialog.py" line="260" />
      <source>&amp;Barcode</source>
      <translation>Código de &amp;barras</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/copy_dialog.py" line="264" />
      <location filename="../../desktop_app/ui/members/dialog.py" line="79" />
      <source>&amp;Notes</source>
      <translation>Nota&amp;s</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/copy_dialog.py" line="265" />
      <source>Status: {status}</source>
      <translation>Estado: {status}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/copy_dialog.py" line="298" />
      <source>Copy {barcode}: {count} fields changed</source>
      <translation>Ejemplar {barcode}: {count} campos cambiados</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/copy_dialog.py" line="62" />
      <source>e.g. {example}</source>
      <translation>p. ej. {example}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/copy_dialog.py" line="73" />
      <source>Price: '{text}' is not an amount</source>
      <translation>Precio: '{text}' no es un importe</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/copy_dialog.py" line="91" />
      <source>Add copies of '{title}'</source>
      <translation>Añadir ejemplares de '{title}'</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/copy_dialog.py" line="93" />
      <source>&amp;Scanned labels</source>
      <translation>Etiquetas &amp;escaneadas</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/copy_dialog.py" line="95" />
      <source>&amp;Generated barcodes</source>
      <translation>Códigos &amp;generados</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/cover.py" line="103" />
      <source>No cover</source>
      <translation>Sin cubierta</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/cover.py" line="120" />
      <source>Replace co&amp;ver…</source>
      <translation>Sustituir cu&amp;bierta…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/cover.py" line="122" />
      <source>Choose a picture file (JPEG or PNG) as this book's cover</source>
      <translation>Elegir una imagen (JPEG o PNG) como cubierta de este libro</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/cover.py" line="149" />
      <source>Replace cover</source>
      <translation>Sustituir cubierta</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/cover.py" line="150" />
      <source>Pictures (*.jpg *.jpeg *.png *.gif *.webp *.bmp)</source>
      <translation>Imágenes (*.jpg *.jpeg *.png *.gif *.webp *.bmp)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/cover.py" line="175" />
      <source>The cover was replaced</source>
      <translation>Se sustituyó la cubierta</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/cover.py" line="60" />
      <source>{name} is {size} MB; a cover may be at most {limit} MB</source>
      <translation>{name} ocupa {size} MB; una cubierta puede ocupar como máximo {limit} MB</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/cover.py" line="65" />
      <source>{name} cannot be read: {why}</source>
      <translation>No se puede leer {name}: {why}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/cover.py" line="82" />
      <source>Cover</source>
      <translation>Cubierta</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="102" />
      <source>Book details</source>
      <translation>Detalles del libro</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="104" />
      <location filename="../../desktop_app/ui/catalog/detail.py" line="190" />
      <source>Choose a book to see its copies</source>
      <translation>Elija un libro para ver sus ejemplares</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="118" />
      <source>Copies of this book</source>
      <translation>Ejemplares de este libro</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="129" />
      <source>Add &amp;copies…</source>
      <translation>Añadir &amp;ejemplares…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="129" />
      <source>Add copies with scanned labels or new barcodes</source>
      <translation>Añadir ejemplares con etiquetas escaneadas o códigos nuevos</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="130" />
      <source>Change the chosen copy's barcode, call number, location, price or notes</source>
      <translation>Cambiar el código, la signatura, la ubicación, el precio o las notas del ejemplar elegido</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="130" />
      <source>E&amp;dit copy…</source>
      <translation>E&amp;ditar ejemplar…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="131" />
      <source>&amp;Withdraw</source>
      <translation>Dar de &amp;baja</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="131" />
      <source>Withdraw the chosen copies from the collection</source>
      <translation>Dar de baja en la colección los ejemplares elegidos</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="132" />
      <source>Mark l&amp;ost</source>
      <translation>Marcar como &amp;perdido</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="133" />
      <source>Mark the chosen copies lost (a borrowed copy is charged to the borrower)</source>
      <translation>Marcar como perdidos los ejemplares elegidos (un ejemplar prestado se le carga al socio que lo tiene)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="134" />
      <source>Put &amp;back</source>
      <translation>&amp;Reponer</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="134" />
      <source>Put withdrawn, lost or damaged copies back on the shelf</source>
      <translation>Devolver a la estantería los ejemplares dados de baja, perdidos o dañados</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="135" />
      <source>&amp;Print labels…</source>
      <translation>Imprimir e&amp;tiquetas…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="135" />
      <source>Print spine or barcode labels for the chosen copies</source>
      <translation>Imprimir tejuelos o etiquetas de código de barras para los ejemplares elegidos</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="145" />
      <source>&amp;More</source>
      <translation>&amp;Más</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="154" />
      <source>Delete withdrawn copies…</source>
      <translation>Eliminar ejemplares retirados…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="196" />
      <source>no author</source>
      <translation>sin autor</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="207" />
      <source>1 copy, {shelf} on the shelf</source>
      <translation>1 ejemplar, {shelf} en estantería</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="209" />
      <source>{count} copies, {shelf} on the shelf</source>
      <translation>{count} ejemplares, {shelf} en estantería</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="212" />
      <source>1 hold waiting</source>
      <translation>1 reserva en espera</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="214" />
      <source>{count} holds waiting</source>
      <translation>{count} reservas en espera</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="236" />
      <source>Choose one copy in the list to edit</source>
      <translation>Elija un ejemplar de la lista para editarlo</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="252" />
      <location filename="../../desktop_app/ui/catalog/detail.py" line="272" />
      <source>Choose one or more copies in the list first</source>
      <translation>Elija primero uno o más ejemplares de la lista</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="254" />
      <source>Delete copies</source>
      <translation>Eliminar ejemplares</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="255" />
      <source>Delete {barcodes} for good? Only withdrawn copies that were never lent can be deleted.</source>
      <translation>¿Eliminar {barcodes} definitivamente? Solo se pueden eliminar ejemplares retirados que nunca se prestaron.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="266" />
      <source>Deleted {count} copies</source>
      <translation>{count} ejemplares eliminados</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="276" />
      <source>{action}: {barcodes}</source>
      <translation>{action}: {barcodes}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="277" />
      <source>&amp;Note (optional):</source>
      <translation>&amp;Nota (opcional):</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="287" />
      <source>{action}: {count} copies</source>
      <translation>{action}: {count} ejemplares</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="41" />
      <location filename="../../desktop_app/ui/reports/tab.py" line="40" />
      <source>On loan</source>
      <translation>En préstamo</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="41" />
      <source>On the hold shelf</source>
      <translation>En el estante de reservas</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="41" />
      <source>On the shelf</source>
      <translation>En estantería</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="42" />
      <source>Damaged</source>
      <translation>Dañado</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="42" />
      <source>Lost</source>
      <translation>Perdido</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="42" />
      <source>Withdrawn</source>
      <translation>De baja</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="43" />
      <location filename="../../desktop_app/ui/common/reasons.py" line="23" />
      <source>In repair</source>
      <translation>En reparación</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="43" />
      <source>Reference: not for loan</source>
      <translation>Consulta: no se presta</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="46" />
      <source>Mark lost</source>
      <translation>Marcar como perdido</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="46" />
      <source>Put back</source>
      <translation>Reponer</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="46" />
      <source>Withdraw</source>
      <translation>Dar de baja</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="47" />
      <source>Mark damaged</source>
      <translation>Marcar dañado</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="47" />
      <source>Send to repair</source>
      <translation>Enviar a reparar</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="48" />
      <source>Make reference (not for loan)</source>
      <translation>Pasar a consulta (no se presta)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="75" />
      <source>With</source>
      <translation>Prestado a</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/detail.py" line="76" />
      <location filename="../../desktop_app/ui/desk/loans.py" line="26" />
      <location filename="../../desktop_app/ui/desk/slip.py" line="135" />
      <source>Due</source>
      <translation>Vence</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="100" />
      <source>Loo&amp;k up ISBN</source>
      <translation>Bus&amp;car ISBN</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="110" />
      <source>&amp;Authors</source>
      <translation>&amp;Autores</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="114" />
      <source>unknown</source>
      <translation>desconocido</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="118" />
      <source>three letters, e.g. eng</source>
      <translation>tres letras, p. ej., spa</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="121" />
      <source>separated by ;</source>
      <translation>separados por ;</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="169" />
      <source>Authors, in order</source>
      <translation>Autores, en orden</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="170" />
      <location filename="../../desktop_app/ui/members/model.py" line="32" />
      <location filename="../../desktop_app/ui/settings/categories.py" line="43" />
      <source>Name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="170" />
      <location filename="../../desktop_app/ui/settings/staff.py" line="55" />
      <location filename="../../desktop_app/ui/sync/desks.py" line="43" />
      <source>Role</source>
      <translation>Función</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="178" />
      <location filename="../../desktop_app/ui/settings/tab.py" line="196" />
      <source>Add</source>
      <translation>Añadir</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="178" />
      <source>Add author</source>
      <translation>Añadir autor</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="179" />
      <source>Remove</source>
      <translation>Quitar</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="179" />
      <source>Remove author</source>
      <translation>Quitar autor</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="180" />
      <source>Move author up</source>
      <translation>Subir autor</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="180" />
      <source>Up</source>
      <translation>Subir</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="181" />
      <source>Down</source>
      <translation>Bajar</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="181" />
      <source>Move author down</source>
      <translation>Bajar autor</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="200" />
      <source>Role of author {number}</source>
      <translation>Función del autor {number}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="270" />
      <source>Valid ISBN</source>
      <translation>ISBN válido</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="323" />
      <source>Saved '{title}'</source>
      <translation>Se ha guardado '{title}'</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="329" />
      <source>There is already '{title}' with ISBN {isbn}. Add a copy to it instead?</source>
      <translation>Ya existe '{title}' con el ISBN {isbn}. ¿Añadirle un ejemplar en su lugar?</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="331" />
      <source>ISBN already in the catalog</source>
      <translation>ISBN ya presente en el catálogo</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="335" />
      <source>It has 1 copy now.</source>
      <translation>Ahora tiene 1 ejemplar.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="336" />
      <source>It has {count} copies now.</source>
      <translation>Ahora tiene {count} ejemplares.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="337" />
      <source>&amp;Add a copy to it</source>
      <translation>&amp;Añadirle un ejemplar</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="339" />
      <source>&amp;Back to the form</source>
      <translation>&amp;Volver al formulario</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="343" />
      <source>&amp;Save as a new book anyway</source>
      <translation>&amp;Guardar como libro nuevo de todos modos</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="60" />
      <source>author</source>
      <translation>autor</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="60" />
      <source>editor</source>
      <translation>editor</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="61" />
      <source>illustrator</source>
      <translation>ilustrador</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="61" />
      <source>translator</source>
      <translation>traductor</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="62" />
      <source>contributor</source>
      <translation>colaborador</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="62" />
      <source>narrator</source>
      <translation>narrador</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="90" />
      <source>Edit book</source>
      <translation>Editar libro</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/dialog.py" line="90" />
      <source>New book</source>
      <translation>Nuevo libro</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/filters.py" line="12" />
      <source>Any</source>
      <translation>Todos</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/filters.py" line="25" />
      <source>&amp;Available now</source>
      <translation>&amp;Disponible ahora</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/filters.py" line="27" />
      <source>Only titles with a copy on the shelf</source>
      <translation>Solo títulos con un ejemplar en estantería</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/filters.py" line="30" />
      <source>Published from year</source>
      <translation>Publicado desde el año</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/filters.py" line="31" />
      <source>Published up to year</source>
      <translation>Publicado hasta el año</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/filters.py" line="33" />
      <source>&amp;Language</source>
      <translation>&amp;Idioma</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/filters.py" line="33" />
      <source>&amp;Type</source>
      <translation>&amp;Tipo</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/filters.py" line="34" />
      <source>Yea&amp;r</source>
      <translation>A&amp;ño</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/filters.py" line="34" />
      <location filename="../../desktop_app/ui/interchange/printing.py" line="155" />
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="101" />
      <source>to</source>
      <translation>hasta</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/filters.py" line="63" />
      <source>any</source>
      <translation>cualquiera</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/lookup.py" line="100" />
      <source>Ask the library's catalogues (Settings, Cataloguing) for this ISBN</source>
      <translation>Consultar los catálogos de la biblioteca (Ajustes, Catalogación) por este ISBN</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/lookup.py" line="149" />
      <source>Asking {catalogues} for ISBN {isbn}…</source>
      <translation>Consultando {catalogues} por el ISBN {isbn}…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/lookup.py" line="165" />
      <source>No catalogue could be reached.</source>
      <translation>No se pudo contactar con ningún catálogo.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/lookup.py" line="173" />
      <location filename="../../desktop_app/ui/catalog/queued.py" line="187" />
      <source>{count} records found: choose one</source>
      <translation>{count} registros encontrados: elija uno</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/lookup.py" line="181" />
      <source>Filled from {source}: check the fields, then save.</source>
      <translation>Rellenado desde {source}: revise los campos y guarde.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/lookup.py" line="186" />
      <source>Catalogues not reachable</source>
      <translation>Catálogos no disponibles</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/lookup.py" line="187" />
      <source>No catalogue could be reached for ISBN {isbn}. Is this desk offline?</source>
      <translation>No se pudo contactar con ningún catálogo para el ISBN {isbn}. ¿Está este puesto sin conexión?</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/lookup.py" line="192" />
      <source>&amp;Queue it: look it up later</source>
      <translation>&amp;Poner en cola: buscarlo más tarde</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/lookup.py" line="194" />
      <source>&amp;Type the record in</source>
      <translation>&amp;Escribir el registro</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/lookup.py" line="202" />
      <source>ISBN {isbn} is queued: it is looked up again when a catalogue answers.</source>
      <translation>El ISBN {isbn} está en cola: se buscará de nuevo cuando un catálogo responda.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/lookup.py" line="41" />
      <source>Choose a record</source>
      <translation>Elegir un registro</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/lookup.py" line="43" />
      <source>The catalogues found {count} records. Choose the one that matches the book in hand.</source>
      <translation>Los catálogos encontraron {count} registros. Elija el que corresponde al libro que tiene en la mano.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/lookup.py" line="48" />
      <source>Records found</source>
      <translation>Registros encontrados</translation>
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
      <translation>Fuente</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/lookup.py" line="67" />
      <source>&amp;Use this record</source>
      <translation>&amp;Usar este registro</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/lookup.py" line="95" />
      <source>ISBN to look up</source>
      <translation>ISBN que buscar</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/lookup.py" line="96" />
      <source>scan or type an ISBN, then Enter</source>
      <translation>escanee o escriba un ISBN y pulse Intro</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/lookup.py" line="98" />
      <source>&amp;Look up</source>
      <translation>&amp;Buscar</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/model.py" line="128" />
      <source>Click to sort</source>
      <translation>Haga clic para ordenar</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/model.py" line="41" />
      <source>Type</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/model.py" line="44" />
      <source>Available</source>
      <translation>Disponibles</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/model.py" line="69" />
      <source>{available} of {copies}</source>
      <translation>{available} de {copies}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/queued.py" line="124" />
      <source>No ISBN is queued.</source>
      <translation>No hay ningún ISBN en espera.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/queued.py" line="166" />
      <source>Asking the catalogues for the queued ISBNs…</source>
      <translation>Consultando los catálogos por los ISBN en espera…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/queued.py" line="176" />
      <source>Asking the catalogues for ISBN {isbn}…</source>
      <translation>Consultando los catálogos por el ISBN {isbn}…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/queued.py" line="207" />
      <source>The record of ISBN {isbn} is in the catalog.</source>
      <translation>El registro del ISBN {isbn} está en el catálogo.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/queued.py" line="216" />
      <source>ISBN {isbn} is no longer queued.</source>
      <translation>El ISBN {isbn} ya no está en espera.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/queued.py" line="34" />
      <source>found: add it</source>
      <translation>encontrado: añádalo</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/queued.py" line="34" />
      <source>waiting for a catalogue</source>
      <translation>esperando un catálogo</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/queued.py" line="35" />
      <source>added</source>
      <translation>añadido</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/queued.py" line="35" />
      <source>not known to any catalogue</source>
      <translation>desconocido en todos los catálogos</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/queued.py" line="51" />
      <source>Queued ISBN look-ups</source>
      <translation>Consultas de ISBN en espera</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/queued.py" line="53" />
      <source>ISBNs scanned while no catalogue could be reached. They are looked up again on their own when a catalogue answers; a librarian checks a found record and adds it.</source>
      <translation>ISBN escaneados cuando no se podía llegar a ningún catálogo. Se vuelven a buscar solos cuando un catálogo responde; un bibliotecario revisa el registro encontrado y lo añade.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/queued.py" line="58" />
      <source>Queued look-ups</source>
      <translation>Consultas en espera</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/queued.py" line="59" />
      <location filename="../../desktop_app/ui/notices/tab.py" line="43" />
      <source>By</source>
      <translation>Envío</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/queued.py" line="59" />
      <source>Found</source>
      <translation>Encontrado</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/queued.py" line="59" />
      <source>Queued</source>
      <translation>En espera desde</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/queued.py" line="59" />
      <location filename="../../desktop_app/ui/members/detail.py" line="65" />
      <location filename="../../desktop_app/ui/settings/staff.py" line="56" />
      <source>State</source>
      <translation>Estado</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/queued.py" line="70" />
      <source>&amp;Look up now</source>
      <translation>&amp;Buscar ahora</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/queued.py" line="73" />
      <source>&amp;Add the record…</source>
      <translation>&amp;Añadir el registro…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/queued.py" line="76" />
      <source>&amp;Remove from the queue</source>
      <translation>&amp;Quitar de la cola</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/queued.py" line="84" />
      <source>Librarians and admins add titles</source>
      <translation>Los bibliotecarios y administradores añaden títulos</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/tab.py" line="108" />
      <source>&amp;New book</source>
      <translation>&amp;Nuevo libro</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/tab.py" line="109" />
      <source>&amp;Edit book</source>
      <translation>&amp;Editar libro</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/tab.py" line="110" />
      <location filename="../../desktop_app/ui/catalog/tab.py" line="363" />
      <source>Delete book</source>
      <translation>Eliminar libro</translation>
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
      <translation>Importar / exportar</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/tab.py" line="160" />
      <source>&amp;Export…</source>
      <translation>&amp;Exportar…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/tab.py" line="160" />
      <source>&amp;Import records…</source>
      <translation>&amp;Importar registros…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/tab.py" line="161" />
      <source>Print &amp;labels…</source>
      <translation>Imprimir e&amp;tiquetas…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/tab.py" line="162" />
      <source>&amp;Queued ISBN look-ups…</source>
      <translation>Consultas de ISBN en &amp;espera…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/tab.py" line="163" />
      <source>&amp;Bulk edit copies…</source>
      <translation>Editar ejemplares en &amp;bloque…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/tab.py" line="169" />
      <source>Librarians and admins import records</source>
      <translation>Solo bibliotecarios y administradores importan registros</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/tab.py" line="171" />
      <source>Librarians and admins edit copies in bulk</source>
      <translation>Los bibliotecarios y administradores editan en bloque</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/tab.py" line="200" />
      <source>First {shown} of more than {total} matches — type more</source>
      <translation>Primeros {shown} de más de {total} resultados — escriba más</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/tab.py" line="203" />
      <source>{count} titles</source>
      <translation>{count} títulos</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/tab.py" line="204" />
      <source>1 title</source>
      <translation>1 título</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/tab.py" line="361" />
      <source>Delete '{title}' and its copy?</source>
      <translation>¿Eliminar '{title}' y su ejemplar?</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/tab.py" line="362" />
      <source>Delete '{title}' and its {count} copies?</source>
      <translation>¿Eliminar '{title}' y sus {count} ejemplares?</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/tab.py" line="363" />
      <source>&amp;Delete book</source>
      <translation>&amp;Eliminar libro</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/tab.py" line="364" />
      <source>&amp;Keep it</source>
      <translation>&amp;Conservarlo</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/tab.py" line="371" />
      <source>Deleted '{title}'</source>
      <translation>Se ha eliminado '{title}'</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/tab.py" line="77" />
      <location filename="../../desktop_app/ui/shell/self_service.py" line="95" />
      <source>Search the catalog</source>
      <translation>Buscar en el catálogo</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/tab.py" line="78" />
      <source>Search title, author, ISBN, series, subject…   ({shortcut})</source>
      <translation>Buscar título, autor, ISBN, serie, materia…   ({shortcut})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/tab.py" line="87" />
      <source>Clear filters</source>
      <translation>Quitar filtros</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/catalog/tab.py" line="92" />
      <source>Catalog titles</source>
      <translation>Títulos del catálogo</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/alerts.py" line="10" />
      <source>Blocked: {reason}</source>
      <translation>Bloqueado: {reason}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/alerts.py" line="11" />
      <source>Membership expired on {date}</source>
      <translation>La inscripción caducó el {date}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/alerts.py" line="12" />
      <source>Membership expires on {date}</source>
      <translation>La inscripción caduca el {date}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/alerts.py" line="13" />
      <source>At the loan limit: {count} of {limit} loans</source>
      <translation>En el límite de préstamos: {count} de {limit}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/alerts.py" line="14" />
      <source>{count} of {limit} loans: one more may be lent</source>
      <translation>{count} de {limit} préstamos: se puede prestar uno más</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/alerts.py" line="15" />
      <source>Overdue items: {count} (up to {days} days late)</source>
      <translation>Ejemplares con retraso: {count} (hasta {days} días de retraso)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/alerts.py" line="16" />
      <source>Owes {amount} in fees</source>
      <translation>Debe {amount} en cargos</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/alerts.py" line="17" />
      <source>Ready for pickup: {titles}</source>
      <translation>Listos para recoger: {titles}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/alerts.py" line="19" />
      <source>{titles} and {count} more</source>
      <translation>{titles} y {count} más</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/alerts.py" line="20" />
      <source>no reason given</source>
      <translation>sin motivo indicado</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/errors.py" line="17" />
      <source>Not allowed</source>
      <translation>No permitido</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/errors.py" line="18" />
      <source>Please check</source>
      <translation>Revise, por favor</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/errors.py" line="19" />
      <source>Not found</source>
      <translation>No encontrado</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/errors.py" line="20" />
      <source>Conflict</source>
      <translation>Conflicto</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/errors.py" line="21" />
      <source>Not permitted</source>
      <translation>No autorizado</translation>
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
      <translation>Un problema inesperado ha detenido esta acción: {error}.
No se ha perdido nada de lo que ya estaba guardado. Los detalles están en el registro (Ayuda &gt; Mostrar el registro).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/errors.py" line="29" />
      <source>Something went wrong</source>
      <translation>Algo ha fallado</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/forms.py" line="143" />
      <source>{shortcut} saves</source>
      <translation>{shortcut} guarda</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/forms.py" line="183" />
      <source>Please give a reason</source>
      <translation>Indique un motivo, por favor</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/forms.py" line="215" />
      <source>&amp;Reason (optional):</source>
      <translation>&amp;Motivo (opcional):</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/reasons.py" line="12" />
      <source>{member} is blocked: {reason}</source>
      <translation>{member} está bloqueado: {reason}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/reasons.py" line="13" />
      <source>The membership of {member} expired on {date}</source>
      <translation>La inscripción de {member} caducó el {date}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/reasons.py" line="14" />
      <source>{member} has an item {days} days overdue (lending stops after {limit})</source>
      <translation>{member} tiene un ejemplar con {days} días de retraso (no se presta con más de {limit})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/reasons.py" line="15" />
      <source>{member} owes {amount} (lending stops above {limit_amount})</source>
      <translation>{member} debe {amount} (no se presta con más de {limit_amount})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/reasons.py" line="16" />
      <source>No copy has the barcode {barcode}</source>
      <translation>Ningún ejemplar tiene el código de barras {barcode}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/reasons.py" line="17" />
      <source>No member has the card number {card}</source>
      <translation>Ningún socio tiene el número de carné {card}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/reasons.py" line="18" />
      <source>On loan to {name} until {date}</source>
      <translation>Prestado a {name} hasta el {date}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/reasons.py" line="19" />
      <source>On the hold shelf for {name}</source>
      <translation>En el estante de reservas para {name}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/reasons.py" line="20" />
      <source>Marked lost</source>
      <translation>Marcado como perdido</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/reasons.py" line="21" />
      <source>Withdrawn from the collection</source>
      <translation>Dado de baja en la colección</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/reasons.py" line="22" />
      <source>Marked damaged</source>
      <translation>Marcado como dañado</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/reasons.py" line="24" />
      <source>For reference only: not for loan</source>
      <translation>Solo consulta: no se presta</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/reasons.py" line="25" />
      <source>{member} already has {count} items on loan (limit {limit})</source>
      <translation>{member} ya tiene {count} ejemplares en préstamo (límite {limit})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/reasons.py" line="26" />
      <source>Renewed {count} times already (limit {limit})</source>
      <translation>Ya renovado {count} veces (límite {limit})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/reasons.py" line="27" />
      <source>Cannot be renewed: other members wait for it ({count})</source>
      <translation>No se puede renovar: otros socios lo esperan ({count})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/reasons.py" line="28" />
      <source>{days} days overdue: it must be returned, not renewed</source>
      <translation>{days} días de retraso: hay que devolverlo, no renovarlo</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/reasons.py" line="29" />
      <source>Already due on {date}: renewing it today would not give more time</source>
      <translation>Ya vence el {date}: renovarlo hoy no daría más tiempo</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/reasons.py" line="30" />
      <source>Was due on {date}: an overdue loan is not renewed; it must be returned</source>
      <translation>Vencía el {date}: un préstamo con retraso no se renueva; hay que devolverlo</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/reasons.py" line="31" />
      <source>{member} owes {amount} (renewals stop above {limit_amount})</source>
      <translation>{member} debe {amount} (no se renueva con más de {limit_amount})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/reasons.py" line="32" />
      <source>{member} already has a hold on '{title}'</source>
      <translation>{member} ya tiene una reserva de '{title}'</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/reasons.py" line="33" />
      <source>{member} already has '{title}' on loan</source>
      <translation>{member} ya tiene '{title}' en préstamo</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/reasons.py" line="34" />
      <source>{member} already has {count} holds (limit {limit})</source>
      <translation>{member} ya tiene {count} reservas (límite {limit})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/reasons.py" line="38" />
      <source>{member} is blocked</source>
      <translation>{member} está bloqueado</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/reasons.py" line="39" />
      <source>On loan to {name}</source>
      <translation>Prestado a {name}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common/reasons.py" line="41" />
      <source>another member</source>
      <translation>otro socio</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/actions.py" line="143" />
      <source>Returned from the other member and lent, due {due}</source>
      <translation>Devuelto por el otro socio y prestado, vence el {due}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/actions.py" line="146" />
      <source>Returned from the other member; not lent: {reasons}</source>
      <translation>Devuelto por el otro socio; no prestado: {reasons}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/actions.py" line="151" />
      <source>The member's session has changed: scan the card again, then the book</source>
      <translation>La sesión del socio ha cambiado: escanee de nuevo el carné y luego el libro</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/actions.py" line="167" />
      <source>Not lent: lend it to {member}? [Enter]</source>
      <translation>No prestado: ¿prestárselo a {member}? [Enter]</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/actions.py" line="172" />
      <source>Other members wait for this title ({count}): lend it to {member} anyway? [Enter]</source>
      <translation>Otros socios esperan este título ({count}): ¿prestárselo a {member} de todos modos? [Enter]</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/actions.py" line="189" />
      <source>On loan to another member, and others wait for this title: return it first (F3)</source>
      <translation>Prestado a otro socio, y otros esperan este título: devuélvalo primero (F3)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/actions.py" line="191" />
      <source>On loan to another member: return it and lend it to {member}? [Enter]</source>
      <translation>Prestado a otro socio: ¿devolverlo y prestárselo a {member}? [Enter]</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/actions.py" line="210" />
      <source>{reasons}. Press Ctrl+O to override.</source>
      <translation>{reasons}. Pulse Ctrl+O para forzar.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/actions.py" line="224" />
      <source>Lent, due {due} (override: {reason})</source>
      <translation>Prestado, vence el {due} (forzado: {reason})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/actions.py" line="225" />
      <source>Lent, due {due}</source>
      <translation>Prestado, vence el {due}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/actions.py" line="231" />
      <source>Renewed for {member}, now due {due}</source>
      <translation>Renovado para {member}, ahora vence el {due}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/actions.py" line="233" />
      <source>{text}; overdue fee {amount} charged</source>
      <translation>{text}; multa por retraso de {amount}</translation>
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
      <translation>Colocado en el estante de reservas para {member} ({card})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/actions.py" line="270" />
      <source>Was not on loan: back on the shelf</source>
      <translation>No estaba prestado: vuelve a la estantería</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/actions.py" line="272" />
      <source>Returned by {member}, {days} days late; fee {amount} charged</source>
      <translation>Devuelto por {member}, con {days} días de retraso; cargo de {amount}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/actions.py" line="275" />
      <source>Returned by {member}; fee {amount} charged</source>
      <translation>Devuelto por {member}; cargo de {amount}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/actions.py" line="278" />
      <source>Returned by {member}, {days} days late</source>
      <translation>Devuelto por {member}, con {days} días de retraso</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/actions.py" line="280" />
      <source>Returned by {member}</source>
      <translation>Devuelto por {member}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/actions.py" line="286" />
      <source>{text}; it was marked lost: its lost fee of {amount} is cancelled</source>
      <translation>{text}; estaba marcado como perdido: se anula su cargo por pérdida de {amount}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/actions.py" line="289" />
      <source>{text}; it was marked lost and {amount} was paid for it: hand {amount} back to the member</source>
      <translation>{text}; estaba marcado como perdido y se pagaron {amount} por él: devuelva {amount} al socio</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="109" />
      <source>Open fees</source>
      <translation>Cargos pendientes</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="120" />
      <source>Amount received</source>
      <translation>Importe recibido</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="121" />
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="345" />
      <source>like {example}</source>
      <translation>p. ej., {example}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="125" />
      <source>Amount recei&amp;ved:</source>
      <translation>Importe reci&amp;bido:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="132" />
      <source>&amp;Pay</source>
      <translation>&amp;Pagar</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="134" />
      <source>Pay the chosen fees with the amount received</source>
      <translation>Pagar los cargos elegidos con el importe recibido</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="135" />
      <source>Print &amp;receipt…</source>
      <translation>Imprimir &amp;recibo…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="138" />
      <source>&amp;Charge a fee…</source>
      <translation>&amp;Añadir un cargo…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="141" />
      <source>Only librarians charge fees</source>
      <translation>Solo los bibliotecarios añaden cargos</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="142" />
      <source>&amp;Waive selected…</source>
      <translation>&amp;Condonar seleccionado…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="143" />
      <source>Waive the selected fee</source>
      <translation>Condonar el cargo seleccionado</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="202" />
      <source>1 open fee</source>
      <translation>1 cargo pendiente</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="202" />
      <source>{n} open fees</source>
      <translation>{n} cargos pendientes</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="203" />
      <source>Open fees: {amount} ({count})</source>
      <translation>Cargos pendientes: {amount} ({count})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="205" />
      <source>No open fees.</source>
      <translation>No hay cargos pendientes.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="222" />
      <source>Chosen: {amount}</source>
      <translation>Seleccionado: {amount}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="241" />
      <source>Change to give back: {amount}</source>
      <translation>Cambio a devolver: {amount}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="243" />
      <source>Part payment: {amount} will be left to pay</source>
      <translation>Pago parcial: quedarán {amount} por pagar</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="246" />
      <source>No change</source>
      <translation>Sin cambio</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="260" />
      <source>Choose the fees to pay in the list first</source>
      <translation>Elija primero en la lista los cargos que quiere pagar</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="262" />
      <source>the amount received</source>
      <translation>el importe recibido</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="282" />
      <source>Paid {paid}. Give back {change} change.</source>
      <translation>Pagado {paid}. Devuelva {change} de cambio.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="285" />
      <source>Paid {paid}; {owed} still owed.</source>
      <translation>Pagado {paid}; quedan {owed} por pagar.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="287" />
      <source>Paid {paid}. Nothing more is owed.</source>
      <translation>Pagado {paid}. No queda nada por pagar.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="315" />
      <source>Charged {amount}: {reason}</source>
      <translation>Cargo de {amount}: {reason}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="325" />
      <source>Choose one fee to waive</source>
      <translation>Elija un cargo para condonar</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="328" />
      <source>Why is this fee waived? It still owes {amount}.</source>
      <translation>¿Por qué se condona este cargo? Aún quedan {amount} por pagar.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="329" />
      <source>Waive fee</source>
      <translation>Condonar cargo</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="342" />
      <source>Charge {member}</source>
      <translation>Cargo a {member}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="344" />
      <source>Amount to charge</source>
      <translation>Importe a cargar</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="349" />
      <source>What the charge is for</source>
      <translation>Concepto del cargo</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="355" />
      <source>e.g. lost card, printing</source>
      <translation>p. ej., carné perdido, impresión</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="36" />
      <location filename="../../desktop_app/ui/members/detail.py" line="64" />
      <source>Amount</source>
      <translation>Importe</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="36" />
      <location filename="../../desktop_app/ui/members/detail.py" line="62" />
      <source>Date</source>
      <translation>Fecha</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="36" />
      <location filename="../../desktop_app/ui/desk/slip.py" line="169" />
      <location filename="../../desktop_app/ui/holds/model.py" line="99" />
      <source>For</source>
      <translation>Para</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="36" />
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="210" />
      <location filename="../../desktop_app/ui/members/detail.py" line="63" />
      <source>Kind</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="36" />
      <source>Left to pay</source>
      <translation>Por pagar</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="36" />
      <location filename="../../desktop_app/ui/desk/slip.py" line="89" />
      <source>Paid</source>
      <translation>Pagado</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="360" />
      <source>&amp;Amount:</source>
      <translation>&amp;Importe:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="361" />
      <source>&amp;For:</source>
      <translation>C&amp;oncepto:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="363" />
      <source>C&amp;harge</source>
      <translation>&amp;Cargar</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="369" />
      <source>A charge for {member}, to pay at the desk.</source>
      <translation>Un cargo para {member}, a pagar en el mostrador.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="37" />
      <source>Damaged item</source>
      <translation>Ejemplar dañado</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="37" />
      <source>Lost card</source>
      <translation>Carné perdido</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="37" />
      <source>Photocopies</source>
      <translation>Fotocopias</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="37" />
      <source>Printing</source>
      <translation>Impresión</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="379" />
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="384" />
      <source>the amount to charge</source>
      <translation>el importe a cargar</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="388" />
      <source>Say what the charge is for, like “Lost card”</source>
      <translation>Indique el concepto del cargo, p. ej., “Carné perdido”</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="50" />
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="210" />
      <source>Reason</source>
      <translation>Motivo</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="51" />
      <source>Reason (required)</source>
      <translation>Motivo (obligatorio)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="77" />
      <source>Type {what}, like {example}</source>
      <translation>Escriba {what}, p. ej., {example}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="80" />
      <source>“{text}” is not an amount of money: type it like {example}</source>
      <translation>“{text}” no es un importe: escríbalo como {example}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="83" />
      <source>{amount} is not more than zero: type {what}</source>
      <translation>{amount} no es mayor que cero: escriba {what}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="85" />
      <source>{amount} is more than a desk takes: check the amount</source>
      <translation>{amount} es más de lo que se cobra en un mostrador: revise el importe</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/dialogs.py" line="99" />
      <source>Fees of {member}</source>
      <translation>Cargos de {member}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/keys.py" line="24" />
      <source>&amp;Lend mode</source>
      <translation>Modo &amp;préstamo</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/keys.py" line="24" />
      <source>Lend mode</source>
      <translation>Modo préstamo</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/keys.py" line="25" />
      <source>&amp;Return mode</source>
      <translation>Modo &amp;devolución</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/keys.py" line="25" />
      <source>Return mode</source>
      <translation>Modo devolución</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/keys.py" line="26" />
      <source>Re&amp;new mode</source>
      <translation>Modo &amp;renovación</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/keys.py" line="26" />
      <source>Renew mode</source>
      <translation>Modo renovación</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/keys.py" line="27" />
      <source>&amp;Override last refusal…</source>
      <translation>&amp;Forzar la última denegación…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/keys.py" line="27" />
      <source>Override the last refusal (librarians)</source>
      <translation>Forzar la última denegación (bibliotecarios)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/keys.py" line="28" />
      <source>&amp;Override…</source>
      <translation>&amp;Forzar…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/keys.py" line="29" />
      <source>Rene&amp;w selected loan</source>
      <translation>Renovar el préstamo &amp;seleccionado</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/keys.py" line="29" />
      <source>Renew the selected loan</source>
      <translation>Renovar el préstamo seleccionado</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/keys.py" line="30" />
      <source>&amp;Renew selected</source>
      <translation>&amp;Renovar seleccionado</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/keys.py" line="31" />
      <source>&amp;Fees of the member…</source>
      <translation>&amp;Cargos del socio…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/keys.py" line="31" />
      <source>Fee&amp;s…</source>
      <translation>Car&amp;gos…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/keys.py" line="31" />
      <source>Fees of the member</source>
      <translation>Cargos del socio</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/keys.py" line="32" />
      <source>&amp;Slip…</source>
      <translation>C&amp;omprobante…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/keys.py" line="32" />
      <source>Sli&amp;p…</source>
      <translation>C&amp;omprobante…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/keys.py" line="32" />
      <source>Slip (print or PDF)</source>
      <translation>Comprobante (imprimir o PDF)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/keys.py" line="33" />
      <source>Slip of the &amp;previous member…</source>
      <translation>Comprobante del socio &amp;anterior…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/keys.py" line="34" />
      <source>Slip of the member whose session the last card ended</source>
      <translation>Comprobante del socio cuya sesión terminó con el último carné</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/keys.py" line="35" />
      <source>&amp;End member session</source>
      <translation>&amp;Terminar la sesión del socio</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/keys.py" line="35" />
      <source>&amp;End session</source>
      <translation>&amp;Terminar sesión</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/keys.py" line="35" />
      <source>End the member's session</source>
      <translation>Terminar la sesión del socio</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/loans.py" line="26" />
      <location filename="../../desktop_app/ui/settings/categories.py" line="34" />
      <location filename="../../desktop_app/ui/settings/categories.py" line="46" />
      <source>Renewals</source>
      <translation>Renovaciones</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/loans.py" line="64" />
      <source>{title} by {authors}</source>
      <translation>{title}, de {authors}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/loans.py" line="67" />
      <source>Fine so far: {amount}, charged when it is returned or renewed</source>
      <translation>Multa hasta ahora: {amount}, se cobra al devolverlo o renovarlo</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/loans.py" line="75" />
      <source>due {date}, {days} days overdue, fine so far {amount}</source>
      <translation>vencía el {date}, {days} días de retraso, multa hasta ahora {amount}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/loans.py" line="78" />
      <source>due {date}, {days} days overdue</source>
      <translation>vencía el {date}, {days} días de retraso</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/loans.py" line="79" />
      <source>due {date}</source>
      <translation>vence el {date}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/loans.py" line="92" />
      <source>1 day late</source>
      <translation>1 día de retraso</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/loans.py" line="92" />
      <source>{days} days late</source>
      <translation>{days} días de retraso</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/loans.py" line="94" />
      <source>{date} ({days}, fine {amount})</source>
      <translation>{date} ({days}, multa {amount})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/loans.py" line="97" />
      <source>{date} (1 day late)</source>
      <translation>{date} (1 día de retraso)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/loans.py" line="98" />
      <source>{date} ({days} days late)</source>
      <translation>{date} ({days} días de retraso)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/member.py" line="102" />
      <source>{details}  ·  owes {total} so far in fines of overdue loans</source>
      <translation>{details}  ·  debe {total} hasta ahora en multas de préstamos con retraso</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/member.py" line="105" />
      <source>{details}  ·  owes {amount}</source>
      <translation>{details}  ·  debe {amount}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/member.py" line="108" />
      <source>No alerts: may borrow</source>
      <translation>Sin avisos: puede llevarse libros</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/member.py" line="115" />
      <source>Loans: {count} of {limit}</source>
      <translation>Préstamos: {count} de {limit}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/member.py" line="118" />
      <source>Current loans: {count}</source>
      <translation>Préstamos actuales: {count}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/member.py" line="119" />
      <source>No current loans</source>
      <translation>Sin préstamos actuales</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/member.py" line="133" />
      <source>Alert: {text}</source>
      <translation>Aviso: {text}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/member.py" line="31" />
      <source>Member at the desk</source>
      <translation>Socio en el mostrador</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/member.py" line="35" />
      <location filename="../../desktop_app/ui/desk/member.py" line="81" />
      <source>No member</source>
      <translation>Ningún socio</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/member.py" line="37" />
      <source>Member name</source>
      <translation>Nombre del socio</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/member.py" line="40" />
      <location filename="../../desktop_app/ui/members/detail.py" line="74" />
      <source>Member details</source>
      <translation>Datos del socio</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/member.py" line="43" />
      <location filename="../../desktop_app/ui/desk/member.py" line="85" />
      <source>Current loans</source>
      <translation>Préstamos actuales</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/member.py" line="47" />
      <source>Current loans of the member</source>
      <translation>Préstamos actuales del socio</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/member.py" line="83" />
      <source>Scan a member card to lend (F2). Scanning a book without a member returns it.</source>
      <translation>Escanee un carné de socio para prestar (F2). Si escanea un libro sin socio, se devuelve.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/member.py" line="92" />
      <source>expires {date}</source>
      <translation>caduca el {date}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/member.py" line="93" />
      <source>no expiry</source>
      <translation>sin caducidad</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/member.py" line="94" />
      <source>Card {card}  ·  {category}  ·  {expiry}</source>
      <translation>Carné {card}  ·  {category}  ·  {expiry}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/member.py" line="97" />
      <source>{details}  ·  owes {total} so far ({fees} in fees, {fines} in fines of overdue loans)</source>
      <translation>{details}  ·  debe {total} hasta ahora ({fees} en cargos, {fines} en multas de préstamos con retraso)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/mode.py" line="12" />
      <location filename="../../desktop_app/ui/desk/session_list.py" line="27" />
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="36" />
      <source>Lend</source>
      <translation>Préstamo</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/mode.py" line="12" />
      <location filename="../../desktop_app/ui/desk/session_list.py" line="27" />
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="36" />
      <source>Return</source>
      <translation>Devolución</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/mode.py" line="13" />
      <location filename="../../desktop_app/ui/desk/session_list.py" line="27" />
      <source>Renew</source>
      <translation>Renovación</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/mode.py" line="24" />
      <source>Desk mode</source>
      <translation>Modo del mostrador</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/mode.py" line="38" />
      <source>{mode}  ({key})</source>
      <translation>{mode}  ({key})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/mode.py" line="41" />
      <source>{mode} mode, key {key}</source>
      <translation>Modo {mode}, tecla {key}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/mode.py" line="42" />
      <source>{mode} mode ({key})</source>
      <translation>Modo {mode} ({key})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/session_list.py" line="49" />
      <source>Mode</source>
      <translation>Modo</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/session_list.py" line="49" />
      <source>Result</source>
      <translation>Resultado</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/session_list.py" line="49" />
      <source>Time</source>
      <translation>Hora</translation>
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
      <translation>Carné {card}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/slip.py" line="123" />
      <source>Thank you for visiting. Served by {staff}.</source>
      <translation>Gracias por su visita. Le atendió {staff}.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/slip.py" line="124" />
      <source>Thank you for visiting.</source>
      <translation>Gracias por su visita.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/slip.py" line="133" />
      <location filename="../../desktop_app/ui/members/detail.py" line="49" />
      <source>Borrowed</source>
      <translation>Prestado</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/slip.py" line="141" />
      <location filename="../../desktop_app/ui/members/detail.py" line="53" />
      <source>Returned</source>
      <translation>Devuelto</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/slip.py" line="147" />
      <source>No items in this visit.</source>
      <translation>Ningún ejemplar en esta visita.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/slip.py" line="155" />
      <source>Fee</source>
      <translation>Cargo</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/slip.py" line="155" />
      <source>Paid now</source>
      <translation>Pagado ahora</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/slip.py" line="168" />
      <source>ON HOLD</source>
      <translation>RESERVADO</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/slip.py" line="173" />
      <source>Keep until</source>
      <translation>Guardar hasta</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/slip.py" line="219" />
      <source>{slip} {member}</source>
      <translation>{slip} de {member}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/slip.py" line="234" />
      <source>Slip preview</source>
      <translation>Vista previa del comprobante</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/slip.py" line="236" />
      <source>Paper size</source>
      <translation>Tamaño del papel</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/slip.py" line="241" />
      <source>&amp;Print…</source>
      <translation>&amp;Imprimir…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/slip.py" line="243" />
      <source>Save as P&amp;DF…</source>
      <translation>Guardar como P&amp;DF…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/slip.py" line="250" />
      <source>P&amp;aper:</source>
      <translation>P&amp;apel:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/slip.py" line="281" />
      <source>Save slip as PDF</source>
      <translation>Guardar comprobante como PDF</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/slip.py" line="282" />
      <location filename="../../desktop_app/ui/interchange/printing.py" line="67" />
      <source>PDF files (*.pdf)</source>
      <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/slip.py" line="38" />
      <source>80 mm receipt</source>
      <translation>Recibo de 80 mm</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/slip.py" line="38" />
      <source>Letter</source>
      <translation>Carta</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/slip.py" line="42" />
      <source>Hold slip</source>
      <translation>Comprobante de reserva</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/slip.py" line="42" />
      <location filename="../../desktop_app/ui/desk/slip.py" line="153" />
      <source>Receipt</source>
      <translation>Recibo</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/slip.py" line="42" />
      <source>Slip</source>
      <translation>Comprobante</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/slip.py" line="43" />
      <source>Lost item</source>
      <translation>Ejemplar perdido</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/slip.py" line="43" />
      <source>Overdue fine</source>
      <translation>Multa por retraso</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/slip.py" line="44" />
      <source>Charge</source>
      <translation>Cargo</translation>
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
      <translation>{fee}; quedan {left} por pagar</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/slip.py" line="89" />
      <source>Received</source>
      <translation>Recibido</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/slip.py" line="90" />
      <source>Change</source>
      <translation>Cambio</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/slip.py" line="90" />
      <source>Still owed</source>
      <translation>Pendiente</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/tab.py" line="107" />
      <source>Barcode: scan a member card or a book</source>
      <translation>Código de barras: escanee un carné de socio o un libro</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/tab.py" line="108" />
      <source>Scan a member card or a book, or type the barcode and press Enter</source>
      <translation>Escanee un carné de socio o un libro, o escriba el código de barras y pulse Enter</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/tab.py" line="113" />
      <source>Ready. Scan a member card to lend, or a book to return it.</source>
      <translation>Listo. Escanee un carné de socio para prestar, o un libro para devolverlo.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/tab.py" line="114" />
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="114" />
      <source>Result of the last scan</source>
      <translation>Resultado del último escaneo</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/tab.py" line="123" />
      <source>Scans of this session</source>
      <translation>Escaneos de esta sesión</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/tab.py" line="138" />
      <source>This session</source>
      <translation>Esta sesión</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/tab.py" line="174" />
      <source>{label}  [{key}]</source>
      <translation>{label}  [{key}]</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/tab.py" line="176" />
      <source>{label}, key {key}</source>
      <translation>{label}, tecla {key}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/tab.py" line="215" />
      <source>Ignored a second scan of {code} within 2 seconds</source>
      <translation>Se ha ignorado un segundo escaneo de {code} en menos de 2 segundos</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/tab.py" line="262" />
      <source>{member}: {alerts}</source>
      <translation>{member}: {alerts}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/tab.py" line="266" />
      <source>{member}: scan books to lend</source>
      <translation>{member}: escanee los libros que va a prestar</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/tab.py" line="268" />
      <source>Session of {member} ended: {key} prints their slip</source>
      <translation>Sesión de {member} terminada: {key} imprime su comprobante</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/tab.py" line="288" />
      <source>Put on the hold shelf for {member}. {key} prints its hold slip.</source>
      <translation>Colocado en el estante de reservas para {member}. {key} imprime su comprobante de reserva.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/tab.py" line="302" />
      <source>There is no refusal to override</source>
      <translation>No hay ninguna denegación que forzar</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/tab.py" line="305" />
      <source>Only a librarian or admin may override</source>
      <translation>Solo un bibliotecario o administrador puede forzar</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/tab.py" line="308" />
      <source>Why should {code} be lent despite the refusal? The reason is recorded.</source>
      <translation>¿Por qué se debe prestar {code} pese a la denegación? El motivo queda registrado.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/tab.py" line="309" />
      <source>Why should {code} be renewed despite the refusal? The reason is recorded.</source>
      <translation>¿Por qué se debe renovar {code} pese a la denegación? El motivo queda registrado.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/tab.py" line="310" />
      <location filename="../../desktop_app/ui/holds/tab.py" line="277" />
      <source>Override</source>
      <translation>Forzar</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/tab.py" line="330" />
      <source>Select a loan to renew (Up and Down keys), or press F4 and scan the book</source>
      <translation>Seleccione un préstamo para renovar (teclas de flecha arriba y abajo), o pulse F4 y escanee el libro</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/tab.py" line="338" />
      <source>Scan a member card first to see their fees</source>
      <translation>Escanee primero un carné de socio para ver sus cargos</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/tab.py" line="372" />
      <source>There is no slip of a previous member in this desk session</source>
      <translation>No hay comprobante de un socio anterior en esta sesión del mostrador</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/tab.py" line="387" />
      <source>Session of {member} ended. Next, please.</source>
      <translation>Sesión de {member} terminada. Siguiente, por favor.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/tab.py" line="388" />
      <source>Session cleared.</source>
      <translation>Sesión borrada.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/tab.py" line="61" />
      <source>Lend mode: scan a member card, then their books</source>
      <translation>Modo préstamo: escanee un carné de socio y luego sus libros</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/tab.py" line="62" />
      <source>Return mode: scan the books that come back</source>
      <translation>Modo devolución: escanee los libros que se devuelven</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/desk/tab.py" line="63" />
      <source>Renew mode: scan the books to renew</source>
      <translation>Modo renovación: escanee los libros que quiere renovar</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/model.py" line="100" />
      <source>Waiting since</source>
      <translation>En espera desde</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/model.py" line="102" />
      <source>Copies on the shelf</source>
      <translation>Ejemplares en estantería</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/model.py" line="103" />
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="210" />
      <source>Where</source>
      <translation>Dónde</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/model.py" line="17" />
      <source>cancelled</source>
      <translation>cancelada</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/model.py" line="17" />
      <source>fulfilled</source>
      <translation>servida</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/model.py" line="17" />
      <location filename="../../desktop_app/ui/holds/model.py" line="81" />
      <source>ready</source>
      <translation>lista</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/model.py" line="17" />
      <source>waiting</source>
      <translation>en espera</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/model.py" line="18" />
      <source>expired</source>
      <translation>caducada</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/model.py" line="42" />
      <source>expired {days} d ago</source>
      <translation>caducó hace {days} d</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/model.py" line="44" />
      <source>last day</source>
      <translation>último día</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/model.py" line="45" />
      <source>{days} d</source>
      <translation>{days} d</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/model.py" line="64" />
      <location filename="../../desktop_app/ui/holds/model.py" line="87" />
      <location filename="../../desktop_app/ui/members/detail.py" line="59" />
      <source>Pickup by</source>
      <translation>Recoger hasta</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/model.py" line="66" />
      <source>Left</source>
      <translation>Quedan</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/model.py" line="68" />
      <location filename="../../desktop_app/ui/holds/model.py" line="83" />
      <location filename="../../desktop_app/ui/notices/tab.py" line="52" />
      <source>Member</source>
      <translation>Socio</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/model.py" line="69" />
      <location filename="../../desktop_app/ui/holds/model.py" line="84" />
      <location filename="../../desktop_app/ui/members/model.py" line="31" />
      <source>Card</source>
      <translation>Carné</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/model.py" line="71" />
      <location filename="../../desktop_app/ui/reports/overdue.py" line="26" />
      <source>Copy</source>
      <translation>Ejemplar</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/model.py" line="81" />
      <location filename="../../desktop_app/ui/sync/exceptions_model.py" line="60" />
      <source>#</source>
      <translation>N.º</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/model.py" line="85" />
      <source>Placed</source>
      <translation>Realizada</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="113" />
      <source>Holds to fill from the shelves: fetch the copy, scan it in</source>
      <translation>Reservas que cubrir desde los estantes: busque el ejemplar y escanéelo</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="116" />
      <source>To fetch from the shelves — scan the copy above to put it on the hold shelf</source>
      <translation>Para buscar en los estantes — escanee el ejemplar arriba para colocarlo en el estante de reservas</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="149" />
      <source>{waiting} waiting · {soon} expiring today or tomorrow · {late} past the deadline (use Expire uncollected)</source>
      <translation>{waiting} en espera · {soon} caducan hoy o mañana · {late} fuera de plazo (use Caducar no recogidas)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="177" />
      <source>Expired {count} holds: {names} and {more} more</source>
      <translation>{count} reservas caducadas: {names} y {more} más</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="180" />
      <source>Expired {count} holds: {names}</source>
      <translation>{count} reservas caducadas: {names}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="182" />
      <source>No uncollected holds to expire</source>
      <translation>No hay reservas sin recoger que caducar</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="193" />
      <source>Choose the hold to cancel first</source>
      <translation>Elija primero la reserva que quiere cancelar</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="198" />
      <source>Cancel hold</source>
      <translation>Cancelar reserva</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="199" />
      <source>Cancel the hold of {member} on '{title}'?</source>
      <translation>¿Cancelar la reserva de {member} para '{title}'?</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="200" />
      <source>&amp;Keep the hold</source>
      <translation>&amp;Mantener la reserva</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="200" />
      <source>Cancel the &amp;hold</source>
      <translation>Cancelar la &amp;reserva</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="205" />
      <source>Cancelled the hold of {member}</source>
      <translation>Se ha cancelado la reserva de {member}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="222" />
      <source>{title} — {authors} ({year})</source>
      <translation>{title} — {authors} ({year})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="223" />
      <source>n.d.</source>
      <translation>s. f.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="234" />
      <source>No book found</source>
      <translation>No se ha encontrado ningún libro</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="253" />
      <source>Find and choose a book first</source>
      <translation>Busque y elija primero un libro</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="255" />
      <source>Card number of the member who wants
{book}:</source>
      <translation>Número de carné del socio que quiere
{book}:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="256" />
      <source>Place hold</source>
      <translation>Reservar</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="263" />
      <source>Hold placed for {member}: number {position} in line</source>
      <translation>Reserva hecha para {member}: número {position} de la cola</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="266" />
      <source>Hold placed for {member}: ready</source>
      <translation>Reserva hecha para {member}: lista</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="276" />
      <source>{refusal}

Place the hold anyway? Reason:</source>
      <translation>{refusal}

¿Hacer la reserva de todos modos? Motivo:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="282" />
      <source>Hold placed for {member} (override)</source>
      <translation>Reserva hecha para {member} (forzada)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="50" />
      <source>Hold shelf: copies waiting for pickup</source>
      <translation>Estante de reservas: ejemplares pendientes de recoger</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="60" />
      <source>Scan a returned copy to check it in</source>
      <translation>Escanee un ejemplar devuelto para registrar la devolución</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="61" />
      <source>Scan a returned copy to check it in (fills the next hold)</source>
      <translation>Escanee un ejemplar devuelto para registrar la devolución (cubre la siguiente reserva)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="67" />
      <source>&amp;Cancel hold…</source>
      <translation>&amp;Cancelar reserva…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="69" />
      <source>E&amp;xpire uncollected</source>
      <translation>Ca&amp;ducar no recogidas</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="70" />
      <source>Close ready holds whose pickup deadline has passed; each copy goes to the next in line</source>
      <translation>Cierra las reservas listas cuyo plazo de recogida ha pasado; cada ejemplar pasa al siguiente de la cola</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="71" />
      <source>Hold shelf — ready for pickup</source>
      <translation>Estante de reservas — listas para recoger</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="84" />
      <source>Find a book by title, author, ISBN or copy barcode</source>
      <translation>Buscar un libro por título, autor, ISBN o código de barras del ejemplar</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="85" />
      <source>Find a book: title, author, ISBN or a copy's barcode, then Enter</source>
      <translation>Buscar un libro: título, autor, ISBN o código de barras de un ejemplar, luego Enter</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="93" />
      <source>Waiting line for the chosen book</source>
      <translation>Cola de espera del libro elegido</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="96" />
      <source>&amp;Place hold…</source>
      <translation>&amp;Reservar…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="97" />
      <source>Ca&amp;ncel hold…</source>
      <translation>Ca&amp;ncelar reserva…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/holds/tab.py" line="99" />
      <source>Waiting line for a book</source>
      <translation>Cola de espera de un libro</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="100" />
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="197" />
      <source>Already there</source>
      <translation>Ya existentes</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="102" />
      <source>&amp;Problems report</source>
      <translation>Informe de &amp;problemas</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="104" />
      <source>&amp;Dry run first</source>
      <translation>&amp;Simular primero</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="105" />
      <source>&amp;Import</source>
      <translation>&amp;Importar</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="132" />
      <source>Choose the file to import</source>
      <translation>Elija el archivo que quiere importar</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="135" />
      <source>There is no file {path}</source>
      <translation>No existe el archivo {path}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="140" />
      <source>problems report</source>
      <translation>el informe de problemas</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="163" />
      <source>Checking {file}…</source>
      <translation>Comprobando {file}…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="163" />
      <source>Importing {file}…</source>
      <translation>Importando {file}…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="164" />
      <source>Dry run</source>
      <translation>Simulación</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="164" />
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="46" />
      <source>Import</source>
      <translation>Importar</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="186" />
      <source>Dry run finished</source>
      <translation>Simulación terminada</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="186" />
      <source>Import finished</source>
      <translation>Importación terminada</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="187" />
      <source>Nothing was imported</source>
      <translation>No se ha importado nada</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="191" />
      <source>What a real import would do:</source>
      <translation>Lo que haría una importación real:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="192" />
      <source>What the file holds (nothing was written):</source>
      <translation>Lo que contiene el archivo (no se ha escrito nada):</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="196" />
      <source>New</source>
      <translation>Nuevos</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="196" />
      <source>Updated</source>
      <translation>Actualizados</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="197" />
      <source>Bad</source>
      <translation>Erróneos</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="199" />
      <source>Copies new</source>
      <translation>Ejemplares nuevos</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="199" />
      <source>Copies updated</source>
      <translation>Ejemplares actualizados</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="209" />
      <source>Problems found in the file</source>
      <translation>Problemas encontrados en el archivo</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="228" />
      <source>Showing the first {shown} of {total} problems.</source>
      <translation>Se muestran los primeros {shown} de {total} problemas.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="230" />
      <source>All problems are in {path}</source>
      <translation>Todos los problemas están en {path}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="231" />
      <source>No report file was asked for.</source>
      <translation>No se ha pedido un archivo de informe.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="232" />
      <source>No problems were found.</source>
      <translation>No se han encontrado problemas.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="263" />
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="310" />
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="46" />
      <source>Export</source>
      <translation>Exportar</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="265" />
      <source>What to export</source>
      <translation>Qué exportar</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="268" />
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="74" />
      <source>All files (*)</source>
      <translation>Todos los archivos (*)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="268" />
      <source>Export to</source>
      <translation>Exportar a</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="268" />
      <source>File to write</source>
      <translation>Archivo de destino</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="272" />
      <source>Members and loans hold personal data: librarians and admins only. Keep such files safe.</source>
      <translation>Los socios y los préstamos contienen datos personales: solo para bibliotecarios y administradores. Guarde estos archivos en un lugar seguro.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="275" />
      <source>&amp;What</source>
      <translation>&amp;Qué</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="276" />
      <source>&amp;Save as</source>
      <translation>&amp;Guardar como</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="278" />
      <source>&amp;Export</source>
      <translation>&amp;Exportar</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="299" />
      <source>export</source>
      <translation>la exportación</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="310" />
      <source>Writing {file}…</source>
      <translation>Escribiendo {file}…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="319" />
      <source>Wrote {count} rows to {path}.</source>
      <translation>Se han escrito {count} filas en {path}.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="321" />
      <source>{count} titles could not be written in MARC21 (a field is too long):</source>
      <translation>{count} títulos no se han podido escribir en MARC21 (un campo es demasiado largo):</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="323" />
      <source>Exported {count} rows to {file}</source>
      <translation>Se han exportado {count} filas a {file}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="325" />
      <source>Export finished</source>
      <translation>Exportación terminada</translation>
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
      <translation>Hoja de cálculo de libros (CSV)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="46" />
      <source>Spreadsheet of members (CSV)</source>
      <translation>Hoja de cálculo de socios (CSV)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="48" />
      <source>Catalogue, one row per title (CSV)</source>
      <translation>Catálogo, una fila por título (CSV)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="49" />
      <source>Copies (CSV)</source>
      <translation>Ejemplares (CSV)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="49" />
      <source>Members (CSV)</source>
      <translation>Socios (CSV)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="50" />
      <source>Loans (CSV)</source>
      <translation>Préstamos (CSV)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="50" />
      <source>Overdue list (CSV)</source>
      <translation>Lista de retrasos (CSV)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="51" />
      <source>Catalogue as MARC21 (.mrc)</source>
      <translation>Catálogo en MARC21 (.mrc)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="52" />
      <source>Catalogue as MARCXML (.xml)</source>
      <translation>Catálogo en MARCXML (.xml)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="54" />
      <location filename="../../desktop_app/ui/sync/texts.py" line="38" />
      <source>error</source>
      <translation>error</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="54" />
      <source>warning</source>
      <translation>advertencia</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="71" />
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="73" />
      <source>Import records</source>
      <translation>Importar registros</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="72" />
      <source>File to import</source>
      <translation>Archivo para importar</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="74" />
      <source>Records (*.mrc *.marc *.dat *.iso *.xml *.csv *.tsv *.txt)</source>
      <translation>Registros (*.mrc *.marc *.dat *.iso *.xml *.csv *.tsv *.txt)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="77" />
      <source>Format</source>
      <translation>Formato</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="78" />
      <source>Recognise from the file</source>
      <translation>Detectar a partir del archivo</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="81" />
      <source>&amp;Skip records already in the library</source>
      <translation>&amp;Omitir los registros que ya están en la biblioteca</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="82" />
      <source>&amp;Update them from the file</source>
      <translation>&amp;Actualizarlos desde el archivo</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="90" />
      <source>Import the good records even if some are bad</source>
      <translation>Importar los registros correctos aunque haya erróneos</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="91" />
      <source>Problems report file</source>
      <translation>Archivo del informe de problemas</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="92" />
      <location filename="../../desktop_app/ui/settings/audit.py" line="52" />
      <source>CSV files (*.csv)</source>
      <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="92" />
      <source>Save the problems report</source>
      <translation>Guardar el informe de problemas</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="93" />
      <source>All or nothing: unless you tick the box above, one bad record means nothing is imported. A dry run reads the whole file and changes nothing.</source>
      <translation>Todo o nada: salvo que marque la casilla de arriba, un solo registro erróneo hace que no se importe nada. Una simulación lee todo el archivo y no cambia nada.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="98" />
      <location filename="../../desktop_app/ui/shell/main_window.py" line="184" />
      <source>&amp;File</source>
      <translation>&amp;Archivo</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/dialogs.py" line="99" />
      <source>F&amp;ormat</source>
      <translation>&amp;Formato</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="102" />
      <source>PDF</source>
      <translation>el PDF</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="123" />
      <source>Print it at 100% (actual size) on the sheets.</source>
      <translation>Imprímalo al 100 % (tamaño real) en las hojas.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="124" />
      <source>PDF ready</source>
      <translation>PDF listo</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="141" />
      <source>Print labels</source>
      <translation>Imprimir etiquetas</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="148" />
      <source>Added since</source>
      <translation>Añadidos desde</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="151" />
      <source>First barcode</source>
      <translation>Primer código de barras</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="154" />
      <source>Last barcode</source>
      <translation>Último código de barras</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="158" />
      <source>Copies added since</source>
      <translation>Ejemplares añadidos desde</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="159" />
      <source>Barcodes from</source>
      <translation>Códigos de barras desde</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="160" />
      <source>Every copy of the titles found by the search “{search}”</source>
      <translation>Todos los ejemplares de los títulos encontrados con la búsqueda “{search}”</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="161" />
      <source>Every copy found by the catalog search (type a search first)</source>
      <translation>Todos los ejemplares encontrados por la búsqueda del catálogo (haga primero una búsqueda)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="186" />
      <source>The copies of the chosen book</source>
      <translation>Los ejemplares del libro elegido</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="188" />
      <source>The copies of “{title}” (it has none)</source>
      <translation>Los ejemplares de “{title}” (no tiene ninguno)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="190" />
      <source>The one copy of “{title}”</source>
      <translation>El único ejemplar de “{title}”</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="191" />
      <source>The {count} copies of “{title}”</source>
      <translation>Los {count} ejemplares de “{title}”</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="196" />
      <source>Made the PDF of 1 label on 1 page: {path}</source>
      <translation>Se ha generado el PDF de 1 etiqueta en 1 página: {path}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="198" />
      <source>Made the PDF of {count} labels on 1 page: {path}</source>
      <translation>Se ha generado el PDF de {count} etiquetas en 1 página: {path}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="199" />
      <source>Made the PDF of {count} labels on {pages} pages: {path}</source>
      <translation>Se ha generado el PDF de {count} etiquetas en {pages} páginas: {path}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="216" />
      <source>Type the first and the last barcode of the range</source>
      <translation>Escriba el primer y el último código de barras del intervalo</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="236" />
      <source>Print member cards</source>
      <translation>Imprimir carnés de socio</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="241" />
      <source>1 card</source>
      <translation>1 carné</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="241" />
      <source>{count} cards</source>
      <translation>{count} carnés</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="248" />
      <source>Made the PDF of 1 member card on 1 page: {path}</source>
      <translation>Se ha generado el PDF de 1 carné de socio en 1 página: {path}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="250" />
      <source>Made the PDF of {count} member cards on 1 page: {path}</source>
      <translation>Se ha generado el PDF de {count} carnés de socio en 1 página: {path}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="251" />
      <source>Made the PDF of {count} member cards on {pages} pages: {path}</source>
      <translation>Se ha generado el PDF de {count} carnés de socio en {pages} páginas: {path}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="256" />
      <source>Choose one or more members first</source>
      <translation>Elija primero uno o más socios</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="58" />
      <source>Sheet</source>
      <translation>Hoja</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="60" />
      <source>{sheet}  ({count} per page)</source>
      <translation>{sheet}  ({count} por página)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="63" />
      <source>Used positions to skip</source>
      <translation>Posiciones ya usadas que omitir</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="64" />
      <source>used positions</source>
      <translation>posiciones usadas</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="67" />
      <source>PDF file</source>
      <translation>Archivo PDF</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="67" />
      <source>Save as PDF</source>
      <translation>Guardar como PDF</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="69" />
      <source>&amp;Open the folder of the PDF afterwards</source>
      <translation>&amp;Abrir la carpeta del PDF al terminar</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="72" />
      <source>&amp;Make PDF</source>
      <translation>&amp;Generar PDF</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="81" />
      <source>S&amp;heet</source>
      <translation>&amp;Hoja</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="82" />
      <source>S&amp;kip</source>
      <translation>&amp;Omitir</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/printing.py" line="83" />
      <source>&amp;PDF file</source>
      <translation>Archivo &amp;PDF</translation>
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
      <translation>Cancelando… la biblioteca vuelve a quedar como estaba.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/widgets.py" line="160" />
      <source>{done} of {total} read</source>
      <translation>{done} de {total} leídos</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/widgets.py" line="162" />
      <source>{done} of {total} notices</source>
      <translation>{done} de {total} avisos</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/widgets.py" line="164" />
      <source>{done} of {total} written</source>
      <translation>{done} de {total} escritos</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/widgets.py" line="166" />
      <source>{count} records</source>
      <translation>{count} registros</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/widgets.py" line="188" />
      <source>Choose where to save the {what}</source>
      <translation>Elija dónde guardar {what}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/widgets.py" line="191" />
      <source>The folder {folder} for the {what} does not exist</source>
      <translation>La carpeta {folder} para {what} no existe</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/widgets.py" line="194" />
      <source>{path} is a folder; give a file name for the {what}</source>
      <translation>{path} es una carpeta; indique un nombre de archivo para {what}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/widgets.py" line="197" />
      <source>Library Desk may not write in {folder}; choose another folder for the {what}</source>
      <translation>Library Desk no puede escribir en {folder}; elija otra carpeta para {what}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/widgets.py" line="78" />
      <source>Choose…</source>
      <translation>Elegir…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/interchange/widgets.py" line="80" />
      <source>Choose: {field}</source>
      <translation>Elegir: {field}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/detail.py" line="124" />
      <source>no email or phone</source>
      <translation>sin correo ni teléfono</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/detail.py" line="126" />
      <source>{category} member since {joined}, expires {expires}</source>
      <translation>Socio ({category}) desde el {joined}, caduca el {expires}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/detail.py" line="129" />
      <source>{category} member since {joined}, never expires</source>
      <translation>Socio ({category}) desde el {joined}, sin caducidad</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/detail.py" line="134" />
      <source>Self-service PIN not set</source>
      <translation>PIN de autoservicio sin definir</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/detail.py" line="134" />
      <source>Self-service PIN set</source>
      <translation>PIN de autoservicio definido</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/detail.py" line="135" />
      <source>{pin} · owes {amount}</source>
      <translation>{pin} · debe {amount}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/detail.py" line="138" />
      <source>Notes: {notes}</source>
      <translation>Notas: {notes}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/detail.py" line="23" />
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="45" />
      <source>lost</source>
      <translation>pérdida</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/detail.py" line="23" />
      <source>manual</source>
      <translation>manual</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/detail.py" line="23" />
      <source>overdue</source>
      <translation>retraso</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/detail.py" line="26" />
      <location filename="../../desktop_app/ui/settings/categories.py" line="45" />
      <source>Loans</source>
      <translation>Préstamos</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/detail.py" line="26" />
      <source>Loans ({count})</source>
      <translation>Préstamos ({count})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/detail.py" line="26" />
      <source>Member's loans</source>
      <translation>Préstamos del socio</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/detail.py" line="27" />
      <source>History</source>
      <translation>Historial</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/detail.py" line="27" />
      <source>History ({count})</source>
      <translation>Historial ({count})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/detail.py" line="27" />
      <source>Member's history</source>
      <translation>Historial del socio</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/detail.py" line="28" />
      <location filename="../../desktop_app/ui/settings/categories.py" line="47" />
      <location filename="../../desktop_app/ui/shell/main_window.py" line="60" />
      <source>Holds</source>
      <translation>Reservas</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/detail.py" line="28" />
      <source>Holds ({count})</source>
      <translation>Reservas ({count})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/detail.py" line="28" />
      <source>Member's holds</source>
      <translation>Reservas del socio</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/detail.py" line="29" />
      <source>Fees</source>
      <translation>Cargos</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/detail.py" line="29" />
      <source>Fees ({count})</source>
      <translation>Cargos ({count})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/detail.py" line="29" />
      <source>Member's fees</source>
      <translation>Cargos del socio</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/detail.py" line="53" />
      <source>not yet</source>
      <translation>todavía no</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/detail.py" line="58" />
      <source>Ready for pickup</source>
      <translation>Lista para recoger</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/detail.py" line="58" />
      <source>Waiting</source>
      <translation>En espera</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/detail.py" line="65" />
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="172" />
      <location filename="../../desktop_app/ui/sync/exceptions_model.py" line="51" />
      <source>open</source>
      <translation>pendiente</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/detail.py" line="65" />
      <source>paid</source>
      <translation>pagado</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/detail.py" line="65" />
      <source>waived</source>
      <translation>condonado</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/detail.py" line="66" />
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="43" />
      <source>Note</source>
      <translation>Nota</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/detail.py" line="77" />
      <location filename="../../desktop_app/ui/members/detail.py" line="116" />
      <source>Choose a member</source>
      <translation>Elija un socio</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/dialog.py" line="133" />
      <source>A PIN is 4 to 12 digits</source>
      <translation>El PIN tiene de 4 a 12 dígitos</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/dialog.py" line="153" />
      <source>Saved member {card}</source>
      <translation>Se ha guardado el socio {card}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/dialog.py" line="45" />
      <source>Edit {name}</source>
      <translation>Editar {name}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/dialog.py" line="45" />
      <source>New member</source>
      <translation>Nuevo socio</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/dialog.py" line="49" />
      <source>&amp;First name</source>
      <translation>N&amp;ombre</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/dialog.py" line="50" />
      <source>&amp;Last name *</source>
      <translation>&amp;Apellidos *</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/dialog.py" line="51" />
      <source>&amp;Card number</source>
      <translation>&amp;Número de carné</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/dialog.py" line="52" />
      <source>leave empty to generate one</source>
      <translation>déjelo vacío para generar uno</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/dialog.py" line="53" />
      <source>&amp;Email</source>
      <translation>&amp;Correo electrónico</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/dialog.py" line="54" />
      <source>&amp;Phone</source>
      <translation>&amp;Teléfono</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/dialog.py" line="58" />
      <source>&amp;Address</source>
      <translation>&amp;Dirección</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/dialog.py" line="62" />
      <source>Cate&amp;gory</source>
      <translation>Cate&amp;goría</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/dialog.py" line="63" />
      <source>Membership &amp;expires on</source>
      <translation>Inscripción &amp;válida hasta</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/dialog.py" line="70" />
      <source>Membership expiry date</source>
      <translation>Fecha de caducidad de la inscripción</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/dialog.py" line="72" />
      <source>Self-service P&amp;IN</source>
      <translation>P&amp;IN de autoservicio</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/dialog.py" line="74" />
      <source>4 to 12 digits; empty keeps the current one</source>
      <translation>De 4 a 12 dígitos; si lo deja vacío, se mantiene el actual</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/dialog.py" line="75" />
      <source>4 to 12 digits</source>
      <translation>De 4 a 12 dígitos</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/model.py" line="26" />
      <source>Expired</source>
      <translation>Caducado</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/model.py" line="27" />
      <source>OK</source>
      <translation>Vigente</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/model.py" line="34" />
      <location filename="../../desktop_app/ui/settings/staff.py" line="57" />
      <location filename="../../desktop_app/ui/sync/texts.py" line="17" />
      <source>never</source>
      <translation>nunca</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/model.py" line="35" />
      <source>Standing</source>
      <translation>Situación</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/privacy.py" line="100" />
      <source>Keep</source>
      <translation>Conservar</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/privacy.py" line="109" />
      <source>Cannot delete member</source>
      <translation>No se puede eliminar el socio</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/privacy.py" line="109" />
      <source>{name} (card {card}) cannot be deleted yet.</source>
      <translation>{name} (carné {card}) aún no se puede eliminar.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/privacy.py" line="116" />
      <source>Deleted {name} (card {card})</source>
      <translation>Se ha eliminado a {name} (carné {card})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/privacy.py" line="23" />
      <source>{member} still has {count} items on loan: check them in first.</source>
      <translation>{member} aún tiene {count} ejemplares en préstamo: registre primero su devolución.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/privacy.py" line="24" />
      <source>{member} still has 1 item on loan: check it in first.</source>
      <translation>{member} aún tiene 1 ejemplar en préstamo: registre primero su devolución.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/privacy.py" line="25" />
      <source>{member} still owes {amount}: take the payment or waive the fees first.</source>
      <translation>{member} aún debe {amount}: cobre primero el pago o condone los cargos.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/privacy.py" line="49" />
      <source>Export the member's data</source>
      <translation>Exportar los datos del socio</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/privacy.py" line="49" />
      <source>JSON file (*.json);;PDF file (*.pdf)</source>
      <translation>Archivo JSON (*.json);;Archivo PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/privacy.py" line="67" />
      <source>Data exported</source>
      <translation>Datos exportados</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/privacy.py" line="67" />
      <source>The data of {name} ({loans} loans, {holds} holds, {fees} fees, {notices} notices) is in {path}</source>
      <translation>Los datos de {name} ({loans} préstamos, {holds} reservas, {fees} cargos, {notices} avisos) están en {path}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/privacy.py" line="72" />
      <source>Exported the data of {card}</source>
      <translation>Se han exportado los datos de {card}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/privacy.py" line="86" />
      <source>Delete {name} (card {card})?</source>
      <translation>¿Eliminar a {name} (carné {card})?</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/privacy.py" line="87" />
      <source>Their loans, holds and fees stay in the library's history without their name; this cannot be undone.</source>
      <translation>Sus préstamos, reservas y cargos se quedan en el historial de la biblioteca sin su nombre; no se puede deshacer.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/privacy.py" line="90" />
      <source>Their hold will be cancelled.</source>
      <translation>Se cancelará su reserva.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/privacy.py" line="92" />
      <source>Their {count} holds will be cancelled.</source>
      <translation>Se cancelarán sus {count} reservas.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/privacy.py" line="94" />
      <source>Delete member</source>
      <translation>Eliminar socio</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/privacy.py" line="98" />
      <source>Delete</source>
      <translation>Eliminar</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/tab.py" line="120" />
      <source>{count} members</source>
      <translation>{count} socios</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/tab.py" line="121" />
      <source>1 member</source>
      <translation>1 socio</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/tab.py" line="203" />
      <source>Block member</source>
      <translation>Bloquear socio</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/tab.py" line="203" />
      <source>Why is {card} blocked?</source>
      <translation>¿Por qué se bloquea {card}?</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/tab.py" line="206" />
      <source>Blocked {card}</source>
      <translation>Se ha bloqueado {card}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/tab.py" line="212" />
      <source>Unblock member</source>
      <translation>Desbloquear socio</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/tab.py" line="213" />
      <source>Why is {card} unblocked? (optional)</source>
      <translation>¿Por qué se desbloquea {card}? (opcional)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/tab.py" line="216" />
      <source>Unblocked {card}</source>
      <translation>Se ha desbloqueado {card}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/tab.py" line="222" />
      <source>Renewed the membership of {card}</source>
      <translation>Se ha renovado la inscripción de {card}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/tab.py" line="44" />
      <source>Search members</source>
      <translation>Buscar socios</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/tab.py" line="45" />
      <source>Search name, card number, email or phone…   ({shortcut})</source>
      <translation>Buscar nombre, número de carné, correo o teléfono…   ({shortcut})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/tab.py" line="52" />
      <location filename="../../desktop_app/ui/reports/tab.py" line="39" />
      <location filename="../../desktop_app/ui/shell/main_window.py" line="59" />
      <source>Members</source>
      <translation>Socios</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/tab.py" line="65" />
      <source>&amp;New member</source>
      <translation>&amp;Nuevo socio</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/tab.py" line="66" />
      <source>&amp;Edit</source>
      <translation>&amp;Editar</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/tab.py" line="67" />
      <source>&amp;Block…</source>
      <translation>&amp;Bloquear…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/tab.py" line="67" />
      <source>&amp;Unblock…</source>
      <translation>&amp;Desbloquear…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/tab.py" line="68" />
      <source>&amp;Renew membership</source>
      <translation>&amp;Renovar inscripción</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/tab.py" line="69" />
      <source>Print &amp;card…</source>
      <translation>Imprimir &amp;carné…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/tab.py" line="70" />
      <source>E&amp;xport data…</source>
      <translation>E&amp;xportar datos…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/tab.py" line="71" />
      <source>&amp;Delete member…</source>
      <translation>E&amp;liminar socio…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/tab.py" line="83" />
      <source>Member cards of the chosen members, as a PDF to print</source>
      <translation>Carnés de los socios elegidos, en un PDF para imprimir</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/tab.py" line="84" />
      <source>Everything the library holds about the member, as a JSON or PDF file (librarians)</source>
      <translation>Todo lo que la biblioteca guarda sobre el socio, en un archivo JSON o PDF (bibliotecarios)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/members/tab.py" line="86" />
      <source>Delete the member; their loans, holds and fees stay without their name (librarians)</source>
      <translation>Eliminar el socio; sus préstamos, reservas y cargos se conservan sin su nombre (bibliotecarios)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/tab.py" line="37" />
      <source>card number, or empty for everyone</source>
      <translation>número de carné, o vacío para todos</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/tab.py" line="38" />
      <source>Card number of the member whose notices to show</source>
      <translation>Número de carné del socio cuyos avisos se muestran</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/tab.py" line="40" />
      <source>Show</source>
      <translation>Mostrar</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/tab.py" line="43" />
      <location filename="../../desktop_app/ui/notices/texts.py" line="108" />
      <source>Notice</source>
      <translation>Aviso</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/tab.py" line="43" />
      <source>Recipient</source>
      <translation>Destinatario</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/tab.py" line="43" />
      <source>Sent</source>
      <translation>Enviado</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/tab.py" line="43" />
      <location filename="../../desktop_app/ui/notices/texts.py" line="85" />
      <location filename="../../desktop_app/ui/notices/texts.py" line="113" />
      <source>Subject</source>
      <translation>Asunto</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/tab.py" line="50" />
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="54" />
      <source>Notices sent</source>
      <translation>Avisos enviados</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/tab.py" line="87" />
      <source>email</source>
      <translation>correo electrónico</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/tab.py" line="87" />
      <source>letter</source>
      <translation>carta</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/tab.py" line="95" />
      <source>None sent yet</source>
      <translation>Aún no se ha enviado ninguno</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/tab.py" line="95" />
      <source>{count} shown</source>
      <translation>{count} mostrados</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="100" />
      <source>Fields: {fields}</source>
      <translation>Campos: {fields}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="115" />
      <source>Preview</source>
      <translation>Vista previa</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="117" />
      <source>Text</source>
      <translation>Texto</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="123" />
      <source>Save text</source>
      <translation>Guardar texto</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="124" />
      <location filename="../../desktop_app/ui/notices/texts.py" line="241" />
      <source>Back to the shipped text</source>
      <translation>Volver al texto original</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="125" />
      <source>Mail password…</source>
      <translation>Contraseña del correo…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="126" />
      <location filename="../../desktop_app/ui/notices/texts.py" line="266" />
      <source>Preview today's run</source>
      <translation>Vista previa del envío de hoy</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="127" />
      <location filename="../../desktop_app/ui/notices/texts.py" line="266" />
      <source>Send notices now</source>
      <translation>Enviar avisos ahora</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="128" />
      <source>Open letters</source>
      <translation>Abrir las cartas</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="192" />
      <source>Notices are off: an admin turns them on in Settings. They can still be sent from here.</source>
      <translation>Los avisos están desactivados: un administrador los activa en Ajustes. Aun así, se pueden enviar desde aquí.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="194" />
      <source>The library server sends the notices every day; this desk does not.</source>
      <translation>El servidor de la biblioteca envía los avisos cada día; este puesto no.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="196" />
      <source>Nobody sends the notices every day; send them from here.</source>
      <translation>Nadie envía los avisos cada día; envíelos desde aquí.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="198" />
      <source>This desk sends the notices once a day.</source>
      <translation>Este puesto envía los avisos una vez al día.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="200" />
      <source>Mail server: {host}:{port}, from {sender}.</source>
      <translation>Servidor de correo: {host}:{port}, remitente {sender}.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="201" />
      <source>(no sender address)</source>
      <translation>(sin dirección de remitente)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="203" />
      <source>No mail server is set (Settings): members get printed letters only.</source>
      <translation>No hay servidor de correo configurado (Ajustes): los socios solo reciben cartas impresas.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="209" />
      <source>The library's own text.</source>
      <translation>El texto propio de la biblioteca.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="209" />
      <source>The text shipped with the program.</source>
      <translation>El texto original del programa.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="235" />
      <source>Notice text saved</source>
      <translation>Texto del aviso guardado</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="250" />
      <source>Mail password</source>
      <translation>Contraseña del correo</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="250" />
      <source>Password of the mail server's user (kept in the system keyring):</source>
      <translation>Contraseña del usuario del servidor de correo (se guarda en el llavero del sistema):</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="256" />
      <source>Mail password kept</source>
      <translation>Contraseña del correo guardada</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="267" />
      <source>Notices to members…</source>
      <translation>Avisos a los socios…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="284" />
      <location filename="../../desktop_app/ui/shell/main_window.py" line="63" />
      <source>Notices</source>
      <translation>Avisos</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="299" />
      <source>What today's run would send</source>
      <translation>Lo que enviaría el envío de hoy</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="302" />
      <source>letter to {name}</source>
      <translation>carta a {name}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="42" />
      <source>First overdue notice</source>
      <translation>Primer aviso de retraso</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="42" />
      <source>Reminder before the due date</source>
      <translation>Recordatorio antes del vencimiento</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="43" />
      <source>Second overdue notice</source>
      <translation>Segundo aviso de retraso</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="43" />
      <source>Third overdue notice</source>
      <translation>Tercer aviso de retraso</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="44" />
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="37" />
      <source>Hold expired</source>
      <translation>Reserva vencida</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="44" />
      <source>Hold ready for pickup</source>
      <translation>Reserva lista para recoger</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="51" />
      <source>Notices due on {day}: {count}. Nothing was sent (a preview).</source>
      <translation>Avisos del {day}: {count}. No se ha enviado nada (vista previa).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="54" />
      <source>Notices due on {day}: {count}. Emailed: {emailed}. Letters to print: {printed}. Not sent: {unsent}.</source>
      <translation>Avisos del {day}: {count}. Por correo electrónico: {emailed}. Cartas para imprimir: {printed}. Sin enviar: {unsent}.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="61" />
      <source>The emails stopped: {reason}</source>
      <translation>El envío de correos se ha detenido: {reason}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="71" />
      <source>Notice texts and sending</source>
      <translation>Textos y envío de los avisos</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="79" />
      <source>Kind of notice</source>
      <translation>Tipo de aviso</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="83" />
      <source>Language of the text</source>
      <translation>Idioma del texto</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="87" />
      <source>Text of the notice</source>
      <translation>Texto del aviso</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/notices/texts.py" line="97" />
      <source>Preview for an example member</source>
      <translation>Vista previa para un socio de ejemplo</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/reports/charts.py" line="158" />
      <source>{chart}: {bars} bars, total {total}; {values}</source>
      <translation>{chart}: {bars} barras, total {total}; {values}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/reports/charts.py" line="160" />
      <source>{label}: {value}</source>
      <translation>{label}: {value}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/reports/charts.py" line="75" />
      <source>Nothing yet</source>
      <translation>Aún no hay datos</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/reports/output.py" line="40" />
      <location filename="../../desktop_app/ui/reports/overdue.py" line="20" />
      <source>Days late</source>
      <translation>Días de retraso</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/reports/output.py" line="40" />
      <source>Was due</source>
      <translation>Vencía</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/reports/output.py" line="43" />
      <source>Thank you,</source>
      <translation>Atentamente,</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/reports/output.py" line="52" />
      <source>Dear {member},</source>
      <translation>Estimado/a {member}:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/reports/output.py" line="53" />
      <source>Our records show that the following item is overdue. Please return it or renew at the desk as soon as you can.</source>
      <translation>Según nuestros registros, el siguiente ejemplar tiene la devolución vencida. Por favor, devuélvalo o renuévelo en el mostrador lo antes posible.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/reports/output.py" line="55" />
      <source>Our records show that the following items are overdue. Please return them or renew at the desk as soon as you can.</source>
      <translation>Según nuestros registros, los siguientes ejemplares tienen la devolución vencida. Por favor, devuélvalos o renuévelos en el mostrador lo antes posible.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/reports/output.py" line="57" />
      <source>Card number: {card}</source>
      <translation>Número de carné: {card}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/reports/overdue.py" line="27" />
      <source>Contact</source>
      <translation>Contacto</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/reports/overdue.py" line="27" />
      <source>by post</source>
      <translation>por correo postal</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/reports/overdue.py" line="27" />
      <location filename="../../desktop_app/ui/settings/categories.py" line="49" />
      <source>none</source>
      <translation>ninguno</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/reports/tab.py" line="100" />
      <source>&amp;Refresh (F5)</source>
      <translation>&amp;Actualizar (F5)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/reports/tab.py" line="101" />
      <source>&amp;Print letters…</source>
      <translation>&amp;Imprimir cartas…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/reports/tab.py" line="102" />
      <source>Save letters as P&amp;DF…</source>
      <translation>Guardar cartas como P&amp;DF…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/reports/tab.py" line="103" />
      <source>Export &amp;CSV…</source>
      <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/reports/tab.py" line="164" />
      <source>{loans} overdue loans, {members} members</source>
      <translation>{loans} préstamos con retraso, {members} socios</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/reports/tab.py" line="180" />
      <source>Saved {count} letters to {path}</source>
      <translation>Se han guardado {count} cartas en {path}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/reports/tab.py" line="186" />
      <source>Exported {count} overdue loans to {path}</source>
      <translation>Se han exportado {count} préstamos con retraso a {path}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/reports/tab.py" line="192" />
      <source>Nothing is overdue: no letters to print</source>
      <translation>No hay nada con retraso: no hay cartas que imprimir</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/reports/tab.py" line="198" />
      <source>Printed {count} letters</source>
      <translation>Se han impreso {count} cartas</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/reports/tab.py" line="201" />
      <source>Save letters</source>
      <translation>Guardar cartas</translation>
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
      <translation>Exportar la lista de retrasos</translation>
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
      <translation>Ejemplares</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/reports/tab.py" line="39" />
      <source>Titles</source>
      <translation>Títulos</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/reports/tab.py" line="40" />
      <source>Holds ready</source>
      <translation>Reservas listas</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/reports/tab.py" line="40" />
      <location filename="../../desktop_app/ui/reports/tab.py" line="111" />
      <source>Overdue</source>
      <translation>Con retraso</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/reports/tab.py" line="80" />
      <source>Loans per day, last 30 days</source>
      <translation>Préstamos por día, últimos 30 días</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/reports/tab.py" line="82" />
      <source>Most borrowed</source>
      <translation>Más prestados</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/reports/tab.py" line="91" />
      <source>Overdue loans</source>
      <translation>Préstamos con retraso</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit.py" line="141" />
      <source>anyone</source>
      <translation>cualquiera</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit.py" line="142" />
      <source>any action</source>
      <translation>cualquier acción</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit.py" line="172" />
      <source>No events match.</source>
      <translation>Ningún evento coincide.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit.py" line="173" />
      <source>{count} events, newest first</source>
      <translation>{count} eventos, del más reciente al más antiguo</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit.py" line="187" />
      <source>Writing {path}…</source>
      <translation>Escribiendo {path}…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit.py" line="191" />
      <source>{count} events written to {path}</source>
      <translation>Se han escrito {count} eventos en {path}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit.py" line="48" />
      <source>Audit log</source>
      <translation>Registro de auditoría</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit.py" line="52" />
      <source>Export the audit log</source>
      <translation>Exportar el registro de auditoría</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit.py" line="55" />
      <location filename="../../desktop_app/ui/settings/audit.py" line="115" />
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="28" />
      <source>Who</source>
      <translation>Quién</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit.py" line="57" />
      <location filename="../../desktop_app/ui/settings/audit.py" line="115" />
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="28" />
      <source>What</source>
      <translation>Qué</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit.py" line="66" />
      <source>From</source>
      <translation>De</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit.py" line="67" />
      <source>From day</source>
      <translation>Día inicial</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit.py" line="68" />
      <source>To</source>
      <translation>A</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit.py" line="69" />
      <source>To day</source>
      <translation>Día final</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit.py" line="76" />
      <source>Text in the details</source>
      <translation>Texto en los detalles</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit.py" line="77" />
      <source>text in the details, a barcode, a card…</source>
      <translation>texto en los detalles, un código de barras, un carné…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit.py" line="80" />
      <source>F&amp;ind</source>
      <translation>Bu&amp;scar</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit.py" line="82" />
      <source>E&amp;xport CSV…</source>
      <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit.py" line="83" />
      <source>Write the events shown to a CSV file (the export is itself recorded)</source>
      <translation>Escribir los eventos mostrados en un archivo CSV (la exportación también queda registrada)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit.py" line="85" />
      <source>Audit log, newest first</source>
      <translation>Registro de auditoría, del más reciente al más antiguo</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="28" />
      <location filename="../../desktop_app/ui/sync/exceptions_model.py" line="65" />
      <source>Details</source>
      <translation>Detalles</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="28" />
      <source>Record</source>
      <translation>Elemento</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="28" />
      <location filename="../../desktop_app/ui/sync/exceptions_model.py" line="61" />
      <source>When</source>
      <translation>Cuándo</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="32" />
      <source>Account locked</source>
      <translation>Cuenta bloqueada (intentos fallidos)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="32" />
      <source>Failed login</source>
      <translation>Inicio de sesión fallido</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="32" />
      <source>Login</source>
      <translation>Inicio de sesión</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="33" />
      <source>Failed member login</source>
      <translation>Inicio de sesión de socio fallido</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="33" />
      <source>Member login</source>
      <translation>Inicio de sesión de socio</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="34" />
      <source>Account unlocked</source>
      <translation>Cuenta desbloqueada</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="34" />
      <source>Member card locked</source>
      <translation>Carné de socio bloqueado (intentos fallidos)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="35" />
      <source>Session token reused</source>
      <translation>Token de sesión reutilizado</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="35" />
      <source>Too many logins (server)</source>
      <translation>Demasiados inicios de sesión (servidor)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="36" />
      <location filename="../../desktop_app/ui/sync/exceptions_model.py" line="18" />
      <source>Renewal</source>
      <translation>Renovación</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="37" />
      <location filename="../../desktop_app/ui/sync/exceptions_model.py" line="19" />
      <source>Hold cancelled</source>
      <translation>Reserva cancelada</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="37" />
      <source>Hold placed</source>
      <translation>Reserva realizada</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="38" />
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="51" />
      <source>Fee charged</source>
      <translation>Cargo añadido</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="38" />
      <source>Fee paid</source>
      <translation>Cargo pagado</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="38" />
      <source>Fee waived</source>
      <translation>Cargo condonado</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="39" />
      <source>Book added</source>
      <translation>Libro añadido</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="39" />
      <location filename="../../desktop_app/ui/sync/exceptions_model.py" line="19" />
      <source>Book deleted</source>
      <translation>Libro eliminado</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="39" />
      <source>Book edited</source>
      <translation>Libro editado</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="40" />
      <source>Copy added</source>
      <translation>Ejemplar añadido</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="40" />
      <source>Copy edited</source>
      <translation>Ejemplar editado</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="40" />
      <source>Copy status changed</source>
      <translation>Estado de ejemplar cambiado</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="41" />
      <source>Member deleted</source>
      <translation>Socio eliminado</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="41" />
      <source>Member's data exported</source>
      <translation>Datos de un socio exportados</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="42" />
      <source>Loans anonymised</source>
      <translation>Préstamos anonimizados</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="42" />
      <source>Member blocked</source>
      <translation>Socio bloqueado</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="43" />
      <source>Member PIN set</source>
      <translation>PIN de socio definido</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="43" />
      <source>Member unblocked</source>
      <translation>Socio desbloqueado</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="44" />
      <source>Staff account added</source>
      <translation>Cuenta de personal añadida</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="44" />
      <source>Staff role changed</source>
      <translation>Función de personal cambiada</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="45" />
      <source>Staff account switched on/off</source>
      <translation>Cuenta de personal activada/desactivada</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="45" />
      <source>Staff password changed</source>
      <translation>Contraseña de personal cambiada</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="46" />
      <source>Settings changed</source>
      <translation>Ajustes cambiados</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="47" />
      <source>Audit log exported</source>
      <translation>Registro de auditoría exportado</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="47" />
      <source>Member registered</source>
      <translation>Socio inscrito</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="48" />
      <source>Library created</source>
      <translation>Biblioteca creada</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="48" />
      <source>Member edited</source>
      <translation>Socio editado</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="49" />
      <source>Closed day added</source>
      <translation>Día de cierre añadido</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="49" />
      <source>Closed day removed</source>
      <translation>Día de cierre quitado</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="50" />
      <source>Category saved</source>
      <translation>Categoría guardada</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="50" />
      <source>Late return from a desk</source>
      <translation>Devolución comunicada tarde por un puesto</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="51" />
      <source>Fee cancelled</source>
      <translation>Cargo anulado</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="51" />
      <source>Fee refunded</source>
      <translation>Cargo reembolsado</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="52" />
      <source>Desk registered</source>
      <translation>Puesto registrado</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="52" />
      <source>Desk retired</source>
      <translation>Puesto retirado</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="52" />
      <source>Desk role changed</source>
      <translation>Función de un puesto cambiada</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="53" />
      <source>Desk credential renewed</source>
      <translation>Credencial de un puesto renovada</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="53" />
      <source>Joining a server started</source>
      <translation>Unión a un servidor iniciada</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="54" />
      <source>Joined a server</source>
      <translation>Unido a un servidor</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="55" />
      <source>Notice template changed</source>
      <translation>Plantilla de aviso cambiada</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="55" />
      <source>Notice template reset</source>
      <translation>Plantilla de aviso restablecida</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="56" />
      <source>Mail password changed</source>
      <translation>Contraseña del correo cambiada</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="56" />
      <source>Scheduled job</source>
      <translation>Tarea programada</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="62" />
      <source>book</source>
      <translation>libro</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="62" />
      <source>copy</source>
      <translation>ejemplar</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="62" />
      <source>hold</source>
      <translation>reserva</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="62" />
      <source>loan</source>
      <translation>préstamo</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="62" />
      <source>member</source>
      <translation>socio</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="63" />
      <source>category</source>
      <translation>categoría</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="63" />
      <source>fee</source>
      <translation>cargo</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="63" />
      <source>library</source>
      <translation>biblioteca</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="63" />
      <source>staff account</source>
      <translation>cuenta de personal</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="64" />
      <source>audit log</source>
      <translation>registro de auditoría</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="64" />
      <source>closed day</source>
      <translation>día de cierre</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/audit_model.py" line="64" />
      <location filename="../../desktop_app/ui/settings/staff.py" line="45" />
      <source>desk</source>
      <translation>mostrador</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/backups.py" line="142" />
      <source>No backups yet: use “Back up now”, or wait for the daily backup (made when the program starts each day).</source>
      <translation>Aún no hay copias de seguridad: use “Hacer copia ahora” o espere a la copia diaria (se hace cuando el programa se inicia cada día).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/backups.py" line="155" />
      <source>Backups go to {folder} and are kept {days} days.</source>
      <translation>Las copias de seguridad se guardan en {folder} y se conservan {days} días.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/backups.py" line="157" />
      <source>Backup settings saved</source>
      <translation>Ajustes de copias de seguridad guardados</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/backups.py" line="167" />
      <source>Backing up…</source>
      <translation>Haciendo la copia de seguridad…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/backups.py" line="172" />
      <location filename="../../desktop_app/ui/settings/backups.py" line="173" />
      <source>Backed up to {path}</source>
      <translation>Copia de seguridad guardada en {path}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/backups.py" line="178" />
      <source>The backup was not made.</source>
      <translation>No se ha hecho la copia de seguridad.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/backups.py" line="191" />
      <source>Choose a backup in the list first</source>
      <translation>Elija primero una copia de seguridad de la lista</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/backups.py" line="194" />
      <source>Restoring needs the whole program: close it and run '{command}'</source>
      <translation>Para restaurar hace falta el programa completo: ciérrelo y ejecute '{command}'</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/backups.py" line="197" />
      <source>Replace the whole library with the backup {backup}?

Everything done since that backup (loans, returns, new books and members) will be gone. The library as it is now is kept aside in the backups folder first.

Library Desk will close the library, restore the backup, open it again and return to the login window.</source>
      <translation>¿Sustituir toda la biblioteca por la copia de seguridad {backup}?

Se perderá todo lo que se haya hecho desde esa copia (préstamos, devoluciones, libros y socios nuevos). Antes, la biblioteca tal como está ahora se guarda aparte en la carpeta de las copias de seguridad.

Library Desk cerrará la biblioteca, restaurará la copia de seguridad, la volverá a abrir y regresará a la ventana de inicio de sesión.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/backups.py" line="50" />
      <source>Restore a backup</source>
      <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/backups.py" line="60" />
      <source>Backups</source>
      <translation>Copias de seguridad</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/backups.py" line="68" />
      <source>Backup folder</source>
      <translation>Carpeta de las copias de seguridad</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/backups.py" line="68" />
      <source>Where to keep backups</source>
      <translation>Dónde guardar las copias de seguridad</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/backups.py" line="69" />
      <source>the library's own folder: {folder}</source>
      <translation>la carpeta propia de la biblioteca: {folder}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/backups.py" line="71" />
      <source>Days to keep backups</source>
      <translation>Días que se conservan las copias de seguridad</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/backups.py" line="73" />
      <source>days</source>
      <translation>días</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/backups.py" line="74" />
      <source>&amp;Save backup settings</source>
      <translation>&amp;Guardar ajustes de copias</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/backups.py" line="77" />
      <source>Folder (&amp;USB stick)</source>
      <translation>Carpeta (memoria &amp;USB)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/backups.py" line="83" />
      <source>(the newest three are always kept)</source>
      <translation>(las tres más recientes se conservan siempre)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/backups.py" line="86" />
      <source>Kee&amp;p backups for</source>
      <translation>&amp;Conservar las copias durante</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/backups.py" line="88" />
      <source>Sounds at the desk (lent, returned, hold shelf, refused)</source>
      <translation>Sonidos en el mostrador (prestado, devuelto, estante de reservas, denegado)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/backups.py" line="91" />
      <source>This desk</source>
      <translation>Este puesto</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/backups.py" line="93" />
      <source>Backups, newest first</source>
      <translation>Copias de seguridad, de la más reciente a la más antigua</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/backups.py" line="95" />
      <source>&amp;Back up now</source>
      <translation>&amp;Hacer copia ahora</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/backups.py" line="97" />
      <source>R&amp;estore…</source>
      <translation>&amp;Restaurar…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/backups.py" line="98" />
      <source>Replace the library with the chosen backup</source>
      <translation>Sustituir la biblioteca por la copia de seguridad elegida</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/categories.py" line="160" />
      <source>Saved the loan rules of '{code}'</source>
      <translation>Se han guardado las normas de préstamo de '{code}'</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/categories.py" line="164" />
      <source>Code of the new category (e.g. student):</source>
      <translation>Código de la nueva categoría (p. ej., estudiante):</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/categories.py" line="164" />
      <source>New category</source>
      <translation>Nueva categoría</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/categories.py" line="33" />
      <source>Loan period (days)</source>
      <translation>Plazo de préstamo (días)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/categories.py" line="33" />
      <source>Loans at once</source>
      <translation>Préstamos a la vez</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/categories.py" line="34" />
      <source>Holds at once</source>
      <translation>Reservas a la vez</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/categories.py" line="35" />
      <source>Grace days before fines</source>
      <translation>Días de gracia antes de multar</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/categories.py" line="35" />
      <source>Membership (months)</source>
      <translation>Inscripción (meses)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/categories.py" line="36" />
      <source>Fine cap per item</source>
      <translation>Multa máxima por ejemplar</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/categories.py" line="36" />
      <source>Fine per day</source>
      <translation>Multa por día</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/categories.py" line="37" />
      <source>Block when owing</source>
      <translation>Bloquear si debe</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/categories.py" line="38" />
      <source>Block after overdue days</source>
      <translation>Bloquear tras días de retraso</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/categories.py" line="42" />
      <location filename="../../desktop_app/ui/sync/desks.py" line="41" />
      <source>Code</source>
      <translation>Código</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/categories.py" line="44" />
      <source>Loan days</source>
      <translation>Días de préstamo</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/categories.py" line="48" />
      <source>Fines</source>
      <translation>Multas</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/categories.py" line="48" />
      <source>{amount}/day</source>
      <translation>{amount}/día</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/categories.py" line="55" />
      <source>Member categories and loan rules</source>
      <translation>Categorías de socio y normas de préstamo</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/categories.py" line="58" />
      <source>Member categories</source>
      <translation>Categorías de socio</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/categories.py" line="65" />
      <source>Na&amp;me</source>
      <translation>&amp;Nombre</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/categories.py" line="69" />
      <source>&amp;Charge fines for late returns</source>
      <translation>Aplicar &amp;multas por retraso</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/categories.py" line="84" />
      <location filename="../../desktop_app/ui/settings/categories.py" line="79" />
      <source>no limit</source>
      <translation>sin límite</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/categories.py" line="86" />
      <source>&amp;Save category</source>
      <translation>&amp;Guardar categoría</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/categories.py" line="90" />
      <source>Ne&amp;w category…</source>
      <translation>Nueva categ&amp;oría…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/staff.py" line="112" />
      <location filename="../../desktop_app/ui/settings/staff.py" line="172" />
      <source>Added the account {username}</source>
      <translation>Se ha añadido la cuenta {username}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/staff.py" line="125" />
      <location filename="../../desktop_app/ui/settings/staff.py" line="129" />
      <source>Staff accounts</source>
      <translation>Cuentas de personal</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/staff.py" line="132" />
      <source>&amp;Add account…</source>
      <translation>&amp;Añadir cuenta…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/staff.py" line="133" />
      <source>Activate / &amp;deactivate</source>
      <translation>Activar / &amp;desactivar</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/staff.py" line="134" />
      <source>Reset &amp;password…</source>
      <translation>Restablecer &amp;contraseña…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/staff.py" line="135" />
      <source>Un&amp;lock</source>
      <translation>Des&amp;bloquear</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/staff.py" line="178" />
      <source>Activated {username}</source>
      <translation>Se ha activado {username}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/staff.py" line="178" />
      <source>Deactivated {username}</source>
      <translation>Se ha desactivado {username}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/staff.py" line="185" />
      <source>Reset password</source>
      <translation>Restablecer contraseña</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/staff.py" line="186" />
      <source>New password for {username}:</source>
      <translation>Nueva contraseña para {username}:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/staff.py" line="191" />
      <source>Password of {username} reset</source>
      <translation>Se ha restablecido la contraseña de {username}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/staff.py" line="198" />
      <source>Unlocked {username}</source>
      <translation>Se ha desbloqueado {username}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/staff.py" line="38" />
      <source>deactivated</source>
      <translation>desactivada</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/staff.py" line="40" />
      <source>locked until {when}</source>
      <translation>bloqueada hasta {when}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/staff.py" line="41" />
      <source>active</source>
      <translation>activa</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/staff.py" line="45" />
      <source>admin</source>
      <translation>administrador</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/staff.py" line="45" />
      <source>librarian</source>
      <translation>bibliotecario</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/staff.py" line="53" />
      <source>Username</source>
      <translation>Usuario</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/staff.py" line="57" />
      <source>Last login</source>
      <translation>Último acceso</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/staff.py" line="72" />
      <source>New staff account</source>
      <translation>Nueva cuenta de personal</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/staff.py" line="86" />
      <source>at least 8 characters</source>
      <translation>al menos 8 caracteres</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/staff.py" line="89" />
      <source>&amp;Username</source>
      <translation>&amp;Usuario</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/staff.py" line="90" />
      <source>&amp;Name</source>
      <translation>&amp;Nombre</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/staff.py" line="91" />
      <source>&amp;Role</source>
      <translation>&amp;Función</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/staff.py" line="92" />
      <location filename="../../desktop_app/ui/sync/panel.py" line="64" />
      <source>&amp;Password</source>
      <translation>&amp;Contraseña</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/tab.py" line="104" />
      <source>Library</source>
      <translation>Biblioteca</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/tab.py" line="115" />
      <source>Sa&amp;ve library settings</source>
      <translation>&amp;Guardar los ajustes de la biblioteca</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/tab.py" line="137" />
      <source>Save</source>
      <translation>Guardar</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/tab.py" line="174" />
      <source>Closed every {weekday}</source>
      <translation>Cierre semanal: {weekday}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/tab.py" line="183" />
      <source>Closed days (holidays)</source>
      <translation>Días de cierre (festivos)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/tab.py" line="187" />
      <source>Single closed days</source>
      <translation>Días de cierre puntuales</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/tab.py" line="194" />
      <source>Reason for the closed day</source>
      <translation>Motivo del cierre</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/tab.py" line="195" />
      <source>reason, e.g. New Year</source>
      <translation>motivo, p. ej., Año Nuevo</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/tab.py" line="198" />
      <source>&amp;Remove chosen</source>
      <translation>&amp;Quitar seleccionado</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/tab.py" line="262" />
      <source>Library settings saved</source>
      <translation>Ajustes de la biblioteca guardados</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/tab.py" line="269" />
      <source>Closed on {day}</source>
      <translation>Cerrado el {day}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/tab.py" line="278" />
      <source>Open again on {day}</source>
      <translation>Abierto de nuevo el {day}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/tab.py" line="67" />
      <source>Only an admin can change these settings.</source>
      <translation>Solo un administrador puede cambiar estos ajustes.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/tab.py" line="73" />
      <source>Notices to members</source>
      <translation>Avisos a los socios</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/tab.py" line="74" />
      <source>Fines and privacy</source>
      <translation>Multas y privacidad</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings/tab.py" line="75" />
      <source>Cataloguing</source>
      <translation>Catalogación</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/app.py" line="191" />
      <source>The library in {folder} could not be opened: {error}</source>
      <translation>No se ha podido abrir la biblioteca de {folder}: {error}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/app.py" line="192" />
      <location filename="../../desktop_app/ui/shell/restore_flow.py" line="135" />
      <source>Cannot open the library</source>
      <translation>No se puede abrir la biblioteca</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/app.py" line="198" />
      <source>Library on a network share</source>
      <translation>Biblioteca en una unidad de red</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/app.py" line="35" />
      <source>The library in {folder} was saved by a newer version of Library Desk.

Install the newer version to open it. Nothing was changed. ({error})</source>
      <translation>La biblioteca de {folder} se guardó con una versión más reciente de Library Desk.

Instale esa versión más reciente para abrirla. No se ha cambiado nada. ({error})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/app.py" line="39" />
      <source>The library file {file} cannot be read: {error}

Nothing was changed. Restore a backup from {backups}, or start with another data folder (--data-dir).</source>
      <translation>No se puede leer el archivo de la biblioteca {file}: {error}

No se ha cambiado nada. Restaure una copia de seguridad de {backups} o inicie el programa con otra carpeta de datos (--data-dir).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/crash.py" line="105" />
      <source>Library Desk: unexpected problem</source>
      <translation>Library Desk: problema inesperado</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/crash.py" line="108" />
      <source>Show log</source>
      <translation>Mostrar el registro</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/crash.py" line="44" />
      <source>Library Desk ran into a problem it did not expect, and the last action may not have finished.

Everything that was already saved (every loan and return confirmed on screen) is safe. If you were in the middle of something, check it and do it again.

What happened: {what}

The details are in the log: {log}
(Help &gt; Show log). Please send that file to whoever looks after Library Desk.</source>
      <translation>Library Desk ha encontrado un problema inesperado y puede que la última acción no haya terminado.

Todo lo que ya estaba guardado (cada préstamo y cada devolución confirmados en pantalla) está a salvo. Si estaba a mitad de algo, compruébelo y vuelva a hacerlo.

Qué ha pasado: {what}

Los detalles están en el registro: {log}
(Ayuda &gt; Mostrar el registro). Envíe ese archivo, por favor, a quien se ocupe de Library Desk.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/login.py" line="119" />
      <source>System language ({language})</source>
      <translation>Idioma del sistema ({language})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/login.py" line="124" />
      <source>Language of this desk</source>
      <translation>Idioma de este puesto</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/login.py" line="126" />
      <source>&amp;Language:</source>
      <translation>I&amp;dioma:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/login.py" line="171" />
      <source>Card read. Now type your PIN.</source>
      <translation>Carné leído. Ahora escriba su PIN.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/login.py" line="174" />
      <source>Log in first: that was a scan ({code}), not your password. Nothing was tried.</source>
      <translation>Inicie sesión primero: eso era un escaneo ({code}), no su contraseña. No se ha intentado nada.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/login.py" line="182" />
      <source>Type your username.</source>
      <translation>Escriba su nombre de usuario.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/login.py" line="186" />
      <source>Type your password.</source>
      <translation>Escriba su contraseña.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/login.py" line="204" />
      <source>Scan or type your card number, then your PIN.</source>
      <translation>Escanee o escriba su número de carné y luego su PIN.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/login.py" line="222" />
      <source>Account locked. {reason}</source>
      <translation>Cuenta bloqueada. {reason}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/login.py" line="224" />
      <source>Membership expired. {reason}</source>
      <translation>Inscripción caducada. {reason}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/login.py" line="226" />
      <source>{reason}. Please try again.</source>
      <translation>{reason}. Inténtelo de nuevo.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/login.py" line="45" />
      <source>{library} — Log in</source>
      <translation>{library} — Iniciar sesión</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/login.py" line="53" />
      <source>Staff username</source>
      <translation>Usuario del personal</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/login.py" line="55" />
      <source>Password</source>
      <translation>Contraseña</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/login.py" line="57" />
      <location filename="../../desktop_app/ui/sync/panel.py" line="66" />
      <source>&amp;Log in</source>
      <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/login.py" line="58" />
      <source>Log in as staff</source>
      <translation>Iniciar sesión como personal</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/login.py" line="62" />
      <location filename="../../desktop_app/ui/shell/wizard.py" line="87" />
      <source>&amp;Username:</source>
      <translation>&amp;Usuario:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/login.py" line="63" />
      <location filename="../../desktop_app/ui/shell/wizard.py" line="89" />
      <source>&amp;Password:</source>
      <translation>&amp;Contraseña:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/login.py" line="67" />
      <source>Member card number</source>
      <translation>Número de carné de socio</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/login.py" line="69" />
      <source>PIN</source>
      <translation>PIN</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/login.py" line="71" />
      <source>&amp;Open my account</source>
      <translation>&amp;Abrir mi cuenta</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/login.py" line="72" />
      <source>Log in as a member</source>
      <translation>Iniciar sesión como socio</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/login.py" line="75" />
      <source>&amp;Card number:</source>
      <translation>&amp;Número de carné:</translation>
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
      <translation>Personal</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/login.py" line="81" />
      <source>Member (self-service)</source>
      <translation>Socio (autoservicio)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/login.py" line="82" />
      <source>Log in as staff or as a member</source>
      <translation>Iniciar sesión como personal o como socio</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/login.py" line="85" />
      <source>Login message</source>
      <translation>Mensaje de inicio de sesión</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="137" />
      <source>{library} — Library Desk</source>
      <translation>{library} — Library Desk</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="140" />
      <source>Main sections</source>
      <translation>Secciones principales</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="152" />
      <source>{section} section</source>
      <translation>Sección {section}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="187" />
      <source>&amp;Go</source>
      <translation>&amp;Ir</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="191" />
      <source>Des&amp;k</source>
      <translation>Mos&amp;trador</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="198" />
      <source>So&amp;unds at the desk</source>
      <translation>Son&amp;idos en el mostrador</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="208" />
      <location filename="../../desktop_app/ui/sync/status.py" line="183" />
      <source>&amp;Help</source>
      <translation>Ay&amp;uda</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="209" />
      <source>&amp;Keyboard shortcuts</source>
      <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="210" />
      <source>Show &amp;log</source>
      <translation>Mostrar el &amp;registro</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="211" />
      <source>&amp;About Library Desk</source>
      <translation>Acerca &amp;de Library Desk</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="237" />
      <source>{person} ({role})</source>
      <translation>{person} ({role})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="239" />
      <source>Logged in as</source>
      <translation>Sesión iniciada como</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="240" />
      <source>Desk: {desk}</source>
      <translation>Puesto: {desk}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="242" />
      <source>Sync: not set up</source>
      <translation>Sincronización: sin configurar</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="245" />
      <source>Scheduled work that failed</source>
      <translation>Tareas programadas que han fallado</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="254" />
      <source>Working…</source>
      <translation>Trabajando…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="268" />
      <source>⚠ {job} did not work</source>
      <translation>⚠ {job} ha fallado</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="279" />
      <source>At the desk:</source>
      <translation>En el mostrador:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="279" />
      <source>Enter	Scan (after the barcode)</source>
      <translation>Enter	Escanear (tras el código de barras)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="282" />
      <source>Keyboard shortcuts</source>
      <translation>Atajos de teclado</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="292" />
      <source>Log</source>
      <translation>Registro</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="292" />
      <source>The logs are in {folder}</source>
      <translation>Los registros están en {folder}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="295" />
      <source>About Library Desk</source>
      <translation>Acerca de Library Desk</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="296" />
      <source>Library Desk: the front desk of a small library, offline first.</source>
      <translation>Library Desk: el mostrador de préstamo de una biblioteca pequeña, pensado para trabajar sin conexión.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="48" />
      <source>&amp;Log out</source>
      <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="49" />
      <source>&amp;Quit</source>
      <translation>&amp;Salir</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="52" />
      <location filename="../../desktop_app/ui/sync/desks.py" line="42" />
      <location filename="../../desktop_app/ui/sync/exceptions_model.py" line="62" />
      <source>Desk</source>
      <translation>Puesto</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="58" />
      <source>Catalog</source>
      <translation>Catálogo</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="61" />
      <source>Reports</source>
      <translation>Informes</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="62" />
      <source>Stock-take</source>
      <translation>Inventario</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="64" />
      <source>Settings</source>
      <translation>Ajustes</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="77" />
      <source>The {screen} screen is not part of this version yet.</source>
      <translation>La pantalla {screen} aún no forma parte de esta versión.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/main_window.py" line="80" />
      <source>The {screen} screen could not open: {error}</source>
      <translation>No se ha podido abrir la pantalla {screen}: {error}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/restore_flow.py" line="121" />
      <source>Library restored</source>
      <translation>Biblioteca restaurada</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/restore_flow.py" line="122" />
      <source>The library was restored from {backup}.

The library as it was just before is kept as {aside}.

Please log in again.</source>
      <translation>La biblioteca se ha restaurado desde {backup}.

La biblioteca tal como estaba justo antes se guarda como {aside}.

Inicie sesión de nuevo, por favor.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/restore_flow.py" line="126" />
      <source>Nothing was changed; the library is open as it was.</source>
      <translation>No se ha cambiado nada; la biblioteca está abierta tal como estaba.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/restore_flow.py" line="136" />
      <source>The library could not be opened again: {error}

Start Library Desk again; if it still cannot open, restore another backup with 'library-desk restore'.</source>
      <translation>No se ha podido volver a abrir la biblioteca: {error}

Inicie Library Desk de nuevo; si sigue sin poder abrirla, restaure otra copia de seguridad con 'library-desk restore'.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/restore_flow.py" line="56" />
      <source>Restoring the library from {backup}…

Library Desk closes the library, puts the backup in its place and opens it again.</source>
      <translation>Restaurando la biblioteca desde {backup}…

Library Desk cierra la biblioteca, pone la copia de seguridad en su lugar y la vuelve a abrir.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/restore_flow.py" line="60" />
      <source>Restoring the library</source>
      <translation>Restaurando la biblioteca</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/scheduler.py" line="172" />
      <location filename="../../desktop_app/ui/shell/scheduler.py" line="157" />
      <source>{job} did not work: {reason}</source>
      <translation>{job} ha fallado: {reason}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/scheduler.py" line="36" />
      <source>Expiring uncollected holds</source>
      <translation>Vencimiento de reservas no recogidas</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/scheduler.py" line="37" />
      <source>Sending the notices to members</source>
      <translation>Envío de los avisos a los socios</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/scheduler.py" line="38" />
      <source>The daily backup</source>
      <translation>La copia de seguridad diaria</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/scheduler.py" line="39" />
      <source>Anonymising old loans</source>
      <translation>Anonimización de préstamos antiguos</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/scheduler.py" line="40" />
      <source>Clearing old records</source>
      <translation>Limpieza de registros antiguos</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/scheduler.py" line="41" />
      <source>Looking up queued ISBNs</source>
      <translation>Buscando los ISBN en cola</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/self_service.py" line="100" />
      <source>Search results</source>
      <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/self_service.py" line="101" />
      <source>Place a hold</source>
      <translation>Reservar</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/self_service.py" line="117" />
      <source>Find a book</source>
      <translation>Buscar un libro</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/self_service.py" line="192" />
      <source>My loans ({count})</source>
      <translation>Mis préstamos ({count})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/self_service.py" line="196" />
      <source>{title} — ready, pick up by {date}</source>
      <translation>{title} — lista, recójala hasta el {date}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/self_service.py" line="197" />
      <source>{title} — waiting</source>
      <translation>{title} — en espera</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/self_service.py" line="200" />
      <source>My holds ({count})</source>
      <translation>Mis reservas ({count})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/self_service.py" line="205" />
      <source>You owe {total} so far: {fees} in fees and {fines} in fines of overdue books (they grow until the books are returned or renewed)</source>
      <translation>Debe {total} hasta ahora: {fees} en cargos y {fines} en multas de libros con retraso (aumentan hasta que se devuelvan o se renueven los libros)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/self_service.py" line="210" />
      <source>You owe {total} so far in fines of overdue books (they grow until the books are returned or renewed)</source>
      <translation>Debe {total} hasta ahora en multas de libros con retraso (aumentan hasta que se devuelvan o se renueven los libros)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/self_service.py" line="213" />
      <source>You owe {total} in fees.</source>
      <translation>Debe {total} en cargos.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/self_service.py" line="232" />
      <source>Touch a loan first, then Renew.</source>
      <translation>Toque primero un préstamo y luego Renovar.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/self_service.py" line="239" />
      <source>Renewed '{title}': now due {due}. A fine of {amount} for the days it was late is now owed.</source>
      <translation>'{title}' renovado: ahora vence el {due}. Ahora debe una multa de {amount} por los días de retraso.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/self_service.py" line="243" />
      <source>Renewed '{title}': now due {due}.</source>
      <translation>Renovado '{title}': ahora vence el {due}.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/self_service.py" line="250" />
      <source>Touch a hold first, then Cancel.</source>
      <translation>Toque primero una reserva y luego Cancelar.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/self_service.py" line="255" />
      <source>Your hold on '{title}' is cancelled.</source>
      <translation>Se ha cancelado su reserva de '{title}'.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/self_service.py" line="280" />
      <source>{title} — {authors} (all on loan)</source>
      <translation>{title} — {authors} (todos prestados)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/self_service.py" line="280" />
      <source>{title} — {authors} (available now)</source>
      <translation>{title} — {authors} (disponible ahora)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/self_service.py" line="281" />
      <source>unknown author</source>
      <translation>autor desconocido</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/self_service.py" line="288" />
      <source>Search for a book and touch it first.</source>
      <translation>Busque primero un libro y tóquelo.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/self_service.py" line="293" />
      <source>Hold placed on '{title}'. We will tell you when it is ready.</source>
      <translation>Reserva hecha de '{title}'. Le avisaremos cuando esté lista.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/self_service.py" line="54" />
      <source>My library account — {member}</source>
      <translation>Mi cuenta de la biblioteca — {member}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/self_service.py" line="60" />
      <source>Hello, {member}</source>
      <translation>Hola, {member}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/self_service.py" line="62" />
      <source>Log out</source>
      <translation>Cerrar sesión</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/self_service.py" line="65" />
      <source>Message</source>
      <translation>Mensaje</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/self_service.py" line="70" />
      <location filename="../../desktop_app/ui/shell/self_service.py" line="115" />
      <source>My loans</source>
      <translation>Mis préstamos</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/self_service.py" line="81" />
      <source>Renew selected</source>
      <translation>Renovar seleccionado</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/self_service.py" line="84" />
      <source>What I owe</source>
      <translation>Lo que debo</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/self_service.py" line="89" />
      <location filename="../../desktop_app/ui/shell/self_service.py" line="116" />
      <source>My holds</source>
      <translation>Mis reservas</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/self_service.py" line="90" />
      <source>Cancel selected hold</source>
      <translation>Cancelar la reserva seleccionada</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/self_service.py" line="96" />
      <source>Title, author or ISBN</source>
      <translation>Título, autor o ISBN</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/wizard.py" line="103" />
      <source>Password: {problem}.</source>
      <translation>Contraseña: {problem}.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/wizard.py" line="105" />
      <source>Repeat password: the two passwords differ.</source>
      <translation>Repetir contraseña: las dos contraseñas no coinciden.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/wizard.py" line="112" />
      <source>Loan rules</source>
      <translation>Normas de préstamo</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/wizard.py" line="112" />
      <source>Sensible defaults for adult members; change them later in Settings.</source>
      <translation>Valores razonables para socios adultos; puede cambiarlos más adelante en Ajustes.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/wizard.py" line="113" />
      <source>Loan &amp;period (days):</source>
      <translation>Plazo de &amp;préstamo (días):</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/wizard.py" line="115" />
      <source>&amp;Items per member:</source>
      <translation>&amp;Ejemplares por socio:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/wizard.py" line="117" />
      <source>&amp;Renewals per loan:</source>
      <translation>&amp;Renovaciones por préstamo:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/wizard.py" line="119" />
      <source>&amp;Fines:</source>
      <translation>&amp;Multas:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/wizard.py" line="121" />
      <source>Fine per &amp;day:</source>
      <translation>Multa por &amp;día:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/wizard.py" line="128" />
      <source>Demo data</source>
      <translation>Datos de demostración</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/wizard.py" line="128" />
      <source>Try the program with made-up books and members, or start empty.</source>
      <translation>Pruebe el programa con libros y socios ficticios, o empiece con la biblioteca vacía.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/wizard.py" line="129" />
      <source>Add &amp;demo data (books, members, loans)</source>
      <translation>Añadir datos de &amp;demostración (libros, socios, préstamos)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/wizard.py" line="130" />
      <source>&amp;Books:</source>
      <translation>&amp;Libros:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/wizard.py" line="145" />
      <source>Set up Library Desk</source>
      <translation>Configurar Library Desk</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/wizard.py" line="151" />
      <source>&amp;Create library</source>
      <translation>&amp;Crear biblioteca</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/wizard.py" line="179" />
      <source>Demo data is not available in this version; the library starts empty.</source>
      <translation>Los datos de demostración no están disponibles en esta versión; la biblioteca empieza vacía.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/wizard.py" line="181" />
      <source>Demo data: {books} books, {members} members, {loans} loans.</source>
      <translation>Datos de demostración: {books} libros, {members} socios, {loans} préstamos.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/wizard.py" line="185" />
      <source>Setting up the library… Adding demo data may take a moment.</source>
      <translation>Configurando la biblioteca… Añadir los datos de demostración puede tardar un poco.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/wizard.py" line="186" />
      <source>Setting up the library…</source>
      <translation>Configurando la biblioteca…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/wizard.py" line="72" />
      <source>The name and address are printed on slips and letters.</source>
      <translation>El nombre y la dirección se imprimen en los comprobantes y las cartas.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/wizard.py" line="72" />
      <source>Your library</source>
      <translation>Su biblioteca</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/wizard.py" line="73" />
      <source>Library &amp;name:</source>
      <translation>&amp;Nombre de la biblioteca:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/wizard.py" line="74" />
      <source>&amp;Address:</source>
      <translation>&amp;Dirección:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/wizard.py" line="75" />
      <source>e.g. Riverside School Library</source>
      <translation>p. ej., Biblioteca Escolar Riverside</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/wizard.py" line="79" />
      <source>The library needs a name (first field).</source>
      <translation>La biblioteca necesita un nombre (primer campo).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/wizard.py" line="86" />
      <source>First administrator</source>
      <translation>Primer administrador</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/wizard.py" line="86" />
      <source>This account can change settings and add other staff.</source>
      <translation>Esta cuenta puede cambiar los ajustes y añadir otras cuentas de personal.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/wizard.py" line="88" />
      <source>Full &amp;name:</source>
      <translation>&amp;Nombre completo:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/wizard.py" line="90" />
      <source>&amp;Repeat password:</source>
      <translation>&amp;Repetir contraseña:</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/wizard.py" line="97" />
      <source>Username: use letters, digits, '.', '-' or '_' only.</source>
      <translation>Usuario: use solo letras, dígitos, '.', '-' o '_'.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/shell/wizard.py" line="99" />
      <source>Full name: type the administrator's name.</source>
      <translation>Nombre completo: escriba el nombre del administrador.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="103" />
      <source>Call numbers</source>
      <translation>Signaturas</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="107" />
      <source>Count being scanned</source>
      <translation>Recuento en curso</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="109" />
      <source>Scan the books on the shelf…</source>
      <translation>Escanee los libros del estante…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="110" />
      <source>Scan a copy's barcode</source>
      <translation>Escanear el código de barras de un ejemplar</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="118" />
      <source>Choose or start a count, then scan the books on the shelf.</source>
      <translation>Elija o inicie un recuento y escanee los libros del estante.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="122" />
      <source>Stock-take report</source>
      <translation>Informe de inventario</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="128" />
      <source>Show report</source>
      <translation>Mostrar informe</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="129" />
      <source>Finish count</source>
      <translation>Terminar recuento</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="130" />
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="286" />
      <source>Mark missing lost</source>
      <translation>Marcar faltantes como perdidos</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="131" />
      <source>Save CSV…</source>
      <translation>Guardar CSV…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="132" />
      <source>Save PDF…</source>
      <translation>Guardar PDF…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="136" />
      <source>Needs a librarian or admin</source>
      <translation>Requiere un bibliotecario o admin</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="147" />
      <source>Count</source>
      <translation>Recuento</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="165" />
      <source>(any location)</source>
      <translation>(cualquier ubicación)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="172" />
      <source>finished</source>
      <translation>terminado</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="208" />
      <source>Counting {name}. Scan the books on the shelf.</source>
      <translation>Recuento {name}. Escanee los libros del estante.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="220" />
      <source>{name} is finished: the report is below.</source>
      <translation>{name} está terminado: el informe está abajo.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="244" />
      <source>Scanned {all}: {here} here, {misplaced} misplaced, {on_loan} on loan, {found} found, {unknown} unknown</source>
      <translation>{all} escaneados: {here} aquí, {misplaced} mal colocados, {on_loan} prestados, {found} encontrados, {unknown} desconocidos</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="275" />
      <source>{here} of {expected} expected found · {missing} missing · {misplaced} misplaced · {on_loan} on loan · {found} found · {unknown} unknown</source>
      <translation>{here} de {expected} esperados encontrados · {missing} faltan · {misplaced} mal colocados · {on_loan} prestados · {found} encontrados · {unknown} desconocidos</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="287" />
      <source>Mark every copy this count missed as lost? Each one is recorded and synced.</source>
      <translation>¿Marcar como perdidos todos los ejemplares que este recuento no encontró? Cada uno queda registrado y se sincroniza.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="296" />
      <source>Marked {count} missing copies lost</source>
      <translation>{count} ejemplares faltantes marcados como perdidos</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="313" />
      <source>Saved {path}</source>
      <translation>{path} guardado</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="318" />
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="321" />
      <source>Save stock-take report</source>
      <translation>Guardar el informe de inventario</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="40" />
      <source>Misplaced (belongs elsewhere)</source>
      <translation>Mal colocado (va en otro sitio)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="40" />
      <source>Missing</source>
      <translation>Falta</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="41" />
      <source>Lost or withdrawn, found</source>
      <translation>Perdido o retirado, encontrado</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="41" />
      <source>On loan but on the shelf (check in)</source>
      <translation>Prestado pero en el estante (devolver)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="42" />
      <source>Unknown barcodes</source>
      <translation>Códigos de barras desconocidos</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="43" />
      <source>Section</source>
      <translation>Sección</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="44" />
      <source>available</source>
      <translation>disponible</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="44" />
      <source>on loan</source>
      <translation>prestado</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="44" />
      <source>on the hold shelf</source>
      <translation>en el estante de reservas</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="45" />
      <source>damaged</source>
      <translation>dañado</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="45" />
      <source>withdrawn</source>
      <translation>retirado</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="46" />
      <source>in repair</source>
      <translation>en reparación</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="46" />
      <source>reference</source>
      <translation>consulta en sala</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="55" />
      <source>✔ {code} belongs here: {title}</source>
      <translation>✔ {code} va aquí: {title}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="56" />
      <source>➜ {code} is misplaced: it belongs in {where} ({title})</source>
      <translation>➜ {code} está mal colocado: va en {where} ({title})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="57" />
      <source>⚠ {code} is on loan: check it in at the desk ({title})</source>
      <translation>⚠ {code} está prestado: devuélvalo en el mostrador ({title})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="58" />
      <source>★ {code} was {status}: found! ({title})</source>
      <translation>★ {code} estaba {status}: ¡encontrado! ({title})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="59" />
      <source>✘ {code} is not a copy of this library</source>
      <translation>✘ {code} no es un ejemplar de esta biblioteca</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="62" />
      <source>(scanned before: counted once)</source>
      <translation>(ya escaneado: contado una vez)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="68" />
      <source>Stock-take: {name}</source>
      <translation>Inventario: {name}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="69" />
      <source>{scope} · started {started} · {finished} · {here} of {expected} expected copies found, {scanned} scanned</source>
      <translation>{scope} · iniciado {started} · {finished} · {here} de {expected} ejemplares esperados encontrados, {scanned} escaneados</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="71" />
      <source>finished {when}</source>
      <translation>terminado el {when}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="71" />
      <source>not finished</source>
      <translation>sin terminar</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="85" />
      <source>New count</source>
      <translation>Nuevo recuento</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="87" />
      <source>Location to count</source>
      <translation>Ubicación a contar</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="88" />
      <source>e.g. QA76 or 500</source>
      <translation>p. ej. QA76 o 500</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="89" />
      <source>First call number</source>
      <translation>Primera signatura</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="90" />
      <source>e.g. QA100 or 599</source>
      <translation>p. ej. QA100 o 599</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="91" />
      <source>Last call number</source>
      <translation>Última signatura</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="92" />
      <source>Start count</source>
      <translation>Iniciar recuento</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/stocktake/tab.py" line="96" />
      <source>Librarians and admins start a count; clerks scan</source>
      <translation>Bibliotecarios y admins inician un recuento; el mostrador escanea</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/controller.py" line="161" />
      <source>Sync is not set up: an admin sets it up in Settings</source>
      <translation>La sincronización no está configurada: un administrador la configura en Ajustes</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/controller.py" line="202" />
      <source>The sync was stopped; it goes on from here at the next sync</source>
      <translation>La sincronización se ha detenido; continuará desde aquí en la próxima sincronización</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/controller.py" line="83" />
      <source>The server refused the login: {reason}</source>
      <translation>El servidor ha rechazado el inicio de sesión: {reason}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/controller.py" line="85" />
      <source>This server account may not do that: {reason}</source>
      <translation>Esta cuenta del servidor no puede hacer eso: {reason}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/controller.py" line="88" />
      <source>Unexpected problem: {error}</source>
      <translation>Problema inesperado: {error}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/desks.py" line="101" />
      <source>Retire this desk?</source>
      <translation>¿Retirar este puesto?</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/desks.py" line="102" />
      <source>Retire “{desk}” (desk code {code})? Its credential stops working at once and its code is freed. Work it has not sent yet stays on that computer until someone sets it up again.</source>
      <translation>¿Retirar “{desk}” (código de puesto {code})? Su credencial deja de funcionar de inmediato y su código queda libre. El trabajo que aún no haya enviado se queda en ese equipo hasta que alguien lo vuelva a configurar.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/desks.py" line="110" />
      <source>“{desk}” is retired; its code is free.</source>
      <translation>“{desk}” está retirado; su código está libre.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/desks.py" line="44" />
      <source>Last seen</source>
      <translation>Última conexión</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/desks.py" line="50" />
      <source>Desks registered with the server</source>
      <translation>Puestos registrados en el servidor</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/desks.py" line="61" />
      <source>Sho&amp;w desks</source>
      <translation>&amp;Mostrar puestos</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/desks.py" line="62" />
      <source>Reti&amp;re desk…</source>
      <translation>&amp;Retirar puesto…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/desks.py" line="82" />
      <source>This desk is not set up with a server yet.</source>
      <translation>Este puesto aún no está configurado con un servidor.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/desks.py" line="90" />
      <source>{count} desk(s) registered.</source>
      <translation>{count} puesto(s) registrado(s).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/desks.py" line="99" />
      <source>Select the desk to retire first.</source>
      <translation>Seleccione primero el puesto que quiere retirar.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions.py" line="117" />
      <source>Note kept with the resolution (optional), e.g. 'spoke to both members'</source>
      <translation>Nota que se guarda con la resolución (opcional), p. ej., «se habló con ambos socios»</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions.py" line="118" />
      <source>Resolution note</source>
      <translation>Nota de resolución</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions.py" line="134" />
      <source>Only a librarian or an admin can resolve these.</source>
      <translation>Solo un bibliotecario o un administrador puede resolverlas.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions.py" line="142" />
      <source>Loading…</source>
      <translation>Cargando…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions.py" line="149" />
      <source>None open</source>
      <translation>Ninguna pendiente</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions.py" line="149" />
      <source>{count} open</source>
      <translation>{count} pendientes</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions.py" line="160" />
      <source>The list could not be fetched: {reason}</source>
      <translation>No se ha podido obtener la lista: {reason}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions.py" line="169" />
      <source>No exception chosen.</source>
      <translation>No se ha elegido ninguna excepción.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions.py" line="190" />
      <source>Resolving #{id}…</source>
      <translation>Resolviendo #{id}…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions.py" line="198" />
      <source>the server refused</source>
      <translation>el servidor lo ha rechazado</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions.py" line="199" />
      <source>#{id} could not be resolved that way: {reasons}</source>
      <translation>#{id} no se ha podido resolver así: {reasons}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions.py" line="204" />
      <source>#{id} resolved ({action}). The desk fetches the changes now.</source>
      <translation>#{id} resuelta ({action}). El puesto descarga ahora los cambios.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions.py" line="57" />
      <source>#{id} — {problem} ({kind} at {desk})</source>
      <translation>#{id} — {problem} ({kind} en {desk})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions.py" line="59" />
      <source>a desk</source>
      <translation>un puesto</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions.py" line="68" />
      <source>Operation: {kind} ({details}), made at {when}</source>
      <translation>Operación: {kind} ({details}), realizada el {when}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions.py" line="70" />
      <source>Operation: {kind}, made at {when}</source>
      <translation>Operación: {kind}, realizada el {when}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions.py" line="80" />
      <location filename="../../desktop_app/ui/sync/exceptions.py" line="99" />
      <source>Sync exceptions</source>
      <translation>Excepciones de sincronización</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions.py" line="83" />
      <source>What the library server could not apply. Each one stays here until a person resolves it; choose one to see what happened and what can be done.</source>
      <translation>Lo que el servidor de la biblioteca no ha podido aplicar. Cada una queda aquí hasta que una persona la resuelva; elija una para ver qué ha pasado y qué se puede hacer.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions.py" line="86" />
      <source>Show every desk's exceptions</source>
      <translation>Mostrar las excepciones de todos los puestos</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions.py" line="88" />
      <source>&amp;Refresh</source>
      <translation>Actuali&amp;zar</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions_model.py" line="18" />
      <source>Check-out</source>
      <translation>Préstamo</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions_model.py" line="18" />
      <source>Hold</source>
      <translation>Reserva</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions_model.py" line="19" />
      <source>Book edit</source>
      <translation>Modificación de libro</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions_model.py" line="20" />
      <source>Copy edit</source>
      <translation>Modificación de ejemplar</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions_model.py" line="20" />
      <source>Member edit</source>
      <translation>Modificación de socio</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions_model.py" line="21" />
      <source>Category edit</source>
      <translation>Modificación de categoría</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions_model.py" line="24" />
      <source>Edited at two places</source>
      <translation>Modificado en dos sitios</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions_model.py" line="24" />
      <source>Lent at two desks</source>
      <translation>Prestado en dos puestos</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions_model.py" line="25" />
      <source>Not on loan</source>
      <translation>No prestado</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions_model.py" line="25" />
      <source>Same barcode or card twice</source>
      <translation>Mismo código de barras o carné dos veces</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions_model.py" line="28" />
      <source>&amp;Dismiss (handled by hand)</source>
      <translation>&amp;Descartar (resuelto a mano)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions_model.py" line="28" />
      <source>&amp;Keep the second loan</source>
      <translation>&amp;Mantener el segundo préstamo</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions_model.py" line="29" />
      <source>&amp;Apply anyway (override)</source>
      <translation>&amp;Aplicar de todos modos (forzar)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions_model.py" line="29" />
      <source>&amp;Take this desk's values</source>
      <translation>&amp;Tomar los valores de este puesto</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions_model.py" line="52" />
      <source>resolved: {action}</source>
      <translation>resuelta: {action}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/exceptions_model.py" line="64" />
      <source>Problem</source>
      <translation>Problema</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/panel.py" line="107" />
      <location filename="../../desktop_app/ui/sync/status.py" line="62" />
      <source>Sync with the library server</source>
      <translation>Sincronización con el servidor de la biblioteca</translation>
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
      <translation>Dirección del servidor</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/panel.py" line="115" />
      <source>e.g. Front desk</source>
      <translation>p. ej., Mostrador principal</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/panel.py" line="116" />
      <source>Desk name for the server</source>
      <translation>Nombre del puesto para el servidor</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/panel.py" line="117" />
      <source>&amp;Test connection</source>
      <translation>&amp;Probar la conexión</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/panel.py" line="118" />
      <source>Set up syn&amp;c…</source>
      <translation>&amp;Configurar la sincronización…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/panel.py" line="119" />
      <source>Sync n&amp;ow</source>
      <translation>Sincronizar a&amp;hora</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/panel.py" line="134" />
      <source>Desk name on the ser&amp;ver</source>
      <translation>Nombre del puesto en el ser&amp;vidor</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/panel.py" line="157" />
      <source>This desk is “{desk}” (desk code {code}) at {server}.</source>
      <translation>Este puesto es “{desk}” (código de puesto {code}) en {server}.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/panel.py" line="162" />
      <source>Not set up: this desk works on its own. Enter the server address, test it, then set up sync with a server staff account.</source>
      <translation>Sin configurar: este puesto funciona por su cuenta. Escriba la dirección del servidor, pruébela y luego configure la sincronización con una cuenta de personal del servidor.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/panel.py" line="177" />
      <source>Enter the server address first, e.g. http://library.local:8080.</source>
      <translation>Escriba primero la dirección del servidor, p. ej., http://library.local:8080.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/panel.py" line="179" />
      <source>The server address “{url}” must start with http:// or https://, e.g. http://library.local:8080.</source>
      <translation>La dirección del servidor “{url}” debe empezar por http:// o https://, p. ej., http://library.local:8080.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/panel.py" line="190" />
      <source>Asking {url}…</source>
      <translation>Consultando {url}…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/panel.py" line="196" />
      <source>Connected: library server protocol {protocol}, schema {schema}</source>
      <translation>Conectado: servidor de la biblioteca, protocolo {protocol}, esquema {schema}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/panel.py" line="199" />
      <source>No library server answers at {url}: {error}</source>
      <translation>Ningún servidor de la biblioteca responde en {url}: {error}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/panel.py" line="210" />
      <source>Enter a name for this desk (how the server and the other desks know it).</source>
      <translation>Escriba un nombre para este puesto (el nombre con el que lo conocen el servidor y los demás puestos).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/panel.py" line="229" />
      <source>Set up sync</source>
      <translation>Configurar la sincronización</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/panel.py" line="230" />
      <source>Log in to the library server at {url} with a server staff account. The desk registers there as “{desk}”. The password is not stored.</source>
      <translation>Inicie sesión en el servidor de la biblioteca en {url} con una cuenta de personal del servidor. El puesto se registra allí como “{desk}”. La contraseña no se guarda.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/panel.py" line="239" />
      <source>Bring this library into the server?</source>
      <translation>¿Llevar esta biblioteca al servidor?</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/panel.py" line="240" />
      <source>Upload this library (its catalog, members, loans, holds, fees and staff) to {url}? It becomes the server's library; other desks then start from it.</source>
      <translation>¿Subir esta biblioteca (su catálogo, socios, préstamos, reservas, cargos y personal) a {url}? Pasará a ser la biblioteca del servidor; los demás puestos partirán de ella.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/panel.py" line="250" />
      <source>Desk “{desk}” is registered with {url} (desk code {code}).</source>
      <translation>El puesto “{desk}” está registrado en {url} (código de puesto {code}).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/panel.py" line="251" />
      <source>Desk “{desk}” is registered with {url}.</source>
      <translation>El puesto “{desk}” está registrado en {url}.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/panel.py" line="254" />
      <source>This library is now the server's ({count} rows uploaded).</source>
      <translation>Esta biblioteca es ahora la del servidor ({count} filas subidas).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/panel.py" line="258" />
      <source>This computer has no keyring: the desk's credential is kept in a file of its data folder, readable only by this account (never in backups).</source>
      <translation>Este equipo no tiene llavero: la credencial del puesto se guarda en un archivo de su carpeta de datos, que solo puede leer esta cuenta (nunca en las copias de seguridad).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/panel.py" line="260" />
      <source>The first sync has started.</source>
      <translation>Ha comenzado la primera sincronización.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/panel.py" line="63" />
      <source>Server &amp;username</source>
      <translation>&amp;Usuario del servidor</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/panel.py" line="81" />
      <source>Enter the server username and the password.</source>
      <translation>Escriba el usuario del servidor y la contraseña.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/panel.py" line="83" />
      <source>Logging in…</source>
      <translation>Iniciando sesión…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/status.py" line="126" />
      <source>Log in to the library server</source>
      <translation>Iniciar sesión en el servidor de la biblioteca</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/status.py" line="127" />
      <source>The server at {server} refused this desk's credential (the desk was retired, or the keyring that kept its credential is gone). A librarian or admin logs in once to give it a new one; the password is not stored.</source>
      <translation>{server} ha rechazado la credencial de este puesto (el puesto se ha retirado o ya no existe el llavero que guardaba su credencial). Un bibliotecario o administrador inicia sesión una vez para darle una nueva; la contraseña no se guarda.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/status.py" line="130" />
      <source>the server</source>
      <translation>El servidor</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/status.py" line="156" />
      <source>Sync status</source>
      <translation>Estado de la sincronización</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/status.py" line="181" />
      <source>S&amp;ync</source>
      <translation>Sincroni&amp;zación</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/status.py" line="185" />
      <source>Sync &amp;now</source>
      <translation>Sincronizar a&amp;hora</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/status.py" line="186" />
      <source>Sync &amp;exceptions…</source>
      <translation>&amp;Excepciones de sincronización…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/status.py" line="195" />
      <source>Sync &amp;settings</source>
      <translation>&amp;Ajustes de sincronización</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/status.py" line="28" />
      <source>receiving the library's changes</source>
      <translation>recibiendo los cambios de la biblioteca</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/status.py" line="28" />
      <source>sending this desk's work</source>
      <translation>enviando el trabajo de este puesto</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/status.py" line="35" />
      <source>{phase}: {done} of {total}</source>
      <translation>{phase}: {done} de {total}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/status.py" line="36" />
      <source>{phase}: {done}</source>
      <translation>{phase}: {done}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/status.py" line="63" />
      <source>&amp;Stop</source>
      <translation>&amp;Detener</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/status.py" line="76" />
      <source>{progress}…
The desk can keep working meanwhile.</source>
      <translation>{progress}…
El puesto puede seguir trabajando mientras tanto.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/texts.py" line="27" />
      <source>syncing — {progress}</source>
      <translation>sincronizando — {progress}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/texts.py" line="27" />
      <source>syncing…</source>
      <translation>sincronizando…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/texts.py" line="29" />
      <source>up to date ({when})</source>
      <translation>al día ({when})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/texts.py" line="31" />
      <source>starting</source>
      <translation>iniciando</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/texts.py" line="33" />
      <source>offline</source>
      <translation>sin conexión</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/texts.py" line="35" />
      <source>login needed (click)</source>
      <translation>hay que iniciar sesión (haga clic)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/texts.py" line="37" />
      <source>stopped</source>
      <translation>detenida</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/texts.py" line="44" />
      <source>not set up</source>
      <translation>sin configurar</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/texts.py" line="45" />
      <source>{count} pending</source>
      <translation>{count} pendientes</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/texts.py" line="47" />
      <source>last sync {when}</source>
      <translation>última sincronización {when}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/texts.py" line="50" />
      <source>{count} exception waiting</source>
      <translation>{count} excepción pendiente</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/texts.py" line="51" />
      <source>{count} exceptions waiting</source>
      <translation>{count} excepciones pendientes</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/texts.py" line="58" />
      <source>Sync: {state}</source>
      <translation>Sincronización: {state}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/texts.py" line="60" />
      <source>An admin sets up sync in Settings</source>
      <translation>Un administrador configura la sincronización en Ajustes</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/texts.py" line="61" />
      <source>Server {server}, desk {desk} ({code})</source>
      <translation>Servidor {server}, puesto {desk} ({code})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/sync/texts.py" line="64" />
      <source>Click to see the sync exceptions</source>
      <translation>Haga clic para ver las excepciones de sincronización</translation>
    </message>
  </context>
</TS>
