// Every global variable of the story, with its range and meaning. Nothing else declares a VAR.
// Change bounded numbers only through the clamping functions in functions.ink.
// "set/read" lists the days that write and read each variable (keep it true when you edit).

// ---- Presentation: set by the app before the first line; the story only reads them ----
VAR gentle = false        // bool. Softer telling of injury and death (never removes an event).
VAR kiosk_cut = false     // bool. Museum kiosk: play the short cut (story/kiosk.ink) instead.
VAR viewpoint = "halyna"  // "halyna" | "jonas" | "pavel".

// ---- Calendar: set at the top of each hub, read by the app header and the map ----
VAR day = -1              // -1 before the first line; 0 = prologue (early May 1954); 1..42 = 16 May .. 26 June 1954.
VAR time_of_day = "day"   // "dawn" | "day" | "evening" | "night". Tints the map.
VAR weather = "clear"     // "clear" | "wind" | "dust" | "heat" | "rain". Tints the map.
VAR kiosk_day = 0 // kiosk cut's calendar day (0 = prologue, 1..42); read by the app header in kiosk mode

// ---- The camp as the map draws it (history, identical on every path) ----
VAR walls = "intact"      // "intact" | "breached" (16-18 May) | "rebuilt" (23 May) | "open" (24 May on)
VAR defences = false      // barricades before the guardhouses, pickets (from about day 11)
VAR loudspeakers = false  // the prisoners' loudspeakers (from about day 14)
VAR kites = false         // kites and balloons over the settlement (about days 20-30)
VAR hunger = false        // bread cut to 500 g a day (from day 26, 10 June)
VAR tanks = "none"        // "none" | "inside" (26 June, from 03:30). The prisoners never see them coming.

// ---- Halyna: what choices change (bounded; read by later days and the epilogue) ----
VAR hope = 5              // 0..10. Shown in words, never as a number. set: any spine day; read: 12, 25+, 41, 42, epilogue.
VAR health = 7            // 0..10. set: 3 (if hurt), hunger days, 42; read: 30+, 42.
VAR bond_maia = 3         // 0..5. Maia Tamm, bunk neighbour. read: 41, 42, epilogue.
VAR bond_mykola = 3       // 0..5. Her brother. read: 9, 13-18, 41, 42, epilogue.
VAR bond_jonas = 0        // 0..5. Jonas Vaitkus, met on day 2. read: 13-18 (marriage), 41, 42, epilogue.
VAR bond_vera = 1         // 0..5. Vera Sidorenko, kitchen brigade. set: 10 (kitchen role). read: 20-30, 42, epilogue.
VAR trust_commission = 1  // 0..3. Her faith in the prisoners' commission (and its way: negotiate). read: 19, 25-40, 42.
VAR ties_underground = 0  // 0..3. How far she is drawn into the underground "Center" (through Mykola). read: 13-18, 30-42.
VAR role = "none"         // "none" | "kitchen" | "hospital" | "sewing" | "messenger". set: day 10 (always; never "none" after). read: 11-42.
VAR mykola_hurt = false   // Mykola wounded on 18 May (by choices of days 1-3). set: 3. read: 9, 42, epilogue.
VAR married = false       // married Jonas (Father Ihor). set: 13-18. read: 19-42, epilogue.
VAR helped_leaver = false // helped Oksana, who wanted to leave, against the commission's guard. set: 20-30. read: 40-42, epilogue.
VAR position = "none"     // where she is at 03:30 on 26 June: "barrack" | "hospital" | "street" | "kitchen" | "gate". set: 40-42. read: 42.
VAR fate = "none"         // her ending, for the epilogue: "none" | "killed" | "wounded" | "transferred" | "arrested" | "walked_out" | "stayed". set: 42 (ending scenes). read: epilogue.
VAR saved = "none"        // whom she pulled clear on 26 June: "none" | "maia" | "vera" | "oksana" | "stranger". set: 42. read: 42, epilogue.
VAR dawn_summary = false // bool. On 26 June the reader chose the short summaries of the assault (every path). set: 42. read: 42 (the place units and the endings, which cannot see the choice's visit count).
VAR dawn_lay_down = false // bool. Halyna, 26 June: she lay down or kept under cover (Mykola's promise kept). set: 42. read: 42 (the end page, after the selection unit).
VAR dawn_where = "none"   // "none" | "steppe" | "hospital". Halyna, 26 June: where the selection finds her. set: 42. read: 42 (h_judged_unit).

