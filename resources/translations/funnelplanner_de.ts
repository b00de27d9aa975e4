<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>Über {app}</translation>
    </message>
    <message>
        <source>&lt;h2&gt;{app} {version}&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;{app} {version}&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Plan the month for both hats of a one-person business: leads, contacts, marketing and sales tasks, targets and a printed plan. Your data stays in one file on this computer.</source>
        <translation>Planen Sie den Monat für beide Hüte eines Ein-Personen-Unternehmens: Leads, Kontakte, Aufgaben für Marketing und Vertrieb, Ziele und ein gedruckter Plan. Ihre Daten bleiben in einer Datei auf diesem Computer.</translation>
    </message>
    <message>
        <source>License: {license}</source>
        <translation>Lizenz: {license}</translation>
    </message>
    <message>
        <source>Your data file:</source>
        <translation>Ihre Datendatei:</translation>
    </message>
    <message>
        <source>Your data file</source>
        <translation>Ihre Datendatei</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Open the data file&apos;s folder</source>
        <translation>Ordner der Datendatei öffnen</translation>
    </message>
    <message>
        <source>Cannot open the folder</source>
        <translation>Der Ordner lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>No file manager opened {folder}.</source>
        <translation>Kein Dateimanager hat {folder} geöffnet.</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>New criterion</source>
        <translation>Neues Kriterium</translation>
    </message>
    <message>
        <source>The agreement between the hats</source>
        <translation>Die Vereinbarung zwischen den Hüten</translation>
    </message>
    <message>
        <source>These are the rules marketing and sales agree to keep. Breaking one shows up on the lead, so nobody has to remember them.</source>
        <translation>Diese Regeln vereinbaren Marketing und Vertrieb. Wird eine gebrochen, zeigt der Lead es an – niemand muss sie im Kopf behalten.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Sales follows up a new SQL within</source>
        <translation>Frist für den Erstkontakt mit neuem SQL</translation>
    </message>
    <message>
        <source>Contacts before a lead may be marked lost</source>
        <translation>Kontakte, bevor ein Lead als verloren gelten darf</translation>
    </message>
    <message>
        <source>Sales follows up a new SQL within N days</source>
        <translation>Der Vertrieb meldet sich bei einem neuen SQL innerhalb von N Tagen</translation>
    </message>
    <message>
        <source>Qualification criteria</source>
        <translation>Qualifizierungskriterien</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>Kriterium hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove criterion</source>
        <translation>Kriterium entfernen</translation>
    </message>
    <message>
        <source>Agreement error</source>
        <translation>Fehler in der Vereinbarung</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>{app} — demo business (thrown away when you quit)</source>
        <translation>{app} — Demo-Firma (wird beim Beenden verworfen)</translation>
    </message>
    <message>
        <source>{app} cannot open its data</source>
        <translation>{app} kann seine Daten nicht öffnen</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Taken</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>When the app started</source>
        <translation>Beim Start der App</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Vor einem Upgrade</translation>
    </message>
    <message>
        <source>While you worked</source>
        <translation>Während der Arbeit</translation>
    </message>
    <message>
        <source>Backed up by you</source>
        <translation>Von Ihnen gesichert</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Copies of {file}, made when the app starts, at most hourly while you work, and before an upgrade or a restore. The 10 newest and one a day for the last 30 days are kept.</source>
        <translation>Kopien von {file}: beim Start der App, höchstens stündlich während der Arbeit und vor einem Upgrade oder einer Wiederherstellung. Die 10 neuesten und eine pro Tag der letzten 30 Tage bleiben erhalten.</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Sicherungen, neueste zuerst</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Wiederherstellen…</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>Gewählte Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Open the backups folder</source>
        <translation>Sicherungsordner öffnen</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>beschädigt</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Noch keine Sicherungen.</translation>
    </message>
    <message>
        <source>Backing up {file}…</source>
        <translation>{file} wird gesichert…</translation>
    </message>
    <message>
        <source>No backup made</source>
        <translation>Keine Sicherung erstellt</translation>
    </message>
    <message>
        <source>Backed up to {file}.</source>
        <translation>Gesichert in {file}.</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Replace your data with the backup taken {taken} ({leads} leads)?

Your data as it is now is kept as a backup first.</source>
        <translation>Ihre Daten durch die Sicherung vom {taken} ({leads} Leads) ersetzen?

Der jetzige Stand wird vorher als Sicherung aufbewahrt.</translation>
    </message>
    <message>
        <source>Restoring the backup taken {taken}…</source>
        <translation>Die Sicherung vom {taken} wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>Nothing restored</source>
        <translation>Nichts wiederhergestellt</translation>
    </message>
    <message>
        <source>Restored the backup taken {taken}. Your data as it was is kept in {file}.</source>
        <translation>Die Sicherung vom {taken} ist wiederhergestellt. Der vorherige Stand liegt in {file}.</translation>
    </message>
    <message>
        <source>Cannot open the backups folder</source>
        <translation>Der Sicherungsordner lässt sich nicht öffnen</translation>
    </message>
</context>
<context>
    <name>CampaignChannel</name>
    <message>
        <source>Newsletter</source>
        <translation>Newsletter</translation>
    </message>
    <message>
        <source>Ads</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Blog / SEO</source>
        <translation>Blog / SEO</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Social Media</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Webinar</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>Direct mail</source>
        <translation>Direktmailing</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Neue Kampagne</translation>
    </message>
    <message>
        <source>Edit campaign</source>
        <translation>Kampagne bearbeiten</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>e.g. Spring newsletter</source>
        <translation>z. B. Frühjahrs-Newsletter</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Beginnt am</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Endet am</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>e.g. 1200</source>
        <translation>z. B. 1200</translation>
    </message>
    <message>
        <source>Expected leads</source>
        <translation>Erwartete Leads</translation>
    </message>
    <message>
        <source>e.g. 40</source>
        <translation>z. B. 40</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>&amp;Name *</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>&amp;Kanal</translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation>&amp;Budget</translation>
    </message>
    <message>
        <source>E&amp;xpected leads</source>
        <translation>E&amp;rwartete Leads</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otizen</translation>
    </message>
    <message>
        <source>Campaign not saved</source>
        <translation>Kampagne nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>CampaignsView</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Expected leads</source>
        <translation>Erwartete Leads</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>MQLs</source>
        <translation>MQLs</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Cost per lead</source>
        <translation>Kosten pro Lead</translation>
    </message>
    <message>
        <source>Cost per customer</source>
        <translation>Kosten pro Kunde</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <source>No campaigns yet. Plan one with New campaign….</source>
        <translation>Noch keine Kampagnen. Planen Sie eine mit „Neue Kampagne…“.</translation>
    </message>
    <message>
        <source>New campaign…</source>
        <translation>Neue Kampagne…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>The campaigns could not be counted: {problem}</source>
        <translation>Die Kampagnen konnten nicht gezählt werden: {problem}</translation>
    </message>
    <message>
        <source>Delete campaign</source>
        <translation>Kampagne löschen</translation>
    </message>
    <message>
        <source>Delete the campaign “{name}”? Its leads and tasks stay, unattributed.</source>
        <translation>Die Kampagne „{name}“ löschen? Ihre Leads und Aufgaben bleiben, ohne Zuordnung.</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Videoanruf</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Social Media</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>Newsletter</translation>
    </message>
    <message>
        <source>Ad</source>
        <translation>Anzeige</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>ChartCanvas</name>
    <message>
        <source>The chart could not be drawn: {problem}</source>
        <translation>Das Diagramm lässt sich nicht zeichnen: {problem}</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>{month}: target vs actual</source>
        <translation>{month}: Soll und Ist</translation>
    </message>
    <message>
        <source>No data yet: set a target or log leads for this month</source>
        <translation>Noch keine Daten: Setzen Sie ein Ziel oder erfassen Sie Leads für diesen Monat</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Soll</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Ist</translation>
    </message>
    <message>
        <source>People entering the stage this month</source>
        <translation>Neu in der Phase in diesem Monat</translation>
    </message>
    <message>
        <source>Conversion, last month</source>
        <translation>Konversion, letzter Monat</translation>
    </message>
    <message>
        <source>Conversion, last {count} months</source>
        <translation>Konversion, letzte {count} Monate</translation>
    </message>
    <message>
        <source>Conversion by month</source>
        <translation>Konversion nach Monat</translation>
    </message>
    <message>
        <source>No data yet: conversion shows once leads move between stages</source>
        <translation>Noch keine Daten: Die Konversion erscheint, sobald Leads die Phase wechseln</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Konversion</translation>
    </message>
    <message>
        <source>Leads and customers by channel</source>
        <translation>Leads und Kunden nach Kanal</translation>
    </message>
    <message>
        <source>No data yet: give leads a source to compare channels</source>
        <translation>Noch keine Daten: Geben Sie Leads eine Quelle, um Kanäle zu vergleichen</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Leads, and customers won from them</source>
        <translation>Leads und daraus gewonnene Kunden</translation>
    </message>
    <message>
        <source>Contacts to close</source>
        <translation>Kontakte bis zum Abschluss</translation>
    </message>
    <message>
        <source>No data yet: this fills in as customers are won</source>
        <translation>Noch keine Daten: Das füllt sich, sobald Kunden gewonnen werden</translation>
    </message>
    <message>
        <source>Contacts to close, 1 customer</source>
        <translation>Kontakte bis zum Abschluss, 1 Kunde</translation>
    </message>
    <message>
        <source>Contacts to close, {count} customers</source>
        <translation>Kontakte bis zum Abschluss, {count} Kunden</translation>
    </message>
    <message>
        <source>Median {value}</source>
        <translation>Median {value}</translation>
    </message>
    <message>
        <source>median {value}</source>
        <translation>Median {value}</translation>
    </message>
    <message>
        <source>Contacts logged before the sale</source>
        <translation>Erfasste Kontakte vor dem Abschluss</translation>
    </message>
</context>
<context>
    <name>ColdGapsBox</name>
    <message>
        <source>Going cold after (days without contact)</source>
        <translation>Erkaltet nach (Tagen ohne Kontakt)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Talked</source>
        <translation>Gesprochen</translation>
    </message>
    <message>
        <source>Left a message</source>
        <translation>Nachricht hinterlassen</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Nicht erreicht</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Geantwortet</translation>
    </message>
    <message>
        <source>Meeting booked</source>
        <translation>Termin vereinbart</translation>
    </message>
    <message>
        <source>Demo given</source>
        <translation>Demo gezeigt</translation>
    </message>
    <message>
        <source>Proposal sent</source>
        <translation>Angebot geschickt</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>Kein Interesse</translation>
    </message>
    <message>
        <source>Log contact: {name}</source>
        <translation>Kontakt erfassen: {name}</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) so far</source>
        <translation>
            <numerusform>bisher %n Kontakt</numerusform>
            <numerusform>bisher %n Kontakte</numerusform>
        </translation>
    </message>
    <message>
        <source>Hat</source>
        <translation>Hut</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Outbound (I reached out)</source>
        <translation>Ausgehend (ich habe mich gemeldet)</translation>
    </message>
    <message>
        <source>Inbound (they reached out)</source>
        <translation>Eingehend (sie haben sich gemeldet)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>What was said, what was promised</source>
        <translation>Was gesagt, was versprochen wurde</translation>
    </message>
    <message>
        <source>Next follow-up on</source>
        <translation>Nächste Wiedervorlage am</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Nächste Wiedervorlage</translation>
    </message>
    <message>
        <source>&amp;Hat</source>
        <translation>&amp;Hut</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>&amp;Kanal</translation>
    </message>
    <message>
        <source>&amp;Direction</source>
        <translation>&amp;Richtung</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Wann</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Ergebnis</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <source>Log contact</source>
        <translation>Kontakt erfassen</translation>
    </message>
    <message>
        <source>Contact not logged</source>
        <translation>Kontakt nicht erfasst</translation>
    </message>
