from enum import StrEnum


class SlaEnquiryChannel(StrEnum):
    EMAIL = "email"
    ONLINE_CHAT = "online_chat"
    OTHER = "other"
    PHONE = "phone"
    WALK_IN = "walk_in"
    WECOM = "wecom"

    def __str__(self) -> str:
        return str(self.value)