// ==== Threads (issue 13, bible §10): what Halyna did that later days remember ====
// Shared contract between the acts. Each act's writer owns the block below its name; a thread
// set in one act and read in another keeps the meaning written here. Text that only varies by
// these is free for the explorer; branching on them (conditional choices, diverts) costs budget.

// ---- Threads set in Acts I-II (days 0-12) ----
VAR met_sokol = false     // bool. She tended Sokol on the first night (day 1). set: 1. read: 8 (act12), 42, epilogue (only name him if met).
// Act I-II memory (writer act12): each records one choice so that a later day of days 0-12 can
// name it. Read only in text (no diverts, no conditional choices), so they cost the explorer little.
VAR letter = "none"       // "none" | "mama" | "procurator" | "mykola" | "maia". Her one sheet of paper (day 0). read: 0, 1, 2, 4, 12.
VAR first_night = "none"  // "none" | "hid" | "door" | "tended". What she did when the men came (day 1). read: 1, 2, 3.
VAR jonas_ask = "none"    // "none" | "yes" | "think" | "no". Her answer to Mykola's friends, through Jonas (day 2). read: 2, 3, 9.
VAR may18 = "none"        // "none" | "water" | "names" | "girls". Her night after the shooting (day 3). read: 3, 4, 7, 10, 12.
VAR may19 = "none"        // "none" | "spoke" | "maia" | "kept". At the women's meeting: her name, Maia's, or none (day 4). read: 4, 6, 8, 10, 12.
VAR generals = "none"     // "none" | "believed" | "waited" | "asked". What she made of the generals' promise (day 4). read: 4, 5, 8, 12.
VAR petro_note = false    // bool. She let old Petro carry her note to Mykola (day 5). read: 7, 9.
VAR weak_seam = false     // bool. She left the seam of a convoy lieutenant's tunic weak (day 6). read: 6, 10.
VAR gate_word = "none"    // "none" | "jonas" | "brother". Her answer to Jonas's "will you be at the gate?" (day 7). read: 7, 8, 9.
VAR stood_by_lida = false // bool. She stood beside Lida at the blank wall; a warder wrote her number (day 8). read: 8, 10, 12.
VAR may23 = "none"        // "none" | "sang" | "note" | "reps" | "still". What she did with her anger on 23 May (day 8). read: 8, 9, 10.
VAR bent_rule = false     // bool. In her new work she bent the rule once for someone (day 11). read: 11, 12.

// ---- Threads set in Act III (days 13-30) ----
VAR loud = 0              // 0..3. Risky things she did where the other side could see or hear (the solo for the tower, leaflets in her own hand, the hymn's first line alone, answering Orlov, saying a name aloud). set: 15, 20, 24, 34, 36 via loud_up(). read: 31-42 (who warns her, the photograph selection), end page.
VAR loud_deed = "none"    // "none" | "solo" | "leaflets" | "hymn" | "orlov" | "name". The latest such deed, so the text can name it. set with loud. read: 31-42, end page.
VAR knows_names = false   // bool. She read the underground's paper against the lamp (day 22): she carries names in her head. read: 31-42 (who asks her), 42 (what she keeps silent), end page.
VAR prayed_for_towers = false // bool. She prayed for the boys on the towers (day 22). read: 34-41 (Orlov), 42 (a soldier at dawn), end page.
VAR bread_given = 0       // 0..3. Bread she gave away when it was short (26: Oksana; 39: Maia; others). read: 39-42 (named in her legs: "the bread you gave Maia"), end page.
VAR orlov = 0             // 0..3. Lieutenant Orlov outside the wire: 0 never met; 1 heard him; 2 answered him; 3 talked with him more than once. set: 29-40. read: 34-42 (his last scene: the warning he cannot give).
VAR wish = "none"         // "none" | "lasts" | "ends" | "people". What she wished for on day 30. read: 41, 42, end page.
VAR jonas_want = false    // bool. She helped Jonas with what he wants for himself (bible §3: a radio mechanic; his want is his own, set in Act III). read: 31-42, end page.

