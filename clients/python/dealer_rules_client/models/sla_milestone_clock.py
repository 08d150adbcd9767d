from enum import StrEnum


class SlaMilestoneClock(StrEnum):
    BUSINESS_HOURS = "business_hours"
    CALENDAR_DAYS = "calendar_days"
    WALL_CLOCK = "wall_clock"

    def __str__(self) -> str:
        return str(self.value)
