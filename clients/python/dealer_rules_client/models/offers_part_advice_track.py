from enum import StrEnum


class OffersPartAdviceTrack(StrEnum):
    AFTERMARKET = "aftermarket"
    OEM = "oem"

    def __str__(self) -> str:
        return str(self.value)
