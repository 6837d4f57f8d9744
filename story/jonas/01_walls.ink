// Jonas, Act I "The walls": j_day_00 to j_day_04. SKELETON: the act's writer replaces every stub.
// Brief: docs/briefs/jonas-arc.md and crossings.md. Every knot and stitch-free function here starts with j_.

// ---------------------------------------------------------------- early May 1954
=== j_day_00 ===
~ day = 0
# clear
Jonas, day 0 (stub). #id:j.jday00.5fa0
-> j_day_01

// ---------------------------------------------------------------- Sunday 16 May
=== j_day_01 ===
~ day = 1
# clear
Jonas, day 1 (stub). #id:j.jday01.bbe5
-> j_day_02

// ---------------------------------------------------------------- Monday 17 May
=== j_day_02 ===
~ day = 2
# clear
Jonas, day 2 (stub). #id:j.jday02.a11e
-> j_day_03

// ---------------------------------------------------------------- Tuesday 18 May
=== j_day_03 ===
~ day = 3
# clear
Jonas, day 3 (stub). #id:j.jday03.9540
-> j_day_04

// ---------------------------------------------------------------- Wednesday 19 May
=== j_day_04 ===
~ day = 4
# clear
Jonas, day 4 (stub). #id:j.jday04.2b47
-> j_day_05
