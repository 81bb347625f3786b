<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>QObject</name>
    <message>
        <source>Balance Bar</source>
        <translation>Barra de equilibrio</translation>
    </message>
</context>
<context>
    <name>tp::MeasureDefinition</name>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Revenue potential</source>
        <translation>Potencial de ingresos</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Cartera</translation>
    </message>
    <message>
        <source>Workload hours</source>
        <translation>Horas de trabajo</translation>
    </message>
</context>
<context>
    <name>tp::MetricsTable</name>
    <message>
        <source>Territory</source>
        <translation>Territorio</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Comercial</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>Potencial</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Cartera</translation>
    </message>
    <message>
        <source>Workload h</source>
        <translation>Carga h</translation>
    </message>
    <message>
        <source>Capacity %</source>
        <translation>Capacidad %</translation>
    </message>
    <message>
        <source>Dev. %</source>
        <translation>Desv. %</translation>
    </message>
    <message>
        <source>Compact.</source>
        <translation>Compac.</translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation>Partes</translation>
    </message>
    <message>
        <source>Travel km</source>
        <translation>Viaje km</translation>
    </message>
    <message numerus="yes">
        <source>Total (%n territories)</source>
        <translation>
            <numerusform>Total (%n territorio)</numerusform>
            <numerusform>Total (%n territorios)</numerusform>
        </translation>
    </message>
    <message>
        <source>Balance index %1 (%2) · CV %3</source>
        <translation>Índice de equilibrio %1 (%2) · CV %3</translation>
    </message>
    <message numerus="yes">
        <source>%n territories in several pieces</source>
        <translation>
            <numerusform>%n territorio en varias partes</numerusform>
            <numerusform>%n territorios en varias partes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accounts unassigned</source>
        <translation>
            <numerusform>%n cuenta sin asignar</numerusform>
            <numerusform>%n cuentas sin asignar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tp::ParentLinks</name>
    <message>
        <source>The territory &quot;%1&quot; was its own parent or ancestor; it is shown at the top level.</source>
        <translation>El territorio «%1» era su propio padre o antecesor; se muestra en el nivel superior.</translation>
    </message>
    <message>
        <source>The scenario &quot;%1&quot; was its own parent or ancestor; it is shown as an original.</source>
        <translation>El escenario «%1» era su propio padre o antecesor; se muestra como original.</translation>
    </message>
</context>
<context>
    <name>tp::session</name>
    <message>
        <source>The scenario no longer exists.</source>
        <translation>El escenario ya no existe.</translation>
    </message>
</context>
<context>
    <name>tp::session::AccountImportSummary</name>
    <message numerus="yes">
        <source>%n accounts added</source>
        <translation>
            <numerusform>%n cuenta añadida</numerusform>
            <numerusform>%n cuentas añadidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n actualizada</numerusform>
            <numerusform>%n actualizadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n sin cambios</numerusform>
            <numerusform>%n sin cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outside every unit</source>
        <translation>
            <numerusform>%n fuera de toda unidad</numerusform>
            <numerusform>%n fuera de toda unidad</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tp::session::EditFacade</name>
    <message numerus="yes">
        <source>Recoloured %n territories so that neighbours differ</source>
        <translation>
            <numerusform>%n territorio recoloreado para que los vecinos se distingan</numerusform>
            <numerusform>%n territorios recoloreados para que los vecinos se distingan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tp::session::OptimizationWriter</name>
    <message>
        <source>This result builds new territories; write it as a new scenario.</source>
        <translation>Este resultado crea territorios nuevos; guárdelo como un escenario nuevo.</translation>
    </message>
    <message>
        <source>The units changed since the optimiser ran; run it again.</source>
        <translation>Las unidades han cambiado desde que se ejecutó el optimizador; ejecútelo de nuevo.</translation>
    </message>
    <message>
        <source>A territory of the result has no counterpart in scenario %1.</source>
        <translation>Un territorio del resultado no tiene equivalente en el escenario %1.</translation>
    </message>
