from enum import StrEnum


class OffersOfferKind(StrEnum):
    CARE_PACKAGE = "care_package"
    CASH_DISCOUNT = "cash_discount"
    EXTENDED_WARRANTY = "extended_warranty"
    FINANCING = "financing"
    MAINTENANCE_PACKAGE = "maintenance_package"
    TRADE_IN = "trade_in"
    VALUE_PACKAGE = "value_package"

    def __str__(self) -> str:
        return str(self.value)
