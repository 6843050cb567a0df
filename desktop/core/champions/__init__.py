"""The champion network: nominations, coverage, portfolios, hand-over and bulk assignment."""
