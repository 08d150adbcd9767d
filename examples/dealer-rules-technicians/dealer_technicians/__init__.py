"""Example third-party dealer-rules plugin: assign a workshop job to a technician."""
