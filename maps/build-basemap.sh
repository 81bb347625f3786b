#!/usr/bin/env bash
# Converts the pinned npm data packages into the app's base-map GeoPackage.
# usage: build-basemap.sh NODE_MODULES_DIR OUT.gpkg ZIPAREAS_TOOL
# Layers: countries, nation, states, counties (EPSG:4326 multipolygons, empty geometries dropped),
# zipcodes (points; military/0,0 codes and points outside the US dropped), and from the
# ZIPAREAS_TOOL (maps/zipareas.cpp) zip_areas and zip3_areas: approximate ZIP areas drawn
# around the ZIP points (Voronoi cells per state, clipped to the state) and their ZIP3 dissolve.
# Deterministic: the same inputs give the same bytes (OGR_CURRENT_DATE fixes the GeoPackage's
# timestamps).
set -euo pipefail
nm=$(cd "$1" && pwd)
out=$2
zipareas=$3
export OGR_CURRENT_DATE=2000-01-01T00:00:00.000Z
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
rm -f "$out"
work="$tmp/basemap.gpkg"

count() { ogrinfo -q -ro "$1" -dialect SQLite -sql "SELECT count(*) AS n FROM \"$2\"" | sed -n 's/.*n (Integer) = //p'; }

polygons() { # src layer target where
  local src=$1 layer=$2 target=$3 sql=$4
  ogr2ogr -f GPKG -update -append "$work" "$src" -dialect SQLite -sql "$sql" \
    -nln "$target" -nlt MULTIPOLYGON -a_srs EPSG:4326 -lco GEOMETRY_NAME=geom -lco SPATIAL_INDEX=YES
  local before after
  before=$(count "$src" "$layer")
  after=$(count "$work" "$target")
  echo "basemap: $target: kept $after of $before features, dropped $((before - after)) empty"
}

keep_nonempty="geometry IS NOT NULL AND NOT ST_IsEmpty(geometry)"
polygons "$nm/world-atlas/countries-50m.json" countries countries \
  "SELECT name, geometry FROM countries WHERE $keep_nonempty"
polygons "$nm/us-atlas/counties-10m.json" nation nation \
  "SELECT geometry FROM nation WHERE $keep_nonempty"
polygons "$nm/us-atlas/counties-10m.json" states states \
  "SELECT id AS code, name, geometry FROM states WHERE $keep_nonempty"
polygons "$nm/us-atlas/counties-10m.json" counties counties \
  "SELECT id AS code, name, substr(id, 1, 2) AS state_code, geometry FROM counties WHERE $keep_nonempty"

node "$(dirname "$0")/zip-to-csv.js" "$nm" > "$tmp/zip.csv"
ogr2ogr -f GPKG -update "$work" "$tmp/zip.csv" -nln zip_raw -a_srs EPSG:4326 \
  -oo X_POSSIBLE_NAMES=lon -oo Y_POSSIBLE_NAMES=lat -oo KEEP_GEOM_COLUMNS=NO \
  -oo AUTODETECT_TYPE=YES -oo QUOTED_FIELDS_AS_STRING=YES -lco GEOMETRY_NAME=geom
# A ZIP point is kept when it lies within 0.1 degree (about 10 km) of the nation's outline:
# this keeps coastal and island codes that the 1:10m outline clips, and drops the military
# codes at 0,0 and the codes placed abroad.
ogr2ogr -f GPKG -update "$work" "$work" -dialect SQLite -nln zipcodes -nlt POINT \
  -lco GEOMETRY_NAME=geom -lco SPATIAL_INDEX=YES -sql "
  SELECT z.zip AS zip, z.city AS city, z.state AS state, z.geom AS geom
  FROM zip_raw z, nation n
  WHERE NOT (ST_X(z.geom) = 0 AND ST_Y(z.geom) = 0)
    AND ST_Distance(z.geom, n.geom) < 0.1"
ogrinfo -q "$work" -sql "DROP TABLE zip_raw" > /dev/null
before=$(tail -n +2 "$tmp/zip.csv" | wc -l)
after=$(count "$work" zipcodes)
echo "basemap: zipcodes: kept $after of $before points, dropped $((before - after)) (0,0 or outside the US)"
"$zipareas" "$work"
ogrinfo -q "$work" -sql "VACUUM" > /dev/null
mv "$work" "$out"
