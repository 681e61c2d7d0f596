"""What desks sync through: push (replay of their operations), pull (the change feed), their
registration, the exceptions waiting for a person, a standalone library joining."""
