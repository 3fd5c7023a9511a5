"""N steady passes of the whole pipeline (clean+extract+relate) over a dev corpus, for counting
instructions: `bench/instructions.sh` runs it under valgrind with 1 and N passes and prints the
difference per pass, a figure the machine's load does not move (wall rates do).

usage: python bench/passes.py N [ru]   (ru: the russian set's tuned pages instead of data/raw)
"""
import dataclasses
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench  # noqa: E402


def corpus(ru: bool):
    if not ru:
        return bench.load_corpus()
    held = {ln.strip() for ln in (bench.RU_DIR.parent / "heldout.txt").read_text().splitlines()
            if ln.strip() and not ln.startswith("#")}
    return [dataclasses.replace(d, reporter="") for d in bench.load_corpus(bench.RU_DIR) if d.name not in held]


if __name__ == "__main__":
    docs = corpus(len(sys.argv) > 2 and sys.argv[2] == "ru")
    run = bench.pipeline_call()
    for d in docs:
        run(d, True)   # the first pass builds the registries: counted in both runs, so it cancels out
    for _ in range(int(sys.argv[1]) - 1):
        for d in docs:
            run(d, True)
