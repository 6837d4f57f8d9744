// Pavel, Act III "The republic", second half: voices: p_day_22 to p_day_30. SKELETON: the act's writer replaces every stub.
// Brief: docs/briefs/pavel-arc.md and crossings.md. Every knot here starts with p_.

// ---------------------------------------------------------------- Sunday 6 June
=== p_day_22 ===
~ day = 22
# clear
Pavel, day 22 (stub). #id:p.pday22.6c4c
-> p_day_23

// ---------------------------------------------------------------- Monday 7 June
=== p_day_23 ===
~ day = 23
# clear
Pavel, day 23 (stub). #id:p.pday23.30fa
-> p_day_24

// ---------------------------------------------------------------- Tuesday 8 June
=== p_day_24 ===
~ day = 24
# clear
Pavel, day 24 (stub). #id:p.pday24.c081
-> p_day_25

// ---------------------------------------------------------------- Wednesday 9 June
=== p_day_25 ===
~ day = 25
# clear
Pavel, day 25 (stub). #id:p.pday25.9790
-> p_day_26

// ---------------------------------------------------------------- Thursday 10 June
=== p_day_26 ===
~ day = 26
# clear
Pavel, day 26 (stub). #id:p.pday26.6a87
-> p_day_27

// ---------------------------------------------------------------- Friday 11 June
=== p_day_27 ===
~ day = 27
# clear
Pavel, day 27 (stub). #id:p.pday27.12dd
-> p_day_28

// ---------------------------------------------------------------- Saturday 12 June
=== p_day_28 ===
~ day = 28
# clear
Pavel, day 28 (stub). #id:p.pday28.340c
-> p_day_29

// ---------------------------------------------------------------- Sunday 13 June
=== p_day_29 ===
~ day = 29
# clear
Pavel, day 29 (stub). #id:p.pday29.fc41
-> p_day_30

// ---------------------------------------------------------------- Monday 14 June
=== p_day_30 ===
~ day = 30
# clear
Pavel, day 30 (stub). #id:p.pday30.5b01
-> p_day_31
