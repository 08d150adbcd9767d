from enum import StrEnum


class SlaRepairJobTechnicianGradeType0(StrEnum):
    INTERMEDIATE = "intermediate"
    JUNIOR = "junior"
    MASTER = "master"
    SENIOR = "senior"

    def __str__(self) -> str:
        return str(self.value)
