// The shared epilogue: what became of Halyna's people, two screens of what happened to the people
// of Kengir (the rest lives in endnotes: trials, executions and their dates, 1953-1956), and how
// this path's choices compare with what prisoners did. Reached from every ending.
// Reads: fate and saved (set on day 42), bonds, married, mykola_hurt, ties_underground,
// helped_leaver, position, and the threads promised_mykola, carried, jonas_want, met_sokol, orlov,
// loud, loud_deed (text only). With fate "none" (no Halyna ending, e.g. another cut) it skips her people.
// History: fact base §3.3, §6-8; addendum §7, §8, §10, §13, §14; addendum 2 §1-§2.

=== epilogue ===
{ fate == "none": -> kengir }
# clear
The people in this story never lived, but people very like them did, in their thousands. This is what became of Halyna's people, as far as a story can honestly say. Where it says more, it is guessing, the way the survivors themselves had to guess, for years, about each other. #id:ep.epilogue.3343
-> people

= people
# clear
# place: women_barrack
Maia Tamm {saved == "maia": lives because you pulled her down from the window.|comes through the morning on the barrack floor.} She is among the five hundred women sent away that summer. {fate == "killed": She keeps your name for the rest of her life, in the same place she keeps her pupils'.|{bond_maia >= 4: For years a letter comes now and then, in her small teacher's hand.}} In the end she goes home to Estonia, and teaches again{carried == "maia_paper":, and writes to you once from the address in Tartu you learned by heart}. #id:ep.epilogue.d1bb
# clear
# place: lagpunkt_3
{mykola_hurt: Mykola, still slow since May, spends the morning on the floor of his barrack, with the other men lying over him.|Mykola is in the 3rd lagpunkt, where the men fought hardest, with stones against tanks.} {ties_underground >= 2: In the steppe an officer finds his face in a photograph. He is one of the 436, and is given a new term.|He comes through it alive, and is sent to Kolyma with the thousand.} {fate == "killed": He hears of your death a week late.|{promised_mykola: In his first letter he asks only one thing: whether you kept your promise.|{bond_mykola >= 4: His letters, when they come, always begin with the orchard at home.|He writes seldom and says little, and you learn to read the little.}}} #id:ep.epilogue.28d5
# clear
# place: steppe
{married: Your marriage is written in no register; Father Ihor's word was its only record.} Jonas Vaitkus {fate == "killed": looks for you along the rows in the steppe, and does not find you.|{married || bond_jonas >= 2: looks for you along the rows in the steppe.|comes through the morning in the 3rd lagpunkt.}} He is sent to Kolyma with the thousand.{married: No one sends a husband and wife to the same camp.} Years later he goes home to Kaunas and mends radios for the neighbours{jonas_want:, as he always said he would}, and never talks about June. #id:ep.epilogue.4b56
# clear
Father Ihor is sent east with the men of his barrack. On Sundays, wherever he is, he says the names of the Kengir dead that he knows. Vera Sidorenko {saved == "vera": lives because you pulled her back behind the ovens, and} goes north with the women.{bond_vera >= 3: On the train she shares out the bread to the gram, as always.} She defends the commission all her life, to anyone. #id:ep.epilogue.ed28
# clear
{
- fate == "walked_out" && helped_leaver:
    Oksana walks out that morning too, in the same crowd as you. She never says whether she is glad, and you never ask. #id:ep.epilogue.f0c0
- saved == "oksana" && (fate == "wounded" || fate == "killed"):
    Oksana lives because you pulled her out of the tank's way. Every year, on that day, she says your name aloud. #id:ep.epilogue.1bc6
- saved == "oksana":
    Oksana lives. She lay beside you in the dust, where you pulled her down. #id:ep.epilogue.60bd
- helped_leaver:
    Oksana lies on the barrack floor through the morning, and lives. She goes home in the end, to the village near Zhytomyr, and finds her mother alive. #id:ep.epilogue.668e
- else:
    Oksana lies on the barrack floor through the morning, and lives. #id:ep.epilogue.1469
}
Aslan is sent to Kolyma with the thousand. Years later, people say, he makes a kite there for a guard's small son, out of newspaper and a shirt, and it flies. #id:ep.epilogue.9cc6
{ met_sokol || orlov >= 1:
    # clear
    {met_sokol: No one can tell you what became of Sokol, the thief you tended on the first night. A woman says he was shipped out with the thieves in May; a man swears he saw him in the 3rd lagpunkt on the last morning, throwing stones at a tank.} {orlov >= 1: Lieutenant Orlov's name is on no list you will ever see.{fate != "killed": For years you look twice at young officers with cigarettes.}} #id:ep.epilogue.a05a
}
-> kengir

= kengir
# clear
# note: selection_arrests
# note: transfers
# note: casualties_dispute
# discuss: casualty_counts
After 26 June, 436 prisoners were arrested, the whole commission among them; about a thousand, half of them women, were sent to Ozerlag and Kolyma. How many died that morning is still argued: official figures say 37 or 46 killed; survivors speak of 500 to 700 killed or wounded. #id:ep.epilogue.3fd3
# note: women_uprising
# note: named_dead
# discuss: one_witness
One survivor alone wrote that women in embroidered shirts linked arms and walked towards the tanks. #id:ep.epilogue.a4b6
# clear
# note: trials_executions
# note: thaw_1956
# note: beria_1953
# note: kuznetsov_fate
The leaders were tried in 1955. By then the camps were emptying. Beria, Stalin's police chief, had been shot in 1953; on 25 February 1956 Khrushchev denounced Stalin's terror to the Party Congress, and review commissions released many political prisoners. That September, months after the speech, the Kengir leaders whose death sentences stood were shot. Kuznetsov's had been commuted; he was released in 1960. #id:ep.epilogue.a30e
{ fate == "none": -> today }
-> compare

= compare
# clear
# note: assault_june26
# note: how_we_know
{ fate:
- "killed":
    You {saved != "none": went out for someone|stood where you were}, and were killed, as real prisoners were, on a morning that official papers count in dozens and survivors in hundreds. Solzhenitsyn, writing from survivors' accounts, says some lay on the floors, some urged resistance and some ran out into the shooting; in the 3rd lagpunkt the men fought with stones. #id:ep.epilogue.0752
- "wounded":
    You went out for {saved == "oksana": Oksana|someone}, and were hurt. One survivor remembered her husband pushing her out of a tank's path and shouting to the others to run. Some official papers count 106 wounded; a secret report to the minister counts more than 500. Most of the wounded have no names in any source we have. #id:ep.epilogue.9e37
- "walked_out":
    You left when the loudspeakers said so{helped_leaver:, as Oksana did}. The MVD says its radio offered a free way out to those who did not support the revolt; no source we have found says how many took it, or what the others thought of them. Before that morning, no one walking out of the zone is documented at all. #id:ep.epilogue.ebfc
- "arrested":
    You were picked out, as 436 real prisoners were, with photographs from the meetings and the reports of the few informers left. {loud >= 2: What marked you was what you had done where the other side could hear; many were marked the same way.|What marked you was where you had stood, and with whom.} Most of their names, and their fates, are not in the sources we have. #id:ep.epilogue.26e7
- "transferred":
    You were sent away, as about a thousand real prisoners were, half of them women. Their names are mostly in archives that are hard to reach. Applebaum writes that most of them were free by the end of the decade; many went home to places that had changed without them. #id:ep.epilogue.e33a
- else:
    You lay down{saved != "none": beside someone you had pulled down with you}, lived, and were not chosen, like most of the five thousand. Solzhenitsyn writes that when the tanks came some lay on the barrack floors, some called on the others to resist, and some ran out into the shooting. No one wrote down who did which. #id:ep.epilogue.2bf5
}
-> today

= today
# clear
# note: camp_today
{viewpoint == "jonas": Jonas Vaitkus|{viewpoint == "pavel": Pavel Lavrov|Halyna Savchuk}} never lived. The five thousand did: Ukrainians, Lithuanians, Russians, Latvians, Estonians, Belarusians, Poles, Germans, Kazakhs, Chechens and many more. For some forty days in 1954 they ran their own lives inside the wire, and paid for it. Kengir is now part of the city of Zhezkazgan. This is one way of remembering them. #id:ep.epilogue.b040
-> END
