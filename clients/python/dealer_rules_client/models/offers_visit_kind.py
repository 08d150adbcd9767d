from enum import StrEnum


class OffersVisitKind(StrEnum):
    MAINTENANCE = "maintenance"
    REPAIR = "repair"

    def __str__(self) -> str:
        return str(self.value)
