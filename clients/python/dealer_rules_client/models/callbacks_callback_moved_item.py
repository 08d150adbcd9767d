from enum import StrEnum


class CallbacksCallbackMovedItem(StrEnum):
    NON_WORKING_DAY = "non_working_day"
    OUTSIDE_WINDOW = "outside_window"

    def __str__(self) -> str:
        return str(self.value)