</context>
<context>
    <name>tp::session::PlanEditor</name>
    <message>
        <source>county</source>
        <translation>condado</translation>
    </message>
    <message>
        <source>counties</source>
        <translation>condados</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unidad</translation>
    </message>
    <message>
        <source>units</source>
        <translation>unidades</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>sin asignar</translation>
    </message>
    <message>
        <source>There is no scenario %1 in this project.</source>
        <translation>No hay ningún escenario %1 en este proyecto.</translation>
    </message>
    <message>
        <source>Moved %1 %2 from %3 to %4</source>
        <translation>%1 %2 movidos de %3 a %4</translation>
    </message>
    <message>
        <source>There is no unit %1 in this project.</source>
        <translation>No hay ninguna unidad %1 en este proyecto.</translation>
    </message>
    <message>
        <source>Territory %1 is not a territory of this scenario.</source>
        <translation>El territorio %1 no pertenece a este escenario.</translation>
    </message>
    <message>
        <source>There is no account %1 in this project.</source>
        <translation>No hay ninguna cuenta %1 en este proyecto.</translation>
    </message>
    <message>
        <source>Named account %1 (%2) assigned to %3</source>
        <translation>Cuenta nominal %1 (%2) asignada a %3</translation>
    </message>
    <message>
        <source>Named account %1 (%2) returned to %3</source>
        <translation>Cuenta nominal %1 (%2) devuelta a %3</translation>
    </message>
    <message>
        <source>A territory needs a name.</source>
        <translation>Un territorio necesita un nombre.</translation>
    </message>
    <message>
        <source>There is no territory %1 in this project.</source>
        <translation>No hay ningún territorio %1 en este proyecto.</translation>
    </message>
    <message>
        <source>A territory cannot move to another scenario.</source>
        <translation>Un territorio no puede pasar a otro escenario.</translation>
    </message>
    <message>
        <source>Created territory %1</source>
        <translation>Territorio %1 creado</translation>
    </message>
    <message>
        <source>Renamed %1 to %2</source>
        <translation>%1 renombrado a %2</translation>
    </message>
    <message>
        <source>Recoloured %1</source>
        <translation>%1 recoloreado</translation>
    </message>
    <message>
        <source>Gave %1 to %2</source>
        <translation>%1 asignado a %2</translation>
    </message>
    <message>
        <source>Left %1 without a rep</source>
        <translation>%1 sin comercial</translation>
    </message>
    <message>
        <source>Locked %1</source>
        <translation>%1 bloqueado</translation>
    </message>
    <message>
        <source>Unlocked %1</source>
        <translation>%1 desbloqueado</translation>
    </message>
    <message>
        <source>Moved %1 to %2</source>
        <translation>%1 movido a %2</translation>
    </message>
    <message>
        <source>Deleted territory %1 (%2 %3 unassigned)</source>
        <translation>Territorio %1 eliminado (%2 %3 sin asignar)</translation>
    </message>
    <message>
        <source>Only two different territories of one scenario can be merged.</source>
        <translation>Solo se pueden fusionar dos territorios distintos de un escenario.</translation>
    </message>
    <message>
        <source>Merged %1 into %2 (%3 %4)</source>
        <translation>%1 fusionado con %2 (%3 %4)</translation>
    </message>
    <message>
        <source>Select units of %1 to split them off.</source>
        <translation>Seleccione unidades de %1 para separarlas.</translation>
    </message>
    <message>
        <source>Split %1 %2 off %3 as %4</source>
        <translation>%1 %2 separados de %3 como %4</translation>
    </message>
    <message>
        <source>Territory %1 is no longer in this scenario.</source>
        <translation>El territorio %1 ya no está en este escenario.</translation>
    </message>
    <message>
        <source>Territory %1 exists already.</source>
        <translation>El territorio %1 ya existe.</translation>
    </message>
    <message>
        <source>%1 is locked: unlock it to change its units or accounts.</source>
        <translation>%1 está bloqueado: desbloquéelo para cambiar sus unidades o cuentas.</translation>
    </message>
    <message>
        <source>The units changed since this edit was made.</source>
        <translation>Las unidades han cambiado desde esta edición.</translation>
    </message>
    <message>
        <source>The named accounts changed since this edit was made.</source>
        <translation>Las cuentas nominales han cambiado desde esta edición.</translation>
    </message>
    <message>
        <source>A scenario needs a name.</source>
        <translation>Un escenario necesita un nombre.</translation>
    </message>
    <message>
        <source>Created scenario %1 as a copy of %2</source>
        <translation>Escenario %1 creado como copia de %2</translation>
    </message>
    <message>
        <source>Created empty scenario %1</source>
        <translation>Escenario vacío %1 creado</translation>
    </message>
    <message>
        <source>%1 approved by %2 on %3</source>
        <translation>%1 aprobado por %2 el %3</translation>
    </message>
    <message>
        <source>%1 set from %2 to %3</source>
        <translation>%1 cambiado de %2 a %3</translation>
    </message>
    <message>
        <source>Scenario %1 renamed to %2</source>
        <translation>Escenario %1 renombrado a %2</translation>
    </message>
    <message>
        <source>Only an approved scenario can be the plan of record.</source>
        <translation>Solo un escenario aprobado puede ser el plan vigente.</translation>
    </message>
    <message>
        <source>%1 made the plan of record by %2</source>
        <translation>%1 declarado plan vigente por %2</translation>
    </message>
    <message>
        <source>Notes of %1 changed</source>
        <translation>Notas de %1 cambiadas</translation>
    </message>
    <message>
        <source>Switch to another scenario before deleting this one.</source>
        <translation>Cambie a otro escenario antes de eliminar este.</translation>
    </message>
    <message>
        <source>Deleted scenario %1</source>
        <translation>Escenario %1 eliminado</translation>
    </message>
    <message>
        <source>%1 reopened as %2 by %3 on %4</source>
        <translation>%1 reabierto como %2 por %3 el %4</translation>
    </message>
