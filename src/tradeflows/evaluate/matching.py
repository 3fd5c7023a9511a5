"""The one-to-one matching of predictions to gold figures, and its tolerances.

A prediction matches a gold figure when both are in the same document, their
lines differ by at most LINE_TOL, the kind is the same, the value is within
MONEY_REL_TOL relative (money) or RATE_ABS_TOL absolute (growth, share) and, for
money, the currency is the same. The matching is an optimal bipartite one (most
pairs, then the smallest line distance and value error), so a duplicate
prediction is a false positive and never steals a gold figure from a better one.
"""
from __future__ import annotations


MONEY_REL_TOL = 0.005      # money: |pred - gold| <= 0.5% of |gold|
RATE_ABS_TOL = 0.11        # growth, share: |pred - gold| <= 0.11 points
LINE_TOL = 1
EPS = 1e-9                # float slack so that a boundary value still matches


def norm(v):
    """Comparable form of a field value: None for empty, casefolded text, 2023.0 -> '2023'."""
    if v is None or v == "":
        return None
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return str(v).strip().casefold()


def _value_error(p: dict, g: dict) -> float | None:
    """Error as a fraction of the tolerance (0..1), or None when outside it."""
    try:
        pv, gv = float(p["value"]), float(g["value"])
    except (TypeError, ValueError, KeyError):
        return None
    tol = MONEY_REL_TOL * abs(gv) if g["kind"] == "money" else RATE_ABS_TOL
    err = abs(pv - gv)
    if err > tol + EPS * max(1.0, abs(gv)):
        return None
    return min(err / tol, 1.0) if tol else 0.0


def match_cost(p: dict, g: dict) -> float | None:
    """Cost of pairing a prediction with a gold figure, None if they may not match.

    Line distance dominates (0 or 1), value error breaks ties (< 0.5).
    """
    if p.get("doc") != g["doc"] or p.get("kind") != g["kind"]:
        return None
    dist = abs(int(p["line"]) - int(g["line"]))
    if dist > LINE_TOL:
        return None
    if g["kind"] == "money" and norm(p.get("currency")) != norm(g.get("currency")):
        return None
    err = _value_error(p, g)
    return None if err is None else dist + 0.5 * err


def _hungarian(cost: list[list[float]]) -> list[int]:
    """Min-cost assignment of each row to a distinct column (rows <= cols)."""
    n, m = len(cost), len(cost[0])
    inf = float("inf")
    u, v = [0.0] * (n + 1), [0.0] * (m + 1)
    owner, way = [0] * (m + 1), [0] * (m + 1)   # owner[j]: row (1-based) on column j
    for i in range(1, n + 1):
        owner[0], j0 = i, 0
        minv, used = [inf] * (m + 1), [False] * (m + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = owner[j0], inf, 0
            for j in range(1, m + 1):
                if not used[j]:
                    cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(m + 1):
                if used[j]:
                    u[owner[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if owner[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            owner[j0] = owner[j1]
            j0 = j1
    rows = [-1] * n
    for j in range(1, m + 1):
        if owner[j]:
            rows[owner[j] - 1] = j - 1
    return rows


def _match_cluster(preds: list[dict], golds: list[dict]) -> list[tuple[int, int]]:
    """Maximum matching of least total cost within one small cluster."""
    costs = [[match_cost(p, g) for g in golds] for p in preds]
    if not any(c is not None for row in costs for c in row):
        return []
    # A non-edge costs more than all edges together: the optimum has most pairs.
    big = 2.0 * (len(preds) + len(golds) + 1)
    matrix = [[big if c is None else c for c in row] for row in costs]
    flip = len(preds) > len(golds)
    if flip:
        matrix = [list(col) for col in zip(*matrix)]
    pairs = [(r, c) for r, c in enumerate(_hungarian(matrix)) if c >= 0]
    if flip:
        pairs = [(c, r) for r, c in pairs]
    return [(i, j) for i, j in pairs if costs[i][j] is not None]


def match(preds: list[dict], golds: list[dict]) -> list[tuple[int, int]]:
    """One-to-one pairs (prediction index, gold index) under the scoring rule.

    Candidates only link items of one doc and kind whose lines differ by <= 1,
    so the lists are cut into clusters at line gaps > 1 and each is solved
    exactly.
    """
    groups: dict[tuple, list[tuple[int, int, int]]] = {}
    for side, items in ((0, preds), (1, golds)):
        for i, x in enumerate(items):
            groups.setdefault((x.get("doc"), x.get("kind")), []).append((int(x["line"]), side, i))
    pairs: list[tuple[int, int]] = []
    for items in groups.values():
        items.sort()
        start = 0
        for k in range(1, len(items) + 1):
            if k == len(items) or items[k][0] - items[k - 1][0] > LINE_TOL:
                cluster = items[start:k]
                pi = [i for _, s, i in cluster if s == 0]
                gi = [i for _, s, i in cluster if s == 1]
                if pi and gi:
                    local = _match_cluster([preds[i] for i in pi], [golds[j] for j in gi])
                    pairs.extend((pi[a], gi[b]) for a, b in local)
                start = k
    return sorted(pairs)
