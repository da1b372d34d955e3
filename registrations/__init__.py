"""Sign-ups for events: consent, confirmation by e-mail, places and a waiting list, organisers' lists."""
