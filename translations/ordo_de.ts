<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ordo::AboutBox</name>
    <message>
        <source>About Ordo</source>
        <translation>Über Ordo</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Ordo %1&lt;/h3&gt;&lt;p&gt;Plans a training week that combines strength and cardio, and shows what each placement costs before you make it.&lt;/p&gt;&lt;p&gt;The rules follow published work on concurrent training: the order effect (Eddens 2018, Murlasits 2018), AMPK after exercise (Wojtaszewski 2000, Lee-Young 2008), leg fatigue after cycling and running (Sporer &amp;amp; Wenger 2003, Doma &amp;amp; Deakin 2013), session-RPE load (Foster 2001), interference (Wilson 2012) and recovery spacing (ACSM 2009). Each finding&apos;s “Why?” names its source and evidence grade.&lt;/p&gt;&lt;p&gt;A planning aid, not medical advice.&lt;/p&gt;&lt;p&gt;Copyright © 2026 the Ordo authors.&lt;br&gt;Ordo is free software: you can redistribute it and/or modify it under the terms of the &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License&lt;/a&gt; as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version. It comes with ABSOLUTELY NO WARRANTY.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ordo %1&lt;/h3&gt;&lt;p&gt;Plant eine Trainingswoche, die Kraft- und Ausdauertraining verbindet, und zeigt, was jede Platzierung kostet, bevor Sie sie vornehmen.&lt;/p&gt;&lt;p&gt;Die Regeln folgen veröffentlichten Arbeiten zum kombinierten Training: der Reihenfolgeeffekt (Eddens 2018, Murlasits 2018), AMPK nach Belastung (Wojtaszewski 2000, Lee-Young 2008), Beinermüdung nach Radfahren und Laufen (Sporer &amp;amp; Wenger 2003, Doma &amp;amp; Deakin 2013), Session-RPE-Last (Foster 2001), Interferenz (Wilson 2012) und Erholungsabstände (ACSM 2009). Das „Warum?“ jedes Hinweises nennt seine Quelle und Evidenzstufe.&lt;/p&gt;&lt;p&gt;Eine Planungshilfe, keine medizinische Beratung.&lt;/p&gt;&lt;p&gt;Copyright © 2026 die Ordo-Autoren.&lt;br&gt;Ordo ist freie Software: Sie können es unter den Bedingungen der &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License&lt;/a&gt;, wie von der Free Software Foundation veröffentlicht, weitergeben und/oder verändern, entweder gemäß Version 3 der Lizenz oder (nach Ihrer Wahl) jeder späteren Version. Es wird OHNE JEDE GEWÄHRLEISTUNG bereitgestellt.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ordo::AddSessionMenu</name>
    <message>
        <source>&amp;Add Session Here</source>
        <translation>Einheit hier &amp;hinzufügen</translation>
    </message>
</context>
<context>
    <name>ordo::AmpkChart</name>
    <message>
        <source>AMPK-elevated windows</source>
        <translation>Fenster mit erhöhter AMPK</translation>
    </message>
    <message>
        <source>Starts inside the AMPK-elevated window after %1: the lifting signal may be blunted.</source>
        <translation>Beginnt im Fenster erhöhter AMPK nach %1: Der Kraftreiz kann abgeschwächt sein.</translation>
    </message>
    <message>
        <source>Week %1 · estimated AMPK-elevated windows after cardio</source>
        <translation>Woche %1 · geschätzte Fenster erhöhter AMPK nach Cardio</translation>
    </message>
    <message>
        <source>AMPK window (model)</source>
        <translation>AMPK-Fenster (Modell)</translation>
    </message>
    <message>
        <source>Cardio</source>
        <translation>Cardio</translation>
    </message>
    <message>
        <source>Lifting</source>
        <translation>Krafttraining</translation>
    </message>
    <message>
        <source>Lifting inside a window</source>
        <translation>Krafttraining im Fenster</translation>
    </message>
    <message>
        <source>&lt;b&gt;AMPK-elevated window&lt;/b&gt; %1 – %2&lt;br&gt;after %3 (%4, %5 min)&lt;br&gt;%6&lt;br&gt;A model estimate: studies in people show a return to baseline within about 3 hours</source>
        <translation>&lt;b&gt;Fenster erhöhter AMPK&lt;/b&gt; %1 – %2&lt;br&gt;nach %3 (%4, %5 min)&lt;br&gt;%6&lt;br&gt;Eine Modellschätzung: Studien am Menschen zeigen die Rückkehr zum Ausgangswert binnen etwa 3 Stunden</translation>
    </message>
</context>
<context>
    <name>ordo::Analysis</name>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
</context>
<context>
    <name>ordo::ArrangeCommands</name>
    <message>
        <source>&amp;Arrange Week…</source>
        <translation>Woche &amp;anordnen…</translation>
    </message>
    <message>
        <source>&amp;Lock Session</source>
        <translation>Einheit &amp;fixieren</translation>
    </message>
    <message>
        <source>Keep the selected sessions where they are when the week is arranged</source>
        <translation>Die gewählten Einheiten bleiben, wo sie sind, wenn die Woche angeordnet wird</translation>
    </message>
    <message>
        <source>Re-&amp;plan Rest of Week…</source>
        <translation>Rest der Woche neu &amp;planen…</translation>
    </message>
    <message>
        <source>Place the missed sessions of this week again in the days that are left</source>
        <translation>Die verpassten Einheiten dieser Woche in den verbleibenden Tagen neu einplanen</translation>
    </message>
</context>
<context>
    <name>ordo::ArrangeDialog</name>
    <message>
        <source>Arrange Week</source>
        <translation>Woche anordnen</translation>
    </message>
    <message>
        <source>All weeks</source>
        <translation>Alle Wochen</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Umfang:</translation>
    </message>
    <message>
        <source>Only move within the same &amp;day</source>
        <translation>Nur innerhalb desselben &amp;Tages verschieben</translation>
    </message>
    <message>
        <source>&amp;Keep training days</source>
        <translation>Trainingstage &amp;behalten</translation>
    </message>
    <message>
        <source>A&amp;rrange Again</source>
        <translation>&amp;Erneut anordnen</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Anha&amp;lten</translation>
    </message>
    <message>
        <source>&amp;Moves</source>
        <translation>&amp;Verschiebungen</translation>
    </message>
    <message>
        <source>&amp;What remains, and why</source>
        <translation>&amp;Was bleibt, und warum</translation>
    </message>
    <message>
        <source>Arranging…</source>
        <translation>Wird angeordnet…</translation>
    </message>
    <message>
        <source>Stopped early: %1</source>
        <translation>Vorzeitig angehalten: %1</translation>
    </message>
    <message>
        <source>Score before: %1 · after: %2 (lower is better)</source>
        <translation>Bewertung vorher: %1 · nachher: %2 (niedriger ist besser)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>No warning remains.</source>
        <translation>Es bleibt keine Warnung.</translation>
    </message>
    <message>
        <source>Re-plan Rest of Week</source>
        <translation>Rest der Woche neu planen</translation>
    </message>
    <message>
        <source>&amp;Left missed, and why</source>
        <translation>&amp;Verpasst geblieben, und warum</translation>
    </message>
    <message>
        <source>Placing missed sessions…</source>
        <translation>Verpasste Einheiten werden eingeplant…</translation>
    </message>
    <message>
        <source>Every missed session has a place again.</source>
        <translation>Jede verpasste Einheit hat wieder einen Platz.</translation>
    </message>
    <message>
        <source>Compare Side &amp;by Side…</source>
        <translation>Neben&amp;einander vergleichen…</translation>
    </message>
    <message>
        <source>Open the result beside your plan, with the findings each one has</source>
        <translation>Das Ergebnis neben Ihrem Plan öffnen, mit den Befunden beider</translation>
    </message>
