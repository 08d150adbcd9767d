from enum import StrEnum


class SlaMilestoneCode(StrEnum):
    COMPLAINT_FOLLOW_UP = "complaint_follow_up"
    COMPLAINT_RESPONSE = "complaint_response"
    COMPLAINT_SOLUTION = "complaint_solution"
    ENQUIRY_RESPONSE = "enquiry_response"
    QUICK_DIAGNOSIS = "quick_diagnosis"

    def __str__(self) -> str:
        return str(self.value)