</context>
<context>
    <name>DataFilePage</name>
    <message>
        <source>Data file in use</source>
        <translation>Verwendete Datendatei</translation>
    </message>
    <message>
        <source>Open another…</source>
        <translation>Andere öffnen…</translation>
    </message>
    <message>
        <source>Open another data file</source>
        <translation>Andere Datendatei öffnen</translation>
    </message>
    <message>
        <source>Choose a data file, or name a new one to start afresh</source>
        <translation>Eine Datendatei wählen oder eine neue benennen, um neu anzufangen</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>Verschieben…</translation>
    </message>
    <message>
        <source>Move the data file</source>
        <translation>Datendatei verschieben</translation>
    </message>
    <message>
        <source>Copy the data to a new place, check the copy and use it from now on</source>
        <translation>Die Daten an einen neuen Ort kopieren, die Kopie prüfen und ab jetzt verwenden</translation>
    </message>
    <message>
        <source>The window reopens on the file you choose, and opens it again next time. Moving copies your data and leaves the old file where it was, as a backup. Changes not yet saved on the other pages are dropped.</source>
        <translation>Das Fenster öffnet sich neu mit der gewählten Datei, auch beim nächsten Start. Verschieben kopiert Ihre Daten und lässt die alte Datei als Sicherung, wo sie war. Noch nicht gespeicherte Änderungen auf den anderen Seiten gehen verloren.</translation>
    </message>
    <message>
        <source>Your leads, tasks and plans are kept in:</source>
        <translation>Ihre Leads, Aufgaben und Pläne liegen in:</translation>
    </message>
    <message>
        <source>Funnel Planner data (*.sqlite *.db);;All files (*)</source>
        <translation>Funnel-Planner-Daten (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Move the data file to</source>
        <translation>Datendatei verschieben nach</translation>
    </message>
    <message>
        <source>Not moved</source>
        <translation>Nicht verschoben</translation>
    </message>
    <message>
        <source>{target} already exists. Funnel Planner does not write over a file; choose a new name, or use Open another… to open that file.</source>
        <translation>{target} gibt es schon. Funnel Planner überschreibt keine Datei; wählen Sie einen neuen Namen, oder öffnen Sie diese Datei mit „Andere öffnen…“.</translation>
    </message>
    <message>
        <source>Copying your data to {target}…</source>
        <translation>Ihre Daten werden nach {target} kopiert…</translation>
    </message>
    <message>
        <source>{problem}

Your data stays in {current}.</source>
        <translation>{problem}

Ihre Daten bleiben in {current}.</translation>
    </message>
    <message>
        <source>Data file moved</source>
        <translation>Datendatei verschoben</translation>
    </message>
    <message>
        <source>Your data is now in {target}; the window opens it from now on.

The old file stays at {current} as a backup. Delete it yourself once you are sure you no longer need it.</source>
        <translation>Ihre Daten liegen jetzt in {target}; das Fenster öffnet ab jetzt diese Datei.

Die alte Datei bleibt als Sicherung in {current}. Löschen Sie sie selbst, sobald Sie sicher sind, dass Sie sie nicht mehr brauchen.</translation>
    </message>
</context>
<context>
    <name>DialogButtons</name>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>Direction</name>
    <message>
        <source>Outbound</source>
        <translation>Ausgehend</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Eingehend</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <source>{field} error</source>
        <translation>Fehler bei {field}</translation>
    </message>
</context>
<context>
    <name>FollowUpNotifier</name>
    <message numerus="yes">
        <source>%Ln follow-up(s) due</source>
        <translation>
            <numerusform>%Ln Wiedervorlage fällig</numerusform>
            <numerusform>%Ln Wiedervorlagen fällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new SQL(s) waiting for a contact</source>
        <translation>
            <numerusform>%Ln neuer SQL wartet auf Kontakt</numerusform>
            <numerusform>%Ln neue SQLs warten auf Kontakt</numerusform>
        </translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} und {second}</translation>
    </message>
    <message>
        <source>{what}. See the sales hat&apos;s Today list.</source>
        <translation>{what}. Mehr in der Heute-Liste des Vertriebs.</translation>
    </message>
    <message>
        <source>Funnel Planner: follow-ups due</source>
        <translation>Funnel Planner: Wiedervorlagen fällig</translation>
    </message>
</context>
<context>
    <name>FormRows</name>
    <message>
        <source>— no campaign —</source>
        <translation>— keine Kampagne —</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Ca&amp;mpaign</source>
        <translation>Ka&amp;mpagne</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>d MMM yyyy</source>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM yyyy, HH:mm</source>
        <translation>d. MMM yyyy, HH:mm</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <source>{app} user guide</source>
        <translation>{app}: Benutzerhandbuch (auf Englisch)</translation>
    </message>