// ---- Act III's own threads (writer act3): text-only echoes inside days 13-30, free to read later ----
VAR on_watch = false      // bool. She put her name on the barrack's night-watch rota (13). read: 29 (the watch that brings her to the barricade); later acts may use it.
VAR mercy = false         // bool. On the first free morning she let something pass for someone (13: the boy's bread, a frightened name off the rota, a stool for the forewoman). read: 28 (Maia).
VAR oksana_told = "none"  // "none" | "all_right" | "truth". What she told Oksana under the shooting at the balloons (21). read: 28 (Oksana's ask).
VAR mother_letter = "none" // "none" | "comfort" | "truth". The first line of the unsent letter to her mother (23). read: 27 (Oksana asks), later acts may use it.
VAR built_barricade = false // bool. She took the bricks from Vera and built the barricade higher (19). read: 26 (Vera), 29 (the watch); later acts may use it.
VAR bundle = "none"       // "none", or the two things packed for Magadan (25), space-separated from "bread", "needle", "letter", "comb"; test with ? ("bread"). read: 26, 30.
VAR maia_told = false     // bool. She asked Maia about herself and heard of Jaan (16). read: 18 (the wedding).
VAR signed_letter = false // bool. She signed the unsent letter with her full name (23). read: 27; a paper with her name, for later acts.

// ---- Threads set in Act IV (days 31-41) ----
VAR promised_mykola = false // bool. She gave Mykola his promise (lie on the floor, don't be brave). set: 31-41. read: 42 (the dilemma of the dawn), end page.
VAR carried = "none"      // "none" | "maia_paper" | "mykola_paper" | "names" | "jonas_letter". What she carries into the last night. set: 31-41. read: 42, end page, memorial.
//   (act4, where each value comes from; the latest thing she took on wins, earlier papers may
//   still be in her hem: "names" = Father Ihor's list of the dead of May in her hem, day 36, learned by
//   heart too; "mykola_paper" = the underground's paper in her shoe, to keep, not deliver, day 37;
//   "maia_paper" = Maia's address in Tartu, learned by heart (the paper given back), day 40;
//   "jonas_letter" = Jonas's letter to his mother, inside her blouse, day 41.)
// Act IV's own (text only in later days; nothing branches on them):
VAR hem_letter = false    // bool. Day 31: she wrote to her mother beside Oksana and sewed it into her hem. read: 36, 41.
VAR first_evening = "none" // "none" | "mykola" | "jonas" | "maia". Whom she spent Tuesday evening (day 31) with. read: 41.
VAR told_stores = false   // bool. Day 32: she told the barrack what Vera counted (the bag on the nail). read: 32, 35, 39, 40.
VAR spread_rumour = false // bool. Day 38: she carried the Rudnik rumour into the barrack herself. read: 40.

