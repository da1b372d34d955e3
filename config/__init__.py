"""Project floor: settings, URLs, the WSGI application and the glue every request goes through."""
