# gunicorn as `make serve` starts it (config/gunicorn.py with BIND=127.0.0.1:8001).
backend default {
    .host = "127.0.0.1";
    .port = "8001";
    # A render that takes longer is a stuck worker: gunicorn replaces it after 30 s (config/gunicorn.py).
    .first_byte_timeout = 35s;
}