</context>
<context>
    <name>Hat</name>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Vertrieb</translation>
    </message>
    <message>
        <source>Marketing hat</source>
        <translation>Marketing-Hut</translation>
    </message>
    <message>
        <source>Sales hat</source>
        <translation>Vertriebs-Hut</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>— not imported —</source>
        <translation>— nicht importieren —</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Update the stored lead</source>
        <translation>Lead aktualisieren</translation>
    </message>
    <message>
        <source>Add as a new lead</source>
        <translation>Als neuen Lead anlegen</translation>
    </message>
    <message>
        <source>Import leads</source>
        <translation>Leads importieren</translation>
    </message>
    <message>
        <source>Import leads from {file}</source>
        <translation>Leads aus {file} importieren</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>durch Komma getrennt</translation>
    </message>
    <message>
        <source>semicolon-separated</source>
        <translation>durch Semikolon getrennt</translation>
    </message>
    <message>
        <source>tab-separated</source>
        <translation>durch Tabulator getrennt</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{file}&lt;/b&gt;: {origin}, {count} row(s) ({how})</source>
        <translation>
            <numerusform>&lt;b&gt;{file}&lt;/b&gt;: {origin}, {count} Zeile ({how})</numerusform>
            <numerusform>&lt;b&gt;{file}&lt;/b&gt;: {origin}, {count} Zeilen ({how})</numerusform>
        </translation>
    </message>
    <message>
        <source>File read</source>
        <translation>Gelesene Datei</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Zuordnung der Spalten</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importieren als</translation>
    </message>
    <message>
        <source>Import column {title} as</source>
        <translation>Spalte {title} importieren als</translation>
    </message>
    <message>
        <source>Stage for rows that give none</source>
        <translation>Phase für Zeilen ohne Phase</translation>
    </message>
    <message>
        <source>&amp;Stage when the file gives none</source>
        <translation>&amp;Phase, wenn die Datei keine nennt</translation>
    </message>
    <message>
        <source>Ca&amp;mpaign for every lead</source>
        <translation>Ka&amp;mpagne für jeden Lead</translation>
    </message>
    <message>
        <source>What to do with every duplicate</source>
        <translation>Was mit jeder Dublette geschieht</translation>
    </message>
    <message>
        <source>Rows that match stored leads</source>
        <translation>Zeilen, die gespeicherten Leads entsprechen</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>In der Datei</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Entspricht</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>&amp;Duplicates</source>
        <translation>&amp;Dubletten</translation>
    </message>
    <message>
        <source>For every duplicate:</source>
        <translation>Für jede Dublette:</translation>
    </message>
    <message>
        <source>Problems in rows</source>
        <translation>Probleme in Zeilen</translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation>Pro&amp;bleme</translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation>Was der Import tun wird</translation>
    </message>
    <message>
        <source>Rows checked</source>
        <translation>Zeilen geprüft</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>&amp;Columns: check what each column becomes</source>
        <translation>&amp;Spalten: Prüfen Sie, was aus jeder Spalte wird</translation>
    </message>
    <message>
        <source>Checking {total} rows…</source>
        <translation>{total} Zeilen werden geprüft…</translation>
    </message>
    <message>
        <source>Checking rows: {done} of {total}…</source>
        <translation>Zeilen werden geprüft: {done} von {total}…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot import yet:&lt;/b&gt; {reason}</source>
        <translation>&lt;b&gt;Noch kein Import möglich:&lt;/b&gt; {reason}</translation>
    </message>
    <message>
        <source>&lt;b&gt;The rows could not be checked:&lt;/b&gt; {reason}</source>
        <translation>&lt;b&gt;Die Zeilen konnten nicht geprüft werden:&lt;/b&gt; {reason}</translation>
    </message>
    <message>
        <source>{name} (lead #{id})</source>
        <translation>{name} (Lead #{id})</translation>
    </message>
    <message>
        <source>{name} (row {row})</source>
        <translation>{name} (Zeile {row})</translation>
    </message>
    <message>
        <source>What to do with row {row}</source>
        <translation>Was mit Zeile {row} geschieht</translation>
    </message>
    <message>
        <source>No row matches a stored lead or an earlier row.</source>
        <translation>Keine Zeile entspricht einem gespeicherten Lead oder einer früheren Zeile.</translation>
    </message>
    <message>
        <source>{found} duplicates; the first {shown} are listed. The rest follow the choice for every duplicate.</source>
        <translation>{found} Dubletten; die ersten {shown} sind aufgeführt. Für die übrigen gilt die Wahl für jede Dublette.</translation>
    </message>
    <message numerus="yes">
        <source>{count} row(s) match a stored lead or an earlier row (same email or phone, or a very similar name at the same company).</source>
        <translation>
            <numerusform>{count} Zeile entspricht einem gespeicherten Lead oder einer früheren Zeile (gleiche E-Mail oder Telefonnummer oder ein sehr ähnlicher Name in derselben Firma).</numerusform>
            <numerusform>{count} Zeilen entsprechen einem gespeicherten Lead oder einer früheren Zeile (gleiche E-Mail oder Telefonnummer oder ein sehr ähnlicher Name in derselben Firma).</numerusform>
        </translation>
    </message>
    <message>
        <source>Row {row}: {problem}</source>
        <translation>Zeile {row}: {problem}</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… und {count} weitere</translation>
    </message>
    <message>
        <source>None: every row can be imported.</source>
        <translation>Keine: Jede Zeile lässt sich importieren.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Will create {create}, update {update} and skip {skip} lead(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;Legt {create} an, aktualisiert {update} und überspringt {skip} Lead&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;Legt {create} an, aktualisiert {update} und überspringt {skip} Leads&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source> (skipped: {why})</source>
        <translation> (übersprungen: {why})</translation>
    </message>
    <message>
        <source>Importing leads…</source>
        <translation>Leads werden importiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was imported.</source>
        <translation>Der Import wurde abgebrochen: Nichts wurde importiert.</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>ImportReading</name>
    <message>
        <source>Reading {name}…</source>
        <translation>{name} wird gelesen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Import leads</source>
        <translation>Leads importieren</translation>
    </message>
    <message>
        <source>Cannot import this file</source>
        <translation>Diese Datei lässt sich nicht importieren</translation>
    </message>
</context>
<context>
    <name>ImportWorker</name>
    <message>
        <source>The import failed and nothing was written: {error}</source>
        <translation>Der Import ist gescheitert, nichts wurde geschrieben: {error}</translation>
    </message>
</context>
<context>
    <name>InstanceLock</name>
    <message>
        <source>this computer</source>
        <translation>diesem Computer</translation>
    </message>
    <message>
        <source>{file} is already open in another Funnel Planner window (process {pid} on {host}). Switch to that window, or close it and try again.</source>
        <translation>{file} ist schon in einem anderen Funnel-Planner-Fenster geöffnet (Prozess {pid} auf {host}). Wechseln Sie zu diesem Fenster, oder schließen Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>{file} cannot be opened: the disk it is on is full. What was saved before is safe; free some space on the disk and start Funnel Planner again.</source>
        <translation>{file} lässt sich nicht öffnen: Der Datenträger ist voll. Bisher Gespeichertes ist sicher; geben Sie Platz auf dem Datenträger frei und starten Sie Funnel Planner erneut.</translation>
    </message>
    <message>
        <source>{file} cannot be opened: its lock file {lock} cannot be written beside it. Make the folder writable, or choose another file (funnelplanner --db FILE).</source>
        <translation>{file} lässt sich nicht öffnen: Die Sperrdatei {lock} kann daneben nicht angelegt werden. Machen Sie den Ordner beschreibbar, oder wählen Sie eine andere Datei (funnelplanner --db DATEI).</translation>
    </message>
</context>
<context>
    <name>LeadDialog</name>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>Newsletter</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Social Media</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>Ads</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Cold outreach</source>
        <translation>Kaltakquise</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>New lead</source>
        <translation>Neuer Lead</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Full name of the person</source>
        <translation>Vollständiger Name der Person</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Company or organisation</source>
        <translation>Firma oder Organisation</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@beispiel.de</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>+1 555 010 2030</source>
        <translation>+49 30 1234567</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>example.com</source>
        <translation>beispiel.de</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Where the lead came from</source>
        <translation>Woher der Lead kam</translation>
    </message>
    <message>
        <source>Expected deal value, e.g. 1200</source>
        <translation>Erwarteter Auftragswert, z. B. 1200</translation>
    </message>
    <message>
        <source>Estimated value</source>
        <translation>Geschätzter Wert</translation>
    </message>
    <message>
        <source>Why the stage changes (optional)</source>
        <translation>Warum sich die Phase ändert (optional)</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Wiedervorlage am</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Nächste Wiedervorlage</translation>
    </message>
    <message>
        <source>Qualification: the criteria agreed between the hats</source>
        <translation>Qualifizierung: die zwischen den Hüten vereinbarten Kriterien</translation>
    </message>
    <message>
        <source>Qualification criteria</source>
        <translation>Qualifizierungskriterien</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Needs, budget, timing, anything worth remembering</source>
        <translation>Bedarf, Budget, Zeitplan, alles Wichtige</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>&amp;Name *</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>&amp;Firma</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>&amp;Website</translation>
    </message>
    <message>
        <source>So&amp;urce</source>
        <translation>&amp;Quelle</translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation>We&amp;rt</translation>
    </message>
    <message>
        <source>Ca&amp;mpaign</source>
        <translation>Ka&amp;mpagne</translation>
    </message>
    <message>
        <source>S&amp;tage</source>
        <translation>Ph&amp;ase</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Grund</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otizen</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Mögliche Dubletten</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Stage &amp;history</source>
        <translation>Phasen&amp;verlauf</translation>
    </message>
    <message>
        <source>Contact log</source>
        <translation>Kontaktprotokoll</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Hat</source>
        <translation>Hut</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>&amp;Log contact…</source>
        <translation>Kontakt &amp;erfassen…</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>Phasenverlauf</translation>
    </message>
    <message>
        <source>Lead: {name}</source>
        <translation>Lead: {name}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; contact(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; Kontakt</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; Kontakte</numerusform>
        </translation>
    </message>
    <message>
        <source>last contact {when}</source>
        <translation>letzter Kontakt {when}</translation>
    </message>
    <message>
        <source>value {value}</source>
        <translation>Wert {value}</translation>
    </message>
    <message>
        <source>&amp;Contacts ({count})</source>
        <translation>&amp;Kontakte ({count})</translation>
    </message>
    <message>
        <source> (criteria overridden)</source>
        <translation> (Kriterien übergangen)</translation>
    </message>
    <message>
        <source>Already in your leads with the same email or phone: {leads}. Press Save again to save this one anyway.</source>
        <translation>Schon unter Ihren Leads, mit derselben E-Mail oder Telefonnummer: {leads}. Klicken Sie erneut auf Speichern, um diesen trotzdem zu speichern.</translation>
    </message>
    <message>
        <source>Qualification criteria not met</source>
        <translation>Qualifizierungskriterien nicht erfüllt</translation>
    </message>
    <message>
        <source>{name} does not meet: {criteria}.

Move to SQL anyway? The move is recorded as an override of the agreement.</source>
        <translation>{name} erfüllt nicht: {criteria}.

Trotzdem zu SQL verschieben? Das wird als Abweichung von der Vereinbarung vermerkt.</translation>
    </message>
    <message>
        <source>Lead not saved</source>
        <translation>Lead nicht gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>Before import: %n contact(s)</source>
        <translation>
            <numerusform>Vor dem Import: %n Kontakt</numerusform>
            <numerusform>Vor dem Import: %n Kontakte</numerusform>
        </translation>
    </message>
    <message>
        <source>, last {when}</source>
        <translation>, zuletzt {when}</translation>
    </message>
</context>
<context>
    <name>LeadField</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Created date</source>
        <translation>Angelegt am</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Nächste Wiedervorlage</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Times contacted</source>
        <translation>Anzahl Kontakte</translation>
    </message>
    <message>
        <source>Last contacted</source>
        <translation>Letzter Kontakt</translation>
    </message>
</context>
<context>
    <name>LeadsPanel</name>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Filter leads</source>
        <translation>Leads filtern</translation>
    </message>
    <message>
        <source>Filter by name, company, email, phone or source</source>
        <translation>Nach Name, Firma, E-Mail, Telefon oder Quelle filtern</translation>
    </message>
    <message>
        <source>Show stage</source>
        <translation>Phase anzeigen</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Alle Phasen</translation>
    </message>
    <message>
        <source>No leads yet. Add your first with New lead (Ctrl+N), or from the command line.</source>
        <translation>Noch keine Leads. Legen Sie den ersten mit „Neuer Lead“ (Strg+N) an oder über die Kommandozeile.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln+ lead(s) match</source>
        <translation>
            <numerusform>%Ln+ passender Lead</numerusform>
            <numerusform>%Ln+ passende Leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln+ lead(s)</source>
        <translation>
            <numerusform>%Ln+ Lead</numerusform>
            <numerusform>%Ln+ Leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s) match</source>
        <translation>
            <numerusform>%Ln passender Lead</numerusform>
            <numerusform>%Ln passende Leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s)</source>
        <translation>
            <numerusform>%Ln Lead</numerusform>
            <numerusform>%Ln Leads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadsTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Follow-up overdue</source>
        <translation>Wiedervorlage überfällig</translation>
    </message>
</context>
<context>
    <name>LongTask</name>
    <message>
        <source>It failed, and nothing was changed: {error}</source>
        <translation>Das ist fehlgeschlagen, es wurde nichts geändert: {error}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>To-dos for Thunderbird, Apple Reminders, Outlook (*.ics)</source>
        <translation>To-dos für Thunderbird, Apple Erinnerungen, Outlook (*.ics)</translation>
    </message>
    <message>
        <source>All-day events for Google Calendar (*.ics)</source>
        <translation>Ganztägige Termine für Google Kalender (*.ics)</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>Leads &amp;&amp; tasks</source>
        <translation>Leads &amp;&amp; Aufgaben</translation>
    </message>
    <message>
        <source>Month plan</source>
        <translation>Monatsplan</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <source>Data file: {path}</source>
        <translation>Datendatei: {path}</translation>
    </message>
    <message>
        <source>Today&apos;s lists could not be brought up to date: {problem}</source>
        <translation>Die Heute-Listen konnten nicht aktualisiert werden: {problem}</translation>
    </message>
    <message>
        <source>&amp;New lead…</source>
        <translation>&amp;Neuer Lead…</translation>
    </message>
    <message>
        <source>Enter a new lead by hand</source>
        <translation>Einen neuen Lead von Hand erfassen</translation>
    </message>
    <message>
        <source>&amp;Open lead…</source>
        <translation>Lead ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open the selected lead with its contact log and stage history</source>
        <translation>Den gewählten Lead mit Kontaktprotokoll und Phasenverlauf öffnen</translation>
    </message>
    <message>
        <source>&amp;Log contact…</source>
        <translation>&amp;Kontakt erfassen…</translation>
    </message>
    <message>
        <source>Log a contact with the selected lead</source>
        <translation>Einen Kontakt mit dem gewählten Lead erfassen</translation>
    </message>
    <message>
        <source>&amp;Delete lead…</source>
        <translation>Lead &amp;löschen…</translation>
    </message>
    <message>
        <source>Delete the selected lead with its contacts</source>
        <translation>Den gewählten Lead mit seinen Kontakten löschen</translation>
    </message>
    <message>
        <source>New &amp;task…</source>
        <translation>&amp;Neue Aufgabe…</translation>
    </message>
    <message>
        <source>Add a task to the current hat</source>
        <translation>Eine Aufgabe für den aktuellen Hut anlegen</translation>
    </message>
    <message>
        <source>Mark task &amp;done</source>
        <translation>Aufgabe &amp;erledigt</translation>
    </message>
    <message>
        <source>Mark the selected task done (or not done)</source>
        <translation>Die gewählte Aufgabe als erledigt (oder unerledigt) markieren</translation>
    </message>
    <message>
        <source>&amp;Edit task…</source>
        <translation>Aufgabe &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected task of the current hat</source>
        <translation>Die gewählte Aufgabe des aktuellen Huts bearbeiten</translation>
    </message>
    <message>
        <source>De&amp;lete task…</source>
        <translation>Aufgabe &amp;löschen…</translation>
    </message>
    <message>
        <source>Delete the selected task of the current hat</source>
        <translation>Die gewählte Aufgabe des aktuellen Huts löschen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>T&amp;rash…</source>
        <translation>&amp;Papierkorb…</translation>
    </message>
    <message>
        <source>Deleted leads: restore them, or empty the Trash</source>
        <translation>Gelöschte Leads: wiederherstellen oder den Papierkorb leeren</translation>
    </message>
    <message>
        <source>&amp;Find leads</source>
        <translation>Leads &amp;suchen</translation>
    </message>
    <message>
        <source>Filter the leads as you type</source>
        <translation>Die Leads beim Tippen filtern</translation>
    </message>
    <message>
        <source>&amp;Import leads…</source>
        <translation>Leads &amp;importieren…</translation>
    </message>
    <message>
        <source>Bring leads in from another CRM&apos;s CSV export or a vCard file</source>
        <translation>Leads aus dem CSV-Export eines anderen CRM oder aus einer vCard-Datei übernehmen</translation>
    </message>
    <message>
        <source>Export leads as &amp;CSV…</source>
        <translation>Leads als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Save every lead to a CSV file that spreadsheets and other CRMs open</source>
        <translation>Alle Leads in einer CSV-Datei speichern, die Tabellenkalkulationen und andere CRMs öffnen</translation>
    </message>
    <message>
        <source>Export tasks to a &amp;calendar…</source>
        <translation>Aufgaben in einen &amp;Kalender exportieren…</translation>
    </message>
    <message>
        <source>Save tasks and follow-ups as to-dos in an iCalendar (.ics) file</source>
        <translation>Aufgaben und Wiedervorlagen als To-dos in einer iCalendar-Datei (.ics) speichern</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Sicherungen…</translation>
    </message>
    <message>
        <source>Back up your data now, or put a backup back</source>
        <translation>Ihre Daten jetzt sichern oder eine Sicherung zurückspielen</translation>
    </message>
    <message>
        <source>&amp;Print plan…</source>
        <translation>Plan &amp;drucken…</translation>
    </message>
    <message>
        <source>Preview and print the month&apos;s plan: targets, both hats&apos; work, charts</source>
        <translation>Den Monatsplan ansehen und drucken: Ziele, die Arbeit beider Hüte, Diagramme</translation>
    </message>
    <message>
        <source>&amp;Export plan as PDF…</source>
        <translation>Plan als &amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>Save the month&apos;s plan as a PDF file</source>
        <translation>Den Monatsplan als PDF-Datei speichern</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Funnel Planner &amp;einrichten…</translation>
    </message>
    <message>
        <source>Business name, currency, week start, paper, follow-up gaps, data file, theme</source>
        <translation>Firmenname, Währung, Wochenbeginn, Papier, Wiedervorlagen, Datendatei, Farbschema</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit Funnel Planner</source>
        <translation>Funnel Planner beenden</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Handbuch (englisch)</translation>
    </message>
    <message>
        <source>The two hats, the funnel and every part of the window, in short</source>
        <translation>Die zwei Hüte, der Trichter und jeder Teil des Fensters, kurz erklärt (auf Englisch)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Every keyboard shortcut, by menu</source>
        <translation>Alle Tastenkürzel, nach Menü</translation>
    </message>
    <message>
        <source>&amp;Remove demo data</source>
        <translation>Demodaten &amp;entfernen</translation>
    </message>
    <message>
        <source>Take out the demo business in one step; what you added stays</source>
        <translation>Die Demo-Firma in einem Schritt entfernen; was Sie selbst angelegt haben, bleibt</translation>
    </message>
    <message>
        <source>&amp;About Funnel Planner</source>
        <translation>Ü&amp;ber Funnel Planner</translation>
    </message>
    <message>
        <source>Version, license and where your data file is</source>
        <translation>Version, Lizenz und wo Ihre Datendatei liegt</translation>
    </message>
    <message>
        <source>&amp;Leads and tasks</source>
        <translation>&amp;Leads und Aufgaben</translation>
    </message>
    <message>
        <source>Show the leads and each hat&apos;s tasks</source>
        <translation>Die Leads und die Aufgaben beider Hüte zeigen</translation>
    </message>
    <message>
        <source>&amp;Month plan</source>
        <translation>&amp;Monatsplan</translation>
    </message>
    <message>
        <source>Targets, the funnel worked backwards, the agreement and actuals</source>
        <translation>Ziele, der rückwärts gerechnete Trichter, die Vereinbarung und die Ist-Zahlen</translation>
    </message>
    <message>
        <source>&amp;Campaigns</source>
        <translation>&amp;Kampagnen</translation>
    </message>
    <message>
        <source>The marketing hat&apos;s campaigns and what they brought in</source>
        <translation>Die Kampagnen des Marketing-Huts und was sie gebracht haben</translation>
    </message>
    <message>
        <source>&amp;Agreement between the hats…</source>
        <translation>&amp;Vereinbarung zwischen den Hüten…</translation>
    </message>
    <message>
        <source>Follow-up days, contacts before lost, going-cold gaps, qualification criteria</source>
        <translation>Frist für Wiedervorlagen, Kontakte vor „verloren“, Tage bis zum Erkalten, Qualifizierungskriterien</translation>
    </message>
    <message>
        <source>Show the marketing workspace</source>
        <translation>Den Arbeitsbereich des Marketings zeigen</translation>
    </message>
    <message>
        <source>Show the sales workspace</source>
        <translation>Den Arbeitsbereich des Vertriebs zeigen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Leads</source>
        <translation>&amp;Leads</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>&amp;Aufgaben</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>A&amp;nsicht</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Wearing:</source>
        <translation>Ich trage:</translation>
    </message>
    <message>
        <source>Select a lead first, then log a contact.</source>
        <translation>Wählen Sie zuerst einen Lead, dann erfassen Sie einen Kontakt.</translation>
    </message>
    <message>
        <source>Delete lead</source>
        <translation>Lead löschen</translation>
    </message>
    <message numerus="yes">
        <source>Move {name} with %n logged contact(s) and the stage history to the Trash? Tasks linked to this lead are kept. Edit → Undo or Leads → Trash brings the lead back.</source>
        <translation>
            <numerusform>{name} mit %n erfasstem Kontakt und dem Phasenverlauf in den Papierkorb verschieben? Mit diesem Lead verknüpfte Aufgaben bleiben erhalten. Bearbeiten → Rückgängig oder Leads → Papierkorb holt den Lead zurück.</numerusform>
            <numerusform>{name} mit %n erfassten Kontakten und dem Phasenverlauf in den Papierkorb verschieben? Mit diesem Lead verknüpfte Aufgaben bleiben erhalten. Bearbeiten → Rückgängig oder Leads → Papierkorb holt den Lead zurück.</numerusform>
        </translation>
    </message>
    <message>
        <source>Moved {name} to the Trash</source>
        <translation>{name} liegt jetzt im Papierkorb</translation>
    </message>
    <message>
        <source>Open tasks: marketing {marketing} · sales {sales}</source>
        <translation>Offene Aufgaben: Marketing {marketing} · Vertrieb {sales}</translation>
    </message>
    <message>
        <source>Import leads</source>
        <translation>Leads importieren</translation>
    </message>
    <message>
        <source>Contacts (*.csv *.tsv *.txt *.vcf *.vcard);;All files (*)</source>
        <translation>Kontakte (*.csv *.tsv *.txt *.vcf *.vcard);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Imported {file}: {created} created, {updated} updated, {skipped} skipped</source>
        <translation>{file} importiert: {created} neu, {updated} aktualisiert, {skipped} übersprungen</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln lead(s) to {path}</source>
        <translation>
            <numerusform>%Ln Lead nach {path} exportiert</numerusform>
            <numerusform>%Ln Leads nach {path} exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Export leads as CSV</source>
        <translation>Leads als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln event(s) to {path}</source>
        <translation>
            <numerusform>%Ln Termin nach {path} exportiert</numerusform>
            <numerusform>%Ln Termine nach {path} exportiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln to-do(s) to {path}</source>
        <translation>
            <numerusform>%Ln To-do nach {path} exportiert</numerusform>
            <numerusform>%Ln To-dos nach {path} exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Export tasks and follow-ups to a calendar</source>
        <translation>Aufgaben und Wiedervorlagen in einen Kalender exportieren</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>{file} wird geschrieben…</translation>
    </message>
    <message>
        <source>Writing {file}… {done} of {total}</source>
        <translation>{file} wird geschrieben… {done} von {total}</translation>
    </message>
    <message>
        <source>Nothing exported</source>
        <translation>Nichts exportiert</translation>
    </message>
    <message>
        <source>{problem}

Choose another folder or file name.</source>
        <translation>{problem}

Wählen Sie einen anderen Ordner oder Dateinamen.</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written</source>
        <translation>Export abgebrochen: Es wurde keine Datei geschrieben</translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>Einstellungen gespeichert</translation>
    </message>
    <message>
        <source>The automatic backup failed: {problem}</source>
        <translation>Die automatische Sicherung ist fehlgeschlagen: {problem}</translation>
    </message>
    <message>
        <source>Demo data not removed</source>
        <translation>Demodaten nicht entfernt</translation>
    </message>
    <message>
        <source>Removed the demo business: {leads} leads, {tasks} tasks, {campaigns} campaigns. Edit → Undo puts it back.</source>
        <translation>Demo-Firma entfernt: {leads} Leads, {tasks} Aufgaben, {campaigns} Kampagnen. Bearbeiten → Rückgängig holt sie zurück.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Follow-up days must be between 0 and 365</source>
        <translation>Die Tage bis zur Wiedervorlage müssen zwischen 0 und 365 liegen</translation>
    </message>
    <message>
        <source>Contacts before lost must be between 0 and 1000</source>
        <translation>Die Kontakte vor „verloren“ müssen zwischen 0 und 1000 liegen</translation>
    </message>
    <message>
        <source>The gap for {stage} must be 1 to 3650 days</source>
        <translation>Der Abstand für {stage} muss 1 bis 3650 Tage betragen</translation>
    </message>
    <message>
        <source>A qualification criterion cannot be empty</source>
        <translation>Ein Qualifizierungskriterium darf nicht leer sein</translation>
    </message>
    <message>
        <source>Qualification criteria must be different from each other</source>
        <translation>Die Qualifizierungskriterien müssen sich voneinander unterscheiden</translation>
    </message>
    <message>
        <source>A qualification criterion is at most 80 characters</source>
        <translation>Ein Qualifizierungskriterium hat höchstens 80 Zeichen</translation>
    </message>
    <message>
        <source>no sales contact within {days} day of becoming an SQL</source>
        <translation>kein Vertriebskontakt binnen {days} Tag nach dem Wechsel zu SQL</translation>
    </message>
    <message>
        <source>no sales contact within {days} days of becoming an SQL</source>
        <translation>kein Vertriebskontakt binnen {days} Tagen nach dem Wechsel zu SQL</translation>
    </message>
    <message>
        <source>first sales contact after {late} day (the agreement says {days})</source>
        <translation>erster Vertriebskontakt nach {late} Tag (laut Vereinbarung {days})</translation>
    </message>
    <message>
        <source>first sales contact after {late} days (the agreement says {days})</source>
        <translation>erster Vertriebskontakt nach {late} Tagen (laut Vereinbarung {days})</translation>
    </message>
    <message>
        <source>marked lost after {contacts} contact (the agreement says at least {minimum})</source>
        <translation>nach {contacts} Kontakt als verloren markiert (laut Vereinbarung mindestens {minimum})</translation>
    </message>
    <message>
        <source>marked lost after {contacts} contacts (the agreement says at least {minimum})</source>
        <translation>nach {contacts} Kontakten als verloren markiert (laut Vereinbarung mindestens {minimum})</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Firmenname</translation>
    </message>
    <message>
        <source>Currency: {code} is not an ISO 4217 code in use; choose one from the list</source>
        <translation>Währung: {code} ist kein gültiger ISO-4217-Code; wählen Sie einen aus der Liste</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Week start must be Monday, Sunday or Saturday</source>
        <translation>Die Woche muss am Montag, Sonntag oder Samstag beginnen</translation>
    </message>
    <message>
        <source>Paper must be A4 or Letter</source>
        <translation>Das Papier muss A4 oder Letter sein</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{problem}</translation>
    </message>
    <message>
        <source>{first}; {rest}</source>
        <translation>{first}; {rest}</translation>
    </message>
    <message>
        <source>Rate {step} is missing</source>
        <translation>Die Quote {step} fehlt</translation>
    </message>
    <message>
        <source>Rate {step} must be above 0 %: at 0 % no number of leads would be enough</source>
        <translation>Die Quote {step} muss über 0 % liegen: Bei 0 % reicht keine Zahl von Leads</translation>
    </message>
    <message>
        <source>Rate {step} cannot be above 100 %</source>
        <translation>Die Quote {step} kann nicht über 100 % liegen</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a percentage</source>
        <translation>„{text}“ ist kein Prozentwert</translation>
    </message>
    <message>
        <source>Customers must be between 0 and 1,000,000</source>
        <translation>Die Kunden müssen zwischen 0 und 1.000.000 liegen</translation>
    </message>
    <message>
        <source>Set target customers, or a target revenue with an average deal value</source>
        <translation>Legen Sie ein Ziel für Kunden fest oder ein Umsatzziel mit durchschnittlichem Auftragswert</translation>
    </message>
    <message>
        <source>Average deal value must be above 0</source>
        <translation>Der durchschnittliche Auftragswert muss über 0 liegen</translation>
    </message>
    <message>
        <source>Target revenue cannot be negative</source>
        <translation>Das Umsatzziel kann nicht negativ sein</translation>
    </message>
    <message>
        <source>Target revenue needs more than a million customers</source>
        <translation>Das Umsatzziel bräuchte mehr als eine Million Kunden</translation>
    </message>
    <message>
        <source>{count} customers wanted</source>
        <translation>{count} Kunden gewünscht</translation>
    </message>
    <message>
        <source>{count} {sources} = {wanted} {targets} ÷ {rate} {source}→{target}, rounded up</source>
        <translation>{count} {sources} = {wanted} {targets} ÷ {rate} {source}→{target}, aufgerundet</translation>
    </message>
    <message>
        <source>{label} {problem}</source>
        <translation>{label} {problem}</translation>
    </message>
    <message>
        <source>{year}-{month:02d} is not a month</source>
        <translation>{year}-{month:02d} ist kein Monat</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a month (YYYY-MM, like 2026-12)</source>
        <translation>„{text}“ ist kein Monat (JJJJ-MM, etwa 2026-12)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a month (YYYY-MM)</source>
        <translation>„{text}“ ist kein Monat (JJJJ-MM)</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>is too long ({count} characters; at most {limit})</source>
        <translation>ist zu lang ({count} Zeichen; höchstens {limit})</translation>
    </message>
    <message>
        <source>holds half of a character; type it again</source>
        <translation>enthält ein halbes Zeichen; geben Sie es neu ein</translation>
    </message>
    <message>
        <source>contains control characters; type it again without them</source>
        <translation>enthält Steuerzeichen; geben Sie es ohne sie neu ein</translation>
    </message>
    <message>
        <source>is too long ({count:,} characters; at most {limit:,})</source>
        <translation>ist zu lang ({count:,} Zeichen; höchstens {limit:,})</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Deal value</source>
        <translation>Auftragswert</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Email is not valid: {reason}</source>
        <translation>Die E-Mail-Adresse ist ungültig: {reason}</translation>
    </message>
    <message>
        <source>Phone is not a phone number</source>
        <translation>Telefon ist keine Telefonnummer</translation>
    </message>
    <message>
        <source>Phone is not a phone number (start with + and the country code)</source>
        <translation>Telefon ist keine Telefonnummer (beginnen Sie mit + und der Landesvorwahl)</translation>
    </message>
    <message>
        <source>Phone is not a valid number for its country</source>
        <translation>Telefon ist keine gültige Nummer für ihr Land</translation>
    </message>
    <message>
        <source>Website is not a web address (like example.com)</source>
        <translation>Website ist keine Webadresse (wie example.com)</translation>
    </message>
    <message>
        <source>cannot be negative</source>
        <translation>kann nicht negativ sein</translation>
    </message>
    <message>
        <source>is too large</source>
        <translation>ist zu groß</translation>
    </message>
    <message>
        <source>has more than two decimals</source>
        <translation>hat mehr als zwei Nachkommastellen</translation>
    </message>
    <message>
        <source>is not a number: &apos;{text}&apos;</source>
        <translation>ist keine Zahl: „{text}“</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>When must include a time zone</source>
        <translation>Der Zeitpunkt braucht eine Zeitzone</translation>
    </message>
    <message>
        <source>When is in the future; log a contact after it happens</source>
        <translation>Der Zeitpunkt liegt in der Zukunft; erfassen Sie einen Kontakt, nachdem er stattgefunden hat</translation>
    </message>
    <message>
        <source>End date is before the start date</source>
        <translation>Das Enddatum liegt vor dem Startdatum</translation>
    </message>
    <message>
        <source>Expected leads is not a whole number: &apos;{text}&apos;</source>
        <translation>Erwartete Leads ist keine ganze Zahl: „{text}“</translation>
    </message>
    <message>
        <source>Expected leads is too large</source>
        <translation>Erwartete Leads ist zu groß</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not one of: {allowed}</source>
        <translation>„{text}“ ist keiner von: {allowed}</translation>
    </message>
    <message>
        <source>New campaign {name}</source>
        <translation>Neue Kampagne {name}</translation>
    </message>
    <message>
        <source>Edit campaign {name}</source>
        <translation>Kampagne {name} bearbeiten</translation>
    </message>
    <message>
        <source>Delete campaign {name}</source>
        <translation>Kampagne {name} löschen</translation>
    </message>
    <message>
        <source>There is no campaign with id {id}</source>
        <translation>Es gibt keine Kampagne mit der ID {id}</translation>
    </message>
    <message>
        <source>Log contact with {name}</source>
        <translation>Kontakt mit {name} erfassen</translation>
    </message>
    <message>
        <source>The demo business is already loaded</source>
        <translation>Die Demo-Firma ist schon geladen</translation>
    </message>
    <message>
        <source>Load the demo business</source>
        <translation>Demo-Firma laden</translation>
    </message>
    <message>
        <source>There is no demo data to remove</source>
        <translation>Es gibt keine Demodaten zum Entfernen</translation>
    </message>
    <message>
        <source>Remove the demo data</source>
        <translation>Demodaten entfernen</translation>
    </message>
    <message>
        <source>duplicate ({reason})</source>
        <translation>Dublette ({reason})</translation>
    </message>
    <message>
        <source>Map a column to Name (or First and Last name)</source>
        <translation>Ordnen Sie eine Spalte dem Namen zu (oder Vor- und Nachname)</translation>
    </message>
    <message>
        <source>Campaign &apos;{name}&apos; does not exist; imported without one</source>
        <translation>Kampagne „{name}“ gibt es nicht; ohne Kampagne importiert</translation>
    </message>
    <message>
        <source>Phone &apos;{phone}&apos; cannot be read; imported into the notes</source>
        <translation>Telefon „{phone}“ ist nicht lesbar; in die Notizen übernommen</translation>
    </message>
    <message>
        <source>{kind} ({score:.0f} %)</source>
        <translation>{kind} ({score:.0f} %)</translation>
    </message>
    <message>
        <source>cannot be imported (see the problems)</source>
        <translation>nicht importierbar (siehe Probleme)</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>gleiche E-Mail</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>gleiches Telefon</translation>
    </message>
    <message>
        <source>similar name at the same company</source>
        <translation>ähnlicher Name bei derselben Firma</translation>
    </message>
    <message>
        <source>New lead {name}</source>
        <translation>Neuer Lead {name}</translation>
    </message>
    <message>
        <source>Edit lead {name}</source>
        <translation>Lead {name} bearbeiten</translation>
    </message>
    <message>
        <source>Move {name} to {stage}</source>
        <translation>{name} in die Phase {stage} verschieben</translation>
    </message>
    <message>
        <source>Edit the checklist of {name}</source>
        <translation>Checkliste von {name} bearbeiten</translation>
    </message>
    <message>
        <source>Set the follow-up of {name}</source>
        <translation>Wiedervorlage von {name} setzen</translation>
    </message>
    <message>
        <source>Delete lead {name}</source>
        <translation>Lead {name} löschen</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Set the target for {month}</source>
        <translation>Ziel für {month} setzen</translation>
    </message>
    <message>
        <source>Edit the agreement between the hats</source>
        <translation>Vereinbarung zwischen den Hüten bearbeiten</translation>
    </message>
    <message>
        <source>Change the business name</source>
        <translation>Firmennamen ändern</translation>
    </message>
    <message>
        <source>Change the settings</source>
        <translation>Einstellungen ändern</translation>
    </message>
    <message>
        <source>New task {title}</source>
        <translation>Neue Aufgabe {title}</translation>
    </message>
    <message>
        <source>Edit task {title}</source>
        <translation>Aufgabe {title} bearbeiten</translation>
    </message>
    <message>
        <source>Mark {title} done</source>
        <translation>{title} als erledigt markieren</translation>
    </message>
    <message>
        <source>Mark {title} not done</source>
        <translation>{title} als unerledigt markieren</translation>
    </message>
    <message>
        <source>Delete task {title}</source>
        <translation>Aufgabe {title} löschen</translation>
    </message>
    <message>
        <source>There is no lead with id {id}</source>
        <translation>Es gibt keinen Lead mit der ID {id}</translation>
    </message>
    <message>
        <source>There is nothing in the Trash with id {id}</source>
        <translation>Im Papierkorb gibt es nichts mit der ID {id}</translation>
    </message>
    <message>
        <source>Restore {name} from the Trash</source>
        <translation>{name} aus dem Papierkorb wiederherstellen</translation>
    </message>
    <message>
        <source>There is no task with id {id}</source>
        <translation>Es gibt keine Aufgabe mit der ID {id}</translation>
    </message>
    <message>
        <source>{path} cannot be made: {reason}.</source>
        <translation>{path} lässt sich nicht anlegen: {reason}.</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}).</source>
        <translation>{path} lässt sich nicht lesen ({reason}).</translation>
    </message>
    <message>
        <source>Cannot write {path}: it is a folder; name a file in it</source>
        <translation>{path} lässt sich nicht schreiben: Das ist ein Ordner; nennen Sie eine Datei darin</translation>
    </message>
    <message>
        <source>Cannot write {path}: the folder {folder} does not exist</source>
        <translation>{path} lässt sich nicht schreiben: Den Ordner {folder} gibt es nicht</translation>
    </message>
    <message>
        <source>Cannot write {path}: {folder} is a file, not a folder</source>
        <translation>{path} lässt sich nicht schreiben: {folder} ist eine Datei, kein Ordner</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>{path} lässt sich nicht schreiben: {reason}</translation>
    </message>
    <message>
        <source>{path} could not be backed up: the folder {folder} cannot be made ({reason}).</source>
        <translation>{path} konnte nicht gesichert werden: Der Ordner {folder} lässt sich nicht anlegen ({reason}).</translation>
    </message>
    <message>
        <source>Cannot write {path}: it is a folder; name a file in it.</source>
        <translation>{path} lässt sich nicht schreiben: Das ist ein Ordner; nennen Sie eine Datei darin.</translation>
    </message>
    <message>
        <source>Cannot write {path}: the folder {folder} does not exist.</source>
        <translation>{path} lässt sich nicht schreiben: Den Ordner {folder} gibt es nicht.</translation>
    </message>
    <message>
        <source>Cannot write {path}: it is the database itself; name another file.</source>
        <translation>{path} lässt sich nicht schreiben: Das ist die Datendatei selbst; nennen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>{path} lässt sich nicht schreiben: {reason}.</translation>
    </message>
    <message>
        <source>{path} could not be backed up to {target}: {reason}.</source>
        <translation>{path} konnte nicht nach {target} gesichert werden: {reason}.</translation>
    </message>
    <message>
        <source>{problem} It was not upgraded, so it is as it was; free some disk space or make the folder writable, then start again.</source>
        <translation>{problem} Die Datei wurde nicht aktualisiert und ist unverändert; schaffen Sie Platz auf dem Datenträger oder machen Sie den Ordner beschreibbar und starten Sie dann neu.</translation>
    </message>
    <message>
        <source>not a Funnel Planner database</source>
        <translation>keine Funnel-Planner-Datendatei</translation>
    </message>
    <message>
        <source>damaged: {reason}</source>
        <translation>beschädigt: {reason}</translation>
    </message>
    <message>
        <source>cannot be read: {reason}</source>
        <translation>nicht lesbar: {reason}</translation>
    </message>
    <message>
        <source>not an SQLite file</source>
        <translation>keine SQLite-Datei</translation>
    </message>
    <message>
        <source>damaged: cut short ({size:,} of {expected:,} bytes)</source>
        <translation>beschädigt: abgeschnitten ({size:,} von {expected:,} Bytes)</translation>
    </message>
    <message>
        <source>{path} does not exist. {untouched}</source>
        <translation>{path} gibt es nicht. {untouched}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a backup file. {untouched}</source>
        <translation>{path} ist ein Ordner, keine Sicherungsdatei. {untouched}</translation>
    </message>
    <message>
        <source>{path} is {problem}. {untouched}</source>
        <translation>{path}: {problem}. {untouched}</translation>
    </message>
    <message>
        <source>{path} is not a Funnel Planner database. {untouched}</source>
        <translation>{path} ist keine Funnel-Planner-Datendatei. {untouched}</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Funnel Planner (schema {revision}). {untouched}</source>
        <translation>{path} stammt von einer neueren Version von Funnel Planner (Schema {revision}). {untouched}</translation>
    </message>
    <message>
        <source>{path} is the database itself; choose a backup to restore.</source>
        <translation>{path} ist die Datendatei selbst; wählen Sie eine Sicherung zum Wiederherstellen.</translation>
    </message>
    <message>
        <source>{path} could not be restored into {database} ({reason}). Your data is as it was (and also kept in {safety}).</source>
        <translation>{path} konnte nicht in {database} wiederhergestellt werden ({reason}). Ihre Daten sind unverändert (und zusätzlich in {safety} gesichert).</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}); nothing was restored.</source>
        <translation>{path} lässt sich nicht lesen ({reason}); nichts wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>{path} uses pages of {size} bytes where {database} uses {live_size}, so it cannot be copied into the open file. Nothing was restored; your data is as it was. Open {path} itself with --db instead.</source>
        <translation>{path} nutzt Seiten von {size} Bytes, {database} dagegen {live_size}; deshalb lässt sie sich nicht in die geöffnete Datei kopieren. Nichts wurde wiederhergestellt; Ihre Daten sind unverändert. Öffnen Sie stattdessen {path} selbst mit --db.</translation>
    </message>
    <message>
        <source>Nothing was restored; your data is as it was.</source>
        <translation>Nichts wurde wiederhergestellt; Ihre Daten sind unverändert.</translation>
    </message>
    <message>
        <source>{path} is damaged ({detail}). {untouched}</source>
        <translation>{path} ist beschädigt ({detail}). {untouched}</translation>
    </message>
    <message>
        <source>{path} could not be upgraded: {count} rows point at rows that do not exist. The file was left as it was; restore a backup.</source>
        <translation>{path} konnte nicht aktualisiert werden: {count} Zeilen verweisen auf Zeilen, die es nicht gibt. Die Datei ist unverändert; stellen Sie eine Sicherung wieder her.</translation>
    </message>
    <message>
        <source>{path} cannot be created: {reason}.</source>
        <translation>{path} lässt sich nicht anlegen: {reason}.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file. Choose a file.</source>
        <translation>{path} ist ein Ordner, keine Datendatei. Wählen Sie eine Datei.</translation>
    </message>
    <message>
        <source>{path}: the folder {folder} does not exist.</source>
        <translation>{path}: Den Ordner {folder} gibt es nicht.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file. Choose a CSV or vCard file.</source>
        <translation>{path} ist ein Ordner, keine Datei. Wählen Sie eine CSV- oder vCard-Datei.</translation>
    </message>
    <message>
        <source>{path} is too big to import ({size:,.0f} MB; at most {limit} MB). Export fewer records at a time.</source>
        <translation>{path} ist zu groß zum Importieren ({size:,.0f} MB; höchstens {limit} MB). Exportieren Sie weniger Datensätze auf einmal.</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} gibt es nicht.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}.</source>
        <translation>{path} lässt sich nicht lesen: {reason}.</translation>
    </message>
    <message>
        <source>a ZIP archive or an Excel workbook; save it as CSV first</source>
        <translation>ein ZIP-Archiv oder eine Excel-Arbeitsmappe; speichern Sie sie zuerst als CSV</translation>
    </message>
    <message>
        <source>an old Excel or Word file; save it as CSV first</source>
        <translation>eine alte Excel- oder Word-Datei; speichern Sie sie zuerst als CSV</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>ein PNG-Bild</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>ein JPEG-Bild</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>ein GIF-Bild</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>ein PDF-Dokument</translation>
    </message>
    <message>
        <source>a compressed (gzip) file; unpack it first</source>
        <translation>eine komprimierte Datei (gzip); entpacken Sie sie zuerst</translation>
    </message>
    <message>
        <source>a database file</source>
        <translation>eine Datenbankdatei</translation>
    </message>
    <message>
        <source>{path} is not a CSV or vCard file (it is {what}).</source>
        <translation>{path} ist keine CSV- oder vCard-Datei (es ist {what}).</translation>
    </message>
    <message>
        <source>{path} is not a CSV or vCard file.</source>
        <translation>{path} ist keine CSV- oder vCard-Datei.</translation>
    </message>
    <message>
        <source>{path} could not be decoded as {encoding}; save it again as CSV UTF-8.</source>
        <translation>{path} ließ sich nicht als {encoding} lesen; speichern Sie sie erneut als CSV UTF-8.</translation>
    </message>
    <message>
        <source>{path} could not be decoded: its encoding is not recognised. Save it again as CSV UTF-8.</source>
        <translation>{path} ließ sich nicht lesen: Ihre Zeichenkodierung ist unbekannt. Speichern Sie sie erneut als CSV UTF-8.</translation>
    </message>
    <message>
        <source>{path} could not be decoded; save it again as CSV UTF-8.</source>
        <translation>{path} ließ sich nicht lesen; speichern Sie sie erneut als CSV UTF-8.</translation>
    </message>
    <message>
        <source>{path} has column headers but no rows: there is nothing to import.</source>
        <translation>{path} hat Spaltenüberschriften, aber keine Zeilen: Es gibt nichts zu importieren.</translation>
    </message>
    <message>
        <source>{path} could not be read as CSV (line {line}: {reason}).</source>
        <translation>{path} ließ sich nicht als CSV lesen (Zeile {line}: {reason}).</translation>
    </message>
    <message>
        <source>{path}: a quoted field in the row that starts on line {line} never ends (a closing &quot; is missing), so the rows after it cannot be read.</source>
        <translation>{path}: Ein Feld in Anführungszeichen in der Zeile ab Zeile {line} endet nie (ein schließendes &quot; fehlt), daher lassen sich die Zeilen danach nicht lesen.</translation>
    </message>
    <message>
        <source>{path} has no contacts in it: there is nothing to import.</source>
        <translation>{path} enthält keine Kontakte: Es gibt nichts zu importieren.</translation>
    </message>
    <message>
        <source>{path}: card {card} cannot be read: line {line} is not a vCard property ({text}).</source>
        <translation>{path}: Karte {card} ist nicht lesbar: Zeile {line} ist keine vCard-Eigenschaft ({text}).</translation>
    </message>
    <message>
        <source>{path}: line {line} ends a card that was never begun (END:VCARD without BEGIN:VCARD).</source>
        <translation>{path}: Zeile {line} beendet eine Karte, die nie begonnen wurde (END:VCARD ohne BEGIN:VCARD).</translation>
    </message>
    <message>
        <source>{path}: card {card} has no END:VCARD; the file may be cut short.</source>
        <translation>{path}: Karte {card} hat kein END:VCARD; die Datei ist vielleicht abgeschnitten.</translation>
    </message>
    <message>
        <source>{path} is empty: there is nothing to import.</source>
        <translation>{path} ist leer: Es gibt nichts zu importieren.</translation>
    </message>
    <message>
        <source>{path} is not a Funnel Planner database (it is not an SQLite file). Choose another file or restore a backup.</source>
        <translation>{path} ist keine Funnel-Planner-Datendatei (es ist keine SQLite-Datei). Wählen Sie eine andere Datei oder stellen Sie eine Sicherung wieder her.</translation>
    </message>
    <message>
        <source>{path} is an SQLite database of another program, not of Funnel Planner. Choose another file.</source>
        <translation>{path} ist eine SQLite-Datenbank eines anderen Programms, nicht von Funnel Planner. Wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Funnel Planner (schema {revision}). Update Funnel Planner to open it; the file was left untouched.</source>
        <translation>{path} stammt von einer neueren Version von Funnel Planner (Schema {revision}). Aktualisieren Sie Funnel Planner, um sie zu öffnen; die Datei blieb unverändert.</translation>
    </message>
    <message>
        <source>{path} cannot be used: its folder {folder} is read-only, and Funnel Planner keeps its working files beside the database. Choose a file in a folder you can write to (copy it there first if it exists).</source>
        <translation>{path} ist nicht nutzbar: Der Ordner {folder} ist schreibgeschützt, und Funnel Planner legt seine Arbeitsdateien neben die Datendatei. Wählen Sie eine Datei in einem Ordner, in den Sie schreiben können (kopieren Sie sie zuerst dorthin, falls es sie gibt).</translation>
    </message>
    <message>
        <source>{path} is read-only, so Funnel Planner cannot save to it. Make the file writable, or choose another file (a copy in a folder you can write to, or a restored backup).</source>
        <translation>{path} ist schreibgeschützt, daher kann Funnel Planner nicht darin speichern. Machen Sie die Datei beschreibbar oder wählen Sie eine andere (eine Kopie in einem beschreibbaren Ordner oder eine wiederhergestellte Sicherung).</translation>
    </message>
    <message>
        <source>{path} cannot be written: the disk it is on is full. What was saved before is safe; free some space on the disk (or move the file to a disk with room) and try again.</source>
        <translation>{path} lässt sich nicht schreiben: Der Datenträger ist voll. Was vorher gespeichert wurde, ist sicher; schaffen Sie Platz (oder verschieben Sie die Datei auf einen Datenträger mit Platz) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>{path} is in use by another program, which kept it locked for more than {seconds:g} seconds. Close the other program (or the other Funnel Planner window) and try again, or choose another file.</source>
        <translation>{path} wird von einem anderen Programm benutzt, das sie länger als {seconds:g} Sekunden gesperrt hielt. Schließen Sie das andere Programm (oder das andere Funnel-Planner-Fenster) und versuchen Sie es erneut, oder wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>{path} could not be read or written ({detail}). Check that the disk is attached and working, then try again; if it keeps failing, restore a backup or choose another file.</source>
        <translation>{path} ließ sich nicht lesen oder schreiben ({detail}). Prüfen Sie, ob der Datenträger angeschlossen ist und funktioniert, und versuchen Sie es erneut; scheitert es weiter, stellen Sie eine Sicherung wieder her oder wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>{path} could not be opened: {detail}. Restore a backup or choose another file.</source>
        <translation>{path} ließ sich nicht öffnen: {detail}. Stellen Sie eine Sicherung wieder her oder wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>{path} is damaged ({detail}). Restore a backup or choose another file.</source>
        <translation>{path} ist beschädigt ({detail}). Stellen Sie eine Sicherung wieder her oder wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>{field} is empty</source>
        <translation>{field} ist leer</translation>
    </message>
    <message>
        <source>{field} &apos;{text}&apos; is unknown; imported as {stage}</source>
        <translation>{field} „{text}“ ist unbekannt; als {stage} importiert</translation>
    </message>
    <message>
        <source>{field} &apos;{text}&apos; is not a whole number</source>
        <translation>{field} „{text}“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>{field} &apos;{text}&apos; is not a date</source>
        <translation>{field} „{text}“ ist kein Datum</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written</source>
        <translation>Export abgebrochen: Es wurde keine Datei geschrieben</translation>
    </message>
