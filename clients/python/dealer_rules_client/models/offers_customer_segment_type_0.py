from enum import StrEnum


class OffersCustomerSegmentType0(StrEnum):
    BUSINESS = "business"
    COMMUTER = "commuter"
    FAMILY = "family"
    OFF_ROAD = "off_road"

    def __str__(self) -> str:
        return str(self.value)
