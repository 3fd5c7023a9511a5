"""Scale words read without pint (plain-number definitions) agree with pint's reading."""
from tradeflows.figures.units import registry, scale_words
from tradeflows.vocab import read_lines_all


def test_scale_words_equal_pint_factors():
    ureg = registry()
    expected = {}
    for line in read_lines_all("units.txt"):
        names = [p.strip() for p in line.split("=")]
        factor = float(ureg.Quantity(1, names[0]).to("dimensionless_one").magnitude)
        for name in [names[0]] + names[2:]:
            if name and name != "_":
                expected[name.lower().replace("_", " ")] = factor
    assert scale_words() == expected
    assert scale_words()["lakh crore"] == 1e12 and scale_words()["bn"] == 1e9
