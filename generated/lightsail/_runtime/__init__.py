"""The vendored runtime shared by the generated operations: not generated per service."""
