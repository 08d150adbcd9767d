from enum import StrEnum


class OffersNeedsBudgetBandType0(StrEnum):
    OVER_300K = "over_300k"
    UNDER_100K = "under_100k"
    VALUE_1 = "100k_200k"
    VALUE_2 = "200k_300k"

    def __str__(self) -> str:
        return str(self.value)
