#!/bin/bash
# Instructions per steady pass of the pipeline over data/raw (or the russian tuned pages), with
# valgrind: (Ir of N passes - Ir of 1 pass) / (N - 1), in millions. The machine's load does not
# move it, so it compares two versions of the code where wall rates cannot (README, Speed).
# usage: bench/instructions.sh [SRC_ROOT] [N] [ru]   SRC_ROOT: a checkout whose src/ is measured
# (default: this one); N passes (default 3). Needs valgrind (apt install valgrind).
set -e
here=$(cd "$(dirname "$0")/.." && pwd)
src=${1:-$here}; n=${2:-3}; set_=${3:-}
# OPENBLAS_NUM_THREADS=1: numpy's BLAS threads, spinning at import, move the Russian count by 5-13M between runs of one code
export PYTHONHASHSEED=0 PYTHONPATH=$src/src OPENBLAS_NUM_THREADS=1
# TRADEFLOWS_CACHE_DIR empty: no compiled-pattern cache. The shared cache (~/.cache/tradeflows) is rewritten by any
# other tradeflows process, so the 1-pass and the N-pass runs could load different caches and their difference would
# not cancel (seen in session 62: one code read 849M and 1018M); without it both runs compile the same patterns in
# their first pass, which cancels out
export TRADEFLOWS_CACHE_DIR=
# setarch -R: the same address layout every run (no randomisation), so one code gives one count; without it the
# count moves about +-30M between runs of one code (README, Speed)
norand=$(command -v setarch >/dev/null && setarch -R true 2>/dev/null && echo "setarch -R" || echo "")
ir() { $norand valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
         "$here/.venv/bin/python" "$here/bench/passes.py" "$1" $set_ 2>&1 | awk '/I[ ]+refs/ {gsub(",","",$4); print $4}'; }
a=$(ir 1); b=$(ir "$n")
echo "$src ${set_:-data/raw}: $(( (b - a) / (n - 1) / 1000000 ))M instructions per pass"
