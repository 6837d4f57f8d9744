// Jonas, Act III "The republic" (first half): j_day_13 to j_day_21. SKELETON: the act's writer replaces every stub.
// Brief: docs/briefs/jonas-arc.md and crossings.md. Every knot and stitch-free function here starts with j_.

// ---------------------------------------------------------------- Friday 28 May
=== j_day_13 ===
~ day = 13
# clear
Jonas, day 13 (stub). #id:j.jday13.47d6
-> j_day_14

// ---------------------------------------------------------------- Saturday 29 May
=== j_day_14 ===
~ day = 14
# clear
Jonas, day 14 (stub). #id:j.jday14.754f
-> j_day_15

// ---------------------------------------------------------------- Sunday 30 May
=== j_day_15 ===
~ day = 15
# clear
Jonas, day 15 (stub). #id:j.jday15.124f
-> j_day_16

// ---------------------------------------------------------------- Monday 31 May
=== j_day_16 ===
~ day = 16
# clear
Jonas, day 16 (stub). #id:j.jday16.1737
-> j_day_17

// ---------------------------------------------------------------- Tuesday 1 June
=== j_day_17 ===
~ day = 17
# clear
Jonas, day 17 (stub). #id:j.jday17.da04
-> j_day_18

// ---------------------------------------------------------------- Wednesday 2 June
=== j_day_18 ===
~ day = 18
# clear
Jonas, day 18 (stub). #id:j.jday18.f96e
-> j_day_19

// ---------------------------------------------------------------- Thursday 3 June
=== j_day_19 ===
~ day = 19
# clear
Jonas, day 19 (stub). #id:j.jday19.ce8b
-> j_day_20

// ---------------------------------------------------------------- Friday 4 June
=== j_day_20 ===
~ day = 20
# clear
Jonas, day 20 (stub). #id:j.jday20.a9d3
-> j_day_21

// ---------------------------------------------------------------- Saturday 5 June
=== j_day_21 ===
~ day = 21
# clear
Jonas, day 21 (stub). #id:j.jday21.25c4
-> j_day_22
