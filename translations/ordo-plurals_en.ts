<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ordo::Arranger</name>
    <message numerus="yes">
        <source>%n critical findings</source>
        <translation>
            <numerusform>%n critical finding</numerusform>
            <numerusform>%n critical findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n info</source>
        <translation>
            <numerusform>%n info</numerusform>
            <numerusform>%n info</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moves bring sessions closer to where they fit best</source>
        <translation>
            <numerusform>%n move brings a session closer to where it fits best</numerusform>
            <numerusform>%n moves bring sessions closer to where they fit best</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moves clear %1</source>
        <translation>
            <numerusform>%n move clears %1</numerusform>
            <numerusform>%n moves clear %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Arrange week %1 (%n moves)</source>
        <translation>
            <numerusform>Arrange week %1 (%n move)</numerusform>
            <numerusform>Arrange week %1 (%n moves)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Arrange all weeks (%n moves)</source>
        <translation>
            <numerusform>Arrange all weeks (%n move)</numerusform>
            <numerusform>Arrange all weeks (%n moves)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ordo::AvailabilityEditor</name>
    <message numerus="yes">
        <source>%n busy times from a calendar</source>
        <translation>
            <numerusform>%n busy time from a calendar</numerusform>
            <numerusform>%n busy times from a calendar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ordo::AvailabilityEdits</name>
    <message numerus="yes">
        <source>Import %n busy times</source>
        <translation>
            <numerusform>Import %n busy time</numerusform>
            <numerusform>Import %n busy times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ordo::BusyImportCommand</name>
    <message numerus="yes">
        <source>Added %n busy times from “%1”.</source>
        <translation>
            <numerusform>Added %n busy time from “%1”.</numerusform>
            <numerusform>Added %n busy times from “%1”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ordo::DropPreviewPanel</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ordo::FindingsDock</name>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ordo::MainWindow</name>
    <message numerus="yes">
        <source>%n lifting sessions</source>
        <translation>
            <numerusform>%n lifting session</numerusform>
            <numerusform>%n lifting sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cardio sessions</source>
        <translation>
            <numerusform>%n cardio session</numerusform>
            <numerusform>%n cardio sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rest days</source>
        <translation>
            <numerusform>%n rest day</numerusform>
            <numerusform>%n rest days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ordo::MultiSessionInspector</name>
    <message numerus="yes">
        <source>%n sessions selected.
Arrow keys move them together; Delete removes them.</source>
        <translation>
            <numerusform>%n session selected.
Arrow keys move them together; Delete removes them.</numerusform>
            <numerusform>%n sessions selected.
