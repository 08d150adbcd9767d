from enum import StrEnum


class SlaRequirementStatus(StrEnum):
    MET = "met"
    NOT_MET = "not_met"
    PENDING = "pending"

    def __str__(self) -> str:
        return str(self.value)
