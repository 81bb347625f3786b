<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>QObject</name>
    <message>
        <source>Balance Bar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::MeasureDefinition</name>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue potential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workload hours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::MetricsTable</name>
    <message>
        <source>Territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Potential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workload h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dev. %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel km</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Total (%n territories)</source>
        <translation>
            <numerusform>Total (%n territory)</numerusform>
            <numerusform>Total (%n territories)</numerusform>
        </translation>
    </message>
    <message>
        <source>Balance index %1 (%2) · CV %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n territories in several pieces</source>
        <translation>
            <numerusform>%n territory in several pieces</numerusform>
            <numerusform>%n territories in several pieces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accounts unassigned</source>
        <translation>
            <numerusform>%n account unassigned</numerusform>
            <numerusform>%n accounts unassigned</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tp::ParentLinks</name>
    <message>
        <source>The territory &quot;%1&quot; was its own parent or ancestor; it is shown at the top level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario &quot;%1&quot; was its own parent or ancestor; it is shown as an original.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::session</name>
    <message>
        <source>The scenario no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::session::AccountImportSummary</name>
    <message numerus="yes">
        <source>%n accounts added</source>
        <translation>
            <numerusform>%n account added</numerusform>
            <numerusform>%n accounts added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outside every unit</source>
        <translation>
            <numerusform>%n outside every unit</numerusform>
            <numerusform>%n outside every unit</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tp::session::EditFacade</name>
    <message numerus="yes">
        <source>Recoloured %n territories so that neighbours differ</source>
        <translation>
            <numerusform>Recoloured %n territory so that neighbours differ</numerusform>
            <numerusform>Recoloured %n territories so that neighbours differ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tp::session::OptimizationWriter</name>
    <message>
        <source>This result builds new territories; write it as a new scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The units changed since the optimiser ran; run it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A territory of the result has no counterpart in scenario %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::session::PlanEditor</name>
    <message>
        <source>county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no scenario %1 in this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved %1 %2 from %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no unit %1 in this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territory %1 is not a territory of this scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account %1 in this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named account %1 (%2) assigned to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named account %1 (%2) returned to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A territory needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no territory %1 in this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A territory cannot move to another scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created territory %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recoloured %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gave %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left %1 without a rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted territory %1 (%2 %3 unassigned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only two different territories of one scenario can be merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged %1 into %2 (%3 %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select units of %1 to split them off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split %1 %2 off %3 as %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territory %1 is no longer in this scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territory %1 exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is locked: unlock it to change its units or accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The units changed since this edit was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The named accounts changed since this edit was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scenario needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created scenario %1 as a copy of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created empty scenario %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 approved by %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 set from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario %1 renamed to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an approved scenario can be the plan of record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 made the plan of record by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes of %1 changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to another scenario before deleting this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted scenario %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reopened as %2 by %3 on %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::session::UnitReplaceSummary</name>
    <message numerus="yes">
        <source>%n units</source>
        <translation>
            <numerusform>%n unit</numerusform>
            <numerusform>%n units</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assignments kept</source>
        <translation>
            <numerusform>%n assignment kept</numerusform>
            <numerusform>%n assignments kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accounts outside every unit</source>
        <translation>
            <numerusform>%n account outside every unit</numerusform>
            <numerusform>%n accounts outside every unit</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tp::ui::BalanceChart</name>
    <message>
        <source>Deviation from the mean: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deviation from the mean: %1 (the %2 furthest of %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::ui::BalanceDialog</name>
    <message>
        <source>Balance Territories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebalance the current plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build territories from scratch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill unassigned units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as many as now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Territories to build:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tolerance ±%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures to &amp;balance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> % of accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disruption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short borders between territories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Little travel from the rep&apos;s home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compactness:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All territories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the territories ticked below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result is written as a new draft scenario and compared with the plan you start from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply to the Starting Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the territories to balance, or choose another scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best plan so far (%1 s):
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for a balanced plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping; keeping the best plan so far…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (balanced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (balanced %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written as the draft scenario &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied to the starting scenario as one step (Edit › Undo takes it back).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::ui::CompareDock</name>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hatch changed units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Δ accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workload h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Δ workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Δ potential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Δ units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop comparing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Compare… in the Scenarios dock to see what differs between two plans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2: %3 units and %4 accounts change territory; %5 accounts change rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::ui::CompareWindow</name>
    <message>
        <source>Compare Scenarios</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::ui::DetailsDock</name>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#5b6670&apos;&gt;Click a county or an account on the map.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::ui::EditController</name>
    <message>
        <source>Choose a territory to assign to first (Territories dock).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is approved. Edit a copy, or reopen it as a draft (this is logged)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a copy to edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen as draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reopened as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now editing %1; the approved scenario is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::ui::ExportActions</name>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg);;GeoJSON (*.geojson);;Shapefile (*.shp);;KML (*.kml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assignment Sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Assignment Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CRM Owner List…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CRM Owner List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange List…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Change List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territory &amp;Summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Territory Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territory &amp;Boundaries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Territory Boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit Assignments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Unit Assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF &amp;Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a page per territory with its map and account list?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report sent to the printer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::ui::HistoryDock</name>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::ui::LayersDock</name>
    <message>
        <source>Base map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territories and units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection, changes, stray pieces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep home bases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territory labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online map tiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to change the drawing order; the top layer is drawn on top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(all alike)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue potential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size accounts by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts by segment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts by industry:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::ui::MainWindow</name>
    <message>
        <source>Territory projects (*.territory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base map not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Units from a GIS File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundled US &amp;Counties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map as &amp;Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to &amp;Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Territory Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territory Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project open</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · scenario: %2 (%3) · %n accounts</source>
        <translation>
            <numerusform>%1 · scenario: %2 (%3) · %n account</numerusform>
            <numerusform>%1 · scenario: %2 (%3) · %n accounts</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account tables and GIS files (*.csv *.txt *.xlsx *.ods *.gpkg *.shp *.geojson *.json *.kml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rows were rejected:</source>
        <translation>
            <numerusform>%n row was rejected:</numerusform>
            <numerusform>%n rows were rejected:</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GIS files (*.gpkg *.shp *.geojson *.json *.kml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundled US counties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size (%1 × %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Territory Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Territory Planner %1&lt;/h3&gt;&lt;p&gt;Sales territory design on a map, fully offline.&lt;/p&gt;&lt;p&gt;Base map: US Atlas and World Atlas (Natural Earth, US Census Bureau); ZIP code points from the zipcodes package.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to move the map; click to inspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click, drag a rectangle, or Shift-drag a lasso to select units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click or drag over units to give them to the chosen territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Border</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grab a territory at its border and drag the border</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag an account onto another territory (named account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Scenario: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot switch scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot redo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workshop Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;colour Territories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to &amp;Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online Map &amp;Tiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tile &amp;Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tile Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XYZ URL template ({z}, {x}, {y}); mind the server&apos;s usage policy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show on screen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recover a Damaged Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Balance Territories…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project was changed by another program and could not be read again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project was changed by another program; it was reloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover a Damaged Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Recovered Copy As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (recovered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered copy saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recovered copy was saved as %1 and opened.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the map image could not be encoded as PNG</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::ui::MapInspector</name>
    <message>
        <source>unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)
%3
%4 accounts · %5 h workload · potential %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)
%3 · %4 · tier %5
%6%7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (named account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue potential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deviation from mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes, regardless of geography</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::ui::MapTools</name>
    <message>
        <source>Drop the account on a territory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the territory to paint with in the Territories dock.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::ui::MetricsDock</name>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show regions and districts, summed over their territories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tolerance:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::ui::MetricsTableModel</name>
    <message numerus="yes">
        <source>This territory is in %n separate pieces.</source>
        <translation>
            <numerusform>This territory is in %n separate piece.</numerusform>
            <numerusform>This territory is in %n separate pieces.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tp::ui::ScenariosDock</name>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new scenario as a copy of the current one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new scenario without territories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the current scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft, proposed or approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan of record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the current (approved) scenario the plan of record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the current scenario with another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the current scenario with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected scenario (not the current one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 with its territories? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on this scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::ui::TerritoriesDock</name>
    <message>
        <source>Territories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the territory&apos;s colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territory Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock or unlock: tools refuse to change a locked territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge this territory into another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the selected units of this territory a new territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split Territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new territory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the territory; its units become unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1? Its units become unassigned (Undo brings it back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the selected units to this territory (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no rep)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territory %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (split)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
