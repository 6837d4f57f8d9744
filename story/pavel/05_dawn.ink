// Pavel, Act V "Dawn": p_day_42 to p_day_42. SKELETON: the act's writer replaces every stub.
// Brief: docs/briefs/pavel-arc.md and crossings.md. Every knot here starts with p_.

// ---------------------------------------------------------------- Saturday 26 June
=== p_day_42 ===
~ day = 42
# clear
Pavel, day 42 (stub). #id:p.pday42.38c2
-> p_ending_stub

=== p_ending_stub ===
~ fate = "stayed"
# ending: stayed
The end of the stub. #id:p.pendingstu.c427
-> epilogue
