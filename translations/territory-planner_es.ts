<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Classification</name>
    <message>
        <source>Quantiles</source>
        <translation>Cuantiles</translation>
    </message>
    <message>
        <source>Equal intervals</source>
        <translation>Intervalos iguales</translation>
    </message>
    <message>
        <source>Natural breaks (Jenks)</source>
        <translation>Cortes naturales (Jenks)</translation>
    </message>
</context>
<context>
    <name>ColorRamp</name>
    <message>
        <source>Yellow–blue</source>
        <translation>Amarillo–azul</translation>
    </message>
    <message>
        <source>Oranges</source>
        <translation>Naranjas</translation>
    </message>
    <message>
        <source>Purples</source>
        <translation>Morados</translation>
    </message>
    <message>
        <source>Red–blue ±</source>
        <translation>Rojo–azul ±</translation>
    </message>
    <message>
        <source>Orange–purple ±</source>
        <translation>Naranja–morado ±</translation>
    </message>
</context>
<context>
    <name>ProjectSession</name>
    <message>
        <source>There is no team %1 in this project.</source>
        <translation>No hay ningún equipo %1 en este proyecto.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Balance Bar</source>
        <translation>Barra de equilibrio</translation>
    </message>
</context>
<context>
    <name>TeamEditor</name>
    <message>
        <source>A team needs a name.</source>
        <translation>Un equipo necesita un nombre.</translation>
    </message>
    <message>
        <source>There is already a team called %1.</source>
        <translation>Ya hay un equipo llamado %1.</translation>
    </message>
    <message>
        <source>Created team %1 (%2): %3</source>
        <translation>Equipo %1 (%2) creado: %3</translation>
    </message>
    <message>
        <source>There is no team %1 in this project.</source>
        <translation>No hay ningún equipo %1 en este proyecto.</translation>
    </message>
    <message>
        <source>Team %1 renamed to %2</source>
        <translation>Equipo %1 renombrado a %2</translation>
    </message>
    <message>
        <source>There is no account %1 in this project.</source>
        <translation>No hay ninguna cuenta %1 en este proyecto.</translation>
    </message>
    <message numerus="yes">
        <source>Team %1 (%2) covers: %3; %n account(s) added by hand</source>
        <translation>
            <numerusform>El equipo %1 (%2) cubre: %3; %n cuenta añadida a mano</numerusform>
            <numerusform>El equipo %1 (%2) cubre: %3; %n cuentas añadidas a mano</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n excluded</source>
        <translation>
            <numerusform>, %n excluida</numerusform>
            <numerusform>, %n excluidas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is the only team; a project keeps at least one.</source>
        <translation>%1 es el único equipo; un proyecto conserva al menos uno.</translation>
    </message>
    <message>
        <source>Deleted team %1</source>
        <translation>Equipo %1 eliminado</translation>
    </message>
</context>
<context>
    <name>UnitThemeValues</name>
    <message>
        <source>%1 per km²</source>
        <translation>%1 por km²</translation>
    </message>
    <message>
        <source>Penetration (revenue / potential)</source>
        <translation>Penetración (ingresos / potencial)</translation>
    </message>
    <message>
        <source>Coverage (workload / rep capacity)</source>
        <translation>Cobertura (carga / capacidad del comercial)</translation>
    </message>
    <message>
        <source>Change in territory %1</source>
        <translation>Cambio en el territorio: %1</translation>
    </message>
    <message>
        <source>Unknown measure &quot;%1&quot; (known: %2; or penetration, coverage, density:MEASURE, change:MEASURE)</source>
        <translation>Medida desconocida «%1» (conocidas: %2; o penetration, coverage, density:MEDIDA, change:MEDIDA)</translation>
    </message>
</context>
<context>
    <name>tp::AccountRule</name>
    <message>
        <source>Unknown combination &quot;%1&quot; (and, or).</source>
        <translation>Combinación desconocida «%1» (and, or).</translation>
    </message>
    <message>
        <source>A condition names no field.</source>
        <translation>Una condición no nombra ningún campo.</translation>
    </message>
    <message>
        <source>The range of %1 needs two numbers, the smaller first.</source>
        <translation>El intervalo de %1 necesita dos números, el menor primero.</translation>
    </message>
    <message>
        <source>Unknown condition &quot;%1&quot; (equals, in, range).</source>
        <translation>Condición desconocida «%1» (equals, in, range).</translation>
    </message>
    <message>
        <source>A condition must start with a field name (segment, industry, tier, a column).</source>
        <translation>Una condición debe empezar por un nombre de campo (segment, industry, tier, una columna).</translation>
    </message>
    <message>
        <source>%1: say = value, in values or between low and high.</source>
        <translation>%1: escriba = valor, in valores o between mínimo and máximo.</translation>
    </message>
    <message>
        <source>%1 = needs a value.</source>
        <translation>%1 = necesita un valor.</translation>
    </message>
    <message>
        <source>%1 in needs values separated by commas.</source>
        <translation>%1 in necesita valores separados por comas.</translation>
    </message>
    <message>
        <source>%1 between needs two numbers: between 10 and 20.</source>
        <translation>%1 between necesita dos números: between 10 and 20.</translation>
    </message>
    <message>
        <source>%1 between: the smaller number comes first.</source>
        <translation>%1 between: el número menor va primero.</translation>
    </message>
    <message>
        <source>Expected and or or after the condition on %1.</source>
        <translation>Se esperaba and u or tras la condición sobre %1.</translation>
    </message>
    <message>
        <source>A rule combines its conditions either all with and or all with or.</source>
        <translation>Una regla combina sus condiciones o todas con and o todas con or.</translation>
    </message>
    <message>
        <source>A quote (&quot;) is not closed.</source>
        <translation>Unas comillas (&quot;) no están cerradas.</translation>
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
    <message>
        <source>Quota</source>
        <translation>Cuota</translation>
    </message>
    <message>
        <source>Attain. %</source>
        <translation>Cumpl. %</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Cobertura</translation>
    </message>
    <message>
        <source>Vacant</source>
        <translation>Vacante</translation>
    </message>
    <message>
        <source>targets by rep capacity</source>
        <translation>objetivos según la capacidad de los comerciales</translation>
    </message>
    <message>
        <source>%1: spread (max − min) of value / target %2</source>
        <translation>%1: amplitud (máx − mín) de valor / objetivo %2</translation>
    </message>
    <message>
        <source>%1: spread (max − min) / mean %2</source>
        <translation>%1: amplitud (máx − mín) / media %2</translation>
    </message>
    <message>
        <source>%1 of %2 within ±%3 %</source>
        <translation>%1 de %2 dentro de ±%3 %</translation>
    </message>
    <message>
        <source>CV %1</source>
        <translation>CV %1</translation>
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
    <name>tp::QuotaAllocator</name>
    <message>
        <source>The target and the rounding step must be numbers of zero or more, the weight of potential between 0 and 1.</source>
        <translation>El objetivo y el paso de redondeo deben ser números iguales o mayores que cero, y el peso del potencial debe estar entre 0 y 1.</translation>
    </message>
    <message>
        <source>The locked quotas (%1) add up to more than the target (%2).</source>
        <translation>Las cuotas bloqueadas (%1) suman más que el objetivo (%2).</translation>
    </message>
    <message>
        <source>Every quota is locked, so %1 of the target has nowhere to go.</source>
        <translation>Todas las cuotas están bloqueadas, así que %1 del objetivo no se puede repartir.</translation>
    </message>
</context>
<context>
    <name>tp::ThematicMap</name>
    <message>
        <source>%1 · 1 class</source>
        <translation>%1 · 1 clase</translation>
    </message>
    <message>
        <source>%1 · %2 classes</source>
        <translation>%1 · %2 clases</translation>
    </message>
    <message>
        <source>%1 vs. %2 · %3</source>
        <translation>%1 frente a %2 · %3</translation>
    </message>
    <message>
        <source>No other scenario to compare with</source>
        <translation>No hay otro escenario con el que comparar</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Sin datos</translation>
    </message>
</context>
<context>
    <name>tp::ThematicMap::Options</name>
    <message>
        <source>Unknown classification &quot;%1&quot; (jenks, quantiles or equal)</source>
        <translation>Clasificación desconocida «%1» (jenks, quantiles o equal)</translation>
    </message>
    <message>
        <source>The number of classes must be 3 to 9, not &quot;%1&quot;</source>
        <translation>El número de clases debe ser de 3 a 9, no «%1»</translation>
    </message>
    <message>
        <source>Unknown colour ramp &quot;%1&quot; (%2)</source>
        <translation>Escala de colores desconocida «%1» (%2)</translation>
    </message>
    <message>
        <source>Too many parts in &quot;%1&quot; (FIGURE[:METHOD[:CLASSES[:RAMP]]])</source>
        <translation>Demasiadas partes en «%1» (FIGURA[:MÉTODO[:CLASES[:ESCALA]]])</translation>
    </message>
</context>
<context>
    <name>tp::WhiteSpaceFinder</name>
    <message>
        <source>unassigned</source>
        <translation>sin asignar</translation>
    </message>
    <message>
        <source>low penetration</source>
        <translation>penetración baja</translation>
    </message>
    <message>
        <source>far from rep</source>
        <translation>lejos del comercial</translation>
    </message>
    <message>
        <source>county</source>
        <translation>condado</translation>
    </message>
    <message>
        <source>state</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>region</source>
        <translation>región</translation>
    </message>
</context>
<context>
    <name>tp::WorkloadRule</name>
    <message>
        <source>Every %1 needs a name.</source>
        <translation>Cada %1 necesita un nombre.</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is listed twice.</source>
        <translation>El %1 «%2» aparece dos veces.</translation>
    </message>
    <message>
        <source>The value of %1 &quot;%2&quot; must be a number of zero or more.</source>
        <translation>El valor del %1 «%2» debe ser un número igual o mayor que cero.</translation>
    </message>
    <message>
        <source>tier</source>
        <translation>nivel</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>segmento</translation>
    </message>
    <message>
        <source>The values for other tiers and segments must be numbers of zero or more.</source>
        <translation>Los valores para otros niveles y segmentos deben ser números iguales o mayores que cero.</translation>
    </message>
    <message>
        <source>other %1</source>
        <translation>otro %1</translation>
    </message>
    <message>
        <source>%1 visits a year × %2 hours a visit</source>
        <translation>%1 visitas al año × %2 horas por visita</translation>
    </message>
</context>
<context>
    <name>tp::WorkloadSource</name>
    <message>
        <source>from tiers for %1 accounts (%2)</source>
        <translation>según niveles para %1 cuentas (%2)</translation>
    </message>
    <message>
        <source>given by the imported file for %1 accounts</source>
        <translation>indicada por el archivo importado para %1 cuentas</translation>
    </message>
    <message>
        <source>from the file&apos;s column “%1” for %2 accounts</source>
        <translation>de la columna «%1» del archivo para %2 cuentas</translation>
    </message>
    <message>
        <source>Workload: %1</source>
        <translation>Carga de trabajo: %1</translation>
    </message>
    <message>
        <source>from tiers for %1 accounts</source>
        <translation>por niveles para %1 cuentas</translation>
    </message>
</context>
<context>
    <name>tp::io::AccountImporter</name>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was read.</source>
        <translation>La importación se canceló; no se leyó nada.</translation>
    </message>
</context>
<context>
    <name>tp::io::AccountSheetExporter</name>
    <message>
        <source>External id</source>
        <translation>Id externo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Unit code</source>
        <translation>Código de unidad</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territorio</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Comercial</translation>
    </message>
    <message>
        <source>Previous territory</source>
        <translation>Territorio anterior</translation>
    </message>
    <message>
        <source>Previous rep</source>
        <translation>Comercial anterior</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Cambiado</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Todas las cuentas</translation>
    </message>
    <message>
        <source>No rep</source>
        <translation>Sin comercial</translation>
    </message>
    <message>
        <source>CRM owners</source>
        <translation>Propietarios CRM</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <source>Territory (%1)</source>
        <translation>Territorio (%1)</translation>
    </message>
    <message>
        <source>Rep (%1)</source>
        <translation>Comercial (%1)</translation>
    </message>
    <message>
        <source>Owner (%1)</source>
        <translation>Responsable (%1)</translation>
    </message>
