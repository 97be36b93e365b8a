<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ordo::AboutBox</name>
    <message>
        <source>About Ordo</source>
        <translation>À propos d&apos;Ordo</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Ordo %1&lt;/h3&gt;&lt;p&gt;Plans a training week that combines strength and cardio, and shows what each placement costs before you make it.&lt;/p&gt;&lt;p&gt;The rules follow published work on concurrent training: the order effect (Eddens 2018, Murlasits 2018), AMPK after exercise (Wojtaszewski 2000, Lee-Young 2008), leg fatigue after cycling and running (Sporer &amp;amp; Wenger 2003, Doma &amp;amp; Deakin 2013), session-RPE load (Foster 2001), interference (Wilson 2012) and recovery spacing (ACSM 2009). Each finding&apos;s “Why?” names its source and evidence grade.&lt;/p&gt;&lt;p&gt;A planning aid, not medical advice.&lt;/p&gt;&lt;p&gt;Copyright © 2026 the Ordo authors.&lt;br&gt;Ordo is free software: you can redistribute it and/or modify it under the terms of the &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License&lt;/a&gt; as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version. It comes with ABSOLUTELY NO WARRANTY.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ordo %1&lt;/h3&gt;&lt;p&gt;Planifie une semaine d&apos;entraînement qui combine musculation et cardio, et montre ce que coûte chaque placement avant que vous le fassiez.&lt;/p&gt;&lt;p&gt;Les règles suivent les travaux publiés sur l&apos;entraînement concurrent : l&apos;effet d&apos;ordre (Eddens 2018, Murlasits 2018), l&apos;AMPK après l&apos;effort (Wojtaszewski 2000, Lee-Young 2008), la fatigue des jambes après le vélo et la course (Sporer &amp;amp; Wenger 2003, Doma &amp;amp; Deakin 2013), la charge session-RPE (Foster 2001), l&apos;interférence (Wilson 2012) et l&apos;espacement de la récupération (ACSM 2009). Le « Pourquoi ? » de chaque constat indique sa source et son niveau de preuve.&lt;/p&gt;&lt;p&gt;Une aide à la planification, pas un avis médical.&lt;/p&gt;&lt;p&gt;Copyright © 2026 les auteurs d&apos;Ordo.&lt;br&gt;Ordo est un logiciel libre : vous pouvez le redistribuer et/ou le modifier selon les termes de la &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License&lt;/a&gt; telle que publiée par la Free Software Foundation, soit la version 3 de la licence, soit (à votre choix) toute version ultérieure. Il est fourni SANS AUCUNE GARANTIE.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ordo::AddSessionMenu</name>
    <message>
        <source>&amp;Add Session Here</source>
        <translation>&amp;Ajouter une séance ici</translation>
    </message>
</context>
<context>
    <name>ordo::AmpkChart</name>
    <message>
        <source>AMPK-elevated windows</source>
        <translation>Fenêtres d&apos;AMPK élevée</translation>
    </message>
    <message>
        <source>Starts inside the AMPK-elevated window after %1: the lifting signal may be blunted.</source>
        <translation>Commence dans la fenêtre d&apos;AMPK élevée après %1 : le signal de la musculation peut être atténué.</translation>
    </message>
    <message>
        <source>Week %1 · estimated AMPK-elevated windows after cardio</source>
        <translation>Semaine %1 · fenêtres d&apos;AMPK élevée estimées après le cardio</translation>
    </message>
    <message>
        <source>AMPK window (model)</source>
        <translation>Fenêtre AMPK (modèle)</translation>
    </message>
    <message>
        <source>Cardio</source>
        <translation>Cardio</translation>
    </message>
    <message>
        <source>Lifting</source>
        <translation>Musculation</translation>
    </message>
    <message>
        <source>Lifting inside a window</source>
        <translation>Musculation dans une fenêtre</translation>
    </message>
    <message>
        <source>&lt;b&gt;AMPK-elevated window&lt;/b&gt; %1 – %2&lt;br&gt;after %3 (%4, %5 min)&lt;br&gt;%6&lt;br&gt;A model estimate: studies in people show a return to baseline within about 3 hours</source>
        <translation>&lt;b&gt;Fenêtre d&apos;AMPK élevée&lt;/b&gt; %1 – %2&lt;br&gt;après %3 (%4, %5 min)&lt;br&gt;%6&lt;br&gt;Une estimation par modèle : les études chez l&apos;humain montrent un retour au niveau de base en 3 heures environ</translation>
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
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
</context>
<context>
    <name>ordo::ArrangeCommands</name>
    <message>
        <source>&amp;Arrange Week…</source>
        <translation>&amp;Arranger la semaine…</translation>
    </message>
    <message>
        <source>&amp;Lock Session</source>
        <translation>&amp;Verrouiller la séance</translation>
    </message>
    <message>
        <source>Keep the selected sessions where they are when the week is arranged</source>
        <translation>Garder les séances choisies à leur place quand la semaine est arrangée</translation>
    </message>
    <message>
        <source>Re-&amp;plan Rest of Week…</source>
        <translation>&amp;Replanifier le reste de la semaine…</translation>
    </message>
    <message>
        <source>Place the missed sessions of this week again in the days that are left</source>
        <translation>Replacer les séances manquées de cette semaine dans les jours qui restent</translation>
    </message>
</context>
<context>
    <name>ordo::ArrangeDialog</name>
    <message>
        <source>Arrange Week</source>
        <translation>Arranger la semaine</translation>
    </message>
    <message>
        <source>All weeks</source>
        <translation>Toutes les semaines</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Étendue :</translation>
    </message>
    <message>
        <source>Only move within the same &amp;day</source>
        <translation>Ne déplacer que dans la même &amp;journée</translation>
    </message>
    <message>
        <source>&amp;Keep training days</source>
        <translation>&amp;Garder les jours d&apos;entraînement</translation>
    </message>
    <message>
        <source>A&amp;rrange Again</source>
        <translation>A&amp;rranger à nouveau</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Arrê&amp;ter</translation>
    </message>
    <message>
        <source>&amp;Moves</source>
        <translation>&amp;Déplacements</translation>
    </message>
    <message>
        <source>&amp;What remains, and why</source>
        <translation>&amp;Ce qui reste, et pourquoi</translation>
    </message>
    <message>
        <source>Arranging…</source>
        <translation>Arrangement en cours…</translation>
    </message>
    <message>
        <source>Stopped early: %1</source>
        <translation>Arrêté avant la fin : %1</translation>
    </message>
    <message>
        <source>Score before: %1 · after: %2 (lower is better)</source>
        <translation>Score avant : %1 · après : %2 (plus bas, c&apos;est mieux)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1 : %2 → %3</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>No warning remains.</source>
        <translation>Il ne reste aucun avertissement.</translation>
    </message>
    <message>
        <source>Re-plan Rest of Week</source>
        <translation>Replanifier le reste de la semaine</translation>
    </message>
    <message>
        <source>&amp;Left missed, and why</source>
        <translation>&amp;Restées manquées, et pourquoi</translation>
    </message>
    <message>
        <source>Placing missed sessions…</source>
        <translation>Placement des séances manquées…</translation>
    </message>
    <message>
        <source>Every missed session has a place again.</source>
        <translation>Chaque séance manquée a de nouveau une place.</translation>
    </message>
    <message>
        <source>Compare Side &amp;by Side…</source>
        <translation>Comparer &amp;côte à côte…</translation>
    </message>
    <message>
        <source>Open the result beside your plan, with the findings each one has</source>
        <translation>Ouvrir le résultat à côté de votre plan, avec les constats de chacun</translation>
    </message>
</context>
<context>
    <name>ordo::Arranger</name>
    <message>
        <source>%1 is locked, so it stays outside your available times.</source>
        <translation>%1 est verrouillée et reste donc en dehors de vos disponibilités.</translation>
    </message>
    <message>
        <source>%1 is locked, so it stays where it is.</source>
        <translation>%1 est verrouillée et reste donc à sa place.</translation>
    </message>
    <message>
        <source>%1 are locked, so they stay where they are.</source>
        <translation>%1 sont verrouillées et restent donc à leur place.</translation>
    </message>
    <message>
        <source>It is about how many, how long or how hard the sessions are, not when they are: moving them cannot clear it.</source>
        <translation>Il porte sur le nombre, la durée ou la dureté des séances, pas sur leur moment : les déplacer ne peut pas le lever.</translation>
    </message>
    <message>
        <source>%1 is locked, and no place for the others clears it.</source>
        <translation>%1 est verrouillée, et aucune place pour les autres ne le lève.</translation>
    </message>
    <message>
        <source>%1 are locked, and no place for the others clears it.</source>
        <translation>%1 sont verrouillées, et aucune place pour les autres ne le lève.</translation>
    </message>
    <message>
        <source>Sessions could only move within their day, and no time of the day clears it.</source>
        <translation>Les séances ne pouvaient bouger que dans leur journée, et aucune heure de la journée ne le lève.</translation>
    </message>
    <message>
        <source>Sessions could only move to days that already had training, and none clears it.</source>
        <translation>Les séances ne pouvaient aller que vers des jours déjà entraînés, et aucun ne le lève.</translation>
    </message>
    <message>
        <source>No place for its sessions in their week clears it without a worse finding elsewhere.</source>
        <translation>Aucune place pour ses séances dans leur semaine ne le lève sans un constat pire ailleurs.</translation>
    </message>
    <message numerus="yes">
        <source>%n critical findings</source>
        <translation>
            <numerusform>%n constat critique</numerusform>
            <numerusform>%n constats critiques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n info</source>
        <translation>
            <numerusform>%n info</numerusform>
            <numerusform>%n infos</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to move: no place makes the week better.</source>
        <translation>Rien à déplacer : aucune place n&apos;améliore la semaine.</translation>
    </message>
    <message>
        <source>Nothing to move: no place clears what remains.</source>
        <translation>Rien à déplacer : aucune place ne lève ce qui reste.</translation>
    </message>
    <message numerus="yes">
        <source>%n moves bring sessions closer to where they fit best</source>
        <translation>
            <numerusform>%n déplacement rapproche des séances de leur meilleure place</numerusform>
            <numerusform>%n déplacements rapprochent des séances de leur meilleure place</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>%1, %2 and %3</source>
        <translation>%1, %2 et %3</translation>
    </message>
    <message numerus="yes">
        <source>%n moves clear %1</source>
        <translation>
            <numerusform>%n déplacement lève %1</numerusform>
            <numerusform>%n déplacements lèvent %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Arrange week %1 (%n moves)</source>
        <translation>
            <numerusform>Arranger la semaine %1 (%n déplacement)</numerusform>
            <numerusform>Arranger la semaine %1 (%n déplacements)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Arrange all weeks (%n moves)</source>
        <translation>
            <numerusform>Arranger toutes les semaines (%n déplacement)</numerusform>
            <numerusform>Arranger toutes les semaines (%n déplacements)</numerusform>
        </translation>
    </message>
    <message>
        <source>No free time in week %1 is long enough for %2.</source>
        <translation>Aucun temps libre de la semaine %1 n&apos;est assez long pour %2.</translation>
    </message>
</context>
<context>
    <name>ordo::AutoFix</name>
    <message>
        <source>Move “%1” to %2</source>
        <translation>Déplacer « %1 » à %2</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Supprimer « %1 »</translation>
    </message>
    <message>
        <source>Make “%1” %2</source>
        <translation>Intensité de « %1 » : %2</translation>
    </message>
    <message>
        <source>Set “%1” to %2</source>
        <translation>Régler « %1 » sur %2</translation>
    </message>
</context>
<context>
    <name>ordo::AvailabilityEditor</name>
    <message>
        <source>Available times</source>
        <translation>Créneaux disponibles</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Supp&amp;rimer</translation>
    </message>
    <message>
        <source>No &amp;Training That Day</source>
        <translation>Pas d&apos;entraînement ce &amp;jour-là</translation>
    </message>
    <message>
        <source>Days not listed are available all day. Shift+drag on the week adds a time too.</source>
        <translation>Les jours non listés sont disponibles toute la journée. Maj+glisser dans la semaine ajoute aussi un créneau.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>00:00 as the end means midnight</source>
        <translation>00:00 comme fin signifie minuit</translation>
    </message>
    <message>
        <source>Add this time to the day: sessions of the checked kinds may be placed in it</source>
        <translation>Ajouter ce créneau au jour : les séances des types cochés peuvent s&apos;y placer</translation>
    </message>
    <message>
        <source>The chosen day has no time for training</source>
        <translation>Le jour choisi n&apos;a pas de temps pour s&apos;entraîner</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>%1: no training</source>
        <translation>%1 : pas d&apos;entraînement</translation>
    </message>
    <message>
        <source> · %1 only</source>
        <translation> · %1 seulement</translation>
    </message>
    <message>
        <source>Every day is available all day.</source>
        <translation>Chaque jour est disponible toute la journée.</translation>
    </message>
    <message>
        <source>Weeks with times of their own: %1</source>
        <translation>Semaines avec leurs propres créneaux : %1</translation>
    </message>
    <message>
        <source>No busy times. File ▸ Import Busy Times reads them from a calendar.</source>
        <translation>Aucune plage occupée. Fichier ▸ Importer les plages occupées les lit dans un calendrier.</translation>
    </message>
    <message numerus="yes">
        <source>%n busy times from a calendar</source>
        <translation>
            <numerusform>%n plage occupée d&apos;un calendrier</numerusform>
            <numerusform>%n plages occupées d&apos;un calendrier</numerusform>
        </translation>
    </message>
    <message>
        <source>Week 1 starts on %1.</source>
        <translation>La semaine 1 commence le %1.</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Remove Bus&amp;y Times</source>
        <translation>Supprimer les plages occ&amp;upées</translation>
    </message>
</context>
<context>
    <name>ordo::AvailabilityEdits</name>
    <message>
        <source>Add available time %1</source>
        <translation>Ajouter le créneau disponible %1</translation>
    </message>
    <message>
        <source>Remove available time %1</source>
        <translation>Supprimer le créneau disponible %1</translation>
    </message>
    <message>
        <source>Mark %1 as not available</source>
        <translation>Marquer %1 comme indisponible</translation>
    </message>
    <message>
        <source>Make %1 available all day</source>
        <translation>Rendre %1 disponible toute la journée</translation>
    </message>
    <message numerus="yes">
        <source>Import %n busy times</source>
        <translation>
            <numerusform>Importer %n plage occupée</numerusform>
            <numerusform>Importer %n plages occupées</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove busy times</source>
        <translation>Supprimer les plages occupées</translation>
    </message>
    <message>
        <source>Mark %1 as not available this week</source>
        <translation>Marquer %1 comme non disponible cette semaine</translation>
    </message>
    <message>
        <source>Mark %1 of week %2 as not available</source>
        <translation>Marquer %1 de la semaine %2 comme non disponible</translation>
    </message>
    <message>
        <source>Make %1 available again this week</source>
        <translation>Rendre %1 de nouveau disponible cette semaine</translation>
    </message>
    <message>
        <source>Make %1 of week %2 available again</source>
        <translation>Rendre %1 de la semaine %2 de nouveau disponible</translation>
    </message>
</context>
<context>
    <name>ordo::AvailabilityLegend</name>
    <message>
        <source>Availability legend</source>
        <translation>Légende de la disponibilité</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Indisponible</translation>
    </message>
    <message>
        <source>Busy (calendar)</source>
        <translation>Occupé (calendrier)</translation>
    </message>
    <message>
        <source>Only some kinds</source>
        <translation>Certains types seulement</translation>
    </message>
    <message>
        <source>Shift+drag on the grid adds a time you can train</source>
        <translation>Maj+glisser sur la grille ajoute un créneau où vous pouvez vous entraîner</translation>
    </message>
    <message>
        <source>Busy %1</source>
        <translation>Occupé %1</translation>
    </message>
    <message>
        <source>Busy %1: %2</source>
        <translation>Occupé %1 : %2</translation>
    </message>
    <message>
        <source>Available %1 for %2 only</source>
        <translation>Disponible %1 pour %2 seulement</translation>
    </message>
</context>
<context>
    <name>ordo::BusyImport</name>
    <message>
        <source>“%1” is not an iCalendar file: it does not begin with a calendar.</source>
        <translation>« %1 » n&apos;est pas un fichier iCalendar : il ne commence pas par un calendrier.</translation>
    </message>
    <message>
        <source>“%1”, line %2 is not valid iCalendar: “%3”.</source>
        <translation>« %1 », la ligne %2 n&apos;est pas du iCalendar valide : « %3 ».</translation>
    </message>
    <message>
        <source>“%1”, line %2: the file ends before its calendar does.</source>
        <translation>« %1 », ligne %2 : le fichier se termine avant la fin de son calendrier.</translation>
    </message>
    <message>
        <source>“%1” has no busy times between %2 and %3.</source>
        <translation>« %1 » ne contient aucun créneau occupé entre le %2 et le %3.</translation>
    </message>
</context>
<context>
    <name>ordo::BusyImportCommand</name>
    <message>
        <source>Import &amp;Busy Times…</source>
        <translation>I&amp;mporter les plages occupées…</translation>
    </message>
    <message>
        <source>Mark the times a calendar file has you busy as not available for training</source>
        <translation>Marquer les plages occupées d&apos;un fichier de calendrier comme indisponibles pour l&apos;entraînement</translation>
    </message>
    <message>
        <source>Import Busy Times</source>
        <translation>Importer les plages occupées</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics *.ical *.ifb);;All files (*)</source>
        <translation>Fichiers iCalendar (*.ics *.ical *.ifb);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>« %1 » ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>“%1” is too large for a calendar file.</source>
        <translation>« %1 » est trop grand pour un fichier de calendrier.</translation>
    </message>
    <message>
        <source>The plan already has every busy time of “%1”.</source>
        <translation>Le plan a déjà toutes les plages occupées de « %1 ».</translation>
    </message>
    <message numerus="yes">
        <source>Added %n busy times from “%1”.</source>
        <translation>
            <numerusform>%n plage occupée ajoutée depuis « %1 ».</numerusform>
            <numerusform>%n plages occupées ajoutées depuis « %1 ».</numerusform>
        </translation>
    </message>
    <message>
        <source>The calendar&apos;s events are placed on the plan&apos;s weeks from the date week 1 starts. Pick a day of that week: week 1 starts on its Monday.</source>
        <translation>Les événements du calendrier sont placés sur les semaines du plan à partir du début de la semaine 1. Choisissez un jour de cette semaine : la semaine 1 commence à son lundi.</translation>
    </message>
    <message>
        <source>Week &amp;1 starts:</source>
        <translation>La semaine &amp;1 commence :</translation>
    </message>
    <message>
        <source>on Monday, %1</source>
        <translation>le lundi %1</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>“%1” would give the plan %2 busy times; a plan holds at most %3. Import a shorter stretch of the calendar, or remove busy times first.</source>
        <translation>« %1 » donnerait au plan %2 plages occupées ; un plan en contient au plus %3. Importez une période plus courte du calendrier, ou supprimez d&apos;abord des plages occupées.</translation>
    </message>
</context>
<context>
    <name>ordo::ChartData</name>
    <message>
        <source>Legs</source>
        <translation>Jambes</translation>
    </message>
    <message>
        <source>Upper body</source>
        <translation>Haut du corps</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>Gainage</translation>
    </message>
    <message>
        <source>W = min(%1, %2 + %3 × %4 min) = %5 min</source>
        <translation>W = min(%1, %2 + %3 × %4 min) = %5 min</translation>
    </message>
    <message>
        <source>W = min(%1, %2 + max(0, %3 − %4)) = %5 min (vigorous, RPE ≥ %6)</source>
        <translation>W = min(%1, %2 + max(0, %3 − %4)) = %5 min (vigoureux, RPE ≥ %6)</translation>
    </message>
    <message>
        <source>W = %1 if D ≤ %2, else min(%3, %1 + (D − %2)); D = %4 min → %5 min</source>
        <translation>W = %1 si D ≤ %2, sinon min(%3, %1 + (D − %2)) ; D = %4 min → %5 min</translation>
    </message>
</context>
<context>
    <name>ordo::ChartsPanel</name>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Load per day</source>
        <translation>Charge par jour</translation>
    </message>
    <message>
        <source>AMPK windows</source>
        <translation>Fenêtres AMPK</translation>
    </message>
    <message>
        <source>Recovery by region</source>
        <translation>Récupération par région</translation>
    </message>
    <message>
        <source>Fitness / fatigue</source>
        <translation>Condition / fatigue</translation>
    </message>
    <message>
        <source>Load per week</source>
        <translation>Charge par semaine</translation>
    </message>
</context>
<context>
    <name>ordo::CheckReport</name>
    <message>
        <source>Fix: %1</source>
        <translation>Correction : %1</translation>
    </message>
    <message>
        <source>(also: %1)</source>
        <translation>(voir aussi : %1)</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Aucun constat.</translation>
    </message>
    <message>
        <source>Weekly summary:</source>
        <translation>Résumé de la semaine :</translation>
    </message>
    <message>
        <source>Weekly summary (average of %1 weeks):</source>
        <translation>Résumé de la semaine (moyenne de %1 semaines) :</translation>
    </message>
    <message>
        <source>Sessions: %1 strength, %2 cardio, %3 mobility</source>
        <translation>Séances : %1 musculation, %2 cardio, %3 mobilité</translation>
    </message>
    <message>
        <source>Cardio minutes: %1 easy, %2 moderate, %3 HIIT</source>
        <translation>Minutes de cardio : %1 facile, %2 modéré, %3 HIIT</translation>
    </message>
    <message>
        <source>Rest days: %1</source>
        <translation>Jours de repos : %1</translation>
    </message>
    <message>
        <source>Estimated energy: ≈ %1 kcal</source>
        <translation>Énergie estimée : ≈ %1 kcal</translation>
    </message>
    <message>
        <source>%1 compared with %2</source>
        <translation>%1 comparé à %2</translation>
    </message>
    <message>
        <source>Added:</source>
        <translation>Ajoutés :</translation>
    </message>
    <message>
        <source>No findings added.</source>
        <translation>Aucun constat ajouté.</translation>
    </message>
    <message>
        <source>Removed:</source>
        <translation>Retirés :</translation>
    </message>
    <message>
        <source>No findings removed.</source>
        <translation>Aucun constat retiré.</translation>
    </message>
    <message>
        <source>Weekly totals (first plan → second plan):</source>
        <translation>Totaux hebdomadaires (premier plan → second plan) :</translation>
    </message>
    <message>
        <source>Week %1: load %2, hard minutes %3, HIIT sessions %4, lifting sessions %5, rest days %6, kcal %7</source>
        <translation>Semaine %1 : charge %2, minutes intenses %3, séances HIIT %4, séances de musculation %5, jours de repos %6, kcal %7</translation>
    </message>
</context>
<context>
    <name>ordo::CompareCommands</name>
    <message>
        <source>&amp;Copy of This Plan</source>
        <translation>Une &amp;copie de ce plan</translation>
    </message>
    <message>
        <source>Try changes on a copy beside the open plan</source>
        <translation>Essayer des changements sur une copie à côté du plan ouvert</translation>
    </message>
    <message>
        <source>Plan &amp;File…</source>
        <translation>&amp;Fichier de plan…</translation>
    </message>
    <message>
        <source>Compare with plan</source>
        <translation>Comparer avec un plan</translation>
    </message>
    <message>
        <source>Compare &amp;With</source>
        <translation>&amp;Comparer avec</translation>
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
        <translation>%1 : charge A %2, B %3 (RPE × min)</translation>
    </message>
    <message>
        <source>High-load day in A and B</source>
        <translation>Jour de forte charge dans A et B</translation>
    </message>
    <message>
        <source>High-load day in A</source>
        <translation>Jour de forte charge dans A</translation>
    </message>
    <message>
        <source>High-load day in B</source>
        <translation>Jour de forte charge dans B</translation>
    </message>
    <message>
        <source>Load per day (RPE × min), A and B</source>
        <translation>Charge par jour (RPE × min), A et B</translation>
    </message>
</context>
<context>
    <name>ordo::CompareWindow</name>
    <message>
        <source>Compare Plans</source>
        <translation>Comparer des plans</translation>
    </message>
    <message>
        <source>Week of version A</source>
        <translation>Semaine de la version A</translation>
    </message>
    <message>
        <source>Week of version B</source>
        <translation>Semaine de la version B</translation>
    </message>
    <message>
        <source>Findings only in A</source>
        <translation>Constats seulement dans A</translation>
    </message>
    <message>
        <source>Findings only in B</source>
        <translation>Constats seulement dans B</translation>
    </message>
    <message>
        <source>Undo in B</source>
        <translation>Annuler dans B</translation>
    </message>
    <message>
        <source>Redo in B</source>
        <translation>Rétablir dans B</translation>
    </message>
    <message>
        <source>&amp;Use This Version</source>
        <translation>&amp;Utiliser cette version</translation>
    </message>
    <message>
        <source>Replace the open plan by version B (Undo in the main window takes it back)</source>
        <translation>Remplacer le plan ouvert par la version B (Annuler dans la fenêtre principale revient en arrière)</translation>
    </message>
    <message>
        <source>Use the compared version</source>
        <translation>Utiliser la version comparée</translation>
    </message>
    <message>
        <source>Findings only in A: %1</source>
        <translation>Constats seulement dans A : %1</translation>
    </message>
    <message>
        <source>Findings only in B: %1</source>
        <translation>Constats seulement dans B : %1</translation>
    </message>
    <message>
        <source>A · %1 (the open plan)</source>
        <translation>A · %1 (le plan ouvert)</translation>
    </message>
    <message>
        <source>B · %1 (a copy to try changes on)</source>
        <translation>B · %1 (une copie pour essayer des changements)</translation>
    </message>
    <message>
        <source>B · %1 (another file)</source>
        <translation>B · %1 (un autre fichier)</translation>
    </message>
    <message>
        <source>%1 — has no week %2</source>
        <translation>%1 — n’a pas de semaine %2</translation>
    </message>
    <message>
        <source>Close the comparison</source>
        <translation>Fermer la comparaison</translation>
    </message>
    <message>
        <source>Version B has changes the open plan does not have. Close and discard them?</source>
        <translation>La version B contient des changements que le plan ouvert n’a pas. Fermer et les abandonner ?</translation>
    </message>
    <message>
        <source>B · %1 (as arranged)</source>
        <translation>B · %1 (tel que réorganisé)</translation>
    </message>
