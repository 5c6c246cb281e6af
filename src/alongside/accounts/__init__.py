"""Users, login, web sessions, API tokens, roles; ``Actor`` is who is calling."""
