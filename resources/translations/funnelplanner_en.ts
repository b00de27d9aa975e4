<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ContactDialog</name>
    <message numerus="yes">
        <source>%n contact(s) so far</source>
        <translation>
            <numerusform>%n contact so far</numerusform>
            <numerusform>%n contacts so far</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpNotifier</name>
    <message numerus="yes">
        <source>%n follow-up(s) due</source>
        <translation>
            <numerusform>%n follow-up due</numerusform>
            <numerusform>%n follow-ups due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new SQL(s) waiting for a contact</source>
        <translation>
            <numerusform>%n new SQL waiting for a contact</numerusform>
            <numerusform>%n new SQLs waiting for a contact</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadDialog</name>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; contact(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; contact</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Before import: %n contact(s)</source>
        <translation>
            <numerusform>Before import: %n contact</numerusform>
            <numerusform>Before import: %n contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadsPanel</name>
    <message numerus="yes">
        <source>%Ln lead(s) match</source>
        <translation>
            <numerusform>%Ln lead match</numerusform>
            <numerusform>%Ln leads match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s)</source>
        <translation>
            <numerusform>%Ln lead</numerusform>
            <numerusform>%Ln leads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Move {name} with %n logged contact(s) and the stage history to the Trash? Tasks linked to this lead are kept. Edit → Undo or Leads → Trash brings the lead back.</source>
        <translation>
            <numerusform>Move {name} with %n logged contact and the stage history to the Trash? Tasks linked to this lead are kept. Edit → Undo or Leads → Trash brings the lead back.</numerusform>
            <numerusform>Move {name} with %n logged contacts and the stage history to the Trash? Tasks linked to this lead are kept. Edit → Undo or Leads → Trash brings the lead back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln lead(s) to {path}</source>
        <translation>
            <numerusform>Exported %Ln lead to {path}</numerusform>
            <numerusform>Exported %Ln leads to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln event(s) to {path}</source>
        <translation>
            <numerusform>Exported %Ln event to {path}</numerusform>
            <numerusform>Exported %Ln events to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln to-do(s) to {path}</source>
        <translation>
            <numerusform>Exported %Ln to-do to {path}</numerusform>
            <numerusform>Exported %Ln to-dos to {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message numerus="yes">
        <source>Delete the %Ln lead(s) in the Trash for good, with their contacts and history? This cannot be undone.</source>
        <translation>
            <numerusform>Delete the %Ln lead in the Trash for good, with its contacts and history? This cannot be undone.</numerusform>
            <numerusform>Delete the %Ln leads in the Trash for good, with their contacts and history? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
</TS>