</context>
<context>
    <name>tp::session::UnitReplaceSummary</name>
    <message numerus="yes">
        <source>%n units</source>
        <translation>
            <numerusform>%n unidad</numerusform>
            <numerusform>%n unidades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assignments kept</source>
        <translation>
            <numerusform>%n asignación conservada</numerusform>
            <numerusform>%n asignaciones conservadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accounts outside every unit</source>
        <translation>
            <numerusform>%n cuenta fuera de toda unidad</numerusform>
            <numerusform>%n cuentas fuera de toda unidad</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tp::ui::BalanceChart</name>
    <message>
        <source>Deviation from the mean: %1</source>
        <translation>Desviación de la media: %1</translation>
    </message>
    <message>
        <source>Deviation from the mean: %1 (the %2 furthest of %3)</source>
        <translation>Desviación de la media: %1 (los %2 más alejados de %3)</translation>
    </message>
</context>
<context>
    <name>tp::ui::BalanceDialog</name>
    <message>
        <source>Balance Territories</source>
        <translation>Equilibrar territorios</translation>
    </message>
    <message>
        <source>Rebalance the current plan</source>
        <translation>Reequilibrar el plan actual</translation>
    </message>
    <message>
        <source>Build territories from scratch</source>
        <translation>Crear territorios desde cero</translation>
    </message>
    <message>
        <source>Fill unassigned units</source>
        <translation>Asignar las unidades libres</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Modo:</translation>
    </message>
    <message>
        <source>as many as now</source>
        <translation>tantos como ahora</translation>
    </message>
    <message>
        <source>&amp;Territories to build:</source>
        <translation>&amp;Territorios a crear:</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Tolerance ±%</source>
        <translation>Tolerancia ±%</translation>
    </message>
    <message>
        <source>Measures to &amp;balance:</source>
        <translation>Medidas a &amp;equilibrar:</translation>
    </message>
    <message>
        <source>Move at most</source>
        <translation>Mover como máximo</translation>
    </message>
    <message>
        <source> % of accounts</source>
        <translation> % de las cuentas</translation>
    </message>
    <message>
        <source>&amp;Disruption:</source>
        <translation>&amp;Disrupción:</translation>
    </message>
    <message>
        <source>Short borders between territories</source>
        <translation>Fronteras cortas entre territorios</translation>
    </message>
    <message>
        <source>Little travel from the rep&apos;s home</source>
        <translation>Pocos desplazamientos desde la base del comercial</translation>
    </message>
    <message>
        <source>&amp;Compactness:</source>
        <translation>&amp;Compacidad:</translation>
    </message>
    <message>
        <source>All territories</source>
        <translation>Todos los territorios</translation>
    </message>
    <message>
        <source>Only the territories ticked below</source>
        <translation>Solo los territorios marcados abajo</translation>
    </message>
    <message>
        <source>Only one region</source>
        <translation>Solo una región</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Alcance:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Región:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Time &amp;limit:</source>
        <translation>&amp;Límite de tiempo:</translation>
    </message>
    <message>
        <source>The result is written as a new draft scenario and compared with the plan you start from.</source>
        <translation>El resultado se guarda como un nuevo escenario borrador y se compara con el plan de partida.</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ejecutar</translation>
    </message>
    <message>
        <source>&amp;Apply to the Starting Scenario</source>
        <translation>&amp;Aplicar al escenario de partida</translation>
    </message>
    <message>
        <source>Tick the territories to balance, or choose another scope.</source>
        <translation>Marque los territorios a equilibrar o elija otro alcance.</translation>
    </message>
    <message>
        <source>Best plan so far (%1 s):
%2</source>
        <translation>Mejor plan hasta ahora (%1 s):
%2</translation>
    </message>
    <message>
        <source>Looking for a balanced plan…</source>
        <translation>Buscando un plan equilibrado…</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Stopping; keeping the best plan so far…</source>
        <translation>Deteniendo; se conserva el mejor plan hasta ahora…</translation>
    </message>
    <message>
        <source>%1 (balanced)</source>
        <translation>%1 (equilibrado)</translation>
    </message>
    <message>
        <source>%1 (balanced %2)</source>
        <translation>%1 (equilibrado %2)</translation>
    </message>
    <message>
        <source>Written as the draft scenario &quot;%1&quot;.</source>
        <translation>Guardado como el escenario borrador «%1».</translation>
    </message>
    <message>
        <source>Applied to the starting scenario as one step (Edit › Undo takes it back).</source>
        <translation>Aplicado al escenario de partida en un paso (Editar › Deshacer lo revierte).</translation>
    </message>
