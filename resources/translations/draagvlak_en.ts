<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Adopters</name>
    <message numerus="yes">
        <source>{element}, %n rounds</source>
        <translation>
            <numerusform>{element}, %n round</numerusform>
            <numerusform>{element}, %n rounds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssessmentsView</name>
    <message numerus="yes">
        <source>%n people scored in this round</source>
        <translation>
            <numerusform>%n person scored in this round</numerusform>
            <numerusform>%n people scored in this round</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message numerus="yes">
        <source>Assign to the %n selected clients:</source>
        <translation>
            <numerusform>Assign to the %n selected client:</numerusform>
            <numerusform>Assign to the %n selected clients:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message numerus="yes">
        <source>Replace the database by the backup of {when} (%n clients)?

Everything changed since then is lost. The current database is backed up first, so this can be undone.</source>
        <translation>
            <numerusform>Replace the database by the backup of {when} (%n client)?

Everything changed since then is lost. The current database is backed up first, so this can be undone.</numerusform>
            <numerusform>Replace the database by the backup of {when} (%n clients)?

Everything changed since then is lost. The current database is backed up first, so this can be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message numerus="yes">
        <source>%n clients on the board</source>
        <translation>
            <numerusform>%n client on the board</numerusform>
            <numerusform>%n clients on the board</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkAssignment</name>
    <message numerus="yes">
        <source>Assigned to %n clients.</source>
        <translation>
            <numerusform>Assigned to %n client.</numerusform>
            <numerusform>Assigned to %n clients.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clients were changed since the assignment and keep their new values.</source>
        <translation>
            <numerusform>%n client was changed since the assignment and keeps its new values.</numerusform>
            <numerusform>%n clients were changed since the assignment and keep their new values.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogueModel</name>
    <message numerus="yes">
        <source>%n points</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Champions</name>
    <message numerus="yes">
        <source>%n of the selected clients no longer exist.</source>
        <translation>
            <numerusform>%n of the selected clients no longer exists.</numerusform>
            <numerusform>%n of the selected clients no longer exist.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>Imported %n clients; the report could not be written: {reason}</source>
        <translation>
            <numerusform>Imported %n client; the report could not be written: {reason}</numerusform>
            <numerusform>Imported %n clients; the report could not be written: {reason}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected rows saved as {path}</source>
        <translation>
            <numerusform>%n rejected row saved as {path}</numerusform>
            <numerusform>%n rejected rows saved as {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clients</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clients to call</source>
        <translation>
            <numerusform>%n client to call</numerusform>
            <numerusform>%n clients to call</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved {path} (%n pages, version {version})</source>
        <translation>
            <numerusform>Saved {path} (%n page, version {version})</numerusform>
            <numerusform>Saved {path} (%n pages, version {version})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ledger entries written to {path}.</source>
        <translation>
            <numerusform>%n ledger entry written to {path}.</numerusform>
            <numerusform>%n ledger entries written to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clients marked for the incentive.</source>
        <translation>
            <numerusform>%n client marked for the incentive.</numerusform>
            <numerusform>%n clients marked for the incentive.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clients written to {path}.</source>
        <translation>
            <numerusform>%n client written to {path}.</numerusform>
            <numerusform>%n clients written to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Handed over %n clients of {name}: {shares}.</source>
        <translation>
            <numerusform>Handed over %n client of {name}: {shares}.</numerusform>
            <numerusform>Handed over %n clients of {name}: {shares}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backup written to {path} ({size}, %n clients).</source>
        <translation>
            <numerusform>Backup written to {path} ({size}, %n client).</numerusform>
            <numerusform>Backup written to {path} ({size}, %n clients).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored {path} (%n clients).</source>
        <translation>
            <numerusform>Restored {path} (%n client).</numerusform>
            <numerusform>Restored {path} (%n clients).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replace {database} by {backup} (%n clients)? [y/N] </source>
        <translation>
            <numerusform>Replace {database} by {backup} (%n client)? [y/N] </numerusform>
            <numerusform>Replace {database} by {backup} (%n clients)? [y/N] </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retention period: %n months.</source>
        <translation>
            <numerusform>Retention period: %n month.</numerusform>
            <numerusform>Retention period: %n months.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n archived clients are past the retention period.</source>
        <translation>
            <numerusform>%n archived client is past the retention period.</numerusform>
            <numerusform>%n archived clients are past the retention period.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erase the personal data of these %n clients?</source>
        <translation>
            <numerusform>Erase the personal data of %n client?</numerusform>
            <numerusform>Erase the personal data of these %n clients?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clients were anonymised.</source>
        <translation>
            <numerusform>%n client was anonymised.</numerusform>
            <numerusform>%n clients were anonymised.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientsView</name>
    <message numerus="yes">
        <source>At least %n clients (counting…)</source>
        <translation>
            <numerusform>At least %n client (counting…)</numerusform>
            <numerusform>At least %n clients (counting…)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clients</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Coverage</name>
    <message numerus="yes">
        <source>%n staff members</source>
        <translation>
            <numerusform>%n staff member</numerusform>
            <numerusform>%n staff members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n champions</source>
        <translation>
            <numerusform>%n champion</numerusform>
            <numerusform>%n champions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} holds {clients} clients against a capacity of %n.</source>
        <translation>
            <numerusform>{name} holds {clients} clients against a capacity of %n.</numerusform>
            <numerusform>{name} holds {clients} clients against a capacity of %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} has left but is still champion of %n clients: hand them over.</source>
        <translation>
            <numerusform>{name} has left but is still champion of %n client: hand it over.</numerusform>
            <numerusform>{name} has left but is still champion of %n clients: hand them over.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{have} for {staff} staff: about one per {per} is advised, so at least %n.</source>
        <translation>
            <numerusform>{have} for {staff} staff: about one per {per} is advised, so at least %n.</numerusform>
            <numerusform>{have} for {staff} staff: about one per {per} is advised, so at least %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No champion for the segment {segment} (%n clients).</source>
        <translation>
            <numerusform>No champion for the segment {segment} (%n client).</numerusform>
            <numerusform>No champion for the segment {segment} (%n clients).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No champion in the team {team} (%n staff members).</source>
        <translation>
            <numerusform>No champion in the team {team} (%n staff member).</numerusform>
            <numerusform>No champion in the team {team} (%n staff members).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message numerus="yes">
        <source>Forecast: the average weekly growth of Active clients over the last %n weeks continued from today; the band runs from the fastest to the slowest of those weeks.</source>
        <translation>
            <numerusform>Forecast: the growth of Active clients over the last %n week continued from today; the band runs from the fastest to the slowest week.</numerusform>
            <numerusform>Forecast: the average weekly growth of Active clients over the last %n weeks continued from today; the band runs from the fastest to the slowest of those weeks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weeks</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message numerus="yes">
        <source>On track or at their goal: {on_track} of %n projects.</source>
        <translation>
            <numerusform>On track or at their goal: {on_track} of %n project.</numerusform>
            <numerusform>On track or at their goal: {on_track} of %n projects.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n enrolled clients</source>
        <translation>
            <numerusform>%n enrolled client</numerusform>
            <numerusform>%n enrolled clients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message numerus="yes">
        <source>Saved {name} (%n rows).</source>
        <translation>
            <numerusform>Saved {name} (%n row).</numerusform>
            <numerusform>Saved {name} (%n rows).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message numerus="yes">
        <source>{name} is champion of %n active clients. Who takes them over? The hand-over is written into each client&apos;s history.</source>
        <translation>
            <numerusform>{name} is champion of %n active client. Who takes it over? The hand-over is written into the client&apos;s history.</numerusform>
            <numerusform>{name} is champion of %n active clients. Who takes them over? The hand-over is written into each client&apos;s history.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message numerus="yes">
        <source>%n formula cells have no saved result and read as empty. Open the file in Excel and save it to store the results.</source>
        <translation>
            <numerusform>%n formula cell has no saved result and reads as empty. Open the file in Excel and save it to store the results.</numerusform>
            <numerusform>%n formula cells have no saved result and read as empty. Open the file in Excel and save it to store the results.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clients enrolled in the project.</source>
        <translation>
            <numerusform>%n client enrolled in the project.</numerusform>
            <numerusform>%n clients enrolled in the project.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No staff member is called &apos;{name}&apos; (%n rows): those clients stay without a champion (--create-staff adds them as staff members).</source>
        <translation>
            <numerusform>No staff member is called &apos;{name}&apos; (%n row): that client stays without a champion (--create-staff adds them as staff members).</numerusform>
            <numerusform>No staff member is called &apos;{name}&apos; (%n rows): those clients stay without a champion (--create-staff adds them as staff members).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeaderboardPage</name>
    <message numerus="yes">
        <source>You earned %n points in this period.</source>
        <translation>
            <numerusform>You earned %n point in this period.</numerusform>
            <numerusform>You earned %n points in this period.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoveController</name>
    <message numerus="yes">
        <source>Move undone for %n clients.</source>
        <translation>
            <numerusform>Move undone for %n client.</numerusform>
            <numerusform>Move undone for %n clients.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n clients to {stage}.</source>
        <translation>
            <numerusform>Moved %n client to {stage}.</numerusform>
            <numerusform>Moved %n clients to {stage}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoveToDialog</name>
    <message numerus="yes">
        <source>Move %n clients</source>
        <translation>
            <numerusform>Move %n client</numerusform>
            <numerusform>Move %n clients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanPdf</name>
    <message numerus="yes">
        <source>%n clients are still in “{stage}”, the largest open group.</source>
        <translation>
            <numerusform>%n client is still in “{stage}”, the largest open group.</numerusform>
            <numerusform>%n clients are still in “{stage}”, the largest open group.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measures are open</source>
        <translation>
            <numerusform>%n measure is open</numerusform>
            <numerusform>%n measures are open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n of them past their due date</source>
        <translation>
            <numerusform>, %n of them past its due date</numerusform>
            <numerusform>, %n of them past their due date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>For %n staff members the barrier is {element}.</source>
        <translation>
            <numerusform>For %n staff member the barrier is {element}.</numerusform>
            <numerusform>For %n staff members the barrier is {element}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Round “{round}” of {date}: %n staff members scored from 1 (not there yet) to 5.</source>
        <translation>
            <numerusform>Round “{round}” of {date}: %n staff member scored from 1 (not there yet) to 5.</numerusform>
            <numerusform>Round “{round}” of {date}: %n staff members scored from 1 (not there yet) to 5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open clients</source>
        <translation>
            <numerusform>%n open client</numerusform>
            <numerusform>%n open clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clients take part in this project.</source>
        <translation>
            <numerusform>%n client takes part in this project.</numerusform>
            <numerusform>%n clients take part in this project.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of them, %n use the portal actively ({percent}).</source>
        <translation>
            <numerusform>Of them, %n uses the portal actively ({percent}).</numerusform>
            <numerusform>Of them, %n use the portal actively ({percent}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At the pace of the last %n weeks the goal is reached around {date}</source>
        <translation>
            <numerusform>At the pace of the last %n week the goal is reached around {date}</numerusform>
            <numerusform>At the pace of the last %n weeks the goal is reached around {date}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n weeks after the target date</source>
        <translation>
            <numerusform>, %n week after the target date</numerusform>
            <numerusform>, %n weeks after the target date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved {name} (%n pages, version {version}).</source>
        <translation>
            <numerusform>Saved {name} (%n page, version {version}).</numerusform>
            <numerusform>Saved {name} (%n pages, version {version}).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PointsPage</name>
    <message numerus="yes">
        <source>%n points</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortfolioDialog</name>
    <message numerus="yes">
        <source>Next actions due (overdue and the coming %n days)</source>
        <translation>
            <numerusform>Next actions due (overdue and the coming %n day)</numerusform>
            <numerusform>Next actions due (overdue and the coming %n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active clients</source>
        <translation>
            <numerusform>%n active client</numerusform>
            <numerusform>%n active clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in no project</source>
        <translation>
            <numerusform>%n in no project</numerusform>
            <numerusform>%n in no project</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectsView</name>
    <message numerus="yes">
        <source>%n clients</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n projects</source>
        <translation>
            <numerusform>%n project</numerusform>
            <numerusform>%n projects</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecognitionPage</name>
    <message numerus="yes">
        <source>%n points</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You can give %n more points this month.</source>
        <translation>
            <numerusform>You can give %n more point this month.</numerusform>
            <numerusform>You can give %n more points this month.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message numerus="yes">
        <source>%n clients enrolled in the project.</source>
        <translation>
            <numerusform>%n client enrolled in the project.</numerusform>
            <numerusform>%n clients enrolled in the project.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message numerus="yes">
        <source>%n archived clients are past the retention period.</source>
        <translation>
            <numerusform>%n archived client is past the retention period.</numerusform>
            <numerusform>%n archived clients are past the retention period.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erase the personal data of %n archived clients for good?

Their history stays, anonymous, so counts and figures do not change. Backups made before now still hold the data until the rotation removes them (after about a year).</source>
        <translation>
            <numerusform>Erase the personal data of %n archived client for good?

Its history stays, anonymous, so counts and figures do not change. Backups made before now still hold the data until the rotation removes them (after about a year).</numerusform>
            <numerusform>Erase the personal data of %n archived clients for good?

Their history stays, anonymous, so counts and figures do not change. Backups made before now still hold the data until the rotation removes them (after about a year).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RewardsView</name>
    <message numerus="yes">
        <source>%n clients marked.</source>
        <translation>
            <numerusform>%n client marked.</numerusform>
            <numerusform>%n clients marked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ledger entries exported to %1.</source>
        <translation>
            <numerusform>%n ledger entry exported to %1.</numerusform>
            <numerusform>%n ledger entries exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffNamesBox</name>
    <message numerus="yes">
        <source>{name} (%n rows):</source>
        <translation>
            <numerusform>{name} (%n row):</numerusform>
            <numerusform>{name} (%n rows):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffView</name>
    <message numerus="yes">
        <source>%n staff members</source>
        <translation>
            <numerusform>%n staff member</numerusform>
            <numerusform>%n staff members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n champions</source>
        <translation>
            <numerusform>%n champion</numerusform>
            <numerusform>%n champions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} is champion for %n clients. They keep {name} as their champion until you assign another one. Unmark anyway?</source>
        <translation>
            <numerusform>{name} is champion for %n client. That client keeps {name} as their champion until you assign another one. Unmark anyway?</numerusform>
            <numerusform>{name} is champion for %n clients. They keep {name} as their champion until you assign another one. Unmark anyway?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StageEditor</name>
    <message numerus="yes">
        <source>The stage &apos;{name}&apos; still holds %n clients. Move them to another stage on the board first; then the stage can be deleted.</source>
        <translation>
            <numerusform>The stage &apos;{name}&apos; still holds %n client. Move them to another stage on the board first; then the stage can be deleted.</numerusform>
            <numerusform>The stage &apos;{name}&apos; still holds %n clients. Move them to another stage on the board first; then the stage can be deleted.</numerusform>
        </translation>
    </message>
</context>
</TS>
