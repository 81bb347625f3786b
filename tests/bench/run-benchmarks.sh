#!/usr/bin/env bash
# Runs every benchmark (tests/bench/bench_*.cpp) and prints one markdown table on stdout:
# operation | data | median | worst | budget | verdict. Each benchmark prints RESULT lines
# (benchresult.h; times in ms, or another unit named in a sixth field); budgets come from DESIGN.md, section "Performance budgets", for every operation
# whose name starts with a DESIGN.md operation name (the part before any "(...)").
# Peer: PostGIS point in polygon on the same 1M points and 33,124 units as bench_import
# (bench_import --export), in a throwaway cluster listening only on a unix socket in a temp dir
# (removed at exit). Times GiST index builds and ST_Contains joins, median of 3, load excluded.
# postgresql + postgis are installed from Debian with apt-get when missing (root or sudo).
#
# usage: tests/bench/run-benchmarks.sh [--peer | --no-peer] [--only NAME[,NAME...]] [BUILD_DIR]
#   BUILD_DIR   default: ../../build relative to this script
#   --peer      run the PostGIS peer and fail if it cannot run (default: run it when possible)
#   --no-peer   skip the PostGIS peer
#   --only      run only these benchmarks (e.g. --only import,metrics; "none" runs no benchmark)
# Progress and benchmark output go to stderr and to BUILD_DIR/tests/bench/bench-logs/.
set -euo pipefail

start_seconds=$SECONDS
script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source_root=$(cd "$script_dir/../.." && pwd)
build_dir=$source_root/build
peer_mode=auto
only=
while (($#)); do
    case $1 in
        --peer) peer_mode=on ;;
        --no-peer) peer_mode=off ;;
        --only) only=${2:?--only needs a list}; shift ;;
        --only=*) only=${1#--only=} ;;
        -h | --help) sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        -*) echo "unknown option: $1" >&2; exit 2 ;;
        *) build_dir=$1 ;;
    esac
    shift
done
build_dir=$(cd "$build_dir" && pwd)
[[ -f $build_dir/build.ninja ]] || { echo "not a configured Ninja build dir: $build_dir" >&2; exit 2; }

note() { printf '%s\n' "$*" >&2; }

design_md=${DESIGN_MD:-}
if [[ -z $design_md ]]; then
    for candidate in "$source_root/../shared/DESIGN.md" "$source_root/DESIGN.md" "$source_root/docs/DESIGN.md"; do
        [[ -f $candidate ]] && { design_md=$(cd "$(dirname "$candidate")" && pwd)/DESIGN.md; break; }
    done
fi
[[ -n $design_md && -f $design_md ]] || { echo "DESIGN.md not found (set DESIGN_MD)" >&2; exit 2; }

# Benchmarks: every tests/bench/bench_<name>.cpp, optionally filtered by --only.
benches=()
for source in "$script_dir"/bench_*.cpp; do
    name=$(basename "$source" .cpp)
    if [[ -n $only ]] && [[ ",$only," != *",${name#bench_},"* && ",$only," != *",$name,"* ]]; then continue; fi
    benches+=("$name")
done
targets=("${benches[@]}")
[[ $peer_mode == off || " ${targets[*]} " == *" bench_import "* ]] || targets+=(bench_import)

log_dir=$build_dir/tests/bench/bench-logs
mkdir -p "$log_dir"
results=$log_dir/results.tsv
notes=$log_dir/notes.txt
: >"$results"
: >"$notes"

