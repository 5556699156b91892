#!/usr/bin/env bash
# Benchmarks the xlsx reader on generated 分解表 sheets (not part of the tests).
#
#   scripts/bench.sh                 # 50k, 100k and 200k rows
#   ROWS="100000" scripts/bench.sh   # one size
#   SCRATCH_PATH=.build-bench scripts/bench.sh   # build folder (default .build)
#
# For each size: generates bench-data/big-N.xlsx once (scripts/make-big-xlsx.py), then runs the
# release TaizhangBench in separate processes for forEachRow (stream) and grid(of:) (grid), so
# that each peak RSS belongs to one mode, under /usr/bin/time -v when it is there. When a C
# compiler and the libzip/libxml2 headers are there, it also times a plain C pass (libzip +
# libxml2 SAX2 counting cells) over the same part, the floor any reader can reach.
set -euo pipefail
cd "$(dirname "$0")/.."

ROWS=${ROWS:-"50000 100000 200000"}
SCRATCH_PATH=${SCRATCH_PATH:-.build}
DATA=bench-data
mkdir -p "$DATA"

for n in $ROWS; do
    [ -f "$DATA/big-$n.xlsx" ] || python3 scripts/make-big-xlsx.py "$n" "$DATA/big-$n.xlsx"
done

swift build -c release --scratch-path "$SCRATCH_PATH" --product TaizhangBench 2>&1 | tail -1
BIN="$(swift build -c release --scratch-path "$SCRATCH_PATH" --show-bin-path)/TaizhangBench"

# The C floor: decompress the sheet with libzip and run it through libxml2's SAX2 push parser.
BASELINE=""
if command -v cc >/dev/null && pkg-config --exists libzip libxml-2.0 2>/dev/null; then
    cat > "$DATA/c-baseline.c" <<'C'
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <zip.h>
#include <libxml/parser.h>
static long cells, rows;
static void start(void *ctx, const xmlChar *name, const xmlChar *p, const xmlChar *u, int nn,
                  const xmlChar **ns, int na, int nd, const xmlChar **attrs) {
    if (strcmp((const char *)name, "c") == 0) cells++;
    else if (strcmp((const char *)name, "row") == 0) rows++;
}
static void chars(void *ctx, const xmlChar *ch, int len) {}
int main(int argc, char **argv) {
    struct timespec a, b;
    clock_gettime(CLOCK_MONOTONIC, &a);
    int err = 0;
    zip_t *z = zip_open(argv[1], ZIP_RDONLY, &err);
    zip_file_t *f = z ? zip_fopen(z, "xl/worksheets/sheet1.xml", 0) : NULL;
    if (!f) { fprintf(stderr, "cannot open sheet\n"); return 1; }
    xmlSAXHandler sax; memset(&sax, 0, sizeof sax);
    sax.initialized = XML_SAX2_MAGIC; sax.startElementNs = start; sax.characters = chars;
    xmlParserCtxtPtr ctxt = xmlCreatePushParserCtxt(&sax, NULL, NULL, 0, "sheet");
    static char buf[1 << 16];
    zip_int64_t n;
    while ((n = zip_fread(f, buf, sizeof buf)) > 0) xmlParseChunk(ctxt, buf, (int)n, 0);
    xmlParseChunk(ctxt, NULL, 0, 1);
    clock_gettime(CLOCK_MONOTONIC, &b);
    double t = (b.tv_sec - a.tv_sec) + (b.tv_nsec - a.tv_nsec) / 1e9;
    printf("C libzip+libxml2 SAX: %ld rows, %ld cells in %.3fs = %.0f rows/s\n", rows, cells, t, rows / t);
    xmlFreeParserCtxt(ctxt); zip_fclose(f); zip_close(z);
    return 0;
}
C
    cc -O2 -o "$DATA/c-baseline" "$DATA/c-baseline.c" $(pkg-config --cflags --libs libzip libxml-2.0)
    BASELINE="$DATA/c-baseline"
fi

run() {
    if [ -x /usr/bin/time ]; then
        /usr/bin/time -v "$@" 2> "$DATA/time.txt"
        grep -E "Elapsed \(wall|Maximum resident" "$DATA/time.txt" | sed 's/^\s*/    time -v: /'
    else
        "$@"
    fi
}

for n in $ROWS; do
    echo "== $n rows =="
    [ -n "$BASELINE" ] && "$BASELINE" "$DATA/big-$n.xlsx"
    run "$BIN" "$DATA/big-$n.xlsx" --mode stream
    run "$BIN" "$DATA/big-$n.xlsx" --mode grid
done
