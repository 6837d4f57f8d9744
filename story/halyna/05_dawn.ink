// Halyna, Act V: day_42 (26 June 1954), her six endings. Placeholder until written.

=== day_42 ===
~ day = 42
~ time_of_day = "night"
~ tanks = "inside"
# clear
Saturday, 26 June. (This day is being written: Act V.)
* [Stay in the barrack]
    # ending: stayed
    You stay.
    -> epilogue
* [Go out to the street]
    # ending: killed
    You go out.
    -> epilogue
