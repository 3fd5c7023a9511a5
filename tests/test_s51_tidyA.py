"""Session 51, helper tidyA: the Russian words of figures/lang_ru.py's rules live in vocab/ru/patterns.csv rows, read
through cue_in; the rows match what the code's regexes matched (the move changed no output: dumpall byte-identical).
Sentences are the ones the rules' comments quote."""
import pytest

from tradeflows.figures import lang_ru
from tradeflows.vocab.patterns import NEVER, cue_in

ROWS = ("colon_head_change", "index_from_base_after", "range_ot_before", "share_change_before",
        "wordy_change_bracket_before", "points_rate_after", "level_rate_before", "index_amounted_before")


@pytest.mark.parametrize("name", ROWS)
def test_row_is_read(name):
    assert cue_in("ru", name, NEVER) is not NEVER
    assert cue_in("en", name, NEVER) is NEVER   # English pages keep no such cue


@pytest.mark.parametrize("name", ROWS)
def test_no_words_left_in_code(name):
    # the module names the cue; its old constant is gone
    old = {"colon_head_change": "_CHANGE_NOUN", "index_from_base_after": "_INDEX_FROM_BASE",
           "range_ot_before": "_OT_BEFORE", "share_change_before": "_RU_SHARE_CHANGE",
           "wordy_change_bracket_before": "_WORDY_CHANGE_BRACKET", "points_rate_after": "_RU_POINTS_RATE",
           "level_rate_before": "_RU_RATE", "index_amounted_before": "_RU_AMOUNTED"}[name]
    assert not hasattr(lang_ru, old)


def test_colon_head():
    # "При этом падение ускоряется: в 2022-м оно составляло 19,3%" (osnmedia.ru)
    assert lang_ru._colon_head("При этом падение ускоряется: в 2022-м оно составляло ") == "При этом падение ускоряется"
    assert lang_ru._colon_head("Как сообщает ведомство: в 2022-м экспорт составлял ") is None


def test_index_from_base_after():
    # "составил всего лишь 66,8% от объемов, продемонстрированных в аналогичном периоде" (lsm.lv)
    rx = cue_in("ru", "index_from_base_after", NEVER)
    assert rx.match(" от объемов, продемонстрированных в аналогичном периоде")
    assert rx.match(" от показателя прошлого года")
    assert not rx.match(" от общего объема экспорта")


def test_range_ot_and_share_change():
    assert cue_in("ru", "range_ot_before", NEVER).search("варьировались в диапазоне от ")
    assert not cue_in("ru", "range_ot_before", NEVER).search("поворот ")
    rx = cue_in("ru", "share_change_before", NEVER)
    assert rx.search("доля стран ЕС в общей структуре импортеров за год снизилась на ")   # neva.today
    assert not rx.search("доля стран ЕС составила 20%, а импорт снизился на ")


def test_points_rate_group():
    m = cue_in("ru", "points_rate_after", NEVER).match(" выше, чем темпы роста экспорта")
    assert m and m.group("way") == "выше"
