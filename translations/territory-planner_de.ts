<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Classification</name>
    <message>
        <source>Quantiles</source>
        <translation>Quantile</translation>
    </message>
    <message>
        <source>Equal intervals</source>
        <translation>Gleiche Intervalle</translation>
    </message>
    <message>
        <source>Natural breaks (Jenks)</source>
        <translation>Natürliche Grenzen (Jenks)</translation>
    </message>
</context>
<context>
    <name>ColorRamp</name>
    <message>
        <source>Yellow–blue</source>
        <translation>Gelb–Blau</translation>
    </message>
    <message>
        <source>Oranges</source>
        <translation>Orangetöne</translation>
    </message>
    <message>
        <source>Purples</source>
        <translation>Violetttöne</translation>
    </message>
    <message>
        <source>Red–blue ±</source>
        <translation>Rot–Blau ±</translation>
    </message>
    <message>
        <source>Orange–purple ±</source>
        <translation>Orange–Violett ±</translation>
    </message>
</context>
<context>
    <name>ProjectSession</name>
    <message>
        <source>There is no team %1 in this project.</source>
        <translation>In diesem Projekt gibt es kein Team %1.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Balance Bar</source>
        <translation>Balkenleiste</translation>
    </message>
</context>
<context>
    <name>TeamEditor</name>
    <message>
        <source>A team needs a name.</source>
        <translation>Ein Team braucht einen Namen.</translation>
    </message>
    <message>
        <source>There is already a team called %1.</source>
        <translation>Es gibt bereits ein Team namens %1.</translation>
    </message>
    <message>
        <source>Created team %1 (%2): %3</source>
        <translation>Team %1 (%2) angelegt: %3</translation>
    </message>
    <message>
        <source>There is no team %1 in this project.</source>
        <translation>In diesem Projekt gibt es kein Team %1.</translation>
    </message>
    <message>
        <source>Team %1 renamed to %2</source>
        <translation>Team %1 in %2 umbenannt</translation>
    </message>
    <message>
        <source>There is no account %1 in this project.</source>
        <translation>In diesem Projekt gibt es keinen Kunden %1.</translation>
    </message>
    <message numerus="yes">
        <source>Team %1 (%2) covers: %3; %n account(s) added by hand</source>
        <translation>
            <numerusform>Team %1 (%2) umfasst: %3; %n Kunde von Hand hinzugefügt</numerusform>
            <numerusform>Team %1 (%2) umfasst: %3; %n Kunden von Hand hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n excluded</source>
        <translation>
            <numerusform>, %n ausgeschlossen</numerusform>
            <numerusform>, %n ausgeschlossen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is the only team; a project keeps at least one.</source>
        <translation>%1 ist das einzige Team; ein Projekt behält mindestens eines.</translation>
    </message>
    <message>
        <source>Deleted team %1</source>
        <translation>Team %1 gelöscht</translation>
    </message>
</context>
<context>
    <name>UnitThemeValues</name>
    <message>
        <source>%1 per km²</source>
        <translation>%1 je km²</translation>
    </message>
    <message>
        <source>Penetration (revenue / potential)</source>
        <translation>Durchdringung (Umsatz / Potenzial)</translation>
    </message>
    <message>
        <source>Coverage (workload / rep capacity)</source>
        <translation>Auslastung (Aufwand / Kapazität des Vertrieblers)</translation>
    </message>
    <message>
        <source>Change in territory %1</source>
        <translation>Änderung im Gebiet: %1</translation>
    </message>
    <message>
        <source>Unknown measure &quot;%1&quot; (known: %2; or penetration, coverage, density:MEASURE, change:MEASURE)</source>
        <translation>Unbekannte Kennzahl „%1“ (bekannt: %2; oder penetration, coverage, density:KENNZAHL, change:KENNZAHL)</translation>
    </message>
</context>
<context>
    <name>tp::AccountRule</name>
    <message>
        <source>Unknown combination &quot;%1&quot; (and, or).</source>
        <translation>Unbekannte Verknüpfung „%1“ (and, or).</translation>
    </message>
    <message>
        <source>A condition names no field.</source>
        <translation>Eine Bedingung nennt kein Feld.</translation>
    </message>
    <message>
        <source>The range of %1 needs two numbers, the smaller first.</source>
        <translation>Der Bereich von %1 braucht zwei Zahlen, die kleinere zuerst.</translation>
    </message>
    <message>
        <source>Unknown condition &quot;%1&quot; (equals, in, range).</source>
        <translation>Unbekannte Bedingung „%1“ (equals, in, range).</translation>
    </message>
    <message>
        <source>A condition must start with a field name (segment, industry, tier, a column).</source>
        <translation>Eine Bedingung muss mit einem Feldnamen beginnen (segment, industry, tier, eine Spalte).</translation>
    </message>
    <message>
        <source>%1: say = value, in values or between low and high.</source>
        <translation>%1: schreiben Sie = Wert, in Werte oder between niedrig and hoch.</translation>
    </message>
    <message>
        <source>%1 = needs a value.</source>
        <translation>%1 = braucht einen Wert.</translation>
    </message>
    <message>
        <source>%1 in needs values separated by commas.</source>
        <translation>%1 in braucht durch Kommas getrennte Werte.</translation>
    </message>
    <message>
        <source>%1 between needs two numbers: between 10 and 20.</source>
        <translation>%1 between braucht zwei Zahlen: between 10 and 20.</translation>
    </message>
    <message>
        <source>%1 between: the smaller number comes first.</source>
        <translation>%1 between: die kleinere Zahl kommt zuerst.</translation>
    </message>
    <message>
        <source>Expected and or or after the condition on %1.</source>
        <translation>Nach der Bedingung zu %1 wird and oder or erwartet.</translation>
    </message>
    <message>
        <source>A rule combines its conditions either all with and or all with or.</source>
        <translation>Eine Regel verknüpft ihre Bedingungen entweder alle mit and oder alle mit or.</translation>
    </message>
    <message>
        <source>A quote (&quot;) is not closed.</source>
        <translation>Ein Anführungszeichen (&quot;) ist nicht geschlossen.</translation>
    </message>
</context>
<context>
    <name>tp::MeasureDefinition</name>
    <message>
        <source>Accounts</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Revenue potential</source>
        <translation>Umsatzpotenzial</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Workload hours</source>
        <translation>Arbeitsstunden</translation>
    </message>
</context>
<context>
    <name>tp::MetricsTable</name>
    <message>
        <source>Territory</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Vertriebler</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>Potenzial</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Workload h</source>
        <translation>Aufwand h</translation>
    </message>
    <message>
        <source>Capacity %</source>
        <translation>Auslastung %</translation>
    </message>
    <message>
        <source>Dev. %</source>
        <translation>Abw. %</translation>
    </message>
    <message>
        <source>Compact.</source>
        <translation>Kompakth.</translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation>Teile</translation>
    </message>
    <message>
        <source>Travel km</source>
        <translation>Anfahrt km</translation>
    </message>
    <message numerus="yes">
        <source>Total (%n territories)</source>
        <translation>
            <numerusform>Summe (%n Gebiet)</numerusform>
            <numerusform>Summe (%n Gebiete)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n territories in several pieces</source>
        <translation>
            <numerusform>%n Gebiet in mehreren Teilen</numerusform>
            <numerusform>%n Gebiete in mehreren Teilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accounts unassigned</source>
        <translation>
            <numerusform>%n Kunde nicht zugeordnet</numerusform>
            <numerusform>%n Kunden nicht zugeordnet</numerusform>
        </translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>Attain. %</source>
        <translation>Zielerr. %</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <source>Vacant</source>
        <translation>Unbesetzt</translation>
    </message>
    <message>
        <source>targets by rep capacity</source>
        <translation>Ziele nach Kapazität der Vertriebler</translation>
    </message>
    <message>
        <source>%1: spread (max − min) of value / target %2</source>
        <translation>%1: Spannweite (Max − Min) von Wert / Ziel %2</translation>
    </message>
    <message>
        <source>%1: spread (max − min) / mean %2</source>
        <translation>%1: Spannweite (Max − Min) / Mittelwert %2</translation>
    </message>
    <message>
        <source>%1 of %2 within ±%3 %</source>
        <translation>%1 von %2 innerhalb ±%3 %</translation>
    </message>
    <message>
        <source>CV %1</source>
        <translation>VK %1</translation>
    </message>
</context>
<context>
    <name>tp::ParentLinks</name>
    <message>
        <source>The territory &quot;%1&quot; was its own parent or ancestor; it is shown at the top level.</source>
        <translation>Das Gebiet „%1“ war sein eigenes Eltern- oder Vorgängergebiet; es wird auf oberster Ebene gezeigt.</translation>
    </message>
    <message>
        <source>The scenario &quot;%1&quot; was its own parent or ancestor; it is shown as an original.</source>
        <translation>Das Szenario „%1“ war sein eigener Ursprung; es wird als Original gezeigt.</translation>
    </message>
</context>
<context>
    <name>tp::QuotaAllocator</name>
    <message>
        <source>The target and the rounding step must be numbers of zero or more, the weight of potential between 0 and 1.</source>
        <translation>Das Ziel und die Rundungsstufe müssen Zahlen von null oder mehr sein, die Gewichtung des Potenzials zwischen 0 und 1.</translation>
    </message>
    <message>
        <source>The locked quotas (%1) add up to more than the target (%2).</source>
        <translation>Die gesperrten Quoten (%1) ergeben zusammen mehr als das Ziel (%2).</translation>
    </message>
    <message>
        <source>Every quota is locked, so %1 of the target has nowhere to go.</source>
        <translation>Alle Quoten sind gesperrt, daher kann %1 des Ziels nirgends verteilt werden.</translation>
    </message>
</context>
<context>
    <name>tp::ThematicMap</name>
    <message>
        <source>%1 · 1 class</source>
        <translation>%1 · 1 Klasse</translation>
    </message>
    <message>
        <source>%1 · %2 classes</source>
        <translation>%1 · %2 Klassen</translation>
    </message>
    <message>
        <source>%1 vs. %2 · %3</source>
        <translation>%1 gegenüber %2 · %3</translation>
    </message>
    <message>
        <source>No other scenario to compare with</source>
        <translation>Kein anderes Szenario zum Vergleich</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
</context>
<context>
    <name>tp::ThematicMap::Options</name>
    <message>
        <source>Unknown classification &quot;%1&quot; (jenks, quantiles or equal)</source>
        <translation>Unbekannte Klasseneinteilung „%1“ (jenks, quantiles oder equal)</translation>
    </message>
    <message>
        <source>The number of classes must be 3 to 9, not &quot;%1&quot;</source>
        <translation>Die Zahl der Klassen muss 3 bis 9 sein, nicht „%1“</translation>
    </message>
    <message>
        <source>Unknown colour ramp &quot;%1&quot; (%2)</source>
        <translation>Unbekannte Farbskala „%1“ (%2)</translation>
    </message>
    <message>
        <source>Too many parts in &quot;%1&quot; (FIGURE[:METHOD[:CLASSES[:RAMP]]])</source>
        <translation>Zu viele Teile in „%1“ (FIGUR[:METHODE[:KLASSEN[:SKALA]]])</translation>
    </message>
</context>
<context>
    <name>tp::WhiteSpaceFinder</name>
    <message>
        <source>unassigned</source>
        <translation>ohne Gebiet</translation>
    </message>
    <message>
        <source>low penetration</source>
        <translation>geringe Durchdringung</translation>
    </message>
    <message>
        <source>far from rep</source>
        <translation>weit vom Vertriebler</translation>
    </message>
    <message>
        <source>county</source>
        <translation>County</translation>
    </message>
    <message>
        <source>state</source>
        <translation>Bundesstaat</translation>
    </message>
    <message>
        <source>region</source>
        <translation>Region</translation>
    </message>
</context>
<context>
    <name>tp::WorkloadRule</name>
    <message>
        <source>Every %1 needs a name.</source>
        <translation>%1: Jeder Eintrag braucht einen Namen.</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is listed twice.</source>
        <translation>%1 „%2“ ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>The value of %1 &quot;%2&quot; must be a number of zero or more.</source>
        <translation>Der Wert für %1 „%2“ muss eine Zahl größer oder gleich null sein.</translation>
    </message>
    <message>
        <source>tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>The values for other tiers and segments must be numbers of zero or more.</source>
        <translation>Die Werte für andere Stufen und Segmente müssen Zahlen größer oder gleich null sein.</translation>
    </message>
    <message>
        <source>other %1</source>
        <translation>%1 (sonstige)</translation>
    </message>
    <message>
        <source>%1 visits a year × %2 hours a visit</source>
        <translation>%1 Besuche pro Jahr × %2 Stunden pro Besuch</translation>
    </message>
</context>
<context>
    <name>tp::WorkloadSource</name>
    <message>
        <source>from tiers for %1 accounts (%2)</source>
        <translation>aus Stufen für %1 Kunden (%2)</translation>
    </message>
    <message>
        <source>given by the imported file for %1 accounts</source>
        <translation>aus der importierten Datei für %1 Kunden</translation>
    </message>
    <message>
        <source>from the file&apos;s column “%1” for %2 accounts</source>
        <translation>aus der Dateispalte „%1“ für %2 Kunden</translation>
    </message>
    <message>
        <source>Workload: %1</source>
        <translation>Arbeitsaufwand: %1</translation>
    </message>
    <message>
        <source>from tiers for %1 accounts</source>
        <translation>aus Stufen für %1 Kunden</translation>
    </message>
</context>
<context>
    <name>tp::io::AccountImporter</name>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was read.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts gelesen.</translation>
    </message>
</context>
<context>
    <name>tp::io::AccountSheetExporter</name>
    <message>
        <source>External id</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>Unit code</source>
        <translation>Flächencode</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Vertriebler</translation>
    </message>
    <message>
        <source>Previous territory</source>
        <translation>Bisheriges Gebiet</translation>
    </message>
    <message>
        <source>Previous rep</source>
        <translation>Bisheriger Vertriebler</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <source>No rep</source>
        <translation>Kein Vertriebler</translation>
    </message>
    <message>
        <source>CRM owners</source>
        <translation>CRM-Besitzer</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>Territory (%1)</source>
        <translation>Gebiet (%1)</translation>
    </message>
    <message>
        <source>Rep (%1)</source>
        <translation>Vertriebler (%1)</translation>
    </message>
    <message>
        <source>Owner (%1)</source>
        <translation>Zuständig (%1)</translation>
    </message>
</context>
<context>
    <name>tp::io::ChangeListExporter</name>
    <message>
        <source>Handoffs</source>
        <translation>Übergaben</translation>
    </message>
    <message>
        <source>Losing rep</source>
        <translation>Abgebender Vertriebler</translation>
    </message>
    <message>
        <source>Gaining rep</source>
        <translation>Übernehmender Vertriebler</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Previous territory</source>
        <translation>Bisheriges Gebiet</translation>
    </message>
    <message>
        <source>New territory</source>
        <translation>Neues Gebiet</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>Unit code</source>
        <translation>Flächencode</translation>
    </message>
    <message>
        <source>A change list needs a baseline scenario to compare with.</source>
        <translation>Eine Änderungsliste braucht ein Basisszenario zum Vergleich.</translation>
    </message>
</context>
<context>
    <name>tp::io::ColumnMapping</name>
    <message>
        <source>External id</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Längengrad</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Breitengrad</translation>
    </message>
    <message>
        <source>Revenue potential</source>
        <translation>Umsatzpotenzial</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Workload hours</source>
        <translation>Arbeitsstunden</translation>
    </message>
    <message>
        <source>No location columns: choose longitude and latitude or a postal code, else every row is rejected.</source>
        <translation>Keine Ortsspalten: Wählen Sie Längen- und Breitengrad oder eine Postleitzahl, sonst wird jede Zeile abgelehnt.</translation>
    </message>
    <message>
        <source>No longitude/latitude columns: accounts are placed at their postal code&apos;s centre.</source>
        <translation>Keine Spalten für Längen-/Breitengrad: Kunden werden auf den Mittelpunkt ihrer Postleitzahl gesetzt.</translation>
    </message>
    <message>
        <source>No id column: ids are made from line numbers, so a later import matches accounts by line.</source>
        <translation>Keine ID-Spalte: IDs werden aus Zeilennummern gebildet, daher ordnet ein späterer Import Kunden nach Zeile zu.</translation>
    </message>
    <message>
        <source>No name column: accounts will have no names.</source>
        <translation>Keine Namensspalte: Kunden erhalten keine Namen.</translation>
    </message>
    <message>
        <source>No potential column: Potential will be 0 for every account.</source>
        <translation>Keine Potenzialspalte: Das Potenzial ist bei jedem Kunden 0.</translation>
    </message>
    <message>
        <source>No revenue column: Revenue will be 0 for every account.</source>
        <translation>Keine Umsatzspalte: Der Umsatz ist bei jedem Kunden 0.</translation>
    </message>
    <message>
        <source>No pipeline column: Pipeline will be 0 for every account.</source>
        <translation>Keine Pipelinespalte: Die Pipeline ist bei jedem Kunden 0.</translation>
    </message>
    <message>
        <source>No workload column: workload comes from the tier rule (visits per year × hours per visit).</source>
        <translation>Keine Aufwandsspalte: Der Aufwand ergibt sich aus der Stufenregel (Besuche pro Jahr × Stunden pro Besuch).</translation>
    </message>
    <message>
        <source>No workload column and no tier column: every account gets the rule for accounts without a tier, so workload balance becomes an account count.</source>
        <translation>Keine Aufwands- und keine Stufenspalte: Jeder Kunde erhält die Regel für Kunden ohne Stufe, sodass der Aufwandsausgleich zu einem Ausgleich der Kundenzahl wird.</translation>
    </message>
