"""The care plan: goals, homework with a schedule, completions and weekly adherence."""
