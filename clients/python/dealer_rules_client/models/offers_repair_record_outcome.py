from enum import StrEnum


class OffersRepairRecordOutcome(StrEnum):
    DUE = "due"
    INSPECTED_OK = "inspected_ok"
    REPLACED = "replaced"
    SERVICED = "serviced"
    WORN = "worn"

    def __str__(self) -> str:
        return str(self.value)