</context>
<context>
    <name>MonthPlanView</name>
    <message>
        <source>Month plan</source>
        <translation>Monatsplan</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Voriger</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Nächster ▶</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Target vs actual</source>
        <translation>Soll und Ist</translation>
    </message>
    <message>
        <source>Conversion trend</source>
        <translation>Konversionsverlauf</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>Nach Kanal</translation>
    </message>
    <message>
        <source>Contacts to close</source>
        <translation>Kontakte bis zum Abschluss</translation>
    </message>
    <message>
        <source>Targets for the month</source>
        <translation>Ziele für den Monat</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Target customers</source>
        <translation>Ziel: Kunden</translation>
    </message>
    <message>
        <source>Target revenue</source>
        <translation>Ziel: Umsatz</translation>
    </message>
    <message>
        <source>e.g. 20000</source>
        <translation>z. B. 20000</translation>
    </message>
    <message>
        <source>Average deal value</source>
        <translation>Durchschnittlicher Auftragswert</translation>
    </message>
    <message>
        <source>e.g. 2500</source>
        <translation>z. B. 2500</translation>
    </message>
    <message>
        <source>Target by</source>
        <translation>Ziel nach</translation>
    </message>
    <message>
        <source>Average deal</source>
        <translation>Ø Auftrag</translation>
    </message>
    <message>
        <source>{source} to {target} rate</source>
        <translation>Quote {source} zu {target}</translation>
    </message>
    <message>
        <source>Save targets</source>
        <translation>Ziele speichern</translation>
    </message>
    <message>
        <source>Fill rates from last 3 months</source>
        <translation>Quoten der letzten 3 Monate</translation>
    </message>
    <message>
        <source>The agreement between the hats</source>
        <translation>Die Vereinbarung zwischen den Hüten</translation>
    </message>
    <message>
        <source>The agreement</source>
        <translation>Die Vereinbarung</translation>
    </message>
    <message>
        <source>Breaches of the agreement</source>
        <translation>Verstöße gegen die Vereinbarung</translation>
    </message>
    <message>
        <source>Breaches this month:</source>
        <translation>Verstöße in diesem Monat:</translation>
    </message>
    <message>
        <source>Contacts it takes to win a customer</source>
        <translation>Kontakte bis zum gewonnenen Kunden</translation>
    </message>
    <message>
        <source>Median contacts to close by source and campaign</source>
        <translation>Median der Kontakte bis zum Abschluss nach Quelle und Kampagne</translation>
    </message>
    <message>
        <source>Source / campaign</source>
        <translation>Quelle / Kampagne</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Under-worked leads</source>
        <translation>Zu wenig bearbeitete Leads</translation>
    </message>
    <message>
        <source>Over-worked leads</source>
        <translation>Zu viel bearbeitete Leads</translation>
    </message>
    <message>
        <source>Under-worked (MQLs and SQLs below the median):</source>
        <translation>Zu wenig bearbeitet (MQLs und SQLs unter dem Median):</translation>
    </message>
    <message>
        <source>Perhaps over-worked (open, more than twice the median):</source>
        <translation>Vielleicht zu viel bearbeitet (offen, mehr als das Doppelte des Medians):</translation>
    </message>
    <message>
        <source>No customers won yet: once you win some, this shows how many contacts a sale takes, and which open leads are below or far above that.</source>
        <translation>Noch keine Kunden gewonnen: Sobald Sie welche gewinnen, sehen Sie hier, wie viele Kontakte ein Abschluss braucht und welche offenen Leads darunter oder weit darüber liegen.</translation>
    </message>
    <message numerus="yes">
        <source>Median contacts to close: {median} (over %Ln customer(s) won).</source>
        <translation>
            <numerusform>Median der Kontakte bis zum Abschluss: {median} (bei %Ln gewonnenen Kunden).</numerusform>
            <numerusform>Median der Kontakte bis zum Abschluss: {median} (bei %Ln gewonnenen Kunden).</numerusform>
        </translation>
    </message>
    <message>
        <source>Source: {name}</source>
        <translation>Quelle: {name}</translation>
    </message>
    <message>
        <source>Campaign: {name}</source>
        <translation>Kampagne: {name}</translation>
    </message>
    <message numerus="yes">
        <source>{name} ({stage}): %n contact(s)</source>
        <translation>
            <numerusform>{name} ({stage}): %n Kontakt</numerusform>
            <numerusform>{name} ({stage}): %n Kontakte</numerusform>
        </translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… und {count} weitere</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>The funnel worked backwards</source>
        <translation>Der Trichter rückwärts gerechnet</translation>
    </message>
    <message>
        <source>Funnel: needed and actual</source>
        <translation>Trichter: Bedarf und Ist</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Bedarf</translation>
    </message>
    <message>
        <source>This month so far</source>
        <translation>Dieser Monat bisher</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Vormonat</translation>
    </message>
    <message>
        <source>Not saved yet: these are defaults carried over. Save to make them this month&apos;s targets.</source>
        <translation>Noch nicht gespeichert: Das sind übernommene Vorgaben. Speichern Sie, um sie zu den Zielen dieses Monats zu machen.</translation>
    </message>
    <message>
        <source>Working out {month}…</source>
        <translation>{month} wird berechnet …</translation>
    </message>
    <message>
        <source>The figures could not be worked out: {problem}</source>
        <translation>Die Zahlen konnten nicht berechnet werden: {problem}</translation>
    </message>
    <message>
        <source>Revenue is required</source>
        <translation>Umsatz ist erforderlich</translation>
    </message>
    <message>
        <source>Deal value is required</source>
        <translation>Auftragswert ist erforderlich</translation>
    </message>
    <message>
        <source>Targets not saved</source>
        <translation>Ziele nicht gespeichert</translation>
    </message>
    <message>
        <source>Working out the last 3 months&apos; rates…</source>
        <translation>Die Quoten der letzten 3 Monate werden berechnet …</translation>
    </message>
    <message>
        <source>Rates filled from the last 3 months&apos; actuals; save to keep them.</source>
        <translation>Quoten aus den Ist-Zahlen der letzten 3 Monate übernommen; speichern Sie, um sie zu behalten.</translation>
    </message>
    <message>
        <source>The rates could not be worked out: {problem}</source>
        <translation>Die Quoten konnten nicht berechnet werden: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;Marketing owes {owed} MQL(s)&lt;/b&gt; this month ({done} so far, {pace}).&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;Marketing schuldet {owed} MQL&lt;/b&gt; in diesem Monat ({done} bisher, {pace}).&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;Marketing schuldet {owed} MQLs&lt;/b&gt; in diesem Monat ({done} bisher, {pace}).&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;Sales owes {owed} customer(s)&lt;/b&gt; from the {accepted} SQLs it accepts ({done} so far, {pace}).&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;Der Vertrieb schuldet {owed} Kunden&lt;/b&gt; aus den {accepted} SQLs, die er annimmt ({done} bisher, {pace}).&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;Der Vertrieb schuldet {owed} Kunden&lt;/b&gt; aus den {accepted} SQLs, die er annimmt ({done} bisher, {pace}).&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Sales follows up a new SQL within {days} days and makes at least {contacts} contacts before marking a lead lost.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Der Vertrieb meldet sich bei einem neuen SQL innerhalb von {days} Tagen und hat mindestens {contacts} Kontakte, bevor er einen Lead als verloren markiert.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>None: both hats kept the agreement.</source>
        <translation>Keine: Beide Hüte haben die Vereinbarung eingehalten.</translation>
    </message>
    <message>
        <source>missed by {count}</source>
        <translation>um {count} verfehlt</translation>
    </message>
    <message>
        <source>behind pace (about {count} by today)</source>
        <translation>hinter dem Plan (bis heute etwa {count})</translation>
    </message>
    <message>
        <source>nothing owed</source>
        <translation>nichts geschuldet</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>noch nicht begonnen</translation>
    </message>
    <message>
        <source>met</source>
        <translation>erreicht</translation>
    </message>
    <message>
        <source>ahead of pace</source>
        <translation>vor dem Plan</translation>
    </message>
