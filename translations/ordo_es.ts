<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ordo::AboutBox</name>
    <message>
        <source>About Ordo</source>
        <translation>Acerca de Ordo</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Ordo %1&lt;/h3&gt;&lt;p&gt;Plans a training week that combines strength and cardio, and shows what each placement costs before you make it.&lt;/p&gt;&lt;p&gt;The rules follow published work on concurrent training: the order effect (Eddens 2018, Murlasits 2018), AMPK after exercise (Wojtaszewski 2000, Lee-Young 2008), leg fatigue after cycling and running (Sporer &amp;amp; Wenger 2003, Doma &amp;amp; Deakin 2013), session-RPE load (Foster 2001), interference (Wilson 2012) and recovery spacing (ACSM 2009). Each finding&apos;s “Why?” names its source and evidence grade.&lt;/p&gt;&lt;p&gt;A planning aid, not medical advice.&lt;/p&gt;&lt;p&gt;Copyright © 2026 the Ordo authors.&lt;br&gt;Ordo is free software: you can redistribute it and/or modify it under the terms of the &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License&lt;/a&gt; as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version. It comes with ABSOLUTELY NO WARRANTY.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ordo %1&lt;/h3&gt;&lt;p&gt;Planifica una semana de entrenamiento que combina fuerza y cardio, y muestra lo que cuesta cada colocación antes de hacerla.&lt;/p&gt;&lt;p&gt;Las reglas siguen trabajos publicados sobre el entrenamiento concurrente: el efecto del orden (Eddens 2018, Murlasits 2018), la AMPK tras el ejercicio (Wojtaszewski 2000, Lee-Young 2008), la fatiga de piernas tras ciclismo y carrera (Sporer &amp;amp; Wenger 2003, Doma &amp;amp; Deakin 2013), la carga session-RPE (Foster 2001), la interferencia (Wilson 2012) y el espaciado de la recuperación (ACSM 2009). El «¿Por qué?» de cada hallazgo indica su fuente y su grado de evidencia.&lt;/p&gt;&lt;p&gt;Una ayuda para planificar, no un consejo médico.&lt;/p&gt;&lt;p&gt;Copyright © 2026 los autores de Ordo.&lt;br&gt;Ordo es software libre: puede redistribuirlo y/o modificarlo según los términos de la &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License&lt;/a&gt; publicada por la Free Software Foundation, ya sea la versión 3 de la licencia o (a su elección) cualquier versión posterior. Se ofrece SIN NINGUNA GARANTÍA.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ordo::AddSessionMenu</name>
    <message>
        <source>&amp;Add Session Here</source>
        <translation>&amp;Añadir una sesión aquí</translation>
    </message>
</context>
<context>
    <name>ordo::AmpkChart</name>
    <message>
        <source>AMPK-elevated windows</source>
        <translation>Ventanas de AMPK elevada</translation>
    </message>
    <message>
        <source>Starts inside the AMPK-elevated window after %1: the lifting signal may be blunted.</source>
        <translation>Empieza dentro de la ventana de AMPK elevada tras %1: la señal de la fuerza puede quedar atenuada.</translation>
    </message>
    <message>
        <source>Week %1 · estimated AMPK-elevated windows after cardio</source>
        <translation>Semana %1 · ventanas estimadas de AMPK elevada tras el cardio</translation>
    </message>
    <message>
        <source>AMPK window (model)</source>
        <translation>Ventana de AMPK (modelo)</translation>
    </message>
    <message>
        <source>Cardio</source>
        <translation>Cardio</translation>
    </message>
    <message>
        <source>Lifting</source>
        <translation>Fuerza</translation>
    </message>
    <message>
        <source>Lifting inside a window</source>
        <translation>Fuerza dentro de una ventana</translation>
    </message>
    <message>
        <source>&lt;b&gt;AMPK-elevated window&lt;/b&gt; %1 – %2&lt;br&gt;after %3 (%4, %5 min)&lt;br&gt;%6&lt;br&gt;A model estimate: studies in people show a return to baseline within about 3 hours</source>
        <translation>&lt;b&gt;Ventana de AMPK elevada&lt;/b&gt; %1 – %2&lt;br&gt;tras %3 (%4, %5 min)&lt;br&gt;%6&lt;br&gt;Una estimación del modelo: los estudios en personas muestran la vuelta al nivel basal en unas 3 horas</translation>
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
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Crítico</translation>
    </message>
</context>
<context>
    <name>ordo::ArrangeCommands</name>
    <message>
        <source>&amp;Arrange Week…</source>
        <translation>&amp;Organizar la semana…</translation>
    </message>
    <message>
        <source>&amp;Lock Session</source>
        <translation>&amp;Fijar la sesión</translation>
    </message>
    <message>
        <source>Keep the selected sessions where they are when the week is arranged</source>
        <translation>Mantener las sesiones elegidas donde están al organizar la semana</translation>
    </message>
    <message>
        <source>Re-&amp;plan Rest of Week…</source>
        <translation>&amp;Replanificar el resto de la semana…</translation>
    </message>
    <message>
        <source>Place the missed sessions of this week again in the days that are left</source>
        <translation>Volver a colocar las sesiones perdidas de esta semana en los días que quedan</translation>
    </message>
</context>
<context>
    <name>ordo::ArrangeDialog</name>
    <message>
        <source>Arrange Week</source>
        <translation>Organizar la semana</translation>
    </message>
    <message>
        <source>All weeks</source>
        <translation>Todas las semanas</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>Á&amp;mbito:</translation>
    </message>
    <message>
        <source>Only move within the same &amp;day</source>
        <translation>Mover solo dentro del mismo &amp;día</translation>
    </message>
    <message>
        <source>&amp;Keep training days</source>
        <translation>Mantener los días de &amp;entrenamiento</translation>
    </message>
    <message>
        <source>A&amp;rrange Again</source>
        <translation>Organizar de &amp;nuevo</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>De&amp;tener</translation>
    </message>
    <message>
        <source>&amp;Moves</source>
        <translation>Mo&amp;vimientos</translation>
    </message>
    <message>
        <source>&amp;What remains, and why</source>
        <translation>&amp;Qué queda y por qué</translation>
    </message>
    <message>
        <source>Arranging…</source>
        <translation>Organizando…</translation>
    </message>
    <message>
        <source>Stopped early: %1</source>
        <translation>Detenido antes de tiempo: %1</translation>
    </message>
    <message>
        <source>Score before: %1 · after: %2 (lower is better)</source>
        <translation>Puntuación antes: %1 · después: %2 (más baja es mejor)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No warning remains.</source>
        <translation>No queda ninguna advertencia.</translation>
    </message>
    <message>
        <source>Re-plan Rest of Week</source>
        <translation>Replanificar el resto de la semana</translation>
    </message>
    <message>
        <source>&amp;Left missed, and why</source>
        <translation>&amp;Siguen perdidas, y por qué</translation>
    </message>
    <message>
        <source>Placing missed sessions…</source>
        <translation>Colocando las sesiones perdidas…</translation>
    </message>
    <message>
        <source>Every missed session has a place again.</source>
        <translation>Cada sesión perdida vuelve a tener un hueco.</translation>
    </message>
    <message>
        <source>Compare Side &amp;by Side…</source>
        <translation>Comparar &amp;lado a lado…</translation>
    </message>
    <message>
        <source>Open the result beside your plan, with the findings each one has</source>
        <translation>Abrir el resultado junto a su plan, con los hallazgos de cada uno</translation>
    </message>
</context>
<context>
    <name>ordo::Arranger</name>
    <message>
        <source>%1 is locked, so it stays outside your available times.</source>
        <translation>%1 está fijada, así que queda fuera de su disponibilidad.</translation>
    </message>
    <message>
        <source>%1 is locked, so it stays where it is.</source>
        <translation>%1 está fijada, así que se queda donde está.</translation>
    </message>
    <message>
        <source>%1 are locked, so they stay where they are.</source>
        <translation>%1 están fijadas, así que se quedan donde están.</translation>
    </message>
    <message>
        <source>It is about how many, how long or how hard the sessions are, not when they are: moving them cannot clear it.</source>
        <translation>Trata de cuántas sesiones hay, cuánto duran o lo duras que son, no de cuándo: moverlas no puede resolverlo.</translation>
    </message>
    <message>
        <source>%1 is locked, and no place for the others clears it.</source>
        <translation>%1 está fijada, y ningún lugar para las demás lo resuelve.</translation>
    </message>
    <message>
        <source>%1 are locked, and no place for the others clears it.</source>
        <translation>%1 están fijadas, y ningún lugar para las demás lo resuelve.</translation>
    </message>
    <message>
        <source>Sessions could only move within their day, and no time of the day clears it.</source>
        <translation>Las sesiones solo podían moverse dentro de su día, y ninguna hora del día lo resuelve.</translation>
    </message>
    <message>
        <source>Sessions could only move to days that already had training, and none clears it.</source>
        <translation>Las sesiones solo podían moverse a días que ya tenían entrenamiento, y ninguno lo resuelve.</translation>
    </message>
    <message>
        <source>No place for its sessions in their week clears it without a worse finding elsewhere.</source>
        <translation>Ningún lugar para sus sesiones en su semana lo resuelve sin un hallazgo peor en otra parte.</translation>
    </message>
    <message numerus="yes">
        <source>%n critical findings</source>
        <translation>
            <numerusform>%n hallazgo crítico</numerusform>
            <numerusform>%n hallazgos críticos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
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
        <translation>Nada que mover: ningún lugar mejora la semana.</translation>
    </message>
    <message>
        <source>Nothing to move: no place clears what remains.</source>
        <translation>Nada que mover: ningún lugar resuelve lo que queda.</translation>
    </message>
    <message numerus="yes">
        <source>%n moves bring sessions closer to where they fit best</source>
        <translation>
            <numerusform>%n movimiento acerca sesiones a su mejor lugar</numerusform>
            <numerusform>%n movimientos acercan sesiones a su mejor lugar</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>%1, %2 and %3</source>
        <translation>%1, %2 y %3</translation>
    </message>
    <message numerus="yes">
        <source>%n moves clear %1</source>
        <translation>
            <numerusform>%n movimiento resuelve %1</numerusform>
            <numerusform>%n movimientos resuelven %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Arrange week %1 (%n moves)</source>
        <translation>
            <numerusform>Organizar la semana %1 (%n movimiento)</numerusform>
            <numerusform>Organizar la semana %1 (%n movimientos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Arrange all weeks (%n moves)</source>
        <translation>
            <numerusform>Organizar todas las semanas (%n movimiento)</numerusform>
            <numerusform>Organizar todas las semanas (%n movimientos)</numerusform>
        </translation>
    </message>
    <message>
        <source>No free time in week %1 is long enough for %2.</source>
        <translation>Ningún tiempo libre de la semana %1 es lo bastante largo para %2.</translation>
    </message>
</context>
<context>
    <name>ordo::AutoFix</name>
    <message>
        <source>Move “%1” to %2</source>
        <translation>Mover «%1» a %2</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Eliminar «%1»</translation>
    </message>
    <message>
        <source>Make “%1” %2</source>
        <translation>Intensidad de «%1»: %2</translation>
    </message>
    <message>
        <source>Set “%1” to %2</source>
        <translation>Poner «%1» en %2</translation>
    </message>
</context>
<context>
    <name>ordo::AvailabilityEditor</name>
    <message>
        <source>Available times</source>
        <translation>Horas disponibles</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>No &amp;Training That Day</source>
        <translation>Sin entrenamiento ese &amp;día</translation>
    </message>
    <message>
        <source>Days not listed are available all day. Shift+drag on the week adds a time too.</source>
        <translation>Los días que no aparecen están disponibles todo el día. Mayús+arrastrar en la semana también añade una hora.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>00:00 as the end means midnight</source>
        <translation>00:00 como final significa medianoche</translation>
    </message>
    <message>
        <source>Add this time to the day: sessions of the checked kinds may be placed in it</source>
        <translation>Añadir esta hora al día: las sesiones de los tipos marcados pueden ir en ella</translation>
    </message>
    <message>
        <source>The chosen day has no time for training</source>
        <translation>El día elegido no tiene tiempo para entrenar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>%1: no training</source>
        <translation>%1: sin entrenamiento</translation>
    </message>
    <message>
        <source> · %1 only</source>
        <translation> · solo %1</translation>
    </message>
    <message>
        <source>Every day is available all day.</source>
        <translation>Todos los días están disponibles todo el día.</translation>
    </message>
    <message>
        <source>Weeks with times of their own: %1</source>
        <translation>Semanas con horas propias: %1</translation>
    </message>
    <message>
        <source>No busy times. File ▸ Import Busy Times reads them from a calendar.</source>
        <translation>No hay horas ocupadas. Archivo ▸ Importar horas ocupadas las lee de un calendario.</translation>
    </message>
    <message numerus="yes">
        <source>%n busy times from a calendar</source>
        <translation>
            <numerusform>%n hora ocupada de un calendario</numerusform>
            <numerusform>%n horas ocupadas de un calendario</numerusform>
        </translation>
    </message>
    <message>
        <source>Week 1 starts on %1.</source>
        <translation>La semana 1 empieza el %1.</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Remove Bus&amp;y Times</source>
        <translation>Quitar las horas oc&amp;upadas</translation>
    </message>
</context>
<context>
    <name>ordo::AvailabilityEdits</name>
    <message>
        <source>Add available time %1</source>
        <translation>Añadir la hora disponible %1</translation>
    </message>
    <message>
        <source>Remove available time %1</source>
        <translation>Quitar la hora disponible %1</translation>
    </message>
    <message>
        <source>Mark %1 as not available</source>
        <translation>Marcar %1 como no disponible</translation>
    </message>
    <message>
        <source>Make %1 available all day</source>
        <translation>Hacer %1 disponible todo el día</translation>
    </message>
    <message numerus="yes">
        <source>Import %n busy times</source>
        <translation>
            <numerusform>Importar %n hora ocupada</numerusform>
            <numerusform>Importar %n horas ocupadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove busy times</source>
        <translation>Quitar las horas ocupadas</translation>
    </message>
    <message>
        <source>Mark %1 as not available this week</source>
        <translation>Marcar %1 como no disponible esta semana</translation>
    </message>
    <message>
        <source>Mark %1 of week %2 as not available</source>
        <translation>Marcar %1 de la semana %2 como no disponible</translation>
    </message>
    <message>
        <source>Make %1 available again this week</source>
        <translation>Volver a hacer disponible %1 esta semana</translation>
    </message>
    <message>
        <source>Make %1 of week %2 available again</source>
        <translation>Volver a hacer disponible %1 de la semana %2</translation>
    </message>
</context>
<context>
    <name>ordo::AvailabilityLegend</name>
    <message>
        <source>Availability legend</source>
        <translation>Leyenda de disponibilidad</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>No disponible</translation>
    </message>
    <message>
        <source>Busy (calendar)</source>
        <translation>Ocupado (calendario)</translation>
    </message>
    <message>
        <source>Only some kinds</source>
        <translation>Solo algunos tipos</translation>
    </message>
    <message>
        <source>Shift+drag on the grid adds a time you can train</source>
        <translation>Mayús+arrastrar en la cuadrícula añade una hora en la que puedes entrenar</translation>
    </message>
    <message>
        <source>Busy %1</source>
        <translation>Ocupado %1</translation>
    </message>
    <message>
        <source>Busy %1: %2</source>
        <translation>Ocupado %1: %2</translation>
    </message>
    <message>
        <source>Available %1 for %2 only</source>
        <translation>Disponible %1 solo para %2</translation>
    </message>
</context>
<context>
    <name>ordo::BusyImport</name>
    <message>
        <source>“%1” is not an iCalendar file: it does not begin with a calendar.</source>
        <translation>«%1» no es un archivo iCalendar: no empieza con un calendario.</translation>
    </message>
    <message>
        <source>“%1”, line %2 is not valid iCalendar: “%3”.</source>
        <translation>«%1», la línea %2 no es iCalendar válido: «%3».</translation>
    </message>
    <message>
        <source>“%1”, line %2: the file ends before its calendar does.</source>
        <translation>«%1», línea %2: el archivo termina antes que su calendario.</translation>
    </message>
    <message>
        <source>“%1” has no busy times between %2 and %3.</source>
        <translation>«%1» no tiene horas ocupadas entre el %2 y el %3.</translation>
    </message>
</context>
<context>
    <name>ordo::BusyImportCommand</name>
    <message>
        <source>Import &amp;Busy Times…</source>
        <translation>Importar horas &amp;ocupadas…</translation>
    </message>
    <message>
        <source>Mark the times a calendar file has you busy as not available for training</source>
        <translation>Marcar las horas ocupadas de un archivo de calendario como no disponibles para entrenar</translation>
    </message>
    <message>
        <source>Import Busy Times</source>
        <translation>Importar horas ocupadas</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics *.ical *.ifb);;All files (*)</source>
        <translation>Archivos iCalendar (*.ics *.ical *.ifb);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>«%1» no se puede leer: %2</translation>
    </message>
    <message>
        <source>“%1” is too large for a calendar file.</source>
        <translation>«%1» es demasiado grande para un archivo de calendario.</translation>
    </message>
    <message>
        <source>The plan already has every busy time of “%1”.</source>
        <translation>El plan ya tiene todas las horas ocupadas de «%1».</translation>
    </message>
    <message numerus="yes">
        <source>Added %n busy times from “%1”.</source>
        <translation>
            <numerusform>Se añadió %n hora ocupada de «%1».</numerusform>
            <numerusform>Se añadieron %n horas ocupadas de «%1».</numerusform>
        </translation>
    </message>
    <message>
        <source>The calendar&apos;s events are placed on the plan&apos;s weeks from the date week 1 starts. Pick a day of that week: week 1 starts on its Monday.</source>
        <translation>Los eventos del calendario se colocan en las semanas del plan desde el inicio de la semana 1. Elige un día de esa semana: la semana 1 empieza en su lunes.</translation>
    </message>
    <message>
        <source>Week &amp;1 starts:</source>
        <translation>La semana &amp;1 empieza:</translation>
    </message>
    <message>
        <source>on Monday, %1</source>
        <translation>el lunes %1</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>“%1” would give the plan %2 busy times; a plan holds at most %3. Import a shorter stretch of the calendar, or remove busy times first.</source>
        <translation>«%1» daría al plan %2 horas ocupadas; un plan admite como máximo %3. Importa un tramo más corto del calendario o quita antes horas ocupadas.</translation>
    </message>
</context>
<context>
    <name>ordo::ChartData</name>
    <message>
        <source>Legs</source>
        <translation>Piernas</translation>
    </message>
    <message>
        <source>Upper body</source>
        <translation>Tren superior</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>Core</translation>
    </message>
    <message>
        <source>W = min(%1, %2 + %3 × %4 min) = %5 min</source>
        <translation>W = min(%1, %2 + %3 × %4 min) = %5 min</translation>
    </message>
    <message>
        <source>W = min(%1, %2 + max(0, %3 − %4)) = %5 min (vigorous, RPE ≥ %6)</source>
        <translation>W = min(%1, %2 + max(0, %3 − %4)) = %5 min (vigoroso, RPE ≥ %6)</translation>
    </message>
    <message>
        <source>W = %1 if D ≤ %2, else min(%3, %1 + (D − %2)); D = %4 min → %5 min</source>
        <translation>W = %1 si D ≤ %2, si no min(%3, %1 + (D − %2)); D = %4 min → %5 min</translation>
    </message>
</context>
<context>
    <name>ordo::ChartsPanel</name>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Load per day</source>
        <translation>Carga por día</translation>
    </message>
    <message>
        <source>AMPK windows</source>
        <translation>Ventanas de AMPK</translation>
    </message>
    <message>
        <source>Recovery by region</source>
        <translation>Recuperación por zona</translation>
    </message>
    <message>
        <source>Fitness / fatigue</source>
        <translation>Forma / fatiga</translation>
    </message>
    <message>
        <source>Load per week</source>
        <translation>Carga por semana</translation>
    </message>
</context>
<context>
    <name>ordo::CheckReport</name>
    <message>
        <source>Fix: %1</source>
        <translation>Solución: %1</translation>
    </message>
    <message>
        <source>(also: %1)</source>
        <translation>(también: %1)</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Ningún hallazgo.</translation>
    </message>
    <message>
        <source>Weekly summary:</source>
        <translation>Resumen semanal:</translation>
    </message>
    <message>
        <source>Weekly summary (average of %1 weeks):</source>
        <translation>Resumen semanal (media de %1 semanas):</translation>
    </message>
    <message>
        <source>Sessions: %1 strength, %2 cardio, %3 mobility</source>
        <translation>Sesiones: %1 fuerza, %2 cardio, %3 movilidad</translation>
    </message>
    <message>
        <source>Cardio minutes: %1 easy, %2 moderate, %3 HIIT</source>
        <translation>Minutos de cardio: %1 suave, %2 moderado, %3 HIIT</translation>
    </message>
    <message>
        <source>Rest days: %1</source>
        <translation>Días de descanso: %1</translation>
    </message>
    <message>
        <source>Estimated energy: ≈ %1 kcal</source>
        <translation>Energía estimada: ≈ %1 kcal</translation>
    </message>
    <message>
        <source>%1 compared with %2</source>
        <translation>%1 comparado con %2</translation>
    </message>
    <message>
        <source>Added:</source>
        <translation>Añadidos:</translation>
    </message>
    <message>
        <source>No findings added.</source>
        <translation>Ningún hallazgo añadido.</translation>
    </message>
    <message>
        <source>Removed:</source>
        <translation>Eliminados:</translation>
    </message>
    <message>
        <source>No findings removed.</source>
        <translation>Ningún hallazgo eliminado.</translation>
    </message>
    <message>
        <source>Weekly totals (first plan → second plan):</source>
        <translation>Totales semanales (primer plan → segundo plan):</translation>
    </message>
    <message>
        <source>Week %1: load %2, hard minutes %3, HIIT sessions %4, lifting sessions %5, rest days %6, kcal %7</source>
        <translation>Semana %1: carga %2, minutos intensos %3, sesiones HIIT %4, sesiones de fuerza %5, días de descanso %6, kcal %7</translation>
    </message>
</context>
<context>
    <name>ordo::CompareCommands</name>
    <message>
        <source>&amp;Copy of This Plan</source>
        <translation>Una &amp;copia de este plan</translation>
    </message>
    <message>
        <source>Try changes on a copy beside the open plan</source>
        <translation>Probar cambios en una copia junto al plan abierto</translation>
    </message>
    <message>
        <source>Plan &amp;File…</source>
        <translation>&amp;Archivo de plan…</translation>
    </message>
    <message>
        <source>Compare with plan</source>
        <translation>Comparar con un plan</translation>
    </message>
    <message>
        <source>Compare &amp;With</source>
        <translation>&amp;Comparar con</translation>
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
        <translation>%1: carga A %2, B %3 (RPE × min)</translation>
    </message>
    <message>
        <source>High-load day in A and B</source>
        <translation>Día de carga alta en A y B</translation>
    </message>
    <message>
        <source>High-load day in A</source>
        <translation>Día de carga alta en A</translation>
    </message>
    <message>
        <source>High-load day in B</source>
        <translation>Día de carga alta en B</translation>
    </message>
    <message>
        <source>Load per day (RPE × min), A and B</source>
        <translation>Carga por día (RPE × min), A y B</translation>
    </message>
</context>
<context>
    <name>ordo::CompareWindow</name>
    <message>
        <source>Compare Plans</source>
        <translation>Comparar planes</translation>
    </message>
    <message>
        <source>Week of version A</source>
        <translation>Semana de la versión A</translation>
    </message>
    <message>
        <source>Week of version B</source>
        <translation>Semana de la versión B</translation>
    </message>
    <message>
        <source>Findings only in A</source>
        <translation>Hallazgos solo en A</translation>
    </message>
    <message>
        <source>Findings only in B</source>
        <translation>Hallazgos solo en B</translation>
    </message>
    <message>
        <source>Undo in B</source>
        <translation>Deshacer en B</translation>
    </message>
    <message>
        <source>Redo in B</source>
        <translation>Rehacer en B</translation>
    </message>
    <message>
        <source>&amp;Use This Version</source>
        <translation>&amp;Usar esta versión</translation>
    </message>
    <message>
        <source>Replace the open plan by version B (Undo in the main window takes it back)</source>
        <translation>Sustituir el plan abierto por la versión B (Deshacer en la ventana principal lo revierte)</translation>
    </message>
    <message>
        <source>Use the compared version</source>
        <translation>Usar la versión comparada</translation>
    </message>
    <message>
        <source>Findings only in A: %1</source>
        <translation>Hallazgos solo en A: %1</translation>
    </message>
    <message>
        <source>Findings only in B: %1</source>
        <translation>Hallazgos solo en B: %1</translation>
    </message>
    <message>
        <source>A · %1 (the open plan)</source>
        <translation>A · %1 (el plan abierto)</translation>
    </message>
    <message>
        <source>B · %1 (a copy to try changes on)</source>
        <translation>B · %1 (una copia para probar cambios)</translation>
    </message>
    <message>
        <source>B · %1 (another file)</source>
        <translation>B · %1 (otro archivo)</translation>
    </message>
    <message>
        <source>%1 — has no week %2</source>
        <translation>%1 — no tiene semana %2</translation>
    </message>
    <message>
        <source>Close the comparison</source>
        <translation>Cerrar la comparación</translation>
    </message>
    <message>
        <source>Version B has changes the open plan does not have. Close and discard them?</source>
        <translation>La versión B tiene cambios que el plan abierto no tiene. ¿Cerrar y descartarlos?</translation>
    </message>
    <message>
        <source>B · %1 (as arranged)</source>
        <translation>B · %1 (tal como se ha organizado)</translation>
    </message>
