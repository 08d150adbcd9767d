"""Helpers the built-in plugins share (money, business calendars). Not a plugin itself."""
