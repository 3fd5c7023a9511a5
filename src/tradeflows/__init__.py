"""tradeflows: trade statistics from texts about foreign trade, with provenance."""

__version__ = "0.1.0"