// ==== Jonas Vaitkus (issue 14; docs/briefs/jonas-arc.md §2) ====
// His path reuses the viewpoint-neutral hope, health, position, fate, saved and the camp-state
// variables; it never assigns a Halyna variable (the crossing test checks the sets are disjoint).
// position for Jonas: "barricade" | "tech_rooms" | "roof" | "barrack" | "pole".
// fate: as Halyna's. saved for Jonas: "none" | "rimas" | "ostap" | "stranger".
// Structural branching (diverts, conditional choices) only on j_duty, j_anger (0 | 1-2 | 3),
// bond_halyna (<=1 | 2-3 | >=4), and on day 42 position and the marked score. Everything else
// below is read in text only.
VAR bond_halyna = 0       // 0..5. How Halyna sees him. set: 2, 3, 7, 9, 14. read: 15-18 (S: her answer), 31-42, end.
VAR bond_stasys = 2       // 0..5. Stasys Girdauskas, bench master. set: 13, 16, 22, 27, 33. read: 33, 41-42, end.
VAR bond_rimas = 2        // 0..5. Rimas Butenas, the boy who wants iron. set: 0, 6, 19, 28, 34. read: 34, 42, end.
VAR j_duty = "none"       // "none" | "bench" | "brigade" | "kites". set: 11 (always). read: 12-42 (S).
VAR j_anger = 0           // 0..3. How far he goes with the men who prepare to fight. set: 1, 8, 19, 24, 34. read: 31-42 (S at 40-42).
VAR j_loud = 0            // 0..3. Risky things the other side saw or heard. set: 21, 26, 38 via j_loud_up(). read: 31-42, selection (S), end.
VAR j_loud_deed = "none"  // "none" | "kite_roof" | "megaphone" | "script". The latest such deed. read: end page.
VAR j_sworn = false       // bool. Sworn into the rooms behind the sign (13). read: 22, 35-42, selection.
VAR j_proposal = "none"   // "none" | "yes" | "wait" | "no". set: 15 (ask), 17 (her answer, from bond_halyna). read: 18-42, end.
VAR j_photo = false       // bool. The studio photograph for his mother (18). read: 24, 38, 41, end.
VAR j_third_night = "none" // "none" | "go" | "send" | "come". Which of Halyna's options his words on day 3 lead to (crossings.md C1b). read: 4, 9, 20, 42, end.
VAR j_carried = "none"    // "none" | "mykola_paper" | "letter" | "schematic". What he carries into the last night. set: 20, 37, 41. read: 42, end, memorial.
VAR j_list = false        // bool. He kept his name on Ostap's brigade list (24). read: 40, selection.
VAR j_promise = false     // bool. He gave Stasys the promise to switch off and sit down (33). read: 42 (the dilemma at 03:30), end.
// Cross-act memory (text only; set by one writer, read by others as written here):
VAR j_bread = "none"      // "none" | "rimas" | "valves" | "kept". The foreman's bread (day 0). read: 0, 6 (j2), 37 (j5: "the bread you gave Rimas"), 42, end.
VAR j_stone = "none"      // "none" | "pulled" | "threw" | "inside". Rimas and the stone (day 1). read: 1, 8 (j2), 34 (j5).
VAR j_demand = "none"     // "none" | "shootings" | "sentences" | "women". The demand he repeated to Rimas (day 12; FB §5.2 items 1, 3, 8). read: 12, 19 (j3), 34 (j5).
VAR j_board = false       // bool. He painted a false "Mined!" board himself (13). read: 13-21 (j3), 42 (j6: the tanks roll over it).
VAR j_kite_words = "none" // "none" | "plea" | "names" | "plain". What he wrote on his kite's leaflet (21). read: 21, 28 (j4), 38 (j5), end.

// ---- Jonas, Acts I-II memory (writer j1: days 0-4; writer j2: days 5-12). Text only. ----
// (j1: declare below this line)
VAR j_comb_told = false   // bool. Day 2: he told Halyna that Mykola carved the comb himself (against Mykola's wish). read: 2 (Mykola at dawn); j2 may read (day 7, 9).
VAR j_her_word = "none"   // "none" | "yes" | "think" | "no". Halyna's answer to Mykola's friends as his path shows it (day 2, crossings.md C1). read: 2, 3; j2 may read (days 7, 9: what Mykola's friends ask of her).
VAR j_light = "none"      // "none" | "down" | "go". Day 2: she pulled him down behind the porch step, or said "Go". read: 3 (her greeting at dusk, his knees).
VAR j_rimas_came = false  // bool. Day 3: he took Rimas into the service yard on the night of the shooting (Rimas helped carry Mykola if "come"). read: 3, 4; j2 may read (day 6, day 8).
VAR j_promises = "none"   // "none" | "paper" | "head" | "rimas". Day 4: the generals' promise written in his own hand on the foreman's newspaper, kept by heart, or written by Rimas and kept in Rimas's shirt. read: 4; for j2 day 8 (the blank wall: the promise with its date).