</context>
<context>
    <name>tp::ui::CompareDock</name>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Hatch changed units</source>
        <translation>Rayar las unidades cambiadas</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territorio</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Δ accounts</source>
        <translation>Δ cuentas</translation>
    </message>
    <message>
        <source>Workload h</source>
        <translation>Carga h</translation>
    </message>
    <message>
        <source>Δ workload</source>
        <translation>Δ carga</translation>
    </message>
    <message>
        <source>Δ potential</source>
        <translation>Δ potencial</translation>
    </message>
    <message>
        <source>Δ units</source>
        <translation>Δ unidades</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Rep before</source>
        <translation>Comercial antes</translation>
    </message>
    <message>
        <source>Rep after</source>
        <translation>Comercial después</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Lado a lado</translation>
    </message>
    <message>
        <source>Stop comparing</source>
        <translation>Dejar de comparar</translation>
    </message>
    <message>
        <source>Territories</source>
        <translation>Territorios</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>Choose Compare… in the Scenarios dock to see what differs between two plans.</source>
        <translation>Elija «Comparar…» en el panel «Escenarios» para ver en qué difieren dos planes.</translation>
    </message>
    <message>
        <source>%1 → %2: %3 units and %4 accounts change territory; %5 accounts change rep</source>
        <translation>%1 → %2: %3 unidades y %4 cuentas cambian de territorio; %5 cuentas cambian de comercial</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>sin asignar</translation>
    </message>
    <message>
        <source>Units (%1)</source>
        <translation>Unidades (%1)</translation>
    </message>
    <message>
        <source>Accounts (%1)</source>
        <translation>Cuentas (%1)</translation>
    </message>
</context>
<context>
    <name>tp::ui::CompareWindow</name>
    <message>
        <source>Compare Scenarios</source>
        <translation>Comparar escenarios</translation>
    </message>
</context>
<context>
    <name>tp::ui::DetailsDock</name>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#5b6670&apos;&gt;Click a county or an account on the map.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#5b6670&apos;&gt;Haga clic en un condado o una cuenta del mapa.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>tp::ui::EditController</name>
    <message>
        <source>Choose a territory to assign to first (Territories dock).</source>
        <translation>Elija primero un territorio de destino (panel «Territorios»).</translation>
    </message>
    <message>
        <source>Approved Scenario</source>
        <translation>Escenario aprobado</translation>
    </message>
    <message>
        <source>%1 is approved. Edit a copy, or reopen it as a draft (this is logged)?</source>
        <translation>%1 está aprobado. ¿Editar una copia o reabrirlo como borrador (queda registrado)?</translation>
    </message>
    <message>
        <source>Make a copy to edit</source>
        <translation>Hacer una copia para editar</translation>
    </message>
    <message>
        <source>Reopen as draft</source>
        <translation>Reabrir como borrador</translation>
    </message>
    <message>
        <source>%1 reopened as a draft.</source>
        <translation>%1 reabierto como borrador.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>Now editing %1; the approved scenario is unchanged.</source>
        <translation>Ahora edita %1; el escenario aprobado no cambia.</translation>
    </message>