</context>
<context>
    <name>OpenDataFile</name>
    <message>
        <source>Cannot open this data file</source>
        <translation>Diese Datendatei lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>{problem}

{current} stays open.</source>
        <translation>{problem}

{current} bleibt geöffnet.</translation>
    </message>
    <message>
        <source>This file could not be remembered for the next start: {problem}</source>
        <translation>Diese Datei konnte für den nächsten Start nicht gespeichert werden: {problem}</translation>
    </message>
</context>
<context>
    <name>PlanDocument</name>
    <message>
        <source>Monthly plan</source>
        <translation>Monatsplan</translation>
    </message>
    <message>
        <source>{who} · printed {day}</source>
        <translation>{who} · gedruckt am {day}</translation>
    </message>
    <message>
        <source>{month}: the plan</source>
        <translation>{month}: der Plan</translation>
    </message>
    <message>
        <source>Targets and the agreement</source>
        <translation>Ziele und die Vereinbarung</translation>
    </message>
    <message>
        <source>No target is set for {month}. Set one in the Month plan tab (or with “funnelplanner target set”) and print again.</source>
        <translation>Für {month} ist kein Ziel gesetzt. Setzen Sie eines im Reiter Monatsplan (oder mit „funnelplanner target set“) und drucken Sie erneut.</translation>
    </message>
    <message numerus="yes">
        <source>{count} new customer(s) this month</source>
        <translation>
            <numerusform>{count} neuer Kunde in diesem Monat</numerusform>
            <numerusform>{count} neue Kunden in diesem Monat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revenue of {revenue} at {deal} a deal: {count} new customer(s)</source>
        <translation>
            <numerusform>Umsatz von {revenue} bei {deal} je Abschluss: {count} neuer Kunde</numerusform>
            <numerusform>Umsatz von {revenue} bei {deal} je Abschluss: {count} neue Kunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>The funnel, worked backwards</source>
        <translation>Der Trichter rückwärts gerechnet</translation>
    </message>
    <message>
        <source>{rate} become {stages}</source>
        <translation>{rate} werden {stages}</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Soll</translation>
    </message>
    <message>
        <source>{month} actual</source>
        <translation>Ist {month}</translation>
    </message>
    <message>
        <source>{month} so far</source>
        <translation>{month} bisher</translation>
    </message>
    <message>
        <source>Planned conversion</source>
        <translation>Geplante Konversion</translation>
    </message>
    <message>
        <source>Who owes what</source>
        <translation>Wer schuldet was</translation>
    </message>
    <message numerus="yes">
        <source>Sales follows up each new SQL within {days} day(s) </source>
        <translation>
            <numerusform>Der Vertrieb fasst jeden neuen SQL binnen {days} Tag nach </numerusform>
            <numerusform>Der Vertrieb fasst jeden neuen SQL binnen {days} Tagen nach </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and makes at least {contacts} contact(s) before marking a lead lost.</source>
        <translation>
            <numerusform>und nimmt mindestens {contacts} Kontakt auf, bevor er einen Lead als verloren markiert.</numerusform>
            <numerusform>und nimmt mindestens {contacts} Kontakte auf, bevor er einen Lead als verloren markiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Marketing owes</source>
        <translation>Marketing schuldet</translation>
    </message>
    <message>
        <source>{owed} {mqls} from {needed} {leads}: {done} so far, {pace}.</source>
        <translation>{owed} {mqls} aus {needed} {leads}: {done} bisher, {pace}.</translation>
    </message>
    <message>
        <source>Sales owes</source>
        <translation>Vertrieb schuldet</translation>
    </message>
    <message numerus="yes">
        <source>{owed} customer(s) from the {accepted} {sqls} it accepts: {done} so far, {pace}.</source>
        <translation>
            <numerusform>{owed} Kunden aus den {accepted} {sqls}, die er annimmt: {done} bisher, {pace}.</numerusform>
            <numerusform>{owed} Kunden aus den {accepted} {sqls}, die er annimmt: {done} bisher, {pace}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The rules</source>
        <translation>Die Regeln</translation>
    </message>
    <message>
        <source>Agreement broken this month</source>
        <translation>Vereinbarung in diesem Monat gebrochen</translation>
    </message>
    <message>
        <source>The latest {shown} of {total}; the Month plan tab lists them all.</source>
        <translation>Die letzten {shown} von {total}; der Reiter Monatsplan zeigt alle.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>Nothing: both hats kept the agreement so far.</source>
        <translation>Nichts: Beide Hüte haben die Vereinbarung bisher eingehalten.</translation>
    </message>
    <message>
        <source>Campaigns running in {month}</source>
        <translation>Kampagnen im {month}</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Expected leads</source>
        <translation>Erwartete Leads</translation>
    </message>
    <message>
        <source>No campaign runs in {month}.</source>
        <translation>Im {month} läuft keine Kampagne.</translation>
    </message>
    <message>
        <source>Follow-ups due in {month}</source>
        <translation>Wiedervorlagen im {month}</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <source>No follow-up is due in {month}.</source>
        <translation>Im {month} ist keine Wiedervorlage fällig.</translation>
    </message>
    <message>
        <source>SQLs waiting for a first contact</source>
        <translation>SQLs warten auf den Erstkontakt</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>… and {count} more SQLs waiting (those waiting longest are above).</source>
        <translation>… und {count} weitere wartende SQLs (die am längsten wartenden stehen oben).</translation>
    </message>
    <message>
        <source>None: every SQL has had its first sales contact.</source>
        <translation>Keine: Jeder SQL hatte seinen ersten Vertriebskontakt.</translation>
    </message>
    <message>
        <source>Leads going cold</source>
        <translation>Erkaltende Leads</translation>
    </message>
    <message>
        <source>Silent for</source>
        <translation>Still seit</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Erlaubt</translation>
    </message>
    <message>
        <source>… and {count} more leads going cold (those silent longest are above).</source>
        <translation>… und {count} weitere erkaltende Leads (die am längsten stillen stehen oben).</translation>
    </message>
    <message>
        <source>None: every lead has been contacted within its gap.</source>
        <translation>Keine: Jeder Lead wurde innerhalb seiner Frist kontaktiert.</translation>
    </message>
    <message>
        <source>Marketing tasks due in {month}</source>
        <translation>Marketing-Aufgaben fällig im {month}</translation>
    </message>
    <message>
        <source>No marketing tasks are due in {month}.</source>
        <translation>Im {month} sind keine Marketing-Aufgaben fällig.</translation>
    </message>
    <message>
        <source>Sales tasks due in {month}</source>
        <translation>Vertriebsaufgaben fällig im {month}</translation>
    </message>
    <message>
        <source>No sales tasks are due in {month}.</source>
        <translation>Im {month} sind keine Vertriebsaufgaben fällig.</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>{hat} · {title} (continued)</source>
        <translation>{hat} · {title} (Fortsetzung)</translation>
    </message>
    <message>
        <source>{title} (continued)</source>
        <translation>{title} (Fortsetzung)</translation>
    </message>
    <message>
        <source>{day} (overdue)</source>
        <translation>{day} (überfällig)</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>laufend</translation>
    </message>
    <message>
        <source>until {day}</source>
        <translation>bis {day}</translation>
    </message>
    <message>
        <source>from {day}</source>
        <translation>ab {day}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message numerus="yes">
        <source>{count} day(s)</source>
        <translation>
            <numerusform>{count} Tag</numerusform>
            <numerusform>{count} Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Printed {day} by {app}</source>
        <translation>Gedruckt am {day} mit {app}</translation>
    </message>
    <message>
        <source>page {number} of {total}</source>
        <translation>Seite {number} von {total}</translation>
    </message>
    <message>
        <source>en_US</source>
        <comment>locale of month and day names</comment>
        <translation>de_DE</translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <translation>dddd, d. MMMM yyyy</translation>
    </message>
