<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
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
        <source>The export cannot be saved as {name}: {reason}</source>
        <translation>De export kan niet worden opgeslagen als {name}: {reason}</translation>
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
        <source>Score:</source>
        <translation>Score:</translation>
    </message>
    <message>
        <source>1 = not at all · 5 = fully · ▲▼ half a point or more up or down since the previous round</source>
        <translation>1 = helemaal niet · 5 = volledig · ▲▼ een half punt of meer omhoog of omlaag sinds de vorige meting</translation>
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
        <source>Moves are recorded under this name</source>
        <translation>Verplaatsingen worden onder deze naam vastgelegd</translation>
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
    <message>
        <source>Working as {name}</source>
        <translation>U werkt als {name}</translation>
    </message>
    <message>
        <source>Who are you?</source>
        <translation>Wie bent u?</translation>
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
        <source>There is no project named &apos;{name}&apos;. Projects: {names}.</source>
        <translation>Er is geen project met de naam &apos;{name}&apos;. Projecten: {names}.</translation>
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
    <name>ClientTableModel</name>
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
        <source>Changed</source>
        <translation>Gewijzigd</translation>
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
        <source>Find client</source>
        <translation>Klant zoeken</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Nieuwe klant</translation>
    </message>
    <message>
        <source>Archive client</source>
        <translation>Klant archiveren</translation>
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
        <source>Change</source>
        <translation>Verschil</translation>
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
</context>
<context>
    <name>Identity</name>
    <message>
        <source>No name was chosen; nothing was changed.</source>
        <translation>Er is geen naam gekozen; er is niets gewijzigd.</translation>
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
    <name>MainWindow</name>
    <message>
        <source>Draagvlak</source>
        <translation>Draagvlak</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Import clients…</source>
        <translation>Klanten &amp;importeren…</translation>
    </message>
    <message>
        <source>&amp;Office settings…</source>
        <translation>&amp;Kantoorinstellingen…</translation>
    </message>
    <message>
        <source>Import &amp;history…</source>
        <translation>Import&amp;geschiedenis…</translation>
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
        <source>About Draagvlak</source>
        <translation>Over Draagvlak</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Draagvlak {version}&lt;/h3&gt;&lt;p&gt;Bring an accounting firm&apos;s clients along with new ICT, such as a client portal: the client list and its import, staff champions, onboarding projects with stages and an approach per segment, and a board to move clients on.&lt;/p&gt;&lt;p&gt;All data stays on your own PC or server.&lt;/p&gt;&lt;p&gt;Database: {database}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Draagvlak {version}&lt;/h3&gt;&lt;p&gt;Neem de klanten van een administratiekantoor mee in nieuwe ICT, zoals een klantportaal: de klantenlijst en het importeren ervan, ambassadeurs onder de medewerkers, projecten met fasen en een aanpak per segment, en een bord om klanten door hun traject te schuiven.&lt;/p&gt;&lt;p&gt;Alle gegevens blijven op uw eigen pc of server.&lt;/p&gt;&lt;p&gt;Database: {database}&lt;/p&gt;</translation>
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
        <source>e.g. Van Dijk Accountants</source>
        <translation>bijv. Van Dijk Accountants</translation>
    </message>
    <message>
        <source>Office &amp;name:</source>
        <translation>Kantoor&amp;naam:</translation>
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
