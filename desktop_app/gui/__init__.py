"""The desktop app: windows, charts, tray and the QThread that hosts the engine."""