</context>
<context>
    <name>tp::io::ExportRunner</name>
    <message>
        <source>%1 cannot be written as %2 (use %3).</source>
        <translation>%1 kann nicht als %2 geschrieben werden (verwenden Sie %3).</translation>
    </message>
</context>
<context>
    <name>tp::io::OutputFile</name>
    <message>
        <source>Cannot write &quot;%1&quot;: %2.</source>
        <translation>„%1“ kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>No file name was given to write.</source>
        <translation>Es wurde kein Dateiname zum Schreiben angegeben.</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>es ist keine normale Datei</translation>
    </message>
    <message>
        <source>the folder &quot;%1&quot; does not exist</source>
        <translation>der Ordner „%1“ existiert nicht</translation>
    </message>
    <message>
        <source>cannot create a file in &quot;%1&quot; (%2)</source>
        <translation>in „%1“ kann keine Datei angelegt werden (%2)</translation>
    </message>
    <message>
        <source>the file was not opened</source>
        <translation>die Datei wurde nicht geöffnet</translation>
    </message>
    <message>
        <source>the export was cancelled</source>
        <translation>der Export wurde abgebrochen</translation>
    </message>
    <message>
        <source>nothing was written</source>
        <translation>es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>cannot replace &quot;%1&quot; (%2)</source>
        <translation>„%1“ kann nicht ersetzt werden (%2)</translation>
    </message>
</context>
<context>
    <name>tp::io::OutputGuard</name>
    <message>
        <source>&quot;%1&quot; is the open project file; choose another file name.</source>
        <translation>„%1“ ist die geöffnete Projektdatei; wählen Sie einen anderen Dateinamen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a working file of the open project; choose another file name.</source>
        <translation>„%1“ ist eine Arbeitsdatei des geöffneten Projekts; wählen Sie einen anderen Dateinamen.</translation>
    </message>
</context>
<context>
    <name>tp::io::PdfReportWriter</name>
    <message>
        <source>Boundaries: US Census Bureau (us-atlas)</source>
        <translation>Grenzen: US Census Bureau (us-atlas)</translation>
    </message>
    <message>
        <source>Boundaries: the project&apos;s unit layer</source>
        <translation>Grenzen: Flächenebene des Projekts</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <source>Territories</source>
        <translation>Gebiete</translation>
    </message>
    <message>
        <source>no rep</source>
        <translation>kein Vertriebler</translation>
    </message>
    <message>
        <source>%1 · %2 accounts</source>
        <translation>%1 · %2 Kunden</translation>
    </message>
    <message>
        <source>Territory summary</source>
        <translation>Gebietsübersicht</translation>
    </message>
    <message>
        <source>Territory summary (continued)</source>
        <translation>Gebietsübersicht (Fortsetzung)</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>Potenzial</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Workload h</source>
        <translation>Aufwand h</translation>
    </message>
    <message>
        <source>%1 accounts · potential %2 · revenue %3 · pipeline %4 · workload %5 h · capacity %6 % · deviation %7 % · %8 piece(s)</source>
        <translation>%1 Kunden · Potenzial %2 · Umsatz %3 · Pipeline %4 · Aufwand %5 h · Auslastung %6 % · Abweichung %7 % · %8 Teil(e)</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (Fortsetzung)</translation>
    </message>
    <message>
        <source>Region %1 · %2</source>
        <translation>Region %1 · %2</translation>
    </message>
    <message>
        <source>No accounts.</source>
        <translation>Keine Kunden.</translation>
    </message>
    <message>
        <source>The project has no scenario to report on.</source>
        <translation>Das Projekt hat kein Szenario für einen Bericht.</translation>
    </message>
    <message>
        <source>A PDF report needs the graphical application object (fonts).</source>
        <translation>Ein PDF-Bericht benötigt das grafische Anwendungsobjekt (Schriften).</translation>
    </message>
    <message>
        <source>the report could not be drawn</source>
        <translation>der Bericht konnte nicht gezeichnet werden</translation>
    </message>
    <message>
        <source>Cannot paint the report on this device.</source>
        <translation>Der Bericht kann auf diesem Gerät nicht gezeichnet werden.</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>Der Bericht wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Boundaries: approximate ZIP areas (drawn around ZIP centres) from bundled ZIP points; states: US Census (us-atlas)</source>
        <translation>Grenzen: ungefähre PLZ-Gebiete (um die ZIP-Mittelpunkte gezogen) aus mitgelieferten ZIP-Punkten; Bundesstaaten: US Census (us-atlas)</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>Units per class</source>
        <translation>Flächen je Klasse</translation>
    </message>
    <message>
        <source>Deviation from the balance target: ▲ over +%1 %, ▼ under −%1 %, ✓ within ±%1 %</source>
        <translation>Abweichung vom Ausgleichsziel: ▲ über +%1 %, ▼ unter −%1 %, ✓ innerhalb ±%1 %</translation>
    </message>
</context>
<context>
    <name>tp::io::PngImageWriter</name>
    <message>
        <source>Encoding the image…</source>
        <translation>Bild wird kodiert…</translation>
    </message>
    <message>
        <source>the image could not be encoded as PNG</source>
        <translation>das Bild konnte nicht als PNG kodiert werden</translation>
    </message>
</context>
<context>
    <name>tp::io::RepSheetExporter</name>
    <message>
        <source>Reps</source>
        <translation>Vertriebler</translation>
    </message>
    <message>
        <source>CRM user id</source>
        <translation>CRM-Benutzer-ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Längengrad</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Breitengrad</translation>
    </message>
    <message>
        <source>Capacity (hours/year)</source>
        <translation>Kapazität (Stunden/Jahr)</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>Industries</source>
        <translation>Branchen</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>Territories</source>
        <translation>Gebiete</translation>
    </message>
</context>
<context>
    <name>tp::io::TerritorySummaryExporter</name>
    <message>
        <source>Territory</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Vertriebler</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Flächen</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Revenue potential</source>
        <translation>Umsatzpotenzial</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Workload hours</source>
        <translation>Arbeitsstunden</translation>
    </message>
    <message>
        <source>Capacity hours</source>
        <translation>Kapazitätsstunden</translation>
    </message>
    <message>
        <source>Capacity %</source>
        <translation>Auslastung %</translation>
    </message>
    <message>
        <source>Deviation %</source>
        <translation>Abweichung %</translation>
    </message>
    <message>
        <source>Area km²</source>
        <translation>Fläche km²</translation>
    </message>
    <message>
        <source>Perimeter km</source>
        <translation>Umfang km</translation>
    </message>
    <message>
        <source>Compactness</source>
        <translation>Kompaktheit</translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation>Teile</translation>
    </message>
    <message>
        <source>Mean travel km</source>
        <translation>Mittlere Anfahrt km</translation>
    </message>
    <message>
        <source>Rep CRM user id</source>
        <translation>CRM-Benutzer-ID des Vertrieblers</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>Attainment %</source>
        <translation>Zielerreichung %</translation>
    </message>
    <message>
        <source>Pipeline coverage</source>
        <translation>Pipeline-Abdeckung</translation>
    </message>
    <message numerus="yes">
        <source>Total (%n territories)</source>
        <translation>
            <numerusform>Summe (%n Gebiet)</numerusform>
            <numerusform>Summe (%n Gebiete)</numerusform>
        </translation>
    </message>
    <message>
        <source>Territories</source>
        <translation>Gebiete</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regionen</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Ausgewogenheit</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennwert</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Balance measure</source>
        <translation>Ausgleichskennzahl</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Balance index (max - min) / mean</source>
        <translation>Balance-Index (Max − Min) / Mittelwert</translation>
    </message>
    <message>
        <source>Coefficient of variation</source>
        <translation>Variationskoeffizient</translation>
    </message>
    <message>
        <source>Territories in several pieces</source>
        <translation>Gebiete in mehreren Teilen</translation>
    </message>
    <message>
        <source>Unassigned units</source>
        <translation>Nicht zugeordnete Flächen</translation>
    </message>
    <message>
        <source>Unassigned accounts</source>
        <translation>Nicht zugeordnete Kunden</translation>
    </message>
    <message>
        <source>White space</source>
        <translation>Weiße Flecken</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Fläche</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Gründe</translation>
    </message>
    <message>
        <source>Penetration %</source>
        <translation>Durchdringung %</translation>
    </message>
    <message>
        <source>Km to rep</source>
        <translation>km zum Vertriebler</translation>
    </message>
</context>
<context>
    <name>tp::io::UnitImporter</name>
    <message>
        <source>Reading units from %1…</source>
        <translation>Flächen werden aus %1 gelesen…</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Finding neighbouring units…</source>
        <translation>Benachbarte Flächen werden ermittelt…</translation>
    </message>
    <message>
        <source>Units: approximate ZIP areas (drawn around ZIP centres), not official ZIP boundaries: the land nearest each bundled ZIP point (zipcodes package), clipped to its state (US Census, us-atlas).</source>
        <translation>Flächen: ungefähre ZIP-Gebiete (um die ZIP-Mittelpunkte gezogen), keine amtlichen ZIP-Grenzen: das Land, das jedem mitgelieferten ZIP-Punkt am nächsten liegt (Paket zipcodes), auf seinen Bundesstaat zugeschnitten (US Census, us-atlas).</translation>
    </message>
    <message>
        <source>Units: approximate ZIP3 areas (drawn around ZIP centres), not official boundaries: the approximate ZIP areas (the land nearest each bundled ZIP point, clipped to its state) merged by the first three digits.</source>
        <translation>Flächen: ungefähre ZIP3-Gebiete (um die ZIP-Mittelpunkte gezogen), keine amtlichen Grenzen: die ungefähren ZIP-Gebiete (das Land, das jedem mitgelieferten ZIP-Punkt am nächsten liegt, auf seinen Bundesstaat zugeschnitten), nach den ersten drei Ziffern zusammengefasst.</translation>
    </message>
    <message>
        <source>Units: US counties (US Census Bureau, us-atlas).</source>
        <translation>Flächen: US-Countys (US Census Bureau, us-atlas).</translation>
    </message>
    <message>
        <source>Units: US states (US Census Bureau, us-atlas).</source>
        <translation>Flächen: US-Bundesstaaten (US Census Bureau, us-atlas).</translation>
    </message>
</context>
<context>
    <name>tp::optimize::OptimizerProblem</name>
    <message>
        <source>A measure to balance is not in the measure list.</source>
        <translation>Eine auszugleichende Kennzahl ist nicht in der Kennzahlenliste.</translation>
    </message>
    <message>
        <source>Measure weights must be positive and tolerances zero or more.</source>
        <translation>Gewichte von Kennzahlen müssen positiv sein und Toleranzen null oder mehr.</translation>
    </message>
    <message>
        <source>A territory to optimise is not in this scenario.</source>
        <translation>Ein zu optimierendes Gebiet ist nicht in diesem Szenario.</translation>
    </message>
    <message>
        <source>Building a different number of territories needs every territory in scope and unlocked.</source>
        <translation>Um eine andere Anzahl von Gebieten zu bilden, müssen alle Gebiete im Umfang enthalten und entsperrt sein.</translation>
    </message>
    <message>
        <source>This scenario has no territories; build some first (mode build with a territory count).</source>
        <translation>Dieses Szenario hat keine Gebiete; bilden Sie zuerst welche (Modus „Neu aufbauen“ mit einer Gebietsanzahl).</translation>
    </message>
    <message>
        <source>No territory can change: all are locked or out of scope.</source>
        <translation>Kein Gebiet kann sich ändern: Alle sind gesperrt oder außerhalb des Umfangs.</translation>
    </message>
    <message>
        <source>Territory %1</source>
        <translation>Gebiet %1</translation>
    </message>
    <message>
        <source>There are fewer units than territories to build.</source>
        <translation>Es gibt weniger Flächen als zu bildende Gebiete.</translation>
    </message>
    <message>
        <source>its named accounts alone are above the band&apos;s top (%1)</source>
        <translation>allein seine Namenskunden liegen über der Obergrenze des Bands (%1)</translation>
    </message>
    <message>
        <source>%1 alone (%2) is above the band&apos;s top (%3)</source>
        <translation>%1 allein (%2) liegt über der Obergrenze des Bands (%3)</translation>
    </message>
    <message>
        <source>it has a single unit and cannot be left empty</source>
        <translation>es hat nur eine Fläche und darf nicht leer werden</translation>
    </message>
    <message>
        <source>the cap on moved accounts or revenue was reached</source>
        <translation>die Obergrenze für verschobene Kunden oder verschobenen Umsatz wurde erreicht</translation>
    </message>
    <message>
        <source>no further move keeps every territory in one piece%1 and brings it closer</source>
        <translation>keine weitere Verschiebung hält jedes Gebiet%1 zusammenhängend und bringt es näher heran</translation>
    </message>
    <message>
        <source>, within its region,</source>
        <translation>, innerhalb seiner Region,</translation>
    </message>
    <message>
        <source>%1 is at %2%3 on %4 (band ±%5): %6.</source>
        <translation>%1 liegt bei %4 auf %2%3 (Band ±%5): %6.</translation>
    </message>
</context>
<context>
    <name>tp::optimize::OptimizerReport</name>
    <message>
        <source>rebalance</source>
        <translation>neu ausgleichen</translation>
    </message>
    <message>
        <source>build</source>
        <translation>neu aufbauen</translation>
    </message>
    <message>
        <source>fill</source>
        <translation>auffüllen</translation>
    </message>
    <message>
        <source>Mode: %1</source>
        <translation>Modus: %1</translation>
    </message>
    <message>
        <source>%1 territories</source>
        <translation>%1 Gebiete</translation>
    </message>
    <message>
        <source>%1 ×%2 ±%3 %</source>
        <translation>%1 ×%2 ±%3 %</translation>
    </message>
    <message>
        <source>Workload hours ×1 ±5 %</source>
        <translation>Arbeitsstunden ×1 ±5 %</translation>
    </message>
    <message>
        <source>measures: %1</source>
        <translation>Kennzahlen: %1</translation>
    </message>
    <message>
        <source>targets by rep capacity</source>
        <translation>Ziele nach Kapazität der Vertriebler</translation>
    </message>
    <message>
        <source>at most %1 % of accounts moved</source>
        <translation>höchstens %1 % der Kunden verschoben</translation>
    </message>
    <message>
        <source>at most %1 % of revenue moved</source>
        <translation>höchstens %1 % des Umsatzes verschoben</translation>
    </message>
    <message>
        <source>compactness: %1</source>
        <translation>Kompaktheit: %1</translation>
    </message>
    <message>
        <source>border length</source>
        <translation>Grenzlänge</translation>
    </message>
    <message>
        <source>travel from rep home</source>
        <translation>Anfahrt vom Standort des Vertrieblers</translation>
    </message>
    <message numerus="yes">
        <source>only %n selected territories</source>
        <translation>
            <numerusform>nur %n ausgewähltes Gebiet</numerusform>
            <numerusform>nur %n ausgewählte Gebiete</numerusform>
        </translation>
    </message>
    <message>
        <source>one region</source>
        <translation>eine Region</translation>
    </message>
    <message>
        <source>units stay in their region</source>
        <translation>Flächen bleiben in ihrer Region</translation>
    </message>
    <message>
        <source>time limit %1 s</source>
        <translation>Zeitlimit %1 s</translation>
    </message>
    <message>
        <source>seed %1</source>
        <translation>Startwert %1</translation>
    </message>
    <message>
        <source>before</source>
        <translation>vorher</translation>
    </message>
    <message>
        <source>after</source>
        <translation>nachher</translation>
    </message>
    <message>
        <source>worst %1 (±%2 %)</source>
        <translation>am schlechtesten: %1 (±%2 %)</translation>
    </message>
    <message>
        <source>territories out of band</source>
        <translation>Gebiete außerhalb des Bands</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>units moved</source>
        <translation>verschobene Flächen</translation>
    </message>
    <message>
        <source>accounts moved</source>
        <translation>verschobene Kunden</translation>
    </message>
    <message>
        <source>revenue moved</source>
        <translation>verschobener Umsatz</translation>
    </message>
    <message>
        <source>pieces</source>
        <translation>Teile</translation>
    </message>
    <message>
        <source>travel (weighted mean)</source>
        <translation>Anfahrt (gewichtetes Mittel)</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Stopped early: this is the best plan found so far.</source>
        <translation>Vorzeitig angehalten: Dies ist der beste bisher gefundene Plan.</translation>
    </message>
    <message>
        <source>Every territory is inside its band.</source>
        <translation>Jedes Gebiet liegt innerhalb seines Bands.</translation>
    </message>
    <message numerus="yes">
        <source>%n territories are outside their band; this is the best plan found:</source>
        <translation>
            <numerusform>%n Gebiet liegt außerhalb seines Bands; dies ist der beste gefundene Plan:</numerusform>
            <numerusform>%n Gebiete liegen außerhalb ihres Bands; dies ist der beste gefundene Plan:</numerusform>
        </translation>
    </message>
    <message>
        <source>worst %1 %2</source>
        <translation>am schlechtesten: %1 %2</translation>
    </message>
    <message>
        <source>%1 of %2 out of band</source>
        <translation>%1 von %2 außerhalb des Bands</translation>
    </message>
    <message>
        <source>%1 units, %2 accounts moved</source>
        <translation>%1 Flächen, %2 Kunden verschoben</translation>
    </message>
    <message>
        <source>Written by the optimiser. %1.</source>
        <translation>Von der Optimierung geschrieben. %1.</translation>
    </message>
