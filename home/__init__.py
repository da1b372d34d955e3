"""Site floor: the home page, standard pages, the accessibility statement and the site's settings."""
