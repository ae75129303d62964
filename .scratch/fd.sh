#!/bin/bash
# usage: fd.sh scenario runs [cachedir]  -> median first diag
s=$1; n=${2:-11}; cd /work/main
for i in $(seq $n); do STATUS_CATALOG_CACHE_DIR=${3:-/tmp/cc0} node ../shared/lspbench/lspbench.mjs --server "node dist/server.js --stdio" --positions /tmp/bench-b/$s.positions.json --n 3 --warmup 0 --edits 0 --diag-settle 50 2>&1 | grep -o "first publishDiagnostics: [0-9.]*" | awk '{print $3}'; done | sort -n | awk '{a[NR]=$1} END {printf "median %s min %s max %s\n", a[int((NR+1)/2)], a[1], a[NR]}'