</context>
<context>
    <name>tp::session::AccountImportApplier</name>
    <message>
        <source>The import was cancelled.</source>
        <translation>Der Import wurde abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>Merging %n accounts…</source>
        <translation>
            <numerusform>%n Kunde wird zusammengeführt…</numerusform>
            <numerusform>%n Kunden werden zusammengeführt…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Placing %n accounts in their units…</source>
        <translation>
            <numerusform>%n Kunde wird seiner Fläche zugeordnet…</numerusform>
            <numerusform>%n Kunden werden ihren Flächen zugeordnet…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Writing %n accounts…</source>
        <translation>
            <numerusform>%n Kunde wird geschrieben…</numerusform>
            <numerusform>%n Kunden werden geschrieben…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tp::session::AccountImportDryRun</name>
    <message>
        <source>Comparing with the project&apos;s accounts…</source>
        <translation>Abgleich mit den Kunden des Projekts…</translation>
    </message>
</context>
<context>
    <name>tp::session::AccountImportSummary</name>
    <message numerus="yes">
        <source>%n accounts added</source>
        <translation>
            <numerusform>%n Kunde hinzugefügt</numerusform>
            <numerusform>%n Kunden hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n aktualisiert</numerusform>
            <numerusform>%n aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unverändert</numerusform>
            <numerusform>%n unverändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outside every unit</source>
        <translation>
            <numerusform>%n außerhalb aller Flächen</numerusform>
            <numerusform>%n außerhalb aller Flächen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n placed by postal code</source>
        <translation>
            <numerusform>%n nach Postleitzahl platziert</numerusform>
            <numerusform>%n nach Postleitzahl platziert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n by location</source>
        <translation>
            <numerusform>%n nach Koordinaten</numerusform>
            <numerusform>%n nach Koordinaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n postal codes match no unit: %1</source>
        <translation>
            <numerusform>%n Postleitzahl passt zu keiner Fläche: %1</numerusform>
            <numerusform>%n Postleitzahlen passen zu keiner Fläche: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tp::session::BorderFront</name>
    <message>
        <source>Press on the border between two territories to move it.</source>
        <translation>Drücken Sie auf die Grenze zwischen zwei Gebieten, um sie zu verschieben.</translation>
    </message>
    <message>
        <source>%1 is locked: unlock it to move its border.</source>
        <translation>%1 ist gesperrt: Entsperren Sie es, um seine Grenze zu verschieben.</translation>
    </message>
</context>
<context>
    <name>tp::session::EditFacade</name>
    <message numerus="yes">
        <source>Recoloured %n territories so that neighbours differ</source>
        <translation>
            <numerusform>%n Gebiet neu eingefärbt, damit Nachbarn sich unterscheiden</numerusform>
            <numerusform>%n Gebiete neu eingefärbt, damit Nachbarn sich unterscheiden</numerusform>
        </translation>
    </message>
    <message>
        <source>This rep is not in the roster.</source>
        <translation>Dieser Vertriebler ist nicht in der Vertrieblerliste.</translation>
    </message>
    <message>
        <source>Cancelled: nothing changed.</source>
        <translation>Abgebrochen: Nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>tp::session::NeighbourSplit</name>
    <message>
        <source>The scenario no longer exists.</source>
        <translation>Das Szenario existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Territory %1 is not a territory of this scenario.</source>
        <translation>Gebiet %1 gehört nicht zu diesem Szenario.</translation>
    </message>
    <message>
        <source>%1 is locked: unlock it to hand its units over.</source>
        <translation>%1 ist gesperrt: Entsperren Sie es, um seine Flächen abzugeben.</translation>
    </message>
    <message>
        <source>No unlocked territory borders these territories: give them to a rep instead.</source>
        <translation>Kein entsperrtes Gebiet grenzt an diese Gebiete: Geben Sie sie stattdessen einem Vertriebler.</translation>
    </message>
    <message>
        <source>%1 %2 left unassigned</source>
        <translation>%1 %2 bleiben ohne Gebiet</translation>
    </message>
    <message>
        <source>%1: %2 accounts, %3 workload hours → %4</source>
        <translation>%1: %2 Kunden, %3 Arbeitsstunden → %4</translation>
    </message>
    <message>
        <source>Split %1 among neighbouring territories</source>
        <translation>%1 auf die Nachbargebiete aufgeteilt</translation>
    </message>
    <message>
        <source>Balancing the neighbouring territories…</source>
        <translation>Die benachbarten Gebiete werden ausgeglichen…</translation>
    </message>
</context>
<context>
    <name>tp::session::OptimizationWriter</name>
    <message>
        <source>This result builds new territories; write it as a new scenario.</source>
        <translation>Dieses Ergebnis bildet neue Gebiete; speichern Sie es als neues Szenario.</translation>
    </message>
    <message>
        <source>The units changed since the optimiser ran; run it again.</source>
        <translation>Die Flächen haben sich seit dem Lauf der Optimierung geändert; starten Sie sie erneut.</translation>
    </message>
    <message>
        <source>A territory of the result has no counterpart in scenario %1.</source>
        <translation>Ein Gebiet des Ergebnisses hat keine Entsprechung im Szenario %1.</translation>
    </message>
    <message>
        <source>The scenario no longer exists.</source>
        <translation>Das Szenario existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>tp::session::OwnerPlanWriter</name>
    <message>
        <source>The units changed since the owners were read; read them again.</source>
        <translation>Die Flächen haben sich geändert, seit die Besitzer gelesen wurden; lesen Sie sie erneut.</translation>
    </message>
    <message>
        <source>%1 is not in the rep roster yet; add the owners as reps first.</source>
        <translation>%1 ist noch nicht in der Vertrieblerliste; fügen Sie die Besitzer zuerst als Vertriebler hinzu.</translation>
    </message>
    <message>
        <source>No account has an owner in the chosen column.</source>
        <translation>Kein Kunde hat in der gewählten Spalte einen Besitzer.</translation>
    </message>
    <message>
        <source>Built from the account owners in column &quot;%1&quot;</source>
        <translation>Aus den Kundenbesitzern in der Spalte „%1“ erstellt</translation>
    </message>
    <message>
        <source>Coloured the territories so that neighbours differ</source>
        <translation>Gebiete so eingefärbt, dass Nachbarn sich unterscheiden</translation>
    </message>
    <message>
        <source>Owners in column &quot;%1&quot;: %2</source>
        <translation>Besitzer in der Spalte „%1“: %2</translation>
    </message>
    <message>
        <source> (new reps: %1)</source>
        <translation> (neue Vertriebler: %1)</translation>
    </message>
    <message>
        <source> · units to the owner with most accounts there: %1</source>
        <translation> · Flächen an den Besitzer mit den meisten Kunden dort: %1</translation>
    </message>
    <message>
        <source> · named accounts: %1</source>
        <translation> · Namenskunden: %1</translation>
    </message>
    <message>
        <source> · accounts without an owner (they follow their unit): %1</source>
        <translation> · Kunden ohne Besitzer (sie folgen ihrer Fläche): %1</translation>
    </message>
</context>
<context>
    <name>tp::session::PlanEditor</name>
    <message>
        <source>county</source>
        <translation>County</translation>
    </message>
    <message>
        <source>counties</source>
        <translation>Countys</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>Fläche</translation>
    </message>
    <message>
        <source>units</source>
        <translation>Flächen</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>nicht zugeordnet</translation>
    </message>
    <message>
        <source>There is no scenario %1 in this project.</source>
        <translation>In diesem Projekt gibt es kein Szenario %1.</translation>
    </message>
    <message>
        <source>Moved %1 %2 from %3 to %4</source>
        <translation>%1 %2 von %3 nach %4 verschoben</translation>
    </message>
    <message>
        <source>There is no unit %1 in this project.</source>
        <translation>In diesem Projekt gibt es keine Fläche %1.</translation>
    </message>
    <message>
        <source>Territory %1 is not a territory of this scenario.</source>
        <translation>Gebiet %1 gehört nicht zu diesem Szenario.</translation>
    </message>
    <message>
        <source>There is no account %1 in this project.</source>
        <translation>In diesem Projekt gibt es keinen Kunden %1.</translation>
    </message>
    <message>
        <source>Named account %1 (%2) assigned to %3</source>
        <translation>Namenskunde %1 (%2) %3 zugeordnet</translation>
    </message>
    <message>
        <source>Named account %1 (%2) returned to %3</source>
        <translation>Namenskunde %1 (%2) zurück an %3</translation>
    </message>
    <message>
        <source>A territory needs a name.</source>
        <translation>Ein Gebiet braucht einen Namen.</translation>
    </message>
    <message>
        <source>There is no territory %1 in this project.</source>
        <translation>In diesem Projekt gibt es kein Gebiet %1.</translation>
    </message>
    <message>
        <source>A territory cannot move to another scenario.</source>
        <translation>Ein Gebiet kann nicht in ein anderes Szenario wechseln.</translation>
    </message>
    <message>
        <source>Created territory %1</source>
        <translation>Gebiet %1 angelegt</translation>
    </message>
    <message>
        <source>Renamed %1 to %2</source>
        <translation>%1 in %2 umbenannt</translation>
    </message>
    <message>
        <source>Recoloured %1</source>
        <translation>%1 umgefärbt</translation>
    </message>
    <message>
        <source>Gave %1 to %2</source>
        <translation>%1 an %2 übergeben</translation>
    </message>
    <message>
        <source>Left %1 without a rep</source>
        <translation>%1 ohne Vertriebler gelassen</translation>
    </message>
    <message>
        <source>Locked %1</source>
        <translation>%1 gesperrt</translation>
    </message>
    <message>
        <source>Unlocked %1</source>
        <translation>%1 entsperrt</translation>
    </message>
    <message>
        <source>Moved %1 to %2</source>
        <translation>%1 nach %2 verschoben</translation>
    </message>
    <message>
        <source>Deleted territory %1 (%2 %3 unassigned)</source>
        <translation>Gebiet %1 gelöscht (%2 %3 nicht zugeordnet)</translation>
    </message>
    <message>
        <source>Only two different territories of one scenario can be merged.</source>
        <translation>Nur zwei verschiedene Gebiete eines Szenarios lassen sich zusammenführen.</translation>
    </message>
    <message>
        <source>Merged %1 into %2 (%3 %4)</source>
        <translation>%1 mit %2 zusammengeführt (%3 %4)</translation>
    </message>
    <message>
        <source>Select units of %1 to split them off.</source>
        <translation>Wählen Sie Flächen von %1 aus, um sie abzutrennen.</translation>
    </message>
    <message>
        <source>Split %1 %2 off %3 as %4</source>
        <translation>%1 %2 von %3 als %4 abgetrennt</translation>
    </message>
    <message>
        <source>Territory %1 is no longer in this scenario.</source>
        <translation>Gebiet %1 ist nicht mehr in diesem Szenario.</translation>
    </message>
    <message>
        <source>Territory %1 exists already.</source>
        <translation>Gebiet %1 gibt es schon.</translation>
    </message>
    <message>
        <source>%1 is locked: unlock it to change its units or accounts.</source>
        <translation>%1 ist gesperrt: entsperren Sie es, um seine Flächen oder Kunden zu ändern.</translation>
    </message>
    <message>
        <source>The units changed since this edit was made.</source>
        <translation>Die Flächen haben sich seit dieser Änderung geändert.</translation>
    </message>
    <message>
        <source>The named accounts changed since this edit was made.</source>
        <translation>Die Namenskunden haben sich seit dieser Änderung geändert.</translation>
    </message>
    <message>
        <source>A scenario needs a name.</source>
        <translation>Ein Szenario braucht einen Namen.</translation>
    </message>
    <message>
        <source>Created scenario %1 as a copy of %2</source>
        <translation>Szenario %1 als Kopie von %2 angelegt</translation>
    </message>
    <message>
        <source>Created empty scenario %1</source>
        <translation>Leeres Szenario %1 angelegt</translation>
    </message>
    <message>
        <source>%1 approved by %2 on %3</source>
        <translation>%1 freigegeben von %2 am %3</translation>
    </message>
    <message>
        <source>%1 set from %2 to %3</source>
        <translation>%1 von %2 auf %3 gesetzt</translation>
    </message>
    <message>
        <source>Scenario %1 renamed to %2</source>
        <translation>Szenario %1 in %2 umbenannt</translation>
    </message>
    <message>
        <source>Only an approved scenario can be the plan of record.</source>
        <translation>Nur ein freigegebenes Szenario kann der gültige Plan sein.</translation>
    </message>
    <message>
        <source>%1 made the plan of record by %2</source>
        <translation>%1 von %2 zum gültigen Plan gemacht</translation>
    </message>
    <message>
        <source>Notes of %1 changed</source>
        <translation>Notizen zu %1 geändert</translation>
    </message>
    <message>
        <source>Switch to another scenario before deleting this one.</source>
        <translation>Wechseln Sie zu einem anderen Szenario, bevor Sie dieses löschen.</translation>
    </message>
    <message>
        <source>Deleted scenario %1</source>
        <translation>Szenario %1 gelöscht</translation>
    </message>
    <message>
        <source>%1 reopened as %2 by %3 on %4</source>
        <translation>%1 wieder als %2 geöffnet von %3 am %4</translation>
    </message>
    <message>
        <source>The quota of %1 must be a number of zero or more.</source>
        <translation>Die Quote von %1 muss eine Zahl von null oder mehr sein.</translation>
    </message>
    <message>
        <source>Quota of %1 set to %2</source>
        <translation>Quote von %1 auf %2 gesetzt</translation>
    </message>
    <message>
        <source>Locked the quota of %1</source>
        <translation>Quote von %1 gesperrt</translation>
    </message>
    <message>
        <source>Unlocked the quota of %1</source>
        <translation>Quote von %1 entsperrt</translation>
    </message>
    <message>
        <source>A rep needs a name.</source>
        <translation>Ein Vertriebler braucht einen Namen.</translation>
    </message>
    <message>
        <source>%1: capacity and quota must be numbers of zero or more.</source>
        <translation>%1: Kapazität und Quote müssen Zahlen von null oder mehr sein.</translation>
    </message>
    <message>
        <source>%1: the home is not a longitude and latitude on Earth.</source>
        <translation>%1: Der Standort ist kein Längen- und Breitengrad auf der Erde.</translation>
    </message>
    <message>
        <source>The CRM user id %1 belongs to %2 already.</source>
        <translation>Die CRM-Benutzer-ID %1 gehört bereits zu %2.</translation>
    </message>
    <message>
        <source>Added rep %1</source>
        <translation>Vertriebler %1 hinzugefügt</translation>
    </message>
    <message>
        <source>renamed to %1</source>
        <translation>umbenannt in %1</translation>
    </message>
    <message>
        <source>home %1</source>
        <translation>Standort %1</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>verlegt</translation>
    </message>
    <message>
        <source>capacity %1 h</source>
        <translation>Kapazität %1 h</translation>
    </message>
    <message>
        <source>quota %1</source>
        <translation>Quote %1</translation>
    </message>
    <message>
        <source>CRM user id %1</source>
        <translation>CRM-Benutzer-ID %1</translation>
    </message>
    <message>
        <source>e-mail %1</source>
        <translation>E-Mail %1</translation>
    </message>
    <message>
        <source>role %1</source>
        <translation>Rolle %1</translation>
    </message>
    <message>
        <source>start %1</source>
        <translation>Start %1</translation>
    </message>
    <message>
        <source>skills</source>
        <translation>Fachgebiete</translation>
    </message>
    <message>
        <source>Changed rep %1: %2</source>
        <translation>Vertriebler %1 geändert: %2</translation>
    </message>
    <message>
        <source>There is no rep %1 in this project.</source>
        <translation>In diesem Projekt gibt es keinen Vertriebler %1.</translation>
    </message>
    <message>
        <source>Changed rep %1</source>
        <translation>Vertriebler %1 geändert</translation>
    </message>
    <message>
        <source>Reps: %1 added, %2 changed</source>
        <translation>Vertriebler: %1 hinzugefügt, %2 geändert</translation>
    </message>
    <message>
        <source>Removed rep %1</source>
        <translation>Vertriebler %1 entfernt</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 an %2</translation>
    </message>
    <message>
        <source>%1 vacant</source>
        <translation>%1 unbesetzt</translation>
    </message>
    <message>
        <source>Gave %1</source>
        <translation>Übergeben: %1</translation>
    </message>
    <message>
        <source>New owners for %1 territories: %2</source>
        <translation>Neue Besitzer für %1 Gebiete: %2</translation>
    </message>
    <message>
        <source>Quotas of %1 territories set (%2 in all)</source>
        <translation>Quoten von %1 Gebieten festgelegt (%2 insgesamt)</translation>
    </message>
    <message>
        <source>Rep %1 exists already.</source>
        <translation>Vertriebler %1 gibt es schon.</translation>
    </message>
    <message>
        <source>Rep %1 changed since this edit was made.</source>
        <translation>Vertriebler %1 hat sich seit dieser Änderung geändert.</translation>
    </message>
    <message>
        <source>%1 still owns %2 (in %3 scenarios): let the rep leave first, so the territories go vacant or to another rep.</source>
        <translation>%1 besitzt noch %2 (in %3 Szenarien): Lassen Sie den Vertriebler zuerst ausscheiden, damit die Gebiete unbesetzt bleiben oder an einen anderen Vertriebler gehen.</translation>
    </message>
    <message numerus="yes">
        <source>Workload rule set to %1; the workload of %n accounts recomputed</source>
        <translation>
            <numerusform>Arbeitsaufwandsregel auf %1 gesetzt; Arbeitsaufwand von %n Kunde neu berechnet</numerusform>
            <numerusform>Arbeitsaufwandsregel auf %1 gesetzt; Arbeitsaufwand von %n Kunden neu berechnet</numerusform>
        </translation>
    </message>
    <message>
        <source>Workload rule set to %1</source>
        <translation>Arbeitsaufwandsregel auf %1 gesetzt</translation>
    </message>
    <message>
        <source>The workload rule changed since this edit was made.</source>
        <translation>Die Arbeitsaufwandsregel hat sich geändert, seit diese Bearbeitung vorgenommen wurde.</translation>
    </message>