</context>
<context>
    <name>ordo::DesktopApp</name>
    <message>
        <source>the window was never shown</source>
        <translation>la fenêtre ne s&apos;est jamais affichée</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>impossible d&apos;écrire %1</translation>
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
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>Ne &amp;pas enregistrer</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Oui</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Non</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>A&amp;ppliquer</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Réinitialiser</translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation>Valeurs par &amp;défaut</translation>
    </message>
</context>
<context>
    <name>ordo::Document</name>
    <message>
        <source>Untitled plan</source>
        <translation>Plan sans titre</translation>
    </message>
</context>
<context>
    <name>ordo::DropPreviewPanel</name>
    <message>
        <source>What dropping here would change in the findings</source>
        <translation>Ce que le dépôt ici changerait dans les constats</translation>
    </message>
    <message>
        <source>+ %1: %2</source>
        <translation>+ %1 : %2</translation>
    </message>
    <message>
        <source>− Clears: %1</source>
        <translation>− Résolu : %1</translation>
    </message>
    <message>
        <source>No change to the findings</source>
        <translation>Aucun changement dans les constats</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ordo::EditPreview</name>
    <message>
        <source>No new findings</source>
        <translation>Aucun nouveau constat</translation>
    </message>
</context>
<context>
    <name>ordo::Enums</name>
    <message>
        <source>Mon</source>
        <translation>lun.</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>mar.</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>mer.</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>jeu.</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>ven.</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sam.</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>dim.</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>lundi</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>mardi</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>mercredi</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>jeudi</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>vendredi</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>samedi</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>dimanche</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Musculation</translation>
    </message>
    <message>
        <source>Cardio</source>
        <translation>Cardio</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Mobilité</translation>
    </message>
    <message>
        <source>Lower</source>
        <translation>Bas du corps</translation>
    </message>
    <message>
        <source>Upper</source>
        <translation>Haut du corps</translation>
    </message>
    <message>
        <source>Full body</source>
        <translation>Corps entier</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>Gainage</translation>
    </message>
    <message>
        <source>Heavy</source>
        <translation>Lourde</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Modérée</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Légère</translation>
    </message>
    <message>
        <source>Walking</source>
        <translation>Marche</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Course à pied</translation>
    </message>
    <message>
        <source>Cycling</source>
        <translation>Vélo</translation>
    </message>
    <message>
        <source>Rowing</source>
        <translation>Aviron</translation>
    </message>
    <message>
        <source>Swimming</source>
        <translation>Natation</translation>
    </message>
    <message>
        <source>Elliptical</source>
        <translation>Vélo elliptique</translation>
    </message>
    <message>
        <source>Stair climbing</source>
        <translation>Montée d&apos;escaliers</translation>
    </message>
    <message>
        <source>Arm ergometer</source>
        <translation>Ergomètre à bras</translation>
    </message>
    <message>
        <source>Jumping</source>
        <translation>Sauts</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Facile</translation>
    </message>
    <message>
        <source>HIIT</source>
        <translation>HIIT</translation>
    </message>
    <message>
        <source>Fat loss</source>
        <translation>Perte de graisse</translation>
    </message>
    <message>
        <source>Muscle growth</source>
        <translation>Prise de muscle</translation>
    </message>
    <message>
        <source>Endurance</source>
        <translation>Endurance</translation>
    </message>
    <message>
        <source>General fitness</source>
        <translation>Forme générale</translation>
    </message>
    <message>
        <source>Beginner</source>
        <translation>Débutant</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>Intermédiaire</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Femme</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Homme</translation>
    </message>
    <message>
        <source>Unspecified</source>
        <translation>Non précisé</translation>
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
        <translation>Clé</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultative</translation>
    </message>
</context>
<context>
    <name>ordo::ExportDialogs</name>
    <message>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Paysage</translation>
    </message>
    <message>
        <source>All weeks</source>
        <translation>Toutes les semaines</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Semaine %1</translation>
    </message>
    <message>
        <source>Page &amp;size:</source>
        <translation>&amp;Format de page :</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>&amp;Orientation :</translation>
    </message>
    <message>
        <source>&amp;Weeks:</source>
        <translation>&amp;Semaines :</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Could not write %1:
%2</source>
        <translation>Impossible d&apos;écrire %1 :
%2</translation>
    </message>
    <message>
        <source>Print “%1”</source>
        <translation>Imprimer « %1 »</translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation>Exporter vers un calendrier</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> semaines</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>At the start</source>
        <translation>Au début</translation>
    </message>
    <message>
        <source>%1 before</source>
        <translation>%1 avant</translation>
    </message>
    <message>
        <source>Show only &amp;busy time</source>
        <translation>N&apos;afficher que les plages &amp;occupées</translation>
    </message>
    <message>
        <source>For a work or shared calendar: every session appears as “Training”, without details, findings or the plan&apos;s name.</source>
        <translation>Pour un calendrier professionnel ou partagé : chaque séance apparaît comme « Entraînement », sans détails, constats ni nom du plan.</translation>
    </message>
    <message>
        <source>Plan &amp;starts on:</source>
        <translation>Le plan &amp;commence le :</translation>
    </message>
    <message>
        <source>&amp;Repeat for:</source>
        <translation>&amp;Répéter pendant :</translation>
    </message>
    <message>
        <source>Re&amp;minder:</source>
        <translation>Ra&amp;ppel :</translation>
    </message>
</context>
<context>
    <name>ordo::FileCommands</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>&amp;Empty plan</source>
        <translation>Plan &amp;vide</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation>Ouvrir un plan</translation>
    </message>
    <message>
        <source>Ordo plans (*.ordo);;All files (*)</source>
        <translation>Plans Ordo (*.ordo);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Re&amp;venir à la version enregistrée</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>“%1” has unsaved changes. Save them?</source>
        <translation>« %1 » contient des modifications non enregistrées. Les enregistrer ?</translation>
    </message>
    <message>
        <source>Cannot open plan</source>
        <translation>Impossible d&apos;ouvrir le plan</translation>
    </message>
    <message>
        <source>%1 could not be opened:

%2</source>
        <translation>Impossible d&apos;ouvrir %1 :

%2</translation>
    </message>
    <message>
        <source>Untitled plan</source>
        <translation>Plan sans titre</translation>
    </message>
    <message>
        <source>Cannot save plan</source>
        <translation>Impossible d&apos;enregistrer le plan</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>Enregistrer le plan</translation>
    </message>
    <message>
        <source>Ordo plans (*.ordo)</source>
        <translation>Plans Ordo (*.ordo)</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PDF saved to %1</source>
        <translation>PDF enregistré dans %1</translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation>Exporter vers un calendrier</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Fichiers iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Calendar saved to %1</source>
        <translation>Calendrier enregistré dans %1</translation>
    </message>
    <message>
        <source>Cannot revert</source>
        <translation>Impossible de revenir à la version enregistrée</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>Fichier modifié sur le disque</translation>
    </message>
    <message>
        <source>%1 was changed by another program or window since you opened or saved it.</source>
        <translation>%1 a été modifié par un autre programme ou une autre fenêtre depuis que vous l&apos;avez ouvert ou enregistré.</translation>
    </message>
    <message>
        <source>%1 was deleted or moved by another program or window.</source>
        <translation>%1 a été supprimé ou déplacé par un autre programme ou une autre fenêtre.</translation>
    </message>
    <message>
        <source>Reload it and set your changes aside (Undo brings them back), overwrite it with this window&apos;s plan, or save this plan under another name?</source>
        <translation>Le recharger et mettre vos modifications de côté (Annuler les ramène), l&apos;écraser avec le plan de cette fenêtre, ou enregistrer ce plan sous un autre nom ?</translation>
    </message>
    <message>
        <source>Reload it, overwrite it with this window&apos;s plan, or save this plan under another name?</source>
        <translation>Le recharger, l&apos;écraser avec le plan de cette fenêtre, ou enregistrer ce plan sous un autre nom ?</translation>
    </message>
    <message>
        <source>Write this window&apos;s plan to it again, or save the plan under another name?</source>
        <translation>Y réécrire le plan de cette fenêtre, ou enregistrer le plan sous un autre nom ?</translation>
    </message>
    <message>
        <source>Nothing is written until you choose.</source>
        <translation>Rien n&apos;est écrit tant que vous n&apos;avez pas choisi.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>É&amp;craser</translation>
    </message>
    <message>
        <source>Cannot reload</source>
        <translation>Impossible de recharger</translation>
    </message>
    <message>
        <source>Reload from disk</source>
        <translation>Recharger depuis le disque</translation>
    </message>
    <message>
        <source>Revert to saved</source>
        <translation>Revenir à la version enregistrée</translation>
    </message>
    <message>
        <source>Discard the unsaved changes to “%1” and go back to the saved file?</source>
        <translation>Abandonner les modifications non enregistrées de « %1 » et revenir au fichier enregistré ?</translation>
    </message>
    <message>
        <source>You can undo this with Edit ▸ Undo.</source>
        <translation>Vous pouvez l&apos;annuler avec Édition ▸ Annuler.</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Cette action est irréversible.</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Revenir</translation>
    </message>
    <message>
        <source>No window is free for this plan. Save or close the open plan first.</source>
        <translation>Aucune fenêtre n&apos;est libre pour ce plan. Enregistrez ou fermez d&apos;abord le plan ouvert.</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <source>Export Ca&amp;lendar (.ics)…</source>
        <translation>Exporter vers un &amp;calendrier (.ics)…</translation>
    </message>
    <message>
        <source>New &amp;Window</source>
        <translation>No&amp;uvelle fenêtre</translation>
    </message>
</context>
<context>
    <name>ordo::FindingText</name>
    <message>
        <source>week %1 %2</source>
        <translation>semaine %1 %2</translation>
    </message>
    <message>
        <source>easy</source>
        <translation>facile</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>modérée</translation>
    </message>
    <message>
        <source>HIIT</source>
        <translation>HIIT</translation>
    </message>
    <message>
        <source>easy cardio</source>
        <translation>cardio facile</translation>
    </message>
    <message>
        <source>hard steady cardio</source>
        <translation>cardio continu intense</translation>
    </message>
    <message>
        <source>moderate cardio</source>
        <translation>cardio modéré</translation>
    </message>
</context>
<context>
    <name>ordo::FindingsDock</name>
    <message>
        <source>Show &amp;badges</source>
        <translation>Afficher les &amp;badges</translation>
    </message>
    <message>
        <source>&amp;Fix</source>
        <translation>&amp;Corriger</translation>
    </message>
    <message>
        <source>&amp;Why?</source>
        <translation>&amp;Pourquoi ?</translation>
    </message>
    <message>
        <source>All findings</source>
        <translation>Tous les constats</translation>
    </message>
    <message>
        <source>Warnings and critical</source>
        <translation>Avertissements et critiques</translation>
    </message>
    <message>
        <source>Critical only</source>
        <translation>Critiques seulement</translation>
    </message>
    <message>
        <source>Severity filter</source>
        <translation>Filtre de gravité</translation>
    </message>
    <message>
        <source>Also list positive badges such as leg-day-friendly cardio</source>
        <translation>Lister aussi les badges positifs, comme un cardio compatible avec le jour de jambes</translation>
    </message>
    <message>
        <source>Apply the automatic fix of the selected finding (one undo step)</source>
        <translation>Appliquer la correction automatique du constat choisi (une seule étape d&apos;annulation)</translation>
    </message>
    <message>
        <source>Show the source and evidence behind the selected finding</source>
        <translation>Afficher la source et les preuves du constat choisi</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Why this finding?</source>
        <translation>Pourquoi ce constat ?</translation>
    </message>
    <message>
        <source>%1 critical, %2, %3 info</source>
        <translation>%1 critique(s), %2, %3 info</translation>
    </message>
    <message>
        <source>Also:</source>
        <translation>Voir aussi :</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>All weeks</source>
        <translation>Toutes les semaines</translation>
    </message>
    <message>
        <source>Weeks shown</source>
        <translation>Semaines affichées</translation>
    </message>
    <message>
        <source>List the findings of the week on screen, or of every week</source>
        <translation>Lister les constats de la semaine affichée, ou de toutes les semaines</translation>
    </message>
    <message>
        <source>No findings at this severity — choose “All findings” to see the others.</source>
        <translation>Aucun constat de cette gravité : choisissez « Tous les constats » pour voir les autres.</translation>
    </message>
    <message>
        <source>No findings — this week follows every rule Ordo checks.</source>
        <translation>Aucun constat : cette semaine respecte toutes les règles vérifiées par Ordo.</translation>
    </message>
    <message>
        <source>No findings — every week follows every rule Ordo checks.</source>
        <translation>Aucun constat : chaque semaine respecte toutes les règles vérifiées par Ordo.</translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>Quoi :</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Pourquoi :</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Que faire :</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Sources :</translation>
    </message>
    <message>
        <source>You can change:</source>
        <translation>Vous pouvez modifier :</translation>
    </message>
    <message>
        <source>%1 — in the plan&apos;s analysis settings.</source>
        <translation>%1 — dans les réglages d&apos;analyse du plan.</translation>
    </message>
</context>
<context>
    <name>ordo::FindingsModel</name>
    <message>
        <source>Automatic fix available: %1</source>
        <translation>Correction automatique disponible : %1</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Suggested fix</source>
        <translation>Correction proposée</translation>
    </message>
</context>
<context>
    <name>ordo::FitnessChart</name>
    <message>
        <source>Fitness (CTL, 42 days)</source>
        <translation>Condition (CTL, 42 jours)</translation>
    </message>
    <message>
        <source>Fatigue (ATL, 7 days)</source>
        <translation>Fatigue (ATL, 7 jours)</translation>
    </message>
    <message>
        <source>Form (TSB = CTL − ATL)</source>
        <translation>Fraîcheur (TSB = CTL − ATL)</translation>
    </message>
    <message>
        <source>Fitness, fatigue and form over the plan</source>
        <translation>Condition, fatigue et fraîcheur sur la durée du plan</translation>
    </message>
    <message>
        <source>Fitness, fatigue and form</source>
        <translation>Condition, fatigue et fraîcheur</translation>
    </message>
    <message>
        <source>Assumes this plan has been followed for several weeks before week 1</source>
        <translation>Suppose que ce plan est suivi depuis plusieurs semaines avant la semaine 1</translation>
    </message>
    <message>
        <source>Load per day</source>
        <translation>Charge par jour</translation>
    </message>
    <message>
        <source>%1 %2&lt;br&gt;Fitness %3 · fatigue %4 · form %5</source>
        <translation>%1 %2&lt;br&gt;Condition %3 · fatigue %4 · fraîcheur %5</translation>
    </message>
    <message>
        <source>Wk %1</source>
        <translation>Sem. %1</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Semaine %1</translation>
    </message>
</context>
<context>
    <name>ordo::IcsExport</name>
    <message>
        <source>%1 focus</source>
        <translation>zone ciblée : %1</translation>
    </message>
    <message>
        <source>RPE %1</source>
        <translation>RPE %1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Correction : %1</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>Constats :</translation>
    </message>
    <message>
        <source>From the Ordo plan “%1”.</source>
        <translation>Issu du plan Ordo « %1 ».</translation>
    </message>
    <message>
        <source>The start date must lie in the years 1 to 9999.</source>
        <translation>La date de début doit se situer entre les années 1 et 9999.</translation>
    </message>
    <message>
        <source>A reminder can be from 0 to %1 minutes before a session.</source>
        <translation>Un rappel peut avoir lieu de 0 à %1 minutes avant une séance.</translation>
    </message>
    <message>
        <source>The calendar would reach past the year 9999: choose an earlier start date or fewer weeks.</source>
        <translation>Le calendrier dépasserait l&apos;année 9999 : choisissez une date de début plus proche ou moins de semaines.</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
</context>
<context>
    <name>ordo::LoadChart</name>
    <message>
        <source>∞ (same load every day)</source>
        <translation>∞ (même charge chaque jour)</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Musculation</translation>
    </message>
    <message>
        <source>Cardio</source>
        <translation>Cardio</translation>
    </message>
    <message>
        <source>Fatigue carried</source>
        <translation>Fatigue reportée</translation>
    </message>
    <message>
        <source> (high: &gt; %1)</source>
        <translation> (élevée : &gt; %1)</translation>
    </message>
    <message>
        <source>Recovery load per day</source>
        <translation>Charge de récupération par jour</translation>
    </message>
    <message>
        <source>No strength or cardio sessions</source>
        <translation>Aucune séance de musculation ni de cardio</translation>
    </message>
    <message>
        <source>Load (RPE × min)</source>
        <translation>Charge (RPE × min)</translation>
    </message>
    <message>
        <source>High-load day (load ≥ %1)</source>
        <translation>Jour de forte charge (charge ≥ %1)</translation>
    </message>
    <message>
        <source>Week %1 · load %2 (RPE × min) · monotony %3</source>
        <translation>Semaine %1 · charge %2 (RPE × min) · monotonie %3</translation>
    </message>
    <message>
        <source>Load %1 RPE × min (strength %2, cardio %3)</source>
        <translation>Charge %1 RPE × min (musculation %2, cardio %3)</translation>
    </message>
    <message>
        <source>Carried fatigue at midnight: %1 RPE × min</source>
        <translation>Fatigue reportée à minuit : %1 RPE × min</translation>
    </message>
    <message>
        <source>%1 %2: %3 min, load %4</source>
        <translation>%1 %2 : %3 min, charge %4</translation>
    </message>
</context>
<context>
    <name>ordo::MainWindow</name>
    <message>
        <source>Weekly totals</source>
        <translation>Totaux de la semaine</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>Palette</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspecteur</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>&amp;Fermer la fenêtre</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>&amp;Duplicate session</source>
        <translation>&amp;Dupliquer la séance</translation>
    </message>
    <message>
        <source>De&amp;lete session</source>
        <translation>&amp;Supprimer la séance</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Previous Week</source>
        <translation>Semaine &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;Next Week</source>
        <translation>Semaine &amp;suivante</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Ordo</source>
        <translation>À &amp;propos d&apos;Ordo</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Week %1 of %2</source>
        <translation>Semaine %1 sur %2</translation>
    </message>
    <message>
        <source>easy %1 min, moderate %2 min, HIIT %3 min</source>
        <translation>facile %1 min, modéré %2 min, HIIT %3 min</translation>
    </message>
    <message>
        <source>≈ %1 kcal</source>
        <translation>≈ %1 kcal</translation>
    </message>
    <message>
        <source>Average week:</source>
        <translation>Semaine moyenne :</translation>
    </message>
    <message>
        <source>This week:</source>
        <translation>Cette semaine :</translation>
    </message>
    <message>
        <source>%1 — %2[*]</source>
        <translation>%1 — %2[*]</translation>
    </message>
    <message numerus="yes">
        <source>%n lifting sessions</source>
        <translation>
            <numerusform>%n séance de musculation</numerusform>
            <numerusform>%n séances de musculation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cardio sessions</source>
        <translation>
            <numerusform>%n séance de cardio</numerusform>
            <numerusform>%n séances de cardio</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rest days</source>
        <translation>
            <numerusform>%n jour de repos</numerusform>
            <numerusform>%n jours de repos</numerusform>
        </translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>Wee&amp;ks</source>
        <translation>Se&amp;maines</translation>
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
        <translation>Mixte</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;urée :</translation>
    </message>
    <message>
        <source>&amp;Intensity:</source>
        <translation>&amp;Intensité :</translation>
    </message>
    <message>
        <source>&amp;Modality:</source>
        <translation>&amp;Modalité :</translation>
    </message>
    <message>
        <source>&amp;Load:</source>
        <translation>&amp;Charge :</translation>
    </message>
    <message>
        <source>&amp;Focus:</source>
        <translation>&amp;Zone ciblée :</translation>
    </message>
    <message numerus="yes">
        <source>%n sessions selected.
Arrow keys move them together; Delete removes them.</source>
        <translation>
            <numerusform>%n séance sélectionnée.
Les flèches la déplacent ; Suppr la supprime.</numerusform>
            <numerusform>%n séances sélectionnées.
Les flèches les déplacent ensemble ; Suppr les supprime.</numerusform>
        </translation>
    </message>
    <message>
        <source>A change here applies to every selected session it fits.</source>
        <translation>Une modification ici s&apos;applique à chaque séance sélectionnée à laquelle elle convient.</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorité :</translation>
    </message>
</context>
<context>
    <name>ordo::NewSessionDialog</name>
    <message>
        <source>New Session</source>
        <translation>Nouvelle séance</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>T&amp;itre :</translation>
    </message>
    <message>
        <source>&amp;Week:</source>
        <translation>&amp;Semaine :</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Jour :</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Début :</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;urée :</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;nnuler</translation>
    </message>
</context>
<context>
    <name>ordo::PaletteModel</name>
    <message>
        <source>Strength</source>
        <translation>Musculation</translation>
    </message>
    <message>
        <source>Cardio</source>
        <translation>Cardio</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Mobilité</translation>
    </message>
    <message>
        <source>My templates</source>
        <translation>Mes modèles</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>%1, %2
Drag onto the week to add it.</source>
        <translation>%1, %2
Faites-le glisser sur la semaine pour l&apos;ajouter.</translation>
    </message>
</context>
<context>
    <name>ordo::PaletteView</name>
    <message>
        <source>Session templates</source>
        <translation>Modèles de séance</translation>
    </message>
    <message>
        <source>Press Enter or double-click to add the template to the week</source>
        <translation>Appuyez sur Entrée ou double-cliquez pour ajouter le modèle à la semaine</translation>
    </message>
</context>
<context>
    <name>ordo::PdfExporter</name>
    <message>
        <source>could not create the PDF</source>
        <translation>impossible de créer le PDF</translation>
    </message>
</context>
<context>
    <name>ordo::Phase</name>
    <message>
        <source>Base</source>
        <translation>Foncier</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Développement</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>Pic</translation>
    </message>
    <message>
        <source>Deload</source>
        <translation>Décharge</translation>
    </message>
    <message>
        <source>Taper</source>
        <translation>Affûtage</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisée</translation>
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
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>d MMM</translation>
    </message>
</context>
<context>
    <name>ordo::PlanEdits</name>
    <message numerus="yes">
        <source>Change number of weeks to %1 (deletes %n sessions)</source>
        <translation>
            <numerusform>Passer le nombre de semaines à %1 (supprime %n séance)</numerusform>
            <numerusform>Passer le nombre de semaines à %1 (supprime %n séances)</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename plan to %1</source>
        <translation>Renommer le plan en %1</translation>
    </message>
    <message>
        <source>Change number of weeks to %1</source>
        <translation>Passer le nombre de semaines à %1</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Change “%1”</source>
        <translation>Modifier « %1 »</translation>
    </message>
    <message>
        <source>Restore unsaved changes</source>
        <translation>Restaurer les modifications non enregistrées</translation>
    </message>
    <message>
        <source>Turn on “%1”</source>
        <translation>Activer « %1 »</translation>
    </message>
    <message>
        <source>Turn off “%1”</source>
        <translation>Désactiver « %1 »</translation>
    </message>
    <message>
        <source>Change available times</source>
        <translation>Modifier les disponibilités</translation>
    </message>
    <message>
        <source>Remove available times</source>
        <translation>Supprimer les disponibilités</translation>
    </message>
    <message>
        <source>Remove busy times</source>
        <translation>Supprimer les plages occupées</translation>
    </message>
    <message numerus="yes">
        <source>Set %n busy times</source>
        <translation>
            <numerusform>Définir %n plage occupée</numerusform>
            <numerusform>Définir %n plages occupées</numerusform>
        </translation>
    </message>
    <message>
        <source>Set the start of week 1 to %1</source>
        <translation>Faire commencer la semaine 1 le %1</translation>
    </message>
    <message>
        <source>Remove the plan&apos;s start date</source>
        <translation>Supprimer la date de début du plan</translation>
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
        <translation>Plan sans titre</translation>
    </message>
