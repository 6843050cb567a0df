<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>App</name>
    <message>
        <source>Draagvlak cannot start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>database file or SQLAlchemy URL (default: $DRAAGVLAK_DB, else the data folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draagvlak: adoption management for accounting firms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fill the database with a demo office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace a non-empty database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the database: integrity, schema revision, counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draagvlak: interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draagvlak: unexpected error ({error}); details in {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo office created: {staff} staff, {clients} clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema revision: {revision}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity: {result}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientType</name>
    <message>
        <source>Sole trader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BV (private limited company)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Association / foundation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agricultural</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Clients</name>
    <message>
        <source>Client number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a client type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen segment does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen champion does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client number {number} is already used by {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client {id} no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database cannot be opened: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Draagvlak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Draagvlak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Draagvlak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Draagvlak {version}&lt;/h3&gt;&lt;p&gt;Adoption management for accounting firms: champions, client onboarding, readiness, rewards and rollout plans.&lt;/p&gt;&lt;p&gt;All data stays on your own PC or server.&lt;/p&gt;&lt;p&gt;Database: {database}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Projects</name>
    <message>
        <source>Unknown stage template &apos;{template}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project named &apos;{name}&apos; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal must be a percentage from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project has no stages yet. Add a stage first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This stage no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new order must list every stage of the project once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage &apos;{name}&apos; still holds clients. Move them to another stage first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project already has a stage named &apos;{name}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maximum number of days must be 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This segment no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>This database was made by a newer version of Draagvlak. Install the latest version to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a Draagvlak database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Segments</name>
    <message>
        <source>Front-runner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digitally savvy; wants to be first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Willing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open to it once shown how.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait-and-see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waits until others have gone first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefers paper and personal contact.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageTemplates</name>
    <message>
        <source>Not approached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>{field} is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a Dutch postcode (expected like 1234 AB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a valid e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a KvK number (8 digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date (expected DD-MM-YYYY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a whole number of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <source>Welcome to Draagvlak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draagvlak helps your office bring staff and clients along with new ICT, such as a client portal: champions, onboarding stages per client, readiness and rewards. Your data stays on this PC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Van Dijk Accountants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;demo office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill Draagvlak with a believable example office to explore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the demo office…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
