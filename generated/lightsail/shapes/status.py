"""Status"""

from enum import StrEnum


class Status(StrEnum):
    """Status

    The service may send values this enum does not list yet; they arrive as plain strings.
    """

    START_EXPIRED = "startExpired"
    NOT_STARTED = "notStarted"
    STARTED = "started"
    STARTING = "starting"
    STOPPED = "stopped"
    STOPPING = "stopping"
    SETTING_UP_INSTANCE = "settingUpInstance"
    FAILED_INSTANCE_CREATION = "failedInstanceCreation"
    FAILED_STARTING_GUISESSION = "failedStartingGUISession"
    FAILED_STOPPING_GUISESSION = "failedStoppingGUISession"
