"""History store: the append-only, tamper-evident SQLite log of sweeps. Never imports Qt."""