</context>
<context>
    <name>ordo::DesktopApp</name>
    <message>
        <source>the window was never shown</source>
        <translation>la ventana no llegó a mostrarse</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>no se puede escribir %1</translation>
    </message>
</context>
<context>
    <name>ordo::DialogButtons</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;Aceptar</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Sí</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>A&amp;plicar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Restablecer</translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation>Valores &amp;predeterminados</translation>
    </message>
</context>
<context>
    <name>ordo::Document</name>
    <message>
        <source>Untitled plan</source>
        <translation>Plan sin título</translation>
    </message>
</context>
<context>
    <name>ordo::DropPreviewPanel</name>
    <message>
        <source>What dropping here would change in the findings</source>
        <translation>Lo que soltar aquí cambiaría en los hallazgos</translation>
    </message>
    <message>
        <source>+ %1: %2</source>
        <translation>+ %1: %2</translation>
    </message>
    <message>
        <source>− Clears: %1</source>
        <translation>− Resuelve: %1</translation>
    </message>
    <message>
        <source>No change to the findings</source>
        <translation>Ningún cambio en los hallazgos</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ordo::EditPreview</name>
    <message>
        <source>No new findings</source>
        <translation>Ningún hallazgo nuevo</translation>
    </message>
</context>
<context>
    <name>ordo::Enums</name>
    <message>
        <source>Mon</source>
        <translation>lun</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>mié</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>jue</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>vie</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sáb</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>dom</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>lunes</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>martes</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>miércoles</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>jueves</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>viernes</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>sábado</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>domingo</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Fuerza</translation>
    </message>
    <message>
        <source>Cardio</source>
        <translation>Cardio</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Movilidad</translation>
    </message>
    <message>
        <source>Lower</source>
        <translation>Tren inferior</translation>
    </message>
    <message>
        <source>Upper</source>
        <translation>Tren superior</translation>
    </message>
    <message>
        <source>Full body</source>
        <translation>Cuerpo completo</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>Core</translation>
    </message>
    <message>
        <source>Heavy</source>
        <translation>Pesada</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderada</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Ligera</translation>
    </message>
    <message>
        <source>Walking</source>
        <translation>Caminar</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Correr</translation>
    </message>
    <message>
        <source>Cycling</source>
        <translation>Ciclismo</translation>
    </message>
    <message>
        <source>Rowing</source>
        <translation>Remo</translation>
    </message>
    <message>
        <source>Swimming</source>
        <translation>Natación</translation>
    </message>
    <message>
        <source>Elliptical</source>
        <translation>Elíptica</translation>
    </message>
    <message>
        <source>Stair climbing</source>
        <translation>Subir escaleras</translation>
    </message>
    <message>
        <source>Arm ergometer</source>
        <translation>Ergómetro de brazos</translation>
    </message>
    <message>
        <source>Jumping</source>
        <translation>Saltos</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Suave</translation>
    </message>
    <message>
        <source>HIIT</source>
        <translation>HIIT</translation>
    </message>
    <message>
        <source>Fat loss</source>
        <translation>Pérdida de grasa</translation>
    </message>
    <message>
        <source>Muscle growth</source>
        <translation>Ganancia muscular</translation>
    </message>
    <message>
        <source>Endurance</source>
        <translation>Resistencia</translation>
    </message>
    <message>
        <source>General fitness</source>
        <translation>Forma física general</translation>
    </message>
    <message>
        <source>Beginner</source>
        <translation>Principiante</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>Intermedio</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avanzado</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <source>Unspecified</source>
        <translation>Sin especificar</translation>
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
        <translation>Clave</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
</context>
<context>
    <name>ordo::ExportDialogs</name>
    <message>
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Vertical</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Horizontal</translation>
    </message>
    <message>
        <source>All weeks</source>
        <translation>Todas las semanas</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Semana %1</translation>
    </message>
    <message>
        <source>Page &amp;size:</source>
        <translation>&amp;Tamaño de página:</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>&amp;Orientación:</translation>
    </message>
    <message>
        <source>&amp;Weeks:</source>
        <translation>Se&amp;manas:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Could not write %1:
%2</source>
        <translation>No se pudo escribir %1:
%2</translation>
    </message>
    <message>
        <source>Print “%1”</source>
        <translation>Imprimir «%1»</translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation>Exportar calendario</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> semanas</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>At the start</source>
        <translation>Al empezar</translation>
    </message>
    <message>
        <source>%1 before</source>
        <translation>%1 antes</translation>
    </message>
    <message>
        <source>Show only &amp;busy time</source>
        <translation>Mostrar solo el tiempo &amp;ocupado</translation>
    </message>
    <message>
        <source>For a work or shared calendar: every session appears as “Training”, without details, findings or the plan&apos;s name.</source>
        <translation>Para un calendario de trabajo o compartido: cada sesión aparece como «Entrenamiento», sin detalles, hallazgos ni el nombre del plan.</translation>
    </message>
    <message>
        <source>Plan &amp;starts on:</source>
        <translation>El plan em&amp;pieza el:</translation>
    </message>
    <message>
        <source>&amp;Repeat for:</source>
        <translation>&amp;Repetir durante:</translation>
    </message>
    <message>
        <source>Re&amp;minder:</source>
        <translation>Recor&amp;datorio:</translation>
    </message>
</context>
<context>
    <name>ordo::FileCommands</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>&amp;Empty plan</source>
        <translation>Plan &amp;vacío</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation>Abrir un plan</translation>
    </message>
    <message>
        <source>Ordo plans (*.ordo);;All files (*)</source>
        <translation>Planes de Ordo (*.ordo);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Volver a la versión guardada</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>“%1” has unsaved changes. Save them?</source>
        <translation>«%1» tiene cambios sin guardar. ¿Guardarlos?</translation>
    </message>
    <message>
        <source>Cannot open plan</source>
        <translation>No se puede abrir el plan</translation>
    </message>
    <message>
        <source>%1 could not be opened:

%2</source>
        <translation>No se pudo abrir %1:

%2</translation>
    </message>
    <message>
        <source>Untitled plan</source>
        <translation>Plan sin título</translation>
    </message>
    <message>
        <source>Cannot save plan</source>
        <translation>No se puede guardar el plan</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Guardado en %1</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>Guardar el plan</translation>
    </message>
    <message>
        <source>Ordo plans (*.ordo)</source>
        <translation>Planes de Ordo (*.ordo)</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PDF saved to %1</source>
        <translation>PDF guardado en %1</translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation>Exportar calendario</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Archivos iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Calendar saved to %1</source>
        <translation>Calendario guardado en %1</translation>
    </message>
    <message>
        <source>Cannot revert</source>
        <translation>No se puede volver a la versión guardada</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>Archivo modificado en el disco</translation>
    </message>
    <message>
        <source>%1 was changed by another program or window since you opened or saved it.</source>
        <translation>%1 fue modificado por otro programa o ventana desde que lo abrió o guardó.</translation>
    </message>
    <message>
        <source>%1 was deleted or moved by another program or window.</source>
        <translation>%1 fue eliminado o movido por otro programa o ventana.</translation>
    </message>
    <message>
        <source>Reload it and set your changes aside (Undo brings them back), overwrite it with this window&apos;s plan, or save this plan under another name?</source>
        <translation>¿Recargarlo y apartar sus cambios (Deshacer los recupera), sobrescribirlo con el plan de esta ventana o guardar este plan con otro nombre?</translation>
    </message>
    <message>
        <source>Reload it, overwrite it with this window&apos;s plan, or save this plan under another name?</source>
        <translation>¿Recargarlo, sobrescribirlo con el plan de esta ventana o guardar este plan con otro nombre?</translation>
    </message>
    <message>
        <source>Write this window&apos;s plan to it again, or save the plan under another name?</source>
        <translation>¿Volver a escribir ahí el plan de esta ventana o guardar el plan con otro nombre?</translation>
    </message>
    <message>
        <source>Nothing is written until you choose.</source>
        <translation>No se escribe nada hasta que elija.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>&amp;Sobrescribir</translation>
    </message>
    <message>
        <source>Cannot reload</source>
        <translation>No se puede recargar</translation>
    </message>
    <message>
        <source>Reload from disk</source>
        <translation>Recargar desde el disco</translation>
    </message>
    <message>
        <source>Revert to saved</source>
        <translation>Volver a la versión guardada</translation>
    </message>
    <message>
        <source>Discard the unsaved changes to “%1” and go back to the saved file?</source>
        <translation>¿Descartar los cambios sin guardar de «%1» y volver al archivo guardado?</translation>
    </message>
    <message>
        <source>You can undo this with Edit ▸ Undo.</source>
        <translation>Puede deshacerlo con Editar ▸ Deshacer.</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Esto no se puede deshacer.</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Volver</translation>
    </message>
    <message>
        <source>No window is free for this plan. Save or close the open plan first.</source>
        <translation>No hay ninguna ventana libre para este plan. Guarde o cierre primero el plan abierto.</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Exportar &amp;PDF…</translation>
    </message>
    <message>
        <source>Export Ca&amp;lendar (.ics)…</source>
        <translation>Exportar ca&amp;lendario (.ics)…</translation>
    </message>
    <message>
        <source>New &amp;Window</source>
        <translation>Nueva ven&amp;tana</translation>
    </message>
</context>
<context>
    <name>ordo::FindingText</name>
    <message>
        <source>week %1 %2</source>
        <translation>semana %1 %2</translation>
    </message>
    <message>
        <source>easy</source>
        <translation>suave</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moderada</translation>
    </message>
    <message>
        <source>HIIT</source>
        <translation>HIIT</translation>
    </message>
    <message>
        <source>easy cardio</source>
        <translation>cardio suave</translation>
    </message>
    <message>
        <source>hard steady cardio</source>
        <translation>cardio continuo intenso</translation>
    </message>
    <message>
        <source>moderate cardio</source>
        <translation>cardio moderado</translation>
    </message>
</context>
<context>
    <name>ordo::FindingsDock</name>
    <message>
        <source>Show &amp;badges</source>
        <translation>Mostrar &amp;insignias</translation>
    </message>
    <message>
        <source>&amp;Fix</source>
        <translation>&amp;Corregir</translation>
    </message>
    <message>
        <source>&amp;Why?</source>
        <translation>¿&amp;Por qué?</translation>
    </message>
    <message>
        <source>All findings</source>
        <translation>Todos los hallazgos</translation>
    </message>
    <message>
        <source>Warnings and critical</source>
        <translation>Advertencias y críticos</translation>
    </message>
    <message>
        <source>Critical only</source>
        <translation>Solo críticos</translation>
    </message>
    <message>
        <source>Severity filter</source>
        <translation>Filtro de gravedad</translation>
    </message>
    <message>
        <source>Also list positive badges such as leg-day-friendly cardio</source>
        <translation>Mostrar también insignias positivas, como cardio compatible con el día de pierna</translation>
    </message>
    <message>
        <source>Apply the automatic fix of the selected finding (one undo step)</source>
        <translation>Aplicar la corrección automática del hallazgo elegido (un solo paso de deshacer)</translation>
    </message>
    <message>
        <source>Show the source and evidence behind the selected finding</source>
        <translation>Mostrar la fuente y la evidencia del hallazgo elegido</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>Why this finding?</source>
        <translation>¿Por qué este hallazgo?</translation>
    </message>
    <message>
        <source>%1 critical, %2, %3 info</source>
        <translation>%1 crítico(s), %2, %3 info</translation>
    </message>
    <message>
        <source>Also:</source>
        <translation>También:</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>All weeks</source>
        <translation>Todas las semanas</translation>
    </message>
    <message>
        <source>Weeks shown</source>
        <translation>Semanas mostradas</translation>
    </message>
    <message>
        <source>List the findings of the week on screen, or of every week</source>
        <translation>Mostrar los hallazgos de la semana en pantalla o de todas las semanas</translation>
    </message>
    <message>
        <source>No findings at this severity — choose “All findings” to see the others.</source>
        <translation>Ningún hallazgo de esta gravedad: elija «Todos los hallazgos» para ver los demás.</translation>
    </message>
    <message>
        <source>No findings — this week follows every rule Ordo checks.</source>
        <translation>Ningún hallazgo: esta semana cumple todas las reglas que comprueba Ordo.</translation>
    </message>
    <message>
        <source>No findings — every week follows every rule Ordo checks.</source>
        <translation>Ningún hallazgo: todas las semanas cumplen todas las reglas que comprueba Ordo.</translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>Qué:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Por qué:</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Qué hacer:</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Fuentes:</translation>
    </message>
    <message>
        <source>You can change:</source>
        <translation>Puede cambiar:</translation>
    </message>
    <message>
        <source>%1 — in the plan&apos;s analysis settings.</source>
        <translation>%1: en los ajustes de análisis del plan.</translation>
    </message>
</context>
<context>
    <name>ordo::FindingsModel</name>
    <message>
        <source>Automatic fix available: %1</source>
        <translation>Corrección automática disponible: %1</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Suggested fix</source>
        <translation>Corrección propuesta</translation>
    </message>
</context>
<context>
    <name>ordo::FitnessChart</name>
    <message>
        <source>Fitness (CTL, 42 days)</source>
        <translation>Forma (CTL, 42 días)</translation>
    </message>
    <message>
        <source>Fatigue (ATL, 7 days)</source>
        <translation>Fatiga (ATL, 7 días)</translation>
    </message>
    <message>
        <source>Form (TSB = CTL − ATL)</source>
        <translation>Frescura (TSB = CTL − ATL)</translation>
    </message>
    <message>
        <source>Fitness, fatigue and form over the plan</source>
        <translation>Forma, fatiga y frescura a lo largo del plan</translation>
    </message>
    <message>
        <source>Fitness, fatigue and form</source>
        <translation>Forma, fatiga y frescura</translation>
    </message>
    <message>
        <source>Assumes this plan has been followed for several weeks before week 1</source>
        <translation>Supone que este plan se ha seguido durante varias semanas antes de la semana 1</translation>
    </message>
    <message>
        <source>Load per day</source>
        <translation>Carga por día</translation>
    </message>
    <message>
        <source>%1 %2&lt;br&gt;Fitness %3 · fatigue %4 · form %5</source>
        <translation>%1 %2&lt;br&gt;Forma %3 · fatiga %4 · frescura %5</translation>
    </message>
    <message>
        <source>Wk %1</source>
        <translation>Sem. %1</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Semana %1</translation>
    </message>
</context>
<context>
    <name>ordo::IcsExport</name>
    <message>
        <source>%1 focus</source>
        <translation>enfoque: %1</translation>
    </message>
    <message>
        <source>RPE %1</source>
        <translation>RPE %1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Solución: %1</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>Hallazgos:</translation>
    </message>
    <message>
        <source>From the Ordo plan “%1”.</source>
        <translation>Del plan de Ordo «%1».</translation>
    </message>
    <message>
        <source>The start date must lie in the years 1 to 9999.</source>
        <translation>La fecha de inicio debe estar entre los años 1 y 9999.</translation>
    </message>
    <message>
        <source>A reminder can be from 0 to %1 minutes before a session.</source>
        <translation>Un recordatorio puede ser de 0 a %1 minutos antes de una sesión.</translation>
    </message>
    <message>
        <source>The calendar would reach past the year 9999: choose an earlier start date or fewer weeks.</source>
        <translation>El calendario pasaría del año 9999: elija una fecha de inicio anterior o menos semanas.</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
</context>
<context>
    <name>ordo::LoadChart</name>
    <message>
        <source>∞ (same load every day)</source>
        <translation>∞ (misma carga cada día)</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Fuerza</translation>
    </message>
    <message>
        <source>Cardio</source>
        <translation>Cardio</translation>
    </message>
    <message>
        <source>Fatigue carried</source>
        <translation>Fatiga acumulada</translation>
    </message>
    <message>
        <source> (high: &gt; %1)</source>
        <translation> (alta: &gt; %1)</translation>
    </message>
    <message>
        <source>Recovery load per day</source>
        <translation>Carga de recuperación por día</translation>
    </message>
    <message>
        <source>No strength or cardio sessions</source>
        <translation>Ninguna sesión de fuerza ni de cardio</translation>
    </message>
    <message>
        <source>Load (RPE × min)</source>
        <translation>Carga (RPE × min)</translation>
    </message>
    <message>
        <source>High-load day (load ≥ %1)</source>
        <translation>Día de carga alta (carga ≥ %1)</translation>
    </message>
    <message>
        <source>Week %1 · load %2 (RPE × min) · monotony %3</source>
        <translation>Semana %1 · carga %2 (RPE × min) · monotonía %3</translation>
    </message>
    <message>
        <source>Load %1 RPE × min (strength %2, cardio %3)</source>
        <translation>Carga %1 RPE × min (fuerza %2, cardio %3)</translation>
    </message>
    <message>
        <source>Carried fatigue at midnight: %1 RPE × min</source>
        <translation>Fatiga acumulada a medianoche: %1 RPE × min</translation>
    </message>
    <message>
        <source>%1 %2: %3 min, load %4</source>
        <translation>%1 %2: %3 min, carga %4</translation>
    </message>
</context>
<context>
    <name>ordo::MainWindow</name>
    <message>
        <source>Weekly totals</source>
        <translation>Totales semanales</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>Paleta</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>C&amp;errar ventana</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>&amp;Duplicate session</source>
        <translation>D&amp;uplicar sesión</translation>
    </message>
    <message>
        <source>De&amp;lete session</source>
        <translation>&amp;Eliminar sesión</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Previous Week</source>
        <translation>Semana a&amp;nterior</translation>
    </message>
    <message>
        <source>&amp;Next Week</source>
        <translation>Semana &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;About Ordo</source>
        <translation>&amp;Acerca de Ordo</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Week %1 of %2</source>
        <translation>Semana %1 de %2</translation>
    </message>
    <message>
        <source>easy %1 min, moderate %2 min, HIIT %3 min</source>
        <translation>suave %1 min, moderado %2 min, HIIT %3 min</translation>
    </message>
    <message>
        <source>≈ %1 kcal</source>
        <translation>≈ %1 kcal</translation>
    </message>
    <message>
        <source>Average week:</source>
        <translation>Semana media:</translation>
    </message>
    <message>
        <source>This week:</source>
        <translation>Esta semana:</translation>
    </message>
    <message>
        <source>%1 — %2[*]</source>
        <translation>%1 — %2[*]</translation>
    </message>
    <message numerus="yes">
        <source>%n lifting sessions</source>
        <translation>
            <numerusform>%n sesión de fuerza</numerusform>
            <numerusform>%n sesiones de fuerza</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cardio sessions</source>
        <translation>
            <numerusform>%n sesión de cardio</numerusform>
            <numerusform>%n sesiones de cardio</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rest days</source>
        <translation>
            <numerusform>%n día de descanso</numerusform>
            <numerusform>%n días de descanso</numerusform>
        </translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>Pre&amp;ferencias…</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>Wee&amp;ks</source>
        <translation>&amp;Semanas</translation>
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
        <translation>Mixto</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;uración:</translation>
    </message>
    <message>
        <source>&amp;Intensity:</source>
        <translation>I&amp;ntensidad:</translation>
    </message>
    <message>
        <source>&amp;Modality:</source>
        <translation>&amp;Modalidad:</translation>
    </message>
    <message>
        <source>&amp;Load:</source>
        <translation>&amp;Carga:</translation>
    </message>
    <message>
        <source>&amp;Focus:</source>
        <translation>&amp;Enfoque:</translation>
    </message>
    <message numerus="yes">
        <source>%n sessions selected.
Arrow keys move them together; Delete removes them.</source>
        <translation>
            <numerusform>%n sesión seleccionada.
Las flechas la mueven; Supr la elimina.</numerusform>
            <numerusform>%n sesiones seleccionadas.
Las flechas las mueven juntas; Supr las elimina.</numerusform>
        </translation>
    </message>
    <message>
        <source>A change here applies to every selected session it fits.</source>
        <translation>Un cambio aquí se aplica a cada sesión seleccionada a la que corresponda.</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>Priorid&amp;ad:</translation>
    </message>
</context>
<context>
    <name>ordo::NewSessionDialog</name>
    <message>
        <source>New Session</source>
        <translation>Nueva sesión</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Tít&amp;ulo:</translation>
    </message>
    <message>
        <source>&amp;Week:</source>
        <translation>&amp;Semana:</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Día:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>Dura&amp;ción:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Ca&amp;ncelar</translation>
    </message>
</context>
<context>
    <name>ordo::PaletteModel</name>
    <message>
        <source>Strength</source>
        <translation>Fuerza</translation>
    </message>
    <message>
        <source>Cardio</source>
        <translation>Cardio</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Movilidad</translation>
    </message>
    <message>
        <source>My templates</source>
        <translation>Mis plantillas</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>%1, %2
Drag onto the week to add it.</source>
        <translation>%1, %2
Arrástrela a la semana para añadirla.</translation>
    </message>
</context>
<context>
    <name>ordo::PaletteView</name>
    <message>
        <source>Session templates</source>
        <translation>Plantillas de sesión</translation>
    </message>
    <message>
        <source>Press Enter or double-click to add the template to the week</source>
        <translation>Pulse Intro o haga doble clic para añadir la plantilla a la semana</translation>
    </message>
</context>
<context>
    <name>ordo::PdfExporter</name>
    <message>
        <source>could not create the PDF</source>
        <translation>no se pudo crear el PDF</translation>
    </message>
</context>
<context>
    <name>ordo::Phase</name>
    <message>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Construcción</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>Pico</translation>
    </message>
    <message>
        <source>Deload</source>
        <translation>Descarga</translation>
    </message>
    <message>
        <source>Taper</source>
        <translation>Puesta a punto</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizada</translation>
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
            <numerusform>Cambiar el número de semanas a %1 (elimina %n sesión)</numerusform>
            <numerusform>Cambiar el número de semanas a %1 (elimina %n sesiones)</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename plan to %1</source>
        <translation>Renombrar el plan a %1</translation>
    </message>
    <message>
        <source>Change number of weeks to %1</source>
        <translation>Cambiar el número de semanas a %1</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Cambiar %1</translation>
    </message>
    <message>
        <source>Change “%1”</source>
        <translation>Cambiar «%1»</translation>
    </message>
    <message>
        <source>Restore unsaved changes</source>
        <translation>Restaurar los cambios sin guardar</translation>
    </message>
    <message>
        <source>Turn on “%1”</source>
        <translation>Activar «%1»</translation>
    </message>
    <message>
        <source>Turn off “%1”</source>
        <translation>Desactivar «%1»</translation>
    </message>
    <message>
        <source>Change available times</source>
        <translation>Cambiar la disponibilidad</translation>
    </message>
    <message>
        <source>Remove available times</source>
        <translation>Quitar la disponibilidad</translation>
    </message>
    <message>
        <source>Remove busy times</source>
        <translation>Quitar las horas ocupadas</translation>
    </message>
    <message numerus="yes">
        <source>Set %n busy times</source>
        <translation>
            <numerusform>Fijar %n hora ocupada</numerusform>
            <numerusform>Fijar %n horas ocupadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Set the start of week 1 to %1</source>
        <translation>Fijar el inicio de la semana 1 en %1</translation>
    </message>
    <message>
        <source>Remove the plan&apos;s start date</source>
        <translation>Quitar la fecha de inicio del plan</translation>
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
        <translation>Plan sin título</translation>
    </message>