</context>
<context>
    <name>tp::ui::ExportActions</name>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>Libros de Excel (*.xlsx);;Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg);;GeoJSON (*.geojson);;Shapefile (*.shp);;KML (*.kml)</source>
        <translation>GeoPackage (*.gpkg);;GeoJSON (*.geojson);;Shapefile (*.shp);;KML (*.kml)</translation>
    </message>
    <message>
        <source>&amp;Assignment Sheet…</source>
        <translation>Hoja de &amp;asignación…</translation>
    </message>
    <message>
        <source>Export Assignment Sheet</source>
        <translation>Exportar hoja de asignación</translation>
    </message>
    <message>
        <source>&amp;CRM Owner List…</source>
        <translation>Lista de propietarios &amp;CRM…</translation>
    </message>
    <message>
        <source>Export CRM Owner List</source>
        <translation>Exportar lista de propietarios CRM</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>C&amp;hange List…</source>
        <translation>Lista de &amp;cambios…</translation>
    </message>
    <message>
        <source>Export Change List</source>
        <translation>Exportar lista de cambios</translation>
    </message>
    <message>
        <source>Territory &amp;Summary…</source>
        <translation>&amp;Resumen de territorios…</translation>
    </message>
    <message>
        <source>Export Territory Summary</source>
        <translation>Exportar resumen de territorios</translation>
    </message>
    <message>
        <source>Territory &amp;Boundaries…</source>
        <translation>&amp;Fronteras de territorios…</translation>
    </message>
    <message>
        <source>Export Territory Boundaries</source>
        <translation>Exportar fronteras de territorios</translation>
    </message>
    <message>
        <source>&amp;Unit Assignments…</source>
        <translation>Asignación de &amp;unidades…</translation>
    </message>
    <message>
        <source>Export Unit Assignments</source>
        <translation>Exportar asignación de unidades</translation>
    </message>
    <message>
        <source>PDF &amp;Report…</source>
        <translation>&amp;Informe PDF…</translation>
    </message>
    <message>
        <source>Export PDF Report</source>
        <translation>Exportar informe PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Print Report…</source>
        <translation>Im&amp;primir informe…</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>No hay ningún proyecto abierto.</translation>
    </message>
    <message>
        <source>Add a page per territory with its map and account list?</source>
        <translation>¿Añadir una página por territorio con su mapa y su lista de cuentas?</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>La exportación falló</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportado a %1</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>La impresión falló</translation>
    </message>
    <message>
        <source>Report sent to the printer</source>
        <translation>Informe enviado a la impresora</translation>
    </message>
</context>
<context>
    <name>tp::ui::HistoryDock</name>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;abierto&gt;</translation>
    </message>
</context>
<context>
    <name>tp::ui::LayersDock</name>
    <message>
        <source>Base map</source>
        <translation>Mapa base</translation>
    </message>
    <message>
        <source>Territories and units</source>
        <translation>Territorios y unidades</translation>
    </message>
    <message>
        <source>Selection, changes, stray pieces</source>
        <translation>Selección, cambios, partes sueltas</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Rep home bases</source>
        <translation>Sedes de los comerciales</translation>
    </message>
    <message>
        <source>Territory labels</source>
        <translation>Etiquetas de territorio</translation>
    </message>
    <message>
        <source>Online map tiles</source>
        <translation>Teselas de mapa en línea</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Capas</translation>
    </message>
    <message>
        <source>Drag to change the drawing order; the top layer is drawn on top</source>
        <translation>Arrastre para cambiar el orden de dibujo; la capa de arriba se dibuja encima</translation>
    </message>
    <message>
        <source>(all alike)</source>
        <translation>(todas iguales)</translation>
    </message>
    <message>
        <source>Revenue potential</source>
        <translation>Potencial de ingresos</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Cartera</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Carga</translation>
    </message>
    <message>
        <source>Size accounts by:</source>
        <translation>Tamaño de cuentas según:</translation>
    </message>
    <message>
        <source>Accounts by segment:</source>
        <translation>Cuentas por segmento:</translation>
    </message>
    <message>
        <source>Accounts by industry:</source>
        <translation>Cuentas por sector:</translation>
    </message>
