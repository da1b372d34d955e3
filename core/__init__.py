"""Ground floor: what every page type stands on, knowing none of them."""