</context>
<context>
    <name>ordo::PlanInspector</name>
    <message>
        <source>Setting</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predeterminado</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <source>Repeat the plan</source>
        <translation>Repetir el plan</translation>
    </message>
    <message>
        <source>Track a menstrual cycle</source>
        <translation>Seguir un ciclo menstrual</translation>
    </message>
    <message>
        <source> years</source>
        <translation> años</translation>
    </message>
    <message>
        <source>week </source>
        <translation>semana </translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>No&amp;tas:</translation>
    </message>
    <message>
        <source>&amp;Weeks:</source>
        <translation>Se&amp;manas:</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Objetivo:</translation>
    </message>
    <message>
        <source>E&amp;xperience:</source>
        <translation>E&amp;xperiencia:</translation>
    </message>
    <message>
        <source>&amp;Body mass:</source>
        <translation>&amp;Peso corporal:</translation>
    </message>
    <message>
        <source>&amp;Age:</source>
        <translation>&amp;Edad:</translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation>&amp;Sexo:</translation>
    </message>
    <message>
        <source>Cycle starts:</source>
        <translation>Inicio del ciclo:</translation>
    </message>
    <message>
        <source>Cycle length:</source>
        <translation>Duración del ciclo:</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Análisis</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Reglas</translation>
    </message>
    <message>
        <source>Unchecked rules are not reported for this plan</source>
        <translation>Las reglas sin marcar no se señalan en este plan</translation>
    </message>
    <message>
        <source> (needs data the file format lacks)</source>
        <translation> (necesita datos que el formato de archivo no tiene)</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Umbrales</translation>
    </message>
    <message>
        <source>plan notes</source>
        <translation>notas del plan</translation>
    </message>
    <message>
        <source>repeat</source>
        <translation>repetición</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>objetivo</translation>
    </message>
    <message>
        <source>experience</source>
        <translation>experiencia</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>sexo</translation>
    </message>
    <message>
        <source>body mass</source>
        <translation>peso corporal</translation>
    </message>
    <message>
        <source>age</source>
        <translation>edad</translation>
    </message>
    <message>
        <source>cycle</source>
        <translation>ciclo</translation>
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
        <translation>Terminar el plan tras la semana %1 quita 1 sesión de las semanas posteriores.</translation>
    </message>
    <message numerus="yes">
        <source>Ending the plan after week %1 removes %n sessions from the later weeks.</source>
        <translation>
            <numerusform>Terminar el plan tras la semana %1 quita %n sesión de las semanas posteriores.</numerusform>
            <numerusform>Terminar el plan tras la semana %1 quita %n sesiones de las semanas posteriores.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove sessions?</source>
        <translation>¿Quitar sesiones?</translation>
    </message>
    <message>
        <source>You can undo this with Edit ▸ Undo.</source>
        <translation>Puede deshacerlo con Editar ▸ Deshacer.</translation>
    </message>
    <message>
        <source>&amp;Remove Sessions</source>
        <translation>&amp;Quitar sesiones</translation>
    </message>
    <message>
        <source>Setting: %1</source>
        <translation>Ajuste: %1</translation>
    </message>
    <message>
        <source>%1 (evidence grade %2)</source>
        <translation>%1 (grado de evidencia %2)</translation>
    </message>
    <message>
        <source>The plan has a start date</source>
        <translation>El plan tiene fecha de inicio</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>With a start date, weeks show their dates and Today opens the current week</source>
        <translation>Con una fecha de inicio, las semanas muestran sus fechas y Hoy abre la semana actual</translation>
    </message>
    <message>
        <source>Week &amp;1 starts:</source>
        <translation>La semana &amp;1 empieza:</translation>
    </message>
    <message>
        <source>Weeks start on Mondays: %1 is in the week of %2.</source>
        <translation>Las semanas empiezan en lunes: el %1 está en la semana del %2.</translation>
    </message>
</context>
<context>
    <name>ordo::PlanIo</name>
    <message>
        <source>no built-in plan named &quot;%1&quot; (try: %2)</source>
        <translation>no hay ningún plan integrado llamado «%1» (pruebe: %2)</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>missing required key</source>
        <translation>falta una clave obligatoria</translation>
    </message>
    <message>
        <source>expected a string, got %1</source>
        <translation>se esperaba una cadena, se encontró %1</translation>
    </message>
    <message>
        <source>longer than %1 characters (%2)</source>
        <translation>más de %1 caracteres (%2)</translation>
    </message>
    <message>
        <source>expected an integer, got %1</source>
        <translation>se esperaba un entero, se encontró %1</translation>
    </message>
    <message>
        <source>expected a number, got %1</source>
        <translation>se esperaba un número, se encontró %1</translation>
    </message>
    <message>
        <source>expected a finite number</source>
        <translation>se esperaba un número finito</translation>
    </message>
    <message>
        <source>must be between %1 and %2, got %3</source>
        <translation>debe estar entre %1 y %2, se encontró %3</translation>
    </message>
    <message>
        <source>expected true or false, got %1</source>
        <translation>se esperaba true o false, se encontró %1</translation>
    </message>
    <message>
        <source>expected one of %1, got %2</source>
        <translation>se esperaba uno de %1, se encontró %2</translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation>se esperaba un objeto, se encontró %1</translation>
    </message>
    <message>
        <source>expected an array of rule ids, got %1</source>
        <translation>se esperaba un array de ids de reglas, se encontró %1</translation>
    </message>
    <message>
        <source>unknown rule id %1</source>
        <translation>id de regla desconocido %1</translation>
    </message>
    <message>
        <source>unknown setting name</source>
        <translation>nombre de ajuste desconocido</translation>
    </message>
    <message>
        <source>expected a session object, got %1</source>
        <translation>se esperaba un objeto de sesión, se encontró %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <source>expected HH:MM, got %1</source>
        <translation>se esperaba HH:MM, se encontró %1</translation>
    </message>
    <message>
        <source>missing: this is not an Ordo plan</source>
        <translation>falta: esto no es un plan de Ordo</translation>
    </message>
    <message>
        <source>expected &quot;ordo-plan&quot;, got %1: this is not an Ordo plan</source>
        <translation>se esperaba «ordo-plan», se encontró %1: esto no es un plan de Ordo</translation>
    </message>
    <message>
        <source>made by a newer Ordo (format %1); this version reads format %2</source>
        <translation>creado por un Ordo más reciente (formato %1); esta versión lee el formato %2</translation>
    </message>
    <message>
        <source>unknown format version %1</source>
        <translation>versión de formato desconocida %1</translation>
    </message>
    <message>
        <source>expected an array, got %1</source>
        <translation>se esperaba un array, se encontró %1</translation>
    </message>
    <message>
        <source>%1 sessions; at most %2 are allowed</source>
        <translation>%1 sesiones; se permiten %2 como máximo</translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot; (first used at /sessions/%2/id)</source>
        <translation>id «%1» duplicado (usado antes en /sessions/%2/id)</translation>
    </message>
    <message>
        <source>larger than %1 (%2 bytes); refused before parsing</source>
        <translation>mayor que %1 (%2 bytes); rechazado antes de leerlo</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>línea %1, columna %2</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation>se esperaba un objeto JSON en el nivel superior</translation>
    </message>
    <message>
        <source>is a folder, not a plan file</source>
        <translation>es una carpeta, no un archivo de plan</translation>
    </message>
    <message>
        <source>is not a regular file (a pipe or a device); only files are read</source>
        <translation>no es un archivo normal (una tubería o un dispositivo); solo se leen archivos</translation>
    </message>
    <message>
        <source>could not write the whole file (is the disk full?)</source>
        <translation>no se pudo escribir el archivo completo (¿está lleno el disco?)</translation>
    </message>
    <message>
        <source>is a folder</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <source>is not a regular file (a pipe or a device); not replaced</source>
        <translation>no es un archivo normal (una tubería o un dispositivo); no se reemplaza</translation>
    </message>
    <message>
        <source>the plan needs %1 bytes, more than the %2 a plan file may hold; shorten notes or remove sessions</source>
        <translation>el plan necesita %1 bytes, más de los %2 que admite un archivo de plan; acorte las notas o quite sesiones</translation>
    </message>
    <message>
        <source>expected HH:MM or 24:00, got %1</source>
        <translation>se esperaba HH:MM o 24:00, se obtuvo %1</translation>
    </message>
    <message>
        <source>expected an array of time windows, got %1</source>
        <translation>se esperaba una lista de franjas horarias, se obtuvo %1</translation>
    </message>
    <message>
        <source>%1 windows; at most %2 are allowed per day</source>
        <translation>%1 franjas; se permiten como máximo %2 por día</translation>
    </message>
    <message>
        <source>expected a time window object, got %1</source>
        <translation>se esperaba un objeto de franja horaria, se obtuvo %1</translation>
    </message>
    <message>
        <source>must be after the start (%1); a window ends on its own day, so split one that runs past midnight</source>
        <translation>debe ser posterior al inicio (%1); una franja termina el mismo día, divida la que pase de medianoche</translation>
    </message>
    <message>
        <source>expected a non-empty array of kinds (leave it out to allow every kind), got %1</source>
        <translation>se esperaba una lista no vacía de tipos (omítala para permitir todos), se obtuvo %1</translation>
    </message>
    <message>
        <source>week %1 is given twice (first at %2/weeks/%3)</source>
        <translation>la semana %1 aparece dos veces (primero en %2/weeks/%3)</translation>
    </message>
    <message>
        <source>%1 busy times; at most %2 are allowed</source>
        <translation>%1 horas ocupadas; se permiten como máximo %2</translation>
    </message>
    <message>
        <source>must be after the start (%1); busy time ends on its own day, so split one that runs past midnight</source>
        <translation>debe ser posterior al inicio (%1); una hora ocupada termina el mismo día, divida la que pase de medianoche</translation>
    </message>
    <message>
        <source>expected a date YYYY-MM-DD, got %1</source>
        <translation>se esperaba una fecha AAAA-MM-DD, se obtuvo %1</translation>
    </message>
    <message>
        <source>%1 is a %2; the anchor date is the Monday of week 0</source>
        <translation>%1 es %2; la fecha de referencia es el lunes de la semana 0</translation>
    </message>
    <message>
        <source>expected a phase object, got %1</source>
        <translation>se esperaba un objeto de fase, se encontró %1</translation>
    </message>
    <message>
        <source>a custom phase needs a label</source>
        <translation>una fase personalizada necesita una etiqueta</translation>
    </message>
    <message>
        <source>only a custom phase has a label</source>
        <translation>solo una fase personalizada tiene etiqueta</translation>
    </message>
    <message>
        <source>phases must be in week order, one per week (week %1 follows week %2)</source>
        <translation>las fases deben ir en orden de semanas, una por semana (la semana %1 sigue a la semana %2)</translation>
    </message>
</context>
<context>
    <name>ordo::PreferencesDialog</name>
    <message>
        <source>Use the &amp;24-hour clock</source>
        <translation>Usar el reloj de &amp;24 horas</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Kilograms (kg)</source>
        <translation>Kilogramos (kg)</translation>
    </message>
    <message>
        <source>Pounds (lb)</source>
        <translation>Libras (lb)</translation>
    </message>
    <message>
        <source>:00</source>
        <translation>:00</translation>
    </message>
    <message>
        <source>&amp;Week starts on:</source>
        <translation>La &amp;semana empieza el:</translation>
    </message>
    <message>
        <source>&amp;Body mass in:</source>
        <translation>&amp;Peso corporal en:</translation>
    </message>
    <message>
        <source>&amp;Visible from:</source>
        <translation>&amp;Visible desde:</translation>
    </message>
    <message>
        <source>Visible &amp;until:</source>
        <translation>Visible &amp;hasta:</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>A new language applies when Ordo starts next.</source>
        <translation>Un idioma nuevo se aplica la próxima vez que se inicie Ordo.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
</context>
<context>
    <name>ordo::PrintLayout</name>
    <message>
        <source>Goal: %1</source>
        <translation>Objetivo: %1</translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation>%1 kg</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 años</translation>
    </message>
    <message>
        <source>Average week: </source>
        <translation>Semana media: </translation>
    </message>
    <message>
        <source>Week: </source>
        <translation>Semana: </translation>
    </message>
    <message>
        <source>Fitness, fatigue and form</source>
        <translation>Forma, fatiga y frescura</translation>
    </message>
    <message>
        <source>Fitness (CTL) and fatigue (ATL) are exponentially weighted averages of the daily load over 42 and 7 days; form (TSB) is their difference on the day before. A falling form line means fatigue is building faster than fitness.</source>
        <translation>La forma (CTL) y la fatiga (ATL) son medias ponderadas exponencialmente de la carga diaria en 42 y 7 días; la frescura (TSB) es su diferencia el día anterior. Una línea de frescura que baja indica que la fatiga crece más deprisa que la forma.</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (continuación)</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Página %1</translation>
    </message>
    <message>
        <source>Ordo %1</source>
        <translation>Ordo %1</translation>
    </message>
    <message>
        <source>Week %1 of %2</source>
        <translation>Semana %1 de %2</translation>
    </message>
    <message>
        <source>One-week plan</source>
        <translation>Plan de una semana</translation>
    </message>
    <message>
        <source> · repeats</source>
        <translation> · se repite</translation>
    </message>
    <message>
        <source> · one-off block</source>
        <translation> · bloque único</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Fuerza</translation>
    </message>
    <message>
        <source>Cardio</source>
        <translation>Cardio</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Movilidad</translation>
    </message>
    <message>
        <source>Estimated AMPK-elevated window (model)</source>
        <translation>Ventana estimada de AMPK elevada (modelo)</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Crítico</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>No findings: nothing in this plan conflicts with the rules Ordo checks.</source>
        <translation>Ningún hallazgo: nada en este plan choca con las reglas que comprueba Ordo.</translation>
    </message>
    <message>
        <source>Good placements</source>
        <translation>Buenas colocaciones</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Solución: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <source>Also: %1</source>
        <translation>También: %1</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Charts · week %1 of %2</source>
        <translation>Gráficos · semana %1 de %2</translation>
    </message>
    <message>
        <source>%1 lifting, %2 cardio, %3 mobility sessions · cardio %4 min easy, %5 min moderate, %6 min HIIT · %7 · ≈ %8 kcal</source>
        <translation>Sesiones: %1 fuerza, %2 cardio, %3 movilidad · cardio %4 min suave, %5 min moderado, %6 min HIIT · %7 · ≈ %8 kcal</translation>
    </message>
    <message numerus="yes">
        <source>%n rest days</source>
        <translation>
            <numerusform>%n día de descanso</numerusform>
            <numerusform>%n días de descanso</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 critical, %2, %3. Each names the rule, what it found, how to fix it and the source behind it.</source>
        <translation>%1 crítico(s), %2, %3. Cada uno indica la regla, lo que encontró, cómo corregirlo y la fuente en que se basa.</translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notes</source>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n notas</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated AMPK-elevated window (a model estimate; studies in people show a return to baseline within about 3 hours). The band lasts 60–120 min after moderate cardio and up to 240 min after HIIT; the shade fades as the modelled signal decays.</source>
        <translation>Ventana estimada de AMPK elevada (una estimación del modelo; los estudios en personas muestran la vuelta al nivel basal en unas 3 horas). La banda dura 60–120 min tras cardio moderado y hasta 240 min tras HIIT; el sombreado se desvanece a medida que decae la señal modelada.</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>No disponible</translation>
    </message>
    <message>
        <source>Busy (calendar)</source>
        <translation>Ocupado (calendario)</translation>
    </message>
    <message numerus="yes">
        <source>Season overview · %n weeks</source>
        <translation>
            <numerusform>Resumen de la temporada · %n semana</numerusform>
            <numerusform>Resumen de la temporada · %n semanas</numerusform>
        </translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <source>One row per week. Each mark is a session in its day, coloured by its kind and shaded by its intensity as on the week pages, as tall as it is long (two hours fill the day) and outlined in the colour of its worst finding. Beside each week: its load (RPE × min), minutes of hard sessions, HIIT and lifting sessions, rest days, kcal and its worst finding.</source>
        <translation>Una fila por semana. Cada marca es una sesión en su día, coloreada según su tipo y sombreada según su intensidad como en las páginas de las semanas, tan alta como larga (dos horas llenan el día) y bordeada del color de su hallazgo más grave. Junto a cada semana: su carga (RPE × min), los minutos de sesiones duras, las sesiones de HIIT y de fuerza, los días de descanso, las kcal y su hallazgo más grave.</translation>
    </message>
    <message>
        <source>Season overview</source>
        <translation>Resumen de la temporada</translation>
    </message>
    <message>
        <source>key session</source>
        <translation>sesión clave</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>perdida</translation>
    </message>
</context>
<context>
    <name>ordo::RecoveryDialog</name>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Decide &amp;Later</source>
        <translation>Decidir &amp;más tarde</translation>
    </message>
    <message>
        <source>Restore unsaved changes</source>
        <translation>Restaurar los cambios sin guardar</translation>
    </message>
    <message>
        <source>Ordo did not exit cleanly. These plans have changes that were not saved. Restore each one you want back and discard the others; copies you decide on later are offered again at the next start.</source>
        <translation>Ordo no se cerró correctamente. Estos planes tienen cambios que no se guardaron. Restaure los que quiera recuperar y descarte los demás; las copias que deje para más tarde se volverán a ofrecer en el próximo inicio.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Unsaved plans</source>
        <translation>Planes sin guardar</translation>
    </message>
    <message>
        <source>Untitled plan</source>
        <translation>Plan sin título</translation>
    </message>
    <message>
        <source>Unreadable copy</source>
        <translation>Copia ilegible</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Aún sin guardar</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>No se puede restaurar</translation>
    </message>
</context>
<context>
    <name>ordo::RegionRecoveryChart</name>
    <message>
        <source>no lifting this week</source>
        <translation>sin fuerza esta semana</translation>
    </message>
    <message>
        <source>Not recovered ≥ %1 %</source>
        <translation>No recuperado ≥ %1 %</translation>
    </message>
    <message>
        <source>Week %1 · fatigue left when each lift starts (% of reference)</source>
        <translation>Semana %1 · fatiga restante al empezar cada sesión de fuerza (% de la referencia)</translation>
    </message>
    <message>
        <source> · bars above %1 % are cut</source>
        <translation> · barras por encima del %1 % recortadas</translation>
    </message>
    <message>
        <source>Recovery by body region</source>
        <translation>Recuperación por zona del cuerpo</translation>
    </message>
    <message>
        <source>%1: %2 % of reference%3</source>
        <translation>%1: %2 % de la referencia%3</translation>
    </message>
    <message>
        <source> (trained by this session)</source>
        <translation> (trabajado en esta sesión)</translation>
    </message>
    <message>
        <source>Not recovered: at or above %1 %</source>
        <translation>No recuperado: desde el %1 %</translation>
    </message>
</context>
<context>
    <name>ordo::Replan</name>
    <message>
        <source>%1 is locked, so it stays where it was.</source>
        <translation>%1 está fijada y se queda donde estaba.</translation>
    </message>
    <message>
        <source>No free time is left this week for %1.</source>
        <translation>No queda tiempo libre esta semana para %1.</translation>
    </message>
    <message>
        <source>%1 is optional and every free time left adds a warning: left out.</source>
        <translation>%1 es opcional y cada hueco libre que queda añade una advertencia: se omite.</translation>
    </message>
    <message>
        <source>Every free time left this week adds a warning with %1.</source>
        <translation>Cada hueco libre que queda esta semana añade una advertencia con %1.</translation>
    </message>
    <message numerus="yes">
        <source>Re-plan week %1 (%n sessions)</source>
        <translation>
            <numerusform>Replanificar la semana %1 (%n sesión)</numerusform>
            <numerusform>Replanificar la semana %1 (%n sesiones)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to place again: no session of this week is marked missed.</source>
        <translation>Nada que volver a colocar: ninguna sesión de esta semana está marcada como perdida.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing to place again: %n missed sessions find no time that adds no warning.</source>
        <translation>
            <numerusform>Nada recolocado: %n sesión perdida no encuentra hueco sin una nueva advertencia.</numerusform>
            <numerusform>Nada recolocado: %n sesiones perdidas no encuentran hueco sin una nueva advertencia.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missed sessions placed again.</source>
        <translation>
            <numerusform>%n sesión perdida recolocada.</numerusform>
            <numerusform>%n sesiones perdidas recolocadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missed sessions placed again</source>
        <translation>
            <numerusform>%n sesión perdida recolocada</numerusform>
            <numerusform>%n sesiones perdidas recolocadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left missed.</source>
        <translation>
            <numerusform>%n sigue perdida.</numerusform>
            <numerusform>%n siguen perdidas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped before a time was found for %1.</source>
        <translation>Detenido antes de encontrar un hueco para %1.</translation>
    </message>
    <message>
        <source>No missed session placed again.</source>
        <translation>Ninguna sesión perdida recolocada.</translation>
    </message>
</context>
<context>
    <name>ordo::RotationDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>Aña&amp;dir</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Fill Weeks with a Rotation</source>
        <translation>Llenar semanas con una rotación</translation>
    </message>
    <message>
        <source>The sessions below take turns on the chosen days, in order, continuing from week to week. Sessions already in the plan stay: a day whose time is taken is skipped, and the next day gets that turn.</source>
        <translation>Las sesiones de abajo se turnan en orden en los días elegidos, de una semana a la siguiente. Las sesiones que ya están en el plan se quedan: un día cuya hora está ocupada se salta y el día siguiente toma ese turno.</translation>
    </message>
    <message>
        <source>Template: %1 (%2 min)</source>
        <translation>Plantilla: %1 (%2 min)</translation>
    </message>
    <message>
        <source>Session to add</source>
        <translation>Sesión que añadir</translation>
    </message>
    <message>
        <source>Time of templates</source>
        <translation>Hora de las plantillas</translation>
    </message>
    <message>
        <source>Sessions in turn</source>
        <translation>Sesiones por turnos</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>S&amp;esión:</translation>
    </message>
    <message>
        <source>&amp;Templates at:</source>
        <translation>&amp;Plantillas a las:</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Días:</translation>
    </message>
    <message>
        <source>&amp;Weeks:</source>
        <translation>Se&amp;manas:</translation>
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
        <translation>Añada las sesiones que se turnan.</translation>
    </message>
    <message>
        <source>Choose the days to fill.</source>
        <translation>Elija los días que llenar.</translation>
    </message>
    <message>
        <source>Nothing to add: the times of these sessions are taken on every chosen day.</source>
        <translation>Nada que añadir: las horas de estas sesiones están ocupadas en cada día elegido.</translation>
    </message>
    <message numerus="yes">
        <source>Adds %n sessions.</source>
        <translation>
            <numerusform>Añade %n sesión.</numerusform>
            <numerusform>Añade %n sesiones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dow&amp;n</source>
        <translation>Baja&amp;r</translation>
    </message>
    <message>
        <source>&amp;In turn:</source>
        <translation>Por &amp;turnos:</translation>
    </message>
