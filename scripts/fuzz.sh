#!/usr/bin/env bash
# Fuzzes the readers with libFuzzer (not part of the tests or CI): `make fuzz SECONDS=1800`.
#
#   scripts/fuzz.sh SECONDS [TARGET...]       targets: docx xlsx csv plan ledger (default: all)
#   JOBS=2 scripts/fuzz.sh 1800               two targets at a time (each is one process)
#
# Builds TaizhangModel, TaizhangReaders and TaizhangChecks with `swiftc -sanitize=fuzzer,address`
# into .build/fuzz (apart from the normal build, which it never touches), writes the seeds
# (scripts/fuzz-seeds.py: the shared corpus, the samples, test-shaped fixtures, ledgers split
# from the corpus), then runs each target for SECONDS under `nice`. The growing corpus stays in
# .build/fuzz/corpus/TARGET, crashing inputs in .build/fuzz/crashes/TARGET, the log in
# .build/fuzz/logs/TARGET.log; the last lines printed are executions and coverage per target.
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_EACH=${1:?usage: scripts/fuzz.sh SECONDS [TARGET...]}
shift
TARGETS=${*:-docx xlsx csv plan ledger}
JOBS=${JOBS:-1}
OUT=.build/fuzz
FLAGS=(-sanitize=fuzzer,address -swift-version 6 -parse-as-library -O -g -I "$OUT" -I Sources/CZip -I Sources/CLibXML2
       $(pkg-config --cflags libxml-2.0 libzip | sed 's/-I/-Xcc -I/g'))
mkdir -p "$OUT/logs" "$OUT/seeds"

# A module is rebuilt when one of its sources is newer than its object, or a module before it
# (which it may import) was rebuilt.
rebuilt=""
module() {
    local name=$1; shift
    local sources; sources=$(find "$@" -name '*.swift' | sort)
    if [ -n "$rebuilt" ] || [ ! -f "$OUT/$name.o" ] || [ -n "$(find "$@" -name '*.swift' -newer "$OUT/$name.o")" ]; then
        rebuilt=1
        echo "编译 $name（fuzzer + AddressSanitizer）"
        # shellcheck disable=SC2086
        nice swiftc "${FLAGS[@]}" -wmo -module-name "$name" -emit-module -emit-module-path "$OUT/$name.swiftmodule" \
            -emit-object -o "$OUT/$name.o" $sources
    fi
}
module TaizhangModel Sources/TaizhangModel
module TaizhangReaders Sources/TaizhangReaders
module TaizhangChecks Sources/TaizhangChecks

for t in $TARGETS; do
    name=$(echo "${t:0:1}" | tr a-z A-Z)${t:1}
    if [ ! -f "$OUT/fuzz-$t" ] || [ -n "$(find Fuzz "$OUT"/*.o -newer "$OUT/fuzz-$t" 2>/dev/null)" ]; then
        echo "链接 fuzz-$t"
        nice swiftc "${FLAGS[@]}" Fuzz/FuzzInput.swift "Fuzz/Fuzz$name.swift" \
            "$OUT/TaizhangModel.o" "$OUT/TaizhangReaders.o" "$OUT/TaizhangChecks.o" -lzip -lxml2 -o "$OUT/fuzz-$t" 2>&1 \
            | grep -v "Cannot export local symbol" || true
    fi
done

# Seeds: ledgers come from the built taizhang when there is one.
BIN=.build/debug/taizhang
[ -x "$BIN" ] || BIN=""
rm -rf "$OUT/seeds" && python3 scripts/fuzz-seeds.py "$OUT/seeds" $BIN

run() {
    local t=$1
    mkdir -p "$OUT/corpus/$t" "$OUT/crashes/$t"
    # -timeout: an input taking 20 s is a hang; -rss_limit_mb: 2 GB is a blow-up.
    # Plan inputs are text: long ones only slow the search down. The package targets get the
    # OOXML tokens the readers act on.
    local extra=()
    case "$t" in
        plan) extra=(-max_len=8192) ;;
        docx|xlsx|ledger) extra=(-dict=Fuzz/ooxml.dict) ;;
    esac
    nice "$OUT/fuzz-$t" -max_total_time="$SECONDS_EACH" -timeout=20 -rss_limit_mb=2048 -print_final_stats=1 "${extra[@]}" \
        -artifact_prefix="$OUT/crashes/$t/" "$OUT/corpus/$t" "$OUT/seeds/$t" > "$OUT/logs/$t.log" 2>&1 || true
}

running=0
for t in $TARGETS; do
    run "$t" &
    running=$((running + 1))
    if [ "$running" -ge "$JOBS" ]; then wait -n; running=$((running - 1)); fi
done
wait

for t in $TARGETS; do
    log="$OUT/logs/$t.log"
    execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
    cov=$(grep -o 'cov: [0-9]* ft: [0-9]*' "$log" | tail -1 || echo "cov: ?")
    corpus=$(find "$OUT/corpus/$t" -type f | wc -l)
    crashes=$(find "$OUT/crashes/$t" -type f | wc -l)
    echo "fuzz-$t: $execs 次执行，$cov，语料 $corpus 个，崩溃 $crashes 个"
done