</context>
<context>
    <name>tp::session::UnitLayerReplacer</name>
    <message numerus="yes">
        <source>Keeping the assignments of %n units…</source>
        <translation>
            <numerusform>Zuordnung von %n Fläche wird übernommen…</numerusform>
            <numerusform>Zuordnungen von %n Flächen werden übernommen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Placing %n accounts in the new units…</source>
        <translation>
            <numerusform>%n Kunde wird den neuen Flächen zugeordnet…</numerusform>
            <numerusform>%n Kunden werden den neuen Flächen zugeordnet…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Writing %n units…</source>
        <translation>
            <numerusform>%n Fläche wird geschrieben…</numerusform>
            <numerusform>%n Flächen werden geschrieben…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Writing %n accounts…</source>
        <translation>
            <numerusform>%n Kunde wird geschrieben…</numerusform>
            <numerusform>%n Kunden werden geschrieben…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tp::session::UnitReplaceSummary</name>
    <message numerus="yes">
        <source>%n units</source>
        <translation>
            <numerusform>%n Fläche</numerusform>
            <numerusform>%n Flächen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assignments kept</source>
        <translation>
            <numerusform>%n Zuordnung behalten</numerusform>
            <numerusform>%n Zuordnungen behalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accounts outside every unit</source>
        <translation>
            <numerusform>%n Kunde außerhalb aller Flächen</numerusform>
            <numerusform>%n Kunden außerhalb aller Flächen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accounts placed by postal code</source>
        <translation>
            <numerusform>%n Kunde nach Postleitzahl platziert</numerusform>
            <numerusform>%n Kunden nach Postleitzahl platziert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n by location</source>
        <translation>
            <numerusform>%n nach Koordinaten</numerusform>
            <numerusform>%n nach Koordinaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n postal codes match no unit: %1</source>
        <translation>
            <numerusform>%n Postleitzahl passt zu keiner Fläche: %1</numerusform>
            <numerusform>%n Postleitzahlen passen zu keiner Fläche: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tp::ui::AccountImportWizard</name>
    <message>
        <source>Import Accounts</source>
        <translation>Kunden importieren</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
</context>
<context>
    <name>tp::ui::BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>tp::ui::BalanceChart</name>
    <message>
        <source>Deviation from the mean: %1</source>
        <translation>Abweichung vom Mittel: %1</translation>
    </message>
    <message>
        <source>Deviation from the mean: %1 (the %2 furthest of %3)</source>
        <translation>Abweichung vom Mittel: %1 (die %2 stärksten von %3)</translation>
    </message>
    <message>
        <source>Deviation from the capacity targets: %1 (the %2 furthest of %3)</source>
        <translation>Abweichung von den Kapazitätszielen: %1 (die %2 weitesten von %3)</translation>
    </message>
    <message>
        <source>Deviation from the capacity targets: %1</source>
        <translation>Abweichung von den Kapazitätszielen: %1</translation>
    </message>
</context>
<context>
    <name>tp::ui::BalanceDialog</name>
    <message>
        <source>Balance Territories</source>
        <translation>Gebiete ausgleichen</translation>
    </message>
    <message>
        <source>Rebalance the current plan</source>
        <translation>Aktuellen Plan neu ausgleichen</translation>
    </message>
    <message>
        <source>Build territories from scratch</source>
        <translation>Gebiete neu aufbauen</translation>
    </message>
    <message>
        <source>Fill unassigned units</source>
        <translation>Nicht zugeordnete Flächen füllen</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Modus:</translation>
    </message>
    <message>
        <source>as many as now</source>
        <translation>so viele wie jetzt</translation>
    </message>
    <message>
        <source>&amp;Territories to build:</source>
        <translation>Zu bildende &amp;Gebiete:</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Tolerance ±%</source>
        <translation>Toleranz ±%</translation>
    </message>
    <message>
        <source>Measures to &amp;balance:</source>
        <translation>Auszugleichende &amp;Kennzahlen:</translation>
    </message>
    <message>
        <source>Move at most</source>
        <translation>Höchstens verschieben</translation>
    </message>
    <message>
        <source> % of accounts</source>
        <translation> % der Kunden</translation>
    </message>
    <message>
        <source>&amp;Disruption:</source>
        <translation>&amp;Veränderung:</translation>
    </message>
    <message>
        <source>Short borders between territories</source>
        <translation>Kurze Grenzen zwischen Gebieten</translation>
    </message>
    <message>
        <source>Little travel from the rep&apos;s home</source>
        <translation>Wenig Fahrt vom Wohnort des Vertreters</translation>
    </message>
    <message>
        <source>&amp;Compactness:</source>
        <translation>&amp;Kompaktheit:</translation>
    </message>
    <message>
        <source>All territories</source>
        <translation>Alle Gebiete</translation>
    </message>
    <message>
        <source>Only the territories ticked below</source>
        <translation>Nur die unten angehakten Gebiete</translation>
    </message>
    <message>
        <source>Only one region</source>
        <translation>Nur eine Region</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Umfang:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Time &amp;limit:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <source>The result is written as a new draft scenario and compared with the plan you start from.</source>
        <translation>Das Ergebnis wird als neues Entwurfsszenario gespeichert und mit dem Ausgangsplan verglichen.</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>&amp;Apply to the Starting Scenario</source>
        <translation>Auf das &amp;Ausgangsszenario anwenden</translation>
    </message>
    <message>
        <source>Tick the territories to balance, or choose another scope.</source>
        <translation>Haken Sie die auszugleichenden Gebiete an oder wählen Sie einen anderen Umfang.</translation>
    </message>
    <message>
        <source>Best plan so far (%1 s):
%2</source>
        <translation>Bester Plan bisher (%1 s):
%2</translation>
    </message>
    <message>
        <source>Looking for a balanced plan…</source>
        <translation>Suche einen ausgeglichenen Plan…</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Stopping; keeping the best plan so far…</source>
        <translation>Halte an; der beste Plan bisher bleibt…</translation>
    </message>
    <message>
        <source>%1 (balanced)</source>
        <translation>%1 (ausgeglichen)</translation>
    </message>
    <message>
        <source>%1 (balanced %2)</source>
        <translation>%1 (ausgeglichen %2)</translation>
    </message>
    <message>
        <source>Written as the draft scenario &quot;%1&quot;.</source>
        <translation>Als Entwurfsszenario „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Applied to the starting scenario as one step (Edit › Undo takes it back).</source>
        <translation>Als ein Schritt auf das Ausgangsszenario angewendet (Bearbeiten › Rückgängig nimmt ihn zurück).</translation>
    </message>
    <message>
        <source>Applied to %1, a copy of the approved starting scenario, as one step (Edit › Undo takes it back).</source>
        <translation>Auf %1 angewendet, eine Kopie des freigegebenen Ausgangsszenarios, als ein Schritt (Bearbeiten › Rückgängig nimmt ihn zurück).</translation>
    </message>
</context>
<context>
    <name>tp::ui::CompareDock</name>
    <message>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Hatch changed units</source>
        <translation>Geänderte Flächen schraffieren</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Δ accounts</source>
        <translation>Δ Kunden</translation>
    </message>
    <message>
        <source>Workload h</source>
        <translation>Aufwand h</translation>
    </message>
    <message>
        <source>Δ workload</source>
        <translation>Δ Aufwand</translation>
    </message>
    <message>
        <source>Δ potential</source>
        <translation>Δ Potenzial</translation>
    </message>
    <message>
        <source>Δ units</source>
        <translation>Δ Flächen</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Fläche</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rep before</source>
        <translation>Vertriebler vorher</translation>
    </message>
    <message>
        <source>Rep after</source>
        <translation>Vertriebler nachher</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <source>Stop comparing</source>
        <translation>Vergleich beenden</translation>
    </message>
    <message>
        <source>Territories</source>
        <translation>Gebiete</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Flächen</translation>
    </message>
    <message>
        <source>Choose Compare… in the Scenarios dock to see what differs between two plans.</source>
        <translation>Wählen Sie „Vergleichen…“ im Bereich „Szenarien“, um zu sehen, was zwei Pläne unterscheidet.</translation>
    </message>
    <message>
        <source>%1 → %2: %3 units and %4 accounts change territory; %5 accounts change rep</source>
        <translation>%1 → %2: %3 Flächen und %4 Kunden wechseln das Gebiet; %5 Kunden wechseln den Vertriebler</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>nicht zugeordnet</translation>
    </message>
    <message>
        <source>Units (%1)</source>
        <translation>Flächen (%1)</translation>
    </message>
    <message>
        <source>Accounts (%1)</source>
        <translation>Kunden (%1)</translation>
    </message>
</context>
<context>
    <name>tp::ui::CompareWindow</name>
    <message>
        <source>Compare Scenarios</source>
        <translation>Szenarien vergleichen</translation>
    </message>
</context>
<context>
    <name>tp::ui::CoverageDock</name>
    <message>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>In no territory</source>
        <translation>In keinem Gebiet</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>No primary team</source>
        <translation>Kein Primärteam</translation>
    </message>
    <message>
        <source>Two primary teams</source>
        <translation>Zwei Primärteams</translation>
    </message>
    <message>
        <source>No project open.</source>
        <translation>Kein Projekt geöffnet.</translation>
    </message>
    <message numerus="yes">
        <source>Every account has exactly one primary team (%n primary team(s)).</source>
        <translation>
            <numerusform>Jeder Kunde hat genau ein Primärteam (%n Primärteam).</numerusform>
            <numerusform>Jeder Kunde hat genau ein Primärteam (%n Primärteams).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 accounts have no primary team, %2 have two or more.</source>
        <translation>%1 Kunden haben kein Primärteam, %2 haben zwei oder mehr.</translation>
    </message>
    <message>
        <source>overlay</source>
        <translation>Overlay</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>primär</translation>
    </message>
    <message>
        <source>No primary team (%1)</source>
        <translation>Kein Primärteam (%1)</translation>
    </message>
    <message>
        <source>Two primary teams (%1)</source>
        <translation>Zwei Primärteams (%1)</translation>
    </message>
</context>
<context>
    <name>tp::ui::DetailsDock</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#5b6670&apos;&gt;Click a county or an account on the map.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#5b6670&apos;&gt;Klicken Sie auf der Karte auf ein County oder einen Kunden.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>tp::ui::EditController</name>
    <message>
        <source>Choose a territory to assign to first (Territories dock).</source>
        <translation>Wählen Sie zuerst ein Zielgebiet (Bereich „Gebiete“).</translation>
    </message>
    <message>
        <source>Approved Scenario</source>
        <translation>Freigegebenes Szenario</translation>
    </message>
    <message>
        <source>%1 is approved. Edit a copy, or reopen it as a draft (this is logged)?</source>
        <translation>%1 ist freigegeben. Eine Kopie bearbeiten oder es wieder als Entwurf öffnen (wird protokolliert)?</translation>
    </message>
    <message>
        <source>Make a copy to edit</source>
        <translation>Kopie zum Bearbeiten anlegen</translation>
    </message>
    <message>
        <source>Reopen as draft</source>
        <translation>Wieder als Entwurf öffnen</translation>
    </message>
    <message>
        <source>%1 reopened as a draft.</source>
        <translation>%1 wieder als Entwurf geöffnet.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Now editing %1; the approved scenario is unchanged.</source>
        <translation>Sie bearbeiten jetzt %1; das freigegebene Szenario bleibt unverändert.</translation>
    </message>
</context>
<context>
    <name>tp::ui::ExportActions</name>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx);;CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg);;GeoJSON (*.geojson);;Shapefile (*.shp);;KML (*.kml)</source>
        <translation>GeoPackage (*.gpkg);;GeoJSON (*.geojson);;Shapefile (*.shp);;KML (*.kml)</translation>
    </message>
    <message>
        <source>&amp;Assignment Sheet…</source>
        <translation>&amp;Zuordnungsliste…</translation>
    </message>
    <message>
        <source>Export Assignment Sheet</source>
        <translation>Zuordnungsliste exportieren</translation>
    </message>
    <message>
        <source>&amp;CRM Owner List…</source>
        <translation>&amp;CRM-Besitzerliste…</translation>
    </message>
    <message>
        <source>Export CRM Owner List</source>
        <translation>CRM-Besitzerliste exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>C&amp;hange List…</source>
        <translation>Ä&amp;nderungsliste…</translation>
    </message>
    <message>
        <source>Export Change List</source>
        <translation>Änderungsliste exportieren</translation>
    </message>
    <message>
        <source>Territory &amp;Summary…</source>
        <translation>Gebiets&amp;übersicht…</translation>
    </message>
    <message>
        <source>Export Territory Summary</source>
        <translation>Gebietsübersicht exportieren</translation>
    </message>
    <message>
        <source>Territory &amp;Boundaries…</source>
        <translation>Gebiets&amp;grenzen…</translation>
    </message>
    <message>
        <source>Export Territory Boundaries</source>
        <translation>Gebietsgrenzen exportieren</translation>
    </message>
    <message>
        <source>&amp;Unit Assignments…</source>
        <translation>&amp;Flächenzuordnung…</translation>
    </message>
    <message>
        <source>Export Unit Assignments</source>
        <translation>Flächenzuordnung exportieren</translation>
    </message>
    <message>
        <source>PDF &amp;Report…</source>
        <translation>PDF-&amp;Bericht…</translation>
    </message>
    <message>
        <source>Export PDF Report</source>
        <translation>PDF-Bericht exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Print Report…</source>
        <translation>Bericht &amp;drucken…</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>Es ist kein Projekt geöffnet.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>Drucken fehlgeschlagen</translation>
    </message>
    <message>
        <source>Report sent to the printer</source>
        <translation>Bericht an den Drucker gesendet</translation>
    </message>
    <message>
        <source>%1 (plan of record)</source>
        <translation>%1 (gültiger Plan)</translation>
    </message>
    <message>
        <source>There is no other scenario to compare &quot;%1&quot; with: copy the plan in the Scenarios dock first.</source>
        <translation>Es gibt kein anderes Szenario, mit dem „%1“ verglichen werden kann: Kopieren Sie zuerst den Plan im Bereich „Szenarien“.</translation>
    </message>
    <message>
        <source>(none: no previous owner column)</source>
        <translation>(keine: keine Spalte für bisherige Besitzer)</translation>
    </message>
    <message>
        <source>Compare &quot;%1&quot; with:</source>
        <translation>„%1“ vergleichen mit:</translation>
    </message>
    <message>
        <source>Previous owners from:</source>
        <translation>Bisherige Besitzer aus:</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written</source>
        <translation>Export abgebrochen; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>Print Report</source>
        <translation>Bericht drucken</translation>
    </message>
    <message>
        <source>Printing the report…</source>
        <translation>Bericht wird gedruckt…</translation>
    </message>
    <message>
        <source>Printing cancelled</source>
        <translation>Drucken abgebrochen</translation>
    </message>
</context>
<context>
    <name>tp::ui::FirstRunHint</name>
    <message>
        <source>Got it</source>
        <translation>Verstanden</translation>
    </message>
    <message>
        <source>Close this hint (it is not shown again)</source>
        <translation>Diesen Hinweis schließen (er wird nicht mehr angezeigt)</translation>
    </message>
</context>
<context>
    <name>tp::ui::HistoryDock</name>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;geöffnet&gt;</translation>
    </message>
