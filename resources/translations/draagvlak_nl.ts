<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AcceptDialog</name>
    <message>
        <source>Plan the next step</source>
        <translation>Volgende stap plannen</translation>
    </message>
    <message>
        <source>{name} has {element} as barrier point. Plan a step to help them past it.</source>
        <translation>{name} heeft {element} als knelpunt. Plan een stap die daarover heen helpt.</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(nog niemand)</translation>
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation>&amp;Stap:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Soort:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Eigenaar:</translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation>&amp;Uiterlijk op:</translation>
    </message>
    <message>
        <source>&amp;Plan measure</source>
        <translation>Maatregel &amp;plannen</translation>
    </message>
</context>
<context>
    <name>Adkar</name>
    <message>
        <source>Awareness</source>
        <translation>Bewustzijn</translation>
    </message>
    <message>
        <source>Desire</source>
        <translation>Bereidheid</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Kennis</translation>
    </message>
    <message>
        <source>Ability</source>
        <translation>Vaardigheid</translation>
    </message>
    <message>
        <source>Reinforcement</source>
        <translation>Bestendiging</translation>
    </message>
</context>
<context>
    <name>Adopters</name>
    <message>
        <source>Speed is how much a person&apos;s average score rose per round since the first round they were scored in. The first rule that fits gives the category:
1. Innovator: no barrier point and an average of 4.5 or more, already in their first round.
2. Early adopter: no barrier point and an average of 4 or more, or rising by 0.5 or more per round.
3. Early majority: an average of 3.5 or more, or rising by 0.25 or more per round.
4. Late majority: an average of 2.5 or more, or rising by 0.1 or more per round.
5. Laggard: everyone else.
A category you choose for a person overrides the rule until you remove it.</source>
        <translation>De snelheid is hoeveel de gemiddelde score van iemand per meting steeg sinds de eerste meting waarin die persoon gescoord werd. De eerste regel die past bepaalt de categorie:
1. Vernieuwer: geen knelpunt en gemiddeld 4,5 of hoger, al in de eerste meting.
2. Vroege gebruiker: geen knelpunt en gemiddeld 4 of hoger, of een stijging van 0,5 of meer per meting.
3. Vroege meerderheid: gemiddeld 3,5 of hoger, of een stijging van 0,25 of meer per meting.
4. Late meerderheid: gemiddeld 2,5 of hoger, of een stijging van 0,1 of meer per meting.
5. Achterblijver: alle anderen.
Een categorie die u zelf voor iemand kiest, gaat voor de regel, tot u die weer weghaalt.</translation>
    </message>
    <message numerus="yes">
        <source>{element}, %n rounds</source>
        <translation>
            <numerusform>{element}, %n meting</numerusform>
            <numerusform>{element}, %n metingen</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown adopter category: {value}.</source>
        <translation>Onbekende adoptiecategorie: {value}.</translation>
    </message>
    <message>
        <source>Innovator</source>
        <translation>Vernieuwer</translation>
    </message>
    <message>
        <source>Early adopter</source>
        <translation>Vroege gebruiker</translation>
    </message>
    <message>
        <source>Early majority</source>
        <translation>Vroege meerderheid</translation>
    </message>
    <message>
        <source>Late majority</source>
        <translation>Late meerderheid</translation>
    </message>
    <message>
        <source>Laggard</source>
        <translation>Achterblijver</translation>
    </message>
</context>
<context>
    <name>AnswersDialog</name>
    <message>
        <source>Answers of {name}</source>
        <translation>Antwoorden van {name}</translation>
    </message>
    <message>
        <source>1 = not at all, 5 = fully; a dash is not answered. Tab moves on.</source>
        <translation>1 = helemaal niet, 5 = volledig; een streepje is niet beantwoord. Met Tab gaat u verder.</translation>
    </message>
    <message>
        <source>Average:</source>
        <translation>Gemiddeld:</translation>
    </message>
    <message>
        <source>The questionnaire is empty: add questions first.</source>
        <translation>De vragenlijst is leeg: voeg eerst vragen toe.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>New database</source>
        <translation>Nieuwe database</translation>
    </message>
    <message>
        <source>There is no database at {path}.

Create a new, empty database there?</source>
        <translation>Er is geen database op {path}.

Daar een nieuwe, lege database maken?</translation>
    </message>
    <message>
        <source>Draagvlak cannot start</source>
        <translation>Draagvlak kan niet starten</translation>
    </message>
    <message>
        <source>Database location</source>
        <translation>Plaats van de database</translation>
    </message>
</context>
<context>
    <name>ApprovalsPage</name>
    <message>
        <source>Redemptions to decide or hand over</source>
        <translation>Inwisselingen om te beoordelen of uit te reiken</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Goedkeuren</translation>
    </message>
    <message>
        <source>&amp;Decline…</source>
        <translation>&amp;Afwijzen…</translation>
    </message>
    <message>
        <source>Mark &amp;fulfilled</source>
        <translation>Als &amp;uitgereikt markeren</translation>
    </message>
    <message>
        <source>Awards awaiting approval</source>
        <translation>Punten die op goedkeuring wachten</translation>
    </message>
    <message>
        <source>Approve a&amp;ward</source>
        <translation>Punten goed&amp;keuren</translation>
    </message>
    <message>
        <source>Decline awa&amp;rd…</source>
        <translation>Punten af&amp;wijzen…</translation>
    </message>
    <message>
        <source>Only a partner, office manager or HR can approve or decline.</source>
        <translation>Alleen een vennoot, de officemanager of HR kan goedkeuren of afwijzen.</translation>
    </message>
</context>
<context>
    <name>Assessments</name>
    <message>
        <source>A score is a number from 1 to 5, not {value}.</source>
        <translation>Een score is een getal van 1 tot en met 5, niet {value}.</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultaten</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Barrier point</source>
        <translation>Knelpunt</translation>
    </message>
    <message>
        <source>Change since previous round</source>
        <translation>Verschil met vorige meting</translation>
    </message>
    <message>
        <source>Firm</source>
        <translation>Kantoor</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Meting</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Firm average</source>
        <translation>Gemiddelde kantoor</translation>
    </message>
    <message>
        <source>Previous round</source>
        <translation>Vorige meting</translation>
    </message>
    <message>
        <source>Barrier point for</source>
        <translation>Knelpunt voor</translation>
    </message>
    <message>
        <source>No barrier point</source>
        <translation>Geen knelpunt</translation>
    </message>
    <message>
        <source>{value} matches more than one staff member.</source>
        <translation>{value} past bij meer dan één medewerker.</translation>
    </message>
    <message>
        <source>{value} is not on the staff.</source>
        <translation>{value} is geen medewerker van het kantoor.</translation>
    </message>
    <message>
        <source>The file needs a column with the name, initials or e-mail and a column per element (for example Bewustzijn or Awareness); found: {headers}.</source>
        <translation>Het bestand heeft een kolom met de naam, initialen of het e-mailadres nodig en een kolom per element (bijvoorbeeld Bewustzijn of Awareness); gevonden: {headers}.</translation>
    </message>
    <message>
        <source>the same person as row {row}.</source>
        <translation>dezelfde persoon als rij {row}.</translation>
    </message>
    <message>
        <source>Nothing was imported; problems in the file: {count}.</source>
        <translation>Er is niets geïmporteerd; problemen in het bestand: {count}.</translation>
    </message>
    <message>
        <source>Row {row}: {reason}</source>
        <translation>Rij {row}: {reason}</translation>
    </message>
    <message>
        <source>The round {name} exists already and was held on {date}.</source>
        <translation>De meting {name} bestaat al en is gehouden op {date}.</translation>
    </message>
    <message>
        <source>A round needs a date.</source>
        <translation>Een meting heeft een datum nodig.</translation>
    </message>
    <message>
        <source>There is already a round named {name}.</source>
        <translation>Er is al een meting met de naam {name}.</translation>
    </message>
    <message>
        <source>There is no project named {name}.</source>
        <translation>Er is geen project met de naam {name}.</translation>
    </message>
    <message>
        <source>There is no assessment round named {name}.</source>
        <translation>Er is geen organisatiemeting met de naam {name}.</translation>
    </message>
    <message>
        <source>This round no longer exists.</source>
        <translation>Deze meting bestaat niet meer.</translation>
    </message>
    <message>
        <source>This staff member no longer exists.</source>
        <translation>Deze medewerker bestaat niet meer.</translation>
    </message>
    <message>
        <source>Adopter category</source>
        <translation>Adoptiecategorie</translation>
    </message>
</context>
<context>
    <name>AssessmentsView</name>
    <message>
        <source>Readiness</source>
        <translation>Organisatiemeting</translation>
    </message>
    <message>
        <source>How the staff stand towards the change, per ADKAR element. The barrier point is the first element scoring 3 or lower.</source>
        <translation>Hoe de medewerkers tegenover de verandering staan, per ADKAR-element. Het knelpunt is het eerste element met een score van 3 of lager.</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>&amp;Meting:</translation>
    </message>
    <message>
        <source>&amp;New round…</source>
        <translation>&amp;Nieuwe meting…</translation>
    </message>
    <message>
        <source>&amp;Heatmap</source>
        <translation>&amp;Heatmap</translation>
    </message>
    <message>
        <source>Type 1 to 5 and the cursor moves to the next element; Delete clears a score; F2 enters an average such as 3,4.</source>
        <translation>Typ 1 tot en met 5 en de cursor gaat naar het volgende element; Delete wist een score; met F2 voert u een gemiddelde in, zoals 3,4.</translation>
    </message>
    <message>
        <source>&amp;Scores</source>
        <translation>&amp;Scores</translation>
    </message>
    <message>
        <source>No assessment rounds yet. Create a round, then enter or import its scores.</source>
        <translation>Nog geen organisatiemetingen. Maak een meting aan en voer de scores in of importeer ze.</translation>
    </message>
    <message>
        <source>Nobody has been scored in this round yet: enter scores on the Scores tab.</source>
        <translation>In deze meting heeft nog niemand een score: voer de scores in op het tabblad Scores.</translation>
    </message>
    <message>
        <source>none {count}</source>
        <translation>geen {count}</translation>
    </message>
    <message>
        <source>Barrier points: {counts}</source>
        <translation>Knelpunten: {counts}</translation>
    </message>
    <message numerus="yes">
        <source>%n people scored in this round</source>
        <translation>
            <numerusform>%n persoon gescoord in deze meting</numerusform>
            <numerusform>%n personen gescoord in deze meting</numerusform>
        </translation>
    </message>
    <message>
        <source>Intervention &amp;library…</source>
        <translation>&amp;Interventiebibliotheek…</translation>
    </message>
    <message>
        <source>&amp;Questionnaire…</source>
        <translation>&amp;Vragenlijst…</translation>
    </message>
    <message>
        <source>Enter per &amp;question…</source>
        <translation>Per &amp;vraag invoeren…</translation>
    </message>
    <message>
        <source>Answer the questionnaire for the chosen person; scores become averages</source>
        <translation>De vragenlijst invullen voor de gekozen medewerker; de scores worden gemiddelden</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign to clients</source>
        <translation>Toewijzen aan klanten</translation>
    </message>
    <message numerus="yes">
        <source>Assign to the %n selected clients:</source>
        <translation>
            <numerusform>Toewijzen aan de %n geselecteerde klant:</numerusform>
            <numerusform>Toewijzen aan de %n geselecteerde klanten:</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep as it is</source>
        <translation>Laten zoals het is</translation>
    </message>
    <message>
        <source>No champion</source>
        <translation>Geen ambassadeur</translation>
    </message>
    <message>
        <source>No segment</source>
        <translation>Geen segment</translation>
    </message>
    <message>
        <source>&amp;Champion:</source>
        <translation>&amp;Ambassadeur:</translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation>&amp;Segment:</translation>
    </message>
    <message>
        <source>A change of champion is kept in each client&apos;s history; Undo takes it back.</source>
        <translation>Een andere ambassadeur wordt vastgelegd in de historie van elke klant; met Ongedaan maken draait u het terug.</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>&amp;Toewijzen</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Change history of {name}</source>
        <translation>Wijzigingsgeschiedenis van {name}</translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation>Nog geen wijzigingen vastgelegd.</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Naar</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <source>Anonymised</source>
        <translation>Geanonimiseerd</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Gearchiveerd</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>pg_dump was not found on this PC (it comes with the PostgreSQL client tools; add its folder to PATH). Without it, backing up the PostgreSQL server is the server&apos;s own job.</source>
        <translation>pg_dump is niet gevonden op deze pc (het hoort bij de PostgreSQL-clienttools; zet de map ervan in PATH). Zonder pg_dump is de back-up van de PostgreSQL-server een taak van de server zelf.</translation>
    </message>
    <message>
        <source>pg_dump failed: {error}</source>
        <translation>pg_dump is mislukt: {error}</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>Het bestand {path} bestaat niet.</translation>
    </message>
    <message>
        <source>{path} is not a readable database ({error}); nothing was changed.</source>
        <translation>{path} is geen leesbare database ({error}); er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>{path} is damaged ({problem}); nothing was changed.</source>
        <translation>{path} is beschadigd ({problem}); er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>{path} is not a Draagvlak database; nothing was changed.</source>
        <translation>{path} is geen Draagvlak-database; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>{path} was made by a newer version of Draagvlak; install the latest version to restore it. Nothing was changed.</source>
        <translation>{path} is gemaakt met een nieuwere versie van Draagvlak; installeer de nieuwste versie om hem terug te zetten. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>That file is the database itself.</source>
        <translation>Dat bestand is de database zelf.</translation>
    </message>
    <message>
        <source>The database is in use ({error}). Close Draagvlak on this PC and try again; nothing was changed.</source>
        <translation>De database is in gebruik ({error}). Sluit Draagvlak op deze pc en probeer het opnieuw; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The backup failed its integrity check ({problem}); it was removed.</source>
        <translation>De back-up is afgekeurd bij de controle ({problem}) en is verwijderd.</translation>
    </message>
    <message>
        <source>The backup could not be written to {path}: {error}</source>
        <translation>De back-up kon niet worden opgeslagen in {path}: {error}</translation>
    </message>
    <message>
        <source>Only a SQLite database file has backups in a folder.</source>
        <translation>Alleen een SQLite-databasebestand heeft back-ups in een map.</translation>
    </message>
    <message>
        <source>The folder {path} cannot be used: {error}</source>
        <translation>De map {path} kan niet worden gebruikt: {error}</translation>
    </message>
    <message>
        <source>Draagvlak has the database {path} open in another window or command on this PC. Close it there first (or let the command finish); nothing was changed.</source>
        <translation>Draagvlak heeft de database {path} op deze pc open in een ander venster of een opdracht. Sluit hem daar eerst (of wacht tot de opdracht klaar is); er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>A backup is being restored into the database {path}. Try again when that is done; nothing was changed.</source>
        <translation>Er wordt een back-up teruggezet in de database {path}. Probeer het opnieuw als dat klaar is; er is niets gewijzigd.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <source>&amp;Change folder…</source>
        <translation>Map &amp;wijzigen…</translation>
    </message>
    <message>
        <source>&amp;Default folder</source>
        <translation>&amp;Standaardmap</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Nu &amp;back-up maken</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Terugzetten…</translation>
    </message>
    <message>
        <source>Restore from &amp;file…</source>
        <translation>Terugzetten uit &amp;bestand…</translation>
    </message>
    <message>
        <source>While Draagvlak is open it backs up the database every 30 minutes and when you close it, if anything changed. It keeps the newest backup of each of the last 12 days, 10 weeks and 9 months: about a year.</source>
        <translation>Zolang Draagvlak open is, maakt het elke 30 minuten en bij het afsluiten een back-up van de database, als er iets is gewijzigd. Bewaard wordt de nieuwste back-up van elk van de laatste 12 dagen, 10 weken en 9 maanden: ongeveer een jaar.</translation>
    </message>
    <message>
        <source>This database is on a PostgreSQL server: back it up on the server, or run `draagvlak backup` on a PC with the PostgreSQL client tools (pg_dump).</source>
        <translation>Deze database staat op een PostgreSQL-server: maak de back-up op de server, of voer `draagvlak backup` uit op een pc met de PostgreSQL-clienttools (pg_dump).</translation>
    </message>
    <message>
        <source>Backup folder: {folder}</source>
        <translation>Map voor back-ups: {folder}</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Back-up maken…</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Map voor back-ups</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Een back-up terugzetten</translation>
    </message>
    <message>
        <source>Draagvlak databases (*.sqlite3);;All files (*)</source>
        <translation>Draagvlak-databases (*.sqlite3);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Back-up controleren…</translation>
    </message>
    <message>
        <source>An automatic backup is being made; try again in a moment.</source>
        <translation>Er wordt net een automatische back-up gemaakt; probeer het zo opnieuw.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Back-up teruggezet</translation>
    </message>
    <message>
        <source>The backup was restored. The database as it was is kept as {path}.</source>
        <translation>De back-up is teruggezet. De database zoals hij was, is bewaard als {path}.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Terugzetten…</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message numerus="yes">
        <source>Replace the database by the backup of {when} (%n clients)?

Everything changed since then is lost. The current database is backed up first, so this can be undone.</source>
        <translation>
            <numerusform>De database vervangen door de back-up van {when} (%n klant)?

Alles wat sindsdien is gewijzigd, gaat verloren. Van de huidige database wordt eerst een back-up gemaakt, dus dit kan worden teruggedraaid.</numerusform>
            <numerusform>De database vervangen door de back-up van {when} (%n klanten)?

Alles wat sindsdien is gewijzigd, gaat verloren. Van de huidige database wordt eerst een back-up gemaakt, dus dit kan worden teruggedraaid.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Gecontroleerd</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Passed the database&apos;s integrity check after it was made.</source>
        <translation>Na het maken goedgekeurd door de integriteitscontrole van de database.</translation>
    </message>
    <message>
        <source>Not checked yet; a restore checks the file first.</source>
        <translation>Nog niet gecontroleerd; bij terugzetten wordt het bestand eerst gecontroleerd.</translation>
    </message>
    <message>
        <source>(before a restore)</source>
        <translation>(van vóór het terugzetten)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>niet gecontroleerd</translation>
    </message>
</context>
<context>
    <name>BadgeList</name>
    <message>
        <source>Badges</source>
        <translation>Badges</translation>
    </message>
    <message>
        <source>Reading the badges…</source>
        <translation>Badges worden gelezen…</translation>
    </message>
    <message>
        <source>Earned on</source>
        <translation>Behaald op</translation>
    </message>
    <message>
        <source>No badges yet</source>
        <translation>Nog geen badges</translation>
    </message>
</context>
<context>
    <name>BoardColumn</name>
    <message>
        <source>No clients</source>
        <translation>Geen klanten</translation>
    </message>
    <message>
        <source>stalled after {days} days</source>
        <translation>stilgevallen na {days} dagen</translation>
    </message>
</context>
<context>
    <name>BoardColumnModel</name>
    <message>
        <source>Champion: {name}</source>
        <translation>Ambassadeur: {name}</translation>
    </message>
    <message>
        <source>Segment: {name}</source>
        <translation>Segment: {name}</translation>
    </message>
    <message>
        <source>Next action: {action}</source>
        <translation>Volgende actie: {action}</translation>
    </message>
</context>
<context>
    <name>BoardModel</name>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punten</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>Board</source>
        <translation>Bord</translation>
    </message>
    <message>
        <source>Move to…</source>
        <translation>Verplaatsen naar…</translation>
    </message>
    <message>
        <source>Undo move</source>
        <translation>Verplaatsing ongedaan maken</translation>
    </message>
    <message>
        <source>No projects yet. Create a project under Projects and enroll clients in it.</source>
        <translation>Nog geen projecten. Maak een project aan onder Projecten en schrijf er klanten in.</translation>
    </message>
    <message>
        <source>&amp;Open client</source>
        <translation>Klant &amp;openen</translation>
    </message>
    <message>
        <source>Next action &amp;done</source>
        <translation>Volgende actie &amp;gedaan</translation>
    </message>
    <message>
        <source>&amp;Move to…</source>
        <translation>&amp;Verplaatsen naar…</translation>
    </message>
    <message>
        <source>Move to &amp;next stage</source>
        <translation>Naar vol&amp;gende fase</translation>
    </message>
    <message>
        <source>Move to &amp;previous stage</source>
        <translation>Naar vo&amp;rige fase</translation>
    </message>
    <message>
        <source>&amp;Undo move</source>
        <translation>Verplaatsing ongedaan &amp;maken</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <source>Select one or more cards to move first.</source>
        <translation>Selecteer eerst een of meer kaarten om te verplaatsen.</translation>
    </message>
    <message numerus="yes">
        <source>%n clients on the board</source>
        <translation>
            <numerusform>%n klant op het bord</numerusform>
            <numerusform>%n klanten op het bord</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkAssignment</name>
    <message>
        <source>Assigning…</source>
        <translation>Bezig met toewijzen…</translation>
    </message>
    <message numerus="yes">
        <source>Assigned to %n clients.</source>
        <translation>
            <numerusform>Toegewezen aan %n klant.</numerusform>
            <numerusform>Toegewezen aan %n klanten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo assignment</source>
        <translation>Toewijzing ongedaan maken</translation>
    </message>
    <message numerus="yes">
        <source>%n clients were changed since the assignment and keep their new values.</source>
        <translation>
            <numerusform>%n klant is sinds het toewijzen gewijzigd en houdt de nieuwe waarden.</numerusform>
            <numerusform>%n klanten zijn sinds het toewijzen gewijzigd en houden de nieuwe waarden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undoing the assignment…</source>
        <translation>Toewijzing wordt ongedaan gemaakt…</translation>
    </message>
</context>
<context>
    <name>CallLists</name>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobiel</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Days in stage</source>
        <translation>Dagen in fase</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Volgende actie</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <source>Approach</source>
        <translation>Aanpak</translation>
    </message>
    <message>
        <source>No champion</source>
        <translation>Zonder ambassadeur</translation>
    </message>
    <message>
        <source>Call list</source>
        <translation>Bellijst</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>te laat</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <source>{days} d</source>
        <translation>{days} d</translation>
    </message>
    <message>
        <source>No champion</source>
        <translation>Geen ambassadeur</translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation>Stilgevallen</translation>
    </message>
    <message>
        <source>No next action</source>
        <translation>Geen volgende actie</translation>
    </message>
    <message>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
</context>
<context>
    <name>CatalogueModel</name>
    <message>
        <source>Reward</source>
        <translation>Beloning</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prijs</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>Voorraad</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message numerus="yes">
        <source>%n points</source>
        <translation>
            <numerusform>%n punt</numerusform>
            <numerusform>%n punten</numerusform>
        </translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>onbeperkt</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <source>&amp;Add a reward…</source>
        <translation>Beloning &amp;toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Redeem</source>
        <translation>&amp;Inwisselen</translation>
    </message>
    <message>
        <source>My redemptions</source>
        <translation>Mijn inwisselingen</translation>
    </message>
</context>
<context>
    <name>ChampionModel</name>
    <message>
        <source>Champion</source>
        <translation>Ambassadeur</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>± project</source>
        <translation>± project</translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation>Stilgevallen</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <source>Share of the champion&apos;s clients that are Active</source>
        <translation>Deel van de klanten van deze ambassadeur dat Actief is</translation>
    </message>
    <message>
        <source>Percentage points above (+) or below (−) the project&apos;s Active share</source>
        <translation>Procentpunten boven (+) of onder (−) het aandeel Actief van het project</translation>
    </message>
    <message>
        <source>Clients without a next action or longer in a stage than allowed</source>
        <translation>Klanten zonder volgende actie of langer in een fase dan toegestaan</translation>
    </message>
    <message>
        <source>Next actions past their due date</source>
        <translation>Volgende acties waarvan de datum verstreken is</translation>
    </message>
    <message>
        <source>No champion</source>
        <translation>Geen ambassadeur</translation>
    </message>
    <message>
        <source>Double-click to see these clients on the board</source>
        <translation>Dubbelklik om deze klanten op het bord te zien</translation>
    </message>
</context>
<context>
    <name>Champions</name>
    <message>
        <source>Choose a champion or a segment to assign.</source>
        <translation>Kies een ambassadeur of een segment om toe te wijzen.</translation>
    </message>
    <message>
        <source>No clients are selected.</source>
        <translation>Er zijn geen klanten geselecteerd.</translation>
    </message>
    <message>
        <source>{name} has left the office.</source>
        <translation>{name} is uit dienst.</translation>
    </message>
    <message>
        <source>This segment no longer exists.</source>
        <translation>Dit segment bestaat niet meer.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected clients no longer exist.</source>
        <translation>
            <numerusform>%n van de geselecteerde klanten bestaat niet meer.</numerusform>
            <numerusform>%n van de geselecteerde klanten bestaan niet meer.</numerusform>
        </translation>
    </message>
    <message>
        <source>The assignment was cancelled.</source>
        <translation>Het toewijzen is afgebroken.</translation>
    </message>
    <message>
        <source>The clients cannot be handed over to the leaver.</source>
        <translation>De klanten kunnen niet aan de vertrekkende medewerker zelf worden overgedragen.</translation>
    </message>
    <message>
        <source>{count} clients to hand over, but the champions have only {free} free places: raise a capacity or hand them all to one champion.</source>
        <translation>{count} klanten over te dragen, maar de ambassadeurs hebben samen nog maar {free} plaatsen vrij: verhoog een capaciteit of draag alles over aan één ambassadeur.</translation>
    </message>
    <message>
        <source>no champion</source>
        <translation>geen ambassadeur</translation>
    </message>
    <message>
        <source>{name} is a champion already.</source>
        <translation>{name} is al ambassadeur.</translation>
    </message>
    <message>
        <source>{name} has been nominated already.</source>
        <translation>{name} is al voorgedragen.</translation>
    </message>
    <message>
        <source>This nomination no longer exists.</source>
        <translation>Deze voordracht bestaat niet meer.</translation>
    </message>
    <message>
        <source>This nomination has been decided already.</source>
        <translation>Over deze voordracht is al besloten.</translation>
    </message>
    <message>
        <source>Someone else decides on your own nomination.</source>
        <translation>Over je eigen voordracht beslist iemand anders.</translation>
    </message>
    <message>
        <source>There is no staff member called &apos;{name}&apos;.</source>
        <translation>Er is geen medewerker &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; matches more than one staff member: use the initials.</source>
        <translation>&apos;{name}&apos; past bij meer dan één medewerker: gebruik de initialen.</translation>
    </message>
    <message>
        <source>Awaiting decision</source>
        <translation>Wacht op besluit</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Goedgekeurd</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <source>Hand-over</source>
        <translation>Overdracht</translation>
    </message>
    <message>
        <source>Champion assigned</source>
        <translation>Ambassadeur toegewezen</translation>
    </message>
    <message>
        <source>Assignment undone</source>
        <translation>Toewijzing ongedaan gemaakt</translation>
    </message>
