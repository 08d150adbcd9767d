from enum import StrEnum


class SlaMilestoneStatus(StrEnum):
    AT_RISK = "at_risk"
    BREACHED = "breached"
    MET = "met"
    NOT_STARTED = "not_started"
    ON_TRACK = "on_track"

    def __str__(self) -> str:
        return str(self.value)
