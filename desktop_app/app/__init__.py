"""The session layer both faces share: settings, schedule, and one sweep from settings to the store. No Qt."""