</context>
<context>
    <name>ordo::PlanInspector</name>
    <message>
        <source>Setting</source>
        <translation>Réglage</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source : %1</translation>
    </message>
    <message>
        <source>Repeat the plan</source>
        <translation>Répéter le plan</translation>
    </message>
    <message>
        <source>Track a menstrual cycle</source>
        <translation>Suivre un cycle menstruel</translation>
    </message>
    <message>
        <source> years</source>
        <translation> ans</translation>
    </message>
    <message>
        <source>week </source>
        <translation>semaine </translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>No&amp;tes :</translation>
    </message>
    <message>
        <source>&amp;Weeks:</source>
        <translation>&amp;Semaines :</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Objectif :</translation>
    </message>
    <message>
        <source>E&amp;xperience:</source>
        <translation>&amp;Expérience :</translation>
    </message>
    <message>
        <source>&amp;Body mass:</source>
        <translation>&amp;Poids :</translation>
    </message>
    <message>
        <source>&amp;Age:</source>
        <translation>Â&amp;ge :</translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation>Se&amp;xe :</translation>
    </message>
    <message>
        <source>Cycle starts:</source>
        <translation>Début du cycle :</translation>
    </message>
    <message>
        <source>Cycle length:</source>
        <translation>Durée du cycle :</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>Unchecked rules are not reported for this plan</source>
        <translation>Les règles non cochées ne sont pas signalées pour ce plan</translation>
    </message>
    <message>
        <source> (needs data the file format lacks)</source>
        <translation> (exige des données absentes du format de fichier)</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Seuils</translation>
    </message>
    <message>
        <source>plan notes</source>
        <translation>notes du plan</translation>
    </message>
    <message>
        <source>repeat</source>
        <translation>répétition</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>objectif</translation>
    </message>
    <message>
        <source>experience</source>
        <translation>expérience</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>sexe</translation>
    </message>
    <message>
        <source>body mass</source>
        <translation>poids</translation>
    </message>
    <message>
        <source>age</source>
        <translation>âge</translation>
    </message>
    <message>
        <source>cycle</source>
        <translation>cycle</translation>
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
        <translation>Terminer le plan après la semaine %1 supprime 1 séance des semaines suivantes.</translation>
    </message>
    <message numerus="yes">
        <source>Ending the plan after week %1 removes %n sessions from the later weeks.</source>
        <translation>
            <numerusform>Terminer le plan après la semaine %1 supprime %n séance des semaines suivantes.</numerusform>
            <numerusform>Terminer le plan après la semaine %1 supprime %n séances des semaines suivantes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove sessions?</source>
        <translation>Supprimer des séances ?</translation>
    </message>
    <message>
        <source>You can undo this with Edit ▸ Undo.</source>
        <translation>Vous pouvez l&apos;annuler avec Édition ▸ Annuler.</translation>
    </message>
    <message>
        <source>&amp;Remove Sessions</source>
        <translation>&amp;Supprimer les séances</translation>
    </message>
    <message>
        <source>Setting: %1</source>
        <translation>Réglage : %1</translation>
    </message>
    <message>
        <source>%1 (evidence grade %2)</source>
        <translation>%1 (niveau de preuve %2)</translation>
    </message>
    <message>
        <source>The plan has a start date</source>
        <translation>Le plan a une date de début</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>With a start date, weeks show their dates and Today opens the current week</source>
        <translation>Avec une date de début, les semaines affichent leurs dates et Aujourd&apos;hui ouvre la semaine en cours</translation>
    </message>
    <message>
        <source>Week &amp;1 starts:</source>
        <translation>La semaine &amp;1 commence :</translation>
    </message>
    <message>
        <source>Weeks start on Mondays: %1 is in the week of %2.</source>
        <translation>Les semaines commencent le lundi : le %1 est dans la semaine du %2.</translation>
    </message>
</context>
<context>
    <name>ordo::PlanIo</name>
    <message>
        <source>no built-in plan named &quot;%1&quot; (try: %2)</source>
        <translation>aucun plan intégré nommé « %1 » (essayez : %2)</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 Mio</translation>
    </message>
    <message>
        <source>missing required key</source>
        <translation>clé obligatoire manquante</translation>
    </message>
    <message>
        <source>expected a string, got %1</source>
        <translation>chaîne attendue, %1 trouvé</translation>
    </message>
    <message>
        <source>longer than %1 characters (%2)</source>
        <translation>plus long que %1 caractères (%2)</translation>
    </message>
    <message>
        <source>expected an integer, got %1</source>
        <translation>entier attendu, %1 trouvé</translation>
    </message>
    <message>
        <source>expected a number, got %1</source>
        <translation>nombre attendu, %1 trouvé</translation>
    </message>
    <message>
        <source>expected a finite number</source>
        <translation>nombre fini attendu</translation>
    </message>
    <message>
        <source>must be between %1 and %2, got %3</source>
        <translation>doit être entre %1 et %2, %3 trouvé</translation>
    </message>
    <message>
        <source>expected true or false, got %1</source>
        <translation>true ou false attendu, %1 trouvé</translation>
    </message>
    <message>
        <source>expected one of %1, got %2</source>
        <translation>une valeur parmi %1 attendue, %2 trouvé</translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation>objet attendu, %1 trouvé</translation>
    </message>
    <message>
        <source>expected an array of rule ids, got %1</source>
        <translation>tableau d&apos;identifiants de règles attendu, %1 trouvé</translation>
    </message>
    <message>
        <source>unknown rule id %1</source>
        <translation>identifiant de règle inconnu %1</translation>
    </message>
    <message>
        <source>unknown setting name</source>
        <translation>nom de réglage inconnu</translation>
    </message>
    <message>
        <source>expected a session object, got %1</source>
        <translation>objet de séance attendu, %1 trouvé</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>expected HH:MM, got %1</source>
        <translation>HH:MM attendu, %1 trouvé</translation>
    </message>
    <message>
        <source>missing: this is not an Ordo plan</source>
        <translation>absent : ce n&apos;est pas un plan Ordo</translation>
    </message>
    <message>
        <source>expected &quot;ordo-plan&quot;, got %1: this is not an Ordo plan</source>
        <translation>« ordo-plan » attendu, %1 trouvé : ce n&apos;est pas un plan Ordo</translation>
    </message>
    <message>
        <source>made by a newer Ordo (format %1); this version reads format %2</source>
        <translation>créé par une version plus récente d&apos;Ordo (format %1) ; cette version lit le format %2</translation>
    </message>
    <message>
        <source>unknown format version %1</source>
        <translation>version de format inconnue %1</translation>
    </message>
    <message>
        <source>expected an array, got %1</source>
        <translation>tableau attendu, %1 trouvé</translation>
    </message>
    <message>
        <source>%1 sessions; at most %2 are allowed</source>
        <translation>%1 séances ; %2 au maximum sont permises</translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot; (first used at /sessions/%2/id)</source>
        <translation>identifiant « %1 » en double (d&apos;abord utilisé en /sessions/%2/id)</translation>
    </message>
    <message>
        <source>larger than %1 (%2 bytes); refused before parsing</source>
        <translation>plus grand que %1 (%2 octets) ; refusé avant la lecture</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation>objet JSON attendu au premier niveau</translation>
    </message>
    <message>
        <source>is a folder, not a plan file</source>
        <translation>est un dossier, pas un fichier de plan</translation>
    </message>
    <message>
        <source>is not a regular file (a pipe or a device); only files are read</source>
        <translation>n&apos;est pas un fichier ordinaire (un tube ou un périphérique) ; seuls les fichiers sont lus</translation>
    </message>
    <message>
        <source>could not write the whole file (is the disk full?)</source>
        <translation>impossible d&apos;écrire tout le fichier (le disque est-il plein ?)</translation>
    </message>
    <message>
        <source>is a folder</source>
        <translation>est un dossier</translation>
    </message>
    <message>
        <source>is not a regular file (a pipe or a device); not replaced</source>
        <translation>n&apos;est pas un fichier ordinaire (un tube ou un périphérique) ; non remplacé</translation>
    </message>
    <message>
        <source>the plan needs %1 bytes, more than the %2 a plan file may hold; shorten notes or remove sessions</source>
        <translation>le plan nécessite %1 octets, plus que les %2 qu&apos;un fichier de plan peut contenir ; raccourcissez les notes ou supprimez des séances</translation>
    </message>
    <message>
        <source>expected HH:MM or 24:00, got %1</source>
        <translation>HH:MM ou 24:00 attendu, reçu %1</translation>
    </message>
    <message>
        <source>expected an array of time windows, got %1</source>
        <translation>liste de créneaux attendue, reçu %1</translation>
    </message>
    <message>
        <source>%1 windows; at most %2 are allowed per day</source>
        <translation>%1 créneaux ; %2 au plus sont permis par jour</translation>
    </message>
    <message>
        <source>expected a time window object, got %1</source>
        <translation>objet créneau attendu, reçu %1</translation>
    </message>
    <message>
        <source>must be after the start (%1); a window ends on its own day, so split one that runs past midnight</source>
        <translation>doit être après le début (%1) ; un créneau finit le jour même, scindez celui qui dépasse minuit</translation>
    </message>
    <message>
        <source>expected a non-empty array of kinds (leave it out to allow every kind), got %1</source>
        <translation>liste non vide de types attendue (l&apos;omettre permet tous les types), reçu %1</translation>
    </message>
    <message>
        <source>week %1 is given twice (first at %2/weeks/%3)</source>
        <translation>la semaine %1 est donnée deux fois (d&apos;abord à %2/weeks/%3)</translation>
    </message>
    <message>
        <source>%1 busy times; at most %2 are allowed</source>
        <translation>%1 plages occupées ; %2 au plus sont permises</translation>
    </message>
    <message>
        <source>must be after the start (%1); busy time ends on its own day, so split one that runs past midnight</source>
        <translation>doit être après le début (%1) ; une plage occupée finit le jour même, scindez celle qui dépasse minuit</translation>
    </message>
    <message>
        <source>expected a date YYYY-MM-DD, got %1</source>
        <translation>date AAAA-MM-JJ attendue, reçu %1</translation>
    </message>
    <message>
        <source>%1 is a %2; the anchor date is the Monday of week 0</source>
        <translation>le %1 est un %2 ; la date de référence est le lundi de la semaine 0</translation>
    </message>
    <message>
        <source>expected a phase object, got %1</source>
        <translation>objet de phase attendu, trouvé : %1</translation>
    </message>
    <message>
        <source>a custom phase needs a label</source>
        <translation>une phase personnalisée a besoin d&apos;un libellé</translation>
    </message>
    <message>
        <source>only a custom phase has a label</source>
        <translation>seule une phase personnalisée a un libellé</translation>
    </message>
    <message>
        <source>phases must be in week order, one per week (week %1 follows week %2)</source>
        <translation>les phases doivent suivre l&apos;ordre des semaines, une par semaine (la semaine %1 suit la semaine %2)</translation>
    </message>
</context>
<context>
    <name>ordo::PreferencesDialog</name>
    <message>
        <source>Use the &amp;24-hour clock</source>
        <translation>Utiliser l&apos;horloge &amp;24 heures</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Kilograms (kg)</source>
        <translation>Kilogrammes (kg)</translation>
    </message>
    <message>
        <source>Pounds (lb)</source>
        <translation>Livres (lb)</translation>
    </message>
    <message>
        <source>:00</source>
        <translation>:00</translation>
    </message>
    <message>
        <source>&amp;Week starts on:</source>
        <translation>La &amp;semaine commence le :</translation>
    </message>
    <message>
        <source>&amp;Body mass in:</source>
        <translation>&amp;Poids en :</translation>
    </message>
    <message>
        <source>&amp;Visible from:</source>
        <translation>&amp;Visible de :</translation>
    </message>
    <message>
        <source>Visible &amp;until:</source>
        <translation>Visible &amp;jusqu&apos;à :</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>A new language applies when Ordo starts next.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage d&apos;Ordo.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
</context>
<context>
    <name>ordo::PrintLayout</name>
    <message>
        <source>Goal: %1</source>
        <translation>Objectif : %1</translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation>%1 kg</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 ans</translation>
    </message>
    <message>
        <source>Average week: </source>
        <translation>Semaine moyenne : </translation>
    </message>
    <message>
        <source>Week: </source>
        <translation>Semaine : </translation>
    </message>
    <message>
        <source>Fitness, fatigue and form</source>
        <translation>Condition, fatigue et fraîcheur</translation>
    </message>
    <message>
        <source>Fitness (CTL) and fatigue (ATL) are exponentially weighted averages of the daily load over 42 and 7 days; form (TSB) is their difference on the day before. A falling form line means fatigue is building faster than fitness.</source>
        <translation>La condition (CTL) et la fatigue (ATL) sont des moyennes à pondération exponentielle de la charge quotidienne sur 42 et 7 jours ; la fraîcheur (TSB) est leur différence la veille. Une courbe de fraîcheur qui baisse signifie que la fatigue s&apos;accumule plus vite que la condition.</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (suite)</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>Ordo %1</source>
        <translation>Ordo %1</translation>
    </message>
    <message>
        <source>Week %1 of %2</source>
        <translation>Semaine %1 sur %2</translation>
    </message>
    <message>
        <source>One-week plan</source>
        <translation>Plan d&apos;une semaine</translation>
    </message>
    <message>
        <source> · repeats</source>
        <translation> · se répète</translation>
    </message>
    <message>
        <source> · one-off block</source>
        <translation> · bloc unique</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Musculation</translation>
    </message>
    <message>
        <source>Cardio</source>
        <translation>Cardio</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Mobilité</translation>
    </message>
    <message>
        <source>Estimated AMPK-elevated window (model)</source>
        <translation>Fenêtre d&apos;AMPK élevée estimée (modèle)</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>No findings: nothing in this plan conflicts with the rules Ordo checks.</source>
        <translation>Aucun constat : rien dans ce plan n&apos;enfreint les règles vérifiées par Ordo.</translation>
    </message>
    <message>
        <source>Good placements</source>
        <translation>Bons placements</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Correction : %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source : %1</translation>
    </message>
    <message>
        <source>Also: %1</source>
        <translation>Voir aussi : %1</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Charts · week %1 of %2</source>
        <translation>Graphiques · semaine %1 sur %2</translation>
    </message>
    <message>
        <source>%1 lifting, %2 cardio, %3 mobility sessions · cardio %4 min easy, %5 min moderate, %6 min HIIT · %7 · ≈ %8 kcal</source>
        <translation>Séances : %1 musculation, %2 cardio, %3 mobilité · cardio %4 min facile, %5 min modéré, %6 min HIIT · %7 · ≈ %8 kcal</translation>
    </message>
    <message numerus="yes">
        <source>%n rest days</source>
        <translation>
            <numerusform>%n jour de repos</numerusform>
            <numerusform>%n jours de repos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 critical, %2, %3. Each names the rule, what it found, how to fix it and the source behind it.</source>
        <translation>%1 critique(s), %2, %3. Chacun indique la règle, ce qu&apos;elle a relevé, comment y remédier et la source sur laquelle elle s&apos;appuie.</translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notes</source>
        <translation>
            <numerusform>%n info</numerusform>
            <numerusform>%n infos</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated AMPK-elevated window (a model estimate; studies in people show a return to baseline within about 3 hours). The band lasts 60–120 min after moderate cardio and up to 240 min after HIIT; the shade fades as the modelled signal decays.</source>
        <translation>Fenêtre d&apos;AMPK élevée estimée (une estimation par modèle ; les études chez l&apos;humain montrent un retour au niveau de base en 3 heures environ). La bande dure 60 à 120 min après un cardio modéré et jusqu&apos;à 240 min après du HIIT ; la teinte s&apos;estompe à mesure que le signal modélisé décroît.</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Indisponible</translation>
    </message>
    <message>
        <source>Busy (calendar)</source>
        <translation>Occupé (calendrier)</translation>
    </message>
    <message numerus="yes">
        <source>Season overview · %n weeks</source>
        <translation>
            <numerusform>Vue d&apos;ensemble de la saison · %n semaine</numerusform>
            <numerusform>Vue d&apos;ensemble de la saison · %n semaines</numerusform>
        </translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>One row per week. Each mark is a session in its day, coloured by its kind and shaded by its intensity as on the week pages, as tall as it is long (two hours fill the day) and outlined in the colour of its worst finding. Beside each week: its load (RPE × min), minutes of hard sessions, HIIT and lifting sessions, rest days, kcal and its worst finding.</source>
        <translation>Une ligne par semaine. Chaque marque est une séance dans son jour, colorée selon son type et nuancée selon son intensité comme sur les pages des semaines, aussi haute qu&apos;elle est longue (deux heures remplissent le jour) et bordée de la couleur de son constat le plus grave. À côté de chaque semaine : sa charge (RPE × min), les minutes de séances dures, les séances de HIIT et de musculation, les jours de repos, les kcal et son constat le plus grave.</translation>
    </message>
    <message>
        <source>Season overview</source>
        <translation>Vue d&apos;ensemble de la saison</translation>
    </message>
    <message>
        <source>key session</source>
        <translation>séance clé</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>manquée</translation>
    </message>
</context>
<context>
    <name>ordo::RecoveryDialog</name>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>Decide &amp;Later</source>
        <translation>Décider &amp;plus tard</translation>
    </message>
    <message>
        <source>Restore unsaved changes</source>
        <translation>Restaurer les modifications non enregistrées</translation>
    </message>
    <message>
        <source>Ordo did not exit cleanly. These plans have changes that were not saved. Restore each one you want back and discard the others; copies you decide on later are offered again at the next start.</source>
        <translation>Ordo ne s&apos;est pas fermé correctement. Ces plans ont des modifications qui n&apos;ont pas été enregistrées. Restaurez ceux que vous voulez récupérer et abandonnez les autres ; les copies sur lesquelles vous décidez plus tard seront de nouveau proposées au prochain démarrage.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Unsaved plans</source>
        <translation>Plans non enregistrés</translation>
    </message>
    <message>
        <source>Untitled plan</source>
        <translation>Plan sans titre</translation>
    </message>
    <message>
        <source>Unreadable copy</source>
        <translation>Copie illisible</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Pas encore enregistré</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Restauration impossible</translation>
    </message>
</context>
<context>
    <name>ordo::RegionRecoveryChart</name>
    <message>
        <source>no lifting this week</source>
        <translation>pas de musculation cette semaine</translation>
    </message>
    <message>
        <source>Not recovered ≥ %1 %</source>
        <translation>Non récupéré ≥ %1 %</translation>
    </message>
    <message>
        <source>Week %1 · fatigue left when each lift starts (% of reference)</source>
        <translation>Semaine %1 · fatigue restante au début de chaque séance de musculation (% de la référence)</translation>
    </message>
    <message>
        <source> · bars above %1 % are cut</source>
        <translation> · barres tronquées au-delà de %1 %</translation>
    </message>
    <message>
        <source>Recovery by body region</source>
        <translation>Récupération par région du corps</translation>
    </message>
    <message>
        <source>%1: %2 % of reference%3</source>
        <translation>%1 : %2 % de la référence%3</translation>
    </message>
    <message>
        <source> (trained by this session)</source>
        <translation> (travaillé par cette séance)</translation>
    </message>
    <message>
        <source>Not recovered: at or above %1 %</source>
        <translation>Non récupéré : à partir de %1 %</translation>
    </message>
</context>
<context>
    <name>ordo::Replan</name>
    <message>
        <source>%1 is locked, so it stays where it was.</source>
        <translation>%1 est verrouillée et reste où elle était.</translation>
    </message>
    <message>
        <source>No free time is left this week for %1.</source>
        <translation>Il ne reste pas de temps libre cette semaine pour %1.</translation>
    </message>
    <message>
        <source>%1 is optional and every free time left adds a warning: left out.</source>
        <translation>%1 est facultative et chaque créneau libre restant ajoute un avertissement : laissée de côté.</translation>
    </message>
    <message>
        <source>Every free time left this week adds a warning with %1.</source>
        <translation>Chaque créneau libre restant cette semaine ajoute un avertissement avec %1.</translation>
    </message>
    <message numerus="yes">
        <source>Re-plan week %1 (%n sessions)</source>
        <translation>
            <numerusform>Replanifier la semaine %1 (%n séance)</numerusform>
            <numerusform>Replanifier la semaine %1 (%n séances)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to place again: no session of this week is marked missed.</source>
        <translation>Rien à replacer : aucune séance de cette semaine n&apos;est marquée comme manquée.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing to place again: %n missed sessions find no time that adds no warning.</source>
        <translation>
            <numerusform>Rien de replacé : %n séance manquée ne trouve aucun créneau sans nouvel avertissement.</numerusform>
            <numerusform>Rien de replacé : %n séances manquées ne trouvent aucun créneau sans nouvel avertissement.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missed sessions placed again.</source>
        <translation>
            <numerusform>%n séance manquée replacée.</numerusform>
            <numerusform>%n séances manquées replacées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missed sessions placed again</source>
        <translation>
            <numerusform>%n séance manquée replacée</numerusform>
            <numerusform>%n séances manquées replacées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left missed.</source>
        <translation>
            <numerusform>%n reste manquée.</numerusform>
            <numerusform>%n restent manquées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped before a time was found for %1.</source>
        <translation>Arrêté avant d&apos;avoir trouvé un créneau pour %1.</translation>
    </message>
    <message>
        <source>No missed session placed again.</source>
        <translation>Aucune séance manquée replacée.</translation>
    </message>
</context>
<context>
    <name>ordo::RotationDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Fill Weeks with a Rotation</source>
        <translation>Remplir les semaines avec une rotation</translation>
    </message>
    <message>
        <source>The sessions below take turns on the chosen days, in order, continuing from week to week. Sessions already in the plan stay: a day whose time is taken is skipped, and the next day gets that turn.</source>
        <translation>Les séances ci-dessous se succèdent dans l&apos;ordre les jours choisis, d&apos;une semaine à l&apos;autre. Les séances déjà dans le plan restent : un jour dont l&apos;horaire est pris est sauté, et le jour suivant prend ce tour.</translation>
    </message>
    <message>
        <source>Template: %1 (%2 min)</source>
        <translation>Modèle : %1 (%2 min)</translation>
    </message>
    <message>
        <source>Session to add</source>
        <translation>Séance à ajouter</translation>
    </message>
    <message>
        <source>Time of templates</source>
        <translation>Heure des modèles</translation>
    </message>
    <message>
        <source>Sessions in turn</source>
        <translation>Séances à tour de rôle</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>Séa&amp;nce :</translation>
    </message>
    <message>
        <source>&amp;Templates at:</source>
        <translation>Modè&amp;les à :</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Jours :</translation>
    </message>
    <message>
        <source>&amp;Weeks:</source>
        <translation>&amp;Semaines :</translation>
    </message>
    <message>
        <source>%1, %2 %3 (%4 min)</source>
        <translation>%1, %2 %3 (%4 min)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Add the sessions that take turns.</source>
        <translation>Ajoutez les séances qui se succèdent.</translation>
    </message>
    <message>
        <source>Choose the days to fill.</source>
        <translation>Choisissez les jours à remplir.</translation>
    </message>
    <message>
        <source>Nothing to add: the times of these sessions are taken on every chosen day.</source>
        <translation>Rien à ajouter : les horaires de ces séances sont pris chaque jour choisi.</translation>
    </message>
    <message numerus="yes">
        <source>Adds %n sessions.</source>
        <translation>
            <numerusform>Ajoute %n séance.</numerusform>
            <numerusform>Ajoute %n séances.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dow&amp;n</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>&amp;In turn:</source>
        <translation>Tour à to&amp;ur :</translation>
    </message>
