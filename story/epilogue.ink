// The shared epilogue: what became of Halyna's people, what happened to the people of Kengir,
// how we know, and how her choices compare with what prisoners did. Reached from every ending.
// Reads: fate and saved (set on day 42), bonds, married, mykola_hurt, ties_underground,
// helped_leaver, position. With fate "none" (no Halyna ending, e.g. another cut) it skips her people.
// History: fact base §3.3, §6-8; addendum §7, §8, §10, §13, §14.

=== epilogue ===
{ fate == "none": -> kengir }
# clear
The people in this story never lived, but people very like them did, in their thousands. This is what became of Halyna's people, as far as a story can honestly say. Where it says more, it is guessing, the way the survivors themselves had to guess, for years, about each other.
-> people

= people
# clear
# place: women_barrack
Maia Tamm {saved == "maia": lives because you pulled her down from the window.|comes through the morning on the barrack floor.} She is among the five hundred women sent away that summer. {fate == "killed": In the steppe she asks the woman beside her to remember your name, so that it is kept in two places.|{bond_maia >= 4: For years a letter comes now and then, in her small teacher's hand.}} In the end she goes home to Estonia, and teaches again.
# clear
# place: lagpunkt_3
{mykola_hurt: Mykola, still slow since May, spends the morning on the floor of his barrack, with the other men lying over him.|Mykola is in the 3rd lagpunkt, where the men fought hardest, with stones against tanks.} {ties_underground >= 2: In the steppe an officer finds his face in a photograph. He is one of the 436, and is given a new term.|He comes through it alive, and is sent to Kolyma with the thousand.} {fate == "killed": He hears of your death a year late, from a man who was there.|{bond_mykola >= 4: His letters, when they come, always begin with the orchard at home.|He writes seldom and says little, and you learn to read the little.}}
# clear
# place: steppe
{married: Your marriage is written in no register; Father Ihor's word was its only record.} Jonas Vaitkus {fate == "killed": looks for you along the rows in the steppe, and does not find you.|{married || bond_jonas >= 2: looks for you along the rows in the steppe.|comes through the morning in the 3rd lagpunkt.}} He is sent to Kolyma with the thousand.{married: Nobody sends a husband and wife to the same camp.} Years later he goes home to Kaunas, mends radios for the neighbours, and never talks about June.
# clear
Father Ihor is sent east with the men of his barrack. On Sundays, wherever he is, he says the names of the Kengir dead that he knows. Vera Sidorenko {saved == "vera": lives because you pulled her back behind the ovens, and} goes north with the women.{bond_vera >= 3: On the train she shares out the bread to the gram, as always.} She defends the commission all her life, to anyone.
# clear
{
- saved == "oksana" && fate == "walked_out":
    Oksana walked out with you, holding your hand. She never says whether she is glad, and you never ask.
- saved == "oksana" && (fate == "wounded" || fate == "killed"):
    Oksana lives because you pulled her out of the tank's way. Every year, on that day, she says your name aloud.
- saved == "oksana":
    Oksana lives. She lay beside you in the dust, where you pulled her down.
- helped_leaver:
    Oksana walks out alone when the loudspeakers say so. You never learn where she was sent.
- else:
    Oksana lies on the barrack floor through the morning, and lives.
}
Aslan is sent to Kolyma with the thousand. Years later, people say, he makes a kite there for a guard's small son, out of newspaper and a shirt, and it flies.
# clear
Nobody can tell you what became of Sokol. A woman says he was shipped out with the other thieves in May; a man swears he saw him in the 3rd lagpunkt on the last morning, throwing stones at a tank. Both are sure. Lieutenant Orlov's name is on no list you will ever see.{fate != "killed": For years you look twice at young officers with cigarettes.}
-> kengir

= kengir
# clear
# note: transfers
After 26 June 1954, 436 prisoners were arrested, among them every member of the prisoners' commission. About a thousand more, five hundred of them women, were sent to other camps, to Ozerlag and to Kolyma. By January 1955 Steplag held half as many prisoners as a year before. Applebaum writes that most of those sent away were free by the end of the decade.
# clear
# note: trials_executions
The leaders were tried in 1955 by the Supreme Court of the Kazakh SSR. Sluchenkov wrote that seven were condemned to death; Applebaum counts six executed, Keller, Sluchenkov and Knopmus among them. Novaya Gazeta dates the executions to 18 September 1956, at Kengir; Sluchenkov's Russian Wikipedia entry, to 12 September 1956, at Yanga in the Urals.
# clear
# note: kuznetsov_fate
Kapiton Kuznetsov, the commission's chairman, wrote a long confession within two days of his arrest. He was sentenced to death; the sentence was commuted, and he was released in 1960, after about eleven years as a prisoner in all. We know of no decision clearing the uprising's leaders, and we do not know when he died.
# clear
# note: casualties_dispute
# discuss: casualty_counts
How many died on 26 June? By five in the morning the MVD's own report counted 35 bodies. Later official figures say 37 or 46 killed and 106 wounded; a secret report to the minister says 46 killed, 52 badly and 454 lightly wounded. A CIA report of 1955 heard of about 600 dead. Survivors speak of 500 to 700 killed or wounded.
# clear
# note: casualties_dispute
Solzhenitsyn, who wrote from what survivors told him, names some of the dead: Alla Presman, from Kyiv; the Estonian women Ingrid Kivi and Mahlapuu; Semyon Rak, and the young woman he loved, whose name he does not give. {gentle: All of them died under the tanks.|Alla Presman was run over by a tank. Ingrid Kivi and Mahlapuu were crushed on barrack porches. Semyon Rak and his girlfriend went under a tank together.}
# clear
# note: women_uprising
# discuss: one_witness
One survivor, the Hungarian doctor Ferenc Várkonyi, later wrote that about two hundred Ukrainian women, most of them in embroidered shirts, linked arms and walked towards the tanks to protect the others, and that the tanks did not stop. No other account we have describes it. The MVD's report mentions only a crowd of up to 500 women and men in the women's zone.
# clear
How do we know any of this? Solzhenitsyn wrote his chapter in secret, from what survivors told him. The MVD's papers tell the story the MVD needed: bandits, a free way out, ordinary soldiers firing only blanks. Survivors wrote memoirs decades later, far apart. Lyubov Bershadskaya, one of the women, remembered that none of them knew, or even imagined, what was waiting for them.
{ fate == "none": -> today }
-> compare

= compare
# clear
# note: assault_june26
{ fate:
- "killed":
    You were killed, as real prisoners were, on a morning that official papers count in dozens and survivors in hundreds. What you did in your last minutes, people really did: some stood in the street of the women's zone, some went back for others, some stayed at the barricades.
- "wounded":
    You went out to help someone, and were hurt. One survivor remembered her husband pushing her out of a tank's path and shouting to the others to run. Some official papers count 106 wounded; a secret report to the minister counts more than 500.
- "walked_out":
    You left when the loudspeakers said so. The MVD says its radio offered a free way out to those who did not support the revolt; no source we have found says how many took it. Before that morning, no one walking out of the zone is documented at all.
- "arrested":
    You were picked out, as 436 real prisoners were, with photographs from the meetings and the reports of the few informers left. Most of their names, and what became of most of them, are not in the sources we have. The leaders' trials are.
- "transferred":
    You were sent away, as about a thousand real prisoners were, half of them women. Their names are mostly in archives that are hard to reach. Applebaum writes that most of them were free by the end of the decade; many went home to places that had changed without them.
- else:
    You lay down, lived, and were not chosen, like most of the five thousand. Solzhenitsyn writes that when the tanks came some lay on the barrack floors, some called on the others to resist, and some ran out into the shooting. Nobody wrote down who did which.
}
-> today

= today
# clear
# note: camp_today
Kengir is now part of the city of Zhezkazgan, in Kazakhstan. A motor depot was built over the camp. In 2018 a survey found the ruins of the canteen, with prisoners' paintings under later coats of paint, and a stretch of the wall that once divided the women's zone from the men's.
# clear
Halyna Savchuk never lived. The five thousand did: Ukrainians, Lithuanians, Russians, Latvians, Estonians, Belarusians, Poles, Germans, Kazakhs, Chechens and many more. For some forty days in 1954 they ran their own lives inside the wire, and paid for it. This is one way of remembering them.
-> END
