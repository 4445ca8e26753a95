"""Resolution reminders: what is owed (rounds, sweep) and how it is delivered (sending)."""
