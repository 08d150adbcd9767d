from enum import StrEnum


class OffersNeedsParkingType0(StrEnum):
    AMPLE = "ample"
    TIGHT = "tight"

    def __str__(self) -> str:
        return str(self.value)