</context>
<context>
    <name>tp::ui::ImportActions</name>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Kunden…</translation>
    </message>
    <message>
        <source>&amp;Units from a GIS File…</source>
        <translation>&amp;Flächen aus einer GIS-Datei…</translation>
    </message>
    <message>
        <source>Bundled US &amp;Counties</source>
        <translation>Mitgelieferte US-&amp;Countys</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>Es ist kein Projekt geöffnet.</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>Accounts imported: %1</source>
        <translation>Kunden importiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n rows rejected</source>
        <translation>
            <numerusform>%n Zeile abgelehnt</numerusform>
            <numerusform>%n Zeilen abgelehnt</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Units</source>
        <translation>Flächen importieren</translation>
    </message>
    <message>
        <source>Reading units…</source>
        <translation>Flächen werden gelesen…</translation>
    </message>
    <message>
        <source>Units imported: %1</source>
        <translation>Flächen importiert: %1</translation>
    </message>
    <message>
        <source>the bundled US counties</source>
        <translation>die mitgelieferten US-Countys</translation>
    </message>
    <message>
        <source>Import Accounts</source>
        <translation>Kunden importieren</translation>
    </message>
    <message>
        <source>Importing accounts…</source>
        <translation>Kunden werden importiert…</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation>Import abgebrochen: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Replacing the units…</source>
        <translation>Flächen werden ersetzt…</translation>
    </message>
