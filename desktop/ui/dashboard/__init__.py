"""The Dashboard area: where a project stands, its pace and forecast, per champion."""
