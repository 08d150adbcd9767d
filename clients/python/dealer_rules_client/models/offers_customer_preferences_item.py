from enum import StrEnum


class OffersCustomerPreferencesItem(StrEnum):
    BRAND_IMAGE = "brand_image"
    COMFORT = "comfort"
    FUEL_ECONOMY = "fuel_economy"
    OFF_ROAD = "off_road"
    QUIET = "quiet"
    SAFETY = "safety"
    SPACE = "space"
    TECHNOLOGY = "technology"
    VALUE = "value"

    def __str__(self) -> str:
        return str(self.value)