</context>
<context>
    <name>tp::ui::MainWindow</name>
    <message>
        <source>Territory projects (*.territory)</source>
        <translation>Proyectos de territorio (*.territory)</translation>
    </message>
    <message>
        <source>Base map not available: %1</source>
        <translation>Mapa base no disponible: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Nuevo proyecto…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Cuentas…</translation>
    </message>
    <message>
        <source>&amp;Units from a GIS File…</source>
        <translation>&amp;Unidades desde un archivo SIG…</translation>
    </message>
    <message>
        <source>Bundled US &amp;Counties</source>
        <translation>&amp;Condados de EE. UU. incluidos</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Map as &amp;Image…</source>
        <translation>Mapa como &amp;imagen…</translation>
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
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Zoom to &amp;Project</source>
        <translation>Ajustar al &amp;proyecto</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Territory Planner</source>
        <translation>&amp;Acerca de Territory Planner</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>No se puede abrir el proyecto</translation>
    </message>
    <message>
        <source>Territory Planner</source>
        <translation>Territory Planner</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>Ningún proyecto abierto</translation>
    </message>
    <message numerus="yes">
        <source>%1 · scenario: %2 (%3) · %n accounts</source>
        <translation>
            <numerusform>%1 · escenario: %2 (%3) · %n cuenta</numerusform>
            <numerusform>%1 · escenario: %2 (%3) · %n cuentas</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Nuevo proyecto</translation>
    </message>
    <message>
        <source>Cannot create project</source>
        <translation>No se puede crear el proyecto</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Abrir proyecto</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Guardar proyecto como</translation>
    </message>
    <message>
        <source>Cannot save project</source>
        <translation>No se puede guardar el proyecto</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Guardado como %1</translation>
    </message>
    <message>
        <source>Import Accounts</source>
        <translation>Importar cuentas</translation>
    </message>
    <message>
        <source>Account tables and GIS files (*.csv *.txt *.xlsx *.ods *.gpkg *.shp *.geojson *.json *.kml);;All files (*)</source>
        <translation>Tablas de cuentas y archivos SIG (*.csv *.txt *.xlsx *.ods *.gpkg *.shp *.geojson *.json *.kml);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>La importación falló</translation>
    </message>
    <message numerus="yes">
        <source>%n rows were rejected:</source>
        <translation>
            <numerusform>Se rechazó %n fila:</numerusform>
            <numerusform>Se rechazaron %n filas:</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>Accounts imported</source>
        <translation>Cuentas importadas</translation>
    </message>
    <message>
        <source>Import Units</source>
        <translation>Importar unidades</translation>
    </message>
    <message>
        <source>GIS files (*.gpkg *.shp *.geojson *.json *.kml);;All files (*)</source>
        <translation>Archivos SIG (*.gpkg *.shp *.geojson *.json *.kml);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Units imported: %1</source>
        <translation>Unidades importadas: %1</translation>
    </message>
    <message>
        <source>the bundled US counties</source>
        <translation>los condados de EE. UU. incluidos</translation>
    </message>
    <message>
        <source>Window size (%1 × %2)</source>
        <translation>Tamaño de la ventana (%1 × %2)</translation>
    </message>
    <message>
        <source>Export Map</source>
        <translation>Exportar mapa</translation>
    </message>
    <message>
        <source>Image size:</source>
        <translation>Tamaño de imagen:</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>La exportación falló</translation>
    </message>
    <message>
        <source>Map exported to %1</source>
        <translation>Mapa exportado a %1</translation>
    </message>
    <message>
        <source>About Territory Planner</source>
        <translation>Acerca de Territory Planner</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Territory Planner %1&lt;/h3&gt;&lt;p&gt;Sales territory design on a map, fully offline.&lt;/p&gt;&lt;p&gt;Base map: US Atlas and World Atlas (Natural Earth, US Census Bureau); ZIP code points from the zipcodes package.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Territory Planner %1&lt;/h3&gt;&lt;p&gt;Diseño de territorios de ventas en un mapa, totalmente sin conexión.&lt;/p&gt;&lt;p&gt;Mapa base: US Atlas y World Atlas (Natural Earth, US Census Bureau); puntos de códigos postales del paquete zipcodes.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Select &amp;None</source>
        <translation>&amp;No seleccionar nada</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Herramientas</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Desplazar</translation>
    </message>
    <message>
        <source>Drag to move the map; click to inspect</source>
        <translation>Arrastre para mover el mapa; haga clic para ver detalles</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>Seleccionar</translation>
    </message>
    <message>
        <source>Click, drag a rectangle, or Shift-drag a lasso to select units</source>
        <translation>Haga clic, arrastre un rectángulo o un lazo con Mayús para seleccionar unidades</translation>
    </message>
    <message>
        <source>Paint</source>
        <translation>Pintar</translation>
    </message>
    <message>
        <source>Click or drag over units to give them to the chosen territory</source>
        <translation>Haga clic o arrastre sobre unidades para darlas al territorio elegido</translation>
    </message>
    <message>
        <source>Move Border</source>
        <translation>Mover frontera</translation>
    </message>
    <message>
        <source>Grab a territory at its border and drag the border</source>
        <translation>Tome un territorio por su frontera y arrástrela</translation>
    </message>
    <message>
        <source>Move Account</source>
        <translation>Mover cuenta</translation>
    </message>
    <message>
        <source>Drag an account onto another territory (named account)</source>
        <translation>Arrastre una cuenta a otro territorio (cuenta nominal)</translation>
    </message>
    <message>
        <source> Scenario: </source>
        <translation> Escenario: </translation>
    </message>
    <message>
        <source>Cannot switch scenario</source>
        <translation>No se puede cambiar de escenario</translation>
    </message>
    <message>
        <source>Cannot undo: %1</source>
        <translation>No se puede deshacer: %1</translation>
    </message>
    <message>
        <source>Cannot redo: %1</source>
        <translation>No se puede rehacer: %1</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Deshacer %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rehacer %1</translation>
    </message>
    <message>
        <source>&amp;Workshop Mode</source>
        <translation>Modo &amp;taller</translation>
    </message>
    <message>
        <source>Re&amp;colour Territories</source>
        <translation>Re&amp;colorear territorios</translation>
    </message>
    <message>
        <source>Zoom to &amp;Selection</source>
        <translation>Ajustar a la &amp;selección</translation>
    </message>
    <message>
        <source>Online Map &amp;Tiles</source>
        <translation>&amp;Teselas de mapa en línea</translation>
    </message>
    <message>
        <source>Tile &amp;Server…</source>
        <translation>&amp;Servidor de teselas…</translation>
    </message>
    <message>
        <source>Tile Server</source>
        <translation>Servidor de teselas</translation>
    </message>
    <message>
        <source>XYZ URL template ({z}, {x}, {y}); mind the server&apos;s usage policy:</source>
        <translation>Plantilla URL XYZ ({z}, {x}, {y}); respete la política de uso del servidor:</translation>
    </message>
    <message>
        <source>Workshop Mode</source>
        <translation>Modo taller</translation>
    </message>
    <message>
        <source>Show on screen:</source>
        <translation>Mostrar en la pantalla:</translation>
    </message>
    <message>
        <source>&amp;Recover a Damaged Project…</source>
        <translation>&amp;Recuperar un proyecto dañado…</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>&amp;Balance Territories…</source>
        <translation>&amp;Equilibrar territorios…</translation>
    </message>
    <message>
        <source>The project was changed by another program and could not be read again: %1</source>
        <translation>Otro programa ha modificado el proyecto y no se pudo volver a leer: %1</translation>
    </message>
    <message>
        <source>The project was changed by another program; it was reloaded.</source>
        <translation>Otro programa ha modificado el proyecto; se ha vuelto a cargar.</translation>
    </message>
    <message>
        <source>Recover a Damaged Project</source>
        <translation>Recuperar un proyecto dañado</translation>
    </message>
    <message>
        <source>Save the Recovered Copy As</source>
        <translation>Guardar la copia recuperada como</translation>
    </message>
    <message>
        <source> (recovered)</source>
        <translation> (recuperado)</translation>
    </message>
    <message>
        <source>Recovery failed</source>
        <translation>La recuperación ha fallado</translation>
    </message>
    <message>
        <source>Recovered copy saved</source>
        <translation>Copia recuperada guardada</translation>
    </message>
    <message>
        <source>A recovered copy was saved as %1 and opened.

