"""Format check of a gold folder against a reference one (default: data/web2 against data/web).

Usage: python scripts/check_gold_format.py [REF_GOLD_DIR [NEW_GOLD_DIR]]. Same keys in the same order,
the same value types per key, the guideline vocabularies, periods that end in the record's year,
and the project's own gold loader reads it.
"""
import json, sys, collections
sys.path.insert(0, 'src')
from tradeflows.evaluate.gold import load_gold

def tname(v):
    return {type(None): 'null', bool: 'bool', int: 'number', float: 'number', str: 'str'}.get(type(v), type(v).__name__)

REF, NEW = (sys.argv[1:3] + ["data/web/gold", "data/web2/gold"][len(sys.argv[1:3]):])
ref = [json.loads(l) for l in open(REF + "/gold.jsonl", encoding="utf-8")]
new = [json.loads(l) for l in open(NEW + '/gold.jsonl', encoding='utf-8') if '"figure"' in l]
keys = list(ref[0])
assert all(list(r) == keys for r in ref)
types = collections.defaultdict(set); vocab = collections.defaultdict(set)
vocab['measure'] |= {'exports', 'imports', 'turnover', 'balance', 'investment', 'contracts', 'output', 'gdp', 'other'}
for r in ref:
    for k, v in r.items():
        types[k].add(tname(v))
        if k in ('kind', 'qualifier', 'measure', 'scope', 'status', 'year_basis', 'currency'):
            vocab[k].add(v)
bad = 0
for i, r in enumerate(new, 1):
    if list(r) != keys:
        print('keys differ', i, set(r) ^ set(keys)); bad += 1
    for k, v in r.items():
        if tname(v) not in types[k]:
            print('type', i, k, repr(v), 'expected', types[k]); bad += 1
    for k in ('kind', 'qualifier', 'measure', 'scope', 'status', 'year_basis'):
        if r[k] not in vocab[k]:
            print('vocab', i, k, r[k]); bad += 1
    if r['kind'] == 'money' and not (isinstance(r['currency'], str) and len(r['currency']) == 3):
        print('currency', i); bad += 1
    if r['kind'] != 'money' and r['currency'] is not None:
        print('currency on non-money', i); bad += 1
    for k in ('period_start', 'period_end'):
        if r[k] is not None and not (len(r[k]) == 7 and r[k][4] == '-'):
            print('period', i, r[k]); bad += 1
    if r['year'] is not None and r['period_end'] is not None and int(r['period_end'][:4]) != r['year']:
        print('year/period', i); bad += 1
new_cur = {r['currency'] for r in new} - vocab['currency']
print('currencies not in web gold (ISO 4217, fine):', sorted(c for c in new_cur if c))
g = load_gold(NEW)
print('loader:', len(g.figures), 'figures,', len(g.docs), 'docs, covers', g.covers, 'footnotes', g.footnotes)
print('problems:', bad)
sys.exit(1 if bad else 0)
