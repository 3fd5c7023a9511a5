#!/bin/bash
# Instructions of the whole `tradeflows build --jobs 1 --force --no-report` of N copies of seed 003
# (bench.seed_corpus, as `make bench` section 6 builds 50) and of an empty corpus, with valgrind, in
# millions: the start (imports, warm-up: regex compilation, registries) is the empty build's count and
# each document costs (N copies - empty) / N. The machine's load does not move these, so they compare
# two versions of the build where its wall rate cannot (bench/instructions.sh does the same for the
# pipeline alone). usage: bench/build_instructions.sh [SRC_ROOT] [N]   (default: this checkout, 10;
# about a minute per ten documents; PYTHON: the interpreter, default .venv/bin/python). Needs valgrind.
set -e
here=$(cd "$(dirname "$0")/.." && pwd)
py=${PYTHON:-$here/.venv/bin/python}
src=${1:-$here}; n=${2:-10}
work=$(mktemp -d "${TMPDIR:-/tmp}/tf_build_ir.XXXXXX")
trap 'rm -rf "$work"' EXIT
export PYTHONHASHSEED=0 PYTHONPATH=$src/src
"$py" -c "import sys; sys.path.insert(0, '$here/bench'); import bench
from pathlib import Path
bench.seed_corpus(Path('$work/seed'), copies=$n)
bench.seed_corpus(Path('$work/empty'), copies=0)"
# byte code as an installed package has it (as make bench compiles it), written where it can be
PYTHONDONTWRITEBYTECODE= "$py" -m compileall -q "$src/src" >/dev/null || true
ir() { (cd "$work" && valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
         "$py" -m tradeflows.cli build "$1" -o "$work/out_$(basename "$1")" --jobs 1 --force \
         --no-report 2>&1 | awk '/I[ ]+refs/ {gsub(",","",$4); print $4}'); }
# a private compiled-pattern cache, warmed by one empty build (what `warm()` compiles): the shared one is rewritten
# by any other tradeflows process between the two counted runs (session 62)
export TRADEFLOWS_CACHE_DIR=$work/cache
ir "$work/empty" >/dev/null
e=$(ir "$work/empty"); b=$(ir "$work/seed")
echo "$src: build of $n x seed 003 $(( b / 1000000 ))M instructions; start (empty build) $(( e / 1000000 ))M;" \
     "$(( (b - e) / n / 1000000 ))M per document"
