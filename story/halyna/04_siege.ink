// Halyna, Act IV: day_31 to day_41. Placeholder hubs until the act is written.

=== day_31 ===
~ day = 31
~ time_of_day = "day"
# clear
Tuesday, 15 June. (This day is being written: Act IV.)
-> day_32

=== day_32 ===
~ day = 32
~ time_of_day = "day"
# clear
Wednesday, 16 June. (This day is being written: Act IV.)
-> day_33

=== day_33 ===
~ day = 33
~ time_of_day = "day"
# clear
Thursday, 17 June. (This day is being written: Act IV.)
-> day_34

=== day_34 ===
~ day = 34
~ time_of_day = "day"
# clear
Friday, 18 June. (This day is being written: Act IV.)
-> day_35

=== day_35 ===
~ day = 35
~ time_of_day = "day"
# clear
Saturday, 19 June. (This day is being written: Act IV.)
-> day_36

=== day_36 ===
~ day = 36
~ time_of_day = "day"
# clear
Sunday, 20 June. (This day is being written: Act IV.)
-> day_37

=== day_37 ===
~ day = 37
~ time_of_day = "day"
# clear
Monday, 21 June. (This day is being written: Act IV.)
-> day_38

=== day_38 ===
~ day = 38
~ time_of_day = "day"
# clear
Tuesday, 22 June. (This day is being written: Act IV.)
-> day_39

=== day_39 ===
~ day = 39
~ time_of_day = "day"
# clear
Wednesday, 23 June. (This day is being written: Act IV.)
-> day_40

=== day_40 ===
~ day = 40
~ time_of_day = "day"
# clear
Thursday, 24 June. (This day is being written: Act IV.)
-> day_41

=== day_41 ===
~ day = 41
~ time_of_day = "day"
# clear
Friday, 25 June. (This day is being written: Act IV.)
-> day_42

