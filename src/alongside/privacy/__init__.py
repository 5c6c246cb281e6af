"""Privacy core: encryption at rest, audit of every clinical read and write, export and erasure."""
