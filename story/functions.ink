// Small helpers. Bounded variables change only through these, so they never leave their range.

=== function up(ref value, amount, maximum) ===
~ value = MIN(value + amount, maximum)

=== function down(ref value, amount) ===
~ value = MAX(value - amount, 0)

// Bonds and trust: 0..5 (trust/ties 0..3); hope and health: 0..10.
=== function bond_up(ref bond) ===
~ up(bond, 1, 5)

=== function bond_down(ref bond) ===
~ down(bond, 1)

=== function hope_up() ===
~ up(hope, 1, 10)

=== function hope_down() ===
~ down(hope, 1)

=== function health_down(amount) ===
~ down(health, amount)

=== function health_up(amount) ===
~ up(health, amount, 10)

=== function trust_up() ===
~ up(trust_commission, 1, 3)

=== function trust_down() ===
~ down(trust_commission, 1)

=== function ties_up() ===
~ up(ties_underground, 1, 3)

// Hope in words, for lines like "You feel {hope_words()}."
=== function hope_words() ===
{
- hope >= 8: ~ return "almost light"
- hope >= 5: ~ return "steady"
- hope >= 3: ~ return "worn thin"
- else: ~ return "close to nothing"
}

// A risky deed where the other side can see or hear; the text names it later.
=== function loud_up(deed) ===
~ up(loud, 1, 3)
~ loud_deed = deed

// Jonas: a risky deed where the other side can see or hear; the end page names it.
=== function j_loud_up(deed) ===
~ up(j_loud, 1, 3)
~ j_loud_deed = deed

=== function j_anger_up() ===
~ up(j_anger, 1, 3)

// Pavel: bounded counters of his path (variables.ink); the end page and the selection read them.
=== function p_law_up() ===
~ up(p_law, 1, 3)

=== function p_law_down() ===
~ down(p_law, 1)

=== function p_table_up() ===
~ up(p_table, 1, 3)

=== function p_hand_up() ===
~ up(p_hand, 1, 3)

=== function p_names_up() ===
~ up(p_names, 1, 2)
