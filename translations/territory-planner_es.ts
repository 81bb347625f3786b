<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
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
        <source>Could not write %1.</source>
        <translation>No se pudo escribir %1.</translation>
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
</TS>
