"""A build keeps the patterns its documents first compiled (vocab/sre_cache.py): since session 56 no vocabulary file is
read at import, so patterns built from vocabulary are compiled on first use, many by rules that warm()'s short text does
not reach. Saved only by warm(), they were compiled afresh by every later process; the build now saves once more after
its documents, so the next process that parses the same documents compiles nothing afresh."""
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tradeflows.vocab import skip

pytestmark = pytest.mark.skipif(not skip._ACTIVE, reason="the cache serves skip_compile's own compiler only")

ROOT = Path(__file__).resolve().parents[1]
# three small pages of the embedded corpus
DOCS = ("000_523d8aef60cdafc4.txt", "002_d6a3e8bd91e997c9.txt", "004_affdc64c0251bbca.txt")

_AFTER_WARM = """
import sys
from pathlib import Path
from tradeflows.pipeline import warm, figures_of_document
from tradeflows.ingest.document import list_documents, read_document
from tradeflows.vocab import sre_cache
warm()
for p in list_documents(Path(sys.argv[1])):
    figures_of_document(read_document(p))
print(len(sre_cache._NEW))
"""


def _run(args, env):
    return subprocess.run([sys.executable, *args], env=env, cwd=ROOT, capture_output=True, text=True, check=True)


def _fresh_after_warm(folder: Path, env) -> int:
    """How many patterns a new process compiles afresh parsing folder's documents after warm()."""
    return int(_run(["-c", _AFTER_WARM, str(folder)], env).stdout.split()[-1])


def test_build_saves_the_patterns_its_documents_compiled(tmp_path):
    inp = tmp_path / "in"
    inp.mkdir()
    for name in DOCS:
        shutil.copy(ROOT / "data" / "raw" / name, inp / name)
    env = dict(os.environ, TRADEFLOWS_CACHE_DIR=str(tmp_path / "cache"), PYTHONPATH=str(ROOT / "src"))
    _run(["-c", "from tradeflows.pipeline import warm; warm()"], env)
    before = _fresh_after_warm(inp, env)
    assert before > 0, "the documents reach patterns warm()'s text does not (else this test shows nothing)"
    _run(["-m", "tradeflows.cli", "build", str(inp), "-o", str(tmp_path / "out"), "--jobs", "1", "--no-report"], env)
    assert _fresh_after_warm(inp, env) == 0
