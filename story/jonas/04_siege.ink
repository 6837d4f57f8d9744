// Jonas, Act IV "The siege": j_day_31 to j_day_41. SKELETON: the act's writer replaces every stub.
// Brief: docs/briefs/jonas-arc.md and crossings.md. Every knot and stitch-free function here starts with j_.

// ---------------------------------------------------------------- Tuesday 15 June
=== j_day_31 ===
~ day = 31
# clear
Jonas, day 31 (stub). #id:j.jday31.0020
-> j_day_32

// ---------------------------------------------------------------- Wednesday 16 June
=== j_day_32 ===
~ day = 32
# clear
Jonas, day 32 (stub). #id:j.jday32.462a
-> j_day_33

// ---------------------------------------------------------------- Thursday 17 June
=== j_day_33 ===
~ day = 33
# clear
Jonas, day 33 (stub). #id:j.jday33.e5b4
-> j_day_34

// ---------------------------------------------------------------- Friday 18 June
=== j_day_34 ===
~ day = 34
# clear
Jonas, day 34 (stub). #id:j.jday34.152b
-> j_day_35

// ---------------------------------------------------------------- Saturday 19 June
=== j_day_35 ===
~ day = 35
# clear
Jonas, day 35 (stub). #id:j.jday35.8d00
-> j_day_36

// ---------------------------------------------------------------- Sunday 20 June
=== j_day_36 ===
~ day = 36
# clear
Jonas, day 36 (stub). #id:j.jday36.3275
-> j_day_37

// ---------------------------------------------------------------- Monday 21 June
=== j_day_37 ===
~ day = 37
# clear
Jonas, day 37 (stub). #id:j.jday37.84b7
-> j_day_38

// ---------------------------------------------------------------- Tuesday 22 June
=== j_day_38 ===
~ day = 38
# clear
Jonas, day 38 (stub). #id:j.jday38.5751
-> j_day_39

// ---------------------------------------------------------------- Wednesday 23 June
=== j_day_39 ===
~ day = 39
# clear
Jonas, day 39 (stub). #id:j.jday39.9d7e
-> j_day_40

// ---------------------------------------------------------------- Thursday 24 June
=== j_day_40 ===
~ day = 40
# clear
Jonas, day 40 (stub). #id:j.jday40.2b21
-> j_day_41

// ---------------------------------------------------------------- Friday 25 June
=== j_day_41 ===
~ day = 41
# clear
Jonas, day 41 (stub). #id:j.jday41.549e
-> j_day_42