if ((${#targets[@]})); then
    note "== building ${targets[*]}"
    ninja -C "$build_dir" "${targets[@]}" >&2
fi

bench_binary() {
    local path=$build_dir/tests/bench/$1
    [[ -x $path ]] || path=$(find "$build_dir" -type f -name "$1" -perm -u+x -print -quit)
    [[ -n $path && -x $path ]] || { echo "benchmark binary $1 not found under $build_dir" >&2; return 1; }
    printf '%s\n' "$path"
}

failures=0
for name in "${benches[@]}"; do
    binary=$(bench_binary "$name")
    note "== running $name (log: $log_dir/$name.log)"
    began=$SECONDS
    set +e
    "$binary" 2>&1 | tee "$log_dir/$name.log" >&2
    rc=${PIPESTATUS[0]}
    set -e
    grep $'^RESULT\t' "$log_dir/$name.log" | cut -f2- >>"$results" || true
    if ((rc != 0)); then
        failures=$((failures + 1))
        echo "$name exited with code $rc (its own correctness check failed or it crashed; see $log_dir/$name.log)" >>"$notes"
    fi
    note "== $name done in $((SECONDS - began)) s"
done

# --- PostGIS peer --------------------------------------------------------------------------
pg_version=15
pg_bin=/usr/lib/postgresql/$pg_version/bin
postgis_installed() { [[ -x $pg_bin/initdb && -f /usr/share/postgresql/$pg_version/extension/postgis.control ]]; }

can_install() { ((EUID == 0)) || { command -v sudo >/dev/null && sudo -n true 2>/dev/null; }; }

install_postgis() {
    local -a sudo=() packages=(postgresql "postgresql-$pg_version-postgis-3")
    ((EUID == 0)) || sudo=(sudo -n)
    note "== installing ${packages[*]} from Debian"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${packages[@]}" >&2 ||
        { "${sudo[@]}" apt-get update >&2 &&
            "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${packages[@]}" >&2; }
}

# Prints "median<TAB>worst" of the numbers on stdin.
median_worst() { sort -g | awk '{v[NR] = $1} END {printf "%s\t%s\n", v[int((NR + 1) / 2)], v[NR]}'; }

run_peer() {
    run_as=()
    trap peer_cleanup EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
    peer_dir=$(mktemp -d "${TMPDIR:-/tmp}/tp-bench-postgis.XXXXXX")
    run_as=()
    if ((EUID == 0)); then # the server refuses to run as root
        chown postgres: "$peer_dir"
        run_as=(runuser -u postgres --)
    fi
    local data=$peer_dir/data db=$peer_dir/db port=$((20000 + RANDOM % 30000))
    note "== PostGIS peer: exporting the bench_import data"
    "$(bench_binary bench_import)" --export "$data" >&2

    note "== PostGIS peer: throwaway cluster in $peer_dir (unix socket only)"
    as_server "$pg_bin/initdb" -D "$db" -U postgres --auth=trust --no-locale -E UTF8 >"$peer_dir/initdb.log"
    # Loopback-free: no TCP at all. Durability off (throwaway); 2 parallel workers = the 2 threads
    # AccountLocator uses; no JIT (spatial functions are not JIT-compiled, it only adds latency).
    cat >>"$db/postgresql.conf" <<CONF
listen_addresses = ''
unix_socket_directories = '$peer_dir'
port = $port
shared_buffers = 1GB
work_mem = 256MB
maintenance_work_mem = 1GB
max_parallel_workers_per_gather = 2
max_parallel_maintenance_workers = 2
jit = off
fsync = off
synchronous_commit = off
full_page_writes = off
max_wal_size = 8GB
autovacuum = off
CONF
    as_server "$pg_bin/pg_ctl" -D "$db" -l "$peer_dir/server.log" -w -t 120 start >&2
    local psql=$pg_bin/psql
    [[ -x $psql ]] || psql=psql
    sql=(env PGOPTIONS="-c client_min_messages=warning" "$psql" -X -q -v ON_ERROR_STOP=1 -h "$peer_dir" -p "$port" -U postgres -d postgres)

    note "== PostGIS peer: loading (not timed)"
    "${sql[@]}" >&2 <<SQL
CREATE EXTENSION postgis;
CREATE TABLE units_wkt (id int, wkt text);
\\copy units_wkt FROM '$data/units.csv' WITH (FORMAT csv, HEADER true)
CREATE TABLE units AS SELECT id, ST_GeomFromText(wkt, 4326)::geometry(Polygon, 4326) AS geom FROM units_wkt;
ALTER TABLE units ADD PRIMARY KEY (id);
CREATE TABLE points_raw (id int, lon float8, lat float8, cpp_unit int);
\\copy points_raw FROM '$data/points.csv' WITH (FORMAT csv, HEADER true)
CREATE TABLE points AS
    SELECT id, ST_SetSRID(ST_MakePoint(lon, lat), 4326)::geometry(Point, 4326) AS geom, cpp_unit FROM points_raw;
ALTER TABLE points ADD PRIMARY KEY (id);
DROP TABLE units_wkt, points_raw;
VACUUM ANALYZE;
SQL
    local postgis
    postgis=$("${sql[@]}" -At -c "SELECT 'PostgreSQL ' || current_setting('server_version') || ', PostGIS ' || postgis_lib_version()")

    # Runs SQL with \timing; prints "<ms of the last statement><TAB><its output>".
    timed() {
        "${sql[@]}" -At <<SQL | awk '/^Time: / {t = $2; next} {out = out (out == "" ? "" : " ") $0} END {printf "%s\t%s\n", t, out}'
$1
\\timing on
$2
SQL
    }
    local run line times count
    note "== PostGIS peer: GiST index builds (3 each)"
    for table in units points; do
        times=()
        for run in 1 2 3; do
            line=$(timed "DROP INDEX IF EXISTS ${table}_geom;" "CREATE INDEX ${table}_geom ON $table USING gist (geom);")
            times+=("${line%%$'\t'*}")
        done
        printf 'PostGIS peer: GiST index build, %s\t%s\t%s\t-\n' "$table" \
            "$([[ $table == units ]] && echo "33,124 units (same grid)" || echo "1M points (same points)")" \
            "$(printf '%s\n' "${times[@]}" | median_worst)" >>"$results"
    done
    "${sql[@]}" -c "ANALYZE" >&2

    # Join A: the obvious query, GiST on both tables, the planner's choice (it drives from the
    # points and probes the units index once per point). Join B: units drive, one probe of the
    # points index per unit (units index dropped, parallel scan of the small units table allowed).
    local join="SELECT count(*) FROM points a JOIN units u ON ST_Contains(u.geom, a.geom)"
    local tuned="SET min_parallel_table_scan_size = 0;"
    local variant setup label plan
    for variant in A B; do
        if [[ $variant == A ]]; then
            setup="" label="planner's plan: points drive, GiST on both"
        else
            "${sql[@]}" -c "DROP INDEX units_geom" >&2
            setup=$tuned label="units drive, GiST on points"
        fi
        plan=$(timed "$setup" "EXPLAIN (COSTS OFF) $join;" | cut -f2-)
        note "== PostGIS peer: $join ($label; 3 runs); plan: $(summarise_plan "$plan")"
        echo "PostGIS peer, join $variant ($label), plan: $(summarise_plan "$plan")." >>"$notes"
        times=()
        for run in 1 2 3; do
            line=$(timed "$setup" "$join;")
            times+=("${line%%$'\t'*}")
            count=${line#*$'\t'}
        done
        printf 'PostGIS peer: point in polygon, ST_Contains join count, %s\t1M points into 33,124 units (same data)\t%s\t-\n' \
            "$label" "$(printf '%s\n' "${times[@]}" | median_worst)" >>"$results"
    done

    local assign="CREATE TABLE assignment AS SELECT a.id, u.id AS unit FROM points a JOIN units u ON ST_Contains(u.geom, a.geom)"
    note "== PostGIS peer: assign unit ids, $assign (join B; 3 runs)"
    times=()
    for run in 1 2 3; do
        line=$(timed "DROP TABLE IF EXISTS assignment; $tuned" "$assign;")
        times+=("${line%%$'\t'*}")
    done
    printf 'PostGIS peer: assign unit ids (CREATE TABLE AS ST_Contains join, units drive)\t1M points into 33,124 units (same data)\t%s\t-\n' \
        "$(printf '%s\n' "${times[@]}" | median_worst)" >>"$results"

    local check
    check=$("${sql[@]}" -At -F ' ' -c "SELECT count(*) FILTER (WHERE s.unit IS NULL), count(*) FILTER (WHERE s.unit <> p.cpp_unit)
                                         FROM points p LEFT JOIN assignment s USING (id)")
    {
        echo "PostGIS peer: $postgis; 2 parallel workers, JIT off, durability off; load and ANALYZE not timed."
        echo "PostGIS peer: join count $count of 1,000,000 points; vs AccountLocator: ${check% *} points in no unit (ST_Contains excludes boundaries), ${check#* } assigned to a different unit."
    } >>"$notes"
}

# "Nested Loop; Parallel Seq Scan on units u; Index Scan using points_geom ..." from EXPLAIN text.
summarise_plan() {
    grep -oE '(Nested Loop|Hash Join|Merge Join|Gather|(Parallel )?(Seq|Index|Bitmap Heap|Bitmap Index) Scan( using [a-z_]+)? on [a-z_]+|Workers Planned: [0-9]+)' <<<"$1" |
        paste -sd ';' | sed 's/;/; /g'
}

as_server() { (cd / && "${run_as[@]}" "$@"); }

peer_cleanup() {
    if [[ -n ${peer_dir:-} && -d $peer_dir ]]; then
        if [[ -f $peer_dir/db/postmaster.pid ]]; then
            as_server "$pg_bin/pg_ctl" -D "$peer_dir/db" -m fast -w -t 60 stop >/dev/null 2>&1 ||
                as_server "$pg_bin/pg_ctl" -D "$peer_dir/db" -m immediate stop >/dev/null 2>&1 || true
        fi
        rm -rf "$peer_dir"
    fi
}

if [[ $peer_mode != off ]]; then
    peer_ok=1
    if ! postgis_installed; then
        if can_install; then
            install_postgis && postgis_installed ||
                { peer_ok=0; echo "PostGIS peer skipped: installing postgresql-$pg_version-postgis-3 with apt-get failed." >>"$notes"; }
        else
            echo "PostGIS peer skipped: postgresql/postgis missing and no root or passwordless sudo to install them." >>"$notes"
            peer_ok=0
        fi
    fi
    if ((peer_ok)); then
        peer_began=$SECONDS
        set +e
        (
            set -euo pipefail
            run_peer
        )
        rc=$?
        set -e
        ((rc == 0)) || { peer_ok=0; echo "PostGIS peer failed (exit $rc); see the output above." >>"$notes"; }
        note "== PostGIS peer done in $((SECONDS - peer_began)) s"
    fi
    if ((!peer_ok)) && [[ $peer_mode == on ]]; then failures=$((failures + 1)); fi
fi

# --- Table ---------------------------------------------------------------------------------
# DESIGN.md budgets as "operation prefix<TAB>budget text<TAB>budget ms" (ms empty: not a time).
design_budgets=$log_dir/design-budgets.tsv
awk -F'|' '
    /^#+ / { inside = ($0 ~ /Performance budgets/); next }
    inside && /^\|/ && $2 !~ /^ *-+ *$/ && $2 !~ /^ *operation *$/ {
        op = $2; budget = $4
        gsub(/^ +| +$/, "", op); gsub(/^ +| +$/, "", budget); sub(/ *\(.*$/, "", op)
        ms = ""
        if (match(budget, /[0-9.]+ *(ms|s)( |$)/)) {
            value = substr(budget, RSTART, RLENGTH); number = value + 0
            ms = (value ~ /ms/) ? number : number * 1000
        }
        printf "%s\t%s\t%s\n", op, budget, ms
    }' "$design_md" >"$design_budgets"

echo
echo "Benchmarks, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(git -C "$source_root" rev-parse --short HEAD 2>/dev/null || echo '?')$(git -C "$source_root" diff --quiet HEAD -- 2>/dev/null || echo ' + local changes')"
echo
awk -F'\t' '
    function fmt(ms, unit) {
        if (ms == "-" || ms == "") return "-"
        if (unit != "" && unit != "ms") return sprintf("%.0f %s", ms, unit)
        ms += 0
        if (ms < 1) return sprintf("%.4f ms", ms)
        if (ms < 10) return sprintf("%.2f ms", ms)
        if (ms < 100) return sprintf("%.1f ms", ms)
        return sprintf("%.0f ms", ms)
    }
    function ratio(peer, ours) {
        if (ours == "" || ours <= 0) return "peer"
        return peer >= ours ? sprintf("peer; ours %.1fx faster", peer / ours) : sprintf("peer; ours %.1fx slower", ours / peer)
    }
    FNR == NR { designOp[++n] = $1; designText[n] = $2; designMs[n] = $3; next }
    { row[++rows] = $0 }
    $1 ~ /^point-in-polygon assignment, points only/ { oursLocate = $3 }
    $1 ~ /^unit index build/ { oursIndex = $3 }
    END {
        print "| operation | data | median | worst | budget | verdict |"
        print "|---|---|---:|---:|---|---|"
        for (r = 1; r <= rows; ++r) {
            split(row[r], f, "\t")
            op = f[1]; budgetText = "-"; budgetMs = ""; verdict = "-"; best = 0
            for (i = 1; i <= n; ++i)
                if (index(tolower(op), tolower(designOp[i])) == 1 && length(designOp[i]) > best) { best = length(designOp[i]); d = i }
            if (best) {
                covered[d] = 1; budgetText = designText[d]; budgetMs = designMs[d]
                if (f[5] != "-" && budgetMs != "" && f[5] + 0 != budgetMs + 0) budgetText = budgetText " (bench says " f[5] " ms)"
            } else if (f[5] != "-") {
                budgetText = "<= " f[5] " " (f[6] != "" ? f[6] : "ms") " (bench, not in DESIGN.md)"; budgetMs = f[5]
            }
            if (budgetMs != "") verdict = (f[3] + 0 <= budgetMs + 0) ? "ok" : sprintf("**OVER** (%.1fx)", f[3] / budgetMs)
            if (op ~ /^PostGIS peer/) {
                if (op ~ /index build, units/) verdict = ratio(f[3], oursIndex)
                else if (op ~ /point in polygon|assign/) verdict = ratio(f[3], oursLocate)
                else verdict = "peer"
            }
            printf "| %s | %s | %s | %s | %s | %s |\n", op, f[2], fmt(f[3], f[6]), fmt(f[4], f[6]), budgetText, verdict
            if (op ~ /^PostGIS peer: point in polygon/ && (peerBest == "" || f[3] + 0 < peerBest)) peerBest = f[3] + 0
        }
        # The DESIGN.md row "point in polygon, ratio": the fastest PostGIS join over our points-only time.
        for (i = 1; i <= n; ++i) {
            if (designOp[i] !~ /^point in polygon, ratio/ || peerBest == "" || oursLocate == "") continue
            covered[i] = 1
            goal = match(designText[i], />= *[0-9.]+x/) ? substr(designText[i], RSTART + 2, RLENGTH - 3) + 0 : 0
            ratioNow = peerBest / oursLocate
            printf "| %s (PostGIS best plan %s / ours, points only, %s) | same run | %.1fx | - | %s | %s |\n", designOp[i],
                fmt(peerBest), fmt(oursLocate), ratioNow, designText[i], (ratioNow >= goal ? "ok" : "**UNDER**")
        }
        missing = ""
        for (i = 1; i <= n; ++i) if (!covered[i]) missing = missing (missing == "" ? "" : "; ") designOp[i] " (" designText[i] ")"
        if (missing != "") printf "\nNot measured by tests/bench: %s\n", missing
    }' "$design_budgets" "$results"
if [[ -s $notes ]]; then
    echo
    sed 's/^/- /' "$notes"
fi
elapsed=$((SECONDS - start_seconds))
echo
printf 'Total wall time: %dm %02ds. Logs: %s\n' $((elapsed / 60)) $((elapsed % 60)) "$log_dir"
((failures == 0))
