"""What to probe: platforms and endpoints, loaded from resources/platforms.toml and the user's own files."""