// (j2: declare below this line)
VAR j_valve = false       // bool. He pocketed the foreman's spare output valve (5). read: 6, 11 (Stasys's bench), 12.
VAR j_iron = "none"       // "none" | "hid" | "threw" | "his". Rimas's iron rod (6): hid in Jonas's mattress, dropped down the latrine at his word, or left to Rimas. read: 8, 9; later writers may read it (Rimas and iron, 19, 34).
VAR j_gate_paper = "none" // "none" | "signed" | "drawn". What went on the paper Petro carried (7, C1d): the question in his capitals and his name, or a drawn gate. read: 7, 9.
VAR j_gate_answer = "none" // "none" | "jonas" | "brother". Halyna's answer to "will you be at the gate?" (7, from bond_halyna >= 1; crossings C1d = her gate_word). read: 7, 8, 9 (C1e line).
VAR j_may23 = "none"      // "none" | "beam" | "waited" | "lay". His night of 23 May: worked the beam loose with Rimas, waited for Ostap's word, or lay down (8). read: 9, 10.
VAR j_may24 = "none"      // "none" | "walked" | "roof". The evening of 24 May: walked Halyna home or went up on the roof with Rimas (9). read: 9, 12.
VAR j_adomas = "none"     // "none" | "aside" | "door" | "walked". Old Adomas wanting to go out to work on 25 May (10): let him through, stood in the door, walked him to the guardhouse and back. read: 10, 11, 12; later writers may read it.


// ---- Jonas, Act III memory (writer j3: days 13-21; writer j4: days 22-30). Text only. ----
// (j3: declare below this line)
VAR j3_evening14 = "none" // "none" | "paper" | "wires" | "mic" | "pole". Day 14 evening: what he told Halyna (paper = his arrest, wires = the shop) or, if he did not see her, whether he let Rimas speak to the tower (mic) or switched it off (pole). read: 15, 19; later acts may use it.
VAR j3_drawing = false    // bool. Day 16: he kept four pages of the circuit in his boot instead of letting Stasys burn them. read: 20; later acts may use it (Stasys asking on 22, j_carried "schematic").
VAR j3_speaker = "none"   // "none" | "women" | "towers". Day 17: which way he hung the wedding horn. read: 18.
VAR j3_noon = "none"      // "none" | "promise" | "refuse" | "cut" | "laugh". Day 18 noon: married, he promised Mykola to get Halyna to the floor, or refused; not married, he cut the sound when Motria's ring went on the wrong finger, or let the zone laugh. read: 18, 20; later acts may use it ("promise" for day 42).
VAR j3_wire = false       // bool. Day 19: he ran the loudspeaker wire to the far barracks instead of building the barricade higher with Rimas. read: 21; later acts may use it.


// (j4: declare below this line)
VAR j4_rooms = "none"     // "none" | "told" | "kept". Day 22: whether he gave Stasys Rimas's name (the boy who asks about the rooms) or said no one asks. read: 22, 27 (Stasys knows), 28 (Rimas thrown out of the yard).
VAR j4_wire = "none"      // "none" | "aslan" | "kept". Day 23: he cut Aslan twenty metres of the counted copper for a balloon frame, or kept it. read: 27 (the coil short or whole), 30.
VAR j4_timings = "none"   // "none" | "paper" | "head". Day 25: the authorities' record timed, kept on paper in his pocket or learned and burned. read: 26 (the towers), 29, 30.
VAR j4_megaphone = "none" // "none" | "rimas" | "fedya". Day 26: to whom he handed the tin cone at the tower ("none" if he spoke himself: j_loud_deed "megaphone"). read: 28, 30.
VAR j4_coil = "none"      // "none" | "mine" | "his". Day 27: if they ask who wound the transmitter's coil, he will say his own name, or Stasys's. read: 28, 30; later acts may use it (selection).
VAR j4_rimas_roof = false // bool. Day 28: he took Rimas onto the roof to pay out the antenna wire (else sent him down). read: 28, 30; later acts may use it (day 34).
VAR j4_hospital = false   // bool. Day 29: he carried half his evening bread to the hospital after Father Ihor's prayers. read: 30 (his hands at the bench); later acts may use it.


