// Jonas, Act III "The republic" (second half): j_day_22 to j_day_30. SKELETON: the act's writer replaces every stub.
// Brief: docs/briefs/jonas-arc.md and crossings.md. Every knot and stitch-free function here starts with j_.

// ---------------------------------------------------------------- Sunday 6 June
=== j_day_22 ===
~ day = 22
# clear
Jonas, day 22 (stub). #id:j.jday22.bb38
-> j_day_23

// ---------------------------------------------------------------- Monday 7 June
=== j_day_23 ===
~ day = 23
# clear
Jonas, day 23 (stub). #id:j.jday23.6e47
-> j_day_24

// ---------------------------------------------------------------- Tuesday 8 June
=== j_day_24 ===
~ day = 24
# clear
Jonas, day 24 (stub). #id:j.jday24.cf25
-> j_day_25

// ---------------------------------------------------------------- Wednesday 9 June
=== j_day_25 ===
~ day = 25
# clear
Jonas, day 25 (stub). #id:j.jday25.9dbd
-> j_day_26

// ---------------------------------------------------------------- Thursday 10 June
=== j_day_26 ===
~ day = 26
# clear
Jonas, day 26 (stub). #id:j.jday26.0c3c
-> j_day_27

// ---------------------------------------------------------------- Friday 11 June
=== j_day_27 ===
~ day = 27
# clear
Jonas, day 27 (stub). #id:j.jday27.720f
-> j_day_28

// ---------------------------------------------------------------- Saturday 12 June
=== j_day_28 ===
~ day = 28
# clear
Jonas, day 28 (stub). #id:j.jday28.781f
-> j_day_29

// ---------------------------------------------------------------- Sunday 13 June
=== j_day_29 ===
~ day = 29
# clear
Jonas, day 29 (stub). #id:j.jday29.b64d
-> j_day_30

// ---------------------------------------------------------------- Monday 14 June
=== j_day_30 ===
~ day = 30
# clear
Jonas, day 30 (stub). #id:j.jday30.ad49
-> j_day_31