</context>
<context>
    <name>tp::io::ChangeListExporter</name>
    <message>
        <source>Handoffs</source>
        <translation>Traspasos</translation>
    </message>
    <message>
        <source>Losing rep</source>
        <translation>Comercial que cede</translation>
    </message>
    <message>
        <source>Gaining rep</source>
        <translation>Comercial que recibe</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Previous territory</source>
        <translation>Territorio anterior</translation>
    </message>
    <message>
        <source>New territory</source>
        <translation>Territorio nuevo</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Id externo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Unit code</source>
        <translation>Código de unidad</translation>
    </message>
    <message>
        <source>A change list needs a baseline scenario to compare with.</source>
        <translation>Una lista de cambios necesita un escenario de referencia con el que comparar.</translation>
    </message>
</context>
<context>
    <name>tp::io::ColumnMapping</name>
    <message>
        <source>External id</source>
        <translation>Id externo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
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
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitud</translation>
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
    <message>
        <source>No location columns: choose longitude and latitude or a postal code, else every row is rejected.</source>
        <translation>No hay columnas de ubicación: elija longitud y latitud o un código postal; si no, se rechazan todas las filas.</translation>
    </message>
    <message>
        <source>No longitude/latitude columns: accounts are placed at their postal code&apos;s centre.</source>
        <translation>No hay columnas de longitud/latitud: las cuentas se sitúan en el centro de su código postal.</translation>
    </message>
    <message>
        <source>No id column: ids are made from line numbers, so a later import matches accounts by line.</source>
        <translation>No hay columna de id: los ids se generan a partir de los números de línea, así que una importación posterior asocia las cuentas por línea.</translation>
    </message>
    <message>
        <source>No name column: accounts will have no names.</source>
        <translation>No hay columna de nombre: las cuentas no tendrán nombre.</translation>
    </message>
    <message>
        <source>No potential column: Potential will be 0 for every account.</source>
        <translation>No hay columna de potencial: el potencial será 0 para todas las cuentas.</translation>
    </message>
    <message>
        <source>No revenue column: Revenue will be 0 for every account.</source>
        <translation>No hay columna de ingresos: los ingresos serán 0 para todas las cuentas.</translation>
    </message>
    <message>
        <source>No pipeline column: Pipeline will be 0 for every account.</source>
        <translation>No hay columna de cartera: la cartera será 0 para todas las cuentas.</translation>
    </message>
    <message>
        <source>No workload column: workload comes from the tier rule (visits per year × hours per visit).</source>
        <translation>No hay columna de carga: la carga se obtiene de la regla por nivel (visitas al año × horas por visita).</translation>
    </message>
    <message>
        <source>No workload column and no tier column: every account gets the rule for accounts without a tier, so workload balance becomes an account count.</source>
        <translation>No hay columna de carga ni de nivel: todas las cuentas reciben la regla para cuentas sin nivel, por lo que equilibrar la carga equivale a equilibrar el número de cuentas.</translation>
    </message>
</context>
<context>
    <name>tp::io::ExportRunner</name>
    <message>
        <source>%1 cannot be written as %2 (use %3).</source>
        <translation>%1 no se puede guardar como %2 (use %3).</translation>
    </message>
</context>
<context>
    <name>tp::io::OutputFile</name>
    <message>
        <source>Cannot write &quot;%1&quot;: %2.</source>
        <translation>No se puede escribir «%1»: %2.</translation>
    </message>
    <message>
        <source>No file name was given to write.</source>
        <translation>No se indicó ningún nombre de archivo para escribir.</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>the folder &quot;%1&quot; does not exist</source>
        <translation>la carpeta «%1» no existe</translation>
    </message>
    <message>
        <source>cannot create a file in &quot;%1&quot; (%2)</source>
        <translation>no se puede crear un archivo en «%1» (%2)</translation>
    </message>
    <message>
        <source>the file was not opened</source>
        <translation>el archivo no se abrió</translation>
    </message>
    <message>
        <source>the export was cancelled</source>
        <translation>la exportación se canceló</translation>
    </message>
    <message>
        <source>nothing was written</source>
        <translation>no se escribió nada</translation>
    </message>
    <message>
        <source>cannot replace &quot;%1&quot; (%2)</source>
        <translation>no se puede reemplazar «%1» (%2)</translation>
    </message>
</context>
<context>
    <name>tp::io::OutputGuard</name>
    <message>
        <source>&quot;%1&quot; is the open project file; choose another file name.</source>
        <translation>«%1» es el archivo del proyecto abierto; elija otro nombre de archivo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a working file of the open project; choose another file name.</source>
        <translation>«%1» es un archivo de trabajo del proyecto abierto; elija otro nombre de archivo.</translation>
    </message>
</context>
<context>
    <name>tp::io::PdfReportWriter</name>
    <message>
        <source>Boundaries: US Census Bureau (us-atlas)</source>
        <translation>Límites: US Census Bureau (us-atlas)</translation>
    </message>
    <message>
        <source>Boundaries: the project&apos;s unit layer</source>
        <translation>Límites: la capa de unidades del proyecto</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Página %1</translation>
    </message>
    <message>
        <source>Territories</source>
        <translation>Territorios</translation>
    </message>
    <message>
        <source>no rep</source>
        <translation>sin comercial</translation>
    </message>
    <message>
        <source>%1 · %2 accounts</source>
        <translation>%1 · %2 cuentas</translation>
    </message>
    <message>
        <source>Territory summary</source>
        <translation>Resumen de territorios</translation>
    </message>
    <message>
        <source>Territory summary (continued)</source>
        <translation>Resumen de territorios (continuación)</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Id externo</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
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
        <source>%1 accounts · potential %2 · revenue %3 · pipeline %4 · workload %5 h · capacity %6 % · deviation %7 % · %8 piece(s)</source>
        <translation>%1 cuentas · potencial %2 · ingresos %3 · cartera %4 · carga %5 h · capacidad %6 % · desviación %7 % · %8 parte(s)</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (continuación)</translation>
    </message>
    <message>
        <source>Region %1 · %2</source>
        <translation>Región %1 · %2</translation>
    </message>
    <message>
        <source>No accounts.</source>
        <translation>No hay cuentas.</translation>
    </message>
    <message>
        <source>The project has no scenario to report on.</source>
        <translation>El proyecto no tiene ningún escenario sobre el que informar.</translation>
    </message>
    <message>
        <source>A PDF report needs the graphical application object (fonts).</source>
        <translation>Un informe PDF necesita el objeto de aplicación gráfica (fuentes).</translation>
    </message>
    <message>
        <source>the report could not be drawn</source>
        <translation>no se pudo dibujar el informe</translation>
    </message>
    <message>
        <source>Cannot paint the report on this device.</source>
        <translation>No se puede dibujar el informe en este dispositivo.</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>El informe se canceló.</translation>
    </message>
    <message>
        <source>Boundaries: approximate ZIP areas (drawn around ZIP centres) from bundled ZIP points; states: US Census (us-atlas)</source>
        <translation>Límites: zonas ZIP aproximadas (trazadas alrededor de los centros ZIP) a partir de los puntos ZIP incluidos; estados: US Census (us-atlas)</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <source>Units per class</source>
        <translation>Unidades por clase</translation>
    </message>
    <message>
        <source>Deviation from the balance target: ▲ over +%1 %, ▼ under −%1 %, ✓ within ±%1 %</source>
        <translation>Desviación del objetivo de equilibrio: ▲ por encima de +%1 %, ▼ por debajo de −%1 %, ✓ dentro de ±%1 %</translation>
    </message>
</context>
<context>
    <name>tp::io::PngImageWriter</name>
    <message>
        <source>Encoding the image…</source>
        <translation>Codificando la imagen…</translation>
    </message>
    <message>
        <source>the image could not be encoded as PNG</source>
        <translation>no se pudo codificar la imagen como PNG</translation>
    </message>
</context>
<context>
    <name>tp::io::RepSheetExporter</name>
    <message>
        <source>Reps</source>
        <translation>Comerciales</translation>
    </message>
    <message>
        <source>CRM user id</source>
        <translation>Id de usuario CRM</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <source>Capacity (hours/year)</source>
        <translation>Capacidad (horas/año)</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Cuota</translation>
    </message>
    <message>
        <source>Industries</source>
        <translation>Sectores</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmentos</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>Territories</source>
        <translation>Territorios</translation>
    </message>
</context>
<context>
    <name>tp::io::TerritorySummaryExporter</name>
    <message>
        <source>Territory</source>
        <translation>Territorio</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
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
    <message>
        <source>Capacity hours</source>
        <translation>Horas de capacidad</translation>
    </message>
    <message>
        <source>Capacity %</source>
        <translation>Capacidad %</translation>
    </message>
    <message>
        <source>Deviation %</source>
        <translation>Desviación %</translation>
    </message>
    <message>
        <source>Area km²</source>
        <translation>Superficie km²</translation>
    </message>
    <message>
        <source>Perimeter km</source>
        <translation>Perímetro km</translation>
    </message>
    <message>
        <source>Compactness</source>
        <translation>Compacidad</translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation>Partes</translation>
    </message>
    <message>
        <source>Mean travel km</source>
        <translation>Desplazamiento medio km</translation>
    </message>
    <message>
        <source>Rep CRM user id</source>
        <translation>Id de usuario CRM del comercial</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Cuota</translation>
    </message>
    <message>
        <source>Attainment %</source>
        <translation>Cumplimiento %</translation>
    </message>
    <message>
        <source>Pipeline coverage</source>
        <translation>Cobertura de cartera</translation>
    </message>
    <message numerus="yes">
        <source>Total (%n territories)</source>
        <translation>
            <numerusform>Total (%n territorio)</numerusform>
            <numerusform>Total (%n territorios)</numerusform>
        </translation>
    </message>
    <message>
        <source>Territories</source>
        <translation>Territorios</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regiones</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Equilibrio</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <source>Balance measure</source>
        <translation>Medida de equilibrio</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Mínimo</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Máximo</translation>
    </message>
    <message>
        <source>Balance index (max - min) / mean</source>
        <translation>Índice de equilibrio (máx - mín) / media</translation>
    </message>
    <message>
        <source>Coefficient of variation</source>
        <translation>Coeficiente de variación</translation>
    </message>
    <message>
        <source>Territories in several pieces</source>
        <translation>Territorios en varias partes</translation>
    </message>
    <message>
        <source>Unassigned units</source>
        <translation>Unidades sin asignar</translation>
    </message>
    <message>
        <source>Unassigned accounts</source>
        <translation>Cuentas sin asignar</translation>
    </message>
    <message>
        <source>White space</source>
        <translation>Espacios en blanco</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Motivos</translation>
    </message>
    <message>
        <source>Penetration %</source>
        <translation>Penetración %</translation>
    </message>
    <message>
        <source>Km to rep</source>
        <translation>km al comercial</translation>
    </message>
</context>
<context>
    <name>tp::io::UnitImporter</name>
    <message>
        <source>Reading units from %1…</source>
        <translation>Leyendo unidades de %1…</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>La importación se canceló; no se cambió nada.</translation>
    </message>
    <message>
        <source>Finding neighbouring units…</source>
        <translation>Buscando unidades vecinas…</translation>
    </message>
    <message>
        <source>Units: approximate ZIP areas (drawn around ZIP centres), not official ZIP boundaries: the land nearest each bundled ZIP point (zipcodes package), clipped to its state (US Census, us-atlas).</source>
        <translation>Unidades: zonas ZIP aproximadas (trazadas alrededor de los centros ZIP), no límites ZIP oficiales: el terreno más cercano a cada punto ZIP incluido (paquete zipcodes), recortado a su estado (US Census, us-atlas).</translation>
    </message>
    <message>
        <source>Units: approximate ZIP3 areas (drawn around ZIP centres), not official boundaries: the approximate ZIP areas (the land nearest each bundled ZIP point, clipped to its state) merged by the first three digits.</source>
        <translation>Unidades: zonas ZIP3 aproximadas (trazadas alrededor de los centros ZIP), no límites oficiales: las zonas ZIP aproximadas (el terreno más cercano a cada punto ZIP incluido, recortado a su estado) unidas por sus tres primeras cifras.</translation>
    </message>
    <message>
        <source>Units: US counties (US Census Bureau, us-atlas).</source>
        <translation>Unidades: condados de EE. UU. (US Census Bureau, us-atlas).</translation>
    </message>
    <message>
        <source>Units: US states (US Census Bureau, us-atlas).</source>
        <translation>Unidades: estados de EE. UU. (US Census Bureau, us-atlas).</translation>
    </message>
