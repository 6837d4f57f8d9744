// Jonas, Act II "The broken promise": j_day_05 to j_day_12. SKELETON: the act's writer replaces every stub.
// Brief: docs/briefs/jonas-arc.md and crossings.md. Every knot and stitch-free function here starts with j_.

// ---------------------------------------------------------------- Thursday 20 May
=== j_day_05 ===
~ day = 5
# clear
Jonas, day 5 (stub). #id:j.jday05.dbea
-> j_day_06

// ---------------------------------------------------------------- Friday 21 May
=== j_day_06 ===
~ day = 6
# clear
Jonas, day 6 (stub). #id:j.jday06.94a6
-> j_day_07

// ---------------------------------------------------------------- Saturday 22 May
=== j_day_07 ===
~ day = 7
# clear
Jonas, day 7 (stub). #id:j.jday07.773f
-> j_day_08

// ---------------------------------------------------------------- Sunday 23 May
=== j_day_08 ===
~ day = 8
# clear
Jonas, day 8 (stub). #id:j.jday08.d837
-> j_day_09

// ---------------------------------------------------------------- Monday 24 May
=== j_day_09 ===
~ day = 9
# clear
Jonas, day 9 (stub). #id:j.jday09.9d31
-> j_day_10

// ---------------------------------------------------------------- Tuesday 25 May
=== j_day_10 ===
~ day = 10
# clear
Jonas, day 10 (stub). #id:j.jday10.2888
-> j_day_11

// ---------------------------------------------------------------- Wednesday 26 May
=== j_day_11 ===
~ day = 11
# clear
Jonas, day 11 (stub). #id:j.jday11.4499
-> j_day_12

// ---------------------------------------------------------------- Thursday 27 May
=== j_day_12 ===
~ day = 12
# clear
Jonas, day 12 (stub). #id:j.jday12.dc71
-> j_day_13
