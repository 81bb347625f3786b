<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Classification</name>
    <message>
        <source>Quantiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equal intervals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Natural breaks (Jenks)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColorRamp</name>
    <message>
        <source>Yellow–blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oranges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red–blue ±</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orange–purple ±</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectSession</name>
    <message>
        <source>There is no team %1 in this project.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Balance Bar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamEditor</name>
    <message>
        <source>A team needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a team called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created team %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no team %1 in this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team %1 renamed to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account %1 in this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Team %1 (%2) covers: %3; %n account(s) added by hand</source>
        <translation>
            <numerusform>Team %1 (%2) covers: %3; %n account added by hand</numerusform>
            <numerusform>Team %1 (%2) covers: %3; %n accounts added by hand</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n excluded</source>
        <translation>
            <numerusform>, %n excluded</numerusform>
            <numerusform>, %n excluded</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is the only team; a project keeps at least one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted team %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitThemeValues</name>
    <message>
        <source>%1 per km²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penetration (revenue / potential)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage (workload / rep capacity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change in territory %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown measure &quot;%1&quot; (known: %2; or penetration, coverage, density:MEASURE, change:MEASURE)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::AccountRule</name>
    <message>
        <source>Unknown combination &quot;%1&quot; (and, or).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A condition names no field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The range of %1 needs two numbers, the smaller first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown condition &quot;%1&quot; (equals, in, range).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A condition must start with a field name (segment, industry, tier, a column).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: say = value, in values or between low and high.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in needs values separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 between needs two numbers: between 10 and 20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 between: the smaller number comes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected and or or after the condition on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rule combines its conditions either all with and or all with or.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quote (&quot;) is not closed.</source>
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
    <message>
        <source>Quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attain. %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vacant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>targets by rep capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: spread (max − min) of value / target %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: spread (max − min) / mean %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 within ±%3 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CV %1</source>
        <translation type="unfinished"></translation>
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
    <name>tp::QuotaAllocator</name>
    <message>
        <source>The target and the rounding step must be numbers of zero or more, the weight of potential between 0 and 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The locked quotas (%1) add up to more than the target (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every quota is locked, so %1 of the target has nowhere to go.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::ThematicMap</name>
    <message>
        <source>%1 · 1 class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 vs. %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other scenario to compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::ThematicMap::Options</name>
    <message>
        <source>Unknown classification &quot;%1&quot; (jenks, quantiles or equal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of classes must be 3 to 9, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown colour ramp &quot;%1&quot; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many parts in &quot;%1&quot; (FIGURE[:METHOD[:CLASSES[:RAMP]]])</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::WhiteSpaceFinder</name>
    <message>
        <source>unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low penetration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>far from rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::WorkloadRule</name>
    <message>
        <source>Every %1 needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of %1 &quot;%2&quot; must be a number of zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The values for other tiers and segments must be numbers of zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 visits a year × %2 hours a visit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::WorkloadSource</name>
    <message>
        <source>from tiers for %1 accounts (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given by the imported file for %1 accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the file&apos;s column “%1” for %2 accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workload: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from tiers for %1 accounts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::io::AccountImporter</name>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::io::AccountSheetExporter</name>
    <message>
        <source>External id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territory (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::io::ChangeListExporter</name>
    <message>
        <source>Handoffs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Losing rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaining rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change list needs a baseline scenario to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::io::ColumnMapping</name>
    <message>
        <source>External id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
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
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude</source>
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
    <message>
        <source>No location columns: choose longitude and latitude or a postal code, else every row is rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longitude/latitude columns: accounts are placed at their postal code&apos;s centre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No id column: ids are made from line numbers, so a later import matches accounts by line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No name column: accounts will have no names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No potential column: Potential will be 0 for every account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No revenue column: Revenue will be 0 for every account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pipeline column: Pipeline will be 0 for every account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workload column: workload comes from the tier rule (visits per year × hours per visit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workload column and no tier column: every account gets the rule for accounts without a tier, so workload balance becomes an account count.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::io::ExportRunner</name>
    <message>
        <source>%1 cannot be written as %2 (use %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::io::OutputFile</name>
    <message>
        <source>Cannot write &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file name was given to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder &quot;%1&quot; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a file in &quot;%1&quot; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file was not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the export was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot replace &quot;%1&quot; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::io::OutputGuard</name>
    <message>
        <source>&quot;%1&quot; is the open project file; choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a working file of the open project; choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::io::PdfReportWriter</name>
    <message>
        <source>Boundaries: US Census Bureau (us-atlas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boundaries: the project&apos;s unit layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territory summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territory summary (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
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
        <source>%1 accounts · potential %2 · revenue %3 · pipeline %4 · workload %5 h · capacity %6 % · deviation %7 % · %8 piece(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no scenario to report on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF report needs the graphical application object (fonts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report could not be drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot paint the report on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boundaries: approximate ZIP areas (drawn around ZIP centres) from bundled ZIP points; states: US Census (us-atlas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units per class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deviation from the balance target: ▲ over +%1 %, ▼ under −%1 %, ✓ within ±%1 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::io::PngImageWriter</name>
    <message>
        <source>Encoding the image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image could not be encoded as PNG</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::io::RepSheetExporter</name>
    <message>
        <source>Reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM user id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity (hours/year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territories</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::io::TerritorySummaryExporter</name>
    <message>
        <source>Territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
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
    <message>
        <source>Capacity hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deviation %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area km²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perimeter km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compactness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean travel km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep CRM user id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attainment %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline coverage</source>
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
        <source>Territories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance index (max - min) / mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coefficient of variation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territories in several pieces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penetration %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Km to rep</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::io::UnitImporter</name>
    <message>
        <source>Reading units from %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding neighbouring units…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units: approximate ZIP areas (drawn around ZIP centres), not official ZIP boundaries: the land nearest each bundled ZIP point (zipcodes package), clipped to its state (US Census, us-atlas).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units: approximate ZIP3 areas (drawn around ZIP centres), not official boundaries: the approximate ZIP areas (the land nearest each bundled ZIP point, clipped to its state) merged by the first three digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units: US counties (US Census Bureau, us-atlas).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units: US states (US Census Bureau, us-atlas).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::optimize::OptimizerProblem</name>
    <message>
        <source>A measure to balance is not in the measure list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure weights must be positive and tolerances zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A territory to optimise is not in this scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building a different number of territories needs every territory in scope and unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This scenario has no territories; build some first (mode build with a territory count).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No territory can change: all are locked or out of scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territory %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are fewer units than territories to build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its named accounts alone are above the band&apos;s top (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 alone (%2) is above the band&apos;s top (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has a single unit and cannot be left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cap on moved accounts or revenue was reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no further move keeps every territory in one piece%1 and brings it closer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, within its region,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is at %2%3 on %4 (band ±%5): %6.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::optimize::OptimizerReport</name>
    <message>
        <source>rebalance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 territories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ×%2 ±%3 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workload hours ×1 ±5 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measures: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>targets by rep capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1 % of accounts moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1 % of revenue moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compactness: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>border length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>travel from rep home</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>only %n selected territories</source>
        <translation>
            <numerusform>only %n selected territory</numerusform>
            <numerusform>only %n selected territories</numerusform>
        </translation>
    </message>
    <message>
        <source>one region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>units stay in their region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time limit %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worst %1 (±%2 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>territories out of band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>units moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accounts moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revenue moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pieces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>travel (weighted mean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped early: this is the best plan found so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every territory is inside its band.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n territories are outside their band; this is the best plan found:</source>
        <translation>
            <numerusform>%n territory is outside its band; this is the best plan found:</numerusform>
            <numerusform>%n territories are outside their band; this is the best plan found:</numerusform>
        </translation>
    </message>
    <message>
        <source>worst %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 out of band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 units, %2 accounts moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by the optimiser. %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::session::AccountImportApplier</name>
    <message>
        <source>The import was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Merging %n accounts…</source>
        <translation>
            <numerusform>Merging %n account…</numerusform>
            <numerusform>Merging %n accounts…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Placing %n accounts in their units…</source>
        <translation>
            <numerusform>Placing %n account in its unit…</numerusform>
            <numerusform>Placing %n accounts in their units…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Writing %n accounts…</source>
        <translation>
            <numerusform>Writing %n account…</numerusform>
            <numerusform>Writing %n accounts…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tp::session::AccountImportDryRun</name>
    <message>
        <source>Comparing with the project&apos;s accounts…</source>
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
    <message numerus="yes">
        <source>%n placed by postal code</source>
        <translation>
            <numerusform>%n placed by postal code</numerusform>
            <numerusform>%n placed by postal code</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n by location</source>
        <translation>
            <numerusform>%n by location</numerusform>
            <numerusform>%n by location</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n postal codes match no unit: %1</source>
        <translation>
            <numerusform>%n postal code matches no unit: %1</numerusform>
            <numerusform>%n postal codes match no unit: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tp::session::BorderFront</name>
    <message>
        <source>Press on the border between two territories to move it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is locked: unlock it to move its border.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>This rep is not in the roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::session::NeighbourSplit</name>
    <message>
        <source>The scenario no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territory %1 is not a territory of this scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is locked: unlock it to hand its units over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unlocked territory borders these territories: give them to a rep instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 left unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 accounts, %3 workload hours → %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split %1 among neighbouring territories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balancing the neighbouring territories…</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>The scenario no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::session::OwnerPlanWriter</name>
    <message>
        <source>The units changed since the owners were read; read them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the rep roster yet; add the owners as reps first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account has an owner in the chosen column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built from the account owners in column &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coloured the territories so that neighbours differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owners in column &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (new reps: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · units to the owner with most accounts there: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · named accounts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · accounts without an owner (they follow their unit): %1</source>
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
    <message>
        <source>The quota of %1 must be a number of zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota of %1 set to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked the quota of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocked the quota of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rep needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: capacity and quota must be numbers of zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the home is not a longitude and latitude on Earth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CRM user id %1 belongs to %2 already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added rep %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renamed to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>home %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capacity %1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quota %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM user id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed rep %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no rep %1 in this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed rep %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reps: %1 added, %2 changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed rep %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 vacant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gave %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New owners for %1 territories: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotas of %1 territories set (%2 in all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep %1 exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep %1 changed since this edit was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 still owns %2 (in %3 scenarios): let the rep leave first, so the territories go vacant or to another rep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Workload rule set to %1; the workload of %n accounts recomputed</source>
        <translation>
            <numerusform>Workload rule set to %1; the workload of %n account recomputed</numerusform>
            <numerusform>Workload rule set to %1; the workload of %n accounts recomputed</numerusform>
        </translation>
    </message>
    <message>
        <source>Workload rule set to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workload rule changed since this edit was made.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::session::UnitLayerReplacer</name>
    <message numerus="yes">
        <source>Keeping the assignments of %n units…</source>
        <translation>
            <numerusform>Keeping the assignment of %n unit…</numerusform>
            <numerusform>Keeping the assignments of %n units…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Placing %n accounts in the new units…</source>
        <translation>
            <numerusform>Placing %n account in the new units…</numerusform>
            <numerusform>Placing %n accounts in the new units…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Writing %n units…</source>
        <translation>
            <numerusform>Writing %n unit…</numerusform>
            <numerusform>Writing %n units…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Writing %n accounts…</source>
        <translation>
            <numerusform>Writing %n account…</numerusform>
            <numerusform>Writing %n accounts…</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>%n accounts placed by postal code</source>
        <translation>
            <numerusform>%n account placed by postal code</numerusform>
            <numerusform>%n accounts placed by postal code</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n by location</source>
        <translation>
            <numerusform>%n by location</numerusform>
            <numerusform>%n by location</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n postal codes match no unit: %1</source>
        <translation>
            <numerusform>%n postal code matches no unit: %1</numerusform>
            <numerusform>%n postal codes match no unit: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tp::ui::AccountImportWizard</name>
    <message>
        <source>Import Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::ui::BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Deviation from the capacity targets: %1 (the %2 furthest of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deviation from the capacity targets: %1</source>
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
    <message>
        <source>Applied to %1, a copy of the approved starting scenario, as one step (Edit › Undo takes it back).</source>
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
    <name>tp::ui::CoverageDock</name>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In no territory</source>
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
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No primary team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two primary teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every account has exactly one primary team (%n primary team(s)).</source>
        <translation>
            <numerusform>Every account has exactly one primary team (%n primary team).</numerusform>
            <numerusform>Every account has exactly one primary team (%n primary teams).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 accounts have no primary team, %2 have two or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overlay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No primary team (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two primary teams (%1)</source>
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
    <message>
        <source>%1 (plan of record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no other scenario to compare &quot;%1&quot; with: copy the plan in the Scenarios dock first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none: no previous owner column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare &quot;%1&quot; with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous owners from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::ui::FirstRunHint</name>
    <message>
        <source>Got it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this hint (it is not shown again)</source>
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
    <name>tp::ui::ImportActions</name>
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
        <source>No project is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rows rejected</source>
        <translation>
            <numerusform>%n row rejected</numerusform>
            <numerusform>%n rows rejected</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading units…</source>
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
        <source>Import Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacing the units…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::ui::ImportDryRunPage</name>
    <message>
        <source>What the import will do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been written yet. Import applies exactly this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Rejected Rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was read and nothing was written. Read the file again, go back to change your choices, or cancel the import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rows read:</source>
        <translation>
            <numerusform>%n row read:</numerusform>
            <numerusform>%n rows read:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accounts to add</source>
        <translation>
            <numerusform>%n account to add</numerusform>
            <numerusform>%n accounts to add</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>%n to update</numerusform>
            <numerusform>%n to update</numerusform>
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
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejected</numerusform>
            <numerusform>%n rejected</numerusform>
        </translation>
    </message>
    <message>
        <source>The project has no units yet: accounts lie outside every unit until units are imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n accounts fall outside every unit and will belong to no territory (lines %1).</source>
        <translation>
            <numerusform>%n account falls outside every unit and will belong to no territory (lines %1).</numerusform>
            <numerusform>%n accounts fall outside every unit and will belong to no territory (lines %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Every account lies in a unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n accounts are placed by their postal code.</source>
        <translation>
            <numerusform>%n account is placed by its postal code.</numerusform>
            <numerusform>%n accounts are placed by their postal code.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accounts get their workload from the tier rule.</source>
        <translation>
            <numerusform>%n account gets its workload from the tier rule.</numerusform>
            <numerusform>%n accounts get their workload from the tier rule.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures after the import: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table shows the first %1 rejected rows; Save Rejected Rows writes all %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Rejected Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::ui::ImportFilePage</name>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::ui::ImportLocationPage</name>
    <message>
        <source>Locating accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each account is placed on the map, and so in a unit and a territory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both: &amp;coordinates, else the postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both: the &amp;postal code, else coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coor&amp;dinates only (longitude and latitude, or the layer&apos;s points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code o&amp;nly (the centre of its ZIP area)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapped columns give no location: go back and choose longitude and latitude or a postal code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Swap latitude and longitude back where they look swapped (else such rows are rejected)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::ui::ImportMappingPage</name>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which column feeds each account field. Fields left unused get no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the mapping you chose the last time you imported a file with these columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other columns to &amp;keep (numeric ones become measures):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is chosen for two fields; a column can feed one field only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (numbers: a measure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (text)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::ui::ImportSourcePage</name>
    <message>
        <source>Sheet and encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rows as they will be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sheet or layer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect (UTF-8, else Windows-1252)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1252 / Latin-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text &amp;encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns separated by %1; amounts like 1,234 read with a decimal %2 unless their column shows otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layer&apos;s points locate the accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n columns.</source>
        <translation>
            <numerusform>%n column.</numerusform>
            <numerusform>%n columns.</numerusform>
        </translation>
    </message>
    <message>
        <source>The text is not UTF-8: it is read as Windows-1252.</source>
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
    <message>
        <source>Thematic map (units by figure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account density (heat map)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far each account&apos;s weight spreads (a Gaussian kernel cut at this radius)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heat map radius:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weighted by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours are relative to the densest places in view (square-root scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sparse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another team&apos;s borders (View › Other Team)</source>
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
        <source>%1 · scenario: %2 (%3) · %Ln accounts</source>
        <translation>
            <numerusform>%1 · scenario: %2 (%3) · %Ln account</numerusform>
            <numerusform>%1 · scenario: %2 (%3) · %Ln accounts</numerusform>
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
        <source>Select Whole Co&amp;unties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select Whole S&amp;tates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;Quotas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest &amp;Owners…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fill Enclosed Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selection encloses no units: select a closed ring of units first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %n enclosed unit(s) to the selection.</source>
        <translation>
            <numerusform>Added %n enclosed unit to the selection.</numerusform>
            <numerusform>Added %n enclosed units to the selection.</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan from CRM O&amp;wners…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Getting started&lt;/b&gt;&lt;br&gt;A demo project opens at the first start. Start your own with File › New Project (%1) or open one (%2).&lt;ul style=&quot;margin-left: 12px; -qt-list-indent: 0&quot;&gt;&lt;li&gt;Choose a territory in the Territories dock, then paint units into it with Paint (%3).&lt;/li&gt;&lt;li&gt;Drag the border between two territories with Move Border (%4).&lt;/li&gt;&lt;li&gt;Show the plan to a room in workshop mode (%5; Esc leaves).&lt;/li&gt;&lt;li&gt;Undo any change with %6.&lt;/li&gt;&lt;/ul&gt;All keys: Help › Keyboard Shortcuts (%7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario shown and edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Team: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team whose territories the map fills and whose accounts the figures count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot switch team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (overlay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other &amp;Team&apos;s Borders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(None)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has one team</source>
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
    <name>tp::ui::MapLegend</name>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territories in view</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Accounts by segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mid-Market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small account (lowest fifth by size)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large account (highest fifth by size)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stray piece, apart from its territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit changed from the compared scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label: over the tolerance (+%1 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label: under the tolerance (−%1 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label: within ±%1 %</source>
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
    <message>
        <source>Moving the border between %1 and %2 (Esc cancels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brush: the unit under the cursor ([ and ] change the size)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brush radius: %1 px ([ and ] change it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is locked: its units were left as they are.</source>
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
    <message>
        <source>By capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure each territory against its share by its rep&apos;s capacity (a rep at part time or ramping up in the first six months carries less) instead of against the mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>targets by capacity need a capacity for every territory&apos;s rep: against the mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours a year = visits a year by tier × hours a visit by segment, for accounts whose file gave no workload. File › Project Settings… changes the rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measure the territories are balanced on: the deviations, the chart and the map labels follow it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spread: the largest territory&apos;s value minus the smallest&apos;s, divided by the mean (0 is perfect balance; against capacity targets, of each value divided by its target).
Within ±N %: territories whose value is within the tolerance of the mean (or target).
CV: coefficient of variation, the standard deviation divided by the mean.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance on:</source>
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
    <name>tp::ui::NewProjectDialog</name>
    <message>
        <source>New Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Project file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units to plan with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US &amp;counties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approximate ZIP&amp;3 areas (drawn around ZIP centres)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approximate &amp;ZIP areas (drawn around ZIP centres)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A polygon &amp;file (GeoPackage, Shapefile, GeoJSON, KML…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each bundled ZIP centre gets the land nearer to it than to any other ZIP centre of its state; ZIP3 areas join the ZIPs that share their first three digits. Accounts go to the area their postal code names. These are not official boundaries: for those, choose a ZCTA polygon file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territory projects (*.territory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit Polygons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GIS files (*.gpkg *.shp *.geojson *.json *.kml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::ui::OwnerPlanDialog</name>
    <message>
        <source>Plan from CRM Owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from how the CRM covers the accounts today: one territory per account owner, holding the units where that owner has most accounts; the owner&apos;s other accounts become named accounts of the territory. Owners not in the rep roster are added to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As in the CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner &amp;id column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;scenario:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accounts have no imported columns: import a CRM export with an owner column (Account Owner, Owner, Owner Id, …) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account has an owner in this column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose a column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No imported column is named like an owner column (Account Owner, Owner, Sales Rep, …): choose the column that names each account&apos;s owner.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::ui::ProjectSettingsDialog</name>
    <message>
        <source>Project Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(other tiers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours a visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(other segments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts whose file has no workload get hours a year = visits a year (by their tier) × hours a visit (by their segment). Imports use this rule; accounts whose workload came from a file column keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Recompute the workload of the %n accounts that take it from the rule</source>
        <translation>
            <numerusform>&amp;Recompute the workload of the %n account that takes it from the rule</numerusform>
            <numerusform>&amp;Recompute the workload of the %n accounts that take it from the rule</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accounts whose workload was given by the imported file keep it.</source>
        <translation>
            <numerusform>%n account whose workload was given by the imported file keeps it.</numerusform>
            <numerusform>%n accounts whose workload was given by the imported file keep it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accounts whose workload came from the file&apos;s column “%1” keep it.</source>
        <translation>
            <numerusform>%n account whose workload came from the file&apos;s column “%1” keeps it.</numerusform>
            <numerusform>%n accounts whose workload came from the file&apos;s column “%1” keep it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Workload from tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value for accounts whose tier or segment is not listed, or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an account of tier %1 and segment %2: %3 h a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of another tier and segment: %1 h a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::ui::QuotaDialog</name>
    <message>
        <source>Set Quotas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of revenue potential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted mix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> % potential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territory</source>
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
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked: keeps the quota typed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company &amp;target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Distribute by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Round to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 territories, %2 in all.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::ui::RepDialog</name>
    <message>
        <source>Edit Rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as the CRM&apos;s owner column writes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h/year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Retail, Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Enterprise, SMB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-mm-dd (for ramping)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM &amp;user id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Home:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quota:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Industries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Segments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tart date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>placed on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no home yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a known US ZIP code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundled postal codes could not be read, so ZIP codes cannot be looked up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rep needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start date %1 is not a date (yyyy-mm-dd).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::ui::RepImportWizard</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM user id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home ZIP code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home (place name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity (hours a year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV, TSV or spreadsheet (XLSX, ODS) with one rep a row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rosters (*.csv *.tsv *.txt *.xlsx *.ods);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which column gives each field; the first reps below show how they will be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is written until you press Import; it is then one step to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No name column: every row will be rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No capacity column: capacity will be 0 (no utilisation) for every rep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CRM user id column: reps are matched to the roster by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No home coordinates or ZIP column: reps will have no home (no travel figures).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reps read, %1 rows rejected.</source>
        <translation>
            <numerusform>%n rep read, %1 rows rejected.</numerusform>
            <numerusform>%n reps read, %1 rows rejected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reps to add</source>
        <translation>
            <numerusform>%n rep to add</numerusform>
            <numerusform>%n reps to add</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>%n to update</numerusform>
            <numerusform>%n to update</numerusform>
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
        <source>%n rows rejected</source>
        <translation>
            <numerusform>%n row rejected</numerusform>
            <numerusform>%n rows rejected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tp::ui::RepTableModel</name>
    <message>
        <source>Inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No home yet: set it by ZIP code or on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM user id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::ui::ReportOptionsDialog</name>
    <message>
        <source>A page per territory with its map and account list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A thematic page: units coloured by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Besides the map page and the territory summary, add:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n class(es), as chosen in the Theme dock.</source>
        <translation>
            <numerusform>%1 in %n class, as chosen in the Theme dock.</numerusform>
            <numerusform>%1 in %n classes, as chosen in the Theme dock.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tp::ui::RepsDock</name>
    <message>
        <source>Reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a rep to the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the rep (or double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the rep from the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the roster? (Undo brings the rep back.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaves…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rep leaves: its territories in this scenario stay vacant or go to another rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the territories vacant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give them to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Leaves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their territories in this scenario:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home on Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click on the map where the rep lives (Esc cancels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest Owners…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The best reps for the territories of this scenario (travel, skills, capacity), shown as a diff to apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or update reps from a CSV or XLSX file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the roster to a CSV or XLSX file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 accounts, %3 workload hours → %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vacant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 owns no territory in this scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 leaves. Handoff:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click on the map where %1 lives (Esc cancels).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>near %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundled postal codes could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reps read from %2: %3 new, %4 matched by CRM user id or name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows were rejected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the roster to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split them among the neighbouring territories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reps read from %2: %3 new, %4 matched by CRM user id or name; %5 rows rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split Among Neighbours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balancing the neighbouring territories…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written</source>
        <translation type="unfinished"></translation>
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
    <name>tp::ui::ShortcutsDialog</name>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search actions or keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::ui::SuggestOwnersDialog</name>
    <message>
        <source>Suggest Owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel (km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(vacant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current owners are already the best assignment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 territories would change owner (cost %3 → %4: travel, skills, segments and capacity, with a bonus for keeping the current owner).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the territories to the suggested reps (one undo step)</source>
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
    <message>
        <source>Assign selection: open a project first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign selection: choose a territory (click it here or in the Balance table) and select units (Select tool, S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign selection: choose a territory first (click it here or in the Balance table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign selection: select units first (Select tool, S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the selected units to %1 (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::ui::TerritoryLabeller</name>
    <message>
        <source>Vacant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::ui::TerritoryTreeModel</name>
    <message>
        <source>%1 (locked: tools leave it unchanged)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::ui::ThemeDock</name>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour units by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of classes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour the map by territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour units by a figure (potential, density, penetration, coverage, change) with a legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Thematic Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 units · %2 without a value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::ui::ThemeLegend</name>
    <message>
        <source>Click to fold or unfold the legend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::ui::ToleranceMark</name>
    <message>
        <source>over the tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under the tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within the tolerance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::ui::UnitImportWizard</name>
    <message>
        <source>Import Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit layer file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A GeoPackage, Shapefile, GeoJSON, KML or any other GIS file with polygons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GIS files (*.gpkg *.shp *.geojson *.json *.kml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which layer holds the units; its fields and first features are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Layer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which field gives each unit&apos;s code (unique), name and region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file has no layer of polygons: units need areas, not points or lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2: not polygons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(feature number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(same as the code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 units of this project will be replaced by the layer&apos;s %2 features; each scenario keeps the assignments of units that keep their place, and all %3 accounts are placed in the new units again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown number of)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes must be unique and not empty; invalid polygons are repaired, and projected layers are reprojected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 features · %2 · %n fields</source>
        <translation>
            <numerusform>%1 features · %2 · %n field</numerusform>
            <numerusform>%1 features · %2 · %n fields</numerusform>
        </translation>
    </message>
    <message>
        <source>an unknown number of</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::ui::WhiteSpaceDock</name>
    <message>
        <source>White Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figure the list is ranked by; units without it are not listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units whose revenue is below this share of their revenue potential are listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units farther than this from the home of the rep who owns them are listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first N of the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units, or the counties or states they lie in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or farther than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penetration below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the map to the chosen rows (or double-click a row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the units of the chosen rows (every listed unit when none is chosen) to paint or assign them</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n region(s) with %1 unit(s) · potential %2</source>
        <translation>
            <numerusform>%n region with %1 units · potential %2</numerusform>
            <numerusform>%n regions with %1 units · potential %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) · potential %1</source>
        <translation>
            <numerusform>%n unit · potential %1</numerusform>
            <numerusform>%n units · potential %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tp::ui::WhiteSpaceTableModel</name>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n unit</numerusform>
            <numerusform>%n units</numerusform>
        </translation>
    </message>
    <message>
        <source>(unassigned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons</source>
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
        <source>Penetration %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
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
        <source>Max. km to rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Km to rep</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
