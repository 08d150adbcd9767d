from enum import StrEnum


class SlaComplaintTopic(StrEnum):
    LONG_REPAIR_WAIT = "long_repair_wait"
    OTHER = "other"
    PRICE = "price"
    REPAIR_QUALITY = "repair_quality"
    STAFF_ATTITUDE = "staff_attitude"

    def __str__(self) -> str:
        return str(self.value)
