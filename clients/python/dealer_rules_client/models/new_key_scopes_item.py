from enum import StrEnum


class NewKeyScopesItem(StrEnum):
    DRY_RUN = "dry_run"
    EVALUATE = "evaluate"
    READ = "read"

    def __str__(self) -> str:
        return str(self.value)
