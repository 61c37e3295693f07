"""The live and history charts, their shared plots and ring buffers."""