</context>
<context>
    <name>ordo::RuleTitles</name>
    <message>
        <source>Sessions overlap</source>
        <translation>Séances qui se chevauchent</translation>
    </message>
    <message>
        <source>Same session twice</source>
        <translation>Même séance en double</translation>
    </message>
    <message>
        <source>Runs past midnight</source>
        <translation>Dépasse minuit</translation>
    </message>
    <message>
        <source>Runs past the end of the plan</source>
        <translation>Dépasse la fin du plan</translation>
    </message>
    <message>
        <source>Unusual duration</source>
        <translation>Durée inhabituelle</translation>
    </message>
    <message>
        <source>Effort does not match intensity</source>
        <translation>Effort sans rapport avec l&apos;intensité</translation>
    </message>
    <message>
        <source>Warm-up before lifting</source>
        <translation>Échauffement avant la musculation</translation>
    </message>
    <message>
        <source>Long warm-up</source>
        <translation>Échauffement long</translation>
    </message>
    <message>
        <source>Warm-up too hard</source>
        <translation>Échauffement trop dur</translation>
    </message>
    <message>
        <source>Cardio right before lifting</source>
        <translation>Cardio juste avant la musculation</translation>
    </message>
    <message>
        <source>Short gap between cardio and lifting</source>
        <translation>Écart court entre cardio et musculation</translation>
    </message>
    <message>
        <source>Hard cardio first for a beginner</source>
        <translation>Cardio intense en premier pour un débutant</translation>
    </message>
    <message>
        <source>Order for endurance</source>
        <translation>Ordre pour l&apos;endurance</translation>
    </message>
    <message>
        <source>Lifting dose for endurance</source>
        <translation>Dose de musculation pour l&apos;endurance</translation>
    </message>
    <message>
        <source>HIIT right after lifting</source>
        <translation>HIIT juste après la musculation</translation>
    </message>
    <message>
        <source>Long cardio after lifting</source>
        <translation>Cardio long après la musculation</translation>
    </message>
    <message>
        <source>Combined session too long</source>
        <translation>Séance combinée trop longue</translation>
    </message>
    <message>
        <source>Leg-heavy cardio near leg day</source>
        <translation>Cardio sollicitant les jambes près du jour de jambes</translation>
    </message>
    <message>
        <source>HIIT near leg day</source>
        <translation>HIIT près du jour de jambes</translation>
    </message>
    <message>
        <source>Leg-friendly cardio near leg day</source>
        <translation>Cardio ménageant les jambes près du jour de jambes</translation>
    </message>
    <message>
        <source>Rowing after leg day</source>
        <translation>Aviron après le jour de jambes</translation>
    </message>
    <message>
        <source>Active recovery</source>
        <translation>Récupération active</translation>
    </message>
    <message>
        <source>HIIT the day before legs</source>
        <translation>HIIT la veille des jambes</translation>
    </message>
    <message>
        <source>Legs before a key cardio session</source>
        <translation>Jambes avant une séance de cardio clé</translation>
    </message>
    <message>
        <source>Muscles not recovered</source>
        <translation>Muscles non récupérés</translation>
    </message>
    <message>
        <source>Two HIIT sessions in a day</source>
        <translation>Deux séances de HIIT dans la journée</translation>
    </message>
    <message>
        <source>HIIT on back-to-back days</source>
        <translation>HIIT deux jours de suite</translation>
    </message>
    <message>
        <source>HIIT sessions per week</source>
        <translation>Séances de HIIT par semaine</translation>
    </message>
    <message>
        <source>Hard days in a row</source>
        <translation>Jours durs d&apos;affilée</translation>
    </message>
    <message>
        <source>No rest day</source>
        <translation>Aucun jour de repos</translation>
    </message>
    <message>
        <source>Cardio sessions per week</source>
        <translation>Séances de cardio par semaine</translation>
    </message>
    <message>
        <source>Long cardio session</source>
        <translation>Longue séance de cardio</translation>
    </message>
    <message>
        <source>Lifting sessions per week</source>
        <translation>Séances de musculation par semaine</translation>
    </message>
    <message>
        <source>Lifting and cardio balance</source>
        <translation>Équilibre musculation–cardio</translation>
    </message>
    <message>
        <source>Weekly aerobic minimum</source>
        <translation>Minimum aérobie hebdomadaire</translation>
    </message>
    <message>
        <source>Training volume for a beginner</source>
        <translation>Volume d&apos;entraînement pour un débutant</translation>
    </message>
    <message>
        <source>High-load day</source>
        <translation>Jour de forte charge</translation>
    </message>
    <message>
        <source>Sudden rise in weekly load</source>
        <translation>Hausse soudaine de la charge hebdomadaire</translation>
    </message>
    <message>
        <source>Same load every day</source>
        <translation>Même charge chaque jour</translation>
    </message>
    <message>
        <source>Menstrual cycle phase</source>
        <translation>Phase du cycle menstruel</translation>
    </message>
    <message>
        <source>Food before lifting</source>
        <translation>Repas avant la musculation</translation>
    </message>
    <message>
        <source>Fasted cardio</source>
        <translation>Cardio à jeun</translation>
    </message>
    <message>
        <source>Sleep before hard days</source>
        <translation>Sommeil avant les jours durs</translation>
    </message>
    <message>
        <source>Arm-heavy cardio near upper-body day</source>
        <translation>Cardio sollicitant les bras près du jour haut du corps</translation>
    </message>
    <message>
        <source>HIIT for a beginner</source>
        <translation>HIIT pour un débutant</translation>
    </message>
    <message>
        <source>Long easy cardio after leg day</source>
        <translation>Long cardio facile après le jour de jambes</translation>
    </message>
    <message>
        <source>Ordo&apos;s physiology model</source>
        <translation>Le modèle physiologique d&apos;Ordo</translation>
    </message>
    <message>
        <source>Ordo&apos;s rule definitions</source>
        <translation>Les définitions des règles d&apos;Ordo</translation>
    </message>
    <message>
        <source>Ordo&apos;s research notes</source>
        <translation>Les notes de recherche d&apos;Ordo</translation>
    </message>
    <message>
        <source>a value chosen for Ordo</source>
        <translation>une valeur choisie pour Ordo</translation>
    </message>
    <message>
        <source>The advice rests on meta-analyses and systematic reviews.</source>
        <translation>Le conseil repose sur des méta-analyses et des revues systématiques.</translation>
    </message>
    <message>
        <source>The advice rests on controlled studies.</source>
        <translation>Le conseil repose sur des études contrôlées.</translation>
    </message>
    <message>
        <source>The advice rests on the articles and coaching practice; no trial has tested it directly.</source>
        <translation>Le conseil repose sur les articles et la pratique des entraîneurs ; aucun essai ne l&apos;a testé directement.</translation>
    </message>
    <message>
        <source>The advice rests on meta-analyses and controlled studies; the exact times are estimates.</source>
        <translation>Le conseil repose sur des méta-analyses et des études contrôlées ; les durées exactes sont des estimations.</translation>
    </message>
    <message>
        <source>The direction of the advice comes from studies; its exact limits come from the articles and coaching practice.</source>
        <translation>L&apos;orientation du conseil vient des études ; ses limites exactes viennent des articles et de la pratique des entraîneurs.</translation>
    </message>
    <message>
        <source>The limit is Ordo&apos;s own estimate, not a study&apos;s.</source>
        <translation>La limite est une estimation propre à Ordo, pas celle d&apos;une étude.</translation>
    </message>
    <message>
        <source>This is a check of the plan itself.</source>
        <translation>Il s&apos;agit d&apos;une vérification du plan lui-même.</translation>
    </message>
    <message>
        <source>Explosive work soon after cardio</source>
        <translation>Travail explosif peu après le cardio</translation>
    </message>
    <message>
        <source>Outside your available times</source>
        <translation>En dehors de vos disponibilités</translation>
    </message>
    <message>
        <source>Steep rise in weekly load</source>
        <translation>Forte hausse de la charge hebdomadaire</translation>
    </message>
    <message>
        <source>No lighter week</source>
        <translation>Pas de semaine plus légère</translation>
    </message>
</context>
<context>
    <name>ordo::Rules</name>
    <message>
        <source>%1 HIIT sessions in one day + heavy legs: the recovery cost stacks up.</source>
        <translation>%1 séances de HIIT dans la journée, plus une séance lourde de jambes : le coût de récupération s&apos;accumule.</translation>
    </message>
    <message>
        <source>%1 HIIT sessions in one day: the recovery cost stacks up.</source>
        <translation>%1 séances de HIIT dans la journée : le coût de récupération s&apos;accumule.</translation>
    </message>
    <message>
        <source>Keep one HIIT; make the other easy, or move it ≥ 48 h away.</source>
        <translation>Gardez un seul HIIT ; rendez l&apos;autre facile ou éloignez-le d&apos;au moins 48 h.</translation>
    </message>
    <message>
        <source>HIIT on back-to-back days (%1 and %2, %3 apart): about 48 h between interval sessions lets you go hard again.</source>
        <translation>HIIT deux jours de suite (%1 et %2, à %3 d&apos;écart) : environ 48 h entre deux séances de fractionné permettent de repartir à fond.</translation>
    </message>
    <message>
        <source>Keep a day without HIIT between them (for example move %1 to %2), or make one of them moderate.</source>
        <translation>Laissez un jour sans HIIT entre les deux (par exemple, déplacez %1 à %2) ou rendez l&apos;une d&apos;elles modérée.</translation>
    </message>
    <message>
        <source>Keep a day without HIIT between them, or make one of them moderate.</source>
        <translation>Laissez un jour sans HIIT entre les deux ou rendez l&apos;une d&apos;elles modérée.</translation>
    </message>
    <message>
        <source>Replace one with moderate or easy cardio.</source>
        <translation>Remplacez-en une par du cardio modéré ou facile.</translation>
    </message>
    <message>
        <source>HIIT and heavy lifting %1 days in a row — fatigue builds faster than it clears.</source>
        <translation>HIIT et musculation lourde %1 jours de suite : la fatigue s&apos;accumule plus vite qu&apos;elle ne se dissipe.</translation>
    </message>
    <message>
        <source>Insert an easy or rest day, or move the HIIT.</source>
        <translation>Insérez un jour facile ou de repos, ou déplacez le HIIT.</translation>
    </message>
    <message>
        <source>%1 and %2 overlap by %3 min — they can&apos;t both be done.</source>
        <translation>%1 et %2 se chevauchent de %3 min : impossible de faire les deux.</translation>
    </message>
    <message>
        <source>Move %1 to %2, or shorten one of them.</source>
        <translation>Déplacez %1 à %2 ou raccourcissez l&apos;une des deux.</translation>
    </message>
    <message>
        <source>Move “%1” to %2</source>
        <translation>Déplacer « %1 » à %2</translation>
    </message>
    <message>
        <source>None needed; start earlier if this was not intended.</source>
        <translation>Rien à faire ; commencez plus tôt si ce n&apos;était pas voulu.</translation>
    </message>
    <message>
        <source>strength training</source>
        <translation>musculation</translation>
    </message>
    <message>
        <source>Correct the duration or split the session.</source>
        <translation>Corrigez la durée ou scindez la séance.</translation>
    </message>
    <message>
        <source>Change the intensity or the RPE.</source>
        <translation>Modifiez l&apos;intensité ou le RPE.</translation>
    </message>
    <message>
        <source>%1 loads the legs on your heavy-leg day (%2 apart): both sessions lose output and leg recovery slows.</source>
        <translation>%1 sollicite les jambes le jour de votre séance lourde de jambes (à %2 d&apos;écart) : les deux séances perdent en rendement et la récupération des jambes ralentit.</translation>
    </message>
    <message>
        <source>Swap it for the arm ergometer, easy (non-kick) swimming or a Zone 1 walk, or move %1 to another day.</source>
        <translation>Remplacez-la par l&apos;ergomètre à bras, de la natation facile (sans battements de jambes) ou une marche en zone 1, ou déplacez %1 à un autre jour.</translation>
    </message>
    <message>
        <source>Leg-loading HIIT on heavy-leg day: fatigue adds up and injury risk rises; separate them by as many hours as possible, ideally different days.</source>
        <translation>HIIT sollicitant les jambes le jour de la séance lourde de jambes : la fatigue s&apos;additionne et le risque de blessure augmente ; séparez-les d&apos;autant d&apos;heures que possible, idéalement sur des jours différents.</translation>
    </message>
    <message>
        <source>HIIT on heavy-leg day: %1 spares the legs, but the recovery cost still adds up.</source>
        <translation>HIIT le jour de la séance lourde de jambes : %1 épargne les jambes, mais le coût de récupération s&apos;additionne quand même.</translation>
    </message>
    <message>
        <source>Move %1 to a non-leg day, ideally ≥ 24 h (cycling) or ≥ 48 h (running, jumping) from heavy legs. On leg day keep cardio to Zone 1.</source>
        <translation>Déplacez %1 à un jour sans jambes, idéalement à ≥ 24 h (vélo) ou ≥ 48 h (course, sauts) de la séance lourde de jambes. Le jour des jambes, limitez le cardio à la zone 1.</translation>
    </message>
    <message>
        <source>Leg-day-friendly cardio.</source>
        <translation>Cardio compatible avec le jour de jambes.</translation>
    </message>
    <message>
        <source>Rowing works the legs too (about half the effort). Fine on leg day only if your legs are not very fatigued — keep it easy.</source>
        <translation>L&apos;aviron fait aussi travailler les jambes (environ la moitié de l&apos;effort). Acceptable le jour des jambes seulement si elles ne sont pas très fatiguées : restez en facile.</translation>
    </message>
    <message>
        <source>Make it easy, or use the arm ergometer.</source>
        <translation>Passez en facile ou utilisez l&apos;ergomètre à bras.</translation>
    </message>
    <message>
        <source>Active recovery: %1–%2 min easy after heavy legs.</source>
        <translation>Récupération active : %1 à %2 min en facile après la séance lourde de jambes.</translation>
    </message>
    <message>
        <source>HIIT %1 before heavy legs. Leg strength comes back within about a day after hard cycling, but running or jumping intervals can leave the legs sore for up to 2 days.</source>
        <translation>HIIT %1 avant la séance lourde de jambes. La force des jambes revient en un jour environ après du vélo intense, mais le fractionné en course ou en sauts peut laisser des courbatures jusqu&apos;à 2 jours.</translation>
    </message>
    <message>
        <source>Keep ≥ 24 h (cycling) or ≥ 48 h (running, jumping) between hard intervals and heavy legs, or swap the two days.</source>
        <translation>Laissez ≥ 24 h (vélo) ou ≥ 48 h (course, sauts) entre le fractionné intense et la séance lourde de jambes, ou intervertissez les deux jours.</translation>
    </message>
    <message>
        <source>Heavy legs the day before %1: running economy and time to exhaustion were worse the next day in studies.</source>
        <translation>Séance lourde de jambes la veille de %1 : dans les études, l&apos;économie de course et le temps jusqu&apos;à l&apos;épuisement étaient moins bons le lendemain.</translation>
    </message>
    <message>
        <source>Put heavy legs after the key session, or ≥ 48 h before it.</source>
        <translation>Placez la séance lourde de jambes après la séance clé, ou au moins 48 h avant.</translation>
    </message>
    <message>
        <source>earlier today</source>
        <translation>plus tôt aujourd&apos;hui</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>le %1</translation>
    </message>
    <message>
        <source>They are still about %1 % fatigued.</source>
        <translation>Ils sont encore fatigués à environ %1 %.</translation>
    </message>
    <message>
        <source>Move %1 to %2 or later, change its focus, or make it light.</source>
        <translation>Déplacez %1 à %2 ou plus tard, changez sa zone ciblée ou allégez-la.</translation>
    </message>
    <message>
        <source>%1 carries a training load of %2 (minutes × effort on the RPE 1–10 scale), %3× your average training day, from %4 sessions.</source>
        <translation>%1 porte une charge d&apos;entraînement de %2 (minutes × effort sur l&apos;échelle RPE de 1 à 10), soit %3× votre journée d&apos;entraînement moyenne, en %4 séances.</translation>
    </message>
    <message>
        <source>Move %1 to a lighter day such as %2, or make it easier.</source>
        <translation>Déplacez %1 à un jour plus léger, comme %2, ou allégez-la.</translation>
    </message>
    <message>
        <source>Move a session to a lighter day, or make it easier.</source>
        <translation>Déplacez une séance à un jour plus léger, ou allégez-la.</translation>
    </message>
    <message>
        <source>This week&apos;s load is %1× the average of the previous %2 weeks.</source>
        <translation>La charge de cette semaine vaut %1× la moyenne des %2 semaines précédentes.</translation>
    </message>
    <message>
        <source>Smaller step-ups, for example +10–20 % per week.</source>
        <translation>Augmentez plus progressivement, par exemple de +10 à 20 % par semaine.</translation>
    </message>
    <message>
        <source>Week %1: </source>
        <translation>Semaine %1 : </translation>
    </message>
    <message>
        <source>Training load is very similar from day to day (monotony %1: the average daily load divided by its day-to-day spread; above 2 means little variation). Alternating harder and easier days recovers better.</source>
        <translation>La charge d&apos;entraînement varie très peu d&apos;un jour à l&apos;autre (monotonie %1 : la charge quotidienne moyenne divisée par sa dispersion d&apos;un jour à l&apos;autre ; au-dessus de 2, la variation est faible). Alterner des jours plus durs et plus faciles favorise la récupération.</translation>
    </message>
    <message>
        <source>Make one day clearly easier (rest or Zone 1 only) and another a little harder.</source>
        <translation>Rendez un jour nettement plus facile (repos ou zone 1 seulement) et un autre un peu plus dur.</translation>
    </message>
    <message>
        <source>Late in the cycle, some people find hard intervals feel harder and recovery slower. Research shows small, inconsistent effects — go by how you feel.</source>
        <translation>En fin de cycle, certaines personnes trouvent le fractionné intense plus dur et récupèrent plus lentement. La recherche montre des effets faibles et incohérents : fiez-vous à vos sensations.</translation>
    </message>
    <message>
        <source>Optional: swap with an easier day if you feel flat.</source>
        <translation>Facultatif : échangez avec un jour plus facile si vous vous sentez sans énergie.</translation>
    </message>
    <message>
        <source>Warm-up, not a cardio session — no interference expected.</source>
        <translation>Échauffement, pas une séance de cardio : aucune interférence attendue.</translation>
    </message>
    <message>
        <source>%1 is longer than a typical warm-up (10–15 min). Still easy, so no interference is expected, but it counts as a cardio session.</source>
        <translation>%1 dure plus qu&apos;un échauffement habituel (10 à 15 min). Elle reste facile, donc aucune interférence n&apos;est attendue, mais elle compte comme une séance de cardio.</translation>
    </message>
    <message>
        <source>Shorten to ≤ %1 min if it is meant as a warm-up.</source>
        <translation>Raccourcissez-la à ≤ %1 min s&apos;il s&apos;agit d&apos;un échauffement.</translation>
    </message>
    <message>
        <source>%1 is a workout, not a warm-up (breathless or sweating heavily = training stimulus).</source>
        <translation>%1 est un entraînement, pas un échauffement (essoufflement ou forte transpiration = stimulus d&apos;entraînement).</translation>
    </message>
    <message>
        <source>Keep warm-ups easy (≤ 60 % HRmax, RPE ≤ 3) or move this cardio after lifting.</source>
        <translation>Gardez les échauffements faciles (≤ 60 % FCmax, RPE ≤ 3) ou placez ce cardio après la musculation.</translation>
    </message>
    <message>
        <source>Swap the order (lift first), or move %1 to %2 or later.</source>
        <translation>Inversez l&apos;ordre (musculation d&apos;abord) ou déplacez %1 à %2 ou plus tard.</translation>
    </message>
    <message>
        <source>Swap “%1” and “%2” (lift first)</source>
        <translation>Intervertir « %1 » et « %2 » (musculation d&apos;abord)</translation>
    </message>
    <message>
        <source>Easy 5–15 min warm-up, then lift, then optional easy cardio.</source>
        <translation>Échauffement facile de 5 à 15 min, puis musculation, puis cardio facile si vous le souhaitez.</translation>
    </message>
    <message>
        <source>For endurance, do the key session (%1) first, while fresh. Lifting before it carries fatigue into it (worse running economy up to the next day).</source>
        <translation>Pour l&apos;endurance, faites d&apos;abord la séance clé (%1), quand vous êtes frais. La musculation avant y apporte de la fatigue (économie de course dégradée jusqu&apos;au lendemain).</translation>
    </message>
    <message>
        <source>Swap “%1” and “%2” (cardio first)</source>
        <translation>Intervertir « %1 » et « %2 » (cardio d&apos;abord)</translation>
    </message>
    <message>
        <source>After the key cardio, keep lifting short and moderate (compound lifts, no max effort).</source>
        <translation>Après le cardio clé, gardez une musculation courte et modérée (mouvements polyarticulaires, pas d&apos;effort maximal).</translation>
    </message>
    <message>
        <source>1 more finding of this kind is not listed.</source>
        <translation>1 autre constat de ce type n&apos;est pas listé.</translation>
    </message>
    <message>
        <source>%1 more findings of this kind are not listed.</source>
        <translation>%1 autres constats de ce type ne sont pas listés.</translation>
    </message>
    <message>
        <source>Fix the findings above first; the rest are usually the same pattern.</source>
        <translation>Corrigez d&apos;abord les constats ci-dessus ; les autres suivent généralement le même schéma.</translation>
    </message>
    <message>
        <source>The week has no rest day and the plan repeats, so there is never a day off. Recovery breaks down without rest days.</source>
        <translation>La semaine n&apos;a aucun jour de repos et le plan se répète : il n&apos;y a donc jamais de jour off. Sans jours de repos, la récupération s&apos;effondre.</translation>
    </message>
    <message>
        <source>%1 days in a row without a rest day (no lifting and no moderate or hard cardio; easy cardio up to %2, or up to %3 as active rest, is fine). Recovery breaks down without rest days.</source>
        <translation>%1 jours de suite sans jour de repos (ni musculation ni cardio modéré ou intense ; un cardio facile jusqu&apos;à %2, ou jusqu&apos;à %3 en repos actif, reste possible). Sans jours de repos, la récupération s&apos;effondre.</translation>
    </message>
    <message>
        <source>Make one day a rest day: no lifting, and at most easy cardio (up to %1 of Zone 1).</source>
        <translation>Faites d&apos;un jour un jour de repos : pas de musculation, et au plus du cardio facile (jusqu&apos;à %1 en zone 1).</translation>
    </message>
    <message>
        <source>Shorten it, or make part of it easy.</source>
        <translation>Raccourcissez-la ou faites-en une partie en facile.</translation>
    </message>
    <message>
        <source>In the first months, 2–3 lifting days of 30–45 min are enough; consistency beats volume.</source>
        <translation>Les premiers mois, 2 à 3 jours de musculation de 30 à 45 min suffisent ; la régularité prime sur le volume.</translation>
    </message>
    <message>
        <source>Trim to 2–3 sessions of ≤ 45–60 min.</source>
        <translation>Réduisez à 2 ou 3 séances de 45 à 60 min au plus.</translation>
    </message>
    <message>
        <source>%1 moderate or hard cardio sessions this week; 2–3 (under 30 min) usually fits alongside lifting.</source>
        <translation>%1 séances de cardio modéré ou intense cette semaine ; 2 ou 3 (de moins de 30 min) s&apos;accordent généralement avec la musculation.</translation>
    </message>
    <message>
        <source>Turn some into easy Zone 1 sessions (no interference), or drop one.</source>
        <translation>Transformez-en certaines en séances faciles en zone 1 (sans interférence), ou supprimez-en une.</translation>
    </message>
    <message>
        <source>1 lifting session this week (below the usual minimum of %1).</source>
        <translation>1 séance de musculation cette semaine (en dessous du minimum habituel de %1).</translation>
    </message>
    <message>
        <source>%1 lifting sessions this week (below the usual minimum of %2).</source>
        <translation>%1 séances de musculation cette semaine (en dessous du minimum habituel de %2).</translation>
    </message>
    <message>
        <source>Add a session.</source>
        <translation>Ajoutez une séance.</translation>
    </message>
    <message>
        <source>%1 lifting sessions this week (more than the 3–4 lifting + 2–3 cardio template).</source>
        <translation>%1 séances de musculation cette semaine (plus que le schéma 3–4 musculation + 2–3 cardio).</translation>
    </message>
    <message>
        <source>Remove a session.</source>
        <translation>Supprimez une séance.</translation>
    </message>
    <message>
        <source>High cardio volume (%1 min): reduce lifting volume proportionally so recovery keeps up.</source>
        <translation>Volume de cardio élevé (%1 min) : réduisez proportionnellement le volume de musculation pour que la récupération suive.</translation>
    </message>
    <message>
        <source>Drop a heavy session or make it moderate.</source>
        <translation>Supprimez une séance lourde ou rendez-la modérée.</translation>
    </message>
    <message>
        <source>About %1 min of moderate-equivalent activity this week; health guidelines suggest 150–300.</source>
        <translation>Environ %1 min d&apos;activité en équivalent modéré cette semaine ; les recommandations de santé préconisent 150 à 300.</translation>
    </message>
    <message>
        <source>Add easy walks; they don&apos;t interfere with lifting.</source>
        <translation>Ajoutez des marches faciles ; elles n&apos;interfèrent pas avec la musculation.</translation>
    </message>
    <message>
        <source>Your legs were trained hard %1 (%2, %3).</source>
        <translation>Vos jambes ont été fortement sollicitées %1 (%2, %3).</translation>
    </message>
    <message>
        <source>Your upper body was trained hard %1 (%2, %3).</source>
        <translation>Votre haut du corps a été fortement sollicité %1 (%2, %3).</translation>
    </message>
    <message>
        <source>Your core was trained hard %1 (%2, %3).</source>
        <translation>Votre sangle abdominale a été fortement sollicitée %1 (%2, %3).</translation>
    </message>
    <message>
        <source>The same muscles usually get 48–72 h, at least one day without hard work for them in between.</source>
        <translation>On laisse en général 48 à 72 h aux mêmes muscles, avec au moins un jour sans effort intense pour eux entre deux séances.</translation>
    </message>
    <message>
        <source>%1 HIIT sessions within %2: about 48 h between them lets you hit each one hard.</source>
        <translation>%1 séances de HIIT en %2 : environ 48 h entre elles permettent d&apos;attaquer chacune à fond.</translation>
    </message>
    <message>
        <source>%1 HIIT sessions in 7 days leave little time to recover between them.</source>
        <translation>%1 séances de HIIT en 7 jours laissent peu de temps pour récupérer entre elles.</translation>
    </message>
    <message>
        <source>%1 HIIT sessions in 7 days; more than 2–3 a week starts to eat into recovery between lifting sessions.</source>
        <translation>%1 séances de HIIT en 7 jours ; au-delà de 2 à 3 par semaine, elles rognent sur la récupération entre les séances de musculation.</translation>
    </message>
    <message>
        <source>%1 HIIT sessions in 7 days — the top of what fits beside muscle or strength training.</source>
        <translation>%1 séances de HIIT en 7 jours — le maximum compatible avec un entraînement de masse ou de force.</translation>
    </message>
    <message>
        <source>%1 HIIT sessions in 7 days. In your first months one interval session a week is plenty: moderate effort builds the base, and hard fatigue makes lifting technique break down.</source>
        <translation>%1 séances de HIIT en 7 jours. Les premiers mois, une séance d&apos;intervalles par semaine suffit : l&apos;effort modéré construit la base, et une forte fatigue dégrade la technique en musculation.</translation>
    </message>
    <message numerus="yes">
        <source>Make %n of them moderate (steady, conversational pace).</source>
        <translation>
            <numerusform>Passez-en %n en modéré (allure régulière, on peut parler).</numerusform>
            <numerusform>Passez-en %n en modéré (allure régulière, on peut parler).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is %2 of intervals; while you are learning to lift, keep intervals to about %3.</source>
        <translation>%1 représente %2 d&apos;intervalles ; tant que vous apprenez la musculation, limitez les intervalles à environ %3.</translation>
    </message>
    <message>
        <source>Shorten it to %1 or make part of it moderate.</source>
        <translation>Raccourcissez-la à %1 ou passez-en une partie en modéré.</translation>
    </message>
    <message>
        <source>%1 alone is %2; keep intervals to about %3 for now.</source>
        <translation>%1 dure à elle seule %2 ; limitez les intervalles à environ %3 pour l&apos;instant.</translation>
    </message>
    <message>
        <source>%1 duplicates %2: same start, %3, and same type. Until one is deleted, Ordo counts only the first.</source>
        <translation>%1 double %2 : même début, %3, et même type. Tant que l&apos;une n&apos;est pas supprimée, Ordo ne compte que la première.</translation>
    </message>
    <message>
        <source>Delete one of them.</source>
        <translation>Supprimez l&apos;une des deux.</translation>
    </message>
    <message>
        <source>Delete the second “%1”</source>
        <translation>Supprimer la seconde « %1 »</translation>
    </message>
    <message>
        <source>%1 runs past midnight: it counts as a %2 session; charts split its load and energy by minutes (%3 min on %2, %4 min on %5).</source>
        <translation>%1 dépasse minuit : elle compte comme une séance du %2 ; les graphiques répartissent sa charge et son énergie selon les minutes (%3 min le %2, %4 min le %5).</translation>
    </message>
    <message>
        <source>%1 runs %2 min past the end of the plan (midnight after %3); it counts as a %3 session, and those %2 min are left out of the charts and totals.</source>
        <translation>%1 dépasse de %2 min la fin du plan (minuit après %3) ; elle compte comme une séance du %3, et ces %2 min sont exclues des graphiques et des totaux.</translation>
    </message>
    <message>
        <source>Shorten it, start it earlier, or add a week.</source>
        <translation>Raccourcissez-la, commencez-la plus tôt ou ajoutez une semaine.</translation>
    </message>
    <message>
        <source>HIIT</source>
        <translation>HIIT</translation>
    </message>
    <message>
        <source>moderate cardio</source>
        <translation>cardio modéré</translation>
    </message>
    <message>
        <source>easy cardio</source>
        <translation>cardio facile</translation>
    </message>
    <message>
        <source>%1: %2 of %3 is unusually long; check the duration.</source>
        <translation>%1 : %2 de %3, c&apos;est inhabituellement long ; vérifiez la durée.</translation>
    </message>
    <message>
        <source>%1: RPE %2 does not match “%3”. Findings go by the intensity (moderate cardio at RPE %4 or more counts as hard steady cardio, with a longer AMPK window); training load goes by the RPE.</source>
        <translation>%1 : un RPE de %2 ne correspond pas à « %3 ». Les constats suivent l&apos;intensité (un cardio modéré à RPE %4 ou plus compte comme cardio continu intense, avec une fenêtre d&apos;AMPK plus longue) ; la charge d&apos;entraînement suit le RPE.</translation>
    </message>
    <message>
        <source>%1 loads the legs within 12 h of heavy legs (%2 apart): both sessions lose output and leg recovery slows.</source>
        <translation>%1 sollicite les jambes dans les 12 h d&apos;une séance lourde de jambes (%2 d&apos;écart) : les deux séances perdent en rendement et les jambes récupèrent plus lentement.</translation>
    </message>
    <message>
        <source>Your legs are still about %1 % fatigued at %2, mostly from %3 (100 % = legs right after a 60-min heavy leg session). Below %4 % is the usual mark for training them hard again.</source>
        <translation>Vos jambes sont encore fatiguées à environ %1 % le %2, surtout à cause de %3 (100 % = jambes juste après 60 min de jambes lourdes). Sous %4 %, on considère habituellement qu&apos;on peut les solliciter à nouveau.</translation>
    </message>
    <message>
        <source>Your upper body is still about %1 % fatigued at %2, mostly from %3 (100 % = legs right after a 60-min heavy leg session). Below %4 % is the usual mark for training it hard again.</source>
        <translation>Le haut du corps est encore fatigué à environ %1 % le %2, surtout à cause de %3 (100 % = jambes juste après 60 min de jambes lourdes). Sous %4 %, on considère habituellement qu&apos;on peut le solliciter à nouveau.</translation>
    </message>
    <message>
        <source>Your core is still about %1 % fatigued at %2, mostly from %3 (100 % = legs right after a 60-min heavy leg session). Below %4 % is the usual mark for training it hard again.</source>
        <translation>Votre gainage est encore fatigué à environ %1 % le %2, surtout à cause de %3 (100 % = jambes juste après 60 min de jambes lourdes). Sous %4 %, on considère habituellement qu&apos;on peut le solliciter à nouveau.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>Move %1 to a later day, change its focus, or make it light.</source>
        <translation>Déplacez %1 à un jour plus tardif, changez sa cible ou rendez-la légère.</translation>
    </message>
    <message>
        <source>The daily training load is also very uniform (monotony %1).</source>
        <translation>La charge d&apos;entraînement quotidienne est aussi très uniforme (monotonie %1).</translation>
    </message>
    <message>
        <source>Your plan repeats every %1 days but your cycle is %2 days long, so each weekday falls in a different phase from one repetition to the next: a fixed weekly plan can&apos;t follow the cycle. Research shows small, inconsistent effects of cycle phase — go by how you feel.</source>
        <translation>Votre plan se répète tous les %1 jours mais votre cycle dure %2 jours : chaque jour de la semaine tombe dans une phase différente d&apos;une répétition à l&apos;autre, et un plan hebdomadaire fixe ne peut pas suivre le cycle. Les études montrent des effets faibles et inconstants de la phase du cycle — fiez-vous à vos sensations.</translation>
    </message>
    <message numerus="yes">
        <source>To plan by cycle phase, make the plan %n weeks long or turn repeat off and plan each block.</source>
        <translation>
            <numerusform>Pour planifier selon la phase du cycle, donnez au plan une durée de %n semaine ou désactivez la répétition et planifiez chaque bloc.</numerusform>
            <numerusform>Pour planifier selon la phase du cycle, donnez au plan une durée de %n semaines ou désactivez la répétition et planifiez chaque bloc.</numerusform>
        </translation>
    </message>
    <message>
        <source>To plan by cycle phase, turn repeat off and plan each block.</source>
        <translation>Pour planifier selon la phase du cycle, désactivez la répétition et planifiez chaque bloc.</translation>
    </message>
    <message>
        <source>walking</source>
        <translation>marche</translation>
    </message>
    <message>
        <source>cycling</source>
        <translation>vélo</translation>
    </message>
    <message>
        <source>elliptical</source>
        <translation>elliptique</translation>
    </message>
    <message>
        <source>rowing</source>
        <translation>rameur</translation>
    </message>
    <message>
        <source>cardio</source>
        <translation>cardio</translation>
    </message>
    <message>
        <source>after the end of the plan</source>
        <translation>après la fin du plan</translation>
    </message>
    <message>
        <source>%1 starts %2 after %3. After %4, AMPK is estimated to stay raised until %5 (%6), which may blunt the lifting stimulus; tired muscles also manage fewer reps.</source>
        <translation>%1 commence %2 après %3. Après du %4, l&apos;AMPK resterait élevée jusqu&apos;à %5 (%6) selon l&apos;estimation, ce qui peut atténuer le stimulus de la musculation ; des muscles fatigués font aussi moins de répétitions.</translation>
    </message>
    <message>
        <source>The effect is smaller for an upper-body session, because the legs did the cardio.</source>
        <translation>L&apos;effet est moindre pour une séance du haut du corps, car ce sont les jambes qui ont fait le cardio.</translation>
    </message>
    <message>
        <source>Swap the order (lift first).</source>
        <translation>Inversez l&apos;ordre (musculation d&apos;abord).</translation>
    </message>
    <message>
        <source>%1 between %2 and %3: past the estimated AMPK window, but coaching advice is to leave 4–6 h between split sessions; %4 gives more margin.</source>
        <translation>%1 entre %2 et %3 : après la fenêtre d&apos;AMPK estimée, mais les entraîneurs conseillent 4 à 6 h entre des séances séparées ; %4 donne plus de marge.</translation>
    </message>
    <message>
        <source>Keep at least %1 between them, or lift first.</source>
        <translation>Gardez au moins %1 entre les deux, ou faites la musculation d&apos;abord.</translation>
    </message>
    <message>
        <source>When you are new to lifting, don&apos;t start with intense cardio: tired muscles make technique break down (this is about form, not about interference).</source>
        <translation>Quand vous débutez en musculation, ne commencez pas par un cardio intense : des muscles fatigués dégradent la technique (il s&apos;agit de l&apos;exécution, pas d&apos;interférence).</translation>
    </message>
    <message>
        <source>Swap the order (cardio first, then short lifting), or separate them by at least %1.</source>
        <translation>Inversez l&apos;ordre (cardio d&apos;abord, puis une courte séance de musculation), ou séparez-les d&apos;au moins %1.</translation>
    </message>
    <message>
        <source>If it has to be heavy, start it after %1, when the estimated AMPK window after %2 has passed.</source>
        <translation>Si elle doit être lourde, commencez-la après %1, quand la fenêtre d&apos;AMPK estimée après %2 est passée.</translation>
    </message>
    <message>
        <source>Make %1 moderate and at most %2 min, or start it at %3 or later.</source>
        <translation>Rendez %1 modérée et d&apos;au plus %2 min, ou commencez-la à %3 ou plus tard.</translation>
    </message>
    <message>
        <source>Make %1 moderate and at most %2 min.</source>
        <translation>Rendez %1 modérée et d&apos;au plus %2 min.</translation>
    </message>
    <message>
        <source>%1 starts %2 after %3: HIIT this close to lifting still adds recovery cost; separate them by as many hours as you can — %4 or more, or another day.</source>
        <translation>%1 commence %2 après %3 : un HIIT si proche de la musculation coûte encore en récupération ; séparez-les d&apos;autant d&apos;heures que possible — %4 ou plus, ou un autre jour.</translation>
    </message>
    <message>
        <source>Move %1 to another day.</source>
        <translation>Déplacez %1 à un autre jour.</translation>
    </message>
    <message>
        <source>Move %1 to %2 or later, or to another day.</source>
        <translation>Déplacez %1 à %2 ou plus tard, ou à un autre jour.</translation>
    </message>
    <message>
        <source>HIIT straight after lifting: one article recommends it for fat loss, two advise keeping cardio after lifting moderate because HIIT adds a large recovery cost. Fine if you recover well; if your lifting stalls, make it moderate or move it.</source>
        <translation>HIIT juste après la musculation : un article le recommande pour la perte de graisse, deux conseillent de garder le cardio après la musculation modéré, car le HIIT coûte beaucoup en récupération. Très bien si vous récupérez bien ; si vos progrès en musculation stagnent, passez-le en modéré ou déplacez-le.</translation>
    </message>
    <message>
        <source>HIIT straight after lifting adds a large recovery cost; moderate cardio after lifting, or HIIT on another day, recovers better.</source>
        <translation>Le HIIT juste après la musculation coûte beaucoup en récupération ; un cardio modéré après la musculation, ou le HIIT un autre jour, se récupère mieux.</translation>
    </message>
    <message>
        <source>HIIT straight after lifting adds a large recovery cost and can eat into the gains from the lifting session. Keep cardio after lifting moderate, or give the HIIT its own slot.</source>
        <translation>Le HIIT juste après la musculation coûte beaucoup en récupération et peut rogner les gains de la séance. Gardez le cardio après la musculation modéré, ou donnez au HIIT son propre créneau.</translation>
    </message>
    <message>
        <source>Make it easy or moderate and at most 30 min, or move the HIIT to a day without lifting or at least %1 after lifting.</source>
        <translation>Passez-le en facile ou modéré et à 30 min au plus, ou placez le HIIT un jour sans musculation ou au moins %1 après.</translation>
    </message>
    <message>
        <source>Make “%1” moderate</source>
        <translation>Passer « %1 » en modéré</translation>
    </message>
    <message>
        <source>%1 of moderate cardio after lifting; %2 or less keeps the recovery cost low.</source>
        <translation>%1 de cardio modéré après la musculation ; %2 ou moins limite le coût de récupération.</translation>
    </message>
    <message>
        <source>Shorten it to %1 or less, or make the extra minutes easy (Zone 1).</source>
        <translation>Raccourcissez-le à %1 ou moins, ou passez les minutes en trop en facile (zone 1).</translation>
    </message>
    <message>
        <source>Set “%1” to %2</source>
        <translation>Régler « %1 » sur %2</translation>
    </message>
    <message>
        <source>%1 works the same upper-body muscles as %2, right after it: both sessions lose output and upper-body recovery slows.</source>
        <translation>%1 sollicite les mêmes muscles du haut du corps que %2, juste après : les deux séances perdent en rendement et le haut du corps récupère plus lentement.</translation>
    </message>
    <message>
        <source>%1 works the same upper-body muscles as %2, right before it: both sessions lose output and upper-body recovery slows.</source>
        <translation>%1 sollicite les mêmes muscles du haut du corps que %2, juste avant : les deux séances perdent en rendement et le haut du corps récupère plus lentement.</translation>
    </message>
    <message>
        <source>HIIT next to lifting also adds a large recovery cost.</source>
        <translation>Le HIIT à côté de la musculation coûte en plus beaucoup en récupération.</translation>
    </message>
    <message>
        <source>After an upper-body day choose cardio that spares the arms and back — cycling, walking, the elliptical, or running on a non-leg day — or move %1 to another day.</source>
        <translation>Après une séance du haut du corps, choisissez un cardio qui épargne les bras et le dos — vélo, marche, elliptique, ou course un jour sans jambes — ou déplacez %1 à un autre jour.</translation>
    </message>
    <message>
        <source>%1 of easy %2 straight after heavy legs: 10–20 min of easy cardio helps recovery, but a long session keeps the tired legs working when they should start to recover.</source>
        <translation>%1 de %2 facile juste après des jambes lourdes : 10 à 20 min de cardio facile aident la récupération, mais une longue séance fait travailler les jambes fatiguées quand elles devraient commencer à récupérer.</translation>
    </message>
    <message>
        <source>Keep it to 10–20 min here and do the rest on another day or at least %1 later.</source>
        <translation>Limitez-vous ici à 10 à 20 min et faites le reste un autre jour ou au moins %1 plus tard.</translation>
    </message>
    <message>
        <source>%1 is explosive work (jumps, throws, Olympic lifts) %2 after %3. Speed and power suffer most from cardio done close before them, and power gains were smaller when both were trained within one session than with 3 h or more between.</source>
        <translation>%1 est un travail explosif (sauts, lancers, haltérophilie) %2 après %3. La vitesse et la puissance souffrent le plus d&apos;un cardio fait juste avant, et les gains de puissance étaient moindres quand les deux étaient entraînés dans la même séance qu&apos;avec 3 h ou plus d&apos;écart.</translation>
    </message>
    <message>
        <source>Do the explosive work first.</source>
        <translation>Faites le travail explosif d&apos;abord.</translation>
    </message>
    <message>
        <source>Do the explosive work first, or start it at %1 or later.</source>
        <translation>Faites le travail explosif d&apos;abord, ou commencez-le à %1 ou plus tard.</translation>
    </message>
    <message>
        <source>This lifting-and-cardio session lasts %1; the usual advice is to keep the whole session under 75–80 min.</source>
        <translation>Cette séance musculation et cardio dure %1 ; le conseil habituel est de garder la séance entière sous 75 à 80 min.</translation>
    </message>
    <message>
        <source>Trim the cardio, or move it to another time.</source>
        <translation>Réduisez le cardio ou placez-le à un autre moment.</translation>
    </message>
    <message>
        <source>The whole session lasts %1; the usual advice is under 75–80 min.</source>
        <translation>La séance entière dure %1 ; le conseil habituel est de rester sous 75 à 80 min.</translation>
    </message>
    <message>
        <source>%1 is %2; beside lifting, hard cardio under %3 costs less recovery — extra easy minutes add energy use without that cost.</source>
        <translation>%1 dure %2 ; à côté de la musculation, un cardio soutenu de moins de %3 coûte moins en récupération — des minutes faciles en plus augmentent la dépense d&apos;énergie sans ce coût.</translation>
    </message>
    <message>
        <source>%1 is %2; for muscle or strength gains, hard cardio under %3 interferes less with lifting.</source>
        <translation>%1 dure %2 ; pour gagner en muscle ou en force, un cardio soutenu de moins de %3 interfère moins avec la musculation.</translation>
    </message>
    <message>
        <source>At %1 it is also longer than the %2 that interferes least.</source>
        <translation>Avec %1, il dépasse aussi les %2 qui interfèrent le moins.</translation>
    </message>
    <message numerus="yes">
        <source>%n strength session(s) this week. For endurance, 2–3 short strength sessions a week improve running economy and time-trial performance.</source>
        <translation>
            <numerusform>%n séance de musculation cette semaine. Pour l&apos;endurance, 2 à 3 courtes séances de musculation par semaine améliorent l&apos;économie de course et la performance contre la montre.</numerusform>
            <numerusform>%n séances de musculation cette semaine. Pour l&apos;endurance, 2 à 3 courtes séances de musculation par semaine améliorent l&apos;économie de course et la performance contre la montre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a short session (30–45 min, compound lifts) after an easy day&apos;s cardio, not before a key session.</source>
        <translation>Ajoutez une courte séance (30 à 45 min, exercices polyarticulaires) après le cardio d&apos;une journée facile, pas avant une séance clé.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>“%1” on %2 falls in busy time.</source>
        <translation>« %1 » le %2 tombe sur une plage occupée.</translation>
    </message>
    <message>
        <source>“%1” on %2 clashes with “%3”.</source>
        <translation>« %1 » le %2 chevauche « %3 ».</translation>
    </message>
    <message>
        <source>“%1” on %2 falls in time you keep for other kinds of training.</source>
        <translation>« %1 » le %2 tombe dans un créneau réservé à d&apos;autres types d&apos;entraînement.</translation>
    </message>
    <message>
        <source>“%1” on %2 lies outside the times you can train.</source>
        <translation>« %1 » le %2 est en dehors de vos créneaux d&apos;entraînement.</translation>
    </message>
    <message>
        <source>The nearest free window is %1 %2.</source>
        <translation>Le créneau libre le plus proche est %1 %2.</translation>
    </message>
    <message>
        <source>Move it to %1, or change your available times.</source>
        <translation>Déplacez-la à %1 ou modifiez vos disponibilités.</translation>
    </message>
    <message>
        <source>No free window of this week is long enough for it.</source>
        <translation>Aucun créneau libre de cette semaine n&apos;est assez long.</translation>
    </message>
    <message>
        <source>Shorten it, or change your available times.</source>
        <translation>Raccourcissez-la ou modifiez vos disponibilités.</translation>
    </message>
    <message>
        <source>Week %1 carries %2 % more training load than week %3 (%4 against %5, minutes × effort on the RPE 1–10 scale).</source>
        <translation>La semaine %1 porte %2 % de charge d&apos;entraînement de plus que la semaine %3 (%4 contre %5, minutes × effort sur l&apos;échelle RPE 1–10).</translation>
    </message>
    <message>
        <source>Week %1 carries %2 % more training load than week %3 before it as the plan repeats (%4 against %5, minutes × effort on the RPE 1–10 scale).</source>
        <translation>La semaine %1 porte %2 % de charge d&apos;entraînement de plus que la semaine %3 qui la précède, puisque le plan se répète (%4 contre %5, minutes × effort sur l&apos;échelle RPE 1–10).</translation>
    </message>
    <message>
        <source>Raise the load in smaller steps over two or three weeks.</source>
        <translation>Augmentez la charge par petites étapes sur deux ou trois semaines.</translation>
    </message>
    <message>
        <source>The plan repeats its %1 weeks without a lighter week (one with at least %2 % less training load than the weeks before it), so the load never drops.</source>
        <translation>Le plan répète ses %1 semaines sans semaine plus légère (une semaine avec au moins %2 % de charge d&apos;entraînement en moins que les précédentes) : la charge ne baisse jamais.</translation>
    </message>
    <message>
        <source>Weeks %1 to %2 are %3 weeks in a row without a lighter week (one with at least %4 % less training load than the weeks before it).</source>
        <translation>Les semaines %1 à %2 font %3 semaines d&apos;affilée sans semaine plus légère (une semaine avec au moins %4 % de charge d&apos;entraînement en moins que les précédentes).</translation>
    </message>
    <message>
        <source>Make week %1 lighter, for example by shortening its sessions by a third, or insert a lighter week before it.</source>
        <translation>Allégez la semaine %1, par exemple en raccourcissant ses séances d&apos;un tiers, ou insérez une semaine plus légère avant elle.</translation>
    </message>