</context>
<context>
    <name>tp::ui::ImportDryRunPage</name>
    <message>
        <source>What the import will do</source>
        <translation>Was der Import bewirkt</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Import applies exactly this.</source>
        <translation>Es wurde noch nichts geschrieben. Der Import führt genau dies aus.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Gründe</translation>
    </message>
    <message>
        <source>&amp;Save Rejected Rows…</source>
        <translation>Abgelehnte Zeilen &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;Read Again</source>
        <translation>&amp;Erneut lesen</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Die Datei wird gelesen…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was read and nothing was written. Read the file again, go back to change your choices, or cancel the import.</source>
        <translation>Abgebrochen: Es wurde nichts gelesen und nichts geschrieben. Lesen Sie die Datei erneut, gehen Sie zurück, um Ihre Auswahl zu ändern, oder brechen Sie den Import ab.</translation>
    </message>
    <message>
        <source>Nothing can be imported.</source>
        <translation>Es kann nichts importiert werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows read:</source>
        <translation>
            <numerusform>%n Zeile gelesen:</numerusform>
            <numerusform>%n Zeilen gelesen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accounts to add</source>
        <translation>
            <numerusform>%n Kunde wird hinzugefügt</numerusform>
            <numerusform>%n Kunden werden hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>%n wird aktualisiert</numerusform>
            <numerusform>%n werden aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unverändert</numerusform>
            <numerusform>%n unverändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n abgelehnt</numerusform>
            <numerusform>%n abgelehnt</numerusform>
        </translation>
    </message>
    <message>
        <source>The project has no units yet: accounts lie outside every unit until units are imported.</source>
        <translation>Das Projekt hat noch keine Flächen: Kunden liegen außerhalb jeder Fläche, bis Flächen importiert werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n accounts fall outside every unit and will belong to no territory (lines %1).</source>
        <translation>
            <numerusform>%n Kunde liegt außerhalb jeder Fläche und gehört zu keinem Gebiet (Zeilen %1).</numerusform>
            <numerusform>%n Kunden liegen außerhalb jeder Fläche und gehören zu keinem Gebiet (Zeilen %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Every account lies in a unit.</source>
        <translation>Jeder Kunde liegt in einer Fläche.</translation>
    </message>
    <message numerus="yes">
        <source>%n accounts are placed by their postal code.</source>
        <translation>
            <numerusform>%n Kunde wird nach seiner Postleitzahl platziert.</numerusform>
            <numerusform>%n Kunden werden nach ihrer Postleitzahl platziert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accounts get their workload from the tier rule.</source>
        <translation>
            <numerusform>%n Kunde erhält seinen Aufwand aus der Stufenregel.</numerusform>
            <numerusform>%n Kunden erhalten ihren Aufwand aus der Stufenregel.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (neu)</translation>
    </message>
    <message>
        <source>Measures after the import: %1.</source>
        <translation>Kennzahlen nach dem Import: %1.</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>The table shows the first %1 rejected rows; Save Rejected Rows writes all %2.</source>
        <translation>Die Tabelle zeigt die ersten %1 abgelehnten Zeilen; „Abgelehnte Zeilen speichern“ schreibt alle %2.</translation>
    </message>
    <message>
        <source>Save Rejected Rows</source>
        <translation>Abgelehnte Zeilen speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Rejected rows saved to %1.</source>
        <translation>Abgelehnte Zeilen in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
</context>
<context>
    <name>tp::ui::ImportFilePage</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
</context>
<context>
    <name>tp::ui::ImportLocationPage</name>
    <message>
        <source>Locating accounts</source>
        <translation>Kunden verorten</translation>
    </message>
    <message>
        <source>Each account is placed on the map, and so in a unit and a territory.</source>
        <translation>Jeder Kunde wird auf der Karte platziert und damit in einer Fläche und einem Gebiet.</translation>
    </message>
    <message>
        <source>Both: &amp;coordinates, else the postal code</source>
        <translation>Beides: &amp;Koordinaten, sonst die Postleitzahl</translation>
    </message>
    <message>
        <source>Both: the &amp;postal code, else coordinates</source>
        <translation>Beides: die &amp;Postleitzahl, sonst Koordinaten</translation>
    </message>
    <message>
        <source>Coor&amp;dinates only (longitude and latitude, or the layer&apos;s points)</source>
        <translation>Nur Koor&amp;dinaten (Längen- und Breitengrad oder die Punkte der Ebene)</translation>
    </message>
    <message>
        <source>Postal code o&amp;nly (the centre of its ZIP area)</source>
        <translation>Nur Postleit&amp;zahl (die Mitte ihres ZIP-Bereichs)</translation>
    </message>
    <message>
        <source>The mapped columns give no location: go back and choose longitude and latitude or a postal code.</source>
        <translation>Die zugeordneten Spalten enthalten keinen Ort: Gehen Sie zurück und wählen Sie Längen- und Breitengrad oder eine Postleitzahl.</translation>
    </message>
    <message>
        <source>&amp;Swap latitude and longitude back where they look swapped (else such rows are rejected)</source>
        <translation>Breiten- und Längengrad zurück&amp;tauschen, wo sie vertauscht wirken (sonst werden solche Zeilen abgelehnt)</translation>
    </message>
</context>
<context>
    <name>tp::ui::ImportMappingPage</name>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Which column feeds each account field. Fields left unused get no value.</source>
        <translation>Welche Spalte welches Kundenfeld füllt. Nicht verwendete Felder erhalten keinen Wert.</translation>
    </message>
    <message>
        <source>Account fields</source>
        <translation>Kundenfelder</translation>
    </message>
    <message>
        <source>This is the mapping you chose the last time you imported a file with these columns.</source>
        <translation>Dies ist die Zuordnung, die Sie beim letzten Import einer Datei mit diesen Spalten gewählt haben.</translation>
    </message>
    <message>
        <source>Other columns to &amp;keep (numeric ones become measures):</source>
        <translation>Weitere Spalten &amp;behalten (numerische werden zu Kennzahlen):</translation>
    </message>
    <message>
        <source>(not used)</source>
        <translation>(nicht verwendet)</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is chosen for two fields; a column can feed one field only.</source>
        <translation>Die Spalte „%1“ ist für zwei Felder gewählt; eine Spalte kann nur ein Feld füllen.</translation>
    </message>
    <message>
        <source>%1 (numbers: a measure)</source>
        <translation>%1 (Zahlen: eine Kennzahl)</translation>
    </message>
    <message>
        <source>%1 (text)</source>
        <translation>%1 (Text)</translation>
    </message>
</context>
<context>
    <name>tp::ui::ImportSourcePage</name>
    <message>
        <source>Sheet and encoding</source>
        <translation>Tabellenblatt und Kodierung</translation>
    </message>
    <message>
        <source>The first rows as they will be read.</source>
        <translation>Die ersten Zeilen, so wie sie gelesen werden.</translation>
    </message>
    <message>
        <source>&amp;Sheet or layer:</source>
        <translation>&amp;Tabellenblatt oder Ebene:</translation>
    </message>
    <message>
        <source>Detect (UTF-8, else Windows-1252)</source>
        <translation>Erkennen (UTF-8, sonst Windows-1252)</translation>
    </message>
    <message>
        <source>UTF-8 only</source>
        <translation>Nur UTF-8</translation>
    </message>
    <message>
        <source>Windows-1252 / Latin-1</source>
        <translation>Windows-1252 / Latin-1</translation>
    </message>
    <message>
        <source>Text &amp;encoding:</source>
        <translation>Text&amp;kodierung:</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>senkrechten Strich</translation>
    </message>
    <message>
        <source>Columns separated by %1; amounts like 1,234 read with a decimal %2 unless their column shows otherwise.</source>
        <translation>Spalten getrennt durch %1; Beträge wie 1,234 werden mit Dezimal-%2 gelesen, sofern ihre Spalte nichts anderes zeigt.</translation>
    </message>
    <message>
        <source>point</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>The layer&apos;s points locate the accounts.</source>
        <translation>Die Punkte der Ebene verorten die Kunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n columns.</source>
        <translation>
            <numerusform>%n Spalte.</numerusform>
            <numerusform>%n Spalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The text is not UTF-8: it is read as Windows-1252.</source>
        <translation>Der Text ist nicht UTF-8: Er wird als Windows-1252 gelesen.</translation>
    </message>
</context>
<context>
    <name>tp::ui::LayersDock</name>
    <message>
        <source>Base map</source>
        <translation>Grundkarte</translation>
    </message>
    <message>
        <source>Territories and units</source>
        <translation>Gebiete und Flächen</translation>
    </message>
    <message>
        <source>Selection, changes, stray pieces</source>
        <translation>Auswahl, Änderungen, abgetrennte Teile</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Rep home bases</source>
        <translation>Standorte der Vertriebler</translation>
    </message>
    <message>
        <source>Territory labels</source>
        <translation>Gebietsbeschriftungen</translation>
    </message>
    <message>
        <source>Online map tiles</source>
        <translation>Online-Kartenkacheln</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Ebenen</translation>
    </message>
    <message>
        <source>Drag to change the drawing order; the top layer is drawn on top</source>
        <translation>Ziehen ändert die Zeichenreihenfolge; die oberste Ebene liegt oben</translation>
    </message>
    <message>
        <source>(all alike)</source>
        <translation>(alle gleich)</translation>
    </message>
    <message>
        <source>Revenue potential</source>
        <translation>Umsatzpotenzial</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Aufwand</translation>
    </message>
    <message>
        <source>Size accounts by:</source>
        <translation>Kundengröße nach:</translation>
    </message>
    <message>
        <source>Accounts by segment:</source>
        <translation>Kunden nach Segment:</translation>
    </message>
    <message>
        <source>Accounts by industry:</source>
        <translation>Kunden nach Branche:</translation>
    </message>
    <message>
        <source>Thematic map (units by figure)</source>
        <translation>Thematische Karte (Flächen nach Kennzahl)</translation>
    </message>
    <message>
        <source>Account density (heat map)</source>
        <translation>Kundendichte (Heatmap)</translation>
    </message>
    <message>
        <source>How far each account&apos;s weight spreads (a Gaussian kernel cut at this radius)</source>
        <translation>Wie weit sich das Gewicht jedes Kunden verteilt (ein an diesem Radius abgeschnittener Gauß-Kern)</translation>
    </message>
    <message>
        <source>px</source>
        <translation>px</translation>
    </message>
    <message>
        <source>km</source>
        <translation>km</translation>
    </message>
    <message>
        <source>Account count</source>
        <translation>Anzahl Kunden</translation>
    </message>
    <message>
        <source>Heat map radius:</source>
        <translation>Heatmap-Radius:</translation>
    </message>
    <message>
        <source>weighted by:</source>
        <translation>gewichtet nach:</translation>
    </message>
    <message>
        <source>Colours are relative to the densest places in view (square-root scale)</source>
        <translation>Die Farben beziehen sich auf die dichtesten Stellen im Ausschnitt (Wurzelskala)</translation>
    </message>
    <message>
        <source>sparse</source>
        <translation>dünn</translation>
    </message>
    <message>
        <source>dense</source>
        <translation>dicht</translation>
    </message>
    <message>
        <source>Another team&apos;s borders (View › Other Team)</source>
        <translation>Grenzen eines anderen Teams (Ansicht › Anderes Team)</translation>
    </message>
</context>
<context>
    <name>tp::ui::MainWindow</name>
    <message>
        <source>Territory projects (*.territory)</source>
        <translation>Gebietsprojekte (*.territory)</translation>
    </message>
    <message>
        <source>Base map not available: %1</source>
        <translation>Grundkarte nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Map as &amp;Image…</source>
        <translation>Karte als &amp;Bild…</translation>
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
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Zoom to &amp;Project</source>
        <translation>Auf &amp;Projekt zoomen</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Territory Planner</source>
        <translation>Ü&amp;ber Territory Planner</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Territory Planner</source>
        <translation>Territory Planner</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>Kein Projekt geöffnet</translation>
    </message>
    <message numerus="yes">
        <source>%1 · scenario: %2 (%3) · %Ln accounts</source>
        <translation>
            <numerusform>%1 · Szenario: %2 (%3) · %Ln Kunde</numerusform>
            <numerusform>%1 · Szenario: %2 (%3) · %Ln Kunden</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>Cannot create project</source>
        <translation>Projekt kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Projekt speichern unter</translation>
    </message>
    <message>
        <source>Cannot save project</source>
        <translation>Projekt kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Gespeichert als %1</translation>
    </message>
    <message>
        <source>Window size (%1 × %2)</source>
        <translation>Fenstergröße (%1 × %2)</translation>
    </message>
    <message>
        <source>Export Map</source>
        <translation>Karte exportieren</translation>
    </message>
    <message>
        <source>Image size:</source>
        <translation>Bildgröße:</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Map exported to %1</source>
        <translation>Karte exportiert nach %1</translation>
    </message>
    <message>
        <source>About Territory Planner</source>
        <translation>Über Territory Planner</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Territory Planner %1&lt;/h3&gt;&lt;p&gt;Sales territory design on a map, fully offline.&lt;/p&gt;&lt;p&gt;Base map: US Atlas and World Atlas (Natural Earth, US Census Bureau); ZIP code points from the zipcodes package.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Territory Planner %1&lt;/h3&gt;&lt;p&gt;Vertriebsgebiete auf der Karte planen, vollständig offline.&lt;/p&gt;&lt;p&gt;Grundkarte: US Atlas und World Atlas (Natural Earth, US Census Bureau); Postleitzahl-Punkte aus dem Paket zipcodes.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Select &amp;None</source>
        <translation>&amp;Nichts auswählen</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Werkzeuge</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Drag to move the map; click to inspect</source>
        <translation>Ziehen verschiebt die Karte; Klicken zeigt Details</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>Auswählen</translation>
    </message>
    <message>
        <source>Click, drag a rectangle, or Shift-drag a lasso to select units</source>
        <translation>Klicken, Rechteck ziehen oder mit Umschalt ein Lasso ziehen, um Flächen auszuwählen</translation>
    </message>
    <message>
        <source>Paint</source>
        <translation>Malen</translation>
    </message>
    <message>
        <source>Click or drag over units to give them to the chosen territory</source>
        <translation>Klicken oder über Flächen ziehen, um sie dem gewählten Gebiet zu geben</translation>
    </message>
    <message>
        <source>Move Border</source>
        <translation>Grenze ziehen</translation>
    </message>
    <message>
        <source>Grab a territory at its border and drag the border</source>
        <translation>Ein Gebiet an seiner Grenze fassen und die Grenze ziehen</translation>
    </message>
    <message>
        <source>Move Account</source>
        <translation>Kunde verschieben</translation>
    </message>
    <message>
        <source>Drag an account onto another territory (named account)</source>
        <translation>Einen Kunden auf ein anderes Gebiet ziehen (Namenskunde)</translation>
    </message>
    <message>
        <source> Scenario: </source>
        <translation> Szenario: </translation>
    </message>
    <message>
        <source>Cannot switch scenario</source>
        <translation>Szenario kann nicht gewechselt werden</translation>
    </message>
    <message>
        <source>Cannot undo: %1</source>
        <translation>Rückgängig nicht möglich: %1</translation>
    </message>
    <message>
        <source>Cannot redo: %1</source>
        <translation>Wiederholen nicht möglich: %1</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message>
        <source>&amp;Workshop Mode</source>
        <translation>&amp;Workshop-Modus</translation>
    </message>
    <message>
        <source>Re&amp;colour Territories</source>
        <translation>Gebiete neu &amp;einfärben</translation>
    </message>
    <message>
        <source>Zoom to &amp;Selection</source>
        <translation>Auf &amp;Auswahl zoomen</translation>
    </message>
    <message>
        <source>Online Map &amp;Tiles</source>
        <translation>Online-&amp;Kartenkacheln</translation>
    </message>
    <message>
        <source>Tile &amp;Server…</source>
        <translation>Kachel&amp;server…</translation>
    </message>
    <message>
        <source>Tile Server</source>
        <translation>Kachelserver</translation>
    </message>
    <message>
        <source>XYZ URL template ({z}, {x}, {y}); mind the server&apos;s usage policy:</source>
        <translation>XYZ-URL-Vorlage ({z}, {x}, {y}); beachten Sie die Nutzungsregeln des Servers:</translation>
    </message>
    <message>
        <source>Workshop Mode</source>
        <translation>Workshop-Modus</translation>
    </message>
    <message>
        <source>Show on screen:</source>
        <translation>Auf Bildschirm zeigen:</translation>
    </message>
    <message>
        <source>&amp;Recover a Damaged Project…</source>
        <translation>Beschädigtes Projekt &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>&amp;Balance Territories…</source>
        <translation>Gebiete &amp;ausgleichen…</translation>
    </message>
    <message>
        <source>The project was changed by another program and could not be read again: %1</source>
        <translation>Das Projekt wurde von einem anderen Programm geändert und konnte nicht neu gelesen werden: %1</translation>
    </message>
    <message>
        <source>The project was changed by another program; it was reloaded.</source>
        <translation>Das Projekt wurde von einem anderen Programm geändert; es wurde neu geladen.</translation>
    </message>
    <message>
        <source>Recover a Damaged Project</source>
        <translation>Beschädigtes Projekt wiederherstellen</translation>
    </message>
    <message>
        <source>Save the Recovered Copy As</source>
        <translation>Wiederhergestellte Kopie speichern unter</translation>
    </message>
    <message>
        <source> (recovered)</source>
        <translation> (wiederhergestellt)</translation>
    </message>
    <message>
        <source>Recovery failed</source>
        <translation>Wiederherstellung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Recovered copy saved</source>
        <translation>Wiederhergestellte Kopie gespeichert</translation>
    </message>
    <message>
        <source>A recovered copy was saved as %1 and opened.

%2</source>
        <translation>Eine wiederhergestellte Kopie wurde als %1 gespeichert und geöffnet.

%2</translation>
    </message>
    <message>
        <source>Select Whole Co&amp;unties</source>
        <translation>Ganze &amp;Countys auswählen</translation>
    </message>
    <message>
        <source>Select Whole S&amp;tates</source>
        <translation>Ganze Bundes&amp;staaten auswählen</translation>
    </message>
    <message>
        <source>Set &amp;Quotas…</source>
        <translation>&amp;Quoten festlegen…</translation>
    </message>
    <message>
        <source>Suggest &amp;Owners…</source>
        <translation>&amp;Besitzer vorschlagen…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 existiert bereits. Ersetzen?</translation>
    </message>
    <message>
        <source>&amp;Fill Enclosed Area</source>
        <translation>Umschlossene Fläche &amp;füllen</translation>
    </message>
    <message>
        <source>The selection encloses no units: select a closed ring of units first.</source>
        <translation>Die Auswahl umschließt keine Flächen: Wählen Sie zuerst einen geschlossenen Ring von Flächen.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n enclosed unit(s) to the selection.</source>
        <translation>
            <numerusform>%n umschlossene Fläche zur Auswahl hinzugefügt.</numerusform>
            <numerusform>%n umschlossene Flächen zur Auswahl hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan from CRM O&amp;wners…</source>
        <translation>Plan aus CRM-&amp;Besitzern…</translation>
    </message>
    <message>
        <source>Project Se&amp;ttings…</source>
        <translation>Pro&amp;jekteinstellungen…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Erste Schritte</translation>
    </message>
    <message>
        <source>&lt;b&gt;Getting started&lt;/b&gt;&lt;br&gt;A demo project opens at the first start. Start your own with File › New Project (%1) or open one (%2).&lt;ul style=&quot;margin-left: 12px; -qt-list-indent: 0&quot;&gt;&lt;li&gt;Choose a territory in the Territories dock, then paint units into it with Paint (%3).&lt;/li&gt;&lt;li&gt;Drag the border between two territories with Move Border (%4).&lt;/li&gt;&lt;li&gt;Show the plan to a room in workshop mode (%5; Esc leaves).&lt;/li&gt;&lt;li&gt;Undo any change with %6.&lt;/li&gt;&lt;/ul&gt;All keys: Help › Keyboard Shortcuts (%7).</source>
        <translation>&lt;b&gt;Erste Schritte&lt;/b&gt;&lt;br&gt;Beim ersten Start öffnet sich ein Demoprojekt. Beginnen Sie ein eigenes mit Datei › Neues Projekt (%1) oder öffnen Sie eines (%2).&lt;ul style=&quot;margin-left: 12px; -qt-list-indent: 0&quot;&gt;&lt;li&gt;Wählen Sie im Bereich „Gebiete“ ein Gebiet und malen Sie dann mit „Malen“ (%3) Flächen hinein.&lt;/li&gt;&lt;li&gt;Ziehen Sie die Grenze zwischen zwei Gebieten mit „Grenze ziehen“ (%4).&lt;/li&gt;&lt;li&gt;Zeigen Sie den Plan einer Runde im Workshop-Modus (%5; Esc beendet ihn).&lt;/li&gt;&lt;li&gt;Machen Sie jede Änderung mit %6 rückgängig.&lt;/li&gt;&lt;/ul&gt;Alle Tasten: Hilfe › Tastenkürzel (%7).</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written</source>
        <translation>Export abgebrochen; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>The scenario shown and edited</source>
        <translation>Das angezeigte und bearbeitete Szenario</translation>
    </message>
    <message>
        <source> Team: </source>
        <translation> Team: </translation>
    </message>
    <message>
        <source>The team whose territories the map fills and whose accounts the figures count</source>
        <translation>Das Team, dessen Gebiete die Karte füllt und dessen Kunden die Zahlen zählen</translation>
    </message>
    <message>
        <source>Cannot switch team</source>
        <translation>Team kann nicht gewechselt werden</translation>
    </message>
    <message>
        <source>%1 (overlay)</source>
        <translation>%1 (Overlay)</translation>
    </message>
    <message>
        <source>Other &amp;Team&apos;s Borders</source>
        <translation>Grenzen eines anderen &amp;Teams</translation>
    </message>
    <message>
        <source>(None)</source>
        <translation>(Keine)</translation>
    </message>
    <message>
        <source>The project has one team</source>
        <translation>Das Projekt hat ein Team</translation>
    </message>
</context>
<context>
    <name>tp::ui::MapInspector</name>
    <message>
        <source>unassigned</source>
        <translation>nicht zugeordnet</translation>
    </message>
    <message>
        <source>%1 (%2)
%3
%4 accounts · %5 h workload · potential %6</source>
        <translation>%1 (%2)
%3
%4 Kunden · %5 h Aufwand · Potenzial %6</translation>
    </message>
    <message>
        <source>%1 (%2)
%3 · %4 · tier %5
%6%7</source>
        <translation>%1 (%2)
%3 · %4 · Stufe %5
%6%7</translation>
    </message>
    <message>
        <source> (named account)</source>
        <translation> (Namenskunde)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Revenue potential</source>
        <translation>Umsatzpotenzial</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Aufwand</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Fläche</translation>
    </message>
    <message>
        <source>Its territory</source>
        <translation>Sein Gebiet</translation>
    </message>
    <message>
        <source>Capacity used</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>Deviation from mean</source>
        <translation>Abweichung vom Mittel</translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation>Teile</translation>
    </message>
    <message>
        <source>CRM id</source>
        <translation>CRM-ID</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Named account</source>
        <translation>Namenskunde</translation>
    </message>
    <message>
        <source>yes, regardless of geography</source>
        <translation>ja, unabhängig von der Lage</translation>
    </message>
</context>
<context>
    <name>tp::ui::MapLegend</name>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>Territories in view</source>
        <translation>Gebiete im Ausschnitt</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Accounts by segment</source>
        <translation>Kunden nach Segment</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Mid-Market</source>
        <translation>Mittelstand</translation>
    </message>
    <message>
        <source>SMB</source>
        <translation>KMU</translation>
    </message>
    <message>
        <source>Other segments</source>
        <translation>Andere Segmente</translation>
    </message>
    <message>
        <source>Small account (lowest fifth by size)</source>
        <translation>Kleiner Kunde (unterstes Fünftel nach Größe)</translation>
    </message>
    <message>
        <source>Large account (highest fifth by size)</source>
        <translation>Großer Kunde (oberstes Fünftel nach Größe)</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Markierungen</translation>
    </message>
    <message>
        <source>Stray piece, apart from its territory</source>
        <translation>Abgetrenntes Teil, abseits seines Gebiets</translation>
    </message>
    <message>
        <source>Unit changed from the compared scenario</source>
        <translation>Fläche gegenüber dem Vergleichsszenario geändert</translation>
    </message>
    <message>
        <source>Label: over the tolerance (+%1 %)</source>
        <translation>Beschriftung: über der Toleranz (+%1 %)</translation>
    </message>
    <message>
        <source>Label: under the tolerance (−%1 %)</source>
        <translation>Beschriftung: unter der Toleranz (−%1 %)</translation>
    </message>
    <message>
        <source>Label: within ±%1 %</source>
        <translation>Beschriftung: innerhalb ±%1 %</translation>
    </message>
</context>
<context>
    <name>tp::ui::MapTools</name>
    <message>
        <source>Drop the account on a territory.</source>
        <translation>Legen Sie den Kunden auf einem Gebiet ab.</translation>
    </message>
    <message>
        <source>Choose the territory to paint with in the Territories dock.</source>
        <translation>Wählen Sie im Bereich „Gebiete“ das Gebiet, mit dem gemalt wird.</translation>
    </message>
    <message>
        <source>Moving the border between %1 and %2 (Esc cancels)</source>
        <translation>Grenze zwischen %1 und %2 wird verschoben (Esc bricht ab)</translation>
    </message>
    <message>
        <source>Brush: the unit under the cursor ([ and ] change the size)</source>
        <translation>Pinsel: die Fläche unter dem Mauszeiger ([ und ] ändern die Größe)</translation>
    </message>
    <message>
        <source>Brush radius: %1 px ([ and ] change it)</source>
        <translation>Pinselradius: %1 px ([ und ] ändern ihn)</translation>
    </message>
    <message>
        <source>%1 is locked: its units were left as they are.</source>
        <translation>%1 ist gesperrt: Seine Flächen bleiben, wie sie sind.</translation>
    </message>
</context>
<context>
    <name>tp::ui::MetricsDock</name>
    <message>
        <source>Balance</source>
        <translation>Ausgewogenheit</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>Kein Projekt geöffnet</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regionen</translation>
    </message>
    <message>
        <source>Show regions and districts, summed over their territories</source>
        <translation>Regionen und Bezirke zeigen, summiert über ihre Gebiete</translation>
    </message>
    <message>
        <source>Tolerance:</source>
        <translation>Toleranz:</translation>
    </message>
    <message>
        <source>By capacity</source>
        <translation>Nach Kapazität</translation>
    </message>
    <message>
        <source>Measure each territory against its share by its rep&apos;s capacity (a rep at part time or ramping up in the first six months carries less) instead of against the mean</source>
        <translation>Jedes Gebiet an seinem Anteil nach der Kapazität seines Vertrieblers messen (wer Teilzeit arbeitet oder in den ersten sechs Monaten einsteigt, trägt weniger) statt am Mittelwert</translation>
    </message>
    <message>
        <source>targets by capacity need a capacity for every territory&apos;s rep: against the mean</source>
        <translation>Ziele nach Kapazität brauchen eine Kapazität für den Vertriebler jedes Gebiets: gegen den Mittelwert</translation>
    </message>
    <message>
        <source>Hours a year = visits a year by tier × hours a visit by segment, for accounts whose file gave no workload. File › Project Settings… changes the rule.</source>
        <translation>Stunden pro Jahr = Besuche pro Jahr nach Stufe × Stunden pro Besuch nach Segment, für Kunden, deren Datei keinen Arbeitsaufwand angab. Datei › Projekteinstellungen… ändert die Regel.</translation>
    </message>
    <message>
        <source>The measure the territories are balanced on: the deviations, the chart and the map labels follow it</source>
        <translation>Die Kennzahl, nach der die Gebiete ausgeglichen werden: Abweichungen, Diagramm und Kartenbeschriftungen folgen ihr</translation>
    </message>
    <message>
        <source>Spread: the largest territory&apos;s value minus the smallest&apos;s, divided by the mean (0 is perfect balance; against capacity targets, of each value divided by its target).
Within ±N %: territories whose value is within the tolerance of the mean (or target).
CV: coefficient of variation, the standard deviation divided by the mean.</source>
        <translation>Spannweite: der Wert des größten Gebiets minus der des kleinsten, geteilt durch den Mittelwert (0 ist vollkommen ausgeglichen; bei Kapazitätszielen von Wert geteilt durch Ziel).
Innerhalb ±N %: Gebiete, deren Wert innerhalb der Toleranz um den Mittelwert (oder das Ziel) liegt.
VK: Variationskoeffizient, die Standardabweichung geteilt durch den Mittelwert.</translation>
    </message>
    <message>
        <source>Balance on:</source>
        <translation>Ausgleichen nach:</translation>
    </message>
</context>
<context>
    <name>tp::ui::MetricsTableModel</name>
    <message numerus="yes">
        <source>This territory is in %n separate pieces.</source>
        <translation>
            <numerusform>Dieses Gebiet besteht aus %n Teil.</numerusform>
            <numerusform>Dieses Gebiet besteht aus %n getrennten Teilen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tp::ui::NewProjectDialog</name>
    <message>
        <source>New Project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>z. B. %1</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Project file:</source>
        <translation>&amp;Projektdatei:</translation>
    </message>
    <message>
        <source>Units to plan with</source>
        <translation>Flächen für die Planung</translation>
    </message>
    <message>
        <source>US &amp;counties</source>
        <translation>US-&amp;Countys</translation>
    </message>
    <message>
        <source>Approximate ZIP&amp;3 areas (drawn around ZIP centres)</source>
        <translation>Ungefähre ZIP&amp;3-Bereiche (um ZIP-Mittelpunkte gezeichnet)</translation>
    </message>
    <message>
        <source>Approximate &amp;ZIP areas (drawn around ZIP centres)</source>
        <translation>Ungefähre &amp;ZIP-Bereiche (um ZIP-Mittelpunkte gezeichnet)</translation>
    </message>
    <message>
        <source>A polygon &amp;file (GeoPackage, Shapefile, GeoJSON, KML…)</source>
        <translation>Eine Polygon&amp;datei (GeoPackage, Shapefile, GeoJSON, KML…)</translation>
    </message>
    <message>
        <source>Each bundled ZIP centre gets the land nearer to it than to any other ZIP centre of its state; ZIP3 areas join the ZIPs that share their first three digits. Accounts go to the area their postal code names. These are not official boundaries: for those, choose a ZCTA polygon file.</source>
        <translation>Jeder mitgelieferte ZIP-Mittelpunkt erhält das Land, das näher an ihm liegt als an jedem anderen ZIP-Mittelpunkt seines Bundesstaats; ZIP3-Bereiche fassen die ZIPs zusammen, deren erste drei Ziffern übereinstimmen. Kunden kommen in den Bereich, den ihre Postleitzahl nennt. Dies sind keine amtlichen Grenzen: Wählen Sie dafür eine ZCTA-Polygondatei.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Territory projects (*.territory)</source>
        <translation>Gebietsprojekte (*.territory)</translation>
    </message>
    <message>
        <source>Unit Polygons</source>
        <translation>Flächenpolygone</translation>
    </message>
    <message>
        <source>GIS files (*.gpkg *.shp *.geojson *.json *.kml);;All files (*)</source>
        <translation>GIS-Dateien (*.gpkg *.shp *.geojson *.json *.kml);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>tp::ui::OwnerPlanDialog</name>
    <message>
        <source>Plan from CRM Owners</source>
        <translation>Plan aus CRM-Besitzern</translation>
    </message>
    <message>
        <source>Start from how the CRM covers the accounts today: one territory per account owner, holding the units where that owner has most accounts; the owner&apos;s other accounts become named accounts of the territory. Owners not in the rep roster are added to it.</source>
        <translation>Beginnen Sie mit der heutigen Abdeckung laut CRM: ein Gebiet je Kundenbesitzer mit den Flächen, in denen dieser Besitzer die meisten Kunden hat; seine übrigen Kunden werden Namenskunden des Gebiets. Besitzer, die nicht in der Vertrieblerliste stehen, werden ihr hinzugefügt.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>As in the CRM</source>
        <translation>Wie im CRM</translation>
    </message>
    <message>
        <source>&amp;Owner column:</source>
        <translation>&amp;Besitzerspalte:</translation>
    </message>
    <message>
        <source>Owner &amp;id column:</source>
        <translation>Besitzer-&amp;ID-Spalte:</translation>
    </message>
    <message>
        <source>New &amp;scenario:</source>
        <translation>Neues &amp;Szenario:</translation>
    </message>
    <message>
        <source>&amp;Create Scenario</source>
        <translation>Szenario &amp;anlegen</translation>
    </message>
    <message>
        <source>The accounts have no imported columns: import a CRM export with an owner column (Account Owner, Owner, Owner Id, …) first.</source>
        <translation>Die Kunden haben keine importierten Spalten: Importieren Sie zuerst einen CRM-Export mit einer Besitzerspalte (Account Owner, Owner, Owner Id, …).</translation>
    </message>
    <message>
        <source>No account has an owner in this column.</source>
        <translation>Kein Kunde hat in dieser Spalte einen Besitzer.</translation>
    </message>
    <message>
        <source>(choose a column)</source>
        <translation>(Spalte wählen)</translation>
    </message>
    <message>
        <source>No imported column is named like an owner column (Account Owner, Owner, Sales Rep, …): choose the column that names each account&apos;s owner.</source>
        <translation>Keine importierte Spalte heißt wie eine Besitzerspalte (Account Owner, Owner, Sales Rep, …): Wählen Sie die Spalte, die den Besitzer jedes Kunden nennt.</translation>
    </message>
</context>
<context>
    <name>tp::ui::ProjectSettingsDialog</name>
    <message>
        <source>Project Settings</source>
        <translation>Projekteinstellungen</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Visits a year</source>
        <translation>Besuche pro Jahr</translation>
    </message>
    <message>
        <source>(other tiers)</source>
        <translation>(andere Stufen)</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Hours a visit</source>
        <translation>Stunden pro Besuch</translation>
    </message>
    <message>
        <source>(other segments)</source>
        <translation>(andere Segmente)</translation>
    </message>
    <message>
        <source>Add &amp;Tier</source>
        <translation>&amp;Stufe hinzufügen</translation>
    </message>
    <message>
        <source>Remove Tier</source>
        <translation>Stufe entfernen</translation>
    </message>
    <message>
        <source>Add &amp;Segment</source>
        <translation>S&amp;egment hinzufügen</translation>
    </message>
    <message>
        <source>Remove Segment</source>
        <translation>Segment entfernen</translation>
    </message>
    <message>
        <source>Accounts whose file has no workload get hours a year = visits a year (by their tier) × hours a visit (by their segment). Imports use this rule; accounts whose workload came from a file column keep it.</source>
        <translation>Kunden, deren Datei keinen Arbeitsaufwand enthält, erhalten Stunden pro Jahr = Besuche pro Jahr (nach ihrer Stufe) × Stunden pro Besuch (nach ihrem Segment). Importe verwenden diese Regel; Kunden, deren Arbeitsaufwand aus einer Dateispalte stammt, behalten ihn.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Recompute the workload of the %n accounts that take it from the rule</source>
        <translation>
            <numerusform>Arbeitsaufwand des %n Kunden, der ihn aus der Regel bezieht, &amp;neu berechnen</numerusform>
            <numerusform>Arbeitsaufwand der %n Kunden, die ihn aus der Regel beziehen, &amp;neu berechnen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accounts whose workload was given by the imported file keep it.</source>
        <translation>
            <numerusform>%n Kunde, dessen Arbeitsaufwand aus der importierten Datei stammt, behält ihn.</numerusform>
            <numerusform>%n Kunden, deren Arbeitsaufwand aus der importierten Datei stammt, behalten ihn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accounts whose workload came from the file&apos;s column “%1” keep it.</source>
        <translation>
            <numerusform>%n Kunde, dessen Arbeitsaufwand aus der Dateispalte „%1“ stammt, behält ihn.</numerusform>
            <numerusform>%n Kunden, deren Arbeitsaufwand aus der Dateispalte „%1“ stammt, behalten ihn.</numerusform>
        </translation>
    </message>
    <message>
        <source>Workload from tiers</source>
        <translation>Arbeitsaufwand nach Stufen</translation>
    </message>
    <message>
        <source>The value for accounts whose tier or segment is not listed, or empty</source>
        <translation>Der Wert für Kunden, deren Stufe oder Segment nicht aufgeführt oder leer ist</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>„%1“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>an account of tier %1 and segment %2: %3 h a year</source>
        <translation>ein Kunde der Stufe %1 im Segment %2: %3 h pro Jahr</translation>
    </message>
    <message>
        <source>of another tier and segment: %1 h a year</source>
        <translation>einer anderen Stufe und eines anderen Segments: %1 h pro Jahr</translation>
    </message>
    <message>
        <source>For example: %1.</source>
        <translation>Zum Beispiel: %1.</translation>
    </message>
</context>
<context>
    <name>tp::ui::QuotaDialog</name>
    <message>
        <source>Set Quotas</source>
        <translation>Quoten festlegen</translation>
    </message>
    <message>
        <source>Share of revenue potential</source>
        <translation>Anteil am Umsatzpotenzial</translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation>Anteil am Umsatz</translation>
    </message>
    <message>
        <source>Weighted mix</source>
        <translation>Gewichtete Mischung</translation>
    </message>
    <message>
        <source> % potential</source>
        <translation> % Potenzial</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>Potenzial</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>Locked: keeps the quota typed here</source>
        <translation>Gesperrt: behält die hier eingegebene Quote</translation>
    </message>
    <message>
        <source>Company &amp;target:</source>
        <translation>Unternehmens&amp;ziel:</translation>
    </message>
    <message>
        <source>&amp;Distribute by:</source>
        <translation>&amp;Verteilen nach:</translation>
    </message>
    <message>
        <source>&amp;Round to:</source>
        <translation>&amp;Runden auf:</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>%1 territories, %2 in all.</source>
        <translation>%1 Gebiete, %2 insgesamt.</translation>
    </message>
</context>
<context>
    <name>tp::ui::RepDialog</name>
    <message>
        <source>Edit Rep</source>
        <translation>Vertriebler bearbeiten</translation>
    </message>
    <message>
        <source>New Rep</source>
        <translation>Neuer Vertriebler</translation>
    </message>
    <message>
        <source>as the CRM&apos;s owner column writes it</source>
        <translation>wie in der Besitzerspalte des CRM geschrieben</translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation>ZIP-Code</translation>
    </message>
    <message>
        <source>Look Up</source>
        <translation>Nachschlagen</translation>
    </message>
    <message>
        <source> h/year</source>
        <translation> h/Jahr</translation>
    </message>
    <message>
        <source>e.g. Retail, Health</source>
        <translation>z. B. Einzelhandel, Gesundheit</translation>
    </message>
    <message>
        <source>e.g. Enterprise, SMB</source>
        <translation>z. B. Enterprise, KMU</translation>
    </message>
    <message>
        <source>yyyy-mm-dd (for ramping)</source>
        <translation>JJJJ-MM-TT (für die Einarbeitung)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>CRM &amp;user id:</source>
        <translation>CRM-&amp;Benutzer-ID:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>R&amp;olle:</translation>
    </message>
    <message>
        <source>&amp;Home:</source>
        <translation>&amp;Standort:</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>&amp;Kapazität:</translation>
    </message>
    <message>
        <source>&amp;Quota:</source>
        <translation>&amp;Quote:</translation>
    </message>
    <message>
        <source>&amp;Industries:</source>
        <translation>Bran&amp;chen:</translation>
    </message>
    <message>
        <source>&amp;Segments:</source>
        <translation>Se&amp;gmente:</translation>
    </message>
    <message>
        <source>S&amp;tart date:</source>
        <translation>S&amp;tartdatum:</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>placed on the map</source>
        <translation>auf der Karte platziert</translation>
    </message>
    <message>
        <source>no home yet</source>
        <translation>noch kein Standort</translation>
    </message>
    <message>
        <source>%1 is not a known US ZIP code.</source>
        <translation>%1 ist kein bekannter US-ZIP-Code.</translation>
    </message>
    <message>
        <source>The bundled postal codes could not be read, so ZIP codes cannot be looked up.</source>
        <translation>Die mitgelieferten Postleitzahlen konnten nicht gelesen werden, daher können keine ZIP-Codes nachgeschlagen werden.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>A rep needs a name.</source>
        <translation>Ein Vertriebler braucht einen Namen.</translation>
    </message>
    <message>
        <source>The start date %1 is not a date (yyyy-mm-dd).</source>
        <translation>Das Startdatum %1 ist kein Datum (JJJJ-MM-TT).</translation>
    </message>
</context>
<context>
    <name>tp::ui::RepImportWizard</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>CRM user id</source>
        <translation>CRM-Benutzer-ID</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Home ZIP code</source>
        <translation>PLZ des Standorts</translation>
    </message>
    <message>
        <source>Home (place name)</source>
        <translation>Standort (Ortsname)</translation>
    </message>
    <message>
        <source>Home longitude</source>
        <translation>Längengrad des Standorts</translation>
    </message>
    <message>
        <source>Home latitude</source>
        <translation>Breitengrad des Standorts</translation>
    </message>
    <message>
        <source>Capacity (hours a year)</source>
        <translation>Kapazität (Stunden pro Jahr)</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>Industries</source>
        <translation>Branchen</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Why it is rejected</source>
        <translation>Ablehnungsgrund</translation>
    </message>
    <message>
        <source>Import Reps</source>
        <translation>Vertriebler importieren</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Roster file</source>
        <translation>Datei mit der Vertrieblerliste</translation>
    </message>
    <message>
        <source>A CSV, TSV or spreadsheet (XLSX, ODS) with one rep a row.</source>
        <translation>Eine CSV-, TSV- oder Tabellenkalkulationsdatei (XLSX, ODS) mit einem Vertriebler pro Zeile.</translation>
    </message>
    <message>
        <source>Rosters (*.csv *.tsv *.txt *.xlsx *.ods);;All files (*)</source>
        <translation>Vertrieblerlisten (*.csv *.tsv *.txt *.xlsx *.ods);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Which column gives each field; the first reps below show how they will be read.</source>
        <translation>Welche Spalte welches Feld liefert; die ersten Vertriebler unten zeigen, wie sie gelesen werden.</translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation>Was der Import tun wird</translation>
    </message>
    <message>
        <source>Nothing is written until you press Import; it is then one step to undo.</source>
        <translation>Es wird nichts geschrieben, bis Sie auf „Importieren“ drücken; danach lässt es sich in einem Schritt rückgängig machen.</translation>
    </message>
    <message>
        <source>This file cannot be read: %1</source>
        <translation>Diese Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>(not used)</source>
        <translation>(nicht verwendet)</translation>
    </message>
    <message>
        <source>No name column: every row will be rejected.</source>
        <translation>Keine Namensspalte: Jede Zeile wird abgelehnt.</translation>
    </message>
    <message>
        <source>No capacity column: capacity will be 0 (no utilisation) for every rep.</source>
        <translation>Keine Kapazitätsspalte: Die Kapazität ist für jeden Vertriebler 0 (keine Auslastung).</translation>
    </message>
    <message>
        <source>No CRM user id column: reps are matched to the roster by name.</source>
        <translation>Keine Spalte mit CRM-Benutzer-ID: Vertriebler werden der Vertrieblerliste über den Namen zugeordnet.</translation>
    </message>
    <message>
        <source>No home coordinates or ZIP column: reps will have no home (no travel figures).</source>
        <translation>Keine Spalte mit Standortkoordinaten oder PLZ: Vertriebler haben keinen Standort (keine Fahrtkennzahlen).</translation>
    </message>
    <message numerus="yes">
        <source>%n reps read, %1 rows rejected.</source>
        <translation>
            <numerusform>%n Vertriebler gelesen, %1 Zeilen abgelehnt.</numerusform>
            <numerusform>%n Vertriebler gelesen, %1 Zeilen abgelehnt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reps to add</source>
        <translation>
            <numerusform>%n Vertriebler wird hinzugefügt</numerusform>
            <numerusform>%n Vertriebler werden hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>%n zu aktualisieren</numerusform>
            <numerusform>%n zu aktualisieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unverändert</numerusform>
            <numerusform>%n unverändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows rejected</source>
        <translation>
            <numerusform>%n Zeile abgelehnt</numerusform>
            <numerusform>%n Zeilen abgelehnt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tp::ui::RepTableModel</name>
    <message>
        <source>Inside</source>
        <translation>Innendienst</translation>
    </message>
    <message>
        <source>Overlay</source>
        <translation>Overlay</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Außendienst</translation>
    </message>
    <message>
        <source>No home yet: set it by ZIP code or on the map</source>
        <translation>Noch kein Standort: Legen Sie ihn per ZIP-Code oder auf der Karte fest</translation>
    </message>
    <message>
        <source>on the map</source>
        <translation>auf der Karte</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Vertriebler</translation>
    </message>
    <message>
        <source>CRM user id</source>
        <translation>CRM-Benutzer-ID</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Capacity (h)</source>
        <translation>Kapazität (h)</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>Territories</source>
        <translation>Gebiete</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>Industries</source>
        <translation>Branchen</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
</context>
<context>
    <name>tp::ui::ReportOptionsDialog</name>
    <message>
        <source>A page per territory with its map and account list</source>
        <translation>Eine Seite je Gebiet mit Karte und Kundenliste</translation>
    </message>
    <message>
        <source>A thematic page: units coloured by</source>
        <translation>Eine thematische Seite: Flächen gefärbt nach</translation>
    </message>
    <message>
        <source>PDF Report</source>
        <translation>PDF-Bericht</translation>
    </message>
    <message>
        <source>Besides the map page and the territory summary, add:</source>
        <translation>Neben der Kartenseite und der Gebietsübersicht hinzufügen:</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n class(es), as chosen in the Theme dock.</source>
        <translation>
            <numerusform>%1 in %n Klasse, wie im Themen-Dock gewählt.</numerusform>
            <numerusform>%1 in %n Klassen, wie im Themen-Dock gewählt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tp::ui::RepsDock</name>
    <message>
        <source>Reps</source>
        <translation>Vertriebler</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Neu…</translation>
    </message>
    <message>
        <source>Add a rep to the roster</source>
        <translation>Einen Vertriebler zur Vertrieblerliste hinzufügen</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the rep (or double-click)</source>
        <translation>Den Vertriebler bearbeiten (oder doppelklicken)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Remove the rep from the roster</source>
        <translation>Den Vertriebler aus der Vertrieblerliste entfernen</translation>
    </message>
    <message>
        <source>Delete Rep</source>
        <translation>Vertriebler löschen</translation>
    </message>
    <message>
        <source>Remove %1 from the roster? (Undo brings the rep back.)</source>
        <translation>%1 aus der Vertrieblerliste entfernen? (Rückgängig holt den Vertriebler zurück.)</translation>
    </message>
    <message>
        <source>Leaves…</source>
        <translation>Scheidet aus…</translation>
    </message>
    <message>
        <source>The rep leaves: its territories in this scenario stay vacant or go to another rep</source>
        <translation>Der Vertriebler scheidet aus: Seine Gebiete in diesem Szenario bleiben unbesetzt oder gehen an einen anderen Vertriebler</translation>
    </message>
    <message>
        <source>Keep the territories vacant</source>
        <translation>Gebiete unbesetzt lassen</translation>
    </message>
    <message>
        <source>Give them to %1</source>
        <translation>An %1 übergeben</translation>
    </message>
    <message>
        <source>%1 Leaves</source>
        <translation>%1 scheidet aus</translation>
    </message>
    <message>
        <source>Their territories in this scenario:</source>
        <translation>Die Gebiete in diesem Szenario:</translation>
    </message>
    <message>
        <source>Handoff</source>
        <translation>Übergabe</translation>
    </message>
    <message>
        <source>Home on Map</source>
        <translation>Standort auf Karte</translation>
    </message>
    <message>
        <source>Click on the map where the rep lives (Esc cancels)</source>
        <translation>Klicken Sie auf der Karte auf den Wohnort des Vertrieblers (Esc bricht ab)</translation>
    </message>
    <message>
        <source>Suggest Owners…</source>
        <translation>Besitzer vorschlagen…</translation>
    </message>
    <message>
        <source>The best reps for the territories of this scenario (travel, skills, capacity), shown as a diff to apply</source>
        <translation>Die besten Vertriebler für die Gebiete dieses Szenarios (Anfahrt, Fachgebiete, Kapazität), als Änderungen zum Übernehmen gezeigt</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Add or update reps from a CSV or XLSX file</source>
        <translation>Vertriebler aus einer CSV- oder XLSX-Datei hinzufügen oder aktualisieren</translation>
    </message>
    <message>
        <source>Import Reps</source>
        <translation>Vertriebler importieren</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Write the roster to a CSV or XLSX file</source>
        <translation>Die Vertrieblerliste in eine CSV- oder XLSX-Datei schreiben</translation>
    </message>
    <message>
        <source>Export Reps</source>
        <translation>Vertriebler exportieren</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1: %2 accounts, %3 workload hours → %4</source>
        <translation>%1: %2 Kunden, %3 Arbeitsstunden → %4</translation>
    </message>
    <message>
        <source>vacant</source>
        <translation>unbesetzt</translation>
    </message>
    <message>
        <source>%1 owns no territory in this scenario.</source>
        <translation>%1 besitzt in diesem Szenario kein Gebiet.</translation>
    </message>
    <message>
        <source>%1 leaves. Handoff:</source>
        <translation>%1 scheidet aus. Übergabe:</translation>
    </message>
    <message>
        <source>Click on the map where %1 lives (Esc cancels).</source>
        <translation>Klicken Sie auf der Karte auf den Wohnort von %1 (Esc bricht ab).</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>near %1, %2</source>
        <translation>nahe %1, %2</translation>
    </message>
    <message>
        <source>The bundled postal codes could not be read: %1</source>
        <translation>Die mitgelieferten Postleitzahlen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Es wurde nichts importiert: %1</translation>
    </message>
    <message>
        <source>%1 reps read from %2: %3 new, %4 matched by CRM user id or name.</source>
        <translation>%1 Vertriebler aus %2 gelesen: %3 neu, %4 über CRM-Benutzer-ID oder Name zugeordnet.</translation>
    </message>
    <message>
        <source>%1 rows were rejected:</source>
        <translation>%1 Zeilen wurden abgelehnt:</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… und %1 weitere.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Exported the roster to %1</source>
        <translation>Vertrieblerliste nach %1 exportiert</translation>
    </message>
    <message>
        <source>Split them among the neighbouring territories</source>
        <translation>Sie auf die Nachbargebiete aufteilen</translation>
    </message>
    <message>
        <source>%1 reps read from %2: %3 new, %4 matched by CRM user id or name; %5 rows rejected.</source>
        <translation>%1 Vertriebler aus %2 gelesen: %3 neu, %4 über CRM-Benutzer-ID oder Name zugeordnet; %5 Zeilen abgelehnt.</translation>
    </message>
    <message>
        <source>Split Among Neighbours</source>
        <translation>Unter Nachbarn aufteilen</translation>
    </message>
    <message>
        <source>Balancing the neighbouring territories…</source>
        <translation>Die benachbarten Gebiete werden ausgeglichen…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written</source>
        <translation>Export abgebrochen; es wurde nichts geschrieben</translation>
    </message>
</context>
<context>
    <name>tp::ui::ScenariosDock</name>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>vorgeschlagen</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>freigegeben</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Szenarien</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>A new scenario as a copy of the current one</source>
        <translation>Ein neues Szenario als Kopie des aktuellen</translation>
    </message>
    <message>
        <source>Copy Scenario</source>
        <translation>Szenario kopieren</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>A new scenario without territories</source>
        <translation>Ein neues Szenario ohne Gebiete</translation>
    </message>
    <message>
        <source>New Scenario</source>
        <translation>Neues Szenario</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Rename the current scenario</source>
        <translation>Das aktuelle Szenario umbenennen</translation>
    </message>
    <message>
        <source>Rename Scenario</source>
        <translation>Szenario umbenennen</translation>
    </message>
    <message>
        <source>Draft, proposed or approved</source>
        <translation>Entwurf, vorgeschlagen oder freigegeben</translation>
    </message>
    <message>
        <source>Plan of record</source>
        <translation>Gültiger Plan</translation>
    </message>
    <message>
        <source>Make the current (approved) scenario the plan of record</source>
        <translation>Das aktuelle (freigegebene) Szenario zum gültigen Plan machen</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Vergleichen…</translation>
    </message>
    <message>
        <source>Compare the current scenario with another</source>
        <translation>Das aktuelle Szenario mit einem anderen vergleichen</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Compare the current scenario with:</source>
        <translation>Das aktuelle Szenario vergleichen mit:</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected scenario (not the current one)</source>
        <translation>Das ausgewählte Szenario löschen (nicht das aktuelle)</translation>
    </message>
    <message>
        <source>Delete Scenario</source>
        <translation>Szenario löschen</translation>
    </message>
    <message>
        <source>Delete %1 with its territories? This cannot be undone.</source>
        <translation>%1 mit seinen Gebieten löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Notes on this scenario</source>
        <translation>Notizen zu diesem Szenario</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notizen:</translation>
    </message>
</context>
<context>
    <name>tp::ui::ShortcutsDialog</name>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Search actions or keys</source>
        <translation>Aktionen oder Tasten suchen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>tp::ui::SuggestOwnersDialog</name>
    <message>
        <source>Suggest Owners</source>
        <translation>Besitzer vorschlagen</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <source>Rep now</source>
        <translation>Vertriebler jetzt</translation>
    </message>
    <message>
        <source>Suggested rep</source>
        <translation>Vorgeschlagener Vertriebler</translation>
    </message>
    <message>
        <source>Travel (km)</source>
        <translation>Anfahrt (km)</translation>
    </message>
    <message>
        <source>(vacant)</source>
        <translation>(unbesetzt)</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>Es ist kein Projekt geöffnet.</translation>
    </message>
    <message>
        <source>The current owners are already the best assignment.</source>
        <translation>Die aktuellen Besitzer sind bereits die beste Zuordnung.</translation>
    </message>
    <message>
        <source>%1 of %2 territories would change owner (cost %3 → %4: travel, skills, segments and capacity, with a bonus for keeping the current owner).</source>
        <translation>Bei %1 von %2 Gebieten würde der Besitzer wechseln (Kosten %3 → %4: Anfahrt, Fachgebiete, Segmente und Kapazität, mit einem Bonus für das Beibehalten des aktuellen Besitzers).</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>Give the territories to the suggested reps (one undo step)</source>
        <translation>Die Gebiete den vorgeschlagenen Vertrieblern geben (ein Rückgängig-Schritt)</translation>
    </message>
</context>
<context>
    <name>tp::ui::TerritoriesDock</name>
    <message>
        <source>Territories</source>
        <translation>Gebiete</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Vertriebler</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Flächen</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Create a territory</source>
        <translation>Ein Gebiet anlegen</translation>
    </message>
    <message>
        <source>New Territory</source>
        <translation>Neues Gebiet</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Rename the territory</source>
        <translation>Das Gebiet umbenennen</translation>
    </message>
    <message>
        <source>Rename Territory</source>
        <translation>Gebiet umbenennen</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Choose the territory&apos;s colour</source>
        <translation>Die Farbe des Gebiets wählen</translation>
    </message>
    <message>
        <source>Territory Colour</source>
        <translation>Gebietsfarbe</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Lock or unlock: tools refuse to change a locked territory</source>
        <translation>Sperren oder entsperren: Werkzeuge ändern kein gesperrtes Gebiet</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Zusammenführen…</translation>
    </message>
    <message>
        <source>Merge this territory into another</source>
        <translation>Dieses Gebiet mit einem anderen zusammenführen</translation>
    </message>
    <message>
        <source>Merge Territory</source>
        <translation>Gebiet zusammenführen</translation>
    </message>
    <message>
        <source>Merge into:</source>
        <translation>Zusammenführen mit:</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Teilen</translation>
    </message>
    <message>
        <source>Make the selected units of this territory a new territory</source>
        <translation>Die ausgewählten Flächen dieses Gebiets zu einem neuen Gebiet machen</translation>
    </message>
    <message>
        <source>Split Territory</source>
        <translation>Gebiet teilen</translation>
    </message>
    <message>
        <source>Name of the new territory:</source>
        <translation>Name des neuen Gebiets:</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the territory; its units become unassigned</source>
        <translation>Das Gebiet löschen; seine Flächen werden frei</translation>
    </message>
    <message>
        <source>Delete Territory</source>
        <translation>Gebiet löschen</translation>
    </message>
    <message>
        <source>Delete %1? Its units become unassigned (Undo brings it back).</source>
        <translation>%1 löschen? Seine Flächen werden frei (Rückgängig holt es zurück).</translation>
    </message>
    <message>
        <source>Assign selection</source>
        <translation>Auswahl zuordnen</translation>
    </message>
    <message>
        <source>Give the selected units to this territory (Enter)</source>
        <translation>Die ausgewählten Flächen diesem Gebiet geben (Eingabe)</translation>
    </message>
    <message>
        <source>Rep:</source>
        <translation>Vertriebler:</translation>
    </message>
    <message>
        <source>(no rep)</source>
        <translation>(kein Vertriebler)</translation>
    </message>
    <message>
        <source>Territory %1</source>
        <translation>Gebiet %1</translation>
    </message>
    <message>
        <source>%1 (split)</source>
        <translation>%1 (geteilt)</translation>
    </message>
    <message>
        <source>Assign selection: open a project first</source>
        <translation>Auswahl zuordnen: Öffnen Sie zuerst ein Projekt</translation>
    </message>
    <message>
        <source>Assign selection: choose a territory (click it here or in the Balance table) and select units (Select tool, S)</source>
        <translation>Auswahl zuordnen: Wählen Sie ein Gebiet (klicken Sie es hier oder in der Tabelle „Ausgewogenheit“ an) und wählen Sie Flächen aus (Werkzeug „Auswählen“, S)</translation>
    </message>
    <message>
        <source>Assign selection: choose a territory first (click it here or in the Balance table)</source>
        <translation>Auswahl zuordnen: Wählen Sie zuerst ein Gebiet (klicken Sie es hier oder in der Tabelle „Ausgewogenheit“ an)</translation>
    </message>
    <message>
        <source>Assign selection: select units first (Select tool, S)</source>
        <translation>Auswahl zuordnen: Wählen Sie zuerst Flächen aus (Werkzeug „Auswählen“, S)</translation>
    </message>
    <message>
        <source>Give the selected units to %1 (Enter)</source>
        <translation>Die ausgewählten Flächen an %1 geben (Eingabe)</translation>
    </message>
</context>
<context>
    <name>tp::ui::TerritoryLabeller</name>
    <message>
        <source>Vacant</source>
        <translation>Unbesetzt</translation>
    </message>
</context>
<context>
    <name>tp::ui::TerritoryTreeModel</name>
    <message>
        <source>%1 (locked: tools leave it unchanged)</source>
        <translation>%1 (gesperrt: Werkzeuge ändern es nicht)</translation>
    </message>
</context>
<context>
    <name>tp::ui::ThemeDock</name>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Compared with:</source>
        <translation>Verglichen mit:</translation>
    </message>
    <message>
        <source>Colour units by:</source>
        <translation>Flächen färben nach:</translation>
    </message>
    <message>
        <source>Classes:</source>
        <translation>Klassen:</translation>
    </message>
    <message>
        <source>Number of classes:</source>
        <translation>Anzahl der Klassen:</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Farben:</translation>
    </message>
    <message>
        <source>Territories</source>
        <translation>Gebiete</translation>
    </message>
    <message>
        <source>Colour the map by territory</source>
        <translation>Karte nach Gebieten färben</translation>
    </message>
    <message>
        <source>Colour units by a figure (potential, density, penetration, coverage, change) with a legend</source>
        <translation>Flächen nach einer Kennzahl färben (Potenzial, Dichte, Durchdringung, Auslastung, Änderung), mit Legende</translation>
    </message>
    <message>
        <source>&amp;Thematic Map</source>
        <translation>&amp;Thematische Karte</translation>
    </message>
    <message>
        <source>%1 units · %2 without a value</source>
        <translation>%1 Flächen · %2 ohne Wert</translation>
    </message>
</context>
<context>
    <name>tp::ui::ThemeLegend</name>
    <message>
        <source>Click to fold or unfold the legend</source>
        <translation>Klicken, um die Legende ein- oder auszuklappen</translation>
    </message>
</context>
<context>
    <name>tp::ui::ToleranceMark</name>
    <message>
        <source>over the tolerance</source>
        <translation>über der Toleranz</translation>
    </message>
    <message>
        <source>under the tolerance</source>
        <translation>unter der Toleranz</translation>
    </message>
    <message>
        <source>within the tolerance</source>
        <translation>innerhalb der Toleranz</translation>
    </message>
</context>
<context>
    <name>tp::ui::UnitImportWizard</name>
    <message>
        <source>Import Units</source>
        <translation>Flächen importieren</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Unit layer file</source>
        <translation>Datei mit der Flächenebene</translation>
    </message>
    <message>
        <source>A GeoPackage, Shapefile, GeoJSON, KML or any other GIS file with polygons.</source>
        <translation>Ein GeoPackage, Shapefile, GeoJSON, KML oder eine andere GIS-Datei mit Polygonen.</translation>
    </message>
    <message>
        <source>GIS files (*.gpkg *.shp *.geojson *.json *.kml);;All files (*)</source>
        <translation>GIS-Dateien (*.gpkg *.shp *.geojson *.json *.kml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>Which layer holds the units; its fields and first features are shown.</source>
        <translation>Welche Ebene die Flächen enthält; ihre Felder und ersten Objekte werden angezeigt.</translation>
    </message>
    <message>
        <source>&amp;Layer:</source>
        <translation>&amp;Ebene:</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <source>Which field gives each unit&apos;s code (unique), name and region.</source>
        <translation>Welches Feld den Code (eindeutig), den Namen und die Region jeder Fläche liefert.</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>This file has no layer of polygons: units need areas, not points or lines.</source>
        <translation>Diese Datei hat keine Polygonebene: Flächen müssen Polygone sein, keine Punkte oder Linien.</translation>
    </message>
    <message>
        <source>This file cannot be read: %1</source>
        <translation>Diese Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 (%2: not polygons)</source>
        <translation>%1 (%2: keine Polygone)</translation>
    </message>
    <message>
        <source>(feature number)</source>
        <translation>(Objektnummer)</translation>
    </message>
    <message>
        <source>(same as the code)</source>
        <translation>(wie der Code)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>The %1 units of this project will be replaced by the layer&apos;s %2 features; each scenario keeps the assignments of units that keep their place, and all %3 accounts are placed in the new units again.</source>
        <translation>Die %1 Flächen dieses Projekts werden durch die %2 Objekte der Ebene ersetzt; jedes Szenario behält die Zuordnungen der Flächen, die an ihrem Platz bleiben, und alle %3 Kunden werden erneut den neuen Flächen zugeordnet.</translation>
    </message>
    <message>
        <source>(unknown number of)</source>
        <translation>(unbekannte Anzahl)</translation>
    </message>
    <message>
        <source>Codes must be unique and not empty; invalid polygons are repaired, and projected layers are reprojected.</source>
        <translation>Codes müssen eindeutig und nicht leer sein; ungültige Polygone werden repariert und projizierte Ebenen umprojiziert.</translation>
    </message>
    <message numerus="yes">
        <source>%1 features · %2 · %n fields</source>
        <translation>
            <numerusform>%1 Objekte · %2 · %n Feld</numerusform>
            <numerusform>%1 Objekte · %2 · %n Felder</numerusform>
        </translation>
    </message>
    <message>
        <source>an unknown number of</source>
        <translation>eine unbekannte Anzahl</translation>
    </message>
</context>
<context>
    <name>tp::ui::WhiteSpaceDock</name>
    <message>
        <source>White Space</source>
        <translation>Weiße Flecken</translation>
    </message>
    <message>
        <source>The figure the list is ranked by; units without it are not listed</source>
        <translation>Die Kennzahl, nach der die Liste geordnet ist; Flächen ohne sie erscheinen nicht</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Units whose revenue is below this share of their revenue potential are listed</source>
        <translation>Flächen, deren Umsatz unter diesem Anteil ihres Umsatzpotenzials liegt, werden aufgeführt</translation>
    </message>
    <message>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <source>Units farther than this from the home of the rep who owns them are listed</source>
        <translation>Flächen, die weiter als dies vom Wohnort ihres Vertrieblers entfernt sind, werden aufgeführt</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Only the first N of the list</source>
        <translation>Nur die ersten N der Liste</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Flächen</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regionen</translation>
    </message>
    <message>
        <source>Units, or the counties or states they lie in</source>
        <translation>Flächen, oder die Countys bzw. Bundesstaaten, in denen sie liegen</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Erste</translation>
    </message>
    <message>
        <source>Rank by</source>
        <translation>Ordnen nach</translation>
    </message>
    <message>
        <source>or farther than</source>
        <translation>oder weiter als</translation>
    </message>
    <message>
        <source>Penetration below</source>
        <translation>Durchdringung unter</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Zoom To</source>
        <translation>Hinzoomen</translation>
    </message>
    <message>
        <source>Fit the map to the chosen rows (or double-click a row)</source>
        <translation>Karte auf die gewählten Zeilen einpassen (oder Doppelklick auf eine Zeile)</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>Auswählen</translation>
    </message>
    <message>
        <source>Select the units of the chosen rows (every listed unit when none is chosen) to paint or assign them</source>
        <translation>Die Flächen der gewählten Zeilen auswählen (alle aufgeführten, wenn keine gewählt ist), um sie zu malen oder zuzuordnen</translation>
    </message>
    <message numerus="yes">
        <source>%n region(s) with %1 unit(s) · potential %2</source>
        <translation>
            <numerusform>%n Region mit %1 Flächen · Potenzial %2</numerusform>
            <numerusform>%n Regionen mit %1 Flächen · Potenzial %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) · potential %1</source>
        <translation>
            <numerusform>%n Fläche · Potenzial %1</numerusform>
            <numerusform>%n Flächen · Potenzial %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tp::ui::WhiteSpaceTableModel</name>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n Fläche</numerusform>
            <numerusform>%n Flächen</numerusform>
        </translation>
    </message>
    <message>
        <source>(unassigned)</source>
        <translation>(ohne Gebiet)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Fläche</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Flächen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Gründe</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>Potenzial</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Penetration %</source>
        <translation>Durchdringung %</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Vertriebler</translation>
    </message>
    <message>
        <source>Max. km to rep</source>
        <translation>Max. km zum Vertriebler</translation>
    </message>
    <message>
        <source>Km to rep</source>
        <translation>km zum Vertriebler</translation>
    </message>
</context>
</TS>