</context>
<context>
    <name>PlanPdfWorker</name>
    <message>
        <source>Cannot write {path}: {error}</source>
        <translation>{path} lässt sich nicht schreiben: {error}</translation>
    </message>
</context>
<context>
    <name>PlanPreviewDialog</name>
    <message>
        <source>Print preview of the monthly plan</source>
        <translation>Druckvorschau des Monatsplans</translation>
    </message>
    <message>
        <source>Print plan</source>
        <translation>Plan drucken</translation>
    </message>
    <message>
        <source>Pages of the plan</source>
        <translation>Seiten des Plans</translation>
    </message>
    <message>
        <source>What the preview is doing</source>
        <translation>Was die Vorschau gerade tut</translation>
    </message>
    <message>
        <source>Laying out the plan</source>
        <translation>Der Plan wird gesetzt</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Page setup…</source>
        <translation>Seite einrichten…</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Hochformat</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Querformat</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Seitenbreite</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Ganze Seite</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source> Page </source>
        <translation> Seite </translation>
    </message>
    <message>
        <source>Page shown</source>
        <translation>Angezeigte Seite</translation>
    </message>
    <message>
        <source>Pages in the plan</source>
        <translation>Seiten im Plan</translation>
    </message>
    <message>
        <source> Month: </source>
        <translation> Monat: </translation>
    </message>
    <message>
        <source>Month to print</source>
        <translation>Zu druckender Monat</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF exportieren…</translation>
    </message>
    <message>
        <source>Laying out the {month} plan…</source>
        <translation>Plan für {month} wird gesetzt…</translation>
    </message>
    <message>
        <source> of {pages} </source>
        <translation> von {pages} </translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>Printing the {month} plan…</source>
        <translation>Plan für {month} wird gedruckt…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Printing page {page} of {pages}…</source>
        <translation>Seite {page} von {pages} wird gedruckt…</translation>
    </message>
    <message>
        <source>Printed the {month} plan to {file} ({pages} pages)</source>
        <translation>Plan für {month} in {file} gedruckt ({pages} Seiten)</translation>
    </message>
    <message>
        <source>Sent the {month} plan to {printer} ({pages} pages)</source>
        <translation>Plan für {month} an {printer} gesendet ({pages} Seiten)</translation>
    </message>
    <message>
        <source>Plan not printed</source>
        <translation>Plan nicht gedruckt</translation>
    </message>
    <message>
        <source>Printing cancelled: nothing was sent to the printer.</source>
        <translation>Drucken abgebrochen: Nichts wurde an den Drucker gesendet.</translation>
    </message>