</context>
<context>
    <name>tp::optimize::OptimizerProblem</name>
    <message>
        <source>A measure to balance is not in the measure list.</source>
        <translation>Una medida a equilibrar no está en la lista de medidas.</translation>
    </message>
    <message>
        <source>Measure weights must be positive and tolerances zero or more.</source>
        <translation>Los pesos de las medidas deben ser positivos y las tolerancias, cero o más.</translation>
    </message>
    <message>
        <source>A territory to optimise is not in this scenario.</source>
        <translation>Un territorio a optimizar no está en este escenario.</translation>
    </message>
    <message>
        <source>Building a different number of territories needs every territory in scope and unlocked.</source>
        <translation>Crear un número distinto de territorios requiere que todos los territorios estén en el alcance y desbloqueados.</translation>
    </message>
    <message>
        <source>This scenario has no territories; build some first (mode build with a territory count).</source>
        <translation>Este escenario no tiene territorios; cree algunos primero (modo de creación con un número de territorios).</translation>
    </message>
    <message>
        <source>No territory can change: all are locked or out of scope.</source>
        <translation>Ningún territorio puede cambiar: todos están bloqueados o fuera del alcance.</translation>
    </message>
    <message>
        <source>Territory %1</source>
        <translation>Territorio %1</translation>
    </message>
    <message>
        <source>There are fewer units than territories to build.</source>
        <translation>Hay menos unidades que territorios a crear.</translation>
    </message>
    <message>
        <source>its named accounts alone are above the band&apos;s top (%1)</source>
        <translation>solo sus cuentas nominales ya superan el límite superior de la banda (%1)</translation>
    </message>
    <message>
        <source>%1 alone (%2) is above the band&apos;s top (%3)</source>
        <translation>solo %1 (%2) ya supera el límite superior de la banda (%3)</translation>
    </message>
    <message>
        <source>it has a single unit and cannot be left empty</source>
        <translation>tiene una sola unidad y no puede quedar vacío</translation>
    </message>
    <message>
        <source>the cap on moved accounts or revenue was reached</source>
        <translation>se alcanzó el límite de cuentas o ingresos movidos</translation>
    </message>
    <message>
        <source>no further move keeps every territory in one piece%1 and brings it closer</source>
        <translation>ningún otro movimiento mantiene cada territorio en una sola parte%1 y lo acerca</translation>
    </message>
    <message>
        <source>, within its region,</source>
        <translation>, dentro de su región,</translation>
    </message>
    <message>
        <source>%1 is at %2%3 on %4 (band ±%5): %6.</source>
        <translation>%1 está en %2%3 en %4 (banda ±%5): %6.</translation>
    </message>
</context>
<context>
    <name>tp::optimize::OptimizerReport</name>
    <message>
        <source>rebalance</source>
        <translation>reequilibrar</translation>
    </message>
    <message>
        <source>build</source>
        <translation>crear</translation>
    </message>
    <message>
        <source>fill</source>
        <translation>completar</translation>
    </message>
    <message>
        <source>Mode: %1</source>
        <translation>Modo: %1</translation>
    </message>
    <message>
        <source>%1 territories</source>
        <translation>%1 territorios</translation>
    </message>
    <message>
        <source>%1 ×%2 ±%3 %</source>
        <translation>%1 ×%2 ±%3 %</translation>
    </message>
    <message>
        <source>Workload hours ×1 ±5 %</source>
        <translation>Horas de trabajo ×1 ±5 %</translation>
    </message>
    <message>
        <source>measures: %1</source>
        <translation>medidas: %1</translation>
    </message>
    <message>
        <source>targets by rep capacity</source>
        <translation>objetivos según la capacidad del comercial</translation>
    </message>
    <message>
        <source>at most %1 % of accounts moved</source>
        <translation>como máximo se mueve el %1 % de las cuentas</translation>
    </message>
    <message>
        <source>at most %1 % of revenue moved</source>
        <translation>como máximo se mueve el %1 % de los ingresos</translation>
    </message>
    <message>
        <source>compactness: %1</source>
        <translation>compacidad: %1</translation>
    </message>
    <message>
        <source>border length</source>
        <translation>longitud de fronteras</translation>
    </message>
    <message>
        <source>travel from rep home</source>
        <translation>desplazamiento desde la base del comercial</translation>
    </message>
    <message numerus="yes">
        <source>only %n selected territories</source>
        <translation>
            <numerusform>solo %n territorio seleccionado</numerusform>
            <numerusform>solo %n territorios seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <source>one region</source>
        <translation>una región</translation>
    </message>
    <message>
        <source>units stay in their region</source>
        <translation>las unidades permanecen en su región</translation>
    </message>
    <message>
        <source>time limit %1 s</source>
        <translation>límite de tiempo %1 s</translation>
    </message>
    <message>
        <source>seed %1</source>
        <translation>semilla %1</translation>
    </message>
    <message>
        <source>before</source>
        <translation>antes</translation>
    </message>
    <message>
        <source>after</source>
        <translation>después</translation>
    </message>
    <message>
        <source>worst %1 (±%2 %)</source>
        <translation>peor %1 (±%2 %)</translation>
    </message>
    <message>
        <source>territories out of band</source>
        <translation>territorios fuera de banda</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>units moved</source>
        <translation>unidades movidas</translation>
    </message>
    <message>
        <source>accounts moved</source>
        <translation>cuentas movidas</translation>
    </message>
    <message>
        <source>revenue moved</source>
        <translation>ingresos movidos</translation>
    </message>
    <message>
        <source>pieces</source>
        <translation>partes</translation>
    </message>
    <message>
        <source>travel (weighted mean)</source>
        <translation>desplazamiento (media ponderada)</translation>
    </message>
    <message>
        <source>time</source>
        <translation>tiempo</translation>
    </message>
    <message>
        <source>Stopped early: this is the best plan found so far.</source>
        <translation>Detenido antes de tiempo: este es el mejor plan encontrado hasta ahora.</translation>
    </message>
    <message>
        <source>Every territory is inside its band.</source>
        <translation>Todos los territorios están dentro de su banda.</translation>
    </message>
    <message numerus="yes">
        <source>%n territories are outside their band; this is the best plan found:</source>
        <translation>
            <numerusform>%n territorio está fuera de su banda; este es el mejor plan encontrado:</numerusform>
            <numerusform>%n territorios están fuera de su banda; este es el mejor plan encontrado:</numerusform>
        </translation>
    </message>
    <message>
        <source>worst %1 %2</source>
        <translation>peor %1 %2</translation>
    </message>
    <message>
        <source>%1 of %2 out of band</source>
        <translation>%1 de %2 fuera de banda</translation>
    </message>
    <message>
        <source>%1 units, %2 accounts moved</source>
        <translation>%1 unidades y %2 cuentas movidas</translation>
    </message>
    <message>
        <source>Written by the optimiser. %1.</source>
        <translation>Generado por el optimizador. %1.</translation>
    </message>
</context>
<context>
    <name>tp::session::AccountImportApplier</name>
    <message>
        <source>The import was cancelled.</source>
        <translation>La importación se canceló.</translation>
    </message>
    <message numerus="yes">
        <source>Merging %n accounts…</source>
        <translation>
            <numerusform>Fusionando %n cuenta…</numerusform>
            <numerusform>Fusionando %n cuentas…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Placing %n accounts in their units…</source>
        <translation>
            <numerusform>Situando %n cuenta en su unidad…</numerusform>
            <numerusform>Situando %n cuentas en sus unidades…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Writing %n accounts…</source>
        <translation>
            <numerusform>Escribiendo %n cuenta…</numerusform>
            <numerusform>Escribiendo %n cuentas…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tp::session::AccountImportDryRun</name>
    <message>
        <source>Comparing with the project&apos;s accounts…</source>
        <translation>Comparando con las cuentas del proyecto…</translation>
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
    <message numerus="yes">
        <source>%n placed by postal code</source>
        <translation>
            <numerusform>%n situada por código postal</numerusform>
            <numerusform>%n situadas por código postal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n by location</source>
        <translation>
            <numerusform>%n por ubicación</numerusform>
            <numerusform>%n por ubicación</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n postal codes match no unit: %1</source>
        <translation>
            <numerusform>%n código postal no coincide con ninguna unidad: %1</numerusform>
            <numerusform>%n códigos postales no coinciden con ninguna unidad: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tp::session::BorderFront</name>
    <message>
        <source>Press on the border between two territories to move it.</source>
        <translation>Pulse sobre el límite entre dos territorios para moverlo.</translation>
    </message>
    <message>
        <source>%1 is locked: unlock it to move its border.</source>
        <translation>%1 está bloqueado: desbloquéelo para mover su límite.</translation>
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
    <message>
        <source>This rep is not in the roster.</source>
        <translation>Este comercial no está en la plantilla.</translation>
    </message>
    <message>
        <source>Cancelled: nothing changed.</source>
        <translation>Cancelado: no se ha cambiado nada.</translation>
    </message>
</context>
<context>
    <name>tp::session::NeighbourSplit</name>
    <message>
        <source>The scenario no longer exists.</source>
        <translation>El escenario ya no existe.</translation>
    </message>
    <message>
        <source>Territory %1 is not a territory of this scenario.</source>
        <translation>El territorio %1 no es un territorio de este escenario.</translation>
    </message>
    <message>
        <source>%1 is locked: unlock it to hand its units over.</source>
        <translation>%1 está bloqueado: desbloquéelo para ceder sus unidades.</translation>
    </message>
    <message>
        <source>No unlocked territory borders these territories: give them to a rep instead.</source>
        <translation>Ningún territorio desbloqueado limita con estos territorios: asígnelos a un comercial.</translation>
    </message>
    <message>
        <source>%1 %2 left unassigned</source>
        <translation>%1 %2 quedan sin asignar</translation>
    </message>
    <message>
        <source>%1: %2 accounts, %3 workload hours → %4</source>
        <translation>%1: %2 cuentas, %3 horas de trabajo → %4</translation>
    </message>
    <message>
        <source>Split %1 among neighbouring territories</source>
        <translation>%1 repartido entre los territorios vecinos</translation>
    </message>
    <message>
        <source>Balancing the neighbouring territories…</source>
        <translation>Equilibrando los territorios vecinos…</translation>
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
    <message>
        <source>The scenario no longer exists.</source>
        <translation>El escenario ya no existe.</translation>
    </message>
