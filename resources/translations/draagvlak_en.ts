<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
