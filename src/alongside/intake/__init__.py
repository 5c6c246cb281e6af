"""Support before therapy begins: self-referral, intake, the intake summary, the waiting list and its figures."""