// ---- Jonas, Act IV-V memory (writer j5: days 31-41; writer j6: day 42). Text only. ----
// (j5: declare below this line)
VAR j5_taught = false     // bool. Day 31: he put the iron in Rimas's hand at the outer bench. read: 31, 34, 39, 40.
VAR j5_solder = "none"    // "none" | "zone" | "sky". Day 32: the last solder to the zone's loudspeakers or to the transmitter. read: 35, 38.
VAR j5_promise = "none"   // "none" | "asked" | "refused". Day 33: how he answered Stasys ("none" with j_promise = a plain promise). read: 33, 41.
VAR j5_fire = "none"      // "none" | "went" | "argued" | "ostap". Day 34: the film for Rimas's burning thing. read: 34-41.
VAR j5_stranger = "none"  // "none" | "wire" | "asked" | "stasys". Day 35: what he told the man asking about the rooms. read: 40.
VAR j5_asked = "none"     // "none" | "believe" | "when". Day 36: what he asked Ostap first (the release claim, or when they will come). read: 41.
VAR j5_ostap = "none"     // "none" | "with" | "wire". Day 36: where he told Ostap he would be when they come. read: 40.
VAR j5_letter = "none"    // "none" | "truth" | "comfort" | "work". Day 37: what the letter to his mother says. read: 41.
VAR j5_line = false       // bool. Day 38: he said a line of his own into the microphone ("Don't shoot at hungry men."). read: 38, 39, 41; day 42 may use it.
VAR j5_tower = "none"     // "none" | "answered" | "silent". Day 39: the tower called for "the radio man". read: 41.
VAR j5_rota = "none"      // "none" | "barricade" | "wire" | "door". Day 40: where he asked Ostap to put Rimas for the night. read: 41; day 42 may use it (where Rimas is).


// (j6: declare below this line)
// j6 (day 42) declares nothing: its memory of the morning is same-day visit counts (j_day_42.*), and
// its own epilogue (knot j_epilogue) reads only fate, saved and the contract variables above.


// ==== Pavel Lavrov (issue 15; docs/briefs/pavel-arc.md §3) ====
// His path reuses the viewpoint-neutral hope, health, position, fate, saved and the camp-state
// variables; it never assigns a Halyna or Jonas variable (the crossing test checks the sets are disjoint).
// position for Pavel: "desk" | "barrack" | "antanas" | "loudspeaker" | "gate".
// fate: as Halyna's. saved for Pavel: "none" | "antanas" | "matvei" | "grisha" | "stranger".
// Structural branching (diverts, conditional choices) only on p_law (0-1 | 2-3), p_kept, the
// selection score (p_table, p_hand, p_names, p_kept) on day 42, bond_tarasov (<=2 | >=3) at 40,
// bond_antanas (<=2 | >=3) at 42 and position at 42. Everything else is read in text only.
VAR p_law = 1             // 0..3. His faith that the law can be held to its word. set: 0, 4, 12, 25, 35. read: 31-42 (S at 42: walk out?), end.
VAR p_table = 0           // 0..3. Times he sat or stood at the commission's table in public. set: 12, 19, 24, 32. read: selection (S), end.
VAR p_hand = 0            // 0..3. Texts in his own recognisable hand that left his desk. set: 14, 21, 27, 38. read: selection (S), end.
VAR p_names = 0           // 0..2. Lists with names he wrote and did not destroy. set: 3, 18, 35, 39. read: 40 (S), interrogation, end.
VAR p_kept = "none"       // "none" | "burned" | "hidden" | "carried". What became of the minutes. set: 40. read: 42 (S), end, epilogue.
VAR p_hearsay = "none"    // "none" | "said" | "reported" | "left_out". Yegorov's reported question in the minutes (16). read: 41, interrogation, end.
VAR p_wedding_paper = false // bool. He wrote Antanas and Motria a paper with both names (18). read: 41, 42, end.
VAR bond_tarasov = 2      // 0..5. Yevgeny Tarasov, the commission's secretary. set: 10, 20, 30, 40. read: 40 (S), 42.
VAR bond_antanas = 2      // 0..5. Antanas Butkus, his bunk neighbour. set: 0, 8, 18, 29, 41. read: 42 (S: whom he goes to), end.
VAR bond_matvei = 2       // 0..5. Matvei Kholodov, a fellow former POW. set: 0, 11, 23, 35. read: 35, 42, end.
VAR p_petition = "none"   // "none" | "law" | "his_words" | "refused". Matvei's petition (0). read: 4, 35, end.

