<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>jobdesk::net::LocalStore</name>
    <message numerus="yes">
        <source>The note is longer than %n characters.</source>
        <translation>
            <numerusform>The note is longer than %n character.</numerusform>
            <numerusform>The note is longer than %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jobdesk::net::Session</name>
    <message numerus="yes">
        <source>Too many failed sign-ins. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many failed sign-ins. Try again in %n second.</numerusform>
            <numerusform>Too many failed sign-ins. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::AuditPage</name>
    <message numerus="yes">
        <source>%n entries shown</source>
        <translation>
            <numerusform>%n entry shown</numerusform>
            <numerusform>%n entries shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::AwayPrompt</name>
    <message numerus="yes">
        <source>%n more time away to review after this one.</source>
        <translation>
            <numerusform>%n more time away to review after this one.</numerusform>
            <numerusform>%n more times away to review after this one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::CandidatePanel</name>
    <message numerus="yes">
        <source>%n revision(s)</source>
        <translation>
            <numerusform>%n revision</numerusform>
            <numerusform>%n revisions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::DispatchBoard</name>
    <message numerus="yes">
        <source>%n open job(s)</source>
        <translation>
            <numerusform>%n open job</numerusform>
            <numerusform>%n open jobs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n need(s) attention</source>
        <translation>
            <numerusform> · %n needs attention</numerusform>
            <numerusform> · %n need attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n overdue</source>
        <translation>
            <numerusform> · %n overdue</numerusform>
            <numerusform> · %n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::DispatchRunDialog</name>
    <message numerus="yes">
        <source>Dispatching %n job(s)…</source>
        <translation>
            <numerusform>Dispatching %n job…</numerusform>
            <numerusform>Dispatching %n jobs…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::DisplayText</name>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h %1 min</source>
        <translation>
            <numerusform>%n h %1 min</numerusform>
            <numerusform>%n h %1 min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::JobQueueModel</name>
    <message numerus="yes">
        <source>%n unread messages</source>
        <translation>
            <numerusform>%n unread message</numerusform>
            <numerusform>%n unread messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::ReviewPane</name>
    <message numerus="yes">
        <source>%n revision(s) requested so far</source>
        <translation>
            <numerusform>%n revision requested so far</numerusform>
            <numerusform>%n revisions requested so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::ReviewQueue</name>
    <message numerus="yes">
        <source>%n job(s) waiting for review</source>
        <translation>
            <numerusform>%n job waiting for review</numerusform>
            <numerusform>%n jobs waiting for review</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::TimerBar</name>
    <message numerus="yes">
        <source>%n entries rejected: %1</source>
        <translation>
            <numerusform>%n entry rejected: %1</numerusform>
            <numerusform>%n entries rejected: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries changed elsewhere: choose which to keep</source>
        <translation>
            <numerusform>%n entry changed elsewhere: choose which to keep</numerusform>
            <numerusform>%n entries changed elsewhere: choose which to keep</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries waiting to sync</source>
        <translation>
            <numerusform>%n entry waiting to sync</numerusform>
            <numerusform>%n entries waiting to sync</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries will sync when you are back online</source>
        <translation>
            <numerusform>%n entry will sync when you are back online</numerusform>
            <numerusform>%n entries will sync when you are back online</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::TimesheetDialog</name>
    <message numerus="yes">
        <source>%n entries need your attention: select one to see what to do.</source>
        <translation>
            <numerusform>%n entry needs your attention: select it to see what to do.</numerusform>
            <numerusform>%n entries need your attention: select one to see what to do.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::TimesheetsPage</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::UploadPanel</name>
    <message numerus="yes">
        <source>%n s left</source>
        <translation>
            <numerusform>%n s left</numerusform>
            <numerusform>%n s left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min left</source>
        <translation>
            <numerusform>%n min left</numerusform>
            <numerusform>%n min left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h %1 min left</source>
        <translation>
            <numerusform>%n h %1 min left</numerusform>
            <numerusform>%n h %1 min left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::WorkerTray</name>
    <message numerus="yes">
        <source>Time away: %n to review…</source>
        <translation>
            <numerusform>Time away: %n to review…</numerusform>
            <numerusform>Time away: %n to review…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jobdesk::ui::WorkersPage</name>
    <message numerus="yes">
        <source>%n rated job(s)</source>
        <translation>
            <numerusform>%n rated job</numerusform>
            <numerusform>%n rated jobs</numerusform>
        </translation>
    </message>
</context>
</TS>
