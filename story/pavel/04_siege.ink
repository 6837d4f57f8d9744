// Pavel, Act IV "The siege": p_day_31 to p_day_41. SKELETON: the act's writer replaces every stub.
// Brief: docs/briefs/pavel-arc.md and crossings.md. Every knot here starts with p_.

// ---------------------------------------------------------------- Tuesday 15 June
=== p_day_31 ===
~ day = 31
# clear
Pavel, day 31 (stub). #id:p.pday31.010b
-> p_day_32

// ---------------------------------------------------------------- Wednesday 16 June
=== p_day_32 ===
~ day = 32
# clear
Pavel, day 32 (stub). #id:p.pday32.cecd
-> p_day_33

// ---------------------------------------------------------------- Thursday 17 June
=== p_day_33 ===
~ day = 33
# clear
Pavel, day 33 (stub). #id:p.pday33.e8bc
-> p_day_34

// ---------------------------------------------------------------- Friday 18 June
=== p_day_34 ===
~ day = 34
# clear
Pavel, day 34 (stub). #id:p.pday34.bc37
-> p_day_35

// ---------------------------------------------------------------- Saturday 19 June
=== p_day_35 ===
~ day = 35
# clear
Pavel, day 35 (stub). #id:p.pday35.ed95
-> p_day_36

// ---------------------------------------------------------------- Sunday 20 June
=== p_day_36 ===
~ day = 36
# clear
Pavel, day 36 (stub). #id:p.pday36.2dcf
-> p_day_37

// ---------------------------------------------------------------- Monday 21 June
=== p_day_37 ===
~ day = 37
# clear
Pavel, day 37 (stub). #id:p.pday37.39e9
-> p_day_38

// ---------------------------------------------------------------- Tuesday 22 June
=== p_day_38 ===
~ day = 38
# clear
Pavel, day 38 (stub). #id:p.pday38.bbf3
-> p_day_39

// ---------------------------------------------------------------- Wednesday 23 June
=== p_day_39 ===
~ day = 39
# clear
Pavel, day 39 (stub). #id:p.pday39.757b
-> p_day_40

// ---------------------------------------------------------------- Thursday 24 June
=== p_day_40 ===
~ day = 40
# clear
Pavel, day 40 (stub). #id:p.pday40.9ed5
-> p_day_41

// ---------------------------------------------------------------- Friday 25 June
=== p_day_41 ===
~ day = 41
# clear
Pavel, day 41 (stub). #id:p.pday41.3395
-> p_day_42