</context>
<context>
    <name>ordo::RuleTitles</name>
    <message>
        <source>Sessions overlap</source>
        <translation>Sesiones solapadas</translation>
    </message>
    <message>
        <source>Same session twice</source>
        <translation>Misma sesión dos veces</translation>
    </message>
    <message>
        <source>Runs past midnight</source>
        <translation>Pasa de medianoche</translation>
    </message>
    <message>
        <source>Runs past the end of the plan</source>
        <translation>Pasa del final del plan</translation>
    </message>
    <message>
        <source>Unusual duration</source>
        <translation>Duración inusual</translation>
    </message>
    <message>
        <source>Effort does not match intensity</source>
        <translation>El esfuerzo no encaja con la intensidad</translation>
    </message>
    <message>
        <source>Warm-up before lifting</source>
        <translation>Calentamiento antes de la fuerza</translation>
    </message>
    <message>
        <source>Long warm-up</source>
        <translation>Calentamiento largo</translation>
    </message>
    <message>
        <source>Warm-up too hard</source>
        <translation>Calentamiento demasiado duro</translation>
    </message>
    <message>
        <source>Cardio right before lifting</source>
        <translation>Cardio justo antes de la fuerza</translation>
    </message>
    <message>
        <source>Short gap between cardio and lifting</source>
        <translation>Poco margen entre cardio y fuerza</translation>
    </message>
    <message>
        <source>Hard cardio first for a beginner</source>
        <translation>Cardio duro primero para un principiante</translation>
    </message>
    <message>
        <source>Order for endurance</source>
        <translation>Orden para la resistencia</translation>
    </message>
    <message>
        <source>Lifting dose for endurance</source>
        <translation>Dosis de fuerza para la resistencia</translation>
    </message>
    <message>
        <source>HIIT right after lifting</source>
        <translation>HIIT justo después de la fuerza</translation>
    </message>
    <message>
        <source>Long cardio after lifting</source>
        <translation>Cardio largo después de la fuerza</translation>
    </message>
    <message>
        <source>Combined session too long</source>
        <translation>Sesión combinada demasiado larga</translation>
    </message>
    <message>
        <source>Leg-heavy cardio near leg day</source>
        <translation>Cardio exigente para las piernas cerca del día de pierna</translation>
    </message>
    <message>
        <source>HIIT near leg day</source>
        <translation>HIIT cerca del día de pierna</translation>
    </message>
    <message>
        <source>Leg-friendly cardio near leg day</source>
        <translation>Cardio que cuida las piernas cerca del día de pierna</translation>
    </message>
    <message>
        <source>Rowing after leg day</source>
        <translation>Remo después del día de pierna</translation>
    </message>
    <message>
        <source>Active recovery</source>
        <translation>Recuperación activa</translation>
    </message>
    <message>
        <source>HIIT the day before legs</source>
        <translation>HIIT el día antes de pierna</translation>
    </message>
    <message>
        <source>Legs before a key cardio session</source>
        <translation>Pierna antes de una sesión de cardio clave</translation>
    </message>
    <message>
        <source>Muscles not recovered</source>
        <translation>Músculos sin recuperar</translation>
    </message>
    <message>
        <source>Two HIIT sessions in a day</source>
        <translation>Dos sesiones de HIIT en un día</translation>
    </message>
    <message>
        <source>HIIT on back-to-back days</source>
        <translation>HIIT en días seguidos</translation>
    </message>
    <message>
        <source>HIIT sessions per week</source>
        <translation>Sesiones de HIIT por semana</translation>
    </message>
    <message>
        <source>Hard days in a row</source>
        <translation>Días duros seguidos</translation>
    </message>
    <message>
        <source>No rest day</source>
        <translation>Ningún día de descanso</translation>
    </message>
    <message>
        <source>Cardio sessions per week</source>
        <translation>Sesiones de cardio por semana</translation>
    </message>
    <message>
        <source>Long cardio session</source>
        <translation>Sesión de cardio larga</translation>
    </message>
    <message>
        <source>Lifting sessions per week</source>
        <translation>Sesiones de fuerza por semana</translation>
    </message>
    <message>
        <source>Lifting and cardio balance</source>
        <translation>Equilibrio entre fuerza y cardio</translation>
    </message>
    <message>
        <source>Weekly aerobic minimum</source>
        <translation>Mínimo aeróbico semanal</translation>
    </message>
    <message>
        <source>Training volume for a beginner</source>
        <translation>Volumen de entrenamiento para un principiante</translation>
    </message>
    <message>
        <source>High-load day</source>
        <translation>Día de carga alta</translation>
    </message>
    <message>
        <source>Sudden rise in weekly load</source>
        <translation>Subida brusca de la carga semanal</translation>
    </message>
    <message>
        <source>Same load every day</source>
        <translation>Misma carga cada día</translation>
    </message>
    <message>
        <source>Menstrual cycle phase</source>
        <translation>Fase del ciclo menstrual</translation>
    </message>
    <message>
        <source>Food before lifting</source>
        <translation>Comida antes de la fuerza</translation>
    </message>
    <message>
        <source>Fasted cardio</source>
        <translation>Cardio en ayunas</translation>
    </message>
    <message>
        <source>Sleep before hard days</source>
        <translation>Sueño antes de los días duros</translation>
    </message>
    <message>
        <source>Arm-heavy cardio near upper-body day</source>
        <translation>Cardio exigente para los brazos cerca del día de tren superior</translation>
    </message>
    <message>
        <source>HIIT for a beginner</source>
        <translation>HIIT para un principiante</translation>
    </message>
    <message>
        <source>Long easy cardio after leg day</source>
        <translation>Cardio suave largo después del día de pierna</translation>
    </message>
    <message>
        <source>Ordo&apos;s physiology model</source>
        <translation>El modelo fisiológico de Ordo</translation>
    </message>
    <message>
        <source>Ordo&apos;s rule definitions</source>
        <translation>Las definiciones de reglas de Ordo</translation>
    </message>
    <message>
        <source>Ordo&apos;s research notes</source>
        <translation>Las notas de investigación de Ordo</translation>
    </message>
    <message>
        <source>a value chosen for Ordo</source>
        <translation>un valor elegido para Ordo</translation>
    </message>
    <message>
        <source>The advice rests on meta-analyses and systematic reviews.</source>
        <translation>El consejo se basa en metaanálisis y revisiones sistemáticas.</translation>
    </message>
    <message>
        <source>The advice rests on controlled studies.</source>
        <translation>El consejo se basa en estudios controlados.</translation>
    </message>
    <message>
        <source>The advice rests on the articles and coaching practice; no trial has tested it directly.</source>
        <translation>El consejo se basa en los artículos y la práctica de los entrenadores; ningún ensayo lo ha probado directamente.</translation>
    </message>
    <message>
        <source>The advice rests on meta-analyses and controlled studies; the exact times are estimates.</source>
        <translation>El consejo se basa en metaanálisis y estudios controlados; los tiempos exactos son estimaciones.</translation>
    </message>
    <message>
        <source>The direction of the advice comes from studies; its exact limits come from the articles and coaching practice.</source>
        <translation>La dirección del consejo viene de los estudios; sus límites exactos vienen de los artículos y la práctica de los entrenadores.</translation>
    </message>
    <message>
        <source>The limit is Ordo&apos;s own estimate, not a study&apos;s.</source>
        <translation>El límite es una estimación propia de Ordo, no de un estudio.</translation>
    </message>
    <message>
        <source>This is a check of the plan itself.</source>
        <translation>Es una comprobación del propio plan.</translation>
    </message>
    <message>
        <source>Explosive work soon after cardio</source>
        <translation>Trabajo explosivo poco después del cardio</translation>
    </message>
    <message>
        <source>Outside your available times</source>
        <translation>Fuera de su disponibilidad</translation>
    </message>
    <message>
        <source>Steep rise in weekly load</source>
        <translation>Fuerte subida de la carga semanal</translation>
    </message>
    <message>
        <source>No lighter week</source>
        <translation>Ninguna semana más ligera</translation>
    </message>
</context>
<context>
    <name>ordo::Rules</name>
    <message>
        <source>%1 HIIT sessions in one day + heavy legs: the recovery cost stacks up.</source>
        <translation>%1 sesiones de HIIT en un día más pierna pesada: el coste de recuperación se acumula.</translation>
    </message>
    <message>
        <source>%1 HIIT sessions in one day: the recovery cost stacks up.</source>
        <translation>%1 sesiones de HIIT en un día: el coste de recuperación se acumula.</translation>
    </message>
    <message>
        <source>Keep one HIIT; make the other easy, or move it ≥ 48 h away.</source>
        <translation>Mantenga un HIIT; haga el otro suave o sepárelo ≥ 48 h.</translation>
    </message>
    <message>
        <source>HIIT on back-to-back days (%1 and %2, %3 apart): about 48 h between interval sessions lets you go hard again.</source>
        <translation>HIIT en días seguidos (%1 y %2, con %3 de separación): unas 48 h entre sesiones de intervalos permiten volver a darlo todo.</translation>
    </message>
    <message>
        <source>Keep a day without HIIT between them (for example move %1 to %2), or make one of them moderate.</source>
        <translation>Deje un día sin HIIT entre ellas (por ejemplo, mueva %1 a %2) o haga una de ellas moderada.</translation>
    </message>
    <message>
        <source>Keep a day without HIIT between them, or make one of them moderate.</source>
        <translation>Deje un día sin HIIT entre ellas o haga una de ellas moderada.</translation>
    </message>
    <message>
        <source>Replace one with moderate or easy cardio.</source>
        <translation>Sustituya una por cardio moderado o suave.</translation>
    </message>
    <message>
        <source>HIIT and heavy lifting %1 days in a row — fatigue builds faster than it clears.</source>
        <translation>HIIT y fuerza pesada %1 días seguidos: la fatiga se acumula más deprisa de lo que se disipa.</translation>
    </message>
    <message>
        <source>Insert an easy or rest day, or move the HIIT.</source>
        <translation>Intercale un día suave o de descanso, o mueva el HIIT.</translation>
    </message>
    <message>
        <source>%1 and %2 overlap by %3 min — they can&apos;t both be done.</source>
        <translation>%1 y %2 se solapan %3 min: no se pueden hacer las dos.</translation>
    </message>
    <message>
        <source>Move %1 to %2, or shorten one of them.</source>
        <translation>Mueva %1 a %2 o acorte una de ellas.</translation>
    </message>
    <message>
        <source>Move “%1” to %2</source>
        <translation>Mover «%1» a %2</translation>
    </message>
    <message>
        <source>None needed; start earlier if this was not intended.</source>
        <translation>No hace falta nada; empiece antes si no era lo previsto.</translation>
    </message>
    <message>
        <source>strength training</source>
        <translation>entrenamiento de fuerza</translation>
    </message>
    <message>
        <source>Correct the duration or split the session.</source>
        <translation>Corrija la duración o divida la sesión.</translation>
    </message>
    <message>
        <source>Change the intensity or the RPE.</source>
        <translation>Cambie la intensidad o el RPE.</translation>
    </message>
    <message>
        <source>%1 loads the legs on your heavy-leg day (%2 apart): both sessions lose output and leg recovery slows.</source>
        <translation>%1 carga las piernas en su día de pierna pesado (con %2 de separación): ambas sesiones rinden menos y las piernas se recuperan más despacio.</translation>
    </message>
    <message>
        <source>Swap it for the arm ergometer, easy (non-kick) swimming or a Zone 1 walk, or move %1 to another day.</source>
        <translation>Cámbiela por ergómetro de brazos, natación suave (sin patada) o un paseo en zona 1, o mueva %1 a otro día.</translation>
    </message>
    <message>
        <source>Leg-loading HIIT on heavy-leg day: fatigue adds up and injury risk rises; separate them by as many hours as possible, ideally different days.</source>
        <translation>HIIT que carga las piernas en el día de pierna pesado: la fatiga se suma y el riesgo de lesión aumenta; sepárelos tantas horas como sea posible, idealmente en días distintos.</translation>
    </message>
    <message>
        <source>HIIT on heavy-leg day: %1 spares the legs, but the recovery cost still adds up.</source>
        <translation>HIIT en el día de pierna pesado: %1 no carga las piernas, pero el coste de recuperación se suma igualmente.</translation>
    </message>
    <message>
        <source>Move %1 to a non-leg day, ideally ≥ 24 h (cycling) or ≥ 48 h (running, jumping) from heavy legs. On leg day keep cardio to Zone 1.</source>
        <translation>Mueva %1 a un día sin pierna, idealmente a ≥ 24 h (ciclismo) o ≥ 48 h (carrera, saltos) de la pierna pesada. El día de pierna, limite el cardio a la zona 1.</translation>
    </message>
    <message>
        <source>Leg-day-friendly cardio.</source>
        <translation>Cardio compatible con el día de pierna.</translation>
    </message>
    <message>
        <source>Rowing works the legs too (about half the effort). Fine on leg day only if your legs are not very fatigued — keep it easy.</source>
        <translation>El remo también trabaja las piernas (aproximadamente la mitad del esfuerzo). Está bien el día de pierna solo si no están muy fatigadas: manténgalo suave.</translation>
    </message>
    <message>
        <source>Make it easy, or use the arm ergometer.</source>
        <translation>Hágalo suave o use el ergómetro de brazos.</translation>
    </message>
    <message>
        <source>Active recovery: %1–%2 min easy after heavy legs.</source>
        <translation>Recuperación activa: %1–%2 min suaves tras la pierna pesada.</translation>
    </message>
    <message>
        <source>HIIT %1 before heavy legs. Leg strength comes back within about a day after hard cycling, but running or jumping intervals can leave the legs sore for up to 2 days.</source>
        <translation>HIIT %1 antes de la pierna pesada. La fuerza de piernas vuelve en un día aproximadamente tras ciclismo intenso, pero los intervalos de carrera o saltos pueden dejar agujetas hasta 2 días.</translation>
    </message>
    <message>
        <source>Keep ≥ 24 h (cycling) or ≥ 48 h (running, jumping) between hard intervals and heavy legs, or swap the two days.</source>
        <translation>Deje ≥ 24 h (ciclismo) o ≥ 48 h (carrera, saltos) entre los intervalos intensos y la pierna pesada, o intercambie los dos días.</translation>
    </message>
    <message>
        <source>Heavy legs the day before %1: running economy and time to exhaustion were worse the next day in studies.</source>
        <translation>Pierna pesada el día antes de %1: en los estudios, la economía de carrera y el tiempo hasta el agotamiento empeoraron al día siguiente.</translation>
    </message>
    <message>
        <source>Put heavy legs after the key session, or ≥ 48 h before it.</source>
        <translation>Ponga la pierna pesada después de la sesión clave o ≥ 48 h antes.</translation>
    </message>
    <message>
        <source>earlier today</source>
        <translation>hoy más temprano</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>el %1</translation>
    </message>
    <message>
        <source>They are still about %1 % fatigued.</source>
        <translation>Todavía están fatigados en torno al %1 %.</translation>
    </message>
    <message>
        <source>Move %1 to %2 or later, change its focus, or make it light.</source>
        <translation>Mueva %1 a %2 o más tarde, cambie su enfoque o hágala ligera.</translation>
    </message>
    <message>
        <source>%1 carries a training load of %2 (minutes × effort on the RPE 1–10 scale), %3× your average training day, from %4 sessions.</source>
        <translation>%1 acumula una carga de entrenamiento de %2 (minutos × esfuerzo en la escala RPE 1–10), %3× su día de entrenamiento medio, en %4 sesiones.</translation>
    </message>
    <message>
        <source>Move %1 to a lighter day such as %2, or make it easier.</source>
        <translation>Mueva %1 a un día más ligero, como %2, o hágala más suave.</translation>
    </message>
    <message>
        <source>Move a session to a lighter day, or make it easier.</source>
        <translation>Mueva una sesión a un día más ligero o hágala más suave.</translation>
    </message>
    <message>
        <source>This week&apos;s load is %1× the average of the previous %2 weeks.</source>
        <translation>La carga de esta semana es %1× la media de las %2 semanas anteriores.</translation>
    </message>
    <message>
        <source>Smaller step-ups, for example +10–20 % per week.</source>
        <translation>Aumentos más pequeños, por ejemplo +10–20 % por semana.</translation>
    </message>
    <message>
        <source>Week %1: </source>
        <translation>Semana %1: </translation>
    </message>
    <message>
        <source>Training load is very similar from day to day (monotony %1: the average daily load divided by its day-to-day spread; above 2 means little variation). Alternating harder and easier days recovers better.</source>
        <translation>La carga de entrenamiento es muy parecida de un día a otro (monotonía %1: la carga diaria media dividida por su dispersión entre días; por encima de 2 hay poca variación). Alternar días más duros y más suaves recupera mejor.</translation>
    </message>
    <message>
        <source>Make one day clearly easier (rest or Zone 1 only) and another a little harder.</source>
        <translation>Haga un día claramente más suave (descanso o solo zona 1) y otro algo más duro.</translation>
    </message>
    <message>
        <source>Late in the cycle, some people find hard intervals feel harder and recovery slower. Research shows small, inconsistent effects — go by how you feel.</source>
        <translation>Al final del ciclo, algunas personas notan los intervalos duros más exigentes y la recuperación más lenta. La investigación muestra efectos pequeños e inconsistentes: guíese por cómo se encuentre.</translation>
    </message>
    <message>
        <source>Optional: swap with an easier day if you feel flat.</source>
        <translation>Opcional: cámbiela por un día más suave si se siente sin fuerzas.</translation>
    </message>
    <message>
        <source>Warm-up, not a cardio session — no interference expected.</source>
        <translation>Calentamiento, no una sesión de cardio: no se espera interferencia.</translation>
    </message>
    <message>
        <source>%1 is longer than a typical warm-up (10–15 min). Still easy, so no interference is expected, but it counts as a cardio session.</source>
        <translation>%1 dura más que un calentamiento típico (10–15 min). Sigue siendo suave, así que no se espera interferencia, pero cuenta como sesión de cardio.</translation>
    </message>
    <message>
        <source>Shorten to ≤ %1 min if it is meant as a warm-up.</source>
        <translation>Acórtela a ≤ %1 min si es un calentamiento.</translation>
    </message>
    <message>
        <source>%1 is a workout, not a warm-up (breathless or sweating heavily = training stimulus).</source>
        <translation>%1 es un entrenamiento, no un calentamiento (sin aliento o sudando mucho = estímulo de entrenamiento).</translation>
    </message>
    <message>
        <source>Keep warm-ups easy (≤ 60 % HRmax, RPE ≤ 3) or move this cardio after lifting.</source>
        <translation>Mantenga suaves los calentamientos (≤ 60 % FCmáx, RPE ≤ 3) o pase este cardio después de la fuerza.</translation>
    </message>
    <message>
        <source>Swap the order (lift first), or move %1 to %2 or later.</source>
        <translation>Invierta el orden (fuerza primero) o mueva %1 a %2 o más tarde.</translation>
    </message>
    <message>
        <source>Swap “%1” and “%2” (lift first)</source>
        <translation>Intercambiar «%1» y «%2» (fuerza primero)</translation>
    </message>
    <message>
        <source>Easy 5–15 min warm-up, then lift, then optional easy cardio.</source>
        <translation>Calentamiento suave de 5–15 min, luego fuerza y después, si quiere, cardio suave.</translation>
    </message>
    <message>
        <source>For endurance, do the key session (%1) first, while fresh. Lifting before it carries fatigue into it (worse running economy up to the next day).</source>
        <translation>Para la resistencia, haga primero la sesión clave (%1), cuando esté fresco. La fuerza antes le traslada fatiga (peor economía de carrera hasta el día siguiente).</translation>
    </message>
    <message>
        <source>Swap “%1” and “%2” (cardio first)</source>
        <translation>Intercambiar «%1» y «%2» (cardio primero)</translation>
    </message>
    <message>
        <source>After the key cardio, keep lifting short and moderate (compound lifts, no max effort).</source>
        <translation>Tras el cardio clave, haga una fuerza corta y moderada (ejercicios compuestos, sin esfuerzo máximo).</translation>
    </message>
    <message>
        <source>1 more finding of this kind is not listed.</source>
        <translation>1 hallazgo más de este tipo no aparece en la lista.</translation>
    </message>
    <message>
        <source>%1 more findings of this kind are not listed.</source>
        <translation>%1 hallazgos más de este tipo no aparecen en la lista.</translation>
    </message>
    <message>
        <source>Fix the findings above first; the rest are usually the same pattern.</source>
        <translation>Corrija primero los hallazgos de arriba; el resto suele seguir el mismo patrón.</translation>
    </message>
    <message>
        <source>The week has no rest day and the plan repeats, so there is never a day off. Recovery breaks down without rest days.</source>
        <translation>La semana no tiene día de descanso y el plan se repite, así que nunca hay un día libre. Sin días de descanso, la recuperación se resiente.</translation>
    </message>
    <message>
        <source>%1 days in a row without a rest day (no lifting and no moderate or hard cardio; easy cardio up to %2, or up to %3 as active rest, is fine). Recovery breaks down without rest days.</source>
        <translation>%1 días seguidos sin día de descanso (sin fuerza ni cardio moderado o duro; el cardio suave de hasta %2, o de hasta %3 como descanso activo, está bien). Sin días de descanso, la recuperación se resiente.</translation>
    </message>
    <message>
        <source>Make one day a rest day: no lifting, and at most easy cardio (up to %1 of Zone 1).</source>
        <translation>Convierta un día en día de descanso: sin fuerza y como mucho cardio suave (hasta %1 en zona 1).</translation>
    </message>
    <message>
        <source>Shorten it, or make part of it easy.</source>
        <translation>Acórtela o haga suave una parte.</translation>
    </message>
    <message>
        <source>In the first months, 2–3 lifting days of 30–45 min are enough; consistency beats volume.</source>
        <translation>En los primeros meses bastan 2–3 días de fuerza de 30–45 min; la constancia vale más que el volumen.</translation>
    </message>
    <message>
        <source>Trim to 2–3 sessions of ≤ 45–60 min.</source>
        <translation>Reduzca a 2–3 sesiones de ≤ 45–60 min.</translation>
    </message>
    <message>
        <source>%1 moderate or hard cardio sessions this week; 2–3 (under 30 min) usually fits alongside lifting.</source>
        <translation>%1 sesiones de cardio moderado o duro esta semana; 2–3 (de menos de 30 min) suelen encajar junto a la fuerza.</translation>
    </message>
    <message>
        <source>Turn some into easy Zone 1 sessions (no interference), or drop one.</source>
        <translation>Convierta algunas en sesiones suaves en zona 1 (sin interferencia) o quite una.</translation>
    </message>
    <message>
        <source>1 lifting session this week (below the usual minimum of %1).</source>
        <translation>1 sesión de fuerza esta semana (por debajo del mínimo habitual de %1).</translation>
    </message>
    <message>
        <source>%1 lifting sessions this week (below the usual minimum of %2).</source>
        <translation>%1 sesiones de fuerza esta semana (por debajo del mínimo habitual de %2).</translation>
    </message>
    <message>
        <source>Add a session.</source>
        <translation>Añada una sesión.</translation>
    </message>
    <message>
        <source>%1 lifting sessions this week (more than the 3–4 lifting + 2–3 cardio template).</source>
        <translation>%1 sesiones de fuerza esta semana (más que el esquema de 3–4 de fuerza + 2–3 de cardio).</translation>
    </message>
    <message>
        <source>Remove a session.</source>
        <translation>Quite una sesión.</translation>
    </message>
    <message>
        <source>High cardio volume (%1 min): reduce lifting volume proportionally so recovery keeps up.</source>
        <translation>Volumen de cardio alto (%1 min): reduzca proporcionalmente el volumen de fuerza para que la recuperación no se quede atrás.</translation>
    </message>
    <message>
        <source>Drop a heavy session or make it moderate.</source>
        <translation>Quite una sesión pesada o hágala moderada.</translation>
    </message>
    <message>
        <source>About %1 min of moderate-equivalent activity this week; health guidelines suggest 150–300.</source>
        <translation>Unos %1 min de actividad equivalente a moderada esta semana; las guías de salud recomiendan 150–300.</translation>
    </message>
    <message>
        <source>Add easy walks; they don&apos;t interfere with lifting.</source>
        <translation>Añada paseos suaves; no interfieren con la fuerza.</translation>
    </message>
    <message>
        <source>Your legs were trained hard %1 (%2, %3).</source>
        <translation>Sus piernas se entrenaron a fondo %1 (%2, %3).</translation>
    </message>
    <message>
        <source>Your upper body was trained hard %1 (%2, %3).</source>
        <translation>Su tren superior se entrenó a fondo %1 (%2, %3).</translation>
    </message>
    <message>
        <source>Your core was trained hard %1 (%2, %3).</source>
        <translation>Su core se entrenó a fondo %1 (%2, %3).</translation>
    </message>
    <message>
        <source>The same muscles usually get 48–72 h, at least one day without hard work for them in between.</source>
        <translation>Los mismos músculos suelen descansar 48–72 h, con al menos un día sin trabajo duro para ellos entre medias.</translation>
    </message>
    <message>
        <source>%1 HIIT sessions within %2: about 48 h between them lets you hit each one hard.</source>
        <translation>%1 sesiones de HIIT en %2: unas 48 h entre ellas le permiten hacer cada una a fondo.</translation>
    </message>
    <message>
        <source>%1 HIIT sessions in 7 days leave little time to recover between them.</source>
        <translation>%1 sesiones de HIIT en 7 días dejan poco tiempo para recuperarse entre ellas.</translation>
    </message>
    <message>
        <source>%1 HIIT sessions in 7 days; more than 2–3 a week starts to eat into recovery between lifting sessions.</source>
        <translation>%1 sesiones de HIIT en 7 días; más de 2–3 por semana empiezan a restar recuperación entre las sesiones de fuerza.</translation>
    </message>
    <message>
        <source>%1 HIIT sessions in 7 days — the top of what fits beside muscle or strength training.</source>
        <translation>%1 sesiones de HIIT en 7 días: el máximo que cabe junto al entrenamiento de músculo o fuerza.</translation>
    </message>
    <message>
        <source>%1 HIIT sessions in 7 days. In your first months one interval session a week is plenty: moderate effort builds the base, and hard fatigue makes lifting technique break down.</source>
        <translation>%1 sesiones de HIIT en 7 días. En los primeros meses basta una sesión de intervalos por semana: el esfuerzo moderado construye la base, y la fatiga intensa deteriora la técnica de levantamiento.</translation>
    </message>
    <message numerus="yes">
        <source>Make %n of them moderate (steady, conversational pace).</source>
        <translation>
            <numerusform>Haga %n de ellas moderada (ritmo constante, se puede conversar).</numerusform>
            <numerusform>Haga %n de ellas moderadas (ritmo constante, se puede conversar).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is %2 of intervals; while you are learning to lift, keep intervals to about %3.</source>
        <translation>%1 son %2 de intervalos; mientras aprende a levantar, limite los intervalos a unos %3.</translation>
    </message>
    <message>
        <source>Shorten it to %1 or make part of it moderate.</source>
        <translation>Acórtela a %1 o haga parte de ella moderada.</translation>
    </message>
    <message>
        <source>%1 alone is %2; keep intervals to about %3 for now.</source>
        <translation>%1 dura por sí sola %2; por ahora limite los intervalos a unos %3.</translation>
    </message>
    <message>
        <source>%1 duplicates %2: same start, %3, and same type. Until one is deleted, Ordo counts only the first.</source>
        <translation>%1 duplica %2: mismo inicio, %3, y mismo tipo. Hasta que se elimine una, Ordo solo cuenta la primera.</translation>
    </message>
    <message>
        <source>Delete one of them.</source>
        <translation>Elimine una de ellas.</translation>
    </message>
    <message>
        <source>Delete the second “%1”</source>
        <translation>Eliminar la segunda «%1»</translation>
    </message>
    <message>
        <source>%1 runs past midnight: it counts as a %2 session; charts split its load and energy by minutes (%3 min on %2, %4 min on %5).</source>
        <translation>%1 pasa de medianoche: cuenta como sesión del %2; los gráficos reparten su carga y su energía por minutos (%3 min el %2, %4 min el %5).</translation>
    </message>
    <message>
        <source>%1 runs %2 min past the end of the plan (midnight after %3); it counts as a %3 session, and those %2 min are left out of the charts and totals.</source>
        <translation>%1 se extiende %2 min más allá del final del plan (medianoche después del %3); cuenta como sesión del %3, y esos %2 min quedan fuera de los gráficos y los totales.</translation>
    </message>
    <message>
        <source>Shorten it, start it earlier, or add a week.</source>
        <translation>Acórtela, empiécela antes o añada una semana.</translation>
    </message>
    <message>
        <source>HIIT</source>
        <translation>HIIT</translation>
    </message>
    <message>
        <source>moderate cardio</source>
        <translation>cardio moderado</translation>
    </message>
    <message>
        <source>easy cardio</source>
        <translation>cardio suave</translation>
    </message>
    <message>
        <source>%1: %2 of %3 is unusually long; check the duration.</source>
        <translation>%1: %2 de %3 es inusualmente largo; compruebe la duración.</translation>
    </message>
    <message>
        <source>%1: RPE %2 does not match “%3”. Findings go by the intensity (moderate cardio at RPE %4 or more counts as hard steady cardio, with a longer AMPK window); training load goes by the RPE.</source>
        <translation>%1: un RPE de %2 no corresponde a «%3». Los hallazgos se basan en la intensidad (el cardio moderado con RPE %4 o más cuenta como cardio continuo intenso, con una ventana de AMPK más larga); la carga de entrenamiento se basa en el RPE.</translation>
    </message>
    <message>
        <source>%1 loads the legs within 12 h of heavy legs (%2 apart): both sessions lose output and leg recovery slows.</source>
        <translation>%1 carga las piernas a menos de 12 h de pierna pesada (%2 de separación): ambas sesiones rinden menos y las piernas se recuperan más despacio.</translation>
    </message>
    <message>
        <source>Your legs are still about %1 % fatigued at %2, mostly from %3 (100 % = legs right after a 60-min heavy leg session). Below %4 % is the usual mark for training them hard again.</source>
        <translation>Sus piernas siguen fatigadas en torno al %1 % el %2, sobre todo por %3 (100 % = piernas justo después de 60 min de pierna pesada). Por debajo del %4 % es la marca habitual para volver a entrenarlas fuerte.</translation>
    </message>
    <message>
        <source>Your upper body is still about %1 % fatigued at %2, mostly from %3 (100 % = legs right after a 60-min heavy leg session). Below %4 % is the usual mark for training it hard again.</source>
        <translation>Su tren superior sigue fatigado en torno al %1 % el %2, sobre todo por %3 (100 % = piernas justo después de 60 min de pierna pesada). Por debajo del %4 % es la marca habitual para volver a entrenarlo fuerte.</translation>
    </message>
    <message>
        <source>Your core is still about %1 % fatigued at %2, mostly from %3 (100 % = legs right after a 60-min heavy leg session). Below %4 % is the usual mark for training it hard again.</source>
        <translation>Su core sigue fatigado en torno al %1 % el %2, sobre todo por %3 (100 % = piernas justo después de 60 min de pierna pesada). Por debajo del %4 % es la marca habitual para volver a entrenarlo fuerte.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>Move %1 to a later day, change its focus, or make it light.</source>
        <translation>Mueva %1 a un día posterior, cambie su enfoque o hágala ligera.</translation>
    </message>
    <message>
        <source>The daily training load is also very uniform (monotony %1).</source>
        <translation>La carga diaria de entrenamiento también es muy uniforme (monotonía %1).</translation>
    </message>
    <message>
        <source>Your plan repeats every %1 days but your cycle is %2 days long, so each weekday falls in a different phase from one repetition to the next: a fixed weekly plan can&apos;t follow the cycle. Research shows small, inconsistent effects of cycle phase — go by how you feel.</source>
        <translation>Su plan se repite cada %1 días, pero su ciclo dura %2 días, así que cada día de la semana cae en una fase distinta de una repetición a otra: un plan semanal fijo no puede seguir el ciclo. Los estudios muestran efectos pequeños e inconsistentes de la fase del ciclo; guíese por cómo se siente.</translation>
    </message>
    <message numerus="yes">
        <source>To plan by cycle phase, make the plan %n weeks long or turn repeat off and plan each block.</source>
        <translation>
            <numerusform>Para planificar según la fase del ciclo, haga el plan de %n semana o desactive la repetición y planifique cada bloque.</numerusform>
            <numerusform>Para planificar según la fase del ciclo, haga el plan de %n semanas o desactive la repetición y planifique cada bloque.</numerusform>
        </translation>
    </message>
    <message>
        <source>To plan by cycle phase, turn repeat off and plan each block.</source>
        <translation>Para planificar según la fase del ciclo, desactive la repetición y planifique cada bloque.</translation>
    </message>
    <message>
        <source>walking</source>
        <translation>caminata</translation>
    </message>
    <message>
        <source>cycling</source>
        <translation>ciclismo</translation>
    </message>
    <message>
        <source>elliptical</source>
        <translation>elíptica</translation>
    </message>
    <message>
        <source>rowing</source>
        <translation>remo</translation>
    </message>
    <message>
        <source>cardio</source>
        <translation>cardio</translation>
    </message>
    <message>
        <source>after the end of the plan</source>
        <translation>después del final del plan</translation>
    </message>
    <message>
        <source>%1 starts %2 after %3. After %4, AMPK is estimated to stay raised until %5 (%6), which may blunt the lifting stimulus; tired muscles also manage fewer reps.</source>
        <translation>%1 empieza %2 después de %3. Tras %4, se estima que la AMPK sigue elevada hasta %5 (%6), lo que puede atenuar el estímulo de la fuerza; los músculos cansados además hacen menos repeticiones.</translation>
    </message>
    <message>
        <source>The effect is smaller for an upper-body session, because the legs did the cardio.</source>
        <translation>El efecto es menor en una sesión de tren superior, porque el cardio lo hicieron las piernas.</translation>
    </message>
    <message>
        <source>Swap the order (lift first).</source>
        <translation>Invierta el orden (primero fuerza).</translation>
    </message>
    <message>
        <source>%1 between %2 and %3: past the estimated AMPK window, but coaching advice is to leave 4–6 h between split sessions; %4 gives more margin.</source>
        <translation>%1 entre %2 y %3: pasada la ventana de AMPK estimada, pero los entrenadores aconsejan dejar 4–6 h entre sesiones separadas; %4 da más margen.</translation>
    </message>
    <message>
        <source>Keep at least %1 between them, or lift first.</source>
        <translation>Deje al menos %1 entre ellas, o haga primero la fuerza.</translation>
    </message>
    <message>
        <source>When you are new to lifting, don&apos;t start with intense cardio: tired muscles make technique break down (this is about form, not about interference).</source>
        <translation>Si es nuevo en el entrenamiento de fuerza, no empiece con cardio intenso: los músculos cansados deterioran la técnica (se trata de la ejecución, no de interferencia).</translation>
    </message>
    <message>
        <source>Swap the order (cardio first, then short lifting), or separate them by at least %1.</source>
        <translation>Invierta el orden (primero cardio, luego fuerza breve) o sepárelos al menos %1.</translation>
    </message>
    <message>
        <source>If it has to be heavy, start it after %1, when the estimated AMPK window after %2 has passed.</source>
        <translation>Si tiene que ser pesada, empiécela después de %1, cuando haya pasado la ventana de AMPK estimada tras %2.</translation>
    </message>
    <message>
        <source>Make %1 moderate and at most %2 min, or start it at %3 or later.</source>
        <translation>Haga %1 moderada y de %2 min como máximo, o empiécela a las %3 o más tarde.</translation>
    </message>
    <message>
        <source>Make %1 moderate and at most %2 min.</source>
        <translation>Haga %1 moderada y de %2 min como máximo.</translation>
    </message>
    <message>
        <source>%1 starts %2 after %3: HIIT this close to lifting still adds recovery cost; separate them by as many hours as you can — %4 or more, or another day.</source>
        <translation>%1 empieza %2 después de %3: un HIIT tan cerca de la fuerza todavía cuesta recuperación; sepárelos tantas horas como pueda: %4 o más, u otro día.</translation>
    </message>
    <message>
        <source>Move %1 to another day.</source>
        <translation>Mueva %1 a otro día.</translation>
    </message>
    <message>
        <source>Move %1 to %2 or later, or to another day.</source>
        <translation>Mueva %1 a las %2 o más tarde, o a otro día.</translation>
    </message>
    <message>
        <source>HIIT straight after lifting: one article recommends it for fat loss, two advise keeping cardio after lifting moderate because HIIT adds a large recovery cost. Fine if you recover well; if your lifting stalls, make it moderate or move it.</source>
        <translation>HIIT justo después de la fuerza: un artículo lo recomienda para perder grasa, dos aconsejan mantener moderado el cardio tras la fuerza porque el HIIT cuesta mucha recuperación. Bien si se recupera bien; si su fuerza se estanca, hágalo moderado o muévalo.</translation>
    </message>
    <message>
        <source>HIIT straight after lifting adds a large recovery cost; moderate cardio after lifting, or HIIT on another day, recovers better.</source>
        <translation>El HIIT justo después de la fuerza cuesta mucha recuperación; el cardio moderado tras la fuerza, o el HIIT en otro día, se recupera mejor.</translation>
    </message>
    <message>
        <source>HIIT straight after lifting adds a large recovery cost and can eat into the gains from the lifting session. Keep cardio after lifting moderate, or give the HIIT its own slot.</source>
        <translation>El HIIT justo después de la fuerza cuesta mucha recuperación y puede restar las ganancias de la sesión. Mantenga moderado el cardio tras la fuerza o dé al HIIT su propio hueco.</translation>
    </message>
    <message>
        <source>Make it easy or moderate and at most 30 min, or move the HIIT to a day without lifting or at least %1 after lifting.</source>
        <translation>Hágalo suave o moderado y de 30 min como máximo, o mueva el HIIT a un día sin fuerza o al menos %1 después.</translation>
    </message>
    <message>
        <source>Make “%1” moderate</source>
        <translation>Poner «%1» en moderado</translation>
    </message>
    <message>
        <source>%1 of moderate cardio after lifting; %2 or less keeps the recovery cost low.</source>
        <translation>%1 de cardio moderado tras la fuerza; %2 o menos mantiene bajo el coste de recuperación.</translation>
    </message>
    <message>
        <source>Shorten it to %1 or less, or make the extra minutes easy (Zone 1).</source>
        <translation>Acórtelo a %1 o menos, o haga suaves los minutos de más (zona 1).</translation>
    </message>
    <message>
        <source>Set “%1” to %2</source>
        <translation>Poner «%1» en %2</translation>
    </message>
    <message>
        <source>%1 works the same upper-body muscles as %2, right after it: both sessions lose output and upper-body recovery slows.</source>
        <translation>%1 trabaja los mismos músculos del tren superior que %2, justo después: ambas sesiones rinden menos y el tren superior se recupera más despacio.</translation>
    </message>
    <message>
        <source>%1 works the same upper-body muscles as %2, right before it: both sessions lose output and upper-body recovery slows.</source>
        <translation>%1 trabaja los mismos músculos del tren superior que %2, justo antes: ambas sesiones rinden menos y el tren superior se recupera más despacio.</translation>
    </message>
    <message>
        <source>HIIT next to lifting also adds a large recovery cost.</source>
        <translation>El HIIT junto a la fuerza además cuesta mucha recuperación.</translation>
    </message>
    <message>
        <source>After an upper-body day choose cardio that spares the arms and back — cycling, walking, the elliptical, or running on a non-leg day — or move %1 to another day.</source>
        <translation>Tras un día de tren superior elija cardio que no cargue brazos ni espalda (ciclismo, caminar, elíptica o correr en un día sin pierna) o mueva %1 a otro día.</translation>
    </message>
    <message>
        <source>%1 of easy %2 straight after heavy legs: 10–20 min of easy cardio helps recovery, but a long session keeps the tired legs working when they should start to recover.</source>
        <translation>%1 de %2 suave justo después de pierna pesada: 10–20 min de cardio suave ayudan a recuperar, pero una sesión larga mantiene trabajando las piernas cansadas cuando deberían empezar a recuperarse.</translation>
    </message>
    <message>
        <source>Keep it to 10–20 min here and do the rest on another day or at least %1 later.</source>
        <translation>Quédese aquí en 10–20 min y haga el resto otro día o al menos %1 después.</translation>
    </message>
    <message>
        <source>%1 is explosive work (jumps, throws, Olympic lifts) %2 after %3. Speed and power suffer most from cardio done close before them, and power gains were smaller when both were trained within one session than with 3 h or more between.</source>
        <translation>%1 es trabajo explosivo (saltos, lanzamientos, halterofilia) %2 después de %3. La velocidad y la potencia son lo que más sufre con cardio justo antes, y las ganancias de potencia fueron menores al entrenar ambos en una sesión que con 3 h o más de separación.</translation>
    </message>
    <message>
        <source>Do the explosive work first.</source>
        <translation>Haga primero el trabajo explosivo.</translation>
    </message>
    <message>
        <source>Do the explosive work first, or start it at %1 or later.</source>
        <translation>Haga primero el trabajo explosivo, o empiécelo a las %1 o más tarde.</translation>
    </message>
    <message>
        <source>This lifting-and-cardio session lasts %1; the usual advice is to keep the whole session under 75–80 min.</source>
        <translation>Esta sesión de fuerza y cardio dura %1; lo habitual es aconsejar que toda la sesión dure menos de 75–80 min.</translation>
    </message>
    <message>
        <source>Trim the cardio, or move it to another time.</source>
        <translation>Recorte el cardio o páselo a otro momento.</translation>
    </message>
    <message>
        <source>The whole session lasts %1; the usual advice is under 75–80 min.</source>
        <translation>La sesión completa dura %1; lo habitual es aconsejar menos de 75–80 min.</translation>
    </message>
    <message>
        <source>%1 is %2; beside lifting, hard cardio under %3 costs less recovery — extra easy minutes add energy use without that cost.</source>
        <translation>%1 dura %2; junto a la fuerza, el cardio intenso de menos de %3 cuesta menos recuperación: los minutos suaves de más aumentan el gasto de energía sin ese coste.</translation>
    </message>
    <message>
        <source>%1 is %2; for muscle or strength gains, hard cardio under %3 interferes less with lifting.</source>
        <translation>%1 dura %2; para ganar músculo o fuerza, el cardio intenso de menos de %3 interfiere menos con la fuerza.</translation>
    </message>
    <message>
        <source>At %1 it is also longer than the %2 that interferes least.</source>
        <translation>Con %1 además supera los %2 que menos interfieren.</translation>
    </message>
    <message numerus="yes">
        <source>%n strength session(s) this week. For endurance, 2–3 short strength sessions a week improve running economy and time-trial performance.</source>
        <translation>
            <numerusform>%n sesión de fuerza esta semana. Para la resistencia, 2–3 sesiones cortas de fuerza por semana mejoran la economía de carrera y el rendimiento contrarreloj.</numerusform>
            <numerusform>%n sesiones de fuerza esta semana. Para la resistencia, 2–3 sesiones cortas de fuerza por semana mejoran la economía de carrera y el rendimiento contrarreloj.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a short session (30–45 min, compound lifts) after an easy day&apos;s cardio, not before a key session.</source>
        <translation>Añada una sesión corta (30–45 min, ejercicios compuestos) tras el cardio de un día suave, no antes de una sesión clave.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>“%1” on %2 falls in busy time.</source>
        <translation>«%1» el %2 cae en una hora ocupada.</translation>
    </message>
    <message>
        <source>“%1” on %2 clashes with “%3”.</source>
        <translation>«%1» el %2 coincide con «%3».</translation>
    </message>
    <message>
        <source>“%1” on %2 falls in time you keep for other kinds of training.</source>
        <translation>«%1» el %2 cae en una franja reservada a otros tipos de entrenamiento.</translation>
    </message>
    <message>
        <source>“%1” on %2 lies outside the times you can train.</source>
        <translation>«%1» el %2 queda fuera de las horas en que puede entrenar.</translation>
    </message>
    <message>
        <source>The nearest free window is %1 %2.</source>
        <translation>La franja libre más cercana es %1 %2.</translation>
    </message>
    <message>
        <source>Move it to %1, or change your available times.</source>
        <translation>Muévala a %1 o cambie su disponibilidad.</translation>
    </message>
    <message>
        <source>No free window of this week is long enough for it.</source>
        <translation>Ninguna franja libre de esta semana es lo bastante larga.</translation>
    </message>
    <message>
        <source>Shorten it, or change your available times.</source>
        <translation>Acórtela o cambie su disponibilidad.</translation>
    </message>
    <message>
        <source>Week %1 carries %2 % more training load than week %3 (%4 against %5, minutes × effort on the RPE 1–10 scale).</source>
        <translation>La semana %1 lleva un %2 % más de carga de entrenamiento que la semana %3 (%4 frente a %5, minutos × esfuerzo en la escala RPE 1–10).</translation>
    </message>
    <message>
        <source>Week %1 carries %2 % more training load than week %3 before it as the plan repeats (%4 against %5, minutes × effort on the RPE 1–10 scale).</source>
        <translation>La semana %1 lleva un %2 % más de carga de entrenamiento que la semana %3 anterior, ya que el plan se repite (%4 frente a %5, minutos × esfuerzo en la escala RPE 1–10).</translation>
    </message>
    <message>
        <source>Raise the load in smaller steps over two or three weeks.</source>
        <translation>Aumente la carga en pasos más pequeños a lo largo de dos o tres semanas.</translation>
    </message>
    <message>
        <source>The plan repeats its %1 weeks without a lighter week (one with at least %2 % less training load than the weeks before it), so the load never drops.</source>
        <translation>El plan repite sus %1 semanas sin una semana más ligera (una con al menos un %2 % menos de carga de entrenamiento que las anteriores), así que la carga nunca baja.</translation>
    </message>
    <message>
        <source>Weeks %1 to %2 are %3 weeks in a row without a lighter week (one with at least %4 % less training load than the weeks before it).</source>
        <translation>Las semanas %1 a %2 son %3 semanas seguidas sin una semana más ligera (una con al menos un %4 % menos de carga de entrenamiento que las anteriores).</translation>
    </message>
    <message>
        <source>Make week %1 lighter, for example by shortening its sessions by a third, or insert a lighter week before it.</source>
        <translation>Haga más ligera la semana %1, por ejemplo acortando sus sesiones un tercio, o inserte antes una semana más ligera.</translation>
    </message>
