from enum import StrEnum


class CallbacksCallbackStatus(StrEnum):
    HELD = "held"
    SCHEDULED = "scheduled"

    def __str__(self) -> str:
        return str(self.value)
