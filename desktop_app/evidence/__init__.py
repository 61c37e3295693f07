"""Evidence bundles: export, signing and verification. Never imports Qt."""
