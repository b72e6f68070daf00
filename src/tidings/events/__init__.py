"""Events: lexicons of triggers, argument finding, modality and codes."""
