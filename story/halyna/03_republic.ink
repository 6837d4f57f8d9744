// Halyna, Act III: day_13 to day_30. Placeholder hubs until the act is written.

=== day_13 ===
~ day = 13
~ time_of_day = "day"
# clear
Friday, 28 May. (This day is being written: Act III.)
-> day_14

=== day_14 ===
~ day = 14
~ time_of_day = "day"
# clear
Saturday, 29 May. (This day is being written: Act III.)
-> day_15

=== day_15 ===
~ day = 15
~ time_of_day = "day"
# clear
Sunday, 30 May. (This day is being written: Act III.)
-> day_16

=== day_16 ===
~ day = 16
~ time_of_day = "day"
# clear
Monday, 31 May. (This day is being written: Act III.)
-> day_17

=== day_17 ===
~ day = 17
~ time_of_day = "day"
# clear
Tuesday, 1 June. (This day is being written: Act III.)
-> day_18

=== day_18 ===
~ day = 18
~ time_of_day = "day"
# clear
Wednesday, 2 June. (This day is being written: Act III.)
-> day_19

=== day_19 ===
~ day = 19
~ time_of_day = "day"
# clear
Thursday, 3 June. (This day is being written: Act III.)
-> day_20

=== day_20 ===
~ day = 20
~ time_of_day = "day"
# clear
Friday, 4 June. (This day is being written: Act III.)
-> day_21

=== day_21 ===
~ day = 21
~ time_of_day = "day"
# clear
Saturday, 5 June. (This day is being written: Act III.)
-> day_22

=== day_22 ===
~ day = 22
~ time_of_day = "day"
# clear
Sunday, 6 June. (This day is being written: Act III.)
-> day_23

=== day_23 ===
~ day = 23
~ time_of_day = "day"
# clear
Monday, 7 June. (This day is being written: Act III.)
-> day_24

=== day_24 ===
~ day = 24
~ time_of_day = "day"
# clear
Tuesday, 8 June. (This day is being written: Act III.)
-> day_25

=== day_25 ===
~ day = 25
~ time_of_day = "day"
# clear
Wednesday, 9 June. (This day is being written: Act III.)
-> day_26

=== day_26 ===
~ day = 26
~ time_of_day = "day"
# clear
Thursday, 10 June. (This day is being written: Act III.)
-> day_27

=== day_27 ===
~ day = 27
~ time_of_day = "day"
# clear
Friday, 11 June. (This day is being written: Act III.)
-> day_28

=== day_28 ===
~ day = 28
~ time_of_day = "day"
# clear
Saturday, 12 June. (This day is being written: Act III.)
-> day_29

=== day_29 ===
~ day = 29
~ time_of_day = "day"
# clear
Sunday, 13 June. (This day is being written: Act III.)
-> day_30

=== day_30 ===
~ day = 30
~ time_of_day = "day"
# clear
Monday, 14 June. (This day is being written: Act III.)
-> day_31

