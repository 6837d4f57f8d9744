// Pavel, Act I "The walls": p_day_00 to p_day_04. SKELETON: the act's writer replaces every stub.
// Brief: docs/briefs/pavel-arc.md and crossings.md. Every knot here starts with p_.

// ---------------------------------------------------------------- early May 1954
=== p_day_00 ===
~ day = 0
# clear
Pavel, day 0 (stub). #id:p.pday00.a67f
-> p_day_01

// ---------------------------------------------------------------- Sunday 16 May
=== p_day_01 ===
~ day = 1
# clear
Pavel, day 1 (stub). #id:p.pday01.034f
-> p_day_02

// ---------------------------------------------------------------- Monday 17 May
=== p_day_02 ===
~ day = 2
# clear
Pavel, day 2 (stub). #id:p.pday02.7845
-> p_day_03

// ---------------------------------------------------------------- Tuesday 18 May
=== p_day_03 ===
~ day = 3
# clear
Pavel, day 3 (stub). #id:p.pday03.01cb
-> p_day_04

// ---------------------------------------------------------------- Wednesday 19 May
=== p_day_04 ===
~ day = 4
# clear
Pavel, day 4 (stub). #id:p.pday04.9404
-> p_day_05