</context>
<context>
    <name>ordo::SeasonCommands</name>
    <message>
        <source>Copy Week To</source>
        <translation>Copiar la semana a</translation>
    </message>
    <message>
        <source>Copy the sessions of week %1 to these weeks. Their own sessions are replaced.</source>
        <translation>Copiar las sesiones de la semana %1 a estas semanas. Sus propias sesiones se sustituyen.</translation>
    </message>
    <message>
        <source>Target weeks</source>
        <translation>Semanas de destino</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Semana %1</translation>
    </message>
    <message>
        <source>Delete sessions?</source>
        <translation>¿Eliminar sesiones?</translation>
    </message>
    <message numerus="yes">
        <source>This deletes %n sessions.</source>
        <translation>
            <numerusform>Esto elimina %n sesión.</numerusform>
            <numerusform>Esto elimina %n sesiones.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy Week To…</source>
        <translation>&amp;Copiar semana a…</translation>
    </message>
    <message>
        <source>Dupl&amp;icate Weeks</source>
        <translation>&amp;Duplicar semanas</translation>
    </message>
    <message>
        <source>Insert Empty Week &amp;Before</source>
        <translation>Insertar semana vacía &amp;antes</translation>
    </message>
    <message>
        <source>Insert Empty Week &amp;After</source>
        <translation>Insertar semana vacía despué&amp;s</translation>
    </message>
    <message>
        <source>&amp;Delete Weeks</source>
        <translation>&amp;Eliminar semanas</translation>
    </message>
    <message>
        <source>Move Weeks &amp;Up</source>
        <translation>S&amp;ubir semanas</translation>
    </message>
    <message>
        <source>Move Weeks Do&amp;wn</source>
        <translation>&amp;Bajar semanas</translation>
    </message>
    <message>
        <source>C&amp;lear Weeks</source>
        <translation>&amp;Vaciar semanas</translation>
    </message>
    <message>
        <source>&amp;Generate Deload Week…</source>
        <translation>&amp;Generar semana de descarga…</translation>
    </message>
    <message>
        <source>&amp;Phase</source>
        <translation>&amp;Fase</translation>
    </message>
    <message>
        <source>&amp;No Phase</source>
        <translation>&amp;Ninguna fase</translation>
    </message>
    <message>
        <source>&amp;Base</source>
        <translation>&amp;Base</translation>
    </message>
    <message>
        <source>B&amp;uild</source>
        <translation>&amp;Construcción</translation>
    </message>
    <message>
        <source>&amp;Peak</source>
        <translation>P&amp;ico</translation>
    </message>
    <message>
        <source>&amp;Deload</source>
        <translation>&amp;Descarga</translation>
    </message>
    <message>
        <source>&amp;Taper</source>
        <translation>P&amp;uesta a punto</translation>
    </message>
    <message>
        <source>&amp;Custom…</source>
        <translation>Pe&amp;rsonalizada…</translation>
    </message>
    <message>
        <source>Custom Phase</source>
        <translation>Fase personalizada</translation>
    </message>
    <message>
        <source>Name of the phase (up to %1 characters):</source>
        <translation>Nombre de la fase (hasta %1 caracteres):</translation>
    </message>
    <message>
        <source>Generate Deload Week</source>
        <translation>Generar semana de descarga</translation>
    </message>
    <message>
        <source>A copy of week %1 after it, with the same sessions on the same days and at the same intensity, each strength and cardio session shorter by this share. Cutting volume and keeping intensity is what works best in a taper (Bosquet 2007).</source>
        <translation>Una copia de la semana %1 justo después, con las mismas sesiones los mismos días y a la misma intensidad, cada sesión de fuerza y de cardio más corta en esta proporción. Reducir el volumen y mantener la intensidad es lo que mejor funciona en una puesta a punto (Bosquet 2007).</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>&amp;Less volume:</source>
        <translation>&amp;Menos volumen:</translation>
    </message>
    <message>
        <source>&amp;Copy Week %1 To…</source>
        <translation>&amp;Copiar semana %1 a…</translation>
    </message>
    <message>
        <source>Fill Weeks with a &amp;Rotation…</source>
        <translation>&amp;Llenar semanas con una rotación…</translation>
    </message>
</context>
<context>
    <name>ordo::SeasonView</name>
    <message>
        <source>Load</source>
        <translation>Carga</translation>
    </message>
    <message>
        <source>Hard min</source>
        <translation>Min duros</translation>
    </message>
    <message>
        <source>HIIT</source>
        <translation>HIIT</translation>
    </message>
    <message>
        <source>Lifts</source>
        <translation>Fuerza</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Descanso</translation>
    </message>
    <message>
        <source>kcal</source>
        <translation>kcal</translation>
    </message>
    <message>
        <source>Training load of the week (RPE × min)</source>
        <translation>Carga de entrenamiento de la semana (RPE × min)</translation>
    </message>
    <message>
        <source>Minutes of hard sessions: lifting, moderate and HIIT cardio</source>
        <translation>Minutos de sesiones duras: fuerza, cardio moderado y HIIT</translation>
    </message>
    <message>
        <source>HIIT sessions</source>
        <translation>Sesiones de HIIT</translation>
    </message>
    <message>
        <source>Lifting sessions</source>
        <translation>Sesiones de fuerza</translation>
    </message>
    <message>
        <source>Rest days</source>
        <translation>Días de descanso</translation>
    </message>
    <message>
        <source>Energy used in training (kcal)</source>
        <translation>Energía gastada en el entrenamiento (kcal)</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Semana %1</translation>
    </message>
    <message>
        <source>Season overview</source>
        <translation>Resumen de la temporada</translation>
    </message>
    <message>
        <source>Week %1, %2</source>
        <translation>Semana %1, %2</translation>
    </message>
    <message>
        <source>%1: no sessions</source>
        <translation>%1: sin sesiones</translation>
    </message>
    <message>
        <source>%1 at %2, %3</source>
        <translation>%1 a las %2, %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Worst finding: %1 (%2)</source>
        <translation>Hallazgo más grave: %1 (%2)</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Worst finding</source>
        <translation>Hallazgo más grave</translation>
    </message>
    <message>
        <source>Week %1 · %2</source>
        <translation>Semana %1 · %2</translation>
    </message>