</context>
<context>
    <name>ordo::SeasonCommands</name>
    <message>
        <source>Copy Week To</source>
        <translation>Copier la semaine vers</translation>
    </message>
    <message>
        <source>Copy the sessions of week %1 to these weeks. Their own sessions are replaced.</source>
        <translation>Copier les séances de la semaine %1 vers ces semaines. Leurs propres séances sont remplacées.</translation>
    </message>
    <message>
        <source>Target weeks</source>
        <translation>Semaines cibles</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Semaine %1</translation>
    </message>
    <message>
        <source>Delete sessions?</source>
        <translation>Supprimer des séances ?</translation>
    </message>
    <message numerus="yes">
        <source>This deletes %n sessions.</source>
        <translation>
            <numerusform>Cela supprime %n séance.</numerusform>
            <numerusform>Cela supprime %n séances.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy Week To…</source>
        <translation>&amp;Copier la semaine vers…</translation>
    </message>
    <message>
        <source>Dupl&amp;icate Weeks</source>
        <translation>&amp;Dupliquer les semaines</translation>
    </message>
    <message>
        <source>Insert Empty Week &amp;Before</source>
        <translation>Insérer une semaine vide a&amp;vant</translation>
    </message>
    <message>
        <source>Insert Empty Week &amp;After</source>
        <translation>Insérer une semaine vide a&amp;près</translation>
    </message>
    <message>
        <source>&amp;Delete Weeks</source>
        <translation>&amp;Supprimer les semaines</translation>
    </message>
    <message>
        <source>Move Weeks &amp;Up</source>
        <translation>&amp;Monter les semaines</translation>
    </message>
    <message>
        <source>Move Weeks Do&amp;wn</source>
        <translation>Desce&amp;ndre les semaines</translation>
    </message>
    <message>
        <source>C&amp;lear Weeks</source>
        <translation>Vid&amp;er les semaines</translation>
    </message>
    <message>
        <source>&amp;Generate Deload Week…</source>
        <translation>&amp;Générer une semaine de décharge…</translation>
    </message>
    <message>
        <source>&amp;Phase</source>
        <translation>P&amp;hase</translation>
    </message>
    <message>
        <source>&amp;No Phase</source>
        <translation>&amp;Aucune phase</translation>
    </message>
    <message>
        <source>&amp;Base</source>
        <translation>&amp;Foncier</translation>
    </message>
    <message>
        <source>B&amp;uild</source>
        <translation>Dé&amp;veloppement</translation>
    </message>
    <message>
        <source>&amp;Peak</source>
        <translation>&amp;Pic</translation>
    </message>
    <message>
        <source>&amp;Deload</source>
        <translation>&amp;Décharge</translation>
    </message>
    <message>
        <source>&amp;Taper</source>
        <translation>Affû&amp;tage</translation>
    </message>
    <message>
        <source>&amp;Custom…</source>
        <translation>Pe&amp;rsonnalisée…</translation>
    </message>
    <message>
        <source>Custom Phase</source>
        <translation>Phase personnalisée</translation>
    </message>
    <message>
        <source>Name of the phase (up to %1 characters):</source>
        <translation>Nom de la phase (%1 caractères au plus) :</translation>
    </message>
    <message>
        <source>Generate Deload Week</source>
        <translation>Générer une semaine de décharge</translation>
    </message>
    <message>
        <source>A copy of week %1 after it, with the same sessions on the same days and at the same intensity, each strength and cardio session shorter by this share. Cutting volume and keeping intensity is what works best in a taper (Bosquet 2007).</source>
        <translation>Une copie de la semaine %1 juste après elle, avec les mêmes séances les mêmes jours et à la même intensité, chaque séance de musculation et de cardio raccourcie de cette part. Réduire le volume en gardant l&apos;intensité est ce qui marche le mieux dans un affûtage (Bosquet 2007).</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>&amp;Less volume:</source>
        <translation>&amp;Volume en moins :</translation>
    </message>
    <message>
        <source>&amp;Copy Week %1 To…</source>
        <translation>&amp;Copier la semaine %1 vers…</translation>
    </message>
    <message>
        <source>Fill Weeks with a &amp;Rotation…</source>
        <translation>&amp;Remplir les semaines avec une rotation…</translation>
    </message>
</context>
<context>
    <name>ordo::SeasonView</name>
    <message>
        <source>Load</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>Hard min</source>
        <translation>Min dures</translation>
    </message>
    <message>
        <source>HIIT</source>
        <translation>HIIT</translation>
    </message>
    <message>
        <source>Lifts</source>
        <translation>Muscu</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Repos</translation>
    </message>
    <message>
        <source>kcal</source>
        <translation>kcal</translation>
    </message>
    <message>
        <source>Training load of the week (RPE × min)</source>
        <translation>Charge d&apos;entraînement de la semaine (RPE × min)</translation>
    </message>
    <message>
        <source>Minutes of hard sessions: lifting, moderate and HIIT cardio</source>
        <translation>Minutes de séances dures : musculation, cardio modéré et HIIT</translation>
    </message>
    <message>
        <source>HIIT sessions</source>
        <translation>Séances de HIIT</translation>
    </message>
    <message>
        <source>Lifting sessions</source>
        <translation>Séances de musculation</translation>
    </message>
    <message>
        <source>Rest days</source>
        <translation>Jours de repos</translation>
    </message>
    <message>
        <source>Energy used in training (kcal)</source>
        <translation>Énergie dépensée à l&apos;entraînement (kcal)</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Semaine %1</translation>
    </message>
    <message>
        <source>Season overview</source>
        <translation>Vue d&apos;ensemble de la saison</translation>
    </message>
    <message>
        <source>Week %1, %2</source>
        <translation>Semaine %1, %2</translation>
    </message>
    <message>
        <source>%1: no sessions</source>
        <translation>%1 : aucune séance</translation>
    </message>
    <message>
        <source>%1 at %2, %3</source>
        <translation>%1 à %2, %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Worst finding: %1 (%2)</source>
        <translation>Constat le plus grave : %1 (%2)</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Worst finding</source>
        <translation>Constat le plus grave</translation>
    </message>
    <message>
        <source>Week %1 · %2</source>
        <translation>Semaine %1 · %2</translation>
    </message>
