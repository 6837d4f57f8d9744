// Jonas, Act V "Dawn": j_day_42 to j_day_42. SKELETON: the act's writer replaces every stub.
// Brief: docs/briefs/jonas-arc.md and crossings.md. Every knot and stitch-free function here starts with j_.

// ---------------------------------------------------------------- Saturday 26 June
=== j_day_42 ===
~ day = 42
# clear
Jonas, day 42 (stub). #id:j.jday42.3ebf
-> j_ending_stub

=== j_ending_stub ===
~ fate = "stayed"
# ending: stayed
The end of the stub. #id:j.jendingstu.5a73
-> epilogue
