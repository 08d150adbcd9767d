from enum import StrEnum


class CallbacksCallbackResultStatus(StrEnum):
    ACTIVE = "active"
    HELD = "held"
    NONE = "none"
    STOPPED = "stopped"

    def __str__(self) -> str:
        return str(self.value)
