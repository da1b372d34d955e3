"""The front: Varnish in front of gunicorn, as make serve runs them."""
