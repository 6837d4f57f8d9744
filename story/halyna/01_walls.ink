// Halyna, Act I: day_00 to day_04. Placeholder hubs until the act is written.

=== day_00 ===
~ day = 0
~ time_of_day = "evening"
# clear
Early May 1954. (The prologue is being written.)
-> day_01

=== day_01 ===
~ day = 1
~ time_of_day = "day"
# clear
Sunday, 16 May. (This day is being written: Act I.)
-> day_02

=== day_02 ===
~ day = 2
~ time_of_day = "day"
# clear
Monday, 17 May. (This day is being written: Act I.)
-> day_03

=== day_03 ===
~ day = 3
~ time_of_day = "day"
# clear
Tuesday, 18 May. (This day is being written: Act I.)
-> day_04

=== day_04 ===
~ day = 4
~ time_of_day = "day"
# clear
Wednesday, 19 May. (This day is being written: Act I.)
-> day_05

