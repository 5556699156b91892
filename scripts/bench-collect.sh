#!/usr/bin/env bash
# Times `taizhang collect` (not part of the tests): a 100-task table shaped like the corpus
# (../shared/bench/gen.py when it and XlsxWriter are there, else samples/2021-汶上县-分解表.xlsx),
# split into one ledger per unit (about 100), rolled up as 100 returns and as 2,000 returns (each
# unit's ledger sent about 20 times, so the newest-return rule runs too).
#
#   scripts/bench-collect.sh
#   SCRATCH_PATH=.build-bench scripts/bench-collect.sh
set -euo pipefail
cd "$(dirname "$0")/.."

SCRATCH_PATH=${SCRATCH_PATH:-.build}
DATA=bench-data/collect
rm -rf "$DATA" && mkdir -p "$DATA"

swift build -c release --scratch-path "$SCRATCH_PATH" --product taizhang 2>&1 | tail -1
BIN="$(swift build -c release --scratch-path "$SCRATCH_PATH" --show-bin-path)/taizhang"

TABLE=samples/2021-汶上县-分解表.xlsx
if [ -f ../shared/bench/gen.py ] && python3 -c "import xlsxwriter" 2>/dev/null; then
    python3 ../shared/bench/gen.py --out "$DATA" --xlsx 100 --docx "" >/dev/null
    TABLE="$DATA/tasks-100.xlsx"
fi
"$BIN" split "$TABLE" -o "$DATA/ledgers" >/dev/null
LEDGERS=$(ls "$DATA/ledgers" | grep -v '^汇总' | wc -l)

mkdir -p "$DATA/r100" "$DATA/r2000"
cp "$DATA"/ledgers/*工作台账.xlsx "$DATA/r100/"
copies=$(( (2000 + LEDGERS - 1) / LEDGERS ))
for i in $(seq 1 "$copies"); do
    mkdir -p "$DATA/r2000/$i"
    cp "$DATA"/ledgers/*工作台账.xlsx "$DATA/r2000/$i/"
done

run() {
    local label=$1; shift
    if [ -x /usr/bin/time ]; then
        /usr/bin/time -f "$label: %e s wall, %M KiB peak RSS" "$@" >/dev/null
    else
        local start end; start=$(date +%s.%N); "$@" >/dev/null; end=$(date +%s.%N)
        echo "$label: $(echo "$end - $start" | bc) s wall"
    fi
}

echo "== collect: $(basename "$TABLE"), $LEDGERS unit ledgers, $(nproc) cores =="
for dir in r100 r2000; do
    n=$(find "$DATA/$dir" -name '*.xlsx' | wc -l)
    for round in 1 2 3; do
        run "collect $n returns (round $round)" "$BIN" collect "$DATA/$dir" --against "$TABLE" --as-of 2025-09-30 \
            -o "$DATA/$dir-进展汇总.xlsx" --force
    done
done
