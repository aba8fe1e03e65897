"""thidua_desktop: the offline desk of an emulation cluster's secretary."""

__version__ = "0.1.0"