</context>
<context>
    <name>ordo::SessionAccessible</name>
    <message>
        <source>%1, %2 %3 to %4</source>
        <translation>%1, %2 de %3 à %4</translation>
    </message>
    <message>
        <source>week %1</source>
        <translation>semaine %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Session. Enter opens it in the inspector; arrow keys move it.</source>
        <translation>Séance. Entrée l’ouvre dans l’inspecteur ; les flèches la déplacent.</translation>
    </message>
    <message>
        <source>key session</source>
        <translation>séance clé</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>manquée</translation>
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
        <translation>Déplacer %1 à %2</translation>
    </message>
    <message numerus="yes">
        <source>Move %n sessions</source>
        <translation>
            <numerusform>Déplacer %n séance</numerusform>
            <numerusform>Déplacer %n séances</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy %1 to %2</source>
        <translation>Copier %1 vers %2</translation>
    </message>
    <message numerus="yes">
        <source>Copy %n sessions</source>
        <translation>
            <numerusform>Copier %n séance</numerusform>
            <numerusform>Copier %n séances</numerusform>
        </translation>
    </message>
    <message>
        <source>Add %1 on %2</source>
        <translation>Ajouter %1 le %2</translation>
    </message>
    <message numerus="yes">
        <source>Add %n sessions</source>
        <translation>
            <numerusform>Ajouter %n séance</numerusform>
            <numerusform>Ajouter %n séances</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste %1 on %2</source>
        <translation>Coller %1 le %2</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n sessions</source>
        <translation>
            <numerusform>Coller %n séance</numerusform>
            <numerusform>Coller %n séances</numerusform>
        </translation>
    </message>
    <message>
        <source>Change duration of %1 to %2</source>
        <translation>Changer la durée de %1 en %2</translation>
    </message>
    <message numerus="yes">
        <source>Change duration of %n sessions</source>
        <translation>
            <numerusform>Changer la durée de %n séance</numerusform>
            <numerusform>Changer la durée de %n séances</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n sessions</source>
        <translation>
            <numerusform>Supprimer %n séance</numerusform>
            <numerusform>Supprimer %n séances</numerusform>
        </translation>
    </message>
    <message>
        <source>Cut %1</source>
        <translation>Couper %1</translation>
    </message>
    <message numerus="yes">
        <source>Cut %n sessions</source>
        <translation>
            <numerusform>Couper %n séance</numerusform>
            <numerusform>Couper %n séances</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>Dupliquer %1</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n sessions</source>
        <translation>
            <numerusform>Dupliquer %n séance</numerusform>
            <numerusform>Dupliquer %n séances</numerusform>
        </translation>
    </message>
    <message>
        <source>Make %1 %2</source>
        <translation>Intensité de %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Make %n sessions %1</source>
        <translation>
            <numerusform>Intensité de %n séance : %1</numerusform>
            <numerusform>Intensité de %n séances : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Swap %1 and %2</source>
        <translation>Intervertir %1 et %2</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>Modifier %1 de %2</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>durée</translation>
    </message>
    <message>
        <source>intensity</source>
        <translation>intensité</translation>
    </message>
    <message>
        <source>modality</source>
        <translation>modalité</translation>
    </message>
    <message>
        <source>load</source>
        <translation>charge</translation>
    </message>
    <message>
        <source>focus</source>
        <translation>zone ciblée</translation>
    </message>
    <message numerus="yes">
        <source>Change %1 of %n sessions</source>
        <translation>
            <numerusform>Modifier %1 de %n séance</numerusform>
            <numerusform>Modifier %1 de %n séances</numerusform>
        </translation>
    </message>
    <message>
        <source>Lock %1</source>
        <translation>Verrouiller %1</translation>
    </message>
    <message>
        <source>Unlock %1</source>
        <translation>Déverrouiller %1</translation>
    </message>
    <message numerus="yes">
        <source>Lock %n sessions</source>
        <translation>
            <numerusform>Verrouiller %n séance</numerusform>
            <numerusform>Verrouiller %n séances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unlock %n sessions</source>
        <translation>
            <numerusform>Déverrouiller %n séance</numerusform>
            <numerusform>Déverrouiller %n séances</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark %1 as missed</source>
        <translation>Marquer %1 comme manquée</translation>
    </message>
    <message>
        <source>Mark %1 as not missed</source>
        <translation>Marquer %1 comme non manquée</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n sessions as missed</source>
        <translation>
            <numerusform>Marquer %n séance comme manquée</numerusform>
            <numerusform>Marquer %n séances comme manquées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n sessions as not missed</source>
        <translation>
            <numerusform>Marquer %n séance comme non manquée</numerusform>
            <numerusform>Marquer %n séances comme non manquées</numerusform>
        </translation>
    </message>
    <message>
        <source>Make %1 a key session</source>
        <translation>Faire de %1 une séance clé</translation>
    </message>
    <message>
        <source>Make %1 a normal session</source>
        <translation>Faire de %1 une séance normale</translation>
    </message>
    <message>
        <source>Make %1 optional</source>
        <translation>Rendre %1 facultative</translation>
    </message>
    <message numerus="yes">
        <source>Make %n sessions key sessions</source>
        <translation>
            <numerusform>Faire de %n séance une séance clé</numerusform>
            <numerusform>Faire de %n séances des séances clés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make %n sessions normal sessions</source>
        <translation>
            <numerusform>Faire de %n séance une séance normale</numerusform>
            <numerusform>Faire de %n séances des séances normales</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make %n sessions optional</source>
        <translation>
            <numerusform>Rendre %n séance facultative</numerusform>
            <numerusform>Rendre %n séances facultatives</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ordo::SessionInspector</name>
    <message>
        <source>week </source>
        <translation>semaine </translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Default for the modality</source>
        <translation>Valeur par défaut de la modalité</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>W&amp;eek:</source>
        <translation>&amp;Semaine :</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Jour :</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Début :</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;urée :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <source>&amp;Focus:</source>
        <translation>&amp;Zone ciblée :</translation>
    </message>
    <message>
        <source>&amp;Load:</source>
        <translation>&amp;Charge :</translation>
    </message>
    <message>
        <source>&amp;Modality:</source>
        <translation>&amp;Modalité :</translation>
    </message>
    <message>
        <source>&amp;Intensity:</source>
        <translation>&amp;Intensité :</translation>
    </message>
    <message>
        <source>Loads le&amp;gs:</source>
        <translation>Sollicite &amp;les jambes :</translation>
    </message>
    <message>
        <source>&amp;RPE:</source>
        <translation>&amp;RPE :</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes :</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>week</source>
        <translation>semaine</translation>
    </message>
    <message>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <source>start</source>
        <translation>début</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>durée</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>focus</source>
        <translation>zone ciblée</translation>
    </message>
    <message>
        <source>load</source>
        <translation>charge</translation>
    </message>
    <message>
        <source>modality</source>
        <translation>modalité</translation>
    </message>
    <message>
        <source>intensity</source>
        <translation>intensité</translation>
    </message>
    <message>
        <source>leg loading</source>
        <translation>sollicitation des jambes</translation>
    </message>
    <message>
        <source>RPE</source>
        <translation>RPE</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>Notes are limited to %1 characters.</source>
        <translation>Les notes sont limitées à %1 caractères.</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation>Par défaut (%1)</translation>
    </message>
    <message>
        <source>Did n&amp;ot happen</source>
        <translation>N&apos;&amp;a pas eu lieu</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorité :</translation>
    </message>
    <message>
        <source>Missed:</source>
        <translation>Manquée :</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>priorité</translation>
    </message>
</context>
<context>
    <name>ordo::SessionMenu</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Intensity</source>
        <translation>&amp;Intensité</translation>
    </message>
    <message>
        <source>&amp;Swap order with adjacent session</source>
        <translation>In&amp;verser l&apos;ordre avec la séance voisine</translation>
    </message>
    <message>
        <source>&amp;Missed</source>
        <translation>Ma&amp;nquée</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>&amp;Priorité</translation>
    </message>
</context>
<context>
    <name>ordo::SessionTemplate</name>
    <message>
        <source>Heavy lower</source>
        <translation>Bas du corps lourd</translation>
    </message>
    <message>
        <source>Heavy upper</source>
        <translation>Haut du corps lourd</translation>
    </message>
    <message>
        <source>Full body</source>
        <translation>Corps entier</translation>
    </message>
    <message>
        <source>Moderate lower</source>
        <translation>Bas du corps modéré</translation>
    </message>
    <message>
        <source>Moderate upper</source>
        <translation>Haut du corps modéré</translation>
    </message>
    <message>
        <source>Light full body</source>
        <translation>Corps entier léger</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>Gainage</translation>
    </message>
    <message>
        <source>Zone 1 walk</source>
        <translation>Marche en zone 1</translation>
    </message>
    <message>
        <source>Steady run</source>
        <translation>Course régulière</translation>
    </message>
    <message>
        <source>Bike HIIT</source>
        <translation>HIIT à vélo</translation>
    </message>
    <message>
        <source>Sprint intervals</source>
        <translation>Sprints fractionnés</translation>
    </message>
    <message>
        <source>Tempo run</source>
        <translation>Course au seuil</translation>
    </message>
    <message>
        <source>Easy swim</source>
        <translation>Natation facile</translation>
    </message>
    <message>
        <source>Arm ergometer</source>
        <translation>Ergomètre à bras</translation>
    </message>
    <message>
        <source>Stair climber</source>
        <translation>Simulateur d&apos;escaliers</translation>
    </message>
    <message>
        <source>Jump rope</source>
        <translation>Corde à sauter</translation>
    </message>
    <message>
        <source>Rowing</source>
        <translation>Aviron</translation>
    </message>
    <message>
        <source>Easy bike</source>
        <translation>Vélo facile</translation>
    </message>
    <message>
        <source>Yoga</source>
        <translation>Yoga</translation>
    </message>
    <message>
        <source>Stretching</source>
        <translation>Étirements</translation>
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
        <translation>Fenêtre d&apos;AMPK la plus longue après du HIIT</translation>
    </message>
    <message>
        <source>AMPK window after HIIT before the duration term</source>
        <translation>Fenêtre d&apos;AMPK après du HIIT, sans l&apos;ajout lié à la durée</translation>
    </message>
    <message>
        <source>AMPK window growth per minute of HIIT</source>
        <translation>Allongement de la fenêtre d&apos;AMPK par minute de HIIT</translation>
    </message>
    <message>
        <source>Relative AMPK peak after HIIT (A0)</source>
        <translation>Pic d&apos;AMPK relatif après du HIIT (A0)</translation>
    </message>
    <message>
        <source>AMPK window after moderate cardio up to the duration knee</source>
        <translation>Fenêtre d&apos;AMPK après un cardio modéré jusqu&apos;au seuil de durée</translation>
    </message>
    <message>
        <source>Moderate cardio duration after which the window grows</source>
        <translation>Durée de cardio modéré au-delà de laquelle la fenêtre s&apos;allonge</translation>
    </message>
    <message>
        <source>Longest AMPK window after moderate cardio</source>
        <translation>Fenêtre d&apos;AMPK la plus longue après un cardio modéré</translation>
    </message>
    <message>
        <source>Relative AMPK peak after moderate cardio (A0)</source>
        <translation>Pic d&apos;AMPK relatif après un cardio modéré (A0)</translation>
    </message>
    <message>
        <source>RPE from which moderate cardio counts as vigorous continuous (11 turns this off)</source>
        <translation>RPE à partir duquel un cardio modéré compte comme cardio continu intense (11 le désactive)</translation>
    </message>
    <message>
        <source>AMPK window after vigorous continuous cardio up to the duration knee</source>
        <translation>Fenêtre d&apos;AMPK après un cardio continu intense jusqu&apos;au seuil de durée</translation>
    </message>
    <message>
        <source>Longest AMPK window after vigorous continuous cardio</source>
        <translation>Fenêtre d&apos;AMPK la plus longue après un cardio continu intense</translation>
    </message>
    <message>
        <source>Relative AMPK peak after vigorous continuous cardio (A0)</source>
        <translation>Pic d&apos;AMPK relatif après un cardio continu intense (A0)</translation>
    </message>
    <message>
        <source>Time in which the AMPK curve rises to its peak during cardio</source>
        <translation>Temps de montée de la courbe d&apos;AMPK jusqu&apos;à son pic pendant le cardio</translation>
    </message>
    <message>
        <source>Endurance-trained toggle: smaller and shorter AMPK response</source>
        <translation>Entraîné en endurance (oui/non) : réponse d&apos;AMPK plus faible et plus courte</translation>
    </message>
    <message>
        <source>Peak factor when endurance-trained</source>
        <translation>Facteur du pic si entraîné en endurance</translation>
    </message>
    <message>
        <source>Window factor when endurance-trained</source>
        <translation>Facteur de la fenêtre si entraîné en endurance</translation>
    </message>
    <message>
        <source>Time until 90 % of a heavy strength session&apos;s fatigue has cleared</source>
        <translation>Temps pour que 90 % de la fatigue d&apos;une séance de musculation lourde se dissipe</translation>
    </message>
    <message>
        <source>Time until 90 % of a moderate strength session&apos;s fatigue has cleared</source>
        <translation>Temps pour que 90 % de la fatigue d&apos;une séance de musculation modérée se dissipe</translation>
    </message>
    <message>
        <source>Time until 90 % of a light strength session&apos;s fatigue has cleared</source>
        <translation>Temps pour que 90 % de la fatigue d&apos;une séance de musculation légère se dissipe</translation>
    </message>
    <message>
        <source>Time until 90 % of running, jumping or stair HIIT fatigue has cleared</source>
        <translation>Temps pour que 90 % de la fatigue d&apos;un HIIT en course, sauts ou escaliers se dissipe</translation>
    </message>
    <message>
        <source>Time until 90 % of other HIIT fatigue has cleared</source>
        <translation>Temps pour que 90 % de la fatigue d&apos;un autre HIIT se dissipe</translation>
    </message>
    <message>
        <source>Time until 90 % of moderate running, jumping or stair fatigue has cleared</source>
        <translation>Temps pour que 90 % de la fatigue d&apos;une course, de sauts ou d&apos;escaliers à allure modérée se dissipe</translation>
    </message>
    <message>
        <source>Time until 90 % of other moderate cardio fatigue has cleared</source>
        <translation>Temps pour que 90 % de la fatigue d&apos;un autre cardio modéré se dissipe</translation>
    </message>
    <message>
        <source>Time until 90 % of easy cardio fatigue has cleared</source>
        <translation>Temps pour que 90 % de la fatigue d&apos;un cardio facile se dissipe</translation>
    </message>
    <message>
        <source>Region fatigue shown as 100 %</source>
        <translation>Fatigue d&apos;une région du corps affichée comme 100 %</translation>
    </message>
    <message>
        <source>Residual muscle-group fatigue that counts as not recovered</source>
        <translation>Fatigue résiduelle d&apos;un groupe musculaire à partir de laquelle il compte comme non récupéré</translation>
    </message>
    <message>
        <source>Start gap under which two sessions on non-adjacent days still count as back-to-back</source>
        <translation>Écart entre les débuts en deçà duquel deux séances sur des jours non voisins comptent encore comme consécutives</translation>
    </message>
    <message>
        <source>Smallest daily load marked as high</source>
        <translation>Plus petite charge quotidienne marquée comme élevée</translation>
    </message>
    <message>
        <source>Multiple of the mean load of the plan&apos;s training days marked as high</source>
        <translation>Multiple de la charge moyenne des jours d&apos;entraînement du plan marqué comme élevé</translation>
    </message>
    <message>
        <source>Time constant of acute training load (fatigue)</source>
        <translation>Constante de temps de la charge d&apos;entraînement aiguë (fatigue)</translation>
    </message>
    <message>
        <source>Time constant of chronic training load (fitness)</source>
        <translation>Constante de temps de la charge d&apos;entraînement chronique (condition)</translation>
    </message>
    <message>
        <source>Change below which a repeating plan&apos;s CTL/ATL counts as settled</source>
        <translation>Variation en deçà de laquelle la CTL/ATL d&apos;un plan répétitif compte comme stabilisée</translation>
    </message>
    <message>
        <source>Weekly monotony above which a note is given</source>
        <translation>Monotonie hebdomadaire au-delà de laquelle une remarque est donnée</translation>
    </message>
    <message>
        <source>Smallest weekly hard-session load for which monotony is judged</source>
        <translation>Plus petite charge hebdomadaire des séances dures pour laquelle la monotonie est évaluée</translation>
    </message>
    <message>
        <source>Share of the plan&apos;s mean weekly hard-session load below which a week is not judged</source>
        <translation>Part de la charge hebdomadaire moyenne des séances dures du plan en deçà de laquelle une semaine n&apos;est pas évaluée</translation>
    </message>
    <message>
        <source>Shortest one-off plan for which the acute:chronic ratio is computed</source>
        <translation>Plan ponctuel le plus court pour lequel le rapport aigu:chronique est calculé</translation>
    </message>
    <message>
        <source>Weeks averaged for the chronic load</source>
        <translation>Semaines moyennées pour la charge chronique</translation>
    </message>
    <message>
        <source>Acute:chronic load ratio that gives a note</source>
        <translation>Rapport charge aiguë:chronique qui donne une remarque</translation>
    </message>
    <message>
        <source>Acute:chronic load ratio that gives a warning</source>
        <translation>Rapport charge aiguë:chronique qui donne un avertissement</translation>
    </message>
    <message>
        <source>Longest easy cardio that counts as a warm-up</source>
        <translation>Cardio facile le plus long qui compte comme échauffement</translation>
    </message>
    <message>
        <source>Longest gap between a warm-up and the lifting after it</source>
        <translation>Écart le plus long entre un échauffement et la musculation qui le suit</translation>
    </message>
    <message>
        <source>Longest easy cardio reported as a long warm-up</source>
        <translation>Cardio facile le plus long signalé comme échauffement long</translation>
    </message>
    <message>
        <source>Longest hard cardio right before lifting reported as a too-hard warm-up</source>
        <translation>Cardio intense le plus long juste avant la musculation signalé comme échauffement trop dur</translation>
    </message>
    <message>
        <source>Shortest easy cardio that counts as active recovery</source>
        <translation>Cardio facile le plus court qui compte comme récupération active</translation>
    </message>
    <message>
        <source>Longest easy cardio that counts as active recovery</source>
        <translation>Cardio facile le plus long qui compte comme récupération active</translation>
    </message>
    <message>
        <source>Latest start of active recovery after heavy legs end</source>
        <translation>Début le plus tardif de la récupération active après la fin de la séance lourde de jambes</translation>
    </message>
    <message>
        <source>Most easy cardio a rest day may hold</source>
        <translation>Cardio facile maximal qu&apos;un jour de repos peut contenir</translation>
    </message>
    <message>
        <source>Most easy cardio an active-rest day may hold (it breaks a run without rest)</source>
        <translation>Cardio facile maximal qu&apos;un jour de repos actif peut contenir (il interrompt une série sans repos)</translation>
    </message>
    <message>
        <source>Days without rest that give a warning</source>
        <translation>Jours sans repos qui donnent un avertissement</translation>
    </message>
    <message>
        <source>Days without rest that give a critical finding</source>
        <translation>Jours sans repos qui donnent un constat critique</translation>
    </message>
    <message>
        <source>Gap under which two sessions count as the same day</source>
        <translation>Écart en deçà duquel deux séances comptent comme le même jour</translation>
    </message>
    <message>
        <source>Largest gap inside a combined session</source>
        <translation>Écart le plus grand au sein d&apos;une séance combinée</translation>
    </message>
    <message>
        <source>Longest combined lifting + cardio session</source>
        <translation>Séance combinée musculation + cardio la plus longue</translation>
    </message>
    <message>
        <source>Longest easy cardio after lifting that counts as a cool-down</source>
        <translation>Cardio facile le plus long après la musculation qui compte comme retour au calme</translation>
    </message>
    <message>
        <source>Smallest gap between hard cardio and explosive work after it</source>
        <translation>Écart le plus petit entre un cardio intense et le travail explosif qui le suit</translation>
    </message>
    <message>
        <source>HIIT sessions in 7 days that give a beginner a note</source>
        <translation>Séances de HIIT sur 7 jours qui donnent une remarque à un débutant</translation>
    </message>
    <message>
        <source>HIIT sessions in 7 days that give a beginner a warning</source>
        <translation>Séances de HIIT sur 7 jours qui donnent un avertissement à un débutant</translation>
    </message>
    <message>
        <source>Longest HIIT session for a beginner</source>
        <translation>Séance de HIIT la plus longue pour un débutant</translation>
    </message>
    <message>
        <source>Longest easy cardio straight after heavy legs without a note</source>
        <translation>Cardio facile le plus long juste après une séance lourde de jambes sans remarque</translation>
    </message>
    <message>
        <source>Fewest strength sessions a week for an endurance goal</source>
        <translation>Nombre minimal de séances de musculation par semaine pour un objectif d&apos;endurance</translation>
    </message>
    <message>
        <source>Longest plausible HIIT session</source>
        <translation>Durée plausible maximale d&apos;une séance de HIIT</translation>
    </message>
    <message>
        <source>Longest plausible moderate cardio session</source>
        <translation>Durée plausible maximale d&apos;une séance de cardio modéré</translation>
    </message>
    <message>
        <source>Longest plausible easy cardio session</source>
        <translation>Durée plausible maximale d&apos;une séance de cardio facile</translation>
    </message>
    <message>
        <source>Longest plausible strength session</source>
        <translation>Durée plausible maximale d&apos;une séance de musculation</translation>
    </message>
    <message>
        <source>RPE from which easy cardio is reported as mismatched</source>
        <translation>RPE à partir duquel un cardio facile est signalé comme incohérent</translation>
    </message>
    <message>
        <source>RPE up to which moderate cardio is reported as mismatched</source>
        <translation>RPE jusqu&apos;auquel un cardio modéré est signalé comme incohérent</translation>
    </message>
    <message>
        <source>RPE from which moderate cardio is reported as mismatched</source>
        <translation>RPE à partir duquel un cardio modéré est signalé comme incohérent</translation>
    </message>
    <message>
        <source>RPE up to which HIIT is reported as mismatched</source>
        <translation>RPE jusqu&apos;auquel un HIIT est signalé comme incohérent</translation>
    </message>
    <message>
        <source>RPE up to which heavy strength is reported as mismatched</source>
        <translation>RPE jusqu&apos;auquel une musculation lourde est signalée comme incohérente</translation>
    </message>
    <message>
        <source>RPE from which light strength is reported as mismatched</source>
        <translation>RPE à partir duquel une musculation légère est signalée comme incohérente</translation>
    </message>
    <message>
        <source>Recommended gap between split cardio and lifting</source>
        <translation>Écart recommandé entre cardio et musculation en séances séparées</translation>
    </message>
    <message>
        <source>Shortest moderate cardio for the short-gap note</source>
        <translation>Cardio modéré le plus court pour la remarque sur l&apos;écart court</translation>
    </message>
    <message>
        <source>Gap after intense cardio within which a beginner&apos;s lifting is flagged</source>
        <translation>Écart après un cardio intense dans lequel la musculation d&apos;un débutant est signalée</translation>
    </message>
    <message>
        <source>Strength sessions in 7 days above which a beginner gets a note</source>
        <translation>Séances de musculation sur 7 jours au-delà desquelles un débutant reçoit une remarque</translation>
    </message>
    <message>
        <source>Longest strength session before a beginner gets a note</source>
        <translation>Séance de musculation la plus longue avant qu&apos;un débutant reçoive une remarque</translation>
    </message>
    <message>
        <source>Gap under which lifting before key cardio is flagged for endurance</source>
        <translation>Écart en deçà duquel la musculation avant un cardio clé est signalée pour l&apos;endurance</translation>
    </message>
    <message>
        <source>Shortest moderate cardio that counts as a key endurance session</source>
        <translation>Cardio modéré le plus court qui compte comme séance clé d&apos;endurance</translation>
    </message>
    <message>
        <source>Shortest cardio of any intensity that counts as a key endurance session</source>
        <translation>Cardio le plus court, toutes intensités confondues, qui compte comme séance clé d&apos;endurance</translation>
    </message>
    <message>
        <source>Shortest cardio after which lifting should stay short for endurance</source>
        <translation>Cardio le plus court après lequel la musculation doit rester courte pour l&apos;endurance</translation>
    </message>
    <message>
        <source>Longest lifting after key cardio for endurance</source>
        <translation>Musculation la plus longue après un cardio clé pour l&apos;endurance</translation>
    </message>
    <message>
        <source>Shortest run that counts as key cardio the day after heavy legs</source>
        <translation>Course la plus courte qui compte comme cardio clé le lendemain d&apos;une séance lourde de jambes</translation>
    </message>
    <message>
        <source>Longest moderate cardio right after lifting</source>
        <translation>Cardio modéré le plus long juste après la musculation</translation>
    </message>
    <message>
        <source>Gap under which leg-loading cardio on heavy-leg day is a warning</source>
        <translation>Écart en deçà duquel un cardio sollicitant les jambes le jour de la séance lourde de jambes est un avertissement</translation>
    </message>
    <message>
        <source>Shortest leg-loading cardio reported on heavy-leg day</source>
        <translation>Cardio sollicitant les jambes le plus court signalé le jour de la séance lourde de jambes</translation>
    </message>
    <message>
        <source>Smallest gap for the HIIT-before-heavy-legs note (below: leg-day rules)</source>
        <translation>Écart le plus petit pour la remarque « HIIT avant une séance lourde de jambes » (en deçà : règles du jour de jambes)</translation>
    </message>
    <message>
        <source>Largest gap for the note after cycling, rowing, elliptical or walking HIIT</source>
        <translation>Écart le plus grand pour la remarque après un HIIT à vélo, en rameur, sur elliptique ou en marche</translation>
    </message>
    <message>
        <source>Largest gap for the note after running, jumping or stair HIIT</source>
        <translation>Écart le plus grand pour la remarque après un HIIT en course, sauts ou escaliers</translation>
    </message>
    <message>
        <source>Smallest gap for the note on heavy legs before key cardio</source>
        <translation>Écart le plus petit pour la remarque sur une séance lourde de jambes avant un cardio clé</translation>
    </message>
    <message>
        <source>Largest gap for the note on heavy legs before key cardio</source>
        <translation>Écart le plus grand pour la remarque sur une séance lourde de jambes avant un cardio clé</translation>
    </message>
    <message>
        <source>Shortest HIIT that counts for dose rules</source>
        <translation>HIIT le plus court pris en compte par les règles de dose</translation>
    </message>
    <message>
        <source>HIIT sessions that, within the cluster span, give a warning</source>
        <translation>Séances de HIIT qui, dans l&apos;intervalle de regroupement, donnent un avertissement</translation>
    </message>
    <message>
        <source>Span of start times within which clustered HIIT gives a warning</source>
        <translation>Intervalle des heures de début dans lequel des HIIT regroupés donnent un avertissement</translation>
    </message>
    <message>
        <source>HIIT sessions in 7 days above which a warning is given</source>
        <translation>Séances de HIIT sur 7 jours au-delà desquelles un avertissement est donné</translation>
    </message>
    <message>
        <source>Consecutive days with HIIT and heavy lifting that give a warning</source>
        <translation>Jours consécutifs avec HIIT et musculation lourde qui donnent un avertissement</translation>
    </message>
    <message>
        <source>Shortest hard cardio counted per week</source>
        <translation>Cardio intense le plus court compté par semaine</translation>
    </message>
    <message>
        <source>Hard cardio sessions in 7 days above which a note is given</source>
        <translation>Séances de cardio intense sur 7 jours au-delà desquelles une remarque est donnée</translation>
    </message>
    <message>
        <source>Longest hard cardio session for muscle or strength goals</source>
        <translation>Séance de cardio intense la plus longue pour les objectifs de muscle ou de force</translation>
    </message>
    <message>
        <source>Fewest strength sessions in 7 days without a note</source>
        <translation>Nombre minimal de séances de musculation sur 7 jours sans remarque</translation>
    </message>
    <message>
        <source>Strength sessions in 7 days above which, with much hard cardio, a note is given</source>
        <translation>Séances de musculation sur 7 jours au-delà desquelles, avec beaucoup de cardio intense, une remarque est donnée</translation>
    </message>
    <message>
        <source>Hard cardio minutes in 7 days above which lifting volume should drop</source>
        <translation>Minutes de cardio intense sur 7 jours au-delà desquelles le volume de musculation devrait baisser</translation>
    </message>
    <message>
        <source>Strength sessions in 7 days that, with high cardio volume, give a note</source>
        <translation>Séances de musculation sur 7 jours qui, avec un volume de cardio élevé, donnent une remarque</translation>
    </message>
    <message>
        <source>Heavy strength sessions among them that give the note</source>
        <translation>Séances de musculation lourde parmi elles qui donnent la remarque</translation>
    </message>
    <message>
        <source>Weekly moderate-equivalent minutes suggested by health guidelines</source>
        <translation>Minutes hebdomadaires en équivalent modéré préconisées par les recommandations de santé</translation>
    </message>
    <message>
        <source>MET from which cardio minutes count as moderate activity</source>
        <translation>MET à partir desquels les minutes de cardio comptent comme activité modérée</translation>
    </message>
    <message>
        <source>MET from which cardio minutes count double (vigorous)</source>
        <translation>MET à partir desquels les minutes de cardio comptent double (activité soutenue)</translation>
    </message>
    <message>
        <source>Length of the estimated luteal phase at the end of the cycle</source>
        <translation>Durée de la phase lutéale estimée en fin de cycle</translation>
    </message>
    <message>
        <source>HRmax estimate: intercept of 208 − 0.7 × age</source>
        <translation>Estimation de la FCmax : ordonnée à l&apos;origine de 208 − 0,7 × âge</translation>
    </message>
    <message>
        <source>HRmax estimate: slope of 208 − 0.7 × age</source>
        <translation>Estimation de la FCmax : pente de 208 − 0,7 × âge</translation>
    </message>
    <message>
        <source>Upper bound of easy cardio</source>
        <translation>Limite supérieure du cardio facile</translation>
    </message>
    <message>
        <source>Upper bound of moderate cardio (HIIT from here)</source>
        <translation>Limite supérieure du cardio modéré (HIIT au-delà)</translation>
    </message>
    <message>
        <source>Afterburn after moderate cardio, as a share of net kcal</source>
        <translation>Postcombustion après un cardio modéré, en part des kcal nettes</translation>
    </message>
    <message>
        <source>Afterburn after HIIT, as a share of net kcal</source>
        <translation>Postcombustion après du HIIT, en part des kcal nettes</translation>
    </message>
    <message>
        <source>Afterburn after light strength training</source>
        <translation>Postcombustion après une musculation légère</translation>
    </message>
    <message>
        <source>Afterburn after moderate strength training</source>
        <translation>Postcombustion après une musculation modérée</translation>
    </message>
    <message>
        <source>Afterburn after heavy strength training</source>
        <translation>Postcombustion après une musculation lourde</translation>
    </message>
    <message>
        <source>Grid to which a session moved by an auto-fix is snapped (later, never earlier)</source>
        <translation>Grille sur laquelle se cale une séance déplacée par une correction automatique (plus tard, jamais plus tôt)</translation>
    </message>
    <message>
        <source>Findings of one rule shown before the rest are summarised in one finding</source>
        <translation>Constats d&apos;une même règle affichés avant que les autres soient résumés en un seul constat</translation>
    </message>
    <message>
        <source>Later sessions each session is paired with (bounds the cost of crowded plans)</source>
        <translation>Séances suivantes avec lesquelles chaque séance est comparée (limite le coût des plans chargés)</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>semaines</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>séances</translation>
    </message>
    <message>
        <source>findings</source>
        <translation>constats</translation>
    </message>
    <message>
        <source>× net kcal</source>
        <translation>× kcal nettes</translation>
    </message>
    <message>
        <source>% HRmax</source>
        <translation>% FCmax</translation>
    </message>
    <message>
        <source>bpm/year</source>
        <translation>bpm/an</translation>
    </message>
    <message>
        <source>Weeks back whose heaviest week a rise in weekly load is measured from</source>
        <translation>Semaines en arrière dont la plus chargée sert de base à la hausse de la charge hebdomadaire</translation>
    </message>
    <message>
        <source>Rise in weekly load above which a note is given</source>
        <translation>Hausse de la charge hebdomadaire au-delà de laquelle une remarque est donnée</translation>
    </message>
    <message>
        <source>Rise in weekly load above which a warning is given</source>
        <translation>Hausse de la charge hebdomadaire au-delà de laquelle un avertissement est donné</translation>
    </message>
    <message>
        <source>Smallest weekly load whose rise is judged</source>
        <translation>Plus petite charge hebdomadaire dont la hausse est évaluée</translation>
    </message>
    <message>
        <source>Weeks in a row without a lighter week before a note is given</source>
        <translation>Semaines d&apos;affilée sans semaine plus légère avant qu&apos;une remarque soit donnée</translation>
    </message>
    <message>
        <source>Load below the mean of the weeks before at which a week counts as lighter</source>
        <translation>Charge sous la moyenne des semaines précédentes à partir de laquelle une semaine compte comme plus légère</translation>
    </message>