%2</source>
        <translation>Se guardó una copia recuperada como %1 y se abrió.

%2</translation>
    </message>
    <message>
        <source>the map image could not be encoded as PNG</source>
        <translation>la imagen del mapa no se pudo codificar como PNG</translation>
    </message>
</context>
<context>
    <name>tp::ui::MapInspector</name>
    <message>
        <source>unassigned</source>
        <translation>sin asignar</translation>
    </message>
    <message>
        <source>%1 (%2)
%3
%4 accounts · %5 h workload · potential %6</source>
        <translation>%1 (%2)
%3
%4 cuentas · %5 h de carga · potencial %6</translation>
    </message>
    <message>
        <source>%1 (%2)
%3 · %4 · tier %5
%6%7</source>
        <translation>%1 (%2)
%3 · %4 · nivel %5
%6%7</translation>
    </message>
    <message>
        <source> (named account)</source>
        <translation> (cuenta nominal)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territorio</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Revenue potential</source>
        <translation>Potencial de ingresos</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Carga</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Superficie</translation>
    </message>
    <message>
        <source>Its territory</source>
        <translation>Su territorio</translation>
    </message>
    <message>
        <source>Capacity used</source>
        <translation>Capacidad usada</translation>
    </message>
    <message>
        <source>Deviation from mean</source>
        <translation>Desviación de la media</translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation>Partes</translation>
    </message>
    <message>
        <source>CRM id</source>
        <translation>Id CRM</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Cartera</translation>
    </message>
    <message>
        <source>Named account</source>
        <translation>Cuenta nominal</translation>
    </message>
    <message>
        <source>yes, regardless of geography</source>
        <translation>sí, sin importar la geografía</translation>
    </message>
</context>
<context>
    <name>tp::ui::MapTools</name>
    <message>
        <source>Drop the account on a territory.</source>
        <translation>Suelte la cuenta sobre un territorio.</translation>
    </message>
    <message>
        <source>Choose the territory to paint with in the Territories dock.</source>
        <translation>Elija en el panel «Territorios» el territorio con el que pintar.</translation>
    </message>
</context>
<context>
    <name>tp::ui::MetricsDock</name>
    <message>
        <source>Balance</source>
        <translation>Equilibrio</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>Ningún proyecto abierto</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regiones</translation>
    </message>
    <message>
        <source>Show regions and districts, summed over their territories</source>
        <translation>Mostrar regiones y distritos, sumados sobre sus territorios</translation>
    </message>
    <message>
        <source>Tolerance:</source>
        <translation>Tolerancia:</translation>
    </message>
