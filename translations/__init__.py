"""Translation of the page tree: who may translate and publish what, in which language."""
