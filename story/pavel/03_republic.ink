// Pavel, Act III "The republic", first half: p_day_13 to p_day_21. SKELETON: the act's writer replaces every stub.
// Brief: docs/briefs/pavel-arc.md and crossings.md. Every knot here starts with p_.

// ---------------------------------------------------------------- Friday 28 May
=== p_day_13 ===
~ day = 13
# clear
Pavel, day 13 (stub). #id:p.pday13.45ee
-> p_day_14

// ---------------------------------------------------------------- Saturday 29 May
=== p_day_14 ===
~ day = 14
# clear
Pavel, day 14 (stub). #id:p.pday14.756f
-> p_day_15

// ---------------------------------------------------------------- Sunday 30 May
=== p_day_15 ===
~ day = 15
# clear
Pavel, day 15 (stub). #id:p.pday15.14cc
-> p_day_16

// ---------------------------------------------------------------- Monday 31 May
=== p_day_16 ===
~ day = 16
# clear
Pavel, day 16 (stub). #id:p.pday16.bf21
-> p_day_17

// ---------------------------------------------------------------- Tuesday 1 June
=== p_day_17 ===
~ day = 17
# clear
Pavel, day 17 (stub). #id:p.pday17.b143
-> p_day_18

// ---------------------------------------------------------------- Wednesday 2 June
=== p_day_18 ===
~ day = 18
# clear
Pavel, day 18 (stub). #id:p.pday18.cd6a
-> p_day_19

// ---------------------------------------------------------------- Thursday 3 June
=== p_day_19 ===
~ day = 19
# clear
Pavel, day 19 (stub). #id:p.pday19.5fa2
-> p_day_20

// ---------------------------------------------------------------- Friday 4 June
=== p_day_20 ===
~ day = 20
# clear
Pavel, day 20 (stub). #id:p.pday20.1f0e
-> p_day_21

// ---------------------------------------------------------------- Saturday 5 June
=== p_day_21 ===
~ day = 21
# clear
Pavel, day 21 (stub). #id:p.pday21.36fd
-> p_day_22
