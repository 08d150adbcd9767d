from enum import StrEnum


class ParameterInfoSection(StrEnum):
    CONSTANT = "constant"
    RULE = "rule"
    SETTING = "setting"

    def __str__(self) -> str:
        return str(self.value)
