// Pavel, Act II "The broken promise": p_day_05 to p_day_12. SKELETON: the act's writer replaces every stub.
// Brief: docs/briefs/pavel-arc.md and crossings.md. Every knot here starts with p_.

// ---------------------------------------------------------------- Thursday 20 May
=== p_day_05 ===
~ day = 5
# clear
Pavel, day 5 (stub). #id:p.pday05.f3e9
-> p_day_06

// ---------------------------------------------------------------- Friday 21 May
=== p_day_06 ===
~ day = 6
# clear
Pavel, day 6 (stub). #id:p.pday06.2dc9
-> p_day_07

// ---------------------------------------------------------------- Saturday 22 May
=== p_day_07 ===
~ day = 7
# clear
Pavel, day 7 (stub). #id:p.pday07.0fc6
-> p_day_08

// ---------------------------------------------------------------- Sunday 23 May
=== p_day_08 ===
~ day = 8
# clear
Pavel, day 8 (stub). #id:p.pday08.42f0
-> p_day_09

// ---------------------------------------------------------------- Monday 24 May
=== p_day_09 ===
~ day = 9
# clear
Pavel, day 9 (stub). #id:p.pday09.2145
-> p_day_10

// ---------------------------------------------------------------- Tuesday 25 May
=== p_day_10 ===
~ day = 10
# clear
Pavel, day 10 (stub). #id:p.pday10.750c
-> p_day_11

// ---------------------------------------------------------------- Wednesday 26 May
=== p_day_11 ===
~ day = 11
# clear
Pavel, day 11 (stub). #id:p.pday11.23bf
-> p_day_12

// ---------------------------------------------------------------- Thursday 27 May
=== p_day_12 ===
~ day = 12
# clear
Pavel, day 12 (stub). #id:p.pday12.f012
-> p_day_13