// ---- Pavel, Acts I-II memory (writer p1: days 0-4; writer p2: days 5-12). Text only. ----
// (p1: declare below this line)
VAR p1_letter = "none"    // "none" | "soon" | "one_day". Antanas's letter to his mother: "soon" as he asked, or "one day" (0). read: 2, 4; p2 may read (8: bond_antanas).
VAR p1_book = false       // bool. Pavel began logging the days for himself on a sheet in his cap lining (1). read: 2, 3, 4; p2 may read (his own record before the commission's).
VAR p1_count = "none"     // "none" | "covered" | "silent". At the 17 May count he answered to Antanas's absent number, or let the warder write it down (2). read: 3, 4; p2 may read (8).
VAR p1_list = "none"      // "none" | "names" | "count" | "burned". His first list, the wounded carried past on 18 May: kept with names (p_names +1), names torn off, or burned (3). read: 4; later acts may read.
VAR p1_promise = "none"   // "none" | "written" | "wind". 19 May: he believed the promise was written down somewhere (p_law +1) or not (p_law -1) (4). read: 4; p2 reads on 8 (the blank wall).

// (p2: declare below this line)
VAR p2_tally = "none"     // "none" | "true" | "padded". Day 5: the brigade's work sheet, the true 63% or a padded 102%. read: 10 (Tarasov's reason for recruiting him).
VAR p2_note = "none"      // "none" | "wrote" | "taught". Day 6: Antanas's note to Motria in Pavel's hand, or in Antanas's own with Pavel spelling. read: 9; later acts may read it (18, the wedding paper).
VAR p2_bet = "none"       // "none" | "gate" | "refused". Day 7: Matvei's bread bet that no gate is cut by Sunday. read: 8, 11.
VAR p2_wall = "none"      // "none" | "watched" | "held". Day 8 (with bond_antanas): kept watch while Antanas threw the note over the new wall, or held him back. read: 9, 12.
VAR p2_terms = "none"     // "none" | "any" | "minutes" | "later". Day 10 (with bond_tarasov): his terms with Tarasov: whatever is needed / minutes but no orders or lists of men / not yet. read: 11, 12; later acts may read it (13-16, the minutes).
VAR p2_list = "none"      // "none" | "showed" | "covered". Day 11 (with bond_matvei): showed Matvei the commission's membership list, or covered it. read: 12; later acts may read it (35, Matvei's name off a list).
VAR p2_answer = "none"    // "none" | "law" | "doubt". Day 12 (with p_law): what he tells Matvei about whether Moscow will answer the demands. read: later acts (13 on).

// ---- Pavel, Act III memory (writer p3: days 13-21; writer p4: days 22-30). Text only. ----
// (p3: declare below this line)
VAR p3_minutes = "none" // "none" | "names" | "roles". Day 13: how he writes the minute-book (names in full, or offices only). read: 15, 16, 19; later acts may use it.
VAR p3_leaflet = "none" // "none" | "clean" | "block". Day 14: the leaflet copies in his clean hand or in block capitals. read: 14, 20, 21.
VAR p3_noon = "none"    // "none" | "rushnyk" | "back". Day 18: at the wedding he held the rushnyk (beside Antanas) or stayed back by the loudspeaker pole. read: 18 (café).
VAR p3_seat = "none"    // "none" | "table" | "back". Day 19: where he sat at the evening meeting. read: 20; later acts may use it.

