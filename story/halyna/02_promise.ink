// Halyna, Act II: day_05 to day_12. Placeholder hubs until the act is written.

=== day_05 ===
~ day = 5
~ time_of_day = "day"
# clear
Thursday, 20 May. (This day is being written: Act II.)
-> day_06

=== day_06 ===
~ day = 6
~ time_of_day = "day"
# clear
Friday, 21 May. (This day is being written: Act II.)
-> day_07

=== day_07 ===
~ day = 7
~ time_of_day = "day"
# clear
Saturday, 22 May. (This day is being written: Act II.)
-> day_08

=== day_08 ===
~ day = 8
~ time_of_day = "day"
# clear
Sunday, 23 May. (This day is being written: Act II.)
-> day_09

=== day_09 ===
~ day = 9
~ time_of_day = "day"
# clear
Monday, 24 May. (This day is being written: Act II.)
-> day_10

=== day_10 ===
~ day = 10
~ time_of_day = "day"
# clear
Tuesday, 25 May. (This day is being written: Act II.)
-> day_11

=== day_11 ===
~ day = 11
~ time_of_day = "day"
# clear
Wednesday, 26 May. (This day is being written: Act II.)
-> day_12

=== day_12 ===
~ day = 12
~ time_of_day = "day"
# clear
Thursday, 27 May. (This day is being written: Act II.)
-> day_13