</context>
<context>
    <name>ordo::SessionAccessible</name>
    <message>
        <source>%1, %2 %3 to %4</source>
        <translation>%1, %2 de %3 a %4</translation>
    </message>
    <message>
        <source>week %1</source>
        <translation>semana %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Session. Enter opens it in the inspector; arrow keys move it.</source>
        <translation>Sesión. Intro la abre en el inspector; las flechas la mueven.</translation>
    </message>
    <message>
        <source>key session</source>
        <translation>sesión clave</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>perdida</translation>
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
        <translation>Mover %1 a %2</translation>
    </message>
    <message numerus="yes">
        <source>Move %n sessions</source>
        <translation>
            <numerusform>Mover %n sesión</numerusform>
            <numerusform>Mover %n sesiones</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy %1 to %2</source>
        <translation>Copiar %1 a %2</translation>
    </message>
    <message numerus="yes">
        <source>Copy %n sessions</source>
        <translation>
            <numerusform>Copiar %n sesión</numerusform>
            <numerusform>Copiar %n sesiones</numerusform>
        </translation>
    </message>
    <message>
        <source>Add %1 on %2</source>
        <translation>Añadir %1 el %2</translation>
    </message>
    <message numerus="yes">
        <source>Add %n sessions</source>
        <translation>
            <numerusform>Añadir %n sesión</numerusform>
            <numerusform>Añadir %n sesiones</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste %1 on %2</source>
        <translation>Pegar %1 el %2</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n sessions</source>
        <translation>
            <numerusform>Pegar %n sesión</numerusform>
            <numerusform>Pegar %n sesiones</numerusform>
        </translation>
    </message>
    <message>
        <source>Change duration of %1 to %2</source>
        <translation>Cambiar la duración de %1 a %2</translation>
    </message>
    <message numerus="yes">
        <source>Change duration of %n sessions</source>
        <translation>
            <numerusform>Cambiar la duración de %n sesión</numerusform>
            <numerusform>Cambiar la duración de %n sesiones</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n sessions</source>
        <translation>
            <numerusform>Eliminar %n sesión</numerusform>
            <numerusform>Eliminar %n sesiones</numerusform>
        </translation>
    </message>
    <message>
        <source>Cut %1</source>
        <translation>Cortar %1</translation>
    </message>
    <message numerus="yes">
        <source>Cut %n sessions</source>
        <translation>
            <numerusform>Cortar %n sesión</numerusform>
            <numerusform>Cortar %n sesiones</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>Duplicar %1</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n sessions</source>
        <translation>
            <numerusform>Duplicar %n sesión</numerusform>
            <numerusform>Duplicar %n sesiones</numerusform>
        </translation>
    </message>
    <message>
        <source>Make %1 %2</source>
        <translation>Intensidad de %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Make %n sessions %1</source>
        <translation>
            <numerusform>Intensidad de %n sesión: %1</numerusform>
            <numerusform>Intensidad de %n sesiones: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Swap %1 and %2</source>
        <translation>Intercambiar %1 y %2</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>Cambiar %1 de %2</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>duración</translation>
    </message>
    <message>
        <source>intensity</source>
        <translation>intensidad</translation>
    </message>
    <message>
        <source>modality</source>
        <translation>modalidad</translation>
    </message>
    <message>
        <source>load</source>
        <translation>carga</translation>
    </message>
    <message>
        <source>focus</source>
        <translation>enfoque</translation>
    </message>
    <message numerus="yes">
        <source>Change %1 of %n sessions</source>
        <translation>
            <numerusform>Cambiar %1 de %n sesión</numerusform>
            <numerusform>Cambiar %1 de %n sesiones</numerusform>
        </translation>
    </message>
    <message>
        <source>Lock %1</source>
        <translation>Fijar %1</translation>
    </message>
    <message>
        <source>Unlock %1</source>
        <translation>Soltar %1</translation>
    </message>
    <message numerus="yes">
        <source>Lock %n sessions</source>
        <translation>
            <numerusform>Fijar %n sesión</numerusform>
            <numerusform>Fijar %n sesiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unlock %n sessions</source>
        <translation>
            <numerusform>Soltar %n sesión</numerusform>
            <numerusform>Soltar %n sesiones</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark %1 as missed</source>
        <translation>Marcar %1 como perdida</translation>
    </message>
    <message>
        <source>Mark %1 as not missed</source>
        <translation>Marcar %1 como no perdida</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n sessions as missed</source>
        <translation>
            <numerusform>Marcar %n sesión como perdida</numerusform>
            <numerusform>Marcar %n sesiones como perdidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n sessions as not missed</source>
        <translation>
            <numerusform>Marcar %n sesión como no perdida</numerusform>
            <numerusform>Marcar %n sesiones como no perdidas</numerusform>
        </translation>
    </message>
    <message>
        <source>Make %1 a key session</source>
        <translation>Convertir %1 en sesión clave</translation>
    </message>
    <message>
        <source>Make %1 a normal session</source>
        <translation>Convertir %1 en sesión normal</translation>
    </message>
    <message>
        <source>Make %1 optional</source>
        <translation>Hacer opcional %1</translation>
    </message>
    <message numerus="yes">
        <source>Make %n sessions key sessions</source>
        <translation>
            <numerusform>Convertir %n sesión en sesión clave</numerusform>
            <numerusform>Convertir %n sesiones en sesiones clave</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make %n sessions normal sessions</source>
        <translation>
            <numerusform>Convertir %n sesión en sesión normal</numerusform>
            <numerusform>Convertir %n sesiones en sesiones normales</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make %n sessions optional</source>
        <translation>
            <numerusform>Hacer opcional %n sesión</numerusform>
            <numerusform>Hacer opcionales %n sesiones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ordo::SessionInspector</name>
    <message>
        <source>week </source>
        <translation>semana </translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Default for the modality</source>
        <translation>Valor predeterminado de la modalidad</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predeterminado</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>W&amp;eek:</source>
        <translation>&amp;Semana:</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Día:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;uración:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Ti&amp;po:</translation>
    </message>
    <message>
        <source>&amp;Focus:</source>
        <translation>&amp;Enfoque:</translation>
    </message>
    <message>
        <source>&amp;Load:</source>
        <translation>&amp;Carga:</translation>
    </message>
    <message>
        <source>&amp;Modality:</source>
        <translation>&amp;Modalidad:</translation>
    </message>
    <message>
        <source>&amp;Intensity:</source>
        <translation>I&amp;ntensidad:</translation>
    </message>
    <message>
        <source>Loads le&amp;gs:</source>
        <translation>Carga &amp;las piernas:</translation>
    </message>
    <message>
        <source>&amp;RPE:</source>
        <translation>&amp;RPE:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>week</source>
        <translation>semana</translation>
    </message>
    <message>
        <source>day</source>
        <translation>día</translation>
    </message>
    <message>
        <source>start</source>
        <translation>inicio</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>duración</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>focus</source>
        <translation>enfoque</translation>
    </message>
    <message>
        <source>load</source>
        <translation>carga</translation>
    </message>
    <message>
        <source>modality</source>
        <translation>modalidad</translation>
    </message>
    <message>
        <source>intensity</source>
        <translation>intensidad</translation>
    </message>
    <message>
        <source>leg loading</source>
        <translation>carga de piernas</translation>
    </message>
    <message>
        <source>RPE</source>
        <translation>RPE</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <source>Notes are limited to %1 characters.</source>
        <translation>Las notas están limitadas a %1 caracteres.</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation>Predeterminado (%1)</translation>
    </message>
    <message>
        <source>Did n&amp;ot happen</source>
        <translation>No se &amp;hizo</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>Priorid&amp;ad:</translation>
    </message>
    <message>
        <source>Missed:</source>
        <translation>Perdida:</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>prioridad</translation>
    </message>
</context>
<context>
    <name>ordo::SessionMenu</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>&amp;Intensity</source>
        <translation>&amp;Intensidad</translation>
    </message>
    <message>
        <source>&amp;Swap order with adjacent session</source>
        <translation>Intercam&amp;biar el orden con la sesión contigua</translation>
    </message>
    <message>
        <source>&amp;Missed</source>
        <translation>&amp;Perdida</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>P&amp;rioridad</translation>
    </message>
</context>
<context>
    <name>ordo::SessionTemplate</name>
    <message>
        <source>Heavy lower</source>
        <translation>Tren inferior pesado</translation>
    </message>
    <message>
        <source>Heavy upper</source>
        <translation>Tren superior pesado</translation>
    </message>
    <message>
        <source>Full body</source>
        <translation>Cuerpo completo</translation>
    </message>
    <message>
        <source>Moderate lower</source>
        <translation>Tren inferior moderado</translation>
    </message>
    <message>
        <source>Moderate upper</source>
        <translation>Tren superior moderado</translation>
    </message>
    <message>
        <source>Light full body</source>
        <translation>Cuerpo completo ligero</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>Core</translation>
    </message>
    <message>
        <source>Zone 1 walk</source>
        <translation>Paseo en zona 1</translation>
    </message>
    <message>
        <source>Steady run</source>
        <translation>Carrera continua</translation>
    </message>
    <message>
        <source>Bike HIIT</source>
        <translation>HIIT en bici</translation>
    </message>
    <message>
        <source>Sprint intervals</source>
        <translation>Series de sprint</translation>
    </message>
    <message>
        <source>Tempo run</source>
        <translation>Carrera a ritmo</translation>
    </message>
    <message>
        <source>Easy swim</source>
        <translation>Natación suave</translation>
    </message>
    <message>
        <source>Arm ergometer</source>
        <translation>Ergómetro de brazos</translation>
    </message>
    <message>
        <source>Stair climber</source>
        <translation>Escaladora</translation>
    </message>
    <message>
        <source>Jump rope</source>
        <translation>Comba</translation>
    </message>
    <message>
        <source>Rowing</source>
        <translation>Remo</translation>
    </message>
    <message>
        <source>Easy bike</source>
        <translation>Bici suave</translation>
    </message>
    <message>
        <source>Yoga</source>
        <translation>Yoga</translation>
    </message>
    <message>
        <source>Stretching</source>
        <translation>Estiramientos</translation>
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
        <translation>Ventana de AMPK más larga tras HIIT</translation>
    </message>
    <message>
        <source>AMPK window after HIIT before the duration term</source>
        <translation>Ventana de AMPK tras HIIT sin el añadido por duración</translation>
    </message>
    <message>
        <source>AMPK window growth per minute of HIIT</source>
        <translation>Alargamiento de la ventana de AMPK por minuto de HIIT</translation>
    </message>
    <message>
        <source>Relative AMPK peak after HIIT (A0)</source>
        <translation>Pico relativo de AMPK tras HIIT (A0)</translation>
    </message>
    <message>
        <source>AMPK window after moderate cardio up to the duration knee</source>
        <translation>Ventana de AMPK tras cardio moderado hasta el umbral de duración</translation>
    </message>
    <message>
        <source>Moderate cardio duration after which the window grows</source>
        <translation>Duración del cardio moderado a partir de la cual la ventana se alarga</translation>
    </message>
    <message>
        <source>Longest AMPK window after moderate cardio</source>
        <translation>Ventana de AMPK más larga tras cardio moderado</translation>
    </message>
    <message>
        <source>Relative AMPK peak after moderate cardio (A0)</source>
        <translation>Pico relativo de AMPK tras cardio moderado (A0)</translation>
    </message>
    <message>
        <source>RPE from which moderate cardio counts as vigorous continuous (11 turns this off)</source>
        <translation>RPE a partir del cual el cardio moderado cuenta como cardio continuo intenso (11 lo desactiva)</translation>
    </message>
    <message>
        <source>AMPK window after vigorous continuous cardio up to the duration knee</source>
        <translation>Ventana de AMPK tras cardio continuo intenso hasta el umbral de duración</translation>
    </message>
    <message>
        <source>Longest AMPK window after vigorous continuous cardio</source>
        <translation>Ventana de AMPK más larga tras cardio continuo intenso</translation>
    </message>
    <message>
        <source>Relative AMPK peak after vigorous continuous cardio (A0)</source>
        <translation>Pico relativo de AMPK tras cardio continuo intenso (A0)</translation>
    </message>
    <message>
        <source>Time in which the AMPK curve rises to its peak during cardio</source>
        <translation>Tiempo en que la curva de AMPK sube hasta su pico durante el cardio</translation>
    </message>
    <message>
        <source>Endurance-trained toggle: smaller and shorter AMPK response</source>
        <translation>Entrenado en resistencia (sí/no): respuesta de AMPK menor y más corta</translation>
    </message>
    <message>
        <source>Peak factor when endurance-trained</source>
        <translation>Factor del pico si se está entrenado en resistencia</translation>
    </message>
    <message>
        <source>Window factor when endurance-trained</source>
        <translation>Factor de la ventana si se está entrenado en resistencia</translation>
    </message>
    <message>
        <source>Time until 90 % of a heavy strength session&apos;s fatigue has cleared</source>
        <translation>Tiempo hasta que se disipa el 90 % de la fatiga de una sesión de fuerza pesada</translation>
    </message>
    <message>
        <source>Time until 90 % of a moderate strength session&apos;s fatigue has cleared</source>
        <translation>Tiempo hasta que se disipa el 90 % de la fatiga de una sesión de fuerza moderada</translation>
    </message>
    <message>
        <source>Time until 90 % of a light strength session&apos;s fatigue has cleared</source>
        <translation>Tiempo hasta que se disipa el 90 % de la fatiga de una sesión de fuerza ligera</translation>
    </message>
    <message>
        <source>Time until 90 % of running, jumping or stair HIIT fatigue has cleared</source>
        <translation>Tiempo hasta que se disipa el 90 % de la fatiga de un HIIT de carrera, saltos o escaleras</translation>
    </message>
    <message>
        <source>Time until 90 % of other HIIT fatigue has cleared</source>
        <translation>Tiempo hasta que se disipa el 90 % de la fatiga de otro HIIT</translation>
    </message>
    <message>
        <source>Time until 90 % of moderate running, jumping or stair fatigue has cleared</source>
        <translation>Tiempo hasta que se disipa el 90 % de la fatiga de carrera, saltos o escaleras a ritmo moderado</translation>
    </message>
    <message>
        <source>Time until 90 % of other moderate cardio fatigue has cleared</source>
        <translation>Tiempo hasta que se disipa el 90 % de la fatiga de otro cardio moderado</translation>
    </message>
    <message>
        <source>Time until 90 % of easy cardio fatigue has cleared</source>
        <translation>Tiempo hasta que se disipa el 90 % de la fatiga del cardio suave</translation>
    </message>
    <message>
        <source>Region fatigue shown as 100 %</source>
        <translation>Fatiga de una zona que se muestra como 100 %</translation>
    </message>
    <message>
        <source>Residual muscle-group fatigue that counts as not recovered</source>
        <translation>Fatiga residual de un grupo muscular a partir de la cual cuenta como no recuperado</translation>
    </message>
    <message>
        <source>Start gap under which two sessions on non-adjacent days still count as back-to-back</source>
        <translation>Separación entre inicios por debajo de la cual dos sesiones en días no contiguos aún cuentan como seguidas</translation>
    </message>
    <message>
        <source>Smallest daily load marked as high</source>
        <translation>Carga diaria mínima marcada como alta</translation>
    </message>
    <message>
        <source>Multiple of the mean load of the plan&apos;s training days marked as high</source>
        <translation>Múltiplo de la carga media de los días de entrenamiento del plan que se marca como alto</translation>
    </message>
    <message>
        <source>Time constant of acute training load (fatigue)</source>
        <translation>Constante de tiempo de la carga de entrenamiento aguda (fatiga)</translation>
    </message>
    <message>
        <source>Time constant of chronic training load (fitness)</source>
        <translation>Constante de tiempo de la carga de entrenamiento crónica (forma)</translation>
    </message>
    <message>
        <source>Change below which a repeating plan&apos;s CTL/ATL counts as settled</source>
        <translation>Cambio por debajo del cual la CTL/ATL de un plan que se repite cuenta como estabilizada</translation>
    </message>
    <message>
        <source>Weekly monotony above which a note is given</source>
        <translation>Monotonía semanal por encima de la cual se da una nota</translation>
    </message>
    <message>
        <source>Smallest weekly hard-session load for which monotony is judged</source>
        <translation>Carga semanal mínima de sesiones duras para la que se evalúa la monotonía</translation>
    </message>
    <message>
        <source>Share of the plan&apos;s mean weekly hard-session load below which a week is not judged</source>
        <translation>Proporción de la carga semanal media de sesiones duras del plan por debajo de la cual una semana no se evalúa</translation>
    </message>
    <message>
        <source>Shortest one-off plan for which the acute:chronic ratio is computed</source>
        <translation>Plan puntual más corto para el que se calcula la relación aguda:crónica</translation>
    </message>
    <message>
        <source>Weeks averaged for the chronic load</source>
        <translation>Semanas promediadas para la carga crónica</translation>
    </message>
    <message>
        <source>Acute:chronic load ratio that gives a note</source>
        <translation>Relación de carga aguda:crónica que da una nota</translation>
    </message>
    <message>
        <source>Acute:chronic load ratio that gives a warning</source>
        <translation>Relación de carga aguda:crónica que da una advertencia</translation>
    </message>
    <message>
        <source>Longest easy cardio that counts as a warm-up</source>
        <translation>Cardio suave más largo que cuenta como calentamiento</translation>
    </message>
    <message>
        <source>Longest gap between a warm-up and the lifting after it</source>
        <translation>Mayor separación entre un calentamiento y la fuerza que le sigue</translation>
    </message>
    <message>
        <source>Longest easy cardio reported as a long warm-up</source>
        <translation>Cardio suave más largo señalado como calentamiento largo</translation>
    </message>
    <message>
        <source>Longest hard cardio right before lifting reported as a too-hard warm-up</source>
        <translation>Cardio intenso más largo justo antes de la fuerza señalado como calentamiento demasiado duro</translation>
    </message>
    <message>
        <source>Shortest easy cardio that counts as active recovery</source>
        <translation>Cardio suave más corto que cuenta como recuperación activa</translation>
    </message>
    <message>
        <source>Longest easy cardio that counts as active recovery</source>
        <translation>Cardio suave más largo que cuenta como recuperación activa</translation>
    </message>
    <message>
        <source>Latest start of active recovery after heavy legs end</source>
        <translation>Inicio más tardío de la recuperación activa tras el final de la pierna pesada</translation>
    </message>
    <message>
        <source>Most easy cardio a rest day may hold</source>
        <translation>Máximo de cardio suave que puede tener un día de descanso</translation>
    </message>
    <message>
        <source>Most easy cardio an active-rest day may hold (it breaks a run without rest)</source>
        <translation>Máximo de cardio suave que puede tener un día de descanso activo (corta una racha sin descanso)</translation>
    </message>
    <message>
        <source>Days without rest that give a warning</source>
        <translation>Días sin descanso que dan una advertencia</translation>
    </message>
    <message>
        <source>Days without rest that give a critical finding</source>
        <translation>Días sin descanso que dan un hallazgo crítico</translation>
    </message>
    <message>
        <source>Gap under which two sessions count as the same day</source>
        <translation>Separación por debajo de la cual dos sesiones cuentan como el mismo día</translation>
    </message>
    <message>
        <source>Largest gap inside a combined session</source>
        <translation>Mayor separación dentro de una sesión combinada</translation>
    </message>
    <message>
        <source>Longest combined lifting + cardio session</source>
        <translation>Sesión combinada de fuerza + cardio más larga</translation>
    </message>
    <message>
        <source>Longest easy cardio after lifting that counts as a cool-down</source>
        <translation>Cardio suave más largo tras la fuerza que cuenta como vuelta a la calma</translation>
    </message>
    <message>
        <source>Smallest gap between hard cardio and explosive work after it</source>
        <translation>Menor separación entre cardio intenso y el trabajo explosivo posterior</translation>
    </message>
    <message>
        <source>HIIT sessions in 7 days that give a beginner a note</source>
        <translation>Sesiones de HIIT en 7 días que dan una nota a un principiante</translation>
    </message>
    <message>
        <source>HIIT sessions in 7 days that give a beginner a warning</source>
        <translation>Sesiones de HIIT en 7 días que dan una advertencia a un principiante</translation>
    </message>
    <message>
        <source>Longest HIIT session for a beginner</source>
        <translation>Sesión de HIIT más larga para un principiante</translation>
    </message>
    <message>
        <source>Longest easy cardio straight after heavy legs without a note</source>
        <translation>Cardio suave más largo justo después de pierna pesada sin nota</translation>
    </message>
    <message>
        <source>Fewest strength sessions a week for an endurance goal</source>
        <translation>Mínimo de sesiones de fuerza por semana para un objetivo de resistencia</translation>
    </message>
    <message>
        <source>Longest plausible HIIT session</source>
        <translation>Duración máxima plausible de una sesión de HIIT</translation>
    </message>
    <message>
        <source>Longest plausible moderate cardio session</source>
        <translation>Duración máxima plausible de una sesión de cardio moderado</translation>
    </message>
    <message>
        <source>Longest plausible easy cardio session</source>
        <translation>Duración máxima plausible de una sesión de cardio suave</translation>
    </message>
    <message>
        <source>Longest plausible strength session</source>
        <translation>Duración máxima plausible de una sesión de fuerza</translation>
    </message>
    <message>
        <source>RPE from which easy cardio is reported as mismatched</source>
        <translation>RPE a partir del cual el cardio suave se señala como incoherente</translation>
    </message>
    <message>
        <source>RPE up to which moderate cardio is reported as mismatched</source>
        <translation>RPE hasta el cual el cardio moderado se señala como incoherente</translation>
    </message>
    <message>
        <source>RPE from which moderate cardio is reported as mismatched</source>
        <translation>RPE a partir del cual el cardio moderado se señala como incoherente</translation>
    </message>
    <message>
        <source>RPE up to which HIIT is reported as mismatched</source>
        <translation>RPE hasta el cual el HIIT se señala como incoherente</translation>
    </message>
    <message>
        <source>RPE up to which heavy strength is reported as mismatched</source>
        <translation>RPE hasta el cual la fuerza pesada se señala como incoherente</translation>
    </message>
    <message>
        <source>RPE from which light strength is reported as mismatched</source>
        <translation>RPE a partir del cual la fuerza ligera se señala como incoherente</translation>
    </message>
    <message>
        <source>Recommended gap between split cardio and lifting</source>
        <translation>Separación recomendada entre cardio y fuerza en sesiones separadas</translation>
    </message>
    <message>
        <source>Shortest moderate cardio for the short-gap note</source>
        <translation>Cardio moderado más corto para la nota de separación corta</translation>
    </message>
    <message>
        <source>Gap after intense cardio within which a beginner&apos;s lifting is flagged</source>
        <translation>Separación tras cardio intenso dentro de la cual se señala la fuerza de un principiante</translation>
    </message>
    <message>
        <source>Strength sessions in 7 days above which a beginner gets a note</source>
        <translation>Sesiones de fuerza en 7 días por encima de las cuales un principiante recibe una nota</translation>
    </message>
    <message>
        <source>Longest strength session before a beginner gets a note</source>
        <translation>Sesión de fuerza más larga antes de que un principiante reciba una nota</translation>
    </message>
    <message>
        <source>Gap under which lifting before key cardio is flagged for endurance</source>
        <translation>Separación por debajo de la cual la fuerza antes del cardio clave se señala para resistencia</translation>
    </message>
    <message>
        <source>Shortest moderate cardio that counts as a key endurance session</source>
        <translation>Cardio moderado más corto que cuenta como sesión clave de resistencia</translation>
    </message>
    <message>
        <source>Shortest cardio of any intensity that counts as a key endurance session</source>
        <translation>Cardio más corto de cualquier intensidad que cuenta como sesión clave de resistencia</translation>
    </message>
    <message>
        <source>Shortest cardio after which lifting should stay short for endurance</source>
        <translation>Cardio más corto tras el cual la fuerza debe ser breve para resistencia</translation>
    </message>
    <message>
        <source>Longest lifting after key cardio for endurance</source>
        <translation>Fuerza más larga tras el cardio clave para resistencia</translation>
    </message>
    <message>
        <source>Shortest run that counts as key cardio the day after heavy legs</source>
        <translation>Carrera más corta que cuenta como cardio clave el día después de pierna pesada</translation>
    </message>
    <message>
        <source>Longest moderate cardio right after lifting</source>
        <translation>Cardio moderado más largo justo después de la fuerza</translation>
    </message>
    <message>
        <source>Gap under which leg-loading cardio on heavy-leg day is a warning</source>
        <translation>Separación por debajo de la cual el cardio que carga las piernas en el día de pierna pesado es una advertencia</translation>
    </message>
    <message>
        <source>Shortest leg-loading cardio reported on heavy-leg day</source>
        <translation>Cardio que carga las piernas más corto señalado en el día de pierna pesado</translation>
    </message>
    <message>
        <source>Smallest gap for the HIIT-before-heavy-legs note (below: leg-day rules)</source>
        <translation>Menor separación para la nota «HIIT antes de pierna pesada» (por debajo: reglas del día de pierna)</translation>
    </message>
    <message>
        <source>Largest gap for the note after cycling, rowing, elliptical or walking HIIT</source>
        <translation>Mayor separación para la nota tras HIIT en bici, remo, elíptica o caminando</translation>
    </message>
    <message>
        <source>Largest gap for the note after running, jumping or stair HIIT</source>
        <translation>Mayor separación para la nota tras HIIT de carrera, saltos o escaleras</translation>
    </message>
    <message>
        <source>Smallest gap for the note on heavy legs before key cardio</source>
        <translation>Menor separación para la nota sobre pierna pesada antes del cardio clave</translation>
    </message>
    <message>
        <source>Largest gap for the note on heavy legs before key cardio</source>
        <translation>Mayor separación para la nota sobre pierna pesada antes del cardio clave</translation>
    </message>
    <message>
        <source>Shortest HIIT that counts for dose rules</source>
        <translation>HIIT más corto que cuenta para las reglas de dosis</translation>
    </message>
    <message>
        <source>HIIT sessions that, within the cluster span, give a warning</source>
        <translation>Sesiones de HIIT que, dentro del intervalo de agrupación, dan una advertencia</translation>
    </message>
    <message>
        <source>Span of start times within which clustered HIIT gives a warning</source>
        <translation>Intervalo de horas de inicio dentro del cual el HIIT agrupado da una advertencia</translation>
    </message>
    <message>
        <source>HIIT sessions in 7 days above which a warning is given</source>
        <translation>Sesiones de HIIT en 7 días por encima de las cuales se da una advertencia</translation>
    </message>
    <message>
        <source>Consecutive days with HIIT and heavy lifting that give a warning</source>
        <translation>Días seguidos con HIIT y fuerza pesada que dan una advertencia</translation>
    </message>
    <message>
        <source>Shortest hard cardio counted per week</source>
        <translation>Cardio intenso más corto que se cuenta por semana</translation>
    </message>
    <message>
        <source>Hard cardio sessions in 7 days above which a note is given</source>
        <translation>Sesiones de cardio intenso en 7 días por encima de las cuales se da una nota</translation>
    </message>
    <message>
        <source>Longest hard cardio session for muscle or strength goals</source>
        <translation>Sesión de cardio intenso más larga para objetivos de músculo o fuerza</translation>
    </message>
    <message>
        <source>Fewest strength sessions in 7 days without a note</source>
        <translation>Mínimo de sesiones de fuerza en 7 días sin nota</translation>
    </message>
    <message>
        <source>Strength sessions in 7 days above which, with much hard cardio, a note is given</source>
        <translation>Sesiones de fuerza en 7 días por encima de las cuales, con mucho cardio intenso, se da una nota</translation>
    </message>
    <message>
        <source>Hard cardio minutes in 7 days above which lifting volume should drop</source>
        <translation>Minutos de cardio intenso en 7 días por encima de los cuales el volumen de fuerza debería bajar</translation>
    </message>
    <message>
        <source>Strength sessions in 7 days that, with high cardio volume, give a note</source>
        <translation>Sesiones de fuerza en 7 días que, con un volumen de cardio alto, dan una nota</translation>
    </message>
    <message>
        <source>Heavy strength sessions among them that give the note</source>
        <translation>Sesiones de fuerza pesada entre ellas que dan la nota</translation>
    </message>
    <message>
        <source>Weekly moderate-equivalent minutes suggested by health guidelines</source>
        <translation>Minutos semanales equivalentes a moderada que recomiendan las guías de salud</translation>
    </message>
    <message>
        <source>MET from which cardio minutes count as moderate activity</source>
        <translation>MET a partir de los cuales los minutos de cardio cuentan como actividad moderada</translation>
    </message>
    <message>
        <source>MET from which cardio minutes count double (vigorous)</source>
        <translation>MET a partir de los cuales los minutos de cardio cuentan doble (vigorosa)</translation>
    </message>
    <message>
        <source>Length of the estimated luteal phase at the end of the cycle</source>
        <translation>Duración de la fase lútea estimada al final del ciclo</translation>
    </message>
    <message>
        <source>HRmax estimate: intercept of 208 − 0.7 × age</source>
        <translation>Estimación de la FCmáx: término independiente de 208 − 0,7 × edad</translation>
    </message>
    <message>
        <source>HRmax estimate: slope of 208 − 0.7 × age</source>
        <translation>Estimación de la FCmáx: pendiente de 208 − 0,7 × edad</translation>
    </message>
    <message>
        <source>Upper bound of easy cardio</source>
        <translation>Límite superior del cardio suave</translation>
    </message>
    <message>
        <source>Upper bound of moderate cardio (HIIT from here)</source>
        <translation>Límite superior del cardio moderado (HIIT a partir de ahí)</translation>
    </message>
    <message>
        <source>Afterburn after moderate cardio, as a share of net kcal</source>
        <translation>Efecto postcombustión tras cardio moderado, como proporción de las kcal netas</translation>
    </message>
    <message>
        <source>Afterburn after HIIT, as a share of net kcal</source>
        <translation>Efecto postcombustión tras HIIT, como proporción de las kcal netas</translation>
    </message>
    <message>
        <source>Afterburn after light strength training</source>
        <translation>Efecto postcombustión tras fuerza ligera</translation>
    </message>
    <message>
        <source>Afterburn after moderate strength training</source>
        <translation>Efecto postcombustión tras fuerza moderada</translation>
    </message>
    <message>
        <source>Afterburn after heavy strength training</source>
        <translation>Efecto postcombustión tras fuerza pesada</translation>
    </message>
    <message>
        <source>Grid to which a session moved by an auto-fix is snapped (later, never earlier)</source>
        <translation>Cuadrícula a la que se ajusta una sesión movida por una corrección automática (más tarde, nunca antes)</translation>
    </message>
    <message>
        <source>Findings of one rule shown before the rest are summarised in one finding</source>
        <translation>Hallazgos de una regla que se muestran antes de resumir el resto en un solo hallazgo</translation>
    </message>
    <message>
        <source>Later sessions each session is paired with (bounds the cost of crowded plans)</source>
        <translation>Sesiones posteriores con las que se empareja cada sesión (limita el coste de los planes llenos)</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>semanas</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>sesiones</translation>
    </message>
    <message>
        <source>findings</source>
        <translation>hallazgos</translation>
    </message>
    <message>
        <source>× net kcal</source>
        <translation>× kcal netas</translation>
    </message>
    <message>
        <source>% HRmax</source>
        <translation>% FCmáx</translation>
    </message>
    <message>
        <source>bpm/year</source>
        <translation>bpm/año</translation>
    </message>
    <message>
        <source>Weeks back whose heaviest week a rise in weekly load is measured from</source>
        <translation>Semanas hacia atrás cuya semana más cargada sirve de base para medir la subida de la carga semanal</translation>
    </message>
    <message>
        <source>Rise in weekly load above which a note is given</source>
        <translation>Subida de la carga semanal por encima de la cual se da una nota</translation>
    </message>
    <message>
        <source>Rise in weekly load above which a warning is given</source>
        <translation>Subida de la carga semanal por encima de la cual se da una advertencia</translation>
    </message>
    <message>
        <source>Smallest weekly load whose rise is judged</source>
        <translation>Carga semanal más pequeña cuya subida se evalúa</translation>
    </message>
    <message>
        <source>Weeks in a row without a lighter week before a note is given</source>
        <translation>Semanas seguidas sin una semana más ligera antes de que se dé una nota</translation>
    </message>
    <message>
        <source>Load below the mean of the weeks before at which a week counts as lighter</source>
        <translation>Carga por debajo de la media de las semanas anteriores a partir de la cual una semana cuenta como más ligera</translation>
    </message>
