"""One module per Kitchen Sink operation: its wire metadata and its call."""
