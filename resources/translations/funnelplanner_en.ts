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
        <source>%Ln follow-up(s) due</source>
        <translation>
            <numerusform>%Ln follow-up due</numerusform>
            <numerusform>%Ln follow-ups due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new SQL(s) waiting for a contact</source>
        <translation>
            <numerusform>%Ln new SQL waiting for a contact</numerusform>
            <numerusform>%Ln new SQLs waiting for a contact</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>&lt;b&gt;{file}&lt;/b&gt;: {origin}, {count} row(s) ({how})</source>
        <translation>
            <numerusform>&lt;b&gt;{file}&lt;/b&gt;: {origin}, {count} row ({how})</numerusform>
            <numerusform>&lt;b&gt;{file}&lt;/b&gt;: {origin}, {count} rows ({how})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} row(s) match a stored lead or an earlier row (same email or phone, or a very similar name at the same company).</source>
        <translation>
            <numerusform>{count} row matches a stored lead or an earlier row (same email or phone, or a very similar name at the same company).</numerusform>
            <numerusform>{count} rows match a stored lead or an earlier row (same email or phone, or a very similar name at the same company).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Will create {create}, update {update} and skip {skip} lead(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;Will create {create}, update {update} and skip {skip} lead&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;Will create {create}, update {update} and skip {skip} leads&lt;/b&gt;</numerusform>
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
        <source>%Ln+ lead(s) match</source>
        <translation>
            <numerusform>%Ln+ lead matches</numerusform>
            <numerusform>%Ln+ leads match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln+ lead(s)</source>
        <translation>
            <numerusform>%Ln+ lead</numerusform>
            <numerusform>%Ln+ leads</numerusform>
        </translation>
    </message>
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
    <name>MonthPlanView</name>
    <message numerus="yes">
        <source>Median contacts to close: {median} (over %Ln customer(s) won).</source>
        <translation>
            <numerusform>Median contacts to close: {median} (over %Ln customer won).</numerusform>
            <numerusform>Median contacts to close: {median} (over %Ln customers won).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} ({stage}): %n contact(s)</source>
        <translation>
            <numerusform>{name} ({stage}): %n contact</numerusform>
            <numerusform>{name} ({stage}): %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;Marketing owes {owed} MQL(s)&lt;/b&gt; this month ({done} so far, {pace}).&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;Marketing owes {owed} MQL&lt;/b&gt; this month ({done} so far, {pace}).&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;Marketing owes {owed} MQLs&lt;/b&gt; this month ({done} so far, {pace}).&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;Sales owes {owed} customer(s)&lt;/b&gt; from the {accepted} SQLs it accepts ({done} so far, {pace}).&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;Sales owes {owed} customer&lt;/b&gt; from the {accepted} SQLs it accepts ({done} so far, {pace}).&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;Sales owes {owed} customers&lt;/b&gt; from the {accepted} SQLs it accepts ({done} so far, {pace}).&lt;/p&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanDocument</name>
    <message numerus="yes">
        <source>{count} new customer(s) this month</source>
        <translation>
            <numerusform>{count} new customer this month</numerusform>
            <numerusform>{count} new customers this month</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revenue of {revenue} at {deal} a deal: {count} new customer(s)</source>
        <translation>
            <numerusform>Revenue of {revenue} at {deal} a deal: {count} new customer</numerusform>
            <numerusform>Revenue of {revenue} at {deal} a deal: {count} new customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{owed} customer(s) from the {accepted} {sqls} it accepts: {done} so far, {pace}.</source>
        <translation>
            <numerusform>{owed} customer from the {accepted} {sqls} it accepts: {done} so far, {pace}.</numerusform>
            <numerusform>{owed} customers from the {accepted} {sqls} it accepts: {done} so far, {pace}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sales follows up each new SQL within {days} day(s) </source>
        <translation>
            <numerusform>Sales follows up each new SQL within {days} day </numerusform>
            <numerusform>Sales follows up each new SQL within {days} days </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and makes at least {contacts} contact(s) before marking a lead lost.</source>
        <translation>
            <numerusform>and makes at least {contacts} contact before marking a lead lost.</numerusform>
            <numerusform>and makes at least {contacts} contacts before marking a lead lost.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} day(s)</source>
        <translation>
            <numerusform>{count} day</numerusform>
            <numerusform>{count} days</numerusform>
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