</context>
<context>
    <name>tp::ui::MetricsTableModel</name>
    <message numerus="yes">
        <source>This territory is in %n separate pieces.</source>
        <translation>
            <numerusform>Este territorio está en %n parte.</numerusform>
            <numerusform>Este territorio está en %n partes separadas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tp::ui::ScenariosDock</name>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>propuesto</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>aprobado</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Escenarios</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>A new scenario as a copy of the current one</source>
        <translation>Un escenario nuevo como copia del actual</translation>
    </message>
    <message>
        <source>Copy Scenario</source>
        <translation>Copiar escenario</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>A new scenario without territories</source>
        <translation>Un escenario nuevo sin territorios</translation>
    </message>
    <message>
        <source>New Scenario</source>
        <translation>Nuevo escenario</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renombrar</translation>
    </message>
    <message>
        <source>Rename the current scenario</source>
        <translation>Renombrar el escenario actual</translation>
    </message>
    <message>
        <source>Rename Scenario</source>
        <translation>Renombrar escenario</translation>
    </message>
    <message>
        <source>Draft, proposed or approved</source>
        <translation>Borrador, propuesto o aprobado</translation>
    </message>
    <message>
        <source>Plan of record</source>
        <translation>Plan vigente</translation>
    </message>
    <message>
        <source>Make the current (approved) scenario the plan of record</source>
        <translation>Convertir el escenario actual (aprobado) en el plan vigente</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Comparar…</translation>
    </message>
    <message>
        <source>Compare the current scenario with another</source>
        <translation>Comparar el escenario actual con otro</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Compare the current scenario with:</source>
        <translation>Comparar el escenario actual con:</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected scenario (not the current one)</source>
        <translation>Eliminar el escenario seleccionado (no el actual)</translation>
    </message>
    <message>
        <source>Delete Scenario</source>
        <translation>Eliminar escenario</translation>
    </message>
    <message>
        <source>Delete %1 with its territories? This cannot be undone.</source>
        <translation>¿Eliminar %1 con sus territorios? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Notes on this scenario</source>
        <translation>Notas sobre este escenario</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
</context>
<context>
    <name>tp::ui::TerritoriesDock</name>
    <message>
        <source>Territories</source>
        <translation>Territorios</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territorio</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Comercial</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Create a territory</source>
        <translation>Crear un territorio</translation>
    </message>
    <message>
        <source>New Territory</source>
        <translation>Nuevo territorio</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renombrar</translation>
    </message>
    <message>
        <source>Rename the territory</source>
        <translation>Renombrar el territorio</translation>
    </message>
    <message>
        <source>Rename Territory</source>
        <translation>Renombrar territorio</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Choose the territory&apos;s colour</source>
        <translation>Elegir el color del territorio</translation>
    </message>
    <message>
        <source>Territory Colour</source>
        <translation>Color del territorio</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Lock or unlock: tools refuse to change a locked territory</source>
        <translation>Bloquear o desbloquear: las herramientas no cambian un territorio bloqueado</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Fusionar…</translation>
    </message>
    <message>
        <source>Merge this territory into another</source>
        <translation>Fusionar este territorio con otro</translation>
    </message>
    <message>
        <source>Merge Territory</source>
        <translation>Fusionar territorio</translation>
    </message>
    <message>
        <source>Merge into:</source>
        <translation>Fusionar con:</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Dividir</translation>
    </message>
    <message>
        <source>Make the selected units of this territory a new territory</source>
        <translation>Convertir las unidades seleccionadas de este territorio en un territorio nuevo</translation>
    </message>
    <message>
        <source>Split Territory</source>
        <translation>Dividir territorio</translation>
    </message>
    <message>
        <source>Name of the new territory:</source>
        <translation>Nombre del nuevo territorio:</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the territory; its units become unassigned</source>
        <translation>Eliminar el territorio; sus unidades quedan sin asignar</translation>
    </message>
    <message>
        <source>Delete Territory</source>
        <translation>Eliminar territorio</translation>
    </message>
    <message>
        <source>Delete %1? Its units become unassigned (Undo brings it back).</source>
        <translation>¿Eliminar %1? Sus unidades quedan sin asignar (Deshacer lo recupera).</translation>
    </message>
    <message>
        <source>Assign selection</source>
        <translation>Asignar selección</translation>
    </message>
    <message>
        <source>Give the selected units to this territory (Enter)</source>
        <translation>Dar las unidades seleccionadas a este territorio (Intro)</translation>
    </message>
    <message>
        <source>Rep:</source>
        <translation>Comercial:</translation>
    </message>
    <message>
        <source>(no rep)</source>
        <translation>(sin comercial)</translation>
    </message>
    <message>
        <source>Territory %1</source>
        <translation>Territorio %1</translation>
    </message>
    <message>
        <source>%1 (split)</source>
        <translation>%1 (dividido)</translation>
    </message>
</context>
</TS>