</context>
<context>
    <name>ordo::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
</context>
<context>
    <name>ordo::TemplateCommands</name>
    <message>
        <source>&amp;Name in the palette:</source>
        <translation>&amp;Nombre en la paleta:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Save Session as Template</source>
        <translation>Guardar sesión como plantilla</translation>
    </message>
    <message>
        <source>Saved “%1” as a template in the palette (My templates).</source>
        <translation>«%1» guardado como plantilla en la paleta (Mis plantillas).</translation>
    </message>
    <message>
        <source>Rename Template</source>
        <translation>Renombrar plantilla</translation>
    </message>
    <message>
        <source>Renamed the template “%1” to “%2”.</source>
        <translation>Plantilla «%1» renombrada a «%2».</translation>
    </message>
    <message>
        <source>Removed the template “%1”.</source>
        <translation>Plantilla «%1» eliminada.</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renombrar…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Save Session as Te&amp;mplate…</source>
        <translation>Guardar sesión como &amp;plantilla…</translation>
    </message>
</context>
<context>
    <name>ordo::ViewCommands</name>
    <message>
        <source>&amp;Week</source>
        <translation>Se&amp;mana</translation>
    </message>
    <message>
        <source>&amp;Season Overview</source>
        <translation>&amp;Resumen de la temporada</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ale&amp;jar</translation>
    </message>
    <message>
        <source>&amp;Fit Visible Hours</source>
        <translation>Ajustar a las &amp;horas visibles</translation>
    </message>
    <message>
        <source>&amp;Previous Week</source>
        <translation>Semana a&amp;nterior</translation>
    </message>
    <message>
        <source>&amp;Next Week</source>
        <translation>Semana &amp;siguiente</translation>
    </message>
    <message>
        <source>One week, hour by hour</source>
        <translation>Una semana, hora a hora</translation>
    </message>
    <message>
        <source>Every week of the plan, one row each</source>
        <translation>Todas las semanas del plan, una fila cada una</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Season</source>
        <translation>Temporada</translation>
    </message>
    <message>
        <source>Week %1 of %2</source>
        <translation>Semana %1 de %2</translation>
    </message>
    <message>
        <source>Week %1 · %2</source>
        <translation>Semana %1 · %2</translation>
    </message>
    <message>
        <source>Go to &amp;Today</source>
        <translation>&amp;Ir a hoy</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Open the week that holds today, %1</source>
        <translation>Abrir la semana que contiene hoy, %1</translation>
    </message>
    <message>
        <source>The plan has no start date: give it one in the plan inspector to see its weeks as dates</source>
        <translation>El plan no tiene fecha de inicio: asígnele una en el inspector del plan para ver sus semanas como fechas</translation>
    </message>
    <message>
        <source>Today is before the plan, which starts on %1</source>
        <translation>Hoy es anterior al plan, que empieza el %1</translation>
    </message>
    <message>
        <source>Today is after the plan, which ended on %1</source>
        <translation>Hoy es posterior al plan, que terminó el %1</translation>
    </message>
    <message>
        <source>Best-Slot &amp;Hints</source>
        <translation>Mejores hue&amp;cos</translation>
    </message>
    <message>
        <source>While you drag a session, tint the week by where it fits best</source>
        <translation>Mientras arrastras una sesión, colorea la semana según dónde encaja mejor</translation>
    </message>
</context>
<context>
    <name>ordo::WeekClipboard</name>
    <message>
        <source>Week %1, %2</source>
        <translation>Semana %1, %2</translation>
    </message>
</context>
<context>
    <name>ordo::WeekCommands</name>
    <message>
        <source>&amp;New Session…</source>
        <translation>&amp;Nueva sesión…</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Pe&amp;gar</translation>
    </message>
    <message>
        <source>Copy &amp;Week</source>
        <translation>Copiar &amp;semana</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Seleccionar t&amp;odo</translation>
    </message>
    <message>
        <source>Add a session at the selected time without dragging</source>
        <translation>Añadir una sesión a la hora elegida sin arrastrar</translation>
    </message>
    <message>
        <source>Copy every session of the selected day</source>
        <translation>Copiar todas las sesiones del día elegido</translation>
    </message>
    <message>
        <source>Copy every session of the shown week, to paste into another week</source>
        <translation>Copiar todas las sesiones de la semana mostrada para pegarlas en otra semana</translation>
    </message>
    <message>
        <source>Cop&amp;y Day</source>
        <translation>Copiar d&amp;ía</translation>
    </message>
    <message>
        <source>Make %1 Available Again This Week</source>
        <translation>Volver a hacer disponible el %1 esta semana</translation>
    </message>
    <message>
        <source>Mark %1 Not Available This Week</source>
        <translation>Marcar el %1 como no disponible esta semana</translation>
    </message>
</context>
<context>
    <name>ordo::WeekEdits</name>
    <message numerus="yes">
        <source>%1 (deletes %n sessions)</source>
        <translation>
            <numerusform>%1 (elimina %n sesión)</numerusform>
            <numerusform>%1 (elimina %n sesiones)</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy week %1 to week %2</source>
        <translation>Copiar la semana %1 a la semana %2</translation>
    </message>
    <message numerus="yes">
        <source>Copy week %1 to %n weeks</source>
        <translation>
            <numerusform>Copiar la semana %1 a %n semana</numerusform>
            <numerusform>Copiar la semana %1 a %n semanas</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicate week %1</source>
        <translation>Duplicar la semana %1</translation>
    </message>
    <message>
        <source>Duplicate weeks %1–%2</source>
        <translation>Duplicar las semanas %1–%2</translation>
    </message>
    <message numerus="yes">
        <source>Insert %n empty weeks before week 1</source>
        <translation>
            <numerusform>Insertar %n semana vacía antes de la semana 1</numerusform>
            <numerusform>Insertar %n semanas vacías antes de la semana 1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Insert %n empty weeks after week %1</source>
        <translation>
            <numerusform>Insertar %n semana vacía después de la semana %1</numerusform>
            <numerusform>Insertar %n semanas vacías después de la semana %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete week %1</source>
        <translation>Eliminar la semana %1</translation>
    </message>
    <message>
        <source>Delete weeks %1–%2</source>
        <translation>Eliminar las semanas %1–%2</translation>
    </message>
    <message>
        <source>Move week %1 up</source>
        <translation>Subir la semana %1</translation>
    </message>
    <message>
        <source>Move weeks %1–%2 up</source>
        <translation>Subir las semanas %1–%2</translation>
    </message>
    <message>
        <source>Move week %1 down</source>
        <translation>Bajar la semana %1</translation>
    </message>
    <message>
        <source>Move weeks %1–%2 down</source>
        <translation>Bajar las semanas %1–%2</translation>
    </message>
    <message>
        <source>Clear week %1</source>
        <translation>Vaciar la semana %1</translation>
    </message>
    <message>
        <source>Clear weeks %1–%2</source>
        <translation>Vaciar las semanas %1–%2</translation>
    </message>
    <message>
        <source>Clear the phase of week %1</source>
        <translation>Quitar la fase de la semana %1</translation>
    </message>
    <message>
        <source>Clear the phase of weeks %1–%2</source>
        <translation>Quitar la fase de las semanas %1–%2</translation>
    </message>
    <message>
        <source>Mark week %1 as “%2”</source>
        <translation>Marcar la semana %1 como «%2»</translation>
    </message>
    <message>
        <source>Mark weeks %1–%2 as “%3”</source>
        <translation>Marcar las semanas %1–%2 como «%3»</translation>
    </message>
    <message>
        <source>Generate a deload week after week %1 (%2 % less volume)</source>
        <translation>Generar una semana de descarga tras la semana %1 (%2 % menos de volumen)</translation>
    </message>
    <message numerus="yes">
        <source>Fill week %1 with a rotation (%n sessions)</source>
        <translation>
            <numerusform>Llenar la semana %1 con una rotación (%n sesión)</numerusform>
            <numerusform>Llenar la semana %1 con una rotación (%n sesiones)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fill weeks %1–%2 with a rotation (%n sessions)</source>
        <translation>
            <numerusform>Llenar las semanas %1–%2 con una rotación (%n sesión)</numerusform>
            <numerusform>Llenar las semanas %1–%2 con una rotación (%n sesiones)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ordo::WeekPainter</name>
    <message>
        <source>rest day</source>
        <translation>día de descanso</translation>
    </message>
    <message>
        <source>load %1</source>
        <translation>carga %1</translation>
    </message>
</context>
<context>
    <name>ordo::WeekView</name>
    <message>
        <source>Week calendar</source>
        <translation>Calendario semanal</translation>
    </message>
    <message>
        <source>Drag a session from the palette onto the week, or double-click free time.
With the keyboard: Insert adds a session; Enter adds the template chosen in the palette.</source>
        <translation>Arrastre una sesión de la paleta a la semana o haga doble clic en un hueco libre.
Con el teclado: Insert añade una sesión; Intro añade la plantilla elegida en la paleta.</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Semana %1</translation>
    </message>
</context>
<context>
    <name>ordo::WeeklyLoadChart</name>
    <message>
        <source>Strength</source>
        <translation>Fuerza</translation>
    </message>
    <message>
        <source>Cardio</source>
        <translation>Cardio</translation>
    </message>
    <message>
        <source>4-week mean</source>
        <translation>Media de 4 semanas</translation>
    </message>
    <message>
        <source>Steep rise (warning)</source>
        <translation>Fuerte subida (advertencia)</translation>
    </message>
    <message>
        <source>Steep rise (note)</source>
        <translation>Fuerte subida (nota)</translation>
    </message>
    <message>
        <source>Load (RPE × min)</source>
        <translation>Carga (RPE × min)</translation>
    </message>
    <message>
        <source>Training load per week, with the mean of the last 4 weeks</source>
        <translation>Carga de entrenamiento por semana, con la media de las últimas 4 semanas</translation>
    </message>
    <message>
        <source>Load per week</source>
        <translation>Carga por semana</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Semana %1</translation>
    </message>
    <message>
        <source>Load %1 RPE × min (strength %2, cardio %3)</source>
        <translation>Carga %1 RPE × min (fuerza %2, cardio %3)</translation>
    </message>
    <message>
        <source>Mean of the last 4 weeks: %1 RPE × min</source>
        <translation>Media de las últimas 4 semanas: %1 RPE × min</translation>
    </message>
</context>
<context>
    <name>ordo::WhenText</name>
    <message>
        <source>%1 AM</source>
        <translation>%1 a. m.</translation>
    </message>
    <message>
        <source>%1 PM</source>
        <translation>%1 p. m.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Semana %1</translation>
    </message>
</context>
<context>
    <name>ordo::WrittenNotice</name>
    <message>
        <source>Open Folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <source>Show %1 in the file manager</source>
        <translation>Mostrar %1 en el gestor de archivos</translation>
    </message>
