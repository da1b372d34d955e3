"""Settings: base.py is secure, dev.py loosens it, production.py reads the environment, test.py runs the suite."""