</context>
<context>
    <name>ordo::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
</context>
<context>
    <name>ordo::TemplateCommands</name>
    <message>
        <source>&amp;Name in the palette:</source>
        <translation>&amp;Nom dans la palette :</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Save Session as Template</source>
        <translation>Enregistrer la séance comme modèle</translation>
    </message>
    <message>
        <source>Saved “%1” as a template in the palette (My templates).</source>
        <translation>« %1 » enregistré comme modèle dans la palette (Mes modèles).</translation>
    </message>
    <message>
        <source>Rename Template</source>
        <translation>Renommer le modèle</translation>
    </message>
    <message>
        <source>Renamed the template “%1” to “%2”.</source>
        <translation>Modèle « %1 » renommé en « %2 ».</translation>
    </message>
    <message>
        <source>Removed the template “%1”.</source>
        <translation>Modèle « %1 » supprimé.</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Save Session as Te&amp;mplate…</source>
        <translation>Enregistrer la séance comme &amp;modèle…</translation>
    </message>
</context>
<context>
    <name>ordo::ViewCommands</name>
    <message>
        <source>&amp;Week</source>
        <translation>Se&amp;maine</translation>
    </message>
    <message>
        <source>&amp;Season Overview</source>
        <translation>Vue d&apos;&amp;ensemble de la saison</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Fit Visible Hours</source>
        <translation>&amp;Ajuster aux heures visibles</translation>
    </message>
    <message>
        <source>&amp;Previous Week</source>
        <translation>Semaine &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;Next Week</source>
        <translation>Semaine &amp;suivante</translation>
    </message>
    <message>
        <source>One week, hour by hour</source>
        <translation>Une semaine, heure par heure</translation>
    </message>
    <message>
        <source>Every week of the plan, one row each</source>
        <translation>Toutes les semaines du plan, une ligne chacune</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Season</source>
        <translation>Saison</translation>
    </message>
    <message>
        <source>Week %1 of %2</source>
        <translation>Semaine %1 sur %2</translation>
    </message>
    <message>
        <source>Week %1 · %2</source>
        <translation>Semaine %1 · %2</translation>
    </message>
    <message>
        <source>Go to &amp;Today</source>
        <translation>Aller à aujourd&apos;&amp;hui</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Open the week that holds today, %1</source>
        <translation>Ouvrir la semaine qui contient aujourd&apos;hui, %1</translation>
    </message>
    <message>
        <source>The plan has no start date: give it one in the plan inspector to see its weeks as dates</source>
        <translation>Le plan n&apos;a pas de date de début : donnez-lui-en une dans l&apos;inspecteur du plan pour voir ses semaines comme des dates</translation>
    </message>
    <message>
        <source>Today is before the plan, which starts on %1</source>
        <translation>Aujourd&apos;hui est avant le plan, qui commence le %1</translation>
    </message>
    <message>
        <source>Today is after the plan, which ended on %1</source>
        <translation>Aujourd&apos;hui est après le plan, qui s&apos;est terminé le %1</translation>
    </message>
    <message>
        <source>Best-Slot &amp;Hints</source>
        <translation>Meilleurs &amp;créneaux</translation>
    </message>
    <message>
        <source>While you drag a session, tint the week by where it fits best</source>
        <translation>Pendant que vous faites glisser une séance, colore la semaine selon l&apos;endroit où elle convient le mieux</translation>
    </message>
</context>
<context>
    <name>ordo::WeekClipboard</name>
    <message>
        <source>Week %1, %2</source>
        <translation>Semaine %1, %2</translation>
    </message>
</context>
<context>
    <name>ordo::WeekCommands</name>
    <message>
        <source>&amp;New Session…</source>
        <translation>&amp;Nouvelle séance…</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>Copy &amp;Week</source>
        <translation>Copier la s&amp;emaine</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>Add a session at the selected time without dragging</source>
        <translation>Ajouter une séance à l&apos;heure choisie sans la faire glisser</translation>
    </message>
    <message>
        <source>Copy every session of the selected day</source>
        <translation>Copier toutes les séances du jour choisi</translation>
    </message>
    <message>
        <source>Copy every session of the shown week, to paste into another week</source>
        <translation>Copier toutes les séances de la semaine affichée, pour les coller dans une autre semaine</translation>
    </message>
    <message>
        <source>Cop&amp;y Day</source>
        <translation>Copier le &amp;jour</translation>
    </message>
    <message>
        <source>Make %1 Available Again This Week</source>
        <translation>Rendre %1 de nouveau disponible cette semaine</translation>
    </message>
    <message>
        <source>Mark %1 Not Available This Week</source>
        <translation>Marquer %1 comme non disponible cette semaine</translation>
    </message>
</context>
<context>
    <name>ordo::WeekEdits</name>
    <message numerus="yes">
        <source>%1 (deletes %n sessions)</source>
        <translation>
            <numerusform>%1 (supprime %n séance)</numerusform>
            <numerusform>%1 (supprime %n séances)</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy week %1 to week %2</source>
        <translation>Copier la semaine %1 vers la semaine %2</translation>
    </message>
    <message numerus="yes">
        <source>Copy week %1 to %n weeks</source>
        <translation>
            <numerusform>Copier la semaine %1 vers %n semaine</numerusform>
            <numerusform>Copier la semaine %1 vers %n semaines</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicate week %1</source>
        <translation>Dupliquer la semaine %1</translation>
    </message>
    <message>
        <source>Duplicate weeks %1–%2</source>
        <translation>Dupliquer les semaines %1 à %2</translation>
    </message>
    <message numerus="yes">
        <source>Insert %n empty weeks before week 1</source>
        <translation>
            <numerusform>Insérer %n semaine vide avant la semaine 1</numerusform>
            <numerusform>Insérer %n semaines vides avant la semaine 1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Insert %n empty weeks after week %1</source>
        <translation>
            <numerusform>Insérer %n semaine vide après la semaine %1</numerusform>
            <numerusform>Insérer %n semaines vides après la semaine %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete week %1</source>
        <translation>Supprimer la semaine %1</translation>
    </message>
    <message>
        <source>Delete weeks %1–%2</source>
        <translation>Supprimer les semaines %1 à %2</translation>
    </message>
    <message>
        <source>Move week %1 up</source>
        <translation>Monter la semaine %1</translation>
    </message>
    <message>
        <source>Move weeks %1–%2 up</source>
        <translation>Monter les semaines %1 à %2</translation>
    </message>
    <message>
        <source>Move week %1 down</source>
        <translation>Descendre la semaine %1</translation>
    </message>
    <message>
        <source>Move weeks %1–%2 down</source>
        <translation>Descendre les semaines %1 à %2</translation>
    </message>
    <message>
        <source>Clear week %1</source>
        <translation>Vider la semaine %1</translation>
    </message>
    <message>
        <source>Clear weeks %1–%2</source>
        <translation>Vider les semaines %1 à %2</translation>
    </message>
    <message>
        <source>Clear the phase of week %1</source>
        <translation>Retirer la phase de la semaine %1</translation>
    </message>
    <message>
        <source>Clear the phase of weeks %1–%2</source>
        <translation>Retirer la phase des semaines %1 à %2</translation>
    </message>
    <message>
        <source>Mark week %1 as “%2”</source>
        <translation>Marquer la semaine %1 comme « %2 »</translation>
    </message>
    <message>
        <source>Mark weeks %1–%2 as “%3”</source>
        <translation>Marquer les semaines %1 à %2 comme « %3 »</translation>
    </message>
    <message>
        <source>Generate a deload week after week %1 (%2 % less volume)</source>
        <translation>Générer une semaine de décharge après la semaine %1 (%2 % de volume en moins)</translation>
    </message>
    <message numerus="yes">
        <source>Fill week %1 with a rotation (%n sessions)</source>
        <translation>
            <numerusform>Remplir la semaine %1 avec une rotation (%n séance)</numerusform>
            <numerusform>Remplir la semaine %1 avec une rotation (%n séances)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fill weeks %1–%2 with a rotation (%n sessions)</source>
        <translation>
            <numerusform>Remplir les semaines %1 à %2 avec une rotation (%n séance)</numerusform>
            <numerusform>Remplir les semaines %1 à %2 avec une rotation (%n séances)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ordo::WeekPainter</name>
    <message>
        <source>rest day</source>
        <translation>jour de repos</translation>
    </message>
    <message>
        <source>load %1</source>
        <translation>charge %1</translation>
    </message>
</context>
<context>
    <name>ordo::WeekView</name>
    <message>
        <source>Week calendar</source>
        <translation>Calendrier de la semaine</translation>
    </message>
    <message>
        <source>Drag a session from the palette onto the week, or double-click free time.
With the keyboard: Insert adds a session; Enter adds the template chosen in the palette.</source>
        <translation>Faites glisser une séance de la palette sur la semaine, ou double-cliquez sur un créneau libre.
Au clavier : Inser ajoute une séance ; Entrée ajoute le modèle choisi dans la palette.</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Semaine %1</translation>
    </message>
</context>
<context>
    <name>ordo::WeeklyLoadChart</name>
    <message>
        <source>Strength</source>
        <translation>Musculation</translation>
    </message>
    <message>
        <source>Cardio</source>
        <translation>Cardio</translation>
    </message>
    <message>
        <source>4-week mean</source>
        <translation>Moyenne sur 4 semaines</translation>
    </message>
    <message>
        <source>Steep rise (warning)</source>
        <translation>Forte hausse (avertissement)</translation>
    </message>
    <message>
        <source>Steep rise (note)</source>
        <translation>Forte hausse (remarque)</translation>
    </message>
    <message>
        <source>Load (RPE × min)</source>
        <translation>Charge (RPE × min)</translation>
    </message>
    <message>
        <source>Training load per week, with the mean of the last 4 weeks</source>
        <translation>Charge d&apos;entraînement par semaine, avec la moyenne des 4 dernières semaines</translation>
    </message>
    <message>
        <source>Load per week</source>
        <translation>Charge par semaine</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Semaine %1</translation>
    </message>
    <message>
        <source>Load %1 RPE × min (strength %2, cardio %3)</source>
        <translation>Charge %1 RPE × min (musculation %2, cardio %3)</translation>
    </message>
    <message>
        <source>Mean of the last 4 weeks: %1 RPE × min</source>
        <translation>Moyenne des 4 dernières semaines : %1 RPE × min</translation>
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
        <translation>Semaine %1</translation>
    </message>
</context>
<context>
    <name>ordo::WrittenNotice</name>
    <message>
        <source>Open Folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Show %1 in the file manager</source>
        <translation>Afficher %1 dans le gestionnaire de fichiers</translation>
    </message>