Arrow keys move them together; Delete removes them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ordo::PlanEdits</name>
    <message numerus="yes">
        <source>Change number of weeks to %1 (deletes %n sessions)</source>
        <translation>
            <numerusform>Change number of weeks to %1 (deletes %n session)</numerusform>
            <numerusform>Change number of weeks to %1 (deletes %n sessions)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set %n busy times</source>
        <translation>
            <numerusform>Set %n busy time</numerusform>
            <numerusform>Set %n busy times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ordo::PlanInspector</name>
    <message numerus="yes">
        <source>Ending the plan after week %1 removes %n sessions from the later weeks.</source>
        <translation>
            <numerusform>Ending the plan after week %1 removes %n session from the later weeks.</numerusform>
            <numerusform>Ending the plan after week %1 removes %n sessions from the later weeks.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ordo::PrintLayout</name>
    <message numerus="yes">
        <source>%n rest days</source>
        <translation>
            <numerusform>%n rest day</numerusform>
            <numerusform>%n rest days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notes</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Season overview · %n weeks</source>
        <translation>
            <numerusform>Season overview · %n week</numerusform>
            <numerusform>Season overview · %n weeks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ordo::Replan</name>
    <message numerus="yes">
        <source>Re-plan week %1 (%n sessions)</source>
        <translation>
            <numerusform>Re-plan week %1 (%n session)</numerusform>
            <numerusform>Re-plan week %1 (%n sessions)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing to place again: %n missed sessions find no time that adds no warning.</source>
        <translation>
            <numerusform>Nothing to place again: %n missed session finds no time that adds no warning.</numerusform>
            <numerusform>Nothing to place again: %n missed sessions find no time that adds no warning.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missed sessions placed again.</source>
        <translation>
            <numerusform>%n missed session placed again.</numerusform>
            <numerusform>%n missed sessions placed again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missed sessions placed again</source>
        <translation>
            <numerusform>%n missed session placed again</numerusform>
            <numerusform>%n missed sessions placed again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left missed.</source>
        <translation>
            <numerusform>%n left missed.</numerusform>
            <numerusform>%n left missed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ordo::RotationDialog</name>
    <message numerus="yes">
        <source>Adds %n sessions.</source>
        <translation>
            <numerusform>Adds %n session.</numerusform>
            <numerusform>Adds %n sessions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ordo::Rules</name>
    <message numerus="yes">
        <source>Make %n of them moderate (steady, conversational pace).</source>
        <translation>
            <numerusform>Make %n of them moderate (steady, conversational pace).</numerusform>
            <numerusform>Make %n of them moderate (steady, conversational pace).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To plan by cycle phase, make the plan %n weeks long or turn repeat off and plan each block.</source>
        <translation>
            <numerusform>To plan by cycle phase, make the plan %n week long or turn repeat off and plan each block.</numerusform>
            <numerusform>To plan by cycle phase, make the plan %n weeks long or turn repeat off and plan each block.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n strength session(s) this week. For endurance, 2–3 short strength sessions a week improve running economy and time-trial performance.</source>
        <translation>
            <numerusform>%n strength session this week. For endurance, 2–3 short strength sessions a week improve running economy and time-trial performance.</numerusform>
            <numerusform>%n strength sessions this week. For endurance, 2–3 short strength sessions a week improve running economy and time-trial performance.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ordo::SeasonCommands</name>
    <message numerus="yes">
        <source>This deletes %n sessions.</source>
        <translation>
            <numerusform>This deletes %n session.</numerusform>
            <numerusform>This deletes %n sessions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ordo::SessionEdits</name>
    <message numerus="yes">
        <source>Move %n sessions</source>
        <translation>
            <numerusform>Move %n session</numerusform>
            <numerusform>Move %n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copy %n sessions</source>
        <translation>
            <numerusform>Copy %n session</numerusform>
            <numerusform>Copy %n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n sessions</source>
        <translation>
            <numerusform>Add %n session</numerusform>
            <numerusform>Add %n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n sessions</source>
        <translation>
            <numerusform>Paste %n session</numerusform>
            <numerusform>Paste %n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change duration of %n sessions</source>
        <translation>
            <numerusform>Change duration of %n session</numerusform>
            <numerusform>Change duration of %n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n sessions</source>
        <translation>
            <numerusform>Delete %n session</numerusform>
            <numerusform>Delete %n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cut %n sessions</source>
        <translation>
            <numerusform>Cut %n session</numerusform>
            <numerusform>Cut %n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n sessions</source>
        <translation>
            <numerusform>Duplicate %n session</numerusform>
            <numerusform>Duplicate %n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make %n sessions %1</source>
        <translation>
            <numerusform>Make %n session %1</numerusform>
            <numerusform>Make %n sessions %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change %1 of %n sessions</source>
        <translation>
            <numerusform>Change %1 of %n session</numerusform>
            <numerusform>Change %1 of %n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lock %n sessions</source>
        <translation>
            <numerusform>Lock %n session</numerusform>
            <numerusform>Lock %n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unlock %n sessions</source>
        <translation>
            <numerusform>Unlock %n session</numerusform>
            <numerusform>Unlock %n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n sessions as missed</source>
        <translation>
            <numerusform>Mark %n session as missed</numerusform>
            <numerusform>Mark %n sessions as missed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n sessions as not missed</source>
        <translation>
            <numerusform>Mark %n session as not missed</numerusform>
            <numerusform>Mark %n sessions as not missed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make %n sessions key sessions</source>
        <translation>
            <numerusform>Make %n session a key session</numerusform>
            <numerusform>Make %n sessions key sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make %n sessions normal sessions</source>
        <translation>
            <numerusform>Make %n session a normal session</numerusform>
            <numerusform>Make %n sessions normal sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make %n sessions optional</source>
        <translation>
            <numerusform>Make %n session optional</numerusform>
            <numerusform>Make %n sessions optional</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ordo::WeekEdits</name>
    <message numerus="yes">
        <source>%1 (deletes %n sessions)</source>
        <translation>
            <numerusform>%1 (deletes %n session)</numerusform>
            <numerusform>%1 (deletes %n sessions)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copy week %1 to %n weeks</source>
        <translation>
            <numerusform>Copy week %1 to %n week</numerusform>
            <numerusform>Copy week %1 to %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Insert %n empty weeks before week 1</source>
        <translation>
            <numerusform>Insert %n empty week before week 1</numerusform>
            <numerusform>Insert %n empty weeks before week 1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Insert %n empty weeks after week %1</source>
        <translation>
            <numerusform>Insert %n empty week after week %1</numerusform>
            <numerusform>Insert %n empty weeks after week %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fill week %1 with a rotation (%n sessions)</source>
        <translation>
            <numerusform>Fill week %1 with a rotation (%n session)</numerusform>
            <numerusform>Fill week %1 with a rotation (%n sessions)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fill weeks %1–%2 with a rotation (%n sessions)</source>
        <translation>
            <numerusform>Fill weeks %1–%2 with a rotation (%n session)</numerusform>
            <numerusform>Fill weeks %1–%2 with a rotation (%n sessions)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ordo::cli</name>
    <message numerus="yes">
        <source>the plan has %n weeks; there is no week %1</source>
        <translation>
            <numerusform>the plan has %n week; there is no week %1</numerusform>
            <numerusform>the plan has %n weeks; there is no week %1</numerusform>
        </translation>
    </message>
</context>
</TS>
