"""botocore-codegen: typed Python clients generated from botocore service models."""

__version__ = "0.1.0"
