"""Keys, SSH signatures and RFC 3161 timestamps."""
