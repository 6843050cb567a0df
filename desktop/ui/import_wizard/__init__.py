"""The client import wizard: file → sheet/format → mapping → preview → options → dry run →
import → report. One page per module; the wizard holds the state the pages share."""

from desktop.ui.import_wizard.wizard import ImportWizard

__all__ = ["ImportWizard"]