</context>
<context>
    <name>Channels</name>
    <message>
        <source>Personal visit</source>
        <translation>Persoonlijk bezoek</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Webinar</translation>
    </message>
    <message>
        <source>Instruction video</source>
        <translation>Instructievideo</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>database file or SQLAlchemy URL (default: $DRAAGVLAK_DB, else the data folder)</source>
        <translation>databasebestand of SQLAlchemy-URL (standaard: $DRAAGVLAK_DB, anders de gegevensmap)</translation>
    </message>
    <message>
        <source>language</source>
        <translation>taal</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>gebruik: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumenten</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opties</translation>
    </message>
    <message>
        <source>show this help and exit</source>
        <translation>deze hulp tonen en stoppen</translation>
    </message>
    <message>
        <source>{prog}: error: {message}</source>
        <translation>{prog}: fout: {message}</translation>
    </message>
    <message>
        <source>Draagvlak: adoption management for accounting firms.</source>
        <translation>Draagvlak: adoptiebeheer voor accountantskantoren.</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>de versie tonen en stoppen</translation>
    </message>
    <message>
        <source>check that the program has everything it needs, and exit</source>
        <translation>controleren of het programma alles heeft wat het nodig heeft, en stoppen</translation>
    </message>
    <message>
        <source>commands</source>
        <translation>opdrachten</translation>
    </message>
    <message>
        <source>fill the database with a demo office</source>
        <translation>de database vullen met een demokantoor</translation>
    </message>
    <message>
        <source>replace a non-empty database</source>
        <translation>een niet-lege database vervangen</translation>
    </message>
    <message>
        <source>check the database: integrity, schema revision, counts</source>
        <translation>de database controleren: integriteit, schemaversie, aantallen</translation>
    </message>
    <message>
        <source>must be 0 or more</source>
        <translation>moet 0 of meer zijn</translation>
    </message>
    <message>
        <source>draagvlak: interrupted</source>
        <translation>draagvlak: onderbroken</translation>
    </message>
    <message>
        <source>draagvlak: unexpected error ({error}); details in {path}</source>
        <translation>draagvlak: onverwachte fout ({error}); details in {path}</translation>
    </message>
    <message>
        <source>Creating the demo office… {percent}%</source>
        <translation>Demokantoor aanmaken… {percent}%</translation>
    </message>
    <message>
        <source>Add --force to replace it with the demo office.</source>
        <translation>Voeg --force toe om deze door het demokantoor te vervangen.</translation>
    </message>
    <message>
        <source>Demo office created in {seconds} s:</source>
        <translation>Demokantoor aangemaakt in {seconds} s:</translation>
    </message>
    <message>
        <source>{staff} staff, of whom {champions} champions</source>
        <translation>{staff} medewerkers, van wie {champions} ambassadeurs</translation>
    </message>
    <message>
        <source>{clients} clients</source>
        <translation>{clients} klanten</translation>
    </message>
    <message>
        <source>{projects} project with {transitions} stage moves</source>
        <translation>{projects} project met {transitions} faseovergangen</translation>
    </message>
    <message>
        <source>{contacts} contact log entries</source>
        <translation>{contacts} contactmomenten</translation>
    </message>
    <message>
        <source>problems found:</source>
        <translation>problemen gevonden:</translation>
    </message>
    <message>
        <source>Checked: {what}</source>
        <translation>Gecontroleerd: {what}</translation>
    </message>
    <message>
        <source>Rows per table:</source>
        <translation>Rijen per tabel:</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>onleesbaar</translation>
    </message>
    <message>
        <source>the database is damaged: {problem}</source>
        <translation>de database is beschadigd: {problem}</translation>
    </message>
    <message>
        <source>Database: {url}</source>
        <translation>Database: {url}</translation>
    </message>
    <message>
        <source>Schema revision: {revision}</source>
        <translation>Schemaversie: {revision}</translation>
    </message>
    <message>
        <source>Integrity: {result}</source>
        <translation>Integriteit: {result}</translation>
    </message>
    <message>
        <source>import data exported from other software</source>
        <translation>gegevens importeren die uit andere software zijn geëxporteerd</translation>
    </message>
    <message>
        <source>what to import</source>
        <translation>wat te importeren</translation>
    </message>
    <message>
        <source>import a client list (CSV or XLSX), all or nothing</source>
        <translation>een klantenlijst importeren (CSV of XLSX), alles of niets</translation>
    </message>
    <message>
        <source>Import a client list exported from the practice software. Without --mapping the mapping saved for files with the same headers is used, else the suggested one.</source>
        <translation>Een klantenlijst importeren die uit de praktijksoftware is geëxporteerd. Zonder --mapping wordt de koppeling gebruikt die is opgeslagen voor bestanden met dezelfde kolomkoppen, anders de voorgestelde.</translation>
    </message>
    <message>
        <source>readiness assessments (ADKAR)</source>
        <translation>organisatiemetingen (ADKAR)</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>acties</translation>
    </message>
    <message>
        <source>import a round&apos;s scores (CSV or XLSX), all or nothing</source>
        <translation>de scores van een meting importeren (CSV of XLSX), alles of niets</translation>
    </message>
    <message>
        <source>One row per person (matched on e-mail, initials or name) and one column per element, with Dutch or English headers. A new round is created when needed.</source>
        <translation>Eén rij per persoon (gevonden op e-mailadres, initialen of naam) en één kolom per element, met Nederlandse of Engelse kopjes. Een nieuwe meting wordt zo nodig aangemaakt.</translation>
    </message>
    <message>
        <source>CSV or XLSX</source>
        <translation>CSV of XLSX</translation>
    </message>
    <message>
        <source>round</source>
        <translation>meting</translation>
    </message>
    <message>
        <source>date of a new round (default: today)</source>
        <translation>datum van een nieuwe meting (standaard: vandaag)</translation>
    </message>
    <message>
        <source>the project a new round belongs to</source>
        <translation>het project waar een nieuwe meting bij hoort</translation>
    </message>
    <message>
        <source>export to Excel or PDF</source>
        <translation>exporteren naar Excel of PDF</translation>
    </message>
    <message>
        <source>what to export</source>
        <translation>wat exporteren</translation>
    </message>
    <message>
        <source>a round&apos;s results as an Excel workbook</source>
        <translation>de resultaten van een meting als Excel-werkmap</translation>
    </message>
    <message>
        <source>target</source>
        <translation>doelbestand</translation>
    </message>
    <message>
        <source>{people} people, {scores} scores imported into round {round} ({date}).</source>
        <translation>{people} personen, {scores} scores geïmporteerd in meting {round} ({date}).</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Opgeslagen: {path}</translation>
    </message>
    <message>
        <source>worksheet (default: the first visible)</source>
        <translation>werkblad (standaard: het eerste zichtbare)</translation>
    </message>
    <message>
        <source>column mapping as JSON: {&quot;Header&quot;: &quot;field&quot;, ...}</source>
        <translation>kolomkoppeling als JSON: {&quot;Kolomkop&quot;: &quot;veld&quot;, ...}</translation>
    </message>
    <message>
        <source>the first row is a client, not column names: the columns are called &quot;Column 1&quot;, &quot;Column 2&quot;, … and are mapped by their content</source>
        <translation>de eerste rij is een klant, geen kolomnamen: de kolommen heten &quot;Kolom 1&quot;, &quot;Kolom 2&quot;, … en worden op hun inhoud gekoppeld</translation>
    </message>
    <message>
        <source>the character encoding of a CSV file, e.g. utf-8, cp1252 (Windows) or iso8859-15 (default: detected)</source>
        <translation>de tekenset van een CSV-bestand, bijvoorbeeld utf-8, cp1252 (Windows) of iso8859-15 (standaard: herkend)</translation>
    </message>
    <message>
        <source>short for --on-duplicate update</source>
        <translation>korte vorm van --on-duplicate update</translation>
    </message>
    <message>
        <source>a row that is a stored client: update it (only the fields that changed), skip it (the default), or create a new client anyway</source>
        <translation>een rij die een bestaande klant is: bijwerken (alleen de gewijzigde velden), overslaan (standaard) of toch een nieuwe klant aanmaken</translation>
    </message>
    <message>
        <source>add unknown relationship managers as staff members</source>
        <translation>onbekende relatiebeheerders als medewerker toevoegen</translation>
    </message>
    <message>
        <source>save the rows that were not imported, with a reason column (CSV for CSV, XLSX for XLSX), to correct and import again</source>
        <translation>de niet geïmporteerde rijen opslaan, met een kolom met de reden (CSV bij CSV, XLSX bij XLSX), om te verbeteren en opnieuw te importeren</translation>
    </message>
    <message>
        <source>import the good rows and skip rows with errors</source>
        <translation>de goede rijen importeren en rijen met fouten overslaan</translation>
    </message>
    <message>
        <source>enroll the clients in this project</source>
        <translation>de klanten in dit project inschrijven</translation>
    </message>
    <message>
        <source>check everything and report, but write nothing</source>
        <translation>alles controleren en rapporteren, maar niets wegschrijven</translation>
    </message>
    <message>
        <source>save the report</source>
        <translation>het rapport opslaan</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a character encoding; use for example utf-8, cp1252 (Windows) or iso8859-15</source>
        <translation>&apos;{name}&apos; is geen tekenset; gebruik bijvoorbeeld utf-8, cp1252 (Windows) of iso8859-15</translation>
    </message>
    <message>
        <source>list the imports done, newest first</source>
        <translation>de gedane imports tonen, nieuwste eerst</translation>
    </message>
    <message>
        <source>undo an import: remove the clients it created, restore the rest</source>
        <translation>een import ongedaan maken: de aangemaakte klanten verwijderen, de rest herstellen</translation>
    </message>
    <message>
        <source>the import&apos;s id</source>
        <translation>het nummer van de import</translation>
    </message>
    <message>
        <source>the newest import not undone</source>
        <translation>de nieuwste import die niet ongedaan is gemaakt</translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation>Nog geen imports.</translation>
    </message>
    <message>
        <source>{id}  {at}  {file}  by {by}: {created} created, {updated} updated, {unchanged} unchanged, {skipped} skipped</source>
        <translation>{id}  {at}  {file}  door {by}: {created} aangemaakt, {updated} bijgewerkt, {unchanged} ongewijzigd, {skipped} overgeslagen</translation>
    </message>
    <message>
        <source> (undone {at})</source>
        <translation> (ongedaan gemaakt {at})</translation>
    </message>
    <message>
        <source>Import {id} ({file}) undone: {deleted} clients removed, {restored} restored.</source>
        <translation>Import {id} ({file}) ongedaan gemaakt: {deleted} klanten verwijderd, {restored} hersteld.</translation>
    </message>
    <message>
        <source>Say which column is which with --mapping FILE.json: {{&quot;Header&quot;: &quot;name&quot;, ...}}.</source>
        <translation>Geef met --mapping BESTAND.json aan welke kolom wat is: {{&quot;Kolomkop&quot;: &quot;name&quot;, ...}}.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n clients; the report could not be written: {reason}</source>
        <translation>
            <numerusform>%n klant geïmporteerd; het rapport kon niet worden opgeslagen: {reason}</numerusform>
            <numerusform>%n klanten geïmporteerd; het rapport kon niet worden opgeslagen: {reason}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected rows saved as {path}</source>
        <translation>
            <numerusform>%n afgewezen rij opgeslagen als {path}</numerusform>
            <numerusform>%n afgewezen rijen opgeslagen als {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Report saved as {path}</source>
        <translation>Rapport opgeslagen als {path}</translation>
    </message>
    <message>
        <source>Checking rows: {done} of about {total}</source>
        <translation>Rijen controleren: {done} van circa {total}</translation>
    </message>
    <message>
        <source>Self-test failed.</source>
        <translation>Zelftest mislukt.</translation>
    </message>
    <message>
        <source>Self-test passed.</source>
        <translation>Zelftest geslaagd.</translation>
    </message>
    <message>
        <source>the client list, as filtered</source>
        <translation>de klantenlijst, gefilterd</translation>
    </message>
    <message>
        <source>search</source>
        <translation>zoeken</translation>
    </message>
    <message>
        <source>only this segment</source>
        <translation>alleen dit segment</translation>
    </message>
    <message>
        <source>only this champion&apos;s clients</source>
        <translation>alleen de klanten van deze ambassadeur</translation>
    </message>
    <message>
        <source>only clients in this stage now</source>
        <translation>alleen klanten die nu in deze fase staan</translation>
    </message>
    <message>
        <source>the project of --stage</source>
        <translation>het project van --stage</translation>
    </message>
    <message>
        <source>archived clients too</source>
        <translation>ook gearchiveerde klanten</translation>
    </message>
    <message>
        <source>a call list per champion</source>
        <translation>een bellijst per ambassadeur</translation>
    </message>
    <message>
        <source>the project</source>
        <translation>het project</translation>
    </message>
    <message>
        <source>only this champion&apos;s list</source>
        <translation>alleen de lijst van deze ambassadeur</translation>
    </message>
    <message>
        <source>a project&apos;s overview workbook</source>
        <translation>de overzichtswerkmap van een project</translation>
    </message>
    <message>
        <source>--project goes with --stage.</source>
        <translation>--project hoort bij --stage.</translation>
    </message>
    <message numerus="yes">
        <source>%n clients</source>
        <translation>
            <numerusform>%n klant</numerusform>
            <numerusform>%n klanten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clients to call</source>
        <translation>
            <numerusform>%n klant te bellen</numerusform>
            <numerusform>%n klanten te bellen</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved {path} ({rows})</source>
        <translation>{path} opgeslagen ({rows})</translation>
    </message>
    <message>
        <source>where the projects stand: Active share, forecast, stalled clients</source>
        <translation>hoe de projecten ervoor staan: aandeel Actief, prognose, stilgevallen klanten</translation>
    </message>
    <message>
        <source>Prints the dashboard&apos;s key figures of each project (or of one), for a mail or a scheduled task.</source>
        <translation>Toont de kerncijfers van het dashboard per project (of van één project), voor een e-mail of een geplande taak.</translation>
    </message>
    <message>
        <source>only this project</source>
        <translation>alleen dit project</translation>
    </message>
    <message>
        <source>weeks of history the forecast&apos;s pace is based on (default: 8)</source>
        <translation>aantal weken waarop het tempo van de prognose is gebaseerd (standaard: 8)</translation>
    </message>
    <message>
        <source>--weeks must be between 1 and 52.</source>
        <translation>--weeks moet tussen 1 en 52 liggen.</translation>
    </message>
    <message>
        <source>There are no projects yet.</source>
        <translation>Er zijn nog geen projecten.</translation>
    </message>
    <message>
        <source>a project&apos;s rollout plan as a PDF</source>
        <translation>het uitrolplan van een project als pdf</translation>
    </message>
    <message>
        <source>project</source>
        <translation>project</translation>
    </message>
    <message>
        <source>project (default: the only one)</source>
        <translation>project (standaard: het enige)</translation>
    </message>
    <message>
        <source>add an appendix with each champion&apos;s open clients</source>
        <translation>voeg een bijlage toe met de openstaande klanten van elke ambassadeur</translation>
    </message>
    <message numerus="yes">
        <source>Saved {path} (%n pages, version {version})</source>
        <translation>
            <numerusform>{path} opgeslagen (%n pagina, versie {version})</numerusform>
            <numerusform>{path} opgeslagen (%n pagina&apos;s, versie {version})</numerusform>
        </translation>
    </message>
    <message>
        <source>points and client rewards</source>
        <translation>punten en klantbeloningen</translation>
    </message>
    <message>
        <source>mark a project&apos;s Active clients for an incentive (client rewards)</source>
        <translation>de actieve klanten van een project aanmerken voor een beloning (klantbeloningen)</translation>
    </message>
    <message>
        <source>the incentive</source>
        <translation>de beloning</translation>
    </message>
    <message>
        <source>only clients Active before this day</source>
        <translation>alleen klanten die voor deze dag Actief waren</translation>
    </message>
    <message>
        <source>correct a ledger entry by a reversal entry (nothing is deleted)</source>
        <translation>een boeking corrigeren met een tegenboeking (er wordt niets verwijderd)</translation>
    </message>
    <message>
        <source>entry number</source>
        <translation>boekingsnummer</translation>
    </message>
    <message>
        <source>why</source>
        <translation>waarom</translation>
    </message>
    <message>
        <source>who corrects it (staff initials)</source>
        <translation>wie corrigeert (initialen van de medewerker)</translation>
    </message>
    <message>
        <source>the points ledger and balances as an Excel workbook</source>
        <translation>het puntenregister en de saldi als Excel-werkmap</translation>
    </message>
    <message>
        <source>first day</source>
        <translation>eerste dag</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>laatste dag</translation>
    </message>
    <message>
        <source>a project&apos;s clients marked for an incentive, for invoicing</source>
        <translation>de klanten van een project die voor een beloning zijn aangemerkt, voor de facturatie</translation>
    </message>
    <message numerus="yes">
        <source>%n ledger entries written to {path}.</source>
        <translation>
            <numerusform>%n boeking geschreven naar {path}.</numerusform>
            <numerusform>%n boekingen geschreven naar {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clients marked for the incentive.</source>
        <translation>
            <numerusform>%n klant aangemerkt voor de beloning.</numerusform>
            <numerusform>%n klanten aangemerkt voor de beloning.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clients written to {path}.</source>
        <translation>
            <numerusform>%n klant geschreven naar {path}.</numerusform>
            <numerusform>%n klanten geschreven naar {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>No staff member has the initials {initials}.</source>
        <translation>Geen medewerker heeft de initialen {initials}.</translation>
    </message>
    <message>
        <source>Entry {entry} reversed by entry {new}.</source>
        <translation>Boeking {entry} tegengeboekt met boeking {new}.</translation>
    </message>
    <message>
        <source>a round&apos;s adopter categories, fast learners and people stuck</source>
        <translation>adoptiecategorieën van een meting, snelle leerders en wie vastzit</translation>
    </message>
    <message>
        <source>set a person&apos;s adopter category by hand, or back to the rule</source>
        <translation>de adoptiecategorie van iemand zelf kiezen, of terug naar de regel</translation>
    </message>
    <message>
        <source>name or initials</source>
        <translation>naam of initialen</translation>
    </message>
    <message>
        <source>the category, or rule to let the scores decide</source>
        <translation>de categorie, of rule om de scores te laten beslissen</translation>
    </message>
    <message>
        <source>no barrier</source>
        <translation>geen knelpunt</translation>
    </message>
    <message>
        <source>{category} (by hand)</source>
        <translation>{category} (zelf gekozen)</translation>
    </message>
    <message>
        <source>{speed} per round</source>
        <translation>{speed} per meting</translation>
    </message>
    <message>
        <source>stuck: {text}</source>
        <translation>vast: {text}</translation>
    </message>
    <message>
        <source>No single staff member is called {name}.</source>
        <translation>Er is niet precies één medewerker met de naam {name}.</translation>
    </message>
    <message>
        <source>{name}: {category}</source>
        <translation>{name}: {category}</translation>
    </message>
    <message>
        <source>by the rule</source>
        <translation>volgens de regel</translation>
    </message>
    <message>
        <source>staff and champions</source>
        <translation>medewerkers en ambassadeurs</translation>
    </message>
    <message>
        <source>hand a leaver&apos;s clients over to other champions, all or nothing</source>
        <translation>de klanten van een vertrekkende medewerker overdragen aan andere ambassadeurs, alles of niets</translation>
    </message>
    <message>
        <source>Moves the staff member&apos;s active clients to one champion (--to) or spreads them over the champions with free capacity (--spread), and writes the hand-over into each client&apos;s history.</source>
        <translation>Zet de actieve klanten van de medewerker over naar één ambassadeur (--to) of verdeelt ze over de ambassadeurs met vrije capaciteit (--spread), en legt de overdracht vast in de historie van elke klant.</translation>
    </message>
    <message>
        <source>the leaver: name, initials or e-mail</source>
        <translation>de vertrekkende medewerker: naam, initialen of e-mailadres</translation>
    </message>
    <message>
        <source>the champion taking over</source>
        <translation>de ambassadeur die de klanten overneemt</translation>
    </message>
    <message>
        <source>spread over the champions by free capacity</source>
        <translation>verdelen over de ambassadeurs naar vrije capaciteit</translation>
    </message>
    <message>
        <source>check the champion network: ratio, segments, teams, capacity</source>
        <translation>het ambassadeursnetwerk controleren: verhouding, segmenten, teams, capaciteit</translation>
    </message>
    <message>
        <source>{name} has no active clients to hand over.</source>
        <translation>{name} heeft geen actieve klanten om over te dragen.</translation>
    </message>
    <message numerus="yes">
        <source>Handed over %n clients of {name}: {shares}.</source>
        <translation>
            <numerusform>%n klant van {name} overgedragen: {shares}.</numerusform>
            <numerusform>%n klanten van {name} overgedragen: {shares}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rule: at least one champion per {per} staff members.</source>
        <translation>Regel: minstens één ambassadeur per {per} medewerkers.</translation>
    </message>
    <message>
        <source>The champion network covers the office.</source>
        <translation>Het ambassadeursnetwerk dekt het hele kantoor.</translation>
    </message>
    <message>
        <source>back up the database (SQLite: a verified copy; PostgreSQL: pg_dump)</source>
        <translation>maak een back-up van de database (SQLite: een gecontroleerde kopie; PostgreSQL: pg_dump)</translation>
    </message>
    <message>
        <source>write the backup to this file (default: the backup folder)</source>
        <translation>sla de back-up op in dit bestand (standaard: de map voor back-ups)</translation>
    </message>
    <message>
        <source>list the backups with date, size and client count</source>
        <translation>toon de back-ups met datum, grootte en aantal klanten</translation>
    </message>
    <message>
        <source>replace the database by a backup (the current one is backed up)</source>
        <translation>vervang de database door een back-up (van de huidige wordt eerst een back-up gemaakt)</translation>
    </message>
    <message>
        <source>a backup</source>
        <translation>een back-up</translation>
    </message>
    <message>
        <source>do not ask for confirmation</source>
        <translation>niet om bevestiging vragen</translation>
    </message>
    <message numerus="yes">
        <source>Backup written to {path} ({size}, %n clients).</source>
        <translation>
            <numerusform>Back-up opgeslagen als {path} ({size}, %n klant).</numerusform>
            <numerusform>Back-up opgeslagen als {path} ({size}, %n klanten).</numerusform>
        </translation>
    </message>
    <message>
        <source>pg_dump wrote {path} ({size}); restore it with pg_restore.</source>
        <translation>pg_dump heeft {path} geschreven ({size}); zet hem terug met pg_restore.</translation>
    </message>
    <message>
        <source>draagvlak: a PostgreSQL database has no backup folder; back it up with `draagvlak backup` (pg_dump) and restore with pg_restore.</source>
        <translation>draagvlak: een PostgreSQL-database heeft geen map met back-ups; maak een back-up met `draagvlak backup` (pg_dump) en zet die terug met pg_restore.</translation>
    </message>
    <message>
        <source>Backups in {folder}:</source>
        <translation>Back-ups in {folder}:</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(nog geen)</translation>
    </message>
    <message>
        <source>(before a restore)</source>
        <translation>(van vóór het terugzetten)</translation>
    </message>
    <message>
        <source>(not checked)</source>
        <translation>(niet gecontroleerd)</translation>
    </message>
    <message>
        <source>draagvlak: not restored.</source>
        <translation>draagvlak: niet teruggezet.</translation>
    </message>
    <message numerus="yes">
        <source>Restored {path} (%n clients).</source>
        <translation>
            <numerusform>{path} teruggezet (%n klant).</numerusform>
            <numerusform>{path} teruggezet (%n klanten).</numerusform>
        </translation>
    </message>
    <message>
        <source>The database as it was is kept in {path}.</source>
        <translation>De database zoals hij was, is bewaard in {path}.</translation>
    </message>
    <message>
        <source>draagvlak: add --yes to restore without being asked.</source>
        <translation>draagvlak: voeg --yes toe om terug te zetten zonder dat erom wordt gevraagd.</translation>
    </message>
    <message numerus="yes">
        <source>Replace {database} by {backup} (%n clients)? [y/N] </source>
        <translation>
            <numerusform>{database} vervangen door {backup} (%n klant)? [j/N] </numerusform>
            <numerusform>{database} vervangen door {backup} (%n klanten)? [j/N] </numerusform>
        </translation>
    </message>
    <message>
        <source>one client&apos;s data: export or anonymise (AVG/GDPR)</source>
        <translation>de gegevens van één klant: exporteren of anonimiseren (AVG)</translation>
    </message>
    <message>
        <source>everything about one client in one file (JSON, or Excel for .xlsx)</source>
        <translation>alles over één klant in één bestand (JSON, of Excel bij .xlsx)</translation>
    </message>
    <message>
        <source>client number</source>
        <translation>klantnummer</translation>
    </message>
    <message>
        <source>erase a client&apos;s personal data; its history stays, anonymous</source>
        <translation>wis de persoonsgegevens van een klant; de geschiedenis blijft, anoniem</translation>
    </message>
    <message>
        <source>archived clients past the office&apos;s retention period</source>
        <translation>gearchiveerde klanten voorbij de bewaartermijn van het kantoor</translation>
    </message>
    <message>
        <source>anonymise them all</source>
        <translation>anonimiseer ze allemaal</translation>
    </message>
    <message>
        <source>Everything about client {number} written to {path}.</source>
        <translation>Alles over klant {number} is opgeslagen in {path}.</translation>
    </message>
    <message>
        <source>draagvlak: add --yes to go ahead without being asked.</source>
        <translation>draagvlak: voeg --yes toe om door te gaan zonder dat erom wordt gevraagd.</translation>
    </message>
    <message>
        <source>Backups made before now still hold the old data until the rotation removes them (about a year).</source>
        <translation>Eerder gemaakte back-ups bevatten de oude gegevens nog tot ze bij het opruimen verdwijnen (na ongeveer een jaar).</translation>
    </message>
    <message>
        <source>Erase the personal data of client {number}? This cannot be undone.</source>
        <translation>De persoonsgegevens van klant {number} wissen? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Client {number} was anonymised.</source>
        <translation>Klant {number} is geanonimiseerd.</translation>
    </message>
    <message>
        <source>The office has set no retention period (File ▸ Retention… in the program); archived clients are kept.</source>
        <translation>Het kantoor heeft geen bewaartermijn ingesteld (Bestand ▸ Bewaartermijn… in het programma); gearchiveerde klanten blijven bewaard.</translation>
    </message>
    <message numerus="yes">
        <source>Retention period: %n months.</source>
        <translation>
            <numerusform>Bewaartermijn: %n maand.</numerusform>
            <numerusform>Bewaartermijn: %n maanden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n archived clients are past the retention period.</source>
        <translation>
            <numerusform>%n gearchiveerde klant is voorbij de bewaartermijn.</numerusform>
            <numerusform>%n gearchiveerde klanten zijn voorbij de bewaartermijn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erase the personal data of these %n clients?</source>
        <translation>
            <numerusform>De persoonsgegevens van %n klant wissen?</numerusform>
            <numerusform>De persoonsgegevens van deze %n klanten wissen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clients were anonymised.</source>
        <translation>
            <numerusform>%n klant is geanonimiseerd.</numerusform>
            <numerusform>%n klanten zijn geanonimiseerd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientCheck</name>
    <message>
        <source>Does the client use e-mail to contact the office?</source>
        <translation>Gebruikt de klant e-mail voor contact met het kantoor?</translation>
    </message>
    <message>
        <source>Does the client use online banking?</source>
        <translation>Bankiert de klant online?</translation>
    </message>
    <message>
        <source>Does the client want to deal with the office digitally?</source>
        <translation>Wil de klant digitaal zakendoen met het kantoor?</translation>
    </message>
    <message>
        <source>Does the client already send documents digitally (scan, photo, upload)?</source>
        <translation>Levert de klant stukken al digitaal aan (scan, foto, upload)?</translation>
    </message>
    <message>
        <source>Can the client log in to websites on their own (e.g. with DigiD)?</source>
        <translation>Kan de klant zelfstandig inloggen op websites (bijvoorbeeld met DigiD)?</translation>
    </message>
    <message>
        <source>This client no longer exists.</source>
        <translation>Deze klant bestaat niet meer.</translation>
    </message>
    <message>
        <source>This segment no longer exists.</source>
        <translation>Dit segment bestaat niet meer.</translation>
    </message>
</context>
<context>
    <name>ClientCheckDialog</name>
    <message>
        <source>Last checked on {date}.</source>
        <translation>Laatst gecheckt op {date}.</translation>
    </message>
    <message>
        <source>Readiness check for {name}</source>
        <translation>Digitale check voor {name}</translation>
    </message>
    <message>
        <source>Suggested segment:</source>
        <translation>Voorgesteld segment:</translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation>&amp;Segment:</translation>
    </message>
    <message>
        <source>{segment} ({count} of 5 yes)</source>
        <translation>{segment} ({count} van de 5 ja)</translation>
    </message>
    <message>
        <source>no segments set up</source>
        <translation>geen segmenten ingesteld</translation>
    </message>
    <message>
        <source>As suggested: {segment}</source>
        <translation>Zoals voorgesteld: {segment}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
</context>
<context>
    <name>ClientColumns</name>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Champion</source>
        <translation>Ambassadeur</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>KvK</source>
        <translation>KvK</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Gearchiveerd</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klanten</translation>
    </message>
</context>
<context>
    <name>ClientDetailDialog</name>
    <message>
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projecten</translation>
    </message>
    <message>
        <source>This client takes part in no project yet.</source>
        <translation>Deze klant doet nog aan geen enkel project mee.</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>Fasegeschiedenis</translation>
    </message>
    <message>
        <source>Approach</source>
        <translation>Aanpak</translation>
    </message>
    <message>
        <source>Contact log</source>
        <translation>Contactmomenten</translation>
    </message>
    <message>
        <source>&amp;Edit client…</source>
        <translation>Klant be&amp;werken…</translation>
    </message>
    <message>
        <source>Change the client&apos;s details</source>
        <translation>De gegevens van de klant wijzigen</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Volgende actie</translation>
    </message>
    <message>
        <source>e.g. Call to help with the first login</source>
        <translation>bijv. Bellen om te helpen bij de eerste keer inloggen</translation>
    </message>
    <message>
        <source>D&amp;ue on</source>
        <translation>&amp;Uiterlijk op</translation>
    </message>
    <message>
        <source>&amp;Save next action</source>
        <translation>Volgende actie op&amp;slaan</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Wat:</translation>
    </message>
    <message>
        <source>Client {name}</source>
        <translation>Klant {name}</translation>
    </message>
    <message>
        <source>no segment</source>
        <translation>geen segment</translation>
    </message>
    <message>
        <source>champion {name}</source>
        <translation>ambassadeur {name}</translation>
    </message>
    <message>
        <source>no champion</source>
        <translation>geen ambassadeur</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>gearchiveerd</translation>
    </message>
    <message>
        <source>client since {date}</source>
        <translation>klant sinds {date}</translation>
    </message>
    <message>
        <source>mobile {number}</source>
        <translation>mobiel {number}</translation>
    </message>
    <message>
        <source>Enroll the client in a project to see it here.</source>
        <translation>Schrijf de klant in een project in om dat hier te zien.</translation>
    </message>
    <message>
        <source>Stage history in {project}</source>
        <translation>Fasegeschiedenis in {project}</translation>
    </message>
    <message>
        <source>The client has no segment, so there is no segment approach to show.</source>
        <translation>De klant heeft geen segment, dus er is geen segmentaanpak om te tonen.</translation>
    </message>
    <message>
        <source>Approach for {segment}</source>
        <translation>Aanpak voor {segment}</translation>
    </message>
    <message>
        <source>No approach written for this segment yet (Projects › Approach).</source>
        <translation>Voor dit segment is nog geen aanpak beschreven (Projecten › Aanpak).</translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation>Kanalen:</translation>
    </message>
    <message>
        <source>Incentive:</source>
        <translation>Beloning:</translation>
    </message>
    <message>
        <source>Mark d&amp;one</source>
        <translation>Als &amp;gedaan markeren</translation>
    </message>
    <message>
        <source>The action is done: it is cleared (done on time, it earns points).</source>
        <translation>De actie is gedaan: ze wordt gewist (op tijd gedaan levert ze punten op).</translation>
    </message>
    <message>
        <source>Readiness &amp;check…</source>
        <translation>Digitale &amp;check…</translation>
    </message>
    <message>
        <source>Five questions that suggest the client&apos;s segment</source>
        <translation>Vijf vragen die het segment van de klant voorstellen</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>New client</source>
        <translation>Nieuwe klant</translation>
    </message>
    <message>
        <source>Edit client</source>
        <translation>Klant bewerken</translation>
    </message>
    <message>
        <source>e.g. 10234</source>
        <translation>bijv. 10234</translation>
    </message>
    <message>
        <source>Company or person</source>
        <translation>Bedrijf of persoon</translation>
    </message>
    <message>
        <source>Client &amp;number:</source>
        <translation>&amp;Klantnummer:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>Soo&amp;rt:</translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation>Se&amp;gment:</translation>
    </message>
    <message>
        <source>C&amp;hampion:</source>
        <translation>&amp;Ambassadeur:</translation>
    </message>
    <message>
        <source>C&amp;lient since:</source>
        <translation>Klant s&amp;inds:</translation>
    </message>
    <message>
        <source>name@example.nl</source>
        <translation>naam@voorbeeld.nl</translation>
    </message>
    <message>
        <source>030 123 4567</source>
        <translation>030 123 4567</translation>
    </message>
    <message>
        <source>06 12345678</source>
        <translation>06 12345678</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Straat en huisnummer</translation>
    </message>
    <message>
        <source>1234 AB</source>
        <translation>1234 AB</translation>
    </message>
    <message>
        <source>8 digits</source>
        <translation>8 cijfers</translation>
    </message>
    <message>
        <source>&amp;Contact person:</source>
        <translation>&amp;Contactpersoon:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefoon:</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>Mo&amp;biel:</translation>
    </message>
    <message>
        <source>St&amp;reet address:</source>
        <translation>Straat en h&amp;uisnummer:</translation>
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation>&amp;Postcode:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>P&amp;laats:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>Lan&amp;d:</translation>
    </message>
    <message>
        <source>&amp;KvK number:</source>
        <translation>K&amp;vK-nummer:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Op&amp;merkingen:</translation>
    </message>
    <message>
        <source>&amp;Add client</source>
        <translation>Klant t&amp;oevoegen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Bekend</translation>
    </message>
    <message>
        <source>Clear when you do not know since when</source>
        <translation>Leeg laten als u niet weet sinds wanneer</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>Added {created} · last changed {updated}</source>
        <translation>Toegevoegd {created} · laatst gewijzigd {updated}</translation>
    </message>
    <message>
        <source>Archived.</source>
        <translation>Gearchiveerd.</translation>
    </message>
</context>
<context>
    <name>ClientFilterBar</name>
    <message>
        <source>Search name, number, city or e-mail</source>
        <translation>Zoek op naam, nummer, plaats of e-mail</translation>
    </message>
    <message>
        <source>Search as you type (Ctrl+F)</source>
        <translation>Zoekt terwijl u typt (Ctrl+F)</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Champion</source>
        <translation>Ambassadeur</translation>
    </message>
    <message>
        <source>Client type</source>
        <translation>Soort klant</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <source>Active clients</source>
        <translation>Actieve klanten</translation>
    </message>
    <message>
        <source>Archived clients</source>
        <translation>Gearchiveerde klanten</translation>
    </message>
    <message>
        <source>Active and archived</source>
        <translation>Actief en gearchiveerd</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>Alle segmenten</translation>
    </message>
    <message>
        <source>No champion</source>
        <translation>Geen ambassadeur</translation>
    </message>
    <message>
        <source>All champions</source>
        <translation>Alle ambassadeurs</translation>
    </message>
    <message>
        <source>All client types</source>
        <translation>Alle soorten klanten</translation>
    </message>
    <message>
        <source>Reached: {stage}</source>
        <translation>Bereikt: {stage}</translation>
    </message>
    <message>
        <source>Clients of {project} in an open stage whose next action is past its due date. Click to remove this filter.</source>
        <translation>Klanten van {project} in een open fase van wie de volgende actie over de datum is. Klik om dit filter weg te halen.</translation>
    </message>
    <message>
        <source>Overdue: {project}</source>
        <translation>Te laat: {project}</translation>
    </message>
    <message>
        <source>Remove the filter {filter}</source>
        <translation>Filter {filter} weghalen</translation>
    </message>
    <message>
        <source>Clients of {project} that reached {stage} or a later stage, as the dashboard counts them (for a lost stage: those that reached it). Click to remove this filter.</source>
        <translation>Klanten van {project} die {stage} of een latere fase hebben bereikt, zoals het dashboard ze telt (bij een afgehaakte fase: wie die fase heeft bereikt). Klik om dit filter weg te halen.</translation>
    </message>
</context>
<context>
    <name>ClientHistoryModels</name>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verplaatsing</translation>
    </message>
    <message>
        <source>Days in stage</source>
        <translation>Dagen in fase</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>not needed (finished)</source>
        <translation>niet nodig (afgerond)</translation>
    </message>
    <message>
        <source>Enrolled in {stage}</source>
        <translation>Ingeschreven in {stage}</translation>
    </message>
    <message>
        <source>{days} (so far)</source>
        <translation>{days} (tot nu toe)</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Reden: {reason}</translation>
    </message>
    <message>
        <source>(taken back)</source>
        <translation>(teruggedraaid)</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contactmoment</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Volgende actie</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>(stalled)</source>
        <translation>(stilgevallen)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
</context>
<context>
    <name>ClientPrivacy</name>
    <message>
        <source>&amp;Privacy</source>
        <translation>&amp;Privacy</translation>
    </message>
    <message>
        <source>Change history, all data of this client, erasure</source>
        <translation>Wijzigingsgeschiedenis, alle gegevens van deze klant, wissen</translation>
    </message>
    <message>
        <source>Change &amp;history…</source>
        <translation>Wijzigings&amp;geschiedenis…</translation>
    </message>
    <message>
        <source>&amp;Export all data…</source>
        <translation>Alle gegevens &amp;exporteren…</translation>
    </message>
    <message>
        <source>&amp;Anonymise…</source>
        <translation>&amp;Anonimiseren…</translation>
    </message>
    <message>
        <source>Export all data of {name}</source>
        <translation>Alle gegevens van {name} exporteren</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;JSON files (*.json)</source>
        <translation>Excel-werkmappen (*.xlsx);;JSON-bestanden (*.json)</translation>
    </message>
    <message>
        <source>Data exported</source>
        <translation>Gegevens geëxporteerd</translation>
    </message>
    <message>
        <source>Everything about {name} was written to {path}.</source>
        <translation>Alles over {name} is opgeslagen in {path}.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <source>Anonymise client</source>
        <translation>Klant anonimiseren</translation>
    </message>
    <message>
        <source>Erase the personal data of {name} for good?

Name, client number, contact details, notes and the free text of its history are erased; the history itself stays, anonymous, so counts and figures do not change. This cannot be undone.

Backups made before now still hold the data until the rotation removes them (after about a year). Export the data first if the client asked for it.</source>
        <translation>De persoonsgegevens van {name} definitief wissen?

Naam, klantnummer, contactgegevens, notities en de vrije tekst in de geschiedenis worden gewist; de geschiedenis zelf blijft, anoniem, zodat aantallen en cijfers niet veranderen. Dit kan niet ongedaan worden gemaakt.

Eerder gemaakte back-ups bevatten de gegevens nog tot ze bij het opruimen verdwijnen (na ongeveer een jaar). Exporteer de gegevens eerst als de klant erom heeft gevraagd.</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Wissen…</translation>
    </message>
</context>
<context>
    <name>ClientType</name>
    <message>
        <source>Sole trader</source>
        <translation>Eenmanszaak</translation>
    </message>
    <message>
        <source>Partnership (vof / maatschap)</source>
        <translation>Vof / maatschap</translation>
    </message>
    <message>
        <source>BV</source>
        <translation>BV</translation>
    </message>
    <message>
        <source>Private person</source>
        <translation>Particulier</translation>
    </message>
    <message>
        <source>Association / foundation</source>
        <translation>Vereniging / stichting</translation>
    </message>
    <message>
        <source>Agricultural</source>
        <translation>Agrarisch</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
</context>
<context>
    <name>Clients</name>
    <message>
        <source>Client number</source>
        <translation>Klantnummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a client type.</source>
        <translation>&apos;{value}&apos; is geen soort klant.</translation>
    </message>
    <message>
        <source>The chosen segment does not exist.</source>
        <translation>Het gekozen segment bestaat niet.</translation>
    </message>
    <message>
        <source>The chosen champion does not exist.</source>
        <translation>De gekozen ambassadeur bestaat niet.</translation>
    </message>
    <message>
        <source>Client number {number} is already used by {name}.</source>
        <translation>Klantnummer {number} is al in gebruik bij {name}.</translation>
    </message>
    <message>
        <source>Client {id} no longer exists.</source>
        <translation>Klant {id} bestaat niet meer.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Champion</source>
        <translation>Ambassadeur</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobiel</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>KvK number</source>
        <translation>KvK-nummer</translation>
    </message>
    <message>
        <source>Client since</source>
        <translation>Klant sinds</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
</context>
<context>
    <name>ClientsView</name>
    <message>
        <source>Clients</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;Nieuwe klant…</translation>
    </message>
    <message>
        <source>Add a client (Ctrl+N)</source>
        <translation>Een klant toevoegen (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Be&amp;werken…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archiveren</translation>
    </message>
    <message>
        <source>Enroll in &amp;project…</source>
        <translation>Inschrijven in &amp;project…</translation>
    </message>
    <message>
        <source>Enroll the clients in the list, as filtered now</source>
        <translation>De klanten in de lijst inschrijven, zoals nu gefilterd</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporteren…</translation>
    </message>
    <message>
        <source>Save the list as shown (search, filters, order, columns) as Excel (Ctrl+E)</source>
        <translation>De lijst zoals getoond (zoekopdracht, filters, volgorde, kolommen) opslaan als Excel (Ctrl+E)</translation>
    </message>
    <message>
        <source>Find client</source>
        <translation>Klant zoeken</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Nieuwe klant</translation>
    </message>
    <message>
        <source>Export list to Excel…</source>
        <translation>Lijst naar Excel exporteren…</translation>
    </message>
    <message>
        <source>Archive client</source>
        <translation>Klant archiveren</translation>
    </message>
    <message numerus="yes">
        <source>At least %n clients (counting…)</source>
        <translation>
            <numerusform>Minstens %n klant (bezig met tellen…)</numerusform>
            <numerusform>Minstens %n klanten (bezig met tellen…)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clients</source>
        <translation>
            <numerusform>%n klant</numerusform>
            <numerusform>%n klanten</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Terugzetten</translation>
    </message>
    <message>
        <source>Export clients</source>
        <translation>Klanten exporteren</translation>
    </message>
    <message>
        <source>Clients {day}.xlsx</source>
        <translation>Klanten {day}.xlsx</translation>
    </message>
    <message>
        <source>Restore {name}? The client shows in the active lists again.</source>
        <translation>{name} terugzetten? De klant staat dan weer in de actieve lijsten.</translation>
    </message>
    <message>
        <source>Archive {name}? The client disappears from the active lists; its history is kept and it can be restored later.</source>
        <translation>{name} archiveren? De klant verdwijnt uit de actieve lijsten; de geschiedenis blijft bewaard en de klant kan later worden teruggezet.</translation>
    </message>
    <message>
        <source>Restore client</source>
        <translation>Klant terugzetten</translation>
    </message>
    <message>
        <source>A&amp;ssign…</source>
        <translation>Toew&amp;ijzen…</translation>
    </message>
    <message>
        <source>Assign a champion or a segment to the selected clients (Ctrl+Shift+A)</source>
        <translation>Een ambassadeur of segment toewijzen aan de geselecteerde klanten (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>&amp;Undo assignment</source>
        <translation>Toewijzing ongedaan &amp;maken</translation>
    </message>
    <message>
        <source>Assign champion or segment</source>
        <translation>Ambassadeur of segment toewijzen</translation>
    </message>
</context>
<context>
    <name>ConflictBar</name>
    <message>
        <source>&amp;Reload current values</source>
        <translation>Huidige waarden opnieuw &amp;laden</translation>
    </message>
    <message>
        <source>Read the record again as it is now; your unsaved changes are discarded</source>
        <translation>Lees de gegevens opnieuw zoals ze nu zijn; uw niet-opgeslagen wijzigingen vervallen</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>{field} was changed by someone else; your change was not saved.</source>
        <translation>{field} is door iemand anders gewijzigd; uw wijziging is niet opgeslagen.</translation>
    </message>
    <message>
        <source>{field} was changed by {name}; your change was not saved.</source>
        <translation>{field} is gewijzigd door {name}; uw wijziging is niet opgeslagen.</translation>
    </message>
    <message>
        <source>{field} was changed at {moment} by someone else; your change was not saved.</source>
        <translation>{field} is om {moment} door iemand anders gewijzigd; uw wijziging is niet opgeslagen.</translation>
    </message>
    <message>
        <source>{field} was changed by {name} at {moment}; your change was not saved.</source>
        <translation>{field} is om {moment} gewijzigd door {name}; uw wijziging is niet opgeslagen.</translation>
    </message>
</context>
<context>
    <name>ContactChannels</name>
    <message>
        <source>Call</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Bezoek</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Webinar</translation>
    </message>
</context>
<context>
    <name>ContactLogPanel</name>
    <message>
        <source>How you were in touch</source>
        <translation>Hoe u contact had</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>What was discussed or agreed</source>
        <translation>Wat is besproken of afgesproken</translation>
    </message>
    <message>
        <source>&amp;Add contact</source>
        <translation>&amp;Toevoegen</translation>
    </message>
</context>
<context>
    <name>Coverage</name>
    <message numerus="yes">
        <source>%n staff members</source>
        <translation>
            <numerusform>%n medewerker</numerusform>
            <numerusform>%n medewerkers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n champions</source>
        <translation>
            <numerusform>%n ambassadeur</numerusform>
            <numerusform>%n ambassadeurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} holds {clients} clients against a capacity of %n.</source>
        <translation>
            <numerusform>{name} heeft {clients} klanten bij een capaciteit van %n.</numerusform>
            <numerusform>{name} heeft {clients} klanten bij een capaciteit van %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} has left but is still champion of %n clients: hand them over.</source>
        <translation>
            <numerusform>{name} is uit dienst maar nog ambassadeur van %n klant: draag die over.</numerusform>
            <numerusform>{name} is uit dienst maar nog ambassadeur van %n klanten: draag ze over.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{have} for {staff} staff: about one per {per} is advised, so at least %n.</source>
        <translation>
            <numerusform>{have} voor {staff} medewerkers: ongeveer één per {per} is het advies, dus minstens %n.</numerusform>
            <numerusform>{have} voor {staff} medewerkers: ongeveer één per {per} is het advies, dus minstens %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No champion for the segment {segment} (%n clients).</source>
        <translation>
            <numerusform>Geen ambassadeur voor het segment {segment} (%n klant).</numerusform>
            <numerusform>Geen ambassadeur voor het segment {segment} (%n klanten).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No champion in the team {team} (%n staff members).</source>
        <translation>
            <numerusform>Geen ambassadeur in het team {team} (%n medewerker).</numerusform>
            <numerusform>Geen ambassadeur in het team {team} (%n medewerkers).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoveragePanel</name>
    <message>
        <source>rule: at least one champion per {per} staff members</source>
        <translation>regel: minstens één ambassadeur per {per} medewerkers</translation>
    </message>
    <message>
        <source>Champion coverage is fine: {summary}.</source>
        <translation>De dekking door ambassadeurs is in orde: {summary}.</translation>
    </message>
    <message>
        <source>Champion coverage needs attention</source>
        <translation>De dekking door ambassadeurs vraagt aandacht</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>goal reached</source>
        <translation>doel bereikt</translation>
    </message>
    <message>
        <source>on track</source>
        <translation>op schema</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>in gevaar</translation>
    </message>
    <message>
        <source>off track</source>
        <translation>achter op schema</translation>
    </message>
    <message>
        <source>no target date</source>
        <translation>geen streefdatum</translation>
    </message>
    <message>
        <source>no goal set</source>
        <translation>geen doel ingesteld</translation>
    </message>
    <message>
        <source>not enough history yet</source>
        <translation>nog te weinig historie</translation>
    </message>
    <message>
        <source>On track when the forecast date falls on or before the target date, at risk when only the pace of the fastest recent week would reach the goal in time, off track when not even that pace would.</source>
        <translation>Op schema als de verwachte datum op of vóór de streefdatum valt, in gevaar als alleen het tempo van de snelste recente week het doel op tijd haalt, achter op schema als zelfs dat tempo het niet haalt.</translation>
    </message>
    <message numerus="yes">
        <source>Forecast: the average weekly growth of Active clients over the last %n weeks continued from today; the band runs from the fastest to the slowest of those weeks.</source>
        <translation>
            <numerusform>Prognose: de groei van het aantal Actieve klanten in de afgelopen %n week, doorgetrokken vanaf vandaag; de band loopt van de snelste tot de traagste week.</numerusform>
            <numerusform>Prognose: de gemiddelde groei per week van het aantal Actieve klanten in de afgelopen %n weken, doorgetrokken vanaf vandaag; de band loopt van de snelste tot de traagste van die weken.</numerusform>
        </translation>
    </message>
    <message>
        <source>No clients are enrolled in {project} yet.</source>
        <translation>Nog geen klanten ingeschreven in {project}.</translation>
    </message>
    <message>
        <source>{share} of the enrolled clients are Active: the goal of {goal} is reached.</source>
        <translation>{share} van de ingeschreven klanten is Actief: het doel van {goal} is bereikt.</translation>
    </message>
    <message>
        <source>{share} of the enrolled clients are Active; the project has no goal yet.</source>
        <translation>{share} van de ingeschreven klanten is Actief; het project heeft nog geen doel.</translation>
    </message>
    <message>
        <source>{share} of the enrolled clients are Active, against a goal of {goal}; a forecast needs at least a week of history.</source>
        <translation>{share} van de ingeschreven klanten is Actief, bij een doel van {goal}; voor een prognose is minstens een week historie nodig.</translation>
    </message>
    <message>
        <source>{share} of the enrolled clients are Active, against a goal of {goal}; at the pace of recent weeks the goal is not reached.</source>
        <translation>{share} van de ingeschreven klanten is Actief, bij een doel van {goal}; in het tempo van de afgelopen weken wordt het doel niet gehaald.</translation>
    </message>
    <message>
        <source>{share} of the enrolled clients are Active, against a goal of {goal}; at this pace the goal is reached around {date}.</source>
        <translation>{share} van de ingeschreven klanten is Actief, bij een doel van {goal}; in dit tempo wordt het doel rond {date} gehaald.</translation>
    </message>
    <message>
        <source>{Status}: {share} of the enrolled clients are Active, against a goal of {goal} by {target}; at the pace of recent weeks the goal is not reached.</source>
        <translation>{Status}: {share} van de ingeschreven klanten is Actief, bij een doel van {goal} op {target}; in het tempo van de afgelopen weken wordt het doel niet gehaald.</translation>
    </message>
    <message>
        <source>{Status}: {share} of the enrolled clients are Active; at this pace the goal of {goal} is reached around {date}, in time for the target date of {target}.</source>
        <translation>{Status}: {share} van de ingeschreven klanten is Actief; in dit tempo wordt het doel van {goal} rond {date} gehaald, op tijd voor de streefdatum {target}.</translation>
    </message>
    <message>
        <source>{Status}: {share} of the enrolled clients are Active; at this pace the goal of {goal} is reached around {date}, after the target date of {target}.</source>
        <translation>{Status}: {share} van de ingeschreven klanten is Actief; in dit tempo wordt het doel van {goal} pas rond {date} gehaald, na de streefdatum {target}.</translation>
    </message>
    <message>
        <source>Active: {active} of {enrolled} enrolled clients ({share})</source>
        <translation>Actief: {active} van {enrolled} ingeschreven klanten ({share})</translation>
    </message>
    <message>
        <source>Goal: {goal} Active</source>
        <translation>Doel: {goal} Actief</translation>
    </message>
    <message>
        <source>Goal: {goal} Active by {target}</source>
        <translation>Doel: {goal} Actief op {target}</translation>
    </message>
    <message>
        <source>Pace: {pace} clients Active per week (last {weeks})</source>
        <translation>Tempo: {pace} klanten per week naar Actief (afgelopen {weeks})</translation>
    </message>
    <message numerus="yes">
        <source>%n weeks</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weken</numerusform>
        </translation>
    </message>
    <message>
        <source>not in sight</source>
        <translation>niet in zicht</translation>
    </message>
    <message>
        <source> (between {earliest} and {latest})</source>
        <translation> (tussen {earliest} en {latest})</translation>
    </message>
    <message>
        <source>Forecast: goal reached around {date}{band}</source>
        <translation>Prognose: doel gehaald rond {date}{band}</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <source>Moves: {week} this week (from Monday), {month} this month</source>
        <translation>Verplaatsingen: {week} deze week (vanaf maandag), {month} deze maand</translation>
    </message>
    <message>
        <source>Stalled clients: {stalled}; overdue next actions: {overdue}</source>
        <translation>Stilgevallen klanten: {stalled}; volgende acties te laat: {overdue}</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>&amp;Pace over the last</source>
        <translation>&amp;Tempo over de afgelopen</translation>
    </message>
    <message>
        <source>Weeks of history the forecast&apos;s pace is based on</source>
        <translation>Aantal weken waarop het tempo van de prognose is gebaseerd</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>weken</translation>
    </message>
    <message>
        <source>No projects yet. Create a project under Projects and enroll clients in it: the dashboard then shows where it stands.</source>
        <translation>Nog geen projecten. Maak een project aan onder Projecten en schrijf er klanten in in: het dashboard laat dan zien hoe het ervoor staat.</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Alle projecten</translation>
    </message>
    <message>
        <source>Double-click a project to see its dashboard</source>
        <translation>Dubbelklik op een project voor het dashboard ervan</translation>
    </message>
    <message>
        <source>Calculating…</source>
        <translation>Bezig met berekenen…</translation>
    </message>
    <message numerus="yes">
        <source>On track or at their goal: {on_track} of %n projects.</source>
        <translation>
            <numerusform>Op schema of doel bereikt: {on_track} van %n project.</numerusform>
            <numerusform>Op schema of doel bereikt: {on_track} van %n projecten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n enrolled clients</source>
        <translation>
            <numerusform>%n ingeschreven klant</numerusform>
            <numerusform>%n ingeschreven klanten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database cannot be opened: {error}</source>
        <translation>De database kan niet worden geopend: {error}</translation>
    </message>
    <message>
        <source>There is no database at {path}.</source>
        <translation>Er is geen database op {path}.</translation>
    </message>
    <message>
        <source>{path} is not a database file.</source>
        <translation>{path} is geen databasebestand.</translation>
    </message>
    <message>
        <source>The database {path} is read-only. Make it writable (file permissions, or the read-only attribute on Windows) and try again.</source>
        <translation>De database {path} is alleen-lezen. Maak hem beschrijfbaar (bestandsrechten, of het kenmerk Alleen-lezen in Windows) en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The latest backup is {path}.</source>
        <translation>De laatste reservekopie is {path}.</translation>
    </message>
    <message>
        <source>The database is busy: another program or PC has kept it locked for more than {seconds} seconds. Try again later; nothing was changed.</source>
        <translation>De database is bezet: een ander programma of een andere pc houdt hem al meer dan {seconds} seconden vergrendeld. Probeer het later opnieuw; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The database is damaged: {error}.</source>
        <translation>De database is beschadigd: {error}.</translation>
    </message>
    <message>
        <source>The disk is full; nothing was changed. Free some space and try again.</source>
        <translation>De schijf is vol; er is niets gewijzigd. Maak ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The database {path} is on a network drive. SQLite databases get damaged when they are shared over a network; keep the file on this PC&apos;s own disk, or use PostgreSQL when several PCs work with the same data.</source>
        <translation>De database {path} staat op een netwerkschijf. SQLite-databases raken beschadigd als ze via een netwerk worden gedeeld; zet het bestand op de eigen schijf van deze pc, of gebruik PostgreSQL als meerdere pc’s met dezelfde gegevens werken.</translation>
    </message>
    <message>
        <source>The database {path} is in a folder that a sync service copies ({folder}). Syncing a database that is in use can damage it or lose changes: move it out of that folder (backups may live there).</source>
        <translation>De database {path} staat in een map die een synchronisatiedienst kopieert ({folder}). Synchroniseren van een database die in gebruik is, kan hem beschadigen of wijzigingen kwijtraken: zet hem buiten die map (back-ups mogen er wel staan).</translation>
    </message>
</context>
<context>
    <name>DeclineReasons</name>
    <message>
        <source>Prefers paper</source>
        <translation>Wil liever papier</translation>
    </message>
    <message>
        <source>No time or interest</source>
        <translation>Geen tijd of interesse</translation>
    </message>
    <message>
        <source>Not comfortable with computers</source>
        <translation>Niet vertrouwd met computers</translation>
    </message>
    <message>
        <source>Privacy or security concerns</source>
        <translation>Zorgen over privacy of beveiliging</translation>
    </message>
    <message>
        <source>Uses another portal or software</source>
        <translation>Gebruikt een ander portaal of andere software</translation>
    </message>
    <message>
        <source>No longer a client</source>
        <translation>Geen klant meer</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>The database already contains an office (clients or staff).</source>
        <translation>De database bevat al een kantoor (klanten of medewerkers).</translation>
    </message>
    <message>
        <source>Creating the demo office was cancelled.</source>
        <translation>Het aanmaken van het demokantoor is geannuleerd.</translation>
    </message>
    <message>
        <source>Client portal</source>
        <translation>Klantportaal</translation>
    </message>
    <message>
        <source>Clients deliver their bookkeeping documents through the client portal and the app instead of on paper or by e-mail. Fewer reminders, faster year-end work.</source>
        <translation>Klanten leveren hun administratie aan via het klantportaal en de app in plaats van op papier of per e-mail. Minder herinneringen, sneller klaar met de jaarafsluiting.</translation>
    </message>
    <message>
        <source>Phase 2: scaling up to all clients</source>
        <translation>Fase 2: opschalen naar alle klanten</translation>
    </message>
    <message>
        <source>Invite straight away; ask them to tell others about it.</source>
        <translation>Direct uitnodigen; vragen of ze het aan anderen willen vertellen.</translation>
    </message>
    <message>
        <source>Early-bird discount of 10% on the annual fee.</source>
        <translation>Vroegevogelkorting van 10% op het jaartarief.</translation>
    </message>
    <message>
        <source>Explain by phone, then send the invitation with a short video.</source>
        <translation>Telefonisch uitleggen, daarna de uitnodiging sturen met een korte video.</translation>
    </message>
    <message>
        <source>Free help with the first upload.</source>
        <translation>Gratis hulp bij de eerste upload.</translation>
    </message>
    <message>
        <source>Show the portal at the year-end meeting; follow up by phone.</source>
        <translation>Het portaal laten zien bij het jaargesprek; telefonisch opvolgen.</translation>
    </message>
    <message>
        <source>Personal visit by the champion; no pressure, take time.</source>
        <translation>Persoonlijk bezoek door de ambassadeur; geen druk, neem de tijd.</translation>
    </message>
    <message>
        <source>Paper delivery stays possible during the first year.</source>
        <translation>Aanleveren op papier blijft het eerste jaar mogelijk.</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Nulmeting</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nazorg</translation>
    </message>
    <message>
        <source>Always discuss the annual accounts in March.</source>
        <translation>Jaarrekening altijd in maart bespreken.</translation>
    </message>
    <message>
        <source>Prefers a phone call to e-mail.</source>
        <translation>Liever telefonisch contact dan e-mail.</translation>
    </message>
    <message>
        <source>Does part of the bookkeeping themselves.</source>
        <translation>Doet de boekhouding deels zelf.</translation>
    </message>
    <message>
        <source>Income tax return for the partner too.</source>
        <translation>Aangifte inkomstenbelasting ook voor partner.</translation>
    </message>
    <message>
        <source>Reachable after 4 pm.</source>
        <translation>Bereikbaar na 16.00 uur.</translation>
    </message>
    <message>
        <source>Also owns a holiday home in Zeeland.</source>
        <translation>Heeft ook een vakantiewoning in Zeeland.</translation>
    </message>
    <message>
        <source>Business closed down.</source>
        <translation>Onderneming beëindigd.</translation>
    </message>
    <message>
        <source>Moved to another firm.</source>
        <translation>Overgestapt naar een ander kantoor.</translation>
    </message>
    <message>
        <source>File closed after the business was sold.</source>
        <translation>Dossier afgesloten na verkoop van het bedrijf.</translation>
    </message>
    <message>
        <source>Explained the client portal by phone.</source>
        <translation>Telefonisch uitleg gegeven over het klantportaal.</translation>
    </message>
    <message>
        <source>Called; the client is positive about it.</source>
        <translation>Gebeld; klant staat er positief tegenover.</translation>
    </message>
    <message>
        <source>Called about delivering digitally; wants to know more first.</source>
        <translation>Gebeld over digitaal aanleveren; wil eerst meer weten.</translation>
    </message>
    <message>
        <source>Sent an information e-mail about the client portal.</source>
        <translation>Informatiemail over het klantportaal verstuurd.</translation>
    </message>
    <message>
        <source>Sent an e-mail with an explanation and a how-to video.</source>
        <translation>Mail met uitleg en instructievideo gestuurd.</translation>
    </message>
    <message>
        <source>Looked at the portal together at the annual accounts meeting.</source>
        <translation>Bij de jaarrekeningbespreking het portaal samen bekeken.</translation>
    </message>
    <message>
        <source>Visited; showed the portal on the client&apos;s laptop.</source>
        <translation>Op bezoek geweest; portaal op de laptop van de klant laten zien.</translation>
    </message>
    <message>
        <source>Sent an information letter about the client portal.</source>
        <translation>Informatiebrief over het klantportaal verstuurd.</translation>
    </message>
    <message>
        <source>Sent a letter with a step-by-step plan and login instructions.</source>
        <translation>Brief met stappenplan en inloginstructie verstuurd.</translation>
    </message>
    <message>
        <source>Took part in the webinar &apos;Getting started with the client portal&apos;.</source>
        <translation>Deelgenomen aan webinar &apos;Aan de slag met het klantportaal&apos;.</translation>
    </message>
    <message>
        <source>Signed up for and attended the online demo.</source>
        <translation>Aangemeld en aanwezig bij de online demo.</translation>
    </message>
    <message>
        <source>Explained it; the client is thinking it over.</source>
        <translation>Uitleg gegeven, klant denkt erover na.</translation>
    </message>
    <message>
        <source>Handed over a leaflet.</source>
        <translation>Folder meegegeven.</translation>
    </message>
    <message>
        <source>Invitation sent.</source>
        <translation>Uitnodiging verstuurd.</translation>
    </message>
    <message>
        <source>Invitation sent with a how-to video.</source>
        <translation>Uitnodiging verstuurd met instructievideo.</translation>
    </message>
    <message>
        <source>Account activated.</source>
        <translation>Account geactiveerd.</translation>
    </message>
    <message>
        <source>Logged in together through the app.</source>
        <translation>Samen ingelogd via de app.</translation>
    </message>
    <message>
        <source>First bank statements uploaded.</source>
        <translation>Eerste bankafschriften geüpload.</translation>
    </message>
    <message>
        <source>First invoices through the portal.</source>
        <translation>Eerste facturen via het portaal.</translation>
    </message>
    <message>
        <source>Now delivers everything digitally.</source>
        <translation>Levert nu alles digitaal aan.</translation>
    </message>
    <message>
        <source>Uses the portal independently.</source>
        <translation>Gebruikt het portaal zelfstandig.</translation>
    </message>
    <message>
        <source>Invitation expired; explained again.</source>
        <translation>Uitnodiging verlopen; opnieuw uitgelegd.</translation>
    </message>
    <message>
        <source>Activation e-mail did not arrive; sent a new invitation.</source>
        <translation>Activatiemail kwam niet aan; nieuwe uitnodiging gestuurd.</translation>
    </message>
    <message>
        <source>Could not upload documents; starting again together.</source>
        <translation>Lukte niet om documenten te uploaden; samen opnieuw beginnen.</translation>
    </message>
    <message>
        <source>Had a talk; the client is giving it a miss for now.</source>
        <translation>Gesprek gehad; klant ziet er voorlopig van af.</translation>
    </message>
    <message>
        <source>The client does not want to switch to the portal.</source>
        <translation>Klant wil niet overstappen op het portaal.</translation>
    </message>
    <message>
        <source>Explained, but the client sticks to the old way.</source>
        <translation>Toegelicht, maar klant blijft bij de oude manier.</translation>
    </message>
    <message>
        <source>Sent the invitation to the client portal.</source>
        <translation>Uitnodiging voor het klantportaal verstuurd.</translation>
    </message>
    <message>
        <source>Helped with logging in and two-step verification.</source>
        <translation>Geholpen met inloggen en de tweestapsverificatie.</translation>
    </message>
    <message>
        <source>Called after the first upload; it went well.</source>
        <translation>Nagebeld na de eerste upload; ging goed.</translation>
    </message>
    <message>
        <source>Paid a compliment; the client is enthusiastic.</source>
        <translation>Compliment gegeven; klant is enthousiast.</translation>
    </message>
    <message>
        <source>The client wants to give it a try after all.</source>
        <translation>Klant wil het toch proberen.</translation>
    </message>
    <message>
        <source>Try again later.</source>
        <translation>Later nog eens proberen.</translation>
    </message>
    <message>
        <source>Call the client about the client portal</source>
        <translation>Klant bellen over het klantportaal</translation>
    </message>
    <message>
        <source>Send the information letter</source>
        <translation>Informatiebrief versturen</translation>
    </message>
    <message>
        <source>Discuss at the annual accounts meeting</source>
        <translation>Bespreken tijdens jaarrekeninggesprek</translation>
    </message>
    <message>
        <source>Send the invitation to the portal</source>
        <translation>Uitnodiging voor het portaal versturen</translation>
    </message>
    <message>
        <source>Call back: had more questions</source>
        <translation>Terugbellen: had nog vragen</translation>
    </message>
    <message>
        <source>Send a reminder: invitation not accepted yet</source>
        <translation>Herinnering sturen: uitnodiging nog niet geaccepteerd</translation>
    </message>
    <message>
        <source>Follow up the invitation by phone</source>
        <translation>Nabellen over uitnodiging</translation>
    </message>
    <message>
        <source>Help with the first upload of documents</source>
        <translation>Helpen met eerste upload van documenten</translation>
    </message>
    <message>
        <source>Explain the app</source>
        <translation>Uitleg geven over de app</translation>
    </message>
    <message>
        <source>Check that the client uses the portal</source>
        <translation>Controleren of klant het portaal gebruikt</translation>
    </message>
    <message>
        <source>Set up the bank link</source>
        <translation>Bankkoppeling instellen</translation>
    </message>
    <message>
        <source>Review meeting after three months</source>
        <translation>Evaluatiegesprek na drie maanden</translation>
    </message>
    <message>
        <source>Ask again in six months</source>
        <translation>Over een half jaar opnieuw polsen</translation>
    </message>
    <message>
        <source>Every year we chase hundreds of clients for receipts, bank statements and signed forms. That costs our staff evenings in the busy season and our clients patience.</source>
        <translation>Elk jaar jagen we honderden klanten na voor bonnetjes, bankafschriften en getekende formulieren. Dat kost onze medewerkers avonden in de drukke periode en onze klanten geduld.</translation>
    </message>
    <message>
        <source>With the client portal, clients deliver documents when it suits them and see what is still missing. We only succeed when our own people believe in it and our clients feel helped, not pushed.</source>
        <translation>Met het klantportaal leveren klanten stukken aan wanneer het hun uitkomt en zien ze wat er nog ontbreekt. Dat lukt alleen als onze eigen mensen erin geloven en onze klanten zich geholpen voelen, niet opgejaagd.</translation>
    </message>
    <message>
        <source>80% of our clients actively use the portal</source>
        <translation>80% van onze klanten gebruikt het portaal actief</translation>
    </message>
    <message>
        <source>Half the paper post compared with last year</source>
        <translation>De helft minder papieren post dan vorig jaar</translation>
    </message>
    <message>
        <source>Every team has a champion who helps colleagues</source>
        <translation>Elk team heeft een ambassadeur die collega&apos;s helpt</translation>
    </message>
    <message>
        <source>Choose the portal, set up the office, train the champions.</source>
        <translation>Portaal kiezen, het kantoor inrichten, de ambassadeurs opleiden.</translation>
    </message>
    <message>
        <source>Two teams invite their front-runner clients.</source>
        <translation>Twee teams nodigen hun voorlopers onder de klanten uit.</translation>
    </message>
    <message>
        <source>All teams invite their clients, segment by segment.</source>
        <translation>Alle teams nodigen hun klanten uit, segment voor segment.</translation>
    </message>
    <message>
        <source>The portal becomes the normal way to work together.</source>
        <translation>Het portaal wordt de gewone manier van samenwerken.</translation>
    </message>
    <message>
        <source>Champions trained</source>
        <translation>Ambassadeurs opgeleid</translation>
    </message>
    <message>
        <source>First 100 clients active</source>
        <translation>Eerste 100 klanten actief</translation>
    </message>
    <message>
        <source>Pilot evaluated with the partners</source>
        <translation>Pilot geëvalueerd met de vennoten</translation>
    </message>
    <message>
        <source>All segments invited</source>
        <translation>Alle segmenten uitgenodigd</translation>
    </message>
    <message>
        <source>Half of the clients active</source>
        <translation>De helft van de klanten actief</translation>
    </message>
    <message>
        <source>Paper post only on request</source>
        <translation>Papieren post alleen nog op verzoek</translation>
    </message>
    <message>
        <source>Goal reached: 80% active</source>
        <translation>Doel bereikt: 80% actief</translation>
    </message>
    <message>
        <source>Progress of the portal rollout (monthly)</source>
        <translation>Voortgang van de uitrol van het portaal (maandelijks)</translation>
    </message>
    <message>
        <source>Decision on charging for paper delivery</source>
        <translation>Besluit over kosten voor papieren aanlevering</translation>
    </message>
    <message>
        <source>Portal skills in every annual review</source>
        <translation>Portaalvaardigheid in elk jaargesprek</translation>
    </message>
    <message>
        <source>Champion hours recognised in the planning</source>
        <translation>Uren van ambassadeurs zichtbaar in de planning</translation>
    </message>
    <message>
        <source>Short video: uploading a receipt</source>
        <translation>Korte video: een bonnetje uploaden</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Alle klanten</translation>
    </message>
    <message>
        <source>Lunch session for the assistants</source>
        <translation>Lunchsessie voor de assistenten</translation>
    </message>
    <message>
        <source>Assistants</source>
        <translation>Assistenten</translation>
    </message>
    <message>
        <source>Portal on the partners&apos; meeting agenda</source>
        <translation>Portaal op de agenda van het vennotenoverleg</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Vennoten</translation>
    </message>
    <message>
        <source>Bonus points for every activated client</source>
        <translation>Bonuspunten voor elke geactiveerde klant</translation>
    </message>
    <message>
        <source>Champions</source>
        <translation>Ambassadeurs</translation>
    </message>
    <message>
        <source>Portal skills in the job profiles</source>
        <translation>Portaalvaardigheid in de functieprofielen</translation>
    </message>
    <message>
        <source>All staff</source>
        <translation>Alle medewerkers</translation>
    </message>
    <message>
        <source>Thanks for taking over my portal calls this week.</source>
        <translation>Bedankt dat je deze week mijn portaalgesprekken overnam.</translation>
    </message>
    <message>
        <source>Great explanation of the portal at the client evening.</source>
        <translation>Sterke uitleg van het portaal op de klantavond.</translation>
    </message>
    <message>
        <source>You got the Jansen family to upload their papers themselves!</source>
        <translation>Het is je gelukt dat de familie Jansen hun stukken zelf uploadt!</translation>
    </message>
    <message>
        <source>Helped me set up two-factor sign-in for a nervous client.</source>
        <translation>Je hielp me tweestapsverificatie in te stellen voor een zenuwachtige klant.</translation>
    </message>
    <message>
        <source>Finished the invitations well before the deadline.</source>
        <translation>De uitnodigingen ruim voor de deadline de deur uit.</translation>
    </message>
    <message>
        <source>Lunch voucher</source>
        <translation>Lunchbon</translation>
    </message>
    <message>
        <source>Cinema tickets for two</source>
        <translation>Twee bioscoopkaartjes</translation>
    </message>
    <message>
        <source>Extra half day off</source>
        <translation>Extra halve vrije dag</translation>
    </message>
    <message>
        <source>Donation to a charity of choice</source>
        <translation>Donatie aan een goed doel naar keuze</translation>
    </message>
</context>
<context>
    <name>DryRunPage</name>
    <message>
        <source>Dry run</source>
        <translation>Proefimport</translation>
    </message>
    <message>
        <source>Every row was checked as if importing, and nothing was written. Click Import to import for real: all in one go, or nothing at all.</source>
        <translation>Elke rij is gecontroleerd alsof er werd geïmporteerd, maar er is niets weggeschreven. Klik op Importeren om echt te importeren: alles in één keer, of helemaal niets.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Opnieuw controleren</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Rijen controleren…</translation>
    </message>
    <message>
        <source>The check was cancelled; nothing was imported. Click Check again to run it.</source>
        <translation>De controle is geannuleerd; er is niets geïmporteerd. Klik op Opnieuw controleren om haar opnieuw te doen.</translation>
    </message>
    <message>
        <source>Importing clients…</source>
        <translation>Klanten importeren…</translation>
    </message>
</context>
<context>
    <name>DueActionsModel</name>
    <message>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Volgende actie</translation>
    </message>
    <message>
        <source>{date} (overdue)</source>
        <translation>{date} (verlopen)</translation>
    </message>
</context>
<context>
    <name>DueModel</name>
    <message>
        <source>Client number</source>
        <translation>Klantnummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Archived since</source>
        <translation>Gearchiveerd sinds</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <source>Enroll clients in a project</source>
        <translation>Klanten inschrijven in een project</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Project:</translation>
    </message>
    <message>
        <source>&amp;All active clients ({count})</source>
        <translation>&amp;Alle actieve klanten ({count})</translation>
    </message>
    <message>
        <source>The clients in the &amp;list as filtered now ({count})</source>
        <translation>De klanten in de &amp;lijst zoals nu gefilterd ({count})</translation>
    </message>
    <message>
        <source>&amp;Enroll</source>
        <translation>&amp;Inschrijven</translation>
    </message>
    <message>
        <source>There is no project yet. Create a project first.</source>
        <translation>Er is nog geen project. Maak eerst een project aan.</translation>
    </message>
    <message>
        <source>This project has no stages yet. Add stages before enrolling clients.</source>
        <translation>Dit project heeft nog geen fasen. Voeg fasen toe voordat u klanten inschrijft.</translation>
    </message>
    <message>
        <source>New clients start in the stage &apos;{stage}&apos;. Clients already in the project stay where they are; archived clients are skipped.</source>
        <translation>Nieuwe klanten beginnen in de fase &apos;{stage}&apos;. Klanten die al in het project zitten, blijven waar ze zijn; gearchiveerde klanten worden overgeslagen.</translation>
    </message>
    <message>
        <source>Enrolling clients…</source>
        <translation>Klanten inschrijven…</translation>
    </message>
</context>
<context>
    <name>EntriesModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punten</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>(%1 held)</source>
        <translation>(%1 in afwachting)</translation>
    </message>
</context>
<context>
    <name>ErrorHandler</name>
    <message>
        <source>Draagvlak</source>
        <translation>Draagvlak</translation>
    </message>
    <message>
        <source>Database busy</source>
        <translation>Database bezet</translation>
    </message>
    <message>
        <source>Another task is saving to the database right now. Please try again in a moment; nothing was changed.</source>
        <translation>Er wordt op dit moment door een andere taak in de database opgeslagen. Probeer het zo dadelijk opnieuw; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Onverwachte fout</translation>
    </message>
    <message>
        <source>Something went wrong: {error}

Details were written to {path}.</source>
        <translation>Er is iets misgegaan: {error}

De details zijn weggeschreven naar {path}.</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>The export cannot be saved as {name}: {reason}</source>
        <translation>De export kan niet worden opgeslagen als {name}: {reason}</translation>
    </message>
    <message>
        <source>{name} is open in another program (a PDF viewer?). Close it there, or save under another name.</source>
        <translation>{name} is geopend in een ander programma (een pdf-lezer?). Sluit het daar, of sla op onder een andere naam.</translation>
    </message>
    <message>
        <source>{name} is open in another program (Excel?). Close it there, or save under another name.</source>
        <translation>{name} is geopend in een ander programma (Excel?). Sluit het daar, of sla op onder een andere naam.</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was saved.</source>
        <translation>De export is geannuleerd; er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Pdf-document (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>{name} wordt geschreven…</translation>
    </message>
    <message>
        <source>File in use</source>
        <translation>Bestand in gebruik</translation>
    </message>
    <message>
        <source>Save under another name…</source>
        <translation>Opslaan onder een andere naam…</translation>
    </message>
    <message>
        <source>Open it now?</source>
        <translation>Nu openen?</translation>
    </message>
    <message>
        <source>Export saved</source>
        <translation>Export opgeslagen</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>Geen project</translation>
    </message>
    <message>
        <source>Create a project first: exports are per project.</source>
        <translation>Maak eerst een project aan: deze exports zijn per project.</translation>
    </message>
    <message>
        <source>Choose a project</source>
        <translation>Kies een project</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>Project:</translation>
    </message>
    <message>
        <source>Export call lists</source>
        <translation>Bellijsten exporteren</translation>
    </message>
    <message>
        <source>Call lists {project} {day}.xlsx</source>
        <translation>Bellijsten {project} {day}.xlsx</translation>
    </message>
    <message>
        <source>Export overview</source>
        <translation>Overzicht exporteren</translation>
    </message>
    <message>
        <source>Overview {project} {day}.xlsx</source>
        <translation>Overzicht {project} {day}.xlsx</translation>
    </message>
    <message numerus="yes">
        <source>Saved {name} (%n rows).</source>
        <translation>
            <numerusform>{name} is opgeslagen (%n rij).</numerusform>
            <numerusform>{name} is opgeslagen (%n rijen).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <source>Print rollout plan</source>
        <translation>Uitrolplan afdrukken</translation>
    </message>
    <message>
        <source>Create a project first: the rollout plan belongs to a project.</source>
        <translation>Maak eerst een project aan: het uitrolplan hoort bij een project.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the client list</source>
        <translation>Kies de klantenlijst</translation>
    </message>
    <message>
        <source>Export the clients from your practice or bookkeeping software as CSV or Excel (.xlsx) and choose that file. Nothing is imported until the last step.</source>
        <translation>Exporteer de klanten uit uw praktijk- of boekhoudsoftware als CSV of Excel (.xlsx) en kies dat bestand. Er wordt pas bij de laatste stap iets geïmporteerd.</translation>
    </message>
    <message>
        <source>File (.csv or .xlsx)</source>
        <translation>Bestand (.csv of .xlsx)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Be&amp;stand:</translation>
    </message>
    <message>
        <source>The first &amp;row holds data, not column names</source>
        <translation>De eerste &amp;rij bevat gegevens, geen kolomnamen</translation>
    </message>
    <message>
        <source>For a file without a header row: its columns are then called Column 1, Column 2, … and matched to fields by their content</source>
        <translation>Voor een bestand zonder kopregel: de kolommen heten dan Kolom 1, Kolom 2, … en worden op hun inhoud aan velden gekoppeld</translation>
    </message>
    <message>
        <source>Client lists (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Klantenlijsten (*.csv *.xlsx *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Bestand lezen…</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Search name, number, city or e-mail</source>
        <translation>Zoek op naam, nummer, plaats of e-mail</translation>
    </message>
    <message>
        <source>Champion</source>
        <translation>Ambassadeur</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Client type</source>
        <translation>Soort klant</translation>
    </message>
    <message>
        <source>All client types</source>
        <translation>Alle soorten klanten</translation>
    </message>
    <message>
        <source>S&amp;talled only</source>
        <translation>Alleen s&amp;tilgevallen</translation>
    </message>
    <message>
        <source>M&amp;y clients</source>
        <translation>M&amp;ijn klanten</translation>
    </message>
    <message>
        <source>Show only the clients you are champion of</source>
        <translation>Alleen de klanten tonen waarvan u ambassadeur bent</translation>
    </message>
    <message>
        <source>All champions</source>
        <translation>Alle ambassadeurs</translation>
    </message>
    <message>
        <source>No champion</source>
        <translation>Geen ambassadeur</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>Alle segmenten</translation>
    </message>
    <message>
        <source>Champion&apos;s &amp;page</source>
        <translation>Ambassadeurs&amp;pagina</translation>
    </message>
    <message>
        <source>The chosen champion&apos;s portfolio: stages, conversion, stalled, actions due</source>
        <translation>De portefeuille van de gekozen ambassadeur: fases, conversie, stilgevallen klanten, acties die eraan komen</translation>
    </message>
</context>
<context>
    <name>FunnelChart</name>
    <message>
        <source>Click a stage to list the clients that reached it</source>
        <translation>Klik op een fase voor de lijst van klanten die haar hebben bereikt</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Hand over clients</source>
        <translation>Klanten overdragen</translation>
    </message>
    <message numerus="yes">
        <source>{name} is champion of %n active clients. Who takes them over? The hand-over is written into each client&apos;s history.</source>
        <translation>
            <numerusform>{name} is ambassadeur van %n actieve klant. Wie neemt die over? De overdracht wordt vastgelegd in de historie van de klant.</numerusform>
            <numerusform>{name} is ambassadeur van %n actieve klanten. Wie neemt ze over? De overdracht wordt vastgelegd in de historie van elke klant.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;One champion takes all of them:</source>
        <translation>Eén &amp;ambassadeur neemt ze allemaal over:</translation>
    </message>
    <message>
        <source>&amp;Spread them over the champions by free capacity</source>
        <translation>&amp;Verdelen over de ambassadeurs naar vrije capaciteit</translation>
    </message>
    <message>
        <source>Decide &amp;later ({name} keeps them until then)</source>
        <translation>&amp;Later beslissen ({name} houdt ze tot dan)</translation>
    </message>
    <message>
        <source>&amp;Hand over</source>
        <translation>&amp;Overdragen</translation>
    </message>
    <message>
        <source>{name} ({clients} clients)</source>
        <translation>{name} ({clients} klanten)</translation>
    </message>
    <message>
        <source>{name} ({clients} of {capacity} clients)</source>
        <translation>{name} ({clients} van {capacity} klanten)</translation>
    </message>
    <message>
        <source>No champion has a capacity set.</source>
        <translation>Geen enkele ambassadeur heeft een capaciteit ingesteld.</translation>
    </message>
    <message>
        <source>Only champions with a capacity and no end date take part.</source>
        <translation>Alleen ambassadeurs met een capaciteit en zonder einddatum doen mee.</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
</context>
<context>
    <name>Health</name>
    <message>
        <source>every page, index and constraint (SQLite)</source>
        <translation>elke pagina, index en beperking (SQLite)</translation>
    </message>
    <message>
        <source>every table readable</source>
        <translation>elke tabel leesbaar</translation>
    </message>
    <message>
        <source>every kept stay in a stage matches a real move</source>
        <translation>elk bijgehouden verblijf in een fase hoort bij een echte verplaatsing</translation>
    </message>
    <message>
        <source>every enrollment and stay holds its client&apos;s champion</source>
        <translation>elke inschrijving en elk verblijf noemt de ambassadeur van zijn klant</translation>
    </message>
    <message>
        <source>every index valid (PostgreSQL)</source>
        <translation>elke index geldig (PostgreSQL)</translation>
    </message>
    <message>
        <source>every constraint validated (PostgreSQL)</source>
        <translation>elke beperking gevalideerd (PostgreSQL)</translation>
    </message>
    <message>
        <source>index {name} is invalid: rebuild it with REINDEX</source>
        <translation>index {name} is ongeldig: bouw hem opnieuw op met REINDEX</translation>
    </message>
    <message>
        <source>constraint {name} is not validated</source>
        <translation>beperking {name} is niet gevalideerd</translation>
    </message>
    <message>
        <source>the structure of every B-tree index (amcheck)</source>
        <translation>de opbouw van elke B-tree-index (amcheck)</translation>
    </message>
    <message>
        <source>every points balance equals its ledger sum</source>
        <translation>elk puntensaldo gelijk aan de som van zijn boekingen</translation>
    </message>
    <message>
        <source>{count} kept stays in stages disagree with the history</source>
        <translation>{count} bijgehouden verblijven in fasen kloppen niet met de geschiedenis</translation>
    </message>
    <message>
        <source>{count} moves have no kept stay in a stage</source>
        <translation>{count} verplaatsingen hebben geen bijgehouden verblijf in een fase</translation>
    </message>
    <message>
        <source>{count} enrollments or stays hold another champion or archived flag than their client</source>
        <translation>{count} inschrijvingen of verblijven noemen een andere ambassadeur of archiefstatus dan hun klant</translation>
    </message>
</context>
<context>
    <name>HeatmapModel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Barrier point</source>
        <translation>Knelpunt</translation>
    </message>
    <message>
        <source>Change of the average score since the previous round</source>
        <translation>Verschil van de gemiddelde score met de vorige meting</translation>
    </message>
    <message>
        <source>{change} since the previous round</source>
        <translation>{change} ten opzichte van de vorige meting</translation>
    </message>
    <message>
        <source>Firm average</source>
        <translation>Gemiddelde kantoor</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>+/−</source>
        <translation>+/−</translation>
    </message>
    <message>
        <source>rising {speed} per round</source>
        <translation>stijgt {speed} per meting</translation>
    </message>
    <message>
        <source>one round so far</source>
        <translation>nog maar één meting</translation>
    </message>
    <message>
        <source>Average {average}, {speed}</source>
        <translation>Gemiddeld {average}, {speed}</translation>
    </message>
    <message>
        <source>Chosen by hand; by the rule: {category}</source>
        <translation>Zelf gekozen; volgens de regel: {category}</translation>
    </message>
</context>
<context>
    <name>HeldAwardsModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punten</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <source>No name was chosen; nothing was changed.</source>
        <translation>Er is geen naam gekozen; er is niets gewijzigd.</translation>
    </message>
</context>
<context>
    <name>IdentityButton</name>
    <message>
        <source>Moves are recorded under this name</source>
        <translation>Verplaatsingen worden onder deze naam vastgelegd</translation>
    </message>
    <message>
        <source>Working as {name}</source>
        <translation>U werkt als {name}</translation>
    </message>
    <message>
        <source>Who are you?</source>
        <translation>Wie bent u?</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>Who are you?</source>
        <translation>Wie bent u?</translation>
    </message>
    <message>
        <source>Draagvlak records who moves a client. Choose your name; this PC remembers it and you can change it later on the board.</source>
        <translation>Draagvlak legt vast wie een klant verplaatst. Kies uw naam; deze pc onthoudt die en u kunt deze later op het bord wijzigen.</translation>
    </message>
    <message>
        <source>Type to find your name</source>
        <translation>Typ om uw naam te zoeken</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>client number</source>
        <translation>klantnummer</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>e-mailadres</translation>
    </message>
    <message>
        <source>KvK number</source>
        <translation>KvK-nummer</translation>
    </message>
    <message>
        <source>KvK number and name</source>
        <translation>KvK-nummer en naam</translation>
    </message>
    <message>
        <source>name and postcode</source>
        <translation>naam en postcode</translation>
    </message>
    <message>
        <source>name and e-mail address</source>
        <translation>naam en e-mailadres</translation>
    </message>
    <message>
        <source>name and city</source>
        <translation>naam en plaats</translation>
    </message>
    <message>
        <source>Column {letter}</source>
        <translation>Kolom {letter}</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>Het importeren is geannuleerd.</translation>
    </message>
    <message>
        <source>client {number}: {name}</source>
        <translation>klant {number}: {name}</translation>
    </message>
    <message>
        <source>row {row}: {name}</source>
        <translation>rij {row}: {name}</translation>
    </message>
    <message>
        <source>Client number {number} is taken; a new client cannot be created with it.</source>
        <translation>Klantnummer {number} is al in gebruik; er kan geen nieuwe klant mee worden aangemaakt.</translation>
    </message>
    <message>
        <source>Client {number} exists already (same {key}) with other values for: {fields}. Not updated; choose to update stored clients (--on-duplicate update) to update it.</source>
        <translation>Klant {number} bestaat al (zelfde {key}) met andere waarden voor: {fields}. Niet bijgewerkt; kies voor bijwerken van bestaande klanten (--on-duplicate update) om de klant bij te werken.</translation>
    </message>
    <message>
        <source>The same client as row {row} (same {key}); this row was not imported.</source>
        <translation>Dezelfde klant als rij {row} (zelfde {key}); deze rij is niet geïmporteerd.</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is not an import field. Fields: {fields}.</source>
        <translation>&apos;{field}&apos; is geen importveld. Velden: {fields}.</translation>
    </message>
    <message>
        <source>The file has no column &apos;{column}&apos;. Its columns: {columns}.</source>
        <translation>Het bestand heeft geen kolom &apos;{column}&apos;. De kolommen: {columns}.</translation>
    </message>
    <message>
        <source>Both &apos;{first}&apos; and &apos;{second}&apos; are mapped to {field}.</source>
        <translation>Zowel &apos;{first}&apos; als &apos;{second}&apos; is gekoppeld aan {field}.</translation>
    </message>
    <message>
        <source>Choose the column that holds the client&apos;s name. Columns: {columns}.</source>
        <translation>Kies de kolom met de naam van de klant. Kolommen: {columns}.</translation>
    </message>
    <message>
        <source>The mapping file {name} cannot be read: {error}</source>
        <translation>Het koppelingsbestand {name} kan niet worden gelezen: {error}</translation>
    </message>
    <message>
        <source>The mapping file {name} is nested too deeply to be a column mapping; it must be one JSON object like {{&quot;Naam&quot;: &quot;name&quot;}}.</source>
        <translation>Het koppelingsbestand {name} is te diep genest voor een kolomkoppeling; het moet één JSON-object zijn, zoals {{&quot;Naam&quot;: &quot;name&quot;}}.</translation>
    </message>
    <message>
        <source>The mapping file {name} must be a JSON object like {{&quot;Relatiecode&quot;: &quot;client_number&quot;, &quot;Naam&quot;: &quot;name&quot;}}.</source>
        <translation>Het koppelingsbestand {name} moet een JSON-object zijn, zoals {{&quot;Relatiecode&quot;: &quot;client_number&quot;, &quot;Naam&quot;: &quot;name&quot;}}.</translation>
    </message>
    <message>
        <source>The file {name} is empty.</source>
        <translation>Het bestand {name} is leeg.</translation>
    </message>
    <message>
        <source>The file {name} is password-protected or in the old Excel 97-2003 format. Open it in Excel, remove the password and save it as .xlsx (Excel workbook).</source>
        <translation>Het bestand {name} is met een wachtwoord beveiligd of in de oude Excel 97-2003-indeling. Open het in Excel, verwijder het wachtwoord en sla het op als .xlsx (Excel-werkmap).</translation>
    </message>
    <message>
        <source>it looks like CSV text</source>
        <translation>het lijkt op CSV-tekst</translation>
    </message>
    <message>
        <source>its content is unknown</source>
        <translation>de inhoud is onbekend</translation>
    </message>
    <message>
        <source>The file {name} is named .xlsx but is not an Excel workbook ({kind}). If it is a CSV export, give it the .csv extension.</source>
        <translation>Het bestand {name} heet .xlsx maar is geen Excel-werkmap ({kind}). Is het een CSV-export, geef het dan de extensie .csv.</translation>
    </message>
    <message>
        <source>The file {name} does not exist.</source>
        <translation>Het bestand {name} bestaat niet.</translation>
    </message>
    <message>
        <source>The file {name} cannot be read: another program (Excel?) has locked it. Close it there and try again.</source>
        <translation>Het bestand {name} kan niet worden gelezen: een ander programma (Excel?) heeft het vergrendeld. Sluit het daar en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The file {name} cannot be read: {error}</source>
        <translation>Het bestand {name} kan niet worden gelezen: {error}</translation>
    </message>
    <message>
        <source>{name} is not an ordinary file (it is a folder, a pipe or a device) and cannot be read. Choose a saved CSV or XLSX file.</source>
        <translation>{name} is geen gewoon bestand (het is een map, een pipe of een apparaat) en kan niet worden gelezen. Kies een opgeslagen CSV- of XLSX-bestand.</translation>
    </message>
    <message>
        <source>The file {name} is {size} MB; CSV files up to {limit} MB can be imported. Split it, or save it as an Excel workbook (.xlsx).</source>
        <translation>Het bestand {name} is {size} MB; CSV-bestanden tot {limit} MB kunnen worden geïmporteerd. Splits het, of sla het op als Excel-werkmap (.xlsx).</translation>
    </message>
    <message>
        <source>Row {row} of {name}: a quote (&quot;) is not closed, so the rows after it were read as one value: {start}… Correct the file and try again.</source>
        <translation>Rij {row} van {name}: een aanhalingsteken (&quot;) wordt niet gesloten, zodat de rijen erna als één waarde zijn gelezen: {start}… Verbeter het bestand en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The character encoding of this file is not certain; it was read as {encoding}. Check these values: {names}. If letters look wrong, save the file again as CSV UTF-8 and import that.</source>
        <translation>De tekenset van dit bestand is niet zeker; het is gelezen als {encoding}. Controleer deze waarden: {names}. Zien letters er verkeerd uit, sla het bestand dan opnieuw op als CSV UTF-8 en importeer dat.</translation>
    </message>
    <message>
        <source>Row {row} of {name} has a value longer than {limit} characters: a quote (&quot;) is probably not closed. Correct the file and try again.</source>
        <translation>Rij {row} van {name} heeft een waarde van meer dan {limit} tekens: waarschijnlijk is een aanhalingsteken (&quot;) niet gesloten. Verbeter het bestand en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Row {row} of {name} cannot be read as CSV: {error}</source>
        <translation>Rij {row} van {name} kan niet als CSV worden gelezen: {error}</translation>
    </message>
    <message>
        <source>The file {name} cannot be read as {encoding}: it holds bytes that encoding does not have. Choose another encoding.</source>
        <translation>Het bestand {name} kan niet als {encoding} worden gelezen: het bevat bytes die die tekenset niet kent. Kies een andere tekenset.</translation>
    </message>
    <message>
        <source>The file {name} contains a NUL character (at position {position}): it is not a text (CSV) file, or it is damaged. Export it again.</source>
        <translation>Het bestand {name} bevat een NUL-teken (op positie {position}): het is geen tekstbestand (CSV) of het is beschadigd. Exporteer het opnieuw.</translation>
    </message>
    <message>
        <source>The file {name} is not a text (CSV) file or uses an unknown character encoding. Export it again as CSV (UTF-8 or Windows) or as an Excel workbook.</source>
        <translation>Het bestand {name} is geen tekstbestand (CSV) of gebruikt een onbekende tekencodering. Exporteer het opnieuw als CSV (UTF-8 of Windows) of als Excel-werkmap.</translation>
    </message>
    <message>
        <source>The file {name} is damaged or not an Excel workbook ({error}). Open it in Excel and save it again, or export it again.</source>
        <translation>Het bestand {name} is beschadigd of geen Excel-werkmap ({error}). Open het in Excel en sla het opnieuw op, of exporteer het opnieuw.</translation>
    </message>
    <message>
        <source>The workbook {name} has no worksheets.</source>
        <translation>De werkmap {name} heeft geen werkbladen.</translation>
    </message>
    <message>
        <source>The workbook has no sheet named &apos;{sheet}&apos;. Sheets: {sheets}.</source>
        <translation>De werkmap heeft geen werkblad met de naam &apos;{sheet}&apos;. Werkbladen: {sheets}.</translation>
    </message>
    <message>
        <source>The sheet &apos;{sheet}&apos; is hidden in Excel.</source>
        <translation>Het werkblad &apos;{sheet}&apos; is verborgen in Excel.</translation>
    </message>
    <message>
        <source>The sheet &apos;{sheet}&apos; of {name} is empty.</source>
        <translation>Het werkblad &apos;{sheet}&apos; van {name} is leeg.</translation>
    </message>
    <message numerus="yes">
        <source>%n formula cells have no saved result and read as empty. Open the file in Excel and save it to store the results.</source>
        <translation>
            <numerusform>%n cel met een formule heeft geen opgeslagen resultaat en wordt als leeg gelezen. Open het bestand in Excel en sla het op om de resultaten te bewaren.</numerusform>
            <numerusform>%n cellen met een formule hebben geen opgeslagen resultaat en worden als leeg gelezen. Open het bestand in Excel en sla het op om de resultaten te bewaren.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file {name} has column headers but no rows with data.</source>
        <translation>Het bestand {name} heeft kolomkoppen maar geen rijen met gegevens.</translation>
    </message>
    <message>
        <source>Column {number}</source>
        <translation>Kolom {number}</translation>
    </message>
    <message>
        <source>No row with column headers was found in the first {count} rows of {name}.</source>
        <translation>In de eerste {count} rijen van {name} is geen rij met kolomkoppen gevonden.</translation>
    </message>
    <message>
        <source>{created} created, {updated} updated, {unchanged} unchanged, {skipped} skipped</source>
        <translation>{created} aangemaakt, {updated} bijgewerkt, {unchanged} ongewijzigd, {skipped} overgeslagen</translation>
    </message>
    <message>
        <source>Nothing was imported: rows with errors: {rows}. Correct them in the file, or choose to skip rows with errors. (Without errors: {counts}.)</source>
        <translation>Er is niets geïmporteerd: rijen met fouten: {rows}. Verbeter ze in het bestand, of kies ervoor rijen met fouten over te slaan. (Zonder fouten: {counts}.)</translation>
    </message>
    <message>
        <source>Dry run, nothing was written. It would give: {counts}.</source>
        <translation>Proefimport, er is niets weggeschreven. Het resultaat zou zijn: {counts}.</translation>
    </message>
    <message>
        <source>Imported: {counts}.</source>
        <translation>Geïmporteerd: {counts}.</translation>
    </message>
    <message>
        <source>Columns used:</source>
        <translation>Gebruikte kolommen:</translation>
    </message>
    <message numerus="yes">
        <source>%n clients enrolled in the project.</source>
        <translation>
            <numerusform>%n klant ingeschreven in het project.</numerusform>
            <numerusform>%n klanten ingeschreven in het project.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No staff member is called &apos;{name}&apos; (%n rows): those clients stay without a champion (--create-staff adds them as staff members).</source>
        <translation>
            <numerusform>Geen medewerker heet &apos;{name}&apos; (%n rij): die klant blijft zonder ambassadeur (--create-staff voegt hen toe als medewerker).</numerusform>
            <numerusform>Geen medewerker heet &apos;{name}&apos; (%n rijen): die klanten blijven zonder ambassadeur (--create-staff voegt hen toe als medewerker).</numerusform>
        </translation>
    </message>
    <message>
        <source>New staff member: {name}.</source>
        <translation>Nieuwe medewerker: {name}.</translation>
    </message>
    <message>
        <source>Possible duplicates (same {key} {value}), imported apart: {members}</source>
        <translation>Mogelijke dubbele klanten (zelfde {key} {value}), apart geïmporteerd: {members}</translation>
    </message>
    <message>
        <source>Row {row}: {number} {name}: updated {fields}</source>
        <translation>Rij {row}: {number} {name}: bijgewerkt {fields}</translation>
    </message>
    <message>
        <source>error</source>
        <translation>fout</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>waarschuwing</translation>
    </message>
    <message>
        <source>Row {row}</source>
        <translation>Rij {row}</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>The report cannot be saved as {name}: {reason}</source>
        <translation>Het rapport kan niet worden opgeslagen als {name}: {reason}</translation>
    </message>
    <message>
        <source>that is the file being imported</source>
        <translation>dat is het bestand dat wordt geïmporteerd</translation>
    </message>
    <message>
        <source>that is a folder</source>
        <translation>dat is een map</translation>
    </message>
    <message>
        <source>that is not an ordinary file (it is a device or a pipe)</source>
        <translation>dat is geen gewoon bestand (het is een apparaat of een pipe)</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>de map {folder} bestaat niet</translation>
    </message>
    <message>
        <source>the file is open in another program (Excel?) or the folder is read-only; close it and try again</source>
        <translation>het bestand is geopend in een ander programma (Excel?) of de map is alleen-lezen; sluit het en probeer het opnieuw</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemen</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Afgewezen rijen</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Wijzigingen</translation>
    </message>
    <message>
        <source>Client number</source>
        <translation>Klantnummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Changed fields</source>
        <translation>Gewijzigde velden</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Mogelijke dubbelen</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Gedeeld</translation>
    </message>
    <message>
        <source>Clients and rows</source>
        <translation>Klanten en rijen</translation>
    </message>
    <message>
        <source>Unknown staff</source>
        <translation>Onbekende medewerkers</translation>
    </message>
    <message>
        <source>Name in the file</source>
        <translation>Naam in het bestand</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rijen</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Koppeling</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolom in het bestand</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Importrapport</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Werkblad</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Gelezen rijen</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Bijgewerkt</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Ongewijzigd</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Overgeslagen</translation>
    </message>
    <message>
        <source>Enrolled in the project</source>
        <translation>Ingeschreven in het project</translation>
    </message>
    <message>
        <source>Rows with errors</source>
        <translation>Rijen met fouten</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Waarschuwingen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>{reason} Kept as written.</source>
        <translation>{reason} Overgenomen zoals het er staat.</translation>
    </message>
    <message>
        <source>Unknown legal form &apos;{value}&apos;; the client type is &apos;other&apos;.</source>
        <translation>Onbekende rechtsvorm &apos;{value}&apos;; de soort klant wordt &apos;overig&apos;.</translation>
    </message>
    <message>
        <source>No staff member is called &apos;{value}&apos; (name or initials); the client stays without a champion.</source>
        <translation>Er is geen medewerker met de naam of initialen &apos;{value}&apos;; de klant blijft zonder ambassadeur.</translation>
    </message>
    <message>
        <source>Unknown segment &apos;{value}&apos;; the client stays without one.</source>
        <translation>Onbekend segment &apos;{value}&apos;; de klant blijft zonder segment.</translation>
    </message>
    <message>
        <source>Longer than {limit} characters.</source>
        <translation>Langer dan {limit} tekens.</translation>
    </message>
    <message>
        <source>{reason} Left out.</source>
        <translation>{reason} Weggelaten.</translation>
    </message>
    <message>
        <source>A formula without a saved result (the file was never recalculated in Excel); read as empty.</source>
        <translation>Een formule zonder opgeslagen resultaat (het bestand is nooit opnieuw berekend in Excel); als leeg gelezen.</translation>
    </message>
    <message>
        <source>There is no import to undo.</source>
        <translation>Er is geen import om ongedaan te maken.</translation>
    </message>
    <message>
        <source>There is no import {id}.</source>
        <translation>Er is geen import {id}.</translation>
    </message>
    <message>
        <source>Import {id} ({file}) was undone already.</source>
        <translation>Import {id} ({file}) is al ongedaan gemaakt.</translation>
    </message>
    <message>
        <source> and {count} more</source>
        <translation> en nog {count}</translation>
    </message>
    <message>
        <source>Import {id} ({file}) cannot be undone: these clients were changed since: {clients}. Nothing was changed.</source>
        <translation>Import {id} ({file}) kan niet ongedaan worden gemaakt: deze klanten zijn sindsdien gewijzigd: {clients}. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>client {id} (deleted)</source>
        <translation>klant {id} (verwijderd)</translation>
    </message>
</context>
<context>
    <name>ImportField</name>
    <message>
        <source>Client number</source>
        <translation>Klantnummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Client type (legal form)</source>
        <translation>Soort klant (rechtsvorm)</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Champion (relationship manager)</source>
        <translation>Ambassadeur (relatiebeheerder)</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <source>Contact person: first name</source>
        <translation>Contactpersoon: voornaam</translation>
    </message>
    <message>
        <source>Contact person: name prefix (tussenvoegsel)</source>
        <translation>Contactpersoon: tussenvoegsel</translation>
    </message>
    <message>
        <source>Contact person: last name</source>
        <translation>Contactpersoon: achternaam</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Mobiel nummer</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Adres (straat en huisnummer)</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>KvK number</source>
        <translation>KvK-nummer</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <source>Client since</source>
        <translation>Klant sinds</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>Import history</source>
        <translation>Importgeschiedenis</translation>
    </message>
    <message>
        <source>Undo removes the clients an import created and restores the fields it updated. It is refused when those clients were changed since.</source>
        <translation>Ongedaan maken verwijdert de klanten die een import aanmaakte en herstelt de velden die hij bijwerkte. Dat wordt geweigerd als die klanten sindsdien zijn gewijzigd.</translation>
    </message>
    <message>
        <source>&amp;Undo import…</source>
        <translation>Import &amp;ongedaan maken…</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Import ongedaan maken</translation>
    </message>
    <message>
        <source>Undo import {id} ({file})? The {created} clients it created are removed and the {updated} clients it updated get their previous values back.</source>
        <translation>Import {id} ({file}) ongedaan maken? De {created} aangemaakte klanten worden verwijderd en de {updated} bijgewerkte klanten krijgen hun vorige waarden terug.</translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>Import ongedaan maken…</translation>
    </message>
    <message>
        <source>Import {id} ({file}) undone: {deleted} clients removed, {restored} restored.</source>
        <translation>Import {id} ({file}) ongedaan gemaakt: {deleted} klanten verwijderd, {restored} hersteld.</translation>
    </message>
</context>
<context>
    <name>ImportHistoryModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Bijgewerkt</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Ongewijzigd</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Overgeslagen</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Ongedaan gemaakt</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import clients</source>
        <translation>Klanten importeren</translation>
    </message>
</context>
<context>
    <name>IncentivesModel</name>
    <message>
        <source>Client number</source>
        <translation>Klantnummer</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Incentive</source>
        <translation>Beloning</translation>
    </message>
    <message>
        <source>Marked</source>
        <translation>Aangemerkt</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Gefactureerd</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
</context>
<context>
    <name>IncentivesPage</name>
    <message>
        <source>P&amp;roject:</source>
        <translation>P&amp;roject:</translation>
    </message>
    <message>
        <source>for example 10% off the annual fee</source>
        <translation>bijvoorbeeld 10% korting op het jaartarief</translation>
    </message>
    <message>
        <source>&amp;Incentive:</source>
        <translation>&amp;Beloning:</translation>
    </message>
    <message>
        <source>Active before</source>
        <translation>Actief vóór</translation>
    </message>
    <message>
        <source>Clients:</source>
        <translation>Klanten:</translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation>&amp;Segment:</translation>
    </message>
    <message>
        <source>&amp;Mark clients</source>
        <translation>Klanten &amp;aanmerken</translation>
    </message>
    <message>
        <source>Mark as in&amp;voiced</source>
        <translation>Als ge&amp;factureerd markeren</translation>
    </message>
    <message>
        <source>Every segment</source>
        <translation>Elk segment</translation>
    </message>
</context>
<context>
    <name>Interventions</name>
    <message>
        <source>Explain why we change: the portal and its benefits</source>
        <translation>Uitleggen waarom we veranderen: het portaal en wat het oplevert</translation>
    </message>
    <message>
        <source>Conversation with the sponsor (partner)</source>
        <translation>Gesprek met de sponsor (partner)</translation>
    </message>
    <message>
        <source>One-to-one conversation about doubts and concerns</source>
        <translation>Eén-op-ééngesprek over twijfels en zorgen</translation>
    </message>
    <message>
        <source>Incentive for moving clients to the portal</source>
        <translation>Beloning voor klanten die naar het portaal overgaan</translation>
    </message>
    <message>
        <source>Training in working with the client portal</source>
        <translation>Training werken met het klantportaal</translation>
    </message>
    <message>
        <source>Practice with real clients, coached by a champion</source>
        <translation>Oefenen met echte klanten, begeleid door een ambassadeur</translation>
    </message>
    <message>
        <source>Recognition of results in the team meeting</source>
        <translation>Resultaten benoemen in het teamoverleg</translation>
    </message>
    <message>
        <source>Follow-up conversation after a month</source>
        <translation>Vervolggesprek na een maand</translation>
    </message>
    <message>
        <source>Line {number} needs a title.</source>
        <translation>Regel {number} heeft een titel nodig.</translation>
    </message>
    <message>
        <source>No barrier point: no step needed.</source>
        <translation>Geen knelpunt: er is geen stap nodig.</translation>
    </message>
    <message>
        <source>The library has no step for {element} yet.</source>
        <translation>De bibliotheek heeft nog geen stap voor {element}.</translation>
    </message>
</context>
<context>
    <name>LeaderboardPage</name>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <source>&amp;Shown as:</source>
        <translation>&amp;Weergave:</translation>
    </message>
    <message>
        <source>Do not rank me (my points stay mine)</source>
        <translation>Mij niet in de ranglijst opnemen (mijn punten blijven van mij)</translation>
    </message>
    <message>
        <source>A partner, office manager or HR chooses this.</source>
        <translation>Een vennoot, de officemanager of HR kiest dit.</translation>
    </message>
    <message>
        <source>The office has switched the leaderboard off.</source>
        <translation>Het kantoor heeft de ranglijst uitgezet.</translation>
    </message>
    <message numerus="yes">
        <source>You earned %n points in this period.</source>
        <translation>
            <numerusform>Je verdiende %n punt in deze periode.</numerusform>
            <numerusform>Je verdiende %n punten in deze periode.</numerusform>
        </translation>
    </message>
    <message>
        <source>Shown: the five places above and below you.</source>
        <translation>Getoond: de vijf plaatsen boven en onder jou.</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Iedereen</translation>
    </message>
</context>
<context>
    <name>LibraryDialog</name>
    <message>
        <source>Intervention library</source>
        <translation>Interventiebibliotheek</translation>
    </message>
    <message>
        <source>The steps offered for each barrier point. The first step of an element is the one suggested; accepting a step plans it as a measure.</source>
        <translation>De stappen die bij elk knelpunt worden aangeboden. De eerste stap van een element is de voorgestelde; wie een stap aanneemt, plant die als maatregel.</translation>
    </message>
    <message>
        <source>Barrier point</source>
        <translation>Knelpunt</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>Regel &amp;toevoegen</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>Regel &amp;verwijderen</translation>
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <translation>&amp;Standaard terugzetten</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Standaard terugzetten</translation>
    </message>
    <message>
        <source>Replace this list with the defaults?</source>
        <translation>Deze lijst vervangen door de standaardlijst?</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Import clients…</source>
        <translation>Klanten &amp;importeren…</translation>
    </message>
    <message>
        <source>Import &amp;history…</source>
        <translation>Import&amp;geschiedenis…</translation>
    </message>
    <message>
        <source>&amp;Print rollout plan…</source>
        <translation>&amp;Uitrolplan afdrukken…</translation>
    </message>
    <message>
        <source>Export &amp;call lists…</source>
        <translation>Be&amp;llijsten exporteren…</translation>
    </message>
    <message>
        <source>Export o&amp;verview…</source>
        <translation>&amp;Overzicht exporteren…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Back-ups…</translation>
    </message>
    <message>
        <source>&amp;Retention…</source>
        <translation>Bewaar&amp;termijn…</translation>
    </message>
    <message>
        <source>&amp;Office settings…</source>
        <translation>&amp;Kantoorinstellingen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Draagvlak</source>
        <translation>&amp;Over Draagvlak</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>The new language is used the next time you start Draagvlak.</source>
        <translation>De nieuwe taal wordt gebruikt wanneer u Draagvlak de volgende keer start.</translation>
    </message>
    <message>
        <source>About Draagvlak</source>
        <translation>Over Draagvlak</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Draagvlak {version}&lt;/h3&gt;&lt;p&gt;Bring an accounting firm&apos;s staff and clients along with new ICT, such as a client portal: readiness assessments (ADKAR), staff champions, the client list and its import, onboarding projects with stages and an approach per segment, a board to move clients on, a dashboard with a forecast, rewards, the rollout plan as a PDF and Excel overviews, and backups.&lt;/p&gt;&lt;p&gt;All data stays on your own PC or server.&lt;/p&gt;&lt;p&gt;Database: {database}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Draagvlak {version}&lt;/h3&gt;&lt;p&gt;Neem de medewerkers en klanten van een accountantskantoor mee in nieuwe ICT, zoals een klantportaal: organisatiemetingen (ADKAR), ambassadeurs, de klantenlijst en het importeren ervan, onboardingprojecten met fasen en een aanpak per segment, een bord om klanten verder te brengen, een dashboard met een prognose, beloningen, het uitrolplan als pdf en Excel-overzichten, en back-ups.&lt;/p&gt;&lt;p&gt;Alle gegevens blijven op uw eigen pc of server.&lt;/p&gt;&lt;p&gt;Database: {database}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Draagvlak</source>
        <translation>Draagvlak</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Medewerkers</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projecten</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Bord</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Organisatiemeting</translation>
    </message>
    <message>
        <source>Draagvlak — {office}</source>
        <translation>Draagvlak — {office}</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Beloningen</translation>
    </message>
    <message>
        <source>Automatic backup failed: {error}</source>
        <translation>Automatische back-up mislukt: {error}</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Columns</source>
        <translation>Kolommen</translation>
    </message>
    <message>
        <source>Choose for each column what it holds. Columns set to &apos;do not import&apos; are left out. The choice is remembered for files with the same columns.</source>
        <translation>Kies per kolom wat erin staat. Kolommen met &apos;niet importeren&apos; worden overgeslagen. De keuze wordt onthouden voor bestanden met dezelfde kolommen.</translation>
    </message>
    <message>
        <source>No column is the client number: new clients get the numbers after the highest client number in Draagvlak (1, 2, 3 … when there is none), and existing clients are recognised by e-mail, KvK number, or name and postcode.</source>
        <translation>Geen enkele kolom is het klantnummer: nieuwe klanten krijgen de nummers na het hoogste klantnummer in Draagvlak (1, 2, 3 … als er nog geen is) en bestaande klanten worden herkend aan e-mail, KvK-nummer, of naam en postcode.</translation>
    </message>
    <message>
        <source>The mapping you saved for these columns is used.</source>
        <translation>De koppeling die u voor deze kolommen hebt opgeslagen, wordt gebruikt.</translation>
    </message>
    <message>
        <source>Suggested from the column names and their values; please check.</source>
        <translation>Voorgesteld op grond van de kolomnamen en hun waarden; controleer dit.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolom in het bestand</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importeren als</translation>
    </message>
    <message>
        <source>— do not import —</source>
        <translation>— niet importeren —</translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <source>Change measure</source>
        <translation>Maatregel wijzigen</translation>
    </message>
    <message>
        <source>New measure</source>
        <translation>Nieuwe maatregel</translation>
    </message>
    <message>
        <source>e.g. Lunch session</source>
        <translation>bijv. Lunchsessie</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>e.g. Assistants</source>
        <translation>bijv. Assistenten</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Voor:</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(nog niemand)</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Eigenaar:</translation>
    </message>
    <message>
        <source>&amp;Due on</source>
        <translation>&amp;Uiterlijk op</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Toelichting:</translation>
    </message>
</context>
<context>
    <name>MeasureKind</name>
    <message>
        <source>Communication</source>
        <translation>Communicatie</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Beloning</translation>
    </message>
    <message>
        <source>HR</source>
        <translation>HR</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Bestuur</translation>
    </message>
</context>
<context>
    <name>MeasureStatus</name>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Vervallen</translation>
    </message>
</context>
<context>
    <name>Measures</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Unknown value: {value}.</source>
        <translation>Onbekende waarde: {value}.</translation>
    </message>
    <message>
        <source>This no longer exists.</source>
        <translation>Dit bestaat niet meer.</translation>
    </message>
    <message>
        <source>This measure no longer exists.</source>
        <translation>Deze maatregel bestaat niet meer.</translation>
    </message>
    <message>
        <source>Someone else changed this measure meanwhile; read it again.</source>
        <translation>Iemand anders heeft deze maatregel intussen gewijzigd; lees hem opnieuw in.</translation>
    </message>
</context>
<context>
    <name>MeasuresPanel</name>
    <message>
        <source>&amp;New measure…</source>
        <translation>&amp;Nieuwe maatregel…</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>W&amp;ijzigen…</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>St&amp;atus</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>Ve&amp;rwijderen</translation>
    </message>
    <message>
        <source>Delete the measure “{title}”? A measure that did not happen can be set to Cancelled instead.</source>
        <translation>De maatregel ‘{title}’ verwijderen? Een maatregel die niet doorging kunt u ook op Vervallen zetten.</translation>
    </message>
</context>
<context>
    <name>Months</name>
    <message>
        <source>January</source>
        <translation>januari</translation>
    </message>
    <message>
        <source>February</source>
        <translation>februari</translation>
    </message>
    <message>
        <source>March</source>
        <translation>maart</translation>
    </message>
    <message>
        <source>April</source>
        <translation>april</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mei</translation>
    </message>
    <message>
        <source>June</source>
        <translation>juni</translation>
    </message>
    <message>
        <source>July</source>
        <translation>juli</translation>
    </message>
    <message>
        <source>August</source>
        <translation>augustus</translation>
    </message>
    <message>
        <source>September</source>
        <translation>september</translation>
    </message>
    <message>
        <source>October</source>
        <translation>oktober</translation>
    </message>
    <message>
        <source>November</source>
        <translation>november</translation>
    </message>
    <message>
        <source>December</source>
        <translation>december</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>jan</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>mrt</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>apr</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>jun</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>jul</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>aug</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>sep</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>okt</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>nov</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>dec</translation>
    </message>
</context>
<context>
    <name>MoveController</name>
    <message numerus="yes">
        <source>Move undone for %n clients.</source>
        <translation>
            <numerusform>Verplaatsing ongedaan gemaakt voor %n klant.</numerusform>
            <numerusform>Verplaatsing ongedaan gemaakt voor %n klanten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n clients to {stage}.</source>
        <translation>
            <numerusform>%n klant verplaatst naar {stage}.</numerusform>
            <numerusform>%n klanten verplaatst naar {stage}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoveToDialog</name>
    <message>
        <source>Move client</source>
        <translation>Klant verplaatsen</translation>
    </message>
    <message numerus="yes">
        <source>Move %n clients</source>
        <translation>
            <numerusform>%n klant verplaatsen</numerusform>
            <numerusform>%n klanten verplaatsen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;To stage:</source>
        <translation>&amp;Naar fase:</translation>
    </message>
    <message>
        <source>{stage} (current)</source>
        <translation>{stage} (huidige)</translation>
    </message>
</context>
<context>
    <name>NominateDialog</name>
    <message>
        <source>Approve nomination</source>
        <translation>Voordracht goedkeuren</translation>
    </message>
    <message>
        <source>Nominate a champion</source>
        <translation>Ambassadeur voordragen</translation>
    </message>
    <message>
        <source>{name} becomes a champion. Check the focus area and capacity.</source>
        <translation>{name} wordt ambassadeur. Controleer het aandachtsgebied en de capaciteit.</translation>
    </message>
    <message>
        <source>e.g. agricultural clients, BVs</source>
        <translation>bijv. agrarische klanten, bv&apos;s</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>niet ingesteld</translation>
    </message>
    <message>
        <source> clients</source>
        <translation> klanten</translation>
    </message>
    <message>
        <source>Why this person? (optional)</source>
        <translation>Waarom deze medewerker? (optioneel)</translation>
    </message>
    <message>
        <source>&amp;Staff member:</source>
        <translation>&amp;Medewerker:</translation>
    </message>
    <message>
        <source>&amp;Focus area:</source>
        <translation>&amp;Aandachtsgebied:</translation>
    </message>
    <message>
        <source>Ca&amp;pacity:</source>
        <translation>&amp;Capaciteit:</translation>
    </message>
    <message>
        <source>&amp;Motivation:</source>
        <translation>M&amp;otivatie:</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Goedkeuren</translation>
    </message>
    <message>
        <source>&amp;Nominate</source>
        <translation>&amp;Voordragen</translation>
    </message>
</context>
<context>
    <name>NominationsDialog</name>
    <message>
        <source>Champion nominations</source>
        <translation>Voordrachten voor ambassadeur</translation>
    </message>
    <message>
        <source>Nominations</source>
        <translation>Voordrachten</translation>
    </message>
    <message>
        <source>&amp;Nominate…</source>
        <translation>&amp;Voordragen…</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Goedkeuren…</translation>
    </message>
    <message>
        <source>&amp;Decline…</source>
        <translation>&amp;Afwijzen…</translation>
    </message>
    <message>
        <source>Suggested from the latest assessment round</source>
        <translation>Suggesties uit de laatste organisatiemeting</translation>
    </message>
    <message>
        <source>Nominate &amp;suggested…</source>
        <translation>&amp;Suggestie voordragen…</translation>
    </message>
    <message>
        <source>Staff who are not champions yet and score {min} or higher on Desire, Knowledge and Ability; relationship managers and partners first.</source>
        <translation>Medewerkers die nog geen ambassadeur zijn en {min} of hoger scoren op Bereidheid, Kennis en Vaardigheid; relatiebeheerders en partners eerst.</translation>
    </message>
    <message>
        <source>Nobody qualifies in the latest round (or there is none).</source>
        <translation>Niemand voldoet in de laatste meting (of er is nog geen meting).</translation>
    </message>
    <message>
        <source>Round: {round}.</source>
        <translation>Meting: {round}.</translation>
    </message>
    <message>
        <source>Decline nomination</source>
        <translation>Voordracht afwijzen</translation>
    </message>
    <message>
        <source>Decline the nomination of {name}? Reason (optional):</source>
        <translation>De voordracht van {name} afwijzen? Reden (optioneel):</translation>
    </message>
</context>
<context>
    <name>NominationsModel</name>
    <message>
        <source>Staff member</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Nominated by</source>
        <translation>Voorgedragen door</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Op</translation>
    </message>
    <message>
        <source>Focus area</source>
        <translation>Aandachtsgebied</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capaciteit</translation>
    </message>
    <message>
        <source>Motivation</source>
        <translation>Motivatie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Besloten door</translation>
    </message>
    <message>
        <source>themselves</source>
        <translation>zichzelf</translation>
    </message>
</context>
<context>
    <name>Office</name>
    <message>
        <source>Office name</source>
        <translation>Kantoornaam</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a language Draagvlak speaks.</source>
        <translation>&apos;{value}&apos; is geen taal die Draagvlak spreekt.</translation>
    </message>
    <message>
        <source>The office has not been set up yet.</source>
        <translation>Het kantoor is nog niet ingericht.</translation>
    </message>
</context>
<context>
    <name>OfficeSettingsDialog</name>
    <message>
        <source>Office settings</source>
        <translation>Kantoorinstellingen</translation>
    </message>
    <message>
        <source>e.g. Van Dijk Accountants</source>
        <translation>bijv. Van Dijk Accountants</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Geen logo</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>&amp;No logo</source>
        <translation>&amp;Geen logo</translation>
    </message>
    <message>
        <source>The language of the office&apos;s documents and of a new demo office</source>
        <translation>De taal van de documenten van het kantoor en van een nieuw demokantoor</translation>
    </message>
    <message>
        <source>Choose the office logo</source>
        <translation>Kies het logo van het kantoor</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>Afbeeldingen ({patterns})</translation>
    </message>
</context>
<context>
    <name>Onboarding</name>
    <message>
        <source>Account for the client portal set up</source>
        <translation>Account voor het klantportaal aangemaakt</translation>
    </message>
    <message>
        <source>Introduction to the portal by a champion</source>
        <translation>Uitleg van het portaal gehad van een ambassadeur</translation>
    </message>
    <message>
        <source>Own first client invited to the portal</source>
        <translation>Eerste eigen klant uitgenodigd voor het portaal</translation>
    </message>
    <message>
        <source>Knows where the instructions and the approach per segment are</source>
        <translation>Weet waar de instructies en de aanpak per segment staan</translation>
    </message>
    <message>
        <source>Took part in a readiness assessment round</source>
        <translation>Meegedaan aan een organisatiemeting</translation>
    </message>
    <message>
        <source>This checklist item no longer exists.</source>
        <translation>Dit onderdeel van de checklist bestaat niet meer.</translation>
    </message>
    <message>
        <source>The item&apos;s text</source>
        <translation>De tekst van het onderdeel</translation>
    </message>
</context>
<context>
    <name>OnboardingPanel</name>
    <message>
        <source>Onboarding in the new way of working</source>
        <translation>Inwerken in de nieuwe manier van werken</translation>
    </message>
    <message>
        <source>Edit the c&amp;hecklist…</source>
        <translation>C&amp;hecklist bewerken…</translation>
    </message>
    <message>
        <source>The same checklist for everyone in the office</source>
        <translation>Dezelfde checklist voor iedereen op het kantoor</translation>
    </message>
    <message>
        <source>Tick what is done; the day is recorded.</source>
        <translation>Vink aan wat gedaan is; de datum wordt vastgelegd.</translation>
    </message>
    <message>
        <source>New here: include this person in the next readiness assessment round.</source>
        <translation>Nieuw op het kantoor: neem deze medewerker mee in de volgende organisatiemeting.</translation>
    </message>
    <message>
        <source>{item} — done on {date}</source>
        <translation>{item} — gedaan op {date}</translation>
    </message>
</context>
<context>
    <name>OnboardingTemplateDialog</name>
    <message>
        <source>Onboarding checklist</source>
        <translation>Checklist inwerken</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Wijzigen…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>Om&amp;hoog</translation>
    </message>
    <message>
        <source>&amp;Down</source>
        <translation>Om&amp;laag</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Onderdeel toevoegen</translation>
    </message>
    <message>
        <source>Item:</source>
        <translation>Onderdeel:</translation>
    </message>
    <message>
        <source>Rename item</source>
        <translation>Onderdeel wijzigen</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Onderdeel verwijderen</translation>
    </message>
    <message>
        <source>Remove &apos;{item}&apos; from the checklist? What people ticked off is kept.</source>
        <translation>&apos;{item}&apos; van de checklist halen? Wat medewerkers al hebben afgevinkt, blijft bewaard.</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <source>Options</source>
        <translation>Opties</translation>
    </message>
    <message>
        <source>A row is a stored client only on strong evidence: the same client number; or the same name with the same KvK number, postcode, e-mail address or city. Clients that only share an e-mail address or KvK number are imported apart and listed as possible duplicates.</source>
        <translation>Een rij is alleen een bestaande klant bij sterk bewijs: hetzelfde klantnummer, of dezelfde naam met hetzelfde KvK-nummer, dezelfde postcode, hetzelfde e-mailadres of dezelfde plaats. Klanten die alleen een e-mailadres of KvK-nummer delen, worden apart geïmporteerd en als mogelijke dubbelen gemeld.</translation>
    </message>
    <message>
        <source>A row that is a stored client:</source>
        <translation>Een rij die een bestaande klant is:</translation>
    </message>
    <message>
        <source>S&amp;kip it (it is listed in the report)</source>
        <translation>O&amp;verslaan (staat in het rapport)</translation>
    </message>
    <message>
        <source>&amp;Update it (only the fields that changed)</source>
        <translation>Bij&amp;werken (alleen de gewijzigde velden)</translation>
    </message>
    <message>
        <source>&amp;Create a new client anyway</source>
        <translation>Toch een &amp;nieuwe klant aanmaken</translation>
    </message>
    <message>
        <source>Add unknown relationship managers as new &amp;staff members</source>
        <translation>Onbekende relatiebeheerders als nieuwe &amp;medewerker toevoegen</translation>
    </message>
    <message>
        <source>Rows with errors:</source>
        <translation>Rijen met fouten:</translation>
    </message>
    <message>
        <source>&amp;Block the import (nothing is imported)</source>
        <translation>Import tegen&amp;houden (er wordt niets geïmporteerd)</translation>
    </message>
    <message>
        <source>&amp;Skip those rows and import the others (they are listed in the report)</source>
        <translation>Die rijen &amp;overslaan en de andere importeren (ze worden in het rapport vermeld)</translation>
    </message>
    <message>
        <source>&amp;Enroll in project:</source>
        <translation>&amp;Inschrijven in project:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Clients now</source>
        <translation>Klanten nu</translation>
    </message>
    <message>
        <source>Reached this stage or beyond</source>
        <translation>Deze fase of verder bereikt</translation>
    </message>
    <message>
        <source>On to the next stage</source>
        <translation>Door naar de volgende fase</translation>
    </message>
    <message>
        <source>Median days in stage</source>
        <translation>Mediaan dagen in fase</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pijplijn</translation>
    </message>
    <message>
        <source>Funnel: clients that reached each stage</source>
        <translation>Trechter: klanten die elke fase bereikten</translation>
    </message>
    <message>
        <source>Champion</source>
        <translation>Ambassadeur</translation>
    </message>
    <message>
        <source>Enrolled clients</source>
        <translation>Ingeschreven klanten</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Active of enrolled</source>
        <translation>Actief van ingeschreven</translation>
    </message>
    <message>
        <source>Under way</source>
        <translation>Onderweg</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Afgehaakt</translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation>Stilgevallen</translation>
    </message>
    <message>
        <source>Next action overdue</source>
        <translation>Volgende actie te laat</translation>
    </message>
    <message>
        <source>Per champion</source>
        <translation>Per ambassadeur</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Initialen</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capaciteit</translation>
    </message>
    <message>
        <source>Leaves on</source>
        <translation>Vertrekt op</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Medewerkers</translation>
    </message>
    <message>
        <source>Barrier point</source>
        <translation>Knelpunt</translation>
    </message>
    <message>
        <source>Readiness {round}</source>
        <translation>Organisatiemeting {round}</translation>
    </message>
</context>
<context>
    <name>PersonPanel</name>
    <message>
        <source>Trends</source>
        <translation>Ontwikkeling</translation>
    </message>
    <message>
        <source>Fastest risers (rise per round, 0.5 or more):</source>
        <translation>Snelste stijgers (stijging per meting, 0,5 of meer):</translation>
    </message>
    <message>
        <source>Stuck at the same barrier point (two rounds or more):</source>
        <translation>Vast op hetzelfde knelpunt (twee metingen of meer):</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>&amp;Adopter category:</source>
        <translation>&amp;Adoptiecategorie:</translation>
    </message>
    <message>
        <source>How the category is derived</source>
        <translation>Hoe de categorie wordt bepaald</translation>
    </message>
    <message>
        <source>Suggested next step:</source>
        <translation>Voorgestelde volgende stap:</translation>
    </message>
    <message>
        <source>&amp;Plan this step…</source>
        <translation>Deze stap &amp;plannen…</translation>
    </message>
    <message>
        <source>Measures for this person:</source>
        <translation>Maatregelen voor deze medewerker:</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>Choose a person in the heatmap.</source>
        <translation>Kies een medewerker in de heatmap.</translation>
    </message>
    <message>
        <source>· barrier point: {element}</source>
        <translation>· knelpunt: {element}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>By the rule: {category}</source>
        <translation>Volgens de regel: {category}</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>nog geen</translation>
    </message>
    <message>
        <source>Adopter categories</source>
        <translation>Adoptiecategorieën</translation>
    </message>
</context>
<context>
    <name>PipelineNumbersWidget</name>
    <message>
        <source>Sh&amp;ow:</source>
        <translation>T&amp;onen:</translation>
    </message>
    <message>
        <source>Funnel: clients that got at least this far</source>
        <translation>Trechter: klanten die minstens zo ver zijn gekomen</translation>
    </message>
    <message>
        <source>Calculating…</source>
        <translation>Berekenen…</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Alle klanten</translation>
    </message>
    <message>
        <source>Clients of {name}</source>
        <translation>Klanten van {name}</translation>
    </message>
    <message>
        <source>Clients without a champion</source>
        <translation>Klanten zonder ambassadeur</translation>
    </message>
    <message>
        <source>Calculating median days…</source>
        <translation>Mediaan aantal dagen berekenen…</translation>
    </message>
</context>
<context>
    <name>Pipelines</name>
    <message>
        <source>This client no longer exists.</source>
        <translation>Deze klant bestaat niet meer.</translation>
    </message>
    <message>
        <source>This staff member no longer exists.</source>
        <translation>Deze medewerker bestaat niet meer.</translation>
    </message>
    <message>
        <source>Unknown contact channel &apos;{channel}&apos;.</source>
        <translation>Onbekend contactkanaal &apos;{channel}&apos;.</translation>
    </message>
    <message>
        <source>Enrolling was cancelled.</source>
        <translation>Het inschrijven is geannuleerd.</translation>
    </message>
    <message>
        <source>The client is already in this stage.</source>
        <translation>De klant zit al in deze fase.</translation>
    </message>
    <message>
        <source>Give a reason for moving a client to &apos;{stage}&apos;.</source>
        <translation>Geef een reden op om een klant naar &apos;{stage}&apos; te verplaatsen.</translation>
    </message>
    <message>
        <source>A client is no longer in this project.</source>
        <translation>Een klant zit niet meer in dit project.</translation>
    </message>
    <message>
        <source>The stage belongs to another project.</source>
        <translation>De fase hoort bij een ander project.</translation>
    </message>
    <message>
        <source>A move cannot be dated before the client entered its stage.</source>
        <translation>Een verplaatsing kan niet gedateerd zijn vóór het moment waarop de klant in de huidige fase kwam.</translation>
    </message>
    <message>
        <source>{client} was moved to &apos;{stage}&apos; at {time} meanwhile; your move was not saved.</source>
        <translation>{client} is intussen om {time} naar &apos;{stage}&apos; verplaatst; uw verplaatsing is niet opgeslagen.</translation>
    </message>
    <message>
        <source>{client} was moved to &apos;{stage}&apos; by {who} at {time} meanwhile; your move was not saved.</source>
        <translation>{client} is intussen om {time} door {who} naar &apos;{stage}&apos; verplaatst; uw verplaatsing is niet opgeslagen.</translation>
    </message>
    <message>
        <source>Undo of an accidental move</source>
        <translation>Ongedaan maken van een onbedoelde verplaatsing</translation>
    </message>
    <message>
        <source>This move no longer exists.</source>
        <translation>Deze verplaatsing bestaat niet meer.</translation>
    </message>
    <message>
        <source>Enrolling a client cannot be undone.</source>
        <translation>Het inschrijven van een klant kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>An undo cannot itself be undone.</source>
        <translation>Ongedaan maken kan zelf niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Only the latest move of a client can be undone.</source>
        <translation>Alleen de laatste verplaatsing van een klant kan ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>An undo cannot be dated before the move it takes back.</source>
        <translation>Ongedaan maken kan niet eerder gedateerd zijn dan de verplaatsing die het terugdraait.</translation>
    </message>
    <message>
        <source>The stage &apos;{stage}&apos; has been removed.</source>
        <translation>De fase &apos;{stage}&apos; is verwijderd.</translation>
    </message>
    <message>
        <source>The next action</source>
        <translation>De volgende actie</translation>
    </message>
    <message>
        <source>Its due date</source>
        <translation>De datum ervan</translation>
    </message>
    <message>
        <source>This client has no next action to complete.</source>
        <translation>Deze klant heeft geen volgende actie om af te ronden.</translation>
    </message>
    <message>
        <source>Someone else changed the next action meanwhile; read it again.</source>
        <translation>Iemand anders heeft de volgende actie intussen gewijzigd; lees haar opnieuw in.</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <source>Measure</source>
        <translation>Maatregel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Voor</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Mijlpaal</translation>
    </message>
    <message>
        <source>Board agenda</source>
        <translation>Directieagenda</translation>
    </message>
    <message>
        <source>HR agenda</source>
        <translation>HR-agenda</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>&amp;Why we change (the plan&apos;s context):</source>
        <translation>&amp;Waarom we veranderen (de aanleiding van het plan):</translation>
    </message>
    <message>
        <source>What goes wrong today, and what the change brings clients and staff.</source>
        <translation>Wat er nu misgaat, en wat de verandering klanten en medewerkers oplevert.</translation>
    </message>
    <message>
        <source>Sa&amp;ve context</source>
        <translation>Aanleiding op&amp;slaan</translation>
    </message>
    <message>
        <source>Save the context text (Ctrl+S)</source>
        <translation>De aanleiding opslaan (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <source>The four default phases</source>
        <translation>De vier standaardfasen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Wijzigen…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>&amp;Goals, phases and agendas</source>
        <translation>&amp;Doelen, fasen en agenda&apos;s</translation>
    </message>
    <message>
        <source>Measu&amp;res</source>
        <translation>Maat&amp;regelen</translation>
    </message>
    <message>
        <source>With &amp;call lists per champion</source>
        <translation>Met &amp;bellijsten per ambassadeur</translation>
    </message>
    <message>
        <source>An appendix with each champion&apos;s clients that are not yet active</source>
        <translation>Een bijlage met per ambassadeur de klanten die nog niet actief zijn</translation>
    </message>
    <message>
        <source>&amp;Print rollout plan…</source>
        <translation>Uitrolplan af&amp;drukken…</translation>
    </message>
    <message>
        <source>Save context</source>
        <translation>Aanleiding opslaan</translation>
    </message>
    <message>
        <source>Version {version} printed {moment}</source>
        <translation>Versie {version} afgedrukt {moment}</translation>
    </message>
    <message>
        <source>Not printed yet</source>
        <translation>Nog niet afgedrukt</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Starts on</source>
        <translation>&amp;Begint op</translation>
    </message>
    <message>
        <source>&amp;Ends on</source>
        <translation>&amp;Eindigt op</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Omschrijving:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;Reached</source>
        <translation>&amp;Bereikt</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>T&amp;oelichting:</translation>
    </message>
    <message>
        <source>Choose the phase the milestone belongs to first.</source>
        <translation>Kies eerst de fase waar de mijlpaal bij hoort.</translation>
    </message>
    <message>
        <source>Delete the phase “{title}” and its milestones?</source>
        <translation>De fase ‘{title}’ en de mijlpalen ervan verwijderen?</translation>
    </message>
    <message>
        <source>Delete “{title}”?</source>
        <translation>‘{title}’ verwijderen?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>PlanPdf</name>
    <message>
        <source>Printing the plan was cancelled.</source>
        <translation>Het afdrukken van het plan is afgebroken.</translation>
    </message>
    <message>
        <source>Page {number} of {total}</source>
        <translation>Pagina {number} van {total}</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>active now</source>
        <translation>nu actief</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>doel</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>bereikt</translation>
    </message>
    <message>
        <source>forecast</source>
        <translation>verwachting</translation>
    </message>
    <message>
        <source>clients in the project</source>
        <translation>klanten in het project</translation>
    </message>
    <message>
        <source>What needs attention</source>
        <translation>Wat aandacht vraagt</translation>
    </message>
    <message numerus="yes">
        <source>%n clients are still in “{stage}”, the largest open group.</source>
        <translation>
            <numerusform>%n klant staat nog in ‘{stage}’, de grootste open groep.</numerusform>
            <numerusform>%n klanten staan nog in ‘{stage}’, de grootste open groep.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measures are open</source>
        <translation>
            <numerusform>%n maatregel staat open</numerusform>
            <numerusform>%n maatregelen staan open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n of them past their due date</source>
        <translation>
            <numerusform>, waarvan %n over de datum</numerusform>
            <numerusform>, waarvan %n over de datum</numerusform>
        </translation>
    </message>
    <message>
        <source>Next milestone: {title} ({date}).</source>
        <translation>Volgende mijlpaal: {title} ({date}).</translation>
    </message>
    <message numerus="yes">
        <source>For %n staff members the barrier is {element}.</source>
        <translation>
            <numerusform>Voor %n medewerker ligt de drempel bij {element}.</numerusform>
            <numerusform>Voor %n medewerkers ligt de drempel bij {element}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Why we change</source>
        <translation>Waarom we veranderen</translation>
    </message>
    <message>
        <source>No context has been written yet.</source>
        <translation>Er is nog geen aanleiding beschreven.</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Streefdatum</translation>
    </message>
    <message>
        <source>target date</source>
        <translation>streefdatum</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>No goals have been written yet.</source>
        <translation>Er zijn nog geen doelen vastgelegd.</translation>
    </message>
    <message>
        <source>Where we stand</source>
        <translation>Waar we staan</translation>
    </message>
    <message>
        <source>Funnel: clients that reached each stage</source>
        <translation>Trechter: klanten die elke fase bereikten</translation>
    </message>
    <message>
        <source>Stages now</source>
        <translation>De fasen nu</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Bereikt</translation>
    </message>
    <message>
        <source>On to next</source>
        <translation>Door naar volgende</translation>
    </message>
    <message>
        <source>Active clients over time</source>
        <translation>Actieve klanten door de tijd</translation>
    </message>
    <message>
        <source>goal {goal}</source>
        <translation>doel {goal}</translation>
    </message>
    <message>
        <source>Phases and milestones</source>
        <translation>Fasen en mijlpalen</translation>
    </message>
    <message>
        <source>No phases have been planned yet.</source>
        <translation>Er zijn nog geen fasen gepland.</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Mijlpaal</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <source>Champions and their clients</source>
        <translation>Ambassadeurs en hun klanten</translation>
    </message>
    <message>
        <source>Each champion&apos;s clients per stage today. Active is the share of their clients in a won stage.</source>
        <translation>De klanten van elke ambassadeur per fase, vandaag. Actief is het deel van hun klanten in een gewonnen fase.</translation>
    </message>
    <message>
        <source>% active</source>
        <translation>% actief</translation>
    </message>
    <message>
        <source>Champion</source>
        <translation>Ambassadeur</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>(no champion)</source>
        <translation>(geen ambassadeur)</translation>
    </message>
    <message>
        <source>Approach per segment</source>
        <translation>Aanpak per segment</translation>
    </message>
    <message>
        <source>No approach has been written for any segment yet.</source>
        <translation>Er is nog voor geen enkel segment een aanpak beschreven.</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanalen</translation>
    </message>
    <message>
        <source>Incentive</source>
        <translation>Prikkel</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Maatregelen</translation>
    </message>
    <message>
        <source>No measures have been planned yet.</source>
        <translation>Er zijn nog geen maatregelen gepland.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maatregel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Voor</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Board and HR agenda</source>
        <translation>Directie- en HR-agenda</translation>
    </message>
    <message>
        <source>The subjects that get a structural place on the board agenda and the HR agenda.</source>
        <translation>De onderwerpen die een vaste plek krijgen op de directieagenda en de HR-agenda.</translation>
    </message>
    <message>
        <source>Board agenda</source>
        <translation>Directieagenda</translation>
    </message>
    <message>
        <source>HR agenda</source>
        <translation>HR-agenda</translation>
    </message>
    <message>
        <source>Nothing planned yet.</source>
        <translation>Nog niets gepland.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Readiness of the staff</source>
        <translation>Veranderbereidheid van de medewerkers</translation>
    </message>
    <message numerus="yes">
        <source>Round “{round}” of {date}: %n staff members scored from 1 (not there yet) to 5.</source>
        <translation>
            <numerusform>Meting ‘{round}’ van {date}: %n medewerker gescoord van 1 (nog niet zover) tot 5.</numerusform>
            <numerusform>Meting ‘{round}’ van {date}: %n medewerkers gescoord van 1 (nog niet zover) tot 5.</numerusform>
        </translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Mensen</translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation>(geen team)</translation>
    </message>
    <message>
        <source>Whole office</source>
        <translation>Heel het kantoor</translation>
    </message>
    <message>
        <source>Barrier points</source>
        <translation>Drempels</translation>
    </message>
    <message>
        <source>The first element below 3 for each person: where the change stalls for them.</source>
        <translation>Het eerste element onder de 3 per persoon: waar de verandering voor hen stokt.</translation>
    </message>
    <message>
        <source>No barrier</source>
        <translation>Geen drempel</translation>
    </message>
    <message>
        <source>Appendix: call lists</source>
        <translation>Bijlage: bellijsten</translation>
    </message>
    <message>
        <source>Per champion their clients that are not yet active or declined, overdue next actions first.</source>
        <translation>Per ambassadeur de klanten die nog niet actief zijn of afgehaakt, achterstallige acties eerst.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Volgende actie</translation>
    </message>
    <message>
        <source>Call list of {champion}, continued</source>
        <translation>Bellijst van {champion}, vervolg</translation>
    </message>
    <message numerus="yes">
        <source>%n open clients</source>
        <translation>
            <numerusform>%n openstaande klant</numerusform>
            <numerusform>%n openstaande klanten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved {name} (%n pages, version {version}).</source>
        <translation>
            <numerusform>{name} is opgeslagen (%n pagina, versie {version}).</numerusform>
            <numerusform>{name} is opgeslagen (%n pagina&apos;s, versie {version}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Rollout plan</source>
        <translation>Uitrolplan</translation>
    </message>
    <message>
        <source>Rollout plan · version {version} · {date}</source>
        <translation>Uitrolplan · versie {version} · {date}</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhoud</translation>
    </message>
    <message numerus="yes">
        <source>%n clients take part in this project.</source>
        <translation>
            <numerusform>%n klant doet mee aan dit project.</numerusform>
            <numerusform>%n klanten doen mee aan dit project.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of them, %n use the portal actively ({percent}).</source>
        <translation>
            <numerusform>Daarvan gebruikt %n het portaal actief ({percent}).</numerusform>
            <numerusform>Daarvan gebruiken %n het portaal actief ({percent}).</numerusform>
        </translation>
    </message>
    <message>
        <source>No goal has been set for this project yet.</source>
        <translation>Voor dit project is nog geen doel gesteld.</translation>
    </message>
    <message>
        <source>The goal is {goal} active by {date}.</source>
        <translation>Het doel is {goal} actief op {date}.</translation>
    </message>
    <message>
        <source>The goal is {goal} active.</source>
        <translation>Het doel is {goal} actief.</translation>
    </message>
    <message>
        <source>The goal has been reached.</source>
        <translation>Het doel is bereikt.</translation>
    </message>
    <message>
        <source>A forecast needs at least a week of history.</source>
        <translation>Voor een prognose is minstens een week geschiedenis nodig.</translation>
    </message>
    <message>
        <source>At the pace of recent weeks the goal is not reached: {status}.</source>
        <translation>In het tempo van de afgelopen weken wordt het doel niet gehaald: {status}.</translation>
    </message>
    <message numerus="yes">
        <source>At the pace of the last %n weeks the goal is reached around {date}</source>
        <translation>
            <numerusform>In het tempo van de afgelopen %n week wordt het doel rond {date} gehaald</numerusform>
            <numerusform>In het tempo van de afgelopen %n weken wordt het doel rond {date} gehaald</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n weeks after the target date</source>
        <translation>
            <numerusform>, %n week na de streefdatum</numerusform>
            <numerusform>, %n weken na de streefdatum</numerusform>
        </translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Beloningen</translation>
    </message>
    <message>
        <source>Totals for the whole office, so nobody is named or ranked here. Points in this project are those earned on its clients.</source>
        <translation>Totalen voor het hele kantoor, dus niemand wordt hier genoemd of gerangschikt. De punten in dit project zijn verdiend met de klanten van het project.</translation>
    </message>
    <message>
        <source>Points earned in this project</source>
        <translation>Punten verdiend in dit project</translation>
    </message>
    <message>
        <source>Points earned in total</source>
        <translation>Punten verdiend in totaal</translation>
    </message>
    <message>
        <source>People who earned points</source>
        <translation>Medewerkers met verdiende punten</translation>
    </message>
    <message>
        <source>Recognitions given</source>
        <translation>Waarderingen gegeven</translation>
    </message>
    <message>
        <source>Points given with recognitions</source>
        <translation>Punten gegeven met waarderingen</translation>
    </message>
    <message>
        <source>Rewards redeemed</source>
        <translation>Beloningen ingewisseld</translation>
    </message>
    <message>
        <source>Redemptions awaiting a decision</source>
        <translation>Inwisselingen die op een besluit wachten</translation>
    </message>
    <message>
        <source>Points spent on rewards</source>
        <translation>Punten besteed aan beloningen</translation>
    </message>
    <message>
        <source>Badges earned</source>
        <translation>Behaalde badges</translation>
    </message>
    <message>
        <source>People with a badge</source>
        <translation>Medewerkers met een badge</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Onderdeel</translation>
    </message>
</context>
<context>
    <name>PlanPrinter</name>
    <message>
        <source>Rollout plan {project}.pdf</source>
        <translation>Uitrolplan {project}.pdf</translation>
    </message>
    <message>
        <source>Print rollout plan</source>
        <translation>Uitrolplan afdrukken</translation>
    </message>
</context>
<context>
    <name>Plans</name>
    <message>
        <source>This phase no longer exists.</source>
        <translation>Deze fase bestaat niet meer.</translation>
    </message>
    <message>
        <source>Unknown kind of plan item: {value}.</source>
        <translation>Onbekende soort planonderdeel: {value}.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>A phase cannot end before it starts.</source>
        <translation>Een fase kan niet eindigen voordat hij begint.</translation>
    </message>
    <message>
        <source>This part of the plan no longer exists.</source>
        <translation>Dit onderdeel van het plan bestaat niet meer.</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>Voorbereiding</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Pilot</translation>
    </message>
    <message>
        <source>Rollout</source>
        <translation>Uitrol</translation>
    </message>
    <message>
        <source>Embedding</source>
        <translation>Borging</translation>
    </message>
    <message>
        <source>Someone else printed version {version} of this plan meanwhile; print again.</source>
        <translation>Iemand anders heeft intussen versie {version} van dit plan afgedrukt; druk opnieuw af.</translation>
    </message>
</context>
<context>
    <name>PointsPage</name>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Left to give this month</source>
        <translation>Deze maand nog te geven</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Badges</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Boekingen</translation>
    </message>
    <message>
        <source>E&amp;xport ledger to Excel…</source>
        <translation>Puntenregister naar E&amp;xcel…</translation>
    </message>
    <message>
        <source>&amp;Correct entry…</source>
        <translation>Boeking &amp;corrigeren…</translation>
    </message>
    <message>
        <source>Books a reversal with a reason; the entry itself stays in the ledger.</source>
        <translation>Boekt een tegenboeking met een reden; de boeking zelf blijft in het register.</translation>
    </message>
    <message numerus="yes">
        <source>%n points</source>
        <translation>
            <numerusform>%n punt</numerusform>
            <numerusform>%n punten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortfolioDialog</name>
    <message>
        <source>Double-click or Enter opens the client</source>
        <translation>Dubbelklik of Enter opent de klant</translation>
    </message>
    <message>
        <source>Reading the portfolio…</source>
        <translation>De portefeuille wordt gelezen…</translation>
    </message>
    <message>
        <source>Champion: {name}</source>
        <translation>Ambassadeur: {name}</translation>
    </message>
    <message>
        <source>None of these clients takes part in a project yet.</source>
        <translation>Geen van deze klanten doet al mee aan een project.</translation>
    </message>
    <message numerus="yes">
        <source>Next actions due (overdue and the coming %n days)</source>
        <translation>
            <numerusform>Volgende acties die eraan komen (verlopen en de komende %n dag)</numerusform>
            <numerusform>Volgende acties die eraan komen (verlopen en de komende %n dagen)</numerusform>
        </translation>
    </message>
    <message>
        <source>the first {shown} of {total}</source>
        <translation>de eerste {shown} van {total}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>not a champion</source>
        <translation>geen ambassadeur</translation>
    </message>
    <message>
        <source>focus: {area}</source>
        <translation>aandachtsgebied: {area}</translation>
    </message>
    <message numerus="yes">
        <source>%n active clients</source>
        <translation>
            <numerusform>%n actieve klant</numerusform>
            <numerusform>%n actieve klanten</numerusform>
        </translation>
    </message>
    <message>
        <source>{clients} of a capacity of {capacity}</source>
        <translation>{clients} bij een capaciteit van {capacity}</translation>
    </message>
    <message>
        <source>over capacity</source>
        <translation>boven capaciteit</translation>
    </message>
    <message numerus="yes">
        <source>%n in no project</source>
        <translation>
            <numerusform>%n in geen enkel project</numerusform>
            <numerusform>%n in geen enkel project</numerusform>
        </translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>office: {percent}</source>
        <translation>kantoor: {percent}</translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation>Stilgevallen</translation>
    </message>
    <message>
        <source>no next action, or too long in a stage</source>
        <translation>geen volgende actie, of te lang in een fase</translation>
    </message>
    <message>
        <source>Conversion to goal</source>
        <translation>Conversie naar doel</translation>
    </message>
    <message>
        <source>Conversion to {stage}</source>
        <translation>Conversie naar {stage}</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>The first {count} rows with data. Red cells have an error, orange ones a warning; point at a cell to see why.</source>
        <translation>De eerste {count} rijen met gegevens. Rode cellen bevatten een fout, oranje cellen een waarschuwing; wijs een cel aan om te zien waarom.</translation>
    </message>
    <message>
        <source>Character &amp;encoding:</source>
        <translation>Teken&amp;set:</translation>
    </message>
    <message>
        <source>Detected: {encoding}</source>
        <translation>Herkend: {encoding}</translation>
    </message>
    <message>
        <source>Rows with errors among these: {errors}.</source>
        <translation>Rijen met fouten hiervan: {errors}.</translation>
    </message>
    <message>
        <source>No errors in these rows.</source>
        <translation>Geen fouten in deze rijen.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Bestand lezen…</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>Anonymised client</source>
        <translation>Geanonimiseerde klant</translation>
    </message>
    <message>
        <source>Client number {number} is in use; rename that client first.</source>
        <translation>Klantnummer {number} is al in gebruik; geef die klant eerst een ander nummer.</translation>
    </message>
    <message>
        <source>There is no client with number {number}.</source>
        <translation>Er is geen klant met nummer {number}.</translation>
    </message>
    <message>
        <source>{path} could not be written ({error}). Is it open in another program?</source>
        <translation>{path} kon niet worden opgeslagen ({error}). Is het geopend in een ander programma?</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Gearchiveerd</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Laatst gewijzigd</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projecten</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>In stage since</source>
        <translation>In fase sinds</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Volgende actie</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Moves</source>
        <translation>Verplaatsingen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Naar</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Champions</source>
        <translation>Ambassadeurs</translation>
    </message>
    <message>
        <source>Readiness check</source>
        <translation>Digitale check</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <source>Incentives</source>
        <translation>Beloningen voor klanten</translation>
    </message>
    <message>
        <source>Incentive</source>
        <translation>Beloning</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Gefactureerd</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Wijzigingen</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Imports</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>The retention period is 1 to {max} months.</source>
        <translation>De bewaartermijn is 1 tot {max} maanden.</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <source>New project</source>
        <translation>Nieuw project</translation>
    </message>
    <message>
        <source>Edit project</source>
        <translation>Project bewerken</translation>
    </message>
    <message>
        <source>e.g. Client portal</source>
        <translation>bijv. Klantportaal</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>What the project brings clients and the office.</source>
        <translation>Wat het project de klanten en het kantoor oplevert.</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Omschrijving:</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Doel:</translation>
    </message>
    <message>
        <source>of clients Active by</source>
        <translation>van de klanten Actief uiterlijk op</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>Voorbereiding</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Pilot</translation>
    </message>
    <message>
        <source>Rollout</source>
        <translation>Uitrol</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nazorg</translation>
    </message>
    <message>
        <source>&amp;Phase:</source>
        <translation>&amp;Projectfase:</translation>
    </message>
    <message>
        <source>Client portal (Not approached … Active, plus Declined)</source>
        <translation>Klantportaal (Niet benaderd … Actief, plus Afgehaakt)</translation>
    </message>
    <message>
        <source>Empty: I add the stages myself</source>
        <translation>Leeg: ik voeg de fasen zelf toe</translation>
    </message>
    <message>
        <source>&amp;Stages:</source>
        <translation>&amp;Fasen:</translation>
    </message>
    <message>
        <source>&amp;Create project</source>
        <translation>Project aan&amp;maken</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
</context>
<context>
    <name>ProjectPage</name>
    <message>
        <source>Active clients</source>
        <translation>Actieve klanten</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>Moves</source>
        <translation>Verplaatsingen</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Vraagt aandacht</translation>
    </message>
    <message>
        <source>Show the stalled clients on the board</source>
        <translation>De stilgevallen klanten op het bord tonen</translation>
    </message>
    <message>
        <source>Click the overdue next actions to list their clients</source>
        <translation>Klik op de te late volgende acties voor de lijst van hun klanten</translation>
    </message>
    <message>
        <source>Real moves (undone moves left out) in this calendar week, from Monday, and in this calendar month, both up to and including today on this computer&apos;s clock</source>
        <translation>Echte verplaatsingen (ongedaan gemaakte niet meegeteld) in deze kalenderweek, vanaf maandag, en in deze kalendermaand, beide tot en met vandaag volgens de klok van deze computer</translation>
    </message>
    <message>
        <source>Active clients per week</source>
        <translation>Actieve klanten per week</translation>
    </message>
    <message>
        <source>Readiness per element</source>
        <translation>Organisatiemeting per element</translation>
    </message>
    <message>
        <source>Clients per stage (each client once)</source>
        <translation>Klanten per fase (elke klant één keer)</translation>
    </message>
    <message>
        <source>Champions</source>
        <translation>Ambassadeurs</translation>
    </message>
    <message>
        <source>Double-click a champion to see their clients on the board (their stalled clients from the Stalled column, their overdue next actions from Overdue)</source>
        <translation>Dubbelklik op een ambassadeur om diens klanten op het bord te zien (vanuit de kolom Stilgevallen diens stilgevallen klanten, vanuit Te laat diens te late volgende acties)</translation>
    </message>
    <message>
        <source>counting the stalled clients…</source>
        <translation>stilgevallen klanten worden geteld…</translation>
    </message>
    <message>
        <source>stalled clients; &lt;a href=&quot;overdue&quot;&gt;{overdue} overdue next actions&lt;/a&gt;</source>
        <translation>stilgevallen klanten; &lt;a href=&quot;overdue&quot;&gt;{overdue} volgende acties te laat&lt;/a&gt;</translation>
    </message>
    <message>
        <source>goal {goal}</source>
        <translation>doel {goal}</translation>
    </message>
    <message>
        <source>goal {goal} by {date}</source>
        <translation>doel {goal} op {date}</translation>
    </message>
    <message>
        <source>{active} of {enrolled} enrolled clients</source>
        <translation>{active} van {enrolled} ingeschreven klanten</translation>
    </message>
    <message>
        <source>this week (from Monday {monday}); {month} this month</source>
        <translation>deze week (vanaf maandag {monday}); deze maand {month}</translation>
    </message>
    <message>
        <source>Goal {goal}</source>
        <translation>Doel {goal}</translation>
    </message>
    <message>
        <source>target date</source>
        <translation>streefdatum</translation>
    </message>
</context>
<context>
    <name>Projects</name>
    <message>
        <source>Unknown stage template &apos;{template}&apos;.</source>
        <translation>Onbekend fasesjabloon &apos;{template}&apos;.</translation>
    </message>
    <message>
        <source>This project no longer exists.</source>
        <translation>Dit project bestaat niet meer.</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>Projectnaam</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Streefdatum</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>A project named &apos;{name}&apos; already exists.</source>
        <translation>Er bestaat al een project met de naam &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>The goal must be a percentage from 0 to 100.</source>
        <translation>Het doel moet een percentage van 0 tot en met 100 zijn.</translation>
    </message>
    <message>
        <source>Name the project. Projects: {names}.</source>
        <translation>Noem het project. Projecten: {names}.</translation>
    </message>
    <message>
        <source>There is no project named &apos;{name}&apos;. Projects: {names}.</source>
        <translation>Er is geen project met de naam &apos;{name}&apos;. Projecten: {names}.</translation>
    </message>
    <message>
        <source>This project has no stages yet. Add a stage first.</source>
        <translation>Dit project heeft nog geen fasen. Voeg eerst een fase toe.</translation>
    </message>
    <message>
        <source>This stage no longer exists.</source>
        <translation>Deze fase bestaat niet meer.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Maximum days</source>
        <translation>Maximum aantal dagen</translation>
    </message>
    <message>
        <source>The new order must list every stage of the project once.</source>
        <translation>De nieuwe volgorde moet elke fase van het project precies één keer bevatten.</translation>
    </message>
    <message>
        <source>The stage &apos;{name}&apos; still holds clients. Move them to another stage first.</source>
        <translation>De fase &apos;{name}&apos; bevat nog klanten. Verplaats ze eerst naar een andere fase.</translation>
    </message>
    <message>
        <source>There is no stage named &apos;{name}&apos;. Stages: {names}.</source>
        <translation>Er is geen fase met de naam &apos;{name}&apos;. Fasen: {names}.</translation>
    </message>
    <message>
        <source>Stage name</source>
        <translation>Fasenaam</translation>
    </message>
    <message>
        <source>This project already has a stage named &apos;{name}&apos;.</source>
        <translation>Dit project heeft al een fase met de naam &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>The maximum number of days must be 1 or more.</source>
        <translation>Het maximumaantal dagen moet 1 of meer zijn.</translation>
    </message>
    <message>
        <source>This segment no longer exists.</source>
        <translation>Dit segment bestaat niet meer.</translation>
    </message>
    <message>
        <source>Unknown channel &apos;{channel}&apos;.</source>
        <translation>Onbekend kanaal &apos;{channel}&apos;.</translation>
    </message>
    <message>
        <source>Approach</source>
        <translation>Aanpak</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanalen</translation>
    </message>
    <message>
        <source>Incentive</source>
        <translation>Prikkel</translation>
    </message>
</context>
<context>
    <name>ProjectsOverview</name>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Ingeschreven</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation>Stilgevallen</translation>
    </message>
</context>
<context>
    <name>ProjectsView</name>
    <message>
        <source>Projects</source>
        <translation>Projecten</translation>
    </message>
    <message>
        <source>ICT projects, their onboarding stages and how each segment is approached.</source>
        <translation>ICT-projecten, hun onboardingfasen en de aanpak per segment.</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Nieuw project…</translation>
    </message>
    <message>
        <source>Create a project (Ctrl+N)</source>
        <translation>Een project aanmaken (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit project…</source>
        <translation>Project be&amp;werken…</translation>
    </message>
    <message>
        <source>Change name, description, goal and phase (Ctrl+E)</source>
        <translation>Naam, omschrijving, doel en projectfase wijzigen (Ctrl+E)</translation>
    </message>
    <message>
        <source>Enro&amp;ll clients…</source>
        <translation>Klanten &amp;inschrijven…</translation>
    </message>
    <message>
        <source>Put clients in this project&apos;s first stage</source>
        <translation>Klanten in de eerste fase van dit project plaatsen</translation>
    </message>
    <message>
        <source>&amp;Stages</source>
        <translation>&amp;Fasen</translation>
    </message>
    <message>
        <source>Approach per se&amp;gment</source>
        <translation>Aanpak per se&amp;gment</translation>
    </message>
    <message>
        <source>Nu&amp;mbers</source>
        <translation>&amp;Cijfers</translation>
    </message>
    <message>
        <source>No project yet. Choose “New project…” to start, for example, the rollout of your client portal.</source>
        <translation>Nog geen project. Kies “Nieuw project…” om bijvoorbeeld de uitrol van uw klantportaal te starten.</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nieuw project</translation>
    </message>
    <message>
        <source>Edit project</source>
        <translation>Project bewerken</translation>
    </message>
    <message numerus="yes">
        <source>%n clients</source>
        <translation>
            <numerusform>%n klant</numerusform>
            <numerusform>%n klanten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n projects</source>
        <translation>
            <numerusform>%n project</numerusform>
            <numerusform>%n projecten</numerusform>
        </translation>
    </message>
    <message>
        <source>Phase: &lt;b&gt;{phase}&lt;/b&gt;</source>
        <translation>Projectfase: &lt;b&gt;{phase}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Goal: &lt;b&gt;{percent}%&lt;/b&gt; of clients Active</source>
        <translation>Doel: &lt;b&gt;{percent}%&lt;/b&gt; van de klanten Actief</translation>
    </message>
    <message>
        <source>by {date}</source>
        <translation>uiterlijk op {date}</translation>
    </message>
    <message>
        <source>Now: counting…</source>
        <translation>Nu: tellen…</translation>
    </message>
    <message>
        <source>Now: &lt;b&gt;{share}&lt;/b&gt; Active ({won} of {enrolled} clients)</source>
        <translation>Nu: &lt;b&gt;{share}&lt;/b&gt; Actief ({won} van {enrolled} klanten)</translation>
    </message>
    <message>
        <source>P&amp;lan</source>
        <translation>P&amp;lan</translation>
    </message>
</context>
<context>
    <name>Questionnaire</name>
    <message>
        <source>I know why the office is moving to the client portal.</source>
        <translation>Ik weet waarom het kantoor overstapt op het klantportaal.</translation>
    </message>
    <message>
        <source>I know what happens if we keep working as we do.</source>
        <translation>Ik weet wat er gebeurt als we blijven werken zoals nu.</translation>
    </message>
    <message>
        <source>I want to work with the client portal.</source>
        <translation>Ik wil met het klantportaal werken.</translation>
    </message>
    <message>
        <source>I am prepared to bring my own clients along.</source>
        <translation>Ik ben bereid mijn eigen klanten mee te nemen.</translation>
    </message>
    <message>
        <source>I know how the client portal works.</source>
        <translation>Ik weet hoe het klantportaal werkt.</translation>
    </message>
    <message>
        <source>I know where to find help when I get stuck.</source>
        <translation>Ik weet waar ik hulp vind als ik vastloop.</translation>
    </message>
    <message>
        <source>I can help a client log in and upload documents.</source>
        <translation>Ik kan een klant helpen met inloggen en documenten uploaden.</translation>
    </message>
    <message>
        <source>I use the portal in my daily work.</source>
        <translation>Ik gebruik het portaal in mijn dagelijkse werk.</translation>
    </message>
    <message>
        <source>Working with the portal is noticed and appreciated.</source>
        <translation>Werken met het portaal wordt gezien en gewaardeerd.</translation>
    </message>
    <message>
        <source>I do not fall back on the old way of working.</source>
        <translation>Ik val niet terug op de oude manier van werken.</translation>
    </message>
    <message>
        <source>Question {number} is empty.</source>
        <translation>Vraag {number} is leeg.</translation>
    </message>
    <message>
        <source>An answer is a whole number from 1 to 5.</source>
        <translation>Een antwoord is een heel getal van 1 tot en met 5.</translation>
    </message>
    <message>
        <source>The questionnaire changed meanwhile; open it again.</source>
        <translation>De vragenlijst is intussen gewijzigd; open hem opnieuw.</translation>
    </message>
</context>
<context>
    <name>QuestionnaireDialog</name>
    <message>
        <source>Questionnaire</source>
        <translation>Vragenlijst</translation>
    </message>
    <message>
        <source>The questions per element, each answered from 1 (not at all) to 5 (fully). A person&apos;s element score is the average of their answers.</source>
        <translation>De vragen per element, elk beantwoord van 1 (helemaal niet) tot 5 (volledig). De score van een medewerker op een element is het gemiddelde van diens antwoorden.</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
</context>
<context>
    <name>ReadinessModel</name>
    <message>
        <source>Round</source>
        <translation>Ronde</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Move to {stage}</source>
        <translation>Verplaatsen naar {stage}</translation>
    </message>
    <message>
        <source>Why does this client decline?</source>
        <translation>Waarom haakt deze klant af?</translation>
    </message>
    <message>
        <source>Why do these {count} clients decline?</source>
        <translation>Waarom haken deze {count} klanten af?</translation>
    </message>
</context>
<context>
    <name>ReasonPicker</name>
    <message>
        <source>Another reason…</source>
        <translation>Een andere reden…</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
</context>
<context>
    <name>RecognitionPage</name>
    <message>
        <source>&amp;Colleague:</source>
        <translation>&amp;Collega:</translation>
    </message>
    <message numerus="yes">
        <source>%n points</source>
        <translation>
            <numerusform>%n punt</numerusform>
            <numerusform>%n punten</numerusform>
        </translation>
    </message>
    <message>
        <source>Points:</source>
        <translation>Punten:</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Voor:</translation>
    </message>
    <message>
        <source>What did your colleague do well?</source>
        <translation>Wat deed je collega goed?</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Bericht:</translation>
    </message>
    <message>
        <source>&amp;Give recognition</source>
        <translation>&amp;Waardering geven</translation>
    </message>
    <message numerus="yes">
        <source>You can give %n more points this month.</source>
        <translation>
            <numerusform>Je kunt deze maand nog %n punt geven.</numerusform>
            <numerusform>Je kunt deze maand nog %n punten geven.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RedemptionsModel</name>
    <message>
        <source>Asked</source>
        <translation>Aangevraagd</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Beloning</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prijs</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>Uitgereikt</translation>
    </message>
</context>
<context>
    <name>ReportModel</name>
    <message>
        <source>updated</source>
        <translation>bijgewerkt</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Save &amp;rejected rows…</source>
        <translation>Afge&amp;wezen rijen opslaan…</translation>
    </message>
    <message>
        <source>The rows that were not imported, in the file&apos;s own columns with a reason</source>
        <translation>De rijen die niet zijn geïmporteerd, in de eigen kolommen van het bestand, met de reden</translation>
    </message>
    <message>
        <source>&amp;Save report as XLSX…</source>
        <translation>Rapport op&amp;slaan als XLSX…</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>Afgewezen rijen opslaan</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Rapport opslaan</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message numerus="yes">
        <source>%n clients enrolled in the project.</source>
        <translation>
            <numerusform>%n klant ingeschreven in het project.</numerusform>
            <numerusform>%n klanten ingeschreven in het project.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Retention</source>
        <translation>Bewaartermijn</translation>
    </message>
    <message>
        <source>Archived clients are kept until the office decides otherwise. With a retention period, those archived longer ago are offered here for anonymisation: their personal data is erased, their history stays as anonymous figures.</source>
        <translation>Gearchiveerde klanten blijven bewaard tot het kantoor anders beslist. Met een bewaartermijn worden klanten die langer geleden zijn gearchiveerd hier aangeboden om te anonimiseren: hun persoonsgegevens worden gewist, hun geschiedenis blijft als anonieme cijfers.</translation>
    </message>
    <message>
        <source>no period</source>
        <translation>geen termijn</translation>
    </message>
    <message>
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <source>&amp;Retention period:</source>
        <translation>&amp;Bewaartermijn:</translation>
    </message>
    <message>
        <source>&amp;Anonymise all…</source>
        <translation>Alle &amp;anonimiseren…</translation>
    </message>
    <message numerus="yes">
        <source>%n archived clients are past the retention period.</source>
        <translation>
            <numerusform>%n gearchiveerde klant is voorbij de bewaartermijn.</numerusform>
            <numerusform>%n gearchiveerde klanten zijn voorbij de bewaartermijn.</numerusform>
        </translation>
    </message>
    <message>
        <source>No retention period: archived clients are kept.</source>
        <translation>Geen bewaartermijn: gearchiveerde klanten blijven bewaard.</translation>
    </message>
    <message>
        <source>Anonymise clients</source>
        <translation>Klanten anonimiseren</translation>
    </message>
    <message numerus="yes">
        <source>Erase the personal data of %n archived clients for good?

Their history stays, anonymous, so counts and figures do not change. Backups made before now still hold the data until the rotation removes them (after about a year).</source>
        <translation>
            <numerusform>De persoonsgegevens van %n gearchiveerde klant definitief wissen?

De geschiedenis blijft, anoniem, zodat aantallen en cijfers niet veranderen. Eerder gemaakte back-ups bevatten de gegevens nog tot ze bij het opruimen verdwijnen (na ongeveer een jaar).</numerusform>
            <numerusform>De persoonsgegevens van %n gearchiveerde klanten definitief wissen?

De geschiedenis blijft, anoniem, zodat aantallen en cijfers niet veranderen. Eerder gemaakte back-ups bevatten de gegevens nog tot ze bij het opruimen verdwijnen (na ongeveer een jaar).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rewards</name>
    <message>
        <source>This award does not await approval.</source>
        <translation>Deze punten wachten niet op goedkeuring.</translation>
    </message>
    <message>
        <source>This award has already been decided.</source>
        <translation>Over deze punten is al beslist.</translation>
    </message>
    <message>
        <source>Approved: {reason}</source>
        <translation>Goedgekeurd: {reason}</translation>
    </message>
    <message>
        <source>Declined: {reason}</source>
        <translation>Afgewezen: {reason}</translation>
    </message>
    <message>
        <source>Only a partner, office manager or HR can approve.</source>
        <translation>Alleen een vennoot, de officemanager of HR kan goedkeuren.</translation>
    </message>
    <message>
        <source>{client} reached &apos;{stage}&apos;</source>
        <translation>{client} bereikte &apos;{stage}&apos;</translation>
    </message>
    <message>
        <source>The move was undone</source>
        <translation>De verplaatsing is ongedaan gemaakt</translation>
    </message>
    <message>
        <source>The training is no longer done</source>
        <translation>De training staat niet meer op uitgevoerd</translation>
    </message>
    <message>
        <source>Training done: {title}</source>
        <translation>Training gevolgd: {title}</translation>
    </message>
    <message>
        <source>Assessment completed: {round}</source>
        <translation>Organisatiemeting ingevuld: {round}</translation>
    </message>
    <message>
        <source>Next action for {client} done on time</source>
        <translation>Volgende actie voor {client} op tijd gedaan</translation>
    </message>
    <message>
        <source>First client Active</source>
        <translation>Eerste klant Actief</translation>
    </message>
    <message>
        <source>Ten clients Active</source>
        <translation>Tien klanten Actief</translation>
    </message>
    <message>
        <source>Whole portfolio approached</source>
        <translation>Hele portefeuille benaderd</translation>
    </message>
    <message>
        <source>Four assessment rounds completed</source>
        <translation>Vier organisatiemetingen ingevuld</translation>
    </message>
    <message>
        <source>100 points earned</source>
        <translation>100 punten verdiend</translation>
    </message>
    <message>
        <source>500 points earned</source>
        <translation>500 punten verdiend</translation>
    </message>
    <message>
        <source>1,000 points earned</source>
        <translation>1.000 punten verdiend</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>The catalogue already has a reward &apos;{name}&apos;.</source>
        <translation>De catalogus heeft al een beloning &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>A price is at least one point.</source>
        <translation>Een prijs is minstens één punt.</translation>
    </message>
    <message>
        <source>The stock cannot be negative.</source>
        <translation>De voorraad kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>This reward is no longer offered.</source>
        <translation>Deze beloning wordt niet meer aangeboden.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is out of stock.</source>
        <translation>&apos;{name}&apos; is niet meer op voorraad.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; costs {price} points; your balance is {balance}.</source>
        <translation>&apos;{name}&apos; kost {price} punten; je saldo is {balance}.</translation>
    </message>
    <message>
        <source>Redeemed: {name}</source>
        <translation>Ingewisseld: {name}</translation>
    </message>
    <message>
        <source>This redemption has already been decided.</source>
        <translation>Over deze inwisseling is al beslist.</translation>
    </message>
    <message>
        <source>Refund: &apos;{name}&apos; was declined</source>
        <translation>Teruggave: &apos;{name}&apos; is afgewezen</translation>
    </message>
    <message>
        <source>Only an approved redemption can be fulfilled.</source>
        <translation>Alleen een goedgekeurde inwisseling kan worden uitgereikt.</translation>
    </message>
    <message>
        <source>This redemption has already been fulfilled.</source>
        <translation>Deze inwisseling is al uitgereikt.</translation>
    </message>
    <message>
        <source>This redemption no longer exists.</source>
        <translation>Deze inwisseling bestaat niet meer.</translation>
    </message>
    <message>
        <source>The end date lies before the start date.</source>
        <translation>De einddatum ligt voor de begindatum.</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Puntenregister</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Boeking</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punten</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Client number</source>
        <translation>Klantnummer</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Reverses entry</source>
        <translation>Tegenboeking van</translation>
    </message>
    <message>
        <source>Balances</source>
        <translation>Saldi</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Badges</translation>
    </message>
    <message>
        <source>Incentives</source>
        <translation>Klantbeloningen</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Incentive</source>
        <translation>Beloning</translation>
    </message>
    <message>
        <source>Marked</source>
        <translation>Aangemerkt</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Gefactureerd</translation>
    </message>
    <message>
        <source>This ledger entry no longer exists.</source>
        <translation>Deze boeking bestaat niet meer.</translation>
    </message>
    <message>
        <source>Only points earned can be reversed; decline a redemption instead.</source>
        <translation>Alleen verdiende punten kunnen worden tegengeboekt; wijs een inwisseling af in plaats daarvan.</translation>
    </message>
    <message>
        <source>This award awaits approval: decline it instead of reversing it.</source>
        <translation>Deze punten wachten op goedkeuring: wijs ze af in plaats van ze tegen te boeken.</translation>
    </message>
    <message>
        <source>An entry without points cannot be reversed.</source>
        <translation>Een boeking zonder punten kan niet worden tegengeboekt.</translation>
    </message>
    <message>
        <source>This entry has already been reversed.</source>
        <translation>Deze boeking is al tegengeboekt.</translation>
    </message>
    <message>
        <source>points balance of {name} is {balance} but the ledger adds up to {total}</source>
        <translation>puntensaldo van {name} is {balance}, maar de boekingen tellen op tot {total}</translation>
    </message>
    <message>
        <source>Client first</source>
        <translation>Klant voorop</translation>
    </message>
    <message>
        <source>Going digital</source>
        <translation>Digitaal werken</translation>
    </message>
    <message>
        <source>Helping a colleague</source>
        <translation>Een collega helpen</translation>
    </message>
    <message>
        <source>Ahead of time</source>
        <translation>Ruim op tijd</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>The tag &apos;{name}&apos; exists already.</source>
        <translation>De waarde &apos;{name}&apos; bestaat al.</translation>
    </message>
    <message>
        <source>This tag no longer exists.</source>
        <translation>Deze waarde bestaat niet meer.</translation>
    </message>
    <message>
        <source>The monthly allowance cannot be negative.</source>
        <translation>Het maandelijkse tegoed kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>Choose 5, 10, 20 or 50 points.</source>
        <translation>Kies 5, 10, 20 of 50 punten.</translation>
    </message>
    <message>
        <source>You cannot recognise yourself.</source>
        <translation>Je kunt jezelf geen waardering geven.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>The message is longer than {count} characters.</source>
        <translation>Het bericht is langer dan {count} tekens.</translation>
    </message>
    <message>
        <source>This staff member no longer exists.</source>
        <translation>Deze medewerker bestaat niet meer.</translation>
    </message>
    <message>
        <source>Choose one of the office&apos;s tags.</source>
        <translation>Kies een van de waarden van het kantoor.</translation>
    </message>
    <message>
        <source>You have {left} points left to give this month.</source>
        <translation>Je kunt deze maand nog {left} punten geven.</translation>
    </message>
    <message>
        <source>Recognised by {giver} for &apos;{tag}&apos;: {message}</source>
        <translation>Waardering van {giver} voor &apos;{tag}&apos;: {message}</translation>
    </message>
    <message>
        <source>Only a stage rule names a stage.</source>
        <translation>Alleen een faseregel noemt een fase.</translation>
    </message>
    <message>
        <source>This stage no longer exists.</source>
        <translation>Deze fase bestaat niet meer.</translation>
    </message>
    <message>
        <source>This rule no longer exists.</source>
        <translation>Deze regel bestaat niet meer.</translation>
    </message>
    <message>
        <source>A rule gives at least one point.</source>
        <translation>Een regel geeft minstens één punt.</translation>
    </message>
    <message>
        <source>A rule&apos;s period cannot end before it starts.</source>
        <translation>De periode van een regel kan niet eindigen voordat ze begint.</translation>
    </message>
    <message>
        <source>A client of mine reached a stage</source>
        <translation>Een klant van mij bereikte een fase</translation>
    </message>
    <message>
        <source>Assessment completed</source>
        <translation>Organisatiemeting ingevuld</translation>
    </message>
    <message>
        <source>Training done</source>
        <translation>Training gevolgd</translation>
    </message>
    <message>
        <source>Next action completed on time</source>
        <translation>Volgende actie op tijd afgerond</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Recognition</source>
        <translation>Waardering</translation>
    </message>
    <message>
        <source>Redemption</source>
        <translation>Inwisseling</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Teruggave</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>Tegenboeking</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Goedkeuring</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>Wacht op goedkeuring</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Goedgekeurd</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <source>Around me (five above, five below)</source>
        <translation>Rond mij (vijf boven, vijf onder)</translation>
    </message>
    <message>
        <source>Team totals</source>
        <translation>Totalen per team</translation>
    </message>
    <message>
        <source>Full ranking</source>
        <translation>Volledige ranglijst</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Uit</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Deze maand</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Dit kwartaal</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>This project no longer exists.</source>
        <translation>Dit project bestaat niet meer.</translation>
    </message>
</context>
<context>
    <name>RewardsView</name>
    <message>
        <source>Rewards</source>
        <translation>Beloningen</translation>
    </message>
    <message>
        <source>Points for bringing clients on board, completing assessments and trainings and acting on time, and recognition from colleagues.</source>
        <translation>Punten voor het meekrijgen van klanten, het invullen van organisatiemetingen, het volgen van trainingen en op tijd handelen, en waardering van collega’s.</translation>
    </message>
    <message>
        <source>&amp;Points of:</source>
        <translation>&amp;Punten van:</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Bezig met lezen…</translation>
    </message>
    <message>
        <source>My points</source>
        <translation>Mijn punten</translation>
    </message>
    <message>
        <source>Give recognition</source>
        <translation>Waardering geven</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catalogus</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Goedkeuringen</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>Ranglijst</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regels</translation>
    </message>
    <message>
        <source>Client rewards</source>
        <translation>Klantbeloningen</translation>
    </message>
    <message>
        <source>Add a reward</source>
        <translation>Beloning toevoegen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <source>Price in points:</source>
        <translation>Prijs in punten:</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Afwijzen</translation>
    </message>
    <message>
        <source>Decline this redemption? The points go back to the colleague.</source>
        <translation>Deze inwisseling afwijzen? De punten gaan terug naar de collega.</translation>
    </message>
    <message>
        <source>Decline this award? It earns no points.</source>
        <translation>Deze punten afwijzen? Ze worden dan niet toegekend.</translation>
    </message>
    <message numerus="yes">
        <source>%n clients marked.</source>
        <translation>
            <numerusform>%n klant aangemerkt.</numerusform>
            <numerusform>%n klanten aangemerkt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct an entry</source>
        <translation>Een boeking corrigeren</translation>
    </message>
    <message>
        <source>Why are these points taken back? (a reversal is booked; nothing is deleted)</source>
        <translation>Waarom worden deze punten teruggenomen? (er wordt een tegenboeking gemaakt; niets wordt verwijderd)</translation>
    </message>
    <message>
        <source>Export the ledger</source>
        <translation>Puntenregister exporteren</translation>
    </message>
    <message>
        <source>ledger.xlsx</source>
        <translation>puntenregister.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>%n ledger entries exported to %1.</source>
        <translation>
            <numerusform>%n boeking geëxporteerd naar %1.</numerusform>
            <numerusform>%n boekingen geëxporteerd naar %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting the ledger…</source>
        <translation>Puntenregister wordt geëxporteerd…</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>Add a rule for a stage</source>
        <translation>Regel voor een fase toevoegen</translation>
    </message>
    <message>
        <source>A client of mine reaches:</source>
        <translation>Een klant van mij bereikt:</translation>
    </message>
    <message>
        <source>Points:</source>
        <translation>Punten:</translation>
    </message>
    <message>
        <source>Add a value</source>
        <translation>Waarde toevoegen</translation>
    </message>
    <message>
        <source>Value or goal to recognise:</source>
        <translation>Waarde of doel om te waarderen:</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <source>New assessment round</source>
        <translation>Nieuwe organisatiemeting</translation>
    </message>
    <message>
        <source>e.g. Baseline spring 2026</source>
        <translation>bijv. Nulmeting voorjaar 2026</translation>
    </message>
    <message>
        <source>(no project)</source>
        <translation>(geen project)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Project:</translation>
    </message>
    <message>
        <source>&amp;Create round</source>
        <translation>Meting &amp;aanmaken</translation>
    </message>
</context>
<context>
    <name>RuleDialog</name>
    <message>
        <source>Rule: %1</source>
        <translation>Regel: %1</translation>
    </message>
    <message>
        <source>&amp;Points:</source>
        <translation>&amp;Punten:</translation>
    </message>
    <message>
        <source>Active &amp;from:</source>
        <translation>Geldig &amp;vanaf:</translation>
    </message>
    <message>
        <source>Active &amp;until:</source>
        <translation>Geldig &amp;tot en met:</translation>
    </message>
    <message>
        <source>A manager &amp;approves each award</source>
        <translation>Een leidinggevende &amp;keurt elke toekenning goed</translation>
    </message>
    <message>
        <source>Rule &amp;on</source>
        <translation>Regel &amp;aan</translation>
    </message>
</context>
<context>
    <name>RulesModel</name>
    <message>
        <source>Behaviour</source>
        <translation>Gedrag</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punten</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Vanaf</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Goedkeuring</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Aan</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: every stage of the kind &apos;%2&apos;</source>
        <translation>%1: elke fase van het soort &apos;%2&apos;</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <source>Rules that award points automatically</source>
        <translation>Regels die automatisch punten toekennen</translation>
    </message>
    <message>
        <source>&amp;Edit rule…</source>
        <translation>Regel &amp;wijzigen…</translation>
    </message>
    <message>
        <source>Add a rule for a s&amp;tage…</source>
        <translation>Regel voor een &amp;fase toevoegen…</translation>
    </message>
    <message>
        <source>Values and goals to recognise</source>
        <translation>Waarden en doelen om te waarderen</translation>
    </message>
    <message>
        <source>Add &amp;value…</source>
        <translation>&amp;Waarde toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Stop offering</source>
        <translation>Niet meer &amp;aanbieden</translation>
    </message>
    <message>
        <source>Monthly allowance per giver (&amp;points):</source>
        <translation>Maandelijks &amp;tegoed per gever (punten):</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>This database was made by a newer version of Draagvlak. Install the latest version to open it.</source>
        <translation>Deze database is gemaakt met een nieuwere versie van Draagvlak. Installeer de nieuwste versie om hem te openen.</translation>
    </message>
    <message>
        <source>This file is not a Draagvlak database.</source>
        <translation>Dit bestand is geen Draagvlak-database.</translation>
    </message>
    <message>
        <source>Updating the database would break links between its records; nothing was changed.</source>
        <translation>Het bijwerken van de database zou koppelingen tussen de gegevens verbreken; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>This file is not a Draagvlak database; it was left unchanged.</source>
        <translation>Dit bestand is geen Draagvlak-database; het is niet gewijzigd.</translation>
    </message>
</context>
<context>
    <name>ScoreGridModel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
</context>
<context>
    <name>ScoreLegend</name>
    <message>
        <source>Score:</source>
        <translation>Score:</translation>
    </message>
    <message>
        <source>1 = not at all · 5 = fully · ▲▼ half a point or more up or down since the previous round</source>
        <translation>1 = helemaal niet · 5 = volledig · ▲▼ een half punt of meer omhoog of omlaag sinds de vorige meting</translation>
    </message>
</context>
<context>
    <name>SegmentApproachEditor</name>
    <message>
        <source>e.g. Visit in person, show the portal on their own invoices.</source>
        <translation>bijv. Persoonlijk langsgaan, het portaal laten zien met hun eigen facturen.</translation>
    </message>
    <message>
        <source>&amp;Approach:</source>
        <translation>&amp;Aanpak:</translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation>Kanalen:</translation>
    </message>
    <message>
        <source>e.g. First quarter of the portal subscription free.</source>
        <translation>bijv. Eerste kwartaal van het portaalabonnement gratis.</translation>
    </message>
    <message>
        <source>&amp;Incentive:</source>
        <translation>B&amp;eloning:</translation>
    </message>
    <message>
        <source>Sa&amp;ve approach</source>
        <translation>Aanpak op&amp;slaan</translation>
    </message>
    <message>
        <source>Save the approach for this segment (Ctrl+S)</source>
        <translation>De aanpak voor dit segment opslaan (Ctrl+S)</translation>
    </message>
    <message>
        <source>No segments</source>
        <translation>Geen segmenten</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
</context>
<context>
    <name>Segments</name>
    <message>
        <source>Front-runner</source>
        <translation>Koploper</translation>
    </message>
    <message>
        <source>Digitally savvy; wants to be first.</source>
        <translation>Digitaal vaardig; wil graag de eerste zijn.</translation>
    </message>
    <message>
        <source>Willing</source>
        <translation>Welwillend</translation>
    </message>
    <message>
        <source>Open to it once shown how.</source>
        <translation>Staat ervoor open zodra het is voorgedaan.</translation>
    </message>
    <message>
        <source>Wait-and-see</source>
        <translation>Afwachtend</translation>
    </message>
    <message>
        <source>Waits until others have gone first.</source>
        <translation>Wacht tot anderen zijn voorgegaan.</translation>
    </message>
    <message>
        <source>Resistant</source>
        <translation>Terughoudend</translation>
    </message>
    <message>
        <source>Prefers paper and personal contact.</source>
        <translation>Heeft liever papier en persoonlijk contact.</translation>
    </message>
    <message>
        <source>There is no segment named &apos;{name}&apos;. Segments: {names}.</source>
        <translation>Er is geen segment met de naam &apos;{name}&apos;. Segmenten: {names}.</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <source>Sheet and format</source>
        <translation>Werkblad en indeling</translation>
    </message>
    <message>
        <source>Check that the file was recognised correctly.</source>
        <translation>Controleer of het bestand goed is herkend.</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Indeling:</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Werkblad:</translation>
    </message>
    <message>
        <source>Column headers in row:</source>
        <translation>Kolomkoppen in rij:</translation>
    </message>
    <message>
        <source>Rows (about):</source>
        <translation>Rijen (circa):</translation>
    </message>
    <message>
        <source>CSV text, {encoding}, separated by {delimiter}</source>
        <translation>CSV-tekst, {encoding}, gescheiden door {delimiter}</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel-werkmap (.xlsx)</translation>
    </message>
    <message>
        <source>{name} (hidden)</source>
        <translation>{name} (verborgen)</translation>
    </message>
    <message>
        <source>none (the first row holds data)</source>
        <translation>geen (de eerste rij bevat gegevens)</translation>
    </message>
    <message>
        <source>Reading the sheet…</source>
        <translation>Werkblad lezen…</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Initialen</translation>
    </message>
    <message>
        <source>The end date cannot be before the start date.</source>
        <translation>De einddatum kan niet vóór de startdatum liggen.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a staff role.</source>
        <translation>&apos;{value}&apos; is geen rol voor een medewerker.</translation>
    </message>
    <message>
        <source>The initials {initials} are already used by {name}.</source>
        <translation>De initialen {initials} zijn al in gebruik bij {name}.</translation>
    </message>
    <message>
        <source>Staff member {id} no longer exists.</source>
        <translation>Medewerker {id} bestaat niet meer.</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Begindatum</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Einddatum</translation>
    </message>
    <message>
        <source>Champion</source>
        <translation>Ambassadeur</translation>
    </message>
    <message>
        <source>Champion since</source>
        <translation>Ambassadeur sinds</translation>
    </message>
    <message>
        <source>Focus area</source>
        <translation>Aandachtsgebied</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capaciteit</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>New staff member</source>
        <translation>Nieuwe medewerker</translation>
    </message>
    <message>
        <source>Edit staff member</source>
        <translation>Medewerker bewerken</translation>
    </message>
    <message>
        <source>e.g. JdV</source>
        <translation>bijv. JdV</translation>
    </message>
    <message>
        <source>name@office.nl</source>
        <translation>naam@kantoor.nl</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Bekend</translation>
    </message>
    <message>
        <source>Leaves / left on</source>
        <translation>Vertrekt / vertrokken op</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Initials:</source>
        <translation>&amp;Initialen:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation>&amp;Startdatum:</translation>
    </message>
    <message>
        <source>En&amp;d date:</source>
        <translation>Eind&amp;datum:</translation>
    </message>
    <message>
        <source>&amp;Champion (ambassador for the change)</source>
        <translation>&amp;Ambassadeur (trekker van de verandering)</translation>
    </message>
    <message>
        <source>e.g. agricultural clients, BVs</source>
        <translation>bijv. agrarische klanten, BV&apos;s</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>niet ingesteld</translation>
    </message>
    <message>
        <source> clients</source>
        <translation> klanten</translation>
    </message>
    <message>
        <source>Since:</source>
        <translation>Sinds:</translation>
    </message>
    <message>
        <source>&amp;Focus area:</source>
        <translation>Aandachts&amp;gebied:</translation>
    </message>
    <message>
        <source>Ca&amp;pacity:</source>
        <translation>Ca&amp;paciteit:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Toe&amp;voegen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>Handing the clients over…</source>
        <translation>De klanten worden overgedragen…</translation>
    </message>
    <message>
        <source>Change &amp;history…</source>
        <translation>Wijzigings&amp;geschiedenis…</translation>
    </message>
</context>
<context>
    <name>StaffNamesBox</name>
    <message>
        <source>Relationship managers not found</source>
        <translation>Relatiebeheerders niet gevonden</translation>
    </message>
    <message>
        <source>Leave without champion</source>
        <translation>Zonder ambassadeur laten</translation>
    </message>
    <message>
        <source>Add as a new staff member</source>
        <translation>Toevoegen als nieuwe medewerker</translation>
    </message>
    <message numerus="yes">
        <source>{name} (%n rows):</source>
        <translation>
            <numerusform>{name} (%n rij):</numerusform>
            <numerusform>{name} (%n rijen):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffRole</name>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Relationship manager</source>
        <translation>Relatiebeheerder</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>Office manager</source>
        <translation>Officemanager</translation>
    </message>
    <message>
        <source>HR</source>
        <translation>HR</translation>
    </message>
    <message>
        <source>IT</source>
        <translation>ICT</translation>
    </message>
</context>
<context>
    <name>StaffTableModel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Initialen</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <source>Champion</source>
        <translation>Ambassadeur</translation>
    </message>
    <message>
        <source>Champion since</source>
        <translation>Ambassadeur sinds</translation>
    </message>
    <message>
        <source>Focus area</source>
        <translation>Aandachtsgebied</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capaciteit</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <source>Left on {date}</source>
        <translation>Vertrokken op {date}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
</context>
<context>
    <name>StaffView</name>
    <message>
        <source>Staff</source>
        <translation>Medewerkers</translation>
    </message>
    <message>
        <source>Everyone in the office; champions carry the change to their clients.</source>
        <translation>Iedereen op het kantoor; ambassadeurs dragen de verandering uit naar hun klanten.</translation>
    </message>
    <message>
        <source>Show &amp;leavers</source>
        <translation>&amp;Vertrokken medewerkers tonen</translation>
    </message>
    <message>
        <source>&amp;New staff member…</source>
        <translation>&amp;Nieuwe medewerker…</translation>
    </message>
    <message>
        <source>Add a staff member (Ctrl+N)</source>
        <translation>Een medewerker toevoegen (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Be&amp;werken…</translation>
    </message>
    <message>
        <source>&amp;Mark as champion</source>
        <translation>Als &amp;ambassadeur aanwijzen</translation>
    </message>
    <message>
        <source>End &amp;date…</source>
        <translation>&amp;Einddatum…</translation>
    </message>
    <message>
        <source>Record when this person leaves the office</source>
        <translation>Vastleggen wanneer deze persoon het kantoor verlaat</translation>
    </message>
    <message>
        <source>New staff member</source>
        <translation>Nieuwe medewerker</translation>
    </message>
    <message numerus="yes">
        <source>%n staff members</source>
        <translation>
            <numerusform>%n medewerker</numerusform>
            <numerusform>%n medewerkers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n champions</source>
        <translation>
            <numerusform>%n ambassadeur</numerusform>
            <numerusform>%n ambassadeurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} is champion for %n clients. They keep {name} as their champion until you assign another one. Unmark anyway?</source>
        <translation>
            <numerusform>{name} is ambassadeur voor %n klant. Die houdt {name} als ambassadeur totdat u een ander toewijst. Toch doorgaan?</numerusform>
            <numerusform>{name} is ambassadeur voor %n klanten. Zij houden {name} als ambassadeur totdat u een ander toewijst. Toch doorgaan?</numerusform>
        </translation>
    </message>
    <message>
        <source>Un&amp;mark champion</source>
        <translation>Niet langer &amp;ambassadeur</translation>
    </message>
    <message>
        <source>Unmark champion</source>
        <translation>Niet langer ambassadeur</translation>
    </message>
    <message>
        <source>&amp;Hand over clients…</source>
        <translation>Klanten &amp;overdragen…</translation>
    </message>
    <message>
        <source>Give this person&apos;s clients to another champion, or spread them</source>
        <translation>De klanten van deze medewerker aan een andere ambassadeur geven, of ze verdelen</translation>
    </message>
    <message>
        <source>Champion&apos;s &amp;page…</source>
        <translation>Ambassadeurs&amp;pagina…</translation>
    </message>
    <message>
        <source>Clients per stage, conversion, stalled clients and next actions due</source>
        <translation>Klanten per fase, conversie, stilgevallen klanten en volgende acties die eraan komen</translation>
    </message>
    <message>
        <source>N&amp;ominations…</source>
        <translation>Voo&amp;rdrachten…</translation>
    </message>
    <message>
        <source>Nominate champions, approve or decline, and see who is suggested</source>
        <translation>Ambassadeurs voordragen, voordrachten goedkeuren of afwijzen, en zien wie wordt voorgesteld</translation>
    </message>
    <message>
        <source>Handing the clients over…</source>
        <translation>De klanten worden overgedragen…</translation>
    </message>
</context>
<context>
    <name>StageCountsModel</name>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klanten</translation>
    </message>
</context>
<context>
    <name>StageEditor</name>
    <message>
        <source>&amp;Add stage</source>
        <translation>Fase &amp;toevoegen</translation>
    </message>
    <message>
        <source>Add a stage at the end (Ins)</source>
        <translation>Een fase aan het eind toevoegen (Ins)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Naam wij&amp;zigen</translation>
    </message>
    <message>
        <source>Rename the selected stage (F2)</source>
        <translation>De naam van de geselecteerde fase wijzigen (F2)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Omh&amp;oog</translation>
    </message>
    <message>
        <source>Move the selected stage up (Alt+Up)</source>
        <translation>De geselecteerde fase omhoog verplaatsen (Alt+Up)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Om&amp;laag</translation>
    </message>
    <message>
        <source>Move the selected stage down (Alt+Down)</source>
        <translation>De geselecteerde fase omlaag verplaatsen (Alt+Down)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <source>Delete the selected stage (Del)</source>
        <translation>De geselecteerde fase verwijderen (Del)</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Geen limiet</translation>
    </message>
    <message>
        <source>This project has no stages yet. Choose “Add stage” (Ins) to create the first.</source>
        <translation>Dit project heeft nog geen fasen. Kies “Fase toevoegen” (Ins) om de eerste aan te maken.</translation>
    </message>
    <message>
        <source>Maximum days per segment</source>
        <translation>Maximumaantal dagen per segment</translation>
    </message>
    <message>
        <source>A client is stalled when it stays in a stage longer than this. Grey numbers are the stage&apos;s own limit; type a number to set a different limit for a segment, 0 to go back to the stage&apos;s limit.</source>
        <translation>Een klant is stilgevallen als hij langer dan dit in een fase blijft. Grijze getallen zijn de eigen limiet van de fase; typ een getal om voor een segment een andere limiet in te stellen, of 0 om terug te gaan naar de limiet van de fase.</translation>
    </message>
    <message>
        <source>Stage default</source>
        <translation>Standaard van de fase</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Nieuwe fase</translation>
    </message>
    <message>
        <source>New stage {number}</source>
        <translation>Nieuwe fase {number}</translation>
    </message>
    <message>
        <source>Stage still in use</source>
        <translation>Fase nog in gebruik</translation>
    </message>
    <message numerus="yes">
        <source>The stage &apos;{name}&apos; still holds %n clients. Move them to another stage on the board first; then the stage can be deleted.</source>
        <translation>
            <numerusform>De fase &apos;{name}&apos; bevat nog %n klant. Verplaats die eerst op het bord naar een andere fase; daarna kan de fase worden verwijderd.</numerusform>
            <numerusform>De fase &apos;{name}&apos; bevat nog %n klanten. Verplaats ze eerst op het bord naar een andere fase; daarna kan de fase worden verwijderd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete stage</source>
        <translation>Fase verwijderen</translation>
    </message>
    <message>
        <source>Delete the stage &apos;{name}&apos;? Moves recorded into or out of it stay in the clients&apos; history.</source>
        <translation>De fase &apos;{name}&apos; verwijderen? Vastgelegde verplaatsingen naar of uit deze fase blijven in de geschiedenis van de klanten staan.</translation>
    </message>
    <message>
        <source>Draagvlak</source>
        <translation>Draagvlak</translation>
    </message>
</context>
<context>
    <name>StageKind</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Won (goal reached)</source>
        <translation>Gewonnen (doel bereikt)</translation>
    </message>
    <message>
        <source>Lost (declined)</source>
        <translation>Verloren (afgehaakt)</translation>
    </message>
    <message>
        <source>Open stage</source>
        <translation>Open fase</translation>
    </message>
    <message>
        <source>Goal reached</source>
        <translation>Doel bereikt</translation>
    </message>
    <message>
        <source>Declined: moving a client here asks for a reason</source>
        <translation>Afgehaakt: bij verplaatsen hierheen wordt om een reden gevraagd</translation>
    </message>
</context>
<context>
    <name>StageModels</name>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Max. days in stage</source>
        <translation>Max. dagen in fase</translation>
    </message>
    <message>
        <source>Clients now</source>
        <translation>Klanten nu</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Geen limiet</translation>
    </message>
    <message>
        <source>Uses the stage&apos;s own limit. Type a number to override it.</source>
        <translation>Gebruikt de limiet van de fase zelf. Typ een getal om die te vervangen.</translation>
    </message>
    <message>
        <source>Overrides the stage&apos;s limit for this segment. Set 0 to remove.</source>
        <translation>Vervangt de limiet van de fase voor dit segment. Vul 0 in om dit te verwijderen.</translation>
    </message>
</context>
<context>
    <name>StageStatsModel</name>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>Ever reached</source>
        <translation>Ooit bereikt</translation>
    </message>
    <message>
        <source>On to next stage</source>
        <translation>Door naar volgende fase</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>Mediaan dagen</translation>
    </message>
    <message>
        <source>Clients in this stage today</source>
        <translation>Klanten die vandaag in deze fase zitten</translation>
    </message>
    <message>
        <source>Clients that were ever in this stage, each counted once</source>
        <translation>Klanten die ooit in deze fase zaten, elk één keer geteld</translation>
    </message>
    <message>
        <source>Share of the clients that reached this stage (or beyond) who got further</source>
        <translation>Aandeel van de klanten die deze fase (of verder) bereikten dat verder kwam</translation>
    </message>
    <message>
        <source>Median number of days clients spent in this stage</source>
        <translation>Mediaan van het aantal dagen dat klanten in deze fase doorbrachten</translation>
    </message>
</context>
<context>
    <name>StageTemplates</name>
    <message>
        <source>Not approached</source>
        <translation>Niet benaderd</translation>
    </message>
    <message>
        <source>Informed</source>
        <translation>Geïnformeerd</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Uitgenodigd</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Geactiveerd</translation>
    </message>
    <message>
        <source>First use</source>
        <translation>Eerste gebruik</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Afgehaakt</translation>
    </message>
</context>
<context>
    <name>SuggestionsModel</name>
    <message>
        <source>Staff member</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Desire</source>
        <translation>Bereidheid</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Kennis</translation>
    </message>
    <message>
        <source>Ability</source>
        <translation>Vaardigheid</translation>
    </message>
</context>
<context>
    <name>TakersModel</name>
    <message>
        <source>Champion</source>
        <translation>Ambassadeur</translation>
    </message>
    <message>
        <source>Clients now</source>
        <translation>Klanten nu</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capaciteit</translation>
    </message>
    <message>
        <source>Receives</source>
        <translation>Krijgt erbij</translation>
    </message>
    <message>
        <source>Afterwards</source>
        <translation>Daarna</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>niet ingesteld</translation>
    </message>
    <message>
        <source> (over capacity)</source>
        <translation> (boven capaciteit)</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>{field} is required.</source>
        <translation>{field} is verplicht.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a Dutch postcode (expected like 1234 AB).</source>
        <translation>&apos;{value}&apos; is geen Nederlandse postcode (verwacht zoals 1234 AB).</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a valid e-mail address.</source>
        <translation>&apos;{value}&apos; is geen geldig e-mailadres.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a KvK number (8 digits).</source>
        <translation>&apos;{value}&apos; is geen KvK-nummer (8 cijfers).</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a valid phone number.</source>
        <translation>&apos;{value}&apos; is geen geldig telefoonnummer.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date (expected DD-MM-YYYY).</source>
        <translation>&apos;{value}&apos; is geen datum (verwacht DD-MM-JJJJ).</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a whole number of 0 or more.</source>
        <translation>&apos;{value}&apos; is geen geheel getal van 0 of meer.</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <source>Welcome to Draagvlak</source>
        <translation>Welkom bij Draagvlak</translation>
    </message>
    <message>
        <source>Draagvlak helps your office bring staff and clients along with new ICT, such as a client portal: champions, onboarding stages per client and an approach per client segment. Your data stays on this PC.</source>
        <translation>Draagvlak helpt uw kantoor om medewerkers en klanten mee te nemen in nieuwe ICT, zoals een klantportaal: ambassadeurs, onboardingfasen per klant en een aanpak per klantsegment. Uw gegevens blijven op deze pc.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>e.g. Van Dijk Accountants</source>
        <translation>bijv. Van Dijk Accountants</translation>
    </message>
    <message>
        <source>Office &amp;name:</source>
        <translation>Kantoor&amp;naam:</translation>
    </message>
    <message>
        <source>Optional: shown on the rollout plan</source>
        <translation>Optioneel: staat op het uitrolplan</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>Lo&amp;go:</source>
        <translation>Lo&amp;go:</translation>
    </message>
    <message>
        <source>Optional: e.g. Anna de Vries</source>
        <translation>Optioneel: bijv. Anna de Vries</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Uw naam:</translation>
    </message>
    <message>
        <source>You become the first staff member; moves and contacts record your name.</source>
        <translation>U wordt de eerste medewerker; verplaatsingen en contacten worden op uw naam vastgelegd.</translation>
    </message>
    <message>
        <source>Load &amp;demo office</source>
        <translation>De&amp;mokantoor laden</translation>
    </message>
    <message>
        <source>Fill Draagvlak with a believable example office to explore it.</source>
        <translation>Vul Draagvlak met een realistisch voorbeeldkantoor om het programma te verkennen.</translation>
    </message>
    <message>
        <source>&amp;Start empty</source>
        <translation>&amp;Leeg beginnen</translation>
    </message>
    <message>
        <source>&amp;Import client list…</source>
        <translation>Klantenlijst &amp;importeren…</translation>
    </message>
    <message>
        <source>Read your clients from an export of your practice software (CSV or Excel)</source>
        <translation>Lees uw klanten in uit een export van uw praktijksoftware (CSV of Excel)</translation>
    </message>
    <message>
        <source>You can change all of this later under File ▸ Office settings.</source>
        <translation>U kunt dit later allemaal wijzigen via Bestand ▸ Kantoorinstellingen.</translation>
    </message>
    <message>
        <source>Choose the office logo</source>
        <translation>Kies het logo van het kantoor</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>Afbeeldingen ({patterns})</translation>
    </message>
    <message>
        <source>My office</source>
        <translation>Mijn kantoor</translation>
    </message>
    <message>
        <source>Creating the demo office…</source>
        <translation>Demokantoor aanmaken…</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>_MoveDialogBase</name>
    <message>
        <source>&amp;Note (optional):</source>
        <translation>&amp;Opmerking (optioneel):</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Verplaatsen</translation>
    </message>
</context>
</TS>