</context>
<context>
    <name>tp::session::OwnerPlanWriter</name>
    <message>
        <source>The units changed since the owners were read; read them again.</source>
        <translation>Las unidades han cambiado desde que se leyeron los propietarios; léalos de nuevo.</translation>
    </message>
    <message>
        <source>%1 is not in the rep roster yet; add the owners as reps first.</source>
        <translation>%1 aún no está en la lista de comerciales; añada primero los propietarios como comerciales.</translation>
    </message>
    <message>
        <source>No account has an owner in the chosen column.</source>
        <translation>Ninguna cuenta tiene propietario en la columna elegida.</translation>
    </message>
    <message>
        <source>Built from the account owners in column &quot;%1&quot;</source>
        <translation>Creado a partir de los propietarios de la columna «%1»</translation>
    </message>
    <message>
        <source>Coloured the territories so that neighbours differ</source>
        <translation>Territorios coloreados para que los vecinos se distingan</translation>
    </message>
    <message>
        <source>Owners in column &quot;%1&quot;: %2</source>
        <translation>Propietarios en la columna «%1»: %2</translation>
    </message>
    <message>
        <source> (new reps: %1)</source>
        <translation> (comerciales nuevos: %1)</translation>
    </message>
    <message>
        <source> · units to the owner with most accounts there: %1</source>
        <translation> · unidades para el propietario con más cuentas en ellas: %1</translation>
    </message>
    <message>
        <source> · named accounts: %1</source>
        <translation> · cuentas nominales: %1</translation>
    </message>
    <message>
        <source> · accounts without an owner (they follow their unit): %1</source>
        <translation> · cuentas sin propietario (siguen a su unidad): %1</translation>
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
    <message>
        <source>The quota of %1 must be a number of zero or more.</source>
        <translation>La cuota de %1 debe ser un número igual o mayor que cero.</translation>
    </message>
    <message>
        <source>Quota of %1 set to %2</source>
        <translation>Cuota de %1 fijada en %2</translation>
    </message>
    <message>
        <source>Locked the quota of %1</source>
        <translation>Cuota de %1 bloqueada</translation>
    </message>
    <message>
        <source>Unlocked the quota of %1</source>
        <translation>Cuota de %1 desbloqueada</translation>
    </message>
    <message>
        <source>A rep needs a name.</source>
        <translation>Un comercial necesita un nombre.</translation>
    </message>
    <message>
        <source>%1: capacity and quota must be numbers of zero or more.</source>
        <translation>%1: la capacidad y la cuota deben ser números iguales o mayores que cero.</translation>
    </message>
    <message>
        <source>%1: the home is not a longitude and latitude on Earth.</source>
        <translation>%1: la base no es una longitud y latitud válidas en la Tierra.</translation>
    </message>
    <message>
        <source>The CRM user id %1 belongs to %2 already.</source>
        <translation>El id de usuario CRM %1 ya pertenece a %2.</translation>
    </message>
    <message>
        <source>Added rep %1</source>
        <translation>Comercial %1 añadido</translation>
    </message>
    <message>
        <source>renamed to %1</source>
        <translation>renombrado a %1</translation>
    </message>
    <message>
        <source>home %1</source>
        <translation>base %1</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>movido</translation>
    </message>
    <message>
        <source>capacity %1 h</source>
        <translation>capacidad %1 h</translation>
    </message>
    <message>
        <source>quota %1</source>
        <translation>cuota %1</translation>
    </message>
    <message>
        <source>CRM user id %1</source>
        <translation>id de usuario CRM %1</translation>
    </message>
    <message>
        <source>e-mail %1</source>
        <translation>correo electrónico %1</translation>
    </message>
    <message>
        <source>role %1</source>
        <translation>función %1</translation>
    </message>
    <message>
        <source>start %1</source>
        <translation>inicio %1</translation>
    </message>
    <message>
        <source>skills</source>
        <translation>competencias</translation>
    </message>
    <message>
        <source>Changed rep %1: %2</source>
        <translation>Comercial %1 cambiado: %2</translation>
    </message>
    <message>
        <source>There is no rep %1 in this project.</source>
        <translation>No hay ningún comercial %1 en este proyecto.</translation>
    </message>
    <message>
        <source>Changed rep %1</source>
        <translation>Comercial %1 cambiado</translation>
    </message>
    <message>
        <source>Reps: %1 added, %2 changed</source>
        <translation>Comerciales: %1 añadidos, %2 cambiados</translation>
    </message>
    <message>
        <source>Removed rep %1</source>
        <translation>Comercial %1 eliminado</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>%1 vacant</source>
        <translation>%1 vacante</translation>
    </message>
    <message>
        <source>Gave %1</source>
        <translation>Asignado: %1</translation>
    </message>
    <message>
        <source>New owners for %1 territories: %2</source>
        <translation>Nuevos propietarios para %1 territorios: %2</translation>
    </message>
    <message>
        <source>Quotas of %1 territories set (%2 in all)</source>
        <translation>Cuotas de %1 territorios fijadas (%2 en total)</translation>
    </message>
    <message>
        <source>Rep %1 exists already.</source>
        <translation>El comercial %1 ya existe.</translation>
    </message>
    <message>
        <source>Rep %1 changed since this edit was made.</source>
        <translation>El comercial %1 ha cambiado desde esta edición.</translation>
    </message>
    <message>
        <source>%1 still owns %2 (in %3 scenarios): let the rep leave first, so the territories go vacant or to another rep.</source>
        <translation>%1 todavía tiene %2 (en %3 escenarios): primero registre la baja del comercial para que los territorios queden vacantes o pasen a otro comercial.</translation>
    </message>
    <message numerus="yes">
        <source>Workload rule set to %1; the workload of %n accounts recomputed</source>
        <translation>
            <numerusform>Regla de carga de trabajo fijada en %1; carga de trabajo de %n cuenta recalculada</numerusform>
            <numerusform>Regla de carga de trabajo fijada en %1; carga de trabajo de %n cuentas recalculada</numerusform>
        </translation>
    </message>
    <message>
        <source>Workload rule set to %1</source>
        <translation>Regla de carga de trabajo fijada en %1</translation>
    </message>
    <message>
        <source>The workload rule changed since this edit was made.</source>
        <translation>La regla de carga de trabajo ha cambiado desde que se hizo esta edición.</translation>
    </message>
</context>
<context>
    <name>tp::session::UnitLayerReplacer</name>
    <message numerus="yes">
        <source>Keeping the assignments of %n units…</source>
        <translation>
            <numerusform>Conservando la asignación de %n unidad…</numerusform>
            <numerusform>Conservando las asignaciones de %n unidades…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Placing %n accounts in the new units…</source>
        <translation>
            <numerusform>Situando %n cuenta en las nuevas unidades…</numerusform>
            <numerusform>Situando %n cuentas en las nuevas unidades…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Writing %n units…</source>
        <translation>
            <numerusform>Escribiendo %n unidad…</numerusform>
            <numerusform>Escribiendo %n unidades…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Writing %n accounts…</source>
        <translation>
            <numerusform>Escribiendo %n cuenta…</numerusform>
            <numerusform>Escribiendo %n cuentas…</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>%n accounts placed by postal code</source>
        <translation>
            <numerusform>%n cuenta situada por código postal</numerusform>
            <numerusform>%n cuentas situadas por código postal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n by location</source>
        <translation>
            <numerusform>%n por ubicación</numerusform>
            <numerusform>%n por ubicación</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n postal codes match no unit: %1</source>
        <translation>
            <numerusform>%n código postal no coincide con ninguna unidad: %1</numerusform>
            <numerusform>%n códigos postales no coinciden con ninguna unidad: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tp::ui::AccountImportWizard</name>
    <message>
        <source>Import Accounts</source>
        <translation>Importar cuentas</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
</context>
<context>
    <name>tp::ui::BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
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
    <message>
        <source>Deviation from the capacity targets: %1 (the %2 furthest of %3)</source>
        <translation>Desviación de los objetivos por capacidad: %1 (los %2 más alejados de %3)</translation>
    </message>
    <message>
        <source>Deviation from the capacity targets: %1</source>
        <translation>Desviación de los objetivos por capacidad: %1</translation>
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
    <message>
        <source>Applied to %1, a copy of the approved starting scenario, as one step (Edit › Undo takes it back).</source>
        <translation>Aplicado a %1, una copia del escenario de partida aprobado, como un solo paso (Edición › Deshacer lo revierte).</translation>
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
    <name>tp::ui::CoverageDock</name>
    <message>
        <source>Coverage</source>
        <translation>Cobertura</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>In no territory</source>
        <translation>En ningún territorio</translation>
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
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Equipos</translation>
    </message>
    <message>
        <source>No primary team</source>
        <translation>Sin equipo principal</translation>
    </message>
    <message>
        <source>Two primary teams</source>
        <translation>Dos equipos principales</translation>
    </message>
    <message>
        <source>No project open.</source>
        <translation>No hay ningún proyecto abierto.</translation>
    </message>
    <message numerus="yes">
        <source>Every account has exactly one primary team (%n primary team(s)).</source>
        <translation>
            <numerusform>Cada cuenta tiene exactamente un equipo principal (%n equipo principal).</numerusform>
            <numerusform>Cada cuenta tiene exactamente un equipo principal (%n equipos principales).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 accounts have no primary team, %2 have two or more.</source>
        <translation>%1 cuentas no tienen equipo principal, %2 tienen dos o más.</translation>
    </message>
    <message>
        <source>overlay</source>
        <translation>superpuesto</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>principal</translation>
    </message>
    <message>
        <source>No primary team (%1)</source>
        <translation>Sin equipo principal (%1)</translation>
    </message>
    <message>
        <source>Two primary teams (%1)</source>
        <translation>Dos equipos principales (%1)</translation>
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
    <message>
        <source>%1 (plan of record)</source>
        <translation>%1 (plan vigente)</translation>
    </message>
    <message>
        <source>There is no other scenario to compare &quot;%1&quot; with: copy the plan in the Scenarios dock first.</source>
        <translation>No hay ningún otro escenario con el que comparar «%1»: copie primero el plan en el panel «Escenarios».</translation>
    </message>
    <message>
        <source>(none: no previous owner column)</source>
        <translation>(ninguno: no hay columna de propietario anterior)</translation>
    </message>
    <message>
        <source>Compare &quot;%1&quot; with:</source>
        <translation>Comparar «%1» con:</translation>
    </message>
    <message>
        <source>Previous owners from:</source>
        <translation>Propietarios anteriores de:</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Escribiendo %1…</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written</source>
        <translation>Exportación cancelada; no se escribió nada</translation>
    </message>
    <message>
        <source>Print Report</source>
        <translation>Imprimir informe</translation>
    </message>
    <message>
        <source>Printing the report…</source>
        <translation>Imprimiendo el informe…</translation>
    </message>
    <message>
        <source>Printing cancelled</source>
        <translation>Impresión cancelada</translation>
    </message>
</context>
<context>
    <name>tp::ui::FirstRunHint</name>
    <message>
        <source>Got it</source>
        <translation>Entendido</translation>
    </message>
    <message>
        <source>Close this hint (it is not shown again)</source>
        <translation>Cerrar esta sugerencia (no se vuelve a mostrar)</translation>
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
    <name>tp::ui::ImportActions</name>
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
        <translation>C&amp;ondados de EE. UU. incluidos</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>No hay ningún proyecto abierto.</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>La importación falló</translation>
    </message>
    <message>
        <source>Accounts imported: %1</source>
        <translation>Cuentas importadas: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n rows rejected</source>
        <translation>
            <numerusform>%n fila rechazada</numerusform>
            <numerusform>%n filas rechazadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Units</source>
        <translation>Importar unidades</translation>
    </message>
    <message>
        <source>Reading units…</source>
        <translation>Leyendo unidades…</translation>
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
        <source>Import Accounts</source>
        <translation>Importar cuentas</translation>
    </message>
    <message>
        <source>Importing accounts…</source>
        <translation>Importando cuentas…</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation>Importación cancelada: no se cambió nada.</translation>
    </message>
    <message>
        <source>Replacing the units…</source>
        <translation>Sustituyendo las unidades…</translation>
    </message>
