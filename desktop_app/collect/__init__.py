"""A collection of verified evidence bundles from many people, combined into one picture (Qt-free)."""