</context>
<context>
    <name>PlanPrinting</name>
    <message>
        <source>Export the {month} plan as PDF</source>
        <translation>Plan für {month} als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Gathering the {month} plan…</source>
        <translation>Plan für {month} wird zusammengestellt…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export plan as PDF</source>
        <translation>Plan als PDF exportieren</translation>
    </message>
    <message>
        <source>Writing page {page} of {pages}…</source>
        <translation>Seite {page} von {pages} wird geschrieben…</translation>
    </message>
    <message>
        <source>Saved the {month} plan to {path} ({pages} pages)</source>
        <translation>Plan für {month} gespeichert unter {path} ({pages} Seiten)</translation>
    </message>
    <message>
        <source>Plan not saved</source>
        <translation>Plan nicht gespeichert</translation>
    </message>
    <message>
        <source>Choose another folder or file name and try again.</source>
        <translation>Wählen Sie einen anderen Ordner oder Dateinamen und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Export abgebrochen: Es wurde keine Datei geschrieben.</translation>
    </message>
</context>
<context>
    <name>PreviewRenderer</name>
    <message>
        <source>Cannot gather the plan: {error}</source>
        <translation>Der Plan lässt sich nicht zusammenstellen: {error}</translation>
    </message>
    <message>
        <source>The plan has not been laid out yet.</source>
        <translation>Der Plan ist noch nicht gesetzt.</translation>
    </message>
    <message>
        <source>Cannot print the plan: {error}</source>
        <translation>Der Plan lässt sich nicht drucken: {error}</translation>
    </message>
