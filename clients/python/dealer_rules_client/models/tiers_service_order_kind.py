from enum import StrEnum


class TiersServiceOrderKind(StrEnum):
    BODYWORK = "bodywork"
    INSPECTION = "inspection"
    MAINTENANCE = "maintenance"
    REPAIR = "repair"

    def __str__(self) -> str:
        return str(self.value)