</context>
<context>
    <name>ordo::Arranger</name>
    <message>
        <source>%1 is locked, so it stays outside your available times.</source>
        <translation>%1 ist fixiert und bleibt daher außerhalb Ihrer verfügbaren Zeiten.</translation>
    </message>
    <message>
        <source>%1 is locked, so it stays where it is.</source>
        <translation>%1 ist fixiert und bleibt daher, wo sie ist.</translation>
    </message>
    <message>
        <source>%1 are locked, so they stay where they are.</source>
        <translation>%1 sind fixiert und bleiben daher, wo sie sind.</translation>
    </message>
    <message>
        <source>It is about how many, how long or how hard the sessions are, not when they are: moving them cannot clear it.</source>
        <translation>Es geht darum, wie viele, wie lange oder wie harte Einheiten es sind, nicht wann: Verschieben kann es nicht beheben.</translation>
    </message>
    <message>
        <source>%1 is locked, and no place for the others clears it.</source>
        <translation>%1 ist fixiert, und kein Platz für die anderen behebt es.</translation>
    </message>
    <message>
        <source>%1 are locked, and no place for the others clears it.</source>
        <translation>%1 sind fixiert, und kein Platz für die anderen behebt es.</translation>
    </message>
    <message>
        <source>Sessions could only move within their day, and no time of the day clears it.</source>
        <translation>Einheiten durften nur innerhalb ihres Tages verschoben werden, und keine Uhrzeit des Tages behebt es.</translation>
    </message>
    <message>
        <source>Sessions could only move to days that already had training, and none clears it.</source>
        <translation>Einheiten durften nur auf Tage mit Training verschoben werden, und keiner behebt es.</translation>
    </message>
    <message>
        <source>No place for its sessions in their week clears it without a worse finding elsewhere.</source>
        <translation>Kein Platz für seine Einheiten in ihrer Woche behebt es ohne einen schlimmeren Hinweis anderswo.</translation>
    </message>
    <message numerus="yes">
        <source>%n critical findings</source>
        <translation>
            <numerusform>%n kritischer Hinweis</numerusform>
            <numerusform>%n kritische Hinweise</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n info</source>
        <translation>
            <numerusform>%n Info</numerusform>
            <numerusform>%n Infos</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to move: no place makes the week better.</source>
        <translation>Nichts zu verschieben: kein Platz macht die Woche besser.</translation>
    </message>
    <message>
        <source>Nothing to move: no place clears what remains.</source>
        <translation>Nichts zu verschieben: kein Platz behebt, was bleibt.</translation>
    </message>
    <message numerus="yes">
        <source>%n moves bring sessions closer to where they fit best</source>
        <translation>
            <numerusform>%n Verschiebung bringt Einheiten näher an ihren besten Platz</numerusform>
            <numerusform>%n Verschiebungen bringen Einheiten näher an ihren besten Platz</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>%1, %2 and %3</source>
        <translation>%1, %2 und %3</translation>
    </message>
    <message numerus="yes">
        <source>%n moves clear %1</source>
        <translation>
            <numerusform>%n Verschiebung behebt %1</numerusform>
            <numerusform>%n Verschiebungen beheben %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Arrange week %1 (%n moves)</source>
        <translation>
            <numerusform>Woche %1 anordnen (%n Verschiebung)</numerusform>
            <numerusform>Woche %1 anordnen (%n Verschiebungen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Arrange all weeks (%n moves)</source>
        <translation>
            <numerusform>Alle Wochen anordnen (%n Verschiebung)</numerusform>
            <numerusform>Alle Wochen anordnen (%n Verschiebungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>No free time in week %1 is long enough for %2.</source>
        <translation>Keine freie Zeit in Woche %1 ist lang genug für %2.</translation>
    </message>
</context>
<context>
    <name>ordo::AutoFix</name>
    <message>
        <source>Move “%1” to %2</source>
        <translation>„%1“ auf %2 verschieben</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>„%1“ löschen</translation>
    </message>
    <message>
        <source>Make “%1” %2</source>
        <translation>Intensität von „%1“: %2</translation>
    </message>
    <message>
        <source>Set “%1” to %2</source>
        <translation>„%1“ auf %2 setzen</translation>
    </message>
</context>
<context>
    <name>ordo::AvailabilityEditor</name>
    <message>
        <source>Available times</source>
        <translation>Verfügbare Zeiten</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>No &amp;Training That Day</source>
        <translation>An dem Tag kein &amp;Training</translation>
    </message>
    <message>
        <source>Days not listed are available all day. Shift+drag on the week adds a time too.</source>
        <translation>Nicht aufgeführte Tage sind ganztägig verfügbar. Umschalt+Ziehen in der Woche fügt auch eine Zeit hinzu.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>00:00 as the end means midnight</source>
        <translation>00:00 als Ende bedeutet Mitternacht</translation>
    </message>
    <message>
        <source>Add this time to the day: sessions of the checked kinds may be placed in it</source>
        <translation>Diese Zeit dem Tag hinzufügen: Einheiten der angehakten Arten dürfen in ihr liegen</translation>
    </message>
    <message>
        <source>The chosen day has no time for training</source>
        <translation>Der gewählte Tag hat keine Zeit für Training</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>%1: no training</source>
        <translation>%1: kein Training</translation>
    </message>
    <message>
        <source> · %1 only</source>
        <translation> · nur %1</translation>
    </message>
    <message>
        <source>Every day is available all day.</source>
        <translation>Jeder Tag ist ganztägig verfügbar.</translation>
    </message>
    <message>
        <source>Weeks with times of their own: %1</source>
        <translation>Wochen mit eigenen Zeiten: %1</translation>
    </message>
    <message>
        <source>No busy times. File ▸ Import Busy Times reads them from a calendar.</source>
        <translation>Keine belegten Zeiten. Datei ▸ Belegte Zeiten importieren liest sie aus einem Kalender.</translation>
    </message>
    <message numerus="yes">
        <source>%n busy times from a calendar</source>
        <translation>
            <numerusform>%n belegte Zeit aus einem Kalender</numerusform>
            <numerusform>%n belegte Zeiten aus einem Kalender</numerusform>
        </translation>
    </message>
    <message>
        <source>Week 1 starts on %1.</source>
        <translation>Woche 1 beginnt am %1.</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Remove Bus&amp;y Times</source>
        <translation>&amp;Belegte Zeiten entfernen</translation>
    </message>
</context>
<context>
    <name>ordo::AvailabilityEdits</name>
    <message>
        <source>Add available time %1</source>
        <translation>Verfügbare Zeit %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove available time %1</source>
        <translation>Verfügbare Zeit %1 entfernen</translation>
    </message>
    <message>
        <source>Mark %1 as not available</source>
        <translation>%1 als nicht verfügbar markieren</translation>
    </message>
    <message>
        <source>Make %1 available all day</source>
        <translation>%1 ganztägig verfügbar machen</translation>
    </message>
    <message numerus="yes">
        <source>Import %n busy times</source>
        <translation>
            <numerusform>%n belegte Zeit importieren</numerusform>
            <numerusform>%n belegte Zeiten importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove busy times</source>
        <translation>Belegte Zeiten entfernen</translation>
    </message>
    <message>
        <source>Mark %1 as not available this week</source>
        <translation>%1 diese Woche als nicht verfügbar markieren</translation>
    </message>
    <message>
        <source>Mark %1 of week %2 as not available</source>
        <translation>%1 in Woche %2 als nicht verfügbar markieren</translation>
    </message>
    <message>
        <source>Make %1 available again this week</source>
        <translation>%1 diese Woche wieder verfügbar machen</translation>
    </message>
    <message>
        <source>Make %1 of week %2 available again</source>
        <translation>%1 in Woche %2 wieder verfügbar machen</translation>
    </message>
</context>
<context>
    <name>ordo::AvailabilityLegend</name>
    <message>
        <source>Availability legend</source>
        <translation>Legende der Verfügbarkeit</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <source>Busy (calendar)</source>
        <translation>Belegt (Kalender)</translation>
    </message>
    <message>
        <source>Only some kinds</source>
        <translation>Nur manche Arten</translation>
    </message>
    <message>
        <source>Shift+drag on the grid adds a time you can train</source>
        <translation>Umschalt+Ziehen im Raster fügt eine Zeit hinzu, in der du trainieren kannst</translation>
    </message>
    <message>
        <source>Busy %1</source>
        <translation>Belegt %1</translation>
    </message>
    <message>
        <source>Busy %1: %2</source>
        <translation>Belegt %1: %2</translation>
    </message>
    <message>
        <source>Available %1 for %2 only</source>
        <translation>Verfügbar %1 nur für %2</translation>
    </message>
</context>
<context>
    <name>ordo::BusyImport</name>
    <message>
        <source>“%1” is not an iCalendar file: it does not begin with a calendar.</source>
        <translation>„%1“ ist keine iCalendar-Datei: Sie beginnt nicht mit einem Kalender.</translation>
    </message>
    <message>
        <source>“%1”, line %2 is not valid iCalendar: “%3”.</source>
        <translation>„%1“, Zeile %2 ist kein gültiges iCalendar: „%3“.</translation>
    </message>
    <message>
        <source>“%1”, line %2: the file ends before its calendar does.</source>
        <translation>„%1“, Zeile %2: Die Datei endet vor ihrem Kalender.</translation>
    </message>
    <message>
        <source>“%1” has no busy times between %2 and %3.</source>
        <translation>„%1“ enthält zwischen %2 und %3 keine belegten Zeiten.</translation>
    </message>
</context>
<context>
    <name>ordo::BusyImportCommand</name>
    <message>
        <source>Import &amp;Busy Times…</source>
        <translation>Belegte Zeiten &amp;importieren…</translation>
    </message>
    <message>
        <source>Mark the times a calendar file has you busy as not available for training</source>
        <translation>Die Zeiten, in denen ein Kalender dich als belegt zeigt, als nicht verfügbar für Training markieren</translation>
    </message>
    <message>
        <source>Import Busy Times</source>
        <translation>Belegte Zeiten importieren</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics *.ical *.ifb);;All files (*)</source>
        <translation>iCalendar-Dateien (*.ics *.ical *.ifb);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>“%1” is too large for a calendar file.</source>
        <translation>„%1“ ist zu groß für eine Kalenderdatei.</translation>
    </message>
    <message>
        <source>The plan already has every busy time of “%1”.</source>
        <translation>Der Plan hat schon jede belegte Zeit aus „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n busy times from “%1”.</source>
        <translation>
            <numerusform>%n belegte Zeit aus „%1“ hinzugefügt.</numerusform>
            <numerusform>%n belegte Zeiten aus „%1“ hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The calendar&apos;s events are placed on the plan&apos;s weeks from the date week 1 starts. Pick a day of that week: week 1 starts on its Monday.</source>
        <translation>Die Termine des Kalenders werden ab dem Beginn von Woche 1 auf die Wochen des Plans gelegt. Wähle einen Tag dieser Woche: Woche 1 beginnt an ihrem Montag.</translation>
    </message>
    <message>
        <source>Week &amp;1 starts:</source>
        <translation>Woche &amp;1 beginnt:</translation>
    </message>
    <message>
        <source>on Monday, %1</source>
        <translation>am Montag, %1</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>“%1” would give the plan %2 busy times; a plan holds at most %3. Import a shorter stretch of the calendar, or remove busy times first.</source>
        <translation>„%1“ gäbe dem Plan %2 belegte Zeiten; ein Plan fasst höchstens %3. Importiere einen kürzeren Abschnitt des Kalenders oder entferne zuerst belegte Zeiten.</translation>
    </message>
</context>
<context>
    <name>ordo::ChartData</name>
    <message>
        <source>Legs</source>
        <translation>Beine</translation>
    </message>
    <message>
        <source>Upper body</source>
        <translation>Oberkörper</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>Rumpf</translation>
    </message>
    <message>
        <source>W = min(%1, %2 + %3 × %4 min) = %5 min</source>
        <translation>W = min(%1, %2 + %3 × %4 min) = %5 min</translation>
    </message>
    <message>
        <source>W = min(%1, %2 + max(0, %3 − %4)) = %5 min (vigorous, RPE ≥ %6)</source>
        <translation>W = min(%1, %2 + max(0, %3 − %4)) = %5 min (intensiv, RPE ≥ %6)</translation>
    </message>
    <message>
        <source>W = %1 if D ≤ %2, else min(%3, %1 + (D − %2)); D = %4 min → %5 min</source>
        <translation>W = %1 wenn D ≤ %2, sonst min(%3, %1 + (D − %2)); D = %4 min → %5 min</translation>
    </message>
</context>
<context>
    <name>ordo::ChartsPanel</name>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Load per day</source>
        <translation>Belastung pro Tag</translation>
    </message>
    <message>
        <source>AMPK windows</source>
        <translation>AMPK-Fenster</translation>
    </message>
    <message>
        <source>Recovery by region</source>
        <translation>Erholung nach Region</translation>
    </message>
    <message>
        <source>Fitness / fatigue</source>
        <translation>Fitness / Ermüdung</translation>
    </message>
    <message>
        <source>Load per week</source>
        <translation>Belastung pro Woche</translation>
    </message>
</context>
<context>
    <name>ordo::CheckReport</name>
    <message>
        <source>Fix: %1</source>
        <translation>Lösung: %1</translation>
    </message>
    <message>
        <source>(also: %1)</source>
        <translation>(außerdem: %1)</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Keine Hinweise.</translation>
    </message>
    <message>
        <source>Weekly summary:</source>
        <translation>Wochenübersicht:</translation>
    </message>
    <message>
        <source>Weekly summary (average of %1 weeks):</source>
        <translation>Wochenübersicht (Durchschnitt von %1 Wochen):</translation>
    </message>
    <message>
        <source>Sessions: %1 strength, %2 cardio, %3 mobility</source>
        <translation>Einheiten: %1 Kraft, %2 Cardio, %3 Mobilität</translation>
    </message>
    <message>
        <source>Cardio minutes: %1 easy, %2 moderate, %3 HIIT</source>
        <translation>Cardio-Minuten: %1 locker, %2 moderat, %3 HIIT</translation>
    </message>
    <message>
        <source>Rest days: %1</source>
        <translation>Ruhetage: %1</translation>
    </message>
    <message>
        <source>Estimated energy: ≈ %1 kcal</source>
        <translation>Geschätzter Energieverbrauch: ≈ %1 kcal</translation>
    </message>
    <message>
        <source>%1 compared with %2</source>
        <translation>%1 verglichen mit %2</translation>
    </message>
    <message>
        <source>Added:</source>
        <translation>Hinzugekommen:</translation>
    </message>
    <message>
        <source>No findings added.</source>
        <translation>Keine Hinweise hinzugekommen.</translation>
    </message>
    <message>
        <source>Removed:</source>
        <translation>Weggefallen:</translation>
    </message>
    <message>
        <source>No findings removed.</source>
        <translation>Keine Hinweise weggefallen.</translation>
    </message>
    <message>
        <source>Weekly totals (first plan → second plan):</source>
        <translation>Wochensummen (erster Plan → zweiter Plan):</translation>
    </message>
    <message>
        <source>Week %1: load %2, hard minutes %3, HIIT sessions %4, lifting sessions %5, rest days %6, kcal %7</source>
        <translation>Woche %1: Belastung %2, harte Minuten %3, HIIT-Einheiten %4, Krafteinheiten %5, Ruhetage %6, kcal %7</translation>
    </message>
</context>
<context>
    <name>ordo::CompareCommands</name>
    <message>
        <source>&amp;Copy of This Plan</source>
        <translation>&amp;Kopie dieses Plans</translation>
    </message>
    <message>
        <source>Try changes on a copy beside the open plan</source>
        <translation>Änderungen an einer Kopie neben dem offenen Plan ausprobieren</translation>
    </message>
    <message>
        <source>Plan &amp;File…</source>
        <translation>Plan&amp;datei…</translation>
    </message>
    <message>
        <source>Compare with plan</source>
        <translation>Mit Plan vergleichen</translation>
    </message>
    <message>
        <source>Compare &amp;With</source>
        <translation>&amp;Vergleichen mit</translation>
    </message>
</context>
<context>
    <name>ordo::CompareLoadChart</name>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>%1: load A %2, B %3 (RPE × min)</source>
        <translation>%1: Last A %2, B %3 (RPE × min)</translation>
    </message>
    <message>
        <source>High-load day in A and B</source>
        <translation>Tag mit hoher Last in A und B</translation>
    </message>
    <message>
        <source>High-load day in A</source>
        <translation>Tag mit hoher Last in A</translation>
    </message>
    <message>
        <source>High-load day in B</source>
        <translation>Tag mit hoher Last in B</translation>
    </message>
    <message>
        <source>Load per day (RPE × min), A and B</source>
        <translation>Last pro Tag (RPE × min), A und B</translation>
    </message>
</context>
<context>
    <name>ordo::CompareWindow</name>
    <message>
        <source>Compare Plans</source>
        <translation>Pläne vergleichen</translation>
    </message>
    <message>
        <source>Week of version A</source>
        <translation>Woche der Version A</translation>
    </message>
    <message>
        <source>Week of version B</source>
        <translation>Woche der Version B</translation>
    </message>
    <message>
        <source>Findings only in A</source>
        <translation>Befunde nur in A</translation>
    </message>
    <message>
        <source>Findings only in B</source>
        <translation>Befunde nur in B</translation>
    </message>
    <message>
        <source>Undo in B</source>
        <translation>Rückgängig in B</translation>
    </message>
    <message>
        <source>Redo in B</source>
        <translation>Wiederholen in B</translation>
    </message>
    <message>
        <source>&amp;Use This Version</source>
        <translation>Diese Version &amp;verwenden</translation>
    </message>
    <message>
        <source>Replace the open plan by version B (Undo in the main window takes it back)</source>
        <translation>Den offenen Plan durch Version B ersetzen (Rückgängig im Hauptfenster nimmt es zurück)</translation>
    </message>
    <message>
        <source>Use the compared version</source>
        <translation>Verglichene Version verwenden</translation>
    </message>
    <message>
        <source>Findings only in A: %1</source>
        <translation>Befunde nur in A: %1</translation>
    </message>
    <message>
        <source>Findings only in B: %1</source>
        <translation>Befunde nur in B: %1</translation>
    </message>
    <message>
        <source>A · %1 (the open plan)</source>
        <translation>A · %1 (der offene Plan)</translation>
    </message>
    <message>
        <source>B · %1 (a copy to try changes on)</source>
        <translation>B · %1 (eine Kopie zum Ausprobieren)</translation>
    </message>
    <message>
        <source>B · %1 (another file)</source>
        <translation>B · %1 (eine andere Datei)</translation>
    </message>
    <message>
        <source>%1 — has no week %2</source>
        <translation>%1 — hat keine Woche %2</translation>
    </message>
    <message>
        <source>Close the comparison</source>
        <translation>Vergleich schließen</translation>
    </message>
    <message>
        <source>Version B has changes the open plan does not have. Close and discard them?</source>
        <translation>Version B hat Änderungen, die der offene Plan nicht hat. Schließen und verwerfen?</translation>
    </message>
    <message>
        <source>B · %1 (as arranged)</source>
        <translation>B · %1 (wie angeordnet)</translation>
    </message>
</context>
<context>
    <name>ordo::DesktopApp</name>
    <message>
        <source>the window was never shown</source>
        <translation>das Fenster wurde nie angezeigt</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>ordo::DialogButtons</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nein</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation>&amp;Standardwerte wiederherstellen</translation>
    </message>
</context>
<context>
    <name>ordo::Document</name>
    <message>
        <source>Untitled plan</source>
        <translation>Unbenannter Plan</translation>
    </message>
</context>
<context>
    <name>ordo::DropPreviewPanel</name>
    <message>
        <source>What dropping here would change in the findings</source>
        <translation>Was das Ablegen hier an den Hinweisen ändern würde</translation>
    </message>
    <message>
        <source>+ %1: %2</source>
        <translation>+ %1: %2</translation>
    </message>
    <message>
        <source>− Clears: %1</source>
        <translation>− Behoben: %1</translation>
    </message>
    <message>
        <source>No change to the findings</source>
        <translation>Keine Änderung an den Hinweisen</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ordo::EditPreview</name>
    <message>
        <source>No new findings</source>
        <translation>Keine neuen Hinweise</translation>
    </message>
</context>
<context>
    <name>ordo::Enums</name>
    <message>
        <source>Mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Di</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sa</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>So</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Kraft</translation>
    </message>
    <message>
        <source>Cardio</source>
        <translation>Cardio</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Mobilität</translation>
    </message>
    <message>
        <source>Lower</source>
        <translation>Unterkörper</translation>
    </message>
    <message>
        <source>Upper</source>
        <translation>Oberkörper</translation>
    </message>
    <message>
        <source>Full body</source>
        <translation>Ganzkörper</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>Rumpf</translation>
    </message>
    <message>
        <source>Heavy</source>
        <translation>Schwer</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderat</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Leicht</translation>
    </message>
    <message>
        <source>Walking</source>
        <translation>Gehen</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Laufen</translation>
    </message>
    <message>
        <source>Cycling</source>
        <translation>Radfahren</translation>
    </message>
    <message>
        <source>Rowing</source>
        <translation>Rudern</translation>
    </message>
    <message>
        <source>Swimming</source>
        <translation>Schwimmen</translation>
    </message>
    <message>
        <source>Elliptical</source>
        <translation>Crosstrainer</translation>
    </message>
    <message>
        <source>Stair climbing</source>
        <translation>Treppensteigen</translation>
    </message>
    <message>
        <source>Arm ergometer</source>
        <translation>Armergometer</translation>
    </message>
    <message>
        <source>Jumping</source>
        <translation>Springen</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Locker</translation>
    </message>
    <message>
        <source>HIIT</source>
        <translation>HIIT</translation>
    </message>
    <message>
        <source>Fat loss</source>
        <translation>Fettabbau</translation>
    </message>
    <message>
        <source>Muscle growth</source>
        <translation>Muskelaufbau</translation>
    </message>
    <message>
        <source>Endurance</source>
        <translation>Ausdauer</translation>
    </message>
    <message>
        <source>General fitness</source>
        <translation>Allgemeine Fitness</translation>
    </message>
    <message>
        <source>Beginner</source>
        <translation>Anfänger</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>Fortgeschritten</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erfahren</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Weiblich</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Männlich</translation>
    </message>
    <message>
        <source>Unspecified</source>
        <translation>Keine Angabe</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüsseleinheit</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
</context>
<context>
    <name>ordo::ExportDialogs</name>
    <message>
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter (US)</translation>
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
        <source>All weeks</source>
        <translation>Alle Wochen</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Woche %1</translation>
    </message>
    <message>
        <source>Page &amp;size:</source>
        <translation>&amp;Papierformat:</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>Aus&amp;richtung:</translation>
    </message>
    <message>
        <source>&amp;Weeks:</source>
        <translation>&amp;Wochen:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Could not write %1:
%2</source>
        <translation>%1 konnte nicht geschrieben werden:
%2</translation>
    </message>
    <message>
        <source>Print “%1”</source>
        <translation>„%1“ drucken</translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation>Kalender exportieren</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> Wochen</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>At the start</source>
        <translation>Zu Beginn</translation>
    </message>
    <message>
        <source>%1 before</source>
        <translation>%1 vorher</translation>
    </message>
    <message>
        <source>Show only &amp;busy time</source>
        <translation>Nur &amp;belegte Zeit zeigen</translation>
    </message>
    <message>
        <source>For a work or shared calendar: every session appears as “Training”, without details, findings or the plan&apos;s name.</source>
        <translation>Für einen beruflichen oder geteilten Kalender: Jede Einheit erscheint als „Training“, ohne Details, Hinweise oder den Namen des Plans.</translation>
    </message>
    <message>
        <source>Plan &amp;starts on:</source>
        <translation>&amp;Startdatum des Plans:</translation>
    </message>
    <message>
        <source>&amp;Repeat for:</source>
        <translation>&amp;Wiederholen für:</translation>
    </message>
    <message>
        <source>Re&amp;minder:</source>
        <translation>E&amp;rinnerung:</translation>
    </message>
</context>
<context>
    <name>ordo::FileCommands</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Empty plan</source>
        <translation>&amp;Leerer Plan</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation>Plan öffnen</translation>
    </message>
    <message>
        <source>Ordo plans (*.ordo);;All files (*)</source>
        <translation>Ordo-Pläne (*.ordo);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Auf &amp;gespeicherten Stand zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>“%1” has unsaved changes. Save them?</source>
        <translation>„%1“ hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <source>Cannot open plan</source>
        <translation>Plan kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 could not be opened:

%2</source>
        <translation>%1 konnte nicht geöffnet werden:

%2</translation>
    </message>
    <message>
        <source>Untitled plan</source>
        <translation>Unbenannter Plan</translation>
    </message>
    <message>
        <source>Cannot save plan</source>
        <translation>Plan kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Gespeichert in %1</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>Plan speichern</translation>
    </message>
    <message>
        <source>Ordo plans (*.ordo)</source>
        <translation>Ordo-Pläne (*.ordo)</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>PDF saved to %1</source>
        <translation>PDF gespeichert in %1</translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation>Kalender exportieren</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-Dateien (*.ics)</translation>
    </message>
    <message>
        <source>Calendar saved to %1</source>
        <translation>Kalender gespeichert in %1</translation>
    </message>
    <message>
        <source>Cannot revert</source>
        <translation>Zurücksetzen nicht möglich</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>Datei auf der Festplatte geändert</translation>
    </message>
    <message>
        <source>%1 was changed by another program or window since you opened or saved it.</source>
        <translation>%1 wurde seit dem Öffnen oder Speichern von einem anderen Programm oder Fenster geändert.</translation>
    </message>
    <message>
        <source>%1 was deleted or moved by another program or window.</source>
        <translation>%1 wurde von einem anderen Programm oder Fenster gelöscht oder verschoben.</translation>
    </message>
    <message>
        <source>Reload it and set your changes aside (Undo brings them back), overwrite it with this window&apos;s plan, or save this plan under another name?</source>
        <translation>Neu laden und Ihre Änderungen zurückstellen (Rückgängig holt sie zurück), mit dem Plan dieses Fensters überschreiben oder diesen Plan unter einem anderen Namen speichern?</translation>
    </message>
    <message>
        <source>Reload it, overwrite it with this window&apos;s plan, or save this plan under another name?</source>
        <translation>Neu laden, mit dem Plan dieses Fensters überschreiben oder diesen Plan unter einem anderen Namen speichern?</translation>
    </message>
    <message>
        <source>Write this window&apos;s plan to it again, or save the plan under another name?</source>
        <translation>Den Plan dieses Fensters erneut dorthin schreiben oder den Plan unter einem anderen Namen speichern?</translation>
    </message>
    <message>
        <source>Nothing is written until you choose.</source>
        <translation>Nichts wird geschrieben, bis Sie sich entscheiden.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>Ü&amp;berschreiben</translation>
    </message>
    <message>
        <source>Cannot reload</source>
        <translation>Neu laden nicht möglich</translation>
    </message>
    <message>
        <source>Reload from disk</source>
        <translation>Von der Festplatte neu laden</translation>
    </message>
    <message>
        <source>Revert to saved</source>
        <translation>Auf gespeicherten Stand zurücksetzen</translation>
    </message>
    <message>
        <source>Discard the unsaved changes to “%1” and go back to the saved file?</source>
        <translation>Die ungespeicherten Änderungen an „%1“ verwerfen und zur gespeicherten Datei zurückkehren?</translation>
    </message>
    <message>
        <source>You can undo this with Edit ▸ Undo.</source>
        <translation>Sie können das mit Bearbeiten ▸ Rückgängig zurücknehmen.</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>No window is free for this plan. Save or close the open plan first.</source>
        <translation>Kein Fenster ist für diesen Plan frei. Speichern oder schließen Sie zuerst den offenen Plan.</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Als &amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>Export Ca&amp;lendar (.ics)…</source>
        <translation>Als &amp;Kalender exportieren (.ics)…</translation>
    </message>
    <message>
        <source>New &amp;Window</source>
        <translation>Neues Fens&amp;ter</translation>
    </message>
</context>
<context>
    <name>ordo::FindingText</name>
    <message>
        <source>week %1 %2</source>
        <translation>Woche %1 %2</translation>
    </message>
    <message>
        <source>easy</source>
        <translation>locker</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moderat</translation>
    </message>
    <message>
        <source>HIIT</source>
        <translation>HIIT</translation>
    </message>
    <message>
        <source>easy cardio</source>
        <translation>lockeres Cardio</translation>
    </message>
    <message>
        <source>hard steady cardio</source>
        <translation>hartes gleichmäßiges Cardio</translation>
    </message>
    <message>
        <source>moderate cardio</source>
        <translation>moderates Cardio</translation>
    </message>
</context>
<context>
    <name>ordo::FindingsDock</name>
    <message>
        <source>Show &amp;badges</source>
        <translation>&amp;Auszeichnungen zeigen</translation>
    </message>
    <message>
        <source>&amp;Fix</source>
        <translation>&amp;Beheben</translation>
    </message>
    <message>
        <source>&amp;Why?</source>
        <translation>&amp;Warum?</translation>
    </message>
    <message>
        <source>All findings</source>
        <translation>Alle Hinweise</translation>
    </message>
    <message>
        <source>Warnings and critical</source>
        <translation>Warnungen und kritische</translation>
    </message>
    <message>
        <source>Critical only</source>
        <translation>Nur kritische</translation>
    </message>
    <message>
        <source>Severity filter</source>
        <translation>Nach Schweregrad filtern</translation>
    </message>
    <message>
        <source>Also list positive badges such as leg-day-friendly cardio</source>
        <translation>Auch positive Auszeichnungen aufführen, etwa beintagfreundliches Cardio</translation>
    </message>
    <message>
        <source>Apply the automatic fix of the selected finding (one undo step)</source>
        <translation>Die automatische Lösung des gewählten Hinweises anwenden (ein Rückgängig-Schritt)</translation>
    </message>
    <message>
        <source>Show the source and evidence behind the selected finding</source>
        <translation>Quelle und Evidenz hinter dem gewählten Hinweis zeigen</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Why this finding?</source>
        <translation>Warum dieser Hinweis?</translation>
    </message>
    <message>
        <source>%1 critical, %2, %3 info</source>
        <translation>%1 kritisch, %2, %3 Info</translation>
    </message>
    <message>
        <source>Also:</source>
        <translation>Außerdem:</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>All weeks</source>
        <translation>Alle Wochen</translation>
    </message>
    <message>
        <source>Weeks shown</source>
        <translation>Angezeigte Wochen</translation>
    </message>
    <message>
        <source>List the findings of the week on screen, or of every week</source>
        <translation>Die Hinweise der angezeigten Woche oder aller Wochen auflisten</translation>
    </message>
    <message>
        <source>No findings at this severity — choose “All findings” to see the others.</source>
        <translation>Keine Hinweise dieses Schweregrads – wählen Sie „Alle Hinweise“, um die anderen zu sehen.</translation>
    </message>
    <message>
        <source>No findings — this week follows every rule Ordo checks.</source>
        <translation>Keine Hinweise – diese Woche hält jede Regel ein, die Ordo prüft.</translation>
    </message>
    <message>
        <source>No findings — every week follows every rule Ordo checks.</source>
        <translation>Keine Hinweise – jede Woche hält jede Regel ein, die Ordo prüft.</translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>Was:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Warum:</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Was tun:</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Quellen:</translation>
    </message>
    <message>
        <source>You can change:</source>
        <translation>Sie können ändern:</translation>
    </message>
    <message>
        <source>%1 — in the plan&apos;s analysis settings.</source>
        <translation>%1 – in den Analyse-Einstellungen des Plans.</translation>
    </message>
</context>
<context>
    <name>ordo::FindingsModel</name>
    <message>
        <source>Automatic fix available: %1</source>
        <translation>Automatische Lösung verfügbar: %1</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Suggested fix</source>
        <translation>Lösungsvorschlag</translation>
    </message>
</context>
<context>
    <name>ordo::FitnessChart</name>
    <message>
        <source>Fitness (CTL, 42 days)</source>
        <translation>Fitness (CTL, 42 Tage)</translation>
    </message>
    <message>
        <source>Fatigue (ATL, 7 days)</source>
        <translation>Ermüdung (ATL, 7 Tage)</translation>
    </message>
    <message>
        <source>Form (TSB = CTL − ATL)</source>
        <translation>Form (TSB = CTL − ATL)</translation>
    </message>
    <message>
        <source>Fitness, fatigue and form over the plan</source>
        <translation>Fitness, Ermüdung und Form über den Plan</translation>
    </message>
    <message>
        <source>Fitness, fatigue and form</source>
        <translation>Fitness, Ermüdung und Form</translation>
    </message>
    <message>
        <source>Assumes this plan has been followed for several weeks before week 1</source>
        <translation>Nimmt an, dass dieser Plan vor Woche 1 schon mehrere Wochen lang befolgt wurde</translation>
    </message>
    <message>
        <source>Load per day</source>
        <translation>Belastung pro Tag</translation>
    </message>
    <message>
        <source>%1 %2&lt;br&gt;Fitness %3 · fatigue %4 · form %5</source>
        <translation>%1 %2&lt;br&gt;Fitness %3 · Ermüdung %4 · Form %5</translation>
    </message>
    <message>
        <source>Wk %1</source>
        <translation>Wo. %1</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Woche %1</translation>
    </message>
</context>
<context>
    <name>ordo::IcsExport</name>
    <message>
        <source>%1 focus</source>
        <translation>Schwerpunkt %1</translation>
    </message>
    <message>
        <source>RPE %1</source>
        <translation>RPE %1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Lösung: %1</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>Hinweise:</translation>
    </message>
    <message>
        <source>From the Ordo plan “%1”.</source>
        <translation>Aus dem Ordo-Plan „%1“.</translation>
    </message>
    <message>
        <source>The start date must lie in the years 1 to 9999.</source>
        <translation>Das Startdatum muss in den Jahren 1 bis 9999 liegen.</translation>
    </message>
    <message>
        <source>A reminder can be from 0 to %1 minutes before a session.</source>
        <translation>Eine Erinnerung kann 0 bis %1 Minuten vor einer Einheit liegen.</translation>
    </message>
    <message>
        <source>The calendar would reach past the year 9999: choose an earlier start date or fewer weeks.</source>
        <translation>Der Kalender würde über das Jahr 9999 hinausreichen: Wählen Sie ein früheres Startdatum oder weniger Wochen.</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
</context>
<context>
    <name>ordo::LoadChart</name>
    <message>
        <source>∞ (same load every day)</source>
        <translation>∞ (jeden Tag gleiche Belastung)</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Kraft</translation>
    </message>
    <message>
        <source>Cardio</source>
        <translation>Cardio</translation>
    </message>
    <message>
        <source>Fatigue carried</source>
        <translation>Übertragene Ermüdung</translation>
    </message>
    <message>
        <source> (high: &gt; %1)</source>
        <translation> (hoch: &gt; %1)</translation>
    </message>
    <message>
        <source>Recovery load per day</source>
        <translation>Erholungsbelastung pro Tag</translation>
    </message>
    <message>
        <source>No strength or cardio sessions</source>
        <translation>Keine Kraft- oder Cardio-Einheiten</translation>
    </message>
    <message>
        <source>Load (RPE × min)</source>
        <translation>Belastung (RPE × min)</translation>
    </message>
    <message>
        <source>High-load day (load ≥ %1)</source>
        <translation>Tag mit hoher Belastung (Belastung ≥ %1)</translation>
    </message>
    <message>
        <source>Week %1 · load %2 (RPE × min) · monotony %3</source>
        <translation>Woche %1 · Belastung %2 (RPE × min) · Monotonie %3</translation>
    </message>
    <message>
        <source>Load %1 RPE × min (strength %2, cardio %3)</source>
        <translation>Belastung %1 RPE × min (Kraft %2, Cardio %3)</translation>
    </message>
    <message>
        <source>Carried fatigue at midnight: %1 RPE × min</source>
        <translation>Übertragene Ermüdung um Mitternacht: %1 RPE × min</translation>
    </message>
    <message>
        <source>%1 %2: %3 min, load %4</source>
        <translation>%1 %2: %3 min, Belastung %4</translation>
    </message>
</context>
<context>
    <name>ordo::MainWindow</name>
    <message>
        <source>Weekly totals</source>
        <translation>Wochensummen</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>Palette</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>Fenster s&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Duplicate session</source>
        <translation>Einheit &amp;duplizieren</translation>
    </message>
    <message>
        <source>De&amp;lete session</source>
        <translation>Einheit &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Previous Week</source>
        <translation>V&amp;orherige Woche</translation>
    </message>
    <message>
        <source>&amp;Next Week</source>
        <translation>&amp;Nächste Woche</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Ordo</source>
        <translation>&amp;Über Ordo</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Week %1 of %2</source>
        <translation>Woche %1 von %2</translation>
    </message>
    <message>
        <source>easy %1 min, moderate %2 min, HIIT %3 min</source>
        <translation>locker %1 min, moderat %2 min, HIIT %3 min</translation>
    </message>
    <message>
        <source>≈ %1 kcal</source>
        <translation>≈ %1 kcal</translation>
    </message>
    <message>
        <source>Average week:</source>
        <translation>Durchschnittswoche:</translation>
    </message>
    <message>
        <source>This week:</source>
        <translation>Diese Woche:</translation>
    </message>
    <message>
        <source>%1 — %2[*]</source>
        <translation>%1 — %2[*]</translation>
    </message>
    <message numerus="yes">
        <source>%n lifting sessions</source>
        <translation>
            <numerusform>%n Krafteinheit</numerusform>
            <numerusform>%n Krafteinheiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cardio sessions</source>
        <translation>
            <numerusform>%n Cardio-Einheit</numerusform>
            <numerusform>%n Cardio-Einheiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rest days</source>
        <translation>
            <numerusform>%n Ruhetag</numerusform>
            <numerusform>%n Ruhetage</numerusform>
        </translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>Wee&amp;ks</source>
        <translation>&amp;Wochen</translation>
    </message>
</context>
<context>
    <name>ordo::MultiSessionInspector</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Gemischt</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <source>&amp;Intensity:</source>
        <translation>&amp;Intensität:</translation>
    </message>
    <message>
        <source>&amp;Modality:</source>
        <translation>&amp;Modalität:</translation>
    </message>
    <message>
        <source>&amp;Load:</source>
        <translation>&amp;Last:</translation>
    </message>
    <message>
        <source>&amp;Focus:</source>
        <translation>&amp;Fokus:</translation>
    </message>
    <message numerus="yes">
        <source>%n sessions selected.
Arrow keys move them together; Delete removes them.</source>
        <translation>
            <numerusform>%n Einheit ausgewählt.
Pfeiltasten verschieben sie; Entf löscht sie.</numerusform>
            <numerusform>%n Einheiten ausgewählt.
Pfeiltasten verschieben sie gemeinsam; Entf löscht sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>A change here applies to every selected session it fits.</source>
        <translation>Eine Änderung hier gilt für jede ausgewählte Einheit, zu der sie passt.</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorität:</translation>
    </message>
</context>
<context>
    <name>ordo::NewSessionDialog</name>
    <message>
        <source>New Session</source>
        <translation>Neue Einheit</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Week:</source>
        <translation>&amp;Woche:</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>Ta&amp;g:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
</context>
<context>
    <name>ordo::PaletteModel</name>
    <message>
        <source>Strength</source>
        <translation>Kraft</translation>
    </message>
    <message>
        <source>Cardio</source>
        <translation>Cardio</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Mobilität</translation>
    </message>
    <message>
        <source>My templates</source>
        <translation>Meine Vorlagen</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>%1, %2
Drag onto the week to add it.</source>
        <translation>%1, %2
Zum Hinzufügen auf die Woche ziehen.</translation>
    </message>
</context>
<context>
    <name>ordo::PaletteView</name>
    <message>
        <source>Session templates</source>
        <translation>Einheitenvorlagen</translation>
    </message>
    <message>
        <source>Press Enter or double-click to add the template to the week</source>
        <translation>Eingabetaste oder Doppelklick fügt die Vorlage der Woche hinzu</translation>
    </message>
</context>
<context>
    <name>ordo::PdfExporter</name>
    <message>
        <source>could not create the PDF</source>
        <translation>das PDF konnte nicht erstellt werden</translation>
    </message>
</context>
<context>
    <name>ordo::Phase</name>
    <message>
        <source>Base</source>
        <translation>Grundlage</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Aufbau</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>Spitze</translation>
    </message>
    <message>
        <source>Deload</source>
        <translation>Entlastung</translation>
    </message>
    <message>
        <source>Taper</source>
        <translation>Tapering</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Eigene</translation>
    </message>
</context>
<context>
    <name>ordo::PlanDates</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1.–%2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>d. MMM</translation>
    </message>
</context>
<context>
    <name>ordo::PlanEdits</name>
    <message numerus="yes">
        <source>Change number of weeks to %1 (deletes %n sessions)</source>
        <translation>
            <numerusform>Anzahl der Wochen auf %1 ändern (löscht %n Einheit)</numerusform>
            <numerusform>Anzahl der Wochen auf %1 ändern (löscht %n Einheiten)</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename plan to %1</source>
        <translation>Plan in %1 umbenennen</translation>
    </message>
    <message>
        <source>Change number of weeks to %1</source>
        <translation>Anzahl der Wochen auf %1 ändern</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <source>Change “%1”</source>
        <translation>„%1“ ändern</translation>
    </message>
    <message>
        <source>Restore unsaved changes</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>Turn on “%1”</source>
        <translation>„%1“ einschalten</translation>
    </message>
    <message>
        <source>Turn off “%1”</source>
        <translation>„%1“ ausschalten</translation>
    </message>
    <message>
        <source>Change available times</source>
        <translation>Verfügbare Zeiten ändern</translation>
    </message>
    <message>
        <source>Remove available times</source>
        <translation>Verfügbare Zeiten entfernen</translation>
    </message>
    <message>
        <source>Remove busy times</source>
        <translation>Belegte Zeiten entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Set %n busy times</source>
        <translation>
            <numerusform>%n belegte Zeit festlegen</numerusform>
            <numerusform>%n belegte Zeiten festlegen</numerusform>
        </translation>
    </message>
    <message>
        <source>Set the start of week 1 to %1</source>
        <translation>Beginn von Woche 1 auf %1 setzen</translation>
    </message>
    <message>
        <source>Remove the plan&apos;s start date</source>
        <translation>Startdatum des Plans entfernen</translation>
    </message>
</context>
<context>
    <name>ordo::PlanFileName</name>
    <message>
        <source>%1 plan</source>
        <translation>Plan %1</translation>
    </message>
    <message>
        <source>Untitled plan</source>
        <translation>Unbenannter Plan</translation>
    </message>
</context>
<context>
    <name>ordo::PlanInspector</name>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Repeat the plan</source>
        <translation>Plan wiederholen</translation>
    </message>
    <message>
        <source>Track a menstrual cycle</source>
        <translation>Menstruationszyklus berücksichtigen</translation>
    </message>
    <message>
        <source> years</source>
        <translation> Jahre</translation>
    </message>
    <message>
        <source>week </source>
        <translation>Woche </translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>&amp;Weeks:</source>
        <translation>&amp;Wochen:</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>E&amp;xperience:</source>
        <translation>&amp;Erfahrung:</translation>
    </message>
    <message>
        <source>&amp;Body mass:</source>
        <translation>&amp;Körpergewicht:</translation>
    </message>
    <message>
        <source>&amp;Age:</source>
        <translation>&amp;Alter:</translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation>&amp;Geschlecht:</translation>
    </message>
    <message>
        <source>Cycle starts:</source>
        <translation>Zyklusbeginn:</translation>
    </message>
    <message>
        <source>Cycle length:</source>
        <translation>Zykluslänge:</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Unchecked rules are not reported for this plan</source>
        <translation>Nicht angehakte Regeln werden für diesen Plan nicht gemeldet</translation>
    </message>
    <message>
        <source> (needs data the file format lacks)</source>
        <translation> (braucht Daten, die das Dateiformat nicht enthält)</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Schwellenwerte</translation>
    </message>
    <message>
        <source>plan notes</source>
        <translation>Plannotizen</translation>
    </message>
    <message>
        <source>repeat</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>experience</source>
        <translation>Erfahrung</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>body mass</source>
        <translation>Körpergewicht</translation>
    </message>
    <message>
        <source>age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>cycle</source>
        <translation>Zyklus</translation>
    </message>
    <message>
        <source> lb</source>
        <translation> lb</translation>
    </message>
    <message>
        <source> kg</source>
        <translation> kg</translation>
    </message>
    <message>
        <source>Ending the plan after week %1 removes 1 session from the later weeks.</source>
        <translation>Wenn der Plan nach Woche %1 endet, wird 1 Einheit aus den späteren Wochen entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>Ending the plan after week %1 removes %n sessions from the later weeks.</source>
        <translation>
            <numerusform>Wenn der Plan nach Woche %1 endet, wird %n Einheit aus den späteren Wochen entfernt.</numerusform>
            <numerusform>Wenn der Plan nach Woche %1 endet, werden %n Einheiten aus den späteren Wochen entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove sessions?</source>
        <translation>Einheiten entfernen?</translation>
    </message>
    <message>
        <source>You can undo this with Edit ▸ Undo.</source>
        <translation>Sie können das mit Bearbeiten ▸ Rückgängig zurücknehmen.</translation>
    </message>
    <message>
        <source>&amp;Remove Sessions</source>
        <translation>Einheiten &amp;entfernen</translation>
    </message>
    <message>
        <source>Setting: %1</source>
        <translation>Einstellung: %1</translation>
    </message>
    <message>
        <source>%1 (evidence grade %2)</source>
        <translation>%1 (Evidenzstufe %2)</translation>
    </message>
    <message>
        <source>The plan has a start date</source>
        <translation>Der Plan hat ein Startdatum</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>With a start date, weeks show their dates and Today opens the current week</source>
        <translation>Mit einem Startdatum zeigen die Wochen ihre Daten, und Heute öffnet die aktuelle Woche</translation>
    </message>
    <message>
        <source>Week &amp;1 starts:</source>
        <translation>Woche &amp;1 beginnt:</translation>
    </message>
    <message>
        <source>Weeks start on Mondays: %1 is in the week of %2.</source>
        <translation>Wochen beginnen montags: %1 liegt in der Woche vom %2.</translation>
    </message>
</context>
<context>
    <name>ordo::PlanIo</name>
    <message>
        <source>no built-in plan named &quot;%1&quot; (try: %2)</source>
        <translation>kein eingebauter Plan namens „%1“ (versuchen Sie: %2)</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>missing required key</source>
        <translation>erforderlicher Schlüssel fehlt</translation>
    </message>
    <message>
        <source>expected a string, got %1</source>
        <translation>Zeichenkette erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>longer than %1 characters (%2)</source>
        <translation>länger als %1 Zeichen (%2)</translation>
    </message>
    <message>
        <source>expected an integer, got %1</source>
        <translation>ganze Zahl erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>expected a number, got %1</source>
        <translation>Zahl erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>expected a finite number</source>
        <translation>endliche Zahl erwartet</translation>
    </message>
    <message>
        <source>must be between %1 and %2, got %3</source>
        <translation>muss zwischen %1 und %2 liegen, %3 erhalten</translation>
    </message>
    <message>
        <source>expected true or false, got %1</source>
        <translation>true oder false erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>expected one of %1, got %2</source>
        <translation>einer von %1 erwartet, %2 erhalten</translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation>Objekt erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>expected an array of rule ids, got %1</source>
        <translation>Array von Regel-IDs erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>unknown rule id %1</source>
        <translation>unbekannte Regel-ID %1</translation>
    </message>
    <message>
        <source>unknown setting name</source>
        <translation>unbekannter Einstellungsname</translation>
    </message>
    <message>
        <source>expected a session object, got %1</source>
        <translation>Einheiten-Objekt erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>expected HH:MM, got %1</source>
        <translation>HH:MM erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>missing: this is not an Ordo plan</source>
        <translation>fehlt: Dies ist kein Ordo-Plan</translation>
    </message>
    <message>
        <source>expected &quot;ordo-plan&quot;, got %1: this is not an Ordo plan</source>
        <translation>„ordo-plan“ erwartet, %1 erhalten: Dies ist kein Ordo-Plan</translation>
    </message>
    <message>
        <source>made by a newer Ordo (format %1); this version reads format %2</source>
        <translation>von einem neueren Ordo erstellt (Format %1); diese Version liest Format %2</translation>
    </message>
    <message>
        <source>unknown format version %1</source>
        <translation>unbekannte Formatversion %1</translation>
    </message>
    <message>
        <source>expected an array, got %1</source>
        <translation>Array erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>%1 sessions; at most %2 are allowed</source>
        <translation>%1 Einheiten; höchstens %2 sind erlaubt</translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot; (first used at /sessions/%2/id)</source>
        <translation>doppelte ID „%1“ (zuerst verwendet bei /sessions/%2/id)</translation>
    </message>
    <message>
        <source>larger than %1 (%2 bytes); refused before parsing</source>
        <translation>größer als %1 (%2 Bytes); vor dem Einlesen abgelehnt</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation>JSON-Objekt auf oberster Ebene erwartet</translation>
    </message>
    <message>
        <source>is a folder, not a plan file</source>
        <translation>ist ein Ordner, keine Plandatei</translation>
    </message>
    <message>
        <source>is not a regular file (a pipe or a device); only files are read</source>
        <translation>ist keine normale Datei (eine Pipe oder ein Gerät); nur Dateien werden gelesen</translation>
    </message>
    <message>
        <source>could not write the whole file (is the disk full?)</source>
        <translation>die Datei konnte nicht vollständig geschrieben werden (ist die Festplatte voll?)</translation>
    </message>
    <message>
        <source>is a folder</source>
        <translation>ist ein Ordner</translation>
    </message>
    <message>
        <source>is not a regular file (a pipe or a device); not replaced</source>
        <translation>ist keine normale Datei (eine Pipe oder ein Gerät); nicht ersetzt</translation>
    </message>
    <message>
        <source>the plan needs %1 bytes, more than the %2 a plan file may hold; shorten notes or remove sessions</source>
        <translation>der Plan braucht %1 Bytes, mehr als die %2, die eine Plandatei fassen darf; kürzen Sie Notizen oder entfernen Sie Einheiten</translation>
    </message>
    <message>
        <source>expected HH:MM or 24:00, got %1</source>
        <translation>HH:MM oder 24:00 erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>expected an array of time windows, got %1</source>
        <translation>Liste von Zeitfenstern erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>%1 windows; at most %2 are allowed per day</source>
        <translation>%1 Zeitfenster; höchstens %2 pro Tag sind erlaubt</translation>
    </message>
    <message>
        <source>expected a time window object, got %1</source>
        <translation>Zeitfenster-Objekt erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>must be after the start (%1); a window ends on its own day, so split one that runs past midnight</source>
        <translation>muss nach dem Beginn (%1) liegen; ein Zeitfenster endet am selben Tag, teilen Sie eines, das über Mitternacht geht</translation>
    </message>
    <message>
        <source>expected a non-empty array of kinds (leave it out to allow every kind), got %1</source>
        <translation>nicht leere Liste von Arten erwartet (weglassen erlaubt jede Art), erhalten: %1</translation>
    </message>
    <message>
        <source>week %1 is given twice (first at %2/weeks/%3)</source>
        <translation>Woche %1 ist doppelt angegeben (zuerst bei %2/weeks/%3)</translation>
    </message>
    <message>
        <source>%1 busy times; at most %2 are allowed</source>
        <translation>%1 belegte Zeiten; höchstens %2 sind erlaubt</translation>
    </message>
    <message>
        <source>must be after the start (%1); busy time ends on its own day, so split one that runs past midnight</source>
        <translation>muss nach dem Beginn (%1) liegen; eine belegte Zeit endet am selben Tag, teilen Sie eine, die über Mitternacht geht</translation>
    </message>
    <message>
        <source>expected a date YYYY-MM-DD, got %1</source>
        <translation>Datum JJJJ-MM-TT erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>%1 is a %2; the anchor date is the Monday of week 0</source>
        <translation>%1 ist ein %2; das Bezugsdatum ist der Montag von Woche 0</translation>
    </message>
    <message>
        <source>expected a phase object, got %1</source>
        <translation>Phasenobjekt erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>a custom phase needs a label</source>
        <translation>eine eigene Phase braucht eine Bezeichnung</translation>
    </message>
    <message>
        <source>only a custom phase has a label</source>
        <translation>nur eine eigene Phase hat eine Bezeichnung</translation>
    </message>
    <message>
        <source>phases must be in week order, one per week (week %1 follows week %2)</source>
        <translation>Phasen müssen nach Wochen geordnet sein, eine je Woche (Woche %1 folgt auf Woche %2)</translation>
    </message>
</context>
<context>
    <name>ordo::PreferencesDialog</name>
    <message>
        <source>Use the &amp;24-hour clock</source>
        <translation>&amp;24-Stunden-Uhr verwenden</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Kilograms (kg)</source>
        <translation>Kilogramm (kg)</translation>
    </message>
    <message>
        <source>Pounds (lb)</source>
        <translation>Pfund (lb)</translation>
    </message>
    <message>
        <source>:00</source>
        <translation>:00</translation>
    </message>
    <message>
        <source>&amp;Week starts on:</source>
        <translation>&amp;Woche beginnt am:</translation>
    </message>
    <message>
        <source>&amp;Body mass in:</source>
        <translation>&amp;Körpergewicht in:</translation>
    </message>
    <message>
        <source>&amp;Visible from:</source>
        <translation>Sichtbar &amp;von:</translation>
    </message>
    <message>
        <source>Visible &amp;until:</source>
        <translation>Sichtbar &amp;bis:</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>A new language applies when Ordo starts next.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Ordo.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
</context>
<context>
    <name>ordo::PrintLayout</name>
    <message>
        <source>Goal: %1</source>
        <translation>Ziel: %1</translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation>%1 kg</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 Jahre</translation>
    </message>
    <message>
        <source>Average week: </source>
        <translation>Durchschnittswoche: </translation>
    </message>
    <message>
        <source>Week: </source>
        <translation>Woche: </translation>
    </message>
    <message>
        <source>Fitness, fatigue and form</source>
        <translation>Fitness, Ermüdung und Form</translation>
    </message>
    <message>
        <source>Fitness (CTL) and fatigue (ATL) are exponentially weighted averages of the daily load over 42 and 7 days; form (TSB) is their difference on the day before. A falling form line means fatigue is building faster than fitness.</source>
        <translation>Fitness (CTL) und Ermüdung (ATL) sind exponentiell gewichtete Mittel der Tagesbelastung über 42 und 7 Tage; die Form (TSB) ist ihre Differenz am Vortag. Eine fallende Formlinie bedeutet, dass sich Ermüdung schneller aufbaut als Fitness.</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (Fortsetzung)</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <source>Ordo %1</source>
        <translation>Ordo %1</translation>
    </message>
    <message>
        <source>Week %1 of %2</source>
        <translation>Woche %1 von %2</translation>
    </message>
    <message>
        <source>One-week plan</source>
        <translation>Einwöchiger Plan</translation>
    </message>
    <message>
        <source> · repeats</source>
        <translation> · wiederholt sich</translation>
    </message>
    <message>
        <source> · one-off block</source>
        <translation> · einmaliger Block</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Kraft</translation>
    </message>
    <message>
        <source>Cardio</source>
        <translation>Cardio</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Mobilität</translation>
    </message>
    <message>
        <source>Estimated AMPK-elevated window (model)</source>
        <translation>Geschätztes Fenster erhöhter AMPK (Modell)</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>No findings: nothing in this plan conflicts with the rules Ordo checks.</source>
        <translation>Keine Hinweise: Nichts in diesem Plan widerspricht den Regeln, die Ordo prüft.</translation>
    </message>
    <message>
        <source>Good placements</source>
        <translation>Gute Platzierungen</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Lösung: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Also: %1</source>
        <translation>Außerdem: %1</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Charts · week %1 of %2</source>
        <translation>Diagramme · Woche %1 von %2</translation>
    </message>
    <message>
        <source>%1 lifting, %2 cardio, %3 mobility sessions · cardio %4 min easy, %5 min moderate, %6 min HIIT · %7 · ≈ %8 kcal</source>
        <translation>Einheiten: %1 Kraft, %2 Cardio, %3 Mobilität · Cardio %4 min locker, %5 min moderat, %6 min HIIT · %7 · ≈ %8 kcal</translation>
    </message>
    <message numerus="yes">
        <source>%n rest days</source>
        <translation>
            <numerusform>%n Ruhetag</numerusform>
            <numerusform>%n Ruhetage</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 critical, %2, %3. Each names the rule, what it found, how to fix it and the source behind it.</source>
        <translation>%1 kritisch, %2, %3. Jeder Hinweis nennt die Regel, den Befund, die Lösung und die Quelle dahinter.</translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notes</source>
        <translation>
            <numerusform>%n Info</numerusform>
            <numerusform>%n Infos</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated AMPK-elevated window (a model estimate; studies in people show a return to baseline within about 3 hours). The band lasts 60–120 min after moderate cardio and up to 240 min after HIIT; the shade fades as the modelled signal decays.</source>
        <translation>Geschätztes Fenster erhöhter AMPK (eine Modellschätzung; Studien am Menschen zeigen die Rückkehr zum Ausgangswert binnen etwa 3 Stunden). Das Band dauert nach moderatem Cardio 60–120 min und nach HIIT bis zu 240 min; die Schattierung verblasst mit dem modellierten Signal.</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <source>Busy (calendar)</source>
        <translation>Belegt (Kalender)</translation>
    </message>
    <message numerus="yes">
        <source>Season overview · %n weeks</source>
        <translation>
            <numerusform>Saisonübersicht · %n Woche</numerusform>
            <numerusform>Saisonübersicht · %n Wochen</numerusform>
        </translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>von %1 bis %2</translation>
    </message>
    <message>
        <source>One row per week. Each mark is a session in its day, coloured by its kind and shaded by its intensity as on the week pages, as tall as it is long (two hours fill the day) and outlined in the colour of its worst finding. Beside each week: its load (RPE × min), minutes of hard sessions, HIIT and lifting sessions, rest days, kcal and its worst finding.</source>
        <translation>Eine Zeile pro Woche. Jede Markierung ist eine Einheit an ihrem Tag, nach ihrer Art gefärbt und nach ihrer Intensität schattiert wie auf den Wochenseiten, so hoch, wie sie lang ist (zwei Stunden füllen den Tag), und in der Farbe ihres schwersten Befunds umrandet. Neben jeder Woche: ihre Last (RPE × min), Minuten harter Einheiten, HIIT- und Krafteinheiten, Ruhetage, kcal und ihr schwerster Befund.</translation>
    </message>
    <message>
        <source>Season overview</source>
        <translation>Saisonübersicht</translation>
    </message>
    <message>
        <source>key session</source>
        <translation>Schlüsseleinheit</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>verpasst</translation>
    </message>
</context>
<context>
    <name>ordo::RecoveryDialog</name>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Decide &amp;Later</source>
        <translation>&amp;Später entscheiden</translation>
    </message>
    <message>
        <source>Restore unsaved changes</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>Ordo did not exit cleanly. These plans have changes that were not saved. Restore each one you want back and discard the others; copies you decide on later are offered again at the next start.</source>
        <translation>Ordo wurde nicht ordnungsgemäß beendet. Diese Pläne haben Änderungen, die nicht gespeichert wurden. Stellen Sie jeden wieder her, den Sie zurückhaben möchten, und verwerfen Sie die anderen; Kopien, über die Sie später entscheiden, werden beim nächsten Start erneut angeboten.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Unsaved plans</source>
        <translation>Ungespeicherte Pläne</translation>
    </message>
    <message>
        <source>Untitled plan</source>
        <translation>Unbenannter Plan</translation>
    </message>
    <message>
        <source>Unreadable copy</source>
        <translation>Unlesbare Kopie</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Wiederherstellen nicht möglich</translation>
    </message>
</context>
<context>
    <name>ordo::RegionRecoveryChart</name>
    <message>
        <source>no lifting this week</source>
        <translation>diese Woche kein Krafttraining</translation>
    </message>
    <message>
        <source>Not recovered ≥ %1 %</source>
        <translation>Nicht erholt ≥ %1 %</translation>
    </message>
    <message>
        <source>Week %1 · fatigue left when each lift starts (% of reference)</source>
        <translation>Woche %1 · verbleibende Ermüdung zu Beginn jeder Krafteinheit (% der Referenz)</translation>
    </message>
    <message>
        <source> · bars above %1 % are cut</source>
        <translation> · Balken über %1 % sind gekappt</translation>
    </message>
    <message>
        <source>Recovery by body region</source>
        <translation>Erholung nach Körperregion</translation>
    </message>
    <message>
        <source>%1: %2 % of reference%3</source>
        <translation>%1: %2 % der Referenz%3</translation>
    </message>
    <message>
        <source> (trained by this session)</source>
        <translation> (von dieser Einheit trainiert)</translation>
    </message>
    <message>
        <source>Not recovered: at or above %1 %</source>
        <translation>Nicht erholt: ab %1 %</translation>
    </message>
</context>
<context>
    <name>ordo::Replan</name>
    <message>
        <source>%1 is locked, so it stays where it was.</source>
        <translation>%1 ist fixiert und bleibt, wo sie war.</translation>
    </message>
    <message>
        <source>No free time is left this week for %1.</source>
        <translation>Diese Woche bleibt keine freie Zeit für %1.</translation>
    </message>
    <message>
        <source>%1 is optional and every free time left adds a warning: left out.</source>
        <translation>%1 ist optional und jede verbleibende freie Zeit bringt eine Warnung: weggelassen.</translation>
    </message>
    <message>
        <source>Every free time left this week adds a warning with %1.</source>
        <translation>Jede verbleibende freie Zeit dieser Woche bringt mit %1 eine Warnung.</translation>
    </message>
    <message numerus="yes">
        <source>Re-plan week %1 (%n sessions)</source>
        <translation>
            <numerusform>Woche %1 neu planen (%n Einheit)</numerusform>
            <numerusform>Woche %1 neu planen (%n Einheiten)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to place again: no session of this week is marked missed.</source>
        <translation>Nichts neu einzuplanen: Keine Einheit dieser Woche ist als verpasst markiert.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing to place again: %n missed sessions find no time that adds no warning.</source>
        <translation>
            <numerusform>Nichts neu eingeplant: %n verpasste Einheit findet keine Zeit ohne neue Warnung.</numerusform>
            <numerusform>Nichts neu eingeplant: %n verpasste Einheiten finden keine Zeit ohne neue Warnung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missed sessions placed again.</source>
        <translation>
            <numerusform>%n verpasste Einheit neu eingeplant.</numerusform>
            <numerusform>%n verpasste Einheiten neu eingeplant.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missed sessions placed again</source>
        <translation>
            <numerusform>%n verpasste Einheit neu eingeplant</numerusform>
            <numerusform>%n verpasste Einheiten neu eingeplant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left missed.</source>
        <translation>
            <numerusform>%n bleibt verpasst.</numerusform>
            <numerusform>%n bleiben verpasst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped before a time was found for %1.</source>
        <translation>Angehalten, bevor eine Zeit für %1 gefunden war.</translation>
    </message>
    <message>
        <source>No missed session placed again.</source>
        <translation>Keine verpasste Einheit neu eingeplant.</translation>
    </message>
</context>
<context>
    <name>ordo::RotationDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>Nach o&amp;ben</translation>
    </message>
    <message>
        <source>Fill Weeks with a Rotation</source>
        <translation>Wochen mit einer Rotation füllen</translation>
    </message>
    <message>
        <source>The sessions below take turns on the chosen days, in order, continuing from week to week. Sessions already in the plan stay: a day whose time is taken is skipped, and the next day gets that turn.</source>
        <translation>Die Einheiten unten kommen der Reihe nach an den gewählten Tagen dran und setzen sich von Woche zu Woche fort. Einheiten im Plan bleiben: Ein Tag, dessen Zeit belegt ist, wird übersprungen, und der nächste Tag kommt an die Reihe.</translation>
    </message>
    <message>
        <source>Template: %1 (%2 min)</source>
        <translation>Vorlage: %1 (%2 min)</translation>
    </message>
    <message>
        <source>Session to add</source>
        <translation>Hinzuzufügende Einheit</translation>
    </message>
    <message>
        <source>Time of templates</source>
        <translation>Uhrzeit der Vorlagen</translation>
    </message>
    <message>
        <source>Sessions in turn</source>
        <translation>Einheiten der Reihe nach</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>Einhei&amp;t:</translation>
    </message>
    <message>
        <source>&amp;Templates at:</source>
        <translation>&amp;Vorlagen um:</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Tage:</translation>
    </message>
    <message>
        <source>&amp;Weeks:</source>
        <translation>&amp;Wochen:</translation>
    </message>
    <message>
        <source>%1, %2 %3 (%4 min)</source>
        <translation>%1, %2 %3 (%4 min)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Add the sessions that take turns.</source>
        <translation>Fügen Sie die Einheiten hinzu, die sich abwechseln.</translation>
    </message>
    <message>
        <source>Choose the days to fill.</source>
        <translation>Wählen Sie die Tage, die gefüllt werden.</translation>
    </message>
    <message>
        <source>Nothing to add: the times of these sessions are taken on every chosen day.</source>
        <translation>Nichts hinzuzufügen: Die Zeiten dieser Einheiten sind an jedem gewählten Tag belegt.</translation>
    </message>
    <message numerus="yes">
        <source>Adds %n sessions.</source>
        <translation>
            <numerusform>Fügt %n Einheit hinzu.</numerusform>
            <numerusform>Fügt %n Einheiten hinzu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dow&amp;n</source>
        <translation>Nach u&amp;nten</translation>
    </message>
    <message>
        <source>&amp;In turn:</source>
        <translation>&amp;Reihenfolge:</translation>
    </message>
</context>
<context>
    <name>ordo::RuleTitles</name>
    <message>
        <source>Sessions overlap</source>
        <translation>Einheiten überschneiden sich</translation>
    </message>
    <message>
        <source>Same session twice</source>
        <translation>Dieselbe Einheit doppelt</translation>
    </message>
    <message>
        <source>Runs past midnight</source>
        <translation>Dauert über Mitternacht</translation>
    </message>
    <message>
        <source>Runs past the end of the plan</source>
        <translation>Reicht über das Planende</translation>
    </message>
    <message>
        <source>Unusual duration</source>
        <translation>Ungewöhnliche Dauer</translation>
    </message>
    <message>
        <source>Effort does not match intensity</source>
        <translation>Anstrengung passt nicht zur Intensität</translation>
    </message>
    <message>
        <source>Warm-up before lifting</source>
        <translation>Aufwärmen vor dem Krafttraining</translation>
    </message>
    <message>
        <source>Long warm-up</source>
        <translation>Langes Aufwärmen</translation>
    </message>
    <message>
        <source>Warm-up too hard</source>
        <translation>Aufwärmen zu hart</translation>
    </message>
    <message>
        <source>Cardio right before lifting</source>
        <translation>Cardio direkt vor dem Krafttraining</translation>
    </message>
    <message>
        <source>Short gap between cardio and lifting</source>
        <translation>Kurzer Abstand zwischen Cardio und Krafttraining</translation>
    </message>
    <message>
        <source>Hard cardio first for a beginner</source>
        <translation>Hartes Cardio zuerst bei Anfängern</translation>
    </message>
    <message>
        <source>Order for endurance</source>
        <translation>Reihenfolge bei Ausdauerziel</translation>
    </message>
    <message>
        <source>Lifting dose for endurance</source>
        <translation>Krafttrainingsumfang bei Ausdauerziel</translation>
    </message>
    <message>
        <source>HIIT right after lifting</source>
        <translation>HIIT direkt nach dem Krafttraining</translation>
    </message>
    <message>
        <source>Long cardio after lifting</source>
        <translation>Langes Cardio nach dem Krafttraining</translation>
    </message>
    <message>
        <source>Combined session too long</source>
        <translation>Kombinierte Einheit zu lang</translation>
    </message>
    <message>
        <source>Leg-heavy cardio near leg day</source>
        <translation>Beinlastiges Cardio nahe am Beintag</translation>
    </message>
    <message>
        <source>HIIT near leg day</source>
        <translation>HIIT nahe am Beintag</translation>
    </message>
    <message>
        <source>Leg-friendly cardio near leg day</source>
        <translation>Beinschonendes Cardio nahe am Beintag</translation>
    </message>
    <message>
        <source>Rowing after leg day</source>
        <translation>Rudern nach dem Beintag</translation>
    </message>
    <message>
        <source>Active recovery</source>
        <translation>Aktive Erholung</translation>
    </message>
    <message>
        <source>HIIT the day before legs</source>
        <translation>HIIT am Tag vor dem Beintraining</translation>
    </message>
    <message>
        <source>Legs before a key cardio session</source>
        <translation>Beine vor einer Schlüssel-Cardio-Einheit</translation>
    </message>
    <message>
        <source>Muscles not recovered</source>
        <translation>Muskeln nicht erholt</translation>
    </message>
    <message>
        <source>Two HIIT sessions in a day</source>
        <translation>Zwei HIIT-Einheiten an einem Tag</translation>
    </message>
    <message>
        <source>HIIT on back-to-back days</source>
        <translation>HIIT an aufeinanderfolgenden Tagen</translation>
    </message>
    <message>
        <source>HIIT sessions per week</source>
        <translation>HIIT-Einheiten pro Woche</translation>
    </message>
    <message>
        <source>Hard days in a row</source>
        <translation>Harte Tage in Folge</translation>
    </message>
    <message>
        <source>No rest day</source>
        <translation>Kein Ruhetag</translation>
    </message>
    <message>
        <source>Cardio sessions per week</source>
        <translation>Cardio-Einheiten pro Woche</translation>
    </message>
    <message>
        <source>Long cardio session</source>
        <translation>Lange Cardio-Einheit</translation>
    </message>
    <message>
        <source>Lifting sessions per week</source>
        <translation>Krafteinheiten pro Woche</translation>
    </message>
    <message>
        <source>Lifting and cardio balance</source>
        <translation>Verhältnis von Kraft und Cardio</translation>
    </message>
    <message>
        <source>Weekly aerobic minimum</source>
        <translation>Wöchentliches Ausdauer-Minimum</translation>
    </message>
    <message>
        <source>Training volume for a beginner</source>
        <translation>Trainingsumfang für Anfänger</translation>
    </message>
    <message>
        <source>High-load day</source>
        <translation>Tag mit hoher Belastung</translation>
    </message>
    <message>
        <source>Sudden rise in weekly load</source>
        <translation>Plötzlicher Anstieg der Wochenbelastung</translation>
    </message>
    <message>
        <source>Same load every day</source>
        <translation>Jeden Tag gleiche Belastung</translation>
    </message>
    <message>
        <source>Menstrual cycle phase</source>
        <translation>Zyklusphase</translation>
    </message>
    <message>
        <source>Food before lifting</source>
        <translation>Essen vor dem Krafttraining</translation>
    </message>
    <message>
        <source>Fasted cardio</source>
        <translation>Nüchtern-Cardio</translation>
    </message>
    <message>
        <source>Sleep before hard days</source>
        <translation>Schlaf vor harten Tagen</translation>
    </message>
    <message>
        <source>Arm-heavy cardio near upper-body day</source>
        <translation>Armlastiges Cardio nahe am Oberkörpertag</translation>
    </message>
    <message>
        <source>HIIT for a beginner</source>
        <translation>HIIT für Anfänger</translation>
    </message>
    <message>
        <source>Long easy cardio after leg day</source>
        <translation>Langes lockeres Cardio nach dem Beintag</translation>
    </message>
    <message>
        <source>Ordo&apos;s physiology model</source>
        <translation>Ordos Physiologiemodell</translation>
    </message>
    <message>
        <source>Ordo&apos;s rule definitions</source>
        <translation>Ordos Regeldefinitionen</translation>
    </message>
    <message>
        <source>Ordo&apos;s research notes</source>
        <translation>Ordos Forschungsnotizen</translation>
    </message>
    <message>
        <source>a value chosen for Ordo</source>
        <translation>ein für Ordo gewählter Wert</translation>
    </message>
    <message>
        <source>The advice rests on meta-analyses and systematic reviews.</source>
        <translation>Der Rat stützt sich auf Metaanalysen und systematische Übersichtsarbeiten.</translation>
    </message>
    <message>
        <source>The advice rests on controlled studies.</source>
        <translation>Der Rat stützt sich auf kontrollierte Studien.</translation>
    </message>
    <message>
        <source>The advice rests on the articles and coaching practice; no trial has tested it directly.</source>
        <translation>Der Rat stützt sich auf die Artikel und die Trainingspraxis; keine Studie hat ihn direkt geprüft.</translation>
    </message>
    <message>
        <source>The advice rests on meta-analyses and controlled studies; the exact times are estimates.</source>
        <translation>Der Rat stützt sich auf Metaanalysen und kontrollierte Studien; die genauen Zeiten sind Schätzungen.</translation>
    </message>
    <message>
        <source>The direction of the advice comes from studies; its exact limits come from the articles and coaching practice.</source>
        <translation>Die Richtung des Rats stammt aus Studien; seine genauen Grenzen stammen aus den Artikeln und der Trainingspraxis.</translation>
    </message>
    <message>
        <source>The limit is Ordo&apos;s own estimate, not a study&apos;s.</source>
        <translation>Die Grenze ist Ordos eigene Schätzung, nicht die einer Studie.</translation>
    </message>
    <message>
        <source>This is a check of the plan itself.</source>
        <translation>Dies ist eine Prüfung des Plans selbst.</translation>
    </message>
    <message>
        <source>Explosive work soon after cardio</source>
        <translation>Explosivtraining kurz nach Cardio</translation>
    </message>
    <message>
        <source>Outside your available times</source>
        <translation>Außerhalb Ihrer verfügbaren Zeiten</translation>
    </message>
    <message>
        <source>Steep rise in weekly load</source>
        <translation>Steiler Anstieg der Wochenbelastung</translation>
    </message>
    <message>
        <source>No lighter week</source>
        <translation>Keine leichtere Woche</translation>
    </message>
</context>
<context>
    <name>ordo::Rules</name>
    <message>
        <source>%1 HIIT sessions in one day + heavy legs: the recovery cost stacks up.</source>
        <translation>%1 HIIT-Einheiten an einem Tag plus schweres Beintraining: Die Erholungskosten summieren sich.</translation>
    </message>
    <message>
        <source>%1 HIIT sessions in one day: the recovery cost stacks up.</source>
        <translation>%1 HIIT-Einheiten an einem Tag: Die Erholungskosten summieren sich.</translation>
    </message>
    <message>
        <source>Keep one HIIT; make the other easy, or move it ≥ 48 h away.</source>
        <translation>Behalten Sie ein HIIT; machen Sie das andere locker oder verschieben Sie es um ≥ 48 h.</translation>
    </message>
    <message>
        <source>HIIT on back-to-back days (%1 and %2, %3 apart): about 48 h between interval sessions lets you go hard again.</source>
        <translation>HIIT an aufeinanderfolgenden Tagen (%1 und %2, %3 Abstand): Etwa 48 h zwischen Intervalleinheiten erlauben es, wieder hart zu trainieren.</translation>
    </message>
    <message>
        <source>Keep a day without HIIT between them (for example move %1 to %2), or make one of them moderate.</source>
        <translation>Lassen Sie einen Tag ohne HIIT dazwischen (etwa %1 auf %2 verschieben) oder machen Sie eine davon moderat.</translation>
    </message>
    <message>
        <source>Keep a day without HIIT between them, or make one of them moderate.</source>
        <translation>Lassen Sie einen Tag ohne HIIT dazwischen oder machen Sie eine davon moderat.</translation>
    </message>
    <message>
        <source>Replace one with moderate or easy cardio.</source>
        <translation>Ersetzen Sie eine durch moderates oder lockeres Cardio.</translation>
    </message>
    <message>
        <source>HIIT and heavy lifting %1 days in a row — fatigue builds faster than it clears.</source>
        <translation>HIIT und schweres Krafttraining %1 Tage in Folge – die Ermüdung baut sich schneller auf als ab.</translation>
    </message>
    <message>
        <source>Insert an easy or rest day, or move the HIIT.</source>
        <translation>Fügen Sie einen lockeren Tag oder Ruhetag ein oder verschieben Sie das HIIT.</translation>
    </message>
    <message>
        <source>%1 and %2 overlap by %3 min — they can&apos;t both be done.</source>
        <translation>%1 und %2 überschneiden sich um %3 min – beide gehen nicht.</translation>
    </message>
    <message>
        <source>Move %1 to %2, or shorten one of them.</source>
        <translation>Verschieben Sie %1 auf %2 oder kürzen Sie eine davon.</translation>
    </message>
    <message>
        <source>Move “%1” to %2</source>
        <translation>„%1“ auf %2 verschieben</translation>
    </message>
    <message>
        <source>None needed; start earlier if this was not intended.</source>
        <translation>Nicht nötig; beginnen Sie früher, falls das nicht beabsichtigt war.</translation>
    </message>
    <message>
        <source>strength training</source>
        <translation>Krafttraining</translation>
    </message>
    <message>
        <source>Correct the duration or split the session.</source>
        <translation>Korrigieren Sie die Dauer oder teilen Sie die Einheit.</translation>
    </message>
    <message>
        <source>Change the intensity or the RPE.</source>
        <translation>Ändern Sie die Intensität oder die RPE.</translation>
    </message>
    <message>
        <source>%1 loads the legs on your heavy-leg day (%2 apart): both sessions lose output and leg recovery slows.</source>
        <translation>%1 belastet die Beine an Ihrem schweren Beintag (%2 Abstand): Beide Einheiten verlieren an Leistung und die Beine erholen sich langsamer.</translation>
    </message>
    <message>
        <source>Swap it for the arm ergometer, easy (non-kick) swimming or a Zone 1 walk, or move %1 to another day.</source>
        <translation>Ersetzen Sie sie durch Armergometer, lockeres Schwimmen (ohne Beinschlag) oder einen Spaziergang in Zone 1, oder verschieben Sie %1 auf einen anderen Tag.</translation>
    </message>
    <message>
        <source>Leg-loading HIIT on heavy-leg day: fatigue adds up and injury risk rises; separate them by as many hours as possible, ideally different days.</source>
        <translation>Beinbelastendes HIIT am schweren Beintag: Die Ermüdung summiert sich und das Verletzungsrisiko steigt; trennen Sie beides um möglichst viele Stunden, am besten auf verschiedene Tage.</translation>
    </message>
    <message>
        <source>HIIT on heavy-leg day: %1 spares the legs, but the recovery cost still adds up.</source>
        <translation>HIIT am schweren Beintag: %1 schont die Beine, aber die Erholungskosten summieren sich trotzdem.</translation>
    </message>
    <message>
        <source>Move %1 to a non-leg day, ideally ≥ 24 h (cycling) or ≥ 48 h (running, jumping) from heavy legs. On leg day keep cardio to Zone 1.</source>
        <translation>Verschieben Sie %1 auf einen Tag ohne Beintraining, idealerweise ≥ 24 h (Radfahren) oder ≥ 48 h (Laufen, Springen) entfernt vom schweren Beintraining. Am Beintag nur Cardio in Zone 1.</translation>
    </message>
    <message>
        <source>Leg-day-friendly cardio.</source>
        <translation>Beintagfreundliches Cardio.</translation>
    </message>
    <message>
        <source>Rowing works the legs too (about half the effort). Fine on leg day only if your legs are not very fatigued — keep it easy.</source>
        <translation>Rudern beansprucht auch die Beine (etwa zur Hälfte). Am Beintag nur in Ordnung, wenn die Beine nicht stark ermüdet sind – halten Sie es locker.</translation>
    </message>
    <message>
        <source>Make it easy, or use the arm ergometer.</source>
        <translation>Machen Sie es locker oder nehmen Sie das Armergometer.</translation>
    </message>
    <message>
        <source>Active recovery: %1–%2 min easy after heavy legs.</source>
        <translation>Aktive Erholung: %1–%2 min locker nach schwerem Beintraining.</translation>
    </message>
    <message>
        <source>HIIT %1 before heavy legs. Leg strength comes back within about a day after hard cycling, but running or jumping intervals can leave the legs sore for up to 2 days.</source>
        <translation>HIIT %1 vor schwerem Beintraining. Nach hartem Radfahren kehrt die Beinkraft in etwa einem Tag zurück, doch Lauf- oder Sprungintervalle können die Beine bis zu 2 Tage lang schmerzen lassen.</translation>
    </message>
    <message>
        <source>Keep ≥ 24 h (cycling) or ≥ 48 h (running, jumping) between hard intervals and heavy legs, or swap the two days.</source>
        <translation>Lassen Sie ≥ 24 h (Radfahren) oder ≥ 48 h (Laufen, Springen) zwischen harten Intervallen und schwerem Beintraining, oder tauschen Sie die beiden Tage.</translation>
    </message>
    <message>
        <source>Heavy legs the day before %1: running economy and time to exhaustion were worse the next day in studies.</source>
        <translation>Schweres Beintraining am Tag vor %1: In Studien waren Laufökonomie und Zeit bis zur Erschöpfung am Folgetag schlechter.</translation>
    </message>
    <message>
        <source>Put heavy legs after the key session, or ≥ 48 h before it.</source>
        <translation>Legen Sie das schwere Beintraining nach die Schlüsseleinheit oder ≥ 48 h davor.</translation>
    </message>
    <message>
        <source>earlier today</source>
        <translation>heute früher</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>am %1</translation>
    </message>
    <message>
        <source>They are still about %1 % fatigued.</source>
        <translation>Sie sind noch zu etwa %1 % ermüdet.</translation>
    </message>
    <message>
        <source>Move %1 to %2 or later, change its focus, or make it light.</source>
        <translation>Verschieben Sie %1 auf %2 oder später, ändern Sie den Fokus oder machen Sie sie leicht.</translation>
    </message>
    <message>
        <source>%1 carries a training load of %2 (minutes × effort on the RPE 1–10 scale), %3× your average training day, from %4 sessions.</source>
        <translation>%1 trägt eine Trainingsbelastung von %2 (Minuten × Anstrengung auf der RPE-Skala 1–10), das %3-Fache Ihres durchschnittlichen Trainingstags, aus %4 Einheiten.</translation>
    </message>
    <message>
        <source>Move %1 to a lighter day such as %2, or make it easier.</source>
        <translation>Verschieben Sie %1 auf einen leichteren Tag wie %2 oder machen Sie sie leichter.</translation>
    </message>
    <message>
        <source>Move a session to a lighter day, or make it easier.</source>
        <translation>Verschieben Sie eine Einheit auf einen leichteren Tag oder machen Sie sie leichter.</translation>
    </message>
    <message>
        <source>This week&apos;s load is %1× the average of the previous %2 weeks.</source>
        <translation>Die Belastung dieser Woche beträgt das %1-Fache des Durchschnitts der vorigen %2 Wochen.</translation>
    </message>
    <message>
        <source>Smaller step-ups, for example +10–20 % per week.</source>
        <translation>Kleinere Steigerungen, etwa +10–20 % pro Woche.</translation>
    </message>
    <message>
        <source>Week %1: </source>
        <translation>Woche %1: </translation>
    </message>
    <message>
        <source>Training load is very similar from day to day (monotony %1: the average daily load divided by its day-to-day spread; above 2 means little variation). Alternating harder and easier days recovers better.</source>
        <translation>Die Trainingsbelastung ist von Tag zu Tag sehr ähnlich (Monotonie %1: die mittlere Tagesbelastung geteilt durch ihre Streuung von Tag zu Tag; über 2 bedeutet wenig Abwechslung). Im Wechsel härtere und leichtere Tage erholen sich besser.</translation>
    </message>
    <message>
        <source>Make one day clearly easier (rest or Zone 1 only) and another a little harder.</source>
        <translation>Machen Sie einen Tag deutlich leichter (Ruhe oder nur Zone 1) und einen anderen etwas härter.</translation>
    </message>
    <message>
        <source>Late in the cycle, some people find hard intervals feel harder and recovery slower. Research shows small, inconsistent effects — go by how you feel.</source>
        <translation>Spät im Zyklus empfinden manche harte Intervalle als anstrengender und erholen sich langsamer. Die Forschung zeigt kleine, uneinheitliche Effekte – richten Sie sich nach Ihrem Befinden.</translation>
    </message>
    <message>
        <source>Optional: swap with an easier day if you feel flat.</source>
        <translation>Optional: Tauschen Sie mit einem leichteren Tag, wenn Sie sich schlapp fühlen.</translation>
    </message>
    <message>
        <source>Warm-up, not a cardio session — no interference expected.</source>
        <translation>Aufwärmen, keine Cardio-Einheit – keine Interferenz zu erwarten.</translation>
    </message>
    <message>
        <source>%1 is longer than a typical warm-up (10–15 min). Still easy, so no interference is expected, but it counts as a cardio session.</source>
        <translation>%1 ist länger als ein typisches Aufwärmen (10–15 min). Noch locker, also ist keine Interferenz zu erwarten, aber sie zählt als Cardio-Einheit.</translation>
    </message>
    <message>
        <source>Shorten to ≤ %1 min if it is meant as a warm-up.</source>
        <translation>Kürzen Sie auf ≤ %1 min, wenn es ein Aufwärmen sein soll.</translation>
    </message>
    <message>
        <source>%1 is a workout, not a warm-up (breathless or sweating heavily = training stimulus).</source>
        <translation>%1 ist ein Training, kein Aufwärmen (außer Atem oder stark schwitzend = Trainingsreiz).</translation>
    </message>
    <message>
        <source>Keep warm-ups easy (≤ 60 % HRmax, RPE ≤ 3) or move this cardio after lifting.</source>
        <translation>Halten Sie das Aufwärmen locker (≤ 60 % HFmax, RPE ≤ 3) oder legen Sie dieses Cardio nach das Krafttraining.</translation>
    </message>
    <message>
        <source>Swap the order (lift first), or move %1 to %2 or later.</source>
        <translation>Tauschen Sie die Reihenfolge (Kraft zuerst) oder verschieben Sie %1 auf %2 oder später.</translation>
    </message>
    <message>
        <source>Swap “%1” and “%2” (lift first)</source>
        <translation>„%1“ und „%2“ tauschen (Kraft zuerst)</translation>
    </message>
    <message>
        <source>Easy 5–15 min warm-up, then lift, then optional easy cardio.</source>
        <translation>5–15 min lockeres Aufwärmen, dann Krafttraining, dann wahlweise lockeres Cardio.</translation>
    </message>
    <message>
        <source>For endurance, do the key session (%1) first, while fresh. Lifting before it carries fatigue into it (worse running economy up to the next day).</source>
        <translation>Für Ausdauer machen Sie die Schlüsseleinheit (%1) zuerst, solange Sie frisch sind. Krafttraining davor trägt Ermüdung hinein (schlechtere Laufökonomie bis zum nächsten Tag).</translation>
    </message>
    <message>
        <source>Swap “%1” and “%2” (cardio first)</source>
        <translation>„%1“ und „%2“ tauschen (Cardio zuerst)</translation>
    </message>
    <message>
        <source>After the key cardio, keep lifting short and moderate (compound lifts, no max effort).</source>
        <translation>Halten Sie das Krafttraining nach dem Schlüssel-Cardio kurz und moderat (Grundübungen, keine Maximalversuche).</translation>
    </message>
    <message>
        <source>1 more finding of this kind is not listed.</source>
        <translation>1 weiterer Hinweis dieser Art ist nicht aufgeführt.</translation>
    </message>
    <message>
        <source>%1 more findings of this kind are not listed.</source>
        <translation>%1 weitere Hinweise dieser Art sind nicht aufgeführt.</translation>
    </message>
    <message>
        <source>Fix the findings above first; the rest are usually the same pattern.</source>
        <translation>Beheben Sie zuerst die Hinweise oben; der Rest folgt meist demselben Muster.</translation>
    </message>
    <message>
        <source>The week has no rest day and the plan repeats, so there is never a day off. Recovery breaks down without rest days.</source>
        <translation>Die Woche hat keinen Ruhetag und der Plan wiederholt sich, also gibt es nie einen freien Tag. Ohne Ruhetage bricht die Erholung ein.</translation>
    </message>
    <message>
        <source>%1 days in a row without a rest day (no lifting and no moderate or hard cardio; easy cardio up to %2, or up to %3 as active rest, is fine). Recovery breaks down without rest days.</source>
        <translation>%1 Tage in Folge ohne Ruhetag (kein Krafttraining und kein moderates oder hartes Cardio; lockeres Cardio bis %2, oder bis %3 als aktive Erholung, ist in Ordnung). Ohne Ruhetage bricht die Erholung ein.</translation>
    </message>
    <message>
        <source>Make one day a rest day: no lifting, and at most easy cardio (up to %1 of Zone 1).</source>
        <translation>Machen Sie einen Tag zum Ruhetag: kein Krafttraining und höchstens lockeres Cardio (bis %1 in Zone 1).</translation>
    </message>
    <message>
        <source>Shorten it, or make part of it easy.</source>
        <translation>Kürzen Sie sie oder machen Sie einen Teil davon locker.</translation>
    </message>
    <message>
        <source>In the first months, 2–3 lifting days of 30–45 min are enough; consistency beats volume.</source>
        <translation>In den ersten Monaten reichen 2–3 Krafttage zu 30–45 min; Regelmäßigkeit schlägt Umfang.</translation>
    </message>
    <message>
        <source>Trim to 2–3 sessions of ≤ 45–60 min.</source>
        <translation>Reduzieren Sie auf 2–3 Einheiten zu ≤ 45–60 min.</translation>
    </message>
    <message>
        <source>%1 moderate or hard cardio sessions this week; 2–3 (under 30 min) usually fits alongside lifting.</source>
        <translation>%1 moderate oder harte Cardio-Einheiten diese Woche; 2–3 (unter 30 min) passen meist neben das Krafttraining.</translation>
    </message>
    <message>
        <source>Turn some into easy Zone 1 sessions (no interference), or drop one.</source>
        <translation>Machen Sie einige zu lockeren Einheiten in Zone 1 (keine Interferenz) oder streichen Sie eine.</translation>
    </message>
    <message>
        <source>1 lifting session this week (below the usual minimum of %1).</source>
        <translation>1 Krafteinheit diese Woche (unter dem üblichen Minimum von %1).</translation>
    </message>
    <message>
        <source>%1 lifting sessions this week (below the usual minimum of %2).</source>
        <translation>%1 Krafteinheiten diese Woche (unter dem üblichen Minimum von %2).</translation>
    </message>
    <message>
        <source>Add a session.</source>
        <translation>Fügen Sie eine Einheit hinzu.</translation>
    </message>
    <message>
        <source>%1 lifting sessions this week (more than the 3–4 lifting + 2–3 cardio template).</source>
        <translation>%1 Krafteinheiten diese Woche (mehr als das Schema 3–4 Kraft + 2–3 Cardio).</translation>
    </message>
    <message>
        <source>Remove a session.</source>
        <translation>Entfernen Sie eine Einheit.</translation>
    </message>
    <message>
        <source>High cardio volume (%1 min): reduce lifting volume proportionally so recovery keeps up.</source>
        <translation>Hoher Cardio-Umfang (%1 min): Verringern Sie den Kraftumfang entsprechend, damit die Erholung mithält.</translation>
    </message>
    <message>
        <source>Drop a heavy session or make it moderate.</source>
        <translation>Streichen Sie eine schwere Einheit oder machen Sie sie moderat.</translation>
    </message>
    <message>
        <source>About %1 min of moderate-equivalent activity this week; health guidelines suggest 150–300.</source>
        <translation>Etwa %1 min Aktivität (moderat-äquivalent) diese Woche; Gesundheitsempfehlungen nennen 150–300.</translation>
    </message>
    <message>
        <source>Add easy walks; they don&apos;t interfere with lifting.</source>
        <translation>Ergänzen Sie lockere Spaziergänge; sie stören das Krafttraining nicht.</translation>
    </message>
    <message>
        <source>Your legs were trained hard %1 (%2, %3).</source>
        <translation>Ihre Beine wurden %1 hart trainiert (%2, %3).</translation>
    </message>
    <message>
        <source>Your upper body was trained hard %1 (%2, %3).</source>
        <translation>Ihr Oberkörper wurde %1 hart trainiert (%2, %3).</translation>
    </message>
    <message>
        <source>Your core was trained hard %1 (%2, %3).</source>
        <translation>Ihr Rumpf wurde %1 hart trainiert (%2, %3).</translation>
    </message>
    <message>
        <source>The same muscles usually get 48–72 h, at least one day without hard work for them in between.</source>
        <translation>Dieselben Muskeln bekommen üblicherweise 48–72 h, mit mindestens einem Tag ohne harte Arbeit für sie dazwischen.</translation>
    </message>
    <message>
        <source>%1 HIIT sessions within %2: about 48 h between them lets you hit each one hard.</source>
        <translation>%1 HIIT-Einheiten innerhalb von %2: Etwa 48 h Abstand lassen Sie jede davon hart angehen.</translation>
    </message>
    <message>
        <source>%1 HIIT sessions in 7 days leave little time to recover between them.</source>
        <translation>%1 HIIT-Einheiten in 7 Tagen lassen wenig Zeit, sich dazwischen zu erholen.</translation>
    </message>
    <message>
        <source>%1 HIIT sessions in 7 days; more than 2–3 a week starts to eat into recovery between lifting sessions.</source>
        <translation>%1 HIIT-Einheiten in 7 Tagen; mehr als 2–3 pro Woche gehen auf Kosten der Erholung zwischen den Krafteinheiten.</translation>
    </message>
    <message>
        <source>%1 HIIT sessions in 7 days — the top of what fits beside muscle or strength training.</source>
        <translation>%1 HIIT-Einheiten in 7 Tagen – das Höchste, was neben Muskel- oder Krafttraining passt.</translation>
    </message>
    <message>
        <source>%1 HIIT sessions in 7 days. In your first months one interval session a week is plenty: moderate effort builds the base, and hard fatigue makes lifting technique break down.</source>
        <translation>%1 HIIT-Einheiten in 7 Tagen. In den ersten Monaten reicht eine Intervalleinheit pro Woche: Moderate Anstrengung baut die Grundlage auf, und starke Ermüdung lässt die Hebetechnik zerfallen.</translation>
    </message>
    <message numerus="yes">
        <source>Make %n of them moderate (steady, conversational pace).</source>
        <translation>
            <numerusform>Machen Sie %n davon moderat (gleichmäßig, im Plaudertempo).</numerusform>
            <numerusform>Machen Sie %n davon moderat (gleichmäßig, im Plaudertempo).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is %2 of intervals; while you are learning to lift, keep intervals to about %3.</source>
        <translation>%1 dauert %2 Intervalle; solange Sie das Heben lernen, halten Sie Intervalle bei etwa %3.</translation>
    </message>
    <message>
        <source>Shorten it to %1 or make part of it moderate.</source>
        <translation>Kürzen Sie sie auf %1 oder machen Sie einen Teil moderat.</translation>
    </message>
    <message>
        <source>%1 alone is %2; keep intervals to about %3 for now.</source>
        <translation>%1 allein dauert %2; halten Sie Intervalle vorerst bei etwa %3.</translation>
    </message>
    <message>
        <source>%1 duplicates %2: same start, %3, and same type. Until one is deleted, Ordo counts only the first.</source>
        <translation>%1 doppelt %2: gleicher Beginn, %3, und gleiche Art. Bis eine gelöscht ist, zählt Ordo nur die erste.</translation>
    </message>
    <message>
        <source>Delete one of them.</source>
        <translation>Löschen Sie eine davon.</translation>
    </message>
    <message>
        <source>Delete the second “%1”</source>
        <translation>Die zweite „%1“ löschen</translation>
    </message>
    <message>
        <source>%1 runs past midnight: it counts as a %2 session; charts split its load and energy by minutes (%3 min on %2, %4 min on %5).</source>
        <translation>%1 reicht über Mitternacht: Sie zählt als Einheit am %2; die Diagramme teilen Belastung und Energie nach Minuten auf (%3 min am %2, %4 min am %5).</translation>
    </message>
    <message>
        <source>%1 runs %2 min past the end of the plan (midnight after %3); it counts as a %3 session, and those %2 min are left out of the charts and totals.</source>
        <translation>%1 reicht %2 min über das Ende des Plans hinaus (Mitternacht nach %3); sie zählt als Einheit am %3, und diese %2 min fehlen in Diagrammen und Summen.</translation>
    </message>
    <message>
        <source>Shorten it, start it earlier, or add a week.</source>
        <translation>Kürzen Sie sie, beginnen Sie früher oder fügen Sie eine Woche hinzu.</translation>
    </message>
    <message>
        <source>HIIT</source>
        <translation>HIIT</translation>
    </message>
    <message>
        <source>moderate cardio</source>
        <translation>moderates Cardio</translation>
    </message>
    <message>
        <source>easy cardio</source>
        <translation>lockeres Cardio</translation>
    </message>
    <message>
        <source>%1: %2 of %3 is unusually long; check the duration.</source>
        <translation>%1: %2 %3 ist ungewöhnlich lang; prüfen Sie die Dauer.</translation>
    </message>
    <message>
        <source>%1: RPE %2 does not match “%3”. Findings go by the intensity (moderate cardio at RPE %4 or more counts as hard steady cardio, with a longer AMPK window); training load goes by the RPE.</source>
        <translation>%1: RPE %2 passt nicht zu „%3“. Die Hinweise richten sich nach der Intensität (moderates Cardio ab RPE %4 zählt als hartes gleichmäßiges Cardio, mit längerem AMPK-Fenster); die Trainingsbelastung richtet sich nach der RPE.</translation>
    </message>
    <message>
        <source>%1 loads the legs within 12 h of heavy legs (%2 apart): both sessions lose output and leg recovery slows.</source>
        <translation>%1 belastet die Beine binnen 12 h nach schwerem Beintraining (%2 Abstand): Beide Einheiten verlieren Leistung, und die Beine erholen sich langsamer.</translation>
    </message>
    <message>
        <source>Your legs are still about %1 % fatigued at %2, mostly from %3 (100 % = legs right after a 60-min heavy leg session). Below %4 % is the usual mark for training them hard again.</source>
        <translation>Ihre Beine sind am %2 noch zu etwa %1 % ermüdet, vor allem durch %3 (100 % = Beine direkt nach 60 min schwerem Beintraining). Unter %4 % gilt als übliche Marke, um sie wieder hart zu trainieren.</translation>
    </message>
    <message>
        <source>Your upper body is still about %1 % fatigued at %2, mostly from %3 (100 % = legs right after a 60-min heavy leg session). Below %4 % is the usual mark for training it hard again.</source>
        <translation>Ihr Oberkörper ist am %2 noch zu etwa %1 % ermüdet, vor allem durch %3 (100 % = Beine direkt nach 60 min schwerem Beintraining). Unter %4 % gilt als übliche Marke, um ihn wieder hart zu trainieren.</translation>
    </message>
    <message>
        <source>Your core is still about %1 % fatigued at %2, mostly from %3 (100 % = legs right after a 60-min heavy leg session). Below %4 % is the usual mark for training it hard again.</source>
        <translation>Ihre Rumpfmuskulatur ist am %2 noch zu etwa %1 % ermüdet, vor allem durch %3 (100 % = Beine direkt nach 60 min schwerem Beintraining). Unter %4 % gilt als übliche Marke, um sie wieder hart zu trainieren.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>Move %1 to a later day, change its focus, or make it light.</source>
        <translation>Verschieben Sie %1 auf einen späteren Tag, ändern Sie den Schwerpunkt oder machen Sie sie leicht.</translation>
    </message>
    <message>
        <source>The daily training load is also very uniform (monotony %1).</source>
        <translation>Die tägliche Trainingsbelastung ist außerdem sehr gleichförmig (Monotonie %1).</translation>
    </message>
    <message>
        <source>Your plan repeats every %1 days but your cycle is %2 days long, so each weekday falls in a different phase from one repetition to the next: a fixed weekly plan can&apos;t follow the cycle. Research shows small, inconsistent effects of cycle phase — go by how you feel.</source>
        <translation>Ihr Plan wiederholt sich alle %1 Tage, Ihr Zyklus dauert aber %2 Tage, daher fällt jeder Wochentag von Wiederholung zu Wiederholung in eine andere Phase: Ein fester Wochenplan kann dem Zyklus nicht folgen. Studien zeigen kleine, uneinheitliche Effekte der Zyklusphase – richten Sie sich nach Ihrem Gefühl.</translation>
    </message>
    <message numerus="yes">
        <source>To plan by cycle phase, make the plan %n weeks long or turn repeat off and plan each block.</source>
        <translation>
            <numerusform>Um nach Zyklusphase zu planen, machen Sie den Plan %n Woche lang oder schalten Sie die Wiederholung aus und planen Sie jeden Block.</numerusform>
            <numerusform>Um nach Zyklusphase zu planen, machen Sie den Plan %n Wochen lang oder schalten Sie die Wiederholung aus und planen Sie jeden Block.</numerusform>
        </translation>
    </message>
    <message>
        <source>To plan by cycle phase, turn repeat off and plan each block.</source>
        <translation>Um nach Zyklusphase zu planen, schalten Sie die Wiederholung aus und planen Sie jeden Block.</translation>
    </message>
    <message>
        <source>walking</source>
        <translation>Gehen</translation>
    </message>
    <message>
        <source>cycling</source>
        <translation>Radfahren</translation>
    </message>
    <message>
        <source>elliptical</source>
        <translation>Crosstrainer</translation>
    </message>
    <message>
        <source>rowing</source>
        <translation>Rudern</translation>
    </message>
    <message>
        <source>cardio</source>
        <translation>Cardio</translation>
    </message>
    <message>
        <source>after the end of the plan</source>
        <translation>nach dem Ende des Plans</translation>
    </message>
    <message>
        <source>%1 starts %2 after %3. After %4, AMPK is estimated to stay raised until %5 (%6), which may blunt the lifting stimulus; tired muscles also manage fewer reps.</source>
        <translation>%1 beginnt %2 nach %3. Nach %4 bleibt AMPK schätzungsweise bis %5 erhöht (%6), was den Kraftreiz abschwächen kann; ermüdete Muskeln schaffen zudem weniger Wiederholungen.</translation>
    </message>
    <message>
        <source>The effect is smaller for an upper-body session, because the legs did the cardio.</source>
        <translation>Bei einer Oberkörpereinheit ist der Effekt kleiner, weil die Beine das Cardio geleistet haben.</translation>
    </message>
    <message>
        <source>Swap the order (lift first).</source>
        <translation>Tauschen Sie die Reihenfolge (Kraft zuerst).</translation>
    </message>
    <message>
        <source>%1 between %2 and %3: past the estimated AMPK window, but coaching advice is to leave 4–6 h between split sessions; %4 gives more margin.</source>
        <translation>%1 zwischen %2 und %3: nach dem geschätzten AMPK-Fenster, doch Trainer raten zu 4–6 h zwischen getrennten Einheiten; %4 gibt mehr Spielraum.</translation>
    </message>
    <message>
        <source>Keep at least %1 between them, or lift first.</source>
        <translation>Halten Sie mindestens %1 Abstand oder trainieren Sie zuerst Kraft.</translation>
    </message>
    <message>
        <source>When you are new to lifting, don&apos;t start with intense cardio: tired muscles make technique break down (this is about form, not about interference).</source>
        <translation>Wenn Sie neu im Krafttraining sind, beginnen Sie nicht mit intensivem Cardio: Ermüdete Muskeln lassen die Technik zerfallen (es geht um die Ausführung, nicht um Interferenz).</translation>
    </message>
    <message>
        <source>Swap the order (cardio first, then short lifting), or separate them by at least %1.</source>
        <translation>Tauschen Sie die Reihenfolge (erst Cardio, dann kurzes Krafttraining) oder trennen Sie beides um mindestens %1.</translation>
    </message>
    <message>
        <source>If it has to be heavy, start it after %1, when the estimated AMPK window after %2 has passed.</source>
        <translation>Wenn es schwer sein muss, beginnen Sie nach %1, wenn das geschätzte AMPK-Fenster nach %2 vorbei ist.</translation>
    </message>
    <message>
        <source>Make %1 moderate and at most %2 min, or start it at %3 or later.</source>
        <translation>Machen Sie %1 moderat und höchstens %2 min lang, oder beginnen Sie um %3 oder später.</translation>
    </message>
    <message>
        <source>Make %1 moderate and at most %2 min.</source>
        <translation>Machen Sie %1 moderat und höchstens %2 min lang.</translation>
    </message>
    <message>
        <source>%1 starts %2 after %3: HIIT this close to lifting still adds recovery cost; separate them by as many hours as you can — %4 or more, or another day.</source>
        <translation>%1 beginnt %2 nach %3: HIIT so nah am Krafttraining kostet noch Erholung; trennen Sie beides um so viele Stunden wie möglich – %4 oder mehr, oder einen anderen Tag.</translation>
    </message>
    <message>
        <source>Move %1 to another day.</source>
        <translation>Verschieben Sie %1 auf einen anderen Tag.</translation>
    </message>
    <message>
        <source>Move %1 to %2 or later, or to another day.</source>
        <translation>Verschieben Sie %1 auf %2 oder später, oder auf einen anderen Tag.</translation>
    </message>
    <message>
        <source>HIIT straight after lifting: one article recommends it for fat loss, two advise keeping cardio after lifting moderate because HIIT adds a large recovery cost. Fine if you recover well; if your lifting stalls, make it moderate or move it.</source>
        <translation>HIIT direkt nach dem Krafttraining: Ein Artikel empfiehlt es zum Fettabbau, zwei raten, Cardio nach dem Krafttraining moderat zu halten, weil HIIT viel Erholung kostet. In Ordnung, wenn Sie sich gut erholen; stagniert Ihr Krafttraining, machen Sie es moderat oder verschieben Sie es.</translation>
    </message>
    <message>
        <source>HIIT straight after lifting adds a large recovery cost; moderate cardio after lifting, or HIIT on another day, recovers better.</source>
        <translation>HIIT direkt nach dem Krafttraining kostet viel Erholung; moderates Cardio danach oder HIIT an einem anderen Tag erholt sich besser.</translation>
    </message>
    <message>
        <source>HIIT straight after lifting adds a large recovery cost and can eat into the gains from the lifting session. Keep cardio after lifting moderate, or give the HIIT its own slot.</source>
        <translation>HIIT direkt nach dem Krafttraining kostet viel Erholung und kann die Fortschritte aus der Krafteinheit schmälern. Halten Sie Cardio danach moderat oder geben Sie dem HIIT einen eigenen Termin.</translation>
    </message>
    <message>
        <source>Make it easy or moderate and at most 30 min, or move the HIIT to a day without lifting or at least %1 after lifting.</source>
        <translation>Machen Sie es locker oder moderat und höchstens 30 min lang, oder legen Sie das HIIT auf einen Tag ohne Krafttraining oder mindestens %1 danach.</translation>
    </message>
    <message>
        <source>Make “%1” moderate</source>
        <translation>„%1“ moderat machen</translation>
    </message>
    <message>
        <source>%1 of moderate cardio after lifting; %2 or less keeps the recovery cost low.</source>
        <translation>%1 moderates Cardio nach dem Krafttraining; %2 oder weniger hält die Erholungskosten gering.</translation>
    </message>
    <message>
        <source>Shorten it to %1 or less, or make the extra minutes easy (Zone 1).</source>
        <translation>Kürzen Sie auf %1 oder weniger, oder machen Sie die zusätzlichen Minuten locker (Zone 1).</translation>
    </message>
    <message>
        <source>Set “%1” to %2</source>
        <translation>„%1“ auf %2 setzen</translation>
    </message>
    <message>
        <source>%1 works the same upper-body muscles as %2, right after it: both sessions lose output and upper-body recovery slows.</source>
        <translation>%1 beansprucht dieselben Oberkörpermuskeln wie %2, direkt danach: Beide Einheiten verlieren Leistung, und der Oberkörper erholt sich langsamer.</translation>
    </message>
    <message>
        <source>%1 works the same upper-body muscles as %2, right before it: both sessions lose output and upper-body recovery slows.</source>
        <translation>%1 beansprucht dieselben Oberkörpermuskeln wie %2, direkt davor: Beide Einheiten verlieren Leistung, und der Oberkörper erholt sich langsamer.</translation>
    </message>
    <message>
        <source>HIIT next to lifting also adds a large recovery cost.</source>
        <translation>HIIT neben dem Krafttraining kostet außerdem viel Erholung.</translation>
    </message>
    <message>
        <source>After an upper-body day choose cardio that spares the arms and back — cycling, walking, the elliptical, or running on a non-leg day — or move %1 to another day.</source>
        <translation>Wählen Sie nach einem Oberkörpertag Cardio, das Arme und Rücken schont – Radfahren, Gehen, den Crosstrainer oder Laufen an einem Tag ohne Beintraining –, oder verschieben Sie %1 auf einen anderen Tag.</translation>
    </message>
    <message>
        <source>%1 of easy %2 straight after heavy legs: 10–20 min of easy cardio helps recovery, but a long session keeps the tired legs working when they should start to recover.</source>
        <translation>%1 lockeres %2 direkt nach schwerem Beintraining: 10–20 min lockeres Cardio helfen der Erholung, aber eine lange Einheit lässt die müden Beine weiterarbeiten, wenn sie sich erholen sollten.</translation>
    </message>
    <message>
        <source>Keep it to 10–20 min here and do the rest on another day or at least %1 later.</source>
        <translation>Bleiben Sie hier bei 10–20 min und machen Sie den Rest an einem anderen Tag oder mindestens %1 später.</translation>
    </message>
    <message>
        <source>%1 is explosive work (jumps, throws, Olympic lifts) %2 after %3. Speed and power suffer most from cardio done close before them, and power gains were smaller when both were trained within one session than with 3 h or more between.</source>
        <translation>%1 ist Explosivtraining (Sprünge, Würfe, olympisches Gewichtheben) %2 nach %3. Schnelligkeit und Schnellkraft leiden am meisten unter Cardio kurz davor, und die Kraftzuwächse waren kleiner, wenn beides in einer Einheit trainiert wurde, als mit 3 h oder mehr Abstand.</translation>
    </message>
    <message>
        <source>Do the explosive work first.</source>
        <translation>Machen Sie das Explosivtraining zuerst.</translation>
    </message>
    <message>
        <source>Do the explosive work first, or start it at %1 or later.</source>
        <translation>Machen Sie das Explosivtraining zuerst oder beginnen Sie es um %1 oder später.</translation>
    </message>
    <message>
        <source>This lifting-and-cardio session lasts %1; the usual advice is to keep the whole session under 75–80 min.</source>
        <translation>Diese Einheit aus Kraft und Cardio dauert %1; üblicherweise rät man, die ganze Einheit unter 75–80 min zu halten.</translation>
    </message>
    <message>
        <source>Trim the cardio, or move it to another time.</source>
        <translation>Kürzen Sie das Cardio oder legen Sie es auf eine andere Zeit.</translation>
    </message>
    <message>
        <source>The whole session lasts %1; the usual advice is under 75–80 min.</source>
        <translation>Die ganze Einheit dauert %1; üblich ist der Rat, unter 75–80 min zu bleiben.</translation>
    </message>
    <message>
        <source>%1 is %2; beside lifting, hard cardio under %3 costs less recovery — extra easy minutes add energy use without that cost.</source>
        <translation>%1 dauert %2; neben dem Krafttraining kostet hartes Cardio unter %3 weniger Erholung – zusätzliche lockere Minuten erhöhen den Energieverbrauch ohne diese Kosten.</translation>
    </message>
    <message>
        <source>%1 is %2; for muscle or strength gains, hard cardio under %3 interferes less with lifting.</source>
        <translation>%1 dauert %2; für Muskel- oder Kraftzuwachs stört hartes Cardio unter %3 das Krafttraining weniger.</translation>
    </message>
    <message>
        <source>At %1 it is also longer than the %2 that interferes least.</source>
        <translation>Mit %1 ist es außerdem länger als die %2, die am wenigsten stören.</translation>
    </message>
    <message numerus="yes">
        <source>%n strength session(s) this week. For endurance, 2–3 short strength sessions a week improve running economy and time-trial performance.</source>
        <translation>
            <numerusform>%n Krafteinheit diese Woche. Für Ausdauer verbessern 2–3 kurze Krafteinheiten pro Woche die Laufökonomie und die Leistung im Zeitfahren.</numerusform>
            <numerusform>%n Krafteinheiten diese Woche. Für Ausdauer verbessern 2–3 kurze Krafteinheiten pro Woche die Laufökonomie und die Leistung im Zeitfahren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a short session (30–45 min, compound lifts) after an easy day&apos;s cardio, not before a key session.</source>
        <translation>Fügen Sie eine kurze Einheit (30–45 min, Grundübungen) nach dem Cardio eines lockeren Tages ein, nicht vor einer Schlüsseleinheit.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>“%1” on %2 falls in busy time.</source>
        <translation>„%1“ am %2 fällt in belegte Zeit.</translation>
    </message>
    <message>
        <source>“%1” on %2 clashes with “%3”.</source>
        <translation>„%1“ am %2 überschneidet sich mit „%3“.</translation>
    </message>
    <message>
        <source>“%1” on %2 falls in time you keep for other kinds of training.</source>
        <translation>„%1“ am %2 liegt in Zeit, die Sie für andere Trainingsarten freihalten.</translation>
    </message>
    <message>
        <source>“%1” on %2 lies outside the times you can train.</source>
        <translation>„%1“ am %2 liegt außerhalb der Zeiten, in denen Sie trainieren können.</translation>
    </message>
    <message>
        <source>The nearest free window is %1 %2.</source>
        <translation>Das nächste freie Zeitfenster ist %1 %2.</translation>
    </message>
    <message>
        <source>Move it to %1, or change your available times.</source>
        <translation>Verschieben Sie die Einheit auf %1 oder ändern Sie Ihre verfügbaren Zeiten.</translation>
    </message>
    <message>
        <source>No free window of this week is long enough for it.</source>
        <translation>Kein freies Zeitfenster dieser Woche ist lang genug dafür.</translation>
    </message>
    <message>
        <source>Shorten it, or change your available times.</source>
        <translation>Kürzen Sie die Einheit oder ändern Sie Ihre verfügbaren Zeiten.</translation>
    </message>
    <message>
        <source>Week %1 carries %2 % more training load than week %3 (%4 against %5, minutes × effort on the RPE 1–10 scale).</source>
        <translation>Woche %1 hat %2 % mehr Trainingslast als Woche %3 (%4 gegenüber %5, Minuten × Anstrengung auf der RPE-Skala 1–10).</translation>
    </message>
    <message>
        <source>Week %1 carries %2 % more training load than week %3 before it as the plan repeats (%4 against %5, minutes × effort on the RPE 1–10 scale).</source>
        <translation>Woche %1 hat %2 % mehr Trainingslast als die Woche %3 davor, da sich der Plan wiederholt (%4 gegenüber %5, Minuten × Anstrengung auf der RPE-Skala 1–10).</translation>
    </message>
    <message>
        <source>Raise the load in smaller steps over two or three weeks.</source>
        <translation>Steigern Sie die Belastung in kleineren Schritten über zwei oder drei Wochen.</translation>
    </message>
    <message>
        <source>The plan repeats its %1 weeks without a lighter week (one with at least %2 % less training load than the weeks before it), so the load never drops.</source>
        <translation>Der Plan wiederholt seine %1 Wochen ohne leichtere Woche (eine mit mindestens %2 % weniger Trainingslast als die Wochen davor), die Belastung sinkt also nie.</translation>
    </message>
    <message>
        <source>Weeks %1 to %2 are %3 weeks in a row without a lighter week (one with at least %4 % less training load than the weeks before it).</source>
        <translation>Die Wochen %1 bis %2 sind %3 Wochen in Folge ohne leichtere Woche (eine mit mindestens %4 % weniger Trainingslast als die Wochen davor).</translation>
    </message>
    <message>
        <source>Make week %1 lighter, for example by shortening its sessions by a third, or insert a lighter week before it.</source>
        <translation>Machen Sie Woche %1 leichter, zum Beispiel indem Sie ihre Einheiten um ein Drittel kürzen, oder fügen Sie davor eine leichtere Woche ein.</translation>
    </message>
</context>
<context>
    <name>ordo::SeasonCommands</name>
    <message>
        <source>Copy Week To</source>
        <translation>Woche kopieren nach</translation>
    </message>
    <message>
        <source>Copy the sessions of week %1 to these weeks. Their own sessions are replaced.</source>
        <translation>Die Einheiten der Woche %1 in diese Wochen kopieren. Deren eigene Einheiten werden ersetzt.</translation>
    </message>
    <message>
        <source>Target weeks</source>
        <translation>Zielwochen</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Woche %1</translation>
    </message>
    <message>
        <source>Delete sessions?</source>
        <translation>Einheiten löschen?</translation>
    </message>
    <message numerus="yes">
        <source>This deletes %n sessions.</source>
        <translation>
            <numerusform>Dabei wird %n Einheit gelöscht.</numerusform>
            <numerusform>Dabei werden %n Einheiten gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy Week To…</source>
        <translation>Woche &amp;kopieren nach…</translation>
    </message>
    <message>
        <source>Dupl&amp;icate Weeks</source>
        <translation>Wochen &amp;duplizieren</translation>
    </message>
    <message>
        <source>Insert Empty Week &amp;Before</source>
        <translation>Leere Woche da&amp;vor einfügen</translation>
    </message>
    <message>
        <source>Insert Empty Week &amp;After</source>
        <translation>Leere Woche da&amp;nach einfügen</translation>
    </message>
    <message>
        <source>&amp;Delete Weeks</source>
        <translation>Wochen lö&amp;schen</translation>
    </message>
    <message>
        <source>Move Weeks &amp;Up</source>
        <translation>Wochen nach &amp;oben</translation>
    </message>
    <message>
        <source>Move Weeks Do&amp;wn</source>
        <translation>Wochen nach &amp;unten</translation>
    </message>
    <message>
        <source>C&amp;lear Weeks</source>
        <translation>Wochen &amp;leeren</translation>
    </message>
    <message>
        <source>&amp;Generate Deload Week…</source>
        <translation>&amp;Entlastungswoche erzeugen…</translation>
    </message>
    <message>
        <source>&amp;Phase</source>
        <translation>&amp;Phase</translation>
    </message>
    <message>
        <source>&amp;No Phase</source>
        <translation>&amp;Keine Phase</translation>
    </message>
    <message>
        <source>&amp;Base</source>
        <translation>&amp;Grundlage</translation>
    </message>
    <message>
        <source>B&amp;uild</source>
        <translation>&amp;Aufbau</translation>
    </message>
    <message>
        <source>&amp;Peak</source>
        <translation>&amp;Spitze</translation>
    </message>
    <message>
        <source>&amp;Deload</source>
        <translation>&amp;Entlastung</translation>
    </message>
    <message>
        <source>&amp;Taper</source>
        <translation>&amp;Tapering</translation>
    </message>
    <message>
        <source>&amp;Custom…</source>
        <translation>E&amp;igene…</translation>
    </message>
    <message>
        <source>Custom Phase</source>
        <translation>Eigene Phase</translation>
    </message>
    <message>
        <source>Name of the phase (up to %1 characters):</source>
        <translation>Name der Phase (bis zu %1 Zeichen):</translation>
    </message>
    <message>
        <source>Generate Deload Week</source>
        <translation>Entlastungswoche erzeugen</translation>
    </message>
    <message>
        <source>A copy of week %1 after it, with the same sessions on the same days and at the same intensity, each strength and cardio session shorter by this share. Cutting volume and keeping intensity is what works best in a taper (Bosquet 2007).</source>
        <translation>Eine Kopie der Woche %1 direkt danach, mit denselben Einheiten an denselben Tagen und in derselben Intensität, jede Kraft- und Cardioeinheit um diesen Anteil kürzer. Umfang senken und Intensität halten wirkt in einem Tapering am besten (Bosquet 2007).</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>&amp;Less volume:</source>
        <translation>&amp;Weniger Umfang:</translation>
    </message>
    <message>
        <source>&amp;Copy Week %1 To…</source>
        <translation>Woche %1 &amp;kopieren nach…</translation>
    </message>
    <message>
        <source>Fill Weeks with a &amp;Rotation…</source>
        <translation>Wochen mit einer &amp;Rotation füllen…</translation>
    </message>
</context>
<context>
    <name>ordo::SeasonView</name>
    <message>
        <source>Load</source>
        <translation>Belastung</translation>
    </message>
    <message>
        <source>Hard min</source>
        <translation>Hart min</translation>
    </message>
    <message>
        <source>HIIT</source>
        <translation>HIIT</translation>
    </message>
    <message>
        <source>Lifts</source>
        <translation>Kraft</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Ruhe</translation>
    </message>
    <message>
        <source>kcal</source>
        <translation>kcal</translation>
    </message>
    <message>
        <source>Training load of the week (RPE × min)</source>
        <translation>Trainingsbelastung der Woche (RPE × min)</translation>
    </message>
    <message>
        <source>Minutes of hard sessions: lifting, moderate and HIIT cardio</source>
        <translation>Minuten harter Einheiten: Krafttraining, moderates Cardio und HIIT</translation>
    </message>
    <message>
        <source>HIIT sessions</source>
        <translation>HIIT-Einheiten</translation>
    </message>
    <message>
        <source>Lifting sessions</source>
        <translation>Krafteinheiten</translation>
    </message>
    <message>
        <source>Rest days</source>
        <translation>Ruhetage</translation>
    </message>
    <message>
        <source>Energy used in training (kcal)</source>
        <translation>Energieverbrauch im Training (kcal)</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Woche %1</translation>
    </message>
    <message>
        <source>Season overview</source>
        <translation>Saisonübersicht</translation>
    </message>
    <message>
        <source>Week %1, %2</source>
        <translation>Woche %1, %2</translation>
    </message>
    <message>
        <source>%1: no sessions</source>
        <translation>%1: keine Einheiten</translation>
    </message>
    <message>
        <source>%1 at %2, %3</source>
        <translation>%1 um %2, %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Worst finding: %1 (%2)</source>
        <translation>Schwerster Hinweis: %1 (%2)</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Worst finding</source>
        <translation>Schwerster Hinweis</translation>
    </message>
    <message>
        <source>Week %1 · %2</source>
        <translation>Woche %1 · %2</translation>
    </message>
</context>
<context>
    <name>ordo::SessionAccessible</name>
    <message>
        <source>%1, %2 %3 to %4</source>
        <translation>%1, %2 %3 bis %4</translation>
    </message>
    <message>
        <source>week %1</source>
        <translation>Woche %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Session. Enter opens it in the inspector; arrow keys move it.</source>
        <translation>Einheit. Die Eingabetaste öffnet sie in den Eigenschaften; die Pfeiltasten verschieben sie.</translation>
    </message>
    <message>
        <source>key session</source>
        <translation>Schlüsseleinheit</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>verpasst</translation>
    </message>
</context>
<context>
    <name>ordo::SessionChip</name>
    <message>
        <source>%1 +%2</source>
        <translation>%1 +%2</translation>
    </message>
</context>
<context>
    <name>ordo::SessionEdits</name>
    <message>
        <source>Move %1 to %2</source>
        <translation>%1 auf %2 verschieben</translation>
    </message>
    <message numerus="yes">
        <source>Move %n sessions</source>
        <translation>
            <numerusform>%n Einheit verschieben</numerusform>
            <numerusform>%n Einheiten verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy %1 to %2</source>
        <translation>%1 nach %2 kopieren</translation>
    </message>
    <message numerus="yes">
        <source>Copy %n sessions</source>
        <translation>
            <numerusform>%n Einheit kopieren</numerusform>
            <numerusform>%n Einheiten kopieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Add %1 on %2</source>
        <translation>%1 am %2 hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Add %n sessions</source>
        <translation>
            <numerusform>%n Einheit hinzufügen</numerusform>
            <numerusform>%n Einheiten hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste %1 on %2</source>
        <translation>%1 am %2 einfügen</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n sessions</source>
        <translation>
            <numerusform>%n Einheit einfügen</numerusform>
            <numerusform>%n Einheiten einfügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Change duration of %1 to %2</source>
        <translation>Dauer von %1 auf %2 ändern</translation>
    </message>
    <message numerus="yes">
        <source>Change duration of %n sessions</source>
        <translation>
            <numerusform>Dauer von %n Einheit ändern</numerusform>
            <numerusform>Dauer von %n Einheiten ändern</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n sessions</source>
        <translation>
            <numerusform>%n Einheit löschen</numerusform>
            <numerusform>%n Einheiten löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Cut %1</source>
        <translation>%1 ausschneiden</translation>
    </message>
    <message numerus="yes">
        <source>Cut %n sessions</source>
        <translation>
            <numerusform>%n Einheit ausschneiden</numerusform>
            <numerusform>%n Einheiten ausschneiden</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>%1 duplizieren</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n sessions</source>
        <translation>
            <numerusform>%n Einheit duplizieren</numerusform>
            <numerusform>%n Einheiten duplizieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Make %1 %2</source>
        <translation>Intensität von %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Make %n sessions %1</source>
        <translation>
            <numerusform>Intensität von %n Einheit: %1</numerusform>
            <numerusform>Intensität von %n Einheiten: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Swap %1 and %2</source>
        <translation>%1 und %2 tauschen</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>%1 von %2 ändern</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>intensity</source>
        <translation>Intensität</translation>
    </message>
    <message>
        <source>modality</source>
        <translation>Modalität</translation>
    </message>
    <message>
        <source>load</source>
        <translation>Last</translation>
    </message>
    <message>
        <source>focus</source>
        <translation>Fokus</translation>
    </message>
    <message numerus="yes">
        <source>Change %1 of %n sessions</source>
        <translation>
            <numerusform>%1 von %n Einheit ändern</numerusform>
            <numerusform>%1 von %n Einheiten ändern</numerusform>
        </translation>
    </message>
    <message>
        <source>Lock %1</source>
        <translation>%1 fixieren</translation>
    </message>
    <message>
        <source>Unlock %1</source>
        <translation>%1 lösen</translation>
    </message>
    <message numerus="yes">
        <source>Lock %n sessions</source>
        <translation>
            <numerusform>%n Einheit fixieren</numerusform>
            <numerusform>%n Einheiten fixieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unlock %n sessions</source>
        <translation>
            <numerusform>%n Einheit lösen</numerusform>
            <numerusform>%n Einheiten lösen</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark %1 as missed</source>
        <translation>%1 als verpasst markieren</translation>
    </message>
    <message>
        <source>Mark %1 as not missed</source>
        <translation>%1 als nicht verpasst markieren</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n sessions as missed</source>
        <translation>
            <numerusform>%n Einheit als verpasst markieren</numerusform>
            <numerusform>%n Einheiten als verpasst markieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n sessions as not missed</source>
        <translation>
            <numerusform>%n Einheit als nicht verpasst markieren</numerusform>
            <numerusform>%n Einheiten als nicht verpasst markieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Make %1 a key session</source>
        <translation>%1 zur Schlüsseleinheit machen</translation>
    </message>
    <message>
        <source>Make %1 a normal session</source>
        <translation>%1 zur normalen Einheit machen</translation>
    </message>
    <message>
        <source>Make %1 optional</source>
        <translation>%1 optional machen</translation>
    </message>
    <message numerus="yes">
        <source>Make %n sessions key sessions</source>
        <translation>
            <numerusform>%n Einheit zur Schlüsseleinheit machen</numerusform>
            <numerusform>%n Einheiten zu Schlüsseleinheiten machen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make %n sessions normal sessions</source>
        <translation>
            <numerusform>%n Einheit zur normalen Einheit machen</numerusform>
            <numerusform>%n Einheiten zu normalen Einheiten machen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make %n sessions optional</source>
        <translation>
            <numerusform>%n Einheit optional machen</numerusform>
            <numerusform>%n Einheiten optional machen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ordo::SessionInspector</name>
    <message>
        <source>week </source>
        <translation>Woche </translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Default for the modality</source>
        <translation>Standard der Modalität</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>W&amp;eek:</source>
        <translation>&amp;Woche:</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>Ta&amp;g:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Focus:</source>
        <translation>&amp;Fokus:</translation>
    </message>
    <message>
        <source>&amp;Load:</source>
        <translation>&amp;Last:</translation>
    </message>
    <message>
        <source>&amp;Modality:</source>
        <translation>&amp;Modalität:</translation>
    </message>
    <message>
        <source>&amp;Intensity:</source>
        <translation>&amp;Intensität:</translation>
    </message>
    <message>
        <source>Loads le&amp;gs:</source>
        <translation>Belastet B&amp;eine:</translation>
    </message>
    <message>
        <source>&amp;RPE:</source>
        <translation>&amp;RPE:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>focus</source>
        <translation>Fokus</translation>
    </message>
    <message>
        <source>load</source>
        <translation>Last</translation>
    </message>
    <message>
        <source>modality</source>
        <translation>Modalität</translation>
    </message>
    <message>
        <source>intensity</source>
        <translation>Intensität</translation>
    </message>
    <message>
        <source>leg loading</source>
        <translation>Beinbelastung</translation>
    </message>
    <message>
        <source>RPE</source>
        <translation>RPE</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Notes are limited to %1 characters.</source>
        <translation>Notizen sind auf %1 Zeichen begrenzt.</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation>Standard (%1)</translation>
    </message>
    <message>
        <source>Did n&amp;ot happen</source>
        <translation>Nic&amp;ht stattgefunden</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorität:</translation>
    </message>
    <message>
        <source>Missed:</source>
        <translation>Verpasst:</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>Priorität</translation>
    </message>
</context>
<context>
    <name>ordo::SessionMenu</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Intensity</source>
        <translation>&amp;Intensität</translation>
    </message>
    <message>
        <source>&amp;Swap order with adjacent session</source>
        <translation>&amp;Reihenfolge mit der benachbarten Einheit tauschen</translation>
    </message>
    <message>
        <source>&amp;Missed</source>
        <translation>&amp;Verpasst</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>&amp;Priorität</translation>
    </message>
</context>
<context>
    <name>ordo::SessionTemplate</name>
    <message>
        <source>Heavy lower</source>
        <translation>Unterkörper schwer</translation>
    </message>
    <message>
        <source>Heavy upper</source>
        <translation>Oberkörper schwer</translation>
    </message>
    <message>
        <source>Full body</source>
        <translation>Ganzkörper</translation>
    </message>
    <message>
        <source>Moderate lower</source>
        <translation>Unterkörper moderat</translation>
    </message>
    <message>
        <source>Moderate upper</source>
        <translation>Oberkörper moderat</translation>
    </message>
    <message>
        <source>Light full body</source>
        <translation>Ganzkörper leicht</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>Rumpf</translation>
    </message>
    <message>
        <source>Zone 1 walk</source>
        <translation>Spaziergang Zone 1</translation>
    </message>
    <message>
        <source>Steady run</source>
        <translation>Gleichmäßiger Lauf</translation>
    </message>
    <message>
        <source>Bike HIIT</source>
        <translation>Rad-HIIT</translation>
    </message>
    <message>
        <source>Sprint intervals</source>
        <translation>Sprintintervalle</translation>
    </message>
    <message>
        <source>Tempo run</source>
        <translation>Tempolauf</translation>
    </message>
    <message>
        <source>Easy swim</source>
        <translation>Lockeres Schwimmen</translation>
    </message>
    <message>
        <source>Arm ergometer</source>
        <translation>Armergometer</translation>
    </message>
    <message>
        <source>Stair climber</source>
        <translation>Stepper</translation>
    </message>
    <message>
        <source>Jump rope</source>
        <translation>Seilspringen</translation>
    </message>
    <message>
        <source>Rowing</source>
        <translation>Rudern</translation>
    </message>
    <message>
        <source>Easy bike</source>
        <translation>Lockeres Radfahren</translation>
    </message>
    <message>
        <source>Yoga</source>
        <translation>Yoga</translation>
    </message>
    <message>
        <source>Stretching</source>
        <translation>Dehnen</translation>
    </message>
</context>
<context>
    <name>ordo::Settings</name>
    <message>
        <source>RPE × min</source>
        <translation>RPE × min</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Longest AMPK window after HIIT</source>
        <translation>Längstes AMPK-Fenster nach HIIT</translation>
    </message>
    <message>
        <source>AMPK window after HIIT before the duration term</source>
        <translation>AMPK-Fenster nach HIIT ohne den Zuschlag für die Dauer</translation>
    </message>
    <message>
        <source>AMPK window growth per minute of HIIT</source>
        <translation>Verlängerung des AMPK-Fensters pro Minute HIIT</translation>
    </message>
    <message>
        <source>Relative AMPK peak after HIIT (A0)</source>
        <translation>Relative AMPK-Spitze nach HIIT (A0)</translation>
    </message>
    <message>
        <source>AMPK window after moderate cardio up to the duration knee</source>
        <translation>AMPK-Fenster nach moderatem Cardio bis zum Knickpunkt der Dauer</translation>
    </message>
    <message>
        <source>Moderate cardio duration after which the window grows</source>
        <translation>Dauer moderaten Cardios, ab der das Fenster wächst</translation>
    </message>
    <message>
        <source>Longest AMPK window after moderate cardio</source>
        <translation>Längstes AMPK-Fenster nach moderatem Cardio</translation>
    </message>
    <message>
        <source>Relative AMPK peak after moderate cardio (A0)</source>
        <translation>Relative AMPK-Spitze nach moderatem Cardio (A0)</translation>
    </message>
    <message>
        <source>RPE from which moderate cardio counts as vigorous continuous (11 turns this off)</source>
        <translation>RPE, ab der moderates Cardio als hartes gleichmäßiges Cardio zählt (11 schaltet das ab)</translation>
    </message>
    <message>
        <source>AMPK window after vigorous continuous cardio up to the duration knee</source>
        <translation>AMPK-Fenster nach hartem gleichmäßigem Cardio bis zum Knickpunkt der Dauer</translation>
    </message>
    <message>
        <source>Longest AMPK window after vigorous continuous cardio</source>
        <translation>Längstes AMPK-Fenster nach hartem gleichmäßigem Cardio</translation>
    </message>
    <message>
        <source>Relative AMPK peak after vigorous continuous cardio (A0)</source>
        <translation>Relative AMPK-Spitze nach hartem gleichmäßigem Cardio (A0)</translation>
    </message>
    <message>
        <source>Time in which the AMPK curve rises to its peak during cardio</source>
        <translation>Zeit, in der die AMPK-Kurve während des Cardios auf ihre Spitze steigt</translation>
    </message>
    <message>
        <source>Endurance-trained toggle: smaller and shorter AMPK response</source>
        <translation>Ausdauertrainiert (ein/aus): kleinere und kürzere AMPK-Antwort</translation>
    </message>
    <message>
        <source>Peak factor when endurance-trained</source>
        <translation>Faktor für die Spitze bei Ausdauertrainierten</translation>
    </message>
    <message>
        <source>Window factor when endurance-trained</source>
        <translation>Faktor für das Fenster bei Ausdauertrainierten</translation>
    </message>
    <message>
        <source>Time until 90 % of a heavy strength session&apos;s fatigue has cleared</source>
        <translation>Zeit, bis 90 % der Ermüdung einer schweren Krafteinheit abgebaut sind</translation>
    </message>
    <message>
        <source>Time until 90 % of a moderate strength session&apos;s fatigue has cleared</source>
        <translation>Zeit, bis 90 % der Ermüdung einer moderaten Krafteinheit abgebaut sind</translation>
    </message>
    <message>
        <source>Time until 90 % of a light strength session&apos;s fatigue has cleared</source>
        <translation>Zeit, bis 90 % der Ermüdung einer leichten Krafteinheit abgebaut sind</translation>
    </message>
    <message>
        <source>Time until 90 % of running, jumping or stair HIIT fatigue has cleared</source>
        <translation>Zeit, bis 90 % der Ermüdung durch HIIT mit Laufen, Springen oder Treppen abgebaut sind</translation>
    </message>
    <message>
        <source>Time until 90 % of other HIIT fatigue has cleared</source>
        <translation>Zeit, bis 90 % der Ermüdung durch anderes HIIT abgebaut sind</translation>
    </message>
    <message>
        <source>Time until 90 % of moderate running, jumping or stair fatigue has cleared</source>
        <translation>Zeit, bis 90 % der Ermüdung durch moderates Laufen, Springen oder Treppensteigen abgebaut sind</translation>
    </message>
    <message>
        <source>Time until 90 % of other moderate cardio fatigue has cleared</source>
        <translation>Zeit, bis 90 % der Ermüdung durch anderes moderates Cardio abgebaut sind</translation>
    </message>
    <message>
        <source>Time until 90 % of easy cardio fatigue has cleared</source>
        <translation>Zeit, bis 90 % der Ermüdung durch lockeres Cardio abgebaut sind</translation>
    </message>
    <message>
        <source>Region fatigue shown as 100 %</source>
        <translation>Ermüdung einer Körperregion, die als 100 % angezeigt wird</translation>
    </message>
    <message>
        <source>Residual muscle-group fatigue that counts as not recovered</source>
        <translation>Restermüdung einer Muskelgruppe, ab der sie als nicht erholt gilt</translation>
    </message>
    <message>
        <source>Start gap under which two sessions on non-adjacent days still count as back-to-back</source>
        <translation>Startabstand, unter dem zwei Einheiten an nicht benachbarten Tagen noch als direkt aufeinanderfolgend gelten</translation>
    </message>
    <message>
        <source>Smallest daily load marked as high</source>
        <translation>Kleinste Tagesbelastung, die als hoch markiert wird</translation>
    </message>
    <message>
        <source>Multiple of the mean load of the plan&apos;s training days marked as high</source>
        <translation>Vielfaches der mittleren Belastung der Trainingstage des Plans, das als hoch markiert wird</translation>
    </message>
    <message>
        <source>Time constant of acute training load (fatigue)</source>
        <translation>Zeitkonstante der akuten Trainingsbelastung (Ermüdung)</translation>
    </message>
    <message>
        <source>Time constant of chronic training load (fitness)</source>
        <translation>Zeitkonstante der chronischen Trainingsbelastung (Fitness)</translation>
    </message>
    <message>
        <source>Change below which a repeating plan&apos;s CTL/ATL counts as settled</source>
        <translation>Änderung, unter der CTL/ATL eines sich wiederholenden Plans als eingependelt gelten</translation>
    </message>
    <message>
        <source>Weekly monotony above which a note is given</source>
        <translation>Wöchentliche Monotonie, über der es einen Hinweis gibt</translation>
    </message>
    <message>
        <source>Smallest weekly hard-session load for which monotony is judged</source>
        <translation>Kleinste Wochenbelastung aus harten Einheiten, für die die Monotonie bewertet wird</translation>
    </message>
    <message>
        <source>Share of the plan&apos;s mean weekly hard-session load below which a week is not judged</source>
        <translation>Anteil der mittleren Wochenbelastung des Plans aus harten Einheiten, unter dem eine Woche nicht bewertet wird</translation>
    </message>
    <message>
        <source>Shortest one-off plan for which the acute:chronic ratio is computed</source>
        <translation>Kürzester einmaliger Plan, für den das Verhältnis akut:chronisch berechnet wird</translation>
    </message>
    <message>
        <source>Weeks averaged for the chronic load</source>
        <translation>Wochen, über die die chronische Belastung gemittelt wird</translation>
    </message>
    <message>
        <source>Acute:chronic load ratio that gives a note</source>
        <translation>Verhältnis akute:chronische Belastung, das einen Hinweis ergibt</translation>
    </message>
    <message>
        <source>Acute:chronic load ratio that gives a warning</source>
        <translation>Verhältnis akute:chronische Belastung, das eine Warnung ergibt</translation>
    </message>
    <message>
        <source>Longest easy cardio that counts as a warm-up</source>
        <translation>Längstes lockeres Cardio, das als Aufwärmen zählt</translation>
    </message>
    <message>
        <source>Longest gap between a warm-up and the lifting after it</source>
        <translation>Längster Abstand zwischen dem Aufwärmen und dem Krafttraining danach</translation>
    </message>
    <message>
        <source>Longest easy cardio reported as a long warm-up</source>
        <translation>Längstes lockeres Cardio, das als langes Aufwärmen gemeldet wird</translation>
    </message>
    <message>
        <source>Longest hard cardio right before lifting reported as a too-hard warm-up</source>
        <translation>Längstes hartes Cardio direkt vor dem Krafttraining, das als zu hartes Aufwärmen gemeldet wird</translation>
    </message>
    <message>
        <source>Shortest easy cardio that counts as active recovery</source>
        <translation>Kürzestes lockeres Cardio, das als aktive Erholung zählt</translation>
    </message>
    <message>
        <source>Longest easy cardio that counts as active recovery</source>
        <translation>Längstes lockeres Cardio, das als aktive Erholung zählt</translation>
    </message>
    <message>
        <source>Latest start of active recovery after heavy legs end</source>
        <translation>Spätester Beginn der aktiven Erholung nach dem Ende des schweren Beintrainings</translation>
    </message>
    <message>
        <source>Most easy cardio a rest day may hold</source>
        <translation>Maximales lockeres Cardio an einem Ruhetag</translation>
    </message>
    <message>
        <source>Most easy cardio an active-rest day may hold (it breaks a run without rest)</source>
        <translation>Maximales lockeres Cardio an einem aktiven Ruhetag (er unterbricht eine Folge ohne Ruhetag)</translation>
    </message>
    <message>
        <source>Days without rest that give a warning</source>
        <translation>Tage ohne Ruhetag, die eine Warnung ergeben</translation>
    </message>
    <message>
        <source>Days without rest that give a critical finding</source>
        <translation>Tage ohne Ruhetag, die einen kritischen Hinweis ergeben</translation>
    </message>
    <message>
        <source>Gap under which two sessions count as the same day</source>
        <translation>Abstand, unter dem zwei Einheiten als derselbe Tag gelten</translation>
    </message>
    <message>
        <source>Largest gap inside a combined session</source>
        <translation>Größter Abstand innerhalb einer kombinierten Einheit</translation>
    </message>
    <message>
        <source>Longest combined lifting + cardio session</source>
        <translation>Längste kombinierte Einheit aus Krafttraining + Cardio</translation>
    </message>
    <message>
        <source>Longest easy cardio after lifting that counts as a cool-down</source>
        <translation>Längstes lockeres Cardio nach dem Krafttraining, das als Abwärmen zählt</translation>
    </message>
    <message>
        <source>Smallest gap between hard cardio and explosive work after it</source>
        <translation>Kleinster Abstand zwischen hartem Cardio und Explosivtraining danach</translation>
    </message>
    <message>
        <source>HIIT sessions in 7 days that give a beginner a note</source>
        <translation>HIIT-Einheiten in 7 Tagen, die bei Anfängern einen Hinweis ergeben</translation>
    </message>
    <message>
        <source>HIIT sessions in 7 days that give a beginner a warning</source>
        <translation>HIIT-Einheiten in 7 Tagen, die bei Anfängern eine Warnung ergeben</translation>
    </message>
    <message>
        <source>Longest HIIT session for a beginner</source>
        <translation>Längste HIIT-Einheit für Anfänger</translation>
    </message>
    <message>
        <source>Longest easy cardio straight after heavy legs without a note</source>
        <translation>Längstes lockeres Cardio direkt nach schwerem Beintraining ohne Hinweis</translation>
    </message>
    <message>
        <source>Fewest strength sessions a week for an endurance goal</source>
        <translation>Mindestzahl an Krafteinheiten pro Woche bei einem Ausdauerziel</translation>
    </message>
    <message>
        <source>Longest plausible HIIT session</source>
        <translation>Längste plausible HIIT-Einheit</translation>
    </message>
    <message>
        <source>Longest plausible moderate cardio session</source>
        <translation>Längste plausible Einheit mit moderatem Cardio</translation>
    </message>
    <message>
        <source>Longest plausible easy cardio session</source>
        <translation>Längste plausible Einheit mit lockerem Cardio</translation>
    </message>
    <message>
        <source>Longest plausible strength session</source>
        <translation>Längste plausible Krafteinheit</translation>
    </message>
    <message>
        <source>RPE from which easy cardio is reported as mismatched</source>
        <translation>RPE, ab der lockeres Cardio als unpassend gemeldet wird</translation>
    </message>
    <message>
        <source>RPE up to which moderate cardio is reported as mismatched</source>
        <translation>RPE, bis zu der moderates Cardio als unpassend gemeldet wird</translation>
    </message>
    <message>
        <source>RPE from which moderate cardio is reported as mismatched</source>
        <translation>RPE, ab der moderates Cardio als unpassend gemeldet wird</translation>
    </message>
    <message>
        <source>RPE up to which HIIT is reported as mismatched</source>
        <translation>RPE, bis zu der HIIT als unpassend gemeldet wird</translation>
    </message>
    <message>
        <source>RPE up to which heavy strength is reported as mismatched</source>
        <translation>RPE, bis zu der schweres Krafttraining als unpassend gemeldet wird</translation>
    </message>
    <message>
        <source>RPE from which light strength is reported as mismatched</source>
        <translation>RPE, ab der leichtes Krafttraining als unpassend gemeldet wird</translation>
    </message>
    <message>
        <source>Recommended gap between split cardio and lifting</source>
        <translation>Empfohlener Abstand zwischen Cardio und Krafttraining in getrennten Einheiten</translation>
    </message>
    <message>
        <source>Shortest moderate cardio for the short-gap note</source>
        <translation>Kürzestes moderates Cardio für den Hinweis auf kurzen Abstand</translation>
    </message>
    <message>
        <source>Gap after intense cardio within which a beginner&apos;s lifting is flagged</source>
        <translation>Abstand nach intensivem Cardio, innerhalb dessen das Krafttraining von Anfängern gemeldet wird</translation>
    </message>
    <message>
        <source>Strength sessions in 7 days above which a beginner gets a note</source>
        <translation>Krafteinheiten in 7 Tagen, über die hinaus Anfänger einen Hinweis erhalten</translation>
    </message>
    <message>
        <source>Longest strength session before a beginner gets a note</source>
        <translation>Längste Krafteinheit, bevor Anfänger einen Hinweis erhalten</translation>
    </message>
    <message>
        <source>Gap under which lifting before key cardio is flagged for endurance</source>
        <translation>Abstand, unter dem Krafttraining vor Schlüssel-Cardio bei Ausdauerziel gemeldet wird</translation>
    </message>
    <message>
        <source>Shortest moderate cardio that counts as a key endurance session</source>
        <translation>Kürzestes moderates Cardio, das als Schlüsseleinheit für Ausdauer zählt</translation>
    </message>
    <message>
        <source>Shortest cardio of any intensity that counts as a key endurance session</source>
        <translation>Kürzestes Cardio beliebiger Intensität, das als Schlüsseleinheit für Ausdauer zählt</translation>
    </message>
    <message>
        <source>Shortest cardio after which lifting should stay short for endurance</source>
        <translation>Kürzestes Cardio, nach dem das Krafttraining bei Ausdauerziel kurz bleiben sollte</translation>
    </message>
    <message>
        <source>Longest lifting after key cardio for endurance</source>
        <translation>Längstes Krafttraining nach Schlüssel-Cardio bei Ausdauerziel</translation>
    </message>
    <message>
        <source>Shortest run that counts as key cardio the day after heavy legs</source>
        <translation>Kürzester Lauf, der am Tag nach schwerem Beintraining als Schlüssel-Cardio zählt</translation>
    </message>
    <message>
        <source>Longest moderate cardio right after lifting</source>
        <translation>Längstes moderates Cardio direkt nach dem Krafttraining</translation>
    </message>
    <message>
        <source>Gap under which leg-loading cardio on heavy-leg day is a warning</source>
        <translation>Abstand, unter dem beinbelastendes Cardio am schweren Beintag eine Warnung ist</translation>
    </message>
    <message>
        <source>Shortest leg-loading cardio reported on heavy-leg day</source>
        <translation>Kürzestes beinbelastendes Cardio, das am schweren Beintag gemeldet wird</translation>
    </message>
    <message>
        <source>Smallest gap for the HIIT-before-heavy-legs note (below: leg-day rules)</source>
        <translation>Kleinster Abstand für den Hinweis „HIIT vor schwerem Beintraining“ (darunter: Regeln für den Beintag)</translation>
    </message>
    <message>
        <source>Largest gap for the note after cycling, rowing, elliptical or walking HIIT</source>
        <translation>Größter Abstand für den Hinweis nach HIIT auf dem Rad, Ruderergometer, Crosstrainer oder beim Gehen</translation>
    </message>
    <message>
        <source>Largest gap for the note after running, jumping or stair HIIT</source>
        <translation>Größter Abstand für den Hinweis nach HIIT mit Laufen, Springen oder Treppen</translation>
    </message>
    <message>
        <source>Smallest gap for the note on heavy legs before key cardio</source>
        <translation>Kleinster Abstand für den Hinweis auf schweres Beintraining vor Schlüssel-Cardio</translation>
    </message>
    <message>
        <source>Largest gap for the note on heavy legs before key cardio</source>
        <translation>Größter Abstand für den Hinweis auf schweres Beintraining vor Schlüssel-Cardio</translation>
    </message>
    <message>
        <source>Shortest HIIT that counts for dose rules</source>
        <translation>Kürzestes HIIT, das für die Regeln zur HIIT-Menge zählt</translation>
    </message>
    <message>
        <source>HIIT sessions that, within the cluster span, give a warning</source>
        <translation>HIIT-Einheiten, die innerhalb der Häufungsspanne eine Warnung ergeben</translation>
    </message>
    <message>
        <source>Span of start times within which clustered HIIT gives a warning</source>
        <translation>Spanne der Startzeiten, innerhalb derer gehäuftes HIIT eine Warnung ergibt</translation>
    </message>
    <message>
        <source>HIIT sessions in 7 days above which a warning is given</source>
        <translation>HIIT-Einheiten in 7 Tagen, über die hinaus es eine Warnung gibt</translation>
    </message>
    <message>
        <source>Consecutive days with HIIT and heavy lifting that give a warning</source>
        <translation>Aufeinanderfolgende Tage mit HIIT und schwerem Krafttraining, die eine Warnung ergeben</translation>
    </message>
    <message>
        <source>Shortest hard cardio counted per week</source>
        <translation>Kürzestes hartes Cardio, das pro Woche gezählt wird</translation>
    </message>
    <message>
        <source>Hard cardio sessions in 7 days above which a note is given</source>
        <translation>Harte Cardio-Einheiten in 7 Tagen, über die hinaus es einen Hinweis gibt</translation>
    </message>
    <message>
        <source>Longest hard cardio session for muscle or strength goals</source>
        <translation>Längste harte Cardio-Einheit bei Muskel- oder Kraftzielen</translation>
    </message>
    <message>
        <source>Fewest strength sessions in 7 days without a note</source>
        <translation>Mindestzahl an Krafteinheiten in 7 Tagen ohne Hinweis</translation>
    </message>
    <message>
        <source>Strength sessions in 7 days above which, with much hard cardio, a note is given</source>
        <translation>Krafteinheiten in 7 Tagen, über die hinaus es bei viel hartem Cardio einen Hinweis gibt</translation>
    </message>
    <message>
        <source>Hard cardio minutes in 7 days above which lifting volume should drop</source>
        <translation>Minuten hartes Cardio in 7 Tagen, über die hinaus das Krafttrainingsvolumen sinken sollte</translation>
    </message>
    <message>
        <source>Strength sessions in 7 days that, with high cardio volume, give a note</source>
        <translation>Krafteinheiten in 7 Tagen, die bei hohem Cardio-Volumen einen Hinweis ergeben</translation>
    </message>
    <message>
        <source>Heavy strength sessions among them that give the note</source>
        <translation>Schwere Krafteinheiten darunter, die den Hinweis ergeben</translation>
    </message>
    <message>
        <source>Weekly moderate-equivalent minutes suggested by health guidelines</source>
        <translation>Von Gesundheitsempfehlungen vorgeschlagene Wochenminuten (moderat-äquivalent)</translation>
    </message>
    <message>
        <source>MET from which cardio minutes count as moderate activity</source>
        <translation>MET, ab denen Cardio-Minuten als moderate Aktivität zählen</translation>
    </message>
    <message>
        <source>MET from which cardio minutes count double (vigorous)</source>
        <translation>MET, ab denen Cardio-Minuten doppelt zählen (intensiv)</translation>
    </message>
    <message>
        <source>Length of the estimated luteal phase at the end of the cycle</source>
        <translation>Länge der geschätzten Lutealphase am Ende des Zyklus</translation>
    </message>
    <message>
        <source>HRmax estimate: intercept of 208 − 0.7 × age</source>
        <translation>HFmax-Schätzung: Achsenabschnitt von 208 − 0,7 × Alter</translation>
    </message>
    <message>
        <source>HRmax estimate: slope of 208 − 0.7 × age</source>
        <translation>HFmax-Schätzung: Steigung von 208 − 0,7 × Alter</translation>
    </message>
    <message>
        <source>Upper bound of easy cardio</source>
        <translation>Obergrenze für lockeres Cardio</translation>
    </message>
    <message>
        <source>Upper bound of moderate cardio (HIIT from here)</source>
        <translation>Obergrenze für moderates Cardio (darüber HIIT)</translation>
    </message>
    <message>
        <source>Afterburn after moderate cardio, as a share of net kcal</source>
        <translation>Nachbrenneffekt nach moderatem Cardio, als Anteil der Netto-kcal</translation>
    </message>
    <message>
        <source>Afterburn after HIIT, as a share of net kcal</source>
        <translation>Nachbrenneffekt nach HIIT, als Anteil der Netto-kcal</translation>
    </message>
    <message>
        <source>Afterburn after light strength training</source>
        <translation>Nachbrenneffekt nach leichtem Krafttraining</translation>
    </message>
    <message>
        <source>Afterburn after moderate strength training</source>
        <translation>Nachbrenneffekt nach moderatem Krafttraining</translation>
    </message>
    <message>
        <source>Afterburn after heavy strength training</source>
        <translation>Nachbrenneffekt nach schwerem Krafttraining</translation>
    </message>
    <message>
        <source>Grid to which a session moved by an auto-fix is snapped (later, never earlier)</source>
        <translation>Raster, auf das eine durch eine automatische Lösung verschobene Einheit gelegt wird (später, nie früher)</translation>
    </message>
    <message>
        <source>Findings of one rule shown before the rest are summarised in one finding</source>
        <translation>Hinweise einer Regel, die gezeigt werden, bevor der Rest in einem Hinweis zusammengefasst wird</translation>
    </message>
    <message>
        <source>Later sessions each session is paired with (bounds the cost of crowded plans)</source>
        <translation>Spätere Einheiten, mit denen jede Einheit verglichen wird (begrenzt den Aufwand bei vollen Plänen)</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>findings</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>× net kcal</source>
        <translation>× Netto-kcal</translation>
    </message>
    <message>
        <source>% HRmax</source>
        <translation>% HFmax</translation>
    </message>
    <message>
        <source>bpm/year</source>
        <translation>bpm/Jahr</translation>
    </message>
    <message>
        <source>Weeks back whose heaviest week a rise in weekly load is measured from</source>
        <translation>Wochen zurück, von deren schwerster Woche aus ein Anstieg der Wochenbelastung gemessen wird</translation>
    </message>
    <message>
        <source>Rise in weekly load above which a note is given</source>
        <translation>Anstieg der Wochenbelastung, ab dem ein Hinweis kommt</translation>
    </message>
    <message>
        <source>Rise in weekly load above which a warning is given</source>
        <translation>Anstieg der Wochenbelastung, ab dem eine Warnung kommt</translation>
    </message>
    <message>
        <source>Smallest weekly load whose rise is judged</source>
        <translation>Kleinste Wochenbelastung, deren Anstieg beurteilt wird</translation>
    </message>
    <message>
        <source>Weeks in a row without a lighter week before a note is given</source>
        <translation>Wochen in Folge ohne leichtere Woche, bevor ein Hinweis kommt</translation>
    </message>
    <message>
        <source>Load below the mean of the weeks before at which a week counts as lighter</source>
        <translation>Belastung unter dem Mittel der Wochen davor, ab der eine Woche als leichter gilt</translation>
    </message>
</context>
<context>
    <name>ordo::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>ordo::TemplateCommands</name>
    <message>
        <source>&amp;Name in the palette:</source>
        <translation>&amp;Name in der Palette:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Save Session as Template</source>
        <translation>Einheit als Vorlage speichern</translation>
    </message>
    <message>
        <source>Saved “%1” as a template in the palette (My templates).</source>
        <translation>„%1“ als Vorlage in der Palette gespeichert (Meine Vorlagen).</translation>
    </message>
    <message>
        <source>Rename Template</source>
        <translation>Vorlage umbenennen</translation>
    </message>
    <message>
        <source>Renamed the template “%1” to “%2”.</source>
        <translation>Vorlage „%1“ in „%2“ umbenannt.</translation>
    </message>
    <message>
        <source>Removed the template “%1”.</source>
        <translation>Vorlage „%1“ entfernt.</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Save Session as Te&amp;mplate…</source>
        <translation>Einheit als &amp;Vorlage speichern…</translation>
    </message>
</context>
<context>
    <name>ordo::ViewCommands</name>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Woche</translation>
    </message>
    <message>
        <source>&amp;Season Overview</source>
        <translation>&amp;Saisonübersicht</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Fit Visible Hours</source>
        <translation>Sichtbare Stunden &amp;einpassen</translation>
    </message>
    <message>
        <source>&amp;Previous Week</source>
        <translation>V&amp;orherige Woche</translation>
    </message>
    <message>
        <source>&amp;Next Week</source>
        <translation>&amp;Nächste Woche</translation>
    </message>
    <message>
        <source>One week, hour by hour</source>
        <translation>Eine Woche, Stunde für Stunde</translation>
    </message>
    <message>
        <source>Every week of the plan, one row each</source>
        <translation>Alle Wochen des Plans, eine Zeile je Woche</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Season</source>
        <translation>Saison</translation>
    </message>
    <message>
        <source>Week %1 of %2</source>
        <translation>Woche %1 von %2</translation>
    </message>
    <message>
        <source>Week %1 · %2</source>
        <translation>Woche %1 · %2</translation>
    </message>
    <message>
        <source>Go to &amp;Today</source>
        <translation>&amp;Heute anzeigen</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Open the week that holds today, %1</source>
        <translation>Die Woche mit dem heutigen Tag öffnen, %1</translation>
    </message>
    <message>
        <source>The plan has no start date: give it one in the plan inspector to see its weeks as dates</source>
        <translation>Der Plan hat kein Startdatum: Geben Sie ihm eines in den Eigenschaften des Plans, um seine Wochen als Daten zu sehen</translation>
    </message>
    <message>
        <source>Today is before the plan, which starts on %1</source>
        <translation>Heute liegt vor dem Plan, der am %1 beginnt</translation>
    </message>
    <message>
        <source>Today is after the plan, which ended on %1</source>
        <translation>Heute liegt nach dem Plan, der am %1 endete</translation>
    </message>
    <message>
        <source>Best-Slot &amp;Hints</source>
        <translation>&amp;Beste Zeiten zeigen</translation>
    </message>
    <message>
        <source>While you drag a session, tint the week by where it fits best</source>
        <translation>Färbt beim Ziehen einer Einheit die Woche danach, wo sie am besten passt</translation>
    </message>
</context>
<context>
    <name>ordo::WeekClipboard</name>
    <message>
        <source>Week %1, %2</source>
        <translation>Woche %1, %2</translation>
    </message>
</context>
<context>
    <name>ordo::WeekCommands</name>
    <message>
        <source>&amp;New Session…</source>
        <translation>&amp;Neue Einheit…</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>E&amp;infügen</translation>
    </message>
    <message>
        <source>Copy &amp;Week</source>
        <translation>Wo&amp;che kopieren</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Alles a&amp;uswählen</translation>
    </message>
    <message>
        <source>Add a session at the selected time without dragging</source>
        <translation>Eine Einheit zur gewählten Zeit hinzufügen, ohne zu ziehen</translation>
    </message>
    <message>
        <source>Copy every session of the selected day</source>
        <translation>Alle Einheiten des gewählten Tages kopieren</translation>
    </message>
    <message>
        <source>Copy every session of the shown week, to paste into another week</source>
        <translation>Alle Einheiten der angezeigten Woche kopieren, um sie in eine andere Woche einzufügen</translation>
    </message>
    <message>
        <source>Cop&amp;y Day</source>
        <translation>&amp;Tag kopieren</translation>
    </message>
    <message>
        <source>Make %1 Available Again This Week</source>
        <translation>%1 diese Woche wieder verfügbar machen</translation>
    </message>
    <message>
        <source>Mark %1 Not Available This Week</source>
        <translation>%1 diese Woche als nicht verfügbar markieren</translation>
    </message>
</context>
<context>
    <name>ordo::WeekEdits</name>
    <message numerus="yes">
        <source>%1 (deletes %n sessions)</source>
        <translation>
            <numerusform>%1 (löscht %n Einheit)</numerusform>
            <numerusform>%1 (löscht %n Einheiten)</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy week %1 to week %2</source>
        <translation>Woche %1 in Woche %2 kopieren</translation>
    </message>
    <message numerus="yes">
        <source>Copy week %1 to %n weeks</source>
        <translation>
            <numerusform>Woche %1 in %n Woche kopieren</numerusform>
            <numerusform>Woche %1 in %n Wochen kopieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicate week %1</source>
        <translation>Woche %1 duplizieren</translation>
    </message>
    <message>
        <source>Duplicate weeks %1–%2</source>
        <translation>Wochen %1–%2 duplizieren</translation>
    </message>
    <message numerus="yes">
        <source>Insert %n empty weeks before week 1</source>
        <translation>
            <numerusform>%n leere Woche vor Woche 1 einfügen</numerusform>
            <numerusform>%n leere Wochen vor Woche 1 einfügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Insert %n empty weeks after week %1</source>
        <translation>
            <numerusform>%n leere Woche nach Woche %1 einfügen</numerusform>
            <numerusform>%n leere Wochen nach Woche %1 einfügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete week %1</source>
        <translation>Woche %1 löschen</translation>
    </message>
    <message>
        <source>Delete weeks %1–%2</source>
        <translation>Wochen %1–%2 löschen</translation>
    </message>
    <message>
        <source>Move week %1 up</source>
        <translation>Woche %1 nach oben verschieben</translation>
    </message>
    <message>
        <source>Move weeks %1–%2 up</source>
        <translation>Wochen %1–%2 nach oben verschieben</translation>
    </message>
    <message>
        <source>Move week %1 down</source>
        <translation>Woche %1 nach unten verschieben</translation>
    </message>
    <message>
        <source>Move weeks %1–%2 down</source>
        <translation>Wochen %1–%2 nach unten verschieben</translation>
    </message>
    <message>
        <source>Clear week %1</source>
        <translation>Woche %1 leeren</translation>
    </message>
    <message>
        <source>Clear weeks %1–%2</source>
        <translation>Wochen %1–%2 leeren</translation>
    </message>
    <message>
        <source>Clear the phase of week %1</source>
        <translation>Phase der Woche %1 entfernen</translation>
    </message>
    <message>
        <source>Clear the phase of weeks %1–%2</source>
        <translation>Phase der Wochen %1–%2 entfernen</translation>
    </message>
    <message>
        <source>Mark week %1 as “%2”</source>
        <translation>Woche %1 als „%2“ markieren</translation>
    </message>
    <message>
        <source>Mark weeks %1–%2 as “%3”</source>
        <translation>Wochen %1–%2 als „%3“ markieren</translation>
    </message>
    <message>
        <source>Generate a deload week after week %1 (%2 % less volume)</source>
        <translation>Entlastungswoche nach Woche %1 erzeugen (%2 % weniger Umfang)</translation>
    </message>
    <message numerus="yes">
        <source>Fill week %1 with a rotation (%n sessions)</source>
        <translation>
            <numerusform>Woche %1 mit einer Rotation füllen (%n Einheit)</numerusform>
            <numerusform>Woche %1 mit einer Rotation füllen (%n Einheiten)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fill weeks %1–%2 with a rotation (%n sessions)</source>
        <translation>
            <numerusform>Wochen %1–%2 mit einer Rotation füllen (%n Einheit)</numerusform>
            <numerusform>Wochen %1–%2 mit einer Rotation füllen (%n Einheiten)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ordo::WeekPainter</name>
    <message>
        <source>rest day</source>
        <translation>Ruhetag</translation>
    </message>
    <message>
        <source>load %1</source>
        <translation>Last %1</translation>
    </message>
</context>
<context>
    <name>ordo::WeekView</name>
    <message>
        <source>Week calendar</source>
        <translation>Wochenkalender</translation>
    </message>
    <message>
        <source>Drag a session from the palette onto the week, or double-click free time.
With the keyboard: Insert adds a session; Enter adds the template chosen in the palette.</source>
        <translation>Ziehen Sie eine Einheit aus der Palette auf die Woche oder doppelklicken Sie auf freie Zeit.
Mit der Tastatur: Einfg fügt eine Einheit hinzu; die Eingabetaste fügt die in der Palette gewählte Vorlage hinzu.</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Woche %1</translation>
    </message>
</context>
<context>
    <name>ordo::WeeklyLoadChart</name>
    <message>
        <source>Strength</source>
        <translation>Kraft</translation>
    </message>
    <message>
        <source>Cardio</source>
        <translation>Cardio</translation>
    </message>
    <message>
        <source>4-week mean</source>
        <translation>Mittel über 4 Wochen</translation>
    </message>
    <message>
        <source>Steep rise (warning)</source>
        <translation>Steiler Anstieg (Warnung)</translation>
    </message>
    <message>
        <source>Steep rise (note)</source>
        <translation>Steiler Anstieg (Hinweis)</translation>
    </message>
    <message>
        <source>Load (RPE × min)</source>
        <translation>Belastung (RPE × min)</translation>
    </message>
    <message>
        <source>Training load per week, with the mean of the last 4 weeks</source>
        <translation>Trainingsbelastung pro Woche, mit dem Mittel der letzten 4 Wochen</translation>
    </message>
    <message>
        <source>Load per week</source>
        <translation>Belastung pro Woche</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Woche %1</translation>
    </message>
    <message>
        <source>Load %1 RPE × min (strength %2, cardio %3)</source>
        <translation>Belastung %1 RPE × min (Kraft %2, Cardio %3)</translation>
    </message>
    <message>
        <source>Mean of the last 4 weeks: %1 RPE × min</source>
        <translation>Mittel der letzten 4 Wochen: %1 RPE × min</translation>
    </message>
</context>
<context>
    <name>ordo::WhenText</name>
    <message>
        <source>%1 AM</source>
        <translation>%1 AM</translation>
    </message>
    <message>
        <source>%1 PM</source>
        <translation>%1 PM</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Woche %1</translation>
    </message>
</context>
<context>
    <name>ordo::WrittenNotice</name>
    <message>
        <source>Open Folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Show %1 in the file manager</source>
        <translation>%1 in der Dateiverwaltung zeigen</translation>
    </message>
</context>
<context>
    <name>ordo::cli</name>
    <message>
        <source>cannot write the output</source>
        <translation>die Ausgabe kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>exists; add --force to replace it</source>
        <translation>existiert bereits; mit --force wird sie ersetzt</translation>
    </message>
    <message>
        <source> (the commands are: %1)</source>
        <translation> (die Befehle sind: %1)</translation>
    </message>
    <message>
        <source>no display</source>
        <translation>keine Anzeige</translation>
    </message>
    <message>
        <source>set DISPLAY or WAYLAND_DISPLAY, or use a command such as &apos;ordo check&apos; (see &apos;ordo --help&apos;)</source>
        <translation>setzen Sie DISPLAY oder WAYLAND_DISPLAY, oder verwenden Sie einen Befehl wie „ordo check“ (siehe „ordo --help“)</translation>
    </message>
    <message>
        <source>Try &apos;ordo --help&apos;.</source>
        <translation>Siehe „ordo --help“.</translation>
    </message>
    <message>
        <source>Ordo is a weekly planner for people who combine strength training with cardio. Its desktop app places sessions on a week calendar and checks the plan while you edit it: cardio that may blunt a nearby lifting session, crowded heavy leg days, missing rest days and the weekly load. Each finding explains why and offers a fix.</source>
        <translation>Ordo ist ein Wochenplaner für alle, die Krafttraining mit Cardio verbinden. Die Desktop-App setzt Einheiten in einen Wochenkalender und prüft den Plan schon beim Bearbeiten: Cardio, das eine nahe Krafteinheit abschwächen kann, überladene schwere Beintage, fehlende Ruhetage und die Wochenbelastung. Jeder Hinweis erklärt, warum, und bietet eine Lösung an.</translation>
    </message>
    <message>
        <source>The commands check, validate, export, templates and new do the same from scripts, without a display. Each takes --help. Options may come before or after the arguments; an option&apos;s value follows it as the next word or after =, as in --page-size=Letter; -- ends the options.</source>
        <translation>Die Befehle check, validate, export, templates und new tun dasselbe aus Skripten, ohne Anzeige. Jeder nimmt --help. Optionen dürfen vor oder nach den Argumenten stehen; der Wert einer Option folgt als nächstes Wort oder nach =, wie in --page-size=Letter; -- beendet die Optionen.</translation>
    </message>
    <message>
        <source>A PLAN is a path to a plan file (.ordo, UTF-8 JSON), - to read the plan from standard input, or template:NAME for one of the built-in plans:</source>
        <translation>Ein PLAN ist ein Pfad zu einer Plandatei (.ordo, UTF-8-JSON), - zum Lesen des Plans aus der Standardeingabe oder template:NAME für einen der eingebauten Pläne:</translation>
    </message>
    <message>
        <source>Errors go to standard error, one line each, as ordo: FILE: WHERE: WHAT. A usage error prints ordo: WHAT and a line pointing at --help.</source>
        <translation>Fehler gehen in die Standardfehlerausgabe, je eine Zeile, als ordo: FILE: WHERE: WHAT. Ein Aufruffehler gibt ordo: WHAT und eine Zeile mit Verweis auf --help aus.</translation>
    </message>
    <message>
        <source>The plan format, the rules and the command line are described in the documentation that comes with the source (docs/).</source>
        <translation>Das Planformat, die Regeln und die Befehlszeile sind in der Dokumentation beschrieben, die mit dem Quelltext kommt (docs/).</translation>
    </message>
    <message>
        <source>--pdf needs an output file</source>
        <translation>--pdf braucht eine Ausgabedatei</translation>
    </message>
    <message>
        <source>--ics needs an output file</source>
        <translation>--ics braucht eine Ausgabedatei</translation>
    </message>
    <message>
        <source>--page-size must be A4 or Letter, not &apos;%1&apos;</source>
        <translation>--page-size muss A4 oder Letter sein, nicht „%1“</translation>
    </message>
    <message>
        <source>--orientation must be portrait or landscape, not &apos;%1&apos;</source>
        <translation>--orientation muss portrait oder landscape sein, nicht „%1“</translation>
    </message>
    <message>
        <source>--week needs a week number from 1</source>
        <translation>--week braucht eine Wochennummer ab 1</translation>
    </message>
    <message>
        <source>--start-date needs a date as YYYY-MM-DD, or today</source>
        <translation>--start-date braucht ein Datum als YYYY-MM-DD oder today</translation>
    </message>
    <message>
        <source>--weeks needs a number of weeks from 1 to 520</source>
        <translation>--weeks braucht eine Anzahl von Wochen von 1 bis 520</translation>
    </message>
    <message>
        <source>--until needs a date as YYYY-MM-DD</source>
        <translation>--until braucht ein Datum als YYYY-MM-DD</translation>
    </message>
    <message>
        <source>--alarm needs a number of minutes from 0 to 1440</source>
        <translation>--alarm braucht eine Anzahl von Minuten von 0 bis 1440</translation>
    </message>
    <message>
        <source>export needs --pdf OUT.pdf or --ics OUT.ics</source>
        <translation>export braucht --pdf OUT.pdf oder --ics OUT.ics</translation>
    </message>
    <message>
        <source>--pdf - and --ics - cannot both write to standard output</source>
        <translation>--pdf - und --ics - können nicht beide in die Standardausgabe schreiben</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the plan itself; choose another output</source>
        <translation>„%1“ ist der Plan selbst; wählen Sie eine andere Ausgabe</translation>
    </message>
    <message>
        <source>--pdf and --ics name the same file</source>
        <translation>--pdf und --ics nennen dieselbe Datei</translation>
    </message>
    <message>
        <source>--week and --all-weeks exclude each other</source>
        <translation>--week und --all-weeks schließen einander aus</translation>
    </message>
    <message>
        <source>--weeks and --until exclude each other</source>
        <translation>--weeks und --until schließen einander aus</translation>
    </message>
    <message>
        <source>--until must not be before --start-date</source>
        <translation>--until darf nicht vor --start-date liegen</translation>
    </message>
    <message>
        <source>--start-date, --weeks, --until, --alarm and --busy-only belong to --ics</source>
        <translation>--start-date, --weeks, --until, --alarm und --busy-only gehören zu --ics</translation>
    </message>
    <message>
        <source>could not create the PDF</source>
        <translation>das PDF konnte nicht erstellt werden</translation>
    </message>
    <message>
        <source>Wrote %1 (pages: %2)</source>
        <translation>%1 geschrieben (Seiten: %2)</translation>
    </message>
    <message>
        <source>sessions before the start date were left out: %1</source>
        <translation>Einheiten vor dem Startdatum wurden ausgelassen: %1</translation>
    </message>
    <message>
        <source>Wrote %1 (events: %2)</source>
        <translation>%1 geschrieben (Termine: %2)</translation>
    </message>
    <message>
        <source>Exit codes: %1.</source>
        <translation>Rückgabewerte: %1.</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Aufruf:</translation>
    </message>
    <message>
        <source>Options of the app:</source>
        <translation>Optionen der App:</translation>
    </message>
    <message>
        <source>PLAN is a path, - for standard input, or template:NAME for a built-in plan.</source>
        <translation>PLAN ist ein Pfad, - für die Standardeingabe oder template:NAME für einen eingebauten Plan.</translation>
    </message>
    <message>
        <source>Run &apos;ordo COMMAND --help&apos; for the options of a command, &apos;man ordo&apos; for the manual.</source>
        <translation>„ordo BEFEHL --help“ zeigt die Optionen eines Befehls, „man ordo“ das Handbuch.</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumente:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>a plan file, - for standard input, or template:NAME for a built-in plan</source>
        <translation>eine Plandatei, - für die Standardeingabe oder template:NAME für einen eingebauten Plan</translation>
    </message>
    <message>
        <source>show this help and exit</source>
        <translation>diese Hilfe zeigen und beenden</translation>
    </message>
    <message>
        <source>write the texts in this language instead of the system&apos;s: en, de, fr or es</source>
        <translation>die Texte in dieser Sprache statt der des Systems schreiben: en, de, fr oder es</translation>
    </message>
    <message>
        <source>--lang needs one of en, de, fr or es</source>
        <translation>--lang braucht en, de, fr oder es</translation>
    </message>
    <message>
        <source>open the app, optionally with a plan file</source>
        <translation>die App öffnen, wahlweise mit einer Plandatei</translation>
    </message>
    <message>
        <source>Without a command, Ordo starts the desktop app and opens PLAN if one is given. The app needs a display; the commands below do not.</source>
        <translation>Ohne Befehl startet Ordo die Desktop-App und öffnet PLAN, falls angegeben. Die App braucht eine Anzeige, die Befehle unten nicht.</translation>
    </message>
    <message>
        <source>Qt&apos;s own options, such as -platform NAME and -style NAME, are accepted too.</source>
        <translation>Auch die Optionen von Qt selbst, etwa -platform NAME und -style NAME, werden angenommen.</translation>
    </message>
    <message>
        <source>open PLAN, save a picture of the main window to FILE.png and exit (without a display, on Qt&apos;s offscreen platform)</source>
        <translation>PLAN öffnen, ein Bild des Hauptfensters in FILE.png speichern und beenden (ohne Anzeige, auf der Offscreen-Plattform von Qt)</translation>
    </message>
    <message>
        <source>--screenshot needs a file name</source>
        <translation>--screenshot braucht einen Dateinamen</translation>
    </message>
    <message>
        <source>print the milliseconds to the first paint as JSON and exit (used by the benchmarks)</source>
        <translation>die Millisekunden bis zum ersten Zeichnen als JSON ausgeben und beenden (für die Benchmarks)</translation>
    </message>
    <message>
        <source>print the version and exit</source>
        <translation>die Version ausgeben und beenden</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>unbekannte Option %1</translation>
    </message>
    <message>
        <source>%1 takes no value</source>
        <translation>%1 nimmt keinen Wert</translation>
    </message>
    <message>
        <source>more than one plan given (%1)</source>
        <translation>mehr als ein Plan angegeben (%1)</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>analyse a plan and print its findings</source>
        <translation>einen Plan analysieren und seine Hinweise ausgeben</translation>
    </message>
    <message>
        <source>Analyses the plan and prints one line per finding, most severe first, then by time: the severity, the rule, the day, start and title of the first session it concerns, the message, the suggested fix and the related rules. A weekly summary follows (the average week for a plan of several weeks).</source>
        <translation>Analysiert den Plan und gibt eine Zeile pro Hinweis aus, die schwersten zuerst, dann nach Zeit: Schweregrad, Regel, Tag, Beginn und Titel der ersten betroffenen Einheit, Meldung, Lösungsvorschlag und verwandte Regeln. Es folgt eine Wochenübersicht (bei Plänen über mehrere Wochen die Durchschnittswoche).</translation>
    </message>
    <message>
        <source>print one JSON object instead: the findings, every day of every week and the summary</source>
        <translation>stattdessen ein JSON-Objekt ausgeben: die Hinweise, jeden Tag jeder Woche und die Übersicht</translation>
    </message>
    <message>
        <source>exit 1 if a warning or critical finding remains</source>
        <translation>mit 1 beenden, wenn eine Warnung oder ein kritischer Hinweis bleibt</translation>
    </message>
    <message>
        <source>check: unknown option %1</source>
        <translation>check: unbekannte Option %1</translation>
    </message>
    <message>
        <source>check: %1 takes no value</source>
        <translation>check: %1 nimmt keinen Wert</translation>
    </message>
    <message>
        <source>check: missing PLAN</source>
        <translation>check: PLAN fehlt</translation>
    </message>
    <message>
        <source>check: more than one plan given</source>
        <translation>check: mehr als ein Plan angegeben</translation>
    </message>
    <message>
        <source>parse and validate only</source>
        <translation>nur einlesen und prüfen</translation>
    </message>
    <message>
        <source>Reads the plan exactly as the app would and prints nothing when it is valid. An invalid plan prints every error found, up to 50, one per line.</source>
        <translation>Liest den Plan genau wie die App und gibt nichts aus, wenn er gültig ist. Bei einem ungültigen Plan wird jeder gefundene Fehler ausgegeben, bis zu 50, einer pro Zeile.</translation>
    </message>
    <message>
        <source>validate: unknown option %1</source>
        <translation>validate: unbekannte Option %1</translation>
    </message>
    <message>
        <source>validate: %1 takes no value</source>
        <translation>validate: %1 nimmt keinen Wert</translation>
    </message>
    <message>
        <source>validate takes exactly one PLAN</source>
        <translation>validate nimmt genau einen PLAN</translation>
    </message>
    <message>
        <source>write the plan as a PDF or as an iCalendar file</source>
        <translation>den Plan als PDF oder als iCalendar-Datei schreiben</translation>
    </message>
    <message>
        <source>write a PDF to OUT.pdf, or to standard output for -</source>
        <translation>ein PDF nach OUT.pdf schreiben, bei - in die Standardausgabe</translation>
    </message>
    <message>
        <source>the PDF&apos;s paper size (default A4)</source>
        <translation>das Papierformat des PDF (Standard A4)</translation>
    </message>
    <message>
        <source>--page-size needs A4 or Letter</source>
        <translation>--page-size braucht A4 oder Letter</translation>
    </message>
    <message>
        <source>the PDF&apos;s page orientation (default portrait)</source>
        <translation>die Seitenausrichtung des PDF (Standard portrait)</translation>
    </message>
    <message>
        <source>--orientation needs portrait or landscape</source>
        <translation>--orientation braucht portrait oder landscape</translation>
    </message>
    <message>
        <source>put only week N of the plan in the PDF, counting from 1</source>
        <translation>nur Woche N des Plans ins PDF aufnehmen, gezählt ab 1</translation>
    </message>
    <message>
        <source>put every week of the plan in the PDF (the default)</source>
        <translation>jede Woche des Plans ins PDF aufnehmen (Standard)</translation>
    </message>
    <message>
        <source>write an iCalendar file to OUT.ics, or to standard output for -</source>
        <translation>eine iCalendar-Datei nach OUT.ics schreiben, bei - in die Standardausgabe</translation>
    </message>
    <message>
        <source>repeat a repeating plan for N weeks, 1 to 520 (default 12)</source>
        <translation>einen sich wiederholenden Plan N Wochen lang wiederholen, 1 bis 520 (Standard 12)</translation>
    </message>
    <message>
        <source>repeat a repeating plan until this day instead</source>
        <translation>einen sich wiederholenden Plan stattdessen bis zu diesem Tag wiederholen</translation>
    </message>
    <message>
        <source>remind MIN minutes before every session, 0 (at the start) to 1440</source>
        <translation>MIN Minuten vor jeder Einheit erinnern, 0 (zu Beginn) bis 1440</translation>
    </message>
    <message>
        <source>only busy time, for a work or shared calendar: every session is titled Training, with no details</source>
        <translation>nur belegte Zeit, für einen beruflichen oder geteilten Kalender: Jede Einheit heißt Training, ohne Details</translation>
    </message>
    <message>
        <source>export: unknown option &apos;%1&apos;</source>
        <translation>export: unbekannte Option „%1“</translation>
    </message>
    <message>
        <source>export: %1 takes no value</source>
        <translation>export: %1 nimmt keinen Wert</translation>
    </message>
    <message>
        <source>export needs a PLAN</source>
        <translation>export braucht einen PLAN</translation>
    </message>
    <message>
        <source>export takes one PLAN, got another: &apos;%1&apos;</source>
        <translation>export nimmt einen PLAN, erhielt einen weiteren: „%1“</translation>
    </message>
    <message>
        <source>list the built-in plans</source>
        <translation>die eingebauten Pläne auflisten</translation>
    </message>
    <message>
        <source>Prints one line per built-in plan and nothing else: its NAME (usable as template:NAME and with ordo new), a tab, and its title.</source>
        <translation>Gibt eine Zeile pro eingebautem Plan aus und sonst nichts: seinen NAME (verwendbar als template:NAME und mit ordo new), einen Tabulator und seinen Titel.</translation>
    </message>
    <message>
        <source>templates: unknown option %1</source>
        <translation>templates: unbekannte Option %1</translation>
    </message>
    <message>
        <source>templates: %1 takes no value</source>
        <translation>templates: %1 nimmt keinen Wert</translation>
    </message>
    <message>
        <source>templates takes no arguments</source>
        <translation>templates nimmt keine Argumente</translation>
    </message>
    <message>
        <source>write a built-in plan to a file</source>
        <translation>einen eingebauten Plan in eine Datei schreiben</translation>
    </message>
    <message>
        <source>Writes the built-in plan TEMPLATE, a NAME that ordo templates lists (with or without template:), to the file OUT.ordo, to edit it from there. An existing OUT.ordo is kept unless --force is given.</source>
        <translation>Schreibt den eingebauten Plan TEMPLATE, einen NAME, den ordo templates auflistet (mit oder ohne template:), in die Datei OUT.ordo, um ihn dort zu bearbeiten. Eine vorhandene OUT.ordo bleibt erhalten, außer mit --force.</translation>
    </message>
    <message>
        <source>the NAME of a built-in plan</source>
        <translation>der NAME eines eingebauten Plans</translation>
    </message>
    <message>
        <source>the plan file to write</source>
        <translation>die zu schreibende Plandatei</translation>
    </message>
    <message>
        <source>replace OUT.ordo if it exists</source>
        <translation>OUT.ordo ersetzen, falls vorhanden</translation>
    </message>
    <message>
        <source>new: unknown option %1</source>
        <translation>new: unbekannte Option %1</translation>
    </message>
    <message>
        <source>new: %1 takes no value</source>
        <translation>new: %1 nimmt keinen Wert</translation>
    </message>
    <message>
        <source>new takes TEMPLATE and OUT.ordo</source>
        <translation>new nimmt TEMPLATE und OUT.ordo</translation>
    </message>
    <message>
        <source>show the help of the app or of a command</source>
        <translation>die Hilfe der App oder eines Befehls zeigen</translation>
    </message>
    <message>
        <source>The same as ordo --help, or as ordo COMMAND --help.</source>
        <translation>Dasselbe wie ordo --help oder ordo COMMAND --help.</translation>
    </message>
    <message>
        <source>help: unknown option %1</source>
        <translation>help: unbekannte Option %1</translation>
    </message>
    <message>
        <source>help: %1 takes no value</source>
        <translation>help: %1 nimmt keinen Wert</translation>
    </message>
    <message>
        <source>help: no command named &apos;%1&apos;</source>
        <translation>help: kein Befehl namens „%1“</translation>
    </message>
    <message>
        <source>0 done</source>
        <translation>0 fertig</translation>
    </message>
    <message>
        <source>Done. For check: the analysis ran, whatever it found.</source>
        <translation>Fertig. Bei check: Die Analyse lief, was auch immer sie fand.</translation>
    </message>
    <message>
        <source>2 usage error</source>
        <translation>2 Aufruffehler</translation>
    </message>
    <message>
        <source>Usage error: an unknown option, a missing or extra argument, a bad value, or options that exclude each other. Nothing was read or written.</source>
        <translation>Aufruffehler: eine unbekannte Option, ein fehlendes oder überzähliges Argument, ein ungültiger Wert oder Optionen, die einander ausschließen. Nichts wurde gelesen oder geschrieben.</translation>
    </message>
    <message>
        <source>3 plan unreadable or invalid</source>
        <translation>3 Plan unlesbar oder ungültig</translation>
    </message>
    <message>
        <source>The plan could not be read or is invalid; each error line says where.</source>
        <translation>Der Plan konnte nicht gelesen werden oder ist ungültig; jede Fehlerzeile sagt, wo.</translation>
    </message>
    <message>
        <source>4 output could not be written</source>
        <translation>4 Ausgabe nicht schreibbar</translation>
    </message>
    <message>
        <source>The output could not be written: the disk is full, the folder is not writable, standard output is closed or full, the target is not a regular file, or it exists and ordo new was not given --force. An existing file is left as it was.</source>
        <translation>Die Ausgabe konnte nicht geschrieben werden: Die Festplatte ist voll, der Ordner ist nicht beschreibbar, die Standardausgabe ist geschlossen oder voll, das Ziel ist keine normale Datei, oder es existiert und ordo new wurde ohne --force aufgerufen. Eine vorhandene Datei bleibt unverändert.</translation>
    </message>
    <message>
        <source>The display the app opens its window on. Without either, and without QT_QPA_PLATFORM, the app exits with status 1; the commands need neither.</source>
        <translation>Die Anzeige, auf der die App ihr Fenster öffnet. Ohne beide und ohne QT_QPA_PLATFORM endet die App mit Status 1; die Befehle brauchen keine davon.</translation>
    </message>
    <message>
        <source>Qt&apos;s window system plug-in. export and --screenshot use offscreen when it is unset and there is no display.</source>
        <translation>Das Fenstersystem-Plug-in von Qt. export und --screenshot verwenden offscreen, wenn es nicht gesetzt ist und keine Anzeige vorhanden ist.</translation>
    </message>
    <message>
        <source>The language of the texts (English, German, French or Spanish; --lang and the app&apos;s Language preference override it) and the local conventions of dates and numbers.</source>
        <translation>Die Sprache der Texte (Englisch, Deutsch, Französisch oder Spanisch; --lang und die Spracheinstellung der App haben Vorrang) und die örtlichen Konventionen für Datum und Zahlen.</translation>
    </message>
    <message>
        <source>Where the settings are kept (default ~/.config).</source>
        <translation>Wo die Einstellungen liegen (Standard ~/.config).</translation>
    </message>
    <message>
        <source>Where autosaved plans are kept (default ~/.local/share).</source>
        <translation>Wo automatisch gesicherte Pläne liegen (Standard ~/.local/share).</translation>
    </message>
    <message>
        <source>The app&apos;s settings: preferences, recent files, window layout and your own session templates.</source>
        <translation>Die Einstellungen der App: Präferenzen, zuletzt geöffnete Dateien, Fensteranordnung und Ihre eigenen Einheitenvorlagen.</translation>
    </message>
    <message>
        <source>Unsaved changes, written every 30 seconds and removed when the plan is saved or closed; after a crash the next start offers to restore them.</source>
        <translation>Ungespeicherte Änderungen, alle 30 Sekunden geschrieben und entfernt, wenn der Plan gespeichert oder geschlossen wird; nach einem Absturz bietet der nächste Start an, sie wiederherzustellen.</translation>
    </message>
    <message>
        <source>Plan files: UTF-8 JSON of the MIME type application/x-ordo-plan, at most 4 MiB.</source>
        <translation>Plandateien: UTF-8-JSON vom MIME-Typ application/x-ordo-plan, höchstens 4 MiB.</translation>
    </message>
    <message>
        <source>List the built-in plans.</source>
        <translation>Die eingebauten Pläne auflisten.</translation>
    </message>
    <message>
        <source>Analyse a built-in plan; exit 1 if it has a warning or critical finding.</source>
        <translation>Einen eingebauten Plan analysieren; mit 1 beenden, wenn er eine Warnung oder einen kritischen Hinweis hat.</translation>
    </message>
    <message>
        <source>Print the rule of every finding with jq.</source>
        <translation>Die Regel jedes Hinweises mit jq ausgeben.</translation>
    </message>
    <message>
        <source>Start your own plan from a built-in one.</source>
        <translation>Einen eigenen Plan aus einem eingebauten beginnen.</translation>
    </message>
    <message>
        <source>Write week 2 as a PDF on US Letter paper.</source>
        <translation>Woche 2 als PDF auf US-Letter-Papier schreiben.</translation>
    </message>
    <message>
        <source>Write the plan as calendar events from 5 January 2026 to standard output.</source>
        <translation>Den Plan als Kalendertermine ab dem 5. Januar 2026 in die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>Write only busy time from today on, for a work calendar.</source>
        <translation>Ab heute nur belegte Zeit schreiben, für einen beruflichen Kalender.</translation>
    </message>
    <message>
        <source>--week %1: the plan&apos;s last week is %2</source>
        <translation>--week %1: Die letzte Woche des Plans ist %2</translation>
    </message>
    <message>
        <source>the plan has no anchor date (&quot;anchorDate&quot;, the Monday of its first week), so calendar dates cannot be placed on its weeks</source>
        <translation>der Plan hat kein Bezugsdatum („anchorDate“, der Montag seiner ersten Woche), daher lassen sich Kalenderdaten nicht seinen Wochen zuordnen</translation>
    </message>
    <message>
        <source>  %1: %2 → %3</source>
        <translation>  %1: %2 → %3</translation>
    </message>
    <message>
        <source>Score: %1 → %2</source>
        <translation>Bewertung: %1 → %2</translation>
    </message>
    <message>
        <source>Why it remains: %1</source>
        <translation>Warum es bleibt: %1</translation>
    </message>
    <message>
        <source>arrange: --week and --all exclude each other</source>
        <translation>arrange: --week und --all schließen sich aus</translation>
    </message>
    <message>
        <source>--seed needs a whole number from 0 to 4294967295</source>
        <translation>--seed braucht eine ganze Zahl von 0 bis 4294967295</translation>
    </message>
    <message>
        <source>-o needs an output file</source>
        <translation>-o braucht eine Ausgabedatei</translation>
    </message>
    <message>
        <source>arrange: --dry-run and -o exclude each other</source>
        <translation>arrange: --dry-run und -o schließen sich aus</translation>
    </message>
    <message numerus="yes">
        <source>the plan has %n weeks; there is no week %1</source>
        <translation>
            <numerusform>der Plan hat %n Woche; es gibt keine Woche %1</numerusform>
            <numerusform>der Plan hat %n Wochen; es gibt keine Woche %1</numerusform>
        </translation>
    </message>
    <message>
        <source>move sessions to better times</source>
        <translation>Einheiten zu besseren Zeiten verschieben</translation>
    </message>
    <message>
        <source>Moves sessions to the times where the analysis finds the least wrong with the week: every critical finding costs 100, a warning 10, an info 1, a session outside the available times 1,000, and each minute and day a session moves a little, so the plan stays close to yours. Locked sessions stay, a warm-up or cool-down moves with its lift, sessions stay in their week, and durations, kinds and intensities never change. The same plan and seed give the same result. Without -o, --dry-run or --json the arranged plan goes to standard output and what remains to standard error.</source>
        <translation>Verschiebt Einheiten zu den Zeiten, an denen die Analyse am wenigsten an der Woche auszusetzen hat: Jeder kritische Hinweis kostet 100, eine Warnung 10, eine Info 1, eine Einheit außerhalb der verfügbaren Zeiten 1.000, und jede Minute und jeder Tag, um die eine Einheit verschoben wird, ein wenig, damit der Plan nah an Ihrem bleibt. Fixierte Einheiten bleiben, ein Auf- oder Abwärmen wandert mit seinem Krafttraining, Einheiten bleiben in ihrer Woche, und Dauer, Art und Intensität ändern sich nie. Derselbe Plan mit demselben Startwert ergibt dasselbe Ergebnis. Ohne -o, --dry-run oder --json geht der angeordnete Plan auf die Standardausgabe und was bleibt auf die Standardfehlerausgabe.</translation>
    </message>
    <message>
        <source>treat the events of an iCalendar file as busy time (the plan needs an anchor date)</source>
        <translation>die Termine einer iCalendar-Datei als belegte Zeit behandeln (der Plan braucht ein Bezugsdatum)</translation>
    </message>
    <message>
        <source>--busy needs an iCalendar file</source>
        <translation>--busy braucht eine iCalendar-Datei</translation>
    </message>
    <message>
        <source>arrange only week N, counting from 1</source>
        <translation>nur Woche N anordnen, ab 1 gezählt</translation>
    </message>
    <message>
        <source>arrange every week (the default)</source>
        <translation>jede Woche anordnen (Standard)</translation>
    </message>
    <message>
        <source>the seed of the search order (default 1)</source>
        <translation>der Startwert der Suchreihenfolge (Standard 1)</translation>
    </message>
    <message>
        <source>move sessions only within their day</source>
        <translation>Einheiten nur innerhalb ihres Tages verschieben</translation>
    </message>
    <message>
        <source>move sessions only to days that already have training</source>
        <translation>Einheiten nur auf Tage verschieben, die schon Training haben</translation>
    </message>
    <message>
        <source>write the arranged plan to OUT.ordo, or to standard output for -</source>
        <translation>den angeordneten Plan nach OUT.ordo schreiben, oder bei - auf die Standardausgabe</translation>
    </message>
    <message>
        <source>print the moves, write nothing</source>
        <translation>die Verschiebungen ausgeben, nichts schreiben</translation>
    </message>
    <message>
        <source>print the moves, the scores and what remains as JSON</source>
        <translation>Verschiebungen, Bewertungen und was bleibt als JSON ausgeben</translation>
    </message>
    <message>
        <source>arrange: unknown option %1</source>
        <translation>arrange: unbekannte Option %1</translation>
    </message>
    <message>
        <source>arrange: %1 takes no value</source>
        <translation>arrange: %1 nimmt keinen Wert</translation>
    </message>
    <message>
        <source>arrange: missing PLAN</source>
        <translation>arrange: PLAN fehlt</translation>
    </message>
    <message>
        <source>arrange: more than one plan given</source>
        <translation>arrange: mehr als ein Plan angegeben</translation>
    </message>
    <message>
        <source>a command: check, validate, export, arrange, templates or new</source>
        <translation>ein Befehl: check, validate, export, arrange, templates oder new</translation>
    </message>
    <message>
        <source>1 warnings remain</source>
        <translation>1 Warnungen bleiben</translation>
    </message>
    <message>
        <source>Move the sessions of week 2 around the events of a work calendar.</source>
        <translation>Die Einheiten von Woche 2 um die Termine eines Arbeitskalenders herum verschieben.</translation>
    </message>
    <message>
        <source>the calendar&apos;s first day, or today; with --ics, needed when the plan has no start date</source>
        <translation>der erste Tag des Kalenders oder today; mit --ics nötig, wenn der Plan kein Startdatum hat</translation>
    </message>
    <message>
        <source>--ics needs --start-date YYYY-MM-DD: the plan has no start date</source>
        <translation>--ics braucht --start-date YYYY-MM-DD: der Plan hat kein Startdatum</translation>
    </message>
    <message>
        <source>--until must not be before the plan&apos;s start date</source>
        <translation>--until darf nicht vor dem Startdatum des Plans liegen</translation>
    </message>
    <message>
        <source>the plan would hold more than %1 busy times</source>
        <translation>der Plan hätte mehr als %1 belegte Zeiten</translation>
    </message>
    <message>
        <source>--pdf writes a vector PDF: a season page for a plan of two weeks or more, one grid page per week, the findings, then the charts. --ics writes an RFC 5545 calendar: a repeating plan becomes weekly recurring events, a one-off plan dated events; week 1 starts on the Monday on or before the start date. Times are floating wall-clock times, the same in every time zone. Exporting the same plan from the same start date again gives the same event UIDs, so a calendar updates the events instead of adding them twice. Both may be given at once. Export draws on Qt&apos;s offscreen platform unless QT_QPA_PLATFORM chooses another, so it needs no display.</source>
        <translation>--pdf schreibt ein Vektor-PDF: bei einem Plan ab zwei Wochen eine Saisonseite, eine Rasterseite pro Woche, die Hinweise, dann die Diagramme. --ics schreibt einen Kalender nach RFC 5545: Ein sich wiederholender Plan wird zu wöchentlich wiederkehrenden Terminen, ein einmaliger Plan zu datierten Terminen; Woche 1 beginnt am Montag am oder vor dem Startdatum. Die Zeiten sind ortsunabhängige Uhrzeiten, in jeder Zeitzone gleich. Wird derselbe Plan ab demselben Startdatum erneut exportiert, ergeben sich dieselben Termin-UIDs, sodass ein Kalender die Termine aktualisiert, statt sie doppelt anzulegen. Beide Optionen können zusammen angegeben werden. Der Export zeichnet auf der Offscreen-Plattform von Qt, sofern QT_QPA_PLATFORM keine andere wählt, und braucht daher keine Anzeige.</translation>
    </message>
    <message>
        <source>check: --compare and --strict exclude each other</source>
        <translation>check: --compare und --strict schließen einander aus</translation>
    </message>
    <message>
        <source>With --compare A, compares PLAN with the plan A instead: the findings PLAN adds and the ones it removes, then the weekly totals of both.</source>
        <translation>Mit --compare A wird stattdessen PLAN mit dem Plan A verglichen: die Hinweise, die PLAN hinzufügt und die wegfallen, dann die Wochensummen beider.</translation>
    </message>
    <message>
        <source>compare PLAN with the plan A; exit 1 if PLAN adds a warning or critical finding</source>
        <translation>PLAN mit dem Plan A vergleichen; Exit-Code 1, wenn PLAN eine Warnung oder einen kritischen Hinweis hinzufügt</translation>
    </message>
    <message>
        <source>--compare needs the plan to compare with</source>
        <translation>--compare braucht den Plan, mit dem verglichen wird</translation>
    </message>
    <message>
        <source>check --strict: at least one finding of severity warning or critical remains. check --compare: the second plan adds a finding of severity warning or critical. arrange: warnings or critical findings remain that arranging cannot clear; each is printed with the reason. The app with --screenshot or --measure-startup: the plan could not be opened or the picture not written; without those options: there is no display.</source>
        <translation>check --strict: Mindestens ein Hinweis mit dem Schweregrad Warnung oder kritisch bleibt. check --compare: Der zweite Plan fügt einen Hinweis mit dem Schweregrad Warnung oder kritisch hinzu. arrange: Es bleiben Warnungen oder kritische Hinweise, die das Anordnen nicht beheben kann; jeder wird mit dem Grund ausgegeben. Die App mit --screenshot oder --measure-startup: Der Plan konnte nicht geöffnet oder das Bild nicht geschrieben werden; ohne diese Optionen: Es gibt keine Anzeige.</translation>
    </message>
</context>
</TS>