</context>
<context>
    <name>PreviewWorker</name>
    <message>
        <source>The file could not be checked: {error}</source>
        <translation>Die Datei konnte nicht geprüft werden: {error}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Wiedervorlagen</translation>
    </message>
    <message>
        <source>Data file</source>
        <translation>Datendatei</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Settings error</source>
        <translation>Fehler in den Einstellungen</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Firmenname</translation>
    </message>
    <message>
        <source>Printed at the top of the monthly plan</source>
        <translation>Steht oben auf dem gedruckten Monatsplan</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Weeks start on</source>
        <translation>Wochen beginnen am</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <source>Paper for the printed plan</source>
        <translation>Papier für den gedruckten Plan</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>These belong to this data file: the printed plan and every amount on screen use them. Edit → Undo takes a change back.</source>
        <translation>Diese Angaben gehören zu dieser Datendatei: Der gedruckte Plan und alle Beträge auf dem Bildschirm richten sich danach. Bearbeiten → Rückgängig nimmt eine Änderung zurück.</translation>
    </message>
    <message>
        <source>Sales follows up a new SQL within</source>
        <translation>Frist für den Erstkontakt mit neuem SQL</translation>
    </message>
    <message>
        <source>Contacts before a lead may be marked lost and the qualification criteria are in Settings → Agreement between the hats…</source>
        <translation>Die Kontakte, bevor ein Lead als verloren gelten darf, und die Qualifizierungskriterien stehen unter Einstellungen → Vereinbarung zwischen den Hüten…</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Kept on this computer, for every data file; charts follow it.</source>
        <translation>Gilt auf diesem Computer für jede Datendatei; die Diagramme passen sich an.</translation>
    </message>
    <message>
        <source>Nothing was saved. {problems}</source>
        <translation>Nichts wurde gespeichert. {problems}</translation>
    </message>
    <message>
        <source>Nothing was saved: correct what is marked in red.</source>
        <translation>Nichts wurde gespeichert: Korrigieren Sie, was rot markiert ist.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts by menu</source>
        <translation>Tastenkürzel nach Menü</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>In the leads table</source>
        <translation>In der Lead-Tabelle</translation>
    </message>
    <message>
        <source>Open the lead</source>
        <translation>Lead öffnen</translation>
    </message>
    <message>
        <source>Enter or double-click</source>
        <translation>Eingabetaste oder Doppelklick</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>Prospect</source>
        <translation>Interessent</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>MQL</source>
        <translation>MQL</translation>
    </message>
    <message>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Promoter</source>
        <translation>Fürsprecher</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
</context>
<context>
    <name>StagePlural</name>
    <message>
        <source>prospects</source>
        <translation>Interessenten</translation>
    </message>
    <message>
        <source>leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>MQLs</source>
        <translation>MQLs</translation>
    </message>
    <message>
        <source>SQLs</source>
        <translation>SQLs</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>promoters</source>
        <translation>Fürsprecher</translation>
    </message>
    <message>
        <source>lost leads</source>
        <translation>verlorene Leads</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>— no lead —</source>
        <translation>— kein Lead —</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Neue Aufgabe</translation>
    </message>
    <message>
        <source>Edit task</source>
        <translation>Aufgabe bearbeiten</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>What needs doing, e.g. Send the December newsletter</source>
        <translation>Was zu tun ist, z. B. Dezember-Newsletter verschicken</translation>
    </message>
    <message>
        <source>Hat</source>
        <translation>Hut</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Find a lead</source>
        <translation>Lead suchen</translation>
    </message>
    <message>
        <source>Type to find a lead…</source>
        <translation>Lead suchen…</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>&amp;Title *</source>
        <translation>&amp;Titel *</translation>
    </message>
    <message>
        <source>&amp;Hat</source>
        <translation>&amp;Hut</translation>
    </message>
    <message>
        <source>&amp;Lead</source>
        <translation>&amp;Lead</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>Task not saved</source>
        <translation>Aufgabe nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Lead / campaign</source>
        <translation>Lead / Kampagne</translation>
    </message>
</context>
<context>
    <name>TasksPanel</name>
    <message>
        <source>Reach many: campaigns, content, newsletters, social posts, events. Marketing&apos;s job is to bring in leads and hand sales the qualified ones (MQLs).</source>
        <translation>Viele erreichen: Kampagnen, Inhalte, Newsletter, Social-Media-Beiträge, Veranstaltungen. Das Marketing bringt Leads herein und übergibt dem Vertrieb die qualifizierten (MQLs).</translation>
    </message>
    <message>
        <source>One person at a time: calls, emails, meetings, demos, proposals. Sales&apos; job is to follow up qualified leads (SQLs) and turn them into customers.</source>
        <translation>Eine Person nach der anderen: Anrufe, E-Mails, Termine, Vorführungen, Angebote. Der Vertrieb kümmert sich um qualifizierte Leads (SQLs) und macht sie zu Kunden.</translation>
    </message>
    <message>
        <source>No marketing tasks yet. Add one with New task (Ctrl+T).</source>
        <translation>Noch keine Marketing-Aufgaben. Legen Sie eine mit „Neue Aufgabe“ (Strg+T) an.</translation>
    </message>
    <message>
        <source>No sales tasks yet. Add one with New task (Ctrl+T).</source>
        <translation>Noch keine Vertriebsaufgaben. Legen Sie eine mit „Neue Aufgabe“ (Strg+T) an.</translation>
    </message>
    <message>
        <source>Marketing tasks</source>
        <translation>Marketing-Aufgaben</translation>
    </message>
    <message>
        <source>Sales tasks</source>
        <translation>Vertriebsaufgaben</translation>
    </message>
    <message>
        <source>Show done tasks</source>
        <translation>Erledigte Aufgaben zeigen</translation>
    </message>
    <message>
        <source>New task…</source>
        <translation>Neue Aufgabe…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>&lt;b&gt;All tasks&lt;/b&gt;</source>
        <translation>&lt;b&gt;Alle Aufgaben&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation>Aufgabe löschen</translation>
    </message>
    <message>
        <source>Delete the task “{title}”?</source>
        <translation>Die Aufgabe „{title}“ löschen?</translation>
    </message>
    <message>
        <source>Task not changed</source>
        <translation>Aufgabe nicht geändert</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>{hat} today</source>
        <translation>{hat}: heute</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>fällig am {date}</translation>
    </message>
    <message>
        <source>{channel}, until {date}</source>
        <translation>{channel}, bis {date}</translation>
    </message>
    <message>
        <source>open end</source>
        <translation>offenes Ende</translation>
    </message>
    <message>
        <source>Marketing tasks due</source>
        <translation>Fällige Marketing-Aufgaben</translation>
    </message>
    <message>
        <source>Campaigns running</source>
        <translation>Laufende Kampagnen</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Fällige Wiedervorlagen</translation>
    </message>
    <message>
        <source>New SQLs waiting for a first contact</source>
        <translation>Neue SQLs warten auf den Erstkontakt</translation>
    </message>
    <message>
        <source>{stage}: {days} days without contact (allowed {allowed})</source>
        <translation>{stage}: {days} Tage ohne Kontakt (erlaubt: {allowed})</translation>
    </message>
    <message>
        <source>Going cold</source>
        <translation>Erkaltend</translation>
    </message>
    <message>
        <source>Sales tasks due</source>
        <translation>Fällige Vertriebsaufgaben</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… und {count} weitere</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>heute fällig</translation>
    </message>
    <message>
        <source>overdue since {date}</source>
        <translation>überfällig seit {date}</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <source>Deleted leads</source>
        <translation>Gelöschte Leads</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Empty the Trash…</source>
        <translation>Papierkorb &amp;leeren…</translation>
    </message>
    <message>
        <source>Deleted leads stay here, with their contacts and history, until you empty the Trash.</source>
        <translation>Gelöschte Leads bleiben hier, mit ihren Kontakten und ihrem Verlauf, bis Sie den Papierkorb leeren.</translation>
    </message>
    <message>
        <source>The Trash is empty.</source>
        <translation>Der Papierkorb ist leer.</translation>
    </message>
    <message>
        <source>Empty the Trash</source>
        <translation>Papierkorb leeren</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %Ln lead(s) in the Trash for good, with their contacts and history? This cannot be undone.</source>
        <translation>
            <numerusform>Den %Ln Lead im Papierkorb endgültig löschen, mit seinen Kontakten und seinem Verlauf? Das lässt sich nicht rückgängig machen.</numerusform>
            <numerusform>Die %Ln Leads im Papierkorb endgültig löschen, mit ihren Kontakten und ihrem Verlauf? Das lässt sich nicht rückgängig machen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoHistory</name>
    <message>
        <source>Cannot undo</source>
        <translation>Rückgängig nicht möglich</translation>
    </message>
    <message>
        <source>This change could not be undone: {error}

The data is as it was before.</source>
        <translation>Diese Änderung ließ sich nicht rückgängig machen: {error}

Die Daten sind unverändert.</translation>
    </message>
    <message>
        <source>Cannot redo</source>
        <translation>Wiederholen nicht möglich</translation>
    </message>
    <message>
        <source>This change could not be redone: {error}

The data is as it was before.</source>
        <translation>Diese Änderung ließ sich nicht wiederholen: {error}

Die Daten sind unverändert.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Welcome to {app}</source>
        <translation>Willkommen bei {app}</translation>
    </message>
    <message>
        <source>&lt;h2&gt;You run the business, so you wear two hats&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Sie führen das Geschäft, also tragen Sie zwei Hüte&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Marketing hat</source>
        <translation>Marketing-Hut</translation>
    </message>
    <message>
        <source>Talks to many people at once: campaigns, newsletters, ads, posts, webinars. Its job is to bring in leads and get them ready for sales. It plans in months.</source>
        <translation>Spricht viele Menschen auf einmal an: Kampagnen, Newsletter, Anzeigen, Beiträge, Webinare. Seine Aufgabe: Leads gewinnen und für den Vertrieb vorbereiten. Er plant in Monaten.</translation>
    </message>
    <message>
        <source>Sales hat</source>
        <translation>Vertriebs-Hut</translation>
    </message>
    <message>
        <source>Talks to one person at a time: calls, emails, meetings, demos, proposals. Its job is to turn those leads into customers. It plans for this month.</source>
        <translation>Spricht mit einer Person nach der anderen: Anrufe, E-Mails, Treffen, Demos, Angebote. Seine Aufgabe: aus diesen Leads Kunden machen. Er plant für diesen Monat.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;One funnel joins the hats:&lt;/b&gt; {steps}.&lt;/p&gt;&lt;p&gt;Everyone marketing reaches is a prospect; who leaves their details is a lead. When a lead meets the criteria you agreed, marketing hands it over (MQL), sales accepts it (SQL) and works it into a customer, who may become a promoter and send you others. Every contact you log with a lead is counted, and each month&apos;s target works backwards from the customers you want to the leads marketing owes and the customers sales owes.&lt;/p&gt;&lt;p&gt;Would you like to look around a demo business first? It fills this month with leads, contacts, campaigns, tasks for both hats and a target. &lt;b&gt;Help → Remove demo data&lt;/b&gt; takes it all out again in one step, and leaves whatever you added.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Ein Trichter verbindet die Hüte:&lt;/b&gt; {steps}.&lt;/p&gt;&lt;p&gt;Jeder, den das Marketing erreicht, ist ein Interessent; wer seine Kontaktdaten hinterlässt, ist ein Lead. Erfüllt ein Lead die vereinbarten Kriterien, übergibt ihn das Marketing (MQL), der Vertrieb nimmt ihn an (SQL) und macht einen Kunden aus ihm, der vielleicht zum Fürsprecher wird und Ihnen weitere schickt. Jeder Kontakt, den Sie mit einem Lead erfassen, wird gezählt, und das Ziel jedes Monats rechnet rückwärts: von den Kunden, die Sie wollen, zu den Leads, die das Marketing liefern muss, und den Kunden, die der Vertrieb gewinnen muss.&lt;/p&gt;&lt;p&gt;Möchten Sie sich zuerst in einer Demo-Firma umsehen? Sie füllt diesen Monat mit Leads, Kontakten, Kampagnen, Aufgaben für beide Hüte und einem Ziel. &lt;b&gt;Hilfe → Demodaten entfernen&lt;/b&gt; nimmt alles in einem Schritt wieder heraus und lässt, was Sie selbst angelegt haben.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Load demo business</source>
        <translation>Demo-Firma laden</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>Leer beginnen</translation>
    </message>
    <message>
        <source>The demo was not loaded</source>
        <translation>Die Demo wurde nicht geladen</translation>
    </message>
    <message>
        <source>The answer was not saved</source>
        <translation>Die Antwort wurde nicht gespeichert</translation>
    </message>
</context>
</TS>