</context>
<context>
    <name>ordo::cli</name>
    <message>
        <source>cannot write the output</source>
        <translation>no se puede escribir la salida</translation>
    </message>
    <message>
        <source>exists; add --force to replace it</source>
        <translation>ya existe; añada --force para reemplazarlo</translation>
    </message>
    <message>
        <source> (the commands are: %1)</source>
        <translation> (las órdenes son: %1)</translation>
    </message>
    <message>
        <source>no display</source>
        <translation>sin pantalla</translation>
    </message>
    <message>
        <source>set DISPLAY or WAYLAND_DISPLAY, or use a command such as &apos;ordo check&apos; (see &apos;ordo --help&apos;)</source>
        <translation>defina DISPLAY o WAYLAND_DISPLAY, o use una orden como «ordo check» (vea «ordo --help»)</translation>
    </message>
    <message>
        <source>Try &apos;ordo --help&apos;.</source>
        <translation>Pruebe «ordo --help».</translation>
    </message>
    <message>
        <source>Ordo is a weekly planner for people who combine strength training with cardio. Its desktop app places sessions on a week calendar and checks the plan while you edit it: cardio that may blunt a nearby lifting session, crowded heavy leg days, missing rest days and the weekly load. Each finding explains why and offers a fix.</source>
        <translation>Ordo es un planificador semanal para quienes combinan el entrenamiento de fuerza con el cardio. Su aplicación de escritorio coloca las sesiones en un calendario semanal y comprueba el plan mientras lo edita: cardio que puede atenuar una sesión de fuerza cercana, días de pierna pesados sobrecargados, días de descanso que faltan y la carga semanal. Cada hallazgo explica el porqué y ofrece una corrección.</translation>
    </message>
    <message>
        <source>The commands check, validate, export, templates and new do the same from scripts, without a display. Each takes --help. Options may come before or after the arguments; an option&apos;s value follows it as the next word or after =, as in --page-size=Letter; -- ends the options.</source>
        <translation>Las órdenes check, validate, export, templates y new hacen lo mismo desde scripts, sin pantalla. Todas admiten --help. Las opciones pueden ir antes o después de los argumentos; el valor de una opción la sigue como palabra siguiente o tras =, como en --page-size=Letter; -- termina las opciones.</translation>
    </message>
    <message>
        <source>A PLAN is a path to a plan file (.ordo, UTF-8 JSON), - to read the plan from standard input, or template:NAME for one of the built-in plans:</source>
        <translation>Un PLAN es la ruta de un archivo de plan (.ordo, JSON UTF-8), - para leer el plan de la entrada estándar o template:NAME para uno de los planes integrados:</translation>
    </message>
    <message>
        <source>Errors go to standard error, one line each, as ordo: FILE: WHERE: WHAT. A usage error prints ordo: WHAT and a line pointing at --help.</source>
        <translation>Los errores van a la salida de error estándar, una línea cada uno, como ordo: FILE: WHERE: WHAT. Un error de uso muestra ordo: WHAT y una línea que remite a --help.</translation>
    </message>
    <message>
        <source>The plan format, the rules and the command line are described in the documentation that comes with the source (docs/).</source>
        <translation>El formato de los planes, las reglas y la línea de órdenes se describen en la documentación que acompaña al código fuente (docs/).</translation>
    </message>
    <message>
        <source>--pdf needs an output file</source>
        <translation>--pdf necesita un archivo de salida</translation>
    </message>
    <message>
        <source>--ics needs an output file</source>
        <translation>--ics necesita un archivo de salida</translation>
    </message>
    <message>
        <source>--page-size must be A4 or Letter, not &apos;%1&apos;</source>
        <translation>--page-size debe ser A4 o Letter, no «%1»</translation>
    </message>
    <message>
        <source>--orientation must be portrait or landscape, not &apos;%1&apos;</source>
        <translation>--orientation debe ser portrait o landscape, no «%1»</translation>
    </message>
    <message>
        <source>--week needs a week number from 1</source>
        <translation>--week necesita un número de semana desde 1</translation>
    </message>
    <message>
        <source>--start-date needs a date as YYYY-MM-DD, or today</source>
        <translation>--start-date necesita una fecha en formato YYYY-MM-DD, o today</translation>
    </message>
    <message>
        <source>--weeks needs a number of weeks from 1 to 520</source>
        <translation>--weeks necesita un número de semanas de 1 a 520</translation>
    </message>
    <message>
        <source>--until needs a date as YYYY-MM-DD</source>
        <translation>--until necesita una fecha en formato YYYY-MM-DD</translation>
    </message>
    <message>
        <source>--alarm needs a number of minutes from 0 to 1440</source>
        <translation>--alarm necesita un número de minutos de 0 a 1440</translation>
    </message>
    <message>
        <source>export needs --pdf OUT.pdf or --ics OUT.ics</source>
        <translation>export necesita --pdf OUT.pdf o --ics OUT.ics</translation>
    </message>
    <message>
        <source>--pdf - and --ics - cannot both write to standard output</source>
        <translation>--pdf - y --ics - no pueden escribir ambos en la salida estándar</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the plan itself; choose another output</source>
        <translation>«%1» es el propio plan; elija otra salida</translation>
    </message>
    <message>
        <source>--pdf and --ics name the same file</source>
        <translation>--pdf y --ics indican el mismo archivo</translation>
    </message>
    <message>
        <source>--week and --all-weeks exclude each other</source>
        <translation>--week y --all-weeks se excluyen mutuamente</translation>
    </message>
    <message>
        <source>--weeks and --until exclude each other</source>
        <translation>--weeks y --until se excluyen mutuamente</translation>
    </message>
    <message>
        <source>--until must not be before --start-date</source>
        <translation>--until no debe ser anterior a --start-date</translation>
    </message>
    <message>
        <source>--start-date, --weeks, --until, --alarm and --busy-only belong to --ics</source>
        <translation>--start-date, --weeks, --until, --alarm y --busy-only van con --ics</translation>
    </message>
    <message>
        <source>could not create the PDF</source>
        <translation>no se pudo crear el PDF</translation>
    </message>
    <message>
        <source>Wrote %1 (pages: %2)</source>
        <translation>Se escribió %1 (páginas: %2)</translation>
    </message>
    <message>
        <source>sessions before the start date were left out: %1</source>
        <translation>se omitieron las sesiones anteriores a la fecha de inicio: %1</translation>
    </message>
    <message>
        <source>Wrote %1 (events: %2)</source>
        <translation>Se escribió %1 (eventos: %2)</translation>
    </message>
    <message>
        <source>Exit codes: %1.</source>
        <translation>Códigos de salida: %1.</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Uso:</translation>
    </message>
    <message>
        <source>Options of the app:</source>
        <translation>Opciones de la aplicación:</translation>
    </message>
    <message>
        <source>PLAN is a path, - for standard input, or template:NAME for a built-in plan.</source>
        <translation>PLAN es una ruta, - para la entrada estándar o template:NAME para un plan integrado.</translation>
    </message>
    <message>
        <source>Run &apos;ordo COMMAND --help&apos; for the options of a command, &apos;man ordo&apos; for the manual.</source>
        <translation>Ejecute «ordo ORDEN --help» para ver las opciones de una orden y «man ordo» para el manual.</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumentos:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opciones:</translation>
    </message>
    <message>
        <source>a plan file, - for standard input, or template:NAME for a built-in plan</source>
        <translation>un archivo de plan, - para la entrada estándar o template:NAME para un plan integrado</translation>
    </message>
    <message>
        <source>show this help and exit</source>
        <translation>mostrar esta ayuda y salir</translation>
    </message>
    <message>
        <source>write the texts in this language instead of the system&apos;s: en, de, fr or es</source>
        <translation>escribir los textos en este idioma en lugar del del sistema: en, de, fr o es</translation>
    </message>
    <message>
        <source>--lang needs one of en, de, fr or es</source>
        <translation>--lang necesita en, de, fr o es</translation>
    </message>
    <message>
        <source>open the app, optionally with a plan file</source>
        <translation>abrir la aplicación, opcionalmente con un archivo de plan</translation>
    </message>
    <message>
        <source>Without a command, Ordo starts the desktop app and opens PLAN if one is given. The app needs a display; the commands below do not.</source>
        <translation>Sin orden, Ordo inicia la aplicación de escritorio y abre PLAN si se indica. La aplicación necesita una pantalla; las órdenes de abajo, no.</translation>
    </message>
    <message>
        <source>Qt&apos;s own options, such as -platform NAME and -style NAME, are accepted too.</source>
        <translation>También se aceptan las opciones propias de Qt, como -platform NAME y -style NAME.</translation>
    </message>
    <message>
        <source>open PLAN, save a picture of the main window to FILE.png and exit (without a display, on Qt&apos;s offscreen platform)</source>
        <translation>abrir PLAN, guardar una imagen de la ventana principal en FILE.png y salir (sin pantalla, en la plataforma offscreen de Qt)</translation>
    </message>
    <message>
        <source>--screenshot needs a file name</source>
        <translation>--screenshot necesita un nombre de archivo</translation>
    </message>
    <message>
        <source>print the milliseconds to the first paint as JSON and exit (used by the benchmarks)</source>
        <translation>mostrar en JSON los milisegundos hasta el primer dibujado y salir (lo usan las pruebas de rendimiento)</translation>
    </message>
    <message>
        <source>print the version and exit</source>
        <translation>mostrar la versión y salir</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>opción desconocida %1</translation>
    </message>
    <message>
        <source>%1 takes no value</source>
        <translation>%1 no admite valor</translation>
    </message>
    <message>
        <source>more than one plan given (%1)</source>
        <translation>se indicó más de un plan (%1)</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>orden desconocida «%1»</translation>
    </message>
    <message>
        <source>analyse a plan and print its findings</source>
        <translation>analizar un plan y mostrar sus hallazgos</translation>
    </message>
    <message>
        <source>Analyses the plan and prints one line per finding, most severe first, then by time: the severity, the rule, the day, start and title of the first session it concerns, the message, the suggested fix and the related rules. A weekly summary follows (the average week for a plan of several weeks).</source>
        <translation>Analiza el plan y muestra una línea por hallazgo, primero los más graves y luego por hora: la gravedad, la regla, el día, el inicio y el título de la primera sesión afectada, el mensaje, la corrección propuesta y las reglas relacionadas. Sigue un resumen semanal (la semana media en un plan de varias semanas).</translation>
    </message>
    <message>
        <source>print one JSON object instead: the findings, every day of every week and the summary</source>
        <translation>mostrar en su lugar un objeto JSON: los hallazgos, cada día de cada semana y el resumen</translation>
    </message>
    <message>
        <source>exit 1 if a warning or critical finding remains</source>
        <translation>salir con 1 si queda una advertencia o un hallazgo crítico</translation>
    </message>
    <message>
        <source>check: unknown option %1</source>
        <translation>check: opción desconocida %1</translation>
    </message>
    <message>
        <source>check: %1 takes no value</source>
        <translation>check: %1 no admite valor</translation>
    </message>
    <message>
        <source>check: missing PLAN</source>
        <translation>check: falta PLAN</translation>
    </message>
    <message>
        <source>check: more than one plan given</source>
        <translation>check: se indicó más de un plan</translation>
    </message>
    <message>
        <source>parse and validate only</source>
        <translation>solo leer y validar</translation>
    </message>
    <message>
        <source>Reads the plan exactly as the app would and prints nothing when it is valid. An invalid plan prints every error found, up to 50, one per line.</source>
        <translation>Lee el plan exactamente como la aplicación y no muestra nada si es válido. Para un plan no válido muestra cada error encontrado, hasta 50, uno por línea.</translation>
    </message>
    <message>
        <source>validate: unknown option %1</source>
        <translation>validate: opción desconocida %1</translation>
    </message>
    <message>
        <source>validate: %1 takes no value</source>
        <translation>validate: %1 no admite valor</translation>
    </message>
    <message>
        <source>validate takes exactly one PLAN</source>
        <translation>validate admite exactamente un PLAN</translation>
    </message>
    <message>
        <source>write the plan as a PDF or as an iCalendar file</source>
        <translation>escribir el plan como PDF o como archivo iCalendar</translation>
    </message>
    <message>
        <source>write a PDF to OUT.pdf, or to standard output for -</source>
        <translation>escribir un PDF en OUT.pdf, o en la salida estándar con -</translation>
    </message>
    <message>
        <source>the PDF&apos;s paper size (default A4)</source>
        <translation>el tamaño de papel del PDF (A4 por defecto)</translation>
    </message>
    <message>
        <source>--page-size needs A4 or Letter</source>
        <translation>--page-size necesita A4 o Letter</translation>
    </message>
    <message>
        <source>the PDF&apos;s page orientation (default portrait)</source>
        <translation>la orientación de página del PDF (portrait por defecto)</translation>
    </message>
    <message>
        <source>--orientation needs portrait or landscape</source>
        <translation>--orientation necesita portrait o landscape</translation>
    </message>
    <message>
        <source>put only week N of the plan in the PDF, counting from 1</source>
        <translation>poner solo la semana N del plan en el PDF, contando desde 1</translation>
    </message>
    <message>
        <source>put every week of the plan in the PDF (the default)</source>
        <translation>poner todas las semanas del plan en el PDF (por defecto)</translation>
    </message>
    <message>
        <source>write an iCalendar file to OUT.ics, or to standard output for -</source>
        <translation>escribir un archivo iCalendar en OUT.ics, o en la salida estándar con -</translation>
    </message>
    <message>
        <source>repeat a repeating plan for N weeks, 1 to 520 (default 12)</source>
        <translation>repetir un plan repetitivo durante N semanas, de 1 a 520 (12 por defecto)</translation>
    </message>
    <message>
        <source>repeat a repeating plan until this day instead</source>
        <translation>repetir un plan repetitivo hasta este día en su lugar</translation>
    </message>
    <message>
        <source>remind MIN minutes before every session, 0 (at the start) to 1440</source>
        <translation>recordar MIN minutos antes de cada sesión, de 0 (al empezar) a 1440</translation>
    </message>
    <message>
        <source>only busy time, for a work or shared calendar: every session is titled Training, with no details</source>
        <translation>solo el tiempo ocupado, para un calendario de trabajo o compartido: cada sesión se titula Entrenamiento, sin detalles</translation>
    </message>
    <message>
        <source>export: unknown option &apos;%1&apos;</source>
        <translation>export: opción desconocida «%1»</translation>
    </message>
    <message>
        <source>export: %1 takes no value</source>
        <translation>export: %1 no admite valor</translation>
    </message>
    <message>
        <source>export needs a PLAN</source>
        <translation>export necesita un PLAN</translation>
    </message>
    <message>
        <source>export takes one PLAN, got another: &apos;%1&apos;</source>
        <translation>export admite un PLAN y recibió otro: «%1»</translation>
    </message>
    <message>
        <source>list the built-in plans</source>
        <translation>listar los planes integrados</translation>
    </message>
    <message>
        <source>Prints one line per built-in plan and nothing else: its NAME (usable as template:NAME and with ordo new), a tab, and its title.</source>
        <translation>Muestra una línea por plan integrado y nada más: su NAME (utilizable como template:NAME y con ordo new), un tabulador y su título.</translation>
    </message>
    <message>
        <source>templates: unknown option %1</source>
        <translation>templates: opción desconocida %1</translation>
    </message>
    <message>
        <source>templates: %1 takes no value</source>
        <translation>templates: %1 no admite valor</translation>
    </message>
    <message>
        <source>templates takes no arguments</source>
        <translation>templates no admite argumentos</translation>
    </message>
    <message>
        <source>write a built-in plan to a file</source>
        <translation>escribir un plan integrado en un archivo</translation>
    </message>
    <message>
        <source>Writes the built-in plan TEMPLATE, a NAME that ordo templates lists (with or without template:), to the file OUT.ordo, to edit it from there. An existing OUT.ordo is kept unless --force is given.</source>
        <translation>Escribe el plan integrado TEMPLATE, un NAME que lista ordo templates (con o sin template:), en el archivo OUT.ordo para editarlo desde ahí. Un OUT.ordo existente se conserva salvo con --force.</translation>
    </message>
    <message>
        <source>the NAME of a built-in plan</source>
        <translation>el NAME de un plan integrado</translation>
    </message>
    <message>
        <source>the plan file to write</source>
        <translation>el archivo de plan que se escribe</translation>
    </message>
    <message>
        <source>replace OUT.ordo if it exists</source>
        <translation>reemplazar OUT.ordo si existe</translation>
    </message>
    <message>
        <source>new: unknown option %1</source>
        <translation>new: opción desconocida %1</translation>
    </message>
    <message>
        <source>new: %1 takes no value</source>
        <translation>new: %1 no admite valor</translation>
    </message>
    <message>
        <source>new takes TEMPLATE and OUT.ordo</source>
        <translation>new admite TEMPLATE y OUT.ordo</translation>
    </message>
    <message>
        <source>show the help of the app or of a command</source>
        <translation>mostrar la ayuda de la aplicación o de una orden</translation>
    </message>
    <message>
        <source>The same as ordo --help, or as ordo COMMAND --help.</source>
        <translation>Lo mismo que ordo --help o que ordo COMMAND --help.</translation>
    </message>
    <message>
        <source>help: unknown option %1</source>
        <translation>help: opción desconocida %1</translation>
    </message>
    <message>
        <source>help: %1 takes no value</source>
        <translation>help: %1 no admite valor</translation>
    </message>
    <message>
        <source>help: no command named &apos;%1&apos;</source>
        <translation>help: no hay ninguna orden llamada «%1»</translation>
    </message>
    <message>
        <source>0 done</source>
        <translation>0 hecho</translation>
    </message>
    <message>
        <source>Done. For check: the analysis ran, whatever it found.</source>
        <translation>Hecho. Para check: el análisis se ejecutó, encontrara lo que encontrara.</translation>
    </message>
    <message>
        <source>2 usage error</source>
        <translation>2 error de uso</translation>
    </message>
    <message>
        <source>Usage error: an unknown option, a missing or extra argument, a bad value, or options that exclude each other. Nothing was read or written.</source>
        <translation>Error de uso: una opción desconocida, un argumento que falta o sobra, un valor incorrecto u opciones que se excluyen. No se leyó ni escribió nada.</translation>
    </message>
    <message>
        <source>3 plan unreadable or invalid</source>
        <translation>3 plan ilegible o no válido</translation>
    </message>
    <message>
        <source>The plan could not be read or is invalid; each error line says where.</source>
        <translation>No se pudo leer el plan o no es válido; cada línea de error indica dónde.</translation>
    </message>
    <message>
        <source>4 output could not be written</source>
        <translation>4 no se pudo escribir la salida</translation>
    </message>
    <message>
        <source>The output could not be written: the disk is full, the folder is not writable, standard output is closed or full, the target is not a regular file, or it exists and ordo new was not given --force. An existing file is left as it was.</source>
        <translation>No se pudo escribir la salida: el disco está lleno, la carpeta no admite escritura, la salida estándar está cerrada o llena, el destino no es un archivo normal, o ya existe y ordo new no recibió --force. Un archivo existente queda como estaba.</translation>
    </message>
    <message>
        <source>The display the app opens its window on. Without either, and without QT_QPA_PLATFORM, the app exits with status 1; the commands need neither.</source>
        <translation>La pantalla en la que la aplicación abre su ventana. Sin ninguna de las dos y sin QT_QPA_PLATFORM, la aplicación sale con el estado 1; las órdenes no necesitan ninguna.</translation>
    </message>
    <message>
        <source>Qt&apos;s window system plug-in. export and --screenshot use offscreen when it is unset and there is no display.</source>
        <translation>El complemento de sistema de ventanas de Qt. export y --screenshot usan offscreen si no está definido y no hay pantalla.</translation>
    </message>
    <message>
        <source>The language of the texts (English, German, French or Spanish; --lang and the app&apos;s Language preference override it) and the local conventions of dates and numbers.</source>
        <translation>El idioma de los textos (inglés, alemán, francés o español; --lang y la preferencia Idioma de la aplicación lo sustituyen) y las convenciones locales de fechas y números.</translation>
    </message>
    <message>
        <source>Where the settings are kept (default ~/.config).</source>
        <translation>Dónde se guardan los ajustes (~/.config por defecto).</translation>
    </message>
    <message>
        <source>Where autosaved plans are kept (default ~/.local/share).</source>
        <translation>Dónde se guardan los planes autoguardados (~/.local/share por defecto).</translation>
    </message>
    <message>
        <source>The app&apos;s settings: preferences, recent files, window layout and your own session templates.</source>
        <translation>Los ajustes de la aplicación: preferencias, archivos recientes, disposición de ventanas y sus propias plantillas de sesión.</translation>
    </message>
    <message>
        <source>Unsaved changes, written every 30 seconds and removed when the plan is saved or closed; after a crash the next start offers to restore them.</source>
        <translation>Los cambios sin guardar, escritos cada 30 segundos y eliminados al guardar o cerrar el plan; tras un fallo, el siguiente inicio ofrece restaurarlos.</translation>
    </message>
    <message>
        <source>Plan files: UTF-8 JSON of the MIME type application/x-ordo-plan, at most 4 MiB.</source>
        <translation>Archivos de plan: JSON UTF-8 del tipo MIME application/x-ordo-plan, de 4 MiB como máximo.</translation>
    </message>
    <message>
        <source>List the built-in plans.</source>
        <translation>Listar los planes integrados.</translation>
    </message>
    <message>
        <source>Analyse a built-in plan; exit 1 if it has a warning or critical finding.</source>
        <translation>Analizar un plan integrado; salir con 1 si tiene una advertencia o un hallazgo crítico.</translation>
    </message>
    <message>
        <source>Print the rule of every finding with jq.</source>
        <translation>Mostrar la regla de cada hallazgo con jq.</translation>
    </message>
    <message>
        <source>Start your own plan from a built-in one.</source>
        <translation>Empezar su propio plan a partir de uno integrado.</translation>
    </message>
    <message>
        <source>Write week 2 as a PDF on US Letter paper.</source>
        <translation>Escribir la semana 2 como PDF en papel US Letter.</translation>
    </message>
    <message>
        <source>Write the plan as calendar events from 5 January 2026 to standard output.</source>
        <translation>Escribir el plan como eventos de calendario desde el 5 de enero de 2026 en la salida estándar.</translation>
    </message>
    <message>
        <source>Write only busy time from today on, for a work calendar.</source>
        <translation>Escribir solo el tiempo ocupado desde hoy, para un calendario de trabajo.</translation>
    </message>
    <message>
        <source>--week %1: the plan&apos;s last week is %2</source>
        <translation>--week %1: la última semana del plan es la %2</translation>
    </message>
    <message>
        <source>the plan has no anchor date (&quot;anchorDate&quot;, the Monday of its first week), so calendar dates cannot be placed on its weeks</source>
        <translation>el plan no tiene fecha de referencia («anchorDate», el lunes de su primera semana), así que las fechas del calendario no se pueden situar en sus semanas</translation>
    </message>
    <message>
        <source>  %1: %2 → %3</source>
        <translation>  %1: %2 → %3</translation>
    </message>
    <message>
        <source>Score: %1 → %2</source>
        <translation>Puntuación: %1 → %2</translation>
    </message>
    <message>
        <source>Why it remains: %1</source>
        <translation>Por qué queda: %1</translation>
    </message>
    <message>
        <source>arrange: --week and --all exclude each other</source>
        <translation>arrange: --week y --all se excluyen</translation>
    </message>
    <message>
        <source>--seed needs a whole number from 0 to 4294967295</source>
        <translation>--seed necesita un número entero de 0 a 4294967295</translation>
    </message>
    <message>
        <source>-o needs an output file</source>
        <translation>-o necesita un archivo de salida</translation>
    </message>
    <message>
        <source>arrange: --dry-run and -o exclude each other</source>
        <translation>arrange: --dry-run y -o se excluyen</translation>
    </message>
    <message numerus="yes">
        <source>the plan has %n weeks; there is no week %1</source>
        <translation>
            <numerusform>el plan tiene %n semana; no hay semana %1</numerusform>
            <numerusform>el plan tiene %n semanas; no hay semana %1</numerusform>
        </translation>
    </message>
    <message>
        <source>move sessions to better times</source>
        <translation>mover sesiones a mejores horas</translation>
    </message>
    <message>
        <source>Moves sessions to the times where the analysis finds the least wrong with the week: every critical finding costs 100, a warning 10, an info 1, a session outside the available times 1,000, and each minute and day a session moves a little, so the plan stays close to yours. Locked sessions stay, a warm-up or cool-down moves with its lift, sessions stay in their week, and durations, kinds and intensities never change. The same plan and seed give the same result. Without -o, --dry-run or --json the arranged plan goes to standard output and what remains to standard error.</source>
        <translation>Mueve las sesiones a las horas en que el análisis encuentra menos problemas en la semana: cada hallazgo crítico cuesta 100, una advertencia 10, una info 1, una sesión fuera de la disponibilidad 1.000, y cada minuto y cada día que se mueve una sesión un poco, para que el plan se parezca al suyo. Las sesiones fijadas se quedan, un calentamiento o una vuelta a la calma se mueve con su sesión de fuerza, las sesiones se quedan en su semana, y la duración, el tipo y la intensidad nunca cambian. El mismo plan con la misma semilla da el mismo resultado. Sin -o, --dry-run ni --json, el plan organizado va a la salida estándar y lo que queda a la salida de error.</translation>
    </message>
    <message>
        <source>treat the events of an iCalendar file as busy time (the plan needs an anchor date)</source>
        <translation>tratar los eventos de un archivo iCalendar como tiempo ocupado (el plan necesita una fecha de referencia)</translation>
    </message>
    <message>
        <source>--busy needs an iCalendar file</source>
        <translation>--busy necesita un archivo iCalendar</translation>
    </message>
    <message>
        <source>arrange only week N, counting from 1</source>
        <translation>organizar solo la semana N, contando desde 1</translation>
    </message>
    <message>
        <source>arrange every week (the default)</source>
        <translation>organizar todas las semanas (predeterminado)</translation>
    </message>
    <message>
        <source>the seed of the search order (default 1)</source>
        <translation>la semilla del orden de búsqueda (1 por defecto)</translation>
    </message>
    <message>
        <source>move sessions only within their day</source>
        <translation>mover las sesiones solo dentro de su día</translation>
    </message>
    <message>
        <source>move sessions only to days that already have training</source>
        <translation>mover las sesiones solo a días que ya tienen entrenamiento</translation>
    </message>
    <message>
        <source>write the arranged plan to OUT.ordo, or to standard output for -</source>
        <translation>escribir el plan organizado en OUT.ordo, o en la salida estándar con -</translation>
    </message>
    <message>
        <source>print the moves, write nothing</source>
        <translation>mostrar los movimientos, no escribir nada</translation>
    </message>
    <message>
        <source>print the moves, the scores and what remains as JSON</source>
        <translation>mostrar los movimientos, las puntuaciones y lo que queda como JSON</translation>
    </message>
    <message>
        <source>arrange: unknown option %1</source>
        <translation>arrange: opción desconocida %1</translation>
    </message>
    <message>
        <source>arrange: %1 takes no value</source>
        <translation>arrange: %1 no admite valor</translation>
    </message>
    <message>
        <source>arrange: missing PLAN</source>
        <translation>arrange: falta PLAN</translation>
    </message>
    <message>
        <source>arrange: more than one plan given</source>
        <translation>arrange: se dio más de un plan</translation>
    </message>
    <message>
        <source>a command: check, validate, export, arrange, templates or new</source>
        <translation>una orden: check, validate, export, arrange, templates o new</translation>
    </message>
    <message>
        <source>1 warnings remain</source>
        <translation>1 quedan advertencias</translation>
    </message>
    <message>
        <source>Move the sessions of week 2 around the events of a work calendar.</source>
        <translation>Mover las sesiones de la semana 2 alrededor de los eventos de un calendario de trabajo.</translation>
    </message>
    <message>
        <source>the calendar&apos;s first day, or today; with --ics, needed when the plan has no start date</source>
        <translation>el primer día del calendario, o today; con --ics, obligatorio si el plan no tiene fecha de inicio</translation>
    </message>
    <message>
        <source>--ics needs --start-date YYYY-MM-DD: the plan has no start date</source>
        <translation>--ics necesita --start-date YYYY-MM-DD: el plan no tiene fecha de inicio</translation>
    </message>
    <message>
        <source>--until must not be before the plan&apos;s start date</source>
        <translation>--until no debe ser anterior a la fecha de inicio del plan</translation>
    </message>
    <message>
        <source>the plan would hold more than %1 busy times</source>
        <translation>el plan tendría más de %1 horas ocupadas</translation>
    </message>
    <message>
        <source>--pdf writes a vector PDF: a season page for a plan of two weeks or more, one grid page per week, the findings, then the charts. --ics writes an RFC 5545 calendar: a repeating plan becomes weekly recurring events, a one-off plan dated events; week 1 starts on the Monday on or before the start date. Times are floating wall-clock times, the same in every time zone. Exporting the same plan from the same start date again gives the same event UIDs, so a calendar updates the events instead of adding them twice. Both may be given at once. Export draws on Qt&apos;s offscreen platform unless QT_QPA_PLATFORM chooses another, so it needs no display.</source>
        <translation>--pdf escribe un PDF vectorial: una página de temporada para un plan de dos semanas o más, una página de cuadrícula por semana, los hallazgos y después los gráficos. --ics escribe un calendario RFC 5545: un plan repetitivo se convierte en eventos semanales recurrentes y un plan único en eventos con fecha; la semana 1 empieza el lunes que coincide con la fecha de inicio o la precede. Las horas son horas de reloj flotantes, iguales en todas las zonas horarias. Exportar de nuevo el mismo plan desde la misma fecha de inicio da los mismos UID de evento, así que un calendario actualiza los eventos en lugar de duplicarlos. Se pueden indicar ambas a la vez. La exportación dibuja en la plataforma offscreen de Qt salvo que QT_QPA_PLATFORM elija otra, así que no necesita pantalla.</translation>
    </message>
    <message>
        <source>check: --compare and --strict exclude each other</source>
        <translation>check: --compare y --strict se excluyen</translation>
    </message>
    <message>
        <source>With --compare A, compares PLAN with the plan A instead: the findings PLAN adds and the ones it removes, then the weekly totals of both.</source>
        <translation>Con --compare A, compara en su lugar PLAN con el plan A: los hallazgos que PLAN añade y los que elimina, y luego los totales semanales de ambos.</translation>
    </message>
    <message>
        <source>compare PLAN with the plan A; exit 1 if PLAN adds a warning or critical finding</source>
        <translation>comparar PLAN con el plan A; código de salida 1 si PLAN añade una advertencia o un hallazgo crítico</translation>
    </message>
    <message>
        <source>--compare needs the plan to compare with</source>
        <translation>--compare necesita el plan con el que comparar</translation>
    </message>
    <message>
        <source>check --strict: at least one finding of severity warning or critical remains. check --compare: the second plan adds a finding of severity warning or critical. arrange: warnings or critical findings remain that arranging cannot clear; each is printed with the reason. The app with --screenshot or --measure-startup: the plan could not be opened or the picture not written; without those options: there is no display.</source>
        <translation>check --strict: queda al menos un hallazgo de gravedad advertencia o crítico. check --compare: el segundo plan añade un hallazgo de gravedad advertencia o crítico. arrange: quedan advertencias o hallazgos críticos que la organización no puede resolver; cada uno se muestra con el motivo. La aplicación con --screenshot o --measure-startup: no se pudo abrir el plan o no se pudo escribir la imagen; sin esas opciones: no hay pantalla.</translation>
    </message>
</context>
</TS>
