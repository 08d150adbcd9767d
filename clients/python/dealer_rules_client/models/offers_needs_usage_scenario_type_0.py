from enum import StrEnum


class OffersNeedsUsageScenarioType0(StrEnum):
    BUSINESS = "business"
    COMMUTE = "commute"
    FAMILY = "family"
    OFF_ROAD = "off_road"

    def __str__(self) -> str:
        return str(self.value)
