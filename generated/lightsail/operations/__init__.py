"""One module per Lightsail operation: its wire metadata and its call."""