// (p4: declare below this line)
VAR p4_rota = false       // bool. He copied Grisha's picket rota out fair in his own hand (22). read: 23, 26, 28. Later acts may read (Grisha's list, 39).
VAR p4_split = "none"     // "none" | "matvei" | "grisha". Whom he backed at his bunk when Grisha came for Matvei (23). read: 23, 24, 25, 28, 30. Later acts may read (35, Matvei).
VAR p4_table24 = false    // bool. He sat at the table with the book at the 8 June meeting (24; also counted in p_table). read: 24, 25, 27.
VAR p4_read = "none"      // "none" | "straight" | "comment" | "refused". How he read the Magadan order to his barrack (25; p_law). read: 25, 26, 27, 28, 30. Later acts may read (interrogation).
VAR p4_word = "none"      // "none" | "let_go" | "insisted". Tamara's cut of "unlawfully" in the "Crocodile tears" script (27; insisted = p_hand, initials P. L. on the radio's page). read: 27, 28, 30. Later acts may read (38, the radio folder; interrogation).
VAR p4_sunday = false     // bool. He promised Antanas to eat with him and Motria on Sunday 20 June (29; bond_antanas). read: 29, 30. Later acts may read (day 36, Sunday 20 June).
VAR p4_minutes = "none"   // "none" | "proposed" | "names". Tarasov's minutes without names: copied his way, or names kept (30; bond_tarasov). read: 30. Later acts may read (40, the minutes; interrogation).

// ---- Pavel, Acts IV-V memory (writer p5: days 31-41; writer p6: day 42). Text only. ----
// (p5: declare below this line)
// Text-only memory of Act IV (days 31-41). The day-42 writer (p6) may read p5_savva, p5_matvei,
// p5_word, p5_capitals, p5_grisha and p5_address for the end page and the interrogation.
VAR p5_savva = "none"     // "none" | "name" | "prisoner". The last ordinary entry: Pankratov's boards, with his name or without (31). read: 39, 40, (42).
VAR p5_table = false      // bool. He sat at the table at the meeting of 16 June (32). read: 35 (Matvei).
VAR p5_rumour = "none"    // "none" | "fact" | "reported" | "out". The sympathy-strike rumour in the minutes (33). read: 34, 40.
VAR p5_matvei = "none"    // "none" | "off" | "struck" | "kept". Matvei's name on the brigade list (35). read: 35, 37, 39, (42).
VAR p5_word = "none"      // "none" | "starving" | "hungry". The word he wrote in the broadcast of 20 June (36). read: 36, 37, 38.
VAR p5_bread = false      // bool. He took Antanas's bread (37). read: 41.
VAR p5_capitals = false   // bool. The script of 22 June went out in printed capitals, not his hand (38). read: 38, 40, (42).
VAR p5_grisha = "none"    // "none" | "names" | "numbers" | "without". How he copied Grisha's list (39). read: 41, (42).
VAR p5_address = "none"   // "none" | "heart" | "paper" | "refused". Antanas's mother's address (41). read: (42, end).

// (p6: declare below this line)
VAR p6_last = "none"     // "none" | "burned" | "shirt" | "mic". Day 42: the last thing he did with the papers (desk: stove or shirt; announcers' room: the dead microphone). read: 42 (the selection unit, the end page).
VAR p6_dyomin = "none"   // "none" | "given" | "own_hand" | "silent". Day 42, arrested: his answer to Dyomin. read: 42 (the end page).
VAR p6_heard = "none"    // "none" | "promise" | "verdict". Day 42: how he took the MVD's appeal at 03:30. read: 42 (the reading of the appeal; p_desk_unit).
// Otherwise day 42's memory of the morning is same-day visit counts (burn_now, shirt, dead_mic,
// for_papers, given, own_hand, silent) inside the knot that reads them;
// p6_heard and dawn_summary carry the night into the place units (p_desk_unit …), which cannot see p_day_42's visits,
// and p_epilogue reads only fate, saved and the contract variables above. Day 42 also sets position
// (if it arrives "none") and moves p_law once (the reading of the appeal, p_law_up/p_law_down).