</context>
<context>
    <name>ordo::cli</name>
    <message>
        <source>cannot write the output</source>
        <translation>impossible d&apos;écrire la sortie</translation>
    </message>
    <message>
        <source>exists; add --force to replace it</source>
        <translation>existe déjà ; ajoutez --force pour le remplacer</translation>
    </message>
    <message>
        <source> (the commands are: %1)</source>
        <translation> (les commandes sont : %1)</translation>
    </message>
    <message>
        <source>no display</source>
        <translation>pas d&apos;affichage</translation>
    </message>
    <message>
        <source>set DISPLAY or WAYLAND_DISPLAY, or use a command such as &apos;ordo check&apos; (see &apos;ordo --help&apos;)</source>
        <translation>définissez DISPLAY ou WAYLAND_DISPLAY, ou utilisez une commande comme « ordo check » (voir « ordo --help »)</translation>
    </message>
    <message>
        <source>Try &apos;ordo --help&apos;.</source>
        <translation>Essayez « ordo --help ».</translation>
    </message>
    <message>
        <source>Ordo is a weekly planner for people who combine strength training with cardio. Its desktop app places sessions on a week calendar and checks the plan while you edit it: cardio that may blunt a nearby lifting session, crowded heavy leg days, missing rest days and the weekly load. Each finding explains why and offers a fix.</source>
        <translation>Ordo est un planificateur hebdomadaire pour les personnes qui combinent musculation et cardio. Son application de bureau place les séances sur un calendrier de la semaine et vérifie le plan pendant que vous le modifiez : cardio susceptible d&apos;atténuer une séance de musculation proche, jours de jambes lourds surchargés, jours de repos manquants et charge hebdomadaire. Chaque constat explique pourquoi et propose une correction.</translation>
    </message>
    <message>
        <source>The commands check, validate, export, templates and new do the same from scripts, without a display. Each takes --help. Options may come before or after the arguments; an option&apos;s value follows it as the next word or after =, as in --page-size=Letter; -- ends the options.</source>
        <translation>Les commandes check, validate, export, templates et new font de même depuis des scripts, sans affichage. Chacune accepte --help. Les options peuvent précéder ou suivre les arguments ; la valeur d&apos;une option la suit comme mot suivant ou après =, comme dans --page-size=Letter ; -- termine les options.</translation>
    </message>
    <message>
        <source>A PLAN is a path to a plan file (.ordo, UTF-8 JSON), - to read the plan from standard input, or template:NAME for one of the built-in plans:</source>
        <translation>Un PLAN est un chemin vers un fichier de plan (.ordo, JSON UTF-8), - pour lire le plan sur l&apos;entrée standard, ou template:NAME pour l&apos;un des plans intégrés :</translation>
    </message>
    <message>
        <source>Errors go to standard error, one line each, as ordo: FILE: WHERE: WHAT. A usage error prints ordo: WHAT and a line pointing at --help.</source>
        <translation>Les erreurs vont sur la sortie d&apos;erreur standard, une ligne chacune, sous la forme ordo: FILE: WHERE: WHAT. Une erreur d&apos;utilisation affiche ordo: WHAT et une ligne qui renvoie à --help.</translation>
    </message>
    <message>
        <source>The plan format, the rules and the command line are described in the documentation that comes with the source (docs/).</source>
        <translation>Le format des plans, les règles et la ligne de commande sont décrits dans la documentation fournie avec les sources (docs/).</translation>
    </message>
    <message>
        <source>--pdf needs an output file</source>
        <translation>--pdf nécessite un fichier de sortie</translation>
    </message>
    <message>
        <source>--ics needs an output file</source>
        <translation>--ics nécessite un fichier de sortie</translation>
    </message>
    <message>
        <source>--page-size must be A4 or Letter, not &apos;%1&apos;</source>
        <translation>--page-size doit valoir A4 ou Letter, pas « %1 »</translation>
    </message>
    <message>
        <source>--orientation must be portrait or landscape, not &apos;%1&apos;</source>
        <translation>--orientation doit valoir portrait ou landscape, pas « %1 »</translation>
    </message>
    <message>
        <source>--week needs a week number from 1</source>
        <translation>--week nécessite un numéro de semaine à partir de 1</translation>
    </message>
    <message>
        <source>--start-date needs a date as YYYY-MM-DD, or today</source>
        <translation>--start-date nécessite une date au format YYYY-MM-DD, ou today</translation>
    </message>
    <message>
        <source>--weeks needs a number of weeks from 1 to 520</source>
        <translation>--weeks nécessite un nombre de semaines de 1 à 520</translation>
    </message>
    <message>
        <source>--until needs a date as YYYY-MM-DD</source>
        <translation>--until nécessite une date au format YYYY-MM-DD</translation>
    </message>
    <message>
        <source>--alarm needs a number of minutes from 0 to 1440</source>
        <translation>--alarm nécessite un nombre de minutes de 0 à 1440</translation>
    </message>
    <message>
        <source>export needs --pdf OUT.pdf or --ics OUT.ics</source>
        <translation>export nécessite --pdf OUT.pdf ou --ics OUT.ics</translation>
    </message>
    <message>
        <source>--pdf - and --ics - cannot both write to standard output</source>
        <translation>--pdf - et --ics - ne peuvent pas écrire tous les deux sur la sortie standard</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the plan itself; choose another output</source>
        <translation>« %1 » est le plan lui-même ; choisissez une autre sortie</translation>
    </message>
    <message>
        <source>--pdf and --ics name the same file</source>
        <translation>--pdf et --ics désignent le même fichier</translation>
    </message>
    <message>
        <source>--week and --all-weeks exclude each other</source>
        <translation>--week et --all-weeks s&apos;excluent mutuellement</translation>
    </message>
    <message>
        <source>--weeks and --until exclude each other</source>
        <translation>--weeks et --until s&apos;excluent mutuellement</translation>
    </message>
    <message>
        <source>--until must not be before --start-date</source>
        <translation>--until ne doit pas précéder --start-date</translation>
    </message>
    <message>
        <source>--start-date, --weeks, --until, --alarm and --busy-only belong to --ics</source>
        <translation>--start-date, --weeks, --until, --alarm et --busy-only vont avec --ics</translation>
    </message>
    <message>
        <source>could not create the PDF</source>
        <translation>impossible de créer le PDF</translation>
    </message>
    <message>
        <source>Wrote %1 (pages: %2)</source>
        <translation>%1 écrit (pages : %2)</translation>
    </message>
    <message>
        <source>sessions before the start date were left out: %1</source>
        <translation>séances antérieures à la date de début laissées de côté : %1</translation>
    </message>
    <message>
        <source>Wrote %1 (events: %2)</source>
        <translation>%1 écrit (événements : %2)</translation>
    </message>
    <message>
        <source>Exit codes: %1.</source>
        <translation>Codes de sortie : %1.</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Utilisation :</translation>
    </message>
    <message>
        <source>Options of the app:</source>
        <translation>Options de l&apos;application :</translation>
    </message>
    <message>
        <source>PLAN is a path, - for standard input, or template:NAME for a built-in plan.</source>
        <translation>PLAN est un chemin, - pour l&apos;entrée standard, ou template:NAME pour un plan intégré.</translation>
    </message>
    <message>
        <source>Run &apos;ordo COMMAND --help&apos; for the options of a command, &apos;man ordo&apos; for the manual.</source>
        <translation>Lancez « ordo COMMANDE --help » pour les options d&apos;une commande, « man ordo » pour le manuel.</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Arguments :</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options :</translation>
    </message>
    <message>
        <source>a plan file, - for standard input, or template:NAME for a built-in plan</source>
        <translation>un fichier de plan, - pour l&apos;entrée standard, ou template:NAME pour un plan intégré</translation>
    </message>
    <message>
        <source>show this help and exit</source>
        <translation>afficher cette aide et quitter</translation>
    </message>
    <message>
        <source>write the texts in this language instead of the system&apos;s: en, de, fr or es</source>
        <translation>écrire les textes dans cette langue au lieu de celle du système : en, de, fr ou es</translation>
    </message>
    <message>
        <source>--lang needs one of en, de, fr or es</source>
        <translation>--lang nécessite en, de, fr ou es</translation>
    </message>
    <message>
        <source>open the app, optionally with a plan file</source>
        <translation>ouvrir l&apos;application, éventuellement avec un fichier de plan</translation>
    </message>
    <message>
        <source>Without a command, Ordo starts the desktop app and opens PLAN if one is given. The app needs a display; the commands below do not.</source>
        <translation>Sans commande, Ordo lance l&apos;application de bureau et ouvre PLAN s&apos;il est indiqué. L&apos;application a besoin d&apos;un affichage ; les commandes ci-dessous non.</translation>
    </message>
    <message>
        <source>Qt&apos;s own options, such as -platform NAME and -style NAME, are accepted too.</source>
        <translation>Les options propres à Qt, comme -platform NAME et -style NAME, sont aussi acceptées.</translation>
    </message>
    <message>
        <source>open PLAN, save a picture of the main window to FILE.png and exit (without a display, on Qt&apos;s offscreen platform)</source>
        <translation>ouvrir PLAN, enregistrer une image de la fenêtre principale dans FILE.png et quitter (sans affichage, sur la plateforme offscreen de Qt)</translation>
    </message>
    <message>
        <source>--screenshot needs a file name</source>
        <translation>--screenshot nécessite un nom de fichier</translation>
    </message>
    <message>
        <source>print the milliseconds to the first paint as JSON and exit (used by the benchmarks)</source>
        <translation>afficher en JSON les millisecondes jusqu&apos;au premier affichage et quitter (utilisé par les benchmarks)</translation>
    </message>
    <message>
        <source>print the version and exit</source>
        <translation>afficher la version et quitter</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>option inconnue %1</translation>
    </message>
    <message>
        <source>%1 takes no value</source>
        <translation>%1 ne prend pas de valeur</translation>
    </message>
    <message>
        <source>more than one plan given (%1)</source>
        <translation>plus d&apos;un plan indiqué (%1)</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>commande inconnue « %1 »</translation>
    </message>
    <message>
        <source>analyse a plan and print its findings</source>
        <translation>analyser un plan et afficher ses constats</translation>
    </message>
    <message>
        <source>Analyses the plan and prints one line per finding, most severe first, then by time: the severity, the rule, the day, start and title of the first session it concerns, the message, the suggested fix and the related rules. A weekly summary follows (the average week for a plan of several weeks).</source>
        <translation>Analyse le plan et affiche une ligne par constat, les plus graves d&apos;abord, puis par heure : la gravité, la règle, le jour, le début et le titre de la première séance concernée, le message, la correction proposée et les règles liées. Suit un résumé de la semaine (la semaine moyenne pour un plan de plusieurs semaines).</translation>
    </message>
    <message>
        <source>print one JSON object instead: the findings, every day of every week and the summary</source>
        <translation>afficher plutôt un objet JSON : les constats, chaque jour de chaque semaine et le résumé</translation>
    </message>
    <message>
        <source>exit 1 if a warning or critical finding remains</source>
        <translation>quitter avec 1 s&apos;il reste un avertissement ou un constat critique</translation>
    </message>
    <message>
        <source>check: unknown option %1</source>
        <translation>check : option inconnue %1</translation>
    </message>
    <message>
        <source>check: %1 takes no value</source>
        <translation>check : %1 ne prend pas de valeur</translation>
    </message>
    <message>
        <source>check: missing PLAN</source>
        <translation>check : PLAN manquant</translation>
    </message>
    <message>
        <source>check: more than one plan given</source>
        <translation>check : plus d&apos;un plan indiqué</translation>
    </message>
    <message>
        <source>parse and validate only</source>
        <translation>seulement lire et valider</translation>
    </message>
    <message>
        <source>Reads the plan exactly as the app would and prints nothing when it is valid. An invalid plan prints every error found, up to 50, one per line.</source>
        <translation>Lit le plan exactement comme l&apos;application et n&apos;affiche rien s&apos;il est valide. Pour un plan non valide, chaque erreur trouvée est affichée, jusqu&apos;à 50, une par ligne.</translation>
    </message>
    <message>
        <source>validate: unknown option %1</source>
        <translation>validate : option inconnue %1</translation>
    </message>
    <message>
        <source>validate: %1 takes no value</source>
        <translation>validate : %1 ne prend pas de valeur</translation>
    </message>
    <message>
        <source>validate takes exactly one PLAN</source>
        <translation>validate prend exactement un PLAN</translation>
    </message>
    <message>
        <source>write the plan as a PDF or as an iCalendar file</source>
        <translation>écrire le plan en PDF ou en fichier iCalendar</translation>
    </message>
    <message>
        <source>write a PDF to OUT.pdf, or to standard output for -</source>
        <translation>écrire un PDF dans OUT.pdf, ou sur la sortie standard pour -</translation>
    </message>
    <message>
        <source>the PDF&apos;s paper size (default A4)</source>
        <translation>le format de papier du PDF (A4 par défaut)</translation>
    </message>
    <message>
        <source>--page-size needs A4 or Letter</source>
        <translation>--page-size nécessite A4 ou Letter</translation>
    </message>
    <message>
        <source>the PDF&apos;s page orientation (default portrait)</source>
        <translation>l&apos;orientation des pages du PDF (portrait par défaut)</translation>
    </message>
    <message>
        <source>--orientation needs portrait or landscape</source>
        <translation>--orientation nécessite portrait ou landscape</translation>
    </message>
    <message>
        <source>put only week N of the plan in the PDF, counting from 1</source>
        <translation>ne mettre que la semaine N du plan dans le PDF, en comptant à partir de 1</translation>
    </message>
    <message>
        <source>put every week of the plan in the PDF (the default)</source>
        <translation>mettre toutes les semaines du plan dans le PDF (par défaut)</translation>
    </message>
    <message>
        <source>write an iCalendar file to OUT.ics, or to standard output for -</source>
        <translation>écrire un fichier iCalendar dans OUT.ics, ou sur la sortie standard pour -</translation>
    </message>
    <message>
        <source>repeat a repeating plan for N weeks, 1 to 520 (default 12)</source>
        <translation>répéter un plan répétitif pendant N semaines, de 1 à 520 (12 par défaut)</translation>
    </message>
    <message>
        <source>repeat a repeating plan until this day instead</source>
        <translation>répéter plutôt un plan répétitif jusqu&apos;à ce jour</translation>
    </message>
    <message>
        <source>remind MIN minutes before every session, 0 (at the start) to 1440</source>
        <translation>rappeler MIN minutes avant chaque séance, de 0 (au début) à 1440</translation>
    </message>
    <message>
        <source>only busy time, for a work or shared calendar: every session is titled Training, with no details</source>
        <translation>seulement les plages occupées, pour un calendrier professionnel ou partagé : chaque séance s&apos;intitule Entraînement, sans détails</translation>
    </message>
    <message>
        <source>export: unknown option &apos;%1&apos;</source>
        <translation>export : option inconnue « %1 »</translation>
    </message>
    <message>
        <source>export: %1 takes no value</source>
        <translation>export : %1 ne prend pas de valeur</translation>
    </message>
    <message>
        <source>export needs a PLAN</source>
        <translation>export nécessite un PLAN</translation>
    </message>
    <message>
        <source>export takes one PLAN, got another: &apos;%1&apos;</source>
        <translation>export prend un seul PLAN, en voici un autre : « %1 »</translation>
    </message>
    <message>
        <source>list the built-in plans</source>
        <translation>lister les plans intégrés</translation>
    </message>
    <message>
        <source>Prints one line per built-in plan and nothing else: its NAME (usable as template:NAME and with ordo new), a tab, and its title.</source>
        <translation>Affiche une ligne par plan intégré et rien d&apos;autre : son NAME (utilisable comme template:NAME et avec ordo new), une tabulation et son titre.</translation>
    </message>
    <message>
        <source>templates: unknown option %1</source>
        <translation>templates : option inconnue %1</translation>
    </message>
    <message>
        <source>templates: %1 takes no value</source>
        <translation>templates : %1 ne prend pas de valeur</translation>
    </message>
    <message>
        <source>templates takes no arguments</source>
        <translation>templates ne prend pas d&apos;arguments</translation>
    </message>
    <message>
        <source>write a built-in plan to a file</source>
        <translation>écrire un plan intégré dans un fichier</translation>
    </message>
    <message>
        <source>Writes the built-in plan TEMPLATE, a NAME that ordo templates lists (with or without template:), to the file OUT.ordo, to edit it from there. An existing OUT.ordo is kept unless --force is given.</source>
        <translation>Écrit le plan intégré TEMPLATE, un NAME listé par ordo templates (avec ou sans template:), dans le fichier OUT.ordo, pour le modifier ensuite. Un OUT.ordo existant est conservé sauf avec --force.</translation>
    </message>
    <message>
        <source>the NAME of a built-in plan</source>
        <translation>le NAME d&apos;un plan intégré</translation>
    </message>
    <message>
        <source>the plan file to write</source>
        <translation>le fichier de plan à écrire</translation>
    </message>
    <message>
        <source>replace OUT.ordo if it exists</source>
        <translation>remplacer OUT.ordo s&apos;il existe</translation>
    </message>
    <message>
        <source>new: unknown option %1</source>
        <translation>new : option inconnue %1</translation>
    </message>
    <message>
        <source>new: %1 takes no value</source>
        <translation>new : %1 ne prend pas de valeur</translation>
    </message>
    <message>
        <source>new takes TEMPLATE and OUT.ordo</source>
        <translation>new prend TEMPLATE et OUT.ordo</translation>
    </message>
    <message>
        <source>show the help of the app or of a command</source>
        <translation>afficher l&apos;aide de l&apos;application ou d&apos;une commande</translation>
    </message>
    <message>
        <source>The same as ordo --help, or as ordo COMMAND --help.</source>
        <translation>Équivaut à ordo --help, ou à ordo COMMAND --help.</translation>
    </message>
    <message>
        <source>help: unknown option %1</source>
        <translation>help : option inconnue %1</translation>
    </message>
    <message>
        <source>help: %1 takes no value</source>
        <translation>help : %1 ne prend pas de valeur</translation>
    </message>
    <message>
        <source>help: no command named &apos;%1&apos;</source>
        <translation>help : aucune commande nommée « %1 »</translation>
    </message>
    <message>
        <source>0 done</source>
        <translation>0 terminé</translation>
    </message>
    <message>
        <source>Done. For check: the analysis ran, whatever it found.</source>
        <translation>Terminé. Pour check : l&apos;analyse s&apos;est déroulée, quoi qu&apos;elle ait trouvé.</translation>
    </message>
    <message>
        <source>2 usage error</source>
        <translation>2 erreur d&apos;utilisation</translation>
    </message>
    <message>
        <source>Usage error: an unknown option, a missing or extra argument, a bad value, or options that exclude each other. Nothing was read or written.</source>
        <translation>Erreur d&apos;utilisation : une option inconnue, un argument manquant ou en trop, une valeur incorrecte, ou des options qui s&apos;excluent. Rien n&apos;a été lu ni écrit.</translation>
    </message>
    <message>
        <source>3 plan unreadable or invalid</source>
        <translation>3 plan illisible ou non valide</translation>
    </message>
    <message>
        <source>The plan could not be read or is invalid; each error line says where.</source>
        <translation>Le plan n&apos;a pas pu être lu ou n&apos;est pas valide ; chaque ligne d&apos;erreur indique où.</translation>
    </message>
    <message>
        <source>4 output could not be written</source>
        <translation>4 sortie impossible à écrire</translation>
    </message>
    <message>
        <source>The output could not be written: the disk is full, the folder is not writable, standard output is closed or full, the target is not a regular file, or it exists and ordo new was not given --force. An existing file is left as it was.</source>
        <translation>La sortie n&apos;a pas pu être écrite : le disque est plein, le dossier n&apos;est pas accessible en écriture, la sortie standard est fermée ou pleine, la cible n&apos;est pas un fichier ordinaire, ou elle existe et ordo new n&apos;a pas reçu --force. Un fichier existant reste tel quel.</translation>
    </message>
    <message>
        <source>The display the app opens its window on. Without either, and without QT_QPA_PLATFORM, the app exits with status 1; the commands need neither.</source>
        <translation>L&apos;affichage sur lequel l&apos;application ouvre sa fenêtre. Sans l&apos;une ni l&apos;autre, et sans QT_QPA_PLATFORM, l&apos;application quitte avec le code 1 ; les commandes n&apos;en ont pas besoin.</translation>
    </message>
    <message>
        <source>Qt&apos;s window system plug-in. export and --screenshot use offscreen when it is unset and there is no display.</source>
        <translation>Le greffon de système de fenêtres de Qt. export et --screenshot utilisent offscreen s&apos;il n&apos;est pas défini et qu&apos;il n&apos;y a pas d&apos;affichage.</translation>
    </message>
    <message>
        <source>The language of the texts (English, German, French or Spanish; --lang and the app&apos;s Language preference override it) and the local conventions of dates and numbers.</source>
        <translation>La langue des textes (anglais, allemand, français ou espagnol ; --lang et la préférence Langue de l&apos;application la remplacent) et les conventions locales des dates et des nombres.</translation>
    </message>
    <message>
        <source>Where the settings are kept (default ~/.config).</source>
        <translation>Où les réglages sont conservés (~/.config par défaut).</translation>
    </message>
    <message>
        <source>Where autosaved plans are kept (default ~/.local/share).</source>
        <translation>Où les plans enregistrés automatiquement sont conservés (~/.local/share par défaut).</translation>
    </message>
    <message>
        <source>The app&apos;s settings: preferences, recent files, window layout and your own session templates.</source>
        <translation>Les réglages de l&apos;application : préférences, fichiers récents, disposition des fenêtres et vos propres modèles de séance.</translation>
    </message>
    <message>
        <source>Unsaved changes, written every 30 seconds and removed when the plan is saved or closed; after a crash the next start offers to restore them.</source>
        <translation>Les modifications non enregistrées, écrites toutes les 30 secondes et supprimées quand le plan est enregistré ou fermé ; après un plantage, le démarrage suivant propose de les restaurer.</translation>
    </message>
    <message>
        <source>Plan files: UTF-8 JSON of the MIME type application/x-ordo-plan, at most 4 MiB.</source>
        <translation>Fichiers de plan : JSON UTF-8 de type MIME application/x-ordo-plan, 4 Mio au plus.</translation>
    </message>
    <message>
        <source>List the built-in plans.</source>
        <translation>Lister les plans intégrés.</translation>
    </message>
    <message>
        <source>Analyse a built-in plan; exit 1 if it has a warning or critical finding.</source>
        <translation>Analyser un plan intégré ; quitter avec 1 s&apos;il a un avertissement ou un constat critique.</translation>
    </message>
    <message>
        <source>Print the rule of every finding with jq.</source>
        <translation>Afficher la règle de chaque constat avec jq.</translation>
    </message>
    <message>
        <source>Start your own plan from a built-in one.</source>
        <translation>Commencer votre propre plan à partir d&apos;un plan intégré.</translation>
    </message>
    <message>
        <source>Write week 2 as a PDF on US Letter paper.</source>
        <translation>Écrire la semaine 2 en PDF au format US Letter.</translation>
    </message>
    <message>
        <source>Write the plan as calendar events from 5 January 2026 to standard output.</source>
        <translation>Écrire le plan en événements de calendrier à partir du 5 janvier 2026 sur la sortie standard.</translation>
    </message>
    <message>
        <source>Write only busy time from today on, for a work calendar.</source>
        <translation>Écrire seulement les plages occupées à partir d&apos;aujourd&apos;hui, pour un calendrier professionnel.</translation>
    </message>
    <message>
        <source>--week %1: the plan&apos;s last week is %2</source>
        <translation>--week %1 : la dernière semaine du plan est la %2</translation>
    </message>
    <message>
        <source>the plan has no anchor date (&quot;anchorDate&quot;, the Monday of its first week), so calendar dates cannot be placed on its weeks</source>
        <translation>le plan n&apos;a pas de date de référence (« anchorDate », le lundi de sa première semaine), donc les dates du calendrier ne peuvent pas être placées sur ses semaines</translation>
    </message>
    <message>
        <source>  %1: %2 → %3</source>
        <translation>  %1 : %2 → %3</translation>
    </message>
    <message>
        <source>Score: %1 → %2</source>
        <translation>Score : %1 → %2</translation>
    </message>
    <message>
        <source>Why it remains: %1</source>
        <translation>Pourquoi il reste : %1</translation>
    </message>
    <message>
        <source>arrange: --week and --all exclude each other</source>
        <translation>arrange : --week et --all s&apos;excluent</translation>
    </message>
    <message>
        <source>--seed needs a whole number from 0 to 4294967295</source>
        <translation>--seed attend un nombre entier de 0 à 4294967295</translation>
    </message>
    <message>
        <source>-o needs an output file</source>
        <translation>-o attend un fichier de sortie</translation>
    </message>
    <message>
        <source>arrange: --dry-run and -o exclude each other</source>
        <translation>arrange : --dry-run et -o s&apos;excluent</translation>
    </message>
    <message numerus="yes">
        <source>the plan has %n weeks; there is no week %1</source>
        <translation>
            <numerusform>le plan a %n semaine ; il n&apos;y a pas de semaine %1</numerusform>
            <numerusform>le plan a %n semaines ; il n&apos;y a pas de semaine %1</numerusform>
        </translation>
    </message>
    <message>
        <source>move sessions to better times</source>
        <translation>déplacer les séances vers de meilleurs moments</translation>
    </message>
    <message>
        <source>Moves sessions to the times where the analysis finds the least wrong with the week: every critical finding costs 100, a warning 10, an info 1, a session outside the available times 1,000, and each minute and day a session moves a little, so the plan stays close to yours. Locked sessions stay, a warm-up or cool-down moves with its lift, sessions stay in their week, and durations, kinds and intensities never change. The same plan and seed give the same result. Without -o, --dry-run or --json the arranged plan goes to standard output and what remains to standard error.</source>
        <translation>Déplace les séances vers les moments où l&apos;analyse trouve le moins à redire à la semaine : chaque constat critique coûte 100, un avertissement 10, une info 1, une séance hors des disponibilités 1 000, et chaque minute et chaque jour de déplacement un peu, pour que le plan reste proche du vôtre. Les séances verrouillées restent, un échauffement ou un retour au calme suit sa séance de musculation, les séances restent dans leur semaine, et durées, types et intensités ne changent jamais. Le même plan avec la même graine donne le même résultat. Sans -o, --dry-run ni --json, le plan arrangé va sur la sortie standard et ce qui reste sur la sortie d&apos;erreur.</translation>
    </message>
    <message>
        <source>treat the events of an iCalendar file as busy time (the plan needs an anchor date)</source>
        <translation>traiter les événements d&apos;un fichier iCalendar comme du temps occupé (le plan doit avoir une date de référence)</translation>
    </message>
    <message>
        <source>--busy needs an iCalendar file</source>
        <translation>--busy attend un fichier iCalendar</translation>
    </message>
    <message>
        <source>arrange only week N, counting from 1</source>
        <translation>n&apos;arranger que la semaine N, à partir de 1</translation>
    </message>
    <message>
        <source>arrange every week (the default)</source>
        <translation>arranger chaque semaine (par défaut)</translation>
    </message>
    <message>
        <source>the seed of the search order (default 1)</source>
        <translation>la graine de l&apos;ordre de recherche (1 par défaut)</translation>
    </message>
    <message>
        <source>move sessions only within their day</source>
        <translation>ne déplacer les séances que dans leur journée</translation>
    </message>
    <message>
        <source>move sessions only to days that already have training</source>
        <translation>ne déplacer les séances que vers des jours déjà entraînés</translation>
    </message>
    <message>
        <source>write the arranged plan to OUT.ordo, or to standard output for -</source>
        <translation>écrire le plan arrangé dans OUT.ordo, ou sur la sortie standard pour -</translation>
    </message>
    <message>
        <source>print the moves, write nothing</source>
        <translation>afficher les déplacements, ne rien écrire</translation>
    </message>
    <message>
        <source>print the moves, the scores and what remains as JSON</source>
        <translation>afficher les déplacements, les scores et ce qui reste en JSON</translation>
    </message>
    <message>
        <source>arrange: unknown option %1</source>
        <translation>arrange : option inconnue %1</translation>
    </message>
    <message>
        <source>arrange: %1 takes no value</source>
        <translation>arrange : %1 ne prend pas de valeur</translation>
    </message>
    <message>
        <source>arrange: missing PLAN</source>
        <translation>arrange : PLAN manquant</translation>
    </message>
    <message>
        <source>arrange: more than one plan given</source>
        <translation>arrange : plus d&apos;un plan donné</translation>
    </message>
    <message>
        <source>a command: check, validate, export, arrange, templates or new</source>
        <translation>une commande : check, validate, export, arrange, templates ou new</translation>
    </message>
    <message>
        <source>1 warnings remain</source>
        <translation>1 des avertissements restent</translation>
    </message>
    <message>
        <source>Move the sessions of week 2 around the events of a work calendar.</source>
        <translation>Déplacer les séances de la semaine 2 autour des événements d&apos;un calendrier de travail.</translation>
    </message>
    <message>
        <source>the calendar&apos;s first day, or today; with --ics, needed when the plan has no start date</source>
        <translation>le premier jour du calendrier, ou today ; avec --ics, obligatoire si le plan n&apos;a pas de date de début</translation>
    </message>
    <message>
        <source>--ics needs --start-date YYYY-MM-DD: the plan has no start date</source>
        <translation>--ics nécessite --start-date YYYY-MM-DD : le plan n&apos;a pas de date de début</translation>
    </message>
    <message>
        <source>--until must not be before the plan&apos;s start date</source>
        <translation>--until ne doit pas précéder la date de début du plan</translation>
    </message>
    <message>
        <source>the plan would hold more than %1 busy times</source>
        <translation>le plan contiendrait plus de %1 plages occupées</translation>
    </message>
    <message>
        <source>--pdf writes a vector PDF: a season page for a plan of two weeks or more, one grid page per week, the findings, then the charts. --ics writes an RFC 5545 calendar: a repeating plan becomes weekly recurring events, a one-off plan dated events; week 1 starts on the Monday on or before the start date. Times are floating wall-clock times, the same in every time zone. Exporting the same plan from the same start date again gives the same event UIDs, so a calendar updates the events instead of adding them twice. Both may be given at once. Export draws on Qt&apos;s offscreen platform unless QT_QPA_PLATFORM chooses another, so it needs no display.</source>
        <translation>--pdf écrit un PDF vectoriel : une page de saison pour un plan de deux semaines ou plus, une page de grille par semaine, les constats, puis les graphiques. --ics écrit un calendrier RFC 5545 : un plan répétitif devient des événements hebdomadaires récurrents, un plan ponctuel des événements datés ; la semaine 1 commence le lundi tombant à la date de début ou juste avant. Les heures sont des heures locales flottantes, identiques dans tous les fuseaux horaires. Exporter de nouveau le même plan à partir de la même date de début donne les mêmes UID d&apos;événements : un calendrier met donc les événements à jour au lieu de les ajouter en double. Les deux options peuvent être données ensemble. L&apos;export dessine sur la plateforme offscreen de Qt, sauf si QT_QPA_PLATFORM en choisit une autre ; il n&apos;a donc pas besoin d&apos;affichage.</translation>
    </message>
    <message>
        <source>check: --compare and --strict exclude each other</source>
        <translation>check : --compare et --strict s&apos;excluent</translation>
    </message>
    <message>
        <source>With --compare A, compares PLAN with the plan A instead: the findings PLAN adds and the ones it removes, then the weekly totals of both.</source>
        <translation>Avec --compare A, compare plutôt PLAN au plan A : les constats que PLAN ajoute et ceux qu&apos;il retire, puis les totaux hebdomadaires des deux.</translation>
    </message>
    <message>
        <source>compare PLAN with the plan A; exit 1 if PLAN adds a warning or critical finding</source>
        <translation>comparer PLAN au plan A ; code de sortie 1 si PLAN ajoute un avertissement ou un constat critique</translation>
    </message>
    <message>
        <source>--compare needs the plan to compare with</source>
        <translation>--compare attend le plan à comparer</translation>
    </message>
    <message>
        <source>check --strict: at least one finding of severity warning or critical remains. check --compare: the second plan adds a finding of severity warning or critical. arrange: warnings or critical findings remain that arranging cannot clear; each is printed with the reason. The app with --screenshot or --measure-startup: the plan could not be opened or the picture not written; without those options: there is no display.</source>
        <translation>check --strict : il reste au moins un constat de gravité avertissement ou critique. check --compare : le second plan ajoute un constat de gravité avertissement ou critique. arrange : il reste des avertissements ou des constats critiques que l&apos;arrangement ne peut pas lever ; chacun est affiché avec sa raison. L&apos;application avec --screenshot ou --measure-startup : le plan n&apos;a pas pu être ouvert ou l&apos;image n&apos;a pas pu être écrite ; sans ces options : il n&apos;y a pas d&apos;affichage.</translation>
    </message>
</context>
</TS>
