<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>QObject</name>
    <message>
        <source>Balance Bar</source>
        <translation>Balkenleiste</translation>
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
    <message>
        <source>Balance index %1 (%2) · CV %3</source>
        <translation>Balance-Index %1 (%2) · VK %3</translation>
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
    <name>tp::session</name>
    <message>
        <source>The scenario no longer exists.</source>
        <translation>Das Szenario existiert nicht mehr.</translation>
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
</context>
<context>
    <name>tp::session::OptimizationWriter</name>
    <message>
        <source>This result builds new territories; write it as a new scenario.</source>
        <translation>Dieses Ergebnis bildet neue Gebiete; speichern Sie es als neues Szenario.</translation>
    </message>
    <message>
        <source>The units changed since the optimiser ran; run it again.</source>
        <translation>Die Einheiten haben sich seit dem Lauf der Optimierung geändert; starten Sie sie erneut.</translation>
    </message>
    <message>
        <source>A territory of the result has no counterpart in scenario %1.</source>
        <translation>Ein Gebiet des Ergebnisses hat keine Entsprechung im Szenario %1.</translation>
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
        <translation>Nicht zugeordnete Einheiten füllen</translation>
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
        <source>Add a page per territory with its map and account list?</source>
        <translation>Eine Seite je Gebiet mit Karte und Kundenliste anfügen?</translation>
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
        <source>&amp;Accounts…</source>
        <translation>&amp;Kunden…</translation>
    </message>
    <message>
        <source>&amp;Units from a GIS File…</source>
        <translation>&amp;Flächen aus GIS-Datei…</translation>
    </message>
    <message>
        <source>Bundled US &amp;Counties</source>
        <translation>Mitgelieferte US-&amp;Counties</translation>
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
        <source>%1 · scenario: %2 (%3) · %n accounts</source>
        <translation>
            <numerusform>%1 · Szenario: %2 (%3) · %n Kunde</numerusform>
            <numerusform>%1 · Szenario: %2 (%3) · %n Kunden</numerusform>
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
        <source>Import Accounts</source>
        <translation>Kunden importieren</translation>
    </message>
    <message>
        <source>Account tables and GIS files (*.csv *.txt *.xlsx *.ods *.gpkg *.shp *.geojson *.json *.kml);;All files (*)</source>
        <translation>Kundentabellen und GIS-Dateien (*.csv *.txt *.xlsx *.ods *.gpkg *.shp *.geojson *.json *.kml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>%n rows were rejected:</source>
        <translation>
            <numerusform>%n Zeile wurde abgelehnt:</numerusform>
            <numerusform>%n Zeilen wurden abgelehnt:</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Accounts imported</source>
        <translation>Kunden importiert</translation>
    </message>
    <message>
        <source>Import Units</source>
        <translation>Flächen importieren</translation>
    </message>
    <message>
        <source>GIS files (*.gpkg *.shp *.geojson *.json *.kml);;All files (*)</source>
        <translation>GIS-Dateien (*.gpkg *.shp *.geojson *.json *.kml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Units imported: %1</source>
        <translation>Flächen importiert: %1</translation>
    </message>
    <message>
        <source>the bundled US counties</source>
        <translation>den mitgelieferten US-Counties</translation>
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
        <source>the map image could not be encoded as PNG</source>
        <translation>das Kartenbild konnte nicht als PNG kodiert werden</translation>
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
    <name>tp::ui::MapTools</name>
    <message>
        <source>Drop the account on a territory.</source>
        <translation>Legen Sie den Kunden auf einem Gebiet ab.</translation>
    </message>
    <message>
        <source>Choose the territory to paint with in the Territories dock.</source>
        <translation>Wählen Sie im Bereich „Gebiete“ das Gebiet, mit dem gemalt wird.</translation>
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
</context>
</TS>