</context>
<context>
    <name>tp::ui::ImportDryRunPage</name>
    <message>
        <source>What the import will do</source>
        <translation>Qué hará la importación</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Import applies exactly this.</source>
        <translation>Todavía no se ha escrito nada. La importación aplica exactamente esto.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Motivos</translation>
    </message>
    <message>
        <source>&amp;Save Rejected Rows…</source>
        <translation>&amp;Guardar filas rechazadas…</translation>
    </message>
    <message>
        <source>&amp;Read Again</source>
        <translation>&amp;Leer de nuevo</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was read and nothing was written. Read the file again, go back to change your choices, or cancel the import.</source>
        <translation>Cancelado: no se leyó ni se escribió nada. Vuelva a leer el archivo, retroceda para cambiar sus opciones o cancele la importación.</translation>
    </message>
    <message>
        <source>Nothing can be imported.</source>
        <translation>No se puede importar nada.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows read:</source>
        <translation>
            <numerusform>%n fila leída:</numerusform>
            <numerusform>%n filas leídas:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accounts to add</source>
        <translation>
            <numerusform>%n cuenta a añadir</numerusform>
            <numerusform>%n cuentas a añadir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>%n a actualizar</numerusform>
            <numerusform>%n a actualizar</numerusform>
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
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rechazada</numerusform>
            <numerusform>%n rechazadas</numerusform>
        </translation>
    </message>
    <message>
        <source>The project has no units yet: accounts lie outside every unit until units are imported.</source>
        <translation>El proyecto aún no tiene unidades: las cuentas quedan fuera de toda unidad hasta que se importen unidades.</translation>
    </message>
    <message numerus="yes">
        <source>%n accounts fall outside every unit and will belong to no territory (lines %1).</source>
        <translation>
            <numerusform>%n cuenta queda fuera de toda unidad y no pertenecerá a ningún territorio (líneas %1).</numerusform>
            <numerusform>%n cuentas quedan fuera de toda unidad y no pertenecerán a ningún territorio (líneas %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Every account lies in a unit.</source>
        <translation>Todas las cuentas están en una unidad.</translation>
    </message>
    <message numerus="yes">
        <source>%n accounts are placed by their postal code.</source>
        <translation>
            <numerusform>%n cuenta se sitúa por su código postal.</numerusform>
            <numerusform>%n cuentas se sitúan por su código postal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accounts get their workload from the tier rule.</source>
        <translation>
            <numerusform>%n cuenta obtiene su carga de la regla por nivel.</numerusform>
            <numerusform>%n cuentas obtienen su carga de la regla por nivel.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (nueva)</translation>
    </message>
    <message>
        <source>Measures after the import: %1.</source>
        <translation>Medidas después de la importación: %1.</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>The table shows the first %1 rejected rows; Save Rejected Rows writes all %2.</source>
        <translation>La tabla muestra las primeras %1 filas rechazadas; «Guardar filas rechazadas» escribe las %2.</translation>
    </message>
    <message>
        <source>Save Rejected Rows</source>
        <translation>Guardar filas rechazadas</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Rejected rows saved to %1.</source>
        <translation>Filas rechazadas guardadas en %1.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Escribiendo %1…</translation>
    </message>
</context>
<context>
    <name>tp::ui::ImportFilePage</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
</context>
<context>
    <name>tp::ui::ImportLocationPage</name>
    <message>
        <source>Locating accounts</source>
        <translation>Ubicación de las cuentas</translation>
    </message>
    <message>
        <source>Each account is placed on the map, and so in a unit and a territory.</source>
        <translation>Cada cuenta se sitúa en el mapa y, por tanto, en una unidad y un territorio.</translation>
    </message>
    <message>
        <source>Both: &amp;coordinates, else the postal code</source>
        <translation>Ambos: &amp;coordenadas; si no, el código postal</translation>
    </message>
    <message>
        <source>Both: the &amp;postal code, else coordinates</source>
        <translation>Ambos: el código &amp;postal; si no, coordenadas</translation>
    </message>
    <message>
        <source>Coor&amp;dinates only (longitude and latitude, or the layer&apos;s points)</source>
        <translation>Solo coor&amp;denadas (longitud y latitud, o los puntos de la capa)</translation>
    </message>
    <message>
        <source>Postal code o&amp;nly (the centre of its ZIP area)</source>
        <translation>Solo código postal (el ce&amp;ntro de su área ZIP)</translation>
    </message>
    <message>
        <source>The mapped columns give no location: go back and choose longitude and latitude or a postal code.</source>
        <translation>Las columnas asignadas no dan ninguna ubicación: retroceda y elija longitud y latitud o un código postal.</translation>
    </message>
    <message>
        <source>&amp;Swap latitude and longitude back where they look swapped (else such rows are rejected)</source>
        <translation>&amp;Intercambiar latitud y longitud donde parezcan intercambiadas (si no, esas filas se rechazan)</translation>
    </message>
</context>
<context>
    <name>tp::ui::ImportMappingPage</name>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Which column feeds each account field. Fields left unused get no value.</source>
        <translation>Qué columna alimenta cada campo de cuenta. Los campos sin usar no reciben valor.</translation>
    </message>
    <message>
        <source>Account fields</source>
        <translation>Campos de cuenta</translation>
    </message>
    <message>
        <source>This is the mapping you chose the last time you imported a file with these columns.</source>
        <translation>Esta es la asignación que eligió la última vez que importó un archivo con estas columnas.</translation>
    </message>
    <message>
        <source>Other columns to &amp;keep (numeric ones become measures):</source>
        <translation>Otras columnas a &amp;conservar (las numéricas se convierten en medidas):</translation>
    </message>
    <message>
        <source>(not used)</source>
        <translation>(sin usar)</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is chosen for two fields; a column can feed one field only.</source>
        <translation>La columna «%1» está elegida para dos campos; una columna solo puede alimentar un campo.</translation>
    </message>
    <message>
        <source>%1 (numbers: a measure)</source>
        <translation>%1 (números: una medida)</translation>
    </message>
    <message>
        <source>%1 (text)</source>
        <translation>%1 (texto)</translation>
    </message>
</context>
<context>
    <name>tp::ui::ImportSourcePage</name>
    <message>
        <source>Sheet and encoding</source>
        <translation>Hoja y codificación</translation>
    </message>
    <message>
        <source>The first rows as they will be read.</source>
        <translation>Las primeras filas tal como se leerán.</translation>
    </message>
    <message>
        <source>&amp;Sheet or layer:</source>
        <translation>&amp;Hoja o capa:</translation>
    </message>
    <message>
        <source>Detect (UTF-8, else Windows-1252)</source>
        <translation>Detectar (UTF-8; si no, Windows-1252)</translation>
    </message>
    <message>
        <source>UTF-8 only</source>
        <translation>Solo UTF-8</translation>
    </message>
    <message>
        <source>Windows-1252 / Latin-1</source>
        <translation>Windows-1252 / Latin-1</translation>
    </message>
    <message>
        <source>Text &amp;encoding:</source>
        <translation>&amp;Codificación del texto:</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>coma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>punto y coma</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulador</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>barra vertical</translation>
    </message>
    <message>
        <source>Columns separated by %1; amounts like 1,234 read with a decimal %2 unless their column shows otherwise.</source>
        <translation>Columnas separadas por %1; importes como 1,234 se leen con %2 decimal salvo que su columna indique lo contrario.</translation>
    </message>
    <message>
        <source>point</source>
        <translation>punto</translation>
    </message>
    <message>
        <source>The layer&apos;s points locate the accounts.</source>
        <translation>Los puntos de la capa sitúan las cuentas.</translation>
    </message>
    <message numerus="yes">
        <source>%n columns.</source>
        <translation>
            <numerusform>%n columna.</numerusform>
            <numerusform>%n columnas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The text is not UTF-8: it is read as Windows-1252.</source>
        <translation>El texto no es UTF-8: se lee como Windows-1252.</translation>
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
    <message>
        <source>Thematic map (units by figure)</source>
        <translation>Mapa temático (unidades según una cifra)</translation>
    </message>
    <message>
        <source>Account density (heat map)</source>
        <translation>Densidad de cuentas (mapa de calor)</translation>
    </message>
    <message>
        <source>How far each account&apos;s weight spreads (a Gaussian kernel cut at this radius)</source>
        <translation>Hasta dónde se reparte el peso de cada cuenta (un núcleo gaussiano cortado en este radio)</translation>
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
        <translation>Número de cuentas</translation>
    </message>
    <message>
        <source>Heat map radius:</source>
        <translation>Radio del mapa de calor:</translation>
    </message>
    <message>
        <source>weighted by:</source>
        <translation>ponderado por:</translation>
    </message>
    <message>
        <source>Colours are relative to the densest places in view (square-root scale)</source>
        <translation>Los colores son relativos a los lugares más densos de la vista (escala de raíz cuadrada)</translation>
    </message>
    <message>
        <source>sparse</source>
        <translation>disperso</translation>
    </message>
    <message>
        <source>dense</source>
        <translation>denso</translation>
    </message>
    <message>
        <source>Another team&apos;s borders (View › Other Team)</source>
        <translation>Límites de otro equipo (Ver › Otro equipo)</translation>
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
        <source>%1 · scenario: %2 (%3) · %Ln accounts</source>
        <translation>
            <numerusform>%1 · escenario: %2 (%3) · %Ln cuenta</numerusform>
            <numerusform>%1 · escenario: %2 (%3) · %Ln cuentas</numerusform>
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
        <source>Select Whole Co&amp;unties</source>
        <translation>Seleccionar condados &amp;enteros</translation>
    </message>
    <message>
        <source>Select Whole S&amp;tates</source>
        <translation>Seleccionar es&amp;tados enteros</translation>
    </message>
    <message>
        <source>Set &amp;Quotas…</source>
        <translation>Fijar c&amp;uotas…</translation>
    </message>
    <message>
        <source>Suggest &amp;Owners…</source>
        <translation>Sugerir pr&amp;opietarios…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 ya existe. ¿Desea reemplazarlo?</translation>
    </message>
    <message>
        <source>&amp;Fill Enclosed Area</source>
        <translation>&amp;Rellenar el área encerrada</translation>
    </message>
    <message>
        <source>The selection encloses no units: select a closed ring of units first.</source>
        <translation>La selección no encierra ninguna unidad: seleccione primero un anillo cerrado de unidades.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n enclosed unit(s) to the selection.</source>
        <translation>
            <numerusform>Se ha añadido %n unidad encerrada a la selección.</numerusform>
            <numerusform>Se han añadido %n unidades encerradas a la selección.</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan from CRM O&amp;wners…</source>
        <translation>Plan a partir de los &amp;propietarios del CRM…</translation>
    </message>
    <message>
        <source>Project Se&amp;ttings…</source>
        <translation>Con&amp;figuración del proyecto…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Primeros pasos</translation>
    </message>
    <message>
        <source>&lt;b&gt;Getting started&lt;/b&gt;&lt;br&gt;A demo project opens at the first start. Start your own with File › New Project (%1) or open one (%2).&lt;ul style=&quot;margin-left: 12px; -qt-list-indent: 0&quot;&gt;&lt;li&gt;Choose a territory in the Territories dock, then paint units into it with Paint (%3).&lt;/li&gt;&lt;li&gt;Drag the border between two territories with Move Border (%4).&lt;/li&gt;&lt;li&gt;Show the plan to a room in workshop mode (%5; Esc leaves).&lt;/li&gt;&lt;li&gt;Undo any change with %6.&lt;/li&gt;&lt;/ul&gt;All keys: Help › Keyboard Shortcuts (%7).</source>
        <translation>&lt;b&gt;Primeros pasos&lt;/b&gt;&lt;br&gt;En el primer inicio se abre un proyecto de demostración. Cree el suyo con Archivo › Nuevo proyecto (%1) o abra uno (%2).&lt;ul style=&quot;margin-left: 12px; -qt-list-indent: 0&quot;&gt;&lt;li&gt;Elija un territorio en el panel «Territorios» y pinte unidades en él con Pintar (%3).&lt;/li&gt;&lt;li&gt;Arrastre el límite entre dos territorios con Mover frontera (%4).&lt;/li&gt;&lt;li&gt;Muestre el plan a una sala en modo taller (%5; Esc sale).&lt;/li&gt;&lt;li&gt;Deshaga cualquier cambio con %6.&lt;/li&gt;&lt;/ul&gt;Todas las teclas: Ayuda › Atajos de teclado (%7).</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Escribiendo %1…</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written</source>
        <translation>Exportación cancelada; no se escribió nada</translation>
    </message>
    <message>
        <source>The scenario shown and edited</source>
        <translation>El escenario que se muestra y se edita</translation>
    </message>
    <message>
        <source> Team: </source>
        <translation> Equipo: </translation>
    </message>
    <message>
        <source>The team whose territories the map fills and whose accounts the figures count</source>
        <translation>El equipo cuyos territorios rellena el mapa y cuyas cuentas cuentan las cifras</translation>
    </message>
    <message>
        <source>Cannot switch team</source>
        <translation>No se puede cambiar de equipo</translation>
    </message>
    <message>
        <source>%1 (overlay)</source>
        <translation>%1 (superpuesto)</translation>
    </message>
    <message>
        <source>Other &amp;Team&apos;s Borders</source>
        <translation>Límites de otro &amp;equipo</translation>
    </message>
    <message>
        <source>(None)</source>
        <translation>(Ninguno)</translation>
    </message>
    <message>
        <source>The project has one team</source>
        <translation>El proyecto tiene un equipo</translation>
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
    <name>tp::ui::MapLegend</name>
    <message>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <source>Territories in view</source>
        <translation>Territorios en la vista</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Accounts by segment</source>
        <translation>Cuentas por segmento</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Gran empresa</translation>
    </message>
    <message>
        <source>Mid-Market</source>
        <translation>Mediana empresa</translation>
    </message>
    <message>
        <source>SMB</source>
        <translation>Pyme</translation>
    </message>
    <message>
        <source>Other segments</source>
        <translation>Otros segmentos</translation>
    </message>
    <message>
        <source>Small account (lowest fifth by size)</source>
        <translation>Cuenta pequeña (quinto inferior por tamaño)</translation>
    </message>
    <message>
        <source>Large account (highest fifth by size)</source>
        <translation>Cuenta grande (quinto superior por tamaño)</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Marcas</translation>
    </message>
    <message>
        <source>Stray piece, apart from its territory</source>
        <translation>Parte suelta, separada de su territorio</translation>
    </message>
    <message>
        <source>Unit changed from the compared scenario</source>
        <translation>Unidad cambiada respecto al escenario comparado</translation>
    </message>
    <message>
        <source>Label: over the tolerance (+%1 %)</source>
        <translation>Etiqueta: por encima de la tolerancia (+%1 %)</translation>
    </message>
    <message>
        <source>Label: under the tolerance (−%1 %)</source>
        <translation>Etiqueta: por debajo de la tolerancia (−%1 %)</translation>
    </message>
    <message>
        <source>Label: within ±%1 %</source>
        <translation>Etiqueta: dentro de ±%1 %</translation>
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
    <message>
        <source>Moving the border between %1 and %2 (Esc cancels)</source>
        <translation>Moviendo el límite entre %1 y %2 (Esc cancela)</translation>
    </message>
    <message>
        <source>Brush: the unit under the cursor ([ and ] change the size)</source>
        <translation>Pincel: la unidad bajo el cursor ([ y ] cambian el tamaño)</translation>
    </message>
    <message>
        <source>Brush radius: %1 px ([ and ] change it)</source>
        <translation>Radio del pincel: %1 px ([ y ] lo cambian)</translation>
    </message>
    <message>
        <source>%1 is locked: its units were left as they are.</source>
        <translation>%1 está bloqueado: sus unidades se han dejado como estaban.</translation>
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
    <message>
        <source>By capacity</source>
        <translation>Según capacidad</translation>
    </message>
    <message>
        <source>Measure each territory against its share by its rep&apos;s capacity (a rep at part time or ramping up in the first six months carries less) instead of against the mean</source>
        <translation>Medir cada territorio frente a su parte según la capacidad de su comercial (quien trabaja a tiempo parcial o se incorpora en los primeros seis meses lleva menos) en lugar de frente a la media</translation>
    </message>
    <message>
        <source>targets by capacity need a capacity for every territory&apos;s rep: against the mean</source>
        <translation>los objetivos por capacidad necesitan una capacidad para el comercial de cada territorio: frente a la media</translation>
    </message>
    <message>
        <source>Hours a year = visits a year by tier × hours a visit by segment, for accounts whose file gave no workload. File › Project Settings… changes the rule.</source>
        <translation>Horas al año = visitas al año por nivel × horas por visita por segmento, para las cuentas cuyo archivo no indicaba carga de trabajo. Archivo › Configuración del proyecto… cambia la regla.</translation>
    </message>
    <message>
        <source>The measure the territories are balanced on: the deviations, the chart and the map labels follow it</source>
        <translation>La medida por la que se equilibran los territorios: las desviaciones, el gráfico y las etiquetas del mapa la siguen</translation>
    </message>
    <message>
        <source>Spread: the largest territory&apos;s value minus the smallest&apos;s, divided by the mean (0 is perfect balance; against capacity targets, of each value divided by its target).
Within ±N %: territories whose value is within the tolerance of the mean (or target).
CV: coefficient of variation, the standard deviation divided by the mean.</source>
        <translation>Amplitud: el valor del territorio mayor menos el del menor, dividido por la media (0 es el equilibrio perfecto; con objetivos por capacidad, de cada valor dividido por su objetivo).
Dentro de ±N %: territorios cuyo valor está dentro de la tolerancia respecto a la media (u objetivo).
CV: coeficiente de variación, la desviación típica dividida por la media.</translation>
    </message>
    <message>
        <source>Balance on:</source>
        <translation>Equilibrar por:</translation>
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
    <name>tp::ui::NewProjectDialog</name>
    <message>
        <source>New Project</source>
        <translation>Nuevo proyecto</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>p. ej. %1</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>&amp;Project file:</source>
        <translation>Archivo de &amp;proyecto:</translation>
    </message>
    <message>
        <source>Units to plan with</source>
        <translation>Unidades de planificación</translation>
    </message>
    <message>
        <source>US &amp;counties</source>
        <translation>&amp;Condados de EE. UU.</translation>
    </message>
    <message>
        <source>Approximate ZIP&amp;3 areas (drawn around ZIP centres)</source>
        <translation>Áreas ZIP&amp;3 aproximadas (trazadas alrededor de los centros ZIP)</translation>
    </message>
    <message>
        <source>Approximate &amp;ZIP areas (drawn around ZIP centres)</source>
        <translation>Áreas &amp;ZIP aproximadas (trazadas alrededor de los centros ZIP)</translation>
    </message>
    <message>
        <source>A polygon &amp;file (GeoPackage, Shapefile, GeoJSON, KML…)</source>
        <translation>Un &amp;archivo de polígonos (GeoPackage, Shapefile, GeoJSON, KML…)</translation>
    </message>
    <message>
        <source>Each bundled ZIP centre gets the land nearer to it than to any other ZIP centre of its state; ZIP3 areas join the ZIPs that share their first three digits. Accounts go to the area their postal code names. These are not official boundaries: for those, choose a ZCTA polygon file.</source>
        <translation>Cada centro ZIP incluido recibe el terreno más cercano a él que a cualquier otro centro ZIP de su estado; las áreas ZIP3 agrupan los ZIP que comparten sus tres primeros dígitos. Las cuentas van al área que indica su código postal. No son límites oficiales: para ello, elija un archivo de polígonos ZCTA.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Territory projects (*.territory)</source>
        <translation>Proyectos de territorio (*.territory)</translation>
    </message>
    <message>
        <source>Unit Polygons</source>
        <translation>Polígonos de unidades</translation>
    </message>
    <message>
        <source>GIS files (*.gpkg *.shp *.geojson *.json *.kml);;All files (*)</source>
        <translation>Archivos SIG (*.gpkg *.shp *.geojson *.json *.kml);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>tp::ui::OwnerPlanDialog</name>
    <message>
        <source>Plan from CRM Owners</source>
        <translation>Plan a partir de los propietarios del CRM</translation>
    </message>
    <message>
        <source>Start from how the CRM covers the accounts today: one territory per account owner, holding the units where that owner has most accounts; the owner&apos;s other accounts become named accounts of the territory. Owners not in the rep roster are added to it.</source>
        <translation>Empiece por cómo cubre hoy el CRM las cuentas: un territorio por propietario, con las unidades donde ese propietario tiene más cuentas; sus demás cuentas pasan a ser cuentas nominales del territorio. Los propietarios que no están en la lista de comerciales se añaden a ella.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>As in the CRM</source>
        <translation>Como en el CRM</translation>
    </message>
    <message>
        <source>&amp;Owner column:</source>
        <translation>Columna de &amp;propietario:</translation>
    </message>
    <message>
        <source>Owner &amp;id column:</source>
        <translation>Columna de &amp;id del propietario:</translation>
    </message>
    <message>
        <source>New &amp;scenario:</source>
        <translation>&amp;Escenario nuevo:</translation>
    </message>
    <message>
        <source>&amp;Create Scenario</source>
        <translation>&amp;Crear escenario</translation>
    </message>
    <message>
        <source>The accounts have no imported columns: import a CRM export with an owner column (Account Owner, Owner, Owner Id, …) first.</source>
        <translation>Las cuentas no tienen columnas importadas: importe primero una exportación del CRM con una columna de propietario (Account Owner, Owner, Owner Id, …).</translation>
    </message>
    <message>
        <source>No account has an owner in this column.</source>
        <translation>Ninguna cuenta tiene propietario en esta columna.</translation>
    </message>
    <message>
        <source>(choose a column)</source>
        <translation>(elija una columna)</translation>
    </message>
    <message>
        <source>No imported column is named like an owner column (Account Owner, Owner, Sales Rep, …): choose the column that names each account&apos;s owner.</source>
        <translation>Ninguna columna importada se llama como una columna de propietario (Account Owner, Owner, Sales Rep, …): elija la columna que indica el propietario de cada cuenta.</translation>
    </message>
</context>
<context>
    <name>tp::ui::ProjectSettingsDialog</name>
    <message>
        <source>Project Settings</source>
        <translation>Configuración del proyecto</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Visits a year</source>
        <translation>Visitas al año</translation>
    </message>
    <message>
        <source>(other tiers)</source>
        <translation>(otros niveles)</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Hours a visit</source>
        <translation>Horas por visita</translation>
    </message>
    <message>
        <source>(other segments)</source>
        <translation>(otros segmentos)</translation>
    </message>
    <message>
        <source>Add &amp;Tier</source>
        <translation>Añadir &amp;nivel</translation>
    </message>
    <message>
        <source>Remove Tier</source>
        <translation>Quitar nivel</translation>
    </message>
    <message>
        <source>Add &amp;Segment</source>
        <translation>Añadir &amp;segmento</translation>
    </message>
    <message>
        <source>Remove Segment</source>
        <translation>Quitar segmento</translation>
    </message>
    <message>
        <source>Accounts whose file has no workload get hours a year = visits a year (by their tier) × hours a visit (by their segment). Imports use this rule; accounts whose workload came from a file column keep it.</source>
        <translation>Las cuentas cuyo archivo no tiene carga de trabajo reciben horas al año = visitas al año (según su nivel) × horas por visita (según su segmento). Las importaciones usan esta regla; las cuentas cuya carga de trabajo vino de una columna del archivo la conservan.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Recompute the workload of the %n accounts that take it from the rule</source>
        <translation>
            <numerusform>&amp;Recalcular la carga de trabajo de la %n cuenta que la toma de la regla</numerusform>
            <numerusform>&amp;Recalcular la carga de trabajo de las %n cuentas que la toman de la regla</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accounts whose workload was given by the imported file keep it.</source>
        <translation>
            <numerusform>%n cuenta cuya carga de trabajo venía del archivo importado la conserva.</numerusform>
            <numerusform>%n cuentas cuya carga de trabajo venía del archivo importado la conservan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accounts whose workload came from the file&apos;s column “%1” keep it.</source>
        <translation>
            <numerusform>%n cuenta cuya carga de trabajo venía de la columna «%1» del archivo la conserva.</numerusform>
            <numerusform>%n cuentas cuya carga de trabajo venía de la columna «%1» del archivo la conservan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Workload from tiers</source>
        <translation>Carga de trabajo por niveles</translation>
    </message>
    <message>
        <source>The value for accounts whose tier or segment is not listed, or empty</source>
        <translation>El valor para las cuentas cuyo nivel o segmento no figura en la lista o está vacío</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>«%1» no es un número.</translation>
    </message>
    <message>
        <source>an account of tier %1 and segment %2: %3 h a year</source>
        <translation>una cuenta de nivel %1 y segmento %2: %3 h al año</translation>
    </message>
    <message>
        <source>of another tier and segment: %1 h a year</source>
        <translation>de otro nivel y segmento: %1 h al año</translation>
    </message>
    <message>
        <source>For example: %1.</source>
        <translation>Por ejemplo: %1.</translation>
    </message>
</context>
<context>
    <name>tp::ui::QuotaDialog</name>
    <message>
        <source>Set Quotas</source>
        <translation>Fijar cuotas</translation>
    </message>
    <message>
        <source>Share of revenue potential</source>
        <translation>Proporción del potencial de ingresos</translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation>Proporción de los ingresos</translation>
    </message>
    <message>
        <source>Weighted mix</source>
        <translation>Combinación ponderada</translation>
    </message>
    <message>
        <source> % potential</source>
        <translation> % potencial</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territorio</translation>
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
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Cuota</translation>
    </message>
    <message>
        <source>Locked: keeps the quota typed here</source>
        <translation>Bloqueada: conserva la cuota introducida aquí</translation>
    </message>
    <message>
        <source>Company &amp;target:</source>
        <translation>&amp;Objetivo de la empresa:</translation>
    </message>
    <message>
        <source>&amp;Distribute by:</source>
        <translation>&amp;Repartir según:</translation>
    </message>
    <message>
        <source>&amp;Round to:</source>
        <translation>Redo&amp;ndear a:</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>%1 territories, %2 in all.</source>
        <translation>%1 territorios, %2 en total.</translation>
    </message>
</context>
<context>
    <name>tp::ui::RepDialog</name>
    <message>
        <source>Edit Rep</source>
        <translation>Editar comercial</translation>
    </message>
    <message>
        <source>New Rep</source>
        <translation>Nuevo comercial</translation>
    </message>
    <message>
        <source>as the CRM&apos;s owner column writes it</source>
        <translation>tal como lo escribe la columna de propietario del CRM</translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation>Código ZIP</translation>
    </message>
    <message>
        <source>Look Up</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source> h/year</source>
        <translation> h/año</translation>
    </message>
    <message>
        <source>e.g. Retail, Health</source>
        <translation>p. ej. Comercio minorista, Salud</translation>
    </message>
    <message>
        <source>e.g. Enterprise, SMB</source>
        <translation>p. ej. Gran empresa, pyme</translation>
    </message>
    <message>
        <source>yyyy-mm-dd (for ramping)</source>
        <translation>aaaa-mm-dd (para la incorporación progresiva)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>CRM &amp;user id:</source>
        <translation>Id de &amp;usuario CRM:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Función:</translation>
    </message>
    <message>
        <source>&amp;Home:</source>
        <translation>&amp;Base:</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>Ca&amp;pacidad:</translation>
    </message>
    <message>
        <source>&amp;Quota:</source>
        <translation>Cu&amp;ota:</translation>
    </message>
    <message>
        <source>&amp;Industries:</source>
        <translation>&amp;Sectores:</translation>
    </message>
    <message>
        <source>&amp;Segments:</source>
        <translation>Se&amp;gmentos:</translation>
    </message>
    <message>
        <source>S&amp;tart date:</source>
        <translation>Fecha de &amp;inicio:</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>placed on the map</source>
        <translation>situada en el mapa</translation>
    </message>
    <message>
        <source>no home yet</source>
        <translation>aún sin base</translation>
    </message>
    <message>
        <source>%1 is not a known US ZIP code.</source>
        <translation>%1 no es un código ZIP de EE. UU. conocido.</translation>
    </message>
    <message>
        <source>The bundled postal codes could not be read, so ZIP codes cannot be looked up.</source>
        <translation>No se pudieron leer los códigos postales incluidos, así que no se pueden buscar códigos ZIP.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>A rep needs a name.</source>
        <translation>Un comercial necesita un nombre.</translation>
    </message>
    <message>
        <source>The start date %1 is not a date (yyyy-mm-dd).</source>
        <translation>La fecha de inicio %1 no es una fecha (aaaa-mm-dd).</translation>
    </message>
</context>
<context>
    <name>tp::ui::RepImportWizard</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>CRM user id</source>
        <translation>Id de usuario CRM</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Home ZIP code</source>
        <translation>Código postal de la base</translation>
    </message>
    <message>
        <source>Home (place name)</source>
        <translation>Base (nombre del lugar)</translation>
    </message>
    <message>
        <source>Home longitude</source>
        <translation>Longitud de la base</translation>
    </message>
    <message>
        <source>Home latitude</source>
        <translation>Latitud de la base</translation>
    </message>
    <message>
        <source>Capacity (hours a year)</source>
        <translation>Capacidad (horas al año)</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Cuota</translation>
    </message>
    <message>
        <source>Industries</source>
        <translation>Sectores</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmentos</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <source>Why it is rejected</source>
        <translation>Motivo del rechazo</translation>
    </message>
    <message>
        <source>Import Reps</source>
        <translation>Importar comerciales</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Roster file</source>
        <translation>Archivo de plantilla</translation>
    </message>
    <message>
        <source>A CSV, TSV or spreadsheet (XLSX, ODS) with one rep a row.</source>
        <translation>Un archivo CSV, TSV o una hoja de cálculo (XLSX, ODS) con un comercial por fila.</translation>
    </message>
    <message>
        <source>Rosters (*.csv *.tsv *.txt *.xlsx *.ods);;All files (*)</source>
        <translation>Plantillas (*.csv *.tsv *.txt *.xlsx *.ods);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Which column gives each field; the first reps below show how they will be read.</source>
        <translation>Qué columna da cada campo; los primeros comerciales de abajo muestran cómo se leerán.</translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation>Qué hará la importación</translation>
    </message>
    <message>
        <source>Nothing is written until you press Import; it is then one step to undo.</source>
        <translation>No se escribe nada hasta que pulse «Importar»; después se deshace en un solo paso.</translation>
    </message>
    <message>
        <source>This file cannot be read: %1</source>
        <translation>No se puede leer este archivo: %1</translation>
    </message>
    <message>
        <source>(not used)</source>
        <translation>(sin usar)</translation>
    </message>
    <message>
        <source>No name column: every row will be rejected.</source>
        <translation>No hay columna de nombre: se rechazarán todas las filas.</translation>
    </message>
    <message>
        <source>No capacity column: capacity will be 0 (no utilisation) for every rep.</source>
        <translation>No hay columna de capacidad: la capacidad será 0 (sin utilización) para todos los comerciales.</translation>
    </message>
    <message>
        <source>No CRM user id column: reps are matched to the roster by name.</source>
        <translation>No hay columna de id de usuario CRM: los comerciales se asocian a la plantilla por nombre.</translation>
    </message>
    <message>
        <source>No home coordinates or ZIP column: reps will have no home (no travel figures).</source>
        <translation>No hay columna de coordenadas de la base ni de código postal: los comerciales no tendrán base (sin cifras de desplazamiento).</translation>
    </message>
    <message numerus="yes">
        <source>%n reps read, %1 rows rejected.</source>
        <translation>
            <numerusform>%n comercial leído, %1 filas rechazadas.</numerusform>
            <numerusform>%n comerciales leídos, %1 filas rechazadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reps to add</source>
        <translation>
            <numerusform>%n comercial por añadir</numerusform>
            <numerusform>%n comerciales por añadir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>%n por actualizar</numerusform>
            <numerusform>%n por actualizar</numerusform>
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
        <source>%n rows rejected</source>
        <translation>
            <numerusform>%n fila rechazada</numerusform>
            <numerusform>%n filas rechazadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tp::ui::RepTableModel</name>
    <message>
        <source>Inside</source>
        <translation>Dentro</translation>
    </message>
    <message>
        <source>Overlay</source>
        <translation>Superpuesta</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>No home yet: set it by ZIP code or on the map</source>
        <translation>Aún sin base: fíjela por código ZIP o en el mapa</translation>
    </message>
    <message>
        <source>on the map</source>
        <translation>en el mapa</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Comercial</translation>
    </message>
    <message>
        <source>CRM user id</source>
        <translation>Id de usuario CRM</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Capacity (h)</source>
        <translation>Capacidad (h)</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Cuota</translation>
    </message>
    <message>
        <source>Territories</source>
        <translation>Territorios</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Utilización</translation>
    </message>
    <message>
        <source>Industries</source>
        <translation>Sectores</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmentos</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
</context>
<context>
    <name>tp::ui::ReportOptionsDialog</name>
    <message>
        <source>A page per territory with its map and account list</source>
        <translation>Una página por territorio con su mapa y lista de cuentas</translation>
    </message>
    <message>
        <source>A thematic page: units coloured by</source>
        <translation>Una página temática: unidades coloreadas según</translation>
    </message>
    <message>
        <source>PDF Report</source>
        <translation>Informe PDF</translation>
    </message>
    <message>
        <source>Besides the map page and the territory summary, add:</source>
        <translation>Además de la página del mapa y el resumen de territorios, añadir:</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n class(es), as chosen in the Theme dock.</source>
        <translation>
            <numerusform>%1 en %n clase, como se eligió en el panel Tema.</numerusform>
            <numerusform>%1 en %n clases, como se eligió en el panel Tema.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tp::ui::RepsDock</name>
    <message>
        <source>Reps</source>
        <translation>Comerciales</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nuevo…</translation>
    </message>
    <message>
        <source>Add a rep to the roster</source>
        <translation>Añadir un comercial a la plantilla</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Edit the rep (or double-click)</source>
        <translation>Editar el comercial (o doble clic)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Remove the rep from the roster</source>
        <translation>Quitar el comercial de la plantilla</translation>
    </message>
    <message>
        <source>Delete Rep</source>
        <translation>Eliminar comercial</translation>
    </message>
    <message>
        <source>Remove %1 from the roster? (Undo brings the rep back.)</source>
        <translation>¿Quitar a %1 de la plantilla? (Deshacer recupera al comercial).</translation>
    </message>
    <message>
        <source>Leaves…</source>
        <translation>Baja…</translation>
    </message>
    <message>
        <source>The rep leaves: its territories in this scenario stay vacant or go to another rep</source>
        <translation>El comercial se va: sus territorios en este escenario quedan vacantes o pasan a otro comercial</translation>
    </message>
    <message>
        <source>Keep the territories vacant</source>
        <translation>Dejar los territorios vacantes</translation>
    </message>
    <message>
        <source>Give them to %1</source>
        <translation>Dárselos a %1</translation>
    </message>
    <message>
        <source>%1 Leaves</source>
        <translation>Baja de %1</translation>
    </message>
    <message>
        <source>Their territories in this scenario:</source>
        <translation>Sus territorios en este escenario:</translation>
    </message>
    <message>
        <source>Handoff</source>
        <translation>Traspaso</translation>
    </message>
    <message>
        <source>Home on Map</source>
        <translation>Base en el mapa</translation>
    </message>
    <message>
        <source>Click on the map where the rep lives (Esc cancels)</source>
        <translation>Haga clic en el mapa donde vive el comercial (Esc cancela)</translation>
    </message>
    <message>
        <source>Suggest Owners…</source>
        <translation>Sugerir propietarios…</translation>
    </message>
    <message>
        <source>The best reps for the territories of this scenario (travel, skills, capacity), shown as a diff to apply</source>
        <translation>Los mejores comerciales para los territorios de este escenario (desplazamientos, competencias, capacidad), mostrados como diferencias a aplicar</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Add or update reps from a CSV or XLSX file</source>
        <translation>Añadir o actualizar comerciales desde un archivo CSV o XLSX</translation>
    </message>
    <message>
        <source>Import Reps</source>
        <translation>Importar comerciales</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Write the roster to a CSV or XLSX file</source>
        <translation>Guardar la plantilla en un archivo CSV o XLSX</translation>
    </message>
    <message>
        <source>Export Reps</source>
        <translation>Exportar comerciales</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Libro de Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1: %2 accounts, %3 workload hours → %4</source>
        <translation>%1: %2 cuentas, %3 horas de trabajo → %4</translation>
    </message>
    <message>
        <source>vacant</source>
        <translation>vacante</translation>
    </message>
    <message>
        <source>%1 owns no territory in this scenario.</source>
        <translation>%1 no tiene ningún territorio en este escenario.</translation>
    </message>
    <message>
        <source>%1 leaves. Handoff:</source>
        <translation>%1 se va. Traspaso:</translation>
    </message>
    <message>
        <source>Click on the map where %1 lives (Esc cancels).</source>
        <translation>Haga clic en el mapa donde vive %1 (Esc cancela).</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>near %1, %2</source>
        <translation>cerca de %1, %2</translation>
    </message>
    <message>
        <source>The bundled postal codes could not be read: %1</source>
        <translation>No se pudieron leer los códigos postales incluidos: %1</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>No se importó nada: %1</translation>
    </message>
    <message>
        <source>%1 reps read from %2: %3 new, %4 matched by CRM user id or name.</source>
        <translation>%1 comerciales leídos de %2: %3 nuevos, %4 asociados por id de usuario CRM o nombre.</translation>
    </message>
    <message>
        <source>%1 rows were rejected:</source>
        <translation>Se rechazaron %1 filas:</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… y %1 más.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>La exportación falló</translation>
    </message>
    <message>
        <source>Exported the roster to %1</source>
        <translation>Plantilla exportada a %1</translation>
    </message>
    <message>
        <source>Split them among the neighbouring territories</source>
        <translation>Repartirlos entre los territorios vecinos</translation>
    </message>
    <message>
        <source>%1 reps read from %2: %3 new, %4 matched by CRM user id or name; %5 rows rejected.</source>
        <translation>%1 comerciales leídos de %2: %3 nuevos, %4 asociados por id de usuario CRM o nombre; %5 filas rechazadas.</translation>
    </message>
    <message>
        <source>Split Among Neighbours</source>
        <translation>Repartir entre vecinos</translation>
    </message>
    <message>
        <source>Balancing the neighbouring territories…</source>
        <translation>Equilibrando los territorios vecinos…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Escribiendo %1…</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written</source>
        <translation>Exportación cancelada; no se escribió nada</translation>
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
    <name>tp::ui::ShortcutsDialog</name>
    <message>
        <source>Other</source>
        <translation>Otras</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Search actions or keys</source>
        <translation>Buscar acciones o teclas</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
</context>
<context>
    <name>tp::ui::SuggestOwnersDialog</name>
    <message>
        <source>Suggest Owners</source>
        <translation>Sugerir propietarios</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territorio</translation>
    </message>
    <message>
        <source>Rep now</source>
        <translation>Comercial actual</translation>
    </message>
    <message>
        <source>Suggested rep</source>
        <translation>Comercial sugerido</translation>
    </message>
    <message>
        <source>Travel (km)</source>
        <translation>Desplazamiento (km)</translation>
    </message>
    <message>
        <source>(vacant)</source>
        <translation>(vacante)</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>No hay ningún proyecto abierto.</translation>
    </message>
    <message>
        <source>The current owners are already the best assignment.</source>
        <translation>Los propietarios actuales ya son la mejor asignación.</translation>
    </message>
    <message>
        <source>%1 of %2 territories would change owner (cost %3 → %4: travel, skills, segments and capacity, with a bonus for keeping the current owner).</source>
        <translation>%1 de %2 territorios cambiarían de propietario (coste %3 → %4: desplazamientos, competencias, segmentos y capacidad, con una bonificación por mantener al propietario actual).</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>Give the territories to the suggested reps (one undo step)</source>
        <translation>Dar los territorios a los comerciales sugeridos (un solo paso de deshacer)</translation>
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
    <message>
        <source>Assign selection: open a project first</source>
        <translation>Asignar selección: abra primero un proyecto</translation>
    </message>
    <message>
        <source>Assign selection: choose a territory (click it here or in the Balance table) and select units (Select tool, S)</source>
        <translation>Asignar selección: elija un territorio (haga clic en él aquí o en la tabla «Equilibrio») y seleccione unidades (herramienta Seleccionar, S)</translation>
    </message>
    <message>
        <source>Assign selection: choose a territory first (click it here or in the Balance table)</source>
        <translation>Asignar selección: elija primero un territorio (haga clic en él aquí o en la tabla «Equilibrio»)</translation>
    </message>
    <message>
        <source>Assign selection: select units first (Select tool, S)</source>
        <translation>Asignar selección: seleccione primero unidades (herramienta Seleccionar, S)</translation>
    </message>
    <message>
        <source>Give the selected units to %1 (Enter)</source>
        <translation>Dar las unidades seleccionadas a %1 (Intro)</translation>
    </message>
</context>
<context>
    <name>tp::ui::TerritoryLabeller</name>
    <message>
        <source>Vacant</source>
        <translation>Vacante</translation>
    </message>
</context>
<context>
    <name>tp::ui::TerritoryTreeModel</name>
    <message>
        <source>%1 (locked: tools leave it unchanged)</source>
        <translation>%1 (bloqueado: las herramientas no lo cambian)</translation>
    </message>
</context>
<context>
    <name>tp::ui::ThemeDock</name>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Compared with:</source>
        <translation>Comparado con:</translation>
    </message>
    <message>
        <source>Colour units by:</source>
        <translation>Colorear las unidades según:</translation>
    </message>
    <message>
        <source>Classes:</source>
        <translation>Clases:</translation>
    </message>
    <message>
        <source>Number of classes:</source>
        <translation>Número de clases:</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Colores:</translation>
    </message>
    <message>
        <source>Territories</source>
        <translation>Territorios</translation>
    </message>
    <message>
        <source>Colour the map by territory</source>
        <translation>Colorear el mapa por territorio</translation>
    </message>
    <message>
        <source>Colour units by a figure (potential, density, penetration, coverage, change) with a legend</source>
        <translation>Colorear las unidades según una cifra (potencial, densidad, penetración, cobertura, cambio), con leyenda</translation>
    </message>
    <message>
        <source>&amp;Thematic Map</source>
        <translation>Mapa &amp;temático</translation>
    </message>
    <message>
        <source>%1 units · %2 without a value</source>
        <translation>%1 unidades · %2 sin valor</translation>
    </message>
</context>
<context>
    <name>tp::ui::ThemeLegend</name>
    <message>
        <source>Click to fold or unfold the legend</source>
        <translation>Haga clic para plegar o desplegar la leyenda</translation>
    </message>
</context>
<context>
    <name>tp::ui::ToleranceMark</name>
    <message>
        <source>over the tolerance</source>
        <translation>por encima de la tolerancia</translation>
    </message>
    <message>
        <source>under the tolerance</source>
        <translation>por debajo de la tolerancia</translation>
    </message>
    <message>
        <source>within the tolerance</source>
        <translation>dentro de la tolerancia</translation>
    </message>
</context>
<context>
    <name>tp::ui::UnitImportWizard</name>
    <message>
        <source>Import Units</source>
        <translation>Importar unidades</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Unit layer file</source>
        <translation>Archivo de la capa de unidades</translation>
    </message>
    <message>
        <source>A GeoPackage, Shapefile, GeoJSON, KML or any other GIS file with polygons.</source>
        <translation>Un GeoPackage, Shapefile, GeoJSON, KML o cualquier otro archivo SIG con polígonos.</translation>
    </message>
    <message>
        <source>GIS files (*.gpkg *.shp *.geojson *.json *.kml);;All files (*)</source>
        <translation>Archivos SIG (*.gpkg *.shp *.geojson *.json *.kml);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Capa</translation>
    </message>
    <message>
        <source>Which layer holds the units; its fields and first features are shown.</source>
        <translation>Qué capa contiene las unidades; se muestran sus campos y primeros elementos.</translation>
    </message>
    <message>
        <source>&amp;Layer:</source>
        <translation>&amp;Capa:</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
    <message>
        <source>Which field gives each unit&apos;s code (unique), name and region.</source>
        <translation>Qué campo da el código (único), el nombre y la región de cada unidad.</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Región:</translation>
    </message>
    <message>
        <source>This file has no layer of polygons: units need areas, not points or lines.</source>
        <translation>Este archivo no tiene ninguna capa de polígonos: las unidades necesitan áreas, no puntos ni líneas.</translation>
    </message>
    <message>
        <source>This file cannot be read: %1</source>
        <translation>No se puede leer este archivo: %1</translation>
    </message>
    <message>
        <source>%1 (%2: not polygons)</source>
        <translation>%1 (%2: no son polígonos)</translation>
    </message>
    <message>
        <source>(feature number)</source>
        <translation>(número de elemento)</translation>
    </message>
    <message>
        <source>(same as the code)</source>
        <translation>(igual que el código)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>The %1 units of this project will be replaced by the layer&apos;s %2 features; each scenario keeps the assignments of units that keep their place, and all %3 accounts are placed in the new units again.</source>
        <translation>Las %1 unidades de este proyecto se sustituirán por los %2 elementos de la capa; cada escenario conserva las asignaciones de las unidades que mantienen su lugar, y las %3 cuentas se sitúan de nuevo en las nuevas unidades.</translation>
    </message>
    <message>
        <source>(unknown number of)</source>
        <translation>(número desconocido de)</translation>
    </message>
    <message>
        <source>Codes must be unique and not empty; invalid polygons are repaired, and projected layers are reprojected.</source>
        <translation>Los códigos deben ser únicos y no vacíos; los polígonos no válidos se reparan y las capas proyectadas se reproyectan.</translation>
    </message>
    <message numerus="yes">
        <source>%1 features · %2 · %n fields</source>
        <translation>
            <numerusform>%1 elementos · %2 · %n campo</numerusform>
            <numerusform>%1 elementos · %2 · %n campos</numerusform>
        </translation>
    </message>
    <message>
        <source>an unknown number of</source>
        <translation>un número desconocido de</translation>
    </message>
</context>
<context>
    <name>tp::ui::WhiteSpaceDock</name>
    <message>
        <source>White Space</source>
        <translation>Espacios en blanco</translation>
    </message>
    <message>
        <source>The figure the list is ranked by; units without it are not listed</source>
        <translation>La cifra por la que se ordena la lista; las unidades sin ella no aparecen</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>Units whose revenue is below this share of their revenue potential are listed</source>
        <translation>Se listan las unidades cuyos ingresos están por debajo de esta parte de su potencial</translation>
    </message>
    <message>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <source>Units farther than this from the home of the rep who owns them are listed</source>
        <translation>Se listan las unidades más lejos que esto del domicilio del comercial que las tiene</translation>
    </message>
    <message>
        <source>all</source>
        <translation>todas</translation>
    </message>
    <message>
        <source>Only the first N of the list</source>
        <translation>Solo las N primeras de la lista</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regiones</translation>
    </message>
    <message>
        <source>Units, or the counties or states they lie in</source>
        <translation>Unidades, o los condados o estados en que están</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Primeras</translation>
    </message>
    <message>
        <source>Rank by</source>
        <translation>Ordenar por</translation>
    </message>
    <message>
        <source>or farther than</source>
        <translation>o más lejos que</translation>
    </message>
    <message>
        <source>Penetration below</source>
        <translation>Penetración por debajo de</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Zoom To</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Fit the map to the chosen rows (or double-click a row)</source>
        <translation>Ajustar el mapa a las filas elegidas (o doble clic en una fila)</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>Seleccionar</translation>
    </message>
    <message>
        <source>Select the units of the chosen rows (every listed unit when none is chosen) to paint or assign them</source>
        <translation>Seleccionar las unidades de las filas elegidas (todas las listadas si no se elige ninguna) para pintarlas o asignarlas</translation>
    </message>
    <message numerus="yes">
        <source>%n region(s) with %1 unit(s) · potential %2</source>
        <translation>
            <numerusform>%n región con %1 unidades · potencial %2</numerusform>
            <numerusform>%n regiones con %1 unidades · potencial %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) · potential %1</source>
        <translation>
            <numerusform>%n unidad · potencial %1</numerusform>
            <numerusform>%n unidades · potencial %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tp::ui::WhiteSpaceTableModel</name>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n unidad</numerusform>
            <numerusform>%n unidades</numerusform>
        </translation>
    </message>
    <message>
        <source>(unassigned)</source>
        <translation>(sin asignar)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Motivos</translation>
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
        <source>Penetration %</source>
        <translation>Penetración %</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
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
        <source>Max. km to rep</source>
        <translation>Máx. km al comercial</translation>
    </message>
    <message>
        <source>Km to rep</source>
        <translation>km al comercial</translation>
    </message>
</context>
</TS>
