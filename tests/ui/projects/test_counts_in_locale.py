"""Counts on the project screens use the language's thousands separator (Dutch 96.969)."""

from __future__ import annotations

from desktop.core.common import i18n
from desktop.core.common.vocab import StageKind
from desktop.core.pipelines.stages import StageRow
from desktop.core.pipelines.stats import StageStats
from desktop.ui.projects.pipeline_numbers_widget import funnel_bars
from desktop.ui.projects.stage_models import StageTableModel


def _stats(stage_id: int, name: str, kind: StageKind, reached: int) -> StageStats:
    return StageStats(stage_id, name, kind, reached, reached, reached, None, None)


def test_funnel_captions_use_the_dutch_thousands_separator(qapp) -> None:  # noqa: ANN001
    rows = [
        _stats(1, "Geïnformeerd", StageKind.OPEN, 96969),
        _stats(2, "Actief", StageKind.WON, 11912),
    ]
    with i18n.language_set_to("nl"):
        captions = [bar.caption for bar in funnel_bars(rows)]
    assert captions[0].startswith("96.969  (") and captions[1].startswith("11.912  (")


def test_clients_now_uses_the_dutch_thousands_separator(qapp) -> None:  # noqa: ANN001
    model = StageTableModel(lambda *_args: None)
    stage = StageRow(7, 1, 0, "Actief", StageKind.WON, None, False)
    model.set_stages([stage], {7: 11912})
    with i18n.language_set_to("nl"):
        assert model.data(model.index(0, model.CLIENTS)) == "11.912"
    assert model.data(model.index(0, model.CLIENTS)) == "11,912"


def test_qt_plural_texts_write_the_count_in_dutch(qapp) -> None:  # noqa: ANN001
    from desktop.ui.shell.translator import CatalogueTranslator

    translator = CatalogueTranslator("nl")
    qapp.installTranslator(translator)
    try:
        assert qapp.translate("ProjectsView", "%n projects", None, 1) == "1 project"
        assert qapp.translate("ClientsView", "%n clients", None, 11912) == "11.912 klanten"
        assert qapp.translate("StaffView", "%n staff members", None, 18) == "18 medewerkers"
    finally:
        qapp.removeTranslator(translator)
    assert qapp.translate("ClientsView", "%n clients", None, 1) == "1 client"
